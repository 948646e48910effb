"""Write the third held-out set of incident-log PDFs and their ground truth.

Five invented agencies, each printing its log in its own layout. Records are made
first (plain dicts), drawn with reportlab (invariant mode, so bytes are the same on
every run), and the ground truth is written from the same dicts.

    .venv/bin/python tests/documents/blind_logs3/make_blind_logs3.py [OUT_DIR]
"""

import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

SEED = 20251201
HERE = Path(__file__).resolve().parent
SCRIPT = "tests/documents/blind_logs3/make_blind_logs3.py"

STREETS = ["Mill St", "Harmon Rd", "Orchard Ln", "Birch Ave", "Depot St", "Quarry Rd",
           "Lantern Way", "Elm Ct", "Summit Ave", "Canal St", "Foundry Rd", "Aspen Dr",
           "Wexford Pl", "Tanner St", "Ridge Rd", "Carver Blvd", "Pine Hollow Rd", "Main St"]
TIME_FMT_12 = "%-I:%M %p"


def new_canvas(path, size=letter):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("records system")
    c.setTitle(path.stem)
    return c


def times(rng, day0, ndays, n):
    """n sorted datetimes spread over ndays starting at day0."""
    out = []
    for _ in range(n):
        out.append(day0 + dt.timedelta(days=rng.randrange(ndays), minutes=rng.randrange(1440)))
    return sorted(out)


def ids_seq(rng, start, n, fmt, maxgap=3):
    out, k = [], start
    for _ in range(n):
        k += rng.randint(1, maxgap)
        out.append(fmt.format(k))
    return out


def ampm(t):
    s = t.strftime("%-I:%M %p")
    return s.replace("AM", "a.m.").replace("PM", "p.m.")


# --------------------------------------------------------------------------- A
# Bexley Falls PD, NH: press log; paragraph opens with the address in capitals,
# the incident number is at the END in square brackets.

A_TYPES = {
    "Theft": ["A resident reported a bicycle taken from a porch; value about ${v}.",
              "Staff reported a shoplifting; the suspect left on foot before officers arrived.",
              "A caller reported tools taken from an unlocked truck bed overnight."],
    "Suspicious Activity": ["A caller reported a person checking car door handles. Officers checked the area and found no one.",
                            "A resident reported a drone hovering near a window for several minutes."],
    "Criminal Mischief": ["Graffiti was found on a storage shed; damage estimated at ${v}.",
                          "A mailbox was knocked down overnight; no suspects."],
    "Motor Vehicle Crash": ["Two vehicles collided at low speed; no injuries were reported.",
                            "A car struck a utility pole; the driver was evaluated by ambulance staff and released."],
    "Disturbance": ["Neighbors reported loud music; the occupants agreed to turn it down.",
                    "Two customers argued over a parking space; both left before officers arrived."],
    "Welfare Check": ["A relative asked officers to check on an older resident, who was found safe.",
                      "A caller worried about a person sitting in a parked car; the person was fine."],
    "Animal Complaint": ["A loose dog was returned to its owner.",
                         "A caller reported a raccoon acting strangely; animal control was notified."],
    "Fraud": ["A resident reported losing ${v} in a gift-card scam by telephone.",
              "A business reported a counterfeit $100 bill passed at the register."],
}


def a_records(rng, day0, n, id_start, earlier_pool):
    recs = []
    ids = ids_seq(rng, id_start, n, "25-{:06d}")
    for t, cid in zip(times(rng, day0, 7, n), ids):
        typ = rng.choice(list(A_TYPES))
        narr = rng.choice(A_TYPES[typ]).replace("{v}", str(rng.choice([120, 350, 450, 900, 1200])))
        num = rng.choice([100, 200, 300, 400, 1400, 2000, 2500])
        street = rng.choice(STREETS)
        kind = rng.random()
        related = []
        if kind < 0.5:
            loc = f"{num} BLOCK OF {street.upper()}"
        elif kind < 0.6:
            loc = f"{rng.choice(['2025', '1925', '2024'])} {street.upper()}"  # looks like a year
        elif kind < 0.8:
            a, b = rng.sample(STREETS, 2)
            loc = f"{a.upper()} AND {b.upper()}"
        else:
            loc = f"{rng.randint(10, 99)} {street.upper()}"
        trap = rng.random()
        if trap < 0.10:
            old = earlier_pool.pop()
            narr += f" This is a follow-up to {old}."
            related.append(("earlier_case_cited", old))
        elif trap < 0.18:
            so = f"GC25-{rng.randint(1000, 9999)}"
            narr += f" Grafton County Sheriff's Office case {so} covers the same suspect."
            related.append(("other_agency_case", so))
        elif trap < 0.25:
            cit = f"{rng.randint(4400000, 4499999)}"
            narr += f" One adult was issued summons no. {cit}."
            related.append(("summons", cit))
        elif trap < 0.32:
            narr += f" Anyone with information may call (603) 555-01{rng.randint(10, 99)}."
        reported = f"{t.strftime('%A')}, {t.strftime('%b')}. {t.day}, {ampm(t)}"
        recs.append(dict(case_number=cid, location=loc, type=typ, reported_at=reported,
                         summary=narr, related=related))
    return recs


