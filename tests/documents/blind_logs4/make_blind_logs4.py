"""Write the fourth held-out set of incident-log PDFs and their ground truth.

Everything is invented. Deterministic: fixed seeds, reportlab invariant mode.
Usage: python make_blind_logs4.py [OUT_DIR]   (default: this folder)
"""

import hashlib
import json
import random
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
BASE_SEED = 20251202
REL_PATH = "tests/documents/blind_logs4"

STREETS = [
    "Alder St",
    "Birchwood Ave",
    "Cannery Rd",
    "Dockside Way",
    "Elm Ct",
    "Fenwick Blvd",
    "Granger St",
    "Harbor View Dr",
    "Ironside Ave",
    "Juniper Ln",
    "Keel St",
    "Larch Rd",
    "Mariner Pkwy",
    "Northgate Rd",
    "Orchard St",
    "Pilot Ave",
    "Quayside Dr",
    "Ropewalk Ln",
]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("Records Unit")
    c.setTitle(path.stem)
    return c


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def phone(rng):
    return f"({rng.choice(['803', '843', '864'])}) 555-01{rng.randint(10, 99)}"


# ---------------------------------------------------------------- A: port police, two-row records
def port_records(rng, start, days, per_day, first_no):
    types = [
        "TRESPASS - RESTRICTED AREA",
        "THEFT - CARGO",
        "SUSPICIOUS VEHICLE",
        "TRAFFIC COLLISION - PROPERTY DAMAGE",
        "ASSIST CBP",
        "CREDENTIAL VIOLATION (TWIC)",
        "MEDICAL ASSIST",
        "VANDALISM",
        "FUEL SPILL REPORT",
        "DISORDERLY PERSON",
        "ALARM - INTRUSION",
        "FOUND PROPERTY",
        "DUI",
        "HAZMAT NOTIFICATION",
    ]
    places = [
        "Terminal 3 Gate B",
        "Wando Container Yard Row 14",
        "Cruise Terminal Lot C",
        "Berth 22 Apron",
        "North Gate Truck Queue",
        "Port Administration Bldg",
        "Intermodal Rail Ramp",
        "Columbus St Terminal Warehouse 6",
        "Breakbulk Shed 4",
        "Fisherman's Wharf Public Pier",
    ]
    disps = [
        "REPORT TAKEN",
        "ADVISED / CLEARED",
        "ARREST",
        "REFERRED TO CBP",
        "UNFOUNDED",
        "CITATION ISSUED",
        "TRESPASS WARNING ISSUED",
        "GONE ON ARRIVAL",
    ]
    recs, n = [], first_no
    for d in range(days):
        day = start + timedelta(days=d)
        t = day + timedelta(minutes=rng.randint(5, 40))
        for _ in range(per_day[d]):
            n += rng.randint(1, 3)
            t += timedelta(minutes=rng.randint(4, 28))
            ty = rng.choice(types)
            offs = [ty]
            if rng.random() < 0.12:
                offs.append(rng.choice([x for x in types if x != ty]))
            disp = rng.choice(disps)
            rel, relkind, ref = None, None, ""
            r = rng.random()
            if disp == "CITATION ISSUED" or (r < 0.08):
                rel, relkind = f"SC{rng.randint(1000000, 9999999)}", "citation"
                ref = f"Cit. {rel}"
            elif ty == "ASSIST CBP" or r < 0.16:
                rel, relkind = f"CBP-{rng.randint(100000, 999999)}", "other_agency_case"
                ref = f"CBP ref {rel}"
            elif r < 0.22:
                rel, relkind = f"MISLE {rng.randint(1400000, 1499999)}", "other_agency_case"
                ref = f"USCG {rel}"
            recs.append(
                dict(
                    case_number=f"PA25-{n:06d}",
                    reported_at=t.strftime("%m/%d/%Y %H:%M"),
                    type=offs,
                    location=rng.choice(places),
                    disposition=disp,
                    ref=ref,
                    related=rel,
                    relkind=relkind,
                    unit=f"P{rng.randint(11, 48)}",
                )
            )
    return recs


