"""Generate a held-out set of incident logs full of cross-references between incidents (blind_logs175).

Five agencies, five layouts, one trap each, all of them about telling a record's own id from the ids it
quotes (`duplicate of`, `merged into`, `supplement to`, `see also`, cancelled calls replaced by a later
call, follow-ups naming the original): a table whose `Linked` column stands left of the incident number;
labelled blocks that carry a nested linked-incident sub-block repeating the `Incident No.:` label; prose
paragraphs that open with the referenced number and close with their own in parentheses; numbered items
interleaved with cross-reference items that have no number of their own; a line-printer report with XREF
lines and a cross-reference listing at the end whose lines have the shape of record lines. Everything is
invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs175/make_blind_logs175.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026175
D = "\u2014"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "Stolen vehicle", "Hit and run"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Gorsemoor Road", "Gorsemoor Rd"), ("Tallis Avenue", "Tallis Ave"), ("Wrenfield Drive", "Wrenfield Dr"),
           ("Pike Street", "Pike St"), ("Salter Lane", "Salter Ln"), ("Oxbow Road", "Oxbow Rd"),
           ("Hemlock Court", "Hemlock Ct"), ("Dunstan Way", "Dunstan Way"), ("Cairn Street", "Cairn St"),
           ("Ferrier Avenue", "Ferrier Ave"), ("Millrace Road", "Millrace Rd"), ("Bell Row", "Bell Row")]
PLACES = ["Depot plaza", "Senior center", "Fairgrounds", "Middle school lot", "Skate park", "Town dock"]
# kinds of reference and how many each layout must carry at least
KINDS = ["duplicate_of", "merged_into", "replaced_by", "supplement_to", "follow_up_to", "cross_reference"]


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


def make_recs(r, first_day, days, per_day, short=False, upper=False, ranges=True):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1440 - 10), r.randint(*per_day))):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.35 and ranges:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "links": [], "status": None})
    return recs


def add_links(r, recs, rate, outside, extra=None):
    """Give some records references to other incidents: rec['links'] = [(kind, number, index or None)].

    Duplicates and merges point back a few records, cancelled calls forward to the call that replaced
    them, supplements and follow-ups to an earlier record or to an incident before the period (`outside`),
    see-also references anywhere. `extra(r)` may give a second, other-series reference (kind, number)."""
    n = len(recs)
    deck = []
    for i, rec in enumerate(recs):
        if r.random() < rate:
            if not deck:
                deck = r.sample(KINDS, len(KINDS))
            kind = deck.pop()
            j = None
            if kind == "duplicate_of" and i >= 1:
                j = r.randint(max(0, i - 3), i - 1)
            elif kind == "merged_into" and i >= 1:
                j = r.randint(max(0, i - 4), i - 1)
            elif kind == "replaced_by" and i < n - 1:
                j = r.randint(i + 1, min(n - 1, i + 3))
            elif kind in ("supplement_to", "follow_up_to") and i >= 5 and r.random() < 0.6:
                j = r.randint(max(0, i - 30), i - 3)
            elif kind == "cross_reference" and r.random() < 0.7:
                j = r.choice([k for k in range(max(0, i - 25), min(n, i + 10)) if k != i])
            if j is None and kind in ("duplicate_of", "merged_into", "replaced_by"):
                continue
            if j is not None and recs[j]["status"] and kind != "cross_reference":
                continue
            num = recs[j]["case_number"] if j is not None else outside(r, kind)
            rec["links"].append((kind, num, j))
            if kind == "duplicate_of":
                rec["status"] = "dup"
                rec["type"], rec["location"] = recs[j]["type"], recs[j]["location"]
            elif kind == "merged_into":
                rec["status"] = "merged"
                rec["location"] = recs[j]["location"]
            elif kind == "replaced_by":
                rec["status"] = "cancelled"
            elif kind in ("supplement_to", "follow_up_to") and j is not None:
                rec["type"] = recs[j]["type"]
        if extra and r.random() < 0.12:
            kind, num = extra(r)
            rec["links"].append((kind, num, None))
    ids = {rec["case_number"] for rec in recs}
    for rec in recs:
        for _, num, j in rec["links"]:
            assert (num in ids) == (j is not None) and num != rec["case_number"], num
        rec["rel"] = [(k, num) for k, num, _ in rec["links"]]


def outside_numbers(fmt, lo, hi):
    """A drawer of numbers of incidents outside the log (before its first number), each used once."""
    used = set()

    def draw(r, kind):
        while True:
            num = fmt(r.randint(lo, hi))
            if num not in used:
                used.add(num)
                return num
    return draw


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


def pieces(line, x0, size):
    """A fixed-width line as a report writer places it: each run of words at its own column."""
    return [(x0 + m.start() * size * 0.6, m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def fixed(line, x0, font, size, lead):
    ps = pieces(line, x0, size) or [(x0, "")]
    return [(x, t, font, size, 0) for x, t in ps[:-1]] + [(ps[-1][0], ps[-1][1], font, size, lead)]


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page (text None: a rule), breaking
    to a new page when they do not fit (whole when keep=True); returns the 0-based pages used."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        used = []
        for x, text, font, fs, lead in lines:
            if state["y"] < bottom:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            if not used or used[-1] != len(pages) - 1:
                used.append(len(pages) - 1)
            state["y"] -= lead
        state["y"] -= gap
        return used

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def render(path, pages, size):
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])


def kind_counts(recs):
    out = {}
    for rec in recs:
        for k, _, j in rec["links"]:
            out[k] = out.get(k, 0) + 1
            if j is not None:
                out["in_log"] = out.get("in_log", 0) + 1
            else:
                out["outside"] = out.get("outside", 0) + 1
    return out


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, extra=None):
    n = len(recs)
    ids = {rec["case_number"] for rec in recs}
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    e = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs175.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num, "also_a_record": num in ids}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                           "location", "disposition"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs175.py) from the records it drew, in "
                               "reading order; checked by check_blind_logs175.py against `pdftotext -layout` text",
        "related_numbers_note": "every other incident number printed inside a record, with its relation as printed "
                                "(`kind`) and `also_a_record` true where the referenced incident is also listed "
                                "as a record of this document; a number that is a record's own id is never "
                                "related to that record",
        "record_count_check": count_check, "notes": notes,
    }
    if extra:
        e.update(extra)
    return e


# 1 ------------------------------------------------------------------ Calderbrook, MI: table, Linked column first
CODE1 = {"duplicate_of": "DUP", "merged_into": "MRG>", "replaced_by": "CXL>", "supplement_to": "SUPP",
         "follow_up_to": "F/U", "cross_reference": "SEE", "refer_to_case": "RFR"}


def calderbrook(d, r):
    agency = "Calderbrook Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (10, 15), short=True, ranges=False)
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 880 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:05d}"
        rec["unit"] = f"{r.choice('ABC')}{r.randint(11, 39)}"
    add_links(r, recs, 0.3, outside_numbers(lambda k: f"26-{k:05d}", 120, 860),
              lambda rr: ("refer_to_case", f"CC26-{rr.randint(1100, 1999):05d}"))
    short = {"Report taken": "Report", "Arrest made": "Arrest", "Citation issued": "Citation",
             "Referred to investigations": "Referred", "Unfounded": "Unfounded", "Cleared - no action": "Cleared",
             "Warning given": "Warning", "Gone on arrival": "GOA", "Open - pending": "Open"}
    for rec in recs:
        rec["disposition"] = {"dup": "Duplicate", "merged": "Merged", "cancelled": "Cancelled"}.get(
            rec["status"], short[rec["disposition"]])
    set_times(recs, lambda t: t.strftime("%m/%d/%y %H:%M"))
    F, S, L = "Helvetica", 8.5, 13
    cols = [("Linked", 30), ("Incident #", 112), ("Received", 170), ("Occurred", 240), ("Call Type", 310),
            ("Location", 418), ("Disposition", 600), ("Unit", 680)]
    W = landscape(letter)[0]

    def header(k):
        return [(612 - 40, 30, "CALDERBROOK POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (612 - 55, 30, "Dispatch Incident Log  03/09/2026 - 03/15/2026  |  Records Unit 555-0137",
                 "Helvetica", 9.5),
                (612 - 67, 30, "Linked: DUP duplicate of  \u00b7  MRG> merged into  \u00b7  CXL> cancelled, replaced by  "
                 "\u00b7  SUPP supplement to  \u00b7  F/U follow-up to  \u00b7  SEE see also  \u00b7  RFR refer to "
                 "county case", "Helvetica-Oblique", 8),
                (612 - 74, 30, None, F, S)] + [(612 - 86, x, t, "Helvetica-Bold", 9) for t, x in cols] + [
                (612 - 91, 30, None, F, S)]

    def footer(k, m):
        return [(30, 30, "CAD export IL-3 \u00b7 printed 03/16/26 07:02", "Helvetica", 8),
                (30, 680, f"Page {k} of {m}", "Helvetica", 9)]

    add, finish = paginate(header, footer, 612 - 106, 56)
    for i, rec in enumerate(recs):
        links = [f"{CODE1[k]} {num}" for k, num in rec["rel"]] or [""]
        vals = [links[0], rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"],
                rec["location"], rec["disposition"], rec["unit"]]
        for k, v in enumerate(vals):
            right = cols[k + 1][1] if k + 1 < len(cols) else W - 30
            assert cols[k][1] + stringWidth(v, F, S) < right - 4, v
        lines = [(x, v, F, S, 0) for v, (_, x) in zip(vals, cols) if v]
        lines[-1] = lines[-1][:4] + (L,)
        lines += [(30, ln, F, S, L) for ln in links[1:]]
        add(lines)
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            add([(30, None, F, S, 10), (112, f"{rec['dt']:%m/%d/%y}: {cnt} incidents", "Helvetica-Oblique", 8, 14)])
    kc = kind_counts(recs)
    add([(30, f"Incidents listed: {n}    Rows with a link: {sum(bool(x['rel']) for x in recs)}", "Helvetica-Bold",
          9.5, 14)])
    pages = finish()
    path = d / "calderbrook-dispatch-incident-log-2026-03-09-15.pdf"
    render(path, pages, landscape(letter))
    for k in KINDS + ["refer_to_case"]:
        assert kc.get(k, 0) >= 2, (k, kc)
    ex = next(rec for rec in recs if rec["links"] and rec["links"][0][0] == "duplicate_of")
    fw = next(rec for rec in recs if rec["links"] and rec["links"][0][0] == "replaced_by")
    return [entry(path, agency, "weekly dispatch incident log", "table with header", recs,
                  "A landscape CAD incident table (`Linked  Incident #  Received  Occurred  Call Type  Location  "
                  "Disposition  Unit`, a legend of the link codes under the title, a day-count line after each "
                  "day). Trap: the `Linked` column stands LEFT of `Incident #`, so on every linked row the first "
                  f"incident number printed is another incident's: `DUP {ex['links'][0][1]}  {ex['case_number']}  "
                  f"{ex['reported_at']} ...` is record {ex['case_number']}, a duplicate of {ex['links'][0][1]}. "
                  "The codes are DUP (duplicate of), MRG> (merged into), CXL> (cancelled, replaced by: a later "
                  f"row, e.g. {fw['case_number']} -> {fw['links'][0][1]}), SUPP, F/U, SEE and RFR (a county case "
                  "number, `CC26-01xxx`); a row with two links prints the second under the first in the Linked "
                  "column, on a line of its own. Referenced numbers that are rows of this log are listed in "
                  "`related_numbers` with `also_a_record: true`; the others (earlier incidents, county cases) "
                  f"with false ({kc['in_log']} and {kc['outside']}). Occurred is a single time or blank. Ends "
                  f"`Incidents listed: {n}    Rows with a link: N`.",
                  "rows counted by the generator; the day-count lines add up to the closing total")]


# 2 ------------------------------------------------------------------ Thistlewood County, KS: labelled blocks
PHRASE2 = {"duplicate_of": "duplicate of", "merged_into": "merged into", "replaced_by": "cancelled - replaced by",
           "supplement_to": "supplement to", "follow_up_to": "follow-up to", "cross_reference": "see also"}


def thistlewood(d, r):
    agency = "Thistlewood County Sheriff's Office, KS [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 1), 21, (2, 4))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 4400 + r.randint(0, 90)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"2026-{seq:06d}"
    outside = {}
    draw = outside_numbers(lambda k: f"2026-{k:06d}", 3000, 4390)

    def out(rr, kind):
        num = draw(rr, kind)
        outside[num] = (rr.choice(TYPES), datetime.datetime(2026, 1, 2) + datetime.timedelta(minutes=rr.randint(0, 40000)))
        return num

    add_links(r, recs, 0.35, out, lambda rr: ("related_cad", f"26-{rr.randint(10000, 29999):06d}"))
    for rec in recs:
        rec["disposition"] = {"dup": "Duplicate - no report", "merged": "Merged", "cancelled": "Cancelled"}.get(
            rec["status"], rec["disposition"])
    fmt = "%m/%d/%Y %H:%M"
    set_times(recs, lambda t: t.strftime(fmt))
    by_id = {rec["case_number"]: rec for rec in recs}
    F, B, S, L = "Helvetica", "Helvetica-Bold", 9, 12.5
    X, V, XN = 54, 132, 90

    def header(k):
        return [(792 - 44, 54, "THISTLEWOOD COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13),
                (792 - 58, 54, "Incident Summary Report  \u00b7  February 1 - 21, 2026  \u00b7  Records 555-0119",
                 "Helvetica", 9.5),
                (792 - 66, 54, None, F, S)]

    def footer(k, m):
        return [(40, 54, "Linked incidents are shown under the incident that cites them.", "Helvetica-Oblique", 8),
                (40, 480, f"Page {k} of {m}", "Helvetica", 9)]

    add, finish = paginate(header, footer, 792 - 86, 60)
    nested = 0
    for rec in recs:
        if rec["occ"] is None:
            occ = "unknown"
        elif "occurred_at" in rec:
            occ = rec["occurred_at"]
        else:
            occ = f"{rec['occurred_from']} to {rec['occurred_to']}"
        lines = [(X, "Incident No.:", B, S, 0), (V, rec["case_number"], F, S, 0), (330, "Reported:", B, S, 0),
                 (390, rec["reported_at"], F, S, L),
                 (X, "Nature:", B, S, 0), (V, rec["type"], F, S, L),
                 (X, "Location:", B, S, 0), (V, rec["location"], F, S, L),
                 (X, "Occurred:", B, S, 0), (V, occ, F, S, L),
                 (X, "Disposition:", B, S, 0), (V, rec["disposition"], F, S, 0), (330, "Deputy:", B, S, 0),
                 (390, f"#{rec['badge']}", F, S, L)]
        for kind, num, j in rec["links"]:
            if kind == "related_cad":
                lines += [(X, "Related CAD:", B, S, 0), (V, num, F, S, L)]
                continue
            typ, when = (recs[j]["type"], recs[j]["dt"]) if j is not None else outside[num]
            nested += 1
            lines += [(XN, f"Linked incident ({PHRASE2[kind]}):", "Helvetica-Oblique", S, L),
                      (XN, "Incident No.:", B, S, 0), (XN + 66, num, F, S, 0), (XN + 140, "Nature:", B, S, 0),
                      (XN + 178, typ, F, S, 0), (XN + 300, "Reported:", B, S, 0),
                      (XN + 348, when.strftime(fmt), F, S, L)]
            assert XN + 178 + stringWidth(typ, F, S) < XN + 296
        lines.append((X, None, F, S, 14))
        add(lines)
    add([(X, f"Incidents in this report: {n}", "Helvetica-Bold", 10, 14),
         (X, f"Linked-incident entries shown: {nested}", "Helvetica", 9, 14)])
    pages = finish()
    path = d / "thistlewood-county-incident-summary-2026-02-01-21.pdf"
    render(path, pages, letter)
    kc = kind_counts(recs)
    for k in KINDS:
        assert kc.get(k, 0) >= 2, (k, kc)
    ex = next(rec for rec in recs if rec["links"] and rec["links"][0][2] is not None
              and rec["links"][0][0] in ("supplement_to", "follow_up_to"))
    k0, num0, j0 = ex["links"][0]
    assert by_id[num0] is recs[j0]
    return [entry(path, agency, "three-week incident summary report", "labelled blocks", recs,
                  "Labelled blocks (`Incident No.:` with `Reported:` beside it, `Nature:`, `Location:`, "
                  "`Occurred:` a time, a `from to to` range or `unknown`, `Disposition:` with `Deputy: #nnn`, a "
                  "rule after each block; some blocks add `Related CAD: 26-0nnnnn`). Trap: a block that cites "
                  "another incident carries, indented under it, a `Linked incident (supplement to):` sub-block "
                  "that repeats the `Incident No.:`, `Nature:` and `Reported:` labels with the CITED incident's "
                  f"values, e.g. under {ex['case_number']}: `Linked incident ({PHRASE2[k0]}):` / `Incident No.: "
                  f"{num0}  Nature: {recs[j0]['type']}  Reported: {recs[j0]['reported_at']}`. "
                  f"{nested} such sub-blocks: the cited incident is either a block of this report (the sub-block "
                  "then repeats that block's own nature and report time) or an earlier incident not in the "
                  "report; either way the sub-block is not a record, and its number is a related number of the "
                  "block it sits in (kinds duplicate_of, merged_into, replaced_by — a later block —, "
                  "supplement_to, follow_up_to, cross_reference; the CAD numbers are kind related_cad). Ends "
                  f"`Incidents in this report: {n}` and `Linked-incident entries shown: {nested}`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Wendlebury, VT: prose, own id last
def clock(t):
    return f"{t.strftime('%B')} {t.day}, {(t.hour % 12) or 12}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"


NARR3 = ["The caller did not want contact.", "Officers checked the area.", "A neighbor called it in.",
         "No injuries were reported.", "The owner was notified.", "Both parties were spoken with.", "", "", ""]


def wendlebury(d, r):
    agency = "Wendlebury Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 7, (7, 11))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 1140 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
    add_links(r, recs, 0.4, outside_numbers(lambda k: f"26-{k:04d}", 700, 1130),
              lambda rr: ("refer_to_case", f"WC-26-{rr.randint(300, 999):04d}"))
    for rec in recs:
        rec["disposition"] = {"dup": "No separate report", "merged": "Handled under the other number",
                              "cancelled": "Call cancelled"}.get(rec["status"], rec["disposition"])
    set_times(recs, clock)
    F, S, L, W, X = "Times-Roman", 11, 14, 612 - 2 * 66, 66

    def header(k):
        if k == 1:
            return [(792 - 52, X, "WENDLEBURY POLICE DEPARTMENT [invented]", "Times-Bold", 15),
                    (792 - 69, X, "Police Log  \u00b7  March 2 - 8, 2026  \u00b7  as sent to the Wendlebury Ledger",
                     "Times-Italic", 11),
                    (792 - 83, X, "Incident numbers are given in parentheses at the end of each entry. Questions: "
                     "555-0163.", "Times-Roman", 9.5),
                    (792 - 91, X, None, F, S)]
        return [(792 - 52, X, "Wendlebury PD [invented]  \u00b7  Police Log, March 2 - 8, 2026", "Times-Italic", 10),
                (792 - 58, X, None, F, S)]

    def footer(k, m):
        return [(44, 280, f"{k} of {m}", "Times-Roman", 10)]

    add, finish = paginate(header, footer, 792 - 112, 64)
    add([])
    day = None
    for rec in recs:
        if rec["dt"].date() != day:
            day = rec["dt"].date()
            add([(X, f"{rec['dt']:%A}, {rec['dt']:%B} {rec['dt'].day}", "Times-Bold", 12, 17)])
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"Occurred about {rec['occurred_at']} "
        else:
            occ = f"Occurred between {rec['occurred_from']} and {rec['occurred_to']} "
        opening, tail = "", ""
        for kind, num, _ in rec["links"]:
            if kind == "follow_up_to":
                opening += f"Follow-up to {num}: "
            elif kind == "supplement_to":
                opening += f"Supplement to {num}: "
            elif kind == "duplicate_of":
                opening += f"Duplicate of {num}, a second caller: "
            elif kind == "replaced_by":
                tail += f" Replaced by {num}."
            elif kind == "merged_into":
                tail += f" Merged into {num}."
            elif kind == "cross_reference":
                tail += f" See also {num}."
            else:
                tail += f" Refer to county case {num}."
        narr = r.choice(NARR3)
        txt = (f"{rec['reported_at']} {D} {opening}{rec['type']}, {rec['location']}. {occ}"
               f"{narr + ' ' if narr else ''}{rec['disposition']}.{tail} ({rec['case_number']})")
        rec["txt"] = txt
        add([(X, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=5)
    add([(X, f"Entries this week: {n}.", "Times-Bold", 11, 15)])
    pages = finish()
    path = d / "wendlebury-police-log-2026-03-02-08.pdf"
    render(path, pages, letter)
    kc = kind_counts(recs)
    for k in KINDS + ["refer_to_case"]:
        assert kc.get(k, 0) >= 2, (k, kc)
    ex = next(rec for rec in recs if rec["links"] and rec["links"][0][0] == "follow_up_to")
    return [entry(path, agency, "weekly police log for a local newspaper", "free text", recs,
                  f"A prose police log in Times, day headings (`Monday, March 2`), one paragraph per entry: "
                  f"`{ex['txt']}`. Trap: the entry's own number is the one in parentheses at the very end; "
                  "follow-ups, supplements and duplicates open with the number they refer to (`Follow-up to "
                  "26-nnnn:`, `Supplement to`, `Duplicate of 26-nnnn, a second caller:`), so the first incident "
                  "number of such a paragraph is not its id; cancelled calls end `Call cancelled. Replaced by "
                  "26-nnnn.` naming a LATER entry; `Merged into`, `See also` and `Refer to county case WC-26-nnnn` "
                  "sit just before the parenthesised id. Referenced numbers of entries printed in this log have "
                  f"`also_a_record: true` ({kc['in_log']}), the others false ({kc['outside']}). Paragraphs are "
                  f"kept whole. Ends `Entries this week: {n}.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Okeford Springs, AZ: numbered items + xref items
PHRASE4 = {"duplicate_of": "Duplicate of", "merged_into": "Merged into", "replaced_by": "Replaced by",
           "supplement_to": "Supplement to", "follow_up_to": "Follow-up to", "cross_reference": "See also"}
XREF4 = ["second caller about", "caller asked for an update on", "further information added to",
         "reporting party called back on"]


def okeford(d, r):
    agency = "Okeford Springs Police Department, AZ [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 14, (4, 7))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 30 + r.randint(0, 20)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"2602-{seq:04d}"
        rec["unit"] = f"{r.randint(1, 4)}K{r.randint(10, 29)}"
    add_links(r, recs, 0.35, outside_numbers(lambda k: f"2601-{k:04d}", 400, 999))
    for rec in recs:
        rec["disposition"] = {"dup": "Duplicate", "merged": "Merged", "cancelled": "Cancelled"}.get(
            rec["status"], rec["disposition"])
    set_times(recs, lambda t: t.strftime("%m/%d/%y %H:%M"))
    # cross-reference items: later calls about an earlier incident, with no number of their own
    xrefs = []
    for j in sorted(r.sample([j for j in range(n - 3) if not recs[j]["status"]], 8)):
        t = recs[j]["dt"] + datetime.timedelta(minutes=r.randint(20, 600))
        xrefs.append({"dt": t, "j": j, "phrase": r.choice(XREF4)})
    items = sorted([("rec", rec["dt"], i) for i, rec in enumerate(recs)] + [("x", x["dt"], k) for k, x in
                                                                            enumerate(xrefs)],
                   key=lambda it: (it[1], it[0] == "rec"))
    for no, (what, _, i) in enumerate(items, 1):
        (recs[i] if what == "rec" else xrefs[i])["item"] = no
    F, S, L, W = "Helvetica", 9.5, 12.5, 612 - 96 - 50

    def header(k):
        return [(792 - 42, 50, "OKEFORD SPRINGS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                (792 - 56, 50, "Calls for Service Summary  \u00b7  February 2 - 15, 2026  \u00b7  Dispatch 555-0181",
                 "Helvetica", 9.5),
                (792 - 64, 50, None, F, S)]

    def footer(k, m):
        return [(38, 50, "Items are numbered in order of the call; cross-references carry no incident number.",
                 "Helvetica-Oblique", 8), (38, 490, f"Page {k} of {m}", "Helvetica", 9)]

    add, finish = paginate(header, footer, 792 - 84, 58)
    for what, _, i in items:
        if what == "x":
            x = xrefs[i]
            tgt = recs[x["j"]]
            txt = (f"Cross-reference {D} {x['dt']:%m/%d/%y %H:%M} {x['phrase']} CAD {tgt['case_number']} "
                   f"(item {tgt['item']}); no new incident number.")
            x["txt"] = f"{x['item']}.  {txt}"
            add([(50, f"{x['item']}.", F, S, 0)] + [(86, ln, "Helvetica-Oblique", S, L)
                                                   for ln in wrap(txt, "Helvetica-Oblique", S, W)], gap=4)
            continue
        rec = recs[i]
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        refs = ""
        for kind, num, j in rec["links"]:
            refs += f" {PHRASE4[kind]} CAD {num}" + (f" (item {recs[j]['item']})." if j is not None else ".")
        txt = (f"CAD {rec['case_number']} {D} Reported {rec['reported_at']}. {rec['type']}, {rec['location']}.{occ} "
               f"Unit {rec['unit']}. Disposition: {rec['disposition']}.{refs}")
        rec["txt"] = f"{rec['item']}.  {txt}"
        add([(50, f"{rec['item']}.", F, S, 0)] + [(86, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=4)
    m = len(items)
    add([(50, None, F, S, 12), (50, f"Items: {m} (incidents {n}, cross-references {len(xrefs)}).", "Helvetica-Bold",
                                10, 14)])
    pages = finish()
    path = d / "okeford-springs-calls-for-service-2026-02-02-15.pdf"
    render(path, pages, letter)
    kc = kind_counts(recs)
    for k in KINDS:
        assert kc.get(k, 0) >= 2, (k, kc)
    ex = next(rec for rec in recs if rec["links"] and rec["links"][0][2] is not None)
    return [entry(path, agency, "two-week calls-for-service summary", "numbered items", recs,
                  f"Numbered items with a hanging number: `{ex['txt']}`. Trap: the item numbers also count "
                  f"{len(xrefs)} cross-reference items that are no incidents and carry no number of their own, "
                  f"e.g. `{xrefs[0]['txt']}`: their only CAD number is another item's id (a record printed "
                  f"earlier), so items 1-{m} hold {n} records, and an item's number is not its record's ordinal. "
                  "Records cite other incidents by CAD number and item number (`Duplicate of CAD 2602-nnnn (item "
                  "k).`, `Merged into`, `Replaced by` a later item (after `Disposition: Cancelled.`), `Supplement to`, `Follow-up to`, "
                  "`See also`); references to January incidents (`2601-nnnn`) have no item number and "
                  "`also_a_record: false`. The cross-reference items' numbers are listed nowhere: they belong "
                  f"to no record. Ends `Items: {m} (incidents {n}, cross-references {len(xrefs)}).`",
                  "items counted by the generator; the closing line gives items, incidents and cross-references",
                  {"cross_reference_items": len(xrefs)})]


# 5 ------------------------------------------------------------------ Dunmere County, GA: line printer + xref listing
REL5 = {"duplicate_of": ("DUP OF", "DUPLICATED BY"), "merged_into": ("MERGED TO", "MERGED FROM"),
        "replaced_by": ("CXL, SEE", "REPLACES CXL"), "supplement_to": ("SUPP TO", "SUPPLEMENTED BY"),
        "follow_up_to": ("FOLLOW-UP TO", "FOLLOWED UP BY"), "cross_reference": ("SEE ALSO", "SEEN ALSO FROM"),
        "related_cad": ("RELATED CAD", None)}


def dunmere(d, r):
    agency = "Dunmere County Sheriff's Office, GA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 16), 7, (13, 17), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150, n
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 1200 + r.randint(0, 50)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"SO-26-{seq:05d}"
    outside = {}
    draw = outside_numbers(lambda k: f"SO-26-{k:05d}", 600, 1190)

    def out(rr, kind):
        num = draw(rr, kind)
        outside[num] = datetime.datetime(2026, 1, 20) + datetime.timedelta(minutes=rr.randint(0, 38000))
        return num

    cad = {"n": 0}

    def cadnum(rr):
        cad["n"] += rr.randint(30, 300)
        return ("related_cad", f"2602{cad['n'] % 1000000:06d}")

    add_links(r, recs, 0.3, out, cadnum)
    for rec in recs:
        rec["disposition"] = {"dup": "DUP", "merged": "MRG", "cancelled": "CXL"}.get(rec["status"],
                                                                                    codes[rec["disposition"]])
    set_times(recs, lambda t: t.strftime("%m/%d/%y %H:%M"))
    F, S, L, X = "Courier", 8, 10.5, 36

    def header(k):
        heads = [(792 - 36, "DUNMERE COUNTY SHERIFF'S OFFICE [invented]      INCIDENT LISTING WITH CROSS-REFERENCES",
                  "Courier-Bold"),
                 (792 - 36 - L, "RPT ICR-07  RUN 02/23/26 04:12  PERIOD 02/16/26-02/22/26  RECORDS 555-0152", F),
                 (792 - 36 - 2.5 * L, "INCIDENT     REPORTED        NATURE                    LOCATION"
                  "                      DISP DEP", "Courier-Bold"),
                 (792 - 36 - 3.5 * L, "-" * 104, F)]
        return [(y, x, t, font, S) for y, line, font in heads for x, t in pieces(line, X, S)]

    def footer(k, m):
        return [(y, x, t, F, S) for y, line in ((36, f"PAGE {k:3d} OF {m:3d}"),) for x, t in pieces(line, X, S)]

    add, finish = paginate(header, footer, 792 - 36 - 5 * L, 60)
    pairs = []
    for i, rec in enumerate(recs):
        assert len(rec["location"]) <= 29, rec["location"]
        lines = [f"{rec['case_number']:<13}{rec['reported_at']:<16}{rec['type'][:25]:<26}{rec['location']:<30}"
                 f"{rec['disposition']:<5}{rec['badge']}"]
        if rec["occ"] is not None:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']}-{rec['occurred_to']}"
            lines.append(f"{'':13}OCC {occ}")
        for kind, num, j in rec["links"]:
            lines.append(f"{'':13}XREF {REL5[kind][0]:<13}{num}")
            if kind != "related_cad":
                when = recs[j]["reported_at"] if j is not None else outside[num].strftime("%m/%d/%y %H:%M")
                pairs.append((num, when, REL5[kind][1], rec["case_number"]))
        rec["lines"] = [re.sub(r" {2,}", "  ", ln.strip()) for ln in lines]
        add([it for ln in lines for it in fixed(ln, X, F, S, L)])
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            add(fixed(f"** {rec['dt']:%m/%d/%y} INCIDENTS {cnt:3d} **", X, F, S, L * 1.6))
    add(fixed(f"TOTAL INCIDENTS: {n}   XREF LINES: {sum(len(x['links']) for x in recs)}", X, "Courier-Bold", S, L * 2))
    pairs.sort()
    listing = [fixed("CROSS-REFERENCE LISTING  (BY REFERENCED INCIDENT)", X, "Courier-Bold", S, L),
               fixed("REFERENCED   REPORTED        RELATION         BY INCIDENT", X, "Courier-Bold", S, L)]
    listing += [fixed(f"{a:<13}{b:<16}{c:<17}{e}", X, F, S, L) for a, b, c, e in pairs]
    listing.append(fixed(f"LISTED: {len(pairs)}   *** END OF REPORT ***", X, F, S, L))
    add([(X, None, F, S, L)] + listing[0], keep=True)
    for ln in listing[1:]:
        add(ln, keep=False)
    pages = finish()
    path = d / "dunmere-county-incident-listing-2026-02-16-22.pdf"
    render(path, pages, letter)
    kc = kind_counts(recs)
    for k in KINDS:
        assert kc.get(k, 0) >= 2, (k, kc)
    outs = sum(1 for p in pairs if p[0] not in {rec["case_number"] for rec in recs})
    assert outs >= 3
    ex = next(rec for rec in recs if len(rec["lines"]) >= 3 and rec["links"][-1][0] == "duplicate_of")
    return [entry(path, agency, "weekly incident listing with cross-references (line-printer report)",
                  "other: line-printer report with a cross-reference listing", recs,
                  f"A Courier capitals report, one main line per incident (`{ex['lines'][0]}`), then an `OCC` line "
                  "when an occurred time or range is known and one `XREF` line per cited incident "
                  f"(`{ex['lines'][-1]}`: DUP OF, MERGED TO, CXL, SEE — a later incident —, SUPP TO, FOLLOW-UP "
                  "TO, SEE ALSO, RELATED CAD with a 10-digit CAD number); day totals `** 02/16/26 INCIDENTS  nn "
                  f"**`, `TOTAL INCIDENTS: {n}   XREF LINES: N`. Trap: after the total comes a `CROSS-REFERENCE "
                  f"LISTING (BY REFERENCED INCIDENT)` of {len(pairs)} lines, sorted by the referenced number, "
                  "whose lines have exactly the shape of record lines: a number at the left margin, a report date "
                  "and time, then words (`SO-26-0nnnn  02/16/26 01:26  DUPLICATED BY    SO-26-0nnnn`). They "
                  "repeat the references, are no records, and "
                  f"{outs} of them start with an incident that is not in the listing at all (an earlier incident, "
                  "with its January or February date). The XREF numbers are listed in `related_numbers` with "
                  "their kind and `also_a_record`. Ends `LISTED: N   *** END OF REPORT ***`.",
                  "records counted by the generator; the day totals add up to the closing total",
                  {"cross_reference_listing_lines": len(pairs)})]


AGENCIES = [("calderbrook-mi-pd", 1, calderbrook), ("thistlewood-county-ks-so", 2, thistlewood),
            ("wendlebury-vt-pd", 3, wendlebury), ("okeford-springs-az-pd", 4, okeford),
            ("dunmere-county-ga-so", 5, dunmere)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
