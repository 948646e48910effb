"""Generate a held-out set of incident-log PDFs produced in litigation (formal records productions).

Five layouts: a city incident table behind a privilege log, with slip sheets standing for reports
withheld in full; a sheriff's landscape call log in two production volumes whose last volume-1 page
is produced again, de-designated, at the head of volume 2; a university safety office's incident
summaries (labelled blocks) behind a production index with one row per summary and an exhibit
sticker; a records custodian's deposition transcript (page and line numbers, Q/A) in which the
custodian reads the log into the record, with a word index at the end; a city's interrogatory
answer whose table of incidents is lettered (a), (b) ... (aa) and cites a Bates range per row.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs102/make_blind_logs102.py [OUT_DIR]
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
SEED = 20261202
STREETS = ["Ashby", "Birchwood", "Carrow", "Delamere", "Elsing", "Foxhollow", "Garnet", "Hobart", "Ivel",
           "Juniper", "Kettering", "Linden", "Mossop", "Norbury", "Osier", "Prentice", "Quarry", "Ridley",
           "Saltash", "Tamworth", "Umber", "Vance", "Wickham"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = ["Theft", "Burglary - Residential", "Burglary - Vehicle", "Assault - Simple", "Vandalism",
         "Suspicious Person", "Welfare Check", "Domestic Disturbance", "Trespass", "Fraud",
         "Hit and Run", "Noise Complaint", "Found Property", "Harassment", "DUI"]
DISPS = ["Report taken", "Closed - no report", "Unfounded", "Referred to prosecutor", "Advised",
         "Open - under investigation"]


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


def addr(r, upper=False):
    a = f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def block_addr(r):
    return f"{r.randint(1, 49) * 100} block of {r.choice(STREETS)} {r.choice(SUFFIX)}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def long_date(d):
    return datetime.date(*d).strftime("%B %-d, %Y")


def base(r, dys, n, fmt, start, step=(1, 1, 1, 2)):
    recs, k = [], start
    for d, h, m in day_times(r, dys, n):
        k += r.choice(step)
        recs.append({"case_number": fmt.format(k), "day": d, "hm": (h, m), "type": r.choice(TYPES),
                     "disposition": r.choice(DISPS), "related": []})
    return recs


def legend_foot(c, w, left, right, size=6.5):
    c.setFont("Helvetica-Bold", size)
    c.drawString(36, 22, left)
    c.drawRightString(w - 36, 22, right)


# ---------------------------------------------------------------- 1: Calder Mills, privilege log + slip sheets

CM_CASE = "Civil Action No. 1:25-cv-00762"


def cm_records(r, dys, n, start):
    recs = base(r, dys, n, "CM-25-{:05d}", start, step=(1, 1, 2, 3))
    priv = 0
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hm'][0]:02d}:{rec['hm'][1]:02d}"
        rec["location"] = addr(r)
        x = r.random()
        if x < 0.12:
            bk = f"BK25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Arrest, booking {bk}"
            rec["related"].append(("booking_number", bk))
        elif x < 0.22:
            priv += 1
            rec["disposition"] = "Narrative redacted - see privilege log"
            rec["priv"] = True
    # reports withheld in full: ids of the same series that are not in the log (gaps)
    have = {rec["case_number"] for rec in recs}
    lo = int(recs[0]["case_number"][-5:])
    hi = int(recs[-1]["case_number"][-5:])
    gaps = [f"CM-25-{k:05d}" for k in range(lo, hi) if f"CM-25-{k:05d}" not in have]
    withheld = sorted(r.sample(gaps, 3))
    return recs, withheld


def draw_cm(path, data, label, pages, meta):
    recs, withheld = data
    w, h = letter
    c = new_canvas(path, letter)
    bates0 = meta["bates0"]
    page = [0]

    def foot():
        legend_foot(c, w, f"CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER - {CM_CASE}",
                    f"CMPD-LIT-{bates0 + page[0]:06d}")
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(w / 2, 12, f"Page {page[0] + 1} of {pages or 0}")
        c.showPage()
        page[0] += 1

    # slip-sheet positions: after which log row a withheld report falls (by number)
    def after_index(num):
        k = int(num[-5:])
        return max(i for i, rec in enumerate(recs) if int(rec["case_number"][-5:]) < k)

    slip_after = {}
    for num in withheld:
        slip_after.setdefault(after_index(num), []).append(num)
    # ---- page 1: privilege log
    ent = []
    pr = [x for x in recs if x.get("priv")]
    items = [("red", x["case_number"]) for x in pr] + [("wh", num) for num in withheld]
    items.sort(key=lambda t: t[1])
    plan_bates = meta.get("plan_bates", {})
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(w / 2, h - 50, "CITY OF CALDER MILLS [invented] - DEFENDANT'S PRIVILEGE LOG")
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, h - 64, f"{CM_CASE} - Production Volume 003 - Incident Log, {label}")
    y = h - 90
    cols = [40, 80, 160, 225, 320, 470]
    c.setFont("Helvetica-Bold", 7.5)
    for x, t in zip(cols, ["Priv. No.", "Bates", "Date", "Document", "Description", "Privilege asserted"]):
        c.drawString(x, y, t)
    c.line(36, y - 3, w - 36, y - 3)
    y -= 14
    c.setFont("Helvetica", 7.5)
    for i, (kind, num) in enumerate(items, 1):
        rec = next((x for x in recs if x["case_number"] == num), None)
        dt = mdy(rec["day"]) if rec else meta["wh_dates"].get(num, "")
        if kind == "red":
            doc, desc, pv = "Incident log entry", f"Narrative of incident {num}", "Law enf. investigative"
        else:
            doc, desc, pv = "Incident report", f"Report {num}, withheld in full", "Juvenile record; work product"
        ent.append((i, kind, num))
        c.drawString(cols[0], y, f"{i}")
        c.drawString(cols[1], y, f"CMPD-LIT-{plan_bates.get(num, 0):06d}")
        c.drawString(cols[2], y, dt)
        c.drawString(cols[3], y, doc)
        c.drawString(cols[4], y, desc)
        c.drawString(cols[5], y, pv)
        y -= 12
    y -= 8
    c.drawString(40, y, f"Entries on this privilege log: {len(items)}. Documents withheld in full are "
                        "replaced by a slip sheet bearing their Bates number.")
    foot()

    def head(first):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 40, "Calder Mills Police Department [invented] - Incident Log")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 40, label)
        yy = h - 60
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in zip([36, 100, 172, 282, 412], ["Incident No.", "Reported", "Offense", "Location",
                                                    "Disposition"]):
            c.drawString(x, yy, t)
        c.line(36, yy - 3, w - 36, yy - 3)
        return yy - 13

    y = head(True)
    new_bates = {}
    for i, rec in enumerate(recs):
        if y < 50:
            foot()
            y = head(False)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(100, y, rec["reported_at"])
        c.drawString(172, y, rec["type"])
        c.drawString(282, y, rec["location"])
        c.drawString(412, y, rec["disposition"])
        if rec.get("priv"):
            new_bates[rec["case_number"]] = bates0 + page[0]
        y -= 12
        for num in slip_after.get(i, []):
            foot()
            new_bates[num] = bates0 + page[0]
            c.setFont("Helvetica-Bold", 20)
            c.drawCentredString(w / 2, h / 2 + 40, "SLIP SHEET")
            c.setFont("Helvetica", 11)
            c.drawCentredString(w / 2, h / 2 + 10, "Document withheld in full on the basis of privilege.")
            pno = next(k for k, kind, nn in ent if nn == num)
            c.drawCentredString(w / 2, h / 2 - 8, f"See Defendant's Privilege Log, entry {pno}.")
            y = None
        if y is None:
            foot()
            y = head(False)
    y -= 6
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y, f"Incidents listed: {len(recs)}")
    foot()
    c.save()
    meta["plan_bates"] = new_bates
    return page[0]


# ---------------------------------------------------------------- 2: Dorsey Flats, two volumes, re-produced page

DF_NATURE = ["SUSP VEH", "ALARM", "DISTURB", "THEFT", "TRAFFIC HAZ", "WELFARE", "ACCIDENT PD", "TRESPASS",
             "ANIMAL", "CIVIL STANDBY", "BURGLARY", "911 HANGUP", "FIGHT", "LIVESTOCK OUT"]
DF_DISP = ["CLR", "RPT", "ADV", "UTL", "GOA", "CIT"]


def df_records(r, dys, n, start):
    recs = base(r, dys, n, "DF25-{:06d}", start, step=(1, 2, 3, 4))
    for rec in recs:
        d = rec["day"]
        rec["reported_at"] = f"{d[1]:02d}/{d[2]:02d}/25 {rec['hm'][0]:02d}{rec['hm'][1]:02d}"
        rec["type"] = r.choice(DF_NATURE)
        rec["location"] = addr(r, upper=True)
        rec["unit"] = f"{r.randint(2, 7)}D{r.randint(10, 29)}"
        if r.random() < 0.1:
            bk = f"{r.randint(10000, 99999)}"
            rec["disposition"] = f"ARR - BKG 25-{bk}"
            rec["related"].append(("booking_number", f"25-{bk}"))
        else:
            rec["disposition"] = r.choice(DF_DISP)
    return recs


def draw_df(path, recs, label, pages, meta):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    per = 34
    chunks = [recs[i:i + per] for i in range(0, len(recs), per)]
    split = (len(chunks) + 1) // 2   # volume 1 = chunks[:split]
    bates0 = meta["bates0"]
    seq = [("vol", 1)] + [("log", i) for i in range(split)] + [("vol", 2), ("again", split - 1)] + \
          [("log", i) for i in range(split, len(chunks))]
    total = len(seq)
    bates = {}
    for p, (kind, i) in enumerate(seq):
        b = bates0 + p
        if kind == "log":
            bates[i] = b
        if kind == "vol":
            c.setFont("Helvetica-Bold", 16)
            c.drawCentredString(w / 2, h / 2 + 30, f"PRODUCTION VOLUME {i:03d}")
            c.setFont("Helvetica", 10)
            first = bates0 + p + 1
            last = bates0 + (seq.index(("vol", 2)) - 1 if i == 1 else total - 1)
            c.drawCentredString(w / 2, h / 2 + 8, f"Bates DFSO {first:06d} through DFSO {last:06d}")
            c.drawCentredString(w / 2, h / 2 - 10, "Dorsey Flats County Sheriff's Office [invented] - "
                                                   f"CAD Call Log, {label}")
        else:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(36, h - 36, "DORSEY FLATS COUNTY SHERIFF'S OFFICE [invented]   CAD CALL LOG")
            c.setFont("Helvetica", 8)
            c.drawString(36, h - 48, f"Period {label}   Printed for production")
            y = h - 70
            if kind == "again":
                c.setFont("Helvetica-Bold", 9)
                c.drawString(36, h - 60, f"RE-PRODUCED - DE-DESIGNATED - supersedes DFSO {bates[i]:06d}")
                y = h - 76
            cols = [36, 110, 160, 200, 300, 470, 510]
            c.setFont("Helvetica-Bold", 7.5)
            for x, t in zip(cols, ["Call No.", "Date", "Time", "Nature", "Location", "Unit", "Disposition"]):
                c.drawString(x, y, t)
            c.line(36, y - 3, w - 60, y - 3)
            y -= 13
            c.setFont("Helvetica", 7.5)
            for rec in chunks[i]:
                d = rec["day"]
                vals = [rec["case_number"], f"{d[1]:02d}/{d[2]:02d}/25", f"{rec['hm'][0]:02d}{rec['hm'][1]:02d}",
                        rec["type"], rec["location"], rec["unit"], rec["disposition"]]
                for x, t in zip(cols, vals):
                    c.drawString(x, y, t)
                y -= 11.5
            if kind == "log" and i == len(chunks) - 1:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(36, y - 6, f"Calls this log: {len(recs)}")
            # vertical designation legend in the right margin
            c.saveState()
            c.translate(w - 24, h / 2)
            c.rotate(90)
            c.setFont("Helvetica-Bold", 8)
            legend = "NOT CONFIDENTIAL" if kind == "again" else "CONFIDENTIAL - ATTORNEYS' EYES ONLY"
            c.drawCentredString(0, 0, legend)
            c.restoreState()
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(w - 40, 16, f"DFSO {bates0 + p:06d}")
        c.drawString(36, 16, "Produced in Dorsey Flats Grazing Assn. v. Dorsey Flats County, No. CI 25-1187")
        c.showPage()
    c.save()
    meta["again_ids"] = [rec["case_number"] for rec in chunks[split - 1]]
    return total


# ---------------------------------------------------------------- 3: Quenby State University, production index + sticker

QS_TYPES = ["Theft - Bicycle", "Theft - Laptop", "Liquor Law Violation", "Drug Law Violation", "Vandalism",
            "Harassment", "Fire Alarm", "Medical Assist", "Suspicious Activity", "Trespass Warning",
            "Burglary - Residence Hall", "Motor Vehicle Theft", "Stalking", "Fondling"]
QS_PLACES = ["Harlan Hall", "Ostrow Library", "Beckett Center", "Lot 14", "Varney Hall", "Pruitt Commons",
             "Founders Green", "Lot 9", "Tillery Science Bldg", "Carrick Hall", "Student Union", "Marlowe Gym"]
QS_DISP = ["Cleared - exceptional", "Inactive", "Referred to Student Conduct", "Unfounded", "Open",
           "Closed - information only"]
QS_SUMM = ["Reporting party states the item was left unattended for a short time.",
           "Officer responded and spoke with the reporting party.",
           "Resident advisor called about a strong odor on the third floor.",
           "Alarm caused by cooking; building reset by facilities.",
           "Caller reported a person checking door handles in the lot.",
           "Student transported to the medical center by EMS."]


def qs_records(r, dys, n, start):
    recs = base(r, dys, n, "QSU-2025-{:04d}", start)
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hm'][0]:02d}:{rec['hm'][1]:02d}"
        rec["type"] = r.choice(QS_TYPES)
        rec["location"] = f"{r.choice(QS_PLACES)}, {r.choice(['room', 'entrance', 'lobby', 'east side'])}" \
            if r.random() < 0.7 else r.choice(QS_PLACES)
        rec["disposition"] = r.choice(QS_DISP)
        if r.random() < 0.12:
            cit = f"QC-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Cleared - citation {cit}"
            rec["related"].append(("citation", cit))
        rec["summary"] = r.choice(QS_SUMM)
    return recs


def draw_qs(path, recs, label, pages, meta):
    w, h = letter
    c = new_canvas(path, letter)
    bates0 = meta["bates0"]
    ex = meta["exhibit"]
    page = [0]
    doc_bates = meta.get("doc_bates", {})

    def foot():
        legend_foot(c, w, "CONFIDENTIAL - FERPA PROTECTED - PRODUCED UNDER PROTECTIVE ORDER",
                    f"QSU-DPS {bates0 + page[0]:06d}")
        c.showPage()
        page[0] += 1

    # index pages (before the summaries)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(w / 2, h - 50, "PRODUCTION INDEX - QUENBY STATE UNIVERSITY [invented] DEPT. OF PUBLIC SAFETY")
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, h - 63, f"Response to Request for Production No. 4 - incident summaries, {label}")
    y = h - 86

    def ihead(y):
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in zip([40, 80, 160, 240, 300], ["Doc.", "Bates Begin", "Bates End", "Date", "Description"]):
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 36, y - 3)
        return y - 12

    y = ihead(y)
    for k, rec in enumerate(recs, 1):
        if y < 60:
            foot()
            y = ihead(h - 50)
        c.setFont("Helvetica", 7.5)
        b = doc_bates.get(rec["case_number"], 0)
        c.drawString(40, y, f"{k}")
        c.drawString(80, y, f"QSU-DPS {b:06d}")
        c.drawString(160, y, f"QSU-DPS {b:06d}")
        c.drawString(240, y, mdy(rec["day"]))
        c.drawString(300, y, f"Incident summary - {rec['type']}")
        y -= 10.5
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(40, y - 6, f"Documents produced: {len(recs)}")
    foot()
    first_log = True

    def head():
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 40, "Quenby State University [invented] Department of Public Safety")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 52, f"Incident Summary Report - {label}")
        return h - 74

    y = head()
    new_bates = {}
    for rec in recs:
        summ = simpleSplit(rec["summary"], "Helvetica", 8, w - 170)
        need = 14 * (4 + len(summ)) + 8
        if first_log:
            # exhibit sticker, top right of the first summary page
            c.setFillGray(0.92)
            c.rect(w - 190, h - 112, 150, 64, fill=1, stroke=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString(w - 115, h - 64, f"PLAINTIFF'S EXHIBIT {ex}")
            c.setFont("Helvetica", 7)
            c.drawCentredString(w - 115, h - 78, "Dep. of Records Custodian, Badge 2207")
            c.drawCentredString(w - 115, h - 90, "Date: 11/12/2025")
            c.drawCentredString(w - 115, h - 102, "CSR No. 13580")
            y = h - 124
            first_log = False
        if y - need < 40:
            foot()
            y = head()
        new_bates[rec["case_number"]] = bates0 + page[0]
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "Case Number:")
        c.drawString(120, y, rec["case_number"])
        c.setFont("Helvetica", 8)
        c.drawString(320, y, "Reported:")
        c.drawString(370, y, rec["reported_at"])
        y -= 14
        for lab, val in (("Classification:", rec["type"]), ("Location:", rec["location"]),
                         ("Disposition:", rec["disposition"])):
            c.drawString(40, y, lab)
            c.drawString(120, y, val)
            y -= 14
        c.drawString(40, y, "Summary:")
        for line in summ:
            c.drawString(120, y, line)
            y -= 14
        c.setLineWidth(0.4)
        c.line(36, y + 5, w - 36, y + 5)
        y -= 8
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 4, f"Incident summaries produced: {len(recs)}")
    foot()
    c.save()
    meta["doc_bates"] = new_bates
    return page[0]


# ---------------------------------------------------------------- 4: Brannock Hills, deposition transcript

BH_TYPES = ["theft from vehicle", "burglary", "simple assault", "criminal mischief", "shoplifting",
            "disorderly conduct", "welfare check", "domestic disturbance", "harassment", "trespass",
            "fraud", "hit and run"]
BH_DISP = ["report taken", "closed, no report", "unfounded", "referred to the county attorney",
           "open, under investigation", "advised and cleared"]


def bh_records(r, dys, n, start):
    recs = base(r, dys, n, "BH25-{:04d}", start)
    for rec in recs:
        rec["reported_at"] = f"{long_date(rec['day'])} at {rec['hm'][0]:02d}{rec['hm'][1]:02d}"
        t = r.choice(BH_TYPES)
        rec["type"] = t[0].upper() + t[1:]
        rec["location"] = block_addr(r)
        rec["disposition"] = r.choice(BH_DISP)
        if r.random() < 0.15:
            bk = f"BHJ-{r.randint(10000, 99999)}"
            rec["booking"] = bk
            rec["disposition"] = "arrest"
            rec["related"].append(("booking_number", bk))
    return recs


BH_Q = ["Q.  Read the next entry, please.", "Q.  And the next one?", "Q.  Go on to the next entry.",
        "Q.  What is the next entry on Exhibit 3?"]


def bh_lines(r, recs):
    """Transcript lines (text, record index or None)."""
    out = [("Q.  Custodian 41, you have Exhibit 3 in front of you?", None), ("A.  I do.", None),
           ("Q.  Is that the incident log for the period it states?", None), ("A.  Yes, it is.", None)]
    for i, rec in enumerate(recs):
        out.append((r.choice(BH_Q), None))
        text = (f"Entry {rec['case_number']}. Reported {rec['reported_at']} hours. "
                f"{rec['type']}, {rec['location']}. "
                f"Disposition: {rec['disposition']}.")
        lines = simpleSplit(text, "Courier", 10, 410)
        for j, ln in enumerate(lines):
            out.append(("A.  " + ln if j == 0 else "    " + ln, i))
        if "booking" in rec:
            out.append(("Q.  Is there a booking number?", i))
            out.append((f"A.  Booking {rec['booking']}.", i))
    out += [("MR. ATTORNEY 2: That's the last entry. Let's go off the", None), ("    record.", None),
            ("(Recess taken.)", None)]
    return out


def draw_bh(path, recs, label, pages, meta):
    r = random.Random(meta["seed"])
    w, h = letter
    c = new_canvas(path, letter)
    lines = bh_lines(r, recs)
    cite = {}
    pno = meta["first_page"]

    def page_start(p):
        c.setFont("Courier", 10)
        c.drawRightString(w - 60, h - 40, f"Page {p}")
        c.setLineWidth(0.5)
        c.rect(60, 60, w - 120, h - 120)

    def line_y(k):
        return h - 80 - (k - 1) * 25.5

    # caption page
    page_start(pno)
    cap = ["IN THE CIRCUIT COURT OF HOLLIN COUNTY [invented]", "CIVIL ACTION NO. 25-CI-00391", "",
           "ESTATE OF PLAINTIFF 1, Plaintiff,", "v.", "CITY OF BRANNOCK HILLS [invented], Defendant.", "",
           "DEPOSITION OF RECORDS CUSTODIAN 41", "BRANNOCK HILLS POLICE DEPARTMENT [invented]",
           f"Taken November 18, 2025 - Incident log {label}", "", "Reported by CSR No. 20417",
           "Telephone 555-0147"]
    for k in range(1, 26):
        c.setFont("Courier", 10)
        c.drawRightString(84, line_y(k), str(k))
        if k <= len(cap):
            c.drawString(100, line_y(k), cap[k - 1])
    c.setFont("Courier", 9)
    c.drawCentredString(w / 2, 40, "CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER")
    c.showPage()
    pno += 1
    k = 1
    page_start(pno)
    for text, idx in lines:
        if k > 25:
            c.setFont("Courier", 9)
            c.drawCentredString(w / 2, 40, "CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER")
            c.showPage()
            pno += 1
            k = 1
            page_start(pno)
        c.setFont("Courier", 10)
        c.drawRightString(84, line_y(k), str(k))
        c.drawString(100, line_y(k), text)
        if text.startswith("A.  Entry "):
            cite[recs[idx]["case_number"]] = (pno, k)
        k += 1
    while k <= 25:
        c.setFont("Courier", 10)
        c.drawRightString(84, line_y(k), str(k))
        k += 1
    c.setFont("Courier", 9)
    c.drawCentredString(w / 2, 40, "CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER")
    c.showPage()
    # word index: every entry number with its page:line
    pno += 1
    c.setFont("Courier-Bold", 11)
    c.drawCentredString(w / 2, h - 50, "INDEX")
    c.setFont("Courier", 8.5)
    col, y = 0, h - 74
    for rec in recs:
        p, ln = cite[rec["case_number"]]
        c.drawString(70 + col * 170, y, f"{rec['case_number']} [1] {p}:{ln}")
        y -= 11
        if y < 70:
            col += 1
            y = h - 74
    c.setFont("Courier", 10)
    c.drawRightString(w - 60, h - 40, f"Page {pno}")
    c.drawString(70, 44, f"Entries read into the record: {len(recs)}")
    c.showPage()
    c.save()
    meta["cite"] = cite
    return pno - meta["first_page"] + 1


# ---------------------------------------------------------------- 5: Merrow Bend, interrogatory answer


def letters(k):
    s = "abcdefghijklmnopqrstuvwxyz"
    return s[k] if k < 26 else s[k // 26 - 1] + s[k % 26]


def mb_records(r, dys, n, start):
    recs = base(r, dys, n, "MB25-{:05d}", start)
    b = 1204
    for i, rec in enumerate(recs):
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hm'][0]:02d}{rec['hm'][1]:02d}"
        rec["location"] = block_addr(r)
        rec["item"] = f"({letters(i)})"
        if r.random() < 0.1:
            cit = f"MBC{r.randint(100000, 999999)}"
            rec["disposition"] = f"Cited, citation {cit}"
            rec["related"].append(("citation", cit))
        span = r.randint(1, 9)
        rec["bates"] = f"MBPD-{b:06d}"
        rec["bates_end"] = f"{(b + span - 1) % 100:02d}"
        rec["related"].append(("bates_begin", rec["bates"]))
        b += span
    return recs


def draw_mb(path, recs, label, pages, meta):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def foot():
        legend_foot(c, w, "CONFIDENTIAL - SUBJECT TO STIPULATED PROTECTIVE ORDER",
                    f"DEF. SUPP. ANS. TO INTERROG. - {page[0] + 1}")
        c.showPage()
        page[0] += 1

    y = h - 50
    c.setFont("Times-Roman", 10)
    for t in ["SUPERIOR COURT OF WASHINGTON", "FOR KITTRELL COUNTY [invented]",
              "PLAINTIFF 1, Plaintiff, v. CITY OF MERROW BEND [invented], Defendant.",
              "No. 25-2-01477-3", "",
              "DEFENDANT CITY OF MERROW BEND'S SUPPLEMENTAL ANSWERS TO",
              "PLAINTIFF'S FIRST SET OF INTERROGATORIES (NOS. 6-7)"]:
        c.drawCentredString(w / 2, y, t)
        y -= 13
    y -= 8
    para = ("INTERROGATORY NO. 6: Identify every incident reported to the Merrow Bend Police Department "
            f"[invented] between {label}, giving for each the incident number, the date and time reported, the "
            "offense, the location, the disposition and the Bates range of the report produced.")
    obj = ("OBJECTION: Defendant objects that the interrogatory is overbroad and seeks records exempt under "
           "RCW 42.56.240(1) and RCW 13.50.050(3); see also Order of 09/22/2025, Dkt. 48. Subject to and "
           "without waiving these objections, Defendant answers as follows.")
    ans = (f"ANSWER: Defendant identifies the following {len(recs)} incidents, each lettered below; the "
           "report for each has been produced at the Bates range shown.")
    for ptxt in (para, obj, ans):
        for ln in simpleSplit(ptxt, "Times-Roman", 10, w - 144):
            c.drawString(72, y, ln)
            y -= 13
        y -= 6
    cols = [36, 62, 124, 186, 290, 420, 530]

    def thead(y):
        c.setFont("Times-Bold", 8)
        for x, t in zip(cols, ["Item", "Incident No.", "Reported", "Offense", "Location", "Disposition",
                               "Bates"]):
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 30, y - 3)
        return y - 12

    y = thead(y)
    for rec in recs:
        if y < 50:
            foot()
            y = thead(h - 50)
        c.setFont("Times-Roman", 8)
        vals = [rec["item"], rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                rec["disposition"], f"{rec['bates']}-{rec['bates_end']}"]
        for x, t in zip(cols, vals):
            c.drawString(x, y, t)
        y -= 11
    c.setFont("Times-Roman", 10)
    y -= 8
    if y < 140:
        foot()
        y = h - 60
    for ptxt in ("INTERROGATORY NO. 7: State the number of incidents identified in your answer to "
                 "Interrogatory No. 6.",
                 f"ANSWER: {len(recs)}."):
        for ln in simpleSplit(ptxt, "Times-Roman", 10, w - 144):
            c.drawString(72, y, ln)
            y -= 13
        y -= 6
    foot()
    y = h - 60
    c.setFont("Times-Bold", 11)
    c.drawCentredString(w / 2, y, "VERIFICATION")
    c.setFont("Times-Roman", 10)
    y -= 24
    for ln in simpleSplit("I, Records Manager (Employee No. 3318) of the City of Merrow Bend [invented], "
                          "declare that I have read the foregoing answers and that they are true and correct "
                          "to the best of my knowledge. Signed at Merrow Bend on 11/21/2025. Notary commission "
                          "No. 219904, expires 04/30/2028. Telephone 555-0162.", "Times-Roman", 10, w - 144):
        c.drawString(72, y, ln)
        y -= 13
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, gen, extra=None):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for kind, num in recs[i]["related"]]
        samples.append(s)
    e = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": gen,
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs102.py) from the records it drew; "
                               "checked by check_blind_logs102.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }
    e.update(extra or {})
    return e


AGENCIES = [
    dict(folder="calder-mills-oh-pd", k=1, make=cm_records, draw=draw_cm,
         agency="Calder Mills Police Department, OH [invented]",
         doc_type="monthly incident log produced in civil litigation, behind a privilege log",
         layout="table with header",
         fields=["case_number", "reported_at", "type", "location", "disposition"],
         runs=[("calder-mills-incident-log-2025-09-prod-vol003.pdf", days(9, 1, 30), "September 2025", 96, 1180,
                {"bates0": 311}),
               ("calder-mills-incident-log-2025-10-prod-vol004.pdf", days(10, 1, 31), "October 2025", 118, 1500,
                {"bates0": 402})],
         notes=("Page 1 is DEFENDANT'S PRIVILEGE LOG (Priv. No., Bates, Date, Document, Description, Privilege "
                "asserted): it names incident numbers of the log's own series. Entries 'Narrative of incident "
                "CM-25-NNNNN' are records of the log (their Disposition reads 'Narrative redacted - see privilege "
                "log'); entries 'Report CM-25-NNNNN, withheld in full' are NOT records: those numbers are printed "
                "only on the privilege log (numbers_not_records), and a SLIP SHEET page ('Document withheld in "
                "full on the basis of privilege. See Defendant's Privilege Log, entry k.') stands in the log at "
                "their place, between two log pages, with its own Bates number. Portrait table: Incident No. "
                "(CM-25-NNNNN), Reported (MM/DD/YYYY HH:MM), Offense, Location, Disposition (bookings BK25-NNNN: "
                "related). Every page: legend 'CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER - Civil Action No. "
                "1:25-cv-00762' and Bates CMPD-LIT-000NNN (six digits, not ids), 'Page i of P'. Ends "
                "'Incidents listed: N'."),
         count="rows counted from the generator; 'Incidents listed:' equals record_count"),
    dict(folder="dorsey-flats-county-ne-so", k=2, make=df_records, draw=draw_df,
         agency="Dorsey Flats County Sheriff's Office, NE [invented]",
         doc_type="CAD call log produced in two production volumes",
         layout="table with header",
         fields=["case_number", "reported_at", "type", "location", "disposition", "unit"],
         runs=[("dorsey-flats-cad-call-log-2025-10-01-to-10-12.pdf", days(10, 1, 12), "10/01/2025 - 10/12/2025",
                142, 4100, {"bates0": 2210})],
         notes=("Landscape CAD call log: Call No. (DF25-NNNNNN), Date (MM/DD/25), Time (HHMM) - reported_at joins "
                "them as 'MM/DD/25 HHMM' -, Nature (codes), Location (upper case), Unit (e.g. 4D12, not an id), "
                "Disposition (codes; 'ARR - BKG 25-NNNNN': booking, related). Produced in two volumes, each behind "
                "a volume cover page ('PRODUCTION VOLUME 001', 'Bates DFSO 00NNNN through DFSO 00NNNN'). TRAP: the "
                "first page of volume 2 is the LAST log page of volume 1 produced again, headed 'RE-PRODUCED - "
                "DE-DESIGNATED - supersedes DFSO 00NNNN', its legend changed: every row on it is a duplicate of "
                "rows already printed; those records are listed once. A designation legend ('CONFIDENTIAL - "
                "ATTORNEYS' EYES ONLY', on the re-produced page 'NOT CONFIDENTIAL') is printed turned 90 degrees "
                "in the right margin of every log page (pdftotext prints it as a line of its own at the foot of the page text). Bates DFSO "
                "00NNNN and a case caption footer on every page. Ends 'Calls this log: N'."),
         count="rows counted from the generator; 'Calls this log:' equals record_count (duplicated page not "
               "counted)"),
    dict(folder="quenby-state-university-dps", k=3, make=qs_records, draw=draw_qs,
         agency="Quenby State University Department of Public Safety [invented]",
         doc_type="incident summaries produced in response to a request for production, behind a production index",
         layout="labelled blocks",
         fields=["case_number", "reported_at", "type", "location", "disposition", "summary"],
         runs=[("quenby-incident-summaries-2025-09.pdf", days(9, 1, 30), "September 2025", 52, 310,
                {"bates0": 1, "exhibit": 14}),
               ("quenby-incident-summaries-2025-10.pdf", days(10, 1, 31), "October 2025", 61, 370,
                {"bates0": 101, "exhibit": 15})],
         notes=("Pages 1-2 are a PRODUCTION INDEX with one row per produced document (Doc. 1..N, Bates Begin, "
                "Bates End, Date MM/DD/YYYY, 'Incident summary - <classification>'): one row per incident, with "
                "date and type, but no incident number - rows that look like a log table but are not the records "
                "(the records are the blocks after it). The first summary page carries an exhibit sticker "
                "(grey box: 'PLAINTIFF'S EXHIBIT 14', 'Dep. of Records Custodian, Badge 2207', 'Date: "
                "11/12/2025', 'CSR No. 13580') at the top right. Blocks: 'Case Number:' (QSU-2025-NNNN) with "
                "'Reported:' (MM/DD/YYYY HH:MM) on the same line, 'Classification:', 'Location:', "
                "'Disposition:' (citations QC-NNNNN: related), 'Summary:'; parted by rules, never split over "
                "pages. Every page: legend 'CONFIDENTIAL - FERPA PROTECTED - PRODUCED UNDER PROTECTIVE ORDER' and "
                "Bates 'QSU-DPS 000NNN'. Ends 'Incident summaries produced: N'."),
         count="blocks counted from the generator; 'Incident summaries produced:' and the index's 'Documents "
               "produced:' equal record_count"),
    dict(folder="brannock-hills-ky-pd", k=4, make=bh_records, draw=draw_bh,
         agency="Brannock Hills Police Department, KY [invented]",
         doc_type="deposition transcript in which the records custodian reads the incident log into the record",
         layout="free text",
         fields=["case_number", "reported_at", "type", "location", "disposition"],
         runs=[("brannock-hills-custodian-deposition-log-2025-10-06-to-10-19.pdf", days(10, 6, 19),
                "October 6-19, 2025", 64, 2210, {"first_page": 31})],
         notes=("Courier deposition transcript: 'Page NN' at the top right (starting at Page 31, the excerpt's "
                "first page is a caption page with a civil action number, a CSR number and a 555-01xx phone), "
                "line numbers 1-25 down the left margin of every page (also beside blank lines). Counsel's "
                "questions ('Q.  Read the next entry, please.') separate the answers; each record is an answer "
                "'A.  Entry BH25-NNNN. Reported October 6, 2025 at 0153 hours. <Type>, <NNNN block of street>. "
                "Disposition: <disposition>.' wrapped over numbered transcript lines and page breaks (type as "
                "printed, first letter upper case); an arrest is followed by 'Q.  Is there a booking "
                "number?' 'A.  Booking BHJ-NNNNN.' (related). The last page is a word INDEX listing every entry "
                "number again with its page:line cite ('BH25-2213 [1] 32:7'): not records. Ends 'Entries read "
                "into the record: N'."),
         count="answers counted from the generator; 'Entries read into the record:' equals record_count"),
    dict(folder="merrow-bend-wa-pd", k=5, make=mb_records, draw=draw_mb,
         agency="Merrow Bend Police Department, WA [invented]",
         doc_type="supplemental answer to an interrogatory, with a lettered table of incidents",
         layout="table with header",
         fields=["case_number", "reported_at", "type", "location", "disposition"],
         runs=[("merrow-bend-supp-answers-interrogatory-6-2025-10.pdf", days(10, 1, 31),
                "October 1 and October 31, 2025", 88, 3300, {})],
         notes=("A discovery response: caption (No. 25-2-01477-3), INTERROGATORY NO. 6, an OBJECTION paragraph "
                "(statute sections RCW 42.56.240(1), RCW 13.50.050(3), an order of 09/22/2025, Dkt. 48), an "
                "ANSWER sentence, then a Times table: Item ((a), (b) ... (z), (aa), (ab) ...: letters, not ids), "
                "Incident No. (MB25-NNNNN), Reported (MM/DD/YYYY HHMM), Offense, Location (NNNN block of ...), "
                "Disposition (citations MBCNNNNNN: related), Bates (range of the produced report, 'MBPD-001204-07': "
                "the begin number is listed as related, kind bates_begin; the end is its last two digits). After "
                "the table INTERROGATORY NO. 7 and 'ANSWER: N.' (the count); a VERIFICATION page (employee number, "
                "a date, a notary commission number, a 555-01xx phone) with no records. Footer legend 'CONFIDENTIAL "
                "- SUBJECT TO STIPULATED PROTECTIVE ORDER' and 'DEF. SUPP. ANS. TO INTERROG. - n'."),
         count="rows counted from the generator; the answer to Interrogatory No. 7 equals record_count"),
]


def main():
    for a in AGENCIES:
        d = OUT / a["folder"]
        d.mkdir(parents=True, exist_ok=True)
        r = random.Random(SEED + a["k"])
        gt = []
        for fname, dys, label, n, start, meta in a["runs"]:
            data = a["make"](r, dys, n, start)
            meta = dict(meta, seed=SEED + 10 * a["k"] + len(gt))
            if a["folder"] == "calder-mills-oh-pd":
                recs, withheld = data
                meta["wh_dates"] = {}
                for num in withheld:
                    prev = max((x for x in recs if x["case_number"] < num), key=lambda x: x["case_number"])
                    meta["wh_dates"][num] = mdy(prev["day"])
            else:
                recs = data
            pages = None
            for _ in range(3):  # draw until page totals and Bates cross-references are stable
                pages = a["draw"](d / fname, data, label, pages, meta)
            extra = {}
            if a["folder"] == "calder-mills-oh-pd":
                extra["numbers_not_records"] = [
                    {"number": num, "printed_in": "privilege log", "why": "report withheld in full; a slip sheet "
                     "stands for it"} for num in withheld]
                extra["privilege_log_records"] = [x["case_number"] for x in recs if x.get("priv")]
            elif a["folder"] == "dorsey-flats-county-ne-so":
                extra["reproduced_page_ids"] = meta["again_ids"]
            else:
                extra["numbers_not_records"] = []
            gen = f"make_blind_logs102.py (seed {SEED} + agency number {a['k']})"
            gt.append(entry(d / fname, a["agency"], a["doc_type"], a["layout"], recs, a["fields"], a["notes"],
                            a["count"], gen, extra))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