def draw_port(path, recs, title_dates):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]
    y = [0]

    def header():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 44, "SALTMARSH HARBOR PORT AUTHORITY POLICE")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, H - 57, f"Daily Activity Report  -  {title_dates}    Dispatch (843) 555-0140    ORI SC0109900")
        c.drawRightString(W - 40, H - 44, f"Page {page[0]}")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, H - 80, "Incident No.")
        c.drawString(130, H - 80, "Reported")
        c.drawString(225, H - 80, "Incident Type")
        c.drawString(470, H - 80, "Unit")
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(60, H - 91, "Location")
        c.drawString(300, H - 91, "Disposition")
        c.drawString(460, H - 91, "Ref.")
        c.setLineWidth(0.8)
        c.line(40, H - 95, W - 40, H - 95)
        y[0] = H - 108

    header()
    for r in recs:
        tlines = []
        for o in r["type"]:
            tlines += wrap(o, "Helvetica", 8, 235)
        need = 11 * len(tlines) + 13
        if y[0] - need < 50:
            c.showPage()
            header()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y[0], r["case_number"])
        c.setFont("Helvetica", 8)
        c.drawString(130, y[0], r["reported_at"])
        c.drawString(470, y[0], r["unit"])
        for i, tl in enumerate(tlines):
            c.drawString(225, y[0] - 11 * i, tl)
        y[0] -= 11 * len(tlines)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(60, y[0], r["location"])
        c.drawString(300, y[0], r["disposition"])
        c.drawString(460, y[0], r["ref"])
        c.setLineWidth(0.3)
        c.line(40, y[0] - 4, W - 40, y[0] - 4)
        y[0] -= 15
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, y[0] - 6, f"Incidents this report: {len(recs)}")
    c.save()


# ---------------------------------------------------------------- B: CAD pipe export
def cad_records(rng, day, count):
    natures = [
        "ALARM BURGLARY",
        "WELFARE CHECK",
        "TRAFFIC STOP",
        "MVA WITH INJURIES",
        "MVA NO INJURIES",
        "LOOSE LIVESTOCK",
        "DISTURBANCE, VERBAL",
        "SUSPICIOUS PERSON",
        "CHEST PAIN",
        "GRASS FIRE",
        "THEFT, REPORT ONLY",
        "RECKLESS DRIVER",
        "CIVIL STANDBY",
        "FALL, INJURY",
        "NOISE COMPLAINT",
    ]
    agencies = {
        "ALARM BURGLARY": "BCSO",
        "CHEST PAIN": "BCEMS",
        "FALL, INJURY": "BCEMS",
        "GRASS FIRE": "ESD2",
        "MVA WITH INJURIES": "BCSO",
    }
    roads = ["FM 1460", "CR 212", "US HWY 79", "SH 95", "CR 418", "FM 619", "PARK RD 7", "CR 305"]
    dispo = ["CLR", "RPT", "ARR", "GOA", "CIT", "TRN", "UTL", "ADV"]
    recs, t, seq, rpt = [], day, 0, 11830
    for _ in range(count):
        seq += rng.randint(1, 2)
        t += timedelta(minutes=rng.randint(2, 14))
        nat = rng.choice(natures)
        ag = agencies.get(nat, rng.choice(["BCSO", "BCSO", "HCPD"]))
        if rng.random() < 0.3:
            addr = f"{rng.choice(roads)} / {rng.choice(roads)}"
        else:
            addr = f"{rng.randint(100, 24999)} {rng.choice(roads)}"
        if rng.random() < 0.15:
            addr = f'"{addr}, {rng.choice(["BLDG B", "LOT 14", "UNIT 3", "TRLR 22"])}"'
        if rng.random() < 0.1:
            nat_p = f'"{nat}"' if "," in nat else nat
        else:
            nat_p = f'"{nat}"' if "," in nat else nat
        units = ",".join(
            sorted(
                {rng.choice(["S14", "S22", "S31", "S07", "M3", "E21", "K9-2", "S40"]) for _ in range(rng.randint(1, 3))}
            )
        )
        d = rng.choice(dispo)
        case_no, rel, relkind = "", None, None
        if d in ("RPT", "ARR") or rng.random() < 0.05:
            rpt += rng.randint(1, 6)
            rel = f"BC25-{rpt}"
            case_no, relkind = rel, "report_number"
        if d == "CIT":
            rel = f"T{rng.randint(30000000, 39999999)}"
            case_no, relkind = rel, "citation"
        cid = f"CFS-{t:%Y%m%d}-{seq:04d}"
        recs.append(
            dict(
                case_number=cid,
                reported_at=t.strftime("%Y-%m-%d %H:%M:%S"),
                type=nat,
                nat_p=nat_p if "," not in nat else f'"{nat}"',
                location=addr.strip('"'),
                addr_p=addr,
                agency_ori=ag,
                unit=units,
                disposition=d,
                case_col=case_no,
                related=rel,
                relkind=relkind,
            )
        )
    return recs