def draw_paragraphs(c, paras, header, footer_fmt, font="Times-Roman", size=10.5, lead=13,
                    top=700, bottom=60, left=72, width=468):
    """Write paragraphs top to bottom, breaking pages mid-paragraph when needed."""
    page = 1
    header(c, page)
    y = top
    for runs in paras:
        lines = simpleSplit(runs, font, size, width)
        for ln in lines:
            if y < bottom:
                footer_fmt(c, page)
                c.showPage()
                page += 1
                header(c, page)
                y = top
            c.setFont(font, size)
            c.drawString(left, y, ln)
            y -= lead
        y -= lead * 0.7
    return page, y


def make_a(out, rng):
    folder = out / "bexley-falls-nh-pd"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    earlier = [f"25-{k:06d}" for k in range(17001, 17990, 37)]
    rng.shuffle(earlier)
    specs = [("bexley-falls-press-log-2025-10-13-to-19.pdf", dt.datetime(2025, 10, 13), 47, 18200,
              "October 13 - 19, 2025"),
             ("bexley-falls-press-log-2025-10-20-to-26.pdf", dt.datetime(2025, 10, 20), 56, 18395,
              "October 20 - 26, 2025")]
    for fname, day0, n, start, span in specs:
        recs = a_records(rng, day0, n, start, earlier)
        c = new_canvas(folder / fname)

        def header(c, page, span=span):
            c.setFont("Times-Bold", 14)
            c.drawCentredString(306, 752, "BEXLEY FALLS POLICE DEPARTMENT")
            c.setFont("Times-Italic", 11)
            c.drawCentredString(306, 736, f"Press Log  \u2022  {span}")
            c.setFont("Times-Roman", 8.5)
            c.drawCentredString(306, 723, "41 Depot Street, Bexley Falls, NH 03299  \u2022  Records: (603) 555-0100  \u2022  Non-emergency: (603) 555-0111")
            c.line(72, 716, 540, 716)

        def footer(c, page):
            c.setFont("Times-Italic", 8)
            c.drawString(72, 36, "Entries are summaries released to the press; names are withheld.")
            c.drawRightString(540, 36, f"Page {page}")

        paras = [f"{r['location']} \u2014 {r['type']}, {r['reported_at']} {r['summary']} [{r['case_number']}]"
                 for r in recs]
        page, y = draw_paragraphs(c, paras, header, footer)
        c.setFont("Times-Italic", 10)
        c.drawString(72, y - 6, f"{len(recs)} entries this week.")
        footer(c, page)
        c.save()
        entries.append(gt_entry(folder / fname, recs, dict(
            agency="Bexley Falls Police Department (Bexley Falls, NH) [invented]",
            document_type="weekly press log",
            layout="free text",
            fields_present=["location", "type", "reported_at", "summary", "case_number"],
            case_numbers_source="the generator's record list; each id is the bracketed number closing its paragraph",
            record_count_check=f"generator: {len(recs)} paragraphs; closing line \"{len(recs)} entries this week.\"",
            notes="Each entry is one paragraph: LOCATION IN CAPITALS \u2014 Type, Weekday, Mon. D, H:MM a.m./p.m. Narrative. [25-NNNNNN]. The id is the bracketed number at the END of the paragraph, often alone on the paragraph's last line. Paragraphs wrap and break across pages. Traps: follow-up entries cite an earlier case of the same 25-NNNNNN form mid-paragraph (not bracketed); Grafton County Sheriff cases GC25-NNNN; summons numbers; (603) 555-01xx phone numbers in entries and in the page header; addresses whose house number looks like a year (2025 MILL ST). summary is the narrative between the time and the bracket.",
        ), lambda r: {"location": r["location"], "type": r["type"], "reported_at": r["reported_at"],
                      "summary": r["summary"], "case_number": r["case_number"]}))
    write_gt(folder, entries)


# --------------------------------------------------------------------------- B
# Calder County Detention Center, KY: 24-hour booking report, one arrestee block
# per record, several charges; the booking number is the id.

