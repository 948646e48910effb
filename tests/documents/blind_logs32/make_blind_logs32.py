"""Generate the thirty-second held-out set of incident-log PDFs and their ground truth.

Five special-purpose police agencies, five layouts: an airport police activity log with a local
and a UTC time column (the UTC date is the next day for late-evening rows) and flight/gate columns;
a medical-center public-safety shift narrative with one paragraph per hour holding zero to three
incidents each (the night shift crosses midnight); a housing-authority police extract in labelled
blocks whose labels come in a different order in every block; a justice-center police log whose
column titles are printed at the FOOT of each page; a community-college district police log
printed as a monthly calendar (one landscape page per week, one narrow column per day).
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs32/make_blind_logs32.py [OUT_DIR]
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
SEED = 20253232


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


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d):
    return d.strftime("%m/%d/%Y")


def minutes_between(r, first, last, n):
    """n sorted datetimes between two dates (inclusive days)."""
    span = ((last - first).days + 1) * 1440
    base = datetime.datetime.combine(first, datetime.time())
    return [base + datetime.timedelta(minutes=m) for m in sorted(r.sample(range(span), n))]


# ---------------------------------------------------------------- A: Brennock Field airport police

BF_TYPES = ["Unattended Bag", "Disorderly Passenger", "Lost Property", "Theft - Baggage Claim",
            "Prohibited Item - Checkpoint", "Medical Assist", "Curbside Parking Violation",
            "Trespass - Secure Area", "Intoxicated Person", "Assist Airline", "Suspicious Vehicle",
            "Fraudulent Boarding Pass", "Vehicle Burglary - Garage", "Laser Strike Report"]
BF_PLACE = [("A", 12), ("B", 28), ("C", 19)]
BF_AIRLINES = ["SK", "NV", "PW", "QL", "TR", "MX"]
BF_DISP = ["Report taken", "No report", "Advised and released", "Unfounded", "Handled by airline",
           "Property to Lost & Found", "CITE", "ARREST", "TSA"]


def bf_records(r, first, last, n, start):
    recs = []
    for when, k in zip(minutes_between(r, first, last, n), ids_in_series(r, n, start)):
        term, gates = r.choice(BF_PLACE)
        place = r.choice([f"T{term} Gate {term}{r.randint(1, gates)}", f"T{term} Baggage Claim {r.randint(1, 6)}",
                          f"T{term} Checkpoint", "Garage Level " + str(r.randint(1, 5)), f"T{term} Curb Lane"])
        gate = "Gate" in place or ("Garage" not in place and "Curb" not in place and r.random() < 0.3)
        flight = f"{r.choice(BF_AIRLINES)} {r.randint(100, 2999)}" if gate else ""
        utc = when + datetime.timedelta(hours=6)
        rec = {"case_number": f"BFA-25-{k:05d}", "reported_at": when.strftime("%m/%d/%Y %H:%M"),
               "reported_utc": utc.strftime("%m/%d %H:%MZ"), "location": place, "flight": flight,
               "type": r.choice(BF_TYPES), "disposition": r.choice(BF_DISP), "related": []}
        if rec["disposition"] == "CITE":
            num = f"KF{r.randint(100000, 999999)}"
            rec["disposition"] = f"Citation {num} issued"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ARREST":
            num = f"JB25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest, booked county jail {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "TSA":
            num = f"PIR-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to TSA, {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_bf(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    cols = [(30, "Case No."), (92, "Reported (local)"), (168, "UTC"), (222, "Terminal / Gate"),
            (322, "Flight"), (364, "Incident"), (520, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(30, h - 36, "BRENNOCK FIELD INTERNATIONAL AIRPORT POLICE - DAILY ACTIVITY LOG")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 49, f"Period: {label}   Times local (MDT) with UTC   Airport Police Desk 555-0117")
        c.drawRightString(w - 30, h - 49, f"Page {page[0]} of {pages or 0}")
        c.setFillGray(0.85)
        c.rect(26, h - 72, w - 52, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 68, t)
        return h - 84

    y = head()
    for rec in recs:
        inc = wrap(rec["type"], "Helvetica", 7, 150)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 235)
        lines = max(len(inc), len(dsp))
        if y - 9 * lines < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7)
        c.drawString(30, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        for x, key in ((92, "reported_at"), (168, "reported_utc"), (222, "location"), (322, "flight")):
            c.drawString(x, y, rec[key])
        for x, cell in ((364, inc), (520, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 4
    if y < 130:
        c.showPage()
        y = head()
    y -= 10
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y, "INCIDENTS BY TERMINAL")
    c.setFont("Helvetica", 8)
    counts = {}
    for rec in recs:
        key = "Garage" if rec["location"].startswith("Garage") else "Terminal " + rec["location"][1]
        counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        y -= 11
        c.drawString(40, y, key)
        c.drawRightString(160, y, str(counts[key]))
    y -= 14
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, y, f"Total incidents logged: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Harrowgate medical center public safety

HR_PLACES = ["Emergency Dept, Bay 6", "Emergency Dept waiting room", "Main Lobby", "Parking Structure P2",
             "Behavioral Health Unit 4 West", "Pharmacy loading dock", "Maternity Ward 3 East",
             "Cafeteria", "Surgical Waiting", "Helipad access corridor", "Oncology Clinic", "ICU family lounge"]
HR_TYPES = ["Code Gray - combative visitor", "Code Gray - combative patient", "Patient elopement",
            "Theft of patient property", "Vehicle break-in", "Suspicious person", "Code Silver drill",
            "Door alarm", "Verbal dispute", "Lost badge", "Trespass", "Assist nursing - restraint standby"]
HR_NARR = ["Officer stood by until staff settled the patient.", "Area checked with the charge nurse.",
           "Camera footage reviewed by the control room.", "Two officers responded with a supervisor.",
           "Complainant interviewed in the security office.", "Staff asked for an officer to remain nearby."]
HR_DISP = ["cleared, no further action", "trespass warning issued", "report only", "unit secured",
           "returned to unit", "PD", "PV", "information passed to nursing supervisor"]
SHIFTS = [("DAY SHIFT", 7, 15), ("EVENING SHIFT", 15, 23), ("NIGHT SHIFT", 23, 31)]


def hr_records(r, first, last, n, start):
    """n incidents spread over the hours; each has a shift-day (the date of its shift heading)."""
    hours = []
    day = first
    while day <= last:
        for _, a, b in SHIFTS:
            hours += [(day, hh) for hh in range(a, b)]
        day += datetime.timedelta(days=1)
    slots = sorted(r.sample(range(len(hours) * 60), n))
    recs = []
    for slot, k in zip(slots, ids_in_series(r, n, start)):
        sday, hh = hours[slot // 60]
        when = datetime.datetime.combine(sday, datetime.time()) + datetime.timedelta(hours=hh, minutes=slot % 60)
        rec = {"case_number": f"HRMC25-{k:05d}", "reported_at": when.strftime("%m/%d/%Y %H%M"),
               "time": when.strftime("%H%M"), "shift_day": sday, "hour": hh, "location": r.choice(HR_PLACES),
               "type": r.choice(HR_TYPES), "summary": r.choice(HR_NARR), "disposition": r.choice(HR_DISP),
               "related": [], "period": (first, last)}
        if rec["disposition"] == "PD":
            num = f"HPD25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"referred to Harrowgate PD, case {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "PV":
            num = f"PV-{r.randint(10000, 99999)}"
            rec["disposition"] = f"valuables logged on receipt {num}"
            rec["related"].append(("property_receipt", num))
        recs.append(rec)
    return recs


def hr_sentence(rec):
    return (f"At {rec['time']}, {rec['location']}: {rec['type']}. {rec['summary']} "
            f"Report {rec['case_number']}, {rec['disposition']}.")


QUIET = ["Rounds completed; nothing to report.", "Parking patrol; all quiet.", "Exterior doors checked, secure.",
         "Escort of staff to the garage; no incident."]


def draw_hr(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    state = {"y": 0}

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(50, h - 44, "Harrowgate Regional Medical Center - Department of Public Safety")
        c.setFont("Times-Italic", 9)
        c.drawString(50, h - 57, f"Shift narrative log, {label}. Control room 555-0129.")
        c.setFont("Times-Roman", 8)
        c.drawCentredString(w / 2, 30, f"- {page[0]} of {pages or 0} -")
        state["y"] = h - 82

    def need(lines, lead):
        if state["y"] - lead * lines < 50:
            c.showPage()
            head()

    head()
    r = random.Random(len(recs))
    by_hour = {}
    for rec in recs:
        by_hour.setdefault((rec["shift_day"], rec["hour"]), []).append(rec)
    first, last = recs[0]["period"]
    day = first
    while day <= last:
        for name, a, b in SHIFTS:
            nxt = day + datetime.timedelta(days=1)
            title = (f"{name} {a:02d}00-{b % 24:02d}00  {day.strftime('%A')} {mdy(day)}" +
                     (f" into {nxt.strftime('%A')} {mdy(nxt)}" if b > 24 else ""))
            need(4, 12)
            state["y"] -= 6
            c.setFont("Times-Bold", 10)
            c.drawString(50, state["y"], title)
            state["y"] -= 14
            shift_recs = []
            for hh in range(a, b):
                items = by_hour.get((day, hh), [])
                shift_recs += items
                text = " ".join(hr_sentence(x) for x in items) if items else r.choice(QUIET)
                lines = wrap(text, "Times-Roman", 9, 430)
                need(len(lines), 11)
                c.setFont("Times-Bold", 9)
                c.drawString(50, state["y"], f"{hh % 24:02d}00-{(hh + 1) % 24:02d}00")
                c.setFont("Times-Roman", 9)
                for j, t in enumerate(lines):
                    c.drawString(112, state["y"] - 11 * j, t)
                state["y"] -= 11 * len(lines) + 3
            grays = sum("Code Gray" in x["type"] for x in shift_recs)
            need(1, 11)
            c.setFont("Times-Italic", 8.5)
            c.drawString(112, state["y"], f"Shift total: {len(shift_recs)} reports; Code Gray calls: {grays}")
            state["y"] -= 14
        day += datetime.timedelta(days=1)
    need(2, 12)
    c.setFont("Times-Bold", 10)
    c.drawString(50, state["y"] - 6, f"Reports this period: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Tamberly housing authority police

TH_DEV = ["Larkspur Gardens", "Osgood Terrace", "Millrace Court", "Fenner Towers", "Quince Street Homes"]
TH_TYPES = ["Noise complaint", "Unauthorized occupant", "Vandalism - stairwell", "Domestic disturbance",
            "Loitering in lobby", "Narcotics complaint", "Welfare check", "Fire alarm - tampering",
            "Burglary - storage unit", "Parking lot - abandoned vehicle", "Threats", "Elevator entrapment"]
TH_DISP = ["Report written", "Resident advised", "Gone on arrival", "Referred to property manager",
           "Arrest made", "Unfounded", "Cleared by citation"]
TH_NARR = ["Officers met the caller in the lobby and checked the floor.",
           "Resident was not at home; a card was left at the door.",
           "Building staff opened the mechanical room for officers.",
           "The complainant asked for extra patrols over the weekend.",
           "The door frame was damaged and photographed.",
           "Neighbours on the floor were spoken with; none had seen anything."]


def th_records(r, first, last, n, start):
    recs = []
    for when, k in zip(minutes_between(r, first, last, n), ids_in_series(r, n, start)):
        dev = r.choice(TH_DEV)
        rec = {"case_number": f"THA-25-{k:05d}", "development": dev,
               "building_unit": f"Bldg {r.randint(1, 12)} / Unit {r.randint(1, 6)}{r.choice('ABCDEF')}",
               "reported_at": when.strftime("%m/%d/%Y %H%M"), "type": r.choice(TH_TYPES),
               "disposition": r.choice(TH_DISP), "summary": r.choice(TH_NARR), "related": [], "extra": []}
        rec["location"] = f"{dev}, {rec['building_unit']}"
        if rec["disposition"] == "Arrest made":
            num = f"TB-{r.randint(100000, 999999)}"
            rec["extra"].append(("Booking", num))
            rec["related"].append(("booking_number", num))
        if rec["disposition"] == "Cleared by citation":
            num = f"TC{r.randint(1000000, 9999999)}"
            rec["extra"].append(("Citation", num))
            rec["related"].append(("citation", num))
        if r.random() < 0.25:
            num = f"WO {r.randint(50000, 99999)}"
            rec["extra"].append(("Work Order", num))
            rec["related"].append(("work_order", num))
        if r.random() < 0.15:
            num = f"LV-25-{r.randint(100, 999)}"
            rec["extra"].append(("Lease Ref.", num))
            rec["related"].append(("lease_violation", num))
        pairs = [("Case No.", rec["case_number"]), ("Development", dev), ("Bldg / Unit", rec["building_unit"]),
                 ("Reported", rec["reported_at"]), ("Nature", rec["type"]), ("Disposition", rec["disposition"])]
        pairs += rec.pop("extra")
        r.shuffle(pairs)
        rec["pairs"] = pairs
        recs.append(rec)
    return recs


def draw_th(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, h - 42, "TAMBERLY HOUSING AUTHORITY POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(48, h - 54, f"Incident Extract - {label} - fields printed as entered")
        c.drawString(48, 30, "Records Unit, 40 Fenner Plaza, Room 201 - 555-0163")
        c.drawRightString(w - 48, 30, f"Page {page[0]} of {pages or 0}")
        c.line(48, h - 60, w - 48, h - 60)
        return h - 78

    y = head()
    for i, rec in enumerate(recs, 1):
        rows = [rec["pairs"][j:j + 2] for j in range(0, len(rec["pairs"]), 2)]
        narr = wrap(rec["summary"], "Helvetica", 8, 420)
        height = 12 + 11 * len(rows) + 10 * len(narr) + 12
        if y - height < 48:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, f"Item {i} of {len(recs)}")
        y -= 12
        for row in rows:
            for (lab, val), x in zip(row, (60, 318)):
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x, y, lab + ":")
                c.setFont("Helvetica", 8)
                c.drawString(x + 62, y, val)
            y -= 11
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, y, "Narrative:")
        c.setFont("Helvetica", 8)
        for j, t in enumerate(narr):
            c.drawString(122, y - 10 * j, t)
        y -= 10 * len(narr) + 4
        c.setLineWidth(0.3)
        c.line(48, y, w - 48, y)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(48, max(y, 60), f"Items listed: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Wendmoor County justice center police

WJ_PLACES = ["Courtroom 3A", "Courtroom 5C", "Clerk of Courts, 1st Fl", "Jury Assembly Room",
             "Main Entrance Screening", "Holding Corridor B1", "Family Court Lobby", "Law Library, 4th Fl",
             "Sally Port", "Parking Deck Level 2", "Probation Office, 2nd Fl", "Self-Help Center"]
WJ_TYPES = ["Disruption in Court", "Weapon Found at Screening", "Warrant Service", "Protective Order Service",
            "Medical Emergency", "Threat to Staff", "Property Damage", "Suspicious Package", "Lost Child",
            "Contempt - Remand Assist", "Harassment", "Found Property"]
WJ_DISP = ["Cleared", "Report Filed", "Escorted Out", "Referred to Sheriff", "Arrest", "Item Confiscated",
           "Served"]


def wj_records(r, first, last, n, start):
    recs = []
    for when, k in zip(minutes_between(r, first, last, n), ids_in_series(r, n, start)):
        if when.hour < 7 or when.hour > 18:
            when = when.replace(hour=r.randint(7, 18))
        if when.weekday() >= 5:  # the justice center is closed at weekends
            when -= datetime.timedelta(days=when.weekday() - 4)
        rec = {"case_number": f"WJC25-{k:04d}", "date": when.strftime("%m/%d/%Y"), "time": when.strftime("%H:%M"),
               "location": r.choice(WJ_PLACES), "type": r.choice(WJ_TYPES), "court_case": "",
               "disposition": r.choice(WJ_DISP), "related": []}
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        if rec["type"] in ("Disruption in Court", "Warrant Service", "Protective Order Service",
                           "Contempt - Remand Assist") or r.random() < 0.15:
            num = r.choice([f"25CR{r.randint(1000, 9999):05d}", f"FL-2025-{r.randint(100, 999):05d}",
                            f"25CV{r.randint(1000, 9999):05d}"])
            rec["court_case"] = num
            rec["related"].append(("court_case", num))
        if rec["disposition"] == "Arrest":
            num = f"W-BK-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        recs.append(rec)
    recs.sort(key=lambda x: (x["date"][6:] + x["date"][:5], x["time"], x["case_number"]))
    ids = sorted(x["case_number"] for x in recs)
    for rec, num in zip(recs, ids):
        rec["case_number"] = num
    return recs


def draw_wj(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Log No."), (90, "Date"), (138, "Time"), (168, "Floor / Room"), (262, "Incident"),
            (372, "Court Case"), (432, "Disposition")]
    page = [0]

    def foot():
        c.setLineWidth(0.6)
        c.line(36, 70, w - 36, 70)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, 60, t)
        c.setFont("Helvetica", 7)
        c.drawString(36, 36, "Justice Center Police, 900 Court Square, Wendmoor - 555-0151")
        c.drawRightString(w - 36, 36, f"{page[0]}/{pages or 0}")

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "WENDMOOR COUNTY JUSTICE CENTER POLICE")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 52, f"Daily incident log  {label}  (column key at foot of page)")
        return h - 74

    y = head()
    for rec in recs:
        loc = wrap(rec["location"], "Helvetica", 7, 90)
        inc = wrap(rec["type"], "Helvetica", 7, 105)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 140)
        lines = max(len(loc), len(inc), len(dsp))
        if y - 9 * lines < 84:
            foot()
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        for x, key in ((36, "case_number"), (90, "date"), (138, "time"), (372, "court_case")):
            c.drawString(x, y, rec[key])
        for x, cell in ((168, loc), (262, inc), (432, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 5
    if y < 100:
        foot()
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Entries this log: {len(recs)}")
    foot()
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Cedar Ledge community college district police

CL_CAMPUS = ["North Campus", "Riverside Campus", "Downtown Center", "Aviation Annex"]
CL_SPOTS = ["Lot C", "Library 2nd floor", "Student Union", "Science Hall 114", "Gym lobby", "Bookstore",
            "Welding Shop", "Child Care Center", "Bus shelter", "Hangar 2"]
CL_TYPES = ["Theft - bicycle", "Theft - textbooks", "Hit and run, parked car", "Medical assist",
            "Suspicious person", "Harassment", "Vandalism", "Found property", "Disturbance in class",
            "Vehicle unlock", "Threat - social media", "Trespass warning"]
CL_DISP = ["Report", "Info only", "Closed", "Referred to Dean of Students", "CPD", "CIT", "Pending"]
COL_W = 104.5
CAL_X0 = 30


def cl_records(r, first, last, n, start):
    days = [first + datetime.timedelta(days=i) for i in range((last - first).days + 1)]
    per_day = {d: 0 for d in days}
    picks = []
    while len(picks) < n:
        d = r.choice(days)
        if per_day[d] < 4:
            per_day[d] += 1
            picks.append(d)
    whens = sorted(datetime.datetime.combine(d, datetime.time()) + datetime.timedelta(minutes=r.randint(360, 1380))
                   for d in picks)
    recs = []
    for when, k in zip(whens, ids_in_series(r, n, start)):
        rec = {"case_number": f"CLC-25-{k:04d}", "day": when.date(), "time": when.strftime("%H%M"),
               "reported_at": when.strftime("%m/%d/%Y %H%M"),
               "location": f"{r.choice(CL_CAMPUS)}, {r.choice(CL_SPOTS)}", "type": r.choice(CL_TYPES),
               "disposition": r.choice(CL_DISP), "related": []}
        if rec["disposition"] == "CPD":
            num = f"CPD 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to Cedar Ledge PD, {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "CIT":
            num = f"P{r.randint(100000, 999999)}"
            rec["disposition"] = f"Parking citation {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def cl_lines(rec):
    out = [(f"{rec['time']}  {rec['case_number']}", "Helvetica-Bold")]
    for key in ("type", "location", "disposition"):
        out += [(t, "Helvetica") for t in wrap(rec[key], "Helvetica", 6.3, COL_W - 8)]
    return out


def draw_cl(path, recs, label, pages, month):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    first = datetime.date(2025, month, 1)
    monday = first - datetime.timedelta(days=first.weekday())
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    page = 0
    while monday.month == month or monday <= first:
        page += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(30, h - 34, "CEDAR LEDGE COMMUNITY COLLEGE DISTRICT POLICE - DAILY CRIME LOG")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 46, f"{label}   Week of {monday.strftime('%B %-d, %Y')}   Dispatch 555-0188")
        c.drawRightString(w - 30, h - 46, f"sheet {page} of {pages or 0}")
        week_total = 0
        for i in range(7):
            d = monday + datetime.timedelta(days=i)
            x = CAL_X0 + i * COL_W
            c.setLineWidth(0.4)
            c.rect(x, 40, COL_W, h - 100, stroke=1, fill=0)
            if d.month != month:
                c.setFillGray(0.88)
                c.rect(x, 40, COL_W, h - 100, stroke=0, fill=1)
                c.setFillGray(0)
                c.setFont("Helvetica-Oblique", 7)
                c.drawString(x + 4, h - 72, d.strftime("%a %m/%d/%Y"))
                c.drawString(x + 4, h - 84, f"({d.strftime('%B')})")
                continue
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 4, h - 72, d.strftime("%a %m/%d/%Y"))
            y = h - 86
            items = by_day.get(d, [])
            week_total += len(items)
            if not items:
                c.setFont("Helvetica-Oblique", 6.3)
                c.drawString(x + 4, y, "No incidents logged")
            for rec in items:
                for t, font in cl_lines(rec):
                    c.setFont(font, 6.3)
                    c.drawString(x + 4, y, t)
                    y -= 7.6
                y -= 6
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, 26, f"Week total: {week_total}")
        monday += datetime.timedelta(days=7)
        if monday.month != month and monday > first:
            c.drawRightString(w - 30, 26, f"{first.strftime('%B')} total: {len(recs)}")
        c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- ground truth

SAMPLE_EXTRA = ("flight", "reported_utc", "court_case", "development", "building_unit")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in list(fields) + list(SAMPLE_EXTRA) if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs32.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs32.py) from the records it drew; "
                               "checked by check_blind_logs32.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, first, last, label, n, start in runs:
        recs = make(r, first, last, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def D(month, day):
    return datetime.date(2025, month, day)


NOTES = {
    "bf": ("Landscape airport police 'Daily Activity Log', grey column-title band repeated per page. Columns: "
           "Case No. (BFA-25-NNNNN, the id, bold), Reported (local) 'MM/DD/YYYY HH:MM' (reported_at as printed), "
           "a SECOND time column UTC 'MM/DD HH:MMZ' six hours later (no year; for evening rows its date is the "
           "NEXT day; kept as reported_utc, it is not the reported time), Terminal / Gate ('TB Gate B14', "
           "'TA Baggage Claim 3', 'Garage Level 2'; location), Flight ('SK 1482', often empty: a flight number, "
           "not a record number), Incident (type, wraps), Disposition (wraps; 'Citation KFNNNNNN issued', "
           "'Arrest, booked county jail JB25-NNNNN', 'Referred to TSA, PIR-25-NNNN' are related numbers). After "
           "the rows an 'INCIDENTS BY TERMINAL' table of counts (not records) and 'Total incidents logged: N'.",
           "rows counted from the generator; 'Total incidents logged' equals record_count"),
    "hr": ("Medical-center public-safety SHIFT NARRATIVE in Times. Shift headings 'DAY SHIFT 0700-1500  Tuesday "
           "10/14/2025', 'EVENING SHIFT 1500-2300 ...', 'NIGHT SHIFT 2300-0700  Tuesday 10/14/2025 into Wednesday "
           "10/15/2025'. Under each, one paragraph per HOUR, the hour range in bold at the left ('0100-0200'); a "
           "paragraph holds zero to three incidents run together, or a quiet-hour line with no record. Each "
           "incident is 'At HHMM, place: type. narrative sentence Report HRMC25-NNNNN, outcome.': the id is near "
           "the END of the incident, after the narrative. reported_at joins the date and the time; for night-"
           "shift times after midnight the date is the SECOND date of the heading. 'referred to Harrowgate PD, "
           "case HPD25-NNNNNN' and 'valuables logged on receipt PV-NNNNN' are related numbers. Each shift ends "
           "'Shift total: N reports; Code Gray calls: M' (not records); the log ends 'Reports this period: N'.",
           "incidents counted from the generator; 'Reports this period' equals record_count and the shift "
           "totals add up to it"),
    "th": ("Housing-authority police 'Incident Extract' in labelled blocks, 'fields printed as entered': each "
           "block opens 'Item i of N' (a running number, NOT the id), then label/value pairs two to a line in a "
           "DIFFERENT ORDER IN EVERY BLOCK, with optional labels present only in some blocks: Case No. "
           "(THA-25-NNNNN, the id, anywhere in the block), Development, Bldg / Unit ('Bldg 7 / Unit 3C'; "
           "location joins 'Development, Bldg / Unit'), Reported (MM/DD/YYYY HHMM), Nature (type), Disposition, "
           "and sometimes Work Order ('WO NNNNN', maintenance), Lease Ref. ('LV-25-NNN'), Booking ('TB-NNNNNN'), "
           "Citation ('TCNNNNNNN'): all related numbers, not ids. Then 'Narrative:' (summary, wraps) and a rule. "
           "Blocks never split over pages. Ends 'Items listed: N'.",
           "blocks counted from the generator; 'Items listed' equals record_count"),
    "wj": ("Justice-center police daily incident log (portrait) whose COLUMN TITLES ARE PRINTED AT THE FOOT of "
           "every page, under a rule above the footer ('column key at foot of page'); nothing labels the rows "
           "above them. Columns: Log No. (WJC25-NNNN, the id), Date (MM/DD/YYYY), Time (HH:MM) in separate "
           "columns (reported_at joins them with a space), Floor / Room (location, wraps), Incident (type, "
           "wraps), Court Case ('25CRNNNNN', 'FL-2025-NNNNN', '25CVNNNNN': a court's case number, printed in "
           "its own column in many rows, related, NOT the id), Disposition (wraps; 'Arrest, booking W-BK-NNNNN' "
           "related). Ends 'Entries this log: N'.",
           "rows counted from the generator; 'Entries this log' equals record_count"),
    "cl": ("Community-college district police daily crime log printed as a MONTH CALENDAR: one landscape page "
           "per week (Monday to Sunday), seven narrow boxed day columns headed 'Mon 10/06/2025'; days of the "
           "neighbouring month are shaded, headed '(September)' and hold no records; empty days say 'No "
           "incidents logged'. In a day column, entries are stacked: 'HHMM  CLC-25-NNNN' (time and id, bold), "
           "then type, 'Campus, spot' (location) and disposition, each wrapping in the narrow column "
           "('Referred to Cedar Ledge PD, CPD 25-NNNNN' and 'Parking citation PNNNNNN' are related). Document "
           "order is page, then day column left to right, then top to bottom; `pdftotext -layout` of a whole "
           "page interleaves the seven columns line by line. reported_at joins the column's date and the time. "
           "Each page ends 'Week total: N' (weeks shared with the next month count this month's days only); "
           "the last page adds '<Month> total: N'.",
           "entries counted from the generator; the month total equals record_count"),
}


def main():
    one_agency(
        "brennock-field-co-airport-police", 1,
        [("bfap-activity-log-2025-10-20-21.pdf", D(10, 20), D(10, 21), "10/20/2025 - 10/21/2025", 118, 20400),
         ("bfap-activity-log-2025-10-22.pdf", D(10, 22), D(10, 22), "10/22/2025", 61, 20720)],
        bf_records, draw_bf, "Brennock Field International Airport Police, CO [invented]",
        "airport police daily activity log (local and UTC times, flight and gate)", "table with header",
        ["case_number", "reported_at", "location", "type", "disposition"], *NOTES["bf"])
    one_agency(
        "harrowgate-medical-center-oh-public-safety", 2,
        [("hrmc-shift-narrative-2025-10-14-16.pdf", D(10, 14), D(10, 16), "October 14-16, 2025", 64, 3100),
         ("hrmc-shift-narrative-2025-10-17-19.pdf", D(10, 17), D(10, 19), "October 17-19, 2025", 57, 3290)],
        hr_records, draw_hr, "Harrowgate Regional Medical Center Department of Public Safety, OH [invented]",
        "hospital public-safety shift narrative (hourly paragraphs, several incidents each)", "free text",
        ["case_number", "reported_at", "location", "type", "summary", "disposition"], *NOTES["hr"])
    one_agency(
        "tamberly-housing-authority-nj-police", 3,
        [("thapd-incident-extract-2025-10-01-15.pdf", D(10, 1), D(10, 15), "October 1-15, 2025", 52, 1400),
         ("thapd-incident-extract-2025-10-16-31.pdf", D(10, 16), D(10, 31), "October 16-31, 2025", 47, 1560)],
        th_records, draw_th, "Tamberly Housing Authority Police Department, NJ [invented]",
        "housing-authority incident extract (labelled blocks, label order varies)", "labelled blocks",
        ["case_number", "reported_at", "location", "type", "disposition", "summary"], *NOTES["th"])
    one_agency(
        "wendmoor-county-in-justice-center-police", 4,
        [("wcjc-incident-log-2025-10-13-24.pdf", D(10, 13), D(10, 24), "October 13 - 24, 2025", 109, 5120)],
        wj_records, draw_wj, "Wendmoor County Justice Center Police, IN [invented]",
        "courthouse police daily incident log (column titles at the foot of each page)", "table with header",
        ["case_number", "reported_at", "location", "type", "disposition"], *NOTES["wj"])
    one_agency(
        "cedar-ledge-community-college-district-mi-police", 5,
        [("clccd-crime-log-2025-09.pdf", D(9, 1), D(9, 30), "September 2025", 58, 610),
         ("clccd-crime-log-2025-10.pdf", D(10, 1), D(10, 31), "October 2025", 66, 700)],
        cl_records, lambda p, recs, label, pages: draw_cl(p, recs, label, pages, recs[0]["day"].month),
        "Cedar Ledge Community College District Police, MI [invented]",
        "community-college daily crime log printed as a month calendar (week per page)", "table with header",
        ["case_number", "reported_at", "location", "type", "disposition"], *NOTES["cl"])


if __name__ == "__main__":
    main()
