"""Generate a held-out set of incident logs spanning the turn of a year or fiscal year (blind_logs163).

Five agencies, five layouts, one trap each, all of them about a log that runs over the turn of a year:
a sheriff's case listing over the fiscal-year turn (June into July) whose case prefix changes from 25
to 26 while every date stays in 2025 and the sequence restarts at 00001; labelled blocks over December
and January with month-and-year prefixed numbers (`2512-017`, `2601-017`) that restart each month, so
the same sequence number appears under both years; a press log whose entries print dates without a
year, the year given only in the section headings and running page headers; numbered paragraphs whose
numbering restarts under the new year's heading, with late-entered records of the old year printed
among the new year's; a boxed CAD terminal report with a year-end rollover block citing the closing
and opening numbers of the two series, which are not records. Everything is invented. Output is
deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs163/make_blind_logs163.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026163
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Fireworks complaint", "Harassment", "Traffic collision", "DUI",
         "Stolen vehicle", "Shots fired - unfounded"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Linden Terrace", "Linden Ter"), ("Gristmill Road", "Gristmill Rd"), ("Copperleaf Drive", "Copperleaf Dr"),
           ("Ashgrove Avenue", "Ashgrove Ave"), ("Birch Hollow Road", "Birch Hollow Rd"),
           ("Saltmarsh Lane", "Saltmarsh Ln"), ("Weatherby Street", "Weatherby St"),
           ("Kilnworth Court", "Kilnworth Ct"),
           ("Foundry Street", "Foundry St"), ("Plover Way", "Plover Way"), ("Hartwell Avenue", "Hartwell Ave"),
           ("Sexton Road", "Sexton Rd")]
PLACES = ["Depot Street park-and-ride", "Community center", "County fairgrounds", "Middle school lot",
          "Riverwalk trailhead", "Marina fuel dock"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def location(r, short=False, upper=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        out = f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        out = f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    else:
        out = r.choice(PLACES)
    return out.upper() if upper else out


def make_recs(r, first_day, days, per_day, short=False, upper=False):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = r.randint(*per_day)
        for m in sorted(r.sample(range(10, 1440 - 10), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4:
                a = t - datetime.timedelta(minutes=r.randint(60, 900))
                b = t - datetime.timedelta(minutes=r.randint(5, 50))
                occ = ("range", a, b)
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": []})
    return recs


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.4)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page
    when they do not fit (whole when keep=True)."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def set_times(recs, fmt):
    """The printed reported / occurred values, in the document's own date format."""
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, extra_fields=()):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
              "disposition", *extra_fields]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs163.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs163.py) from the records it drew; "
                               "checked by check_blind_logs163.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Kestrel Bay County, WA: table, fiscal year
