"""Generate the held-out incident-log set: six invented agencies, ten PDFs, ground truth.

Every agency, address, offence mix and number here is invented; the layouts imitate
how records-management and CAD systems print logs (labelled blocks, a CAD media log
grouped by day, a whitespace-aligned listing with wrapped rows, a ruled combined
police/fire table, watch-commander narratives, a sheriff's summary by patrol zone).

Run from the repository root:  .venv/bin/python tests/documents/blind_logs/make_blind_logs.py
Output is byte-for-byte reproducible (fixed seeds, reportlab invariant mode).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SEED = 20250413

STREETS = [
    "Linden", "Harbor", "Mill", "Quarry", "Orchard", "Juniper", "Tamarack", "Foundry",
    "Sawyer", "Kestrel", "Alder", "Bramble", "Copper", "Beacon", "Larkspur", "Ferris",
    "Wexford", "Granger", "Pell", "Osage", "Ridgeview", "Brookline", "Cutler", "Vantage",
    "Haddon", "Marten", "Selden", "Tolliver", "Greer", "Whitcomb", "Old Mill", "Canal",
]
SUFFIXES = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pkwy", "Pl"]
DIRS = ["", "", "N ", "S ", "E ", "W "]


def street(rng: random.Random, upper: bool = False) -> str:
    s = f"{rng.choice(DIRS)}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
    return s.upper() if upper else s


def fmt(dt: datetime, pattern: str) -> str:
    return dt.strftime(pattern)


# ---------------------------------------------------------------- page machinery
class Pager:
    """Draw lines top-down, starting new pages with header/footer callbacks."""

    def __init__(self, out, pagesize, header, footer, total, top, bottom, meta):
        self.c = canvas.Canvas(out, pagesize=pagesize, invariant=1)
        self.c.setTitle(meta.get("title", ""))
        self.c.setAuthor(meta.get("author", ""))
        self.c.setCreator(meta.get("creator", "RMS Report Writer"))
        self.w, self.h = pagesize
        self.header, self.footer, self.total = header, footer, total
        self.top, self.bottom = top, bottom
        self.page = 1
        self.y = self.header(self)

    def need(self, height: float) -> bool:
        """Start a new page when `height` does not fit; True if a page was started."""
        if self.y - height < self.bottom:
            self.new_page()
            return True
        return False

    def new_page(self) -> None:
        self.footer(self)
        self.c.showPage()
        self.page += 1
        self.y = self.header(self)

    def text(self, x, y, s, font="Helvetica", size=9):
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)

    def finish(self) -> int:
        self.footer(self)
        self.c.save()
        return self.page


def render(path: Path, draw, pagesize, header, footer, top, bottom, meta) -> int:
    """Two passes: count pages, then draw with 'Page x of N' known."""
    pages = None
    for final in (False, True):
        out = str(path) if final else io.BytesIO()
        p = Pager(out, pagesize, header, footer, pages or 0, top, bottom, meta)
        draw(p)
        pages = p.finish()
    return pages


# ---------------------------------------------------------------- (a) labelled blocks, two columns
CSU_PLACES = [
    "Hollis Library, 2nd Floor Study Area", "Weller Hall (Residence Hall), Room {r}",
    "Marsh Student Union, Food Court", "Lot 7 Commuter Parking", "Kaplan Science Center, Lab {r}",
    "Tower B Apartments, Unit {r}", "Athletic Field House, Locker Room", "Dinsmore Dining Commons",
    "Greer Hall (Residence Hall), Lounge", "Parking Garage C, Level 3", "Rec Center, Weight Room",
    "Pell Quad", "Founders Hall, Room {r}", "Bookstore",
]
CSU_NATURES = [
    "Theft - From Building", "Theft - Bicycle", "Criminal Mischief", "Liquor Law Violation - Referral",
    "Drug Law Violation - Arrest", "Drug Law Violation - Referral", "Harassment", "Simple Assault",
    "Burglary", "Fondling", "Stalking", "Dating Violence", "Fire - Trash Receptacle", "Defiant Trespass",
    "Disorderly Conduct", "Found Property", "Medical Assist - Intoxication", "Retail Theft",
    "Motor Vehicle Theft", "Identity Theft", "Fraud - Wire", "Terroristic Threats",
    "Theft - From Motor Vehicle", "Public Drunkenness",
]
CSU_DISPOS = [
    "Open - Pending Investigation", "Closed - Cleared by Arrest", "Closed - Exceptionally Cleared",
    "Referred to Student Conduct", "Unfounded", "Inactive - No Leads",
    "Closed - Referred to Outside Agency", "Closed - Information Only",
]


def csu_records(rng, year, month, n, start_no):
    recs, no = [], start_no
    day0 = datetime(year, month, 1, 0, 0)
    times = sorted(day0 + timedelta(minutes=rng.randrange(0, 29 * 24 * 60)) for _ in range(n))
    for rep in times:
        no += rng.choice([1, 1, 2, 3, 5])
        natures = rng.sample(CSU_NATURES, rng.choice([1] * 7 + [2, 2, 3]))
        place = rng.choice(CSU_PLACES).format(r=rng.randrange(101, 460))
        campus = rng.choice(["On Campus"] * 4 + ["Public Property", "Non-Campus"])
        if campus == "Public Property":
            place = f"{rng.randrange(1, 40) * 100} Blk {street(rng)}"
        elif campus == "Non-Campus":
            place = f"{rng.randrange(1, 40) * 100} Blk {street(rng)}, Chapter House"
        loc = f"{place} ({campus})"
        occ_from = rep - timedelta(minutes=rng.randrange(5, 60 * 30))
        rec = {
            "case_number": f"{year}-{no:06d}",
            "reported_at": fmt(rep, "%m/%d/%Y %H:%M"),
            "type": natures if len(natures) > 1 else natures[0],
            "disposition": rng.choice(CSU_DISPOS),
            "location": loc,
        }
        if rng.random() < 0.55:
            rec["occurred_from"] = fmt(occ_from, "%m/%d/%Y %H:%M")
            rec["occurred_to"] = fmt(rep - timedelta(minutes=rng.randrange(1, 5)), "%m/%d/%Y %H:%M")
        else:
            rec["occurred_at"] = fmt(occ_from, "%m/%d/%Y %H:%M")
        rel = []
        summ = f"Officer responded to {place.split(',')[0]} regarding {natures[0].lower()}."
        extra = rng.random()
        if extra < 0.12:
            ref = f"{str(year)[2:]}-{rng.randrange(100000, 199999)}"
            rel.append(("other_agency_case", ref))
            summ += f" Callowhill Police also responded and took a report, CPD {ref}."
        elif extra < 0.20:
            cit = f"P{rng.randrange(1000000, 9999999)}"
            rel.append(("citation", cit))
            summ += f" Non-traffic citation {cit} issued to a non-affiliate."
        elif extra < 0.26:
            phone = f"215-555-01{rng.randrange(10, 99)}"
            rel.append(("phone", phone))
            summ += f" Anyone with information is asked to call the tip line at {phone}."
        summ += " " + rng.choice([
            "Victim declined to pursue charges.", "Area canvassed with negative results.",
            "Camera footage requested from Facilities.", "Subject was identified and referred.",
            "Property was photographed and returned to owner.", "Investigation continues.",
            "Residence Life staff notified.", "No injuries reported.",
        ])
        rec["summary"] = summ
        rec["_related"] = rel
        recs.append(rec)
    return recs


def draw_csu(recs, title_month):
    LX, LV, RX, RV, RW = 40, 122, 318, 398, 175

    def header(p):
        c = p.c
        p.text(40, p.h - 44, "CALLOWHILL STATE UNIVERSITY", "Helvetica-Bold", 13)
        p.text(40, p.h - 60, "Department of Public Safety  -  Daily Crime and Fire Log", "Helvetica", 10)
        p.text(40, p.h - 74, f"Incidents reported {title_month}", "Helvetica-Oblique", 9)
        c.setLineWidth(1.2)
        c.line(40, p.h - 82, p.w - 40, p.h - 82)
        return p.h - 100

    def footer(p):
        p.text(40, 30, "Clery Act daily log - open for public inspection during business hours", "Helvetica", 7)
        p.text(p.w - 110, 30, f"Page {p.page} of {p.total}", "Helvetica", 8)

    def draw(p):
        for rec in recs:
            types = rec["type"] if isinstance(rec["type"], list) else [rec["type"]]
            left = [("Incident/Case#:", rec["case_number"])] + [("Nature:", types[0])]
            left += [("", t) for t in types[1:]]
            dis = simpleSplit(rec["disposition"], "Helvetica", 9, RW - 60)
            right = [("Date Reported:", rec["reported_at"]), ("Disposition:", dis[0])]
            right += [("", d) for d in dis[1:]]
            rows = max(len(left), len(right))
            p.need(14 * 3)
            for i in range(rows):
                p.need(12)
                if i < len(left):
                    lab, val = left[i]
                    p.text(LX, p.y, lab, "Helvetica-Bold", 9)
                    p.text(LV, p.y, val, "Helvetica-Bold" if i == 0 else "Helvetica", 9)
                if i < len(right):
                    lab, val = right[i]
                    p.text(RX, p.y, lab, "Helvetica-Bold", 9)
                    p.text(RV, p.y, val)
                p.y -= 12
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}"
            for lab, val in (("Location:", rec["location"]), ("Occurred:", occ), ("Summary:", rec["summary"])):
                for j, ln in enumerate(simpleSplit(val, "Helvetica", 9, p.w - 40 - LV)):
                    p.need(12)
                    if j == 0:
                        p.text(LX, p.y, lab, "Helvetica-Bold", 9)
                    p.text(LV, p.y, ln)
                    p.y -= 12
            p.c.setLineWidth(0.4)
            p.c.line(40, p.y + 5, p.w - 40, p.y + 5)
            p.y -= 9
        p.need(20)
        p.text(40, p.y - 6, f"{len(recs)} incidents listed", "Helvetica-Oblique", 9)

    return draw, header, footer


# ---------------------------------------------------------------- (b) CAD media log grouped by day
MH_TYPES = [
    "ALARM-BURGLARY", "ALARM-PANIC", "ANIMAL COMPLAINT", "ASSIST OTHER AGENCY", "CHECK WELFARE",
    "DISTURBANCE-VERBAL", "DOMESTIC DISTURBANCE", "FOLLOW UP", "FRAUD", "HARASSMENT", "LARCENY",
    "MVA-NO INJURY", "MVA-INJURY", "NOISE COMPLAINT", "PARKING COMPLAINT", "SUSPICIOUS PERSON",
    "SUSPICIOUS VEHICLE", "TRAFFIC STOP", "TRESPASS", "911 HANGUP", "SHOPLIFTING",
    "STOLEN VEHICLE", "ASSAULT", "DRUG ACTIVITY", "MENTAL HEALTH CALL", "BUSINESS CHECK",
    "EXTRA PATROL", "CIVIL STANDBY", "LOST/FOUND PROPERTY", "JUVENILE PROBLEM",
]
MH_BUSINESSES = ["QUIKMART #14", "SHOP N SAVE", "MARLOW HTS MIDDLE SCHOOL", "RIVERBEND APTS",
                 "HEIGHTS PLAZA", "DOLLAR DEPOT", "CITY PARK PAVILION 2", "MOTEL 9"]
MH_DISPOS = ["RTF", "ADV", "GOA", "UTL", "CIT", "ARR", "CAN", "NRN", "REF", "ADV", "NRN", "RTF"]


def mh_records(rng, days, per_day, rep_start):
    recs, rep_no = [], rep_start
    for d in days:
        n = rng.randrange(*per_day)
        seq = 0
        times = sorted(d + timedelta(seconds=rng.randrange(0, 86400)) for _ in range(n))
        for t in times:
            seq += rng.choice([1, 1, 1, 2])
            r = rng.random()
            if r < 0.2:
                loc = f"{rng.randrange(1, 30)}XX {street(rng, True)}"
            elif r < 0.4:
                loc = f"{street(rng, True)} / {street(rng, True)}"
            elif r < 0.55:
                loc = f"{rng.choice(MH_BUSINESSES)}, {rng.randrange(1, 30)}00 BLK {street(rng, True)}"
            else:
                loc = f"{rng.randrange(1, 30)}00 BLK {street(rng, True)}"
            disp = rng.choice(MH_DISPOS)
            units = ",".join(sorted({f"{rng.choice('123')}{rng.choice('AB')}{rng.randrange(10, 40)}"
                                     for _ in range(rng.choice([1, 1, 1, 2, 3]))}))
            rec = {
                "case_number": f"{fmt(d, '%y%m%d')}{seq:04d}",
                "reported_at": fmt(t, "%H:%M:%S"),
                "type": rng.choice(MH_TYPES),
                "location": loc,
                "unit": units,
                "disposition": disp,
                "_day": fmt(d, "%m/%d/%Y"),
                "_related": [],
            }
            if disp in ("RTF", "ARR"):
                rep_no += rng.choice([1, 1, 2])
                rec["report_number"] = f"MH{fmt(d, '%y')}-{rep_no:06d}"
                rec["_related"].append(("report_number", rec["report_number"]))
            recs.append(rec)
    return recs


def draw_mh(recs, period):
    COLS = [("Call #", 36), ("Received", 90), ("Call Type", 136), ("Location", 242),
            ("Unit(s)", 412), ("Disp", 488), ("Report #", 520)]

    def colheads(p):
        for name, x in COLS:
            p.text(x, p.y, name, "Helvetica-Bold", 8)
        p.c.setLineWidth(0.6)
        p.c.line(36, p.y - 3, p.w - 30, p.y - 3)
        p.y -= 14

    def header(p):
        p.text(36, p.h - 40, "MARLOW HEIGHTS POLICE DEPARTMENT", "Helvetica-Bold", 12)
        p.text(36, p.h - 54, "Media Call Log", "Helvetica-Bold", 10)
        p.text(36, p.h - 66, period, "Helvetica", 8)
        p.y = p.h - 88
        colheads(p)
        return p.y

    def footer(p):
        p.text(36, 26, "Printed 03/10/2025 06:02  by CAD Media Export", "Helvetica", 7)
        p.text(p.w - 90, 26, f"Page {p.page} of {p.total}", "Helvetica", 7)

    def draw(p):
        by_day = {}
        for r in recs:
            by_day.setdefault(r["_day"], []).append(r)
        for day, rows in by_day.items():
            p.need(40)
            dt = datetime.strptime(day, "%m/%d/%Y")
            p.c.setFillGray(0.85)
            p.c.rect(36, p.y - 4, p.w - 66, 14, stroke=0, fill=1)
            p.c.setFillGray(0)
            p.text(40, p.y, fmt(dt, "%A, %B %d, %Y").replace(" 0", " "), "Helvetica-Bold", 9)
            p.y -= 18
            for r in rows:
                loc_lines = simpleSplit(r["location"], "Helvetica", 8, 160)
                if p.need(11 * len(loc_lines)):
                    pass
                vals = [r["case_number"], r["reported_at"], r["type"], loc_lines[0], r["unit"],
                        r["disposition"], r.get("report_number", "")]
                for (_, x), v in zip(COLS, vals):
                    p.text(x, p.y, v, "Helvetica", 8)
                p.y -= 10
                for ln in loc_lines[1:]:
                    p.text(COLS[3][1], p.y, ln, "Helvetica", 8)
                    p.y -= 10
                p.y -= 1
            p.need(16)
            p.c.line(36, p.y + 6, p.w - 30, p.y + 6)
            p.text(36, p.y - 4, f"Subtotal for {day}:  {len(rows)} calls", "Helvetica-Bold", 8)
            p.y -= 22
        p.need(110)
        p.text(36, p.y, f"Total calls this period: {len(recs)}", "Helvetica-Bold", 9)
        p.y -= 18
        p.text(36, p.y, "Disposition codes", "Helvetica-Bold", 8)
        legend = ["RTF  Report to follow", "ADV  Advised / assisted", "GOA  Gone on arrival",
                  "UTL  Unable to locate", "CIT  Citation issued", "ARR  Arrest made",
                  "CAN  Cancelled by caller", "NRN  No report necessary", "REF  Referred to other agency"]
        for i, ln in enumerate(legend):
            p.text(36 + (i % 3) * 170, p.y - 12 - (i // 3) * 10, ln, "Helvetica", 8)
        p.y -= 50
        p.text(36, p.y, "Calls for service involving juveniles, sexual offenses and medical "
               "calls are withheld from this log.", "Helvetica-Oblique", 7)

    return draw, header, footer


# ---------------------------------------------------------------- (c) whitespace table, wrapped rows, several offences
AS_OFFENCES = [
    "BURGLARY-RESIDENCE", "THEFT-RETAIL (SHOPLIFTING)", "THEFT FROM AUTO", "CRIMINAL DAMAGE TO PROPERTY",
    "DISORDERLY CONDUCT", "DISORDERLY CONDUCT-DOMESTIC ABUSE", "BATTERY", "BATTERY-DOMESTIC ABUSE",
    "OWI 1ST OFFENSE", "OWI 2ND OFFENSE", "OPERATING AFTER REVOCATION", "POSSESSION OF THC",
    "POSSESSION OF DRUG PARAPHERNALIA", "RESISTING/OBSTRUCTING AN OFFICER", "BAIL JUMPING",
    "TRESPASS TO DWELLING", "FRAUD-FINANCIAL TRANSACTION CARD", "IDENTITY THEFT",
    "HIT AND RUN-UNATTENDED VEHICLE", "RECKLESS DRIVING-ENDANGER SAFETY", "STALKING",
    "UNLAWFUL USE OF COMPUTERIZED COMMUNICATION SYSTEM", "VIOLATION OF TEMPORARY RESTRAINING ORDER",
    "THEFT-MOVABLE PROPERTY", "ENTRY INTO LOCKED VEHICLE", "MISSING PERSON-ADULT",
    "RUNAWAY JUVENILE", "DEATH INVESTIGATION", "WARRANT ARREST-OTHER AGENCY",
]
AS_STATUS = ["ACTIVE", "CLOSED", "CLR-ARREST", "CLR-EXCEPT", "UNFOUNDED", "INACTIVE", "REFERRED-DA"]
AS_PLACES = ["WALMART", "ASHGROVE HIGH SCHOOL", "KWIK TRIP #712", "LINDEN PARK", "MERCY CLINIC",
             "ASHGROVE PUBLIC LIBRARY", "PINE VIEW MOBILE HOME PARK", "FLEET FARM"]
AS_COLS = [("INCIDENT #", 0, 10), ("REPORTED", 11, 14), ("OCCURRED", 26, 17), ("OFFENSE(S)", 44, 28),
           ("LOCATION", 73, 24), ("STATUS", 98, 11), ("CIT/REF", 111, 12)]


def wrap_cols(text: str, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur] if cur else lines


def as_records(rng, start, days, n, start_no):
    recs, no = [], start_no
    times = sorted(start + timedelta(minutes=rng.randrange(0, days * 1440)) for _ in range(n))
    for rep in times:
        no += rng.choice([1, 1, 1, 2, 4])
        offs = rng.sample(AS_OFFENCES, rng.choice([1] * 6 + [2, 2, 2, 3, 4]))
        if rng.random() < 0.25:
            loc = f"{rng.choice(AS_PLACES)} {rng.randrange(1, 40) * 100} {street(rng, True)}"
        else:
            loc = f"{rng.randrange(1, 40)}00 BLK {street(rng, True)}"
        occ = rep - timedelta(minutes=rng.randrange(0, 2000))
        rec = {
            "case_number": f"{fmt(rep, '%y')}-{no:05d}",
            "reported_at": fmt(rep, "%m/%d/%y %H:%M"),
            "type": offs if len(offs) > 1 else offs[0],
            "location": loc,
            "disposition": rng.choice(AS_STATUS),
            "_related": [],
        }
        if rng.random() < 0.35:
            rec["occurred_from"] = fmt(occ, "%m/%d/%y %H:%M")
            rec["occurred_to"] = fmt(rep - timedelta(minutes=rng.randrange(1, 30)), "%m/%d/%y %H:%M")
        else:
            rec["occurred_at"] = fmt(occ, "%m/%d/%y %H:%M")
        refs = []
        for o in offs:
            if o.startswith(("OWI", "OPERATING", "RECKLESS", "DISORDERLY", "POSSESSION OF THC")) and rng.random() < 0.7:
                refs.append((o, "citation", f"A{rng.randrange(100000, 999999)}{rng.randrange(1, 9)}"))
        if rec["disposition"] == "REFERRED-DA":
            refs.append((None, "da_referral", f"{fmt(rep, '%y')}CM{rng.randrange(100, 999):06d}"))
        rec["_refs"] = refs
        rec["_related"] = [(k, v) for _, k, v in refs]
        recs.append(rec)
    return recs


def as_lines(rec) -> list[str]:
    offs = rec["type"] if isinstance(rec["type"], list) else [rec["type"]]
    off_lines, starts = [], {}
    for o in offs:
        starts[o] = len(off_lines)
        off_lines += wrap_cols(o, 27)
    refs = [""] * len(off_lines)
    for off, _, v in rec["_refs"]:  # a citation sits on its offence's line, a DA number on the first free one
        i = starts[off] if off else refs.index("") if "" in refs else len(refs)
        refs += [""] * (i + 1 - len(refs))
        refs[i] = v
    occ = ([rec["occurred_from"], "THRU", rec["occurred_to"]] if "occurred_from" in rec
           else [rec["occurred_at"]])
    rep = rec["reported_at"].split(" ")
    cells = [[rec["case_number"]], rep, occ, off_lines, wrap_cols(rec["location"], 23),
             [rec["disposition"]], refs]
    # occurred range: "02/09/25 23:00" / "THRU" / "02/10/25 07:00" printed compactly
    if len(occ) == 3:
        cells[2] = [occ[0], f"THRU {occ[2][:8]}", occ[2][9:]]
    height = max(len(c) for c in cells)
    out = []
    for i in range(height):
        row = [" "] * 124
        for (_, x, w), cell in zip(AS_COLS, cells):
            if i < len(cell):
                s = cell[i][: w + 1]
                row[x:x + len(s)] = s
        out.append("".join(row).rstrip())
    return out


def draw_as(recs, period, printed):
    def header(p):
        p.text(30, p.h - 30, "ASHGROVE POLICE DEPARTMENT", "Courier-Bold", 10)
        p.text(30, p.h - 42, f"OFFENSE REPORT LISTING   {period}", "Courier", 8)
        p.text(p.w - 220, p.h - 30, f"RUN DATE {printed}", "Courier", 8)
        p.text(p.w - 220, p.h - 42, f"PAGE {p.page:>3}", "Courier", 8)
        heads = [" "] * 124
        for name, x, _ in AS_COLS:
            heads[x:x + len(name)] = name
        p.text(30, p.h - 62, "".join(heads).rstrip(), "Courier-Bold", 7.6)
        dashes = [" "] * 124
        for name, x, _ in AS_COLS:
            dashes[x:x + len(name)] = "-" * len(name)
        p.text(30, p.h - 70, "".join(dashes).rstrip(), "Courier", 7.6)
        return p.h - 82

    def footer(p):
        p.text(30, 20, "LISTING EXCLUDES JUVENILE NAMES AND VICTIMS OF SENSITIVE CRIMES", "Courier", 6.5)

    def draw(p):
        for rec in recs:
            lines = as_lines(rec)
            p.need(9.2 * len(lines))
            for ln in lines:
                p.text(30, p.y, ln, "Courier", 7.6)
                p.y -= 9.2
        p.need(30)
        p.text(30, p.y - 8, f"*** END OF LISTING ***   INCIDENTS: {len(recs)}", "Courier-Bold", 8)

    return draw, header, footer


# ---------------------------------------------------------------- (d) ruled table, police and fire/EMS series
TV_POLICE = ["Theft - From Motor Vehicle", "Burglary - Commercial", "Theft - Identity / Account Fraud", "Criminal Mischief", "Suspicious Activity", "Welfare Check",
             "Traffic Complaint", "Harassment", "Assault - Simple", "Domestic Violence", "DUI",
             "Trespass", "Fraud / Scam Report", "Noise Disturbance", "Found Property", "Motor Vehicle Theft",
             "Traffic Crash - Property Damage", "Shoplifting", "Animal at Large", "Civil Dispute",
             "Juvenile Complaint", "Warrant Service", "Parking Violation", "Intoxicated Person"]
TV_FIRE = ["Medical - Fall", "Medical - Breathing Problem", "Medical - Chest Pain",
           "Medical - Unconscious / Fainting", "Fire Alarm - Commercial", "Smoke Investigation",
           "Vehicle Fire", "Grass / Brush Fire", "Gas Leak - Outside", "Lift Assist",
           "Traffic Crash - Injury", "Carbon Monoxide Alarm", "Structure Fire - Residential",
           "Public Assist", "Medical - Diabetic Problem", "Medical - Sick Person"]
TV_PDISP = ["Report Taken", "Arrest", "Citation Issued", "Advised", "Unfounded", "Gone on Arrival",
            "Referred to Code Enforcement", "Assisted"]
TV_EDISP = ["Transported to Valley Regional Hospital", "Patient Refusal - Signed Release",
            "Treated - No Transport", "Cancelled Enroute", "Transported by Air Ambulance"]
TV_FDISP = ["Extinguished", "False Alarm - System Malfunction", "Cancelled Enroute",
            "Investigated - No Hazard Found", "Assisted Occupant", "Turned Over to Utility Company"]
TV_COLS = [("Incident No.", 30, 62), ("Agency", 92, 40), ("Date", 132, 52), ("Time", 184, 32),
           ("Nature of Call", 216, 104), ("Address", 320, 120), ("Disposition", 440, 322)]


def tv_records(rng, start, days, n):
    recs = []
    pno, fno = 4100, 4242  # the fire/EMS sequence is a little ahead; police catches up late in the week
    times = sorted(start + timedelta(minutes=rng.randrange(0, days * 1440)) for _ in range(n))
    for t in times:
        fire = rng.random() < 0.42
        if fire:
            fno += rng.choice([1, 1, 2])
            nature = rng.choice(TV_FIRE)
            ems = nature.startswith(("Medical", "Lift", "Public", "Traffic"))
            no, agency = fno, "EMS" if ems else "FIRE"
            disp = rng.choice(TV_EDISP if ems else TV_FDISP)
        else:
            pno += rng.choice([1, 1, 2])
            no, agency = pno, "POLICE"
            nature = rng.choice(TV_POLICE)
            disp = rng.choice(TV_PDISP)
        addr = f"{rng.randrange(100, 9999)} {street(rng)}"
        if rng.random() < 0.12:
            addr += f", Apt {rng.randrange(1, 40)}{rng.choice('ABC')}"
        if rng.random() < 0.1:
            addr = f"{street(rng)} and {street(rng)} (Intersection)"
        rel = []
        if fire and rng.random() < 0.1:
            ref = f"KFPD {fmt(t, '%y')}-{rng.randrange(1000, 9999)}"
            disp = f"Mutual aid given - Kessler Fire inc# {ref.split()[1]}"
            rel.append(("other_agency_case", ref.split()[1]))
        elif not fire and disp == "Citation Issued" and rng.random() < 0.6:
            cit = f"TV{rng.randrange(100000, 999999)}"
            disp = f"Citation Issued - Summons {cit}"
            rel.append(("citation", cit))
        recs.append({
            "case_number": f"{fmt(t, '%y')}-{no:06d}",
            "agency_ori": agency,
            "reported_at": f"{fmt(t, '%m/%d/%Y')} {fmt(t, '%H%M')}",
            "type": nature,
            "location": addr,
            "disposition": disp,
            "_related": rel,
        })
    return recs


def draw_tv(recs, period):
    def header(p):
        c = p.c
        p.text(30, p.h - 34, "TILLMAN VALLEY DEPARTMENT OF PUBLIC SAFETY", "Helvetica-Bold", 12)
        p.text(30, p.h - 48, f"Police, Fire and EMS Incidents  -  {period}", "Helvetica", 9)
        y = p.h - 62
        c.setFillGray(0.8)
        c.rect(30, y - 16, 732, 16, stroke=1, fill=1)
        c.setFillGray(0)
        for name, x, _ in TV_COLS:
            p.text(x + 3, y - 11, name, "Helvetica-Bold", 8)
            c.line(x, y, x, y - 16)
        c.line(762, y, 762, y - 16)
        return y - 16

    def footer(p):
        p.text(30, 20, "Police and Fire/EMS numbers are assigned from separate sequences.", "Helvetica", 7)
        p.text(p.w - 100, 20, f"Page {p.page} of {p.total}", "Helvetica", 7)

    def draw(p):
        c = p.c
        for r in recs:
            vals = [r["case_number"], r["agency_ori"], r["reported_at"].split()[0], r["reported_at"].split()[1],
                    r["type"], r["location"], r["disposition"]]
            cells = [simpleSplit(v, "Helvetica", 8, w - 6) for v, (_, _, w) in zip(vals, TV_COLS)]
            h = 10 * max(len(x) for x in cells) + 4
            p.need(h)
            c.setLineWidth(0.5)
            c.rect(30, p.y - h, 732, h, stroke=1, fill=0)
            for (_, x, _), cell in zip(TV_COLS, cells):
                c.line(x, p.y, x, p.y - h)
                for i, ln in enumerate(cell):
                    p.text(x + 3, p.y - 10 - 10 * i, ln, "Helvetica", 8)
            p.y -= h

    return draw, header, footer


# ---------------------------------------------------------------- (e) watch commander narratives
PE_EVENTS = [
    ("vehicle prowl", "Officers took a report of a vehicle prowl in the {blk} block of {st}. The owner found the "
     "passenger window broken and a backpack and a laptop missing. There is no suspect information."),
    ("burglary", "A resident of the {blk} block of {st} returned home to find the rear door forced open. Jewelry "
     "and a gaming console were taken. Patrol processed the scene for prints."),
    ("DUI", "An officer stopped a vehicle for weaving near {st} and {st2}. The driver showed signs of impairment, "
     "performed poorly on field sobriety tests and was arrested for DUI. Breath samples were 0.{bac} and 0.{bac2}."),
    ("domestic", "Officers responded to a domestic disturbance in the {blk} block of {st}. One adult was arrested "
     "for assault 4 - domestic violence and booked into the Harbor County Jail."),
    ("shoplift", "Loss prevention at the {biz} on {st} detained an adult for shoplifting. Officers issued a "
     "criminal citation and the subject was trespassed from the store."),
    ("collision", "Two vehicles collided at {st} and {st2}. One driver complained of neck pain and was evaluated by "
     "Port Ellery Fire. Both vehicles were towed."),
    ("mental health", "Officers contacted a person in crisis on the {st} pedestrian bridge. After a long "
     "conversation the person agreed to go voluntarily to St. Brendan Medical Center for evaluation."),
    ("stolen vehicle", "A {color} {make} was reported stolen from the {blk} block of {st}. The vehicle was "
     "entered into WACIC/NCIC."),
    ("recovered vehicle", "An officer located a {color} {make} that had been reported stolen, unoccupied at the "
     "{biz} lot on {st}. The owner was notified and responded to recover it."),
    ("fraud", "A caller from the {blk} block of {st} reported losing money to a caller posing as a utility "
     "company who demanded payment in gift cards."),
    ("assault", "Officers responded to a fight outside the {biz} on {st}. One adult had a cut over the eye and "
     "declined medical aid. The other party left before officers arrived."),
    ("warrant", "During a traffic stop on {st} an officer found the driver had a felony warrant out of Kitsap "
     "County. The driver was booked on the warrant."),
    ("death", "Officers and medics responded to the {blk} block of {st} for an unresponsive adult. The person was "
     "declared deceased; no signs of foul play. The Harbor County Medical Examiner was notified."),
    ("trespass", "Staff at the {biz} on {st} asked officers to remove a person sleeping in the vestibule. The "
     "person was given a trespass warning and left without incident."),
    ("graffiti", "Graffiti was reported on the retaining wall in the {blk} block of {st}. Public Works was "
     "notified for removal and the tags were photographed."),
]
PE_BIZ = ["Harbor Market", "Ferry Terminal", "Salish Fuel", "Port Ellery Library", "Drydock Tavern",
          "Bayview Apartments", "Cannery Row Mall", "Ellery Marina"]
PE_CASE_FORMS = [
    " Case {no}.", " A report was taken under case {no}.", " ({no})", " Report #{no} documents the incident.",
    " See PEPD {no}.", " Documented under {no}.",
]
PE_CASE_LEADS = ["Case {no}: ", "Report {no} - ", ""]


def pe_records(rng, day, n, start_no):
    recs, no = [], start_no
    shifts = [("DAY WATCH  (0600 - 1600)", 6 * 60, 16 * 60), ("SWING WATCH  (1400 - 0000)", 14 * 60, 24 * 60),
              ("NIGHT WATCH  (2200 - 0800)", 22 * 60, 32 * 60)]
    per = [n // 3 + (1 if i < n % 3 else 0) for i in range(3)]
    for (name, a, b), k in zip(shifts, per):
        mins = sorted(rng.randrange(a, b) for _ in range(k))
        for m in mins:
            no += rng.choice([1, 1, 2, 3])
            t = day + timedelta(minutes=m)
            kind, tmpl = rng.choice(PE_EVENTS)
            s1, s2 = street(rng), street(rng)
            text = tmpl.format(blk=rng.randrange(1, 40) * 100, st=s1, st2=s2, biz=rng.choice(PE_BIZ),
                               bac=f"{rng.randrange(8, 22):02d}", bac2=f"{rng.randrange(8, 22):02d}",
                               color=rng.choice(["gray", "white", "black", "blue", "red"]),
                               make=rng.choice(["Honda Civic", "Subaru Outback", "Ford F-150",
                                                "Toyota Camry", "Kia Soul"]))
            case = f"{fmt(day, '%y')}-{no:05d}"
            rel = []
            x = rng.random()
            if x < 0.12 and kind in ("domestic", "trespass", "assault", "mental health", "graffiti", "burglary"):
                prior = f"{fmt(day, '%y')}-{no - rng.randrange(300, 2500):05d}"
                text += f" This is the third call to this address this month; see also {prior}."
                rel.append(("earlier_case_cited", prior))
            elif x < 0.26 and kind in ("domestic", "warrant", "death", "stolen vehicle", "recovered vehicle",
                                       "collision", "DUI"):
                hc = f"HC{fmt(day, '%y')}-{rng.randrange(1000, 9999)}"
                text += f" Harbor County deputies assisted and have their own case, {hc}."
                rel.append(("other_agency_case", hc))
            elif x < 0.45 and kind in ("DUI", "collision", "warrant"):
                cit = f"{rng.randrange(1, 9)}Z{rng.randrange(1000000, 9999999)}"
                text += f" Infraction {cit} was issued for the traffic violation."
                rel.append(("citation", cit))
            elif x < 0.45 and kind in ("vehicle prowl", "burglary", "fraud", "graffiti", "assault", "shoplift"):
                ph = f"(360) 555-01{rng.randrange(10, 99)}"
                text += f" Anyone with information can call the Investigations Unit at {ph}."
                rel.append(("phone", ph))
            lead = rng.choice(PE_CASE_LEADS)
            if rel and rel[0][0] == "earlier_case_cited":
                lead = ""  # the earlier case then comes before the entry's own number
            if lead:
                text = lead.format(no=case) + text
            else:
                text += rng.choice(PE_CASE_FORMS).format(no=case)
            recs.append({"reported_at": fmt(t, "%H%M"), "case_number": case, "summary": text,
                         "_shift": name, "_date": fmt(t, "%m/%d/%Y"), "_kind": kind, "_related": rel})
    return recs


def draw_pe(recs, day):
    title = fmt(day, "%A, %B %d, %Y").replace(" 0", " ")

    def header(p):
        p.text(54, p.h - 50, "PORT ELLERY POLICE DEPARTMENT", "Times-Bold", 14)
        p.text(54, p.h - 66, f"Watch Commander's Log  -  {title}", "Times-Roman", 11)
        p.c.line(54, p.h - 72, p.w - 54, p.h - 72)
        return p.h - 96

    def footer(p):
        p.text(54, 36, "For media release. Names of victims and juveniles are withheld.", "Times-Italic", 8)
        p.text(p.w - 110, 36, f"{p.page} / {p.total}", "Times-Roman", 9)

    def draw(p):
        shift = None
        for r in recs:
            if r["_shift"] != shift:
                if shift is not None:
                    p.need(16)
                    p.text(90, p.y, f"Entries reviewed by Sgt. #{400 + len(shift) % 37}", "Times-Italic", 9)
                    p.y -= 22
                shift = r["_shift"]
                p.need(40)
                p.text(54, p.y, shift, "Times-Bold", 11)
                p.y -= 18
            lines = simpleSplit(r["summary"], "Times-Roman", 10.5, p.w - 90 - 54)
            p.need(13 * min(len(lines), 2))
            p.text(54, p.y, r["reported_at"], "Times-Bold", 10.5)
            for ln in lines:
                p.need(13)
                p.text(90, p.y, ln, "Times-Roman", 10.5)
                p.y -= 13
            p.y -= 7
        p.need(16)
        p.text(90, p.y, "Entries reviewed by Sgt. #418", "Times-Italic", 9)

    return draw, header, footer


# ---------------------------------------------------------------- (f) sheriff, by patrol zone, date ranges
DC_TYPES = ["THEFT BY TAKING", "THEFT BY TAKING - MOTOR VEHICLE", "ENTERING AUTO", "BURGLARY - 1ST DEGREE",
            "BURGLARY - 2ND DEGREE", "CRIMINAL TRESPASS", "SIMPLE BATTERY - FVA", "AGGRAVATED ASSAULT",
            "TERRORISTIC THREATS", "CRIMINAL DAMAGE TO PROPERTY 2ND", "POSSESSION OF METHAMPHETAMINE",
            "DUI - ALCOHOL", "DRIVING WHILE LICENSE SUSPENDED", "FINANCIAL TRANSACTION CARD FRAUD",
            "IDENTITY FRAUD", "HARASSING COMMUNICATIONS", "RUNAWAY JUVENILE", "DEATH INVESTIGATION - UNATTENDED",
            "CRUELTY TO ANIMALS", "THEFT OF SERVICES", "FAMILY DISPUTE - NO OFFENSE", "FOUND PROPERTY",
            "WARRANT SERVICE", "THEFT BY DECEPTION"]
DC_ROADS = ["OLD MILL RD", "HWY 53", "SR 136 E", "CHESTATEE RD", "PINE LOG RD", "DOGWOOD TRL",
            "FOX HOLLOW LN", "REDBUD DR", "LAUREL RIDGE RD", "COUNTY LINE RD", "HOPEWELL CHURCH RD",
            "SAWMILL CREEK RD", "JACKSON FERRY RD"]
DC_ZONES = [("ZONE 1", "NORTH COUNTY"), ("ZONE 2", "LAKE DISTRICT"), ("ZONE 3", "CENTRAL / COUNTY SEAT"),
            ("ZONE 4", "SOUTH COUNTY")]
DC_STATUS = ["OPEN", "CLOSED", "CLEARED - ARREST", "INACTIVE", "REFERRED TO CID", "UNFOUNDED"]


def dc_records(rng, start, days, counts, start_no):
    all_times = sorted(start + timedelta(minutes=rng.randrange(0, days * 1440)) for _ in range(sum(counts)))
    nos = []
    no = start_no
    for _ in all_times:
        no += rng.choice([1, 1, 2])
        nos.append(no)
    idx = list(range(len(all_times)))
    rng.shuffle(idx)
    recs, pos = [], 0
    for (zone, zname), k in zip(DC_ZONES, counts):
        mine = sorted(idx[pos:pos + k])
        pos += k
        for i in mine:
            rep = all_times[i]
            typ = rng.choice(DC_TYPES)
            rec = {"district": f"{zone} - {zname}", "case_number": f"S{fmt(rep, '%y')}-{nos[i]:06d}", "type": typ,
                   "location": f"{rng.randrange(1, 90) * 100} BLK {rng.choice(DC_ROADS)}",
                   "unit": f"D-{rng.randrange(101, 260)}", "reported_at": fmt(rep, "%m/%d/%Y %H:%M"),
                   "disposition": rng.choice(DC_STATUS), "_related": []}
            if rng.random() < 0.5:
                a = rep - timedelta(minutes=rng.randrange(120, 4000))
                b = rep - timedelta(minutes=rng.randrange(5, 110))
                rec["occurred_from"] = fmt(a, "%m/%d/%Y %H:%M")
                rec["occurred_to"] = fmt(b, "%m/%d/%Y %H:%M")
            else:
                rec["occurred_at"] = fmt(rep - timedelta(minutes=rng.randrange(0, 90)), "%m/%d/%Y %H:%M")
            extras = []
            no_arrest = ("FOUND PROPERTY", "DEATH INVESTIGATION - UNATTENDED", "FAMILY DISPUTE - NO OFFENSE",
                         "RUNAWAY JUVENILE")
            if typ in no_arrest and rec["disposition"] == "CLEARED - ARREST":
                rec["disposition"] = "CLOSED"
            if rec["disposition"] == "CLEARED - ARREST" or typ in ("DUI - ALCOHOL", "WARRANT SERVICE"):
                bk = f"B{fmt(rep, '%y')}-{rng.randrange(100, 1999):05d}"
                rec["disposition"] = "CLEARED - ARREST"
                extras.append(f"Arrest: 1 adult, booking no. {bk}")
                rec["_related"].append(("booking", bk))
            if rng.random() < 0.1:
                gsp = f"GSP {fmt(rep, '%y')}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}"
                extras.append(f"Assisting agency: Georgia State Patrol case {gsp.split()[1]}")
                rec["_related"].append(("other_agency_case", gsp.split()[1]))
            rec["_extras"] = extras
            recs.append(rec)
    return recs


def draw_dc(recs, period):
    def colheads(p):
        for name, x in (("CASE NO.", 36), ("INCIDENT TYPE", 110), ("LOCATION", 310), ("DEPUTY", 470),
                        ("STATUS", 516)):
            p.text(x, p.y, name, "Helvetica-Bold", 7.5)
        p.c.line(36, p.y - 3, p.w - 36, p.y - 3)
        p.y -= 14

    def header(p):
        p.text(36, p.h - 36, "DUNMORE COUNTY SHERIFF'S OFFICE", "Helvetica-Bold", 12)
        p.text(36, p.h - 50, "Incident Summary by Patrol Zone", "Helvetica", 9)
        p.text(36, p.h - 61, period, "Helvetica", 8)
        p.y = p.h - 80
        colheads(p)
        return p.y

    def footer(p):
        p.text(36, 24, "Dunmore County Sheriff's Office - Records Division - (706) 555-0120", "Helvetica", 7)
        p.text(p.w - 90, 24, f"Page {p.page} of {p.total}", "Helvetica", 7)

    def draw(p):
        zone = None
        zcount = 0
        for r in recs + [None]:
            if r is None or r["district"] != zone:
                if zone is not None:
                    p.need(14)
                    p.text(110, p.y, f"{zone}: {zcount} incidents", "Helvetica-Bold", 8)
                    p.y -= 20
                if r is None:
                    break
                zone, zcount = r["district"], 0
                p.need(50)
                p.text(36, p.y, zone, "Helvetica-Bold", 10)
                p.y -= 15
            zcount += 1
            occ = (f"Occurred between {r['occurred_from']} and {r['occurred_to']}" if "occurred_from" in r
                   else f"Occurred on {r['occurred_at'][:10]} at {r['occurred_at'][11:]}")
            p.need(10 * (2 + len(r["_extras"])) + 4)
            for v, x in ((r["case_number"], 36), (r["type"], 110), (r["location"], 310), (r["unit"], 470),
                         (r["disposition"], 516)):
                p.text(x, p.y, v, "Helvetica-Bold" if x == 36 else "Helvetica", 7.5)
            p.y -= 10
            p.text(110, p.y, f"{occ}     Reported {r['reported_at']}", "Helvetica", 7.5)
            p.y -= 10
            for e in r["_extras"]:
                p.text(110, p.y, e, "Helvetica-Oblique", 7.5)
                p.y -= 10
            p.y -= 4
        p.need(14)
        p.text(36, p.y, f"TOTAL INCIDENTS ALL ZONES: {len(recs)}", "Helvetica-Bold", 9)

    return draw, header, footer


# ---------------------------------------------------------------- ground truth
FIELDS = ["case_number", "agency_ori", "district", "unit", "reported_at", "occurred_at", "occurred_from",
          "occurred_to", "type", "location", "disposition", "summary"]


def public(rec: dict) -> dict:
    out = {k: rec[k] for k in FIELDS if k in rec}
    if rec["_related"]:
        out["related_numbers"] = [v for _, v in rec["_related"]]
    return out


def pick_samples(recs: list[dict]) -> list[dict]:
    chosen = [0]
    multi = [i for i, r in enumerate(recs) if isinstance(r.get("type"), list)]
    rel = [i for i, r in enumerate(recs) if r["_related"] and i not in multi]
    for group in (multi, rel):
        if group:
            chosen.append(group[len(group) // 2])
    if len(chosen) < 3:
        chosen.append(len(recs) * 2 // 3)
    return [public(recs[i]) for i in sorted(set(chosen))]


def related_by_kind(recs: list[dict]) -> dict:
    out: dict[str, list[str]] = {}
    for r in recs:
        for kind, v in r["_related"]:
            out.setdefault(kind, []).append(v)
    return out


def fields_present(recs: list[dict]) -> list[str]:
    return [f for f in FIELDS if any(f in r for r in recs)]


def entry(folder: Path, name: str, recs: list[dict], pages: int, meta: dict, reported_fix=None) -> dict:
    path = folder / name
    data = path.read_bytes()
    samples = pick_samples(recs)
    if reported_fix:
        for s in samples:
            s["reported_at"] = reported_fix(s)
    e = {
        "file": name,
        "source_repo": "generated",
        "generator": "tests/documents/blind_logs/make_blind_logs.py",
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "pages": pages,
        "agency": meta["agency"],
        "document_type": meta["document_type"],
        "layout": meta["layout"],
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [r["case_number"] for r in recs],
        "case_numbers_source": "the generator's own records, in print order; each checked to appear in "
                               "`pdftotext -layout` output by check_blind_logs.py",
        "record_count_check": meta["count_check"].format(n=len(recs)),
        "related_numbers": related_by_kind(recs),
        "fields_present": fields_present(recs),
        "sample_records": samples,
        "notes": meta["notes"],
    }
    return e


def write_pdf(folder, name, drawer, pagesize, top, bottom, meta) -> int:
    draw, header, footer = drawer
    return render(folder / name, draw, pagesize, header, footer, top, bottom, meta)


def build(dest: Path = HERE) -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    result: dict[str, list[dict]] = {}

    # (a) Callowhill State University: labelled blocks in two columns
    folder = dest / "callowhill-state-university-dps"
    folder.mkdir(exist_ok=True)
    meta = {
        "agency": "Callowhill State University Department of Public Safety (Callowhill, PA) [invented]",
        "document_type": "monthly daily crime and fire log (Clery), labelled blocks",
        "layout": "labelled blocks",
        "count_check": "{n} blocks, each opening with an \"Incident/Case#:\" label; footer line \"{n} incidents listed\"",
        "notes": "Each record is a block of labelled lines in two columns: \"Incident/Case#:\" with \"Date Reported:\" "
                 "on the right, \"Nature:\" with \"Disposition:\" on the right, then full-width \"Location:\", "
                 "\"Occurred:\" (one date-time, or \"X to Y\") and \"Summary:\" that wraps. Several offences of one "
                 "incident are printed one per line under \"Nature:\" without a label (a list in sample_records); a long "
                 "disposition wraps in the right column, interleaved with those lines. Blocks are separated by a thin "
                 "rule and may split across a page break. Summaries cite other numbers that are not the record id: "
                 "a city police case (\"CPD YY-NNNNNN\"), a non-traffic citation, a tip-line phone number.",
    }
    out = []
    for name, month, label, n, start in (("csu-daily-crime-log-2024-10.pdf", 10, "October 1 - 31, 2024", 52, 4410),
                                         ("csu-daily-crime-log-2024-11.pdf", 11, "November 1 - 30, 2024", 38, 5190)):
        recs = csu_records(rng, 2024, month, n, start)
        pages = write_pdf(folder, name, draw_csu(recs, label), letter, 0, 50,
                          {"title": "Daily Crime and Fire Log", "author": "Department of Public Safety"})
        out.append(entry(folder, name, recs, pages, meta))
    result[folder.name] = out

    # (b) Marlow Heights: CAD media log, grouped by day with subtotals
    folder = dest / "marlow-heights-mo-pd"
    folder.mkdir(exist_ok=True)
    meta = {
        "agency": "Marlow Heights Police Department (Marlow Heights, MO) [invented]",
        "document_type": "CAD media call log (every released call for service), grouped by day",
        "layout": "table with header",
        "count_check": "{n} call rows; the per-day \"Subtotal for MM/DD/YYYY: n calls\" lines add up to the final "
                       "\"Total calls this period: {n}\"",
        "notes": "Columns Call #, Received, Call Type, Location, Unit(s), Disp, Report #; no ruling except a line under "
                 "the header. The record id is the CAD call number (YYMMDD + 4-digit daily sequence, gaps for calls "
                 "not released); the Report # column (\"MHYY-NNNNNN\") is filled only when a report was taken or an "
                 "arrest made and is NOT the record id (related_numbers.report_number). Rows print only the time "
                 "received; the date is in the shaded day heading (\"Monday, March 3, 2025\"); sample reported_at "
                 "joins heading date and time. Long locations wrap to a second line without a call number. Each day "
                 "ends with a subtotal line; the last page has a period total and a legend of disposition codes "
                 "(not records). Units may be several, comma-joined.",
    }
    out = []
    for name, d0, nd, per, rep0, label in (
            ("marlow-heights-media-call-log-2025-03-03-to-05.pdf", datetime(2025, 3, 3), 3, (44, 62), 790,
             "Calls received 03/03/2025 00:00 through 03/05/2025 23:59"),
            ("marlow-heights-media-call-log-2025-03-08-to-09.pdf", datetime(2025, 3, 8), 2, (58, 75), 905,
             "Calls received 03/08/2025 00:00 through 03/09/2025 23:59")):
        recs = mh_records(rng, [d0 + timedelta(days=i) for i in range(nd)], per, rep0)
        pages = write_pdf(folder, name, draw_mh(recs, label), letter, 0, 44,
                          {"title": "Media Call Log", "author": "Marlow Heights PD", "creator": "CAD Media Export"})

        def fix(s, recs=recs):
            r = next(x for x in recs if x["case_number"] == s["case_number"])
            d = datetime.strptime(r["_day"], "%m/%d/%Y")
            return f"{d.strftime('%B')} {d.day}, {d.year} {r['reported_at']}"
        out.append(entry(folder, name, recs, pages, meta, fix))
    result[folder.name] = out

    # (c) Ashgrove: whitespace-aligned listing, wrapped rows, several offences
    folder = dest / "ashgrove-wi-pd"
    folder.mkdir(exist_ok=True)
    meta = {
        "agency": "Ashgrove Police Department (Ashgrove, WI) [invented]",
        "document_type": "weekly offense report listing (RMS print, monospaced)",
        "layout": "table with header",
        "count_check": "{n} incident numbers at line starts; end line \"*** END OF LISTING ***   INCIDENTS: {n}\"",
        "notes": "Monospaced listing aligned by spaces, no rules (a dashed underline under the header, repeated on "
                 "every page). A record is one INCIDENT # and all following lines until the next number: offences "
                 "are printed one per line (a list in sample_records) and long offence names, locations and "
                 "occurred ranges wrap onto further lines, so a record spans 1-6 lines with no blank line between "
                 "records. Occurred is one date-time, or a range printed as \"02/09/25 23:00\" / \"THRU 02/10/25\" / "
                 "\"07:00\" on three lines (occurred_from/occurred_to). REPORTED prints date and time on two "
                 "lines. The CIT/REF column holds citation numbers (\"A\" + 7 digits) and district-attorney referral "
                 "numbers (\"YYCM\" + 6 digits), one per line, which are not record ids (related_numbers). A record is "
                 "never split across pages.",
    }
    out = []
    for name, d0, nd, n, start, label, printed in (
            ("ashgrove-offense-listing-2025-02-09-to-15.pdf", datetime(2025, 2, 9), 7, 96, 1480,
             "REPORTED 02/09/2025 - 02/15/2025", "02/17/2025 07:31"),
            ("ashgrove-offense-listing-2025-02-16-to-22.pdf", datetime(2025, 2, 16), 7, 134, 1760,
             "REPORTED 02/16/2025 - 02/22/2025", "02/24/2025 07:28")):
        recs = as_records(rng, d0, nd, n, start)
        pages = write_pdf(folder, name, draw_as(recs, label, printed), landscape(letter), 0, 34,
                          {"title": "Offense Report Listing", "author": "Ashgrove PD Records"})
        out.append(entry(folder, name, recs, pages, meta,
                         lambda s: s["reported_at"]))
    result[folder.name] = out

    # (d) Tillman Valley: ruled table, police and fire/EMS number series
    folder = dest / "tillman-valley-co-dps"
    folder.mkdir(exist_ok=True)
    recs = tv_records(rng, datetime(2025, 6, 9), 7, 214)
    shared = sorted({r["case_number"] for r in recs if sum(x["case_number"] == r["case_number"] for x in recs) > 1})
    meta = {
        "agency": "Tillman Valley Department of Public Safety (Tillman Valley, CO) [invented]",
        "document_type": "weekly police, fire and EMS incident list of a combined public-safety department",
        "layout": "table with header",
        "count_check": "{n} ruled rows (one box per row) under a shaded header repeated on every page",
        "notes": "Fully ruled grid, header row repeated on every page. Columns Incident No., Agency (POLICE, FIRE or "
                 "EMS, kept as agency_ori), Date, Time (HHMM), Nature of Call, Address, Disposition; cells wrap inside "
                 "their box so a row may be 2-3 text lines. Police and Fire/EMS numbers come from two separate "
                 "sequences in the same YY-NNNNNN form, interleaved by time, so the same number can appear on a police "
                 f"row and a fire/EMS row: {len(shared)} numbers appear twice here ({', '.join(shared)}) and are kept "
                 "twice in case_numbers; the pair is told apart only by the Agency column. Dispositions may cite a "
                 "neighbouring fire district's incident number (mutual aid) or a summons number: related_numbers. "
                 "sample reported_at joins the Date and Time cells.",
    }
    name = "tillman-valley-incidents-2025-06-09-to-15.pdf"
    pages = write_pdf(folder, name, draw_tv(recs, "June 9 - 15, 2025"), landscape(letter), 0, 32,
                      {"title": "Incident List", "author": "Tillman Valley DPS"})
    result[folder.name] = [entry(folder, name, recs, pages, meta)]

    # (e) Port Ellery: watch commander narratives
    folder = dest / "port-ellery-wa-pd"
    folder.mkdir(exist_ok=True)
    meta = {
        "agency": "Port Ellery Police Department (Port Ellery, WA) [invented]",
        "document_type": "watch commander's daily log for the media (narrative entries per watch)",
        "layout": "free text",
        "count_check": "{n} entries, each starting with a bold 4-digit time at the left margin, in three watch "
                       "sections",
        "notes": "Three watch sections (DAY, SWING, NIGHT) with entries \"HHMM  prose\"; prose wraps under a hanging "
                 "indent and an entry may continue over a page break. The case number is inside the prose in varied "
                 "forms: \"Case YY-NNNNN:\" or \"Report YY-NNNNN -\" at the start, or at the end \"Case YY-NNNNN.\", "
                 "\"(YY-NNNNN)\", \"Report #YY-NNNNN documents...\", \"See PEPD YY-NNNNN.\", \"Documented under "
                 "YY-NNNNN.\". Other numbers in the prose are not the entry's id: an earlier case of the same "
                 "series (\"see also YY-NNNNN\"), a county sheriff's case (\"HCYY-NNNN\"), an infraction number, a "
                 "phone number, breath-test results and street numbers (related_numbers lists the first four kinds). When an earlier case is cited, the entry's own number "
                 "comes after it, at the end of the entry. "
                 "Times after midnight in the night watch belong to the next calendar day; sample reported_at joins "
                 "the log date and the time. Each watch ends with an \"Entries reviewed by Sgt. #nnn\" line.",
    }
    out = []
    for name, day, n, start in (("port-ellery-watch-log-2025-04-08.pdf", datetime(2025, 4, 8), 34, 4480),
                                ("port-ellery-watch-log-2025-04-12.pdf", datetime(2025, 4, 12), 41, 4871)):
        recs = pe_records(rng, day, n, start)
        pages = write_pdf(folder, name, draw_pe(recs, day), letter, 0, 56,
                          {"title": "Watch Commander's Log", "author": "Port Ellery PD"})

        def fix(s, day=day):
            return f"{day.strftime('%B')} {day.day}, {day.year} {s['reported_at']}"
        out.append(entry(folder, name, recs, pages, meta, fix))
    result[folder.name] = out

    # (f) Dunmore County Sheriff: grouped by patrol zone, occurred ranges
    folder = dest / "dunmore-county-ga-so"
    folder.mkdir(exist_ok=True)
    recs = dc_records(rng, datetime(2025, 5, 5), 7, [31, 24, 47, 28], 3100)
    meta = {
        "agency": "Dunmore County Sheriff's Office (Dunmore County, GA) [invented]",
        "document_type": "weekly incident summary by patrol zone",
        "layout": "table with header",
        "count_check": "{n} case numbers at line starts; the four zone total lines (\"ZONE n - NAME: k incidents\") "
                       "add up to \"TOTAL INCIDENTS ALL ZONES: {n}\"",
        "notes": "Records grouped under patrol-zone headings (district), each zone closed by a total line; within a "
                 "zone case numbers are in time order, so the whole document is not. Each record is a first line "
                 "(CASE NO., INCIDENT TYPE, LOCATION, DEPUTY, STATUS) and a second line \"Occurred between "
                 "MM/DD/YYYY HH:MM and MM/DD/YYYY HH:MM\" or \"Occurred on MM/DD/YYYY at HH:MM\", then \"Reported "
                 "...\"; arrests add an italic line \"Arrest: 1 adult, booking no. BYY-NNNNN\" and some add "
                 "\"Assisting agency: Georgia State Patrol case YY-NNNN-NN\": these are not record ids "
                 "(related_numbers). The column header is printed once per page, not after each zone heading. The "
                 "footer carries a phone number.",
    }
    name = "dunmore-county-incident-summary-2025-05-05-to-11.pdf"
    pages = write_pdf(folder, name, draw_dc(recs, "Reported 05/05/2025 00:00 through 05/11/2025 23:59"), letter,
                      0, 40, {"title": "Incident Summary by Patrol Zone", "author": "Dunmore County SO"})
    result[folder.name] = [entry(folder, name, recs, pages, meta)]

    for folder_name, entries in result.items():
        (dest / folder_name / "groundtruth.json").write_text(json.dumps(entries, indent=1) + "\n")
    return result


if __name__ == "__main__":
    import sys

    for folder_name, entries in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE).items():
        for e in entries:
            print(f"{folder_name}/{e['file']}: {e['record_count']} records, {e['pages']} pages, {e['bytes']} bytes")
