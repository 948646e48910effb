"""Generate a held-out set of wide, sparse incident-log tables (blind_logs160).

Five agencies, five layouts, one trap each, all of them about wide records-system rows with 12 to 20
columns, most cells empty and several number columns (case, CAD, report, citation, arrest, property,
tow) on each row, one of which is the record's id: a landscape table whose first column is a CAD
event number of exactly the case number's shape, with a linked-case column of the same shape further
right; labelled blocks where the label `Orig Case:` stands before `Case:` and is filled in some blocks
with an earlier case; the RMS text view writing each row as sentences, where report numbers are the
case number plus a suffix; numbered entries where a row too wide for one entry is continued in a
second numbered entry; a transposed grid with fields down the side and eight incidents across, the
CAD row above the case row. Everything is invented. Output is deterministic: fixed seed, reportlab
invariant mode.
Run:
    python tests/documents/blind_logs160/make_blind_logs160.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, legal, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20260160
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card",
         "Found property", "Noise complaint", "Missing person - located", "Harassment", "Traffic collision",
         "DUI", "Abandoned vehicle", "Parking complaint"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Vehicle towed"]
STREETS = [("Oxbow Road", "Oxbow Rd"), ("Quarry Lane", "Quarry Ln"), ("Sorrel Court", "Sorrel Ct"),
           ("Millrace Drive", "Millrace Dr"), ("Tamarack Street", "Tamarack St"), ("Larch Avenue", "Larch Ave"),
           ("Cobble Way", "Cobble Way"), ("Heron Street", "Heron St"), ("Pinnacle Road", "Pinnacle Rd"),
           ("Fallow Lane", "Fallow Ln"), ("Cinder Avenue", "Cinder Ave"), ("Wren Court", "Wren Ct")]
PLACES = ["Riverside Mall lot", "Transit center", "Municipal pool", "High school", "Library garage",
          "Fairgrounds gate 2"]
SPARSE = [("report", 0.35), ("citation", 0.16), ("arrest", 0.1), ("property", 0.16), ("tow", 0.1)]


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


def day_stamps(r, day, k):
    mins = sorted(r.sample(range(15, 1440 - 15), k))
    return [day + datetime.timedelta(minutes=m) for m in mins]


def location(r, short=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        return f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a[i]} / {b[i]}" if short else f"{a[i]} and {b[i]}"
    return r.choice(PLACES)


def make_recs(r, first_day, per_day, case_fmt, serial, fmts, short=False):
    """Records as plain dicts: printed values plus the number columns (`nums`, in FMTS order)."""
    recs, counters = [], {k: 100 + r.randint(0, 400) for k in fmts}
    for d in range(7):
        day = first_day + datetime.timedelta(days=d)
        for t in day_stamps(r, day, r.randint(*per_day)):
            serial += r.choice([1, 1, 1, 2])
            counters["cad"] += r.randint(3, 30)
            nums = {"cad": fmts["cad"](counters["cad"])}
            for kind, p in SPARSE:
                counters[kind] += r.choice([1, 1, 2])
                if r.random() < p:
                    nums[kind] = fmts[kind](counters[kind])
            recs.append({"case_number": case_fmt(serial), "date": t.strftime("%m/%d/%Y"), "time": t.strftime("%H:%M"),
                         "dow": t.strftime("%a"), "type": r.choice(TYPES), "location": location(r, short),
                         "disposition": r.choice(DISPS), "nums": nums, "beat": str(r.randint(1, 6)),
                         "unit": f"{r.randint(1, 4)}{r.choice('ABK')}{r.randint(10, 29)}",
                         "badge": str(r.randint(201, 268)), "serial": serial})
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


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs160.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields + ["beat", "unit"], "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs160.py) from the records it drew; "
                               "checked by check_blind_logs160.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def finish_recs(recs, extra=()):
    """Keep only the ground-truth keys; the number columns become related numbers."""
    for rec in recs:
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        rec["rel"] = list(extra and rec.get("pre_rel", [])) + list(rec["nums"].items())
        for k in list(rec):
            if k not in ("case_number", "reported_at", "type", "location", "disposition", "rel"):
                rec.pop(k)


# 1 ------------------------------------------------------------------ Ashdown Ferry, NE: 18-column table
def ashdown(d, r):
    agency = "Ashdown Ferry Police Department, NE [invented]"
    fmts = {"cad": lambda k: f"26-{118000 + k:06d}", "report": lambda k: f"R26-{k:05d}",
            "citation": lambda k: f"C{880000 + k:07d}", "arrest": lambda k: f"A26-{k:05d}",
            "property": lambda k: f"P26-{k:05d}", "tow": lambda k: f"T26-{k:04d}"}
    recs = make_recs(r, datetime.datetime(2026, 1, 5), (11, 16), lambda s: f"26-{s:06d}", 4480 + r.randint(0, 40),
                     fmts)
    n = len(recs)
    assert 40 <= n <= 150
    for k in sorted(r.sample(range(10, n), 9)):
        recs[k]["pre_rel"] = [("linked_case", f"26-{r.randint(3900, 4440):06d}")]
    cols = [("CAD Event", 10), ("Case No", 10), ("Date", 11), ("Time", 6), ("Call Type", 25), ("Pri", 4),
            ("Address", 36), ("Beat", 5), ("Unit", 6), ("Badge", 6), ("Disposition", 23), ("Report No", 10),
            ("Citation No", 12), ("Arrest No", 10), ("Property No", 12), ("Tow No", 9), ("Evid", 5),
            ("Linked Case", 11)]
    F, S, L = "Courier", 6.2, 8.6

    def row(vals):
        return "".join(f"{v:<{w}}" for v, (_, w) in zip(vals, cols)).rstrip()

    size = landscape(legal)

    def header(k):
        return [(612 - 30, 30, "ASHDOWN FERRY POLICE DEPARTMENT [invented] - INCIDENT LISTING, ALL COLUMNS", "Helvetica-Bold",
                 10),
                (612 - 43, 30, "Reported 01/05/2026 - 01/11/2026. Records unit 555-0113. Empty cells are left blank.",
                 "Helvetica", 8),
                (612 - 58, 30, row([c for c, _ in cols]), "Courier-Bold", S),
                (612 - 62, 30, None, F, S)]

    add, finish = paginate(header, lambda k, m: [(20, 30, f"Page {k} of {m}", "Helvetica", 7.5)], 612 - 72, 36)
    for rec in recs:
        nm = rec["nums"]
        link = rec.get("pre_rel", [("", "")])[0][1]
        vals = [nm["cad"], rec["case_number"], rec["date"], rec["time"], rec["type"], str(r.randint(1, 4)),
                rec["location"], rec["beat"], rec["unit"], rec["badge"], rec["disposition"], nm.get("report", ""),
                nm.get("citation", ""), nm.get("arrest", ""), nm.get("property", ""), nm.get("tow", ""),
                "Y" if "property" in nm and r.random() < 0.5 else "", link]
        add([(30, row(vals), F, S, L)])
    add([(30, f"Total incidents: {n}", "Helvetica-Bold", 8.5, 12)])
    pages = finish()
    path = d / "ashdown-ferry-incident-listing-2026-01-05-11.pdf"
    draw(path, size, pages)
    finish_recs(recs, extra=True)
    return [entry(path, agency, "weekly incident listing, all columns", "table with header", recs,
                  "A landscape (legal) table of 18 columns printed in Courier: `CAD Event  Case No  Date  Time  Call "
                  "Type  Pri  Address  Beat  Unit  Badge  Disposition  Report No  Citation No  Arrest No  Property No  "
                  "Tow No  Evid  Linked Case`; most of the right-hand cells are empty on most rows. The record id is "
                  "the Case No (second column). Trap: the first column, the CAD event number, has exactly the case "
                  "number's shape (`26-118471` beside `26-004508`), so the first number on each row is not the id; "
                  "9 rows also carry an earlier case of the same shape in the last column, `Linked Case`. CAD, "
                  "report, citation, arrest, property, tow and linked numbers are in `related_numbers`. Ends "
                  "`Total incidents: N`.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Morrow Glen County, KS: labelled blocks
def morrow(d, r):
    agency = "Morrow Glen County Sheriff's Office, KS [invented]"
    fmts = {"cad": lambda k: f"2601{k:06d}", "report": lambda k: f"SR-26-{k:04d}",
            "citation": lambda k: f"KS{4410000 + k:07d}", "arrest": lambda k: f"BK26-{k:04d}",
            "property": lambda k: f"PE-26-{k:04d}", "tow": lambda k: f"TW-{2600 + k}"}
    recs = make_recs(r, datetime.datetime(2026, 1, 12), (7, 10), lambda s: f"MG26-{s:05d}", 2210 + r.randint(0, 40),
                     fmts)
    n = len(recs)
    assert 40 <= n <= 150
    for k in sorted(r.sample(range(8, n), 12)):
        recs[k]["pre_rel"] = [("orig_case", f"MG26-{r.randint(1800, 2200):05d}")]
    F, S, L = "Courier", 7.2, 9.4
    size = landscape(letter)

    def header(k):
        return [(612 - 32, 36, "MORROW GLEN COUNTY SHERIFF'S OFFICE [invented] - INCIDENT DETAIL LISTING", "Helvetica-Bold",
                 10),
                (612 - 45, 36, "Received 01/12/2026 - 01/18/2026. Every field is printed; empty fields stay blank. "
                 "Records 555-0127.", "Helvetica", 8)]

    add, finish = paginate(header, lambda k, m: [(22, 36, f"Page {k} of {m}", "Helvetica", 7.5)], 612 - 64, 36)
    for rec in recs:
        nm = rec["nums"]
        orig = rec.get("pre_rel", [("", "")])[0][1]
        l1 = (f"Orig Case: {orig:<12}Case: {rec['case_number']:<12}CAD: {nm['cad']:<12}"
              f"Report: {nm.get('report', ''):<12}Citation: {nm.get('citation', ''):<11}Arrest: {nm.get('arrest', '')}")
        l2 = (f"Date: {rec['date']}  Time: {rec['time']}  Type: {rec['type']:<26}Location: {rec['location']:<34}"
              f"Beat: {rec['beat']:<3}Unit: {rec['unit']}")
        l3 = (f"Property: {nm.get('property', ''):<12}Tow: {nm.get('tow', ''):<9}"
              f"Evidence: {'Y' if 'property' in nm else ' '}  Badge: {rec['badge']}  Disposition: {rec['disposition']}")
        add([(36, None, F, S, 8), (36, l1.rstrip(), F, S, L), (36, l2.rstrip(), F, S, L), (36, l3.rstrip(), F, S, L)],
            gap=2)
    add([(36, None, F, S, 10), (36, f"End of listing: {n} incidents", "Helvetica-Bold", 8.5, 12)])
    pages = finish()
    path = d / "morrow-glen-incident-detail-2026-01-12-18.pdf"
    draw(path, size, pages)
    finish_recs(recs, extra=True)
    return [entry(path, agency, "weekly incident detail listing", "labelled blocks", recs,
                  "One three-line labelled block per incident between rules, landscape, Courier, every one of 17 "
                  "fields printed with its label whether filled or not: `Orig Case:  Case:  CAD:  Report:  Citation:  "
                  "Arrest:` / `Date:  Time:  Type:  Location:  Beat:  Unit:` / `Property:  Tow:  Evidence:  Badge:  "
                  "Disposition:`. The record id is the value after `Case:`. Trap: the label `Orig Case:` comes first "
                  "and contains `Case:`; in 12 blocks it holds an earlier case of the id's shape (`Orig Case: "
                  "MG26-01826   Case: MG26-02243`), so the first `Case:` value in those blocks is not the id, and in "
                  "the others `Orig Case:` is followed by blanks and then `Case:`. Earlier cases, CAD (10 digits), "
                  "report, citation, arrest, property and tow numbers are in `related_numbers`. Ends `End of listing: "
                  "N incidents`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Pellbridge, ME: RMS text view, free text
def pellbridge(d, r):
    agency = "Pellbridge Police Department, ME [invented]"
    fmts = {"cad": lambda k: f"C26-{110000 + k}", "report": lambda k: "", "citation": lambda k: f"M{123000 + k:07d}",
            "arrest": lambda k: f"AR-26-{k:04d}", "property": lambda k: f"PR-26-{k:04d}",
            "tow": lambda k: f"T-26-{k:04d}"}
    recs = make_recs(r, datetime.datetime(2026, 1, 19), (7, 11), lambda s: f"2026-{s:05d}", 3300 + r.randint(0, 40),
                     fmts)
    n = len(recs)
    assert 40 <= n <= 150
    for rec in recs:
        rec["disposition"] = rec["disposition"].lower()
        if "report" in rec["nums"]:
            rec["nums"]["report"] = f"{rec['case_number']}-{r.choice(['01', '01', '01', '02'])}"
    F, S, L, W = "Helvetica", 8.8, 11.2, 716
    size = landscape(letter)

    def header(k):
        return [(612 - 34, 38, "Pellbridge Police Department [invented] \u2014 incident table, text view", "Helvetica-Bold",
                 11),
                (612 - 48, 38, "January 19-25, 2026. The text view writes each row of the 16-column incident table as "
                 "sentences and leaves out empty columns. Records 555-0139.", "Helvetica-Oblique", 8)]

    add, finish = paginate(header, lambda k, m: [(22, 38, f"Text view \u2014 page {k} of {m}", F, 7.5)], 612 - 70, 38)
    for rec in recs:
        nm = rec["nums"]
        txt = (f"{rec['dow']} {rec['date']} {rec['time']} \u2014 {rec['type']} at {rec['location']}. Badge {rec['badge']} "
               f"(unit {rec['unit']}, beat {rec['beat']}) handled the call; disposition: {rec['disposition']}. ")
        parts = [f"CAD {nm['cad']}"]
        for kind, word in (("citation", "citation"), ("arrest", "arrest"), ("property", "property"), ("tow", "tow")):
            if kind in nm:
                parts.append(f"{word} {nm[kind]}")
        if "report" in nm and r.random() < 0.5:
            txt += f"Report {nm['report']} filed under case {rec['case_number']}; " + ", ".join(parts) + "."
        else:
            head = [f"Case {rec['case_number']}"] + ([f"report {nm['report']}"] if "report" in nm else [])
            txt += ", ".join(head + parts) + "."
        add([(38, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=True, gap=4)
    add([(38, f"Incidents in this view: {n}.", "Helvetica-Bold", 9, 12)])
    pages = finish()
    path = d / "pellbridge-incident-text-view-2026-01-19-25.pdf"
    draw(path, size, pages)
    finish_recs(recs)
    return [entry(path, agency, "weekly incident table printed in the RMS text view", "free text", recs,
                  "The 16-column incident table printed in the records system's text view, landscape: one paragraph "
                  "per row, the filled cells written as sentences and the empty ones left out: `Tue 01/20/2026 09:14 "
                  "\u2014 Theft from vehicle at 1400 block of Oxbow Road. Badge 231 (unit 2A14, beat 3) handled the "
                  "call; disposition: report taken. Case 2026-03327, report 2026-03327-01, CAD C26-110482, tow "
                  "T-26-0217.` The record id is the `Case`/`case` number. Trap: the report number is the case number "
                  "with a suffix (`2026-03327-01`, sometimes `-02`), and about half of those paragraphs give it "
                  "first (`Report 2026-03327-01 filed under case 2026-03327; ...`), so a case-number search without "
                  "a right-hand boundary finds those ids twice and a first-number reading takes the report. CAD, "
                  "report, citation, arrest, property and tow numbers are in `related_numbers`. Ends `Incidents in "
                  "this view: N.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Dunvegan Springs, AZ: numbered entries, continued
def dunvegan(d, r):
    agency = "Dunvegan Springs Police Department, AZ [invented]"
    fmts = {"cad": lambda k: f"CAD{260000 + k}", "report": lambda k: f"RPT-26-{3300 + k}",
            "citation": lambda k: f"AZ-{442000 + k:07d}", "arrest": lambda k: f"ARR-26-{k:03d}",
            "property": lambda k: f"PROP-26-{k:03d}", "tow": lambda k: f"TOW-26-{k:03d}"}
    recs = make_recs(r, datetime.datetime(2026, 1, 26), (8, 12), lambda s: f"26-{s:05d}", 7700 + r.randint(0, 40),
                     fmts)
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L, W = "Helvetica", 8.4, 10.6, 690
    size = landscape(letter)

    def header(k):
        return [(612 - 34, 38, "DUNVEGAN SPRINGS POLICE DEPARTMENT [invented] - INCIDENT ROWS (WRAPPED PRINT)",
                 "Helvetica-Bold", 10.5),
                (612 - 48, 38, "01/26/2026 - 02/01/2026. Each table row is printed as a numbered entry; a row with "
                 "cells beyond the entry width continues in the next entry. Records 555-0146.", "Helvetica", 8)]

    add, finish = paginate(header, lambda k, m: [(22, 38, f"Page {k} of {m}", F, 7.5)], 612 - 70, 38)
    item = 0
    for rec in recs:
        nm = rec["nums"]
        main = [f"Case {rec['case_number']}", f"{rec['dow']} {rec['date']} {rec['time']}", rec["type"], rec["location"],
                f"Beat {rec['beat']}", f"Unit {rec['unit']}", f"Badge {rec['badge']}", f"CAD {nm['cad']}"]
        if "report" in nm:
            main.append(f"Report {nm['report']}")
        main.append(f"Disposition: {rec['disposition']}")
        item += 1
        lines = wrap(" \u2014 ".join(main), F, S, W)
        add([(38, f"{item}.", F, S, 0)] + [(62, ln, F, S, L) for ln in lines], keep=True, gap=3)
        over = [f"{w} {nm[k]}" for k, w in (("citation", "Citation"), ("arrest", "Arrest"), ("property", "Property"),
                                             ("tow", "Tow")) if k in nm]
        if over:
            item += 1
            add([(38, f"{item}.", F, S, 0), (62, f"(cont. of {rec['case_number']}) " + " \u2014 ".join(over), F, S, L)],
                gap=3)
    add([(38, f"Listing complete: {n} incidents in {item} entries.", "Helvetica-Bold", 9, 12)])
    pages = finish()
    path = d / "dunvegan-springs-incident-rows-2026-01-26-02-01.pdf"
    draw(path, size, pages)
    finish_recs(recs)
    return [entry(path, agency, "weekly incident rows, wrapped print", "numbered paragraphs", recs,
                  "Each row of the wide incident table printed as a numbered entry, landscape: `14. Case 26-07731 "
                  "\u2014 Tue 01/27/2026 09:14 \u2014 Theft from vehicle \u2014 1400 block of Oxbow Road \u2014 Beat 3 "
                  "\u2014 Unit 2A14 \u2014 Badge 231 \u2014 CAD CAD260412 \u2014 Report RPT-26-3412 \u2014 Disposition: "
                  "Report taken`, empty cells left out. Trap: the citation, arrest, property and tow columns do not "
                  "fit the entry, so a row with any of them filled continues in the next numbered entry `15. (cont. "
                  "of 26-07731) Citation AZ-0442107 \u2014 Tow TOW-26-118`; there are more numbered entries than "
                  "incidents, and the continued entries repeat the id. Their numbers belong to the incident above "
                  "and are in `related_numbers` with CAD and report numbers. Ends `Listing complete: N incidents in "
                  "M entries.`",
                  "entries counted by the generator; the closing line gives both totals")]


# 5 ------------------------------------------------------------------ Caldbeck Township, PA: transposed grid
ROWS5 = ["Seq", "CAD #", "Report #", "Case #", "Date", "Time", "Call type", "Location", "Beat", "Unit", "Badge",
         "Disposition", "Citation #", "Arrest #", "Property #", "Tow #"]


def caldbeck(d, r):
    agency = "Caldbeck Township Police Department, PA [invented]"
    fmts = {"cad": lambda k: f"E26-{31000 + k:06d}", "report": lambda k: f"RP26-{k:04d}",
            "citation": lambda k: f"P{7710000 + k}", "arrest": lambda k: f"AP26-{k:04d}",
            "property": lambda k: f"PB26-{k:04d}", "tow": lambda k: f"TW26-{k:03d}"}
    recs = make_recs(r, datetime.datetime(2026, 2, 2), (8, 11), lambda s: f"2026-{s:05d}", 410 + r.randint(0, 40),
                     fmts, short=True)
    n = len(recs)
    assert 40 <= n <= 150
    F, S, L, LW, CWD = "Courier", 7, 8.6, 12, 26
    size = landscape(legal)
    per = 8
    panels = [recs[i:i + per] for i in range(0, n, per)]

    def header(k):
        return [(612 - 30, 36, "CALDBECK TOWNSHIP POLICE DEPARTMENT [invented] - INCIDENT GRID (FIELDS DOWN, INCIDENTS "
                 "ACROSS)", "Helvetica-Bold", 10),
                (612 - 43, 36, "02/02/2026 - 02/08/2026. Eight incidents per panel; empty cells are blank. Records "
                 "555-0158.", "Helvetica", 8)]

    add, finish = paginate(header, lambda k, m: [(20, 36, f"Page {k} of {m}", "Helvetica", 7.5)], 612 - 66, 32)
    seq = 0
    for panel in panels:
        cols = []
        for rec in panel:
            seq += 1
            nm = rec["nums"]
            cols.append([f"#{seq}", nm["cad"], nm.get("report", ""), rec["case_number"], rec["date"], rec["time"],
                         rec["type"], rec["location"], rec["beat"], rec["unit"], rec["badge"], rec["disposition"],
                         nm.get("citation", ""), nm.get("arrest", ""), nm.get("property", ""), nm.get("tow", "")])
        lines = []
        for i, lab in enumerate(ROWS5):
            txt = f"{lab:<{LW}}" + "".join(f"{c[i]:<{CWD}}" for c in cols)
            lines.append((36, txt.rstrip(), "Courier-Bold" if i in (0, 3) else F, S, L))
        add(lines, gap=14)
    add([(36, f"Incidents: {n}", "Helvetica-Bold", 8.5, 12)])
    pages = finish()
    path = d / "caldbeck-township-incident-grid-2026-02-02-08.pdf"
    draw(path, size, pages)
    finish_recs(recs)
    return [entry(path, agency, "weekly incident grid, transposed", "other: transposed grid, incidents across", recs,
                  "The wide incident table printed transposed, landscape (legal), Courier: the 16 fields run down the "
                  "left (`Seq  CAD #  Report #  Case #  Date  Time  Call type  Location  Beat  Unit  Badge  Disposition "
                  "Citation #  Arrest #  Property #  Tow #`) and eight incidents run across each panel, one column "
                  "each (`#1` ... `#8`), panels stacked three to a page; empty cells are blank, so the report, "
                  "citation, arrest, property and tow rows are mostly empty. The record id is the `Case #` row; "
                  "locations are abbreviated as printed (`2400 blk Millrace Dr`, `Oxbow Rd / Quarry Ln`). Trap: "
                  "every text line holds one field of up to eight incidents, so a line-by-line reading sees no "
                  "incident at all, and the `CAD #` row above the `Case #` row prints eight numbers of an id-like "
                  "shape (`E26-031447`) first. CAD, report, citation, arrest, property and tow numbers are in "
                  "`related_numbers`. Ends `Incidents: N`.",
                  "columns counted by the generator; the closing line gives the total")]


AGENCIES = [("ashdown-ferry-ne-pd", 1, ashdown), ("morrow-glen-county-ks-so", 2, morrow),
            ("pellbridge-me-pd", 3, pellbridge), ("dunvegan-springs-az-pd", 4, dunvegan),
            ("caldbeck-township-pa-pd", 5, caldbeck)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