def kestrel(d, r):
    agency = "Kestrel Bay County Sheriff's Office, WA [invented]"
    recs = make_recs(r, datetime.datetime(2025, 6, 23), 14, (4, 8))
    n = len(recs)
    assert 40 <= n <= 150
    seq = {25: 7380 + r.randint(0, 60), 26: 0}
    for rec in recs:
        fy = 26 if rec["dt"].month >= 7 else 25
        seq[fy] += 1 if fy == 26 and seq[26] == 0 else r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"S{fy}-{seq[fy]:05d}"
        rec["fy"] = fy
    for rec in recs:
        if rec["occ"] is None:
            rec["occ"] = ("at", rec["dt"] - datetime.timedelta(minutes=r.randint(2, 30)))
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 7.4, 10.2
    cols = [("Case No", 36), ("Reported", 92), ("Occurred", 166), ("Nature", 320), ("Location", 428),
            ("Disposition", 566), ("Deputy", 690)]
    size = landscape(letter)

    def header(k):
        return [(612 - 34, 36, "KESTREL BAY COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11),
                (612 - 47, 36, "Case Listing by Report Date  |  06/23/2025 through 07/06/2025  |  Records Unit "
                 "555-0171", "Helvetica", 8.2),
                (612 - 66, 36, None, F, S)] + [(612 - 76, x, t, "Helvetica-Bold", 7.8) for t, x in cols] + [
                (612 - 80, 36, None, F, S)]

    def footer(k, m):
        return [(24, 36, "Case numbers carry the fiscal year: FY2026 began 07/01/2025. Occurred shows a single time or "
                 "a from - to range.", "Helvetica-Oblique", 6.8),
                (24, 700, f"Page {k} of {m}", "Helvetica", 7.5)]

    add, finish = paginate(header, footer, 612 - 92, 40)
    counts = {25: 0, 26: 0}
    for i, rec in enumerate(recs):
        if i and rec["fy"] != recs[i - 1]["fy"]:
            add([(36, f"Fiscal year 2025 cases listed: {counts[25]}", "Helvetica-Bold", 7.8, 13),
                 (36, "FISCAL YEAR 2026 (07/01/2025 - 06/30/2026)", "Helvetica-Bold", 7.8, 13)], gap=2)
        counts[rec["fy"]] += 1
        occ = rec.get("occurred_at") or f"{rec['occurred_from']} - {rec['occurred_to']}"
        vals = [rec["case_number"], rec["reported_at"], occ, rec["type"], rec["location"], rec["disposition"],
                f"#{rec['badge']}"]
        add([(x, v, F, S, 0) for v, (_, x) in zip(vals, cols)][:-1] + [(cols[-1][1], vals[-1], F, S, L)])
    add([(36, None, F, S, 10),
         (36, f"Fiscal year 2026 cases listed: {counts[26]}", "Helvetica-Bold", 7.8, 12),
         (36, f"Total cases listed: {n}", "Helvetica-Bold", 8.2, 12)])
    pages = finish()
    last25 = [rec for rec in recs if rec["fy"] == 25][-1]
    path = d / "kestrel-bay-case-listing-2025-06-23-07-06.pdf"
    draw(path, size, pages)
    return [entry(path, agency, "case listing by report date over the fiscal-year turn", "table with header", recs,
                  "A landscape table with a ruled header repeated on every page: `Case No  Reported  Occurred  Nature  "
                  "Location  Disposition  Deputy`; Occurred holds a single time or a `from - to` range "
                  "(`06/29/2025 21:35 - 06/30/2025 00:24`). Trap: the county numbers cases by fiscal year (FY2026 "
                  "began 07/01/2025, said only in the page footer), so the prefix changes from `S25-` to `S26-` on "
                  "07/01/2025 while every date stays in 2025, and the sequence restarts: "
                  f"`{last25['case_number']}` on 06/30 is followed by `S26-00001`. A year read from the prefix "
                  "puts the July rows in 2026, and sorting by number puts July before June. Between the years: "
                  "`Fiscal year 2025 cases listed: N` and a "
                  "band `FISCAL YEAR 2026 (07/01/2025 - 06/30/2026)`. Ends with the FY2026 count and `Total cases "
                  "listed: N`.",
                  "rows counted by the generator; the closing line gives the total and the two fiscal-year lines "
                  "add up to it")]


# 2 ------------------------------------------------------------------ Thornmere, VT: labelled blocks, YYMM-sequence
def thornmere(d, r):
    agency = "Thornmere Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2025, 12, 1), 62, (0, 2), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = {}
    for rec in recs:
        ym = rec["dt"].strftime("%y%m")
        seq[ym] = seq.get(ym, 0) + (1 if ym not in seq else r.choice([1, 1, 1, 1, 2]))
        rec["case_number"] = f"{ym}-{seq[ym]:03d}"
        rec["ym"] = ym
    dec = [rec["case_number"] for rec in recs if rec["ym"] == "2512"]
    jan = [i for i, rec in enumerate(recs) if rec["ym"] == "2601"]
    for i in sorted(r.sample(jan[3:], 7)):
        recs[i]["rel"] = [("follow_up", r.choice(dec))]
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Courier", 8, 10.4
    size = letter
    state = {"month": "DECEMBER 2025"}

    def header(k):
        return [(792 - 36, 40, "THORNMERE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                (792 - 49, 40, f"Incident Log, December 2025 - January 2026  |  {state['month']}  |  Dispatch "
                 "555-0132", "Helvetica", 8.2),
                (792 - 56, 40, None, F, S)]

    def footer(k, m):
        return [(26, 40, "Incident numbers: YYMM-sequence; the sequence starts at 001 each month.", "Helvetica-Oblique",
                 7),
                (26, 500, f"Page {k} of {m}", "Helvetica", 7.5)]

    add, finish = paginate(header, footer, 792 - 74, 42)
    months = {"2512": "DECEMBER 2025", "2601": "JANUARY 2026"}
    for i, rec in enumerate(recs):
        if i == 0 or rec["ym"] != recs[i - 1]["ym"]:
            state["month"] = months[rec["ym"]]
            cnt = sum(x["ym"] == rec["ym"] for x in recs)
            add([(40, f"{months[rec['ym']]}  -  {cnt} incidents", "Helvetica-Bold", 9.5, 16)], gap=2)
        if rec["occ"] is None:
            occ = "unknown"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}"
        lines = [f"Incident No: {rec['case_number']:<14}Received: {rec['reported_at']}",
                 f"Nature:      {rec['type']}",
                 f"Location:    {rec['location']}",
                 f"Occurred:    {occ}",
                 f"Disposition: {rec['disposition']:<28}Officer: #{rec['badge']}"]
        if rec["rel"]:
            lines.append(f"Follow-up to: {rec['rel'][0][1]}")
        add([(40, ln, F, S, L) for ln in lines] + [(40, None, F, S, 6)], gap=6)
    add([(40, f"Period total: {n} incidents (December 2025: {len(dec)}; January 2026: {n - len(dec)})",
          "Helvetica-Bold", 9, 12)])
    pages = finish()
    path = d / "thornmere-incident-log-2025-12-2026-01.pdf"
    draw(path, size, pages)
    shared = sorted({c[5:] for c in dec} & {rec["case_number"][5:] for rec in recs if rec["ym"] == "2601"})
    both, ex = len(shared), shared[len(shared) // 2]
    return [entry(path, agency, "two-month incident log, December and January", "labelled blocks", recs,
                  "One labelled block per incident in Courier, separated by rules: `Incident No: 2512-007      "
                  "Received: 12/04/2025 19:47` / `Nature:` / `Location:` / `Occurred:` (a time, a `from to to` "
                  "range or "
                  "`unknown`) / `Disposition:  Officer: #NNN`, and in 7 January blocks a sixth line `Follow-up to: "
                  "2512-0NN` citing a December incident. Month headings `DECEMBER 2025  -  N incidents` and "
                  "`JANUARY 2026  -  N incidents`; the running page header names the month. Trap: incident numbers "
                  "are YYMM plus a sequence that restarts every month (footer legend), so the year prefix turns from "
                  f"`25` to `26` and {both} sequence numbers appear under both years (`2512-{ex}` and `2601-{ex}`); "
                  "a reading keyed on the sequence, or on the last digits, merges two incidents a month apart, and "
                  "the follow-up lines put a December number inside January blocks (in `related_numbers`, kind "
                  "`follow_up`). Ends `Period total: N incidents (December 2025: a; January 2026: b)`.",
                  "blocks counted by the generator; the month headings and the closing line give the counts")]


# 3 ------------------------------------------------------------------ Calloway Springs, MO: press log, no year
NARR = ["A resident called it in.", "Officers checked the area.", "The caller declined to give a statement.",
        "A neighbor reported it.", "No injuries were reported.", "The owner was notified.",
        "Officers spoke with both parties.", "A witness description was broadcast.", ""]


def calloway(d, r):
    agency = "Calloway Springs Police Department, MO [invented]"
    recs = make_recs(r, datetime.datetime(2025, 12, 22), 14, (4, 7))
    n = len(recs)
    assert 40 <= n <= 150
    seq = {2025: 11790 + r.randint(0, 40), 2026: 0}
    for rec in recs:
        y = rec["dt"].year
        seq[y] += 1 if y == 2026 and seq[2026] == 0 else r.choice([1, 1, 2, 3, 4])
        rec["case_number"] = f"{y % 100}-{seq[y]:05d}"
        rec["disposition"] = rec["disposition"].lower()
    set_times(recs, "%m/%d %H:%M")
    F, S, L, W = "Helvetica", 9, 11.6, 532
    size = letter
    state = {"month": "December 2025"}

    def header(k):
        if k == 1:
            return [(792 - 40, 40, "CALLOWAY SPRINGS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                    (792 - 55, 40, "Press Log  -  Dec. 22 through Jan. 4  -  Released to media. Media line 555-0148.",
                     "Helvetica", 9)]
        return [(792 - 40, 40, f"Calloway Springs PD [invented] press log  -  {state['month']}", "Helvetica-Oblique",
                 8.5)]

    def footer(k, m):
        return [(26, 40, f"Press log page {k} of {m}. Times are 24-hour. Case numbers are assigned in sequence by "
                 "report date.", "Helvetica", 7.5)]

    add, finish = paginate(header, footer, 792 - 78, 44)
    for i, rec in enumerate(recs):
        y = rec["dt"].year
        if i == 0 or y != recs[i - 1]["dt"].year:
            state["month"] = "December 2025" if y == 2025 else "January 2026"
            add([(40, "DECEMBER 2025" if y == 2025 else "JANUARY 2026", "Helvetica-Bold", 10.5, 17)], gap=2)
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"It happened at about {rec['occurred_at']}. "
        else:
            occ = f"It happened between {rec['occurred_from']} and {rec['occurred_to']}. "
        narr = r.choice(NARR)
        txt = (f"{rec['reported_at']} \u2014 {rec['type']} at {rec['location']}. {occ}{narr + ' ' if narr else ''}"
               f"Case {rec['case_number']}, {rec['disposition']}.")
        state["month"] = "December 2025" if y == 2025 else "January 2026"
        add([(40, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=5)
    add([(40, f"Entries in this log: {n}.", "Helvetica-Bold", 9.5, 13)])
    pages = finish()
    path = d / "calloway-springs-press-log-12-22-to-01-04.pdf"
    last25 = [rec for rec in recs if rec["dt"].year == 2025][-1]["case_number"]
    draw(path, size, pages)
    return [entry(path, agency, "press log over the year turn", "free text", recs,
                  "A press log in prose, one paragraph per incident: `12/26 21:08 \u2014 Harassment at 1700 block of "
                  "Ashgrove Avenue. It happened between 12/26 12:18 and 12/26 20:33. Officers spoke with both "
                  "parties. Case 25-11888, warning given.` Trap: every date is printed as month/day without a year "
                  "(values "
                  "as printed in `sample_records`); the year is given only by the section headings `DECEMBER 2025` "
                  "and `JANUARY 2026` and by the running page header of pages 2 on, which names the month of the "
                  "page's first entry, so on the page where `JANUARY 2026` starts mid-page the header still says "
                  "December 2025. The title line gives `Dec. 22 through Jan. 4` without years. Case numbers carry "
                  f"a two-digit year (`{last25}`, then `26-00001`: the sequence restarts). Ends `Entries in "
                  "this log: N.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Oakhollow Township, MI: numbered, late entries
def oakhollow(d, r):
    agency = "Oakhollow Township Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2025, 12, 26), 14, (3, 6))
    for rec in recs:
        rec["entered"] = rec["dt"]
    # late entries: incidents of 12/29-12/31 entered in January, numbered on in the 2025 series
    old = [rec for rec in recs if rec["dt"].year == 2025 and rec["dt"].day >= 29]
    late = sorted(r.sample(old, 3), key=lambda x: x["dt"])
    for rec in late:
        rec["entered"] = datetime.datetime(2026, 1, r.randint(2, 6), r.randint(8, 16), r.randint(0, 59))
        rec["late"] = True
    seq25 = [rec for rec in recs if rec["entered"].year == 2025]
    seq = {2025: 955 + r.randint(0, 20), 2026: 0}
    for rec in seq25 + sorted(late, key=lambda x: x["entered"]) + [x for x in recs if x["dt"].year == 2026]:
        y = rec["dt"].year
        seq[y] += 1 if y == 2026 and seq[2026] == 0 else r.choice([1, 1, 1, 2])
        rec["case_number"] = f"{y}-{seq[y]:04d}"
    recs = seq25 + sorted([rec for rec in recs if rec["entered"].year == 2026], key=lambda x: x["entered"])
    n = len(recs)
    assert 40 <= n <= 150
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L, W = "Times-Roman", 10, 12.6, 488
    size = letter

    def header(k):
        return [(792 - 40, 54, "OAKHOLLOW TOWNSHIP POLICE DEPARTMENT [invented]", "Times-Bold", 12),
                (792 - 54, 54, "Year-End and New Year Incident Summary, 12/26/2025 - 01/08/2026. Records clerk "
                 "555-0119.", "Times-Italic", 9.5)]

    def footer(k, m):
        return [(28, 54, f"Page {k} of {m}  -  listed in order of entry; incidents are numbered in the series of the "
                 "year in which they were reported.", "Times-Italic", 8)]

    add, finish = paginate(header, footer, 792 - 80, 46)
    k25 = sum(rec["entered"].year == 2025 for rec in recs)
    heads = {2025: "CALENDAR YEAR 2025 - CLOSING ENTRIES", 2026: "CALENDAR YEAR 2026 - OPENING ENTRIES"}
    para = 0
    for i, rec in enumerate(recs):
        y = rec["entered"].year
        if i == 0 or y != recs[i - 1]["entered"].year:
            para = 0
            add([(54, heads[y], "Times-Bold", 10.5, 17)], gap=2)
        para += 1
        mark = f" \u2014 LATE ENTRY (entered {rec['entered']:%m/%d/%Y})" if rec.get("late") else ""
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        txt = (f"Incident {rec['case_number']}{mark} \u2014 Reported {rec['reported_at']}. {rec['type']}, "
               f"{rec['location']}.{occ} Officer #{rec['badge']}. Disposition: {rec['disposition']}.")
        lines = wrap(txt, F, S, W)
        add([(54, f"{para}.", F, S, 0)] + [(78, ln, F, S, L) for ln in lines], gap=4)
    nl = len(late)
    add([(54, f"Entries under 2025: {k25}. Entries under 2026: {n - k25} (including {nl} late entries of 2025). "
          f"Total incidents: {n}.", "Times-Bold", 10, 14)])
    pages = finish()
    i = next(i for i, rec in enumerate(recs) if rec.get("late"))
    lr, before, after = recs[i], recs[i - 1]["case_number"], recs[i + 1]["case_number"]
    mark = f" \u2014 LATE ENTRY (entered {lr['entered']:%m/%d/%Y})"
    ex = f"`Incident {lr['case_number']}{mark} \u2014 Reported {lr['reported_at']}`"
    path = d / "oakhollow-year-end-summary-2025-12-26-2026-01-08.pdf"
    draw(path, size, pages)
    return [entry(path, agency, "year-end and new-year incident summary", "numbered paragraphs", recs,
                  "Numbered paragraphs in Times, in order of entry: `6. Incident 2025-0963 \u2014 Reported 12/27/2025 "
                  "09:22. Suspicious vehicle, Linden Terrace and Foundry Street. Occurred 12/27/2025 09:08. Officer "
                  "#364. Disposition: Citation issued.` under two headings, `CALENDAR YEAR 2025 - CLOSING "
                  "ENTRIES` and `CALENDAR YEAR 2026 - OPENING ENTRIES`. Trap: the paragraph numbering restarts at 1 "
                  "under the 2026 heading (so `1.` to `N.` appear twice), and three incidents reported on 12/29-12/31 "
                  "but entered in January are printed among the new year's entries, numbered on in the 2025 series "
                  f"({ex}), so the numbers go `{before}`, `{lr['case_number']}`, `{after}`; they are records of "
                  "2025 printed under 2026. Ends `Entries under 2025: a. Entries under 2026: b (including 3 late "
                  "entries of 2025). "
                  "Total incidents: N.`",
                  "paragraphs counted by the generator; the closing line gives both headings' counts and the total")]


# 5 ------------------------------------------------------------------ Brannock Harbor, NC: boxed CAD report, rollover
def brannock(d, r):
    agency = "Brannock Harbor Police Department, NC [invented]"
    recs = make_recs(r, datetime.datetime(2025, 12, 29), 6, (12, 17), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs:
        rec["disposition"] = rec["disposition"].upper()
    seq = {2025: 49040 + r.randint(0, 30), 2026: 1}
    # the first 2026 incident: reported just after midnight, occurred over the turn
    first26 = next(rec for rec in recs if rec["dt"].year == 2026)
    first26["dt"] = datetime.datetime(2026, 1, 1, 0, 5 + r.randint(0, 4))
    first26["occ"] = ("range", datetime.datetime(2025, 12, 31, 23, 41), datetime.datetime(2026, 1, 1, 0, 4))
    first26["type"] = "FIREWORKS COMPLAINT"
    for rec in recs:
        y = rec["dt"].year
        seq[y] += r.randint(3, 9)
        rec["case_number"] = f"{y % 100}-{seq[y]:06d}"
    close25 = seq[2025] + r.randint(2, 8)
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "Courier", 7, 9.2
    widths = [11, 10, 7, 31, 25, 32, 28]
    heads = ["INCIDENT", "DATE", "TIME", "OCCURRED", "CALL TYPE", "LOCATION", "DISPOSITION"]

    def row(vals):
        return "|" + "|".join(f" {v:<{w - 1}}" for v, w in zip(vals, widths)) + "|"

    rule = "+" + "+".join("-" * w for w in widths) + "+"
    inner = len(rule) - 2

    def band(text):
        return "|" + f" {text}".ljust(inner) + "|"

    size = landscape(letter)

    def header(k):
        return [(612 - 34, 36, f"RUN 01/04/26 06:00   BRANNOCK HARBOR PD [invented]   CAD PUBLIC INCIDENT REPORT   "
                 f"12/29/25 - 01/03/26   PAGE {k:>3}", "Courier-Bold", 8),
                (612 - 45, 36, "CALLS CLASSIFIED AS INCIDENTS ONLY. RECORDS 555-0186.", F, 7.5),
                (612 - 60, 36, rule, F, S), (612 - 60 - L, 36, row(heads), "Courier-Bold", S),
                (612 - 60 - 2 * L, 36, rule, F, S)]

    add, finish = paginate(header, lambda k, m: [(22, 36, f"*** PAGE {k} OF {m} ***", F, 7)],
                           612 - 60 - 3 * L, 36)
    for i, rec in enumerate(recs):
        if i and rec["dt"].date() != recs[i - 1]["dt"].date():
            prev = recs[i - 1]["dt"]
            cnt = sum(x["dt"].date() == prev.date() for x in recs)
            add([(36, band(f"DAY TOTAL {prev:%m/%d/%y}: {cnt} INCIDENTS LISTED"), F, S, L), (36, rule, F, S, L)])
            if rec["dt"].year != prev.year:
                add([(36, band("*** YEAR-END ROLLOVER 01/01/26 00:00:00 *** 2025 INCIDENT SERIES CLOSED AT "
                               f"25-{close25:06d} ({close25:,} NUMBERS ISSUED IN 2025) ***"), "Courier-Bold", S, L),
                     (36, band("*** 2026 INCIDENT SERIES OPENED *** FIRST NUMBER 26-000001 *** NUMBERING RESTARTS "
                               "***"), "Courier-Bold", S, L),
                     (36, rule, F, S, L)])
        if rec["occ"] is None:
            occ = ""
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']}-{rec['occurred_to']}"
        date, time = rec["reported_at"].split()
        add([(36, row([rec["case_number"], date, time, occ, rec["type"], rec["location"], rec["disposition"]]), F, S,
              L)])
    last = recs[-1]["dt"]
    add([(36, band(f"DAY TOTAL {last:%m/%d/%y}: {sum(x['dt'].date() == last.date() for x in recs)} INCIDENTS "
                   "LISTED"), F, S, L), (36, rule, F, S, L), (36, f"RECORDS PRINTED: {n}", "Courier-Bold", 8, 12)])
    pages = finish()
    path = d / "brannock-harbor-cad-incident-report-2025-12-29-2026-01-03.pdf"
    draw(path, size, pages)
    return [entry(path, agency, "CAD public incident report over the year turn", "other: boxed character report",
                  recs,
                  "A CAD terminal report printed in Courier on landscape pages, drawn with characters: `+---+` rules "
                  "and `|` cell walls, header box `INCIDENT | DATE | TIME | OCCURRED | CALL TYPE | LOCATION | "
                  "DISPOSITION` on every page, all capitals, two-digit years (`12/31/25`), occurred blank or a time "
                  "or a `from-to` range; a `DAY TOTAL 12/29/25: N INCIDENTS LISTED` band closes each day. Only calls "
                  "classified as incidents are listed, so the numbers skip. Trap: between the last row of 12/31/25 "
                  "and the first of 01/01/26 the report prints a year-end rollover band, `*** YEAR-END ROLLOVER "
                  f"01/01/26 00:00:00 *** 2025 INCIDENT SERIES CLOSED AT 25-{close25:06d} ({close25:,} NUMBERS "
                  "ISSUED IN 2025) "
                  "***` and `*** 2026 INCIDENT SERIES OPENED *** FIRST NUMBER 26-000001 ***`: both numbers have the "
                  "id shape but neither is a listed record (the last listed 2025 incident is lower, the first listed "
                  f"2026 incident is higher), and the {close25:,} is not this report's count. The first 2026 incident "
                  "occurred over midnight (`12/31/25 23:41-01/01/26 00:04`). Ends `RECORDS PRINTED: N`.",
                  "rows counted by the generator; the day totals add up to the closing count")]


AGENCIES = [("kestrel-bay-county-wa-so", 1, kestrel), ("thornmere-vt-pd", 2, thornmere),
            ("calloway-springs-mo-pd", 3, calloway), ("oakhollow-township-mi-pd", 4, oakhollow),
            ("brannock-harbor-nc-pd", 5, brannock)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