B_CHARGES = [("KRS 189A.010", "OPERATING MV UNDER INFLUENCE 1ST OFF", "M"),
             ("KRS 186.620", "NO OPERATORS LICENSE", "M"),
             ("KRS 218A.1415", "POSS CONT SUB 1ST DEG 1ST OFF (METH)", "F"),
             ("KRS 218A.500", "DRUG PARAPHERNALIA - BUY/POSSESS", "M"),
             ("KRS 525.100", "PUBLIC INTOXICATION - EXCLUDES ALCOHOL", "M"),
             ("KRS 508.030", "ASSAULT 4TH DEGREE - DOMESTIC VIOLENCE", "M"),
             ("KRS 514.030", "THEFT BY UNLAWFUL TAKING UNDER $500", "M"),
             ("KRS 511.040", "BURGLARY 3RD DEGREE", "F"),
             ("KRS 520.095", "FLEEING OR EVADING POLICE 1ST DEG", "F"),
             ("KRS 304.39-080", "FAILURE TO MAINTAIN REQUIRED INSURANCE", "M"),
             ("KRS 532.080", "PERSISTENT FELONY OFFENDER 2ND DEGREE", "F"),
             ("---", "FAILURE TO APPEAR (BENCH WARRANT)", "W"),
             ("---", "PROBATION VIOLATION (FELONY OFFENSE)", "W")]
B_AGENCIES = [("Calder County Sheriff's Office", "CS25-{:05d}"), ("Harlan Creek Police Dept", "HC25-{:04d}"),
              ("Kentucky State Police Post 11", "Y25-{:06d}"), ("Pineville Police Dept", "PV-25-{:04d}")]
B_TOWNS = ["Pineville", "Harlan Creek", "Cawood", "Loyall", "Middlesboro", "Wallins"]


def b_records(rng, day0, n):
    recs = []
    ids = ids_seq(rng, 4400, n, "2025-{:06d}", maxgap=2)
    for t, cid in zip(times(rng, day0, 3, n), ids):
        arrested = t - dt.timedelta(minutes=rng.randint(20, 140))
        agency, cfmt = rng.choice(B_AGENCIES)
        case = cfmt.format(rng.randint(100, 9999 if "{:04d}" in cfmt else 99999))
        k = rng.choices([1, 2, 3, 4], [4, 4, 2, 1])[0]
        charges = rng.sample(B_CHARGES, k)
        rows, related = [], [("report_number", case)]
        for st, desc, cls in charges:
            ref = ""
            if cls == "W":
                ref = f"W25-{rng.randint(10000, 99999)}"
                related.append(("warrant", ref))
            elif rng.random() < 0.35:
                ref = f"E{rng.randint(2200000, 2299999)}"
                related.append(("citation", ref))
            bond = rng.choice(["$1,000 CASH", "$2,500 SURETY", "ROR", "$500 CASH", "NO BOND", "$10,000 CASH"])
            rows.append((st, desc, cls, bond, ref))
        loc = rng.choice([f"{rng.randint(1, 40) * 100} BLK US 25E", f"{rng.randint(100, 999)} {rng.choice(STREETS).upper()}",
                          f"KY 38 AT MM {rng.randint(1, 30)}", f"{rng.choice(STREETS).upper()} / {rng.choice(STREETS).upper()}"])
        status = rng.choice(["IN CUSTODY", "IN CUSTODY", "RELEASED - BOND POSTED", "RELEASED - ROR",
                             "TRANSFERRED - BELL CO DETENTION"])
        if status.startswith("RELEASED"):
            status += " " + (t + dt.timedelta(hours=rng.randint(2, 20))).strftime("%m/%d/%Y %H:%M")
        recs.append(dict(case_number=cid, reported_at=t.strftime("%m/%d/%Y %H:%M"),
                         occurred_at=arrested.strftime("%m/%d/%Y %H:%M"), agency=agency, case=case,
                         subject=f"{rng.choice('WBH')}/{rng.choice('MF')}  AGE {rng.randint(18, 66)}  RES: {rng.choice(B_TOWNS).upper()}, KY",
                         location=loc, charges=rows, disposition=status, related=related))
    return recs