def draw_cad(path, recs):
    size = landscape(letter)
    W, H = size
    c = new_canvas(path, size)
    width_chars = 92
    lines = ["CFS_ID|RECEIVED|NATURE|ADDRESS|AGENCY|UNITS|DISPO|CASE_NO"]
    for r in recs:
        row = "|".join(
            [
                r["case_number"],
                r["reported_at"],
                r["nat_p"],
                r["addr_p"],
                r["agency_ori"],
                f'"{r["unit"]}"' if "," in r["unit"] else r["unit"],
                r["disposition"],
                r["case_col"],
            ]
        )
        while len(row) > width_chars:
            lines.append(row[:width_chars])
            row = "    " + row[width_chars:]
        lines.append(row)
    lines.append(f"-- {len(recs)} rows exported --")
    per_page, page = 46, 0
    for i in range(0, len(lines), per_page):
        page += 1
        c.setFont("Courier-Bold", 9)
        c.drawString(36, H - 36, "BRAMWELL COUNTY EMERGENCY COMMUNICATIONS DISTRICT - CAD EXPORT cfs_public_v2")
        c.setFont("Courier", 8)
        c.drawString(
            36,
            H - 48,
            f"query: received between 2025-10-04 00:00:00 and 2025-10-04 23:59:59   "
            f"printed 2025-10-06 07:02   pg {page}",
        )
        y = H - 70
        for ln in lines[i : i + per_page]:
            c.drawString(36, y, ln)
            y -= 11
        c.showPage()
    c.save()


# ---------------------------------------------------------------- C: Clery log, number only on first row
def clery_records(rng, year, month, count, first_no):
    offs = [
        "Theft - From Building",
        "Liquor Law Violation",
        "Drug Law Violation",
        "Burglary - Residence Hall",
        "Vandalism",
        "Simple Assault",
        "Harassment",
        "Stalking",
        "Motor Vehicle Theft",
        "Trespass",
        "Disorderly Conduct",
        "Fondling",
        "Dating Violence",
        "Criminal Mischief",
    ]
    places = [
        "Hemlock Hall - Residential",
        "Carver Library",
        "Lot F (Commuter)",
        "Pell Science Center",
        "Birchard Athletic Complex",
        "Student Union - 2nd floor",
        "Maple Row Apartments - Residential",
        "Off Campus - 40 block College St",
        "Davison Dining Commons",
        "Public Property - Route 12 sidewalk",
    ]
    disps = [
        "Open",
        "Closed",
        "Cleared by Arrest",
        "Referred to Student Conduct",
        "Unfounded",
        "Inactive - Pending Leads",
        "Referred to Title IX",
        "Exceptionally Cleared",
    ]
    recs, n = [], first_no
    day = datetime(year, month, 1, 0, 0)
    for _ in range(count):
        n += rng.randint(1, 3)
        day += timedelta(minutes=rng.randint(200, 1200))
        rep = day
        k = rng.choices([1, 2, 3], weights=[7, 2, 1])[0]
        o = rng.sample(offs, k)
        if rng.random() < 0.5:
            fr = rep - timedelta(minutes=rng.randint(20, 3000))
            to = fr + timedelta(minutes=rng.randint(10, 600))
            if to > rep:
                to = rep
            of, ot = fr.strftime("%m/%d/%y %H:%M"), to.strftime("%m/%d/%y %H:%M")
        else:
            of = (rep - timedelta(minutes=rng.randint(0, 90))).strftime("%m/%d/%y %H:%M")
            ot = ""
        disp = rng.choice(disps)
        rel, relkind, dprint = None, None, disp
        if rng.random() < 0.14:
            rel, relkind = f"TPD {rng.randint(25, 25)}-{rng.randint(10000, 19999)}", "other_agency_case"
            dprint = f"{disp}; Thornbury PD {rel.split(' ')[1]}"
        elif rng.random() < 0.06:
            rel, relkind = f"{year % 100}-{n - rng.randint(40, 200):04d}", "earlier_case_cited"
            dprint = f"{disp}; supplement to {rel}"
        recs.append(
            dict(
                case_number=f"{year % 100}-{n:04d}",
                reported_at=rep.strftime("%m/%d/%y %H:%M"),
                occurred_from=of,
                occurred_to=ot,
                type=o if k > 1 else o[0],
                location=rng.choice(places),
                disposition=dprint,
                related=rel.split(" ")[-1] if rel else None,
                relkind=relkind,
            )
        )
    return recs


