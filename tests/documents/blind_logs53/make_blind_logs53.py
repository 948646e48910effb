"""Generate the fifty-third held-out set of incident-log PDFs and their ground truth.

Five layouts from the Mountain states and the Plains: a tribal police daily log whose every
record takes two lines, the second opening with a dash; a county sheriff's log for several
small towns with the town named only in the footer line after its rows; a university monthly
log of labelled blocks printed as a saddle-stitched booklet (two small pages per sheet, in
booklet order); a state park system's weekly ranger narrative with a park roll-up table; a
tribal conservation officers' daybook whose id sits on the second, tab-indented line.
Every agency, place and record is invented; no person is named. Output is deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs53/make_blind_logs53.py [OUT_DIR]
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
SEED = 20265353
NATIVE = [
    "Wapaha Creek",
    "Tatanka Flats",
    "Sunka Butte",
    "Mato Ridge",
    "Hehaka Draw",
    "Pahin Crossing",
    "Wakpala Bend",
    "Ptehe Springs",
    "Cankaga Hill",
    "Zintkala Lake",
]
ENGLISH = [
    "Lone Cedar",
    "Red Willow",
    "Antelope Gap",
    "Buffalo Wallow",
    "Sage Hen Flat",
    "Coyote Bench",
    "Dry Fork",
    "Sweetgrass Divide",
    "Owl Canyon",
    "Hailstone Ridge",
]
ROADS = [
    "CR 14",
    "CR 9",
    "CR 221",
    "Hwy 287",
    "Hwy 59",
    "BIA Rte 8",
    "BIA Rte 12",
    "Forest Rd 410",
    "State Hwy 34",
    "Tribal Rd 3",
]


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


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def place(r):
    return r.choice(NATIVE + ENGLISH)


def rural(r):
    """A long rural location: road junction or a distance from a named place."""
    a, b = r.sample(ROADS, 2)
    k = r.random()
    if k < 0.35:
        return f"{a} and {b}, {r.randint(1, 9)} mi {r.choice('NSEW')} of {place(r)}"
    if k < 0.7:
        return f"{a} at mile {r.randint(2, 60)}, near {place(r)}"
    return f"{r.randint(1, 99) * 10 + r.randint(0, 9)} {a}, {place(r)}"


def mdy(d, year=True):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}" if year else f"{d[1]:02d}/{d[2]:02d}"


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


# ---------------------------------------------------------------- A: Sweetgrass Divide tribal police

SG_TYPES = [
    "Domestic Disturbance",
    "Welfare Check",
    "Livestock at Large",
    "Intoxicated Person",
    "Vehicle Crash - No Injury",
    "Theft of Fuel",
    "Trespass",
    "Assault",
    "Missing Juvenile",
    "Criminal Damage",
    "Suspicious Vehicle",
    "Animal Bite",
    "Curfew Violation",
    "Warrant Service",
]
SG_DISP = ["Report", "No Report", "Arrest", "Referred to BIA-OJS", "Referred to County", "GOA", "Citation"]


def sg_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        rec = {
            "case_number": f"SGT-25-{k:04d}",
            "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
            "type": r.choice(SG_TYPES),
            "location": rural(r),
            "disposition": r.choice(SG_DISP),
            "summary": r.choice(
                [
                    "Caller at residence.",
                    "Officer on scene 14 min.",
                    "Family member present.",
                    "Area checked by two units.",
                    "Subject left prior to arrival.",
                    "Owner notified by radio.",
                ]
            ),
            "related": [],
        }
        if rec["disposition"] == "Arrest":
            num = f"TJ-{r.randint(2500, 2999)}"
            rec["disposition"] = f"Arrest, booked {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred to County":
            num = f"MCSO 25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to County ({num})"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Citation":
            num = f"TC{r.randint(100000, 999999)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_sg(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    page = [0]
    cols = [(36, "Rec'd"), (110, "Incident No."), (186, "Nature of Call"), (330, "Location"), (600, "Disposition")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 38, "SWEETGRASS DIVIDE TRIBAL POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 50, f"Daily Incident Log  {label}   Dispatch 406 555-0113")
        c.drawRightString(w - 36, h - 50, f"pg {page[0]}/{pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 68, t)
        c.drawString(60, h - 78, "- remarks")
        c.line(36, h - 81, w - 36, h - 81)
        return h - 92

    y = head()
    for rec in recs:
        if y < 56:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7.5)
        c.drawString(36, y, rec["reported_at"])
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(110, y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(186, y, rec["type"])
        c.drawString(330, y, rec["location"])
        c.drawString(600, y, rec["disposition"])
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(60, y - 9, f"- {rec['summary']}")
        y -= 22
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 4, f"Incidents logged: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Rawhide County sheriff, several towns

RH_TOWNS = ["Ransom", "Bitter Springs", "Harlan Gap", "Kiowa Flats"]
RH_TYPES = [
    "ALARM",
    "ANIMAL COMPLAINT",
    "CIVIL STANDBY",
    "CRIMINAL TRESPASS",
    "DUI",
    "FRAUD",
    "HARASSMENT",
    "MOTORIST ASSIST",
    "NOISE",
    "SUSPICIOUS ACTIVITY",
    "THEFT",
    "TRAFFIC STOP",
    "VANDALISM",
]
RH_DISP = ["CLEARED", "REPORT TAKEN", "ARREST", "CITED", "UNFOUNDED", "ASSIST OTHER AGENCY"]


def rh_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        town = r.choice(RH_TOWNS)
        loc = (
            rural(r)
            if r.random() < 0.6
            else f"{r.randint(1, 9) * 100 + r.randint(0, 99)} {r.choice(['Main', 'Railroad', 'Elm', 'Depot'])} St, {town}"
        )
        rec = {
            "case_number": f"R25-{k:05d}",
            "reported_at": f"{mdy(d, False)}/25 {h:02d}:{m:02d}",
            "town": town,
            "type": r.choice(RH_TYPES),
            "location": loc,
            "disposition": r.choice(RH_DISP),
            "related": [],
        }
        if rec["disposition"] == "ARREST":
            num = f"BK25-{r.randint(100, 999)}"
            rec["disposition"] = f"ARREST {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITED":
            num = f"WY{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CITED {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ASSIST OTHER AGENCY":
            num = f"WHP {r.randint(25000, 25999)}"
            rec["disposition"] = f"ASSIST {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    recs.sort(key=lambda x: (RH_TOWNS.index(x["town"]), x["case_number"]))
    return recs


def draw_rh(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    cols = [(40, "CASE"), (100, "DATE/TIME"), (170, "CALL TYPE"), (268, "LOCATION"), (460, "DISPOSITION")]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(40, h - 40, "RAWHIDE COUNTY SHERIFF'S OFFICE  -  CONTRACT TOWNS ACTIVITY")
        c.setFont("Courier", 8)
        c.drawString(40, h - 52, f"{label}    Records 307 555-0128")
        c.drawRightString(w - 40, h - 52, f"PAGE {page[0]} OF {pages or 0}")
        c.setFont("Courier-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 70, t)
        c.line(40, h - 73, w - 40, h - 73)
        return h - 84

    y = head()
    for i, rec in enumerate(recs):
        loc = wrap(rec["location"], "Courier", 7, 185)
        dsp = wrap(rec["disposition"], "Courier", 7, w - 40 - 460)
        lines = max(len(loc), len(dsp))
        if y - 9 * lines < 60:
            c.showPage()
            y = head()
        c.setFont("Courier", 7)
        c.drawString(40, y, rec["case_number"])
        c.drawString(100, y, rec["reported_at"])
        c.drawString(170, y, rec["type"])
        for x, cell in ((268, loc), (460, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 3
        if i + 1 == len(recs) or recs[i + 1]["town"] != rec["town"]:
            k = sum(1 for x in recs if x["town"] == rec["town"])
            c.setFont("Courier-Bold", 7)
            c.drawString(40, y - 2, f"{k:>5}  CALLS  TOWN OF {rec['town'].upper()}")
            c.line(40, y - 5, w - 40, y - 5)
            y -= 20
    c.setFont("Courier-Bold", 8)
    c.drawString(40, y - 4, f"{len(recs):>5}  CALLS  ALL CONTRACT TOWNS")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Okomi State University booklet

OK_TYPES = [
    "Theft - Bicycle",
    "Theft - Textbooks",
    "Liquor Law Violation",
    "Drug Law Violation",
    "Vandalism",
    "Harassment",
    "Burglary - Residence Hall",
    "Fire Alarm",
    "Stalking",
    "Motor Vehicle Theft",
    "Disorderly Conduct",
    "Simple Assault",
]
OK_PLACES = [
    "Hazen Hall",
    "Mato Ridge Apartments",
    "Tipi Road Lot C",
    "Fieldhouse",
    "Wakpala Library",
    "Student Center",
    "Prairie Science Bldg",
    "Sunka Hall",
    "Heritage Center",
    "Lot 7 (Buffalo Wallow)",
]
OK_DISP = ["Open", "Closed", "Cleared - Arrest", "Referred to Conduct", "Inactive", "Referred to City PD"]
OK_NARR = [
    "Complainant reports the item was left unsecured for about an hour.",
    "Officer reviewed camera footage at the building entrance.",
    "Resident advisor made the call and met the officer in the lobby.",
    "Property was recovered later in the shift.",
    "Suspect information is limited to a clothing description.",
    "Facilities was notified of damage to a door closer.",
]


def ok_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        rec = {
            "case_number": f"25-OSU-{k:04d}",
            "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
            "type": r.choice(OK_TYPES),
            "location": r.choice(OK_PLACES),
            "disposition": r.choice(OK_DISP),
            "summary": " ".join(r.sample(OK_NARR, r.randint(1, 2))),
            "related": [],
        }
        if rec["disposition"] == "Referred to City PD":
            num = f"OCPD 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to City PD {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Cleared - Arrest":
            num = f"MC-{r.randint(40000, 49999)}"
            rec["disposition"] = f"Cleared - Arrest, municipal citation {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def ok_pages(recs, label):
    """Lay records out on small logical pages: list of lists of (x, y, font, size, text)."""
    pw, ph = landscape(letter)[0] / 2, landscape(letter)[1]
    out, cur, y = [], [], None

    def start():
        nonlocal cur, y
        cur = [
            (24, ph - 32, "Helvetica-Bold", 9, "Okomi State University Police"),
            (24, ph - 43, "Helvetica", 7.5, f"Monthly Crime Log - {label}"),
            (24, ph - 53, "Helvetica", 7, "Records 701 555-0147"),
        ]
        y = ph - 74

    start()
    for rec in recs:
        summ = wrap(rec["summary"], "Helvetica", 7, pw - 80)
        dsp = wrap("Disposition: " + rec["disposition"], "Helvetica", 7, pw - 60)
        need = 10 * (4 + len(summ) + len(dsp) - 1) + 10
        if y - need < 44:
            out.append(cur)
            start()
        cur.append((24, y, "Helvetica-Bold", 8, f"Case {rec['case_number']}"))
        cur.append((pw - 24, y, "Helvetica-R", 7.5, f"Reported {rec['reported_at']}"))
        y -= 10
        for txt in (f"Offense: {rec['type']}", f"Location: {rec['location']}", *dsp):
            cur.append((34, y, "Helvetica", 7, txt))
            y -= 10
        for j, t in enumerate(summ):
            cur.append((34 if j == 0 else 52, y, "Helvetica-Oblique", 7, ("Notes: " if j == 0 else "") + t))
            y -= 10
        y -= 8
    cur.append((24, y - 4, "Helvetica-Bold", 7.5, f"End of log: {len(recs)} cases"))
    out.append(cur)
    while len(out) % 4:
        out.append([(pw / 2, ph / 2, "Helvetica-C", 8, "This page intentionally left blank")])
    return out


def booklet_order(n):
    """(left, right) logical page numbers per sheet side, front then back, for saddle stitching."""
    sides = []
    for s in range(n // 4):
        sides.append((n - 2 * s, 2 * s + 1))
        sides.append((2 * s + 2, n - 2 * s - 1))
    return sides


def draw_ok(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    logical = ok_pages(recs, label)
    n = len(logical)
    for left, right in booklet_order(n):
        for num, dx in ((left, 0), (right, w / 2)):
            for x, y, font, fs, txt in logical[num - 1]:
                if font == "Helvetica-R":
                    c.setFont("Helvetica", fs)
                    c.drawRightString(dx + x, y, txt)
                elif font == "Helvetica-C":
                    c.setFont("Helvetica-Oblique", fs)
                    c.drawCentredString(dx + x, y, txt)
                else:
                    c.setFont(font, fs)
                    c.drawString(dx + x, y, txt)
            c.setFont("Helvetica", 7)
            c.drawCentredString(dx + w / 4, 22, f"- {num} -")
        c.setDash(2, 3)
        c.line(w / 2, 30, w / 2, h - 20)
        c.setDash()
        c.showPage()
    c.save()
    return n // 2


# ---------------------------------------------------------------- D: Prairie Rivers state parks

PR_PARKS = ["Zintkala Lake State Park", "Red Willow Reservoir SRA", "Owl Canyon State Park", "Pahin Crossing SRA"]
PR_SPOTS = [
    "campground loop B",
    "boat ramp",
    "swim beach",
    "trailhead lot",
    "group shelter 2",
    "marina",
    "dump station",
    "equestrian camp",
    "park entrance",
]
PR_TYPES = [
    "Alcohol violation",
    "Camping outside designated site",
    "Boating without PFDs",
    "Theft from campsite",
    "Fishing without license",
    "Dog at large",
    "Fireworks",
    "Lost child",
    "Vehicle off road",
    "Disturbance",
    "Vandalism to restroom",
    "Medical assist",
]
PR_OUT = [
    "Warning issued",
    "Citation issued",
    "Report taken",
    "Resolved on scene",
    "Referred to county",
    "Gone on arrival",
]


def pr_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        park = r.choice(PR_PARKS)
        rec = {
            "case_number": f"PRSP-{k:05d}",
            "park": park,
            "reported_at": f"{datetime.date(*d).strftime('%a %b %-d, %Y')} {h:02d}{m:02d}",
            "type": r.choice(PR_TYPES),
            "location": f"{park}, {r.choice(PR_SPOTS)}",
            "disposition": r.choice(PR_OUT),
            "related": [],
        }
        if rec["disposition"] == "Warning issued":
            num = f"W-{r.randint(30000, 39999)}"
            rec["disposition"] = f"Warning issued ({num})"
            rec["related"].append(("warning", num))
        elif rec["disposition"] == "Citation issued":
            num = f"SP{r.randint(200000, 299999)}"
            rec["disposition"] = f"Citation issued ({num})"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to county":
            num = f"LCSO 25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to county ({num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_pr(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(54, h - 44, "Prairie Rivers Division of State Parks - Law Enforcement Section")
        c.setFont("Times-Roman", 9)
        c.drawString(54, h - 57, f"Weekly Ranger Activity Narrative, {label}   Duty line 605 555-0171")
        c.drawCentredString(w / 2, 28, f"- {page[0]} of {pages or 0} -")
        return h - 80

    y = head()
    for rec in recs:
        text = f"{rec['case_number']}  {rec['reported_at']}.  {rec['type']} at {rec['location']}. {rec['disposition']}."
        lines = wrap(text, "Times-Roman", 9.5, w - 54 - 90)
        if y - 12 * len(lines) < 60:
            c.showPage()
            y = head()
        for j, t in enumerate(lines):
            if j == 0:
                head_id, _, rest = t.partition(" ")
                c.setFont("Times-Bold", 9.5)
                c.drawString(54, y, head_id)
                c.setFont("Times-Roman", 9.5)
                c.drawString(54 + c.stringWidth(head_id + "  ", "Times-Bold", 9.5), y, rest)
            else:
                c.drawString(90, y - 12 * j, t)
        y -= 12 * len(lines) + 5
    if y < 220:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 10)
    c.drawString(54, y - 6, "Park roll-up")
    y -= 22
    c.setFont("Times-Bold", 8.5)
    for x, t in ((54, "Park"), (300, "Cases"), (360, "Warnings"), (430, "Citations")):
        c.drawString(x, y, t)
    y -= 12
    c.setFont("Times-Roman", 8.5)
    for park in PR_PARKS:
        mine = [x for x in recs if x["park"] == park]
        c.drawString(54, y, park)
        for x, v in (
            (300, len(mine)),
            (360, sum("Warning" in x["disposition"] for x in mine)),
            (430, sum("Citation" in x["disposition"] for x in mine)),
        ):
            c.drawString(x, y, str(v))
        y -= 11
    c.setFont("Times-Bold", 8.5)
    c.drawString(54, y, "All parks")
    c.drawString(300, y, str(len(recs)))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Hehaka Draw conservation daybook

HD_TYPES = [
    "Elk hunting without tag",
    "Fishing over limit",
    "Spotlighting deer",
    "Trespass on closed unit",
    "Wood cutting without permit",
    "ATV in wilderness area",
    "Wounded animal report",
    "Littering",
    "Bison fence damage",
    "Eagle feather inquiry",
]
HD_DISP = ["warning", "cited", "report", "no violation", "referred to USFWS", "seized"]


def hd_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        mon = datetime.date(*d).strftime("%b").upper()
        rec = {
            "case_number": f"CO-25-{k:03d}",
            "reported_at": f"{d[2]:02d}{mon}25 {h:02d}{m:02d}",
            "type": r.choice(HD_TYPES),
            "location": rural(r),
            "disposition": r.choice(HD_DISP),
            "related": [],
        }
        if rec["disposition"] == "cited":
            num = f"TGF-{r.randint(5000, 5999)}"
            rec["disposition"] = f"cited {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "referred to USFWS":
            num = f"FWS 2025-{r.randint(100, 999)}"
            rec["disposition"] = f"referred to USFWS {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "seized":
            num = f"EV{r.randint(1000, 1999)}"
            rec["disposition"] = f"seized, evidence tag {num}"
            rec["related"].append(("evidence_tag", num))
        recs.append(rec)
    return recs


def draw_hd(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    carried = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(48, h - 40, "Hehaka Draw Tribes - Fish, Wildlife and Parks - Conservation Officers")
        c.setFont("Helvetica", 8)
        c.drawString(48, h - 52, f"Field Daybook  {label}   Wildlife dispatch 701 555-0190")
        c.drawRightString(w - 48, h - 52, f"sheet {page[0]}")
        if carried[0]:
            c.drawString(48, h - 66, f"brought forward ... {carried[0]}")
        return h - 82

    y = head()
    for rec in recs:
        first = f"{rec['reported_at']}   {rec['type']} - {rec['location']}"
        if y < 70:
            c.setFont("Helvetica", 8)
            c.drawString(48, y - 6, f"carried forward ... {carried[0]}")
            c.showPage()
            y = head()
        c.setFont("Helvetica", 8)
        c.drawString(48, y, first)
        c.drawString(96, y - 10, f"file {rec['case_number']}  -  {rec['disposition']}")
        carried[0] += 1
        y -= 24
    c.setFont("Helvetica-Bold", 8)
    c.drawString(48, y - 6, f"entries this period {len(recs)}")
    c.showPage()
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
        s = {k: recs[i][k] for k in fields if k in recs[i]}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs53.py (seed {SEED} + agency number)",
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
        "case_numbers_source": "written by the generator (make_blind_logs53.py) from the records it drew; "
        "checked by check_blind_logs53.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in runs:
        recs = make(r, dd, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "sg": (
        "Landscape tribal police daily log. Column titles Rec'd / Incident No. / Nature of Call / Location / "
        "Disposition, with a second title line '- remarks'. EVERY record takes TWO lines: the row, then an "
        "italic remarks line that STARTS WITH A DASH ('- Caller at residence.'), indented under the first "
        "column (summary). The id (SGT-25-NNNN) is in the second column after 'MM/DD/YYYY HHMM' (reported_at "
        "as printed, no colon). Locations are long rural descriptions mixing English and Native place names "
        "('CR 14 and Hwy 287, 3 mi N of Tatanka Flats', 'BIA Rte 8 at mile 22, near Sunka Butte'). "
        "Dispositions cite other series: 'Arrest, booked TJ-NNNN' (tribal jail booking), 'Referred to County "
        "(MCSO 25-NNNN)', 'Citation TCNNNNNN' (related, not ids). Ends 'Incidents logged: N'; 'pg n/N'.",
        "rows counted from the generator; 'Incidents logged' equals record_count",
    ),
    "rh": (
        "Courier county sheriff's log for contract towns, grouped by town, ordered by id inside a town (so "
        "NOT in time order). The town is named ONLY in the group FOOTER printed after its rows, "
        "'   17  CALLS  TOWN OF RANSOM', a line that starts with a number like a row would; the last line "
        "'  N  CALLS  ALL CONTRACT TOWNS' is the total. Columns CASE (R25-NNNNN, the id), DATE/TIME "
        "'10/14/25 07:12' (two-digit year, reported_at as printed), CALL TYPE, LOCATION (rural roads, wraps to "
        "a second line), DISPOSITION ('ARREST BK25-NNN' booking, 'CITED WYNNNNNNN' citation, 'ASSIST WHP NNNNN' "
        "highway patrol case: related, not ids).",
        "rows counted from the generator; the 'ALL CONTRACT TOWNS' line equals record_count",
    ),
    "ok": (
        "University monthly crime log printed as a SADDLE-STITCHED BOOKLET: every PDF page is a landscape "
        "sheet side holding two small portrait log pages, in booklet imposition order (PDF page 1 = log pages "
        "N and 1, page 2 = log pages 2 and N-1, ...; folio '- n -' under each half), a dashed fold line in "
        "the middle; `pdftotext -layout` prints the two halves side by side on the same lines. case_numbers "
        "and record order follow the LOGICAL page order (folios 1..N), not the PDF page order. Unused "
        "trailing log pages say 'This page intentionally left blank'. Records are labelled blocks: "
        "'Case 25-OSU-NNNN' with 'Reported MM/DD/YYYY HH:MM' right-aligned on the same line, then "
        "'Offense:', 'Location:', 'Disposition:' ('Referred to City PD OCPD 25-NNNNN', 'Cleared - Arrest, "
        "municipal citation MC-NNNNN': related) and 'Notes:' (summary) whose wrapped lines are indented like "
        "a tab. The title block repeats on every log page. Ends 'End of log: N cases'.",
        "blocks counted from the generator; 'End of log' equals record_count",
    ),
    "pr": (
        "State parks weekly ranger narrative in Times: one paragraph per case, starting with the id in bold "
        "(PRSP-NNNNN), then 'Tue Oct 14, 2025 0712.' (reported_at as printed), the type, ' at ', park and spot "
        "(location), and the outcome sentence (disposition; 'Warning issued (W-NNNNN)', 'Citation issued "
        "(SPNNNNNN)', 'Referred to county (LCSO 25-NNNN)': warning, citation and county numbers are related, "
        "not ids). Wrapped lines are indented. After the cases a 'Park roll-up' table lists each park with "
        "Cases / Warnings / Citations counts and an 'All parks' total line: NOT records.",
        "paragraphs counted from the generator; the 'All parks' cases figure equals record_count",
    ),
    "hd": (
        "Tribal conservation officers' field daybook: two lines per entry. The first line starts with a "
        "military-style date-time '14OCT25 0712' (reported_at as printed), then the type, ' - ' and a long "
        "rural location; the SECOND line is indented like a tab and carries 'file CO-25-NNN' (the id) and the "
        "outcome in lower case (disposition; 'cited TGF-NNNN', 'referred to USFWS FWS 2025-NNN', 'seized, "
        "evidence tag EVNNNN': related). Page furniture: 'brought forward ... K' at the top and 'carried "
        "forward ... K' at the foot of each page (running counts, not records), 'sheet n'. Ends 'entries this "
        "period N'.",
        "entries counted from the generator; 'entries this period' equals record_count",
    ),
}


def main():
    one_agency(
        "sweetgrass-divide-mt-tribal-pd",
        1,
        [
            ("sgtpd-daily-log-2025-10-13-15.pdf", days(10, 13, 15), "10/13/2025 - 10/15/2025", 74, 1410),
            ("sgtpd-daily-log-2025-10-16-17.pdf", days(10, 16, 17), "10/16/2025 - 10/17/2025", 58, 1530),
        ],
        sg_records,
        draw_sg,
        "Sweetgrass Divide Tribal Police Department, MT [invented]",
        "daily incident log (two lines a record, dash remarks line)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"],
        *NOTES["sg"],
    )
    one_agency(
        "rawhide-county-wy-so",
        2,
        [("rcso-contract-towns-2025-10-13-19.pdf", days(10, 13, 19), "10/13/25 THRU 10/19/25", 112, 6200)],
        rh_records,
        draw_rh,
        "Rawhide County Sheriff's Office, WY [invented]",
        "contract towns activity log (town named in the footer after its rows)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["rh"],
    )
    one_agency(
        "okomi-state-university-nd-pd",
        3,
        [
            ("osupd-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 46, 310),
            ("osupd-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 57, 380),
        ],
        ok_records,
        draw_ok,
        "Okomi State University Police Department, ND [invented]",
        "monthly crime log printed as a booklet (labelled blocks)",
        "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"],
        *NOTES["ok"],
    )
    one_agency(
        "prairie-rivers-sd-state-parks",
        4,
        [
            ("prsp-ranger-narrative-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 63, 2210),
            ("prsp-ranger-narrative-2025-10-20-26.pdf", days(10, 20, 26), "October 20-26, 2025", 52, 2330),
        ],
        pr_records,
        draw_pr,
        "Prairie Rivers Division of State Parks, Law Enforcement Section, SD [invented]",
        "weekly ranger activity narrative with a park roll-up",
        "free text",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["pr"],
    )
    one_agency(
        "hehaka-draw-nd-tribal-conservation",
        5,
        [("hdco-field-daybook-2025-10.pdf", days(10, 1, 31), "October 2025", 88, 140)],
        hd_records,
        draw_hd,
        "Hehaka Draw Tribes Fish, Wildlife and Parks, Conservation Officers, ND [invented]",
        "conservation officers' field daybook (id on the second line)",
        "free text",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["hd"],
    )


if __name__ == "__main__":
    main()
