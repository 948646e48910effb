"""Generate the twelfth held-out set of incident-log PDFs and their ground truth.

Five common layouts of small and mid-size departments (media log, calls for service by
date, arrest log, press log, Clery daily crime log). Every agency, place and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant
mode. Run from anywhere:
    python tests/documents/blind_logs12/make_blind_logs12.py [OUT_DIR]
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
SEED = 20251212
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STREETS = ["Garnet", "Alder", "Bellwether", "Cobblestone", "Dunmore", "Everly", "Foxglove", "Greer", "Hatcher",
           "Inglewood", "Juniper", "Kittredge", "Lowell", "Mapleton", "Nettle", "Oakhurst", "Pemberly", "Quimby",
           "Rosewood", "Sable", "Tamarack", "Umber", "Verity", "Winslow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Pl"]
PLACES = ["Quik Stop #14", "Riverbend Apartments", "Cedar Plaza Shopping Center", "Westside Park",
          "Municipal Pool", "Dollar Barn", "Valley Inn & Suites", "Community Library", "Fairgrounds Lot B"]


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


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def location(r, style):
    """A location in one of the forms small departments print."""
    k = r.random()
    if style == "upper":
        if k < 0.45:
            return f"{r.randint(1, 49) * 100} BLK {street(r).upper()}"
        if k < 0.7:
            return " / ".join(x.upper() for x in two_streets(r))
        if k < 0.85:
            return f"{r.choice(PLACES).upper()} - {r.randint(100, 4999)} {street(r).upper()}"
        return f"{r.randint(100, 4999)} {street(r).upper()}"
    if k < 0.55:
        return f"{r.randint(1, 49) * 100} block of {street(r)}"
    if k < 0.8:
        return " and ".join(two_streets(r))
    return f"{r.choice(PLACES)}, {r.randint(100, 4999)} {street(r)}"


def two_streets(r):
    a, b = r.sample(STREETS, 2)
    return f"{a} {r.choice(SUFFIX)}", f"{b} {r.choice(SUFFIX)}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def attach(rec, kind, num):
    rec["related"].append((kind, num))


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


class Table:
    """A header-row table drawn row by row; rows never split; header repeated per page."""

    def __init__(self, path, size, cols, font, fs, lead, head, foot):
        self.c = new_canvas(path, size)
        self.pw, self.ph = size
        self.cols, self.font, self.fs, self.lead = cols, font, fs, lead
        self.head, self.foot, self.page = head, foot, 0
        self.x0 = 36
        self.new_page()

    def new_page(self):
        if self.page:
            self.foot(self.c, self.page)
            self.c.showPage()
        self.page += 1
        self.y = self.head(self.c, self.page)
        self.header_row()

    def header_row(self):
        c, x = self.c, self.x0
        total = sum(w for _, w in self.cols)
        c.setFillGray(0.82)
        c.rect(x, self.y - self.lead - 3, total, self.lead + 4, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(self.font + "-Bold", self.fs)
        for title, w in self.cols:
            c.drawString(x + 2, self.y - self.lead + 1, title)
            x += w
        self.y -= self.lead + 6

    def room(self, h):
        if self.y - h < 54:
            self.new_page()

    def text_line(self, text, font=None, size=None, gap=4, grey=None):
        self.room(self.lead + gap)
        c = self.c
        if grey is not None:
            c.setFillGray(grey)
            c.rect(self.x0, self.y - self.lead - 2, sum(w for _, w in self.cols), self.lead + 3, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont(font or self.font + "-Bold", size or self.fs)
        c.drawString(self.x0 + 2, self.y - self.lead + 1, text)
        self.y -= self.lead + gap

    def row(self, cells, rule=0.4, bold_first=False):
        lines = []
        for (_title, w), cell in zip(self.cols, cells):
            parts = cell if isinstance(cell, list) else [cell]
            col = []
            for p in parts:
                col += wrap(p, self.font, self.fs, w - 5)
            lines.append(col)
        h = max(len(col) for col in lines) * self.lead + 3
        self.room(h)
        c, x = self.c, self.x0
        for i, ((_title, w), col) in enumerate(zip(self.cols, lines)):
            c.setFont(self.font + ("-Bold" if bold_first and i == 0 else ""), self.fs)
            for j, ln in enumerate(col):
                c.drawString(x + 2, self.y - (j + 1) * self.lead + 1, ln)
            x += w
        self.y -= h
        if rule:
            c.setLineWidth(rule)
            c.setStrokeGray(0.6)
            c.line(self.x0, self.y + 1, self.x0 + sum(w for _, w in self.cols), self.y + 1)
            c.setStrokeGray(0)
        self.y -= 2

    def finish(self):
        self.foot(self.c, self.page)
        self.c.showPage()
        self.c.save()


def count_pages(draw, path, recs, label):
    """Draw once to learn the page count, then again with 'Page n of N' right."""
    n = draw(path, recs, label, None)
    draw(path, recs, label, n)


# ---------------------------------------------------------------- 1. daily media log (Tyler-style)

TR_TYPES = ["THEFT", "THEFT FROM VEHICLE", "BURGLARY - RESIDENCE", "CRIMINAL DAMAGE", "BATTERY",
            "DOMESTIC DISTURBANCE", "SUSPICIOUS ACTIVITY", "CHECK WELFARE", "ACCIDENT - PROPERTY DAMAGE",
            "ACCIDENT - INJURY", "HIT AND RUN", "FRAUD / FORGERY", "CRIMINAL TRESPASS", "DISTURBANCE - NOISE",
            "ALARM - BURGLAR", "FOUND PROPERTY", "NARCOTICS VIOLATION", "DUI", "WARRANT ARREST",
            "ANIMAL CALL", "HARASSMENT BY TELECOMMUNICATION", "STOLEN VEHICLE", "RUNAWAY JUVENILE"]
TR_DISPS = ["Report Filed", "Closed - No Report", "Arrest", "Citation Issued", "Unfounded", "Gone on Arrival",
            "Info Only", "Pending Investigation", "Referred to Other Agency"]


def tr_when(d, hh, mm):
    return f"{MONTHS[d[1] - 1]} {d[2]}, {d[0]} @ {hh:02d}:{mm:02d}"


def tr_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 2, 3, 5])
        rec = {"case_number": f"2025-{k:08d}", "reported_at": tr_when(d, hh, mm), "type": r.choice(TR_TYPES),
               "location": location(r, "upper"), "unit": f"#{r.randint(210, 298)}",
               "disposition": r.choice(TR_DISPS), "related": []}
        if rec["disposition"] == "Referred to Other Agency":
            num = f"25-{r.randint(1000, 9999):04d}-{r.randint(10, 99)}"
            rec["disposition"] = f"Referred to KHP case {num}"
            attach(rec, "other_agency_case", num)
        elif rec["disposition"] == "Citation Issued":
            num = f"TR{r.randint(10000, 99999)}"
            rec["disposition"] = f"Citation Issued - Cit# {num}"
            attach(rec, "citation", num)
        elif rec["type"] == "WARRANT ARREST":
            num = f"25-CR-{r.randint(100, 999)}"
            rec["disposition"] = f"Arrest - District Court warrant {num}"
            attach(rec, "warrant", num)
        recs.append(rec)
    return recs


TR_COLS = [("Reported", 92), ("Incident Type", 118), ("Location", 128), ("Case Number", 72),
           ("Officer", 40), ("Disposition", 90)]


def draw_tr(path, recs, label, pages):
    def head(c, page):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36, 750, "Tamsin Ridge Police Department")
        c.setFont("Helvetica", 9)
        c.drawString(36, 737, f"Daily Media Log  -  {label}")
        c.drawRightString(576, 750, "Records Unit (620) 555-0132")
        c.drawRightString(576, 737, "Printed: Oct 9, 2025 @ 06:15")
        return 728

    def foot(c, page):
        c.setFont("Helvetica", 7)
        c.drawString(36, 30, "Information is preliminary and subject to change. Names withheld.")
        c.drawRightString(576, 30, f"Page {page} of {pages or 0}")

    t = Table(path, letter, TR_COLS, "Helvetica", 7.5, 9, head, foot)
    for rec in recs:
        t.row([rec["reported_at"], rec["type"], rec["location"], rec["case_number"], rec["unit"],
               rec["disposition"]])
    t.room(40)
    t.text_line(f"Total Incidents: {len(recs)}", gap=8)
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    t.text_line("Incident Type Summary", gap=3)
    for typ in sorted(counts):
        t.text_line(f"    {typ}  . . . .  {counts[typ]}", font="Helvetica", gap=1)
    t.finish()
    return t.page


# ---------------------------------------------------------------- 2. calls for service by date (Spillman-style)

CC_NATURES = [("TS", "TRAFFIC STOP"), ("SUSP", "SUSPICIOUS VEHICLE/PERSON"), ("ALRM", "ALARM"),
              ("WELF", "WELFARE CHECK"), ("TC", "TRAFFIC COLLISION"), ("CIVIL", "CIVIL STANDBY"),
              ("DIST", "DISTURBANCE"), ("DOM", "DOMESTIC"), ("THFT", "THEFT"), ("BURG", "BURGLARY"),
              ("ANML", "ANIMAL PROBLEM"), ("MOTA", "MOTORIST ASSIST"), ("WARR", "WARRANT SERVICE"),
              ("TRES", "TRESPASS"), ("911H", "911 HANGUP"), ("LIVE", "LIVESTOCK ON ROADWAY"),
              ("FIRE", "ASSIST CCFD")]
CC_DISPS = ["CLR", "RPT", "ARR", "CIT", "WARN", "GOA", "UTL", "ASST", "CNCL"]


def cc_records(r, days, n, start):
    recs, seq, prev_day, case = [], 0, None, start
    for d, hh, mm in day_times(r, days, n):
        if d != prev_day:
            seq, prev_day = r.randint(1, 4), d
        seq += r.choice([1, 1, 2, 2, 3])
        code, nature = r.choice(CC_NATURES)
        ss = r.randint(0, 59)
        rec = {"case_number": f"{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}-{seq:04d}",
               "reported_at": f"{d[0]}-{d[1]:02d}-{d[2]:02d}T{hh:02d}:{mm:02d}:{ss:02d}",
               "type": f"{code} - {nature}", "priority": str(r.choice([1, 2, 2, 3, 3, 3, 4])),
               "location": location(r, "upper"), "beat": f"Z{r.randint(1, 6)}",
               "unit": ", ".join(f"{r.choice(['S', 'S', 'K', 'T'])}{r.randint(11, 48)}"
                                 for _ in range(r.choice([1, 1, 1, 2, 3]))),
               "disposition": r.choice(CC_DISPS), "case_no": "", "day": d, "related": []}
        if rec["disposition"] in ("RPT", "ARR") or (rec["disposition"] == "CIT" and r.random() < 0.4):
            case += r.randint(1, 3)
            rec["case_no"] = f"CC25-{case:06d}"
            attach(rec, "report_number", rec["case_no"])
        if rec["disposition"] == "ASST":
            num = f"NHP {r.randint(2500000, 2599999)}"
            rec["disposition"] = f"ASST {num}"
            attach(rec, "other_agency_case", num)
        elif code == "WARR" and rec["disposition"] == "ARR":
            num = f"W25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"ARR {num}"
            attach(rec, "warrant", num)
        recs.append(rec)
    return recs


CC_COLS = [("Call ID", 58), ("Received", 86), ("Nature", 140), ("Pri", 22), ("Address", 170), ("Zone", 30),
           ("Unit(s)", 70), ("Disposition", 82), ("Case #", 62)]


def draw_cc(path, recs, label, pages):
    def head(c, page):
        c.setFont("Courier-Bold", 11)
        c.drawString(36, 576, "CORBEL COUNTY SHERIFF'S OFFICE")
        c.setFont("Courier", 8.5)
        c.drawString(36, 564, f"CALLS FOR SERVICE BY DATE   {label}")
        c.drawRightString(756, 576, "Report: cfs_bydate.rpt")
        c.drawRightString(756, 564, "Dispatch (775) 555-0168")
        return 552

    def foot(c, page):
        c.setFont("Courier", 7)
        c.drawString(36, 26, "Run 2025-10-09T05:00:12 by RMSBATCH")
        c.drawRightString(756, 26, f"Page {page} of {pages or 0}")

    t = Table(path, landscape(letter), CC_COLS, "Courier", 7, 8.5, head, foot)
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    units = 0
    for d, rows in by_day.items():
        t.room(30)
        wd = WEEKDAYS[_weekday(d)]
        t.text_line(f"Date: {d[0]}-{d[1]:02d}-{d[2]:02d}  {wd.upper()}", grey=0.9)
        n_units = 0
        for rec in rows:
            t.row([rec["case_number"], rec["reported_at"], rec["type"], rec["priority"], rec["location"],
                   rec["beat"], rec["unit"], rec["disposition"], rec["case_no"]], rule=0)
            n_units += rec["unit"].count(",") + 1
        units += n_units
        t.text_line(f"   Calls on {d[1]:02d}/{d[2]:02d}: {len(rows)}    Units assigned: {n_units}    "
                    f"Cases opened: {sum(1 for x in rows if x['case_no'])}", font="Courier-Oblique", gap=10)
    t.text_line(f"Total calls: {len(recs)}    Total units assigned: {units}", gap=4)
    t.text_line("DISP: CLR=Cleared  RPT=Report  ARR=Arrest  CIT=Citation  WARN=Warning  GOA=Gone on arrival  "
                "UTL=Unable to locate  ASST=Assist agency  CNCL=Cancelled", font="Courier", size=6.5)
    t.finish()
    return t.page


def _weekday(d):
    return datetime.date(*d).weekday()


# ---------------------------------------------------------------- 3. arrest log (spreadsheet template)

HF_CHARGES = [("ORS 164.043", "Theft III"), ("ORS 164.045", "Theft II"), ("ORS 813.010", "DUII"),
              ("ORS 166.025", "Disorderly Conduct II"), ("ORS 163.160", "Assault IV"),
              ("ORS 164.245", "Criminal Trespass II"), ("ORS 475.752", "PCS - Methamphetamine"),
              ("ORS 162.247", "Interfering w/ Peace Officer"), ("ORS 811.182", "DWS - Misdemeanor"),
              ("ORS 164.354", "Criminal Mischief II"), ("ORS 166.065", "Harassment"),
              ("ORS 162.195", "Failure to Appear II"), ("ORS 163.190", "Menacing")]


def hf_records(r, days, n, start):
    recs, k, case = [], start, 4100 + start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 1, 2])
        case += r.randint(3, 30)
        rec = {"case_number": f"A25-{k:04d}",
               "reported_at": f"{d[2]:02d}-{MONTHS[d[1] - 1]}-{d[0]} {hh:02d}:{mm:02d}",
               "age_sex": f"{r.randint(18, 64)} / {r.choice(['M', 'M', 'F'])}",
               "type": [], "location": location(r, "title"), "report": f"2025-{case:06d}", "related": []}
        attach(rec, "report_number", rec["report"])
        for code, desc in r.sample(HF_CHARGES, r.choice([1, 1, 1, 2, 2, 3])):
            rec["type"].append(f"{code} {desc}")
        if r.random() < 0.28:
            num = f"{r.choice(['25CR', '24CR', '25CN'])}{r.randint(10000, 99999)}"
            rec["type"].append(f"Warrant {num} - FTA")
            attach(rec, "warrant", num)
        if r.random() < 0.3:
            num = f"HF{r.randint(400000, 499999)}"
            rec["disposition"] = f"Cited & Released, cite {num}"
            attach(rec, "citation", num)
        else:
            rec["disposition"] = r.choice(["Lodged - Hadley Co. Jail", "Lodged - Hadley Co. Jail",
                                           "Released to Detox", "Released on Own Recognizance"])
        recs.append(rec)
    return recs


HF_COLS = [("Arrest No.", 52), ("Date / Time", 78), ("Age / Sex", 42), ("Charge(s)", 150),
           ("Arrest Location", 110), ("Report No.", 58), ("Disposition", 90)]


def draw_hf(path, recs, label, pages):
    def head(c, page):
        c.setFont("Times-Bold", 14)
        c.drawCentredString(306, 750, "HADLEY FALLS POLICE DEPARTMENT")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(306, 737, f"Arrest Log  {label}")
        return 724

    def foot(c, page):
        c.setFont("Times-Italic", 8)
        c.drawString(36, 30, "An arrest is an accusation; every person is presumed innocent.  (541) 555-0109")
        c.drawRightString(576, 30, f"{page} / {pages or 0}")

    t = Table(path, letter, HF_COLS, "Helvetica", 7, 8.5, head, foot)
    for rec in recs:
        t.row([rec["case_number"], rec["reported_at"], rec["age_sex"], rec["type"], rec["location"],
               rec["report"], rec["disposition"]], rule=0.6, bold_first=True)
    charges = sum(len(rec["type"]) for rec in recs)
    warrants = sum(1 for rec in recs for k, _ in rec["related"] if k == "warrant")
    t.text_line(f"Arrests: {len(recs)}     Charges: {charges}     Warrants served: {warrants}", gap=4)
    t.finish()
    return t.page


# ---------------------------------------------------------------- 4. press log of short paragraphs (Word)

MG_ITEMS = [("Theft", "A resident reported that a {thing} was taken from {where}."),
            ("Burglary", "A caller reported that someone entered {where} and took a {thing}."),
            ("Vehicle break-in", "A window was broken and a {thing} was taken from a car parked {where}."),
            ("Disturbance", "Officers responded to a report of a loud argument {where}; the parties were "
                            "separated and advised."),
            ("Traffic crash", "Two vehicles collided {where}. No injuries were reported."),
            ("Shoplifting", "A store employee reported that a {thing} was taken without payment."),
            ("Suspicious person", "A caller reported a person looking into parked cars {where}. Officers "
                                  "checked the area and did not locate anyone."),
            ("Vandalism", "Graffiti was found painted {where}."),
            ("DUI arrest", "An officer stopped a vehicle for weaving {where}. The driver was arrested for "
                           "driving under the influence."),
            ("Fraud", "A resident reported losing money to a caller posing as a utility company."),
            ("Found property", "A {thing} was turned in at the front desk."),
            ("Dog at large", "A loose dog was reported {where} and returned to its owner.")]
MG_THINGS = ["bicycle", "laptop", "wallet", "set of tools", "phone", "purse", "leaf blower", "package"]


def mg_time(hh, mm):
    h = hh % 12 or 12
    return f"{h}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"


def mg_records(r, days, n, start):
    recs, k = [], start
    for i, (d, hh, mm) in enumerate(day_times(r, days, n)):
        k += r.choice([1, 2, 2, 3, 4])
        typ, text = r.choice(MG_ITEMS)
        loc = location(r, "title")
        body = text.format(thing=r.choice(MG_THINGS), where=f"near {loc}" if "block" not in loc else "nearby")
        rec = {"case_number": f"P25-{k:06d}", "reported_at": mg_time(hh, mm), "type": typ.upper(), "location": loc,
               "day": d, "related": []}
        x = r.random()
        if i > 5 and x < 0.12:
            num = recs[r.randint(0, i - 1)]["case_number"]
            body += f" This is a follow-up to {num}."
            attach(rec, "earlier_case_cited", num)
        elif x < 0.2:
            num = f"SO25-{r.randint(1000, 9999)}"
            body += f" The Sheriff's Office took over the case under {num}."
            attach(rec, "other_agency_case", num)
        elif x < 0.3 or typ == "DUI arrest":
            num = f"{r.randint(100000, 999999)}A"
            body += f" A citation ({num}) was issued."
            attach(rec, "citation", num)
        elif x < 0.38:
            body += " Anyone with information may call the tip line at (706) 555-0147."
        rec["summary"] = body
        rec["reported_at"] = f"{WEEKDAYS[_weekday(d)]}, {_month_full(d)} {d[2]}, {d[0]} {rec['reported_at']}"
        rec["time"] = mg_time(hh, mm)
        recs.append(rec)
    return recs


def draw_mg(path, recs, label, pages):
    c = new_canvas(path, letter)
    page = [0]
    y = [0]

    def new_page():
        if page[0]:
            c.setFont("Times-Italic", 8)
            c.drawCentredString(306, 30, f"Merriwether Glen Police Department - Press Log - page {page[0]} of "
                                         f"{pages or 0}")
            c.showPage()
        page[0] += 1
        c.setFont("Times-Bold", 15)
        c.drawString(60, 740, "Merriwether Glen Police Department")
        c.setFont("Times-Roman", 10)
        c.drawString(60, 726, f"Press Log  |  {label}  |  Public Information Office (706) 555-0121")
        c.line(60, 720, 552, 720)
        y[0] = 700

    new_page()
    c.setFont("Times-Roman", 10)
    c.drawString(60, y[0], "The following items are selected from calls for service; "
                           f"{len(recs) * 4 + 17} calls for service were handled in this period.")
    y[0] -= 20
    day = None
    for rec in recs:
        heading = f"{mg_time_head(rec)}  {rec['type']}  -  {rec['location']}"
        body = wrap(f"{rec['summary']} Case {rec['case_number']}.", "Times-Roman", 10, 480)
        # a word processor keeps the heading with the paragraph's first line, not the whole paragraph
        need = 14 * 2 + (26 if rec["day"] != day else 0)
        if y[0] - need < 50:
            new_page()
        if rec["day"] != day:
            day = rec["day"]
            c.setFont("Times-BoldItalic", 12)
            c.drawString(60, y[0], f"{WEEKDAYS[_weekday(day)]}, {_month_full(day)} {day[2]}, {day[0]}")
            y[0] -= 22
        c.setFont("Times-Bold", 10)
        c.drawString(60, y[0], heading)
        y[0] -= 13
        c.setFont("Times-Roman", 10)
        for ln in body:
            if y[0] < 62:
                new_page()
                c.setFont("Times-Roman", 10)
            c.drawString(72, y[0], ln)
            y[0] -= 12.5
        y[0] -= 8
    if y[0] < 80:
        new_page()
    c.setFont("Times-Italic", 10)
    c.drawCentredString(306, y[0] - 6, f"- End of press log ({len(recs)} items) -")
    c.setFont("Times-Italic", 8)
    c.drawCentredString(306, 30, f"Merriwether Glen Police Department - Press Log - page {page[0]} of {pages or 0}")
    c.showPage()
    c.save()
    return page[0]


def mg_time_head(rec):
    return rec["time"]


def _month_full(d):
    return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][d[1] - 1]


# ---------------------------------------------------------------- 5. Clery daily crime log (landscape grid)

LS_CRIMES = ["Theft - Other", "Theft from Building", "Burglary", "Vandalism / Criminal Damage",
             "Liquor Law Violation", "Drug Law Violation", "Simple Assault", "Fondling", "Dating Violence",
             "Stalking", "Motor Vehicle Theft", "Harassment", "Trespass", "Weapons Violation",
             "Disorderly Conduct", "Fire - Trash Can"]
LS_PLACES = ["Nordby Residence Hall", "Halvorsen Hall", "Student Union", "Lot F", "Fieldhouse",
             "Kjelstad Library", "Science Center", "Aspen Apartments", "Campus Mall", "Eastgate Parking Ramp",
             "Dining Commons", "Public sidewalk, College Ave"]
LS_GEO = {"Public sidewalk, College Ave": "Public Property", "Aspen Apartments": "Non-Campus"}
LS_DISPS = ["Open", "Closed", "Inactive", "Cleared by Arrest", "Referred to Student Conduct", "Unfounded"]


def ls_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 1, 2])
        place = r.choice(LS_PLACES)
        crimes = r.sample(LS_CRIMES, r.choice([1, 1, 1, 1, 2, 3]))
        back = r.choice([0, 0, 30, 90, 300, 1500])
        t0 = hh * 60 + mm - back - r.randint(0, 20)
        rec = {"case_number": f"{d[0] % 100}-{k:05d}", "reported_at": f"{mdy(d)} {hh:02d}{mm:02d} hrs",
               "type": crimes, "location": place, "geography": LS_GEO.get(place, "On Campus"),
               "disposition": r.choice(LS_DISPS), "related": []}
        start_at = datetime.datetime(*d) + datetime.timedelta(minutes=t0)
        rec["occurred_from"] = f"{start_at:%m/%d/%Y %H%M}"
        if back >= 30:
            rec["occurred_to"] = f"{mdy(d)} {hh:02d}{mm:02d}"
        x = r.random()
        if x < 0.12:
            num = f"LPD25-{r.randint(30000, 39999)}"
            rec["disposition"] = f"Referred to Larkin PD ({num})"
            attach(rec, "other_agency_case", num)
        elif rec["disposition"] == "Cleared by Arrest" and r.random() < 0.5:
            num = f"MNW-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Cleared by Arrest, warrant {num}"
            attach(rec, "warrant", num)
        recs.append(rec)
    return recs


LS_COLS = [("Case #", 54), ("Date/Time Reported", 86), ("Nature / Classification", 150),
           ("Date/Time Occurred", 128), ("General Location", 118), ("Clery Geography", 74), ("Disposition", 110)]


def draw_ls(path, recs, label, pages):
    def head(c, page):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, 578, "Larkin State College - Department of Public Safety")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, 566, f"Daily Crime and Fire Log  |  {label}  |  Log is kept under 34 CFR 668.46(f)")
        c.drawRightString(756, 578, "Dispatch (218) 555-0190")
        return 556

    def foot(c, page):
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, "Dates are MM/DD/YYYY, times 24-hour. Date printed 11/03/2025")
        c.drawRightString(756, 24, f"Page {page} of {pages or 0}")

    t = Table(path, landscape(letter), LS_COLS, "Helvetica", 7.5, 9, head, foot)
    for rec in recs:
        occ = rec["occurred_from"] + (f" to {rec['occurred_to']}" if "occurred_to" in rec else "")
        t.row([rec["case_number"], rec["reported_at"], rec["type"], occ, rec["location"], rec["geography"],
               rec["disposition"]], rule=0.5)
    clery = sum(1 for rec in recs if rec["geography"] != "On Campus")
    t.text_line(f"Entries on this log: {len(recs)}    Off-campus entries: {clery}", gap=4)
    t.finish()
    return t.page


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] not in ("", [])}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs12.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs12.py) from the records it drew; "
                               "checked by check_blind_logs12.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        count_pages(draw, d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


def main():
    one_agency(
        "tamsin-ridge-ks-pd", 1,
        [("trpd-media-log-2025-10-06.pdf", days(10, 6, 6), "Monday, October 6, 2025", 74, 31840),
         ("trpd-media-log-2025-10-07-08.pdf", days(10, 7, 8), "October 7 - October 8, 2025", 131, 32080)],
        tr_records, draw_tr, "Tamsin Ridge Police Department, KS [invented]",
        "daily media log (records-system print)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"],
        "Portrait media log. Columns in this order: Reported ('Oct 6, 2025 @ 14:05'), Incident Type (upper case), "
        "Location (block, intersection 'A ST / B AVE', or 'BUSINESS - 123 STREET'; long ones wrap), Case Number "
        "(2025-000NNNNN, the id, in the FOURTH column), Officer ('#214', unit), Disposition (wraps). Grey header "
        "band repeated on every page, a hairline under every row, no vertical rules. Page header carries "
        "'Printed: Oct 9, 2025 @ 06:15' in the same date format as the rows, and a phone; footer 'Page n of N'. "
        "Dispositions cite Highway Patrol cases ('Referred to KHP case 25-NNNN-NN'), citations ('Cit# TRNNNNN') "
        "and district court warrants ('25-CR-NNN'): related, not ids. After the rows: 'Total Incidents: N' then "
        "an 'Incident Type Summary' of per-type counts (not records).",
        "rows counted from the generator; 'Total Incidents' equals record_count")
    one_agency(
        "corbel-county-nv-so", 2,
        [("ccso-calls-for-service-2025-10-06-08.pdf", days(10, 6, 8), "2025-10-06 THRU 2025-10-08", 148, 8800)],
        cc_records, draw_cc, "Corbel County Sheriff's Office, NV [invented]",
        "calls for service report grouped by date (CAD print)", "table with header",
        ["case_number", "reported_at", "type", "priority", "location", "beat", "unit", "disposition"],
        "Landscape Courier listing, no rules. Column header band repeated on every page: Call ID, Received, "
        "Nature, Pri, Address, Zone, Unit(s), Disposition, Case #. Calls grouped by date under shaded "
        "'Date: 2025-10-06  MONDAY' lines; each group closes with 'Calls on 10/06: n    Units assigned: m    "
        "Cases opened: k' (only n counts records). The id is the call id YYMMDD-NNNN (daily sequence with "
        "gaps, restarting each day); the Case # column (CC25-NNNNNN, only on report/arrest/some citation "
        "calls) is the RMS case number, NOT the id (report_number). Received is ISO 'YYYY-MM-DDTHH:MM:SS'. "
        "Nature is 'CODE - DESCRIPTION'; units comma-joined (1-3); dispositions are codes, 'ASST NHP nnnnnnn' "
        "(Highway Patrol case) or 'ARR W25-NNNN' (warrant). Footer 'Run 2025-10-09T05:00:12 by RMSBATCH' "
        "looks like a row's timestamp. Ends 'Total calls: N    Total units assigned: M' and a code legend.",
        "rows counted from the generator; 'Total calls' equals record_count, daily 'Calls on' lines add up to it")
    one_agency(
        "hadley-falls-or-pd", 3,
        [("hfpd-arrest-log-2025-10-01-15.pdf", days(10, 1, 15), "October 1 - 15, 2025", 52, 611),
         ("hfpd-arrest-log-2025-10-16-31.pdf", days(10, 16, 31), "October 16 - 31, 2025", 63, 690)],
        hf_records, draw_hf, "Hadley Falls Police Department, OR [invented]",
        "arrest log (spreadsheet template)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Portrait arrest log from a spreadsheet template: Times title, Helvetica rows, a rule under every row, "
        "header band repeated per page. Columns: Arrest No. (A25-NNNN, the id), Date / Time ('03-Oct-2025 "
        "14:05', reported_at), Age / Sex (no names), Charge(s) (one per line, 'ORS 164.045 Theft II'; a warrant "
        "line 'Warrant 25CR12345 - FTA'; type is the list of these lines), Arrest Location (wraps), Report No. "
        "(2025-00NNNN: the police report number on EVERY row, related not id; same year-first form as many ids "
        "elsewhere), Disposition ('Lodged - Hadley Co. Jail', 'Cited & Released, cite HFNNNNNN'). Statute "
        "numbers look like numbers. Ends 'Arrests: N     Charges: M     Warrants served: K' (only N counts "
        "records). Footer phone and 'n / N'.",
        "rows counted from the generator; 'Arrests:' equals record_count")
    one_agency(
        "merriwether-glen-ga-pd", 4,
        [("mgpd-press-log-2025-10-13-14.pdf", days(10, 13, 14), "October 13-14, 2025", 46, 21400),
         ("mgpd-press-log-2025-10-15-16.pdf", days(10, 15, 16), "October 15-16, 2025", 55, 21560)],
        mg_records, draw_mg, "Merriwether Glen Police Department, GA [invented]",
        "press log of short paragraphs (word-processor document)", "free text",
        ["case_number", "reported_at", "type", "location", "summary"],
        "Portrait Times press log. Day headings ('Monday, October 13, 2025', bold italic). Each item: a bold "
        "line '2:05 p.m.  THEFT  -  1200 block of Garnet Ave' (time, type upper case, location), then an "
        "indented paragraph that ENDS with 'Case P25-NNNNNN.' (the id, last sentence). reported_at joins the "
        "day heading and the time as printed; type and location as in the heading line (type in the ground "
        "truth as printed, upper case); summary is the paragraph without the closing 'Case' "
        "sentence. Traps: follow-ups cite an earlier item of the SAME series ('This is a follow-up to "
        "P25-NNNNNN.', before the item's own number), Sheriff's Office cases 'SO25-NNNN', citations "
        "'(NNNNNNA)', a tip-line phone; a paragraph can end on the next page, after the footer and "
        "the next page's header (the heading stays with the first line), so its 'Case' sentence is cut off "
        "from the heading; the opening sentence gives a calls-for-service count that is not "
        "the record count; ends '- End of press log (N items) -'.",
        "items counted from the generator; 'End of press log (N items)' equals record_count")
    one_agency(
        "larkin-state-college-mn-dps", 5,
        [("lsc-daily-crime-fire-log-2025-10.pdf", days(10, 1, 31), "October 2025", 96, 1120)],
        ls_records, draw_ls, "Larkin State College Department of Public Safety, MN [invented]",
        "Clery daily crime and fire log, monthly", "table with header",
        ["case_number", "reported_at", "type", "occurred_from", "occurred_to", "location", "geography",
         "disposition"],
        "Landscape Clery log, Helvetica, a rule under each row, header band repeated per page. Columns: Case # "
        "(YY-NNNNN, the id), Date/Time Reported ('10/03/2025 1405 hrs'), Nature / Classification (several "
        "offences one per line; a list), Date/Time Occurred (one 'MM/DD/YYYY HHMM' or 'X to Y', which wraps), "
        "General Location, Clery Geography (On Campus / Non-Campus / Public Property), Disposition. "
        "Dispositions cite city police cases 'Referred to Larkin PD (LPD25-NNNNN)' and warrants 'MNW-NNNNN'. "
        "Footer 'Date printed 11/03/2025' and 'Page n of N'; ends 'Entries on this log: N    Off-campus "
        "entries: M'.",
        "rows counted from the generator; 'Entries on this log' equals record_count")


if __name__ == "__main__":
    main()