def make_b(out, rng):
    folder = out / "calder-county-ky-detention"
    folder.mkdir(parents=True, exist_ok=True)
    fname = "calder-county-booking-report-2025-10-20-to-22.pdf"
    recs = b_records(rng, dt.datetime(2025, 10, 20), 64)
    c = new_canvas(folder / fname)
    page = [1]

    def header():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 756, "CALDER COUNTY DETENTION CENTER")
        c.setFont("Helvetica", 8)
        c.drawString(40, 745, "24 HOUR BOOKING REPORT  -  Bookings 10/20/2025 00:00 through 10/22/2025 23:59")
        c.drawRightString(572, 756, "Printed 10/23/2025 06:00")
        c.drawRightString(572, 745, "Jail (606) 555-0147")
        c.line(40, 740, 572, 740)

    def footer():
        c.setFont("Helvetica", 7)
        c.drawString(40, 30, "Persons listed are presumed innocent until proven guilty. Booking information is as entered at intake.")
        c.drawRightString(572, 30, f"Page {page[0]}")

    header()
    y = 726
    for r in recs:
        need = 14 * 4 + 11 * len(r["charges"]) + 8
        if y - need < 44:
            footer()
            c.showPage()
            page[0] += 1
            header()
            y = 726
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"Booking #: {r['case_number']}")
        c.setFont("Helvetica", 8.5)
        c.drawString(210, y, f"Booked: {r['reported_at']}")
        c.drawString(380, y, f"Arrested: {r['occurred_at']}")
        y -= 12
        c.drawString(40, y, f"Subject: {r['subject']}")
        c.drawString(300, y, f"Agency: {r['agency']}")
        y -= 12
        c.drawString(40, y, f"Arrest Location: {r['location']}")
        c.drawString(300, y, f"Agency Case #: {r['case']}")
        y -= 12
        c.setFont("Helvetica-Oblique", 7.5)
        for x, h in [(52, "Statute"), (122, "Charge Description"), (352, "Cls"), (380, "Bond"), (460, "Warrant / Citation")]:
            c.drawString(x, y, h)
        y -= 10
        c.setFont("Helvetica", 8)
        for st, desc, cls, bond, ref in r["charges"]:
            for x, v in [(52, st), (122, desc), (352, cls), (380, bond), (460, ref)]:
                c.drawString(x, y, v)
            y -= 11
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, f"Status: {r['disposition']}")
        y -= 7
        c.setLineWidth(0.4)
        c.line(40, y, 572, y)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y - 4, f"Total bookings: {len(recs)}")
    footer()
    c.save()

    def sample(r):
        types = [d for _, d, _, _, _ in r["charges"]]
        s = {"case_number": r["case_number"], "reported_at": r["reported_at"], "occurred_at": r["occurred_at"],
             "location": r["location"], "type": types if len(types) > 1 else types[0],
             "agency_ori": r["agency"], "disposition": r["disposition"]}
        return s
    entry = gt_entry(folder / fname, recs, dict(
        agency="Calder County Detention Center, Calder County Sheriff's Office (KY) [invented]",
        document_type="24-hour jail booking report, three days",
        layout="labelled blocks",
        fields_present=["case_number", "reported_at", "occurred_at", "location", "type", "agency_ori", "disposition"],
        case_numbers_source="the generator's record list; each id is the value after \"Booking #:\"",
        record_count_check=f"generator: {len(recs)} blocks; closing line \"Total bookings: {len(recs)}\"",
        notes="One block per arrestee: bold \"Booking #: 2025-NNNNNN\" with Booked (reported_at) and Arrested (occurred_at) on the same line; Subject (race/sex, age, town; no names) beside Agency (the arresting agency, recorded as agency_ori); Arrest Location beside \"Agency Case #\"; a small charge table (Statute, Charge Description, Cls, Bond, Warrant / Citation), one row per charge, 1-4 charges, type is the list of charge descriptions; \"Status:\" line (disposition). Blocks are kept whole on a page. Traps: the arresting agency's case number (CS25-NNNNN, HC25-NNNN, Y25-NNNNNN, PV-25-NNNN) is a related number, not the id; warrant numbers W25-NNNNN and citation numbers ENNNNNNN; statute numbers (KRS 189A.010) look like numbers; phone in the page header; release date-times inside Status.",
    ), sample)
    write_gt(folder, [entry])


# --------------------------------------------------------------------------- C
# Redfern Park PD, IL: daily activity table, alternating shaded rows, id in the
# middle column, date-time printed "10/03/25 2214".

C_NATURES = ["ALARM - BURGLAR", "TRAFFIC STOP", "SUSPICIOUS VEHICLE", "DISTURBANCE - DOMESTIC",
             "ACCIDENT - PROPERTY DAMAGE", "THEFT - RETAIL", "WELL BEING CHECK", "911 HANG UP",
             "PARKING COMPLAINT", "CRIMINAL DAMAGE TO PROPERTY", "NOISE COMPLAINT", "ANIMAL CALL",
             "ASSIST FIRE DEPARTMENT", "BATTERY", "SUSPICIOUS PERSON", "LOCKOUT - VEHICLE",
             "DECEPTIVE PRACTICE / IDENTITY THEFT", "ORDINANCE VIOLATION - SOLICITING"]
C_DISPS = ["Report Taken", "Advised", "Unfounded", "Gone on Arrival", "Warning Issued", "Cleared",
           "Referred to Owner", "Assisted"]


def c_records(rng, day0, n, start):
    recs = []
    ids = ids_seq(rng, start, n, "RP25-{:06d}", maxgap=4)
    for t, cid in zip(times(rng, day0, 1, n), ids):
        nat = rng.choice(C_NATURES)
        num = rng.choice([rng.randint(100, 999), rng.randint(2500, 2599), rng.randint(1000, 9999)])
        st = rng.choice(STREETS)
        if rng.random() < 0.15:
            addr = f"{rng.choice(['Redfern Park Plaza Shopping Center', 'Metra Commuter Lot North', 'Fairhaven Senior Apartments'])}, {num} {rng.choice(['W', 'N'])} {st}"
        else:
            addr = f"{num} {rng.choice(['N', 'S', 'E', 'W'])} {st}"
        disp = rng.choice(C_DISPS)
        related = []
        x = rng.random()
        if x < 0.08:
            cit = f"T{rng.randint(4400000, 4499999)}"
            disp = f"Citation {cit}"
            related.append(("citation", cit))
        elif x < 0.13:
            isp = f"ISP 25-{rng.randint(10000, 19999)}"
            disp = f"Assist Other Agency ({isp})"
            related.append(("other_agency_case", isp))
        elif x < 0.17:
            ar = f"A25-{rng.randint(100, 999)}"
            disp = f"Arrest - Arrest No. {ar}"
            related.append(("arrest_number", ar))
        recs.append(dict(case_number=cid, reported_at=t.strftime("%m/%d/%y %H%M"), type=nat, location=addr,
                         beat=f"{rng.choice([11, 12, 13, 21, 22, 23])}", unit=f"{rng.choice([2, 3, 4])}{rng.randint(10, 39)}",
                         disposition=disp, related=related))
    return recs


