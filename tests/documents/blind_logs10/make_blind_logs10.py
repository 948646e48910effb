"""Generate the tenth held-out set of incident-log PDFs and their ground truth.

Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run from anywhere:
    python tests/documents/blind_logs10/make_blind_logs10.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, legal, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251210
W, H = letter

STREETS = ["Alder", "Bramble", "Caddo", "Delacroix", "Egret", "Fontaine", "Gallatin", "Heron", "Indigo",
           "Juniper", "Kestrel", "Laurel", "Magnolia", "Natchez", "Oakmoss", "Pecan", "Quail", "Rosewood",
           "Sabine", "Tupelo", "Verbena", "Willow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def times(r, n, days):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice([1, 1, 1, 2, 3])
        out.append(k)
    return out


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def address(r, caps=False):
    a = f"{r.randint(1, 48) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if caps else a


# ---------------------------------------------------------------- 1. dispatch log, status changes per call

CB_TYPES = [("TRAFFIC COLLISION - INJURY", 1), ("TRAFFIC COLLISION - PD", 3), ("DOMESTIC DISTURBANCE", 1),
            ("ALARM - COMMERCIAL", 3), ("WELFARE CHECK", 2), ("SUSPICIOUS VEHICLE", 3), ("THEFT REPORT", 4),
            ("NOISE COMPLAINT", 4), ("ASSAULT", 1), ("ANIMAL COMPLAINT", 4), ("DRIVING COMPLAINT", 2),
            ("TRESPASS", 3), ("CIVIL STANDBY", 4), ("FRAUD REPORT", 4), ("911 HANGUP", 2), ("BURGLARY", 2)]
CB_DISP = ["REPORT TAKEN", "ADVISED", "GONE ON ARRIVAL", "UNFOUNDED", "ARREST", "CITATION ISSUED",
           "ASSISTED OTHER AGENCY", "NO ACTION REQUIRED"]


def cb_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        nature, pri = r.choice(CB_TYPES)
        disp = r.choice(CB_DISP)
        units = r.sample(["1A11", "1A14", "2B21", "2B23", "3C31", "3C36", "K9-4", "SGT2"], r.choice([1, 1, 1, 2]))
        s = r.randint(0, 59)
        t0 = h * 3600 + m * 60 + s
        steps, t, related = [], t0, []
        steps.append((t, "RECEIVED", r.choice(["E911", "ADMIN", "SELF", "E911"])))
        for u in units:
            t += r.randint(20, 240)
            steps.append((t, "DISPATCHED", u))
        for u in units:
            t += r.randint(60, 600)
            steps.append((t, "ENROUTE", u))
            t += r.randint(120, 700)
            steps.append((t, "ONSCENE", u))
        t += r.randint(600, 3000)
        comment = ""
        if disp == "REPORT TAKEN":
            num = f"25-{r.randint(3000, 3999):06d}"
            comment, related = f"RPT {num}", [("report_number", num)]
        elif disp == "CITATION ISSUED":
            num = f"CB{r.randint(100000, 999999)}"
            comment, related = f"CIT {num}", [("citation", num)]
        elif disp == "ASSISTED OTHER AGENCY":
            num = f"NDHP 25-{r.randint(10000, 99999)}"
            comment, related = f"ASST {num}", [("other_agency_case", num)]
        elif disp == "ARREST":
            num = f"W25-{r.randint(100, 999)}"
            comment, related = f"WARRANT {num} SERVED", [("warrant", num)]
        steps.append((t, "CLEARED", units[0]))
        stamp = lambda x: f"{(x // 3600) % 24:02d}:{(x // 60) % 60:02d}:{x % 60:02d}"  # noqa: E731
        loc = address(r, caps=True)
        if r.random() < 0.2:
            loc = f"{r.choice(STREETS).upper()} {r.choice(SUFFIX).upper()} / {r.randint(2, 19)}TH ST NW"
        recs.append({
            "case_number": f"CB25-{k:06d}", "reported_at": f"{day} {stamp(t0)}", "type": nature,
            "priority": str(pri), "location": loc, "unit": units if len(units) > 1 else units[0],
            "disposition": disp if not comment else f"{disp} {comment}",
            "steps": [(stamp(x), st, u) for x, st, u in steps], "disp_word": disp, "comment": comment,
            "related": related,
        })
    return recs


def draw_cb(path, recs, label):
    c = new_canvas(path, letter)
    page = [0]
    total_steps = sum(len(rec["steps"]) for rec in recs)

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, H - 40, "COLDWATER BASIN PUBLIC SAFETY ANSWERING POINT")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 52, f"Police Call Status History  -  {label}  -  law enforcement calls only")
        c.drawRightString(W - 40, H - 40, f"Page {page[0]}")
        c.line(40, H - 58, W - 40, H - 58)
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((44, "Call No."), (150, "Nature"), (330, "Priority"), (380, "Location")):
            c.drawString(x, H - 68, t)
        c.setFont("Helvetica-Oblique", 7)
        for x, t in ((70, "Date"), (120, "Time"), (170, "Status"), (235, "Unit"), (275, "Disposition / Comment")):
            c.drawString(x, H - 77, t)
        c.line(40, H - 80, W - 40, H - 80)
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 28, "Coldwater Basin PD dispatch (701) 555-0142  -  times are CAD status times, 24-hour clock")
        return H - 94

    y = head()
    for rec in recs:
        need = 12 + 9 * len(rec["steps"])
        if y - need < 40:
            c.showPage()
            y = head()
        c.setFillGray(0.88)
        c.rect(40, y - 3, W - 80, 11, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, f"CALL  {rec['case_number']}")
        c.drawString(150, y, rec["type"])
        c.drawString(330, y, f"PRI {rec['priority']}")
        c.setFont("Helvetica", 8)
        c.drawString(380, y, rec["location"])
        y -= 12
        day = rec["reported_at"].split()[0]
        c.setFont("Courier", 7.5)
        for i, (st, status, unit) in enumerate(rec["steps"]):
            c.drawString(70, y, day if i == 0 else "")
            c.drawString(120, y, st)
            c.drawString(170, y, status)
            c.drawString(235, y, unit)
            if status == "CLEARED":
                c.drawString(275, y, rec["disp_word"] + (f"  {rec['comment']}" if rec["comment"] else ""))
            y -= 9
        y -= 9
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y, f"Calls this report: {len(recs)}     Status entries: {total_steps}")
    c.save()


# ---------------------------------------------------------------- 2. shift sections, narrative under each row

AG_TYPES = ["Larceny", "Breaking and Entering", "Destruction of Property", "Battery", "Domestic Battery",
            "Trespassing", "Fraudulent Schemes", "DUI", "Possession of Controlled Substance", "Disorderly Conduct",
            "Runaway Juvenile", "Found Property", "Motor Vehicle Theft", "Harassment", "Shoplifting"]
AG_STATUS = ["Open", "Closed", "Arrest", "Cleared by Citation", "Inactive", "Referred"]
AG_SHIFTS = [("MIDNIGHT SHIFT", "0000-0800", 0, 8), ("DAY SHIFT", "0800-1600", 8, 16),
             ("EVENING SHIFT", "1600-2400", 16, 24)]
AG_DAYS = {"10/14/2025": "Tuesday, October 14, 2025", "10/15/2025": "Wednesday, October 15, 2025",
           "10/16/2025": "Thursday, October 16, 2025", "10/17/2025": "Friday, October 17, 2025"}
AG_NARR = {
    "Larceny": ["Caller reported a wallet taken from an unlocked vehicle parked overnight; no suspect information.",
                "Lawn equipment missing from a detached shed; owner to provide serial numbers."],
    "Breaking and Entering": ["Rear door found forced; owner to provide a list of missing tools.",
                              "Neighbor heard glass break; entry through a basement window, residence cleared."],
    "Destruction of Property": ["Window of a parked truck broken out; damage estimated by the owner.",
                                "Mailbox and fence post struck overnight; no witnesses."],
    "Battery": ["Two patrons fought in the parking lot; one declined medical treatment.",
                "Victim reported being pushed during an argument; injuries minor."],
    "Domestic Battery": ["Officers spoke with both parties; one party transported to the regional jail.",
                         "Victim advised on a protective order and given shelter information."],
    "Trespassing": ["Subject located in a vacant building and escorted off after a trespass warning.",
                    "Subject found sleeping in a stairwell; left when asked."],
    "Fraudulent Schemes": ["Victim sent gift card numbers to a caller posing as a utility company.",
                           "Unknown person opened a credit account in the victim's name."],
    "DUI": ["Vehicle stopped for lane violations; driver submitted to testing and was transported.",
            "Driver found asleep at a traffic light; field sobriety tests administered."],
    "Possession of Controlled Substance": ["Suspected narcotics found during a traffic stop; sent to the lab.",
                                           "Pills without a prescription found on a subject; evidence logged."],
    "Disorderly Conduct": ["Subject yelling at customers outside a bar; refused to leave.",
                           "Large gathering dispersed after complaints from neighbors."],
    "Runaway Juvenile": ["Juvenile left home after an argument; entered into the state system.",
                         "Juvenile returned home by a family member later in the shift."],
    "Found Property": ["Wallet turned in at the front desk and logged into property.",
                       "Bicycle found in a ditch and taken to the impound lot."],
    "Motor Vehicle Theft": ["Pickup taken from a driveway with the keys inside; entered as stolen.",
                            "Vehicle reported stolen from a repair shop lot overnight."],
    "Harassment": ["Victim received repeated messages from an unknown number.",
                   "Neighbor dispute over a property line; both parties advised."],
    "Shoplifting": ["Store staff held the subject until officers arrived; merchandise recovered.",
                    "Subject left the store with unpaid items; vehicle description broadcast."],
}


def ag_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        typ = r.choice(AG_TYPES)
        status = r.choice(AG_STATUS)
        narr = AG_NARR[typ][r.randrange(2)]
        related = []
        x = r.random()
        if x < 0.12:
            num = f"AG25-{r.randint(8000, start - 200):05d}"
            narr = f"Supplemental to AG25-{num[5:]}. " + narr
            related.append(("earlier_case_cited", num))
        elif x < 0.22:
            num = f"WVSP 25-{r.randint(10000, 99999)}"
            narr += f" State Police assisted under {num}."
            related.append(("other_agency_case", num))
        elif x < 0.32 or status == "Cleared by Citation":
            num = f"{r.randint(7000000, 7999999)}"
            narr += f" Citation No. {num} issued."
            related.append(("citation", num))
        elif x < 0.38:
            num = f"25-W-{r.randint(100, 999):04d}"
            narr += f" Outstanding warrant {num} confirmed through dispatch."
            related.append(("warrant", num))
        if r.random() < 0.3:
            narr += " Body-worn camera footage retained. Follow-up assigned to the day investigator."
        shift = next(s for s in AG_SHIFTS if s[2] <= h < s[3])
        recs.append({
            "case_number": f"AG25-{k:05d}", "reported_at": f"{AG_DAYS[day]} {h:02d}{m:02d}",
            "time": f"{h:02d}{m:02d}", "day": day, "shift": shift[0], "type": typ, "location": address(r),
            "unit": f"#{r.randint(201, 289)}", "disposition": status, "summary": narr, "related": related,
        })
    return recs


def draw_ag(path, recs, label):
    c = new_canvas(path, letter)
    page = [0]
    cols = [(50, "Report No."), (112, "Time"), (142, "Classification"), (300, "Location"), (430, "Officer"),
            (476, "Status")]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, H - 42, "ALDER GLEN POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, H - 55, f"Shift Activity Log  -  {label}")
        c.setFont("Times-Roman", 7.5)
        c.drawString(50, 30, f"Alder Glen PD Records Unit  (304) 555-0118          Page {page[0]}")
        return H - 78

    def colhead(y):
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(50, y - 3, W - 50, y - 3)
        return y - 13

    y = head()
    groups = []
    for rec in recs:
        key = (rec["day"], rec["shift"])
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(rec)
    for (day, shift), grp in groups:
        if y < 150:
            c.showPage()
            y = head()
        span = next(s[1] for s in AG_SHIFTS if s[0] == shift)
        c.setFillGray(0.85)
        c.rect(50, y - 4, W - 100, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Times-Bold", 10)
        c.drawString(54, y, f"{AG_DAYS[day]}  -  {shift} ({span})")
        y = colhead(y - 18)
        for rec in grp:
            lines = simpleSplit(rec["summary"], "Times-Italic", 8.5, W - 100 - 76)
            need = 11 + 10 * len(lines) + 4
            if y - need < 50:
                c.showPage()
                y = head()
                c.setFont("Times-Bold", 9)
                c.drawString(54, y, f"{AG_DAYS[day]}  -  {shift} (continued)")
                y = colhead(y - 14)
            c.setFont("Helvetica", 7.5)
            vals = [rec["case_number"], rec["time"], rec["type"], rec["location"], rec["unit"], rec["disposition"]]
            for (x, _), v in zip(cols, vals):
                c.drawString(x, y, v)
            y -= 10
            c.setFont("Times-Italic", 8.5)
            for ln in lines:
                c.drawString(126, y, ln)
                y -= 10
            y -= 4
        arrests = sum(1 for rec in grp if rec["disposition"] == "Arrest")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(W - 50, y, f"{shift.title()} total: {len(grp)} reports, {arrests} arrests")
        y -= 22
    c.setFont("Times-Bold", 9.5)
    c.drawString(50, y, f"Reports this period: {len(recs)}")
    c.save()


# ---------------------------------------------------------------- 3. NIBRS offence-level export, many columns

RC_OFF = [("23H", "All Other Larceny"), ("13B", "Simple Assault"), ("290", "Destruction/Damage/Vandalism"),
          ("220", "Burglary/Breaking & Entering"), ("35A", "Drug/Narcotic Violations"),
          ("35B", "Drug Equipment Violations"), ("240", "Motor Vehicle Theft"), ("23F", "Theft From Motor Vehicle"),
          ("13C", "Intimidation"), ("26A", "False Pretenses/Swindle"), ("90D", "Driving Under the Influence"),
          ("520", "Weapon Law Violations"), ("90J", "Trespass of Real Property"), ("23C", "Shoplifting")]
RC_PREM = ["20", "13", "18", "07", "12", "25", "41"]
RC_DISP = ["OPEN", "CLR ARREST", "EXC CLR", "UNFOUNDED", "INACTIVE"]
RC_TOWNS = [("ROOK CITY", "57320"), ("ARLO", "57314"), ("BELL RIDGE", "57328"), ("RURAL", "57320")]


def rc_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        offs = r.sample(RC_OFF, r.choice([1, 1, 1, 1, 1, 2, 2, 3]))
        back = min(h * 60 + m, r.choice([0, 15, 30, 45, 60, 90, 120, 240, 480]))
        occ = h * 60 + m - back
        span = back > 0 and r.random() < 0.6
        town, zipc = r.choice(RC_TOWNS)
        disp = r.choice(RC_DISP)
        related = []
        xref = ""
        x = r.random()
        if x < 0.1:
            xref = f"SDHP 25-{r.randint(1000, 9999)}"
            related.append(("other_agency_case", xref))
        elif x < 0.2:
            xref = f"CIT R{r.randint(400000, 499999)}"
            related.append(("citation", xref[4:]))
        elif x < 0.27 and disp == "CLR ARREST":
            xref = f"WARR 25-{r.randint(100, 999):04d}"
            related.append(("warrant", xref[5:]))
        blk = f"{r.randint(1, 299) * 100} BLK {r.choice(STREETS).upper()} {r.choice(SUFFIX).upper()}"
        if town == "RURAL":
            blk = f"{r.randint(100, 480)}00 BLK {r.choice(['SD HWY 34', 'CO RD 12', '442ND AVE', '219TH ST'])}"
        rec = {
            "case_number": f"25SO-{k:06d}", "reported_at": f"{day} {h:02d}:{m:02d}",
            "rpt_date": day, "rpt_time": f"{h:02d}:{m:02d}",
            "occ_from": f"{day} {occ // 60:02d}:{occ % 60:02d}",
            "occ_to": f"{day} {h:02d}:{m:02d}" if span else "",
            "offenses": offs, "type": [o[1] for o in offs] if len(offs) > 1 else offs[0][1],
            "attcom": [("A" if r.random() < 0.08 else "C") for _ in offs], "premise": r.choice(RC_PREM), "location": blk, "town": town, "zip": zipc,
            "beat": f"B{r.randint(1, 6)}", "disposition": disp,
            "clr": "" if disp in ("OPEN", "INACTIVE") else day, "xref": xref, "related": related,
        }
        rec["occurred_from"] = rec["occ_from"]
        if span:
            rec["occurred_to"] = rec["occ_to"]
        recs.append(rec)
    return recs


def draw_rc(path, recs, label):
    size = landscape(legal)
    w, h = size
    c = new_canvas(path, size)
    widths = [("IncidentNo", 56), ("OffSeq", 30), ("RptDate", 46), ("RptTime", 32), ("OccFromDate", 48),
              ("OccFromTime", 46), ("OccToDate", 46), ("OccToTime", 40), ("NIBRS", 30), ("OffenseDesc", 122),
              ("AttCom", 32), ("Premise", 34), ("BlockAddress", 112), ("City", 52), ("Zip", 30), ("Beat", 26),
              ("Disp", 48), ("ClrDate", 48), ("XRef", 70)]
    cols, x = [], 24
    for name, wd in widths:
        cols.append((name, x))
        x += wd
    rows = []
    for rec in recs:
        for i, (code, desc) in enumerate(rec["offenses"], 1):
            d = rec["occ_to"].split()
            rows.append([rec["case_number"], str(i), rec["rpt_date"], rec["rpt_time"], rec["occ_from"].split()[0],
                         rec["occ_from"].split()[1], d[0] if d else "", d[1] if d else "", code, desc,
                         rec["attcom"][i - 1], rec["premise"], rec["location"], rec["town"], rec["zip"], rec["beat"],
                         rec["disposition"], rec["clr"]])
            rows[-1].append(rec["xref"] if i == 1 else "")
    per = 46
    npages = -(-len(rows) // per)
    for p in range(npages):
        c.setFont("Helvetica", 6.5)
        c.drawString(24, h - 24, f"nibrs_offense_export  |  agency SD0530000  |  {label}  |  exported 11/02/2025 07:41")
        c.drawRightString(w - 20, h - 24, f"Page {p + 1} of {npages}")
        y = h - 44
        c.setFillGray(0.82)
        c.rect(22, y - 3, w - 42, 10, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 6)
        for name, x in cols:
            c.drawString(x, y, name)
        y -= 11
        c.setFont("Helvetica", 6)
        c.setStrokeGray(0.75)
        c.setLineWidth(0.3)
        for row in rows[p * per:(p + 1) * per]:
            for (_, x), v in zip(cols, row):
                c.drawString(x, y, v)
            c.line(22, y - 3, w - 20, y - 3)
            y -= 10.5
        c.setStrokeGray(0)
        if p == npages - 1:
            c.setFont("Helvetica", 6.5)
            c.drawString(24, y - 8, f"Rows exported: {len(rows)}   (one row per offense; Rook County Sheriff's "
                                    f"Office records (605) 555-0177)")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. numbered labels, three per line

WC_TYPES = ["Theft of bicycle", "Theft", "Vandalism", "Alcohol violation", "Drug law violation", "Harassment",
            "Simple assault", "Fire alarm - cooking", "Trespass", "Lost property", "Suspicious person",
            "Burglary", "Stalking", "Motor vehicle accident", "Weapons possession"]
WC_PLACES = ["Hadley Hall, Room 214", "Lot 3 (north)", "Corrigan Library, 2nd floor", "Fieldhouse lobby",
             "Marsh Hall, bike rack 2", "Dining Commons", "12 College Ave (off campus)", "Science Annex B",
             "Wren House, Room 08", "Track and Field complex", "Parking Deck level 4", "Chapel Green"]
WC_OUTCOMES = ["Referred to Conduct", "Closed", "Open - investigation", "Referred to Village PD", "Arrest",
               "Unfounded", "Closed - advised"]
WC_TEXT = ["Officers responded and documented the scene; photographs taken.",
           "Reporting party stated the property was left unattended for about an hour.",
           "Residence Life staff assisted; the area was checked and cleared.",
           "Surveillance footage requested from Information Technology.",
           "The individual was identified and issued a persona non grata notice.",
           "Minor damage; Facilities notified for repair."]


def wc_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        typ = r.sample(WC_TYPES, 2) if r.random() < 0.15 else r.choice(WC_TYPES)
        outcome = r.choice(WC_OUTCOMES)
        oh = max(0, h - r.randint(0, 5))
        om = r.choice([0, 10, 20, 30, 40, 50])
        occ = f"{day} {oh:02d}:{om:02d}"
        text = r.choice(WC_TEXT)
        related = []
        x = r.random()
        if outcome == "Referred to Village PD" or x < 0.08:
            num = f"25-{r.randint(100, 999):05d}"
            text += f" Whitlow Village PD case {num}."
            related.append(("other_agency_case", num))
        elif outcome == "Referred to Conduct" and x < 0.6:
            num = f"SC-{r.randint(1000, 1999)}"
            text += f" Conduct referral {num}."
            related.append(("referral", num))
        elif x < 0.25:
            num = f"WC-2025-{r.randint(100, start - 50):04d}"
            text += f" See prior entry {num}."
            related.append(("earlier_case_cited", num))
        rec = {"case_number": f"WC-2025-{k:04d}", "reported_at": f"{day} {h:02d}:{m:02d}",
               "occurred_from": occ, "type": typ, "location": r.choice(WC_PLACES), "disposition": outcome,
               "summary": text, "related": related}
        if r.random() < 0.5 and (oh, om) < (h, m):
            rec["occurred_to"] = f"{h:02d}:{m:02d}"
        recs.append(rec)
    return recs


def draw_wc(path, recs, label):
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 44, "Whitlow College  |  Office of Campus Safety")
        c.setFont("Helvetica", 8.5)
        c.drawString(48, H - 56, f"Daily Crime and Incident Log  -  {label}")
        c.line(48, H - 62, W - 48, H - 62)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 28, f"Campus Safety (607) 555-0163  -  log kept under the Clery Act  -  p. {page[0]}")
        return H - 80

    def pair(x, y, num, lab, val, width):
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.4)
        c.drawString(x, y, f"({num}) {lab}")
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        lines = simpleSplit(val, "Helvetica-Bold", 7.5, width)
        for i, ln in enumerate(lines):
            c.drawString(x + 52, y - 9 * i, ln)
        return len(lines)

    y = head()
    for rec in recs:
        frame = rec["occurred_from"] + (f" - {rec['occurred_to']}" if "occurred_to" in rec else "")
        typ = " / ".join(rec["type"]) if isinstance(rec["type"], list) else rec["type"]
        summ = simpleSplit(rec["summary"], "Helvetica", 7.5, W - 96 - 60)
        lines2 = max(len(simpleSplit(v, "Helvetica-Bold", 7.5, 118)) for v in (typ, rec["location"],
                                                                              rec["disposition"]))
        need = 12 + 9 * lines2 + 3 + 9 * len(summ) + 8
        if y - need < 46:
            c.showPage()
            y = head()
        pair(48, y, 1, "Log Ref.", rec["case_number"], 118)
        pair(220, y, 2, "Logged", rec["reported_at"], 118)
        pair(392, y, 3, "Time Frame", frame, 118)
        y -= 12
        n2 = [pair(48, y, 4, "Matter", typ, 118), pair(220, y, 5, "Place", rec["location"], 118),
              pair(392, y, 6, "Outcome", rec["disposition"], 118)]
        y -= 9 * max(n2) + 3
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.4)
        c.drawString(48, y, "(7) Particulars")
        c.setFillGray(0)
        c.setFont("Helvetica", 7.5)
        for ln in summ:
            c.drawString(108, y, ln)
            y -= 9
        c.setStrokeGray(0.6)
        c.line(48, y + 3, W - 48, y + 3)
        c.setStrokeGray(0)
        y -= 9
    c.setFont("Helvetica-Oblique", 8)
    c.drawCentredString(W / 2, y - 4, f"- {len(recs)} entries -")
    c.save()


# ---------------------------------------------------------------- 5. incidents indexed by street

MS_STREETS = ["ALDER CT", "BAYOU TECHE RD", "CADDO ST", "DELACROIX AVE", "EGRET LN", "FONTAINE ST",
              "HWY 190", "INDIGO DR", "LAUREL ST", "MAGNOLIA BLVD", "N 4TH ST", "N 12TH ST", "NATCHEZ AVE",
              "PARISH RD 12", "PECAN GROVE DR", "S 2ND ST", "SABINE ST", "TUPELO CT", "VERBENA WAY",
              "WILLOW BEND RD"]
MS_TYPES = ["THEFT", "SIMPLE BATTERY", "CRIMINAL DAMAGE", "BURGLARY - RESIDENCE", "BURGLARY - VEHICLE",
            "DISTURBANCE", "DOMESTIC ABUSE BATTERY", "POSS CDS II", "HIT AND RUN", "UNAUTH USE MOVABLE",
            "CRIMINAL TRESPASS", "IDENTITY THEFT", "DWI", "RESISTING AN OFFICER"]
MS_DISP = ["ACT", "CLS", "ARR", "UNF", "SUM", "REF"]


def ms_records(r, days, n, start):
    recs = []
    for k, (day, h, m) in zip(serials(r, n, start), times(r, n, days)):
        street = r.choice(MS_STREETS)
        x = r.random()
        if x < 0.55:
            no = str(r.randint(1, 39) * 100 + r.randint(0, 99))
        elif x < 0.85:
            no = f"{r.randint(1, 39) * 100} BLK"
        else:
            no = f"@ {r.choice([s for s in MS_STREETS if s != street])}"
        disp = r.choice(MS_DISP)
        related, ref = [], ""
        y = r.random()
        if disp == "ARR":
            num = f"A25-{r.randint(100, 999):04d}"
            ref = f"Arr {num}"
            related.append(("arrest_number", num))
        elif disp == "SUM":
            num = f"MS{r.randint(200000, 299999)}"
            ref = f"Sum {num}"
            related.append(("summons", num))
        elif disp == "REF" or (disp == "ACT" and y < 0.15):
            num = f"LSP 25-{r.randint(10000, 99999)}"
            ref = num
            related.append(("other_agency_case", num))
        loc = f"{no} {street}" if not no.startswith("@") else f"{street} {no}"
        recs.append({"case_number": f"2025-{k:06d}", "reported_at": f"{day} {h:02d}{m:02d}", "type": r.choice(MS_TYPES),
                     "location": loc, "no": no, "street": street, "disposition": disp, "ref": ref,
                     "related": related})
    order = sorted(recs, key=lambda rec: (rec["street"], rec["reported_at"][6:8], rec["reported_at"]))
    return order


def draw_ms(path, recs, label):
    c = new_canvas(path, letter)
    page = [0]
    cols = [(60, "No./Block"), (150, "Item No."), (212, "Date"), (252, "Time"), (282, "Offense"),
            (432, "Disp"), (462, "Ref")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, H - 42, "MARBURY SPRINGS POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 54, f"Incidents by Location (street index)  -  {label}")
        c.drawRightString(W - 50, H - 42, f"Page {page[0]}")
        c.setFont("Helvetica-Bold", 7)
        y = H - 72
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(50, y - 3, W - 50, y - 3)
        c.setFont("Helvetica", 6.5)
        c.drawString(50, 30, "Disp: ACT active, CLS closed, ARR arrest, UNF unfounded, SUM summons, REF referred.  "
                             "Records (318) 555-0129.")
        return y - 14

    groups = []
    for rec in recs:
        if not groups or groups[-1][0] != rec["street"]:
            groups.append((rec["street"], []))
        groups[-1][1].append(rec)
    y = head()
    for street, grp in groups:
        if y < 90:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, street)
        y -= 11
        for rec in grp:
            if y < 50:
                c.showPage()
                y = head()
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(50, y, f"{street} (cont.)")
                y -= 11
            c.setFont("Helvetica", 7.5)
            d = rec["reported_at"].split()
            vals = [rec["no"], rec["case_number"], d[0], d[1], rec["type"], rec["disposition"], rec["ref"]]
            for (x, _), v in zip(cols, vals):
                c.drawString(x, y, v)
            y -= 9.5
        c.setFont("Helvetica-Oblique", 7)
        c.drawRightString(W - 50, y, f"{street}: {len(grp)}")
        y -= 16
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(50, y, f"TOTAL INCIDENTS: {len(recs)}     STREETS: {len(groups)}")
    c.save()


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs10.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs10.py) from the records it drew; "
                               "checked by check_blind_logs10.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        draw(d / fname, recs, label)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def main():
    one_agency(
        "coldwater-basin-nd-pd", 1,
        [("cbpd-call-status-history-2025-10-22.pdf", ["10/22/2025"], "10/22/2025", 52, 41100),
         ("cbpd-call-status-history-2025-10-23.pdf", ["10/23/2025"], "10/23/2025", 61, 41240)],
        cb_records, draw_cb, "Coldwater Basin Police Department (PSAP call status history), ND [invented]",
        "daily police call status history from CAD", "table with header",
        ["case_number", "reported_at", "type", "priority", "location", "unit", "disposition"],
        "A two-line column header on every page (Call No., Nature, Priority, Location over Date, Time, Status, "
        "Unit, Disposition / Comment). Each call opens with a shaded line 'CALL CB25-NNNNNN  NATURE  PRI n  "
        "LOCATION' (intersections 'X ST / 11TH ST NW'), followed by one "
        "Courier line per CAD status change: date (first line only), HH:MM:SS, status (RECEIVED, DISPATCHED, "
        "ENROUTE, ONSCENE, CLEARED) and unit or source (E911/ADMIN/SELF); the CLEARED line carries the "
        "disposition and, when there is one, RPT 25-NNNNNN (case report number), CIT CBNNNNNN (citation), "
        "ASST NDHP 25-NNNNN (Highway Patrol case) or WARRANT W25-NNN SERVED. reported_at is the RECEIVED "
        "date and time; unit lists the dispatched units (a list when several); disposition joins the word "
        "and the comment as printed. Many time stamps per record; footer phone; 'Calls this report: N     "
        "Status entries: M' at the end (M is not the record count). Blocks are not split over pages.",
        "blocks counted from the generator; 'Calls this report' equals record_count")
    one_agency(
        "alder-glen-wv-pd", 2,
        [("agpd-shift-activity-2025-10-14-15.pdf", ["10/14/2025", "10/15/2025"], "October 14-15, 2025", 44, 10400),
         ("agpd-shift-activity-2025-10-16-17.pdf", ["10/16/2025", "10/17/2025"], "October 16-17, 2025", 50, 10500)],
        ag_records, draw_ag, "Alder Glen Police Department, WV [invented]",
        "shift activity log, two days", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition", "summary"],
        "Sections per day and shift, each opened by a shaded heading 'Tuesday, October 14, 2025  -  DAY SHIFT "
        "(0800-1600)' and the column titles (Report No., Time, Classification, Location, Officer, Status), and "
        "closed by a right-aligned 'Day Shift total: n reports, m arrests'. Each report is one row, then its "
        "narrative in italics indented under it, wrapping over 1-3 full-width lines (summary). The row has "
        "only the time (HHMM); reported_at here joins the section heading's date as printed and the time. "
        "A section running over a page break repeats its heading with '(continued)'. Narratives cite earlier "
        "reports of the same series ('Supplemental to AG25-NNNNN.'), State Police cases (WVSP 25-NNNNN), "
        "citations (Citation No. NNNNNNN, seven bare digits) and warrants (25-W-NNNN). Addresses have house "
        "numbers; footer phone and page; 'Reports this period: N' at the end.",
        "rows counted from the generator; 'Reports this period' equals record_count")
    one_agency(
        "rook-county-sd-so", 3,
        [("rcso-nibrs-offense-export-2025-10-01-15.pdf", [f"10/{d:02d}/2025" for d in range(1, 16)],
          "10/01/2025-10/15/2025", 112, 4400)],
        rc_records, draw_rc, "Rook County Sheriff's Office, SD [invented]",
        "NIBRS offense-level export printed from the records system", "table with header",
        ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "beat", "disposition"],
        "Landscape legal-size spreadsheet export, 19 columns with database field names as titles (IncidentNo, OffSeq, "
        "RptDate, RptTime, OccFromDate, OccFromTime, OccToDate, OccToTime, NIBRS, OffenseDesc, AttCom, Premise, "
        "BlockAddress, City, Zip, Beat, Disp, ClrDate, XRef), Helvetica 6, grey rule under every row, header "
        "repeated per page. ONE ROW PER OFFENSE: an incident with several offenses prints several adjacent rows "
        "with the same IncidentNo and OffSeq 1, 2, 3 (all other cells repeated); it is one record whose type is "
        "the list of OffenseDesc. reported_at joins RptDate and RptTime; occurred_from/to join date and time "
        "(OccTo blank for half). Numeric cells that are not ids: OffSeq, NIBRS codes (23H, 290, 13B), Premise "
        "codes, Zip, block numbers ('4200 BLK', '219TH ST'). XRef (first row only) holds Highway Patrol cases "
        "(SDHP 25-NNNN), citations ('CIT R4NNNNN', number R4NNNNN) and warrants ('WARR 25-0NNN', number "
        "25-0NNN). Footer 'Rows exported: N' counts rows, not incidents.",
        "incidents counted from the generator (rows with OffSeq 1)")
    one_agency(
        "whitlow-college-ny-campus-safety", 4,
        [("wc-daily-log-2025-09.pdf", [f"09/{d:02d}/2025" for d in range(1, 31)], "September 2025", 41, 300),
         ("wc-daily-log-2025-10.pdf", [f"10/{d:02d}/2025" for d in range(1, 32)], "October 2025", 47, 400)],
        wc_records, draw_wc, "Whitlow College Office of Campus Safety, NY [invented]",
        "monthly daily crime and incident log (Clery)", "labelled blocks",
        ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "disposition",
         "summary"],
        "Labelled blocks with NUMBERED labels, three label/value pairs per line: '(1) Log Ref.' (id "
        "WC-2025-NNNN), '(2) Logged' (reported_at, 'MM/DD/YYYY HH:MM'), '(3) Time Frame' (occurred: 'MM/DD/YYYY "
        "HH:MM' or 'MM/DD/YYYY HH:MM - HH:MM', the end time only, as printed); then '(4) Matter' (several "
        "offenses joined by ' / ', a list here), '(5) Place', '(6) Outcome', each wrapping inside its third of "
        "the line; then '(7) Particulars' with a wrapped paragraph (summary). Labels small and grey, values "
        "bold; a grey rule under each block; blocks are not split. Particulars cite village police cases "
        "('Whitlow Village PD case 25-00NNN'), conduct referrals (SC-1NNN) and earlier entries of the same "
        "series ('See prior entry WC-2025-0NNN.'). Places hold numbers (Room 214, Lot 3, level 4, 12 College "
        "Ave). Footer phone and 'p. n'; '- N entries -' at the end.",
        "blocks counted from the generator; the closing count equals record_count")
    one_agency(
        "marbury-springs-la-pd", 5,
        [("mspd-incidents-by-location-2025-10.pdf", [f"10/{d:02d}/25" for d in range(1, 32)], "October 2025",
          118, 14000)],
        ms_records, draw_ms, "Marbury Springs Police Department, LA [invented]",
        "monthly incidents-by-location report (street index)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Grouped by street in alphabetical order: a bold street heading (with '(cont.)' after a page break), "
        "rows under it, and a right-aligned italic count 'STREET: n'; 'TOTAL INCIDENTS: N     STREETS: M' at "
        "the end. Records are in time order inside a street, so item numbers are not in order in the document. "
        "Columns: No./Block (a house number such as '2025', a block '1400 BLK' or an intersection '@ N 4TH "
        "ST'), Item No. (2025-NNNNNN, the id, second column), Date (MM/DD/YY), Time (HHMM), Offense, Disp "
        "(code), Ref. location joins the house number or block and the heading's street ('1400 BLK CADDO "
        "ST'; for an intersection 'CADDO ST @ N 4TH ST'); reported_at joins Date and Time. Ref holds arrest "
        "numbers ('Arr A25-0NNN'), summonses ('Sum MS2NNNNN') and State Police cases (LSP 25-NNNNN). Streets "
        "with numbers (HWY 190, PARISH RD 12, N 12TH ST); the column header and a legend of Disp codes with a "
        "phone on every page.",
        "rows counted from the generator; TOTAL INCIDENTS equals record_count")


if __name__ == "__main__":
    main()
