"""Generate the held-out set blind_logs69 (hurricane-season logs) and its ground truth.

Five invented agencies: a parish daily activity report with emergency-operations status rows
between the incident rows; a town call log whose storm day was printed from a backup CAD in a
semicolon-delimited Courier format; a county emergency-operations activity log of labelled
entries where only entries that opened a sheriff's case are records; a city's situation reports
with lettered law-enforcement paragraphs; a mutual-aid strike-team register whose visiting
agencies' numbers are printed left of the host case number. Every agency, place and record is
invented; no person is named. Deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs69/make_blind_logs69.py [OUT_DIR]
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
SEED = 20256969
STREETS = ["Pelican", "Heron", "Cypress", "Magnolia", "Tarpon", "Seawall", "Bayou Lacombe", "Marsh Hen",
           "Oyster Shell", "Palmetto", "Live Oak", "Sandfiddler", "Gulfbreeze", "Conch", "Egret", "Jetty",
           "Sea Oat", "Windward", "Cordgrass", "Mullet"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Hwy"]
TYPES = ["Burglary - Business", "Burglary - Residence", "Looting", "Curfew Violation", "Theft of Generator",
         "Disturbance", "Welfare Check", "Traffic Crash", "Downed Lines Hazard", "Assault", "Trespass",
         "Price Gouging Complaint", "Suspicious Person", "Theft of Fuel", "Vandalism", "Missing Person",
         "Stolen Vehicle", "Fraud - Contractor"]
DISP = ["Report Taken", "Arrest", "Citation", "Unfounded", "Referred", "Closed", "Advised", "Gone on Arrival"]
MA = ["OCSO", "LSP", "HCPD", "TCSO", "FWC", "DHSO"]


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


def addr(r, upper=False):
    a = f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def base(r, days, n, start, fmt, upper=False):
    """Shared record draw: id, day/time, type, location, disposition and related numbers."""
    recs = []
    for (d, h, m), k in zip(times(r, days, n), series(r, n, start)):
        typ = r.choice(TYPES)
        disp = r.choice(DISP)
        rec = {"case_number": fmt(k), "day": d, "h": h, "m": m, "type": typ.upper() if upper else typ,
               "location": addr(r, upper), "related": []}
        if disp == "Arrest":
            num = f"BK25-{r.randint(10000, 99999)}"
            disp = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        elif disp == "Citation":
            num = f"C{r.randint(100000, 999999)}"
            disp = f"Citation {num}"
            rec["related"].append(("citation", num))
        if r.random() < 0.18:
            num = f"{r.choice(MA)} 25-{r.randint(1000, 9999)}"
            rec["ma"] = num
            rec["related"].append(("other_agency_case", num))
        rec["disposition"] = disp.upper() if upper else disp
        recs.append(rec)
    return recs


class Pager:
    """Canvas with a page counter and a header callback."""

    def __init__(self, path, size, pages, head):
        self.c, self.size, self.pages, self.head, self.n = new_canvas(path, size), size, pages, head, 0
        self.y = None

    def new(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y = self.head(self)

    def need(self, dy, bottom=54):
        if self.y is None or self.y - dy < bottom:
            self.new()

    def done(self):
        self.c.showPage()
        self.c.save()
        return self.n


# ------------------------------------------------- A: Marsh Haven daily activity report + EOC rows

EOC_NOTES = ["Shelter status: Marsh Haven HS gym {n} occupants, Bayou Rec Center {m} occupants",
             "Parish curfew 2100-0600 remains in effect; checkpoints at {s}",
             "EOC conference call: power restored to {q} percent of parish",
             "Boil-water advisory for Ward {w} continues; water points open",
             "Shelter status: St. Anne Hall {n} occupants, pets accepted"]


def mh_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"MH25-{k:06d}")
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['h']:02d}:{rec['m']:02d}"
        if "ma" in rec:
            rec["disposition"] += f"; assisted by {rec['ma']}"
    return recs


def draw_mh(path, recs, label, pages, r):
    w, h = letter
    cols = [(36, "Case No."), (104, "Received"), (180, "Nature"), (300, "Location"), (420, "Disposition")]

    def head(p):
        c = p.c
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "MARSH HAVEN POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 52, f"Daily Activity Report - {label} - Hurricane Orla operations")
        c.drawRightString(w - 36, h - 52, f"Pg {p.n}/{pages or 0}   Records 504 555-0117")
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, h - 70, t)
        c.line(36, h - 73, w - 36, h - 73)
        return h - 84

    p = Pager(path, letter, pages, head)
    eoc = 0
    for i, rec in enumerate(recs):
        if i % 6 == 3:
            note = r.choice(EOC_NOTES).format(n=r.randint(40, 380), m=r.randint(20, 200),
                                              s=f"{r.choice(STREETS)} {r.choice(SUFFIX)}", w=r.randint(1, 9), q=r.randint(40, 95))
            p.need(14)
            p.c.setFillGray(0.88)
            p.c.rect(36, p.y - 3, w - 72, 11, stroke=0, fill=1)
            p.c.setFillGray(0)
            p.c.setFont("Helvetica-Oblique", 7.5)
            p.c.drawString(40, p.y, f"EOC {rec['h']:02d}:00  {note}")
            p.y -= 14
            eoc += 1
        cells = [wrap(rec["type"], "Helvetica", 7.5, 115), wrap(rec["location"], "Helvetica", 7.5, 115),
                 wrap(rec["disposition"], "Helvetica", 7.5, 150)]
        lines = max(len(x) for x in cells)
        p.need(9 * lines + 3)
        c = p.c
        c.setFont("Helvetica", 7.5)
        c.drawString(36, p.y, rec["case_number"])
        c.drawString(104, p.y, rec["reported_at"])
        for (x, _), cell in zip(cols[2:], cells):
            for j, t in enumerate(cell):
                c.drawString(x, p.y - 9 * j, t)
        p.y -= 9 * lines + 3
    p.need(30)
    p.c.setFont("Helvetica-Bold", 8.5)
    p.c.drawString(36, p.y - 8, f"Incidents: {len(recs)}    EOC status entries: {eoc}")
    return p.done()


# ------------------------------------------------- B: Cape Sorrel call log, storm day from backup CAD

def cs_records(r, days, n, start):
    backup = days[0][2] == 9
    fmt = (lambda k: f"2025-CS-{k:05d}") if backup else (lambda k: f"CS25-{k:05d}")
    recs = base(r, days, n, start, fmt, upper=backup)
    for rec in recs:
        d = rec["day"]
        if backup:
            mon = datetime.date(*d).strftime("%d%b%y").upper()
            rec["reported_at"] = f"{mon} {rec['h']:02d}{rec['m']:02d}"
        else:
            rec["reported_at"] = f"{mdy(d)} {rec['h']:02d}{rec['m']:02d}"
    return recs


def draw_cs(path, recs, label, pages, r):
    if recs[0]["case_number"].startswith("2025-"):
        return draw_cs_backup(path, recs, label, pages, r)
    w, h = letter
    cols = [(36, "Date"), (86, "Time"), (116, "Case #"), (176, "Call Type"), (300, "Address"),
            (420, "Disp.")]

    def head(p):
        c = p.c
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 40, "Town of Cape Sorrel Police - Calls for Service")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 53, f"{label}   (252) 555-0163")
        c.setFont("Times-Bold", 8.5)
        for x, t in cols:
            c.drawString(x, h - 72, t)
        c.line(36, h - 75, w - 36, h - 75)
        c.setFont("Times-Roman", 7.5)
        c.drawCentredString(w / 2, 30, f"page {p.n} of {pages or 0}")
        return h - 87

    p = Pager(path, letter, pages, head)
    for rec in recs:
        date, tm = rec["reported_at"].split()
        disp = rec["disposition"] + (f" (MA {rec['ma']})" if "ma" in rec else "")
        cells = [wrap(rec["type"], "Times-Roman", 8, 118), wrap(rec["location"], "Times-Roman", 8, 115),
                 wrap(disp, "Times-Roman", 8, 150)]
        lines = max(len(x) for x in cells)
        p.need(10 * lines + 2)
        c = p.c
        c.setFont("Times-Roman", 8)
        for x, t in ((36, date), (86, tm), (116, rec["case_number"])):
            c.drawString(x, p.y, t)
        for (x, _), cell in zip(cols[3:], cells):
            for j, t in enumerate(cell):
                c.drawString(x, p.y - 10 * j, t)
        p.y -= 10 * lines + 2
    p.need(24)
    p.c.setFont("Times-Bold", 9)
    p.c.drawString(36, p.y - 8, f"Calls listed: {len(recs)}")
    return p.done()


def draw_cs_backup(path, recs, label, pages, r):
    w, h = letter

    def head(p):
        c = p.c
        c.setFont("Courier-Bold", 8)
        c.drawString(30, h - 30, "*** BACKUP CAD - GENERATOR POWER - PRINT FORMAT DIFFERS FROM DAILY LOG ***")
        c.setFont("Courier", 8)
        c.drawString(30, h - 41, f"CSPD CALL LIST {label}  TERMINAL BK2  PG {p.n:03d} OF {pages or 0:03d}")
        c.drawString(30, h - 52, "CASE ; DTG ; NATURE ; LOCATION ; DISPO")
        return h - 66

    p = Pager(path, letter, pages, head)
    for rec in recs:
        line = " ; ".join([rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                           rec["disposition"]])
        parts = wrap(line, "Courier", 8, w - 80)
        extra = [f"   MA>> {rec['ma']} UNIT ON SCENE"] if "ma" in rec else []
        p.need(10 * (len(parts) + len(extra)))
        p.c.setFont("Courier", 8)
        for j, t in enumerate(parts + extra):
            p.c.drawString(30 if j == 0 else 54, p.y - 10 * j, t)
        p.y -= 10 * (len(parts) + len(extra)) + 1
    p.need(24)
    p.c.setFont("Courier", 8)
    p.c.drawString(30, p.y - 8, f"END OF LIST  {len(recs)} CALLS")
    return p.done()


# ------------------------------------------------- C: Gulfmoor County EOC activity log (labelled)

EOC_ONLY = [("Shelter report", "Gulfmoor Civic Center shelter at {n} occupants; cots requested (RR-{k:04d})"),
            ("Curfew", "County curfew extended to 0700; message relayed to all units (MSG {k:04d})"),
            ("Resource request", "Two high-water vehicles requested from state, RR-{k:04d}"),
            ("Road status", "Hwy 90 at Tchoutacabouffa bridge closed, water over road")]


def gm_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"GCSO-25-{k:05d}")
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['h']:02d}{rec['m']:02d}"
        rec["summary"] = r.choice(["Deputies responded during storm operations.",
                                   "Caller reported it by radio relay from a shelter.",
                                   "Area without power; checked on foot.",
                                   "Handled between rain bands with the fire district."])
    return recs


def draw_gm(path, recs, label, pages, r):
    w, h = letter

    def head(p):
        c = p.c
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 40, "GULFMOOR COUNTY EMERGENCY OPERATIONS CENTER - UNIT ACTIVITY LOG")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, h - 52, f"Law Enforcement Branch (Sheriff's Office)   Operational period {label}")
        c.drawRightString(w - 40, h - 52, f"sheet {p.n} / {pages or 0}")
        c.line(40, h - 57, w - 40, h - 57)
        c.drawString(40, 30, "EOC duty desk 228 555-0108   ICS 214-style log")
        return h - 74

    p = Pager(path, letter, pages, head)
    entry, k = 400, 100
    rows = []
    for rec in recs:
        if r.random() < 0.35:
            kind, text = r.choice(EOC_ONLY)
            k += r.randint(1, 9)
            rows.append((None, kind, text.format(n=r.randint(50, 400), k=k), rec))
        rows.append((rec, None, None, rec))
    for rec, kind, text, at in rows:
        entry += 1
        stamp = f"{mdy(at['day'])} {at['h']:02d}{at['m']:02d}" if rec is None else rec["reported_at"]
        if rec is None:
            blk = [("Logged", f"{stamp}   Entry {entry}"), ("Activity", kind), ("Note", text)]
        else:
            blk = [("Logged", f"{stamp}   Entry {entry}"), ("Activity", rec["type"]),
                   ("Location", rec["location"]), ("Notes", rec["summary"]),
                   ("Outcome", rec["disposition"] + (f"; mutual aid {rec['ma']}" if "ma" in rec else "")),
                   ("Sheriff case", rec["case_number"])]
        p.need(11 * len(blk) + 8)
        c = p.c
        for j, (lab, val) in enumerate(blk):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(48, p.y - 11 * j, lab + ":")
            c.setFont("Helvetica", 8)
            c.drawString(120, p.y - 11 * j, val)
        p.y -= 11 * len(blk) + 8
        c.setLineWidth(0.3)
        c.line(48, p.y + 4, w - 48, p.y + 4)
    p.need(30)
    p.c.setFont("Helvetica-Bold", 9)
    p.c.drawString(48, p.y - 8, f"Log entries: {entry - 400}    Sheriff cases opened: {len(recs)}")
    return p.done()


# ------------------------------------------------- D: Isla Pardo situation reports (free text)

def ip_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"IP25-{k:04d}")
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['h']:02d}{rec['m']:02d}"
        rec["summary"] = r.choice(["Officers found the front door forced.", "Reporting party was at the shelter.",
                                   "Checked by the night patrol after the surge receded.",
                                   "Area still flooded; handled from a high-water truck."])
    return recs


def draw_ip(path, recs, label, pages, r):
    w, h = letter
    p = Pager(path, letter, pages, lambda p: h - 48)
    c = p.c
    periods = {}
    for rec in recs:
        periods.setdefault((rec["day"], rec["h"] >= 12), []).append(rec)
    for num, ((d, pm), group) in enumerate(sorted(periods.items()), 1):
        p.need(120)
        c = p.c
        c.setFont("Times-Bold", 12)
        span = "1200 to 2359" if pm else "0000 to 1159"
        c.drawString(54, p.y, f"CITY OF ISLA PARDO - SITUATION REPORT No. {num}")
        c.setFont("Times-Roman", 10)
        c.drawString(54, p.y - 14, f"Operational period {mdy(d)} {span}   Prepared by the EOC Police Liaison")
        p.y -= 34
        paras = [("1. WEATHER", [f"Tropical storm conditions; rainfall {r.randint(2, 9)} inches in 12 hours."]),
                 ("2. SHELTERS", [f"Two shelters open, {r.randint(100, 600)} residents; curfew 2000-0600."]),
                 ("3. LAW ENFORCEMENT", None)]
        for title, body in paras:
            p.need(40)
            p.c.setFont("Times-Bold", 10)
            p.c.drawString(54, p.y, title)
            p.y -= 13
            items = body or []
            if body is None:
                for i, rec in enumerate(group):
                    extra = f" Mutual aid: {rec['ma']} assisted." if "ma" in rec else ""
                    items.append(f"{'abcdefghijklmnopqrstuvwxyz'[i % 26]}{'' if i < 26 else i // 26}. "
                                 f"{rec['h']:02d}{rec['m']:02d} hrs, {rec['location']}: {rec['type']}. "
                                 f"{rec['summary']} Case {rec['case_number']}, {rec['disposition']}."
                                 + extra)
            for t in items:
                lines = wrap(t, "Times-Roman", 10, w - 140)
                p.need(12 * len(lines) + 2)
                p.c.setFont("Times-Roman", 10)
                for j, ln in enumerate(lines):
                    p.c.drawString(70 if j == 0 else 84, p.y - 12 * j, ln)
                p.y -= 12 * len(lines) + 3
        p.c.setFont("Times-Italic", 10)
        p.c.drawString(70, p.y - 4, f"Law enforcement incidents this report: {len(group)}")
        p.y -= 28
    p.c.setFont("Times-Bold", 10)
    p.need(20)
    p.c.drawString(54, p.y, f"Cases opened, all reports: {len(recs)}   Police liaison 305 555-0186")
    return p.done()


# ------------------------------------------------- E: Brinewater Key strike-team register

TEAMS = [("STRIKE TEAM 1", "Orrin County Sheriff's Office, TX", "OC"),
         ("STRIKE TEAM 2", "Hollis City Police, GA", "HC"),
         ("STRIKE TEAM 3", "Tarrant Bluff Sheriff's Office, AL", "TB")]


def bk_records(r, days, n, start):
    recs = base(r, days, n, start, lambda k: f"BK-25-{k:05d}")
    for rec in recs:
        rec["team"] = r.randrange(3)
        rec["team_no"] = f"{TEAMS[rec['team']][2]}-{r.randint(1000, 9999)}"
        rec["related"].append(("other_agency_case", rec["team_no"]))
        rec.pop("ma", None)
        rec["related"] = [x for x in rec["related"] if x[1].split()[0] not in MA]
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['h']:02d}:{rec['m']:02d}"
    order = sorted(range(len(recs)), key=lambda i: (recs[i]["team"], i))
    return [recs[i] for i in order]


def draw_bk(path, recs, label, pages, r):
    size = landscape(letter)
    w, h = size
    cols = [(36, "Team Inc. No."), (110, "Host Case"), (180, "Date / Time"), (262, "Assignment"),
            (400, "Location"), (540, "Result")]

    def head(p):
        c = p.c
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 36, "CITY OF BRINEWATER KEY POLICE - MUTUAL AID STRIKE TEAM REGISTER")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 48, f"Deployment {label}   Host agency liaison 239 555-0131")
        c.drawRightString(w - 36, h - 48, f"{p.n} of {pages or 0}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, h - 66, t)
        c.line(36, h - 69, w - 36, h - 69)
        return h - 80

    p = Pager(path, size, pages, head)
    team = None
    for i, rec in enumerate(recs):
        if rec["team"] != team:
            team = rec["team"]
            k = sum(1 for x in recs if x["team"] == team)
            p.need(40)
            p.c.setFont("Helvetica-Bold", 9)
            name, agency, _ = TEAMS[team]
            p.c.drawString(36, p.y - 2, f"{name} - {agency} - {k} assignments")
            p.y -= 16
        cells = [wrap(rec["type"], "Helvetica", 8, 130), wrap(rec["location"], "Helvetica", 8, 132),
                 wrap(rec["disposition"], "Helvetica", 8, 180)]
        lines = max(len(x) for x in cells)
        p.need(10 * lines + 2)
        c = p.c
        c.setFont("Helvetica", 8)
        for x, t in ((36, rec["team_no"]), (110, rec["case_number"]), (180, rec["reported_at"])):
            c.drawString(x, p.y, t)
        for (x, _), cell in zip(cols[3:], cells):
            for j, t in enumerate(cell):
                c.drawString(x, p.y - 10 * j, t)
        p.y -= 10 * lines + 2
        if i + 1 == len(recs) or recs[i + 1]["team"] != team:
            p.c.setFont("Helvetica-Oblique", 8)
            p.c.drawString(110, p.y - 2, f"Team subtotal: {k}")
            p.y -= 16
    p.need(24)
    p.c.setFont("Helvetica-Bold", 9)
    p.c.drawString(36, p.y - 8, f"Host cases opened for strike teams: {len(recs)}")
    return p.done()


# ------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs69.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": "good", "record_count": n, "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related, "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs69.py) from the records it drew; "
                               "checked by check_blind_logs69.py against `pdftotext -layout` text",
        "record_count_check": "records counted from the generator; the document's own closing count "
                              "equals record_count", "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes):
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for i, (fname, days, label, n, start) in enumerate(runs):
        recs = make(random.Random(SEED + 10 * seed + i), days, n, start)
        pages = draw(d / fname, recs, label, None, random.Random(SEED + 10 * seed + i + 5))
        draw(d / fname, recs, label, pages, random.Random(SEED + 10 * seed + i + 5))
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "mh": "Portrait daily activity report, columns Case No. / Received / Nature / Location / Disposition, "
          "cells wrap. Every few rows a grey full-width italic 'EOC hh:00 ...' status row (shelter counts, "
          "curfew, boil-water) is printed between incident rows: not records, no case number. Dispositions "
          "cite bookings (BK25-NNNNN), citations (CNNNNNN) and 'assisted by LSP 25-NNNN' mutual-aid "
          "numbers: related, not ids. Ends 'Incidents: N    EOC status entries: M' (only N counts records).",
    "cs": "Two days in two formats. The ordinary day: portrait Times table, Date (MM/DD/YYYY) and Time "
          "(HHMM) in separate columns (reported_at joins them), Case # CS25-NNNNN, Call Type, Address, "
          "Disp. with '(MA OCSO 25-NNNN)' mutual-aid numbers; ends 'Calls listed: N'. The storm day was "
          "printed from a backup CAD: Courier, no column grid, one semicolon-delimited line per call "
          "'2025-CS-NNNNN ; 09OCT25 0312 ; NATURE ; LOCATION ; DISPO' (the same series printed in another "
          "form; upper case; date DDMONYY), wrapped lines indented, 'MA>> agency number UNIT ON SCENE' "
          "lines under some calls; ends 'END OF LIST  N CALLS'.",
    "gm": "EOC unit activity log of labelled entries (Logged / Activity / Location / Notes / Outcome / "
          "Sheriff case), numbered 'Entry NNN' on the Logged line. About a third of entries are EOC-only "
          "(shelter reports, curfew, resource requests RR-NNNN, messages MSG NNNN, road status) with no "
          "'Sheriff case' label: not records. The case number is the LAST label of a record's block. "
          "Ends 'Log entries: M    Sheriff cases opened: N' (only N counts records).",
    "ip": "Situation reports, two per day (0000-1159, 1200-2359), each with numbered sections 1. WEATHER, "
          "2. SHELTERS (counts, not records) and 3. LAW ENFORCEMENT whose lettered paragraphs are the "
          "records: 'c. 0412 hrs, location: type. narrative Case IP25-NNNN, disposition.' (id in the "
          "middle/end of the paragraph, after the narrative) with 'Mutual aid: DHSO 25-NNNN assisted.' "
          "sometimes. The date is only in the report's 'Operational period MM/DD/YYYY' line; reported_at "
          "joins it with the paragraph time. Each report ends 'Law enforcement incidents this report: k'; "
          "the document ends 'Cases opened, all reports: N'.",
    "bk": "Landscape strike-team register grouped by visiting team (band 'STRIKE TEAM n - agency - k "
          "assignments', italic 'Team subtotal: k' after). The FIRST column is the visiting agency's own "
          "incident number (OC-/HC-/TB-NNNN, related other_agency_case), the SECOND the host case BK-25-"
          "NNNNN (the id). Not in time order (grouped by team). Ends 'Host cases opened for strike teams: N'.",
}


def main():
    one_agency("marsh-haven-la-pd", 1,
               [("mhpd-daily-activity-2025-09-28-29.pdf", days(9, 28, 29), "09/28/2025 - 09/29/2025", 96, 4410),
                ("mhpd-daily-activity-2025-09-30.pdf", days(9, 30, 30), "09/30/2025", 58, 4560)],
               mh_records, draw_mh, "Marsh Haven Police Department, LA [invented]",
               "daily activity report with EOC status rows", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], NOTES["mh"])
    one_agency("cape-sorrel-nc-pd", 2,
               [("cspd-calls-2025-10-07-08.pdf", days(10, 7, 8), "October 7-8, 2025", 84, 1210),
                ("cspd-calls-2025-10-09-backup.pdf", days(10, 9, 9), "09OCT25", 67, 1340)],
               cs_records, draw_cs, "Town of Cape Sorrel Police Department, NC [invented]",
               "calls for service (storm day printed from a backup CAD)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], NOTES["cs"])
    one_agency("gulfmoor-county-ms-eoc-so", 3,
               [("gulfmoor-eoc-le-branch-2025-08-25-27.pdf", days(8, 25, 27), "08/25/2025 - 08/27/2025", 52, 300)],
               gm_records, draw_gm, "Gulfmoor County Sheriff's Office at the County EOC, MS [invented]",
               "EOC unit activity log (labelled entries, only sheriff cases are records)", "labelled blocks",
               ["case_number", "reported_at", "type", "location", "summary", "disposition"], NOTES["gm"])
    one_agency("isla-pardo-fl-pd", 4,
               [("ippd-sitreps-2025-10-10-11.pdf", days(10, 10, 11), "", 47, 880),
                ("ippd-sitreps-2025-10-12-13.pdf", days(10, 12, 13), "", 55, 960)],
               ip_records, draw_ip, "City of Isla Pardo Police Department, FL [invented]",
               "EOC situation reports (law-enforcement paragraphs)", "free text",
               ["case_number", "reported_at", "type", "location", "summary", "disposition"], NOTES["ip"])
    one_agency("brinewater-key-fl-pd", 5,
               [("bkpd-strike-team-register-2025-10-11-14.pdf", days(10, 11, 14), "October 11-14, 2025", 88,
                 2200)],
               bk_records, draw_bk, "City of Brinewater Key Police Department, FL [invented]",
               "mutual-aid strike team register (visiting agency number first)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], NOTES["bk"])


if __name__ == "__main__":
    main()