def draw_clery(path, recs, month_title):
    size = landscape(letter)
    W, H = size
    c = new_canvas(path, size)
    cols = [
        (36, "Case #", 50),
        (88, "Date Reported", 70),
        (160, "Date Occurred From", 76),
        (238, "Date Occurred To", 72),
        (312, "Offense", 146),
        (462, "General Location", 146),
        (612, "Disposition", 144),
    ]
    page = [0]
    y = [0]

    def header():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, H - 40, "Thornbury State University Police Department")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, H - 54, f"Daily Crime Log - {month_title}   (Jeanne Clery Act, 34 CFR 668.46(f))")
        c.drawRightString(W - 36, H - 40, f"Page {page[0]}")
        c.setFillGray(0.85)
        c.rect(34, H - 84, W - 68, 18, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7)
        for x, name, _ in cols:
            c.drawString(x, H - 78, name)
        y[0] = H - 96

    header()
    for r in recs:
        offs = r["type"] if isinstance(r["type"], list) else [r["type"]]
        loc = wrap(r["location"], "Helvetica", 7, 146)
        disp = wrap(r["disposition"], "Helvetica", 7, 144)
        rows = max(len(offs), len(loc), len(disp))
        if y[0] - rows * 10 < 40:
            c.showPage()
            header()
        c.setFont("Helvetica", 7)
        c.drawString(36, y[0], r["case_number"])
        c.drawString(88, y[0], r["reported_at"])
        c.drawString(160, y[0], r["occurred_from"])
        c.drawString(238, y[0], r["occurred_to"])
        for i in range(rows):
            if i < len(offs):
                c.drawString(312, y[0] - 10 * i, offs[i])
            if i < len(loc):
                c.drawString(462, y[0] - 10 * i, loc[i])
            if i < len(disp):
                c.drawString(612, y[0] - 10 * i, disp[i])
        y[0] -= rows * 10
        c.setLineWidth(0.25)
        c.setStrokeGray(0.6)
        c.line(34, y[0] + 6, W - 34, y[0] + 6)
        c.setStrokeGray(0)
        y[0] -= 5
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(
        36,
        y[0] - 8,
        "Rows without a case number continue the case above. Unfounded: found not to have "
        "occurred; kept in the log as required.",
    )
    c.save()


# ---------------------------------------------------------------- D: transit narrative blotter
def transit_records(rng, start, days, first_no):
    stations = [
        "Courthouse Station",
        "Millbrook Park & Ride",
        "Eastgate Transit Center",
        "Route 18 bus",
        "Union Depot platform 2",
        "Fairgrounds Station",
        "Route 4 bus",
        "Canal Street Station",
    ]
    kinds = [
        ("fare evasion", "officers cited a man for riding without a valid fare"),
        ("assault", "officers responded to a report of a rider punched by another rider after an argument"),
        ("theft", "a rider reported a phone taken from a seat while she slept"),
        ("trespass", "officers removed a man who had been told not to return to the station"),
        ("vandalism", "an operator reported a window etched with a key"),
        ("medical", "officers assisted medics with a rider who had fainted"),
        ("disorderly conduct", "officers separated two groups shouting on the platform"),
        ("suspicious package", "a bag left on a bench was checked and released to its owner"),
        ("drug violation", "officers found a rider using narcotics in the restroom"),
    ]
    recs, n = [], first_no
    for d in range(days):
        day = start + timedelta(days=d)
        t = day + timedelta(hours=5, minutes=rng.randint(0, 50))
        for _ in range(rng.randint(5, 8)):
            n += rng.randint(1, 4)
            t += timedelta(minutes=rng.randint(40, 170))
            k, text = rng.choice(kinds)
            st = rng.choice(stations)
            tm = t.strftime("%I:%M").lstrip("0") + (" a.m." if t.hour < 12 else " p.m.")
            tail, rel, relkind = "", None, None
            r = rng.random()
            if r < 0.15:
                rel, relkind = f"25-{n - rng.randint(60, 400)}", "earlier_case_cited"
                tail = f" The same man was named in case {rel} last month."
            elif r < 0.27:
                rel, relkind = f"HPD25-{rng.randint(100000, 199999)}", "other_agency_case"
                tail = f" Harwick police took the lead under {rel}."
            elif r < 0.35:
                rel, relkind = f"HV{rng.randint(200000, 299999)}", "citation"
                tail = f" Citation {rel} was issued."
            elif r < 0.42:
                tail = f" Anyone with information can call the tip line at (919) 555-01{rng.randint(10, 99)}."
            disp = rng.choice(["Report taken.", "Cleared.", "Arrest made.", "Referred to Harwick PD.", "Cleared."])
            recs.append(
                dict(
                    case_number=f"25-{n}",
                    date=day,
                    time=tm,
                    location=st,
                    type=k,
                    lead=f"At {tm} (",
                    body=f") {text}.{tail} {disp}",
                    disposition=disp.rstrip("."),
                    related=rel,
                    relkind=relkind,
                    summary=f"{text}.{tail} {disp}",
                )
            )
    return recs