def make_c(out, rng):
    folder = out / "redfern-park-il-pd"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    cols = [(30, 72, "Date / Time", "reported_at"), (104, 150, "Nature of Call", "type"),
            (264, 78, "Incident No.", "case_number"), (346, 168, "Address", "location"),
            (520, 32, "Beat", "beat"), (554, 34, "Unit", "unit"), (590, 170, "Disposition", "disposition")]
    for fname, day0, n, start in [("redfern-park-daily-activity-2025-10-03.pdf", dt.datetime(2025, 10, 3), 118, 102200),
                                  ("redfern-park-daily-activity-2025-10-04.pdf", dt.datetime(2025, 10, 4), 97, 102560)]:
        recs = c_records(rng, day0, n, start)
        size = landscape(letter)
        c = new_canvas(folder / fname, size)
        page = 1
        day = day0.strftime("%A, %B %-d, %Y")

        def header(page, c=c, day=day):
            c.setFont("Helvetica-Bold", 12)
            c.drawString(30, 580, "Redfern Park Police Department")
            c.setFont("Helvetica", 9)
            c.drawString(30, 567, f"Daily Activity Report  -  {day}")
            c.drawRightString(762, 580, f"Page {page}")
            c.drawRightString(762, 567, "Records Section (847) 555-0163")
            c.setFillGray(0.25)
            c.rect(28, 538, 734, 16, fill=1, stroke=0)
            c.setFillGray(1)
            c.setFont("Helvetica-Bold", 8.5)
            for x, _, h, _ in cols:
                c.drawString(x + 2, 543, h)
            c.setFillGray(0)

        header(page)
        y = 536
        for i, r in enumerate(recs):
            cells = [simpleSplit(r[k], "Helvetica", 8, w - 10) for _, w, _, k in cols]
            h = 11 * max(len(x) for x in cells) + 3
            if y - h < 40:
                c.showPage()
                page += 1
                header(page)
                y = 536
            if i % 2 == 0:
                c.setFillGray(0.88)
                c.rect(28, y - h, 734, h, fill=1, stroke=0)
                c.setFillGray(0)
            c.setFont("Helvetica", 8)
            for (x, _, _, _), lines in zip(cols, cells):
                for j, ln in enumerate(lines):
                    c.drawString(x + 2, y - 9 - 11 * j, ln)
            y -= h
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(30, y - 14, f"Calls for service: {len(recs)}")
        c.save()

        def sample(r):
            return {k: r[k] for k in ["reported_at", "type", "case_number", "location", "beat", "unit", "disposition"]}
        entries.append(gt_entry(folder / fname, recs, dict(
            agency="Redfern Park Police Department (Redfern Park, IL) [invented]",
            document_type="daily activity report (calls for service), one day",
            layout="table with header",
            fields_present=["reported_at", "type", "case_number", "location", "beat", "unit", "disposition"],
            case_numbers_source="the generator's record list; each id is the Incident No. cell of its row",
            record_count_check=f"generator: {len(recs)} rows; closing line \"Calls for service: {len(recs)}\"",
            notes="Landscape table without rules; rows are told apart only by alternating grey shading. The header is white on a dark band, repeated on every page. Columns: Date / Time (printed \"10/03/25 2214\", two-digit year, 24-hour time without a colon), Nature of Call, Incident No. (the id, in the middle column, RP25-NNNNNN), Address, Beat, Unit, Disposition. Long natures, addresses (place names before the street address) and dispositions wrap to a second line inside the row's band. Traps: dispositions carry citation numbers (T4NNNNNN), Illinois State Police cases (ISP 25-NNNNN) and arrest numbers (A25-NNN); house numbers 2500-2599 look like years; the header's phone number.",
        ), sample))
    write_gt(folder, entries)


# --------------------------------------------------------------------------- D
# Greywater Borough PD, NJ: monthly case listing, labels and values separated by
# dotted leaders in a monospaced font.

