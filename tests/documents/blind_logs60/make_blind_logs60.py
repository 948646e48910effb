"""Generate the sixtieth held-out set of incident-log PDFs and their ground truth.

Five federal and military-installation layouts: a VA medical center police daily operations
journal (table; every row also carries a facility station number that is the id's own prefix);
an Air Force security forces blotter (free text: message-style `//` title lines under day and
shift headings, Zulu/local times, unit designations); a national park's daily case incident
reports (labelled blocks under Julian-day headings, ids built from the Julian date); a federal
center protective police log (landscape table with a two-row grouped header, reported and
occurred each split into date and time, GSA building numbers); an Army provost marshal's daily
staff journal (a DA-1594-style form: running item numbers, time in/out, only items that open a
military police report are records, the report number sits inside the text).
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs60/make_blind_logs60.py [OUT_DIR]
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
SEED = 20261160
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


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
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def mil(d):
    return f"{d[2]:02d} {MON[d[1] - 1]} {d[0]}"


def julian(d):
    return datetime.date(*d).timetuple().tm_yday


def weekday(d):
    return datetime.date(*d).strftime("%A").upper()


def pick_related(r, rec, options):
    """options: list of (probability, kind, make_number, text_template)."""
    for p, kind, make, tmpl in options:
        if r.random() < p:
            num = make(r)
            rec["related"].append((kind, num))
            return tmpl.format(num)
    return None


# ---------------------------------------------------------------- A: VA medical center police

VA_FAC = [("687", 0.6), ("687A2", 0.2), ("687GB", 0.12), ("687HK", 0.08)]
VA_TYPES = [
    "Disorderly conduct",
    "Theft of government property",
    "Theft of personal property",
    "Trespass",
    "Assault - simple (patient on employee)",
    "Threat to staff",
    "Found property",
    "Suspicious package",
    "Vehicle accident - parking lot",
    "Unattended patient (elopement)",
    "Prohibited weapon (knife) surrendered",
    "Damage to government property",
    "Controlled substance found",
    "Welfare check - veteran in parking garage",
    "Alarm - panic button",
]
VA_BLDG = {
    "687": [
        "Bldg 1 (Main Hospital)",
        "Bldg 5 (CLC)",
        "Bldg 12 (Domiciliary)",
        "Bldg 40 (Research)",
        "Parking Garage B",
        "Emergency Dept entrance",
    ],
    "687A2": ["Harlan Flats CBOC", "Harlan Flats CBOC lot"],
    "687GB": ["Dunmore Annex", "Dunmore Annex pharmacy"],
    "687HK": ["Kettering Vet Center"],
}
VA_DISP = [
    "Closed - report",
    "Closed - no further action",
    "Unfounded",
    "Advised and released",
    "Referred to Patient Advocate",
    "Referred to Disruptive Behavior Committee",
    "Open - pending",
]


def va_records(r, days, n, start):
    recs, k = [], start
    facs, weights = zip(*VA_FAC)
    for d, h, m in day_times(r, days, n):
        k += r.choice((1, 1, 1, 2))
        fac = r.choices(facs, weights)[0]
        place = r.choice(VA_BLDG[fac])
        if place.startswith("Bldg") and r.random() < 0.6:
            place += f", Rm {r.randint(1, 4)}{r.choice('NSEW')}-{r.randint(101, 199)}"
        rec = {
            "case_number": f"687-{d[0] % 100}-{k:04d}",
            "facility": fac,
            "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
            "type": r.choice(VA_TYPES),
            "location": place,
            "related": [],
        }
        extra = pick_related(
            r,
            rec,
            [
                (0.10, "citation", lambda r: f"E{r.randint(1000000, 9999999)}", "Violation Notice {}"),
                (0.07, "other_agency_case", lambda r: f"25-0{r.randint(10000, 99999)}", "Ref. to Marlow Ridge PD {}"),
            ],
        )
        rec["disposition"] = extra if extra else r.choice(VA_DISP)
        recs.append(rec)
    return recs


def draw_va(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [
        (30, "UOR No."),
        (88, "Fac."),
        (122, "Received"),
        (190, "Offense / Incident"),
        (330, "Location"),
        (462, "Disposition"),
    ]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 38, "DEPARTMENT OF VETERANS AFFAIRS - MARLOW RIDGE VA MEDICAL CENTER (STA. 687)")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 51, f"VA Police Service - Daily Operations Journal - {label}    Desk 555-0163")
        c.drawRightString(w - 30, h - 51, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 70, t)
        c.line(30, h - 73, w - 30, h - 73)
        return h - 84

    y = head()
    for rec in recs:
        cells = [
            wrap(rec["type"], "Helvetica", 7, 134),
            wrap(rec["location"], "Helvetica", 7, 126),
            wrap(rec["disposition"], "Helvetica", 7, 118),
        ]
        lines = max(len(x) for x in cells)
        if y - 9 * lines < 70:
            c.setFont("Helvetica-Oblique", 6.5)
            c.drawString(30, 40, "FOR OFFICIAL USE ONLY - released under FOIA with names removed")
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7)
        c.drawString(30, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(88, y, rec["facility"])
        c.drawString(122, y, rec["reported_at"])
        for x, cell in zip((190, 330, 462), cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 4
    if y < 120:
        c.showPage()
        y = head()
    c.line(30, y + 2, w - 30, y + 2)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y - 10, f"Total UORs this period: {len(recs)}")
    c.setFont("Helvetica", 7.5)
    for i, (fac, _) in enumerate(VA_FAC):
        c.drawString(40, y - 24 - 10 * i, f"{fac}  {sum(rec['facility'] == fac for rec in recs)}")
    c.setFont("Helvetica-Oblique", 6.5)
    c.drawString(30, 40, "FOR OFFICIAL USE ONLY - released under FOIA with names removed")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: AFB security forces blotter

SF_TYPES = [
    ("LARCENY OF PRIVATE PROPERTY", "reported an unsecured bicycle taken from the rack at"),
    ("DUI - ON INSTALLATION", "stopped a vehicle weaving in the lane near"),
    ("DOMESTIC DISTURBANCE - VERBAL", "responded to a verbal altercation at"),
    ("TRAFFIC ACCIDENT - MINOR", "responded to a two-vehicle accident with no injuries at"),
    ("SPEEDING", "clocked a vehicle at 42 mph in a 25 mph zone on"),
    ("FOUND PROPERTY", "was handed a wallet found at"),
    ("DAMAGE TO GOVERNMENT PROPERTY", "found a broken window at"),
    ("ALARM ACTIVATION", "responded to an intrusion alarm at"),
    ("GATE RUNNER", "reported a vehicle that did not stop for ID check at"),
    ("UNSECURED FACILITY", "found an open door during a building check at"),
    ("CONTROLLED SUBSTANCE - POSSESSION", "found a suspected controlled substance during a search at"),
    ("BARRED INDIVIDUAL ON INSTALLATION", "denied entry to a visitor listed on the barment roster at"),
]
SF_UNITS = ["771 LRS", "771 MXS", "44 ARS", "771 MDOS", "771 FSS", "302 AMXS", "771 CES"]
SF_PLACES = [
    "Bldg 1420 (Dormitory)",
    "the Base Exchange lot",
    "Gate 2 (Vandenberg Gate)",
    "Bldg 310 (Fitness Center)",
    "Bldg 775 (Hangar 3)",
    "Base housing, 42xx block of Sabre Loop",
    "the Commissary lot",
    "Perimeter Road near the flightline fence",
    "Bldg 1102 (Dining Facility)",
]
SF_OUT = [
    "Case closed at squadron level.",
    "Member released to unit first sergeant.",
    "Owner notified; property returned.",
    "Civil engineers notified for repair.",
    "Building secured; custodian notified.",
    "Matter referred to unit commander.",
    "Visitor escorted off the installation.",
]
SF_SHIFTS = [("MIDS", 0, 6), ("DAYS", 6, 14), ("SWINGS", 14, 24)]


def sf_records(r, days, n, start):
    recs, perday = [], {}
    for d, h, m in day_times(r, days, n):
        perday[d] = perday.get(d, 0) + r.choice((1, 1, 2))
        typ, verb = r.choice(SF_TYPES)
        place = r.choice(SF_PLACES)
        rec = {
            "case_number": f"{d[0] % 100}-{d[1]:02d}{d[2]:02d}-{perday[d]:03d}",
            "day": d,
            "reported_at": f"{mil(d)} {h:02d}{m:02d}L",
            "type": typ,
            "location": place,
            "related": [],
        }
        extra = pick_related(
            r,
            rec,
            [
                (0.12, "citation", lambda r: f"AF{r.randint(100000, 999999)}", "Member issued DD Form 1408, AFTT {}."),
                (
                    0.08,
                    "other_agency_case",
                    lambda r: f"AFOSI 25-{r.randint(100, 999)}",
                    "Case referred to AFOSI Det 412 ({}).",
                ),
            ],
        )
        rec["disposition"] = extra[:-1] if extra else r.choice(SF_OUT)[:-1]
        who = f"a member assigned to the {r.choice(SF_UNITS)}"
        rec["summary"] = f"At {h:02d}{m:02d}L, {who} {verb} {place}. Patrol {r.randint(1, 9)} responded."
        recs.append(rec)
    return recs


def draw_sf(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 9.5)
        c.drawCentredString(w / 2, h - 32, "UNCLASSIFIED//FOR OFFICIAL USE ONLY")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 52, "771ST SECURITY FORCES SQUADRON - KESSLER FLATS AFB")
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 64, f"Security Forces Blotter (releasable extract)  {label}   BDOC 555-0171")
        c.drawRightString(w - 40, h - 64, f"Page {page[0]} of {pages or 0}")
        c.line(40, h - 68, w - 40, h - 68)
        return h - 84

    y = head()
    cur_day = cur_shift = None
    for rec in recs:
        d = rec["day"]
        hh = int(rec["reported_at"].split()[-1][:2])
        shift = next(s for s, a, b in SF_SHIFTS if a <= hh < b)
        body = wrap(rec["summary"] + " " + rec["disposition"] + ".", "Courier", 7.6, w - 110)
        need = 11 * (len(body) + 1) + (28 if d != cur_day else 0) + (14 if shift != cur_shift else 0)
        if y - need < 60:
            c.setFont("Courier-Bold", 9.5)
            c.drawCentredString(w / 2, 30, "UNCLASSIFIED//FOR OFFICIAL USE ONLY")
            c.showPage()
            y = head()
        if d != cur_day:
            cur_day, cur_shift = d, None
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(40, y, f"{weekday(d)} {mil(d)}  (JULIAN {d[0] % 100}{julian(d):03d})")
            y -= 16
        if shift != cur_shift:
            cur_shift = shift
            c.setFont("Helvetica-BoldOblique", 8)
            c.drawString(40, y, f"-- {shift} --")
            y -= 13
        c.setFont("Courier-Bold", 7.8)
        c.drawString(52, y, f"{rec['case_number']} // {rec['type']} // {rec['location'].upper()}")
        y -= 11
        c.setFont("Courier", 7.6)
        for t in body:
            c.drawString(66, y, t)
            y -= 11
        y -= 4
    y -= 6
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, y, f"BLOTTER ENTRIES THIS PERIOD: {len(recs)}")
    cites = sum(k == "citation" for rec in recs for k, _ in rec["related"])
    c.drawString(40, y - 12, f"AFTTs ISSUED: {cites}")
    c.setFont("Courier-Bold", 9.5)
    c.drawCentredString(w / 2, 30, "UNCLASSIFIED//FOR OFFICIAL USE ONLY")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: national park case incident reports

NP_TYPES = [
    "Resource damage - off-trail driving",
    "Camping in undesignated site",
    "Dog off leash",
    "Vehicle burglary at trailhead",
    "Search and rescue - overdue hiker",
    "Medical - heat illness",
    "Possession of marijuana",
    "Feeding wildlife",
    "Fireworks",
    "Collection of natural objects",
    "Motor vehicle accident - wildlife strike",
    "Fee evasion",
    "Unauthorized drone operation",
]
NP_PLACES = [
    "Rim Drive, mile 14.2",
    "Cottonwood Campground, site B-17",
    "Salt Wash Trailhead",
    "Visitor Center lot",
    "Narrows Overlook",
    "Mesa Arch Trail, 1.5 mi from trailhead",
    "Backcountry zone 4 (Horse Flats)",
    "Entrance Station 2",
    "Rim Drive, mile 31.8",
]
NP_ACTION = [
    "Verbal warning.",
    "Written warning issued.",
    "Subject located and escorted out; no injuries.",
    "Patient transported by park ambulance to the county line.",
    "Report only.",
    "Evidence collected; under investigation.",
    "Closed; no suspect.",
]


def np_records(r, days, n, start):
    recs, perday = [], {}
    for d, h, m in day_times(r, days, n):
        perday[d] = perday.get(d, 0) + 1
        rec = {
            "case_number": f"SACA-{d[0] % 100}{julian(d):03d}-{perday[d]:03d}",
            "day": d,
            "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
            "type": r.choice(NP_TYPES).upper(),
            "location": r.choice(NP_PLACES),
            "related": [],
        }
        extra = pick_related(
            r,
            rec,
            [
                (0.14, "citation", lambda r: f"F{r.randint(1000000, 9999999)}", "Violation notice {} issued."),
                (
                    0.08,
                    "other_agency_case",
                    lambda r: f"25-{r.randint(10000, 99999)}",
                    "Assisted by Juniper County SO (their case {}).",
                ),
            ],
        )
        rec["disposition"] = extra if extra else r.choice(NP_ACTION)
        rec["summary"] = (
            r.choice(
                [
                    "Ranger contacted the reporting party by radio relay.",
                    "Visitor reported the matter at the entrance station.",
                    "Observed on routine patrol; contact made.",
                    "Call received through the interagency dispatch center.",
                ]
            )
            + " "
            + r.choice(["Weather clear.", "High winds at the time.", "Trail conditions muddy.", ""])
        )
        rec["summary"] = rec["summary"].strip()
        recs.append(rec)
    return recs


def draw_np(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(50, h - 40, "Saltgrass Canyon National Park - Division of Visitor and Resource Protection")
        c.setFont("Times-Roman", 9)
        c.drawString(50, h - 53, f"Daily Case Incident Reports, {label}   Dispatch 555-0188")
        c.drawRightString(w - 50, h - 53, f"{page[0]}/{pages or 0}")
        c.line(50, h - 57, w - 50, h - 57)
        return h - 74

    y = head()
    cur = None
    labels = ["Received", "Location", "Synopsis", "Action"]
    for rec in recs:
        vals = [rec["reported_at"], rec["location"], rec["summary"], rec["disposition"]]
        rows = [wrap(v, "Times-Roman", 8.5, 360) for v in vals]
        need = 12 * (1 + sum(len(x) for x in rows)) + 8 + (22 if rec["day"] != cur else 0)
        if y - need < 56:
            c.showPage()
            y = head()
        if rec["day"] != cur:
            cur = rec["day"]
            d = cur
            c.setFont("Times-Bold", 10)
            c.drawString(50, y, f"DAY {julian(d):03d}  -  {datetime.date(*d).strftime('%A %-d %B %Y')}")
            c.setFont("Times-Italic", 8)
            c.drawRightString(w - 50, y, f"traffic counter: {1000 + (julian(d) * 37) % 3000:,} vehicles")
            y -= 18
        c.setFont("Courier-Bold", 9)
        c.drawString(62, y, rec["case_number"])
        c.setFont("Times-Bold", 9)
        c.drawString(170, y, rec["type"])
        y -= 12
        for lab, lines in zip(labels, rows):
            c.setFont("Times-Italic", 8.5)
            c.drawRightString(150, y, lab)
            c.setFont("Times-Roman", 8.5)
            for t in lines:
                c.drawString(170, y, t)
                y -= 12
        y -= 8
    c.setFont("Times-Bold", 9)
    c.drawString(50, y - 4, f"Case incident reports opened: {len(recs)}")
    warn = sum("warning" in rec["disposition"].lower() for rec in recs)
    c.drawString(
        50,
        y - 16,
        f"Warnings: {warn}   Violation notices: {sum(k == 'citation' for rec in recs for k, _ in rec['related'])}",
    )
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: federal center protective police

FC_BLDG = [
    ("Harwick Federal Building", "NV0101ZZ"),
    ("Olmstead Courthouse", "NV0117ZZ"),
    ("Social Security Field Office", "NV0342ZZ"),
    ("IRS Service Center, Dock 4", "NV0509ZZ"),
    ("Federal Records Annex", "NV0611ZZ"),
]
FC_TYPES = [
    "Prohibited item at screening",
    "Disorderly conduct",
    "Theft - government property",
    "Suspicious package",
    "Demonstration - permitted",
    "Trespass after warning",
    "Threat - verbal",
    "Alarm - duress",
    "Medical assist",
    "Damage to property",
    "Unattended vehicle at barrier",
]
FC_DISP = [
    "Cleared - no action",
    "Item surrendered",
    "Removed from property",
    "Report written",
    "Referred to building manager",
    "Cleared by K-9 sweep",
]


def fc_records(r, days, n, start):
    recs, k = [], start
    for d, h, m in day_times(r, days, n):
        k += r.choice((1, 1, 2, 3))
        lag = r.choice((0, 0, 5, 12, 40, 95, 600))
        occ = datetime.datetime(*d, h, m) - datetime.timedelta(minutes=lag)
        name, gsa = r.choice(FC_BLDG)
        rec = {
            "case_number": f"HFC25-{k:05d}",
            "reported_date": mdy(d),
            "reported_time": f"{h:02d}:{m:02d}",
            "occurred_date": occ.strftime("%m/%d/%Y"),
            "occurred_time": occ.strftime("%H:%M"),
            "building": gsa,
            "location": name,
            "type": r.choice(FC_TYPES),
            "related": [],
        }
        rec["reported_at"] = f"{rec['reported_date']} {rec['reported_time']}"
        rec["occurred_at"] = f"{rec['occurred_date']} {rec['occurred_time']}"
        extra = pick_related(
            r,
            rec,
            [
                (0.09, "citation", lambda r: f"E{r.randint(1000000, 9999999)}", "Violation notice {}"),
                (
                    0.07,
                    "other_agency_case",
                    lambda r: f"USMS-25-{r.randint(1000, 9999)}",
                    "Turned over to US Marshals {}",
                ),
                (0.05, "booking_number", lambda r: f"WCDC{r.randint(100000, 999999)}", "Arrest, booked {}"),
            ],
        )
        rec["disposition"] = extra if extra else r.choice(FC_DISP)
        recs.append(rec)
    return recs


def draw_fc(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    sub = [
        (30, "Incident No."),
        (100, "Date"),
        (150, "Time"),
        (188, "Date"),
        (238, "Time"),
        (280, "GSA Bldg"),
        (336, "Facility"),
        (470, "Offense"),
        (610, "Disposition"),
    ]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 36, "HARWICK FEDERAL CENTER PROTECTIVE POLICE - INCIDENT LOG")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 48, f"{label}   Control Center 555-0194")
        c.drawRightString(w - 30, h - 48, f"Sheet {page[0]} of {pages or 0}")
        c.setFillGray(0.85)
        c.rect(30, h - 80, w - 60, 26, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(144, h - 63, "REPORTED")
        c.drawCentredString(226, h - 63, "OCCURRED")
        c.line(98, h - 66, 184, h - 66)
        c.line(186, h - 66, 270, h - 66)
        for x, t in sub:
            c.drawString(x, h - 76, t)
        return h - 92

    y = head()
    for rec in recs:
        cells = [
            wrap(rec["location"], "Helvetica", 7, 128),
            wrap(rec["type"], "Helvetica", 7, 134),
            wrap(rec["disposition"], "Helvetica", 7, 150),
        ]
        lines = max(len(x) for x in cells)
        if y - 9 * lines < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        c.drawString(30, y, rec["case_number"])
        for x, key in (
            (100, "reported_date"),
            (150, "reported_time"),
            (188, "occurred_date"),
            (238, "occurred_time"),
            (280, "building"),
        ):
            c.drawString(x, y, rec[key])
        for x, cell in zip((336, 470, 610), cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        c.setStrokeGray(0.7)
        c.line(30, y - 9 * lines + 5, w - 30, y - 9 * lines + 5)
        c.setStrokeGray(0)
        y -= 9 * lines + 4
    if y < 110:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y - 8, f"Incidents logged: {len(recs)}")
    c.setFont("Helvetica", 7.5)
    for i, (_name, gsa) in enumerate(FC_BLDG):
        c.drawString(30 + 150 * i, y - 22, f"{gsa}  {sum(rec['building'] == gsa for rec in recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Army provost marshal staff journal

PM_TYPES = [
    ("LARCENY OF PRIVATE PROPERTY", "reported the theft of a laptop from"),
    ("DRUNK DRIVING", "was apprehended after a traffic stop on"),
    ("SIMPLE ASSAULT", "reported being struck during an altercation at"),
    ("DAMAGE TO GOVERNMENT PROPERTY", "reported a damaged vehicle gate arm at"),
    ("TRAFFIC ACCIDENT W/O INJURY", "reported a collision with a parked vehicle at"),
    ("WRONGFUL USE OF A CONTROLLED SUBSTANCE", "was reported by the unit for a positive urinalysis, unit area"),
    ("DISORDERLY CONDUCT", "was reported for a disturbance at"),
    ("FAILURE TO OBEY A LAWFUL ORDER", "was found in an off-limits area at"),
    ("HOUSEBREAKING", "reported forced entry to"),
    ("SHOPLIFTING", "was detained by store detectives at"),
]
PM_UNITS = ["2-17 FA", "HHC 519 MP BN", "1-8 CAV", "64 BSB", "A Co 3-21 IN", "HHD 42 SIG BN"]
PM_PLACES = [
    "Bldg 2231 (barracks)",
    "the PX food court",
    "Gate 4 (Lakeview)",
    "Bldg 7010 motor pool",
    "family housing, Pershing Village",
    "Kelso Blvd and 8th St",
    "the Shoppette, Bldg 3301",
    "Range Road, TA 12",
]
PM_ROUTINE = [
    "SDNCO assumed duty; weapons and ammunition inventoried, all correct.",
    "Guard mount conducted; patrols 10 through 16 posted.",
    "Patrol 12 reported all gates secure.",
    "Installation Operations Center passed force protection condition ALPHA unchanged.",
    "Fire Department reported a controlled burn, TA 14, terminated.",
    "Desk sergeant relieved; journal reviewed.",
    "Patrol 14 conducted a random antiterrorism measure at Gate 1.",
]
PM_ACTION = [
    "Unit CDR notified.",
    "Released to unit.",
    "Investigation continues.",
    "Owner notified.",
    "DPW notified.",
    "Referred to unit for action.",
    "Closed.",
]


def pm_records(r, days, n, start):
    recs, k = [], start
    for d, h, m in day_times(r, days, n):
        k += r.choice((1, 1, 1, 2))
        typ, verb = r.choice(PM_TYPES)
        place = r.choice(PM_PLACES)
        rec = {
            "case_number": f"{k:05d}-2025-MPC051",
            "day": d,
            "reported_at": f"{d[2]:02d} {MON[d[1] - 1]} {d[0] % 100:02d} {h:02d}{m:02d}",
            "time_in": f"{h:02d}{m:02d}",
            "type": typ,
            "location": place,
            "related": [],
        }
        out = datetime.datetime(*d, h, m) + datetime.timedelta(minutes=r.choice((10, 25, 45, 80)))
        rec["time_out"] = out.strftime("%H%M") if out.day == d[2] else "2359"
        extra = pick_related(
            r,
            rec,
            [
                (
                    0.08,
                    "other_agency_case",
                    lambda r: f"{r.randint(10, 99):04d}-2025-CID0{r.randint(10, 99)}",
                    "CID notified, ROI {}.",
                ),
                (0.10, "citation", lambda r: f"P{r.randint(1000000, 9999999)}", "DD 1805 {} issued."),
                (
                    0.05,
                    "other_agency_case",
                    lambda r: f"LPD 25-{r.randint(10000, 99999)}",
                    "Lakeview PD case {} cross-referenced.",
                ),
            ],
        )
        rec["disposition"] = extra if extra else r.choice(PM_ACTION)
        rec["summary"] = f"A SOLDIER, {r.choice(PM_UNITS)}, {verb} {place}."
        recs.append(rec)
    return recs


def pm_journal(r, recs):
    """Interleave routine items (not records) with the records, numbered per day."""
    items, by_day = [], {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    for d, rs in by_day.items():
        entries = [("0001", None, "Journal opened.")]
        for i, text in enumerate(r.sample(PM_ROUTINE, 5)):
            t = (0, 6, 14, 18, 22)[i] * 60 + r.randint(5, 50)
            entries.append((f"{t // 60:02d}{t % 60:02d}", None, text))
        entries += [(rec["time_in"], rec, None) for rec in rs]
        entries.sort(key=lambda e: (e[0], e[1] is not None))
        entries.append(("2400", None, "Journal closed."))
        items.append((d, entries))
    return items


def draw_pm(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    days = pm_journal(random.Random(SEED + 99 + len(recs)), recs)
    cols = [36, 70, 104, 138, 430, 548, w - 36]

    def head(d):
        page[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(w / 2, h - 34, "DAILY STAFF JOURNAL OR DUTY OFFICER'S LOG")
        c.setFont("Helvetica", 7)
        c.rect(36, h - 80, w - 72, 38)
        c.drawString(40, h - 52, "ORGANIZATION OR INSTALLATION")
        c.drawString(260, h - 52, "LOCATION")
        c.drawString(400, h - 52, "PERIOD COVERED")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, h - 64, "PROVOST MARSHAL OFFICE, 519TH MP BN")
        c.drawString(260, h - 64, "FORT CALLOWAY, NM")
        ds = f"{d[2]:02d} {MON[d[1] - 1]} {d[0] % 100:02d}"
        c.drawString(400, h - 64, f"FROM 0001 {ds} TO 2400 {ds}")
        c.setFont("Helvetica", 7)
        c.drawString(40, h - 76, f"MP Desk 555-0119    {label}")
        c.drawRightString(w - 40, h - 76, f"PAGE {page[0]} OF {pages or 0} PAGES")
        c.setFont("Helvetica-Bold", 6.5)
        for x, t in zip(
            cols, ["ITEM NO.", "TIME IN", "TIME OUT", "INCIDENTS, MESSAGES, ORDERS, ETC.", "ACTION TAKEN", "INL"]
        ):
            c.drawString(x + 2, h - 92, t)
        c.line(36, h - 95, w - 36, h - 95)
        return h - 106

    def foot():
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 36, "DA FORM 1594 (replica, releasable extract)")
        c.showPage()

    for d, entries in days:
        y = head(d)
        for item, (t_in, rec, text) in enumerate(entries, 1):
            if rec:
                text = f"MPR {rec['case_number']}: {rec['type']}. {rec['summary']}"
                action, t_out = rec["disposition"], rec["time_out"]
            else:
                action, t_out = "", ""
            body = wrap(text, "Helvetica", 7, 286)
            act = wrap(action, "Helvetica", 7, 112)
            lines = max(len(body), len(act))
            if y - 9 * lines < 56:
                foot()
                y = head(d)
            c.setFont("Helvetica", 7)
            c.drawString(cols[0] + 2, y, str(item))
            c.drawString(cols[1] + 2, y, t_in)
            c.drawString(cols[2] + 2, y, t_out)
            for j, t in enumerate(body):
                c.drawString(cols[3] + 2, y - 9 * j, t)
            for j, t in enumerate(act):
                c.drawString(cols[4] + 2, y - 9 * j, t)
            c.drawString(cols[5] + 2, y, "SD")
            y -= 9 * lines + 3
            c.setStrokeGray(0.75)
            c.line(36, y + 6, w - 36, y + 6)
            c.setStrokeGray(0)
        foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs60.py (seed {SEED} + agency number)",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs60.py) from the records it drew; "
        "checked by check_blind_logs60.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
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
    "va": (
        "Portrait VA police 'Daily Operations Journal' table, column titles repeated per page under a rule, "
        "no rules between rows. Columns: UOR No. (bold, 687-25-NNNN: the medical center's station number, "
        "two-digit year, serial; the id), Fac. (the facility's STATION NUMBER, '687', '687A2', '687GB', "
        "'687HK': digits that open every row next to the id and repeat the id's own prefix, not an id), "
        "Received 'MM/DD/YYYY HHMM' (reported_at, time without a colon), Offense / Incident (type, wraps), "
        "Location (building and room 'Bldg 1 (Main Hospital), Rm 3W-112', wraps), Disposition (wraps; "
        "'Violation Notice ENNNNNNN' is a federal citation and 'Ref. to Marlow Ridge PD 25-0NNNNN' the city "
        "police case: related, not ids). Ends 'Total UORs this period: N' then per-facility count lines "
        "('687A2  12') that are not records. Page header 'Page n of N', a phone, a FOUO footer.",
        "rows counted from the generator; 'Total UORs this period' equals record_count",
    ),
    "sf": (
        "Air Force security forces blotter extract, free text. Day headings 'MONDAY 10 NOV 2025  (JULIAN "
        "25314)', shift headings '-- MIDS --', '-- DAYS --', '-- SWINGS --' (not records). Each entry is a "
        "message-style title line in bold Courier 'YY-MMDD-NNN // TYPE // LOCATION IN CAPITALS' (the id "
        "first, built from the date, serial per day with gaps) and an indented Courier paragraph 'At "
        "HHMML, a member assigned to the 771 LRS ... Patrol N responded.' (summary) then the outcome "
        "sentence (disposition). Unit designations ('771 LRS', '44 ARS'), building and gate numbers and "
        "patrol numbers are not ids; 'DD Form 1408, AFTT AFNNNNNN' (traffic ticket) and 'AFOSI 25-NNN' "
        "(another agency's case) are related. reported_at joins the day heading's date and the time with "
        "its L suffix ('10 NOV 2025 0412L'). A day heading is printed once (not repeated on a new page). "
        "Ends 'BLOTTER ENTRIES THIS PERIOD: N' and 'AFTTs ISSUED: M'; classification banner top and "
        "bottom of every page, 'Page n of N'.",
        "entries counted from the generator; 'BLOTTER ENTRIES THIS PERIOD' equals record_count",
    ),
    "np": (
        "National park 'Daily Case Incident Reports', labelled blocks under day headings 'DAY 307  -  "
        "Monday 3 November 2025' with a 'traffic counter: N vehicles' figure at the right (not a record). "
        "Each block: the case number in bold Courier (SACA-YYDDD-NNN, built from the two-digit year and the "
        "JULIAN day of the heading, serial restarting each day) and the type in capitals on the same line, "
        "then four italic labels right-aligned in a gutter: 'Received' (MM/DD/YYYY HHMM, reported_at), "
        "'Location' (road mile, campground site 'B-17', trail), 'Synopsis' (summary, wraps), 'Action' "
        "(disposition; 'Violation notice FNNNNNNN issued.' is a citation and 'Assisted by Juniper County "
        "SO (their case 25-NNNNN).' another agency's case: related). Blocks are never split over pages; "
        "day headings are not repeated on a new page. Ends 'Case incident reports opened: N' and a "
        "'Warnings: W   Violation notices: V' line. Header 'n/N' and a phone.",
        "blocks counted from the generator; 'Case incident reports opened' equals record_count",
    ),
    "fc": (
        "Landscape federal-center protective police incident log: grey header band repeated per page with a "
        "TWO-ROW grouped header: 'REPORTED' over Date and Time, 'OCCURRED' over Date and Time, so the "
        "second header row reads 'Incident No. Date Time Date Time GSA Bldg Facility Offense "
        "Disposition'. Rows: Incident No. (HFC25-NNNNN, the id), reported date and time (reported_at = "
        "'MM/DD/YYYY HH:MM'), occurred date and time (occurred_at, earlier or the same; can be the day "
        "before), GSA building number (NV0101ZZ style, on every row, not an id), Facility (location, "
        "wraps), Offense (type, wraps), Disposition (wraps; 'Violation notice ENNNNNNN', 'Turned over to "
        "US Marshals USMS-25-NNNN' and 'Arrest, booked WCDCNNNNNN' are related). Hairline under each row. "
        "Ends 'Incidents logged: N' then a per-building count line 'NV0101ZZ  31 ...' that is not a record. "
        "Header 'Sheet n of N' and a phone.",
        "rows counted from the generator; 'Incidents logged' equals record_count",
    ),
    "pm": (
        "Army provost marshal 'DAILY STAFF JOURNAL OR DUTY OFFICER'S LOG' (DA Form 1594 replica): a form "
        "header box per page (organization, location, period 'FROM 0001 12 NOV 25 TO 2400 12 NOV 25'), "
        "columns ITEM NO. | TIME IN | TIME OUT | INCIDENTS, MESSAGES, ORDERS, ETC. | ACTION TAKEN | INL. "
        "ITEM NO. is a running item number restarting each day (NOT an id), and most items are NOT records: "
        "'Journal opened.', guard mount, gate checks, FPCON messages, 'Journal closed.' Only items whose text "
        "opens with 'MPR NNNNN-2025-MPC051:' are records; the MP report number (the id) sits inside the "
        "text column. The text goes on with the offense in capitals (type) and a sentence naming the unit "
        "('A SOLDIER, 2-17 FA, reported ...', summary); ACTION TAKEN is the disposition ('CID notified, ROI "
        "00NN-2025-CID0NN.' a CID report, 'DD 1805 PNNNNNNN issued.' a violation notice, 'Lakeview PD case 25-"
        "NNNNN cross-referenced.' a city case: related). The date is only in the page's form header (two-"
        "digit year, '12 NOV 25'); reported_at joins it with TIME IN ('12 NOV 25 1405'). Each day starts a "
        "new page. INL column holds the desk sergeant's initials 'SD'. No closing total: record_count is "
        "the number of MPR items.",
        "MPR items counted from the generator; every day's items numbered 1..n without gaps",
    ),
}


def main():
    one_agency(
        "marlow-ridge-va-medical-center-police",
        1,
        [
            ("mrvamc-ops-journal-2025-11-10-11.pdf", days(11, 10, 11), "11/10/2025 - 11/11/2025", 94, 3310),
            ("mrvamc-ops-journal-2025-11-12.pdf", days(11, 12, 12), "11/12/2025", 46, 3460),
        ],
        va_records,
        draw_va,
        "Marlow Ridge VA Medical Center Police Service [invented]",
        "VA police daily operations journal (facility station column)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["va"],
    )
    one_agency(
        "kessler-flats-afb-security-forces",
        2,
        [
            ("771sfs-blotter-2025-11-10-12.pdf", days(11, 10, 12), "10-12 NOV 2025", 72, 0),
            ("771sfs-blotter-2025-11-13-14.pdf", days(11, 13, 14), "13-14 NOV 2025", 49, 0),
        ],
        sf_records,
        draw_sf,
        "771st Security Forces Squadron, Kessler Flats Air Force Base [invented]",
        "security forces blotter (message-style entries under day and shift headings)",
        "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"],
        *NOTES["sf"],
    )
    one_agency(
        "saltgrass-canyon-np-rangers",
        3,
        [("saca-daily-cir-2025-11-03-16.pdf", days(11, 3, 16), "3-16 November 2025", 66, 0)],
        np_records,
        draw_np,
        "Saltgrass Canyon National Park law enforcement rangers [invented]",
        "daily case incident reports (labelled blocks under Julian-day headings)",
        "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"],
        *NOTES["np"],
    )
    one_agency(
        "harwick-federal-center-protective-police",
        4,
        [("hfcpp-incident-log-2025-11.pdf", days(11, 1, 30), "November 1 - 30, 2025", 118, 2040)],
        fc_records,
        draw_fc,
        "Harwick Federal Center Protective Police [invented]",
        "federal center incident log (grouped two-row header)",
        "table with header",
        ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"],
        *NOTES["fc"],
    )
    one_agency(
        "fort-calloway-provost-marshal",
        5,
        [
            ("ftcalloway-pmo-journal-2025-11-12-13.pdf", days(11, 12, 13), "12-13 NOV 25", 62, 1180),
            ("ftcalloway-pmo-journal-2025-11-14-16.pdf", days(11, 14, 16), "14-16 NOV 25", 81, 1290),
        ],
        pm_records,
        draw_pm,
        "Fort Calloway Provost Marshal Office, 519th MP Battalion [invented]",
        "military police daily staff journal (DA-1594-style form)",
        "table with header",
        ["case_number", "reported_at", "type", "summary", "disposition"],
        *NOTES["pm"],
    )


if __name__ == "__main__":
    main()
