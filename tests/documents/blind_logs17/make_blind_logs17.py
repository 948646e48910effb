"""Generate the seventeenth held-out set of incident-log PDFs and their ground truth.

Five records-management / CAD report-writer layouts: a sheriff's landscape incident listing grouped
by patrol zone then date, with a report-parameters box on page 1; a tribal police incident summary
whose every incident carries a nested "involvements" sub-report; a consolidated police/fire/EMS
dispatch report grouped by agency, date and shift; a school-district police brief of labelled
blocks whose captions sit UNDER their values, grouped by campus; a city watch commander's log of
narrative entries grouped by day and watch, with the id in the middle of each entry.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs17/make_blind_logs17.py [OUT_DIR]
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
SEED = 20251717
STREETS = ["Amberley", "Bracken", "Coldharbour", "Dunmere", "Ellesmere", "Foxglove", "Gorsedd", "Harrowgate",
           "Inchbrook", "Jessamine", "Kittering", "Lochinvar", "Marrowbone", "Nettlebed", "Orrisdale",
           "Penhallow", "Quillon", "Rushmere", "Stonebridge", "Tollgate", "Upperton", "Wendover"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Hwy"]


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


def addr(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}".upper()


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


def long_day(d):
    return datetime.date(*d).strftime("%A, %B %-d, %Y")


class Pager:
    """Page furniture shared by the report writers: a header callback and 'Page n of N'."""

    def __init__(self, c, size, head, bottom=54):
        self.c, self.size, self.head, self.bottom, self.n = c, size, head, bottom, 0
        self.y = self.new(first=True)

    def new(self, first=False):
        if not first:
            self.c.showPage()
        self.n += 1
        return self.head(self.n)

    def need(self, height):
        if self.y - height < self.bottom:
            self.y = self.new()
            return True
        return False


def furniture(c, size, left, right, page, pages, run_line):
    w, h = size
    c.setFont("Helvetica", 7)
    c.drawString(36, 28, run_line)
    c.drawRightString(w - 36, 28, f"Page {page} of {pages or 0}")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, h - 36, left)
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 36, h - 36, right)


# ---------------------------------------------------------------- A: Quillfeather County SO listing

QC_TYPES = ["BURGLARY - RESIDENCE", "THEFT - FUEL DRIVE-OFF", "LIVESTOCK AT LARGE", "DOMESTIC DISTURBANCE",
            "CRIMINAL MISCHIEF", "TRAFFIC COMPLAINT", "WELFARE CHECK", "THEFT - FARM EQUIPMENT",
            "SUSPICIOUS VEHICLE", "PROTECTION ORDER VIOL.", "CIVIL STANDBY", "ALARM - COMMERCIAL"]
QC_DISP = ["REPORT TAKEN", "CLEARED - NO ACTION", "UNFOUNDED", "ARREST", "REFERRED", "ADVISED", "CASE INACTIVE"]
QC_ZONES = ["1 - NORTH", "2 - WEST", "3 - RIVER", "4 - SOUTH"]


def qc_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"QC25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}", "day": d,
               "type": r.choice(QC_TYPES), "location": addr(r), "disposition": r.choice(QC_DISP),
               "zone": r.choice(QC_ZONES), "related": []}
        rec["unit"] = f"Z{rec['zone'][0]}-{r.randint(10, 29)}"
        if rec["disposition"] == "ARREST":
            num = f"QJ25-{r.randint(100, 999):05d}"
            rec["disposition"] = f"ARREST - BKG {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "REFERRED":
            num = f"25-{r.randint(100, 199)}-{r.randint(1000, 9999)}"
            rec["disposition"] = f"REFERRED NSP {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    # the report groups by zone, then date; inside a date it sorts by case number
    recs.sort(key=lambda x: (QC_ZONES.index(x["zone"]), x["day"], x["case_number"]))
    return recs


def draw_qc(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [(36, "Case No."), (110, "Reported"), (190, "Incident Type"), (330, "Location"),
            (480, "Unit"), (520, "Disposition")]
    first = recs[0]["case_number"][:5]

    def head(n):
        furniture(c, size, "QUILLFEATHER COUNTY SHERIFF'S OFFICE", "RMS report INC-LST-07", n, pages,
                  "Printed 10/20/2025 06:15 by user RMS0442    Records Division 308 555-0117")
        c.setFont("Helvetica", 9)
        c.drawString(36, h - 50, "Incident Listing by Patrol Zone and Date")
        y = h - 64
        if n == 1:
            c.rect(36, y - 52, 420, 56)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(42, y - 8, "REPORT PARAMETERS")
            c.setFont("Helvetica", 8)
            for i, t in enumerate([f"Date range:  {label}", f"Case no. range:  {first}04000  to  {first}04999",
                                   "Group by:  Patrol Zone, Date     Sort within group:  Case No.",
                                   f"Records selected:  {len(recs)}"]):
                c.drawString(42, y - 19 - 10 * i, t)
            y -= 66
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 36, y - 3)
        return y - 14

    p = Pager(c, size, head)
    zone = day = None
    zcount = dcount = 0

    def day_footer():
        p.need(14)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(110, p.y, f"Date {mdy(day)} total: {dcount}")
        p.y -= 14

    def zone_footer():
        p.need(16)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, p.y, f"Zone {zone} total: {zcount}")
        c.line(36, p.y - 4, w - 36, p.y - 4)
        p.y -= 20

    for rec in recs:
        if rec["zone"] != zone:
            if zone:
                day_footer()
                zone_footer()
            zone, day, zcount, dcount = rec["zone"], None, 0, 0
            p.need(40)
            c.setFillGray(0.85)
            c.rect(36, p.y - 3, w - 72, 12, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(40, p.y, f"PATROL ZONE {zone}")
            p.y -= 16
        if rec["day"] != day:
            if day:
                day_footer()
            day, dcount = rec["day"], 0
            p.need(30)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(50, p.y, f"Date: {long_day(day)}")
            p.y -= 12
        typ = wrap(rec["type"], "Helvetica", 7, 135)
        loc = wrap(rec["location"], "Helvetica", 7, 140)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 100)
        lines = max(len(typ), len(loc), len(dsp))
        p.need(9 * lines)
        c.setFont("Helvetica", 7)
        c.drawString(36, p.y, rec["case_number"])
        c.drawString(110, p.y, rec["reported_at"])
        c.drawString(480, p.y, rec["unit"])
        for x, cell in ((190, typ), (330, loc), (520, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, p.y - 9 * j, t)
        p.y -= 9 * lines + 2
        zcount += 1
        dcount += 1
    day_footer()
    zone_footer()
    p.need(14)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, p.y, f"Grand total: {len(recs)} incidents in {len(QC_ZONES)} zones")
    c.showPage()
    c.save()
    return p.n


# ---------------------------------------------------------------- B: Kestane Creek tribal PD summary

KC_TYPES = ["Assault - Simple", "Trespass - Tribal Land", "Theft - Firewood", "Disorderly Conduct",
            "Intoxicated Person", "Vandalism - Community Center", "Missing Person - Located", "Dog Bite",
            "Burglary - Residence", "Traffic - Reckless Driving", "Fishing Without Permit", "Welfare Check"]
KC_PLACES = ["Powwow Grounds", "Community Center", "Elk Flat Housing", "Kestane Creek Rd MM 4",
             "Headstart Bldg", "Trading Post", "River Access No. 2", "Council Chambers lot", "Sweetgrass Loop"]
KC_DISP = ["Closed", "Open - Investigation", "Closed - Arrest", "Referred", "Closed - Citation", "Inactive"]


def kc_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"KCT25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
               "type": r.choice(KC_TYPES), "location": r.choice(KC_PLACES), "disposition": r.choice(KC_DISP),
               "inv": [], "related": []}
        if r.random() < 0.6:
            rec["inv"].append(("Person", r.choice(["Victim (adult)", "Victim (juvenile)", "Complainant",
                                                   "Witness", "Suspect (adult)"]), ""))
        if r.random() < 0.3:
            num = f"PT-25-{r.randint(100, 999):04d}"
            rec["inv"].append(("Property", r.choice(["Evidence - clothing", "Found - bicycle",
                                                     "Evidence - knife", "Safekeeping - wallet"]), num))
            rec["related"].append(("property_tag", num))
        if rec["disposition"] == "Closed - Citation":
            num = f"TC{r.randint(1000000, 9999999)}"
            rec["inv"].append(("Citation", "Tribal Code " + r.choice(["5-2-101", "7-1-14", "9-4-3"]), num))
            rec["related"].append(("citation", num))
        if rec["disposition"] == "Referred":
            num = f"25-SF-{r.randint(1000, 9999)}"
            rec["inv"].append(("Referral", "Federal agency case", num))
            rec["related"].append(("other_agency_case", num))
        if rec["disposition"] == "Closed - Arrest":
            num = f"KCJ-{r.randint(1000, 9999)}"
            rec["inv"].append(("Booking", "Tribal detention", num))
            rec["related"].append(("booking_number", num))
        recs.append(rec)
    return recs


def draw_kc(path, recs, label, pages):
    size = letter
    w, h = size
    c = new_canvas(path, size)
    cols = [(36, "Incident No."), (110, "Reported"), (175, "Offense / Nature"), (320, "Location"),
            (460, "Status")]

    def head(n):
        furniture(c, size, "KESTANE CREEK TRIBAL POLICE DEPARTMENT", "Incident Summary with Involvements", n,
                  pages, "Dispatch / records 406 555-0163    Juvenile identities are not printed")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 50, f"Parameters: Period={label}; District=ALL; Include=Involvements; "
                                 "Sort=Reported")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 68, t)
        c.line(36, h - 71, w - 36, h - 71)
        return h - 84

    p = Pager(c, size, head)
    ninv = 0
    for rec in recs:
        typ = wrap(rec["type"], "Helvetica-Bold", 7.5, 140)
        p.need(12 * len(typ) + 10 * (len(rec["inv"]) + 1) + 10)
        c.setFillGray(0.9)
        c.rect(34, p.y - 3 - 9 * (len(typ) - 1), w - 68, 11 + 9 * (len(typ) - 1), stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, p.y, rec["case_number"])
        c.drawString(110, p.y, rec["reported_at"])
        for j, t in enumerate(typ):
            c.drawString(175, p.y - 9 * j, t)
        c.drawString(320, p.y, rec["location"])
        c.drawString(460, p.y, rec["disposition"])
        p.y -= 9 * len(typ) + 5
        c.setFont("Helvetica-Oblique", 6.5)
        if not rec["inv"]:
            c.drawString(70, p.y, "No involvements recorded.")
            p.y -= 12
            continue
        for x, t in ((70, "Involvement"), (150, "Description"), (320, "Reference No.")):
            c.drawString(x, p.y, t)
        p.y -= 9
        c.setFont("Helvetica", 6.5)
        for kind, desc, num in rec["inv"]:
            c.drawString(70, p.y, kind)
            c.drawString(150, p.y, desc)
            c.drawString(320, p.y, num or "-")
            p.y -= 9
            ninv += 1
        p.y -= 4
    p.need(14)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, p.y, f"Incidents listed: {len(recs)}     Involvements listed: {ninv}")
    c.showPage()
    c.save()
    return p.n


# ---------------------------------------------------------------- C: Tarrow Valley consolidated dispatch

TV_AG = [("TVPD - POLICE", "TVP", ["SUSPICIOUS PERSON", "THEFT REPORT", "ALARM BURGLARY", "DISTURBANCE",
                                   "TRAFFIC STOP", "PARKING COMPLAINT", "ASSIST MOTORIST", "911 HANGUP"]),
         ("TVFD - FIRE", "TVF", ["FIRE ALARM", "GRASS FIRE", "SMOKE INVESTIGATION", "VEHICLE FIRE",
                                 "GAS ODOR", "MVC - FIRE ASSIST"]),
         ("TVEMS - AMBULANCE", "TVM", ["FALL", "CHEST PAIN", "BREATHING PROBLEM", "UNCONSCIOUS",
                                       "MVC - INJURY", "SICK PERSON"])]
TV_DISP = {"TVP": ["RPT", "ADV", "GOA", "ARR", "CIT", "UTL"], "TVF": ["EXT", "FALSE", "INV", "CANC"],
           "TVM": ["TRANSP", "REFUSED", "DOA", "CANC"]}


def hms(t):
    return f"{t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}"


def tv_records(r, days, n, start):
    shares = [int(n * 0.55), int(n * 0.2)]
    shares.append(n - sum(shares))
    recs, events = [], []
    ev = start * 7
    for (ag, pre, types), cnt in zip(TV_AG, shares):
        for (d, h, m), k in zip(day_times(r, days, cnt), serials(r, cnt, start)):
            sec = h * 3600 + m * 60 + r.randint(0, 59)
            same_day = [e for e in events if e[3:7] == f"{d[1]:02d}{d[2]:02d}"]
            if pre != "TVP" and same_day and r.random() < 0.3:
                event = r.choice(same_day)  # a multi-agency call: same CAD event as a police incident
            else:
                ev += r.randint(1, 4)
                event = f"E25{d[1]:02d}{d[2]:02d}-{ev % 10000:04d}"
                if pre == "TVP":
                    events.append(event)
            disp = r.choice(TV_DISP[pre])
            a = sec + r.randint(60, 300)
            arr = a + r.randint(120, 600)
            rec = {"case_number": f"{pre}25-{k:05d}", "event": event, "day": d, "sec": sec,
                   "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0] % 100:02d} {hms(sec)}", "type": r.choice(types),
                   "location": addr(r), "priority": str(r.randint(1, 4)), "agency": ag,
                   "times": [hms(a), hms(arr), hms(a + r.randint(900, 3600))], "wait": arr - sec,
                   "disposition": disp, "related": [("cad_event", event)]}
            if disp == "CIT":
                num = f"WY{r.randint(100000, 999999)}"
                rec["disposition"] = f"CIT {num}"
                rec["related"].append(("citation", num))
            recs.append(rec)
    return recs


def draw_tv(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [(36, "Incident #"), (96, "CAD Event"), (160, "Received"), (232, "Nature"), (340, "Address"),
            (470, "Pri"), (490, "Disp'd"), (530, "Arrived"), (570, "Cleared"), (612, "Disposition")]

    def head(n):
        furniture(c, size, "TARROW VALLEY CONSOLIDATED DISPATCH", "CAD report CFS-AGY-3", n, pages,
                  "Non-emergency 307 555-0188    Times are 24-hour local")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 50, f"Calls for Service by Agency, Date and Shift    Run for: {label}    "
                                 "Agencies: TVPD, TVFD, TVEMS    Include cancelled: Y")
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x, h - 66, t)
        c.line(36, h - 69, w - 36, h - 69)
        return h - 82

    p = Pager(c, size, head)
    groups = []
    for rec in recs:
        shift = "A SHIFT 0000-1159" if rec["sec"] < 43200 else "B SHIFT 1200-2359"
        key = (rec["agency"], rec["day"], shift)
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(rec)
    groups.sort(key=lambda g: ([a for a, _, _ in TV_AG].index(g[0][0]), g[0][1], g[0][2]))
    agency = None
    for gi, ((ag, day, shift), rows) in enumerate(groups):
        if ag != agency:
            agency = ag
            p.need(40)
            c.setFillGray(0.8)
            c.rect(34, p.y - 3, w - 68, 12, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(38, p.y, f"AGENCY: {ag}")
            p.y -= 15
        p.need(30)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, p.y, f"{mdy(day)}   {shift}")
        p.y -= 11
        c.setFont("Helvetica", 6.8)
        for rec in rows:
            nat = wrap(rec["type"], "Helvetica", 6.8, 104)
            p.need(9 * len(nat))
            c.setFont("Helvetica", 6.8)
            for x, t in zip([x for x, _ in cols], [rec["case_number"], rec["event"], rec["reported_at"], None,
                                                   rec["location"], rec["priority"], *rec["times"],
                                                   rec["disposition"]]):
                if t:
                    c.drawString(x, p.y, t)
            for j, t in enumerate(nat):
                c.drawString(232, p.y - 9 * j, t)
            p.y -= 9 * len(nat)
        waits = [rec["wait"] for rec in rows]
        p.need(12)
        c.setFont("Helvetica-Oblique", 6.8)
        c.drawString(96, p.y, f"Shift total: {len(rows)} calls    Avg rcv-arrive {sum(waits) // len(waits) // 60:02d}:"
                              f"{sum(waits) // len(waits) % 60:02d}")
        p.y -= 14
        if gi + 1 == len(groups) or groups[gi + 1][0][0] != ag:
            p.need(16)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(36, p.y, f"{ag} total: {sum(1 for x in recs if x['agency'] == ag)} calls")
            p.y -= 18
    counts = [sum(1 for x in recs if x["agency"] == a) for a, _, _ in TV_AG]
    p.need(14)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, p.y, f"Report total: {len(recs)} calls (police {counts[0]}, fire {counts[1]}, "
                          f"EMS {counts[2]})")
    c.showPage()
    c.save()
    return p.n


def tv_order(recs):
    """Records in print order (agency, date, shift, then time)."""
    ags = [a for a, _, _ in TV_AG]
    return sorted(recs, key=lambda x: (ags.index(x["agency"]), x["day"], x["sec"] >= 43200, x["sec"]))


# ---------------------------------------------------------------- D: Kettle Run ISD PD brief

KR_CAMPUS = [("042", "NORTHBROOK HIGH SCHOOL", "Northbrook HS"), ("117", "WILLOW BEND MIDDLE SCHOOL", "Willow Bend MS"),
             ("205", "CEDAR KNOLL ELEMENTARY", "Cedar Knoll ES"), ("310", "KETTLE RUN ALTERNATIVE CENTER", "KRAC")]
KR_SPOTS = ["Room 114", "Gym", "Cafeteria", "North parking lot", "Bus loop", "Library", "Boys restroom B",
            "Athletic field", "Front office", "Hallway C"]
KR_TYPES = ["Fight / Affray", "Theft - Student Property", "Possession of Vape (Minor)", "Criminal Mischief",
            "Trespass After Warning", "Terroristic Threat", "Disruption of Class", "Assault by Contact",
            "Found Property", "Harassment - Online"]
KR_DISP = ["Handled by campus administration", "Report filed", "Citation issued", "Referred to city police",
           "Unfounded", "Parent contacted"]
KR_SUM = ["Two students separated by staff before officer arrival.", "Item recovered and returned to owner.",
          "Video reviewed by the campus administrator.", "Non-student escorted off campus.",
          "Damage photographed for the maintenance department.", "Statement taken from the reporting teacher.",
          "Counselor notified and safety plan started.", "Device seized and logged."]


def kr_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        camp = r.choice(KR_CAMPUS)
        rec = {"case_number": f"KR25-{k:05d}", "reported_at": f"{mdy(d)} {7 + h % 9:02d}:{m:02d}",
               "campus": camp, "location": f"{camp[2]} - {r.choice(KR_SPOTS)}", "type": r.choice(KR_TYPES),
               "disposition": r.choice(KR_DISP), "summary": " ".join(r.sample(KR_SUM, r.randint(1, 2))),
               "related": []}
        if rec["disposition"] == "Citation issued":
            num = f"KRC-25-{r.randint(100, 999):04d}"
            rec["disposition"] = f"Citation issued, No. {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to city police":
            num = f"25-0{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to city police (case {num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    recs.sort(key=lambda x: KR_CAMPUS.index(x["campus"]))  # stable: by campus, then time
    return recs


def draw_kr(path, recs, label, pages):
    size = letter
    w, h = size
    c = new_canvas(path, size)

    def head(n):
        furniture(c, size, "KETTLE RUN ISD POLICE DEPARTMENT", "Campus Incident Brief", n, pages,
                  "KRISD Police Records 512 555-0129    Student names are never printed")
        y = h - 52
        if n == 1:
            c.setFont("Helvetica", 7.5)
            c.drawString(36, y, f"Report parameters -- School year: 2025-26   Dates: {label}   Campus: ALL   "
                                "Group: Campus   Juvenile names: suppressed")
            y -= 16
        return y

    p = Pager(c, size, head)

    def cell(x, y, value, caption, width):
        lines = wrap(value, "Helvetica", 8, width - 6)
        c.setFont("Helvetica", 8)
        for j, t in enumerate(lines):
            c.drawString(x + 3, y - 10 * j, t)
        cy = y - 10 * (len(lines) - 1) - 9
        c.setFont("Helvetica-Oblique", 5.8)
        c.setFillGray(0.4)
        c.drawString(x + 3, cy, caption)
        c.setFillGray(0)
        return 10 * (len(lines) - 1) + 18

    camp = None
    ccount = 0

    def footer():
        p.need(14)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(w - 36, p.y, f"Campus {camp[0]} subtotal: {ccount} incidents")
        p.y -= 18

    for rec in recs:
        if rec["campus"] != camp:
            if camp:
                footer()
            camp, ccount = rec["campus"], 0
            p.need(110)
            c.setFillGray(0.15)
            c.rect(36, p.y - 4, w - 72, 14, stroke=0, fill=1)
            c.setFillGray(1)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(42, p.y, f"CAMPUS {camp[0]} - {camp[1]}")
            c.setFillGray(0)
            p.y -= 22
        summ = wrap(rec["summary"], "Helvetica", 8, w - 72 - 6)
        height = 18 + 18 + 10 * (len(summ) - 1) + 18 + 12
        p.need(height)
        top = p.y
        c.setLineWidth(0.4)
        x0 = 36
        h1 = max(cell(x0, p.y, rec["case_number"], "Incident No.", 110),
                 cell(x0 + 110, p.y, rec["reported_at"], "Date/Time Reported", 120),
                 cell(x0 + 230, p.y, rec["location"], "Location", w - 72 - 230))
        p.y -= h1
        h2 = max(cell(x0, p.y, rec["type"], "Offense / Incident", 230),
                 cell(x0 + 230, p.y, rec["disposition"], "Disposition", w - 72 - 230))
        p.y -= h2
        p.y -= cell(x0, p.y, rec["summary"], "Summary", w - 72)
        c.rect(36, p.y + 6, w - 72, top - p.y + 4)
        p.y -= 8
        ccount += 1
    footer()
    p.need(14)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, p.y, f"Total incidents, all campuses: {len(recs)}")
    c.showPage()
    c.save()
    return p.n


# ---------------------------------------------------------------- E: Corradine PD watch log

CR_TYPES = ["theft from vehicle", "loud party", "shoplifting", "domestic disturbance", "hit and run",
            "criminal trespass", "burglary", "harassment", "open door", "suspicious vehicle", "fraud"]
CR_NARR = ["Complainant advised the item was taken overnight.", "Area checked with negative results.",
           "Manager provided video to the officer.", "Both parties separated and advised.",
           "Damage estimated under five hundred dollars.", "Neighbor reported the same vehicle last week.",
           "Scene photographed and evidence collected."]
CR_DISP = ["Report taken.", "No report, advised.", "Unfounded.", "ARREST", "CITE", "Referred to detectives."]


def cr_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), serials(r, n, start)):
        rec = {"case_number": f"25-CR-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}", "day": d, "hour": h,
               "type": r.choice(CR_TYPES), "location": addr(r), "summary": r.choice(CR_NARR),
               "unit": f"{r.randint(1, 3)}B{r.randint(10, 39)}", "disposition": r.choice(CR_DISP), "related": []}
        if rec["disposition"] == "ARREST":
            num = f"CDC-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"One adult arrested, booking {num}."
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITE":
            num = f"KY{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Uniform citation {num} issued."
            rec["related"].append(("citation", num))
        if len(recs) > 5 and r.random() < 0.12:
            prior = r.choice(recs[:-2])["case_number"]
            rec["follow"] = f"Follow-up to {prior}."
            rec["related"].append(("earlier_case_cited", prior))
        recs.append(rec)
    return recs


def cr_text(rec):
    return " ".join(x for x in [f"{rec['reported_at'][-4:]}  Unit {rec['unit']} to {rec['location']} for "
                                f"{rec['type']}. Case {rec['case_number']}.", rec.get("follow", ""),
                                rec["summary"], rec["disposition"]] if x)


def draw_cr(path, recs, label, pages):
    size = letter
    w, h = size
    c = new_canvas(path, size)

    def head(n):
        furniture(c, size, "CORRADINE POLICE DEPARTMENT", "RMS report WCL-02 Watch Commander Log", n, pages,
                  "Corradine PD front desk 502 555-0151")
        y = h - 52
        if n == 1:
            c.setFont("Helvetica", 7.5)
            c.drawString(36, y, f"Parameters: {label}; watches I, II, III; beats 11-34; entry types: all "
                                "reportable")
            y -= 16
        return y

    p = Pager(c, size, head)
    watches = [("I", "0000-0759"), ("II", "0800-1559"), ("III", "1600-2359")]
    day = watch = None
    wcount = 0

    def footer():
        p.need(14)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(60, p.y, f"Watch {watches[watch][0]} entries: {wcount}")
        p.y -= 16

    for rec in recs:
        if rec["day"] != day or rec["hour"] // 8 != watch:
            if watch is not None:
                footer()
            if rec["day"] != day:
                day = rec["day"]
                p.need(50)
                c.setFillGray(0.85)
                c.rect(36, p.y - 4, w - 72, 14, stroke=0, fill=1)
                c.setFillGray(0)
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(40, p.y, long_day(day))
                p.y -= 18
            watch, wcount = rec["hour"] // 8, 0
            p.need(36)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(46, p.y, f"WATCH {watches[watch][0]}  ({watches[watch][1]})")
            p.y -= 13
        lines = wrap(cr_text(rec), "Times-Roman", 9, 330)
        p.need(11 * len(lines) + 3)
        c.setFont("Times-Roman", 9)
        for j, t in enumerate(lines):
            c.drawString(60 if j == 0 else 84, p.y - 11 * j, t)
        p.y -= 11 * len(lines) + 4
        wcount += 1
    footer()
    p.need(14)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, p.y, f"Log entries printed: {len(recs)}")
    c.showPage()
    c.save()
    return p.n


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
        "git_blob": "generated", "generator": f"make_blind_logs17.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs17.py) from the records it drew; "
                               "checked by check_blind_logs17.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check, order=None):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, order(recs) if order else recs, fields, notes,
                        count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "qc": ("Landscape RMS 'Incident Listing by Patrol Zone and Date'. Page 1 carries a boxed REPORT PARAMETERS "
           "block: date range, 'Case no. range: QC25-04000 to QC25-04999' (two numbers of the id series that are "
           "NOT records), group and sort settings and 'Records selected: N'. Two grouping levels: a shaded band "
           "'PATROL ZONE 2 - WEST', then 'Date: Tuesday, October 14, 2025' sub-headers; each date ends with "
           "'Date MM/DD/YYYY total: n' and each zone with 'Zone 2 - WEST total: n' (group footers, not records). "
           "Inside a date rows are sorted by case number, so the document is not in id order overall. Columns: "
           "Case No. (QC25-NNNNN, the id), Reported (MM/DD/YYYY HH:MM), Incident Type (wraps), Location (wraps), "
           "Unit (Z2-14), Disposition ('ARREST - BKG QJ25-NNNNN' booking and 'REFERRED NSP 25-NNN-NNNN' state "
           "patrol case numbers are related, not ids). Ends 'Grand total: N incidents in 4 zones'.",
           "rows counted from the generator; 'Records selected' and 'Grand total' equal record_count"),
    "kc": ("Portrait 'Incident Summary with Involvements'. Parameters line under the title. Each incident is a "
           "grey band (Incident No. KCT25-NNNNN, Reported 'MM/DD/YYYY HHMM' without a colon, Offense / Nature, "
           "Location, Status) followed by a nested SUB-REPORT in small italics with its own column titles "
           "'Involvement  Description  Reference No.' repeated for every incident, and rows Person / Property "
           "/ Citation / Referral / Booking; their reference numbers (property tags PT-25-NNNN, tribal "
           "citations TCNNNNNNN, federal referrals 25-SF-NNNN, bookings KCJ-NNNN) are related, not ids. An "
           "incident without involvements has 'No involvements recorded.' Ends 'Incidents listed: N     "
           "Involvements listed: M' (M is not a record count).",
           "bands counted from the generator; 'Incidents listed' equals record_count"),
    "tv": ("Landscape CAD 'Calls for Service by Agency, Date and Shift' from a consolidated police/fire/EMS "
           "dispatch centre: THREE grouping levels (shaded 'AGENCY: TVPD - POLICE' band, then a "
           "'MM/DD/YYYY   A SHIFT 0000-1159' header) with footers 'Shift total: n calls    Avg rcv-arrive "
           "mm:ss' and 'TVPD - POLICE total: n calls'. Three id series kept apart: TVP25-NNNNN (police), "
           "TVF25-NNNNN (fire), TVM25-NNNNN (EMS); the series restart from the same serial range, so the "
           "serial digits repeat across agencies. The second column CAD Event (E25MMDD-NNNN) is the dispatch "
           "event, NOT the record id: a fire or EMS incident on a multi-agency call repeats a police record's "
           "event number (kind cad_event, related). Received 'MM/DD/YY HH:MM:SS' (two-digit year; "
           "reported_at as printed), Nature (type), Address, Pri, then three bare time columns (Disp'd, "
           "Arrived, Cleared) and a coded Disposition ('CIT WYNNNNNN' cites a citation, related). Police "
           "first, then fire, then EMS: not in time order. Ends 'Report total: N calls (police p, fire f, "
           "EMS m)'.",
           "rows counted from the generator; 'Report total' equals record_count and the agency totals add up"),
    "kr": ("School-district police 'Campus Incident Brief' of LABELLED BLOCKS whose captions are printed "
           "UNDER their values in small grey italics (form style): each ruled box has a first row 'Incident "
           "No.' (KR25-NNNNN, the id), 'Date/Time Reported' (MM/DD/YYYY HH:MM), 'Location' (campus short name "
           "and spot), a second row 'Offense / Incident' and 'Disposition' (wraps; 'Citation issued, No. "
           "KRC-25-NNNN' and 'Referred to city police (case 25-0NNNNN)' are related, not ids), and a full-width "
           "'Summary' that wraps, its caption under its last line. So in the text each label follows its value "
           "line. Grouped by campus under a dark band 'CAMPUS 042 - NORTHBROOK HIGH SCHOOL' (3-digit campus "
           "codes) with a right-aligned footer 'Campus 042 subtotal: n incidents'; in id order inside a "
           "campus. Report parameters on page 1. Ends 'Total incidents, all campuses: N'.",
           "boxes counted from the generator; the closing total equals record_count"),
    "cr": ("RMS 'Watch Commander Log' of narrative entries in Times, grouped by day (shaded band "
           "'Monday, October 20, 2025') and watch ('WATCH II  (0800-1559)'), each watch closed by 'Watch II "
           "entries: n'. An entry is one paragraph opening with a 4-digit time and the unit ('0614  Unit 2B12 "
           "to 1400 CALLOWAY RD for theft from vehicle.'), then the id IN THE MIDDLE of the paragraph: 'Case "
           "25-CR-NNNNN.', sometimes 'Follow-up to 25-CR-NNNNN.' citing an EARLIER record of the same series "
           "(related, not a record), a narrative sentence (summary) and the outcome sentence (disposition; "
           "'booking CDC-25-NNNN' and 'Uniform citation KYNNNNNNN' are related). Continuation lines are "
           "indented; the id may fall on the second line. Unit call signs (2B12) and beat numbers in the "
           "parameters line are not ids. reported_at joins the day band's date and the entry time "
           "('10/20/2025 0614'). Ends 'Log entries printed: N'.",
           "entries counted from the generator; 'Log entries printed' equals record_count"),
}


def main():
    fields = ["case_number", "reported_at", "type", "location", "disposition"]
    one_agency(
        "quillfeather-county-ne-so", 1,
        [("qcso-incident-listing-2025-10-13-19.pdf", days(10, 13, 19), "10/13/2025 00:00 to 10/19/2025 23:59",
          118, 4100)],
        qc_records, draw_qc, "Quillfeather County Sheriff's Office, NE [invented]",
        "RMS incident listing grouped by patrol zone and date", "table with header", fields, *NOTES["qc"])
    one_agency(
        "kestane-creek-mt-tribal-pd", 2,
        [("kctpd-incident-summary-2025-10-01-15.pdf", days(10, 1, 15), "10/01/2025-10/15/2025", 52, 600),
         ("kctpd-incident-summary-2025-10-16-31.pdf", days(10, 16, 31), "10/16/2025-10/31/2025", 61, 700)],
        kc_records, draw_kc, "Kestane Creek Tribal Police Department, MT [invented]",
        "incident summary with a nested involvements sub-report", "table with header", fields, *NOTES["kc"])
    one_agency(
        "tarrow-valley-wy-consolidated-dispatch", 3,
        [("tvcd-cfs-by-agency-2025-10-21.pdf", days(10, 21, 21), "10/21/2025", 96, 2200),
         ("tvcd-cfs-by-agency-2025-10-22-23.pdf", days(10, 22, 23), "10/22/2025 - 10/23/2025", 138, 2400)],
        tv_records, draw_tv, "Tarrow Valley Consolidated Dispatch (police, fire, EMS), WY [invented]",
        "CAD calls for service by agency, date and shift", "table with header", fields, *NOTES["tv"],
        order=tv_order)
    one_agency(
        "kettle-run-isd-tx-pd", 4,
        [("krisd-campus-incident-brief-2025-09.pdf", days(9, 1, 30), "09/01/2025 - 09/30/2025", 44, 300),
         ("krisd-campus-incident-brief-2025-10.pdf", days(10, 1, 31), "10/01/2025 - 10/31/2025", 53, 400)],
        kr_records, draw_kr, "Kettle Run Independent School District Police Department, TX [invented]",
        "campus incident brief (captions under values), grouped by campus", "labelled blocks",
        fields + ["summary"], *NOTES["kr"])
    one_agency(
        "corradine-ky-pd", 5,
        [("cpd-watch-log-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025 - 10/21/2025", 74, 3300),
         ("cpd-watch-log-2025-10-22-23.pdf", days(10, 22, 23), "10/22/2025 - 10/23/2025", 81, 3500)],
        cr_records, draw_cr, "Corradine Police Department, KY [invented]",
        "watch commander log (narrative entries by day and watch)", "free text",
        fields + ["summary"], *NOTES["cr"])


if __name__ == "__main__":
    main()
