"""Generate the sixty-second held-out set of incident-log PDFs and their ground truth.

Five layouts about page geometry: a landscape table printed sideways on portrait pages under an
upright letterhead; a portrait table whose column widths are fitted afresh on every page; a
sheriff's shift narrative on portrait pages with a landscape (rotated-page) custody supplement
after each day; campus labelled blocks whose labels are printed vertically beside their values;
a two-station log whose North pages are US Letter and South pages US Legal, under vertical column
titles. Every agency, place and record is invented; no person is named. Output is deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs62/make_blind_logs62.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import legal, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20256200
STREETS = ["Aldous", "Brackley", "Cranmore", "Dovecote", "Estover", "Fernleigh", "Gatling", "Hensley",
           "Inchmore", "Jessop", "Keswick", "Lowther", "Millstream", "Netherby", "Orwell", "Pilgrim",
           "Quennell", "Rushmere", "Stanway", "Tolland", "Uffington", "Wendover"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pike"]
TYPES = ["THEFT", "BURGLARY - RESIDENTIAL", "ASSAULT - SIMPLE", "DISORDERLY CONDUCT", "CRIMINAL DAMAGE",
         "SUSPICIOUS PERSON", "WELFARE CHECK", "TRAFFIC CRASH - PROPERTY DAMAGE", "DOMESTIC DISTURBANCE",
         "FRAUD - CHECK", "TRESPASS", "NOISE COMPLAINT", "STOLEN VEHICLE", "OVI", "HARASSMENT",
         "FOUND PROPERTY", "ALARM - COMMERCIAL", "DRUG VIOLATION", "ANIMAL COMPLAINT", "WARRANT SERVICE"]
DISPOS = ["REPORT TAKEN", "ADVISED", "UNFOUNDED", "GONE ON ARRIVAL", "REFERRED TO DETECTIVES",
          "CLOSED - NO FURTHER ACTION", "OPEN - ACTIVE", "SETTLED AT SCENE"]


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


def addr(r, upper=True):
    a = f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    if r.random() < 0.25:
        a = f"{r.choice(STREETS)} {r.choice(SUFFIX)} at {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def ids(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2))
        out.append(k)
    return out


# ---------------------------------------------------------------- 1. Kettleby Hollow (sideways table)
def kh_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids(r, n, start)):
        rec = {"case_number": f"KH25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(TYPES), "location": addr(r), "related": []}
        x = r.random()
        if x < 0.14:
            b = f"KCJ-25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"ARREST - BOOKED {b}"
            rec["related"].append(("booking_number", b))
        elif x < 0.26:
            cnum = f"KH-C-{r.randint(100000, 999999)}"
            rec["disposition"] = f"CITATION {cnum} ISSUED"
            rec["related"].append(("citation", cnum))
        elif x < 0.34:
            o = f"OSP-25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"TURNED OVER TO STATE HWY PATROL (CASE {o})"
            rec["related"].append(("other_agency_case", o))
        else:
            rec["disposition"] = r.choice(DISPOS)
        recs.append(rec)
    return recs


def draw_kh(path, recs, label, total_pages):
    W, H = letter
    c = new_canvas(path, letter)
    cols = [("Incident No.", 78), ("Reported", 92), ("Offense", 150), ("Location", 160), ("Disposition", 170)]
    tw, th = H - 150, W - 110  # the landscape table's width and height (runs up the portrait page)
    page, i = 0, 0

    def furniture():
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, H - 36, "KETTLEBY HOLLOW POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, H - 49, f"Daily Incident Log  -  {label}  -  turn page to read")
        c.drawCentredString(W / 2, 24, f"Page {page} of {total_pages or 0}    Records Unit 555-0143")

    while i < len(recs) or page == 0:
        page += 1
        furniture()
        c.saveState()
        c.translate(W - 55, 60)
        c.rotate(90)
        y = th - 14
        c.setFont("Helvetica-Bold", 8)
        x = 0
        for name, w in cols:
            c.drawString(x, y, name)
            x += w
        c.setLineWidth(0.6)
        c.line(0, y - 4, tw, y - 4)
        y -= 16
        c.setFont("Helvetica", 7.5)
        while i < len(recs):
            rec = recs[i]
            cells = [[rec["case_number"]], [rec["reported_at"]], wrap(rec["type"], "Helvetica", 7.5, 144),
                     wrap(rec["location"], "Helvetica", 7.5, 154), wrap(rec["disposition"], "Helvetica", 7.5, 164)]
            hgt = max(len(x) for x in cells) * 9
            if y - hgt < 24:
                break
            x = 0
            for (_, w), lines in zip(cols, cells):
                for j, line in enumerate(lines):
                    c.drawString(x, y - j * 9, line)
                x += w
            y -= hgt + 3
            i += 1
        if i == len(recs):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(0, y - 6, f"Records this log: {len(recs)}")
        c.restoreState()
        c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- 2. Brackwater Township (widths per page)
def bw_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids(r, n, start)):
        rec = {"case_number": f"25-{k:06d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
               "type": (lambda t: t if t == "OVI" else t.title())(r.choice(TYPES)), "location": addr(r, upper=False),
               "unit": f"{r.randint(1, 4)}{r.choice('ABCD')}{r.randint(10, 29)}", "related": []}
        x = r.random()
        if x < 0.12:
            s = f"S-2025-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Summons {s}"
            rec["related"].append(("citation", s))
        elif x < 0.20:
            o = f"NJSP 25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Assist other agency ({o})"
            rec["related"].append(("other_agency_case", o.split()[1]))
        elif x < 0.30:
            a = f"BTA-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Arrest, arrest no. {a}"
            rec["related"].append(("arrest_number", a))
        else:
            rec["disposition"] = r.choice(DISPOS).capitalize()
        recs.append(rec)
    return recs


def draw_bw(path, recs, label, total_pages):
    W, H = letter
    c = new_canvas(path, letter)
    keys = [("reported_at", "Date/Time"), ("case_number", "Case #"), ("type", "Nature"),
            ("location", "Location"), ("unit", "Unit"), ("disposition", "Disposition")]
    fs, lh = 8, 10
    rng = random.Random(len(recs))
    i, page = 0, 0
    while i < len(recs) or page == 0:
        page += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, H - 40, "Brackwater Township Police Department - Incident Listing")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 52, f"Period: {label}    Printed by RMS report INC-220    Tel. 555-0127")
        c.drawRightString(W - 40, H - 52, f"Page {page} of {total_pages or 0}")
        # the report writer fits each column to the longest value on THIS page, with a per-page cap
        chunk = recs[i:i + 40]
        cap = {"type": rng.choice((70, 95, 140)), "location": rng.choice((80, 110, 170)),
               "disposition": rng.choice((75, 100, 150))}
        widths = []
        for k, title in keys:
            w = max([stringWidth(title, "Helvetica-Bold", fs)] +
                    [stringWidth(rr[k], "Helvetica", fs) for rr in chunk]) + rng.choice((6, 12, 20))
            widths.append(min(w, cap.get(k, 999)))
        y = H - 74
        x = 40
        c.setFont("Helvetica-Bold", fs)
        for (_, title), w in zip(keys, widths):
            c.drawString(x, y, title)
            x += w
        c.line(40, y - 3, x, y - 3)
        y -= 14
        c.setFont("Helvetica", fs)
        while i < len(recs):
            rec = recs[i]
            cells = [wrap(rec[k], "Helvetica", fs, w - 4) for (k, _), w in zip(keys, widths)]
            hgt = max(len(x) for x in cells) * lh
            if y - hgt < 50:
                break
            x = 40
            for lines, w in zip(cells, widths):
                for j, line in enumerate(lines):
                    c.drawString(x, y - j * lh, line)
                x += w
            y -= hgt + 2
            i += 1
        if i == len(recs):
            y -= 8
            c.setFont("Helvetica-Bold", fs)
            c.drawString(40, y, f"Total incidents: {len(recs)}")
            y -= 16
            c.drawString(40, y, "Nature summary")
            c.setFont("Helvetica", fs)
            counts = {}
            for rec in recs:
                counts[rec["type"]] = counts.get(rec["type"], 0) + 1
            for t, k in sorted(counts.items()):
                y -= lh
                if y < 40:
                    break
                c.drawString(52, y, t)
                c.drawRightString(260, y, str(k))
        c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- 3. Ashcombe County (portrait + landscape)
NARR = {
    "THEFT": "Caller reported items taken from an unlocked outbuilding",
    "BURGLARY - RESIDENTIAL": "Homeowner returned to find a rear window forced",
    "ASSAULT - SIMPLE": "Two acquaintances fought in a parking area, minor injuries",
    "DISORDERLY CONDUCT": "Group refused to leave a closed business",
    "CRIMINAL DAMAGE": "Mailboxes along the road were struck overnight",
    "SUSPICIOUS PERSON": "Subject seen checking car doors",
    "WELFARE CHECK": "Relative asked for a check on an elderly resident",
    "TRAFFIC CRASH - PROPERTY DAMAGE": "Vehicle left the roadway and struck a fence",
    "DOMESTIC DISTURBANCE": "Verbal argument between household members",
    "FRAUD - CHECK": "Store reported a returned check",
    "TRESPASS": "Hunters found on posted land",
    "NOISE COMPLAINT": "Loud music reported from a rental cabin",
    "STOLEN VEHICLE": "Utility vehicle taken from a farm lot",
    "OVI": "Vehicle weaving across the center line was stopped",
    "HARASSMENT": "Complainant received repeated unwanted messages",
    "FOUND PROPERTY": "A wallet was turned in at the front desk",
    "ALARM - COMMERCIAL": "Alarm company reported a rear door zone",
    "DRUG VIOLATION": "Paraphernalia found during a traffic stop",
    "ANIMAL COMPLAINT": "Cattle loose on the roadway",
    "WARRANT SERVICE": "Deputies served an outstanding county warrant",
}


def ac_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids(r, n, start)):
        t = r.choice(TYPES)
        place = addr(r, upper=False)
        rec = {"case_number": f"25S{k:05d}", "day": d, "time": f"{h:02d}{m:02d}",
               "reported_at": f"{mdy(d)} {h:02d}{m:02d}", "type": t if t == "OVI" else t.title(), "location": place,
               "related": [], "booking": None}
        summ = f"{NARR[t]}." + (f" Unit {r.randint(1, 4)}C{r.randint(10, 29)} assisted." if r.random() < 0.4 else "")
        x = r.random()
        if x < 0.22:
            b = f"B25-{r.randint(1000, 9999)}"
            rec["booking"] = (b, rec["type"], f"{(h + 1) % 24:02d}{m:02d}")
            rec["disposition"] = f"Subject arrested and booked, booking {b}"
            rec["related"].append(("booking_number", b))
        elif x < 0.32:
            o = f"WVSP-{r.randint(2500000, 2599999)}"
            rec["disposition"] = f"Handed to State Police, their report {o}"
            rec["related"].append(("other_agency_case", o))
        elif x < 0.40:
            cnum = f"AC{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Citation {cnum} issued"
            rec["related"].append(("citation", cnum))
        else:
            rec["disposition"] = r.choice(["Report taken", "Advised and cleared", "Unfounded",
                                           "Referred to investigations", "No further action"])
        rec["summary"] = summ
        recs.append(rec)
    return recs


def draw_ac(path, recs, label, total_pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]
    fs, lh = 10, 13.5

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(54, H - 44, "ASHCOMBE COUNTY SHERIFF'S OFFICE - Patrol Division Shift Report")
        c.setFont("Times-Roman", 9)
        c.drawString(54, H - 57, f"{label}    Dispatch 555-0162")
        c.drawRightString(W - 54, 30, f"Sheet {page[0]} of {total_pages or 0}")
        return H - 84

    days = sorted({rec["day"] for rec in recs})
    for d in days:
        todays = [rec for rec in recs if rec["day"] == d]
        y = head()
        dname = datetime.date(*d).strftime("%A, %B %-d, %Y")
        c.setFont("Times-Bold", 10.5)
        c.drawString(54, y, dname)
        y -= 18
        for rec in todays:
            text = (f"{rec['time']} hrs. {rec['type']}, {rec['location']}. {rec['summary']} "
                    f"Report {rec['case_number']}. {rec['disposition']}.")
            lines = wrap(text, "Times-Roman", fs, W - 170)
            if y - len(lines) * lh < 50:
                c.showPage()
                y = head()
                c.setFont("Times-Bold", 10.5)
                c.drawString(54, y, f"{dname} (continued)")
                y -= 18
            c.setFont("Times-Roman", fs)
            for j, line in enumerate(lines):
                c.drawString(54 if j == 0 else 72, y, line)
                y -= lh
            y -= 4
        c.setFont("Times-Italic", fs)
        c.drawString(54, y - 6, f"Shift totals for the day: {len(todays) + 17} calls for service, "
                                f"{len(todays)} reports written.")
        c.showPage()
        # landscape custody supplement: a portrait page turned by /Rotate 90, content drawn sideways
        page[0] += 1
        c.setPageRotation(90)
        c.saveState()
        c.translate(W, 0)
        c.rotate(90)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, W - 40, f"CUSTODY SUPPLEMENT - {dname}")
        c.setFont("Helvetica", 8)
        c.drawString(40, W - 53, "Ashcombe County Regional Jail intake (bookings from this day's reports)")
        c.drawRightString(H - 40, 24, f"Sheet {page[0]} of {total_pages or 0}")
        cols = [("Booking No.", 40), ("Report No.", 130), ("Charge", 220), ("Booked", 420), ("Facility", 490)]
        y = W - 80
        c.setFont("Helvetica-Bold", 8.5)
        for name, x in cols:
            c.drawString(x, y, name)
        c.line(40, y - 3, H - 40, y - 3)
        c.setFont("Helvetica", 8.5)
        books = [rec for rec in todays if rec["booking"]]
        for rec in books:
            y -= 13
            b, chg, tm = rec["booking"]
            for (_, x), v in zip(cols, [b, rec["case_number"], chg, tm, "ACRJ"]):
                c.drawString(x, y, v)
        if not books:
            y -= 13
            c.drawString(40, y, "No bookings.")
        c.drawString(40, y - 20, f"Bookings: {len(books)}")
        c.restoreState()
        c.showPage()
        c.setPageRotation(0)
    c.save()
    return page[0]


# ---------------------------------------------------------------- 4. Pendleford University (vertical labels)
BLDG = ["Hatherly Hall", "Corwin Library", "Ostler Science Center", "Bramble Residence Hall", "Lot 14",
        "Vance Student Union", "Tilbury Gym", "Marchetti Hall", "Quarry Field", "Ashdown Apartments"]


def pu_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids(r, n, start)):
        oh = max(0, h - r.randint(0, 6))
        rec = {"case_number": f"PU{d[0]}-{k:04d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "occurred_at": f"{mdy(d)} {oh:02d}:{r.choice((0, 15, 30, 45)):02d}",
               "type": r.choice(["Theft", "Liquor Law Violation", "Vandalism", "Burglary", "Harassment",
                                 "Drug Law Violation", "Trespass", "Simple Assault", "Medical Assist",
                                 "Lost Property", "Fire Alarm"]),
               "location": r.choice(BLDG) + (f", Room {r.randint(100, 420)}" if r.random() < 0.4 else ""),
               "related": []}
        x = r.random()
        if x < 0.12:
            o = f"PCPD 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to Pendleford City PD, {o}"
            rec["related"].append(("other_agency_case", o.split()[1]))
        elif x < 0.22:
            cnum = f"UTC {r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Closed, citation {cnum}"
            rec["related"].append(("citation", cnum.split()[1]))
        else:
            rec["disposition"] = r.choice(["Open", "Closed", "Referred to Student Conduct", "Inactive",
                                           "Closed - Cleared by Arrest", "Unfounded"])
        recs.append(rec)
    return recs


def vlabel(c, x, y, h, text):
    c.saveState()
    c.translate(x + 7, y + 3)
    c.rotate(90)
    c.setFont("Helvetica", 5.5)
    c.drawString(0, 0, text)
    c.restoreState()


def draw_pu(path, recs, label, total_pages):
    W, H = letter
    c = new_canvas(path, letter)
    page, i = 0, 0
    bh = 38  # box height
    while i < len(recs) or page == 0:
        page += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 42, "Pendleford University Department of Public Safety")
        c.setFont("Helvetica", 8.5)
        c.drawString(48, H - 55, f"Daily Crime Log - {label}")
        c.drawRightString(W - 48, H - 55, f"{page}/{total_pages or 0}")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(48, 28, "Maintained under the Clery Act. Questions: Records Office 555-0188.")
        y = H - 72
        while i < len(recs) and y - 3 * bh - 12 > 40:
            rec = recs[i]
            rows = [[("CASE NO.", rec["case_number"], 130), ("REPORTED", rec["reported_at"], 130),
                     ("OCCURRED", rec["occurred_at"], 130), ("NATURE", rec["type"], 126)],
                    [("LOCATION", rec["location"], 260), ("DISPOSITION", rec["disposition"], 256)]]
            for row in rows:
                x = 48
                for lab, val, w in row:
                    c.rect(x, y - bh, w, bh, stroke=1, fill=0)
                    vlabel(c, x, y - bh, bh, lab)
                    c.setFont("Helvetica-Bold" if lab == "CASE NO." else "Helvetica", 9)
                    lines = wrap(val, "Helvetica", 9, w - 20)
                    for j, line in enumerate(lines[:2]):
                        c.drawString(x + 14, y - 14 - j * 11, line)
                    x += w
                y -= bh
            y -= 12
            i += 1
        if i == len(recs):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(48, y - 8, f"Entries in this log: {len(recs)}")
        c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- 5. Tollgate Bluffs (two page sizes)
def tb_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids(r, n, start)):
        rec = {"case_number": f"TB{k:07d}", "reported_at": f"{d[1]}/{d[2]}/{d[0] % 100:02d} {h:02d}:{m:02d}",
               "station": r.choice(("NORTH", "NORTH", "SOUTH")), "type": r.choice(TYPES),
               "location": addr(r), "related": []}
        x = r.random()
        if x < 0.12:
            b = f"BK{r.randint(100000, 999999)}"
            rec["disposition"] = f"BOOKED {b}"
            rec["related"].append(("booking_number", b))
        elif x < 0.22:
            o = f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"
            rec["disposition"] = f"ASSIST HARBOR DIST #{o}"
            rec["related"].append(("other_agency_case", o))
        else:
            rec["disposition"] = r.choice(DISPOS)
        recs.append(rec)
    # printed station by station: North first, then South, each in time order
    return [x for x in recs if x["station"] == "NORTH"] + [x for x in recs if x["station"] == "SOUTH"]


def draw_tb(path, recs, label, total_pages):
    cols = [("CASE NUMBER", 70), ("RECEIVED", 80), ("CALL TYPE", 150), ("ADDRESS", 160), ("CLEARANCE", 100)]
    c = new_canvas(path, letter)
    page = 0
    for station, size in (("NORTH", letter), ("SOUTH", legal)):
        rows = [x for x in recs if x["station"] == station]
        W, H = size
        i, first = 0, True
        while i < len(rows) or first:
            first = False
            page += 1
            c.setPageSize(size)
            c.setFont("Courier-Bold", 10)
            c.drawString(40, H - 36, f"TOLLGATE BLUFFS POLICE - {station} STATION CALL LOG")
            c.setFont("Courier", 8)
            c.drawString(40, H - 48, f"{label}   FORM {'8.5X11' if size == letter else '8.5X14'}   555-01"
                                     f"{'31' if station == 'NORTH' else '32'}")
            c.drawRightString(W - 40, H - 48, f"PG {page}/{total_pages or 0}")
            top = H - 60
            x = 40
            c.setFont("Courier-Bold", 7)
            for name, w in cols:  # column titles printed vertically, reading upward
                c.saveState()
                c.translate(x + 8, top - 62)
                c.rotate(90)
                c.drawString(0, 0, name)
                c.restoreState()
                x += w
            c.line(40, top - 66, x, top - 66)
            y = top - 78
            c.setFont("Courier", 7.5)
            while i < len(rows):
                rec = rows[i]
                cells = [[rec["case_number"]], [rec["reported_at"]], wrap(rec["type"], "Courier", 7.5, 146),
                         wrap(rec["location"], "Courier", 7.5, 156), wrap(rec["disposition"], "Courier", 7.5, 96)]
                hgt = max(len(z) for z in cells) * 9
                if y - hgt < 50:
                    break
                x = 40
                for (_, w), lines in zip(cols, cells):
                    for j, line in enumerate(lines):
                        c.drawString(x, y - j * 9, line)
                    x += w
                y -= hgt + 3
                i += 1
            if i == len(rows):
                c.setFont("Courier-Bold", 8)
                c.drawString(40, y - 6, f"{station} STATION TOTAL CALLS: {len(rows)}")
                if station == "SOUTH":
                    c.drawString(40, y - 18, f"ALL STATIONS: {len(recs)}")
            c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- ground truth
SAMPLE_KEYS = ["case_number", "type", "reported_at", "occurred_at", "location", "disposition", "summary"]


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
        "git_blob": "generated", "generator": f"make_blind_logs62.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs62.py) from the records it drew; "
                               "checked by check_blind_logs62.py against `pdftotext -layout` text",
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
    "kh": ("Portrait US Letter pages (612 x 792, no /Rotate) carrying a LANDSCAPE table printed SIDEWAYS: the "
           "table's text runs bottom to top (rotated 90 degrees), while the letterhead 'KETTLEBY HOLLOW POLICE "
           "DEPARTMENT', the line 'Daily Incident Log - period - turn page to read' and the footer 'Page n of N "
           "Records Unit 555-0143' stay UPRIGHT across the top and bottom of the same page, so every page mixes "
           "two text directions. Column titles repeated per page: Incident No. (KH25-NNNNN, the id), Reported "
           "('10/16/2025 14:25', reported_at as printed), Offense (type), Location, Disposition (wraps; "
           "'ARREST - BOOKED KCJ-25-NNNNN' a booking number, 'CITATION KH-C-NNNNNN ISSUED' a citation, "
           "'TURNED OVER TO STATE HWY PATROL (CASE OSP-25-NNNNNN)' another agency's case: related, not ids). "
           "Ends 'Records this log: N'.",
           "rows counted from the generator; 'Records this log' equals record_count"),
    "bw": ("Portrait incident listing whose report writer FITS EACH PAGE'S COLUMN WIDTHS afresh to the "
           "longest value on that page under a per-page cap, so every column title and value starts at a "
           "different x on every page, and the same Nature or Location wraps on one page and not on another. "
           "Columns: Date/Time ('10/01/2025 0123', reported_at as printed; no colon in the time), Case # "
           "(25-NNNNNN, the id, SECOND), Nature (type, wraps), Location (wraps), Unit (a unit code, no "
           "person), Disposition ('Summons S-2025-NNNNNN' a summons/citation, 'Assist other agency (NJSP "
           "25-NNNNNN)' a State Police case whose number has the same 25-NNNNNN shape as the ids, 'Arrest, "
           "arrest no. BTA-NNNN': related, not ids). Ends 'Total incidents: N' and a 'Nature summary' of "
           "type names with counts, which are NOT records. Header 'Page n of N' and a phone.",
           "rows counted from the generator; 'Total incidents' equals record_count"),
    "ac": ("Sheriff's patrol shift report mixing PORTRAIT and LANDSCAPE pages: each day is narrative on "
           "portrait pages (day heading 'Monday, October 20, 2025', repeated with '(continued)' when a day "
           "runs over a page), one Times paragraph per entry: 'HHMM hrs.', the type, a comma, the place, a "
           "full stop, one or two sentences of narrative (summary), 'Report 25SNNNNN.' (the id, in the MIDDLE "
           "of the paragraph, sometimes wrapped onto the next line) and the outcome (disposition; 'booking "
           "B25-NNNN', 'their report WVSP-NNNNNNN', 'Citation ACNNNNNNN issued': related). Continuation "
           "lines are indented. After each day an italic line 'Shift totals for the day: M calls for "
           "service, K reports written.' (only K counts records) and then a LANDSCAPE 'CUSTODY SUPPLEMENT' "
           "page (a portrait page turned by /Rotate 90, its content drawn sideways) whose table lists Booking "
           "No., Report No. (the record ids AGAIN: not new records), Charge, Booked, Facility, and 'Bookings: "
           "n'. reported_at joins the heading's date and the time ('10/20/2025 0221').",
           "entries counted from the generator; the per-day 'reports written' counts add up to record_count"),
    "pu": ("Campus daily crime log in LABELLED BLOCKS: each record is two rows of ruled boxes (CASE NO., "
           "REPORTED, OCCURRED, NATURE; then LOCATION, DISPOSITION); each box's label is printed VERTICALLY "
           "(rotated 90 degrees, small type) up its left edge, the value upright beside it, so text "
           "extraction scatters the labels away from their values. Id PU2025-NNNN (bold). Reported and "
           "Occurred 'MM/DD/YYYY HH:MM' (reported_at, occurred_at as printed). Dispositions may cite the city "
           "police ('Referred to Pendleford City PD, PCPD 25-NNNNN') or a citation ('Closed, citation UTC "
           "NNNNNNN'): related, not ids. Blocks are never split over pages. Ends 'Entries in this log: N'; "
           "Clery footer with a phone; page 'n/N'.",
           "blocks counted from the generator; 'Entries in this log' equals record_count"),
    "tb": ("Two-station Courier call log printed on TWO PAGE SIZES in one PDF: the NORTH STATION pages are "
           "US Letter (612 x 792) and the SOUTH STATION pages US Legal (612 x 1008), each page saying 'FORM "
           "8.5X11' or 'FORM 8.5X14'. Column titles (CASE NUMBER, RECEIVED, CALL TYPE, ADDRESS, CLEARANCE) are "
           "printed VERTICALLY, reading upward, in a tall band repeated on every page. One id series (TBNNNNNNN) "
           "shared by both stations, so the document is North in time order then South in time order: NOT in "
           "id or time order overall. Received 'M/D/YY HH:MM' (two-digit year, reported_at as printed). "
           "Clearance wraps; 'BOOKED BKNNNNNN' a booking number and 'ASSIST HARBOR DIST #NN-NNNNNN' another "
           "agency's case: related, not ids. Each station ends '<STATION> STATION TOTAL CALLS: n'; the last "
           "page 'ALL STATIONS: N'.",
           "rows counted from the generator; the two station totals add up to 'ALL STATIONS', = record_count"),
}


def main():
    one_agency(
        "kettleby-hollow-oh-pd", 1,
        [("khpd-daily-log-2025-10-13-15.pdf", days(10, 13, 15), "10/13/2025 - 10/15/2025", 96, 41200),
         ("khpd-daily-log-2025-10-16-17.pdf", days(10, 16, 17), "10/16/2025 - 10/17/2025", 74, 41330)],
        kh_records, draw_kh, "Kettleby Hollow Police Department, OH [invented]",
        "daily incident log (landscape table printed sideways on portrait pages)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kh"])
    one_agency(
        "brackwater-township-nj-pd", 2,
        [("btpd-incident-listing-2025-10.pdf", days(10, 1, 31), "10/01/2025 to 10/31/2025", 128, 18400)],
        bw_records, draw_bw, "Brackwater Township Police Department, NJ [invented]",
        "incident listing (column widths fitted per page)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["bw"])
    one_agency(
        "ashcombe-county-wv-so", 3,
        [("acso-shift-report-2025-10-20-22.pdf", days(10, 20, 22), "October 20 - 22, 2025", 58, 3300),
         ("acso-shift-report-2025-10-23-25.pdf", days(10, 23, 25), "October 23 - 25, 2025", 66, 3420)],
        ac_records, draw_ac, "Ashcombe County Sheriff's Office, WV [invented]",
        "patrol shift report (narrative; landscape custody supplement pages)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["ac"])
    one_agency(
        "pendleford-university-ia-dps", 4,
        [("pudps-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 44, 610),
         ("pudps-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 52, 700)],
        pu_records, draw_pu, "Pendleford University Department of Public Safety, IA [invented]",
        "daily crime log (boxed labelled blocks, labels printed vertically)", "labelled blocks",
        ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"], *NOTES["pu"])
    one_agency(
        "tollgate-bluffs-or-pd", 5,
        [("tbpd-call-log-2025-10-20-23.pdf", days(10, 20, 23), "10/20/25-10/23/25", 118, 2504100)],
        tb_records, draw_tb, "Tollgate Bluffs Police Department, OR [invented]",
        "two-station call log (Letter and Legal pages, vertical column titles)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["tb"])


if __name__ == "__main__":
    main()
