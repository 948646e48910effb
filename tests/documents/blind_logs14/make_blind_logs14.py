"""Generate the fourteenth held-out set of incident-log PDFs and their ground truth.

Five layouts: a tribal police calls-by-nature report whose Nature is printed only on the
first row of each group, a campus daily crime log on a pre-printed form (one sheet per day,
numbered blank lines), a city crime log printed from a web browser (cards, browser header and
footer), a sheriff's deputy activity report grouped by deputy, and a transit police report
full of digit-only columns with a digit-only id. Every agency, place and record is invented;
no person is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs14/make_blind_logs14.py [OUT_DIR]
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
SEED = 20251414
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
STREETS = ["Alderwood", "Basalt", "Cordero", "Duneview", "Elkhorn", "Foxtail", "Granite", "Hollyhock",
           "Ironwood", "Juniper", "Kingfisher", "Larch", "Mesquite", "Nighthawk", "Oakmoss", "Piñon",
           "Quartz", "Redtail", "Sagebrush", "Tamarack", "Umber", "Vireo", "Willow", "Yucca"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd"]


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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def attach(rec, kind, num):
    rec["related"].append((kind, num))


def count_pages(draw, path, recs, label):
    """Draw once to learn the page count, then again with the total right."""
    n = draw(path, recs, label, None)
    draw(path, recs, label, n)


def julian(d):
    return datetime.date(*d).timetuple().tm_yday


# ---------------------------------------------------------------- 1. tribal police, calls by nature

CM_NATURES = ["ANIMAL COMPLAINT", "ASSAULT", "CRIMINAL DAMAGE", "DOMESTIC DISPUTE", "DUI", "FIRE - GRASS",
              "INTOXICATED SUBJECT", "JUVENILE PROBLEM", "LIVESTOCK ON ROADWAY", "MOTOR VEHICLE CRASH",
              "SUSPICIOUS ACTIVITY", "THEFT", "TRESPASS", "WARRANT SERVICE", "WELFARE CHECK"]
CM_PLACES = ["Hwy 550 MM {mm}.{t}", "Housing Unit {u}, Mesa View Subdiv.", "Chapter House, {h} Canyon Rd",
             "BIA Rte {b} / Ridge Rd", "{h} {s}", "Trading Post, {h} Hwy 550", "Rodeo Grounds, gate {g}",
             "Dry Wash Rd near Well {g}", "Health Center ER, {h} Clinic Dr"]
CM_DISPS = ["Report taken", "Advised", "Arrest", "Tribal Court citation", "Referred to FBI", "Assist NMSP",
            "Gone on arrival", "Unfounded", "Transported to IHS"]


def cm_records(r, days, n, start):
    recs, seq = [], {}
    for d, hh, mm in day_times(r, days, n):
        seq[d] = seq.get(d, 0) + r.choice([1, 1, 2, 3])
        nat = r.choice(CM_NATURES)
        place = r.choice(CM_PLACES).format(mm=r.randint(2, 61), t=r.randint(0, 9), u=r.randint(1, 240),
                                           h=r.randint(10, 1999), b=r.randint(2, 41), s=street(r),
                                           g=r.randint(1, 12))
        rec = {"case_number": f"25-{julian(d):03d}-{seq[d]:04d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 "
               f"{hh:02d}:{mm:02d}", "type": nat, "location": place, "unit": f"T{r.randint(3, 48)}",
               "disposition": r.choice(CM_DISPS), "related": []}
        disp = rec["disposition"]
        if nat == "WARRANT SERVICE":
            num = f"TW-25-{r.randint(100, 999):04d}"
            rec["disposition"] = f"Arrest on tribal warrant {num}"
            attach(rec, "warrant", num)
        elif disp == "Tribal Court citation":
            num = f"TC25-{r.randint(1000, 9999):05d}"
            rec["disposition"] = f"Tribal Court citation {num}"
            attach(rec, "citation", num)
        elif disp == "Referred to FBI":
            num = f"25-AQ-{r.randint(30000, 39999)}"
            rec["disposition"] = f"Referred to FBI, file {num}"
            attach(rec, "other_agency_case", num)
        elif disp == "Assist NMSP":
            num = f"NMSP 25-{r.randint(100000, 199999)}"
            rec["disposition"] = f"Assist NMSP ({num})"
            attach(rec, "other_agency_case", num)
        recs.append(rec)
    # the report is sorted by nature, then by time received
    recs.sort(key=lambda x: (x["type"], x["reported_at"][6:8], x["reported_at"]))
    return recs


CM_COLS = [("Nature", 112), ("Incident No.", 64), ("Received", 62), ("Location", 140), ("Ofc", 28),
           ("Disposition / Reference", 134)]


def draw_cm(path, recs, label, pages):
    c = new_canvas(path, letter)
    fs, lead, x0 = 7.5, 9, 36
    xs = [x0]
    for _t, w in CM_COLS:
        xs.append(xs[-1] + w)
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, 752, "Cinder Mesa Tribal Police Department")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, 740, f"Calls for Service by Nature  -  {label}")
        c.drawRightString(xs[-1], 752, "Dispatch (505) 555-0129")
        c.drawRightString(xs[-1], 740, "Sorted by: Nature, Received")
        c.setLineWidth(0.8)
        c.line(x0, 733, xs[-1], 733)
        c.setFont("Helvetica-Bold", fs)
        for (t, _w), x in zip(CM_COLS, xs):
            c.drawString(x + 1, 724, t)
        c.setLineWidth(0.4)
        c.line(x0, 720, xs[-1], 720)
        y[0] = 710

    def foot():
        c.setFont("Helvetica", 6.5)
        c.drawString(x0, 28, "Printed 10/21/2025 07:02   CAD report CFS-NAT-2")
        c.drawRightString(xs[-1], 28, f"Page {page[0]} of {pages or 0}")
        c.showPage()

    head()
    last = None
    for rec in recs:
        cells = [[rec["type"] if rec["type"] != last else ""], [rec["case_number"]], [rec["reported_at"]],
                 wrap(rec["location"], "Helvetica", fs, CM_COLS[3][1] - 4), [rec["unit"]],
                 wrap(rec["disposition"], "Helvetica", fs, CM_COLS[5][1] - 4)]
        h = max(len(x) for x in cells) * lead + 2
        if y[0] - h < 44:
            foot()
            head()
        if rec["type"] != last and last is not None:
            c.setLineWidth(0.3)
            c.line(x0, y[0] + lead - 1, xs[-1], y[0] + lead - 1)
        for i, col in enumerate(cells):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", fs)
            for j, ln in enumerate(col):
                c.drawString(xs[i] + 1, y[0] - j * lead, ln)
        y[0] -= h
        last = rec["type"]
    if y[0] < 80:
        foot()
        head()
    self_init = sum(1 for rec in recs if rec["type"] in ("DUI", "LIVESTOCK ON ROADWAY", "SUSPICIOUS ACTIVITY"))
    c.setLineWidth(0.8)
    c.line(x0, y[0] + 2, xs[-1], y[0] + 2)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y[0] - 10, f"Total calls: {len(recs)}     Nature codes: {len({x['type'] for x in recs})}"
                                f"     Officer-initiated: {self_init}")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 2. campus daily crime log form

AH_NATURES = ["Theft - From Building", "Theft - Bicycle", "Criminal Mischief", "Drug Law Violation",
              "Liquor Law Violation", "Harassment", "Assault", "Burglary", "Trespass", "Theft from Motor Vehicle",
              "Stalking", "Fondling", "Disorderly Conduct", "Telecommunications Harassment"]
AH_PLACES = ["Halvorsen Hall, Room {n}", "Lot {l}", "Student Center food court", "Library, 2nd floor",
             "Science Bldg {b}", "Athletic Complex locker room", "Parking Deck C, level {v}",
             "Public sidewalk, {h} College Ave", "Residence Hall {b}, Room {n}"]
AH_DISPS = ["Open", "Closed", "Arrest", "Referred to Student Conduct", "Inactive", "Unfounded",
            "Referred to Ardent Hill PD", "Citation"]
AH_ROWS = 16


def ah_records(r, days, n, start):
    recs, k = [], start
    quiet = set(r.sample(range(len(days)), 5))
    busy = [d for i, d in enumerate(days) if i not in quiet]
    mins = sorted(r.sample(range(0, 1440 * len(busy)), n))
    for m in mins:
        d, hh, mm = busy[m // 1440], (m % 1440) // 60, m % 60
        k += r.choice([1, 1, 2])
        back = r.randint(0, 2)
        oh = (hh - back * 3) % 24
        occ = f"{d[1]:02d}/{d[2]:02d}/25 {oh:02d}{mm:02d}"
        if r.random() < 0.3:
            occ += f"-{hh:02d}00"
        rec = {"case_number": f"AH-25-{k:04d}", "day": d, "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {hh:02d}{mm:02d}",
               "type": r.choice(AH_NATURES), "occurred_at": occ,
               "location": r.choice(AH_PLACES).format(n=r.randint(101, 418), l=r.randint(1, 22), v=r.randint(1, 5),
                                                      b=r.choice("ABCDEFG"), h=r.randint(1100, 2999)),
               "disposition": r.choice(AH_DISPS), "related": []}
        if rec["disposition"] == "Referred to Ardent Hill PD":
            num = f"AHPD 25-{r.randint(20000, 29999)}"
            rec["disposition"] = f"Referred to {num}"
            attach(rec, "other_agency_case", num)
        elif rec["disposition"] == "Citation":
            num = f"OH{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Citation {num}"
            attach(rec, "citation", num)
        elif rec["disposition"] == "Referred to Student Conduct":
            num = f"SC25-{r.randint(100, 999):04d}"
            rec["disposition"] = f"Student Conduct {num}"
            attach(rec, "conduct_referral", num)
        recs.append(rec)
    return recs


AH_COLS = [("Line", 24), ("Case Number", 58), ("Date/Time Rept.", 62), ("Nature of Crime", 104),
           ("Date/Time Occurred", 82), ("General Location", 112), ("Disposition", 98)]


def draw_ah(path, recs, label, days):
    """One sheet per day (a continuation sheet when a day has more than AH_ROWS entries)."""
    c = new_canvas(path, letter)
    fs, x0 = 7, 36
    xs = [x0]
    for _t, w in AH_COLS:
        xs.append(xs[-1] + w)
    for d in days:
        todays = [rec for rec in recs if rec["day"] == d]
        sheets = [todays[i:i + AH_ROWS] for i in range(0, len(todays), AH_ROWS)] or [[]]
        for si, sheet in enumerate(sheets):
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(306, 752, "ARDENT HILL COMMUNITY COLLEGE  -  CAMPUS POLICE")
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString(306, 738, "DAILY CRIME LOG")
            c.setFont("Helvetica", 7)
            c.drawCentredString(306, 728, "Maintained under 34 CFR 668.46(f). Open for inspection at the Campus "
                                          "Police office, 2200 College Ave, (614) 555-0151.")
            c.setFont("Helvetica", 9)
            wd = WEEKDAYS[datetime.date(*d).weekday()]
            c.drawString(x0, 708, f"Date of Log:  {wd}, {d[1]:02d}/{d[2]:02d}/{d[0]}")
            c.drawRightString(xs[-1], 708, f"Sheet {si + 1} of {len(sheets)}")
            top = 698
            c.setFillGray(0.88)
            c.rect(x0, top - 14, xs[-1] - x0, 14, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 6.8)
            for (t, _w), x in zip(AH_COLS, xs):
                c.drawString(x + 2, top - 10, t)
            rh = 36
            bottom = top - 14 - rh * AH_ROWS
            c.setLineWidth(0.5)
            c.rect(x0, bottom, xs[-1] - x0, top - bottom)
            for x in xs[1:-1]:
                c.line(x, top, x, bottom)
            for i in range(AH_ROWS):
                ry = top - 14 - rh * i
                c.line(x0, ry, xs[-1], ry)
                c.setFont("Helvetica", 6.5)
                c.setFillGray(0.45)
                c.drawRightString(xs[1] - 4, ry - 10, str(si * AH_ROWS + i + 1))
                c.setFillGray(0)
                if i < len(sheet):
                    rec = sheet[i]
                    cells = [[rec["case_number"]], [rec["reported_at"]], wrap(rec["type"], "Helvetica", fs, 100),
                             wrap(rec["occurred_at"], "Helvetica", fs, 78),
                             wrap(rec["location"], "Helvetica", fs, 108), wrap(rec["disposition"], "Helvetica", fs, 94)]
                    for ci, col in enumerate(cells):
                        c.setFont("Helvetica-Bold" if ci == 0 else "Helvetica", fs)
                        for j, ln in enumerate(col[:3]):
                            c.drawString(xs[ci + 1] + 2, ry - 10 - j * 8.5, ln)
            if not todays:
                c.setFont("Helvetica-Oblique", 9)
                c.drawString(xs[1] + 20, top - 14 - 12, "NO CRIMES REPORTED THIS DATE")
            c.setFont("Helvetica", 8)
            c.drawString(x0, bottom - 16, f"Entries this sheet: {len(sheet)}")
            c.drawString(x0 + 200, bottom - 16, "Reviewed by: Badge No. ______   Shift Sgt.")
            c.setFont("Helvetica", 6.5)
            c.drawString(x0, 28, "Form CP-12 (Rev. 3/19)")
            c.drawRightString(xs[-1], 28, "Retain 7 years")
            c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. city crime log printed from a browser

LH_TYPES = ["Vehicle Burglary", "Residential Burglary", "Theft", "Shoplifting", "Vandalism", "Fraud",
            "Assault", "Stolen Vehicle", "Recovered Stolen Vehicle", "DUI Arrest", "Disturbance",
            "Drug Violation", "Hit and Run", "Identity Theft", "Trespassing"]
LH_TEXT = {
    "Vehicle": "A window was broken and a backpack was taken from a parked car overnight.",
    "Residential": "The resident returned home to find a rear slider open and jewelry missing.",
    "Theft": "A package was taken from a front porch shortly after it was delivered.",
    "Shoplifting": "Store staff reported a person leaving without paying for several items.",
    "Vandalism": "Graffiti was painted on a fence and two parked vehicles.",
    "Fraud": "The victim was persuaded by phone to buy gift cards and read out the numbers.",
    "Assault": "Officers responded to a fight outside a business; one person had minor injuries.",
    "Stolen": "The owner reported the vehicle missing from the street where it was parked.",
    "Recovered": "A vehicle reported stolen in another city was found unoccupied.",
    "DUI": "A driver was stopped for weaving and arrested after field sobriety tests.",
    "Disturbance": "Neighbors reported shouting; the parties were separated and advised.",
    "Drug": "During a traffic stop officers found a small amount of a controlled substance.",
    "Hit": "A parked vehicle was struck and the other driver left without leaving a note.",
    "Identity": "The victim learned that accounts had been opened in their name.",
    "Trespassing": "A person who had been warned before was found on the property again.",
}
LH_STATUS = ["Closed", "Open - under investigation", "Closed - arrest", "Inactive", "Closed - cited"]


def ampm(hh, mm):
    return f"{(hh + 11) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"


def lh_records(r, days, n, start):
    recs, k = [], start
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 2, 3, 4, 6])
        typ = r.choice(LH_TYPES)
        rec = {"case_number": f"25-{k:06d}", "type": typ,
               "reported_at": f"{MONTHS[d[1] - 1]} {d[2]}, {d[0]}, {ampm(hh, mm)}",
               "location": f"{r.randint(1, 39)}00 block of {r.choice(['N ', 'S ', 'E ', 'W ', ''])}{street(r)}",
               "summary": LH_TEXT[typ.split()[0]], "disposition": r.choice(LH_STATUS), "related": []}
        if rec["disposition"] == "Closed - cited":
            num = f"LH{r.randint(40000, 49999):07d}"
            rec["summary"] += f" Citation #{num} was issued."
            attach(rec, "citation", num)
        if typ == "Recovered Stolen Vehicle":
            num = f"KC25-{r.randint(30000, 39999)}"
            rec["summary"] += f" Kettle County Sheriff case {num}."
            attach(rec, "other_agency_case", num)
        if r.random() < 0.1:
            num = f"25-{r.randint(start - 2000, start - 50):06d}"
            rec["summary"] += f" This is a follow-up to case #{num}."
            attach(rec, "earlier_case_cited", num)
        if r.random() < 0.1:
            rec["summary"] += " Anyone with information is asked to call (208) 555-0163."
        recs.append(rec)
    return recs


def draw_lh(path, recs, label, pages):
    c = new_canvas(path, letter)
    x0, x1 = 54, 558
    page, y = [0], [0]
    url = f"https://police.larkspurheights.example/crime-log?week={label[0]}&page="

    def head():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(18, 776, "10/31/25, 9:14 AM")
        c.drawCentredString(306, 776, "Crime Log | Larkspur Heights Police Department")
        y[0] = 750

    def foot():
        c.setFont("Helvetica", 7)
        c.drawString(18, 16, url + "1")
        c.drawRightString(594, 16, f"{page[0]}/{pages or 0}")
        c.showPage()

    def need(h):
        if y[0] - h < 40:
            foot()
            head()

    head()
    c.setFont("Helvetica", 8)
    c.setFillColorRGB(0.2, 0.3, 0.6)
    c.drawString(x0, y[0], "Home  >  Public Safety  >  Police  >  Crime Log")
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(x0, y[0] - 26, f"Crime Log: {label[1]}")
    c.setFont("Helvetica", 9)
    c.drawString(x0, y[0] - 42, f"Showing 1-{len(recs)} of {len(recs)} incidents      Sort: Date reported (oldest first)")
    c.drawString(x0, y[0] - 54, "Locations are given to the hundred block. Information is preliminary.")
    y[0] -= 78
    for rec in recs:
        body = wrap(rec["summary"], "Helvetica", 9, x1 - x0)
        c.setFont("Helvetica-Bold", 11.5)
        need(16)
        c.drawString(x0, y[0], rec["type"])
        y[0] -= 13
        need(11)
        c.setFont("Helvetica", 8)
        c.setFillGray(0.35)
        c.drawString(x0, y[0], f"Case #{rec['case_number']}   \u00b7   Reported {rec['reported_at']}   \u00b7   "
                               f"{rec['location']}")
        c.setFillGray(0)
        y[0] -= 12
        c.setFont("Helvetica", 9)
        for ln in body:
            need(11)
            c.setFont("Helvetica", 9)
            c.drawString(x0, y[0], ln)
            y[0] -= 11
        need(11)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0, y[0], "Status:")
        c.setFont("Helvetica", 8)
        c.drawString(x0 + 30, y[0], rec["disposition"])
        y[0] -= 8
        c.setStrokeGray(0.8)
        c.setLineWidth(0.5)
        c.line(x0, y[0], x1, y[0])
        c.setStrokeGray(0)
        y[0] -= 14
    need(60)
    c.setFont("Helvetica", 9)
    c.setFillColorRGB(0.2, 0.3, 0.6)
    c.drawString(x0, y[0], "< Previous week      Back to top      Next week >")
    c.setFillGray(0)
    c.drawString(x0, y[0] - 16, "Was this page helpful?   Yes   No")
    c.drawString(x0, y[0] - 30, "Non-emergency line (208) 555-0163  |  1450 Civic Center Dr  |  Records Unit, Room 104")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 4. sheriff, deputy activity report

SR_TYPES = ["ALARM", "ANIMAL CALL", "BURGLARY", "CIVIL STANDBY", "DOMESTIC", "FRAUD", "MVA - PDI", "MVA - INJURY",
            "NOISE", "SUSPICIOUS VEH", "THEFT", "TRAFFIC STOP", "TRESPASS", "WARRANT ATTEMPT", "WELFARE CHECK"]
SR_DISPS = ["RPT", "ADV", "ARR", "CIT", "GOA", "UTL", "REF"]
SR_LEGEND = ("RPT report taken   ADV advised   ARR arrest   CIT citation   GOA gone on arrival   "
             "UTL unable to locate   REF referred")


def sr_records(r, days, n, start):
    recs, k = [], start
    deputies = sorted(r.sample(range(2201, 2260), 9))
    for d, hh, mm in day_times(r, days, n):
        k += r.choice([1, 1, 2, 3])
        typ = r.choice(SR_TYPES)
        dep = r.choice(deputies)
        rec = {"case_number": f"SR25-{k:05d}", "deputy": dep, "unit": str(dep), "type": typ,
               "reported_at": f"{d[1]:02d}/{d[2]:02d} {hh:02d}{mm:02d}",
               "location": f"{r.randint(100, 21999)} {street(r)}" if r.random() < 0.75
               else f"{street(r)} / {street(r)}",
               "disposition": r.choice(SR_DISPS), "assist": "", "related": []}
        if r.random() < 0.3:
            rec["assist"] = ", ".join(str(x) for x in sorted(r.sample(deputies, r.choice([1, 1, 2]))))
        ref = ""
        if typ == "WARRANT ATTEMPT" or (rec["disposition"] == "ARR" and r.random() < 0.4):
            ref = f"W25-{r.randint(1000, 4999)}"
            attach(rec, "warrant", ref)
        elif rec["disposition"] == "CIT":
            ref = f"SRC{r.randint(200000, 299999)}"
            attach(rec, "citation", ref)
        elif rec["disposition"] == "REF":
            ref = f"WVSP 25-{r.randint(10000, 99999)}"
            attach(rec, "other_agency_case", ref)
        elif r.random() < 0.06:
            ref = f"supp SR25-{r.randint(start - 900, start - 20):05d}"
            attach(rec, "earlier_case_cited", ref.split()[1])
        rec["ref"] = ref
        recs.append(rec)
    recs.sort(key=lambda x: (x["deputy"], x["reported_at"]))
    return recs


SR_COLS = [("Incident #", 66), ("Date", 30), ("Time", 28), ("Call Type", 92), ("Address", 150), ("Disp", 30),
           ("Assisting", 56), ("Reference", 88)]


def draw_sr(path, recs, label, pages):
    c = new_canvas(path, letter)
    fs, lead, x0 = 7.5, 10, 36
    xs = [x0]
    for _t, w in SR_COLS:
        xs.append(xs[-1] + w)
    page, y = [0], [0]
    r = random.Random(7)

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(306, 752, "SABLE RIDGE COUNTY SHERIFF'S OFFICE")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(306, 739, f"Deputy Activity Report  -  {label}")
        c.setFont("Helvetica-Bold", fs)
        for (t, _w), x in zip(SR_COLS, xs):
            c.drawString(x + 1, 718, t)
        c.setLineWidth(0.6)
        c.line(x0, 714, xs[-1], 714)
        y[0] = 702

    def foot():
        c.setFont("Helvetica", 6.5)
        c.drawString(x0, 28, "Sable Ridge County 911 / Sheriff, 300 Courthouse Sq, (304) 555-0186")
        c.drawRightString(xs[-1], 28, f"Page {page[0]} of {pages or 0}")
        c.showPage()

    def group_foot(group):
        c.setFont("Helvetica-Oblique", 7.5)
        si = sum(1 for x in group if x["type"] in ("TRAFFIC STOP", "SUSPICIOUS VEH"))
        c.drawString(xs[3], y[0], f"Calls handled: {len(group)}     Self-initiated: {si}     "
                                  f"Miles driven: {r.randint(90, 260)}")
        y[0] -= 16

    head()
    groups = {}
    for rec in recs:
        groups.setdefault(rec["deputy"], []).append(rec)
    for dep, group in groups.items():
        if y[0] < 90:
            foot()
            head()
        c.setFillGray(0.9)
        c.rect(x0, y[0] - 3, xs[-1] - x0, 11, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        zone = (dep % 5) + 1
        c.drawString(x0 + 2, y[0], f"DEPUTY {dep}     Patrol Zone {zone}     "
                                   f"{'Day' if dep % 2 else 'Night'} Shift ({'0700-1900' if dep % 2 else '1900-0700'})")
        y[0] -= 13
        for rec in group:
            date, time = rec["reported_at"].split()
            cells = [[rec["case_number"]], [date], [time], wrap(rec["type"], "Helvetica", fs, SR_COLS[3][1] - 3),
                     wrap(rec["location"], "Helvetica", fs, SR_COLS[4][1] - 3), [rec["disposition"]],
                     [rec["assist"]], wrap(rec["ref"], "Helvetica", fs, SR_COLS[7][1] - 3)]
            h = max(len(x) for x in cells) * lead
            if y[0] - h < 44:
                foot()
                head()
                c.setFont("Helvetica-Oblique", 7.5)
                c.drawString(x0 + 2, y[0], f"DEPUTY {dep} (continued)")
                y[0] -= 12
            for i, col in enumerate(cells):
                c.setFont("Helvetica", fs)
                for j, ln in enumerate(col):
                    c.drawString(xs[i] + 1, y[0] - j * lead, ln)
            y[0] -= h
        group_foot(group)
    if y[0] < 80:
        foot()
        head()
    c.setLineWidth(0.6)
    c.line(x0, y[0] + 6, xs[-1], y[0] + 6)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y[0] - 6, f"Total calls handled: {len(recs)}     Deputies reporting: {len(groups)}")
    c.setFont("Helvetica", 7)
    c.drawString(x0, y[0] - 20, "Disposition codes: " + SR_LEGEND)
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 5. transit police, digit-only columns

TV_OFFENSES = [("23H", "All Other Larceny"), ("23F", "Theft From Motor Vehicle"), ("290", "Destruction/Damage"),
               ("13B", "Simple Assault"), ("13C", "Intimidation"), ("35A", "Drug/Narcotic Violations"),
               ("90C", "Disorderly Conduct"), ("90J", "Trespass of Real Property"), ("90Z", "All Other Offenses - "
               "Fare Evasion"), ("26A", "False Pretenses/Swindle"), ("90D", "Driving Under the Influence"),
               ("90B", "Curfew/Loitering")]
TV_DISP = ["CBA", "RTF", "EXC", "UNF", "CIT", "REF"]
TV_LINES = ["217", "220", "209", "3", "9", "41", "47", "72", "500", "701", "703", "704"]


def tv_records(r, days, n, start):
    recs, seq = [], {}
    for d, hh, mm in day_times(r, days, n):
        seq[d] = seq.get(d, 0) + r.choice([1, 1, 2])
        code, desc = r.choice(TV_OFFENSES)
        line = r.choice(TV_LINES)
        rec = {"case_number": f"{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}{seq[d]:04d}",
               "reported_at": f"{d[0]}{d[1]:02d}{d[2]:02d} {hh:02d}{mm:02d}", "type": f"{code} {desc}",
               "line": line, "stop": f"{r.randint(10000, 29999)}",
               "vehicle": f"{r.randint(1001, 1199) if int(line) >= 700 else r.randint(2001, 2899)}",
               "disposition": r.choice(TV_DISP), "ref": "", "related": []}
        if rec["disposition"] == "CIT":
            rec["ref"] = f"{r.randint(5000000, 5999999)}"
            attach(rec, "citation", rec["ref"])
        elif rec["disposition"] == "REF":
            rec["ref"] = f"SLPD 25-{r.randint(200000, 299999)}"
            attach(rec, "other_agency_case", rec["ref"])
        elif rec["disposition"] == "CBA" and r.random() < 0.3:
            rec["ref"] = f"BK {r.randint(25000000, 25099999)}"
            attach(rec, "arrest_number", rec["ref"].split()[1])
        recs.append(rec)
    return recs


TV_COLS = [("Report No", 64), ("Date", 50), ("Time", 30), ("Line", 30), ("Stop ID", 44), ("Veh", 32),
           ("Offense", 176), ("Disp", 30), ("Ref No", 90)]


def draw_tv(path, recs, label, pages):
    c = new_canvas(path, landscape(letter))
    fs, lead, x0 = 7.5, 9.5, 40
    xs = [x0]
    for _t, w in TV_COLS:
        xs.append(xs[-1] + w)
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(x0, 576, "TRI-VALLEY METRO TRANSIT POLICE")
        c.setFont("Courier", 8)
        c.drawString(x0, 565, f"DAILY INCIDENT REPORT   PERIOD {label}")
        c.drawRightString(752, 576, "REPORT ID TVMTP-DIR-07")
        c.drawRightString(752, 565, f"RUN 20251021 0602   PAGE {page[0]} OF {pages or 0}")
        c.setFont("Courier-Bold", fs)
        for (t, _w), x in zip(TV_COLS, xs):
            c.drawString(x, 546, t.upper())
        c.setFont("Courier", fs)
        c.drawString(x0, 538, "-" * 118)
        y[0] = 528

    def foot():
        c.setFont("Courier", 6.5)
        c.drawString(x0, 24, "DISP: CBA CLEARED BY ARREST  RTF REPORT TO FOLLOW  EXC EXCEPTIONAL  UNF UNFOUNDED  "
                             "CIT CITED  REF REFERRED")
        c.showPage()

    head()
    for rec in recs:
        date, time = rec["reported_at"].split()
        cells = [[rec["case_number"]], [date], [time], [rec["line"]], [rec["stop"]], [rec["vehicle"]],
                 wrap(rec["type"], "Courier", fs, TV_COLS[6][1] - 4), [rec["disposition"]], [rec["ref"]]]
        h = max(len(x) for x in cells) * lead
        if y[0] - h < 44:
            foot()
            head()
        c.setFont("Courier", fs)
        for i, col in enumerate(cells):
            for j, ln in enumerate(col):
                c.drawString(xs[i], y[0] - j * lead, ln)
        y[0] -= h
    if y[0] < 150:
        foot()
        head()
    c.drawString(x0, y[0], "-" * 118)
    y[0] -= 14
    c.setFont("Courier-Bold", fs)
    c.drawString(x0, y[0], f"TOTAL INCIDENTS {len(recs):>5}")
    y[0] -= 14
    c.setFont("Courier", fs)
    c.drawString(x0, y[0], "SUMMARY BY OFFENSE CODE")
    for code, desc in TV_OFFENSES:
        y[0] -= lead
        cnt = sum(1 for rec in recs if rec["type"].startswith(code + " "))
        c.drawString(x0, y[0], f"{code:<5}{desc:<40}{cnt:>5}")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_EXTRA = ("line", "stop", "vehicle", "assist")  # printed fields outside the corpus vocabulary


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in list(fields) + list(SAMPLE_EXTRA) if k in recs[i] and recs[i][k] not in ("", [])}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs14.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs14.py) from the records it drew; "
                               "checked by check_blind_logs14.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        if draw is draw_ah:
            draw_ah(d / fname, recs, label, days)
        else:
            count_pages(draw, d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "cm": ("Portrait CAD report 'Calls for Service by Nature', Helvetica 7.5, column titles repeated on every "
           "page under a rule. Columns: Nature (bold), Incident No. (YY-JJJ-NNNN: year, JULIAN day, sequence "
           "within the day, e.g. '25-287-0004'; the id), Received ('10/14/25 08:12', two-digit year), Location "
           "(wraps; mile markers 'Hwy 550 MM 14.5', 'Housing Unit 27, Mesa View Subdiv.', house numbers), Ofc "
           "(T3-T48), Disposition / Reference (wraps). Rows are SORTED BY NATURE, then time, so ids are not in "
           "order, and the Nature is printed ONLY on the first row of each nature group ('suppress if "
           "duplicated'), even when the group runs over a page break: every other row's type is the last "
           "Nature printed above it. A thin rule separates groups. References: tribal warrants ('TW-25-0NNN'), "
           "Tribal Court citations ('TC25-0NNNN'), FBI files ('25-AQ-NNNNN', looks like an id), New Mexico State "
           "Police cases ('NMSP 25-NNNNNN'): related, not ids. Ends 'Total calls: N   Nature codes: K   "
           "Officer-initiated: M' (only N counts records); footer 'Printed ... CAD report CFS-NAT-2' and "
           "'Page n of N'.",
           "rows counted from the generator; 'Total calls' equals record_count"),
    "ah": ("Portrait pre-printed paper FORM 'DAILY CRIME LOG' (Form CP-12), ONE SHEET PER DAY of the month, "
           "including days with no entries (those say 'NO CRIMES REPORTED THIS DATE'). The date of the log is "
           "in the sheet header ('Date of Log: Tuesday, 09/02/2025'); each sheet has 16 ruled rows with "
           "pre-printed grey LINE NUMBERS 1-16 at the left, most of them blank (blank rows are not records); a "
           "day with more than 16 entries goes on a 'Sheet 2 of 2' numbered 17-32. Columns: Line, Case Number "
           "(AH-25-NNNN, bold, the id), Date/Time Rept. ('09/02/25 1412'), Nature of Crime (wraps), Date/Time "
           "Occurred ('09/02/25 1100' or a range '09/02/25 0812-1400'), General Location (wraps; 'Halvorsen "
           "Hall, Room 214', 'Lot 7'), Disposition (wraps). Dispositions cite Ardent Hill city police "
           "('AHPD 25-NNNNN'), state citations ('OHNNNNNNN') and student conduct referrals ('SC25-0NNN'): "
           "related, not ids. Each sheet ends 'Entries this sheet: n' (the sum over sheets is the record count), "
           "'Reviewed by: Badge No. ___'; footer 'Form CP-12 (Rev. 3/19)', and the header cites "
           "'34 CFR 668.46(f)' and a street address. No document total.",
           "rows counted from the generator; the sum of 'Entries this sheet' equals record_count"),
    "lh": ("A public web crime-log page PRINTED FROM A BROWSER: browser header on every page ('10/31/25, 9:14 AM' "
           "and the page title) and footer (the page URL, which contains a date and 'page=1', and 'n/N'). Page 1 "
           "opens with a breadcrumb, the heading 'Crime Log: October 20 - 26, 2025' and 'Showing 1-N of N "
           "incidents'. Each incident is a CARD: the type as a large bold heading ('Vehicle Burglary'), a grey "
           "meta line 'Case #25-018344  .  Reported Oct 20, 2025, 3:15 PM  .  1200 block of N Larch St' (middle "
           "dots between the parts; month-name dates with 12-hour times), a description paragraph (wraps; "
           "summary), then 'Status: Closed' (disposition), and a light rule. Cards break across pages (a card's "
           "description or Status line can be on the next page, under the browser header). Descriptions cite citations ('Citation #LH00NNNNN'), "
           "Kettle County Sheriff cases ('KC25-NNNNN') and earlier cases of the SAME series ('follow-up to case "
           "#25-0NNNNN'): related, not ids; some give a phone number. The page ends with 'Previous week / Back "
           "to top / Next week', 'Was this page helpful?' and the address line.",
           "cards counted from the generator; 'Showing 1-N of N incidents' equals record_count"),
    "sr": ("Portrait 'Deputy Activity Report', one week, GROUPED BY DEPUTY: a shaded heading 'DEPUTY 2215   "
           "Patrol Zone 3   Day Shift (0700-1900)' (badge, zone and shift hours are numbers, not records), "
           "then the deputy's calls in time order, then an italic group footer 'Calls handled: n   "
           "Self-initiated: m   Miles driven: k'. Ids therefore jump around (sorted by deputy, not by number). "
           "Column titles once per page, under the title. Columns: Incident # (SR25-NNNNN, the id), Date "
           "('10/13', no year), Time ('0712'), Call Type (upper case), Address (house numbers up to 5 digits, or "
           "an intersection 'Larch St / Quartz Ave'), Disp (code: RPT ADV ARR CIT GOA UTL REF, legend at the "
           "end), Assisting (other deputies' badge numbers, '2231, 2240'), Reference: warrants ('W25-NNNN'), "
           "citations ('SRCNNNNNN'), West Virginia State Police cases ('WVSP 25-NNNNN'), supplements to earlier "
           "cases of the SAME series ('supp SR25-NNNNN'): related, not ids. reported_at is date and time joined "
           "with a space, as printed (no year). A deputy's group split by a page break goes on under 'DEPUTY "
           "nnnn (continued)'. Ends 'Total calls handled: N   Deputies reporting: K' and a code legend; footer "
           "'Page n of N'. unit is the deputy's badge from the group heading (sample key 'assist' is the Assisting "
           "column).",
           "rows counted from the generator; 'Total calls handled' equals record_count"),
    "tv": ("Landscape mainframe-style 'DAILY INCIDENT REPORT' in Courier 7.5, header block on every page with "
           "'REPORT ID TVMTP-DIR-07', 'RUN 20251021 0602' and 'PAGE n OF N', column titles and a dashed rule. "
           "Nearly every column is DIGITS ONLY: Report No (the id, 10 digits YYMMDDNNNN, e.g. '2510140003'), "
           "Date (YYYYMMDD, 8 digits), Time (HHMM), Line (route number, 1-3 digits), Stop ID (5 digits), Veh "
           "(4-digit vehicle number), Offense (NIBRS code + description, '23H All Other Larceny', wraps), Disp "
           "(code), Ref No: state citation numbers (7 digits, no prefix), booking numbers ('BK 250NNNNN', 8 "
           "digits), Salt Lake police cases ('SLPD 25-NNNNNN'): related, not ids. reported_at is Date and Time "
           "joined with a space, as printed. After the rows: 'TOTAL INCIDENTS N', then a 'SUMMARY BY OFFENSE "
           "CODE' table (code, description, count per code: these lines are not records); footer line is a "
           "disposition code legend.",
           "rows counted from the generator; 'TOTAL INCIDENTS' equals record_count"),
}


def main():
    one_agency(
        "cinder-mesa-nm-tribal-pd", 1,
        [("cmtpd-cfs-by-nature-2025-10-14-17.pdf", days(10, 14, 17), "10/14/2025 - 10/17/2025", 88, 0),
         ("cmtpd-cfs-by-nature-2025-10-18-20.pdf", days(10, 18, 20), "10/18/2025 - 10/20/2025", 74, 0)],
        cm_records, draw_cm, "Cinder Mesa Tribal Police Department, NM [invented]",
        "calls for service by nature (CAD report, repeated nature suppressed)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["cm"])
    one_agency(
        "ardent-hill-community-college-oh-pd", 2,
        [("ahcc-daily-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 48, 380),
         ("ahcc-daily-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 57, 460)],
        ah_records, draw_ah, "Ardent Hill Community College Campus Police, OH [invented]",
        "daily crime log (Clery) on a pre-printed form, one sheet per day", "table with header",
        ["case_number", "reported_at", "type", "occurred_at", "location", "disposition"], *NOTES["ah"])
    one_agency(
        "larkspur-heights-id-pd", 3,
        [("lhpd-crime-log-2025-10-20-26.pdf", days(10, 20, 26), ("2025-10-20", "October 20 - 26, 2025"), 58,
          18200),
         ("lhpd-crime-log-2025-10-27-11-02.pdf", days(10, 27, 31) + [(2025, 11, 1), (2025, 11, 2)],
          ("2025-10-27", "October 27 - November 2, 2025"), 64, 18440)],
        lh_records, draw_lh, "Larkspur Heights Police Department, ID [invented]",
        "weekly public crime log (web page printed from a browser)", "free text",
        ["case_number", "type", "reported_at", "location", "summary", "disposition"], *NOTES["lh"])
    one_agency(
        "sable-ridge-county-wv-so", 4,
        [("srcso-deputy-activity-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 131, 10400)],
        sr_records, draw_sr, "Sable Ridge County Sheriff's Office, WV [invented]",
        "deputy activity report (grouped by deputy)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["sr"])
    one_agency(
        "tri-valley-ut-metro-transit-pd", 5,
        [("tvmtp-daily-incident-report-2025-10-14-15.pdf", days(10, 14, 15), "20251014-20251015", 96, 0),
         ("tvmtp-daily-incident-report-2025-10-16-17.pdf", days(10, 16, 17), "20251016-20251017", 104, 0)],
        tv_records, draw_tv, "Tri-Valley Metro Transit Police, UT [invented]",
        "daily incident report (mainframe listing, digit-only columns)", "table with header",
        ["case_number", "reported_at", "type", "disposition"], *NOTES["tv"])


if __name__ == "__main__":
    main()
