"""Generate a held-out set of traffic and parking enforcement logs (blind_logs151).

Five agencies, five layouts, one trap each: a landscape collision and enforcement table whose
citation and tow numbers run onto continuation rows without a case number; a tow and impound log in
labelled blocks headed by the tow record number, two blocks for a two-vehicle incident; a parking
enforcement narrative whose case number closes each paragraph, beside meter-patrol lines that cite
citation ranges but are no incidents; numbered collision paragraphs that break over pages with a
`(N. Case ... continued)` line; one-line entries under day headings with day totals, followed by a
held-vehicle list that prints case numbers a second time. Everything is invented. Output is
deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs151/make_blind_logs151.py [OUT_DIR]
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
SEED = 20261151
TYPES = ["Collision - property damage", "Collision - injury", "Hit and run - parked vehicle", "Abandoned vehicle",
         "Parking - blocked driveway", "Parking - fire lane", "Parking - expired registration", "Disabled vehicle",
         "Speeding complaint", "Reckless driving", "Driving with suspended license", "Unlicensed driver",
         "Stolen vehicle recovered", "Hazard in roadway", "Parking - handicapped zone"]
DISPS = ["Citation issued", "Towed", "Report filed", "Warning given", "Vehicle released to owner",
         "Referred to traffic unit", "Gone on arrival", "Closed"]
STREETS = ["Brindle Street", "Oxbow Road", "Quarry Lane", "Fenwick Avenue", "Tansy Street", "Larkspur Way",
           "Millrace Drive", "Sorrel Court", "Harbin Road", "Pewter Avenue", "Gannet Street", "Wickham Road"]
PLACES = ["Civic Center garage level 2", "Eastgate park-and-ride lot", "Riverside Mall south lot",
          "Depot Square taxi stand", "High school bus loop"]


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


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def location(r, numbered=False):
    k = r.random()
    if k < 0.5:
        if numbered:
            return f"{r.randint(1, 48) * 100 + r.randint(1, 99)} {r.choice(STREETS)}"
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


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


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
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


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs151.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs151.py) from the records it drew; "
                               "checked by check_blind_logs151.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, top, bottom, on_break=None):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead) lines on the current page,
    breaking to a new page when they do not fit (whole when keep=True); on_break(ctx) gives lines to
    print first on a page that a record continues onto."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0, ctx=None):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for j, (x, text, font, fs, lead) in enumerate(lines):
            if state["y"] - lead < bottom - lead:
                new_page()
                if j and on_break:
                    for bx, bt, bf, bs, bl in on_break(ctx):
                        pages[-1].append((state["y"], bx, bt, bf, bs))
                        state["y"] -= bl
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def pick_disp(r, rels):
    kinds = {k for k, _ in rels}
    if "tow" in kinds or "tow_record" in kinds:
        return r.choice(["Towed", "Towed", "Report filed"])
    if "citation" in kinds:
        return r.choice(["Citation issued", "Citation issued", "Report filed"])
    return r.choice([d for d in DISPS if d not in ("Citation issued", "Towed")])


# 1 ------------------------------------------------------------------ Harrowgate, NV: table, continuation rows
def harrowgate(d, r):
    agency = "Harrowgate Police Department, NV [invented]"
    n = 60
    recs, num, cit, tow = [], 18700, 40217700, 410
    for t in stamps(r, datetime.datetime(2025, 10, 6), n, 14):
        num += r.randint(1, 9)
        rels = []
        for _ in range(r.choice([0, 1, 1, 1, 2, 2, 3])):
            if r.random() < 0.7:
                cit += r.randint(1, 30)
                rels.append(("citation", f"CIT {cit}"))
            else:
                tow += r.randint(1, 5)
                rels.append(("tow", f"TOW 25-T{tow:04d}"))
        rec = {"case_number": f"25-0{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
               "location": location(r, numbered=True), "rel": rels, "badge": str(r.randint(3100, 3899))}
        rec["disposition"] = pick_disp(r, rels)
        recs.append(rec)
    assert sum(len(x["rel"]) > 1 for x in recs) >= 3
    size = landscape(letter)
    F, S = "Helvetica", 8.5
    cols = [36, 100, 180, 215, 380, 545, 650]
    head = ["Case No.", "Reported", "Badge", "Incident", "Location", "Citation / Tow", "Disposition"]

    def header(k):
        items = [(612 - 40, 36, "HARROWGATE POLICE DEPARTMENT [invented] - TRAFFIC AND PARKING ENFORCEMENT LOG",
                  "Helvetica-Bold", 12),
                 (612 - 55, 36, "October 6-19, 2025. One case per incident; every citation and tow issued on it is "
                                "listed in the Citation / Tow column. Traffic unit 555-0131.", F, 8.5)]
        items += [(612 - 78, x, h, "Helvetica-Bold", 9) for x, h in zip(cols, head)]
        items.append((612 - 83, 36, None, F, 9))
        return items

    add, finish = paginate(header, lambda k, m: [(28, 36, f"Page {k} of {m}", F, 8)], 612 - 98, 50)
    for rec in recs:
        nums = [x for _, x in rec["rel"]] or [""]
        lines = []
        for j, x in enumerate(nums):
            vals = [rec["case_number"], rec["reported_at"], rec["badge"], rec["type"], rec["location"], x,
                    rec["disposition"]] if j == 0 else ["", "", "", "", "", x, ""]
            lines += [(c, v, F, S, 0) for c, v in zip(cols, vals) if v] + [(0, "", F, S, 11)]
        add(lines, gap=2)
    ncit = sum(k == "citation" for x in recs for k, _ in x["rel"])
    ntow = sum(k == "tow" for x in recs for k, _ in x["rel"])
    add([(36, f"Total cases: {n}    Citations: {ncit}    Tows: {ntow}", "Helvetica-Bold", 9, 12)])
    pages = [[it for it in p if it[2] != ""] for p in finish()]
    path = d / "harrowgate-enforcement-log-2025-10-06-19.pdf"
    draw(path, size, pages)
    for rec in recs:
        rec.pop("badge")
    return agency, [entry(path, agency, "two-week traffic and parking enforcement log", "table with header", recs,
                          "Landscape table, one row per case `25-0NNNNN`. Trap: a case with several citations or "
                          "tows prints the second and third on continuation rows that carry only the Citation / Tow "
                          "cell (`CIT 402NNNNN`, eight digits, or `TOW 25-TNNNN`): those rows are not records and "
                          "their numbers belong to the case above. Four-digit badges and house numbers share the "
                          "row. Ends `Total cases: N    Citations: M    Tows: K` (only N counts records).",
                          "rows with a case number counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Kestrel Falls, WA: tow blocks
def kestrel(d, r):
    agency = "Kestrel Falls Police Department, WA [invented]"
    n = 44
    recs, num, tr = [], 4400, 1090
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 12)
        ntow = 2 if r.random() < 0.18 else 1
        typ = r.choice(["Collision - injury", "Collision - property damage"]) if ntow == 2 else r.choice(
            ["Abandoned vehicle", "Parking - fire lane", "Parking - blocked driveway", "Stolen vehicle recovered",
             "Driving with suspended license", "Unlicensed driver", "Disabled vehicle", "Collision - property damage",
             "Parking - expired registration"])
        rels = []
        for _ in range(ntow):
            tr += r.randint(1, 4)
            rels.append(("tow_record", f"TR-25-0{tr}"))
        rec = {"case_number": f"25-KF-0{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
               "location": location(r, numbered=True), "rel": rels,
               "disposition": r.choice(["Held for investigation", "Released to owner", "Released to lienholder",
                                        "Held - unpaid impound fee", "Released to insurer"]),
               "veh": [f"{r.randint(2004, 2024)} {r.choice(['sedan', 'pickup', 'SUV', 'van', 'hatchback'])}, "
                       f"{r.choice(['grey', 'white', 'black', 'red', 'blue', 'green'])}" for _ in range(ntow)],
               "badge": str(r.randint(7100, 7899)), "slot": r.randint(1, 6)}
        recs.append(rec)
    assert sum(len(x["rel"]) == 2 for x in recs) >= 3
    F, S, L = "Helvetica", 9.5, 11

    def header(k):
        return [(792 - 44, 40, "KESTREL FALLS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (792 - 60, 40, "Tow and impound log, October 2025. One block per vehicle towed. Impound desk "
                               "555-0148.", F, 9)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"Page {k} of {m}", F, 8)], 792 - 88, 50)
    for rec in recs:
        for (_, trn), veh in zip(rec["rel"], rec["veh"]):
            add([(40, None, F, S, 13), (40, f"TOW RECORD {trn}", "Helvetica-Bold", 10.5, L + 1),
                 (40, f"Case No.: {rec['case_number']}", F, S, L),
                 (40, f"Received: {rec['reported_at']}", F, S, L), (40, f"Reason: {rec['type']}", F, S, L),
                 (40, f"Location: {rec['location']}", F, S, L), (40, f"Vehicle: {veh}", F, S, L),
                 (40, f"Tow company: rotation slot {rec['slot']}    Officer: Badge {rec['badge']}", F, S, L),
                 (40, f"Release: {rec['disposition']}", F, S, L)], gap=2)
    ntow = sum(len(x["rel"]) for x in recs)
    add([(40, f"{ntow} tows on {n} cases.", "Helvetica-Bold", 10, 14)])
    pages = [[(y + 4, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p] for p in finish()]
    path = d / "kestrel-falls-tow-log-2025-10.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("veh", "badge", "slot"):
            rec.pop(k)
    return agency, [entry(path, agency, "monthly tow and impound log", "labelled blocks", recs,
                          "One block per vehicle towed, headed in bold `TOW RECORD TR-25-0NNNN`: that number is the "
                          "tow's, not the record id. The id is the `Case No.: 25-KF-0NNNN` on the next line. Trap: a "
                          "collision with two vehicles towed prints two consecutive blocks with the same case number, "
                          "received time, reason, location and release (different vehicle and tow record): one "
                          "incident, one record. Ends `T tows on N cases.` (N counts records).",
                          "case numbers counted by the generator; the closing line gives tows and cases")]


# 3 ------------------------------------------------------------------ Pellston Hollow, MI: narrative, id at the end
def pellston(d, r):
    agency = "Pellston Hollow Police Department, MI [invented]"
    n = 55
    recs, num, cit, tow, meter = [], 300, 488100, 2200, 4901000
    for t in stamps(r, datetime.datetime(2025, 10, 6), n, 7):
        num += r.randint(1, 5)
        rels = []
        typ = r.choice(TYPES)
        if typ.startswith("Parking") or r.random() < 0.3:
            cit += r.randint(1, 20)
            rels.append(("citation", f"P-00{cit}"))
        if r.random() < 0.25:
            tow += r.randint(1, 6)
            rels.append(("tow", f"25-{tow}"))
        rec = {"case_number": f"PH25-00{num}", "reported_at": f"{t.strftime('%b')} {t.day} at {t.strftime('%H:%M')}",
               "type": typ, "location": location(r), "rel": rels, "t": t, "badge": r.randint(5501, 5540)}
        rec["disposition"] = pick_disp(r, rels)
        recs.append(rec)
    F, S, L, W = "Times-Roman", 10.5, 13.5, 530

    def header(k):
        return [(792 - 46, 40, "Pellston Hollow Police Department [invented]", "Times-Bold", 14),
                (792 - 62, 40, "Parking and traffic enforcement summary, week of October 6, 2025. Questions: "
                               "555-0162.", "Times-Italic", 10)]

    add, finish = paginate(header, lambda k, m: [(32, 40, f"- {k} -", F, 9)], 792 - 92, 52)
    days = {}
    for rec in recs:
        days.setdefault(rec["t"].date(), []).append(rec)
    nmeter = 0
    for day, v in days.items():
        add([(40, f"{day.strftime('%A, %B')} {day.day}, {day.year}", "Times-Bold", 12, 17)], gap=2)
        at = r.randint(1, max(1, len(v) - 1))
        for i, rec in enumerate(v):
            if i == at:
                k = r.randint(18, 44)
                txt = (f"Meter patrol: {k} citations issued, P-0{meter} through P-0{meter + k - 1}; no case "
                       f"numbers assigned.")
                meter += k + r.randint(5, 30)
                nmeter += 1
                add([(40 if j == 0 else 52, ln, F, S, L) for j, ln in enumerate(wrap(txt, F, S, W))], gap=4)
            txt = (f"Reported {rec['reported_at']}: {rec['type']} at {rec['location']}; Badge {rec['badge']} "
                   f"responded.")
            for kd, x in rec["rel"]:
                txt += f" Citation {x} issued." if kd == "citation" else f" Vehicle towed, tow {x}."
            txt += f" Disposition: {rec['disposition']}. Case {rec['case_number']}."
            add([(40 if j == 0 else 52, ln, F, S, L) for j, ln in enumerate(wrap(txt, F, S, W))], keep=False, gap=4)
    assert nmeter >= 3
    add([(40, f"End of summary \u2014 {n} cases.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "pellston-hollow-enforcement-summary-2025-10-06-12.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("t")
        rec.pop("badge")
    return agency, [entry(path, agency, "weekly parking and traffic enforcement summary", "free text", recs,
                          "Prose paragraphs under day headings, `Reported Oct 6 at 09:14: <type> at <place>; Badge "
                          "55NN responded. ... Disposition: ... Case PH25-00NNN.` Trap: the case number closes the "
                          "paragraph, after citation numbers `P-00488NNN` and tow numbers `25-2NNN` printed earlier "
                          "in it; each day also has a `Meter patrol: K citations issued, P-049NNNNN through "
                          "P-049NNNNN; no case numbers assigned.` line, which is not an incident. Paragraphs break "
                          "across pages. Ends `End of summary \u2014 N cases.`",
                          "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Tamsett County, ID: numbered, continued
def tamsett(d, r):
    agency = "Tamsett County Sheriff's Office, ID [invented]"
    n = 50
    recs, num, cit, tow = [], 4400, 5520300, 860
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 14)
        typ = r.choice(["Collision - injury", "Collision - property damage", "Collision - property damage",
                        "Hit and run - parked vehicle", "Reckless driving", "Disabled vehicle", "Hazard in roadway"])
        rels = []
        for v in range(r.choice([0, 1, 1, 2])):  # noqa: B007
            cit += r.randint(1, 60)
            rels.append(("citation", f"{cit}"))
        if typ.startswith("Collision") and r.random() < 0.5:
            tow += r.randint(1, 9)
            rels.append(("tow", f"25-0{tow}"))
        loc = (f"Highway {r.choice([44, 71, 93])} at mile {r.randint(2, 88)}" if r.random() < 0.5
               else location(r, numbered=True))
        rec = {"case_number": f"25-S-0{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
               "location": loc, "rel": rels, "badge": r.randint(301, 348)}
        rec["disposition"] = pick_disp(r, rels)
        recs.append(rec)
    F, S, L, W = "Helvetica", 9.5, 12.5, 420

    def header(k):
        return [(792 - 46, 40, "TAMSETT COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13),
                (792 - 62, 40, "Traffic division: collision and enforcement cases, October 2025. Traffic "
                               "sergeant 555-0175.", F, 10)]

    def cont(ctx):
        return [(40, f"({ctx[0]}. Case {ctx[1]} continued)", "Helvetica-Oblique", 8.5, 12)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"Tamsett County SO traffic cases - page {k} of {m}", F, 8)],
                           792 - 92, 50, on_break=cont)
    add([(40, f"This summary lists {n} collision and traffic cases.", F, 9.5, 20)])
    for i, rec in enumerate(recs, 1):
        txt = (f"Case {rec['case_number']} \u2014 {rec['type']}, reported {rec['reported_at']}, {rec['location']}. "
               f"Deputy Badge {rec['badge']}.")
        cits = [x for k, x in rec["rel"] if k == "citation"]
        for j, x in enumerate(cits, 1):
            txt += f" Citation {x} issued to driver {j}."
        for k, x in rec["rel"]:
            if k == "tow":
                txt += f" Vehicle towed, Tow {x}."
        txt += f" Disposition: {rec['disposition']}."
        lines = wrap(txt, F, S, W)
        add([(40, f"{i}.", F, S, 0)] + [(68, ln, F, S, L) for ln in lines], keep=False, gap=5,
            ctx=(i, rec["case_number"]))
    pages = finish()
    conts = sum(1 for p in pages for it in p if str(it[2]).endswith("continued)"))
    assert conts >= 2, conts
    path = d / "tamsett-traffic-cases-2025-10.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("badge")
    return agency, [entry(path, agency, "monthly collision and traffic case summary", "numbered paragraphs", recs,
                          "Numbered items `N. Case 25-S-0NNNN \u2014 <type>, reported MM/DD/YYYY HH:MM, <place>. "
                          "Deputy Badge 3NN. Citation 55NNNNN issued to driver 1. Vehicle towed, Tow 25-0NNN. "
                          "Disposition: ...`. Trap: an item broken by a page end resumes under a line `(N. Case "
                          "25-S-0NNNN continued)`, which repeats the item and case numbers but starts no record; "
                          "seven-digit citation numbers and tow numbers share the paragraph. The opening line gives "
                          "the total (`This summary lists N collision and traffic cases.`).",
                          "items counted by the generator; the opening line gives the total")]


# 5 ------------------------------------------------------------------ Ravensby, KS: day sections, held list
def ravensby(d, r):
    agency = "Ravensby Police Department, KS [invented]"
    n = 62
    recs, num, cit, imp = [], 4400, 4412000, 900
    for t in stamps(r, datetime.datetime(2025, 10, 13), n, 7):
        num += r.randint(1, 6)
        typ = r.choice(TYPES)
        rels = []
        for _ in range(r.choice([0, 1, 1, 2])):
            cit += r.randint(1, 25)
            rels.append(("citation", f"E{cit}"))
        if r.random() < 0.22:
            imp += r.randint(1, 7)
            rels.insert(0, ("tow", f"IMP-0{imp}"))
        rec = {"case_number": f"2025-RCP-00{num}", "reported_at": t.strftime("%m/%d %H:%M"), "type": typ,
               "location": location(r), "rel": rels, "t": t, "unit": f"U{r.randint(11, 39)}",
               "held": any(k == "tow" for k, _ in rels) and r.random() < 0.6}
        rec["disposition"] = pick_disp(r, rels)
        recs.append(rec)
    assert sum(x["held"] for x in recs) >= 3
    size = landscape(letter)
    F, S = "Helvetica", 8.5
    cols = [36, 120, 180, 210, 355, 520, 630]

    def header(k):
        return [(612 - 40, 36, "RAVENSBY POLICE DEPARTMENT [invented] - DAILY TRAFFIC ENFORCEMENT SHEET, "
                               "OCT 13-19, 2025", "Helvetica-Bold", 12),
                (612 - 55, 36, "Entries by day: case, reported, unit, incident, location, action, impound and "
                               "citation numbers. Records 555-0189.", F, 8.5)]

    add, finish = paginate(header, lambda k, m: [(26, 36, f"Page {k} of {m}", F, 8)], 612 - 80, 45)
    days = {}
    for rec in recs:
        days.setdefault(rec["t"].date(), []).append(rec)
    for day, v in days.items():
        add([(36, day.strftime("%a %m/%d/%Y").upper(), "Helvetica-Bold", 10, 14), (36, None, F, S, 11)])
        for rec in v:
            vals = [rec["case_number"], rec["reported_at"], rec["unit"], rec["type"], rec["location"],
                    rec["disposition"], " ".join(x for _, x in rec["rel"])]
            add([(x, val, F, S, 0) for x, val in zip(cols, vals) if val] + [(0, "", F, S, 11)])
        nc = sum(k == "citation" for x in v for k, _ in x["rel"])
        nt = sum(k == "tow" for x in v for k, _ in x["rel"])
        add([(36, f"Day total: {len(v)} cases, {nc} citations, {nt} tows", "Helvetica-Oblique", 8.5, 16)])
    held = [x for x in recs if x["held"]]
    add([(36, "Vehicles held at impound at close of period (cases listed above)", "Helvetica-Bold", 10, 14)])
    for rec in held:
        imp_ = next(x for k, x in rec["rel"] if k == "tow")
        add([(36, rec["case_number"], F, S, 0), (120, imp_, F, S, 0),
             (180, f"held since {rec['t'].strftime('%m/%d/%Y')}", F, S, 11)])
    add([(36, f"Period total: {n} cases", "Helvetica-Bold", 10, 16)])
    pages = [[(y + 8, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p if t != ""]
             for p in finish()]
    path = d / "ravensby-traffic-sheet-2025-10-13-19.pdf"
    draw(path, size, pages)
    for rec in recs:
        for k in ("t", "unit", "held"):
            rec.pop(k)
    return agency, [entry(path, agency, "weekly daily traffic enforcement sheet",
                          "other: one-line entries under day headings with day totals, then a held-vehicle list", recs,
                          "Landscape, no column header: day headings (`MON 10/13/2025`), one line per case "
                          "`2025-RCP-00NNNN`, then `Day total: N cases, M citations, K tows`. Impound numbers "
                          "`IMP-0NNN` and citations `E44NNNNN` close the line. Trap: after the last day a list "
                          "`Vehicles held at impound at close of period` prints the case numbers of held vehicles a "
                          "second time with their impound numbers: those lines are not new records. Ends `Period "
                          "total: N cases`.",
                          "lines counted by the generator; day totals and the period total agree")]


AGENCIES = [("harrowgate-nv-pd", 1, harrowgate), ("kestrel-falls-wa-pd", 2, kestrel),
            ("pellston-hollow-mi-pd", 3, pellston), ("tamsett-county-id-so", 4, tamsett),
            ("ravensby-ks-pd", 5, ravensby)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