D_OFF = ["Theft of Movable Property", "Criminal Mischief", "Burglary - Residence", "Burglary - Motor Vehicle",
         "Simple Assault", "Harassment", "Fraudulent Use of Credit Card", "Receiving Stolen Property",
         "Trespass - Defiant", "Possession of CDS", "Terroristic Threats", "Shoplifting", "Identity Theft"]
D_DISP = ["Active", "Closed - Cleared by Arrest", "Closed - Exceptionally Cleared", "Inactive - No Leads",
          "Referred to Municipal Court", "Closed - Unfounded"]


def d_records(rng, day0, ndays, n, start):
    recs = []
    ids = ids_seq(rng, start, n, "25-{:05d}", maxgap=5)
    for t, cid in zip(times(rng, day0, ndays, n), ids):
        began = t - dt.timedelta(hours=rng.randint(0, 30), minutes=rng.randint(0, 59))
        k = rng.choices([1, 2, 3], [6, 3, 1])[0]
        offs = rng.sample(D_OFF, k)
        r = dict(case_number=cid, reported_at=t.strftime("%m/%d/%Y %H:%M"), type=offs if k > 1 else offs[0],
                 location=f"{rng.randint(1, 420)} {rng.choice(STREETS)}" if rng.random() < .8 else f"{rng.choice(STREETS)} & {rng.choice(STREETS)}",
                 unit=f"Ptl. #{rng.randint(201, 249)}", disposition=rng.choice(D_DISP), related=[], extra=[])
        if rng.random() < 0.5:
            r["occurred_from"] = began.strftime("%m/%d/%Y %H:%M")
            r["occurred_to"] = t.strftime("%m/%d/%Y %H:%M")
        else:
            r["occurred_at"] = began.strftime("%m/%d/%Y %H:%M")
        x = rng.random()
        if x < 0.09:
            prior = f"25-{rng.randint(1000, 2400):05d}"
            r["extra"].append(("Prior Case", prior))
            r["related"].append(("earlier_case_cited", prior))
        elif x < 0.19:
            o = f"{rng.choice(['NJSP', 'MCPO'])} 25-{rng.randint(10000, 99999):07d}"
            r["extra"].append(("Other Agency Case", o))
            r["related"].append(("other_agency_case", o))
        elif x < 0.30:
            s = f"0714-S-2025-{rng.randint(100, 999):06d}"
            r["extra"].append(("Complaint/Summons", s))
            r["related"].append(("summons", s))
        recs.append(r)
    return recs


def make_d(out, rng):
    folder = out / "greywater-borough-nj-pd"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for fname, day0, ndays, n, start, span, run in [
            ("greywater-borough-case-listing-2025-08.pdf", dt.datetime(2025, 8, 1), 31, 51, 2540,
             "08/01/2025 THRU 08/31/2025", "09/02/2025"),
            ("greywater-borough-case-listing-2025-09.pdf", dt.datetime(2025, 9, 1), 30, 44, 2810,
             "09/01/2025 THRU 09/30/2025", "10/01/2025")]:
        recs = d_records(rng, day0, ndays, n, start)
        entries.append(draw_d(folder, fname, recs, span, run))
    write_gt(folder, entries)


def draw_d(folder, fname, recs, span, run):
    c = new_canvas(folder / fname)
    W = 26  # label width incl. leaders

    def lab(label, value):
        return (label + " ").ljust(W - 1, ".") + " " + value

    blocks = []
    for r in recs:
        lines = [lab("Case No", r["case_number"]), lab("Date/Time Reported", r["reported_at"])]
        if "occurred_at" in r:
            lines.append(lab("Date/Time Occurred", r["occurred_at"]))
        else:
            lines.append(lab("Occurred From", r["occurred_from"]))
            lines.append(lab("Occurred To", r["occurred_to"]))
        lines.append(lab("Location", r["location"]))
        offs = r["type"] if isinstance(r["type"], list) else [r["type"]]
        lines.append(lab("Offense(s)", offs[0]))
        lines += [" " * W + o for o in offs[1:]]
        lines.append(lab("Officer", r["unit"]))
        lines.append(lab("Disposition", r["disposition"]))
        lines += [lab(k, v) for k, v in r["extra"]]
        blocks.append(lines)
    page = 1

    def header(page):
        c.setFont("Courier-Bold", 10)
        c.drawString(54, 750, "GREYWATER BOROUGH POLICE DEPARTMENT")
        c.setFont("Courier", 9)
        c.drawString(54, 739, f"CASE LISTING - REPORTED {span}")
        c.drawString(420, 750, f"PAGE {page:>4}")
        c.drawString(420, 739, f"RUN {run}")
        c.drawString(54, 728, "=" * 80)

    header(page)
    y = 710
    for lines in blocks:
        for ln in lines:
            if y < 50:
                c.showPage()
                page += 1
                header(page)
                y = 710
            c.setFont("Courier", 9)
            c.drawString(54, y, ln)
            y -= 11
        y -= 11
    c.setFont("Courier", 9)
    c.drawString(54, y, f"*** END OF LISTING - {len(recs)} CASES ***")
    c.save()

    def sample(r):
        s = {k: r[k] for k in ["case_number", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                               "location", "type", "unit", "disposition"] if k in r}
        return s
    entry = gt_entry(folder / fname, recs, dict(
        agency="Greywater Borough Police Department (Greywater, NJ) [invented]",
        document_type="monthly case listing (RMS report), one month",
        layout="labelled blocks",
        pick=lambda r: "occurred_from" in r,
        fields_present=["case_number", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "type", "unit", "disposition"],
        case_numbers_source="the generator's record list; each id is the value on the \"Case No .....\" line",
        record_count_check=f"generator: {len(recs)} blocks; closing line \"*** END OF LISTING - {len(recs)} CASES ***\"",
        notes="Monospaced (Courier) blocks, one label per line, label and value joined by dotted leaders (\"Case No ........... 25-02814\"), blank line between blocks. Labels: Case No, Date/Time Reported, then either Date/Time Occurred or Occurred From + Occurred To, Location, Offense(s) (further offences on unlabelled lines aligned under the value), Officer (badge number only; recorded as unit), Disposition, then optional Prior Case / Other Agency Case / Complaint/Summons. Blocks break across pages anywhere. Traps: \"Prior Case\" holds an earlier case of the same 25-NNNNN form (related, not an id; all earlier than this month's numbers); NJ State Police / county prosecutor cases and municipal complaint-summons numbers (0714-S-2025-000NNN).",
    ), sample)
    return entry


