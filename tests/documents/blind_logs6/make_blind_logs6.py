"""Generate the sixth held-out set of incident-log PDFs and their ground truth.

Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run from anywhere:
    python tests/documents/blind_logs6/make_blind_logs6.py [OUT_DIR]
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
SEED = 20251204
SPLITS = {}  # records continued over a page break, per file (printed, not stored)


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width)


def joined(lines):
    return " ".join(lines)


STREETS = ["Aspen", "Bramble", "Cottonwood", "Dunlin", "Ember", "Fernhill", "Gullwing", "Heron",
           "Ironstone", "Jasper", "Kestrel", "Lupine", "Marigold", "Nettle", "Osprey", "Pinyon",
           "Quillback", "Rosewood", "Sandpiper", "Thistle", "Upland", "Verbena", "Willet"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd", "Pl"]


def address(r):
    if r.random() < 0.2:
        return f"{r.choice(STREETS)} {r.choice(SUFFIX)} / {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def hms(sec):
    sec %= 86400
    return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


class Pager:
    """Line-by-line page filling for canvas layouts; calls `header` on each new page."""

    def __init__(self, c, top, bottom, header):
        self.c, self.top, self.bottom, self.header = c, top, bottom, header
        self.page = 0
        self.y = None
        self.open = False  # True while a record is being drawn
        self.cur = None  # id of the record being drawn
        self.split_ids = []  # records continued over a page break

    def start(self):
        self.page += 1
        self.y = self.header(self.c, self.page)

    def need(self, h):
        if self.y is None:
            self.start()
        elif self.y - h < self.bottom:
            if self.open:
                self.split_ids.append(self.cur)
            self.c.showPage()
            self.start()


# ---------------------------------------------------------------- 1. CAD call log, unit rows

P_TYPES = ["SUSPICIOUS PERSON", "TRAFFIC STOP", "ALARM - BURGLARY", "DISTURBANCE - VERBAL",
           "WELFARE CHECK", "THEFT REPORT", "MVA - NON INJURY", "DUI DRIVER", "NOISE COMPLAINT",
           "ANIMAL CALL", "TRESPASS", "FRAUD REPORT", "CIVIL STANDBY", "RECKLESS DRIVER"]
F_TYPES = ["MEDICAL - FALL", "MEDICAL - CHEST PAIN", "MEDICAL - BREATHING", "ALARM - FIRE",
           "SMOKE INVESTIGATION", "MVA - WITH INJURY", "LIFT ASSIST", "BRUSH FIRE", "GAS ODOR",
           "STRUCTURE FIRE"]
P_UNITS = [f"P{n}" for n in range(11, 29)]
F_UNITS = ["E1", "E3", "E4", "M5", "M7", "M9", "T2", "BC1", "R6"]
P_DISPO = ["ADV", "GOA", "UTL", "RPT", "ARR", "CLR", "WARN"]
F_DISPO = ["TRANSPORT", "NO TRANSPORT", "FALSE ALARM", "EXTINGUISHED", "CANCELLED ENRT",
           "PATIENT REFUSAL"]


def cad_records(r, date, n):
    recs = []
    pnum, fnum = 31240, 4510
    times = sorted(r.sample(range(0, 86400), n))
    for t in times:
        fire = r.random() < 0.3
        if fire:
            fnum += r.randint(1, 2)
            cid, ori, typ = f"F25-{fnum:05d}", "PJFD", r.choice(F_TYPES)
            units = r.sample(F_UNITS, r.randint(1, 4))
            dispo = r.choice(F_DISPO)
        else:
            pnum += r.randint(1, 3)
            cid, ori, typ = f"25-{pnum:05d}", "PJPD", r.choice(P_TYPES)
            units = r.sample(P_UNITS, r.choice([1, 1, 1, 2, 2, 3]))
            dispo = r.choice(P_DISPO)
        rec = {"case_number": cid, "agency_ori": ori, "reported_at": f"{date} {hms(t)}",
               "type": typ, "location": address(r), "related": []}
        x = r.random()
        if not fire and dispo == "RPT":
            num = f"PJR25-{r.randint(1000, 4999)}"
            dispo = f"RPT {num}"
            rec["related"].append(("report_number", num))
        elif not fire and x < 0.08:
            num = f"PJ{r.randint(400000, 499999)}"
            dispo = f"CIT {num}"
            rec["related"].append(("citation", num))
        elif not fire and x < 0.14:
            num = f"ISP 25-{r.randint(100000, 199999)}"
            dispo = f"ASST {num}"
            rec["related"].append(("other_agency_case", num))
        elif fire and dispo == "TRANSPORT" and x < 0.5:
            num = f"PCR 25-{r.randint(10000, 19999)}"
            dispo = f"TRANSPORT {num}"
            rec["related"].append(("report_number", num))
        rec["disposition"] = dispo
        urows = []
        d = t + r.randint(20, 200)
        for u in units:
            e = d + r.randint(15, 120)
            o = e + r.randint(120, 600)
            cl = o + r.randint(300, 2400)
            onsc = "--" if r.random() < 0.1 else hms(o)
            urows.append((u, hms(d), hms(e), onsc, hms(cl)))
            d += r.randint(5, 90)
        rec["unit_rows"] = urows
        rec["unit"] = units[0] if len(units) == 1 else units
        recs.append(rec)
    return recs


CAD_COLS = [("Call No.", 36), ("Agcy", 92), ("Received", 122), ("Call Type", 198), ("Location", 300),
            ("Unit", 432), ("Disp'd", 462), ("Enrt", 502), ("OnSc", 542), ("Clrd", 582),
            ("Disposition", 626)]


def draw_cad(path, recs, date, total_pages=None):
    size = landscape(letter)
    W, H = size
    c = new_canvas(path, size)

    def header(c, page):
        if page > 1:
            return H - 36
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, H - 40, "Pinecrest Junction Regional Communications Center [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 53, f"CAD Call Log with Unit Times  -  Police (PJPD) and Fire/EMS (PJFD)  -  {date} 00:00:00 to {date} 23:59:59")
        c.drawString(36, H - 64, "Printed 10/10/2025 06:02  by  RECORDS-2   Non-emergency (208) 555-0163")
        c.setFont("Helvetica-Bold", 7)
        for name, x in CAD_COLS:
            c.drawString(x, H - 82, name)
        c.setLineWidth(0.6)
        c.line(36, H - 85, W - 36, H - 85)
        return H - 96

    pg = Pager(c, H - 36, 44, header)
    lead = 9
    for rec in recs:
        pg.cur = rec["case_number"]
        for k, (u, d, e, o, cl) in enumerate(rec["unit_rows"]):
            pg.need(lead)
            y = pg.y
            c.setFont("Helvetica", 7)
            if k == 0:
                c.setFont("Helvetica-Bold", 7)
                c.drawString(36, y, rec["case_number"])
                c.setFont("Helvetica", 7)
                c.drawString(92, y, rec["agency_ori"])
                c.drawString(122, y, rec["reported_at"])
                c.drawString(198, y, rec["type"])
                c.drawString(300, y, rec["location"])
                c.drawString(626, y, rec["disposition"])
            for val, x in zip((u, d, e, o, cl), (432, 462, 502, 542, 582)):
                c.drawString(x, y, val)
            pg.y -= lead
            pg.open = True
        pg.y -= 3
        pg.open = False
    pg.need(20)
    c.setFont("Helvetica-Bold", 7)
    npd = sum(rec["agency_ori"] == "PJPD" for rec in recs)
    c.drawString(36, pg.y - 6, f"Calls listed: {len(recs)}   (PJPD {npd}, PJFD {len(recs) - npd})")
    c.showPage()
    c.save()
    SPLITS[path.name] = pg.split_ids
    return pg.page


# ---------------------------------------------------------------- 2. Clery log, landscape, synopsis

U_CLASS = ["Theft - Larceny", "Burglary", "Liquor Law Violation (Referral)",
           "Drug Law Violation (Arrest)", "Aggravated Assault", "Dating Violence", "Stalking",
           "Criminal Damage to Property", "Motor Vehicle Theft", "Fondling",
           "Weapons Law Violation (Referral)", "Criminal Trespass", "Harassment"]
U_PLACES = ["Piñon Hall, 3rd floor lounge", "Zia Library", "Arroyo Student Center food court",
            "Lot G-7 (north)", "Mesquite Residence Complex Bldg C", "Kiva Engineering Center",
            "Rio Abajo Apartments", "Alumni Stadium east gate", "Physical Sciences Annex",
            "Campus Recreation Center locker room", "University Ave sidewalk at Bosque Dr"]
U_GEO = ["On Campus", "On Campus (Residential)", "On Campus (Residential)", "Public Property",
         "Noncampus Property"]
U_DISPO = ["Closed", "Open", "Cleared by Arrest", "Referred to Dean of Students", "Unfounded",
           "Inactive - Pending Leads", "Exceptionally Cleared"]
U_SYN = ["Reporting party stated an unattended item was taken while they were away.",
         "Officers responded and spoke with the involved parties.",
         "Residence hall staff requested an officer after an odor complaint.",
         "The victim declined to pursue charges at this time.",
         "Video footage was requested from the building manager.",
         "A suspect was identified and referred through the student conduct process.",
         "The complainant reported a series of unwanted messages over two weeks.",
         "Damage was found to a door and a window frame.",
         "The item was later located and returned to its owner.",
         "Officers checked the area and did not locate anyone matching the description."]


def clery_records(r, month, n, start):
    recs = []
    num = start
    for i in range(n):
        num += r.randint(1, 4)
        day = 3 + i * 27 // n
        rep = datetime(2025, month, day, r.randint(0, 23), r.randint(0, 59))
        occ = rep - timedelta(minutes=r.randint(10, 2800))
        rec = {"case_number": f"VSU25-{num:04d}",
               "reported_at": rep.strftime("%m/%d/%Y %H:%M"),
               "occurred_from": occ.strftime("%m/%d/%Y %H:%M"), "related": []}
        if r.random() < 0.6:
            end = occ + timedelta(minutes=r.randint(5, max(6, int((rep - occ).total_seconds() // 60))))
            rec["occurred_to"] = end.strftime("%m/%d/%Y %H:%M")
        types = r.sample(U_CLASS, r.choice([1, 1, 1, 1, 2, 2, 3]))
        rec["type"] = types[0] if len(types) == 1 else types
        rec["location"] = r.choice(U_PLACES)
        rec["off_campus"] = r.choice(U_GEO)
        rec["disposition"] = r.choice(U_DISPO)
        syn = r.sample(U_SYN, r.randint(1, 3))
        x = r.random()
        if x < 0.15:
            num2 = f"25-{r.randint(10000, 39999):06d}"
            syn.append(f"Alamillo Police Department also took a report, case {num2}.")
            rec["related"].append(("other_agency_case", num2))
        elif x < 0.25:
            prev = f"VSU25-{max(100, start - r.randint(10, 90)):04d}"
            syn.insert(0, f"Supplement to {prev}.")
            rec["related"].append(("earlier_case_cited", prev))
        elif x < 0.33:
            cit = f"NM-{r.randint(1000000, 9999999)}"
            syn.append(f"Uniform traffic citation {cit} issued.")
            rec["related"].append(("citation", cit))
        rec["summary"] = " ".join(syn)
        recs.append(rec)
    return recs


CL_COLS = [("Incident #", 30, 56), ("Date/Time Reported", 90, 52), ("Date/Time Occurred", 146, 60),
           ("Crime Classification(s)", 210, 96), ("Location", 310, 88), ("Clery Geography", 402, 58),
           ("Disposition", 464, 70), ("Synopsis", 538, 224)]


def clery_cells(rec):
    f, s = "Helvetica", 7
    occ = [rec["occurred_from"]] + (["to", rec["occurred_to"]] if "occurred_to" in rec else [])
    types = rec["type"] if isinstance(rec["type"], list) else [rec["type"]]
    cells = [[rec["case_number"]], wrap(rec["reported_at"], f, s, 52),
             [ln for o in occ for ln in wrap(o, f, s, 60)],
             [ln for t in types for ln in wrap(t, f, s, 96)], wrap(rec["location"], f, s, 82),
             wrap(rec["off_campus"], f, s, 58), wrap(rec["disposition"], f, s, 62),
             wrap(rec["summary"], f, s, 224)]
    return cells


def draw_clery(path, recs, month_label):
    size = landscape(letter)
    W, H = size
    c = new_canvas(path, size)
    def header(c, page):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, H - 34, "Vallecito State University Police Department [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(30, H - 46, f"Daily Crime Log  |  {month_label}  |  1901 Mesa Vista Rd, Alamillo, NM")
        c.drawRightString(W - 30, H - 34, f"Page {page}")
        c.setFillGray(0.82)
        c.rect(28, H - 74, W - 56, 20, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 6.5)
        for name, x, w in CL_COLS:
            for k, ln in enumerate(wrap(name, "Helvetica-Bold", 6.5, w)):
                c.drawString(x, H - 62 - k * 8, ln)
        return H - 84

    pg = Pager(c, H - 84, 40, header)
    lead = 8.5
    for rec in recs:
        pg.cur = rec["case_number"]
        cells = clery_cells(rec)
        nlines = max(len(cl) for cl in cells)
        for k in range(nlines):
            pg.need(lead)
            y = pg.y
            for (name, x, _w), cl in zip(CL_COLS, cells):
                if k < len(cl):
                    c.setFont("Helvetica-Bold" if name == "Incident #" else "Helvetica", 7)
                    c.drawString(x, y, cl[k])
            pg.y -= lead
            pg.open = True
        c.setLineWidth(0.3)
        c.line(28, pg.y + lead - 3, W - 28, pg.y + lead - 3)
        pg.y -= 4
        pg.open = False
    c.showPage()
    c.save()
    SPLITS[path.name] = pg.split_ids
    return pg.page


# ---------------------------------------------------------------- 3. sheriff media log, form blocks

S_NATURE = ["Burglary - Vehicle", "Domestic Disturbance", "Suspicious Vehicle", "Trespass Warning Issued",
            "Theft - Retail", "Battery", "Narcotics Complaint", "Traffic Crash - Property Damage",
            "Criminal Mischief", "Missing Person - Located", "Reckless Boating", "Fraud - Elder",
            "Warrant Service", "DUI Arrest"]
S_ACTION = ["Report written", "Information only", "Subject warned", "Referred to State Attorney",
            "Unable to locate", "Civil matter - advised", "Arrest"]
S_REMARKS = ["Deputies made contact with the complainant at the residence.",
             "The vehicle was gone on arrival; the area was checked.",
             "A neighbor reported hearing raised voices from the unit.",
             "The property owner requested the subject be trespassed from the marina.",
             "No injuries were reported and both parties were separated.",
             "Deputy located the item in a nearby field and returned it.",
             "Store loss prevention held the merchandise as evidence.",
             "Marine unit responded to the boat ramp.",
             "The caller was advised of the process for an injunction.",
             "A K-9 unit assisted with the area search."]


def media_records(r, days, n, seq0):
    recs = []
    per_day = [n // len(days) + (1 if i < n % len(days) else 0) for i in range(len(days))]
    prev_ids = []
    for day, cnt in zip(days, per_day):
        mm, dd, yyyy = day.split("/")
        seq = seq0
        times = sorted(r.sample(range(0, 1440), cnt))
        for t in times:
            seq += r.randint(1, 6)
            cid = f"{yyyy[2:]}{mm}{dd}-{seq:04d}"
            clt = datetime(int(yyyy), int(mm), int(dd)) + timedelta(minutes=t + r.randint(20, 190))
            rec = {"case_number": cid, "reported_at": f"{day} {t // 60:02d}{t % 60:02d}",
                   "cleared": clt.strftime("%m/%d/%Y %H%M"),
                   "district": f"Zone {r.randint(1, 6)}", "unit": f"D-{r.randint(200, 480)}",
                   "type": r.choice(S_NATURE), "location": address(r), "related": []}
            act = r.choice(S_ACTION)
            if rec["type"] in ("Warrant Service", "DUI Arrest"):
                act = "Arrest"
            if act == "Arrest":
                bk = f"25-{r.randint(6000, 8999):06d}"
                act = f"Arrest - 1 adult, Bkg# {bk}"
                rec["related"].append(("booking_number", bk))
            rec["disposition"] = act
            rem = r.sample(S_REMARKS, r.randint(1, 3))
            x = r.random()
            if x < 0.12:
                fhp = f"FHP 25-{r.randint(10000, 99999)}"
                rem.append(f"Florida Highway Patrol also responded and holds {fhp}.")
                rec["related"].append(("other_agency_case", fhp))
            elif x < 0.2 and prev_ids:
                p = r.choice(prev_ids)
                rem.insert(0, f"See also event {p}.")
                rec["related"].append(("earlier_case_cited", p))
            elif x < 0.28:
                utc = f"A{r.randint(10, 99)}{r.choice('BCDK')}{r.randint(100, 999)}E"
                rem.append(f"Uniform traffic citation {utc} issued to the driver.")
                rec["related"].append(("citation", utc))
            rec["summary"] = " ".join(rem)
            recs.append(rec)
            prev_ids.append(cid)
    return recs


def draw_media(path, recs, period):
    W, H = letter
    c = new_canvas(path, letter)

    def header(c, page):
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, H - 40, "TAMARIND COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, H - 53, f"Media Log  -  Events {period}")
        c.drawCentredString(W / 2, H - 64, "Public Information Office  (850) 555-0147  -  released under Ch. 119 [invented]")
        c.setFont("Helvetica", 7)
        c.drawRightString(W - 40, 28, f"page {page}")
        c.setLineWidth(1)
        c.line(40, H - 72, W - 40, H - 72)
        return H - 86

    pg = Pager(c, H - 86, 44, header)

    def labels(items, y):
        c.setFillGray(0.45)
        c.setFont("Helvetica", 5.8)
        for text, x in items:
            c.drawString(x, y, text)
        c.setFillGray(0)

    for rec in recs:
        pg.cur = rec["case_number"]
        # row 1: labels above values
        pg.need(22)
        y = pg.y
        labels([("EVENT NO.", 40), ("RECEIVED", 150), ("CLEARED", 260), ("ZONE", 370),
                ("DEPUTY", 440)], y)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y - 11, rec["case_number"])
        c.setFont("Helvetica", 9)
        c.drawString(150, y - 11, rec["reported_at"])
        c.drawString(260, y - 11, rec["cleared"])
        c.drawString(370, y - 11, rec["district"])
        c.drawString(440, y - 11, rec["unit"])
        pg.y -= 22
        pg.open = True
        pg.need(22)
        y = pg.y
        labels([("NATURE OF EVENT", 40), ("WHERE", 260)], y)
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 11, rec["type"])
        c.drawString(260, y - 11, rec["location"])
        pg.y -= 22
        pg.open = True
        pg.need(22)
        y = pg.y
        labels([("ACTION TAKEN", 40)], y)
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 11, rec["disposition"])
        pg.y -= 22
        pg.open = True
        lines = wrap(rec["summary"], "Helvetica", 9, W - 80)
        pg.need(21)
        labels([("REMARKS", 40)], pg.y)
        pg.y -= 11
        pg.open = True
        c.setFont("Helvetica", 9)
        for ln in lines:
            pg.need(11)
            c.setFont("Helvetica", 9)
            c.drawString(40, pg.y, ln)
            pg.y -= 11
            pg.open = True
        c.setLineWidth(0.4)
        c.setDash(2, 2)
        c.line(40, pg.y + 4, W - 40, pg.y + 4)
        c.setDash()
        pg.y -= 10
        pg.open = False
    pg.need(16)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, pg.y - 4, f"End of media log - {len(recs)} events")
    c.showPage()
    c.save()
    SPLITS[path.name] = pg.split_ids
    return pg.page


# ---------------------------------------------------------------- 4. offence log grouped by date

M_CODES = [("23F", "Theft From Motor Vehicle", "A"), ("23C", "Shoplifting", "A"),
           ("13B", "Simple Assault", "A"), ("290", "Destruction / Damage / Vandalism of Property", "A"),
           ("220", "Burglary / Breaking and Entering", "A"), ("35A", "Drug / Narcotic Violations", "A"),
           ("13C", "Intimidation", "A"), ("26A", "False Pretenses / Swindle", "A"),
           ("90D", "Operating Under the Influence", "B"), ("90C", "Disorderly Conduct", "B"),
           ("90J", "Trespass of Real Property", "B"), ("90Z", "All Other Offenses", "B"),
           ("NC", "Suspicious Activity", "N"), ("NC", "Welfare Check", "N"), ("NC", "Lost Property", "N"),
           ("NC", "Animal Complaint", "N"), ("NC", "Motor Vehicle Crash", "N")]
M_STATUS = ["Open", "Closed", "Inactive", "Cleared - Arrest", "Cleared - Summons", "Unfounded"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def offence_records(r, days, n, start):
    recs = []
    num = start
    per_day = [n // len(days) + (1 if i < n % len(days) else 0) for i in range(len(days))]
    for (_wd, label, short), cnt in zip(days, per_day):
        times = sorted(r.sample(range(0, 1440), cnt))
        for seq, t in enumerate(times, 1):
            num += r.randint(1, 2)
            k = r.choice([1, 1, 1, 1, 2, 2, 3])
            offs = [r.choice(M_CODES)] if k == 1 else r.sample([m for m in M_CODES if m[0] != "NC"], k)
            rec = {"case_number": f"R25-{num:05d}", "day": label, "day_short": short, "seq": f"{seq:02d}",
                   "reported_at": f"{t // 60:02d}{t % 60:02d}", "offences": offs,
                   "type": offs[0][1] if len(offs) == 1 else [o[1] for o in offs],
                   "location": address(r), "unit": f"#{r.randint(11, 58)}", "related": []}
            st = r.choice(M_STATUS)
            x = r.random()
            if st == "Cleared - Summons":
                s = f"S25-{r.randint(100, 999):04d}"
                st = f"Summons {s}"
                rec["related"].append(("citation", s))
            elif st == "Cleared - Arrest":
                b = f"LMB25-{r.randint(100, 999)}"
                st = f"Arrest {b}"
                rec["related"].append(("booking_number", b))
            elif x < 0.1:
                m = f"MSP 25-{r.randint(10000, 99999)}"
                st = f"Ref. {m}"
                rec["related"].append(("other_agency_case", m))
            rec["disposition"] = st
            recs.append(rec)
    return recs


ML_COLS = [("Seq", 40), ("Time", 64), ("Report No.", 96), ("Code", 152), ("Offense", 182),
           ("Address", 352), ("Ofc", 470), ("Status", 498)]


def draw_offences(path, recs, period, days):
    W, H = letter
    c = new_canvas(path, letter)

    def header(c, page):
        c.setFont("Times-Bold", 13)
        c.drawString(40, H - 42, "Larchmont Mills Police Department [invented]")
        c.setFont("Times-Roman", 9)
        c.drawString(40, H - 55, f"Daily Offense Log  -  {period}")
        c.drawRightString(W - 40, H - 42, f"Page {page}")
        c.setFont("Times-Bold", 8.5)
        for name, x in ML_COLS:
            c.drawString(x, H - 74, name)
        c.setLineWidth(0.8)
        c.line(40, H - 78, W - 40, H - 78)
        return H - 92

    pg = Pager(c, H - 92, 46, header)
    lead = 10.5
    for wd, label, short in days:
        day_recs = [rec for rec in recs if rec["day"] == label]
        pg.need(18 + lead)
        c.setFillGray(0.88)
        c.rect(38, pg.y - 4, W - 76, 14, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Times-Bold", 9.5)
        c.drawString(42, pg.y, f"{wd}, {label}")
        c.drawRightString(W - 42, pg.y, f"{len(day_recs)} reports")
        pg.y -= 16
        for rec in day_recs:
            pg.cur = rec["case_number"]
            rows = []
            for code, name, _part in rec["offences"]:
                rows.append((code, wrap(name, "Times-Roman", 8.5, 164)))
            nlines = sum(len(w) for _, w in rows)
            pg.need(lead * max(1, min(nlines, 2)))
            first = True
            for code, wlines in rows:
                for j, ln in enumerate(wlines):
                    pg.need(lead)
                    y = pg.y
                    c.setFont("Times-Roman", 8.5)
                    if first:
                        c.drawString(40, y, rec["seq"])
                        c.drawString(64, y, rec["reported_at"])
                        c.setFont("Times-Bold", 8.5)
                        c.drawString(96, y, rec["case_number"])
                        c.setFont("Times-Roman", 8.5)
                        c.drawString(352, y, rec["location"])
                        c.drawString(470, y, rec["unit"])
                        c.drawString(498, y, rec["disposition"])
                        first = False
                    if j == 0:
                        c.drawString(152, y, code)
                    c.drawString(182, y, ln)
                    pg.y -= lead
                    pg.open = True
            pg.open = False
        parts = {p: sum(1 for rec in day_recs for o in rec["offences"][:1] if o[2] == p) for p in "ABN"}
        pg.need(lead + 8)
        c.setFont("Times-Italic", 8.5)
        c.drawString(96, pg.y - 1, f"Subtotal {short}:  Group A {parts['A']}   Group B {parts['B']}   "
                                   f"Non-criminal {parts['N']}   =  {len(day_recs)}")
        c.setLineWidth(0.3)
        c.line(96, pg.y - 4, W - 40, pg.y - 4)
        pg.y -= lead + 10
    pg.need(16)
    c.setFont("Times-Bold", 9.5)
    c.drawString(40, pg.y - 4, f"Period total: {len(recs)} reports")
    c.showPage()
    c.save()
    SPLITS[path.name] = pg.split_ids
    return pg.page


# ---------------------------------------------------------------- 5. narrative log, side headings

N_TYPES = ["THEFT", "CRIMINAL MISCHIEF", "PARTNER ASSAULT", "DISORDERLY CONDUCT", "DUI",
           "SUSPICIOUS ACTIVITY", "ANIMAL AT LARGE", "WELFARE CHECK", "FRAUD", "BURGLARY",
           "TRAFFIC HAZARD", "CRIMINAL TRESPASS", "HARASSMENT"]
N_SENT = ["An officer responded to a report of {t} and spoke with the caller.",
          "The reporting party said the problem started about an hour before the call.",
          "Officers checked the surrounding blocks but found no one matching the description.",
          "A witness provided a partial plate, which is being followed up.",
          "The caller was given information on protective orders and local resources.",
          "The owner was contacted and secured the property.",
          "Video from a nearby business was reviewed at 4:15 p.m. the same day.",
          "One adult was taken into custody without incident.",
          "The involved parties agreed to separate for the night.",
          "The item was valued at about $350.",
          "The officer remained on scene until the roadway was cleared."]
N_DISPO = ["Report taken.", "Advised.", "Arrest.", "Citation issued.", "Referred to County Attorney.",
           "No further action.", "Under investigation."]
N_PLACES = ["400 block N Main St", "Ferris Creek Trailhead lot", "Second Ave and Bitterroot St",
            "Riverside Park pavilion", "1200 block Timber Ln", "Highway 41 mile 8",
            "Grange Hall parking area", "700 block Pinyon Dr", "Ferris Creek High School",
            "Creekside Mobile Home Court"]


def narr_records(r, days, n, start):
    recs = []
    num = start
    stamps = sorted((days[i * len(days) // n], r.randint(0, 1439)) for i in range(n))
    for day, m in stamps:
        num += r.randint(1, 3)
        t = f"{m // 60:02d}:{m % 60:02d}"
        typ = r.choice(N_TYPES)
        sents = [N_SENT[0].format(t=typ if len(typ) <= 3 else typ.lower())] + r.sample(N_SENT[1:], r.randint(1, 4))
        rec = {"case_number": f"FC25-{num:04d}", "reported_at": f"{day} {t}", "type": typ,
               "location": r.choice(N_PLACES), "unit": f"Ofc {r.randint(11, 39)}", "related": []}
        x = r.random()
        if x < 0.12 and recs:
            prev = f"FC25-{num - r.randint(40, 300):04d}"
            sents.append(f"This is a follow-up to case {prev}.")
            rec["related"].append(("earlier_case_cited", prev))
        elif x < 0.22:
            mhp = f"MHP 25-{r.randint(10000, 99999)}"
            sents.append(f"Montana Highway Patrol assisted and holds {mhp}.")
            rec["related"].append(("other_agency_case", mhp))
        elif x < 0.3:
            cit = f"FCC{r.randint(100000, 999999)}"
            sents.append(f"Citation {cit} was issued for the violation.")
            rec["related"].append(("citation", cit))
        rec["summary"] = " ".join(sents)
        rec["disposition"] = r.choice(N_DISPO)
        recs.append(rec)
    return recs


def draw_narr(path, recs, period):
    W, H = letter
    c = new_canvas(path, letter)

    def header(c, page):
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, H - 44, "Ferris Creek Police Department [invented]")
        c.setFont("Times-Italic", 10)
        c.drawCentredString(W / 2, H - 58, f"Weekly Police Activity Summary, {period}")
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 30, f"Ferris Creek, Montana [invented]   -   {page}")
        c.setLineWidth(0.5)
        c.line(50, H - 66, W - 50, H - 66)
        return H - 86

    pg = Pager(c, H - 86, 50, header)
    lead = 12
    xr, wr = 150, W - 150 - 54
    for rec in recs:
        pg.cur = rec["case_number"]
        day, t = rec["reported_at"].split()
        side = [(rec["case_number"], "Times-Bold"), (day, "Times-Roman"), (t, "Times-Roman"),
                (rec["unit"], "Times-Italic")]
        body = [(f"{rec['type']} \u2014 {rec['location']}", "Times-Bold")]
        body += [(ln, "Times-Roman") for ln in wrap(rec["summary"], "Times-Roman", 10, wr)]
        body.append((f"Disposition: {rec['disposition']}", "Times-Italic"))
        pg.need(lead * len(side))
        for k in range(max(len(side), len(body))):
            pg.need(lead)
            y = pg.y
            if k < len(side):
                c.setFont(side[k][1], 10)
                c.drawString(54, y, side[k][0])
            if k < len(body):
                c.setFont(body[k][1], 10)
                c.drawString(xr, y, body[k][0])
            pg.y -= lead
            pg.open = True
        pg.y -= 8
        pg.open = False
    c.showPage()
    c.save()
    SPLITS[path.name] = pg.split_ids
    return pg.page


# ---------------------------------------------------------------- ground truth


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def entry(path, agency, doc_type, layout, recs, fields, sample_idx, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    samples = [{k: recs[i][k] for k in fields if k in recs[i]} for i in sample_idx]
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": samples,
        "generator": f"make_blind_logs6.py, seed {SEED} + agency index",
        "case_numbers_source": "written by the generator (make_blind_logs6.py) from the records it drew; "
                               "checked by check_blind_logs6.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def pick(recs, *preds):
    """Sample indices: the first record, then for each pred the first record matching it that is
    not already chosen (else the last record not chosen)."""
    chosen = [0]
    for pred in preds:
        i = next((i for i, rec in enumerate(recs) if i not in chosen and pred(rec)), None)
        if i is None:
            i = next(i for i in range(len(recs) - 1, -1, -1) if i not in chosen)
        chosen.append(i)
    return chosen


def split_in(name):
    ids = set(SPLITS[name])
    return lambda rec: rec["case_number"] in ids


def write(d, gt):
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def main(out):
    # 1. regional CAD call log, police and fire series, unit rows, header on page 1 only
    r = random.Random(SEED + 1)
    d = out / "pinecrest-junction-id-regional-cad"
    d.mkdir(parents=True, exist_ok=True)
    date = "10/09/2025"
    recs = cad_records(r, date, 134)
    fname = "pjrcc-cad-call-log-2025-10-09.pdf"
    draw_cad(d / fname, recs, date)
    fields = ["case_number", "agency_ori", "reported_at", "type", "location", "unit", "disposition"]
    samples = pick(recs, split_in(fname), lambda x: x["related"] and x["agency_ori"] == "PJPD")
    write(d, [entry(d / fname, "Pinecrest Junction Regional Communications Center (PJPD police, PJFD fire/EMS), ID [invented]",
                    "CAD call log with unit times, one day", "table with header", recs, fields, samples,
                    "Landscape CAD print, Helvetica 7 pt. The column header is printed ONCE, on page 1 only; "
                    "later pages start directly with rows and carry no page number. Two number series in one "
                    "column, interleaved by time: police calls 25-NNNNN (agency PJPD) and fire/EMS calls "
                    "F25-NNNNN (agency PJFD), recorded as agency_ori. Each call is its call row (number, agency, "
                    "received date-time with seconds, call type, location, first unit with its dispatched / "
                    "enroute / on-scene / cleared times, disposition) followed by one line per further unit "
                    "holding only the unit and its four times; a call's unit lines can continue on the next "
                    "page. On-scene is '--' for a unit cancelled en route. `unit` is a list when several units "
                    "are printed. Dispositions carry other numbers: 'RPT PJR25-NNNN' (report number), "
                    "'CIT PJNNNNNN' (citation), 'ASST ISP 25-NNNNNN' (State Police case) and 'TRANSPORT PCR "
                    "25-NNNNN' (patient care report): related_numbers, not ids. Closing line 'Calls listed: N "
                    "(PJPD n, PJFD m)'.",
                    "calls counted from the generator; the closing line states record_count")])
    # 2. university Clery log, landscape, wrapped cells and synopsis, rows split over pages
    r = random.Random(SEED + 2)
    d = out / "vallecito-state-university-nm-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, month, label, n, start in [("vsu-daily-crime-log-2025-09.pdf", 9, "September 2025", 44, 610),
                                          ("vsu-daily-crime-log-2025-10.pdf", 10, "October 2025", 51, 720)]:
        recs = clery_records(r, month, n, start)
        draw_clery(d / fname, recs, label)
        fields = ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location",
                  "off_campus", "disposition", "summary"]
        samples = pick(recs, split_in(fname),
                       lambda x: x["related"] and x["related"][0][0] == "other_agency_case")
        gt.append(entry(d / fname, "Vallecito State University Police Department, NM [invented]",
                        "monthly daily crime log (Clery)", "table with header", recs, fields, samples,
                        "Landscape table, Helvetica 7 pt, no vertical rules, a thin rule under each record, grey "
                        "header band repeated on every page. Columns: Incident # (VSU25-NNNN), Date/Time Reported "
                        "(wraps: date on one line, time on the next), Date/Time Occurred (start, then 'to' and the "
                        "end on two more lines when a range), Crime Classification(s) (one per line, a list when "
                        "several), Location, Clery Geography (recorded as off_campus), Disposition, and a wide "
                        "Synopsis column that wraps over up to six lines (summary). A record that does not fit "
                        "is split: its remaining lines continue at the top of the next page under the header, "
                        "without the incident number. Synopses cite Alamillo PD cases (25-NNNNNN), earlier "
                        "university cases of the same series ('Supplement to VSU25-NNNN.') and citations "
                        "(NM-NNNNNNN): related_numbers. No total line.",
                        "records counted from the generator"))
    write(d, gt)
    # 3. sheriff media log, form blocks with labels above values
    r = random.Random(SEED + 3)
    d = out / "tamarind-county-fl-so"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, period, n in [("tcso-media-log-2025-10-06-07.pdf", ["10/06/2025", "10/07/2025"],
                                    "10/06/2025 - 10/07/2025", 46),
                                   ("tcso-media-log-2025-10-08-09.pdf", ["10/08/2025", "10/09/2025"],
                                    "10/08/2025 - 10/09/2025", 52)]:
        recs = media_records(r, days, n, 100)
        draw_media(d / fname, recs, period)
        fields = ["case_number", "reported_at", "district", "unit", "type", "location", "disposition", "summary"]
        samples = pick(recs, split_in(fname),
                       lambda x: any(k == "other_agency_case" for k, _ in x["related"]))
        gt.append(entry(d / fname, "Tamarind County Sheriff's Office, FL [invented]",
                        "sheriff's media log, two days", "labelled blocks", recs, fields, samples,
                        "Portrait form blocks, one per event, labels in small grey capitals ABOVE their values "
                        "(never beside them): EVENT NO. / RECEIVED / CLEARED / ZONE / DEPUTY on one row, "
                        "NATURE OF EVENT / WHERE, ACTION TAKEN, then REMARKS over a wrapped paragraph "
                        "(summary). Dashed rule between blocks. The event number is date-based YYMMDD-NNNN "
                        "(daily sequence with gaps, restarting each day). RECEIVED is reported_at (date and "
                        "HHMM without colon); CLEARED has no field of its own. Blocks break across pages "
                        "between rows and inside the remarks. Traps: booking numbers in ACTION TAKEN "
                        "('Arrest - 1 adult, Bkg# 25-00NNNN'), FHP crash cases and uniform traffic citations "
                        "in the remarks, and 'See also event YYMMDD-NNNN.' citing an earlier event of the "
                        "same series: related_numbers. Closing line 'End of media log - N events'.",
                        "events counted from the generator; the closing line states record_count"))
    write(d, gt)
    # 4. offence log grouped by date with subtotals
    r = random.Random(SEED + 4)
    d = out / "larchmont-mills-me-pd"
    d.mkdir(parents=True, exist_ok=True)
    days = [(WEEKDAYS[k], f"October {13 + k}, 2025", f"10/{13 + k}") for k in range(7)]
    recs = offence_records(r, days, 128, 4400)
    fname = "lmpd-daily-offense-log-2025-10-13-19.pdf"
    draw_offences(d / fname, recs, "October 13 - 19, 2025", days)
    fields = ["case_number", "reported_at", "type", "location", "unit", "disposition"]
    samples = pick(recs, lambda x: isinstance(x["type"], list) and len(x["type"]) > 2,
                   lambda x: any(k == "other_agency_case" for k, _ in x["related"]))
    write(d, [entry(d / fname, "Larchmont Mills Police Department, ME [invented]",
                    "daily offense log, one week, grouped by date", "table with header", recs, fields, samples,
                    "Portrait Times table, header repeated per page, grouped by day: a shaded banner "
                    "'Weekday, Month D, YYYY' with the day's count right-aligned ('18 reports'), the rows, then "
                    "an italic 'Subtotal MM/DD:  Group A n   Group B n   Non-criminal n   =  N' line. Rows "
                    "carry only the time (HHMM, no colon; reported_at is the time as printed, the date is the "
                    "banner's). Columns: Seq (daily sequence 01, 02..., restarting each day: not an id), Time, "
                    "Report No. (R25-NNNNN, the id), Code (NIBRS-style offence code like 23F, 13B, 290, 90D "
                    "or NC), Offense, Address, Ofc (#NN), Status. Further offences of one report go on "
                    "following lines with their own code and no report number (type is a list). Status "
                    "holds summons numbers (S25-NNNN), arrest booking numbers (LMB25-NNN) and Maine State "
                    "Police cases (MSP 25-NNNNN): related_numbers. Closing line 'Period total: N reports'.",
                    "records counted from the generator; the day counts and the period total state them")])
    # 5. weekly narrative summary with side headings
    r = random.Random(SEED + 5)
    d = out / "ferris-creek-mt-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, period, n, start in [
            ("fcpd-weekly-summary-2025-10-06-12.pdf", [f"10/{x:02d}/2025" for x in range(6, 13)],
             "October 6 - 12, 2025", 33, 3360),
            ("fcpd-weekly-summary-2025-10-13-19.pdf", [f"10/{x:02d}/2025" for x in range(13, 20)],
             "October 13 - 19, 2025", 38, 3440)]:
        recs = narr_records(r, days, n, start)
        draw_narr(d / fname, recs, period)
        fields = ["case_number", "reported_at", "unit", "type", "location", "summary", "disposition"]
        samples = pick(recs, split_in(fname),
                       lambda x: any(k == "earlier_case_cited" for k, _ in x["related"]))
        gt.append(entry(d / fname, "Ferris Creek Police Department, MT [invented]",
                        "weekly police activity summary", "free text", recs, fields, samples,
                        "Portrait Times narrative with side headings: a left column holds, stacked on four "
                        "lines, the bold case number (FC25-NNNN), the date (MM/DD/YYYY), the time (HH:MM) and "
                        "the officer (Ofc NN, recorded as unit); beside it a bold 'TYPE \u2014 location' line, "
                        "a narrative paragraph of two to six lines (summary) and an italic 'Disposition: X.' "
                        "line. So `pdftotext -layout` prints date, time and officer at the start of narrative "
                        "lines. reported_at joins the date and time with one space. Entries continue over page "
                        "breaks (the side heading stays with the entry's first lines). Narratives cite earlier "
                        "cases of the same series ('follow-up to case FC25-NNNN'), Montana Highway Patrol "
                        "cases (MHP 25-NNNNN) and citations (FCCNNNNNN), and print clock times and amounts: "
                        "related_numbers are the case numbers and citations. No total line.",
                        "entries counted from the generator"))
    write(d, gt)
    for name, ids in SPLITS.items():
        print(f"{name}: records continued over a page break: {', '.join(ids) or 'none'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
