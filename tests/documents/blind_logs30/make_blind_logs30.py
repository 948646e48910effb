"""Generate the thirtieth held-out set of incident-log PDFs and their ground truth.

Five Southwest layouts: a Texas county constable's call listing whose ids are built from the
date and whose call type is a 10-code with its words in the last column; a Texas border-town
police listing with an incident number and, beside it, a report number of another series on
some rows; a New Mexico pueblo police month printed as a calendar grid, entries inside the day
cells; a Nevada resort-corridor police unit's event sheets as stacked two-column label grids;
an Arizona city police daily press log of paragraphs under hour-block headings, opening with a
radio code in brackets, the id near the end followed by a time with seconds. Every agency,
place and record is invented; no person is named. Output is deterministic: fixed seeds,
reportlab invariant mode. Run:
    python tests/documents/blind_logs30/make_blind_logs30.py [OUT_DIR]
"""

import calendar
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
SEED = 20263030


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


def stamps(r, days, n):
    """n sorted (date, h, m, s) over the days."""
    secs = sorted(r.sample(range(0, 86400 * len(days)), n))
    return [(days[x // 86400], (x % 86400) // 3600, (x % 3600) // 60, x % 60) for x in secs]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def hms(h, m, s):
    return f"{h:02d}:{m:02d}:{s:02d}"


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


# ---------------------------------------------------------------- A: Ocotillo County constable

OC_CODES = [("10-50", "MVA - PROPERTY DAMAGE"), ("10-52", "MVA - INJURY"), ("10-16", "DOMESTIC DISTURBANCE"),
            ("10-31", "CRIME IN PROGRESS"), ("10-54", "LIVESTOCK ON ROADWAY"), ("10-38", "TRAFFIC STOP"),
            ("10-66", "SUSPICIOUS PERSON"), ("10-55", "INTOXICATED DRIVER"), ("10-40", "ALARM CALL"),
            ("10-70", "GRASS FIRE"), ("10-43", "CIVIL PROCESS SERVICE"), ("10-96", "WELFARE CHECK"),
            ("10-14", "FUNERAL ESCORT"), ("10-27", "WARRANT SERVICE")]
OC_ROADS = ["FM 1472", "FM 2210", "CR 118", "CR 310", "CR 407", "HWY 90", "SH 118", "RANCH RD 2627", "CR 226"]
OC_DISP = ["REPORT", "NO REPORT", "CLEARED", "UTL", "PAPER SERVED", "CITED", "ARREST", "TURNED OVER TO OCSO",
           "ADVISED"]


def oc_place(r):
    k = r.random()
    if k < 0.4:
        return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(OC_ROADS)}"
    if k < 0.7:
        a, b = r.sample(OC_ROADS, 2)
        return f"{a} @ {b}"
    return f"{r.choice(OC_ROADS)} MM {r.randint(100, 480)}"


def oc_records(r, dd, n, _):
    recs, serial = [], {}
    for d, h, m, s in stamps(r, dd, n):
        serial[d] = serial.get(d, 0) + 1
        code, words = r.choice(OC_CODES)
        rec = {"case_number": f"P3-{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}-{serial[d]:02d}",
               "reported_at": f"{mdy(d)} {hms(h, m, s)}", "radio_code": code, "type": words,
               "location": oc_place(r), "disposition": r.choice(OC_DISP), "related": []}
        if code in ("10-43", "10-27"):
            rec["disposition"] = r.choice(["PAPER SERVED", "UTL", "PAPER SERVED"])
        elif rec["disposition"] == "PAPER SERVED":
            rec["disposition"] = "CLEARED"
        if rec["disposition"] == "CITED":
            num = f"JP3-25-{r.randint(1000, 9999):06d}"
            rec["disposition"] = f"CITED {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ARREST":
            num = f"OC25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"ARREST - OCSO BKG {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "TURNED OVER TO OCSO":
            num = f"OCSO25-{r.randint(1000, 9999):05d}"
            rec["disposition"] = f"TURNED OVER TO OCSO CASE {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_oc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Case No."), (104, "Received"), (182, "Code"), (214, "Location"), (330, "Disposition"),
            (470, "Description")]
    page = [0]

    def foot():
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 30, "Ocotillo County Constable, Precinct 3 - 1200 Mesquite St, Vado Seco TX - (432) 555-0137")
        c.drawRightString(w - 36, 30, f"Page {page[0]} of {pages or 0}")

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "OCOTILLO COUNTY CONSTABLE PCT. 3 - CALLS FOR SERVICE")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 52, f"Date range: {label}     Printed by CAD 10/21/2025 06:02:15")
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x, h - 70, t)
        c.setLineWidth(0.6)
        c.line(36, h - 73, w - 36, h - 73)
        foot()
        return h - 84

    y = head()
    for rec in recs:
        loc = wrap(rec["location"], "Helvetica", 7, 110)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 132)
        lines = max(len(loc), len(dsp))
        if y - 9 * lines < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(104, y, rec["reported_at"])
        c.drawString(182, y, rec["radio_code"])
        c.drawString(470, y, rec["type"])
        for x, cell in ((214, loc), (330, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 3
    if y - 10 * (len(OC_CODES) + 5) < 50:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 6, f"Calls this report: {len(recs)}")
    c.drawString(36, y - 26, "RADIO CODE KEY")
    y -= 38
    c.setFont("Helvetica", 7)
    for code, words in sorted(OC_CODES):
        c.drawString(182, y, code)
        c.drawString(214, y, words)
        y -= 9
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Encinal Viejo border town

EV_NATURE = ["THEFT", "BURGLARY OF VEHICLE", "FAMILY DISTURBANCE", "BRIDGE TRAFFIC COMPLAINT",
             "SUSPICIOUS VEHICLE", "CRIMINAL MISCHIEF", "PUBLIC INTOXICATION", "ASSAULT", "LOST PROPERTY",
             "WELFARE CONCERN", "FOUND PERSON - REFERRED", "NOISE COMPLAINT", "SHOPLIFTING", "ALARM"]
EV_STREETS = ["Calle Nopal", "Av. Juarez Vieja", "Mesquite Ln", "Calle del Rio", "Bridge Plaza", "Garita Rd",
              "Las Palmas Dr", "Calle Ocho", "Frontera Blvd", "Santa Rita St", "Border Ave"]


def ev_records(r, dd, n, start):
    recs, k, rep = [], start, start // 4
    for d, h, m, s in stamps(r, dd, n):
        k += r.choice((1, 1, 2, 3))
        rec = {"case_number": f"EV25-{k:06d}", "reported_at": f"{mdy(d)} {hms(h, m, s)}",
               "type": r.choice(EV_NATURE),
               "location": f"{r.randint(1, 39) * 100 + r.randint(0, 99)} {r.choice(EV_STREETS)}".upper(),
               "disposition": r.choice(["ADVISED", "UNFOUNDED", "GOA", "REPORT WRITTEN", "REPORT WRITTEN",
                                        "REFERRED TO CBP", "CITATION", "ARREST", "REPORT WRITTEN"]),
               "related": []}
        if rec["type"] == "FOUND PERSON - REFERRED":
            rec["disposition"] = "REFERRED TO CBP"
        if rec["disposition"] in ("REPORT WRITTEN", "ARREST"):
            rep += r.choice((1, 1, 2))
            rec["report_number"] = f"25-{rep:06d}"
            rec["related"].append(("report_number", rec["report_number"]))
        if rec["disposition"] == "REFERRED TO CBP":
            num = f"CBP-EVS-25-{r.randint(100, 999):04d}"
            rec["disposition"] = f"REFERRED TO CBP {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "CITATION":
            num = f"EVC{r.randint(100000, 999999):07d}"
            rec["disposition"] = f"CITATION {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ARREST":
            num = f"EVJ-25-{r.randint(100, 999):04d}"
            rec["disposition"] = f"ARREST - BOOKED {num}"
            rec["related"].append(("booking_number", num))
        recs.append(rec)
    return recs


def draw_ev(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    cols = [(36, "Incident #"), (100, "Report #"), (156, "Date"), (206, "Time"), (250, "Nature"),
            (390, "Location"), (530, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFillGray(0.85)
        c.rect(36, h - 58, w - 72, 26, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(42, h - 46, "CITY OF ENCINAL VIEJO POLICE DEPARTMENT - INCIDENT LISTING")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 42, h - 46, f"{label}   Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 72, t)
        c.line(36, h - 75, w - 36, h - 75)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 26, "Records Division, 300 Garita Rd, Encinal Viejo TX - (956) 555-0164 - public copy")
        return h - 86

    y = head()
    for rec in recs:
        dsp = wrap(rec["disposition"], "Helvetica", 7, 220)
        if y - 9 * len(dsp) < 44:
            c.showPage()
            y = head()
        date, _, time = rec["reported_at"].partition(" ")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(100, y, rec.get("report_number", ""))
        c.drawString(156, y, date)
        c.drawString(206, y, time)
        c.drawString(250, y, rec["type"])
        c.drawString(390, y, rec["location"])
        for j, t in enumerate(dsp):
            c.drawString(530, y - 9 * j, t)
        y -= 9 * len(dsp) + 3
    c.setFont("Helvetica-Bold", 8)
    reports = sum("report_number" in rec for rec in recs)
    c.drawString(36, y - 8, f"Incidents: {len(recs)}     Reports written: {reports}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: San Ysidro Viejo calendar

SY_TYPES = ["Livestock at large", "Trespass on trust land", "Welfare check", "Domestic disturbance",
            "Intoxicated person", "Vandalism", "Theft", "Dog bite", "Traffic stop", "Burn ban violation",
            "Suspicious vehicle", "Juvenile problem", "Wood theft", "Missing person - found"]
SY_PLACES = ["Hwy 44 MM 12", "Hwy 44 MM 17", "Plaza", "Day school", "Arroyo Rd", "North Village",
             "South Village", "Feast grounds", "Senior center", "Mesa Rd", "BIA Rte 9", "Housing loop",
             "Water tank rd", "Trading post"]
SY_CLOSED = (2025, 10, 4)


def sy_records(r, dd, n, start):
    dd = [d for d in dd if d != SY_CLOSED]
    recs, k = [], start
    per_day = {d: 1 for d in dd}
    for d in r.choices(dd, k=n - len(dd)):
        per_day[d] += 1
    for d in dd:
        per_day[d] = min(per_day[d], 5)
    extra = n - sum(per_day.values())
    for d in dd:
        while extra and per_day[d] < 5:
            per_day[d] += 1
            extra -= 1
    for d in dd:
        for mins in sorted(r.sample(range(1440), per_day[d])):
            k += r.choice((1, 1, 2))
            rec = {"case_number": f"SYV25-{k:04d}", "date": mdy(d), "reported_at": f"{mins // 60:02d}:{mins % 60:02d}",
                   "type": r.choice(SY_TYPES), "location": r.choice(SY_PLACES), "related": []}
            x = r.random()
            if x < 0.08:
                num = f"NMSP 25-{r.randint(10000, 99999)}"
                rec["related"].append(("other_agency_case", num))
            elif x < 0.14:
                num = f"SYT-{r.randint(1000, 9999)}"
                rec["related"].append(("citation", num))
            recs.append(rec)
    return recs


def draw_sy(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    colw, x0 = 96, 36
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["date"], []).append(rec)
    weeks = calendar.Calendar(firstweekday=6).monthdatescalendar(2025, 10)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0, h - 40, "PUEBLO OF SAN YSIDRO VIEJO TRIBAL POLICE")
        c.setFont("Helvetica", 8)
        c.drawString(x0, h - 52, f"Calls for service - {label}     Dispatch (505) 555-0119")
        c.drawRightString(w - 36, h - 52, f"Sheet {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 8)
        for i, name in enumerate(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]):
            c.drawString(x0 + i * colw + 3, h - 68, name)
        c.drawString(x0 + 7 * colw + 3, h - 68, "Week")
        return h - 72

    y = head()
    for wi, week in enumerate(weeks):
        if wi == 3:
            c.showPage()
            y = head()
        cells = []
        for d in week:
            items = by_day.get(mdy((d.year, d.month, d.day)), [])
            lines = 1 + sum(3 + len(rec["related"]) + 0.4 for rec in items)
            cells.append(lines)
        rowh = max(max(cells) * 7 + 8, 60)
        c.setLineWidth(0.5)
        for i, d in enumerate(week):
            cx = x0 + i * colw
            c.rect(cx, y - rowh, colw, rowh)
            c.setFont("Helvetica-Bold", 8)
            c.setFillGray(0 if d.month == 10 else 0.6)
            c.drawRightString(cx + colw - 3, y - 9, str(d.day))
            c.setFillGray(0)
            if d.month != 10:
                continue
            ty = y - 17
            if (d.year, d.month, d.day) == SY_CLOSED:
                c.setFont("Helvetica-Oblique", 6)
                for t in ("Feast day - Pueblo closed", "to visitors. Calls taken by", "County SO dispatch."):
                    c.drawString(cx + 3, ty, t)
                    ty -= 7
                continue
            for rec in by_day.get(mdy((d.year, d.month, d.day)), []):
                c.setFont("Helvetica-Bold", 6)
                c.drawString(cx + 3, ty, rec["case_number"])
                c.setFont("Helvetica", 6)
                c.drawString(cx + 50, ty, rec["reported_at"])
                c.drawString(cx + 3, ty - 7, rec["type"])
                c.drawString(cx + 3, ty - 14, rec["location"])
                ty -= 21
                for kind, num in rec["related"]:
                    c.drawString(cx + 3, ty, ("ref " if kind == "other_agency_case" else "cit. ") + num)
                    ty -= 7
                ty -= 3
        n = sum(len(by_day.get(mdy((d.year, d.month, d.day)), [])) for d in week if d.month == 10)
        c.rect(x0 + 7 * colw, y - rowh, 48, rowh)
        c.setFont("Helvetica", 7)
        c.drawRightString(x0 + 7 * colw + 45, y - 22, f"{n} calls")
        y -= rowh
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y - 14, f"Month total: {len(recs)} calls")
    c.setFont("Helvetica", 7)
    c.drawString(x0, y - 26, "Each entry: case number and time received, nature of call, location. "
                             "ref = other agency case, cit. = tribal court citation.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Lucero City resort corridor

LC_PROPS = [("Golden Mesa Casino", "GM"), ("Silver Spur Resort", "SS"), ("Desert Crown Hotel", "DC"),
            ("Lucky Yucca Casino", "LY"), ("The Canto Tower", "CT")]
LC_STREETS = ["Silver Mile Blvd", "Canto Ave", "Paiute Way", "Mesa Lucero Dr"]
LC_TYPES = ["415 - FIGHT", "426 - TRESPASS", "419 - SICK OR INJURED PERSON", "406 - BURGLARY",
            "411 - THEFT", "425 - SUSPICIOUS PERSON", "413 - PERSON WITH A WEAPON", "402 - INTOXICATED PERSON",
            "440 - COUNTERFEIT CURRENCY", "417 - CHEATING AT GAMING"]
LC_SPOTS = ["casino floor, pit 4", "slot area near west entry", "tower 2 elevator lobby", "valet",
            "pool deck", "cage", "parking garage level 3", "sportsbook", "nightclub entry", "room corridor, floor 11"]
LC_DISP = ["REPORT TAKEN", "TRESPASS WARNING ISSUED", "CITED", "ARREST", "NO CRIME", "REFERRED TO GCB",
           "TRANSPORTED BY EMS", "ADVISED"]
LC_REMARKS = {
    "415": ["Two adults separated, both declined to press charges.", "Security held one adult until officers arrived.",
            "Surveillance footage requested from the property."],
    "426": ["Subject was previously trespassed from the property.", "Subject escorted off the property.",
            "Property security reported the subject left on foot."],
    "419": ["Patron declined medical care at the scene.", "Fire rescue evaluated an adult who fell.",
            "Guest was taken to a hospital by ambulance."],
    "406": ["Guest room entered, door showed no damage.", "Surveillance footage requested from the property.",
            "Key card log requested from the hotel."],
    "411": ["Purse taken from a slot stool.", "Phone taken from a pool lounger.",
            "Item recovered and returned to the owner."],
    "425": ["Adult reported trying car door handles.", "Area checked, nothing found.",
            "Property security reported the subject left on foot."],
    "413": ["Caller reported a knife shown during an argument.", "Weapon recovered and impounded.",
            "No injuries reported."],
    "402": ["Adult unable to care for self.", "Released to a sober friend.", "Security held one adult until officers arrived."],
    "440": ["Bill passed at the cage, retained for evidence.", "Second bill found in the count room.",
            "Surveillance footage requested from the property."],
    "417": ["Dealer reported chips passed between two players.", "Surveillance footage requested from the property.",
            "Both players were escorted from the table."],
}


def lc_records(r, dd, n, start):
    recs, k = [], start
    for d, h, m, s in stamps(r, dd, n):
        k += r.choice((1, 1, 1, 2))
        on_prop = r.random() < 0.8
        prop, pre = r.choice(LC_PROPS)
        rec = {"case_number": f"RCU25-{k:05d}", "reported_at": f"{mdy(d)} {hms(h, m, s)}",
               "property": prop if on_prop else f"(street) {r.choice(LC_STREETS)}",
               "type": r.choice(LC_TYPES if on_prop else LC_TYPES[:2] + LC_TYPES[4:8]),
               "location": r.choice(LC_SPOTS) if on_prop else f"{r.randint(30, 48) * 100} block",
               "disposition": r.choice(LC_DISP), "related": []}
        if rec["type"].startswith(("440", "417")):
            rec["disposition"] = r.choice(["REFERRED TO GCB", "REPORT TAKEN", "ARREST"])
        elif rec["type"].startswith("419"):
            rec["disposition"] = r.choice(["TRANSPORTED BY EMS", "ADVISED"])
        elif rec["disposition"] in ("REFERRED TO GCB", "TRANSPORTED BY EMS"):
            rec["disposition"] = "REPORT TAKEN"
        remark = " ".join(r.sample(LC_REMARKS[rec["type"][:3]], r.choice((1, 2, 2, 3))))
        done = datetime.datetime(*d, h, m, s) + datetime.timedelta(seconds=r.randint(600, 7200))
        remark += f" Unit {r.choice(('3A', '3B', '3C'))}{r.randint(11, 19)} cleared {done:%H:%M:%S}."
        if on_prop:
            rec["security_report"] = f"{pre}-2025-{r.randint(100000, 999999)}"
            rec["related"].append(("other_agency_case", rec["security_report"]))
        if rec["disposition"] == "CITED":
            num = f"LC-T-{r.randint(1000, 9999):06d}"
            remark += f" Cited, citation {num}."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ARREST":
            num = f"CDC {r.randint(2500000, 2599999)}"
            remark += f" Booked at detention center, {num}."
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "REFERRED TO GCB":
            num = f"GCB-25-{r.randint(1000, 9999)}"
            remark += f" Gaming Control Board agent notified, GCB case {num}."
            rec["related"].append(("other_agency_case", num))
        rec["summary"] = remark
        recs.append(rec)
    return recs


def draw_lc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    lx, vx, right = 36, 146, w - 36
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "LUCERO CITY POLICE DEPARTMENT - RESORT CORRIDOR UNIT")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 52, f"Event sheets, {label}")
        c.drawRightString(right, h - 52, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 28, "Public copy released under NRS 239. Unit office (775) 555-0152.")
        if page[0] > 1:
            return h - 66
        c.setFont("Helvetica-Oblique", 7)
        for j, t in enumerate(("One sheet per event handled by the unit in the resort corridor. Security report numbers are the",
                               "property's own and are listed for reference. Times are CAD times to the second.")):
            c.drawString(36, h - 66 - 9 * j, t)
        return h - 96

    def row(y, labl, lines):
        hgt = 10 * len(lines)
        c.setFillGray(0.88)
        c.rect(lx, y - hgt + 7, vx - lx, hgt, stroke=0, fill=1)
        c.setFillGray(0)
        c.setLineWidth(0.3)
        c.rect(lx, y - hgt + 7, right - lx, hgt, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        if labl:
            c.drawString(lx + 3, y, labl)
        c.setFont("Helvetica", 7.5)
        for j, t in enumerate(lines):
            c.drawString(vx + 4, y - 10 * j, t)
        return y - hgt

    y = head()
    for rec in recs:
        rows = [("Received", [rec["reported_at"]]), ("Property", [rec["property"]]),
                ("Event No.", [rec["case_number"]])]
        if "security_report" in rec:
            rows.append(("Security Rpt No.", [rec["security_report"]]))
        rows += [("Call Type", [rec["type"]]), ("Location", [rec["location"]]),
                 ("Disposition", [rec["disposition"]])]
        rem = wrap(rec["summary"], "Helvetica", 7.5, 220)
        if y - 10 * len(rows) < 44:
            c.showPage()
            y = head()
        c.setLineWidth(1.6)
        c.line(lx, y + 8, right, y + 8)
        for labl, lines in rows:
            y = row(y, labl, lines)
        first = True
        while rem:
            room = max(0, int((y - 44) // 10))
            if room == 0:
                c.showPage()
                y = head()
                continue
            part, rem = rem[:room], rem[room:]
            y = row(y, "Remarks" if first else "", part)
            first = False
        y -= 6
    c.setFont("Helvetica-Bold", 8)
    if y < 44 + 12 * 8:
        c.showPage()
        y = head()
    c.drawString(36, y - 8, f"Events this report: {len(recs)}")
    y -= 26
    c.drawString(36, y, "Events by property")
    c.setFont("Helvetica", 7.5)
    counts = {}
    for rec in recs:
        counts[rec["property"] if "security_report" in rec else "Street / other"] = \
            counts.get(rec["property"] if "security_report" in rec else "Street / other", 0) + 1
    for name, k in sorted(counts.items()):
        y -= 10
        c.drawString(vx + 4, y, name)
        c.drawRightString(vx + 160, y, str(k))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Saguaro Wells press log

SW_CODES = [("961", "COLLISION, NO INJURIES"), ("962", "COLLISION WITH INJURIES"), ("415", "DISTURBANCE"),
            ("459", "BURGLARY"), ("487", "THEFT"), ("594", "CRIMINAL DAMAGE"), ("918", "WELFARE CHECK"),
            ("647", "SUSPICIOUS PERSON"), ("245", "AGGRAVATED ASSAULT"), ("10851", "STOLEN VEHICLE"),
            ("484S", "SHOPLIFTING"), ("390", "DRUNK DRIVER")]
SW_STREETS = ["E Palo Verde Dr", "W Ocotillo Rd", "N Saguaro Blvd", "S Cholla St", "E Ironwood Ave",
              "W Mesquite Trl", "N Agave Pkwy", "E Dos Cabezas Rd", "S Sonoran Way"]
SW_TEXT = {
    "961": ["Two vehicles collided at low speed.", "Both drivers exchanged insurance information.",
            "One vehicle was towed from the roadway."],
    "962": ["One driver was taken to a hospital with minor injuries.", "Traffic was restricted for about 40 "
            "minutes while the scene was cleared.", "Fire Department crews treated a passenger at the scene."],
    "415": ["A caller reported shouting outside an apartment.", "Officers separated two adults and kept the peace.",
            "No one wished to press charges."],
    "459": ["A rear door was forced open overnight.", "Tools were taken from a detached garage.",
            "The owner will provide serial numbers for the missing items."],
    "487": ["A bicycle was taken from an unlocked carport.", "A package was taken from a front porch.",
            "No suspect information was available."],
    "594": ["Two windows of a parked car were broken.", "Graffiti was painted on a block wall.",
            "Officers photographed the damage."],
    "918": ["A relative asked officers to check on an older resident.", "The resident was found safe at home.",
            "Crisis team members were called to assist."],
    "647": ["A caller saw a man looking into parked cars.", "Officers checked the area without locating anyone.",
            "A neighbor said a dark pickup left before officers arrived."],
    "245": ["An adult was struck with a bottle during an argument.", "The victim was treated at the scene.",
            "Detectives were notified."],
    "10851": ["A white sedan was taken from a driveway overnight.", "The vehicle was entered into the stolen "
              "vehicle file.", "The keys had been left inside."],
    "484S": ["Store staff reported an adult leaving without paying.", "Merchandise was recovered.",
             "The store declined to prosecute."],
    "390": ["A caller followed a vehicle weaving across lanes.", "The driver was tested at the scene.",
            "The vehicle was impounded."],
}


def sw_records(r, dd, n, start):
    recs, k = [], start
    for d, h, m, s in stamps(r, dd, n):
        k += r.choice((1, 1, 2, 3, 4))
        code, words = r.choice(SW_CODES)
        loc = f"{r.randint(1, 99) * 100} block of {r.choice(SW_STREETS)}"
        text = " ".join(r.sample(SW_TEXT[code], r.choice((1, 2, 2))))
        rec = {"case_number": f"25-{k:06d}", "reported_at": hms(h, m, s), "radio_code": code, "type": words,
               "location": loc, "related": []}
        x = r.random()
        if x < 0.1:
            num = f"25-{r.randint(1000000, 9999999)}"
            text += f" The Arizona Department of Public Safety took the lead, AZDPS {num}."
            rec["related"].append(("other_agency_case", num))
        elif x < 0.2:
            num = f"SW-{r.randint(100000, 999999):07d}"
            text += f" A driver was cited, ticket {num}."
            rec["related"].append(("citation", num))
        elif x < 0.27:
            num = f"SWJ-25-{r.randint(1000, 9999)}"
            text += f" One adult was booked into the city jail, booking {num}."
            rec["related"].append(("booking_number", num))
        elif x < 0.33:
            num = f"25-{start - r.randint(500, 3000):06d}"
            text += f" This is a follow-up to DR {num}."
            rec["related"].append(("earlier_case_cited", num))
        rec["summary"] = text
        rec["date"] = mdy(d)
        recs.append(rec)
    return recs


SW_BLOCKS = [(0, "0000-0559 HRS"), (6, "0600-1159 HRS"), (12, "1200-1759 HRS"), (18, "1800-2359 HRS")]


def draw_sw(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    left, width = 54, w - 108
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(w / 2, h - 42, "SAGUARO WELLS POLICE DEPARTMENT")
        c.setFont("Helvetica", 9)
        c.drawCentredString(w / 2, h - 55, f"Daily Press Log - {label}")
        c.setFont("Helvetica", 7)
        c.drawCentredString(w / 2, 30, f"Public Information Office (520) 555-0128  -  {page[0]} / {pages or 0}")
        return h - 80

    y = head()
    for start, name in SW_BLOCKS:
        block = [rec for rec in recs if start <= int(rec["reported_at"][:2]) < start + 6]
        if y < 110:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(left, y, f"{name}  ({len(block)} calls)")
        c.setLineWidth(0.5)
        c.line(left, y - 3, left + width, y - 3)
        y -= 16
        for rec in block:
            body = (f"[{rec['radio_code']}] {rec['type']}. {rec['location']}. {rec['summary']} "
                    f"DR {rec['case_number']} at {rec['reported_at']}.")
            lines = wrap(body, "Helvetica", 8, width - 18)
            first = lines[0]
            rest = wrap(" ".join(lines[1:]), "Helvetica", 8, width - 18) if len(lines) > 1 else []
            if y - 10 * (1 + len(rest)) < 48:
                c.showPage()
                y = head()
            c.setFont("Helvetica", 8)
            c.drawString(left, y, first)
            for t in rest:
                y -= 10
                c.drawString(left + 18, y, t)
            y -= 15
        y -= 6
    c.setFont("Helvetica-Bold", 8)
    c.drawString(left, y - 4, f"Calls listed: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = ("case_number", "date", "reported_at", "radio_code", "type", "property", "location",
               "disposition", "report_number", "security_report", "summary")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in recs[i] and k in fields + ["date"] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs30.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs30.py) from the records it drew; "
                               "checked by check_blind_logs30.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in runs:
        recs = make(r, dd, n, start)
        assert len(recs) == n, (fname, len(recs))
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "oc": ("Portrait 'Calls for Service' listing of a county constable's precinct, column titles repeated per "
           "page under a rule, no rules between rows. The id (bold, first column) is BUILT FROM THE DATE: "
           "'P3-YYMMDD-NN', precinct, the received date and a serial that restarts at 01 every day. Received "
           "'MM/DD/YYYY HH:MM:SS' (seconds). The call type is split: a 10-code in the narrow 'Code' column "
           "(radio_code) and its words in the LAST column 'Description' (type), after Location and "
           "Disposition, which both wrap. Related numbers in Disposition: JP court citations 'JP3-25-NNNNNN', "
           "sheriff's bookings 'OCSO BKG OC25-NNNNN', sheriff's cases 'OCSO25-NNNNN'. After the rows: "
           "'Calls this report: N' and a 'RADIO CODE KEY' of code and words laid out in the Code and Location "
           "columns like data rows, which are NOT records. Footer with address, phone and 'Page n of N'.",
           "rows counted from the generator; 'Calls this report' equals record_count"),
    "ev": ("Landscape 'Incident Listing' of a border-town police department under a grey title band, column "
           "titles repeated per page. Two number series in one record: 'Incident #' (EV25-NNNNNN, the record "
           "id, every row) and, right beside it, 'Report #' (25-NNNNNN, another series, printed only on rows "
           "where a report was written, blank elsewhere; kind report_number in related_numbers and "
           "report_number in samples). Date and Time in separate columns, time with seconds (reported_at is "
           "'date time'). Disposition wraps; it cites CBP referrals 'CBP-EVS-25-NNNN', city citations "
           "'EVCNNNNNNN' and bookings 'EVJ-25-NNNN'. Ends 'Incidents: N     Reports written: M' (only N counts "
           "records). Footer with address and phone.",
           "rows counted from the generator; 'Incidents:' equals record_count"),
    "sy": ("A month printed as a CALENDAR GRID (landscape, Sunday first, two sheets: weeks 1-3, then 4-5), "
           "entries written inside the day cells: line 1 the bold id 'SYV25-NNNN' and the time 'HH:MM' "
           "(reported_at; the date is the cell's day number under the 'October 2025' title, given as 'date' "
           "in samples), line 2 the nature of call (type), line 3 the location, and sometimes a fourth line "
           "'ref NMSP 25-NNNNN' (State Police case) or 'cit. SYT-NNNN' (tribal court citation), related. In "
           "the text layer the lines of seven cells side by side run together on one line, so a record is a "
           "column stretch, not a line stretch; document order is day by day, time order within a day (ids "
           "ascend). Days of September and November are greyed day numbers with no entries; one day (Oct 4) "
           "holds a note 'Feast day - Pueblo closed ...' and no records. A 'Week' column prints 'N calls' per "
           "week row; the last sheet ends 'Month total: N calls' and a legend line.",
           "entries counted from the generator; 'Month total' equals record_count and the week totals add up to it"),
    "lc": ("Event sheets of a casino-district police unit: LABELLED BLOCKS, each a two-column ruled grid "
           "(shaded label cell left, value right), stacked with only a heavier rule between blocks. Labels in "
           "order: Received (MM/DD/YYYY HH:MM:SS), Property (the resort, or '(street) ...'), Event No. (the id "
           "RCU25-NNNNN, the THIRD label), Security Rpt No. (the property security department's own report "
           "number 'GM-2025-NNNNNN' etc., printed just under the id; absent on street events; related, "
           "other_agency_case), Call Type (code and words '415 - FIGHT'), Location, Disposition, Remarks "
           "(wrapped; citations 'LC-T-NNNNNN', bookings 'CDC NNNNNNN', Gaming Control Board cases "
           "'GCB-25-NNNN'). Remarks may run over a page break with no label and no 'continued' marker on the "
           "new page. Ends 'Events this report: N' and an 'Events by property' table of names and counts, "
           "which are not records. Footer citing NRS 239 and a phone.",
           "blocks counted from the generator; 'Events this report' equals record_count"),
    "sw": ("A city police daily press log for ONE day (the date is only in the title), in FREE TEXT under "
           "four hour-block headings '0000-0559 HRS  (N calls)'. Each entry is one paragraph with a hanging "
           "indent, opening with the radio code in brackets '[961]' and the type words in capitals "
           "'COLLISION, NO INJURIES.', then the location '1400 block of E Palo Verde Dr.', a short narrative, "
           "and at the END 'DR 25-NNNNNN at HH:MM:SS.' (the id after 'DR', then the time with seconds; "
           "both may wrap). Related numbers in the narrative: state police cases 'AZDPS 25-NNNNNNN' (same "
           "shape as the id but seven digits), tickets 'SW-NNNNNNN', bookings 'SWJ-25-NNNN', and 'follow-up "
           "to DR 25-NNNNNN' citing an earlier report of the same series that is not in this log "
           "(earlier_case_cited). The hour-block counts are not records; ends 'Calls listed: N'.",
           "entries counted from the generator; 'Calls listed' equals record_count and the block counts add up to it"),
}


def main():
    one_agency(
        "ocotillo-county-tx-constable-pct3", 1,
        [("occ3-calls-2025-10-13-16.pdf", days(10, 13, 16), "10/13/2025 - 10/16/2025", 72, 0),
         ("occ3-calls-2025-10-17-19.pdf", days(10, 17, 19), "10/17/2025 - 10/19/2025", 58, 0)],
        oc_records, draw_oc, "Ocotillo County Constable, Precinct 3, TX [invented]",
        "constable calls for service (date-built ids, 10-codes)", "table with header",
        ["case_number", "reported_at", "radio_code", "type", "location", "disposition"], *NOTES["oc"])
    one_agency(
        "encinal-viejo-tx-pd", 2,
        [("evpd-incidents-2025-10-20-22.pdf", days(10, 20, 22), "October 20-22, 2025", 96, 14100),
         ("evpd-incidents-2025-10-23-24.pdf", days(10, 23, 24), "October 23-24, 2025", 67, 14420)],
        ev_records, draw_ev, "City of Encinal Viejo Police Department, TX [invented]",
        "incident listing (incident and report numbers)", "table with header",
        ["case_number", "report_number", "reported_at", "type", "location", "disposition"], *NOTES["ev"])
    one_agency(
        "san-ysidro-viejo-pueblo-nm-police", 3,
        [("syv-calls-calendar-2025-10.pdf", days(10, 1, 31), "October 2025", 78, 600)],
        sy_records, draw_sy, "Pueblo of San Ysidro Viejo Tribal Police, NM [invented]",
        "monthly calls for service printed as a calendar", "table with header",
        ["case_number", "reported_at", "type", "location"], *NOTES["sy"])
    one_agency(
        "lucero-city-nv-resort-corridor-unit", 4,
        [("lcpd-rcu-events-2025-10-17-18.pdf", days(10, 17, 18), "October 17-18, 2025", 54, 4100),
         ("lcpd-rcu-events-2025-10-19-20.pdf", days(10, 19, 20), "October 19-20, 2025", 61, 4190)],
        lc_records, draw_lc, "Lucero City Police Department, Resort Corridor Unit, NV [invented]",
        "event sheets (labelled blocks in ruled grids)", "labelled blocks",
        ["case_number", "reported_at", "property", "security_report", "type", "location", "disposition",
         "summary"], *NOTES["lc"])
    one_agency(
        "saguaro-wells-az-pd", 5,
        [("swpd-press-log-2025-10-14.pdf", days(10, 14, 14), "Tuesday, October 14, 2025", 58, 104100),
         ("swpd-press-log-2025-10-15.pdf", days(10, 15, 15), "Wednesday, October 15, 2025", 64, 104300)],
        sw_records, draw_sw, "Saguaro Wells Police Department, AZ [invented]",
        "daily press log (paragraphs by hour block)", "free text",
        ["case_number", "reported_at", "radio_code", "type", "location", "summary"], *NOTES["sw"])


if __name__ == "__main__":
    main()