def draw_transit(path, recs):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]
    y = [0]
    left, right = 60, W - 60

    def header():
        page[0] += 1
        c.setFont("Times-Bold", 14)
        c.drawString(left, H - 50, "Harwick Valley Transit Police - Weekly Blotter")
        c.setFont("Times-Italic", 9.5)
        c.drawString(left, H - 64, "Oct. 6-12, 2025. Compiled by the Office of Public Information, (919) 555-0177.")
        c.drawRightString(right, H - 50, str(page[0]))
        y[0] = H - 92

    header()
    curday = None
    for r in recs:
        if r["date"] != curday:
            curday = r["date"]
            if y[0] < 110:
                c.showPage()
                header()
            c.setFont("Times-Bold", 11)
            c.drawString(left, y[0], curday.strftime("%A, %B ") + str(curday.day))
            y[0] -= 17
        # paragraph: "<Station>. At 2:14 p.m. (<b>25-3310</b>) text..."
        segs = [
            ("Times-Bold", r["location"] + ". "),
            ("Times-Roman", r["lead"]),
            ("Times-Bold", r["case_number"]),
            ("Times-Roman", r["body"]),
        ]
        words = []
        for font, s in segs:
            parts = s.split(" ")
            for i, p in enumerate(parts):
                words.append((font, p, i < len(parts) - 1))
        # lay out words greedily, gluing tokens without following space
        lines, cur, curw = [], [], 0
        tokens = []
        for font, wd, sp in words:
            if wd == "" and not sp:
                continue
            tokens.append((font, wd, sp))
        groups, g = [], []
        for tok in tokens:
            g.append(tok)
            if tok[2]:
                groups.append(g)
                g = []
        if g:
            groups.append(g)
        for grp in groups:
            gw = sum(c.stringWidth(w, f, 10) for f, w, _ in grp)
            if cur and curw + gw > right - left:
                lines.append(cur)
                cur, curw = [], 0
            cur.append(grp)
            curw += gw + c.stringWidth(" ", "Times-Roman", 10)
        if cur:
            lines.append(cur)
        for ln in lines:
            if y[0] < 60:
                c.showPage()
                header()
            x = left
            for grp in ln:
                for f, w, _sp in grp:
                    c.setFont(f, 10)
                    c.drawString(x, y[0], w)
                    x += c.stringWidth(w, f, 10)
                x += c.stringWidth(" ", "Times-Roman", 10)
            y[0] -= 12.5
        y[0] -= 6
    c.setFont("Times-Italic", 9)
    c.drawString(
        left,
        max(y[0] - 4, 40),
        f"{len(recs)} incidents this week. Case numbers are for reference; "
        "reports are released through the records office.",
    )
    c.save()