# --------------------------------------------------------------------------- E
# Osterby PD, IA: monthly offense listing grouped by offense category headings
# with per-category counts; the type is printed only in the heading.

E_CATS = [("BURGLARY", 9), ("THEFT / LARCENY", 38), ("MOTOR VEHICLE THEFT", 7), ("ASSAULT", 16),
          ("CRIMINAL MISCHIEF / VANDALISM", 21), ("FRAUD / FORGERY", 12), ("DRUG / NARCOTIC VIOLATIONS", 14),
          ("OPERATING WHILE INTOXICATED", 11), ("DISORDERLY CONDUCT", 8), ("ALL OTHER OFFENSES", 10)]
E_ADD = ["Criminal Trespass", "Possession of Drug Paraphernalia", "Interference w/ Official Acts",
         "Driving While Suspended", "Public Intoxication", "Theft 5th Degree"]
E_STATUS = ["Open", "Closed/Arrest", "Closed/Exc.", "Inactive", "Unfounded", "Referred"]


def e_records(rng, day0):
    total = sum(k for _, k in E_CATS)
    ids = ids_seq(rng, 3300, total, "{:06d}", maxgap=3)
    ids = [f"OS25-{x}" for x in ids]
    rng.shuffle(ids)
    groups, it = [], iter(ids)
    for cat, k in E_CATS:
        rows = []
        for t in times(rng, day0, 30, k):
            cid = next(it)
            add = rng.sample(E_ADD, rng.choice([1, 2])) if rng.random() < 0.18 else []
            r = dict(case_number=cid, category=cat, add=add, date=t.strftime("%m/%d/%y"), time=t.strftime("%H%M"),
                     location=f"{rng.randint(100, 3999)} {rng.choice(STREETS)}" if rng.random() < .85 else f"{rng.choice(STREETS)} / {rng.choice(STREETS)}",
                     disposition=rng.choice(E_STATUS), related=[], other="")
            if rng.random() < 0.1:
                r["other"] = f"DCI {rng.randint(25000000, 25999999)}"
                r["related"].append(("other_agency_case", r["other"]))
            elif rng.random() < 0.08:
                r["other"] = f"Juv Ref JR25-{rng.randint(10, 99)}"
                r["related"].append(("juvenile_referral", r["other"]))
            r["reported_at"] = f"{r['date']} {r['time']}"
            r["type"] = [cat] + add if add else cat
            rows.append(r)
        rows.sort(key=lambda r: (r["date"], r["time"]))
        groups.append((cat, rows))
    return groups


