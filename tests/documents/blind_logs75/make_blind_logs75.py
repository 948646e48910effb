"""Generate a held-out set of incident-log PDFs from tribal police and casino/resort security offices.

Five layouts: a tribal police daily log whose first cell stacks the incident number over the CAD
number; a casino security daily activity report in gaming-day sections (06:00 to 05:59, date only
in the section band, ids built from the gaming day); a tribal gaming agency's monthly compliance
incident summaries (labelled blocks, a `Related` label citing last month's incidents of the same
series, asset and masked rewards numbers); a tribal police chief's monthly report to the tribal
council (memo, statistics table, bullets grouped by community, id last); a resort public-safety
24-hour report, one landscape page a day, three shift columns side by side. Every agency, place
and record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs75/make_blind_logs75.py [OUT_DIR]
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
SEED = 20261175


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


def mdy(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def long_day(d):
    return d.strftime("%A, %B %-d, %Y")


def stamps(r, first, ndays, n, start_minute=0):
    """n sorted datetimes spread over ndays days from first (a date), starting start_minute into the day."""
    base = datetime.datetime(first.year, first.month, first.day) + datetime.timedelta(minutes=start_minute)
    mins = sorted(r.sample(range(0, 1440 * ndays), n))
    return [base + datetime.timedelta(minutes=m) for m in mins]


# ---------------------------------------------------------------- A: Red Willow Nation, id over CAD number

RW_TYPES = ["Disorderly Conduct (RWTC 9-112)", "Domestic Violence (RWTC 9-204)", "Public Intoxication (RWTC 9-118)",
            "Welfare Check", "Criminal Damage (RWTC 9-310)", "Livestock at Large", "Theft (RWTC 9-301)",
            "Trespass - Excluded Person (RWTC 4-020)", "Suspicious Vehicle", "Assault (RWTC 9-201)",
            "DUI (RWTC 14-501)", "Juvenile Curfew (RWTC 11-104)", "Traffic Collision - Non Injury", "Burglary (RWTC 9-305)",
            "Missing Person", "Animal Bite"]
RW_PLACES = ["Lone Pine Housing, Unit {n}", "Cedar Wash Chapter House", "Route 12 MP {mp}", "Three Springs, HUD Lot {n}",
             "Agency Village, Health Center", "Red Willow Travel Center", "BIA Route 7 MP {mp}", "Dry Creek Camp Rd",
             "Agency Village, Head Start", "Three Springs Trading Post", "Lone Pine Community Center",
             "Cedar Wash, Scattered Site {n}"]
RW_DISP = ["Report Taken", "Arrest", "Cited", "Referred FBI", "Referred County", "Unable to Locate", "Advised",
           "Gone on Arrival", "Transported IHS"]


RW_FIT = {"Welfare Check": ["Advised", "Transported IHS", "Unable to Locate", "Report Taken"],
          "Livestock at Large": ["Advised", "Gone on Arrival", "Report Taken"],
          "Suspicious Vehicle": ["Gone on Arrival", "Advised", "Unable to Locate", "Cited"],
          "Missing Person": ["Report Taken", "Unable to Locate", "Referred County", "Advised"],
          "Animal Bite": ["Report Taken", "Transported IHS"],
          "Traffic Collision - Non Injury": ["Report Taken", "Cited", "Referred County"],
          "Public Intoxication": ["Arrest", "Transported IHS", "Advised"],
          "Juvenile Curfew": ["Advised", "Cited", "Report Taken"],
          "Assault": ["Arrest", "Report Taken", "Referred FBI", "Transported IHS"],
          "Domestic Violence": ["Arrest", "Report Taken", "Referred FBI"],
          "DUI": ["Arrest", "Cited"]}


def rw_records(r, first, ndays, n, start):
    recs, k, cad = [], start, r.randint(100, 300)
    for when in stamps(r, first, ndays, n):
        k += r.choice((1, 1, 1, 2))
        cad += r.choice((1, 2, 3, 4))
        rec = {"case_number": f"RWN25-{k:06d}", "when": when, "reported_at": when.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(RW_TYPES), "location": r.choice(RW_PLACES).format(n=r.randint(1, 60),
                                                                                 mp=f"{r.randint(2, 48)}.{r.randint(0, 9)}"),
               "agency": "RWNPD", "related": []}
        rec["cad"] = f"CAD {when:%y%m}-{cad:04d}"
        rec["related"].append(("cad_number", rec["cad"]))
        d = r.choice(RW_FIT.get(rec["type"].split(" (")[0], RW_DISP))
        if d == "Arrest":
            num = f"CR-25-{r.randint(1000, 4999)}"
            d = f"Arrest, Tribal Court {num}"
            rec["related"].append(("tribal_court_docket", num))
        elif d == "Referred FBI":
            num = f"25A-PX-{r.randint(100000, 999999)}"
            d = f"Referred FBI {num}"
            rec["agency"] = "FBI"
            rec["related"].append(("other_agency_case", num))
        elif d == "Referred County":
            num = f"MCSO 25-{r.randint(10000, 99999)}"
            d = f"Referred {num}"
            rec["agency"] = "MCSO"
            rec["related"].append(("other_agency_case", num))
        rec["disposition"] = d
        recs.append(rec)
    return recs


def draw_rw(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Incident # / CAD #"), (116, "Reported"), (184, "Nature"), (330, "Location"), (446, "Agency"),
            (484, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "RED WILLOW NATION POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 52, f"Daily Incident Log  -  {label}")
        c.drawString(36, h - 63, "Records Section, Agency Village  |  (520) 555-0147")
        c.drawRightString(w - 36, h - 52, f"Page {page[0]} of {pages or 0}")
        c.setFillGray(0.85)
        c.rect(34, h - 84, w - 68, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 80, t)
        return h - 96

    y = head()
    for rec in recs:
        typ = wrap(rec["type"], "Helvetica", 7.5, 140)
        loc = wrap(rec["location"], "Helvetica", 7.5, 112)
        dsp = wrap(rec["disposition"], "Helvetica", 7.5, 92)
        n = max(2, len(typ), len(loc), len(dsp))
        if y - 9 * n < 60:
            c.showPage()
            y = head()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.35)
        c.drawString(36, y - 9, rec["cad"])
        c.setFillGray(0)
        c.setFont("Helvetica", 7.5)
        c.drawString(116, y, rec["reported_at"])
        for x, lines in ((184, typ), (330, loc), (484, dsp)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 9 * j, t)
        c.drawString(446, y, rec["agency"])
        c.setStrokeGray(0.7)
        c.line(36, y - 9 * n + 4, w - 36, y - 9 * n + 4)
        c.setStrokeGray(0)
        y -= 9 * n + 5
    if y < 90:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, y - 10, f"Total incidents this log: {len(recs)}")
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(36, y - 22, "CAD numbers are dispatch event numbers; the incident number is the report of record.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Sunhawk Casino, gaming-day sections

SH_AREAS = ["Casino Floor - Slot Bank {n}", "Poker Room Table {t}", "Table Games Pit {p}", "Hotel Tower 2 Fl {f}",
            "Parking Garage L{l}", "Valet Drive", "Event Center", "Buffet Entrance", "Pool Deck", "Sportsbook",
            "Employee Entrance", "Cage Window {t}", "Hotel Lobby", "Surface Lot E"]
SH_TYPES = ["Patron Dispute", "Intoxicated Patron", "Found Property", "Medical - EMS", "Trespass - Excluded Patron",
            "Theft - Patron Property", "Underage on Gaming Floor", "Disorderly Patron", "Vehicle Damage",
            "Slip and Fall", "Counterfeit Currency", "Unattended Minor", "Lost Property", "Suspicious Person"]
SH_ACT = ["Escorted off property", "Resolved on scene", "Logged to Lost and Found", "EMS transport",
          "Tribal PD notified", "TGA notified", "Trespass warning issued", "Patron declined assistance",
          "Report forwarded to Risk Management"]


SH_FIT = {"Found Property": ["Logged to Lost and Found"], "Lost Property": ["Logged to Lost and Found", "Resolved on scene"],
          "Medical - EMS": ["EMS transport", "Patron declined assistance"],
          "Slip and Fall": ["EMS transport", "Patron declined assistance", "Report forwarded to Risk Management"],
          "Vehicle Damage": ["Report forwarded to Risk Management", "Tribal PD notified"],
          "Trespass - Excluded Patron": ["Escorted off property", "Tribal PD notified", "TGA notified"],
          "Underage on Gaming Floor": ["Escorted off property", "TGA notified"],
          "Counterfeit Currency": ["Tribal PD notified", "TGA notified"],
          "Intoxicated Patron": ["Escorted off property", "Resolved on scene", "EMS transport"]}


def sh_records(r, first, ndays, n, start):
    recs = []
    for when in stamps(r, first, ndays, n, start_minute=6 * 60):
        gd = (when - datetime.timedelta(hours=6)).date()
        rec = {"gaming_day": gd, "when": when, "related": [],
               "type": r.choice(SH_TYPES),
               "location": r.choice(SH_AREAS).format(n=r.randint(10, 68), t=r.randint(1, 14), p=r.randint(1, 6),
                                                      f=r.randint(3, 16), l=r.randint(1, 4))}
        a = r.choice(SH_FIT.get(rec["type"], SH_ACT[1:2] + SH_ACT[4:]))
        if a == "Tribal PD notified":
            num = f"KTPD 25-{r.randint(1000, 9999)}"
            a = f"Tribal PD notified, case {num}"
            rec["related"].append(("other_agency_case", num))
        elif a == "TGA notified":
            num = f"TGA-25-{r.randint(100, 999)}"
            a = f"TGA notified ({num})"
            rec["related"].append(("gaming_agency_notice", num))
        rec["disposition"] = a
        recs.append(rec)
    seq = {}
    for rec in recs:
        gd = rec["gaming_day"]
        seq[gd] = seq.get(gd, 0) + 1
        rec["case_number"] = f"SH-{gd:%y%m%d}-{seq[gd]:03d}"
        rec["time"] = rec["when"].strftime("%H:%M")
        rec["reported_at"] = f"{mdy(gd)} {rec['time']}"
        rec["calendar_date"] = mdy(rec["when"])
    return recs


def draw_sh(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(40, "Time"), (76, "Report #"), (146, "Area"), (284, "Incident"), (400, "Action / Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 38, "SUNHAWK CASINO RESORT - SECURITY DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 50, f"Daily Activity Report  -  Gaming Days {label}")
        c.drawString(40, h - 62, "Security Shift Office ext. 4410  |  (918) 555-0182")
        c.drawRightString(w - 40, h - 62, f"Page {page[0]} of {pages or 0}")
        c.setFont("Times-Bold", 8)
        for x, t in cols:
            c.drawString(x, h - 80, t)
        c.line(40, h - 83, w - 40, h - 83)
        return h - 94

    y = head()
    days = []
    for rec in recs:
        if not days or days[-1][0] != rec["gaming_day"]:
            days.append((rec["gaming_day"], []))
        days[-1][1].append(rec)
    for gd, rows in days:
        if y < 110:
            c.showPage()
            y = head()
        c.setFillGray(0.88)
        c.rect(38, y - 3, w - 76, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Times-Bold", 8.5)
        c.drawString(42, y, f"GAMING DAY {long_day(gd).upper()}  (06:00 - 05:59)")
        y -= 15
        for rec in rows:
            loc = wrap(rec["location"], "Times-Roman", 8, 130)
            dsp = wrap(rec["disposition"], "Times-Roman", 8, 170)
            n = max(len(loc), len(dsp))
            if y - 10 * n < 60:
                c.showPage()
                y = head()
            c.setFont("Times-Roman", 8)
            c.drawString(40, y, rec["time"])
            c.drawString(76, y, rec["case_number"])
            c.drawString(284, y, rec["type"])
            for x, lines in ((146, loc), (400, dsp)):
                for j, t in enumerate(lines):
                    c.drawString(x, y - 10 * j, t)
            y -= 10 * n + 3
        c.setFont("Times-Italic", 8)
        c.drawRightString(w - 40, y, f"Reports this gaming day: {len(rows)}")
        y -= 16
    if y < 80:
        c.showPage()
        y = head()
    c.line(40, y + 6, w - 40, y + 6)
    c.setFont("Times-Bold", 9)
    c.drawString(40, y - 6, f"Total reports, all gaming days: {len(recs)}")
    c.setFont("Times-Italic", 8)
    c.drawString(40, y - 18, "A gaming day runs 06:00 to 05:59; entries after midnight belong to the gaming day above them.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Nokomis Bay TGA, compliance summaries

NB_DEPTS = ["Slots", "Table Games", "Cage", "Security", "Surveillance", "Hotel", "Food and Beverage", "Bingo Hall"]
NB_CATS = ["Patron dispute - jackpot", "Machine malfunction claim", "Underage patron", "Self-excluded patron on floor",
           "Cash discrepancy", "Counterfeit bill", "Cheating - past posting", "Intoxicated patron served",
           "Unattended child", "Credit voucher dispute", "Employee gaming violation", "Chip walking"]
NB_LOCS = ["Main floor, bank {b}", "High-limit room", "Blackjack table BJ-{t}", "Roulette RL-{t}", "Main cage",
           "Bingo hall, row {b}", "Players club desk", "East entrance", "Poker table PK-{t}"]
NB_DEPT_OF = {"Patron dispute - jackpot": ["Slots"], "Machine malfunction claim": ["Slots"],
             "Cash discrepancy": ["Cage"], "Counterfeit bill": ["Cage"], "Cheating - past posting": ["Table Games"],
             "Chip walking": ["Table Games"], "Intoxicated patron served": ["Food and Beverage"],
             "Credit voucher dispute": ["Slots", "Cage"], "Unattended child": ["Security"],
             "Underage patron": ["Security", "Slots", "Bingo Hall"], "Self-excluded patron on floor": ["Surveillance"]}
NB_FIT = {
    "Patron dispute - jackpot": ("Patron disputed the award shown after a tilt; surveillance reviewed {m} minutes of footage.",
                                 ["Claim paid after review", "Claim denied - malfunction voids all pays"]),
    "Machine malfunction claim": ("Slot attendant reported the bill validator jammed with a patron's ticket inside.",
                                  ["Claim paid after review", "Claim denied - malfunction voids all pays"]),
    "Underage patron": ("Patron produced identification showing age 20; escorted from the floor.",
                        ["Patron escorted out", "Patron warned"]),
    "Self-excluded patron on floor": ("Patron on the self-exclusion list was recognized by surveillance after {m} minutes of play.",
                                      ["Patron escorted out", "Exclusion order issued"]),
    "Cash discrepancy": ("Count team found a variance on the drop; recount matched after a miscounted strap.",
                         ["Variance corrected", "Employee suspended pending review"]),
    "Counterfeit bill": ("Cashier detected a counterfeit $100 note at the window; patron left before security arrived.",
                         ["Bill confiscated, Tribal Police notified", "Referred to Tribal Police"]),
    "Cheating - past posting": ("Dealer reported a late bet placed after the outcome; surveillance confirmed.",
                                ["Referred to Tribal Police", "Exclusion order issued"]),
    "Intoxicated patron served": ("Server continued service to a visibly intoxicated patron; shift manager notified.",
                                  ["Employee suspended pending review", "Patron escorted out"]),
    "Unattended child": ("Child left in a vehicle in the surface lot for about {m} minutes while the parent played.",
                         ["Referred to Tribal Police", "Exclusion order issued"]),
    "Credit voucher dispute": ("Patron said a printed voucher was short; ticket history reviewed for {m} minutes.",
                               ["Claim paid after review", "Patron warned"]),
    "Employee gaming violation": ("Off-duty employee found playing on property against policy.",
                                  ["Employee suspended pending review"]),
    "Chip walking": ("Patron left the table with chips not cashed in; surveillance tracked the chips for {m} minutes.",
                     ["Patron warned", "Exclusion order issued", "Referred to Tribal Police"])}


def nb_records(r, first, ndays, n, start):
    recs, k = [], start
    for when in stamps(r, first, ndays, n):
        k += r.choice((1, 1, 2))
        asset = r.choice([f"Slot asset #{r.randint(40, 79)}-{r.randint(1000, 9999)}", f"Table BJ-{r.randint(1, 24)}",
                          "none", f"Bill validator #{r.randint(100000, 999999)}"])
        rec = {"case_number": f"25-{k:04d}", "when": when, "reported_at": when.strftime("%m/%d/%Y %I:%M %p"),
               "type": r.choice(NB_CATS),
               "location": r.choice(NB_LOCS).format(b=r.randint(10, 42), t=r.randint(1, 24)),
               "asset": asset, "rewards": r.choice(["Rewards acct. XXXX-XX-" + str(r.randint(1000, 9999)), "not a member",
                                                    "Rewards acct. XXXX-XX-" + str(r.randint(1000, 9999))]),
               "related": []}
        rec["department"] = r.choice(NB_DEPT_OF.get(rec["type"], NB_DEPTS))
        summ, res = NB_FIT[rec["type"]]
        rec["summary"] = summ.format(m=r.randint(4, 40))
        d = r.choice(res)
        if d.startswith("Referred to Tribal Police") or "Tribal Police notified" in d:
            num = f"NBTP 25-{r.randint(10000, 99999)}"
            d = f"{d} ({num})"
            rec["related"].append(("other_agency_case", num))
        elif d == "Exclusion order issued":
            num = f"EX-25-{r.randint(100, 299)}"
            d = f"Exclusion order {num} issued"
            rec["related"].append(("exclusion_order", num))
        rec["disposition"] = d
        if r.random() < 0.18:
            num = f"25-{r.randint(start - 160, start - 5):04d}"
            rec["related"].append(("earlier_incident", num))
            rec["related_label"] = f"{num} (September 2025, same patron)"
        recs.append(rec)
    return recs


def draw_nb(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, h - 40, "NOKOMIS BAY TRIBAL GAMING AGENCY")
        c.setFont("Helvetica", 8.5)
        c.drawString(48, h - 52, f"Compliance Division  -  Incident Summaries, {label}")
        c.drawString(48, h - 63, "Submitted to the Tribal Gaming Commission  |  (906) 555-0119")
        c.drawRightString(w - 48, h - 52, f"Page {page[0]} of {pages or 0}")
        c.line(48, h - 68, w - 48, h - 68)
        return h - 86

    def label_line(y, pairs):
        x = 48
        for lab, val, width in pairs:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y, lab)
            c.setFont("Helvetica", 8)
            c.drawString(x + c.stringWidth(lab, "Helvetica-Bold", 8) + 4, y, val)
            x += width

    y = head()
    for rec in recs:
        summ = wrap(rec["summary"], "Helvetica", 8, 420)
        dsp = wrap(rec["disposition"], "Helvetica", 8, 420)
        need = 10 * (5 + len(summ) + len(dsp) + ("related_label" in rec)) + 16
        if y - need < 56:
            c.showPage()
            y = head()
        c.setFillGray(0.9)
        c.rect(46, y - 3, w - 92, 12, stroke=0, fill=1)
        c.setFillGray(0)
        label_line(y, [("Incident No.", rec["case_number"], 170), ("Reported", rec["reported_at"], 170),
                       ("Dept.", rec["department"], 200)])
        y -= 13
        label_line(y, [("Category:", rec["type"], 250), ("Location:", rec["location"], 250)])
        y -= 10
        label_line(y, [("Asset:", rec["asset"], 250), ("Patron:", rec["rewards"], 250)])
        y -= 10
        if "related_label" in rec:
            label_line(y, [("Related:", rec["related_label"], 400)])
            y -= 10
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "Summary:")
        c.setFont("Helvetica", 8)
        for j, t in enumerate(summ):
            c.drawString(120, y - 10 * j, t)
        y -= 10 * len(summ)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "Resolution:")
        c.setFont("Helvetica", 8)
        for j, t in enumerate(dsp):
            c.drawString(120, y - 10 * j, t)
        y -= 10 * len(dsp) + 10
    if y < 80:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(48, y - 4, f"Incidents summarized: {len(recs)}")
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(48, y - 16, "Rewards account numbers are masked. Related incidents are from earlier reporting periods.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Kinnick Lake Band, report to council

KL_COMM = ["Lakeview Community", "Pine Root Village", "Sugarbush Housing", "Old Mission Road Area", "Casino / Hotel Complex"]
KL_TYPES = ["Domestic disturbance", "Theft from vehicle", "Welfare check", "Disorderly conduct", "Juvenile runaway",
            "Vandalism", "Controlled substance", "Trespass on tribal land", "Illegal dumping", "Assault",
            "Fish and game violation", "Operating while intoxicated", "Harassment", "Burglary"]
KL_PLACES = {"Lakeview Community": ["Lakeview Housing Unit {n}", "Lakeview Youth Center", "Boat landing"],
             "Pine Root Village": ["Pine Root Rd {n}", "Pine Root Powwow Grounds", "Elder Center"],
             "Sugarbush Housing": ["Sugarbush Cir {n}", "Sugarbush playground", "Sugarbush Ct {n}"],
             "Old Mission Road Area": ["Old Mission Rd mile {n}", "Tribal gravel pit", "Mission cemetery"],
             "Casino / Hotel Complex": ["Casino parking lot", "Hotel, room {n}", "Fuel station"]}
KL_OUT = ["report taken", "one adult arrested", "citation issued", "referred to Child Welfare", "no crime found",
          "case open", "juvenile returned to guardian", "referred to the Conservation Department"]


KL_FIT = {"Juvenile runaway": ["juvenile returned to guardian", "referred to Child Welfare", "case open"],
          "Welfare check": ["no crime found", "referred to Child Welfare", "report taken"],
          "Fish and game violation": ["citation issued", "referred to the Conservation Department"],
          "Illegal dumping": ["referred to the Conservation Department", "citation issued", "case open"],
          "Domestic disturbance": ["one adult arrested", "report taken", "referred to Child Welfare"],
          "Operating while intoxicated": ["one adult arrested", "citation issued"]}


def kl_records(r, first, ndays, n, start):
    recs = []
    for when in stamps(r, first, ndays, n):
        comm = r.choice(KL_COMM)
        rec = {"when": when, "community": comm, "type": r.choice(KL_TYPES),
               "location": r.choice(KL_PLACES[comm]).format(n=r.randint(2, 88)), "related": []}
        o = r.choice(KL_FIT.get(rec["type"], KL_OUT[:3] + KL_OUT[4:6]))
        if o == "one adult arrested":
            num = f"TC-CR-25-{r.randint(100, 999)}"
            o = f"one adult arrested, Tribal Court {num}"
            rec["related"].append(("tribal_court_docket", num))
        elif o == "citation issued":
            num = f"KLC{r.randint(20000, 29999)}"
            o = f"citation {num} issued"
            rec["related"].append(("citation", num))
        rec["disposition"] = o
        recs.append(rec)
    k = start
    for rec in recs:  # numbers follow time; the report groups by community
        k += r.choice((1, 1, 2))
        rec["case_number"] = f"KL25-{k:04d}"
        rec["reported_at"] = rec["when"].strftime("%m/%d, %H:%M")
    order = {cname: i for i, cname in enumerate(KL_COMM)}
    return sorted(recs, key=lambda x: (order[x["community"]], x["when"]))


def draw_kl(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    L, R = 60, w - 60

    def foot():
        c.setFont("Times-Italic", 8)
        c.drawCentredString(w / 2, 30, f"Kinnick Lake Band Police Department - Report to Council - page {page[0]} of {pages or 0}")

    def newpage():
        foot()
        c.showPage()
        page[0] += 1
        return h - 60

    page[0] = 1
    c.setFont("Times-Bold", 14)
    c.drawCentredString(w / 2, h - 50, "KINNICK LAKE BAND [invented]")
    c.setFont("Times-Bold", 11)
    c.drawCentredString(w / 2, h - 66, "TRIBAL POLICE DEPARTMENT")
    y = h - 96
    c.setFont("Times-Roman", 10)
    for lab, val in (("TO:", "Tribal Council"), ("FROM:", "Chief of Police (Badge 101)"),
                     ("DATE:", "November 5, 2025"),
                     ("RE:", f"Police Department Monthly Report, {label} - Agenda Item 6.C, regular meeting of November 12, 2025")):
        c.setFont("Times-Bold", 10)
        c.drawString(L, y, lab)
        c.setFont("Times-Roman", 10)
        c.drawString(L + 48, y, val)
        y -= 14
    c.line(L, y + 4, R, y + 4)
    y -= 10
    intro = ("The Department answered the calls below during the month. Under Resolution 2025-114 this report lists "
             "every incident for which an officer wrote a report, grouped by community. Names are withheld. The "
             "Department continues to staff 11 sworn positions (2 vacant) and logged 3,118 patrol miles.")
    c.setFont("Times-Roman", 10)
    for t in wrap(intro, "Times-Roman", 10, R - L):
        c.drawString(L, y, t)
        y -= 13
    y -= 6
    {cname: sum(1 for x in recs if x["community"] == cname) for cname in KL_COMM}
    c.setFont("Times-Bold", 10)
    c.drawString(L, y, "Activity summary")
    y -= 14
    rows = [("Calls for service (all)", str(len(recs) * 5 + 17)), ("Traffic stops", "64"),
            ("Reports written", str(len(recs))), ("Arrests", str(sum("arrested" in x["disposition"] for x in recs))),
            ("Mutual-aid requests to county", "9")]
    c.setFont("Times-Roman", 10)
    for a, b in rows:
        c.drawString(L + 10, y, a)
        c.drawRightString(L + 260, y, b)
        y -= 12
    y -= 10
    for cname in KL_COMM:
        sub = [x for x in recs if x["community"] == cname]
        if y < 110:
            y = newpage()
        c.setFont("Times-Bold", 11)
        c.drawString(L, y, f"{cname} ({len(sub)})")
        y -= 15
        for rec in sub:
            text = (f"{rec['reported_at']} - {rec['type']} at {rec['location']}; {rec['disposition']}. "
                    f"Report {rec['case_number']}.")
            lines = wrap(text, "Times-Roman", 10, R - L - 16)
            if y - 12 * len(lines) < 50:
                y = newpage()
            c.setFont("Times-Roman", 10)
            c.drawString(L + 2, y, "\u2022")
            for j, t in enumerate(lines):
                c.drawString(L + 14, y - 12 * j, t)
            y -= 12 * len(lines) + 4
        y -= 8
    if y < 100:
        y = newpage()
    c.setFont("Times-Roman", 10)
    c.drawString(L, y, "Respectfully submitted for the Council's information; no action requested.")
    c.drawString(L, y - 14, "Contact the Records Clerk at (715) 555-0133 with questions.")
    foot()
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Cedar Crane Resort, three shift columns

CC_TYPES = ["Guest Assist", "Noise Complaint", "Medical Call", "Found Property", "Theft - Guest Room",
            "Intoxicated Guest", "Fire Alarm - Tower 1", "Trespass Warning", "Vehicle Break-In", "Lost Child",
            "Pool Rule Violation", "Suspicious Package", "Fight in Progress", "Key Card Lockout - Damage"]
CC_LOCS = ["Tower 1, Rm {n}", "Tower 2, Rm {n}", "Spa Level", "Lagoon Pool", "Convention Ctr Hall {h}",
           "Self-Park Deck {d}", "Casino East Entry", "Golf Cart Barn", "RV Park Site {s}", "Lobby Bar",
           "Kids Quest Room", "Loading Dock"]
CC_DISP = ["Resolved", "Guest relocated", "EMS on scene, transported", "Tribal PD case {tp}", "Logged to L&F",
           "Trespass notice served", "Unfounded", "Engineering notified", "Referred to Risk Mgmt"]
SHIFTS = [("DAY SHIFT 0700-1500", 7 * 60, 15 * 60), ("SWING SHIFT 1500-2300", 15 * 60, 23 * 60),
          ("GRAVE SHIFT 2300-0700", 23 * 60, 31 * 60)]


CC_FIT = {"Medical Call": ["EMS on scene, transported", "Resolved"], "Found Property": ["Logged to L&F"],
          "Fire Alarm - Tower 1": ["Engineering notified", "Unfounded"], "Lost Child": ["Resolved"],
          "Key Card Lockout - Damage": ["Engineering notified", "Referred to Risk Mgmt"],
          "Guest Assist": ["Resolved", "Guest relocated"], "Noise Complaint": ["Resolved", "Guest relocated", "Unfounded"],
          "Trespass Warning": ["Trespass notice served", "Tribal PD case {tp}"],
          "Fight in Progress": ["Tribal PD case {tp}", "Trespass notice served", "EMS on scene, transported"],
          "Intoxicated Guest": ["Resolved", "Trespass notice served", "EMS on scene, transported"],
          "Pool Rule Violation": ["Resolved"]}


def cc_records(r, first, ndays, n, start):
    recs, k = [], start
    per_day = [n // ndays + (1 if i < n % ndays else 0) for i in range(ndays)]
    for di, cnt in enumerate(per_day):
        day = first + datetime.timedelta(days=di)
        base = datetime.datetime(day.year, day.month, day.day, 7, 0)
        while True:
            mins = sorted(r.sample(range(0, 1440), cnt))
            if all(sum(lo - 420 <= m < hi - 420 for m in mins) <= 9 for _, lo, hi in SHIFTS):
                break
        for m in mins:
            when = base + datetime.timedelta(minutes=m)
            k += r.choice((1, 1, 1, 2))
            rec = {"case_number": f"CCR25-{k:05d}", "when": when, "day": day,
                   "shift": next(i for i, (_, lo, hi) in enumerate(SHIFTS) if lo - 420 <= m < hi - 420),
                   "reported_at": when.strftime("%m/%d %H%M"), "type": r.choice(CC_TYPES),
                   "location": r.choice(CC_LOCS).format(n=r.randint(101, 1688), h=r.choice("ABCD"), d=r.randint(1, 5),
                                                        s=r.randint(1, 90)), "related": []}
            d = r.choice(CC_FIT.get(rec["type"], ["Resolved", "Unfounded", "Tribal PD case {tp}", "Referred to Risk Mgmt"]))
            if "{tp}" in d:
                num = f"CCTP-25-{r.randint(1000, 9999)}"
                d = d.format(tp=num)
                rec["related"].append(("other_agency_case", num))
            elif d.startswith("EMS"):
                num = f"EMS run 25-{r.randint(1000, 9999)}"
                d = f"{d}, {num}"
                rec["related"].append(("ems_run", num))
            rec["disposition"] = d
            recs.append(rec)
    return recs


CC_X = [36, 282, 528]
CC_W = 228


def draw_cc(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    page = [0]
    days = []
    for rec in recs:
        if not days or days[-1][0] != rec["day"]:
            days.append((rec["day"], []))
        days[-1][1].append(rec)
    for day, rows in days:
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 36, "CEDAR CRANE RESORT & CASINO - DEPARTMENT OF PUBLIC SAFETY")
        c.setFont("Helvetica", 9)
        c.drawString(36, h - 49, f"24-Hour Report for {long_day(day)}   (period {label})")
        c.drawRightString(w - 36, h - 36, f"Page {page[0]} of {pages or 0}")
        c.drawRightString(w - 36, h - 49, "Dispatch (760) 555-0171")
        for si, (title, _, _) in enumerate(SHIFTS):
            x = CC_X[si]
            sub = [x_ for x_ in rows if x_["shift"] == si]
            c.setFillGray(0.2)
            c.rect(x, h - 72, CC_W, 14, stroke=0, fill=1)
            c.setFillGray(1)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 4, h - 68, title)
            c.setFillGray(0)
            y = h - 86
            for rec in sub:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x + 2, y, f"{rec['reported_at']}  {rec['case_number']}")
                c.setFont("Helvetica", 8)
                c.drawString(x + 2, y - 10, rec["type"])
                c.drawString(x + 2, y - 20, rec["location"])
                dl = wrap(rec["disposition"], "Helvetica-Oblique", 8, CC_W - 6)
                c.setFont("Helvetica-Oblique", 8)
                for j, t in enumerate(dl):
                    c.drawString(x + 2, y - 30 - 10 * j, t)
                y -= 30 + 10 * len(dl) + 8
                c.setStrokeGray(0.75)
                c.line(x, y + 6, x + CC_W, y + 6)
                c.setStrokeGray(0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 2, 58, f"Shift total: {len(sub)}")
            if si:
                c.line(x - 9, 52, x - 9, h - 58)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 38, f"24-hour total: {len(rows)}")
        if day == days[-1][0]:
            c.drawRightString(w - 36, 38, f"Reports this period: {len(recs)}")
        c.showPage()
    c.save()
    return page[0]


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
        "git_blob": "generated", "generator": f"make_blind_logs75.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": [f for f in fields if f != "calendar_date"], "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs75.py) from the records it drew; "
                               "checked by check_blind_logs75.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, first, ndays, label, n, start in runs:
        recs = make(r, first, ndays, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False, default=str) + "\n")


D = datetime.date

NOTES = {
    "rw": ("Portrait 'Daily Incident Log' in Helvetica, grey band of column titles repeated on every page: "
           "Incident # / CAD #, Reported (MM/DD/YYYY HH:MM), Nature (wraps; tribal code section in parentheses, "
           "e.g. 'Disorderly Conduct (RWTC 9-112)'), Location (housing units, chapter houses, 'Route 12 MP 31.4'), "
           "Agency (RWNPD, FBI or MCSO), Disposition (wraps). TWIST: the first cell stacks two numbers: the "
           "incident number RWN25-NNNNNN (the id, bold) and under it, smaller and grey, the dispatch event "
           "number 'CAD YYMM-NNNN' (related, kind cad_number; every record has one, and in the text layer it "
           "starts the record's second line, where the wrapped Nature/Location/Disposition text continues). "
           "'Arrest, Tribal Court CR-25-NNNN' (tribal_court_docket), 'Referred FBI 25A-PX-NNNNNN' (the FBI file number 25A-PX-NNNNNN) and "
           "'Referred MCSO 25-NNNNN' (other_agency_case) are related. Tribal code sections and mileposts are "
           "not numbers of records. Ends 'Total incidents this log: N'.",
           "rows counted from the generator; 'Total incidents this log' equals record_count"),
    "sh": ("Casino security 'Daily Activity Report' in Times, column titles repeated per page: Time (HH:MM), "
           "Report # (SH-YYMMDD-NNN, the id), Area, Incident (the type), Action / Disposition (wraps). TWIST: rows "
           "are grouped under grey bands 'GAMING DAY FRIDAY, OCTOBER 17, 2025 (06:00 - 05:59)'; the date is only "
           "in the band, and a gaming day runs from 06:00 to 05:59 the next morning, so rows after midnight "
           "(00:00-05:59) happened on the next calendar day although they sit under the earlier band, and their "
           "ids carry the gaming day's date (SH-251017-031 at 02:15 on October 18). Each band closes with "
           "'Reports this gaming day: N' (right-aligned). reported_at in the sample records joins the band's "
           "date and the row's time AS PRINTED ('10/17/2025 02:15'); calendar_date gives the real date. "
           "'Tribal PD notified, case KTPD 25-NNNN' (other_agency_case) and 'TGA notified (TGA-25-NNN)' "
           "(gaming_agency_notice) are related. Slot bank, table, pit, floor and cage-window numbers are not "
           "records. Ends 'Total reports, all gaming days: N'.",
           "rows counted from the generator; band counts add up to the closing total, which equals record_count"),
    "nb": ("Tribal gaming agency's monthly 'Incident Summaries' (compliance division), labelled blocks in "
           "Helvetica: a grey first line with three labels 'Incident No. 25-NNNN   Reported MM/DD/YYYY HH:MM AM   "
           "Dept. Slots', then two label pairs a line 'Category:' (the type) / 'Location:', 'Asset:' (slot asset "
           "'#NN-NNNN', table 'BJ-NN', bill validator '#NNNNNN' or 'none') / 'Patron:' (masked rewards account "
           "'XXXX-XX-NNNN' or 'not a member'), sometimes 'Related:', then 'Summary:' and 'Resolution:' (the "
           "disposition), both wrapping under a value column. TRAP: 'Related: 25-NNNN (September 2025, same "
           "patron)' cites an earlier incident of the SAME number series, not in this log (related, kind "
           "earlier_incident), so a bare 25-NNNN inside a block is not a record. Asset and masked account "
           "numbers are not records. 'Referred to Tribal Police (NBTP 25-NNNNN)' and 'Bill confiscated, Tribal "
           "Police notified (NBTP 25-NNNNN)' (other_agency_case), 'Exclusion order EX-25-NNN issued' "
           "(exclusion_order) are related. 12-hour reported times. Ends 'Incidents summarized: N'.",
           "blocks counted from the generator; 'Incidents summarized' equals record_count"),
    "kl": ("Chief of Police's monthly report to the Tribal Council as a memo in Times: TO / FROM / DATE / RE "
           "lines (with 'Agenda Item 6.C'), a paragraph citing 'Resolution 2025-114' and staffing numbers, an "
           "'Activity summary' table (calls for service, traffic stops, 'Reports written' = the number of "
           "records, arrests, mutual-aid requests), then sections per community headed 'Lakeview Community "
           "(N)'; each record a bullet paragraph 'MM/DD, HH:MM - type at place; outcome. Report KL25-NNNN.' "
           "with the id LAST, wrapping onto indented lines. TRAP: records are grouped by community and in time "
           "order only inside a community, so the whole log is not in time or id order; the numbers in the "
           "memo head, the summary table and the section headings are not records. 'one adult arrested, "
           "Tribal Court TC-CR-25-NNN' (tribal_court_docket) and 'citation KLCNNNNN issued' (citation) are "
           "related. reported_at as printed ('10/03, 14:12', no year). Page footer on every page.",
           "bullets counted from the generator; the section counts add up to 'Reports written', which equals "
           "record_count"),
    "cc": ("Resort public-safety '24-Hour Report', one landscape page per day, three shift columns side by side "
           "(DAY SHIFT 0700-1500, SWING SHIFT 1500-2300, GRAVE SHIFT 2300-0700) under dark title bars. Each "
           "entry is four or more lines in its column: bold 'MM/DD HHMM  CCR25-NNNNN' (reported_at, no year, "
           "then the id), the type, the location, the italic disposition (wraps). Each column ends 'Shift "
           "total: N', the page '24-hour total: N', the last page also 'Reports this period: N'. TRAP: "
           "`pdftotext -layout` prints the three columns on the same text lines, so up to three entries are "
           "interleaved line by line; document order (case_numbers) reads each page column by column (day, "
           "swing, grave). The grave shift runs past midnight: its later entries carry the next day's date "
           "while printed on the earlier day's page. 'Tribal PD case CCTP-25-NNNN' (other_agency_case) and "
           "'EMS run 25-NNNN' (ems_run) are related.",
           "entries counted from the generator; shift totals add up to each page's 24-hour total and those to "
           "'Reports this period', which equals record_count"),
}


def main():
    one_agency(
        "red-willow-nation-az-tribal-pd", 1,
        [("rwnpd-daily-log-2025-10-13-16.pdf", D(2025, 10, 13), 4, "October 13 - 16, 2025", 64, 4120),
         ("rwnpd-daily-log-2025-10-17-19.pdf", D(2025, 10, 17), 3, "October 17 - 19, 2025", 52, 4215)],
        rw_records, draw_rw, "Red Willow Nation Police Department, AZ [invented]",
        "daily incident log (incident number over CAD number)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["rw"])
    one_agency(
        "sunhawk-casino-resort-ok-security", 2,
        [("sunhawk-security-dar-2025-10-17-19.pdf", D(2025, 10, 17), 3, "October 17 - 19, 2025", 66, 0),
         ("sunhawk-security-dar-2025-10-20-22.pdf", D(2025, 10, 20), 3, "October 20 - 22, 2025", 58, 0)],
        sh_records, draw_sh, "Sunhawk Casino Resort, Security Department, OK [invented]",
        "security daily activity report by gaming day", "table with header",
        ["case_number", "reported_at", "calendar_date", "type", "location", "disposition"], *NOTES["sh"])
    one_agency(
        "nokomis-bay-mi-tribal-gaming-agency", 3,
        [("nbtga-incident-summaries-2025-10.pdf", D(2025, 10, 1), 31, "October 2025", 48, 412)],
        nb_records, draw_nb, "Nokomis Bay Tribal Gaming Agency, Compliance Division, MI [invented]",
        "monthly compliance incident summaries", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"], *NOTES["nb"])
    one_agency(
        "kinnick-lake-band-wi-tribal-police", 4,
        [("klbpd-council-report-2025-10.pdf", D(2025, 10, 1), 31, "October 2025", 71, 1380)],
        kl_records, draw_kl, "Kinnick Lake Band Tribal Police Department, WI [invented]",
        "chief's monthly report to the tribal council", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kl"])
    one_agency(
        "cedar-crane-resort-ca-public-safety", 5,
        [("ccr-24hour-reports-2025-10-13-16.pdf", D(2025, 10, 13), 4, "October 13 - 16, 2025", 74, 8820),
         ("ccr-24hour-reports-2025-10-17-19.pdf", D(2025, 10, 17), 3, "October 17 - 19, 2025", 57, 8911)],
        cc_records, draw_cc, "Cedar Crane Resort & Casino, Department of Public Safety, CA [invented]",
        "24-hour report in three shift columns", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["cc"])


if __name__ == "__main__":
    main()