# ---------------------------------------------------------------- E: airport police, mixed orientation
def airport_records(rng, start, days, count, first_no):
    natures = [
        "Lost / Found Property",
        "Unattended Bag",
        "Disturbance - Gate Area",
        "Traffic Enforcement - Curbside",
        "Medical Emergency",
        "Theft from Vehicle (Garage)",
        "Prohibited Item Referral (TSA)",
        "Unruly Passenger - Aircraft",
        "Alarm - Airfield Access Door",
        "Intoxicated Person",
        "Vehicle Accident - Airside",
        "Trespass - Airfield Perimeter",
    ]
    places = [
        "Concourse A Gate A7",
        "Terminal Curb Door 4",
        "Parking Garage Level 3",
        "Baggage Claim Carousel 2",
        "TSA Checkpoint 1",
        "Airfield Post 9",
        "Rental Car Return",
        "Concourse B Gate B12",
        "Cell Phone Lot",
        "Air Cargo Building 2",
    ]
    disps = ["Closed", "Report", "Arrest", "Referred to TSA", "Referred to FBI", "Citation", "Unfounded", "Assisted"]
    recs, n, t = [], first_no, start
    step = days * 1440 // count
    for _ in range(count):
        n += rng.randint(1, 2)
        t += timedelta(minutes=rng.randint(step // 2, step + step // 2))
        nat = rng.choice(natures)
        disp = rng.choice(disps)
        rel, relkind, note = None, None, ""
        if nat == "Prohibited Item Referral (TSA)" or disp == "Referred to TSA":
            rel, relkind = f"TSA-PSR-{rng.randint(250000, 259999)}", "other_agency_case"
            note = rel
        elif disp == "Citation":
            rel, relkind = f"NE{rng.randint(4000000, 4999999)}", "citation"
            note = f"Cit {rel}"
        elif nat == "Unruly Passenger - Aircraft" and rng.random() < 0.6:
            rel, relkind = f"FAA EIR {rng.randint(2025000, 2025999)}", "other_agency_case"
            note = rel
        recs.append(
            dict(
                case_number=f"KRA25-{n:05d}",
                date=t.strftime("%m/%d/%Y"),
                time=t.strftime("%H%M"),
                type=nat,
                location=rng.choice(places),
                unit=f"#{rng.randint(301, 349)}",
                disposition=disp,
                note=note,
                related=rel,
                relkind=relkind,
            )
        )
    return recs


def draw_airport(path, recs):
    orient = ["P", "L", "P", "L", "L", "P", "L", "P", "P", "L", "P", "L"]
    c = None
    idx, page = 0, 0
    while idx < len(recs) or page == 0:
        o = orient[page % len(orient)]
        size = letter if o == "P" else landscape(letter)
        W, H = size
        if c is None:
            c = new_canvas(path, size)
        else:
            c.setPageSize(size)
        page += 1
        if o == "P":
            cols = [
                (36, "Report #", 62),
                (100, "Date", 48),
                (150, "Time", 26),
                (180, "Nature", 120),
                (305, "Location", 100),
                (410, "Ofc", 26),
                (440, "Disposition / Ref", 136),
            ]
        else:
            cols = [
                (36, "Report #", 70),
                (110, "Date", 52),
                (165, "Time", 30),
                (200, "Nature", 190),
                (395, "Location", 150),
                (550, "Ofc", 30),
                (585, "Disposition / Ref", 170),
            ]
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "KINSALE REGIONAL AIRPORT POLICE - INCIDENT LOG")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 52, "10/13/2025 through 10/19/2025   Airport Communications Center (402) 555-0163")
        c.drawRightString(W - 36, H - 40, f"Page {page}")
        top = H - 62
        c.setLineWidth(0.6)
        c.rect(34, top - 14, W - 68, 14)
        c.setFont("Helvetica-Bold", 7.5)
        for x, name, _ in cols:
            c.drawString(x, top - 10, name)
        y = top - 14
        while idx < len(recs):
            r = recs[idx]
            cells = [
                r["case_number"],
                r["date"],
                r["time"],
                r["type"],
                r["location"],
                r["unit"],
                r["disposition"] + (" - " + r["note"] if r["note"] else ""),
            ]
            fs = 8.5 if o == "P" else 7.5
            lh = fs + 1.5
            wrapped = [wrap(v, "Helvetica", fs, w) for (x, _, w), v in zip(cols, cells)]
            h = lh * max(len(wl) for wl in wrapped) + 4
            if y - h < 40:
                break
            c.setFont("Helvetica", fs)
            for (x, _, _w), wl in zip(cols, wrapped):
                for i, s in enumerate(wl):
                    c.drawString(x, y - lh - lh * i + 1, s)
            c.rect(34, y - h, W - 68, h)
            y -= h
            idx += 1
        if idx >= len(recs):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, y - 14, f"Total incidents: {len(recs)}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- ground truth
def file_info(path):
    data = path.read_bytes()
    pages = int(
        [
            ln
            for ln in subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout.splitlines()
            if ln.startswith("Pages:")
        ][0].split()[1]
    )
    return hashlib.sha256(data).hexdigest(), len(data), pages


def related_of(recs):
    out = {}
    for r in recs:
        if r.get("related"):
            out.setdefault(r["relkind"], []).append(r["related"])
    return out


def pick_samples(recs, fields):
    chosen = [recs[0]]
    multi = [r for r in recs if isinstance(r.get("type"), list) and len(r["type"]) > 1]
    if multi and multi[0] not in chosen:
        chosen.append(multi[0])
    rel = [r for r in recs if r.get("related") and r not in chosen]
    if rel:
        chosen.append(rel[0])
    out = []
    for r in chosen:
        s = {}
        for f in fields:
            v = r.get(f)
            if isinstance(v, list) and len(v) == 1:
                v = v[0]
            if v not in (None, ""):
                s[f] = v
        if r.get("related"):
            s["related_numbers"] = [r["related"]]
        out.append(s)
    return out