def make_e(out, rng):
    folder = out / "osterby-ia-pd"
    folder.mkdir(parents=True, exist_ok=True)
    fname = "osterby-offense-listing-2025-08.pdf"
    groups = e_records(rng, dt.datetime(2025, 8, 1))
    recs = [r for _, rows in groups for r in rows]
    c = new_canvas(folder / fname)
    cols = [(48, "Report No."), (120, "Date"), (166, "Time"), (200, "Location"), (338, "Add'l Offense(s)"),
            (474, "Status"), (536, "Other Agency")]
    page = [1]

    def header():
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(306, 752, "OSTERBY POLICE DEPARTMENT")
        c.setFont("Helvetica", 9)
        c.drawCentredString(306, 739, "Offense Listing by Category  -  August 2025")
        c.drawCentredString(306, 728, "Each report is listed once, under its most serious offense.")
        c.setFont("Helvetica", 7)
        c.drawRightString(570, 752, f"Page {page[0]}")

    def colheads(y):
        c.setFont("Helvetica-Oblique", 7)
        for x, h in cols:
            c.drawString(x, y, h)
        c.setLineWidth(0.3)
        c.line(48, y - 3, 570, y - 3)

    def newpage():
        c.showPage()
        page[0] += 1
        header()
        return 710

    header()
    y = 710
    for cat, rows in groups:
        if y < 76:
            y = newpage()
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y, f"{cat}  ({len(rows)})")
        y -= 13
        colheads(y)
        y -= 13
        for r in rows:
            nlines = max(1, len(r["add"]))
            if y - 10 * nlines < 50:
                y = newpage()
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(40, y, f"{cat} (continued)")
                y -= 13
                colheads(y)
                y -= 13
            c.setFont("Helvetica", 7.5)
            for x, v in zip([c_[0] for c_ in cols], [r["case_number"], r["date"], r["time"], r["location"],
                                                     r["add"][0] if r["add"] else "", r["disposition"], r["other"]]):
                c.drawString(x, y, v)
            for extra in r["add"][1:]:
                y -= 9.5
                c.drawString(338, y, extra)
            y -= 10.5
        if y < 44:
            y = newpage()
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(300, y, f"Category total: {len(rows)}")
        y -= 18
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, f"Total reports listed: {len(recs)}")
    c.save()

    def sample(r):
        s = {"case_number": r["case_number"], "type": r["type"], "reported_at": r["reported_at"],
             "location": r["location"], "disposition": r["disposition"]}
        return s
    entry = gt_entry(folder / fname, recs, dict(
        agency="Osterby Police Department (Osterby, IA) [invented]",
        document_type="monthly offense listing grouped by offense category",
        layout="table with header",
        fields_present=["case_number", "type", "reported_at", "location", "disposition"],
        case_numbers_source="the generator's record list; each id is the Report No. cell of its row",
        record_count_check=f"generator: {len(recs)} rows in {len(groups)} categories; closing line \"Total reports listed: {len(recs)}\"",
        notes="Rows are grouped under bold category headings with a count (\"THEFT / LARCENY  (38)\"), each followed by a small column header (Report No., Date, Time, Location, Add'l Offense(s), Status, Other Agency) and closed by \"Category total: n\"; a category cut by a page break resumes under \"CATEGORY (continued)\". The record's type is printed ONLY in the category heading; additional offences (0-2) are in their own column, one per line; type in sample_records is the heading, or a list of heading + additional offences. Date and time are separate columns (08/14/25, 1407); reported_at joins them with a space. Within a category rows are in date order, so report numbers are not in order across the document. Traps: Iowa DCI case numbers (DCI 25NNNNNN) and juvenile referral numbers (JR25-NN) in the Other Agency column; house numbers up to 3999.",
    ), sample)
    write_gt(folder, [entry])


# --------------------------------------------------------------------------- ground truth

def pdf_pages(path):
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    return n


def gt_entry(path, recs, meta, sample_fn):
    data = path.read_bytes()
    rel = {}
    for r in recs:
        for kind, num in r["related"]:
            rel.setdefault(kind, []).append(num)
    picks = [recs[0]]
    multi = [r for r in recs[1:] if isinstance(r.get("type"), list) or len(r.get("charges", [])) > 1]
    if multi:
        picks.append(multi[len(multi) // 2])
    withrel = [r for r in recs[1:] if any(k != "report_number" for k, _ in r["related"]) and r not in picks]
    if withrel:
        picks.append(withrel[len(withrel) // 2])
    if "pick" in meta and not any(meta["pick"](r) for r in picks):
        picks.append(next(r for r in recs if meta["pick"](r)))
    samples = []
    for r in picks:
        s = sample_fn(r)
        if r["related"]:
            s["related_numbers"] = [n for _, n in r["related"]]
        samples.append(s)
    e = {"file": path.name, "source_repo": "generated", "commit": None,
         "path": f"tests/documents/blind_logs3/{path.parent.name}/{path.name}", "git_blob": None,
         "generator": {"script": SCRIPT, "seed": SEED},
         "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "pages": pdf_pages(path),
         "agency": meta["agency"], "document_type": meta["document_type"], "layout": meta["layout"],
         "scanned": False, "encrypted": False, "text_layer": "good",
         "record_count": len(recs), "case_numbers": [r["case_number"] for r in recs],
         "case_numbers_source": meta["case_numbers_source"], "record_count_check": meta["record_count_check"],
         "fields_present": meta["fields_present"], "sample_records": samples,
         "related_numbers": rel, "notes": meta["notes"]}
    return e


def write_gt(folder, entries):
    (folder / "groundtruth.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")


def main(out):
    out.mkdir(parents=True, exist_ok=True)
    for i, make in enumerate([make_a, make_b, make_c, make_d, make_e], start=1):
        make(out, random.Random(SEED + i))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
