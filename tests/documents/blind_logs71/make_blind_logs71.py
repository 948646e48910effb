"""Generate the seventy-first held-out set of incident-log PDFs and their ground truth.

Five county dispatch centres, each logging the incidents of four agencies (a sheriff's office,
two town police departments and a tribal police department) in one time-ordered log, every
agency with its own number series and prefix, agencies interleaved, per-agency subtotals at the
end. Layouts: a table whose date is printed only on date-change lines; a landscape table whose
id column mixes four id formats (prefix, space-separated suffix, dotted, run-together); labelled
blocks whose label set differs per agency, under a call-number band; a dispatcher's shift
narrative with the id inside the paragraph and non-incident lines between; a table under hour
headings with only the minute on each row. Every agency, place and record is invented; no person
is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs71/make_blind_logs71.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251171
STREETS = ["Alder", "Bramwell", "Cutbank", "Dorrance", "Eskridge", "Fallow", "Granger", "Hatchet",
           "Ingle", "Jessup", "Kinnard", "Lodgepole", "Mossback", "Nettle", "Oxbow", "Pruett", "Quarles",
           "Rimrock", "Sumner", "Tolliver", "Umber", "Wexley"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way"]
TYPES = ["Welfare Check", "Suspicious Vehicle", "Domestic Disturbance", "Theft", "Burglary",
         "Traffic Stop", "Motor Vehicle Crash", "Animal Complaint", "Trespass", "Criminal Mischief",
         "Noise Complaint", "Alarm", "Assault", "Warrant Service", "Found Property", "DUI",
         "Civil Standby", "Missing Person", "Fraud", "Livestock at Large"]
DISPS = ["Report taken", "Advised", "Unfounded", "Gone on arrival", "Referred", "Closed",
         "Arrest", "Citation issued", "Assisted", "Report to follow"]
NARR = ["caller reported the matter by phone", "unit checked the area", "parties separated",
        "owner contacted", "scene cleared by the responding officer", "information passed to the day shift",
        "complainant wished only to make a record", "vehicle was towed from the roadway"]


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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def place(r, rural):
    if rural:
        return r.choice([f"CR {r.randint(2, 60)} near mile {r.randint(1, 30)}",
                         f"{r.randint(10, 99) * 100} {r.choice(STREETS)} {r.choice(SUFFIX)}",
                         f"Hwy {r.choice((9, 14, 31, 77))} at CR {r.randint(2, 60)}"])
    return f"{r.randint(1, 40) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def make_records(r, spec, days, n, starts):
    """n records in time order, agencies interleaved, one number series per agency."""
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    serial = dict(starts)
    recs = []
    for m in mins:
        ag = r.choices([a["code"] for a in spec], weights=[a["weight"] for a in spec])[0]
        a = next(x for x in spec if x["code"] == ag)
        serial[ag] += r.choice((1, 1, 1, 2))
        d = days[m // 1440]
        rec = {"agency": ag, "case_number": a["fmt"](serial[ag]), "date": d, "h": (m % 1440) // 60,
               "m": m % 60, "type": r.choice(TYPES), "location": place(r, a["rural"]),
               "disposition": r.choice(DISPS), "summary": r.choice(NARR).capitalize() + ".", "related": []}
        x = r.random()
        if rec["disposition"] == "Citation issued" or x < 0.06:
            rec["related"].append(("citation", f"C{r.randint(3000000, 3999999)}"))
        if rec["disposition"] == "Arrest" or 0.06 <= x < 0.1:
            rec["related"].append(("booking", f"B25-{r.randint(1000, 9999):05d}"))
        if 0.1 <= x < 0.16:
            rec["related"].append(("other_agency_case", f"SHP 25-{r.randint(100000, 199999)}"))
        recs.append(rec)
    return recs


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def weekday(d):
    return datetime.date(*d).strftime("%A")


def notes_text(rec, style):
    parts = []
    for kind, num in rec["related"]:
        parts.append({"citation": {"a": "Cit. ", "b": "CIT# ", "c": "Citation ", "d": "citation ", "e": "Cit "},
                      "booking": {"a": "Bkg ", "b": "BKD ", "c": "Booking ", "d": "booked, ", "e": "Bkg "},
                      "other_agency_case": {"a": "", "b": "", "c": "State Patrol ", "d": "State Patrol case ",
                                            "e": ""}}[kind][style] + num)
    return parts


def subtotal_lines(spec, recs):
    return [(a["code"], a["name"], sum(1 for x in recs if x["agency"] == a["code"])) for a in spec]


class Table:
    """A plain table drawer: columns (title, width), wrapped cells, header repeated per page."""

    def __init__(self, c, size, cols, font="Helvetica", fs=7.5, top_gap=0):
        self.c, self.size, self.cols, self.font, self.fs = c, size, cols, font, fs
        self.lead = fs + 2
        self.top_gap = top_gap

    def row_lines(self, cells):
        return [wrap(v, self.font, self.fs, w - 4) for v, (_, w) in zip(cells, self.cols)]

    def draw_row(self, y, cells, bold=None):
        x = 36
        lines = self.row_lines(cells)
        for i, (ls, (_, w)) in enumerate(zip(lines, self.cols)):
            self.c.setFont((bold if bold and i in bold[1] else self.font) if bold else self.font, self.fs)
            for k, ln in enumerate(ls):
                self.c.drawString(x, y - k * self.lead, ln)
            x += w
        return y - max(len(ls) for ls in lines) * self.lead - 2

    def header(self, y):
        self.c.setFont("Helvetica-Bold", self.fs)
        x = 36
        for title, w in self.cols:
            self.c.drawString(x, y, title)
            x += w
        self.c.setLineWidth(0.6)
        self.c.line(36, y - 3, self.size[0] - 36, y - 3)
        return y - self.lead - 3


def frame(c, size, title, sub, page, pages, phone):
    w, h = size
    c.setFont("Helvetica-Bold", 12)
    c.drawString(36, h - 40, title)
    c.setFont("Helvetica", 8)
    c.drawString(36, h - 53, sub)
    c.drawRightString(w - 36, h - 40, f"Page {page} of {pages or '?'}")
    c.setFont("Helvetica", 6.5)
    c.drawString(36, 24, f"Printed by the communications center. Questions: {phone}. Not a complete record of calls.")
    return h - 76


def subtotal_block(c, y, spec, recs, head, total_fmt, font="Helvetica"):
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y, head)
    y -= 14
    c.setFont(font, 8.5)
    for code, name, k in subtotal_lines(spec, recs):
        c.drawString(48, y, code)
        c.drawString(100, y, name)
        c.drawRightString(360, y, str(k))
        y -= 12
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(48, y, total_fmt.format(len(recs)))
    return y - 14


# ---- A: date only on date-change lines -------------------------------------------------------
TC = [dict(code="TCSO", name="Tamaroa County Sheriff's Office", weight=5, rural=True, fmt=lambda k: f"TC25-{k:06d}"),
      dict(code="PHPD", name="Pryce Hollow Police Department", weight=3, rural=False, fmt=lambda k: f"PH-25-{k:04d}"),
      dict(code="DMPD", name="Dunmarrow Police Department", weight=2, rural=False, fmt=lambda k: f"DM25-{k:04d}"),
      dict(code="KNTP", name="Kishwa Nation Tribal Police", weight=2, rural=True, fmt=lambda k: f"KN-25-{k:05d}")]


def draw_tc(path, recs, label, pages):
    size = letter
    c = new_canvas(path, size)
    cols = [("Time", 34), ("Agency", 38), ("Case No.", 66), ("Nature", 100), ("Location", 118),
            ("Disposition / Notes", 184)]
    t = Table(c, size, cols)
    page, day = 1, None

    def top():
        y = frame(c, size, "TAMAROA COUNTY EMERGENCY COMMUNICATIONS CENTER", f"Multi-agency incident log  {label}",
                  page, pages, "(580) 555-0142")
        return t.header(y)
    y = top()
    for rec in recs:
        cells = [f"{rec['h']:02d}:{rec['m']:02d}", rec["agency"], rec["case_number"], rec["type"], rec["location"],
                 "; ".join([rec["disposition"]] + notes_text(rec, "a"))]
        need = max(len(x) for x in t.row_lines(cells)) * t.lead + (16 if rec["date"] != day else 0)
        if y - need < 44:
            c.showPage()
            page += 1
            y = top()
        if rec["date"] != day:
            day = rec["date"]
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y - 2, f"======== DATE CHANGE  {mdy(day)}  {weekday(day).upper()} ========")
            y -= 16
        y = t.draw_row(y, cells)
    if y < 150:
        c.showPage()
        page += 1
        y = top()
    subtotal_block(c, y - 12, TC, recs, "AGENCY SUBTOTALS", "ALL AGENCIES  {}")
    c.showPage()
    c.save()
    return page


# ---- B: one id column, four id formats -------------------------------------------------------
SH = [dict(code="SCSO", name="Sheldrake County Sheriff", weight=4, rural=True, fmt=lambda k: f"25-S-{k:05d}"),
      dict(code="OPD", name="Orrick Police Department", weight=3, rural=False, fmt=lambda k: f"25-{k:04d} OPD"),
      dict(code="VPD", name="Vantry Police Department", weight=2, rural=False, fmt=lambda k: f"VPD.25.{k:04d}"),
      dict(code="TTP", name="Tlaxet Tribal Police", weight=2, rural=True, fmt=lambda k: f"TTP25{k:05d}")]


def draw_sh(path, recs, label, pages):
    size = landscape(letter)
    c = new_canvas(path, size)
    cols = [("Received", 72), ("Incident #", 74), ("Nature", 70), ("Location", 96), ("Unit", 40),
            ("Disposition", 368)]
    t = Table(c, size, cols, fs=8)
    page = 1

    def top():
        y = frame(c, size, "SHELDRAKE COUNTY 911 COMMUNICATIONS", f"Incidents dispatched, all agencies  {label}",
                  page, pages, "(360) 555-0187")
        if page == 1:
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(36, y + 6, "Incident numbers are issued by each agency's records system and printed as issued.")
            y -= 8
        return t.header(y)
    y = top()
    r = random.Random(len(recs))
    for rec in recs:
        unit = {"SCSO": "S", "OPD": "O", "VPD": "V", "TTP": "T"}[rec["agency"]] + str(r.randint(11, 39))
        cells = [f"{mdy(rec['date'])} {rec['h']:02d}:{rec['m']:02d}", rec["case_number"], rec["type"],
                 rec["location"], unit, " / ".join([rec["disposition"]] + notes_text(rec, "b"))]
        need = max(len(x) for x in t.row_lines(cells)) * t.lead
        if y - need < 44:
            c.showPage()
            page += 1
            y = top()
        y = t.draw_row(y, cells)
        c.setLineWidth(0.2)
        c.line(36, y + 3, size[0] - 36, y + 3)
    if y < 130:
        c.showPage()
        page += 1
        y = top()
    subtotal_block(c, y - 12, SH, recs, "Subtotal by agency", "Total incidents: {}")
    c.showPage()
    c.save()
    return page


# ---- C: labelled blocks, one label set per agency --------------------------------------------
MB = [dict(code="MCSO", name="Marrowby County Sheriff's Office", weight=4, rural=True, fmt=lambda k: f"MC25-{k:05d}",
           labels=("Case No.:", "Received:", "Call Type:", "Address:", "Disposition:", "Narrative:")),
      dict(code="EPD", name="Essler Police Department", weight=3, rural=False, fmt=lambda k: f"EPD25{k:05d}",
           labels=("ICR #", "Rptd", "Offense", "Location", "Result", "Remarks")),
      dict(code="HLPD", name="Halvard Lake Police Department", weight=2, rural=False, fmt=lambda k: f"HL-25-{k:04d}",
           labels=("Report Number", "Reported", "Incident", "Place", "Status", "Notes")),
      dict(code="OCTP", name="Odena Creek Band Tribal Police", weight=2, rural=True, fmt=lambda k: f"OC/25/{k:04d}",
           labels=("Tribal Inc.", "Time", "Nature", "Site", "Outcome", "Comment"))]


def mb_reported(rec):
    d, h, m = rec["date"], rec["h"], rec["m"]
    return {"MCSO": f"{mdy(d)} {h:02d}:{m:02d}", "EPD": f"{d[1]:02d}-{d[2]:02d}-{d[0]} {h:02d}{m:02d}",
            "HLPD": f"{mdy(d)} at {h:02d}{m:02d} hrs", "OCTP": f"{h:02d}:{m:02d} on {mdy(d)}"}[rec["agency"]]


def mb_add(r, recs):
    cfs = 118000 + r.randint(0, 400)
    for rec in recs:
        cfs += r.randint(1, 6)
        rec["related"].insert(0, ("call_number", f"25-{cfs:06d}"))
        rec["reported_at"] = mb_reported(rec)


def draw_mb(path, recs, label, pages):
    size = letter
    c = new_canvas(path, size)
    page = 1

    def top():
        return frame(c, size, "MARROWBY COUNTY JOINT DISPATCH BOARD", f"Incident blocks by call, all member agencies  {label}",
                     page, pages, "(218) 555-0163")
    y = top()
    for rec in recs:
        a = next(x for x in MB if x["code"] == rec["agency"])
        cfs = rec["related"][0][1]
        extra = notes_text({"related": rec["related"][1:]}, "c")
        vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                rec["disposition"] + ("; " + "; ".join(extra) if extra else ""), rec["summary"]]
        lines = [wrap(v, "Helvetica", 8.5, 380) for v in vals]
        need = 22 + sum(len(x) for x in lines) * 11 + 8
        if y - need < 44:
            c.showPage()
            page += 1
            y = top()
        c.setFillGray(0.85)
        c.rect(36, y - 4, size[0] - 72, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, f"CFS {cfs}")
        c.drawString(150, y, a["name"].upper())
        y -= 18
        for lab, ls in zip(a["labels"], lines):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(48, y, lab)
            c.setFont("Helvetica", 8.5)
            for k, ln in enumerate(ls):
                c.drawString(140, y - 11 * k, ln)
            y -= 11 * len(ls)
        y -= 10
    if y < 130:
        c.showPage()
        page += 1
        y = top()
    subtotal_block(c, y - 8, MB, recs, "Blocks by agency", "Total incidents logged: {}")
    c.showPage()
    c.save()
    return page


# ---- D: dispatcher's shift narrative ---------------------------------------------------------
CO = [dict(code="CBSO", name="Coyote Breaks County Sheriff's Office", weight=5, rural=True, fmt=lambda k: f"CB25-{k:05d}"),
      dict(code="FGPD", name="Fallon Gap Police Department", weight=2, rural=False, fmt=lambda k: f"FG-25-{k:04d}"),
      dict(code="MRPD", name="Merritt Rock Police Department", weight=2, rural=False, fmt=lambda k: f"MR25/{k:04d}"),
      dict(code="STPD", name="Sage Hollow Tribal Police", weight=2, rural=True, fmt=lambda k: f"SHT-25-{k:04d}")]
SHIFTS = [(0, "MIDNIGHT SHIFT 0000-0759"), (8, "DAY SHIFT 0800-1559"), (16, "EVENING SHIFT 1600-2359")]
ADMIN = ["Radio check, all channels, no faults.", "Shift briefing held; board passed on.",
         "Teletype test message received and acknowledged.", "Siren test, county towers, no faults."]


def draw_co(path, recs, label, pages):
    size = letter
    c = new_canvas(path, size)
    page, shift = 1, None
    r = random.Random(len(recs) * 7)

    def top():
        return frame(c, size, "COYOTE BREAKS COUNTY CONSOLIDATED DISPATCH", f"Dispatcher shift log  {label}",
                     page, pages, "(605) 555-0129")
    y = top()
    items = []
    for rec in recs:
        key = (rec["date"], max(s for s, _ in SHIFTS if s <= rec["h"]))
        if key != shift:
            shift = key
            items.append(("head", f"{dict(SHIFTS)[key[1]]}   {weekday(key[0])} {mdy(key[0])}"))
            items.append(("admin", f"{key[1]:02d}00  {r.choice(ADMIN)}"))
        extra = notes_text(rec, "d")
        text = (f"{rec['h']:02d}{rec['m']:02d}  [{rec['agency']}] {rec['type']}, {rec['location']}. {rec['summary']} "
                f"Case {rec['case_number']}. Disposition: {rec['disposition']}."
                + (" " + "; ".join(extra)[:1].upper() + "; ".join(extra)[1:] + "." if extra else ""))
        items.append(("rec", text))
    for kind, text in items:
        if kind == "head":
            need = 40
        else:
            ls = wrap(text, "Times-Roman", 9.5, 470)
            need = len(ls) * 12 + 5
        if y - need < 44:
            c.showPage()
            page += 1
            y = top()
        if kind == "head":
            y -= 6
            c.setFont("Times-Bold", 10.5)
            c.drawString(40, y, text)
            y -= 16
            continue
        c.setFont("Times-Roman", 9.5)
        for k, ln in enumerate(ls):
            c.drawString(44 if k == 0 else 76, y, ln)
            y -= 12
        y -= 5
    if y < 90:
        c.showPage()
        page += 1
        y = top()
    counts = "; ".join(f"{code} {k}" for code, _, k in subtotal_lines(CO, recs))
    c.setFont("Times-Bold", 10)
    c.drawString(40, y - 10, "END OF LOG.")
    c.setFont("Times-Roman", 9.5)
    c.drawString(40, y - 24, f"Incidents entered by agency: {counts}. Total {len(recs)} incidents.")
    c.showPage()
    c.save()
    return page


# ---- E: hour headings, minute only on rows ---------------------------------------------------
AD = [dict(code="ADSO", name="Antelope Draw County Sheriff's Office", weight=4, rural=True, fmt=lambda k: f"S25-{k:06d}"),
      dict(code="BPD", name="Bellmont Police Department", weight=3, rural=False, fmt=lambda k: f"BPD25-{k:04d}"),
      dict(code="CSPD", name="Cutler Springs Police Department", weight=2, rural=False, fmt=lambda k: f"CS-{k:04d}-25"),
      dict(code="TBTP", name="Two Bluffs Tribal Police", weight=2, rural=True, fmt=lambda k: f"TB25-{k:04d}")]


def draw_ad(path, recs, label, pages):
    size = letter
    c = new_canvas(path, size)
    cols = [("Min", 26), ("Agy", 34), ("Case", 66), ("Nature", 104), ("Location", 118), ("Disposition", 192)]
    t = Table(c, size, cols)
    page = 1

    def top():
        y = frame(c, size, "ANTELOPE DRAW COUNTY EMERGENCY COMMUNICATIONS", f"Hourly incident log, all agencies  {label}",
                  page, pages, "(308) 555-0151")
        return t.header(y)
    y = top()
    days_ = sorted({rec["date"] for rec in recs})
    for d in days_:
        for h in range(24):
            rows = [x for x in recs if x["date"] == d and x["h"] == h]
            if not rows and h % 3:
                continue
            if y - 30 < 44:
                c.showPage()
                page += 1
                y = top()
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y - 2, f"{h:02d}00 HOURS   {weekday(d).upper()} {mdy(d)}")
            c.drawRightString(size[0] - 36, y - 2, f"calls this hour: {len(rows)}")
            y -= 14
            for rec in rows:
                cells = [f":{rec['m']:02d}", rec["agency"], rec["case_number"], rec["type"], rec["location"],
                         "; ".join([rec["disposition"]] + notes_text(rec, "e"))]
                need = max(len(x) for x in t.row_lines(cells)) * t.lead
                if y - need < 44:
                    c.showPage()
                    page += 1
                    y = top()
                y = t.draw_row(y, cells)
    if y < 150:
        c.showPage()
        page += 1
        y = top()
    subtotal_block(c, y - 12, AD, recs, "SUBTOTALS BY AGENCY", "TOTAL, ALL AGENCIES  {}")
    c.showPage()
    c.save()
    return page


def stamp(rec, style):
    d, h, m = rec["date"], rec["h"], rec["m"]
    if style == "mb":
        return rec["reported_at"]
    return f"{mdy(d)} {h:02d}{m:02d}" if style == "co" else f"{mdy(d)} {h:02d}:{m:02d}"


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, style):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        rec = dict(recs[i], reported_at=stamp(recs[i], style))
        s = {k: rec[k] for k in fields}
        if rec["related"]:
            s["related_numbers"] = [num for _, num in rec["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs71.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs71.py) from the records it drew; "
                               "checked by check_blind_logs71.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, spec, runs, draw, style, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, starts in runs:
        recs = make_records(r, spec, days, n, starts)
        if style == "mb":
            mb_add(r, recs)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check, style))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


def starts(spec, *vals):
    return list(zip([a["code"] for a in spec], vals))


BASE = ["case_number", "reported_at", "type", "location", "disposition"]
COMMON = (" Four agencies share the log (a sheriff's office, two town police departments, a tribal police "
          "department), each with its own number series and prefix; every incident is a record whatever its "
          "agency; rows are in time order with agencies interleaved. Citation (C + 7 digits), booking "
          "(B25-NNNNN) and State Patrol (SHP 25-NNNNNN) numbers inside records are related, not ids. The "
          "per-agency subtotal lines and the grand total after the last record are NOT records.")
NOTES = {
    "tc": ("Portrait multi-agency incident log. Columns Time | Agency | Case No. | Nature | Location | "
           "Disposition / Notes, header repeated per page. The DATE is printed only on full-width '==== DATE "
           "CHANGE MM/DD/YYYY WEEKDAY ====' lines when the day changes (not repeated at a page top); rows carry "
           "'HH:MM' only, so reported_at joins the last date-change line and the time. Ids: TC25-NNNNNN "
           "(sheriff), PH-25-NNNN, DM25-NNNN (towns), KN-25-NNNNN (tribal)." + COMMON,
           "rows counted from the generator; 'ALL AGENCIES' equals record_count"),
    "sh": ("Landscape 911 centre log. Columns Received (MM/DD/YYYY HH:MM) | Incident # | Nature | Location | "
           "Unit | Disposition, hairline under each row, no agency column: the agency shows only in the id's "
           "FORMAT, and the four formats differ: 25-S-NNNNN (sheriff), '25-NNNN OPD' (suffix after a SPACE, "
           "part of the id), VPD.25.NNNN (dotted), TTPNNNNNNN run together (TTP25 + 5 digits). The Nature "
           "column is narrow: two-word types wrap onto a second line. Unit codes (S14, O22) are not ids." + COMMON,
           "rows counted from the generator; 'Total incidents:' equals record_count"),
    "mb": ("Labelled blocks, one per incident, under a grey band 'CFS 25-NNNNNN  AGENCY NAME'. The CFS call "
           "number opens every block but is the dispatch call number (related, kind call_number), NOT the id. "
           "The LABEL SET differs by agency (each agency's records template): sheriff 'Case No.: / Received: / "
           "Call Type: / Address: / Disposition: / Narrative:', Essler PD 'ICR # / Rptd / Offense / Location / "
           "Result / Remarks', Halvard Lake PD 'Report Number / Reported / Incident / Place / Status / Notes', "
           "Odena Creek tribal 'Tribal Inc. / Time / Nature / Site / Outcome / Comment'; the first label is "
           "always the id. reported_at is printed in four styles (as printed in the samples). Ids MC25-NNNNN, "
           "EPD25NNNNN, HL-25-NNNN, OC/25/NNNN." + COMMON,
           "blocks counted from the generator; 'Total incidents logged:' equals record_count"),
    "co": ("Dispatcher's shift log in Times, free text. Shift headings 'DAY SHIFT 0800-1559   Weekday "
           "MM/DD/YYYY' (three calendar shifts a day, a heading only when a shift has entries). Each entry is a "
           "paragraph with hanging indent: 'HHMM  [AGENCY] Type, location. Narrative sentence. Case ID. "
           "Disposition: ....' then citation/booking/State Patrol sentences; the id sits INSIDE the paragraph "
           "after 'Case' and may wrap. One admin line per shift ('0800  Radio check ...') has a time but no "
           "agency and no case number: not a record. reported_at joins the heading date and the time "
           "('11/19/2025 1405'). Ids CB25-NNNNN, FG-25-NNNN, MR25/NNNN (slash), SHT-25-NNNN. Ends 'END OF LOG.' "
           "and one sentence of per-agency counts with 'Total N incidents.'" + COMMON,
           "entries counted from the generator; the closing total equals record_count"),
    "ad": ("Portrait log under HOUR headings '1400 HOURS   SATURDAY MM/DD/YYYY' with 'calls this hour: N' at "
           "the right (empty hours are printed every third hour with 0); rows carry only the MINUTE ':05', so "
           "reported_at joins the heading's date and hour with the minute ('11/22/2025 14:05'). Columns Min | "
           "Agy | Case | Nature | Location | Disposition. Ids S25-NNNNNN (sheriff), BPD25-NNNN, CS-NNNN-25 (year "
           "LAST), TB25-NNNN (tribal)." + COMMON,
           "rows counted from the generator; 'TOTAL, ALL AGENCIES' equals record_count; hour counts sum to it"),
}


def main():
    one_agency("tamaroa-county-ecc-ok", 1, TC,
               [("tcecc-incident-log-2025-11-03-04.pdf", days(11, 3, 4), "11/03/2025 - 11/04/2025", 112,
                 starts(TC, 4100, 820, 1190, 330)),
                ("tcecc-incident-log-2025-11-05.pdf", days(11, 5, 5), "11/05/2025", 74,
                 starts(TC, 4260, 905, 1240, 372))],
               draw_tc, "tc", "Tamaroa County Emergency Communications Center, OK [invented]",
               "multi-agency dispatch incident log (date on date-change lines only)", "table with header",
               BASE, *NOTES["tc"])
    one_agency("sheldrake-county-911-wa", 2, SH,
               [("sc911-incidents-2025-11-10-11.pdf", days(11, 10, 11), "November 10-11, 2025", 96,
                 starts(SH, 8800, 450, 330, 80)),
                ("sc911-incidents-2025-11-12.pdf", days(11, 12, 12), "November 12, 2025", 58,
                 starts(SH, 8900, 520, 370, 110))],
               draw_sh, "sh", "Sheldrake County 911 Communications, WA [invented]",
               "multi-agency dispatch incident log (four id formats in one column)", "table with header",
               BASE, *NOTES["sh"])
    one_agency("marrowby-county-joint-dispatch-mn", 3, MB,
               [("mcjd-incident-blocks-2025-11-17-18.pdf", days(11, 17, 18), "11/17/2025 - 11/18/2025", 48,
                 starts(MB, 2400, 110, 320, 60)),
                ("mcjd-incident-blocks-2025-11-19-20.pdf", days(11, 19, 20), "11/19/2025 - 11/20/2025", 61,
                 starts(MB, 2460, 160, 350, 80))],
               draw_mb, "mb", "Marrowby County Joint Dispatch Board, MN [invented]",
               "multi-agency incident blocks (label set per agency)", "labelled blocks",
               BASE + ["summary"], *NOTES["mb"])
    one_agency("coyote-breaks-county-dispatch-sd", 4, CO,
               [("cbcd-shift-log-2025-11-19-21.pdf", days(11, 19, 21), "November 19-21, 2025", 71,
                 starts(CO, 410, 110, 330, 60))],
               draw_co, "co", "Coyote Breaks County Consolidated Dispatch, SD [invented]",
               "dispatcher shift log (narrative entries)", "free text",
               BASE + ["summary"], *NOTES["co"])
    one_agency("antelope-draw-county-ecc-ne", 5, AD,
               [("adecc-hourly-log-2025-11-22-23.pdf", days(11, 22, 23), "November 22-23, 2025", 88,
                 starts(AD, 4400, 870, 410, 90))],
               draw_ad, "ad", "Antelope Draw County Emergency Communications, NE [invented]",
               "multi-agency hourly incident log (minute-only rows under hour headings)", "table with header",
               BASE, *NOTES["ad"])


if __name__ == "__main__":
    main()