def entry(path, folder, agency, doctype, layout, recs, fields, samples, seed, notes, count_check):
    sha, nbytes, pages = file_info(path)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": None,
        "path": f"{REL_PATH}/{folder}/{path.name}",
        "git_blob": None,
        "generator": {"script": f"{REL_PATH}/make_blind_logs4.py", "seed": seed},
        "sha256": sha,
        "bytes": nbytes,
        "pages": pages,
        "agency": agency,
        "document_type": doctype,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [r["case_number"] for r in recs],
        "related_numbers": related_of(recs),
        "case_numbers_source": "generated: the id of each record in print order, from the generator's records",
        "record_count_check": count_check,
        "fields_present": fields,
        "sample_records": samples,
        "notes": notes,
    }


def main(out):
    out = Path(out)
    # A
    seed = BASE_SEED + 1
    rng = random.Random(seed)
    folder = "saltmarsh-harbor-sc-port-pd"
    (out / folder).mkdir(parents=True, exist_ok=True)
    agency = "Saltmarsh Harbor Port Authority Police Department, SC [invented]"
    gt = []
    fields = ["case_number", "reported_at", "type", "unit", "location", "disposition"]
    notes_a = (
        "Two printed rows per record: row 1 (Incident No. in bold, Reported date-time, Incident Type, Unit), "
        "row 2 indented and italic (Location, Disposition, Ref.). A second incident type wraps under the "
        "first before row 2. The two-line column header repeats on every page; a thin rule closes each "
        "record. Ref. holds CBP reference numbers, USCG MISLE case numbers and state citation numbers: "
        "related, not ids. Footer 'Incidents this report: n'."
    )
    for name, start, per_day, first, title in [
        (
            "saltmarsh-port-daily-activity-2025-10-04.pdf",
            datetime(2025, 10, 4),
            [38, 33],
            4410,
            "10/04/2025 - 10/05/2025",
        ),
        (
            "saltmarsh-port-daily-activity-2025-10-06.pdf",
            datetime(2025, 10, 6),
            [44, 41],
            4600,
            "10/06/2025 - 10/07/2025",
        ),
    ]:
        recs = port_records(rng, start, 2, per_day, first)
        p = out / folder / name
        draw_port(p, recs, title)
        gt.append(
            entry(
                p,
                folder,
                agency,
                "port police daily activity report (two days)",
                "table with header",
                recs,
                fields,
                pick_samples(recs, fields + ["ref"]),
                seed,
                notes_a,
                "generated count; the footer states it",
            )
        )
    for s in gt:
        for smp in s["sample_records"]:
            smp.pop("ref", None)
    (out / folder / "groundtruth.json").write_text(json.dumps(gt, indent=2) + "\n")

    # B
    seed = BASE_SEED + 2
    rng = random.Random(seed)
    folder = "bramwell-county-tx-ecd"
    (out / folder).mkdir(parents=True, exist_ok=True)
    recs = cad_records(rng, datetime(2025, 10, 4, 0, 0), 170)
    p = out / folder / "bramwell-cad-export-2025-10-04.pdf"
    draw_cad(p, recs)
    fields = ["case_number", "reported_at", "type", "location", "agency_ori", "unit", "disposition"]
    gt = [
        entry(
            p,
            folder,
            "Bramwell County Emergency Communications District, TX [invented]",
            "CAD calls-for-service export, one day, pipe-delimited text printed as is",
            "table with header",
            recs,
            fields,
            pick_samples(recs, fields),
            seed,
            (
                "A CAD export printed in Courier: one header line of field names (CFS_ID|RECEIVED|NATURE|ADDRESS|"
                "AGENCY|UNITS|DISPO|CASE_NO), then one pipe-delimited line per call; fields with a comma are in "
                'double quotes (natures like "DISTURBANCE, VERBAL", addresses with a unit, several units). Lines '
                "longer than 92 characters are cut and continue on the next line after 4 spaces, sometimes in "
                "the middle of a field, even inside a CASE_NO ('BC25-' / '    11831'). The id is CFS-YYYYMMDD-NNNN (daily sequence with gaps). CASE_NO is the "
                "sheriff's report number (BC25-NNNNN) or a citation number (T + 8 digits): related, not ids. "
                "Values in sample_records are without the CSV quotes. The page header holds a query date range "
                "and print time; the file ends with '-- n rows exported --'."
            ),
            "generated count; the last line states it",
        )
    ]
    (out / folder / "groundtruth.json").write_text(json.dumps(gt, indent=2) + "\n")

    # C
    seed = BASE_SEED + 3
    rng = random.Random(seed)
    folder = "thornbury-state-university-vt-pd"
    (out / folder).mkdir(parents=True, exist_ok=True)
    gt = []
    fields = ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"]
    for name, (y, m), cnt, first, title in [
        ("tsu-daily-crime-log-2025-09.pdf", (2025, 9), 46, 812, "September 2025"),
        ("tsu-daily-crime-log-2025-10.pdf", (2025, 10), 53, 1010, "October 2025"),
    ]:
        recs = clery_records(rng, y, m, cnt, first)
        p = out / folder / name
        draw_clery(p, recs, title)
        gt.append(
            entry(
                p,
                folder,
                "Thornbury State University Police Department, VT [invented]",
                "monthly Clery daily crime log",
                "table with header",
                recs,
                fields,
                pick_samples(recs, fields),
                seed,
                (
                    "Landscape table with a shaded header band repeated per page, no vertical rules. A case "
                    "with several offences takes several rows: the case number, reported date and occurred "
                    "dates are printed on the first row only, the rows below are blank in those columns and "
                    "carry one more offence each (type is then a list); long locations and dispositions wrap "
                    "on the same rows. 'Date Occurred From' and 'Date Occurred To' are separate columns; To is "
                    "blank when a single time is known. 'Unfounded' dispositions are records like any other. "
                    "Dispositions cite Thornbury PD cases (25-1NNNN, same NN-NNNN shape as the ids but five "
                    "digits) or an earlier university case (supplement to 25-0NNN, same shape as the ids): "
                    "related, not ids. Ends with a note on continuation rows."
                ),
                "generated count",
            )
        )
    (out / folder / "groundtruth.json").write_text(json.dumps(gt, indent=2) + "\n")

    # D
    seed = BASE_SEED + 4
    rng = random.Random(seed)
    folder = "harwick-valley-nc-transit-pd"
    (out / folder).mkdir(parents=True, exist_ok=True)
    recs = transit_records(rng, datetime(2025, 10, 6), 7, 3300)
    for r in recs:
        r["reported_at"] = r["time"]
    p = out / folder / "harwick-transit-weekly-blotter-2025-10-06.pdf"
    draw_transit(p, recs)
    fields = ["case_number", "reported_at", "location", "summary", "disposition"]
    gt = [
        entry(
            p,
            folder,
            "Harwick Valley Transit Police, NC [invented]",
            "weekly press blotter (transit police)",
            "free text",
            recs,
            fields,
            pick_samples(recs, fields),
            seed,
            (
                "Narrative blotter grouped under bold day headings ('Monday, October 6'). Each entry is one "
                "paragraph in Times: a bold run-in station or route name, then 'At 2:14 p.m. (25-3310) ...' with "
                "the id in bold inside parentheses in the middle of the first line, then the narrative, then a "
                "disposition sentence. reported_at is the time as printed (no date in the entry; the date comes "
                "from the day heading); summary is the text after the closing parenthesis; there is no printed "
                "type. Traps: earlier cases of the same 25-NNNN form cited as 'named in case 25-3101 last month', "
                "Harwick PD cases (HPD25-NNNNNN), citation numbers (HV + 6 digits), tip-line phone numbers and the "
                "office phone in the page header. Paragraphs can break across pages."
            ),
            "generated count; the closing line states it",
        )
    ]
    (out / folder / "groundtruth.json").write_text(json.dumps(gt, indent=2) + "\n")

    # E
    seed = BASE_SEED + 5
    rng = random.Random(seed)
    folder = "kinsale-regional-airport-ne-pd"
    (out / folder).mkdir(parents=True, exist_ok=True)
    recs = airport_records(rng, datetime(2025, 10, 13), 7, 214, 870)
    for r in recs:
        r["reported_at"] = f"{r['date']} {r['time']}"
    p = out / folder / "kinsale-airport-incident-log-2025-10-13.pdf"
    draw_airport(p, recs)
    fields = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
    gt = [
        entry(
            p,
            folder,
            "Kinsale Regional Airport Police, NE [invented]",
            "weekly airport police incident log",
            "table with header",
            recs,
            fields,
            pick_samples(recs, fields),
            seed,
            (
                "Fully ruled table whose pages alternate between portrait and landscape in no fixed pattern "
                "(P L P L L P L ...): the same seven columns at different x positions and widths, so cells wrap "
                "on portrait pages and not on landscape ones. Date and time are separate columns (10/13/2025, "
                "0412, 24-hour without a colon); reported_at joins them with one space. The last column joins "
                "the disposition and a reference: TSA-PSR-NNNNNN, FAA EIR numbers, citation numbers (NE + 7 "
                "digits): related, not ids; disposition in sample_records is the part before ' - '. Officers "
                "as badge numbers (#3NN). Header phone number. Ends with 'Total incidents: n'."
            ),
            "generated count; the closing line states it",
        )
    ]
    (out / folder / "groundtruth.json").write_text(json.dumps(gt, indent=2) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
