"""Generate the eighteenth held-out set of incident-log PDFs and their ground truth.

Five logs typed or assembled by office staff: a village call log printed from a spreadsheet with
its row numbers and column letters and a TOTAL row; a school-district police table from a word
processor, grouped under merged school bands, whose narrow first column wraps the id over two
lines; a harbor police memorandum of numbered paragraphs with the id inside the first sentence;
an airport police stack of filled-in forms with a check-box disposition and a blank form at the
end; a town weekly log in a two-cell table (id, date and time stacked in the left cell) under a
"week at a glance" counts table. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs18/make_blind_logs18.py [OUT_DIR]
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
SEED = 20251818
STREETS = ["Abbot", "Bellweather", "Crandall", "Dovecote", "Eastbrook", "Fennimore", "Gorse", "Hatfield",
           "Inglenook", "Jessamine", "Kittredge", "Linwood", "Millrace", "Nettleton", "Orchard", "Pilgrim",
           "Quimby", "Rushmere", "Sawmill", "Tanner", "Upland", "Vireo", "Wexford"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Way"]


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
    a = f"{r.randint(1, 60) * 10 + r.randint(0, 9)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def ampm(h, m):
    return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


# ---------------------------------------------------------------- A: Brantwick spreadsheet call log

BR_TYPES = ["ANIMAL COMPLAINT", "THEFT", "SUSPICIOUS VEHICLE", "911 HANG UP", "LOCKOUT", "PARKING COMPLAINT",
            "DOMESTIC DISTURBANCE", "CRIMINAL DAMAGE TO PROPERTY", "WELFARE CHECK", "TRAFFIC STOP",
            "ACCIDENT - PROPERTY DAMAGE", "FRAUD / SCAM", "ORDINANCE VIOLATION", "JUVENILE COMPLAINT"]
BR_DISP = ["Advised", "Advised", "Report", "Report", "Unfounded", "Gone on arrival", "Advised", "Citation",
           "Arrest", "Referred"]
BR_NOTES = ["Caller reports activity near the garage", "Owner located, all ok", "Area checked",
            "Neighbor dispute over fence line", "Vehicle gone when officer arrived", "Left message for RP",
            "Dog returned to owner", "Parties separated for the night", "Photos taken for file",
            "Warning given", "RP requested extra patrol", "Scam call, no money lost"]


def br_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"2025-{k:06d}", "reported_at": f"{d[1]}/{d[2]}/{d[0] % 100} {h}:{m:02d}",
               "type": r.choice(BR_TYPES), "location": addr(r, upper=True), "disposition": r.choice(BR_DISP),
               "summary": r.choice(BR_NOTES), "related": []}
        if rec["disposition"] == "Citation":
            num = f"UC{r.randint(1000000, 9999999)}"
            rec["summary"] += f"; cited, {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Arrest":
            num = f"25-{r.randint(1000, 9999)}"
            rec["summary"] += f"; conveyed to Harlan Co Jail bkg {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred":
            num = f"25-0{r.randint(10000, 99999)}"
            rec["summary"] += f"; Harlan Co SO case {num}"
            rec["related"].append(("other_agency_case", num))
        elif recs and r.random() < 0.1:
            prior = r.choice(recs)["case_number"]
            rec["summary"] += f"; see {prior}"
            rec["related"].append(("earlier_case_cited", prior))
        recs.append(rec)
    return recs


def draw_br(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    gut, top = 30, h - 62
    cols = [("Case #", 62), ("Date/Time", 62), ("Call Type", 118), ("Address", 128), ("Disposition", 72),
            ("Notes", 270)]
    xs = [gut + 22]
    for _, cw in cols:
        xs.append(xs[-1] + cw)
    page = [0]

    def grid_row(y, height, rownum, cells, bold=False):
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        c.rect(gut, y - height, 22, height)
        for i in range(len(cols)):
            c.rect(xs[i], y - height, xs[i + 1] - xs[i], height)
        c.setFont("Helvetica", 7)
        c.setFillGray(0.35)
        c.drawCentredString(gut + 11, y - 8, str(rownum))
        c.setFillGray(0)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7)
        for i, lines in enumerate(cells):
            for j, t in enumerate(lines):
                c.drawString(xs[i] + 2, y - 8 - 9 * j, t)

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(gut, h - 30, "VILLAGE OF BRANTWICK POLICE DEPARTMENT - CALL LOG")
        c.setFont("Helvetica", 8)
        c.drawString(gut, h - 42, f"{label}    Records 608 555-0117")
        c.setFillGray(0.88)
        c.rect(gut, top, xs[-1] - gut, 10, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 7)
        for i in range(len(cols)):
            c.drawCentredString((xs[i] + xs[i + 1]) / 2, top + 2.5, "ABCDEF"[i])
        grid_row(top, 11, 1, [[t] for t, _ in cols], bold=True)
        c.setFont("Helvetica", 7)
        c.drawString(gut, 24, f"Brantwick PD call log 2025.xlsx    Sheet: {label}")
        c.drawRightString(w - gut, 24, f"Page {page[0]} of {pages or 0}")
        return top - 11

    y = head()
    rownum = 1
    for rec in recs:
        cells = [[rec["case_number"]], [rec["reported_at"]], wrap(rec["type"], "Helvetica", 7, 114),
                 wrap(rec["location"], "Helvetica", 7, 124), wrap(rec["disposition"], "Helvetica", 7, 68),
                 wrap(rec["summary"], "Helvetica", 7, 266)]
        height = 9 * max(len(x) for x in cells) + 3
        if y - height < 40:
            c.showPage()
            y = head()
        rownum += 1
        grid_row(y, height, rownum, cells)
        y -= height
    arrests = sum(rec["disposition"] == "Arrest" for rec in recs)
    for cells in ([], [["TOTAL"], [str(len(recs))], ["calls logged"]], [["ARRESTS"], [str(arrests)]]):
        if y - 12 < 40:
            c.showPage()
            y = head()
        rownum += 1
        grid_row(y, 12, rownum, cells + [[]] * (len(cols) - len(cells)), bold=True)
        y -= 12
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Millbrook USD police table

MU_SCHOOLS = ["MILLBROOK HIGH SCHOOL (Site 01)", "CANYON VIEW MIDDLE SCHOOL (Site 04)",
              "JUNIPER ELEMENTARY (Site 11)", "RIVERBEND CONTINUATION HIGH (Site 07)",
              "DISTRICT OFFICE / TRANSPORTATION YARD (Site 20)"]
MU_TYPES = ["Theft - Chromebook", "Vandalism / Graffiti", "Fight - No Injury", "Battery on Student",
            "Possession of Vape Device", "Trespass on School Grounds", "Threat - Verbal", "Found Property",
            "Suspicious Person near Campus", "Bus Incident", "Alarm - Intrusion", "Missing Student (Located)"]
MU_PLACES = ["Bldg C, Rm 114", "Gym locker room", "North parking lot", "Cafeteria", "Bus loop", "Library",
             "Quad", "Bldg A hallway", "Football field", "Front office", "Portable 6", "Restroom, Bldg B"]
MU_SUMM = ["Reported by staff at start of period.", "Parent contacted; student released to parent.",
           "Video reviewed by SRO.", "Item recovered and returned to school.", "Campus supervisor assisted.",
           "Area searched, nothing found.", "Custodian reported damage in the morning.",
           "Handled with site administration."]
MU_DISP = ["Report taken", "Closed", "Info only", "Admin. referral", "Cited", "Referred to Millbrook PD"]


def mu_records(r, days, n, start):
    school_days = [d for d in days if datetime.date(*d).weekday() < 5]
    stamps = day_times(r, school_days, n)
    ks = serials(r, n, start)
    recs = []
    for (d, h, m), k in zip(stamps, ks):
        h = 7 + h * 10 // 24
        rec = {"case_number": f"MUSD-25-{k:04d}", "reported_at": f"{mdy(d)} {ampm(h, m)}",
               "campus": r.choice(MU_SCHOOLS), "type": r.choice(MU_TYPES), "location": r.choice(MU_PLACES),
               "summary": r.choice(MU_SUMM), "disposition": r.choice(MU_DISP), "related": []}
        if rec["disposition"] == "Cited":
            num = f"T{r.randint(100000, 999999)}"
            rec["disposition"] = f"Cited, juv. citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to Millbrook PD":
            num = f"25-0{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to Millbrook PD, case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    order = {s: i for i, s in enumerate(MU_SCHOOLS)}
    recs.sort(key=lambda rec: (order[rec["campus"]], rec["case_number"]))
    return recs


def draw_mu(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    x0 = 36
    cols = [("Case No.", 40), ("Date / Time", 52), ("Incident", 96), ("Location", 82), ("Summary", 184),
            ("Disposition", 86)]
    xs = [x0]
    for _, cw in cols:
        xs.append(xs[-1] + cw)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "Millbrook Unified School District Police Department")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(w / 2, h - 54, f"Campus Incident Log  -  {label}")
        c.setFont("Times-Italic", 8)
        c.drawString(x0, 30, "MUSD Police Services  |  Dispatch 559 555-0129  |  Prepared by the records clerk")
        c.drawRightString(xs[-1], 30, f"Page {page[0]} of {pages or 0}")
        c.setLineWidth(0.5)
        c.setFillGray(0.8)
        c.rect(x0, h - 82, xs[-1] - x0, 16, fill=1)
        c.setFillGray(0)
        c.setFont("Times-Bold", 8)
        for i, (t, _) in enumerate(cols):
            c.drawString(xs[i] + 2, h - 77, t)
            c.line(xs[i], h - 82, xs[i], h - 66)
        return h - 82

    def band(y, text):
        c.setFillGray(0.92)
        c.rect(x0, y - 13, xs[-1] - x0, 13, fill=1)
        c.setFillGray(0)
        c.setFont("Times-Bold", 8.5)
        c.drawString(x0 + 4, y - 9.5, text)
        return y - 13

    y = head()
    school = None
    for rec in recs:
        date, _, tm = rec["reported_at"].partition(" ")
        cells = [["MUSD-25-", rec["case_number"][8:]], [date, tm], wrap(rec["type"], "Times-Roman", 8, 92),
                 wrap(rec["location"], "Times-Roman", 8, 78), wrap(rec["summary"], "Times-Roman", 8, 180),
                 wrap(rec["disposition"], "Times-Roman", 8, 82)]
        height = 9.5 * max(len(x) for x in cells) + 4
        need = height + (13 if rec["campus"] != school else 0)
        if y - need < 48:
            c.showPage()
            y = head()
            school = None
        if rec["campus"] != school:
            y = band(y, rec["campus"])
            school = rec["campus"]
        c.setLineWidth(0.5)
        for i in range(len(cols)):
            c.rect(xs[i], y - height, xs[i + 1] - xs[i], height)
        for i, lines in enumerate(cells):
            c.setFont("Times-Bold" if i == 0 else "Times-Roman", 8)
            for j, t in enumerate(lines):
                c.drawString(xs[i] + 2, y - 9 - 9.5 * j, t)
        y -= height
    if y - 30 < 48:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 9)
    c.drawString(x0, y - 18, f"Total incidents reported: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Port of Selwick harbor memo

HP_TYPES = ["vessel theft", "theft of outboard motor", "boat slip trespass", "fuel spill", "vessel adrift",
            "disturbance on the fishing pier", "vehicle prowl in Lot B", "unauthorised mooring",
            "assist to the harbor master", "intoxicated boater", "damaged dock cleat", "found kayak"]
HP_PLACES = ["Pier 4, slip 22", "the fuel dock", "the public launch ramp", "Float C", "the transient moorage",
             "Lot B by the Harbor Office", "the breakwater walk", "Pier 2 fish-cleaning station",
             "the boatyard gate", "Float F, slip 9"]
HP_NARR = ["The owner found the cabin lock pried.", "A passerby flagged the officer down.",
           "The harbor master's staff called it in.", "The area was photographed.",
           "Nothing further was found on a check of the floats.", "The vessel was secured with an extra line.",
           "Absorbent boom was placed around the slip."]
HP_OUT = ["A report was written.", "No report; the parties were advised.", "The matter is closed.",
          "Unfounded.", "Cited", "Booked", "Referred"]


def hp_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"HP25-{k:04d}", "reported_at": f"{h:02d}{m:02d} hrs on {mdy(d)}",
               "type": r.choice(HP_TYPES), "location": r.choice(HP_PLACES),
               "summary": " ".join(r.sample(HP_NARR, r.choice((1, 2)))), "disposition": r.choice(HP_OUT),
               "related": []}
        if rec["disposition"] == "Cited":
            num = f"PS-{r.randint(40000, 59999)}"
            rec["disposition"] = f"The operator was cited under Port citation {num}."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Booked":
            num = f"25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"One adult was booked into Kessock County Jail, booking {num}."
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred":
            num = f"KC25-0{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to the Kessock County Sheriff's Marine Unit, case {num}."
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_hp(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    x0, x1 = 72, w - 72
    page = [0]

    def furniture():
        page[0] += 1
        c.setFont("Times-Italic", 8.5)
        c.drawCentredString(w / 2, 36, f"Harbor Police  -  1 Harbor Way, Selwick  -  (360) 555-0163      "
                                       f"{page[0]}/{pages or 0}")
        if page[0] > 1:
            c.drawString(x0, h - 48, f"Memo to the Port Commission, {label}, continued")
            return h - 76
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 60, "PORT OF SELWICK  -  HARBOR POLICE")
        c.setFont("Times-Bold", 12)
        c.drawString(x0, h - 96, "MEMORANDUM")
        c.setFont("Times-Roman", 10.5)
        yy = h - 120
        for k, v in (("TO:", "Port Commission, Executive Director's Office"),
                     ("FROM:", "Harbor Police, Records Unit"), ("DATE:", "October 27, 2025"),
                     ("RE:", f"Harbor incident summary, {label} (Commission request PC-2025-18)")):
            c.drawString(x0, yy, k)
            c.drawString(x0 + 56, yy, v)
            yy -= 15
        c.line(x0, yy + 4, x1, yy + 4)
        yy -= 14
        intro = (f"The following {len(recs)} incidents were documented by Harbor Police during the period. "
                 "Items are listed in the order the reports were taken; item numbers are for this memo only.")
        for line in wrap(intro, "Times-Roman", 10.5, x1 - x0):
            c.drawString(x0, yy, line)
            yy -= 13
        return yy - 8

    y = furniture()
    for i, rec in enumerate(recs, 1):
        text = (f"At {rec['reported_at']} officers took report {rec['case_number']} ({rec['type']}) at "
                f"{rec['location']}. {rec['summary']} {rec['disposition']}")
        lines = wrap(text, "Times-Roman", 10.5, x1 - x0 - 26)
        if y - 13 * len(lines) < 60:
            c.showPage()
            y = furniture()
        c.setFont("Times-Roman", 10.5)
        c.drawRightString(x0 + 16, y, f"{i}.")
        for j, line in enumerate(lines):
            c.drawString(x0 + 26, y - 13 * j, line)
        y -= 13 * len(lines) + 6
    cited = sum(kind == "citation" for rec in recs for kind, _ in rec["related"])
    tail = [f"Summary: {len(recs)} incidents; {cited} citations issued.", "",
            "Records Unit, Harbor Police", "cc: Harbor Master; Port Counsel"]
    if y - 13 * len(tail) < 60:
        c.showPage()
        y = furniture()
    for j, line in enumerate(tail):
        c.drawString(x0, y - 8 - 13 * j, line)
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Ormsby Field airport forms

OF_TYPES = ["PROHIBITED ITEM AT CHECKPOINT", "UNATTENDED BAG", "DISORDERLY PASSENGER", "THEFT FROM BAGGAGE CLAIM",
            "VEHICLE TOW - CURBSIDE", "MEDICAL ASSIST", "LOST CHILD (REUNITED)", "TRESPASS - AIR OPERATIONS AREA",
            "FOUND PROPERTY", "HIT AND RUN - PARKING", "FRAUDULENT ID", "DOOR ALARM - SECURED AREA"]
OF_AREAS = ["Terminal A, Gate A3", "Terminal B, Gate B7", "Checkpoint 2", "Baggage Claim 4", "Econ. Lot 3",
            "Cargo Ramp West", "Rental Car Center", "Upper Curbside", "Concourse B food court",
            "Short-Term Garage L2"]
OF_DESC = ["Officer responded and spoke with the reporting party.", "Screening staff requested an officer.",
           "Area cleared and reopened after a short delay.", "Vehicle owner did not return within 15 minutes.",
           "Item logged into found property.", "Airline station manager notified.",
           "Video requested from the operations center."]
OF_BOXES = ["Report Taken", "Arrest", "Citation", "Referred", "Unfounded", "Assist"]


def of_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"AP-25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
               "type": r.choice(OF_TYPES), "location": r.choice(OF_AREAS),
               "summary": " ".join(r.sample(OF_DESC, 2)), "disposition": r.choice(OF_BOXES), "ref": "",
               "related": []}
        if rec["disposition"] == "Citation":
            rec["ref"] = f"CIT A-{r.randint(10000, 99999)}"
            rec["related"].append(("citation", rec["ref"][4:]))
        elif rec["disposition"] == "Arrest":
            rec["ref"] = f"CARRAN CO SO BKG 25-{r.randint(10000, 99999)}"
            rec["related"].append(("booking_number", rec["ref"][-8:]))
        elif rec["disposition"] == "Referred":
            rec["ref"] = f"CARRAN CO SO 25-0{r.randint(1000, 9999)}"
            rec["related"].append(("other_agency_case", rec["ref"][-8:]))
        recs.append(rec)
    return recs


FORM_H = 158


def draw_form(c, x0, y, w, rec):
    """One filled-in form; rec None draws the blank form."""
    rows = [(34, [("1. REPORT NUMBER", 0.24, "case_number"), ("2. DATE", 0.18, "date"),
                  ("3. TIME RECEIVED", 0.16, "time"), ("4. TERMINAL / AREA", 0.42, "location")]),
            (34, [("5. NATURE OF INCIDENT", 0.58, "type"), ("6. OTHER AGENCY / CITATION NO.", 0.42, "ref")]),
            (46, [("7. DESCRIPTION", 1.0, "summary")]),
            (30, [("8. DISPOSITION (check one)", 1.0, None)])]
    vals = {}
    if rec:
        date, _, tm = rec["reported_at"].partition(" ")
        vals = dict(rec, date=date, time=tm)
    c.setLineWidth(0.6)
    c.rect(x0, y - FORM_H + 4, w, FORM_H - 14)
    yy = y - 10
    for height, boxes in rows:
        xx = x0
        for lab, frac, key in boxes:
            bw = w * frac
            c.rect(xx, yy - height, bw, height)
            c.setFont("Helvetica", 5.5)
            c.drawString(xx + 2, yy - 7, lab)
            if key and vals.get(key):
                c.setFont("Courier-Bold" if key == "case_number" else "Courier", 8.5)
                for j, line in enumerate(wrap(vals[key], "Courier", 8.5, bw - 8)[:3]):
                    c.drawString(xx + 4, yy - 18 - 10 * j, line)
            if key is None:
                bx = xx + 8
                for opt in OF_BOXES:
                    c.rect(bx, yy - 22, 7, 7)
                    if rec and rec["disposition"] == opt:
                        c.setFont("Courier-Bold", 8.5)
                        c.drawString(bx + 1, yy - 21, "X")
                    c.setFont("Helvetica", 7)
                    c.drawString(bx + 10, yy - 21.5, opt)
                    bx += 14 + c.stringWidth(opt, "Helvetica", 7) + 22
            xx += bw
        yy -= height


def draw_of(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    x0, fw = 40, w - 80
    per_page = 4
    chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    if len(chunks[-1]) == per_page:
        chunks.append([])
    for p, chunk in enumerate(chunks, 1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, h - 34, "ORMSBY FIELD REGIONAL AIRPORT POLICE")
        c.setFont("Helvetica", 7.5)
        c.drawString(x0, h - 45, f"DAILY INCIDENT FORM  (Form APD-12, rev. 3/19)     Period: {label}")
        c.drawRightString(x0 + fw, h - 34, "Airport Police Desk 775 555-0188")
        y = h - 54
        for rec in chunk + [None] * (1 if len(chunk) < per_page else 0):
            draw_form(c, x0, y, fw, rec)
            y -= FORM_H
        c.setFont("Helvetica", 7)
        c.drawString(x0, 28, f"Forms this page: {len(chunk)}     Total forms this report: {len(recs)}")
        c.drawRightString(x0 + fw, 28, f"Sheet {p} of {len(chunks)}")
        c.showPage()
    c.save()
    return len(chunks)


# ---------------------------------------------------------------- E: Wickham Falls weekly log

WF_TYPES = ["Theft", "Suspicious Activity", "Motor Vehicle Crash", "Noise Complaint", "Animal at Large",
            "Burglary", "Vandalism", "Family Fight", "Fraud", "Trespass", "Property Watch Check", "Lost Wallet"]
WF_NARR = ["Officer spoke with the complainant at the scene.", "A neighbor called about the noise after 11 PM.",
           "The property was checked and found secure.", "No damage was found on arrival.",
           "The owner will call back with serial numbers.", "Both drivers exchanged information.",
           "A loose dog was returned home.", "The caller was given crime prevention tips.",
           "Tracks led toward the rail trail and were lost."]
WF_DISP = ["Closed", "Open - under investigation", "Unfounded", "Cleared by arrest", "Civil violation issued",
           "Referred to State's Attorney"]


def wf_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"WF-25-{k:04d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(WF_TYPES).upper(), "location": addr(r),
               "summary": " ".join(r.sample(WF_NARR, r.choice((1, 2, 2, 3)))), "disposition": r.choice(WF_DISP),
               "related": []}
        if rec["disposition"] == "Civil violation issued":
            num = f"{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Civil violation issued, complaint {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to State's Attorney":
            num = f"SA 25-{r.randint(100, 999)}"
            rec["disposition"] = f"Referred to Orrin County State's Attorney ({num})"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Cleared by arrest":
            num = f"B25-{r.randint(100, 999)}"
            rec["disposition"] = f"Cleared by arrest, lodged at Orrin Co. Corrections, {num}"
            rec["related"].append(("booking_number", num))
        recs.append(rec)
    return recs


def draw_wf(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    x0, xm, x1 = 50, 140, w - 50
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, h - 44, "Town of Wickham Falls Police Department")
        c.setFont("Helvetica", 9)
        c.drawString(x0, h - 57, f"Weekly Police Log  -  {label}")
        c.drawRightString(x1, h - 44, "802 555-0131")
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawCentredString(w / 2, 30, f"Wickham Falls PD weekly log - page {page[0]} of {pages or 0}")
        return h - 72

    y = head()
    glance = [("Calls for service", len(recs) * 2 + 17), ("Incident reports", len(recs)),
              ("Traffic stops", 23), ("Parking tickets", 31)]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y - 4, "Week at a glance")
    y -= 10
    c.setLineWidth(0.5)
    for k, v in glance:
        c.rect(x0, y - 12, 130, 12)
        c.rect(x0 + 130, y - 12, 40, 12)
        c.setFont("Helvetica", 8.5)
        c.drawString(x0 + 3, y - 9, k)
        c.drawRightString(x0 + 166, y - 9, str(v))
        y -= 12
    y -= 16
    for rec in recs:
        date, _, tm = rec["reported_at"].partition(" ")
        right = [(f"{rec['type']}  -  {rec['location']}", "Helvetica-Bold")]
        right += [(t, "Helvetica") for t in wrap(rec["summary"], "Helvetica", 8.5, x1 - xm - 8)]
        right += [(t, "Helvetica-Oblique")
                  for t in wrap("Disposition: " + rec["disposition"], "Helvetica-Oblique", 8.5, x1 - xm - 8)]
        height = 11 * max(len(right), 3) + 5
        if y - height < 50:
            c.showPage()
            y = head()
        c.rect(x0, y - height, xm - x0, height)
        c.rect(xm, y - height, x1 - xm, height)
        for j, (t, font) in enumerate([(rec["case_number"], "Helvetica-Bold"), (date, "Helvetica"),
                                       (tm, "Helvetica")]):
            c.setFont(font, 8.5)
            c.drawString(x0 + 4, y - 10 - 11 * j, t)
        for j, (t, font) in enumerate(right):
            c.setFont(font, 8.5)
            c.drawString(xm + 4, y - 10 - 11 * j, t)
        y -= height
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = ("case_number", "reported_at", "type", "location", "summary", "disposition", "campus")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in fields and recs[i].get(k)}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs18.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs18.py) from the records it drew; "
                               "checked by check_blind_logs18.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "br": ("Village call log printed from a spreadsheet (landscape) with 'print gridlines' and 'print row and "
           "column headings' on: a grey band of column letters A-F and a LEFT GUTTER OF SPREADSHEET ROW NUMBERS "
           "(1 is the header row, records are rows 2..N+1) - these numbers are NOT ids. The header row is "
           "repeated per page (print titles). Columns: Case # (2025-NNNNNN, the id), Date/Time in spreadsheet "
           "style without zero padding '10/3/25 9:05' (reported_at as printed, two-digit year), Call Type "
           "(upper case, wraps), Address (wraps), Disposition, Notes (summary; wraps; 'cited, UCNNNNNNN' "
           "citation, 'bkg 25-NNNN' booking, 'Harlan Co SO case 25-0NNNNN' other agency, 'see 2025-NNNNNN' an "
           "EARLIER id of the same series: related, not records). After the last record an empty grid row, "
           "then two grid rows that look like records: 'TOTAL | N | calls logged' and 'ARRESTS | k', each with "
           "its own row number. Footer: workbook and sheet name, 'Page n of N'.",
           "rows counted from the generator; the TOTAL row equals record_count"),
    "mu": ("School district police incident log typed as a word-processor table (Times), ruled grid, grey "
           "header row repeated per page. Rows are GROUPED UNDER MERGED FULL-WIDTH BANDS naming the school "
           "('CANYON VIEW MIDDLE SCHOOL (Site 04)', kept as `campus`); inside a school rows are in id order, so "
           "the document is not in time order; a band is repeated at the top of a page when a school "
           "continues. The first column 'Case No.' is too narrow for the id: every id is printed WRAPPED over "
           "two lines of its cell, 'MUSD-25-' then '0412' (case_number joins them: MUSD-25-0412). Date / Time "
           "is stacked in one cell, '10/14/2025' over '1:35 PM' (reported_at joins them with a space). "
           "Incident (type), Location (wraps), Summary (wraps), Disposition ('Cited, juv. citation TNNNNNN' and "
           "'Referred to Millbrook PD, case 25-0NNNNN' cite a citation and the city police case: related). "
           "Ends 'Total incidents reported: N'. Site numbers in the bands are not ids.",
           "rows counted from the generator; the closing total equals record_count"),
    "hp": ("Harbor police MEMORANDUM to a port commission (Times, no table): TO/FROM/DATE/RE block (the RE "
           "line cites a commission request number PC-2025-18, not a record), an intro sentence giving the "
           "count ('The following N incidents ...'), then NUMBERED PARAGRAPHS '1.' .. 'N.' (memo item numbers, "
           "NOT ids) with a hanging indent. Each paragraph is one incident: 'At 0930 hrs on 10/14/2025 "
           "officers took report HP25-0412 (vessel theft) at Pier 4, slip 22.' - the id is INSIDE the first "
           "sentence, the type in parentheses after it (lower case), the location after 'at'; then one or two "
           "sentences of narrative (summary) and an outcome sentence (disposition; 'Port citation PS-NNNNN', "
           "'booking 25-NNNN', 'Sheriff's Marine Unit, case KC25-0NNNN' are related, not ids). reported_at is "
           "as printed: '0930 hrs on 10/14/2025'. Pages after the first carry a 'continued' line; footer "
           "with address, phone and 'n/N'. Ends with 'Summary: N incidents; k citations issued.', the "
           "signer's unit and a cc line.",
           "paragraphs counted from the generator; the intro count and the closing summary equal record_count"),
    "of": ("Airport police daily incident FORMS, four filled-in forms per page, each a grid of boxes with "
           "tiny numbered labels in the box corner ('1. REPORT NUMBER', '2. DATE', '3. TIME RECEIVED', '4. "
           "TERMINAL / AREA', '5. NATURE OF INCIDENT', '6. OTHER AGENCY / CITATION NO.', '7. DESCRIPTION', "
           "'8. DISPOSITION (check one)') and typed values in Courier under them. The disposition is a row of "
           "SIX CHECK BOXES printed on every form (Report Taken, Arrest, Citation, Referred, Unfounded, "
           "Assist); only the box marked 'X' is the record's disposition. Box 6 holds 'CIT A-NNNNN' "
           "(citation), 'CARRAN CO SO BKG 25-NNNNN' (booking) or 'CARRAN CO SO 25-0NNNN' (other agency case): "
           "related, not ids. reported_at joins boxes 2 and 3 ('10/14/2025 0930'). After the last record "
           "ONE BLANK FORM (labels and check boxes, no values) that is NOT a record. Footer 'Forms this page: "
           "k     Total forms this report: N' and 'Sheet n of N'; the form number 'APD-12' is not an id.",
           "forms counted from the generator; 'Total forms this report' equals record_count"),
    "wf": ("Town weekly police log typed as a two-column word-processor table with ruled cells. Page 1 "
           "opens with a small ruled 'Week at a glance' table of counts ('Calls for service', 'Incident "
           "reports' = N, 'Traffic stops', 'Parking tickets') whose rows look like records but are NOT. Each "
           "record is one table row: the LEFT CELL STACKS the id (bold, WF-25-NNNN), the date (MM/DD/YYYY) "
           "and the time (HH:MM) on three lines (reported_at joins date and time); the RIGHT CELL has a bold "
           "line 'TYPE  -  location' (type printed in upper case; location as house number and street), "
           "narrative lines (summary) and an italic 'Disposition: ...' line ('complaint NNNNNNN' civil "
           "violation, '(SA 25-NNN)' State's Attorney, 'B25-NNN' lodging number: related, not ids). Rows are "
           "never split over pages. Footer 'page n of N', phone in the header.",
           "rows counted from the generator; 'Incident reports' in the glance table equals record_count"),
}


def main():
    one_agency(
        "brantwick-wi-pd", 1,
        [("brantwick-call-log-2025-10-01-15.pdf", days(10, 1, 15), "Oct 1-15", 88, 1300),
         ("brantwick-call-log-2025-10-16-31.pdf", days(10, 16, 31), "Oct 16-31", 64, 1460)],
        br_records, draw_br, "Village of Brantwick Police Department, WI [invented]",
        "call log printed from a spreadsheet (row numbers and column letters)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], *NOTES["br"])
    one_agency(
        "millbrook-usd-ca-pd", 2,
        [("musd-pd-incident-log-2025-09.pdf", days(9, 1, 30), "September 2025", 46, 300),
         ("musd-pd-incident-log-2025-10.pdf", days(10, 1, 31), "October 2025", 53, 390)],
        mu_records, draw_mu, "Millbrook Unified School District Police Department, CA [invented]",
        "campus incident log (word-processor table under merged school bands)", "table with header",
        ["case_number", "reported_at", "campus", "type", "location", "summary", "disposition"], *NOTES["mu"])
    one_agency(
        "port-of-selwick-wa-harbor-police", 3,
        [("selwick-harbor-memo-2025-10-13-26.pdf", days(10, 13, 26), "October 13-26, 2025", 58, 700)],
        hp_records, draw_hp, "Port of Selwick Harbor Police, WA [invented]",
        "memorandum to the port commission (numbered paragraphs)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["hp"])
    one_agency(
        "ormsby-field-nv-airport-police", 4,
        [("ormsby-field-incident-forms-2025-10-20-23.pdf", days(10, 20, 23), "10/20/2025 - 10/23/2025", 43,
          10400)],
        of_records, draw_of, "Ormsby Field Regional Airport Police, NV [invented]",
        "daily incident forms (filled-in boxes, check-box disposition)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["of"])
    one_agency(
        "wickham-falls-vt-pd", 5,
        [("wickham-falls-weekly-log-2025-10-20-26.pdf", days(10, 20, 26), "October 20-26, 2025", 72, 380)],
        wf_records, draw_wf, "Town of Wickham Falls Police Department, VT [invented]",
        "weekly police log (two-cell table, id/date/time stacked)", "table with header",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["wf"])


if __name__ == "__main__":
    main()
