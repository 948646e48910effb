"""Generate the nineteenth held-out set of incident-log PDFs and their ground truth.

Five layouts, all logs published for the public: a county sheriff's public incident log printed
from its web page (paginated table, browser header and footer, "Showing 1 to 25 of N entries"
lines between the table pages); a highway patrol press bulletin (headline, then a news paragraph
with the id in its second sentence); a university police newsletter of labelled blocks whose id
is the LAST label, beside a sidebar of weekly counts and tips; a state park police open-data CSV
export printed as raw text (quoted fields, word-wrapped lines); a state capitol police daily
activity log whose first cell holds the dispatch call number and the case number together.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs19/make_blind_logs19.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251919
STREETS = ["Abernathy", "Bellhaven", "Cottrell", "Dunmore", "Eastwick", "Farrow", "Gilchrist", "Hatcher",
           "Inglewood", "Jessup", "Kettering", "Loxley", "Marchbank", "Nettlefield", "Orwell", "Pruitt",
           "Quimby", "Rushmere", "Stanhope", "Tilford", "Upshaw", "Venner", "Wardle"]
SUFFIX = ["ST", "AVE", "RD", "DR", "LN", "BLVD", "CT", "WAY"]


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


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [datetime.datetime(*days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def ampm(t):
    return t.strftime("%I:%M %p")


# ---------------------------------------------------------------- A: Tolliver County web log

TC_TYPES = ["THEFT", "BURGLARY - RESIDENCE", "CRIMINAL MISCHIEF", "SUSPICIOUS VEHICLE", "DOMESTIC DISTURBANCE",
            "WELFARE CHECK", "ANIMAL COMPLAINT", "TRAFFIC STOP", "CIVIL STANDBY", "FRAUD", "LIVESTOCK AT LARGE",
            "ALARM - COMMERCIAL", "MOTOR VEHICLE ACCIDENT - PROPERTY DAMAGE", "DRIVING UNDER THE INFLUENCE"]
TC_DISP = ["REPORT TAKEN", "ASSISTED", "UNFOUNDED", "GONE ON ARRIVAL", "CITED", "ARRESTED", "WARNING ISSUED",
           "REFERRED TO COUNTY ATTORNEY"]


def tc_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"25-{k:06d}", "reported_at": f"{t:%m/%d/%Y} {ampm(t)}", "type": r.choice(TC_TYPES),
               "location": f"{r.randint(1, 79) * 100} BLK {r.choice('NSEW')} {r.choice(STREETS).upper()} "
                           f"{r.choice(SUFFIX)}", "disposition": r.choice(TC_DISP), "related": []}
        if rec["disposition"] == "CITED":
            num = f"T{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CITED - CITATION {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ARRESTED":
            num = f"2025-{r.randint(1000, 9999):05d}"
            rec["disposition"] = f"ARRESTED - BOOKING {num}"
            rec["related"].append(("booking_number", num))
        recs.append(rec)
    return recs


def draw_tc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(40, "Case #", 58), (102, "Date/Time Reported", 86), (192, "Incident Type", 118),
            (314, "Location (block)", 118), (436, "Disposition", 136)]
    page = [0]
    per = 25
    groups = (len(recs) + per - 1) // per

    def furniture():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(24, h - 18, "10/31/2025, 7:48 AM")
        c.drawCentredString(w / 2, h - 18, "Public Incident Log | Tolliver County Sheriff's Office")
        c.drawString(24, 16, "https://sheriff.tolliver-county.example/public/incident-log?page=all")
        c.drawRightString(w - 24, 16, f"{page[0]}/{pages or 0}")
        return h - 44

    def table_head(y):
        c.setFillGray(0.88)
        c.rect(36, y - 4, w - 72, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t, _ in cols:
            c.drawString(x, y, t)
        return y - 14

    y = furniture()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, y - 6, "Tolliver County Sheriff's Office")
    c.setFont("Helvetica", 9)
    c.drawString(36, y - 22, f"Public Incident Log  -  Reported between {label}")
    c.drawString(36, y - 34, "Questions about this log: Records Unit, 402 555-0161. Names are not published.")
    y -= 56
    for g in range(groups):
        chunk = recs[g * per:(g + 1) * per]
        if y < 160:
            c.showPage()
            y = furniture()
        y = table_head(y)
        for rec in chunk:
            cells = [wrap(rec[k], "Helvetica", 7, wd - 4) for k, (_, _, wd) in
                     zip(("case_number", "reported_at", "type", "location", "disposition"), cols)]
            n = max(len(x) for x in cells)
            if y - 9 * n < 40:
                c.showPage()
                y = table_head(furniture())
            c.setFont("Helvetica", 7)
            for (x, _, _), cell in zip(cols, cells):
                for j, t in enumerate(cell):
                    c.drawString(x, y - 9 * j, t)
            c.setStrokeGray(0.8)
            c.line(36, y - 9 * n + 5, w - 36, y - 9 * n + 5)
            c.setStrokeGray(0)
            y -= 9 * n + 4
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 6, f"Showing {g * per + 1} to {g * per + len(chunk)} of {len(recs)} entries")
        nums = "  ".join(str(i + 1) for i in range(groups))
        c.drawRightString(w - 40, y - 6, f"Previous  {nums}  Next")
        y -= 30
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Brayfield highway patrol bulletin

HP_TYPES = [("INJURY CRASH", "an injury crash"), ("FATAL CRASH", "a fatal crash"),
            ("PROPERTY DAMAGE CRASH", "a property-damage crash"), ("OVI ARREST", "a report of an impaired driver"),
            ("COMMERCIAL VEHICLE INSPECTION", "a commercial vehicle inspection"),
            ("DISABLED VEHICLE", "a disabled vehicle"), ("WRONG-WAY DRIVER", "a wrong-way driver"),
            ("DEBRIS IN ROADWAY", "debris in the roadway"), ("PURSUIT", "a vehicle that failed to stop"),
            ("MOTORIST ASSIST", "a stranded motorist")]
HP_ROADS = ["STATE ROUTE 33", "STATE ROUTE 7", "STATE ROUTE 161", "US 22", "US 40", "INTERSTATE 70",
            "INTERSTATE 77", "COUNTY ROAD 12"]
HP_TOWNS = ["ASHVILLE", "MILLWOOD", "CORNING FORKS", "PLEASANT RUN", "BRISTOW", "HADEN", "LOGAN MILLS"]
HP_CRASH = ["a southbound sedan left the roadway and struck a guardrail",
            "two vehicles collided in the left lane during light rain",
            "the driver told troopers a deer had crossed in front of the vehicle",
            "a pickup truck drifted across the center line and struck an oncoming car"]
HP_ROAD = ["a tractor-trailer was stopped on the shoulder with a flat tire",
           "the vehicle was found unoccupied on the berm",
           "a pickup truck lost a load of lumber across both lanes",
           "traffic was slowed for about forty minutes while the lanes were cleared"]
HP_DRIVER = ["a caller reported a vehicle weaving across the lanes",
             "a trooper saw a car traveling north in the southbound lanes",
             "a driver failed to stop for a trooper and left the highway at the next exit"]
HP_NARR = {"INJURY CRASH": HP_CRASH, "FATAL CRASH": HP_CRASH, "PROPERTY DAMAGE CRASH": HP_CRASH,
           "OVI ARREST": HP_DRIVER, "WRONG-WAY DRIVER": HP_DRIVER, "PURSUIT": HP_DRIVER,
           "COMMERCIAL VEHICLE INSPECTION": HP_ROAD, "DISABLED VEHICLE": HP_ROAD, "DEBRIS IN ROADWAY": HP_ROAD,
           "MOTORIST ASSIST": HP_ROAD}
HP_OUT = ["No citation was issued.", "The driver was taken to a local hospital with minor injuries.",
          "The roadway reopened shortly after.", "The investigation continues.",
          "The vehicle was towed from the scene."]


def hp_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        head, phrase = r.choice(HP_TYPES)
        road = r.choice(HP_ROADS)
        mm = r.randint(1, 64)
        hour = t.strftime("%-I:%M ") + ("a.m." if t.hour < 12 else "p.m.")
        rec = {"case_number": f"HP-F-25-{k:05d}", "headline": f"{head} ON {road}", "type": head,
               "reported_at": f"{t:%b}. {t.day}, {t.year}, at {hour}", "town": r.choice(HP_TOWNS),
               "location": f"{road.title().replace('Us ', 'US ')} near mile marker {mm}",
               "phrase": phrase, "summary": r.choice(HP_NARR[head]), "disposition": r.choice(HP_OUT),
               "related": []}
        x = r.random()
        if x < 0.25:
            num = f"BSP{r.randint(100000, 999999)}"
            rec["disposition"] = f"The driver was cited (citation {num}) and released."
            rec["related"].append(("citation", num))
        elif x < 0.38:
            num = f"25-{r.randint(10000, 19999):06d}"
            rec["disposition"] = f"Tolliver County deputies assisted under their case {num}."
            rec["related"].append(("other_agency_case", num))
        elif x < 0.48:
            num = f"AR-{r.randint(10000, 99999)}"
            rec["disposition"] = f"The driver was arrested (arrest {num}) and taken to the county jail."
            rec["related"].append(("arrest_number", num))
        recs.append(rec)
    return recs


def hp_paragraph(rec):
    return (f"{rec['town']} - On {rec['reported_at']}, troopers from the Troop F post responded to "
            f"{rec['phrase']} on {rec['location']}. The incident, logged as {rec['case_number']}, began when "
            f"{rec['summary']}. {rec['disposition']}")


def draw_hp(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def furniture():
        page[0] += 1
        c.setFont("Times-Italic", 8)
        c.drawCentredString(w / 2, 24, f"Troop F Press Bulletin - {label} - page {page[0]} of {pages or 0}")
        return h - 54

    y = furniture()
    c.setFont("Times-Bold", 18)
    c.drawCentredString(w / 2, y, "BRAYFIELD STATE HIGHWAY PATROL")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(w / 2, y - 16, "Troop F  -  Press Bulletin  -  For Immediate Release")
    c.drawCentredString(w / 2, y - 30, f"Week of {label}   |   Media line 614 555-0137")
    c.line(72, y - 38, w - 72, y - 38)
    y -= 62
    for rec in recs:
        para = wrap(hp_paragraph(rec), "Times-Roman", 10.5, w - 144)
        need = 16 + 13 * len(para) + 10
        if y - need < 50:
            c.showPage()
            y = furniture()
        c.setFont("Times-Bold", 10.5)
        c.drawString(72, y, rec["headline"])
        c.setFont("Times-Roman", 10.5)
        for j, t in enumerate(para):
            c.drawString(72, y - 15 - 13 * j, t)
        y -= need
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    if y - 14 * (len(counts) + 4) < 50:
        c.showPage()
        y = furniture()
    c.setFont("Times-Bold", 11)
    c.drawString(72, y - 4, "THE WEEK IN NUMBERS")
    c.setFont("Times-Roman", 10)
    y -= 20
    for t, k in sorted(counts.items()):
        c.drawString(90, y, t.capitalize().replace("Ovi ", "OVI "))
        c.drawRightString(330, y, str(k))
        y -= 13
    c.drawString(72, y - 8, f"Troop F reported {len(recs)} incidents in this bulletin.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Pennick University newsletter

PU_TYPES = ["Theft - bicycle", "Theft - laptop", "Liquor law violation", "Drug law violation", "Vandalism",
            "Harassment", "Burglary", "Fire alarm", "Trespass", "Medical assist", "Suspicious person",
            "Lost property"]
PU_PLACES = ["Garrow Hall", "Whitcombe Library", "Lot 7", "Prescott Student Center", "Ellery Hall",
             "Tanner Science Building", "Fieldhouse", "North Dining Hall", "Maple Court Apartments",
             "Kirby Arts Center"]
PU_OUT = ["Report taken; investigation continues.", "Closed.", "Referred to Student Conduct.",
          "Cleared by arrest.", "Unfounded.", "Property returned to owner."]
PU_TIPS = ["Lock your bike with a U-lock", "through the frame and wheel.", "", "Walking late? Call the",
           "escort service:", "608 555-0119.", "", "Report anything suspicious:", "608 555-0104."]


def pu_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        hour = t.strftime("%-I:%M ") + ("a.m." if t.hour < 12 else "p.m.")
        place = r.choice(PU_PLACES) + (f", room {r.randint(101, 430)}" if r.random() < 0.3 else "")
        rec_type = r.choice(PU_TYPES)
        rec = {"case_number": f"PUPD 2025-{k:05d}", "type": rec_type,
               "reported_at": f"{t:%a} {t:%m/%d/%Y}, {hour}", "location": place,
               "disposition": r.choice(PU_OUT[:-1] + (PU_OUT[-1:] if "Theft" in rec_type or "Lost" in rec_type else [])),
               "related": []}
        if r.random() < 0.15:
            num = f"FPD 25-{r.randint(30000, 39999)}"
            rec["related"].append(("other_agency_case", num))
        if rec["disposition"] == "Cleared by arrest.":
            num = f"A25-{r.randint(100, 999):04d}"
            rec["related"].append(("arrest_number", num))
        recs.append(rec)
    return recs


def draw_pu(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1

    def furniture():
        page[0] += 1
        c.setFont("Helvetica-Bold", 20)
        c.drawString(54, h - 56, "Campus Safety Weekly")
        c.setFont("Helvetica", 8.5)
        c.drawString(54, h - 70, f"Pennick University Police Department  |  {label}")
        c.drawRightString(w - 54, h - 70, f"Page {page[0]} of {pages or 0}")
        c.line(54, h - 76, w - 54, h - 76)
        c.line(418, h - 90, 418, 60)
        side = ["THIS WEEK", ""] + [f"{t}: {k}" for t, k in sorted(counts.items())] if page[0] == 1 else \
            ["SAFETY TIPS", ""] + PU_TIPS
        c.setFont("Helvetica", 8)
        for j, t in enumerate(side):
            c.drawString(428, h - 100 - 12 * j, t)
        return h - 100

    y = furniture()
    for rec in recs:
        rows = [("What:", rec["type"]), ("When:", rec["reported_at"]), ("Where:", rec["location"]),
                ("Outcome:", rec["disposition"])]
        for kind, num in rec["related"]:
            rows.append(("Related:", ("Fenwood PD case " if kind == "other_agency_case" else "Arrest no. ") + num))
        rows.append(("Ref #:", rec["case_number"]))
        lines = [(lab if j == 0 else "", t) for lab, v in rows for j, t in
                 enumerate(wrap(v, "Helvetica", 9, 270))]
        if y - 12 * len(lines) - 10 < 60:
            c.showPage()
            y = furniture()
        for j, (lab, t) in enumerate(lines):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(54, y - 12 * j, lab)
            c.setFont("Helvetica", 9)
            c.drawString(120, y - 12 * j, t)
        y -= 12 * len(lines) + 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, y - 4, f"Incidents in this issue: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Weatherby Lake park police CSV

WL_TYPES = ["Resource violation - fishing", "Resource violation - hunting", "Camping after hours", "Boating - no PFD",
            "Alcohol in day-use area", "Vehicle break-in", "Lost hiker", "Dog off leash", "Campsite dispute",
            "Vandalism - restroom", "Boating under the influence", "Medical assist"]
WL_AREAS = ["North Shore Campground", "Marina Boat Ramp", "Heron Point Trailhead", "Beach 2", "Cedar Loop",
            "Visitor Center Lot", "Spillway Fishing Pier", "Group Shelter B"]
WL_OUT = ["Warning issued", "Citation issued", "Referred to TWRA", "Resolved on scene", "Report filed",
          "Arrest"]
WL_NARR = ["Ranger contacted the party and explained park rules, then cleared",
           "Caller reported the problem by radio from the gate, ranger checked the area",
           "Found during routine patrol, owner located later, no further action",
           "Two parties involved, statements taken, area rechecked at dusk",
           "Visitor flagged down the patrol unit near the ramp, ranger assisted"]


def wl_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"WL25-{k:04d}", "reported_at": f"{t:%Y-%m-%d %H:%M}:00", "type": r.choice(WL_TYPES),
               "location": r.choice(WL_AREAS), "disposition": r.choice(WL_OUT), "summary": r.choice(WL_NARR),
               "related": [], "citations": ""}
        if rec["disposition"] in ("Citation issued", "Arrest"):
            nums = [f"E{r.randint(4400000, 4499999)}" for _ in range(r.choice((1, 1, 2)))]
            rec["citations"] = ";".join(nums)
            rec["related"] += [("citation", x) for x in nums]
        if r.random() < 0.12 and recs:
            prior = r.choice(recs[-10:])["case_number"]
            rec["summary"] += f", follow-up to {prior}"
            rec["related"].append(("earlier_case_cited", prior))
        recs.append(rec)
    return recs


def wl_line(rec):
    vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"],
            rec["citations"], rec["summary"]]
    return ",".join('"' + v + '"' for v in vals)


def draw_wl(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def furniture():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(36, 20, f"weatherby-lake-park-police-incidents.csv - printed from the state open data portal - "
                              f"{page[0]}/{pages or 0}")
        return h - 40

    lines = ["# Dataset: State Park Police Incidents (public)", f"# Filter: park_unit = 'Weatherby Lake' AND "
             f"reported between {label}", f"# Rows: {len(recs)}    Contact: parks-data@example.gov, 615 555-0172",
             '"incident_no","reported","category","park_area","outcome","citation_nos","narrative"']
    for rec in recs:
        lines += textwrap.wrap(wl_line(rec), 112, break_long_words=False, break_on_hyphens=False)
    y = furniture()
    for t in lines:
        if y < 40:
            c.showPage()
            y = furniture()
        c.setFont("Courier", 7.5)
        c.drawString(36, y, t)
        y -= 9.5
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Halstead State Capitol Police

SC_NATURE = ["SUSPICIOUS PACKAGE", "ALARM - DURESS", "UNSECURED DOOR", "DEMONSTRATION / PERMIT CHECK",
             "LOST PROPERTY", "FOUND PROPERTY", "THEFT", "TRESPASS WARNING", "PARKING ENFORCEMENT",
             "MEDICAL ASSIST", "ESCORT - LEGISLATOR", "DISORDERLY PERSON", "ELEVATOR ENTRAPMENT"]
SC_BLDG = ["CAPITOL BLDG - ROTUNDA", "CAPITOL BLDG - EAST WING", "JUSTICE CENTER", "AGENCY TOWER 2",
           "SUPREME COURT ANNEX", "LEGISLATIVE OFFICE BLDG", "CAPITOL MALL - SOUTH LAWN", "GARAGE P3"]
SC_DISP = ["CLEARED", "REPORT", "ADVISED", "GOA", "ARREST", "CITATION", "ASSISTED"]


def sc_records(r, days, n, start):
    recs = []
    seq = {}
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        seq[t.date()] = seq.get(t.date(), r.randint(3, 40)) + r.randint(1, 6)
        cfs = f"{t:%y%m%d}{seq[t.date()]:04d}"
        rec = {"case_number": f"CP25-{k:04d}", "cfs": cfs, "reported_at": t.strftime("%d-%b-%y %H%M").upper(),
               "type": r.choice(SC_NATURE), "location": r.choice(SC_BLDG),
               "unit": f"{r.choice('ABC')}{r.randint(11, 39)}", "disposition": r.choice(SC_DISP),
               "day": t.date(), "related": [("call_number", cfs)]}
        if rec["disposition"] == "ARREST":
            num = f"B-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"ARREST BKG# {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITATION":
            num = f"SC{r.randint(100000, 999999)}"
            rec["disposition"] = f"CITATION {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_sc(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [(36, "CFS NO. / CASE NO."), (164, "RECEIVED"), (240, "NATURE OF CALL"), (410, "BUILDING / LOCATION"),
            (580, "UNIT"), (620, "DISPOSITION")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 36, "HALSTEAD STATE CAPITOL POLICE - DAILY ACTIVITY LOG (PUBLIC COPY)")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 48, f"{label}    Watch Commander 505 555-0188")
        c.drawRightString(w - 36, h - 48, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 66, t)
        c.line(36, h - 70, w - 36, h - 70)
        return h - 82

    y = head()
    day, count = None, 0
    for i, rec in enumerate(recs):
        if rec["day"] != day:
            day = rec["day"]
            if y < 70:
                c.showPage()
                y = head()
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y, day.strftime("%A %d %B %Y").upper())
            y -= 12
        if y < 50:
            c.showPage()
            y = head()
        c.setFont("Courier", 7.5)
        c.drawString(36, y, f"{rec['cfs']} / {rec['case_number']}")
        c.setFont("Helvetica", 7.5)
        c.drawString(164, y, rec["reported_at"])
        c.drawString(240, y, rec["type"])
        c.drawString(410, y, rec["location"])
        c.drawString(580, y, rec["unit"])
        c.drawString(620, y, rec["disposition"])
        y -= 11
        count += 1
        if i + 1 == len(recs) or recs[i + 1]["day"] != day:
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(240, y, f"DAY TOTAL {count} CALLS")
            y -= 16
            count = 0
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 4, f"TOTAL CALLS THIS LOG: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs19.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs19.py) from the records it drew; "
                               "checked by check_blind_logs19.py against `pdftotext -layout` text",
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
    "tc": ("County sheriff's public incident log PRINTED FROM ITS WEB PAGE: browser header (print date and page "
           "title) and footer (URL, 'n/N') on every page. The table is paginated as on the web: blocks of 25 rows, "
           "each under a grey column-title band and followed by 'Showing A to B of N entries' and a pager "
           "'Previous 1 2 3 4 5 Next' (numbers that are not records). Columns: Case # (25-NNNNNN, the id), "
           "Date/Time Reported ('10/20/2025 02:14 PM', 12-hour), Incident Type (wraps), Location (block: "
           "'4300 BLK N LOXLEY RD', wraps), Disposition ('CITED - CITATION TNNNNNNN' and 'ARRESTED - BOOKING "
           "2025-NNNNN' cite a citation and a booking number: related, not ids).",
           "rows counted from the generator; the 'of N entries' total equals record_count"),
    "hp": ("Highway patrol weekly PRESS BULLETIN in Times, one news item per incident: a bold capitals headline "
           "'<TYPE> ON <ROAD>' (type is the part before ' ON '), then a paragraph with a dateline town "
           "('ASHVILLE - On Oct. 21, 2025, at 2:14 p.m., troopers ... responded to ... on State Route 33 near mile "
           "marker 12.'); the id (HP-F-25-NNNNN) is only inside the SECOND sentence ('The incident, logged as "
           "HP-F-25-NNNNN, began when ...'), so no line starts with it. The last sentence is the outcome "
           "(disposition) and may cite a citation 'BSPNNNNNN', an arrest 'AR-NNNNN' or the county sheriff's case "
           "'25-NNNNNN' (other agency; same format as the Tolliver County ids): related, not ids. Ends with 'THE WEEK "
           "IN NUMBERS' (type counts, not records) and 'Troop F reported N incidents in this bulletin.'",
           "items counted from the generator; the closing count equals record_count"),
    "pu": ("University police NEWSLETTER ('Campus Safety Weekly'): labelled blocks in a left column, one per "
           "incident, labels What: (type), When: ('Mon 10/20/2025, 9:40 a.m.', reported_at), Where: (location, "
           "sometimes with a room), Outcome: (disposition), optional Related: ('Fenwood PD case FPD 25-NNNNN' "
           "other agency, 'Arrest no. A25-NNNN' arrest; related, not ids) and LAST 'Ref #:' with the id "
           "('PUPD 2025-NNNNN', with a space). A sidebar right of a vertical rule on every page (weekly counts by "
           "type on page 1, safety tips with phone numbers after) shares text lines with the blocks. Ends "
           "'Incidents in this issue: N'.",
           "blocks counted from the generator; the closing count equals record_count"),
    "wl": ("State park police OPEN-DATA CSV EXPORT printed as raw text in Courier: three '#' comment lines "
           "(dataset, filter, 'Rows: N'), the CSV header, then one quoted, comma-separated row per incident, "
           "word-wrapped at 112 characters so most rows take two or three printed lines and continuation lines "
           "start anywhere in a field. Fields: incident_no (WL25-NNNN, the id), reported ('2025-10-03 "
           "14:22:00'), category (type), park_area (location), outcome (disposition), citation_nos (';'-joined "
           "citations ENNNNNNN, related, empty for most rows) and narrative (summary; some end 'follow-up to "
           "WL25-NNNN', an EARLIER incident of the same series, related, not a new record).",
           "rows counted from the generator; the 'Rows:' line equals record_count"),
    "sc": ("State capitol police DAILY ACTIVITY LOG (public copy), landscape, no rules between rows, sections "
           "by day under a capitals day line ('TUESDAY 21 OCTOBER 2025') each ending 'DAY TOTAL N CALLS'. The "
           "first cell, in Courier, holds TWO numbers 'CFS NO. / CASE NO.': the 10-digit dispatch call number "
           "(YYMMDD + 4 digits; related, kind call_number) then the id CP25-NNNN. RECEIVED is 'DD-MON-YY HHMM' "
           "('21-OCT-25 0812', reported_at as printed); NATURE OF CALL (type), BUILDING / LOCATION, UNIT, "
           "DISPOSITION ('ARREST BKG# B-25-NNNN', 'CITATION SCNNNNNN': related). Ends 'TOTAL CALLS THIS LOG: N'.",
           "rows counted from the generator; 'TOTAL CALLS THIS LOG' equals record_count"),
}


def main():
    one_agency(
        "tolliver-county-ne-so", 1,
        [("tcso-public-incident-log-2025-10-20-22.pdf", days(10, 20, 22), "10/20/2025 and 10/22/2025", 118, 11800),
         ("tcso-public-incident-log-2025-10-23-24.pdf", days(10, 23, 24), "10/23/2025 and 10/24/2025", 96, 12080)],
        tc_records, draw_tc, "Tolliver County Sheriff's Office, NE [invented]",
        "public incident log printed from the web page (paginated table)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["tc"])
    one_agency(
        "brayfield-state-highway-patrol-troop-f", 2,
        [("bshp-troop-f-press-bulletin-2025-10-20.pdf", days(10, 20, 26), "October 20-26, 2025", 48, 1400)],
        hp_records, draw_hp, "Brayfield State Highway Patrol, Troop F [invented]",
        "weekly press bulletin (news items)", "free text",
        ["case_number", "type", "reported_at", "location", "summary", "disposition"], *NOTES["hp"])
    one_agency(
        "pennick-university-wi-pd", 3,
        [("pupd-campus-safety-weekly-2025-10-13.pdf", days(10, 13, 19), "October 13-19, 2025", 44, 610),
         ("pupd-campus-safety-weekly-2025-10-20.pdf", days(10, 20, 26), "October 20-26, 2025", 52, 670)],
        pu_records, draw_pu, "Pennick University Police Department, WI [invented]",
        "weekly safety newsletter (labelled blocks, id last)", "labelled blocks",
        ["case_number", "type", "reported_at", "location", "disposition"], *NOTES["pu"])
    one_agency(
        "weatherby-lake-tn-state-park-police", 4,
        [("weatherby-lake-incidents-2025-10.pdf", days(10, 1, 31), "2025-10-01 and 2025-10-31", 74, 1000)],
        wl_records, draw_wl, "Weatherby Lake State Park Police, TN [invented]",
        "open-data portal CSV export printed as text", "free text",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], *NOTES["wl"])
    one_agency(
        "halstead-state-capitol-nm-police", 5,
        [("hscp-daily-activity-2025-10-20-21.pdf", days(10, 20, 21), "MONDAY 20 - TUESDAY 21 OCTOBER 2025", 88, 700),
         ("hscp-daily-activity-2025-10-22-23.pdf", days(10, 22, 23), "WEDNESDAY 22 - THURSDAY 23 OCTOBER 2025",
          71, 800)],
        sc_records, draw_sc, "Halstead State Capitol Police, NM [invented]",
        "daily activity log (call number and case number in one cell)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["sc"])


if __name__ == "__main__":
    main()
