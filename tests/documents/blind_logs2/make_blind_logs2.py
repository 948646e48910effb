"""Generate the second held-out incident-log set: five invented agencies, eight PDFs.

Everything is invented (agencies, streets, offence mixes, numbers; phone numbers use
555-01xx). The layouts imitate what records and CAD systems print: a free-text daily
bulletin with the case number on its own line, labelled blocks with labels in a left
column, a landscape Clery log with a two-line header and Disposition first, a CAD call
summary printed as cards in two columns, and a press summary whose paragraphs start
"Case NN-NNNNN --" with the time later in the sentence.

Run from the repository root:
    .venv/bin/python tests/documents/blind_logs2/make_blind_logs2.py [OUT_DIR]
Output is byte-for-byte reproducible (fixed seeds, reportlab invariant mode).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
SEED = 20251130
GENERATOR = "tests/documents/blind_logs2/make_blind_logs2.py"

STREETS = [
    "Hollis",
    "Wren",
    "Calder",
    "Pruett",
    "Marlin",
    "Oakhurst",
    "Sumac",
    "Tern",
    "Basswood",
    "Fairlane",
    "Glenrock",
    "Heron",
    "Ironwood",
    "Jessup",
    "Knoll",
    "Ledger",
    "Mallard",
    "Norwood",
    "Pembrook",
    "Quill",
    "Rutledge",
    "Sable",
    "Thistle",
    "Upland",
    "Vireo",
    "Willet",
    "Yarrow",
    "Ambrose",
    "Birchfield",
    "Coventry",
    "Delmont",
    "Everly",
]
SUFFIXES = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Way", "Blvd", "Pl", "Ter"]


def street(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.choice(SUFFIXES)}"


def ampm(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def phone(rng: random.Random) -> str:
    return f"({rng.choice(['419', '440', '216'])}) 555-01{rng.randint(10, 99)}"


def phone_local(rng: random.Random) -> str:
    return f"555-01{rng.randint(10, 99)}"


def footer_cb(text: str, size: float = 8):
    def cb(c, doc):
        c.saveState()
        c.setFont("Helvetica", size)
        w, _h = doc.pagesize
        c.drawCentredString(w / 2, 0.45 * 72, f"{text}    Page {doc.page}")
        c.restoreState()

    return cb


# ====================================================================== A. Wrenfield
# Free-text daily bulletin: case number alone on a line, a heading line, a narrative.
WF_TYPES = [
    ("THEFT FROM VEHICLE", "a resident reported that someone entered an unlocked vehicle overnight and took {item}."),
    (
        "RETAIL THEFT",
        "officers responded to a store for a shoplifting complaint; merchandise valued at ${val} was recovered.",
    ),
    ("CRIMINAL DAMAGING", "a resident reported that a {thing} was damaged sometime overnight. No suspect information."),
    (
        "SUSPICIOUS PERSON",
        "a caller reported a person walking between houses and trying door handles. The area was checked with negative results.",
    ),
    (
        "DOMESTIC DISPUTE",
        "officers responded to a verbal argument between family members. Both parties were separated and no offense was found.",
    ),
    (
        "WELFARE CHECK",
        "officers checked on the welfare of an elderly resident at the request of a relative out of state. The resident was fine.",
    ),
    (
        "FRAUD",
        "a resident reported losing ${val} to a caller posing as a utility company. The caller asked for gift cards.",
    ),
    (
        "OVI ARREST",
        "an officer stopped a vehicle for weaving and arrested the driver for OVI after field sobriety tests.",
    ),
    ("ASSAULT", "a man reported being punched during an argument in a parking lot. He declined medical treatment."),
    (
        "BURGLARY",
        "a homeowner reported that a detached garage was entered and {item} taken. Entry was made through a side door.",
    ),
    (
        "ANIMAL COMPLAINT",
        "a caller reported a loose dog chasing pedestrians. The dog was returned to its owner and a warning was issued.",
    ),
    ("TRESPASS", "an employee reported juveniles on the roof of a closed business. They left before officers arrived."),
    ("FOUND PROPERTY", "a motorist turned in a wallet found in the roadway. The owner was contacted and picked it up."),
    (
        "DRUG VIOLATION",
        "an officer stopped a vehicle for an equipment violation and found a small amount of marijuana and a pipe.",
    ),
]
WF_ITEMS = [
    "a laptop",
    "loose change",
    "a pair of sunglasses",
    "a cordless drill",
    "a bicycle",
    "a backpack",
    "a garage door opener",
    "tools",
]
WF_THINGS = ["mailbox", "car windshield", "fence", "storm door", "yard sign", "window"]


def wf_records(rng, day: datetime, n: int, start_no: int, follow_pool: list[str]):
    recs, no, t = [], start_no, day + timedelta(minutes=rng.randint(5, 40))
    for _ in range(n):
        no += rng.choice([1, 1, 1, 2])
        t += timedelta(minutes=rng.randint(8, int(2600 / n)))
        typ, tmpl = rng.choice(WF_TYPES)
        block = rng.randint(1, 68) * 100
        loc = f"{block} block of {street(rng)}"
        if rng.random() < 0.12:
            loc = f"{rng.choice(['2025', '2024', '2501', '2519'])} {street(rng)}"
        body = tmpl.format(
            item=rng.choice(WF_ITEMS), thing=rng.choice(WF_THINGS), val=rng.choice([84, 129, 312, 450, 1200, 2500])
        )
        narrative = f"At approximately {ampm(t)}, {body}"
        related = {}
        r = rng.random()
        if typ in ("OVI ARREST", "DRUG VIOLATION"):
            cit = f"WT{rng.randint(100000, 999999)}"
            narrative += f" Citation {cit} was issued."
            related.setdefault("citation", []).append(cit)
        elif r < 0.16:
            so = f"25-SO-{rng.randint(1000, 9999)}"
            narrative += f" The Lorain County Sheriff's Office is handling under case {so}."
            related.setdefault("other_agency_case", []).append(so)
        elif r < 0.24 and follow_pool:
            prev = rng.choice(follow_pool)
            narrative += f" This is a follow-up to report {prev}."
            related.setdefault("earlier_case_cited", []).append(prev)
        elif r < 0.30:
            narrative += f" Anyone with information may call the tip line at {phone(rng)}."
        if rng.random() < 0.25:
            narrative += " " + rng.choice(
                [
                    "A report was taken and the case was forwarded to the detective bureau.",
                    "Officers canvassed the area and spoke with neighbors, but no one saw anything.",
                    "The complainant was advised of how to obtain a copy of the report.",
                    "Photos were taken and the scene was cleared without further incident.",
                ]
            )
        case = f"2025-{no:05d}"
        recs.append(
            {
                "case_number": case,
                "type": typ,
                "location": loc,
                "reported_at": ampm(t),
                "summary": narrative,
                "related": related,
            }
        )
    return recs, no


def draw_wf(path: Path, recs, title_date: str):
    doc = SimpleDocTemplate(
        str(path),
        pagesize=letter,
        leftMargin=72,
        rightMargin=72,
        topMargin=60,
        bottomMargin=54,
        title="Daily Police Bulletin",
        author="Wrenfield Township Police Department",
        invariant=1,
    )
    h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=15, leading=18, alignment=1)
    h2 = ParagraphStyle("h2", fontName="Times-Roman", fontSize=11, leading=14, alignment=1)
    num = ParagraphStyle("num", fontName="Times-Bold", fontSize=11, leading=13)
    head = ParagraphStyle("head", fontName="Times-Italic", fontSize=11, leading=13)
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.5)
    story = [
        Paragraph("WRENFIELD TOWNSHIP POLICE DEPARTMENT", h1),
        Paragraph(f"Daily Police Bulletin &mdash; {title_date}", h2),
        Paragraph("Non-emergency: 555-0147 &nbsp;&nbsp; Records: 555-0148", h2),
        Spacer(1, 16),
    ]
    for r in recs:
        story += [
            Paragraph(r["case_number"], num),
            Paragraph(f"{r['type']} &mdash; {r['location']}", head),
            Paragraph(r["summary"], body),
            Spacer(1, 11),
        ]
    story.append(Paragraph("Information in this bulletin is preliminary and subject to change.", h2))
    doc.build(
        story,
        onFirstPage=footer_cb(f"Wrenfield Twp. PD Bulletin {title_date}"),
        onLaterPages=footer_cb(f"Wrenfield Twp. PD Bulletin {title_date}"),
    )


# ====================================================================== B. Halvard
# Labelled blocks: label column on the left, one value per line on the right.
HV_OFF = [
    "THEFT - FROM MOTOR VEHICLE",
    "THEFT - ALL OTHER",
    "BURGLARY - RESIDENCE (NO FORCE)",
    "DAMAGE TO PROPERTY 4TH DEG",
    "DOMESTIC ASSAULT 5TH DEG",
    "DWI - 3RD DEG",
    "DRIVING AFTER REVOCATION",
    "TRESPASS",
    "FRAUD - IDENTITY THEFT",
    "NARCOTICS - POSSESSION 5TH DEG",
    "DISORDERLY CONDUCT",
    "THEFT OF MOTOR VEHICLE",
    "ASSAULT 4TH DEG",
    "HARASSMENT",
    "OPEN BOTTLE",
    "FLEEING A PEACE OFFICER",
    "WEAPONS - CARRY W/O PERMIT",
]
HV_STATUS = [
    "Open - Under Investigation",
    "Closed - Arrest",
    "Closed - Cleared Exceptionally",
    "Inactive - No Leads",
    "Referred to County Attorney",
    "Closed - Citation Issued",
    "Open - Pending Lab Results",
]
HV_TOWNS = ["Rush Lake Twp", "City of Aldrich", "Bergen Twp", "Lakeview Twp", "City of Norby"]


def hv_records(rng, start: datetime, days: int, n: int, start_no: int, prior_pool: list[str]):
    recs, no = [], start_no
    times = sorted(start + timedelta(minutes=rng.randint(0, days * 1440 - 1)) for _ in range(n))
    for t in times:
        no += rng.choice([1, 1, 2, 3])
        case = f"S25-{no:06d}"
        k = rng.choices([1, 2, 3], weights=[6, 3, 1])[0]
        offs = rng.sample(HV_OFF, k)
        if rng.random() < 0.35:
            o1 = t - timedelta(hours=rng.randint(2, 40))
            occ = f"{o1:%m/%d/%Y %H:%M} to {t - timedelta(minutes=rng.randint(20, 90)):%m/%d/%Y %H:%M}"
        else:
            occ = f"{t - timedelta(minutes=rng.randint(0, 30)):%m/%d/%Y %H:%M}"
        hno = rng.choice([rng.randint(100, 9999), rng.randint(25000, 25999)])
        if rng.random() < 0.15:
            loc = f"{rng.choice(['CSAH', 'County Rd'])} {rng.randint(2, 48)} & {street(rng)}, {rng.choice(HV_TOWNS)}"
        else:
            loc = f"{hno} {street(rng)}, {rng.choice(HV_TOWNS)}"
        rec = {
            "case_number": case,
            "reported_at": f"{t:%m/%d/%Y %H:%M}",
            "occurred_at": occ,
            "location": loc,
            "type": offs,
            "disposition": rng.choice(HV_STATUS),
            "related": {},
            "extra": [],
        }
        r = rng.random()
        if r < 0.12 and prior_pool:
            prev = rng.choice(prior_pool)
            rec["extra"].append(("Related Report", prev))
            rec["related"].setdefault("earlier_case_cited", []).append(prev)
        elif r < 0.22:
            other = f"{rng.choice(['MSP', 'ALD PD'])} {rng.randint(25, 25)}-{rng.randint(100000, 999999)}"
            rec["extra"].append(
                (
                    "Assisting Agency",
                    f"{'Minnesota State Patrol' if other.startswith('MSP') else 'Aldrich Police Dept.'} ICR {other.split(' ')[-1]}",
                )
            )
            rec["related"].setdefault("other_agency_case", []).append(other.split(" ")[-1])
        elif r < 0.30:
            cit = f"0{rng.randint(1000000, 9999999)}"
            rec["extra"].append(("Citation No.", cit))
            rec["related"].setdefault("citation", []).append(cit)
        recs.append(rec)
        prior_pool.append(case)
    return recs, no


def draw_hv(path: Path, recs, period: str):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("Incident Report Listing")
    c.setAuthor("Halvard County Sheriff's Office")
    W, H = letter
    lx, vx, lh = 60, 200, 13
    state = {"page": 1}

    def header():
        c.setFont("Helvetica-Bold", 12)
        c.drawString(lx, H - 50, "Halvard County Sheriff's Office")
        c.setFont("Helvetica", 9)
        c.drawString(lx, H - 63, f"Incident Report Listing   Period: {period}")
        c.drawRightString(W - 60, H - 50, f"Page {state['page']}")
        c.drawRightString(W - 60, H - 63, "Printed by: RECORDS3")
        c.line(lx, H - 70, W - 60, H - 70)
        return H - 90

    y = header()
    for rec in recs:
        rows = [
            ("Report Number", [rec["case_number"]]),
            ("Date/Time Reported", [rec["reported_at"]]),
            ("Date/Time Occurred", [rec["occurred_at"]]),
            ("Location", [rec["location"]]),
            ("Offense(s)", rec["type"]),
            ("Status", [rec["disposition"]]),
        ]
        rows += [(lab, [v]) for lab, v in rec["extra"]]
        for lab, vals in rows:
            for j, v in enumerate(vals):
                if y < 60:
                    c.showPage()
                    state["page"] += 1
                    y = header()
                if j == 0:
                    c.setFont("Helvetica-Bold" if lab == "Report Number" else "Helvetica", 9)
                    c.setFillColor(colors.HexColor("#444444"))
                    c.drawString(lx, y, lab)
                    c.setFillColor(colors.black)
                c.setFont("Helvetica-Bold" if lab == "Report Number" else "Helvetica", 9)
                c.drawString(vx, y, v)
                y -= lh
        y -= 4
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(lx, y + 8, W - 60, y + 8)
        c.setStrokeColor(colors.black)
        y -= 8
    if y < 80:
        c.showPage()
        state["page"] += 1
        y = header()
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(lx, y - 6, f"Total reports: {len(recs)}")
    c.save()


# ====================================================================== C. Quarry Ridge
# Landscape Clery log: Disposition first, two-line header, wrapped cells, case no. last.
QR_NATURE = [
    "Theft - Larceny from Building",
    "Liquor Law Violation - Referral",
    "Drug Law Violation - Arrest",
    "Vandalism / Criminal Mischief",
    "Burglary - Residence Hall",
    "Simple Assault",
    "Harassment - Electronic Communications",
    "Stalking",
    "Motor Vehicle Theft",
    "Theft - Bicycle",
    "Trespass Warning Issued",
    "Fire Alarm - Cooking",
    "Fondling",
    "Dating Violence",
    "Weapons Possession - Referral",
    "Hit and Run - Property Damage",
]
QR_LOC = [
    "Hollister Residence Hall, 3rd floor lounge",
    "Bryce Library",
    "Lot 7 (Commuter)",
    "Founders Hall",
    "Student Union food court",
    "Kinsey Athletic Center locker room",
    "Maple Court Apartments Bldg C",
    "Quarry Ridge Blvd at West Gate",
    "Science Annex",
    "Public sidewalk, 1200 block of College Ave (non-campus)",
    "Harlan Hall",
    "Parking Deck B level 2",
]
QR_DISP = [
    "Open",
    "Closed",
    "Cleared by Arrest",
    "Referred to Student Conduct",
    "Unfounded",
    "Inactive",
    "Referred to Title IX Office",
    "Exceptionally Cleared",
]


def qr_records(rng, year: int, month: int, n: int, start_no: int):
    recs, no = [], start_no
    base = datetime(year, month, 1)
    times = sorted(base + timedelta(minutes=rng.randint(0, 29 * 1440)) for _ in range(n))
    for t in times:
        no += rng.choice([1, 1, 2])
        k = rng.choices([1, 2, 3], weights=[7, 3, 1])[0]
        nat = rng.sample(QR_NATURE, k)
        if rng.random() < 0.45:
            a = t - timedelta(hours=rng.randint(3, 70))
            b = t - timedelta(minutes=rng.randint(15, 120))
            occ = f"{a:%m/%d/%y %H:%M} - {b:%m/%d/%y %H:%M}"
        else:
            occ = f"{t - timedelta(minutes=rng.randint(0, 40)):%m/%d/%y %H:%M}"
        disp = rng.choice(QR_DISP)
        related = {}
        r = rng.random()
        if r < 0.12:
            other = f"{rng.randint(25, 25)}-{rng.randint(10000, 99999)}"
            disp = f"Referred to Quarry Ridge City PD (case {other})"
            related["other_agency_case"] = [other]
        elif r < 0.18:
            ccn = f"{rng.randint(1000, 9999)}"
            disp = f"Cleared by Arrest - Summons #{ccn}"
            related["summons"] = [ccn]
        recs.append(
            {
                "case_number": f"C25-{no:05d}",
                "disposition": disp,
                "occurred_at": occ,
                "location": rng.choice(QR_LOC),
                "type": nat,
                "reported_at": f"{t:%m/%d/%y %H:%M}",
                "related": related,
            }
        )
    return recs, no


def draw_qr(path: Path, recs, title_month: str):
    ps = landscape(letter)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=ps,
        leftMargin=36,
        rightMargin=36,
        topMargin=40,
        bottomMargin=40,
        title=f"Daily Crime Log {title_month}",
        author="Quarry Ridge College Police Department",
        invariant=1,
    )
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10)
    hcell = ParagraphStyle("hcell", fontName="Helvetica-Bold", fontSize=8.5, leading=10, alignment=1)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16)
    sub = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11)
    head = [
        Paragraph(x, hcell)
        for x in [
            "Disposition",
            "Date/Time<br/>Occurred",
            "General<br/>Location",
            "Nature of<br/>Crime(s)",
            "Date/Time<br/>Reported",
            "Case<br/>Number",
        ]
    ]
    rows = [head]
    for r in recs:
        rows.append(
            [
                Paragraph(r["disposition"], cell),
                Paragraph(r["occurred_at"], cell),
                Paragraph(r["location"], cell),
                Paragraph("<br/>".join(r["type"]), cell),
                Paragraph(r["reported_at"], cell),
                Paragraph(r["case_number"], cell),
            ]
        )
    t = Table(rows, colWidths=[118, 108, 170, 180, 72, 72], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph("Quarry Ridge College Police Department &mdash; Daily Crime Log", title),
        Paragraph(
            f"{title_month}. Entries are listed in order of report. Crimes reported within 60 days; "
            "questions to the Records Unit, 555-0163.",
            sub,
        ),
        Spacer(1, 8),
        t,
    ]
    doc.build(
        story,
        onFirstPage=footer_cb("QRCPD Daily Crime Log - Clery Act"),
        onLaterPages=footer_cb("QRCPD Daily Crime Log - Clery Act"),
    )


# ====================================================================== D. Mesa Linda
# CAD call summary printed as cards in two columns; several units per call.
ML_TYPES = [
    ("TS", "TRAFFIC STOP"),
    ("SUSP", "SUSPICIOUS ACTIVITY"),
    ("ALRM", "ALARM - COMMERCIAL"),
    ("DIST", "DISTURBANCE"),
    ("WELF", "WELFARE CHECK"),
    ("ACC", "COLLISION - NON INJURY"),
    ("ACCI", "COLLISION - INJURY"),
    ("THFT", "THEFT REPORT"),
    ("DV", "DOMESTIC VIOLENCE"),
    ("NOIS", "NOISE COMPLAINT"),
    ("PARK", "PARKING VIOLATION"),
    ("SHOP", "SHOPLIFTER IN CUSTODY"),
    ("MED", "MEDICAL ASSIST"),
    ("FIRE", "FIRE - BRUSH"),
    ("ANIM", "ANIMAL PROBLEM"),
    ("HAZ", "TRAFFIC HAZARD"),
    ("FOLL", "FOLLOW UP"),
]
ML_DISP = [
    ("ADV", None),
    ("GOA", None),
    ("RPT", "case"),
    ("CIT", "cit"),
    ("ARR", "case"),
    ("UTL", None),
    ("WARN", None),
    ("CNCL", None),
    ("ASST", None),
]
ML_STREETS = [
    "W SAGUARO DR",
    "E OCOTILLO RD",
    "N PALO VERDE AVE",
    "S MESQUITE ST",
    "E CHOLLA LN",
    "W IRONWOOD PKWY",
    "N AGAVE WAY",
    "S YUCCA BLVD",
    "E JAVELINA TRL",
    "N LINDA VISTA RD",
]


def ml_records(rng, day: datetime, n: int, start_no: int, rpt_no: int):
    recs, no = [], start_no
    times = sorted(day + timedelta(seconds=rng.randint(0, 86399)) for _ in range(n))
    for t in times:
        no += 1
        code, desc = rng.choice(ML_TYPES)
        if rng.random() < 0.5:
            loc = f"{rng.randint(1, 79)}00 BLK {rng.choice(ML_STREETS)}"
        elif rng.random() < 0.5:
            loc = f"{rng.choice(ML_STREETS)} / {rng.choice(ML_STREETS)}"
        else:
            loc = f"{rng.randint(100, 9899)} {rng.choice(ML_STREETS)}"
        units = sorted(
            rng.sample(
                ["2P11", "2P14", "2P17", "2P21", "3P05", "3P09", "K9-2", "SGT4", "M12", "E31", "TR3"],
                rng.choices([1, 2, 3, 4], weights=[5, 4, 2, 1])[0],
            )
        )
        disp, kind = rng.choice(ML_DISP)
        if kind == "cit" and code not in ("TS", "PARK", "ACC", "HAZ", "NOIS"):
            disp, kind = "ADV", None
        related = {}
        tail = ""
        if kind == "case":
            rpt_no += rng.randint(1, 3)
            tail = f"Rpt ML25-{rpt_no:05d}"
            related["report_number"] = [f"ML25-{rpt_no:05d}"]
        elif kind == "cit":
            cit = f"AZ{rng.randint(10000000, 99999999)}"
            tail = f"Cit {cit}"
            related["citation"] = [cit]
        recs.append(
            {
                "case_number": f"25-{no:06d}",
                "reported_at": f"{t:%H:%M:%S}",
                "type": f"{code} {desc}",
                "location": loc,
                "unit": ", ".join(units),
                "disposition": disp,
                "tail": tail,
                "related": related,
            }
        )
    return recs, rpt_no


def draw_ml(path: Path, recs, day: datetime):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("CAD Call Summary")
    c.setAuthor("Mesa Linda Police Department")
    W, H = letter
    cols = [40, W / 2 + 6]
    colw = W / 2 - 46
    state = {"page": 1, "col": 0}

    def header():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, H - 40, "MESA LINDA POLICE DEPARTMENT - CAD CALL SUMMARY")
        c.setFont("Helvetica", 8)
        c.drawString(
            40,
            H - 52,
            f"Calls for service {day:%m/%d/%Y} 00:00:00 thru {day:%m/%d/%Y} 23:59:59   "
            "Emergency 911  Non-emergency 555-0172",
        )
        c.drawRightString(W - 40, H - 40, f"Page {state['page']}")
        c.line(40, H - 58, W - 40, H - 58)
        c.line(W / 2, H - 62, W / 2, 44)
        return H - 74

    y = header()
    for r in recs:
        lines = [
            ("Helvetica-Bold", f"{r['case_number']}   {r['reported_at']}   {r['type']}"),
            ("Helvetica", r["location"]),
            ("Helvetica", f"Units: {r['unit']}"),
            ("Helvetica", f"Disp: {r['disposition']}" + (f"   {r['tail']}" if r["tail"] else "")),
        ]
        need = len(lines) * 9.5 + 6
        if y - need < 44:
            if state["col"] == 0:
                state["col"] = 1
            else:
                c.showPage()
                state["page"] += 1
                state["col"] = 0
            y = header() if state["col"] == 0 else H - 74
        x = cols[state["col"]]
        for font, s in lines:
            c.setFont(font, 7.5)
            c.drawString(x + (0 if font.endswith("Bold") else 10), y, s[:70])
            y -= 9.5
        c.setDash(1, 2)
        c.line(x, y + 5, x + colw, y + 5)
        c.setDash()
        y -= 6
    c.setFont("Helvetica-Bold", 8)
    c.drawString(cols[state["col"]], y - 6, f"Total calls: {len(recs)}")
    c.save()


# ====================================================================== E. Kestrel Point
# Press summary: paragraphs begin "Case 25-01234 --"; the time comes later in the sentence.
KP_EVENTS = [
    ("Theft", "a caller reported that a bicycle was taken from a rack at {place}"),
    ("Vehicle prowl", "a resident reported that a car parked at {place} had been rummaged through and a wallet taken"),
    ("Criminal mischief", "officers were sent to {place} where graffiti had been painted on a wall"),
    ("DUII arrest", "an officer stopped a pickup near {place} for speeding and arrested the driver for DUII"),
    ("Burglary", "an employee arriving at {place} found the rear door pried and the cash drawer missing"),
    ("Disturbance", "officers responded to {place} for a loud argument; one person was cited for disorderly conduct"),
    ("Harassment", "a woman came to the station to report repeated unwanted messages from a former coworker"),
    ("Welfare check", "officers checked on a man sleeping in a doorway at {place}; he accepted a ride to a shelter"),
    ("Identity theft", "a resident reported that someone had opened a credit account in his name"),
    ("Hit and run", "a driver reported that her parked car was struck at {place} and the other driver left"),
    ("Trespass", "a manager at {place} asked officers to remove a man who had been warned before"),
    ("Found drugs", "a custodian at {place} turned in a baggie of suspected methamphetamine"),
]
KP_PLACES = [
    "the Harbor Street marina",
    "Kestrel Point Middle School",
    "the Seaview Market",
    "Driftwood Park",
    "the public library",
    "the transit center on 4th Avenue",
    "the Bayfront Motel",
    "the 1400 block of Coho Lane",
    "Lighthouse Road",
    "the boat launch",
]
KP_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def kp_records(rng, start: datetime, days: int, n: int, start_no: int):
    recs, no, prior = [], start_no, []
    times = sorted(start + timedelta(minutes=rng.randint(0, days * 1440 - 1)) for _ in range(n))
    for t in times:
        no += rng.choice([1, 1, 2, 3, 4])
        case = f"25-{no:05d}"
        typ, tmpl = rng.choice(KP_EVENTS)
        place = rng.choice(KP_PLACES)
        opener = rng.choice(["Shortly after", "At about", "At", "Around"])
        sent = f"{opener} {ampm(t)} {KP_WD[t.weekday()]}, " + tmpl.format(place=place) + "."
        related = {}
        r = rng.random()
        if r < 0.12 and prior:
            prev = rng.choice(prior)
            sent += f" Police believe it is connected to Case {prev}, reported earlier."
            related["earlier_case_cited"] = [prev]
        elif r < 0.22:
            osp = f"SP25-{rng.randint(100000, 999999)}"
            sent += f" Oregon State Police assisted and are tracking it as {osp}."
            related["other_agency_case"] = [osp]
        elif r < 0.30:
            sent += f" Anyone who saw something is asked to call {phone(rng)}."
        elif r < 0.45 and typ in ("DUII arrest", "Hit and run", "Disturbance"):
            cit = f"{rng.randint(100000, 999999)}"
            sent += f" Citation No. {cit} was issued for driving uninsured."
            related["citation"] = [cit]
        recs.append(
            {
                "case_number": case,
                "type": typ,
                "reported_at": ampm(t),
                "day": t,
                "summary": f"Case {case} \u2014 {typ}. {sent}",
                "related": related,
            }
        )
        prior.append(case)
    return recs, no


def draw_kp(path: Path, recs, period: str):
    doc = SimpleDocTemplate(
        str(path),
        pagesize=letter,
        leftMargin=80,
        rightMargin=80,
        topMargin=64,
        bottomMargin=60,
        title="Police Activity Summary",
        author="Kestrel Point Police Department",
        invariant=1,
    )
    t = ParagraphStyle("t", fontName="Times-Bold", fontSize=14, leading=17, alignment=1)
    s = ParagraphStyle("s", fontName="Times-Italic", fontSize=10.5, leading=13, alignment=1)
    d = ParagraphStyle("d", fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=2)
    b = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13, firstLineIndent=18, alignment=TA_JUSTIFY)
    story = [
        Paragraph("KESTREL POINT POLICE DEPARTMENT", t),
        Paragraph(f"Police Activity Summary for the week of {period}", s),
        Paragraph("For release to media. Summaries are drawn from initial reports.", s),
        Spacer(1, 10),
    ]
    last = None
    for r in recs:
        day = r["day"].date()
        if day != last:
            story.append(Paragraph(f"{KP_WD[r['day'].weekday()]}, {r['day']:%B} {r['day'].day}", d))
            last = day
        story.append(Paragraph(r["summary"], b))
    doc.build(
        story,
        onFirstPage=footer_cb("Kestrel Point PD - 555-0190"),
        onLaterPages=footer_cb("Kestrel Point PD - 555-0190"),
    )


# ====================================================================== ground truth
def pages_of(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def sample(rec: dict, keys: list[str]) -> dict:
    out = {}
    for k in keys:
        v = rec[k]
        out[k] = (v[0] if len(v) == 1 else v) if isinstance(v, list) else v
    rel = [x for xs in rec["related"].values() for x in xs]
    if rel:
        out["related_numbers"] = rel
    return out


def pick_samples(recs: list[dict]) -> list[dict]:
    chosen = [recs[0]]
    multi = [r for r in recs[1:] if isinstance(r.get("type"), list) and len(r["type"]) > 1]
    rel = [r for r in recs[1:] if r["related"] and r not in multi[:1]]
    chosen += multi[:1] + rel[:1]
    if len(chosen) < 3:
        chosen.append(recs[len(recs) // 2])
    return chosen[:3]


def entry(
    path: Path,
    folder: str,
    agency: str,
    doc_type: str,
    layout: str,
    recs: list[dict],
    fields: list[str],
    notes: str,
    count_check: str,
    seed: int,
) -> dict:
    data = path.read_bytes()
    related: dict[str, list[str]] = {}
    for r in recs:
        for k, xs in r["related"].items():
            related.setdefault(k, []).extend(xs)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": None,
        "path": f"tests/documents/blind_logs2/{folder}/{path.name}",
        "git_blob": None,
        "generator": f"{GENERATOR} (seed {seed})",
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "pages": pages_of(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "text_layer": "good",
        "encrypted": False,
        "record_count": len(recs),
        "case_numbers": [r["case_number"] for r in recs],
        "case_numbers_source": "the generator's own records, in print order; checked by "
        "check_blind_logs2.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": [sample(r, fields) for r in pick_samples(recs)],
        "notes": notes,
    }


def write_gt(folder: Path, entries: list[dict]) -> None:
    (folder / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


def main(out: Path) -> None:
    # A. Wrenfield Township PD, OH: two daily bulletins
    f = out / "wrenfield-township-oh-pd"
    f.mkdir(parents=True, exist_ok=True)
    seed = SEED + 1
    rng = random.Random(seed)
    pool = [f"2025-{x:05d}" for x in rng.sample(range(9000, 10300), 12)]
    d1, no = wf_records(rng, datetime(2025, 9, 8), 38, 10410, pool)
    d2, _ = wf_records(rng, datetime(2025, 9, 9), 31, no + 3, pool + [r["case_number"] for r in d1])
    notes_wf = (
        "Free-text daily bulletin, one day. Each entry: the case number alone on a bold line "
        "(YYYY-NNNNN), an italic heading 'TYPE \u2014 location', then a narrative paragraph; "
        "entries are separated by blank space and may break across pages. The time is "
        "only in the narrative ('At approximately 7:15 a.m.'), the date only in the title. "
        "Traps: follow-up entries cite an earlier report of the same YYYY-NNNNN form "
        "(related, not the id); sheriff's case numbers (25-SO-NNNN), citation numbers "
        "(WTnnnnnn), tip-line phone numbers; some locations are exact addresses whose "
        "house number looks like the year (2025 Jessup Rd)."
    )
    fields_wf = ["case_number", "type", "location", "reported_at", "summary"]
    es = []
    for recs, name, title in [
        (d1, "wrenfield-daily-bulletin-2025-09-08.pdf", "Monday, September 8, 2025"),
        (d2, "wrenfield-daily-bulletin-2025-09-09.pdf", "Tuesday, September 9, 2025"),
    ]:
        draw_wf(f / name, recs, title)
        es.append(
            entry(
                f / name,
                f.name,
                "Wrenfield Township Police Department (Wrenfield Township, OH) [invented]",
                "daily police bulletin (press), one day",
                "free text",
                recs,
                fields_wf,
                notes_wf,
                "generator record list; check script counts lines that are only a YYYY-NNNNN number",
                seed,
            )
        )
    write_gt(f, es)

    # B. Halvard County SO, MN: two weekly listings, labelled blocks
    f = out / "halvard-county-mn-so"
    f.mkdir(parents=True, exist_ok=True)
    seed = SEED + 2
    rng = random.Random(seed)
    prior = [f"S25-{x:06d}" for x in rng.sample(range(1800, 2700), 10)]
    w1, no = hv_records(rng, datetime(2025, 8, 4), 7, 58, 2811, prior)
    w2, _ = hv_records(rng, datetime(2025, 8, 11), 7, 47, no + 1, prior)
    notes_hv = (
        "Labelled blocks: one label per line in a grey left column (Report Number, Date/Time "
        "Reported, Date/Time Occurred, Location, Offense(s), Status, then optional Related "
        "Report / Assisting Agency / Citation No.), the value on the same line at a fixed x; "
        "several offences are one per line with the label only on the first. Blocks are "
        "separated by a thin rule and can break across a page. Occurred is one date-time or "
        "'X to Y'. Traps: 'Related Report' carries an earlier report number of the SAME "
        "S25-NNNNNN form (related, not an id); state patrol / city ICR numbers; citation "
        "numbers; house numbers 25000-25999 (county grid addresses) near the id prefix."
    )
    fields_hv = ["case_number", "reported_at", "occurred_at", "location", "type", "disposition"]
    es = []
    for recs, name, period in [
        (w1, "halvard-incident-listing-2025-08-04-to-10.pdf", "08/04/2025 - 08/10/2025"),
        (w2, "halvard-incident-listing-2025-08-11-to-17.pdf", "08/11/2025 - 08/17/2025"),
    ]:
        draw_hv(f / name, recs, period)
        es.append(
            entry(
                f / name,
                f.name,
                "Halvard County Sheriff's Office (MN) [invented]",
                "weekly incident report listing (RMS)",
                "labelled blocks",
                recs,
                fields_hv,
                notes_hv,
                "generator record list; footer 'Total reports: n'; check script counts 'Report Number' labels",
                seed,
            )
        )
    write_gt(f, es)

    # C. Quarry Ridge College PD, IN: one month, landscape table
    f = out / "quarry-ridge-college-in-pd"
    f.mkdir(parents=True, exist_ok=True)
    seed = SEED + 3
    rng = random.Random(seed)
    m1, _ = qr_records(rng, 2025, 10, 84, 1180)
    notes_qr = (
        "Landscape ruled table, header repeated on every page, header cells on two lines "
        "('Date/Time' over 'Occurred'...). Column order is Disposition, Date/Time Occurred, "
        "General Location, Nature of Crime(s), Date/Time Reported, Case Number: the id is the "
        "LAST column and the first column is free text. Cells wrap (occurred ranges "
        "'MM/DD/YY HH:MM - MM/DD/YY HH:MM' over two lines, long locations); several crimes "
        "are one per line in one cell (a list). Traps: dispositions cite a city police case "
        "(25-NNNNN) or a summons number; a location names a 1200 block."
    )
    fields_qr = ["disposition", "occurred_at", "location", "type", "reported_at", "case_number"]
    name = "qrc-daily-crime-log-2025-10.pdf"
    draw_qr(f / name, m1, "October 2025")
    write_gt(
        f,
        [
            entry(
                f / name,
                f.name,
                "Quarry Ridge College Police Department (IN) [invented]",
                "daily crime log (Clery), one month",
                "table with header",
                m1,
                fields_qr,
                notes_qr,
                "generator record list; check script counts C25-NNNNN numbers",
                seed,
            )
        ],
    )

    # D. Mesa Linda PD, AZ: CAD call summary, cards in two columns
    f = out / "mesa-linda-az-pd"
    f.mkdir(parents=True, exist_ok=True)
    seed = SEED + 4
    rng = random.Random(seed)
    c1, rpt = ml_records(rng, datetime(2025, 7, 19), 236, 88140, 3310)
    c2, _ = ml_records(rng, datetime(2025, 7, 20), 171, 88140 + 236, rpt)
    notes_ml = (
        "CAD call summary for one day printed as 4-line cards in TWO newspaper columns per page "
        "(left column top to bottom, then right column), so `pdftotext -layout` puts two calls "
        "side by side on each line. Card: bold 'NN-NNNNNN  HH:MM:SS  CODE DESCRIPTION', then "
        "location, 'Units: a, b, c' (several units), 'Disp: CODE' with an optional "
        "'Rpt ML25-NNNNN' (the RMS report number, NOT the id) or 'Cit AZnnnnnnnn'. Date only "
        "in the page header. A total line at the end."
    )
    fields_ml = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
    es = []
    for recs, name, day in [
        (c1, "mesa-linda-cad-call-summary-2025-07-19.pdf", datetime(2025, 7, 19)),
        (c2, "mesa-linda-cad-call-summary-2025-07-20.pdf", datetime(2025, 7, 20)),
    ]:
        draw_ml(f / name, recs, day)
        es.append(
            entry(
                f / name,
                f.name,
                "Mesa Linda Police Department (AZ) [invented]",
                "CAD call summary, one day",
                "table with header",
                recs,
                fields_ml,
                notes_ml,
                "generator record list; footer 'Total calls: n'; check script counts NN-NNNNNN numbers",
                seed,
            )
        )
    write_gt(f, es)

    # E. Kestrel Point PD, OR: weekly press summary, inline case numbers
    f = out / "kestrel-point-or-pd"
    f.mkdir(parents=True, exist_ok=True)
    seed = SEED + 5
    rng = random.Random(seed)
    k1, _ = kp_records(rng, datetime(2025, 6, 2), 7, 76, 4020)
    notes_kp = (
        "Free-text weekly press summary: day headings ('Monday, June 2'), then one justified "
        "paragraph per case with a first-line indent and no blank line between paragraphs. "
        "Each paragraph starts 'Case 25-NNNNN \u2014' and the time comes later in the "
        "sentence ('At about 2:14 p.m. Monday, ...'). "
        "Traps: some paragraphs say 'connected to Case 25-NNNNN' mid-sentence (an earlier "
        "case, same form and same 'Case' word: related, not an id); Oregon State Police "
        "numbers SP25-NNNNNN; citation numbers; phone numbers. The summary value is the "
        "whole paragraph including its 'Case ... \u2014' opening; the type is the word(s) between the dash and the first period."
    )
    fields_kp = ["case_number", "type", "reported_at", "summary"]
    name = "kestrel-point-activity-summary-2025-06-02-to-08.pdf"
    draw_kp(f / name, k1, "June 2-8, 2025")
    write_gt(
        f,
        [
            entry(
                f / name,
                f.name,
                "Kestrel Point Police Department (OR) [invented]",
                "weekly police activity summary (press)",
                "free text",
                k1,
                fields_kp,
                notes_kp,
                "generator record list; check script counts paragraphs starting 'Case NN-NNNNN'",
                seed,
            )
        ],
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
