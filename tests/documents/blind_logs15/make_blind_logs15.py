"""Generate the fifteenth held-out set of incident-log PDFs and their ground truth.

Five layouts: a port police CAD audit stream of key=value lines (with system lines that are
not records), a campus Clery log with withheld cells printed as black boxes, a sheriff's call
log whose date is printed rotated in a band beside each day's rows, a city calls-for-service
table whose column titles are only numbers explained in a legend at the foot of each page, and
a state park ranger log printed on a narrow dispatch-printer tape with no labels. Every agency,
place and record is invented; no person is named. Output is deterministic: fixed seeds,
reportlab invariant mode. Run:
    python tests/documents/blind_logs15/make_blind_logs15.py [OUT_DIR]
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
SEED = 20251515
WD = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
STREETS = ["Amberly", "Brackett", "Corliss", "Dovecote", "Eastwick", "Fennimore", "Gorham", "Hartsell",
           "Inglenook", "Jessamine", "Kettering", "Lowell", "Merrimac", "Norcross", "Oriel", "Pennock",
           "Quimby", "Rockport", "Stanhope", "Thistle", "Upland", "Verity", "Westover"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]


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


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def weekday(d):
    return datetime.date(*d).weekday()


def attach(rec, kind, num):
    rec["related"].append((kind, num))


def ordinal(k):
    return f"{k}{'TH' if 10 <= k % 100 <= 20 else {1: 'ST', 2: 'ND', 3: 'RD'}.get(k % 10, 'TH')}"


def ids_in_series(r, n, start, step=(1, 1, 1, 2, 3)):
    out, k = [], start
    for _ in range(n):
        k += r.choice(step)
        out.append(k)
    return out


# ---------------------------------------------------------------- 1. port police CAD audit stream

KH_NATURES = ["TRESPASS - RESTRICTED AREA", "THEFT - CARGO", "SUSPICIOUS VESSEL", "FUEL SPILL", "ALARM - GATE",
              "TWIC VIOLATION", "DISORDERLY", "VEHICLE ACCIDENT", "MEDICAL ASSIST", "OVERDUE VESSEL",
              "CRIMINAL MISCHIEF", "BOATING UNDER INFLUENCE", "FOUND PROPERTY", "WELFARE CHECK"]
KH_PLACES = ["Pier {p}, Slip {s}", "Terminal {t} Gate {g}", "Berth {b} Container Yard", "{h} Harbor Dr",
             "Marina Fuel Dock", "Cruise Terminal Level {g}", "Boat Launch Ramp {g}", "Warehouse {b}, {h} Quay Rd"]
KH_DISPS = ["RPT", "ADV", "ARR", "CIT", "GOA", "UTL", "REF USCG", "ASST CBP"]


def kh_records(r, days, n, start):
    recs = []
    serial = ids_in_series(r, n, start)
    seq = 880000 + r.randint(0, 999)
    for k, (d, hh, mm) in zip(serial, day_times(r, days, n)):
        seq += r.randint(3, 40)
        place = r.choice(KH_PLACES).format(p=r.randint(1, 12), s=r.randint(1, 60), t=r.choice("ABCDE"),
                                           g=r.randint(1, 9), b=r.randint(10, 48), h=r.randint(100, 2999))
        rec = {"case_number": f"KH25-{k:06d}", "reported_at": f"2025-{d[1]:02d}-{d[2]:02d}T{hh:02d}:{mm:02d}:"
               f"{r.randint(0, 59):02d}", "type": r.choice(KH_NATURES), "location": place,
               "unit": f"P{r.randint(10, 39)}", "disposition": r.choice(KH_DISPS), "seq": seq, "related": []}
        disp = rec["disposition"]
        if disp == "REF USCG":
            attach(rec, "other_agency_case", f"USCG {r.randint(1400000, 1499999)}")
        elif disp == "ASST CBP":
            attach(rec, "other_agency_case", f"CBP-{r.randint(600000, 899999)}")
        elif disp == "CIT":
            attach(rec, "citation", f"KHC{r.randint(100000, 999999)}")
        elif disp == "ARR":
            attach(rec, "arrest_number", f"BK25-{r.randint(1000, 9999)}")
        if r.random() < 0.1 and k - start > 40:
            attach(rec, "earlier_case_cited", f"KH25-{r.randint(start - 900, start - 10):06d}")
        recs.append(rec)
    return recs


def kh_line(rec):
    parts = [rec["reported_at"], f"SEQ={rec['seq']}", f"EVT={rec['case_number']}", f'NATURE="{rec["type"]}"',
             f'LOC="{rec["location"]}"', f"UNIT={rec['unit']}", f'DISP="{rec["disposition"]}"']
    for kind, num in rec["related"]:
        key = {"earlier_case_cited": "PRIOR", "arrest_number": "BKG", "citation": "CIT"}.get(kind, "XREF")
        parts.append(f'{key}="{num}"' if " " in num else f"{key}={num}")
    return " ".join(parts)


def draw_kh(path, recs, label, pages):
    c = new_canvas(path, letter)
    fs, lead, x0, width = 7, 8.6, 30, 118
    page, y = [0], [0]
    r = random.Random(len(recs))

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 8)
        c.drawString(x0, 756, f"# PORT OF KITTIWAKE HARBOR POLICE - CAD AUDIT EXTRACT  stream=cad-evt-07  {label}")
        c.setFont("Courier", 7)
        c.drawString(x0, 746, "# fields: ts SEQ EVT NATURE LOC UNIT DISP [PRIOR|XREF|CIT|BKG]   "
                              "continuation lines start with '>'   Comm Ctr (360) 555-0142")
        y[0] = 732

    def foot():
        c.setFont("Courier", 6.5)
        c.drawString(x0, 24, f"# extract page {page[0]}/{pages or 0}")
        c.showPage()

    head()
    lines = []
    last_hb = None
    for rec in recs:
        hour = rec["reported_at"][:13]
        if hour != last_hb and r.random() < 0.35:
            lines.append(f"{hour}:00:00 SEQ={rec['seq'] - 1} SYS=HEARTBEAT node=cad2 queue=0")
        last_hb = hour
        text = kh_line(rec)
        first = True
        while text:
            cut = len(text) if len(text) <= width else text.rfind(" ", 0, width)
            lines.append(("" if first else "  > ") + text[:cut])
            text = text[cut:].lstrip()
            first = False
    lines.append(f"# {len(recs)} events written, heartbeats omitted from count")
    for ln in lines:
        if y[0] < 40:
            foot()
            head()
        c.setFont("Courier", fs)
        c.drawString(x0, y[0], ln)
        y[0] -= lead
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 2. campus Clery log with withheld cells

QC_CRIMES = ["Theft - From Building", "Burglary", "Vandalism", "Liquor Law Violation", "Drug Law Violation",
             "Harassment", "Simple Assault", "Stalking", "Fondling", "Dating Violence", "Motor Vehicle Theft",
             "Trespass", "Arson", "Theft - Bicycle"]
QC_SENSITIVE = {"Stalking", "Fondling", "Dating Violence"}
QC_PLACES = ["Ashbury Hall, Room {n}", "Lot {l}", "Fieldhouse locker room", "Perrin Library, level {v}",
             "Dining Commons", "Mercer Hall, Room {n}", "Public sidewalk, {h} College St", "Arts Annex {v}",
             "Off campus, {h} {s}"]
QC_DISPS = ["Open", "Closed", "Inactive", "Cleared by arrest", "Referred to Quenby PD", "Student conduct referral",
            "Unfounded", "Citation issued"]


def qc_records(r, days, n, start):
    recs = []
    for k, (d, hh, mm) in zip(ids_in_series(r, n, start), day_times(r, days, n)):
        crime = r.choice(QC_CRIMES)
        place = r.choice(QC_PLACES).format(n=r.randint(101, 418), l=r.randint(1, 22), v=r.randint(1, 4),
                                           h=r.randint(10, 1999), s=street(r))
        back = min(hh * 60 + mm, r.randint(0, 400))
        om = hh * 60 + mm - back
        occ = f"{d[1]:02d}/{d[2]:02d}/2025 {om // 60:02d}:{om % 60:02d}"
        if back and r.random() < 0.4:
            occ += f" - {d[1]:02d}/{d[2]:02d}/2025 {hh:02d}:{mm:02d}"
        rec = {"case_number": f"QC-25-{k:04d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/2025 {hh:02d}:{mm:02d}",
               "type": crime, "occurred_at": occ, "location": place, "disposition": r.choice(QC_DISPS),
               "related": []}
        if crime in QC_SENSITIVE:
            rec["location"] = "WITHHELD"
            rec["occurred_at"] = "WITHHELD"
        disp = rec["disposition"]
        if disp == "Referred to Quenby PD":
            num = f"QPD 25-{r.randint(10000, 39999)}"
            rec["disposition"] = f"Referred to Quenby PD ({num})"
            attach(rec, "other_agency_case", num)
        elif disp == "Student conduct referral":
            num = f"SC-25-{r.randint(100, 399)}"
            rec["disposition"] = f"Student conduct referral {num}"
            attach(rec, "conduct_referral", num)
        elif disp == "Citation issued":
            num = f"NH{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Citation issued {num}"
            attach(rec, "citation", num)
        recs.append(rec)
    return recs


QC_COLS = [("Case No.", 62), ("Date/Time Reported", 80), ("Crime Classification", 120),
           ("Date/Time Occurred", 150), ("General Location", 150), ("Disposition", 150)]


def draw_qc(path, recs, label, pages):
    c = new_canvas(path, landscape(letter))
    fs, lead, x0 = 7.5, 9, 36
    xs = [x0]
    for _t, w in QC_COLS:
        xs.append(xs[-1] + w)
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawString(x0, 574, "Quenby College Department of Public Safety")
        c.setFont("Times-Roman", 9)
        c.drawString(x0, 562, f"Daily Crime Log (34 CFR 668.46(f))  -  {label}")
        c.drawRightString(xs[-1], 574, "Dispatch (603) 555-0117")
        c.setFont("Times-Italic", 7.5)
        c.drawRightString(xs[-1], 562, "Cells shown as a black box are withheld to protect a victim's identity.")
        c.setFillGray(0.85)
        c.rect(x0, 538, xs[-1] - x0, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", fs)
        for (t, _w), x in zip(QC_COLS, xs):
            c.drawString(x + 2, 542, t)
        y[0] = 526

    def foot():
        c.setFont("Helvetica", 6.5)
        c.drawString(x0, 24, "Quenby College DPS, 40 Commons Way")
        c.drawRightString(xs[-1], 24, f"Page {page[0]} of {pages or 0}")
        c.showPage()

    head()
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["occurred_at"], rec["location"],
                rec["disposition"]]
        cells = [wrap(v, "Helvetica", fs, w - 6) for v, (_t, w) in zip(vals, QC_COLS)]
        h = max(len(x) for x in cells) * lead + 3
        if y[0] - h < 44:
            foot()
            head()
        for i, col in enumerate(cells):
            if vals[i] == "WITHHELD":
                c.setFillGray(0)
                c.rect(xs[i] + 2, y[0] - 2.5, QC_COLS[i][1] - 12, lead, stroke=0, fill=1)
                c.setFillGray(1)
                c.setFont("Helvetica-Bold", 6.5)
                c.drawString(xs[i] + 5, y[0], "WITHHELD")
                c.setFillGray(0)
                continue
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", fs)
            for j, ln in enumerate(col):
                c.drawString(xs[i] + 2, y[0] - j * lead, ln)
        c.setLineWidth(0.25)
        c.line(x0, y[0] - h + lead - 1, xs[-1], y[0] - h + lead - 1)
        y[0] -= h
    if y[0] < 70:
        foot()
        head()
    withheld = sum(1 for rec in recs if rec["location"] == "WITHHELD")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y[0] - 6, f"Entries on this log: {len(recs)}     Entries with withheld cells: {withheld}")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 3. sheriff's call log, rotated day labels

VC_NATURES = ["ALARM", "ANIMAL AT LARGE", "ASSIST MOTORIST", "BURGLARY", "CIVIL STANDBY", "DOMESTIC",
              "FRAUD", "LIVESTOCK OUT", "MVA - NO INJURY", "MVA - INJURY", "NOISE", "SUSPICIOUS VEHICLE",
              "THEFT", "TRAFFIC STOP", "WELFARE CHECK", "WARRANT ARREST"]
VC_PLACES = ["{h} {s}", "Hwy 12 MM {m}", "{s} / {s2}", "Grange Hall, {h} {s}", "Vesper Fairgrounds gate {g}",
             "Rest Area Hwy 87 MM {m}", "{h} Cutbank Rd"]


def vc_records(r, days, n, start):
    recs = []
    for i, (k, (d, hh, mm)) in enumerate(zip(ids_in_series(r, n, start), day_times(r, days, n))):
        nat = r.choice(VC_NATURES)
        place = r.choice(VC_PLACES).format(h=r.randint(100, 48999), s=STREETS[i % 23] + " St", s2=STREETS[(i + 7) % 23] + " Rd",
                                           m=r.randint(3, 140),
                                           g=r.randint(1, 6))
        rec = {"case_number": f"VC25{k:05d}", "day": d, "time": f"{hh:02d}{mm:02d}",
               "reported_at": f"{d[1]:02d}/{d[2]:02d}/2025 {hh:02d}{mm:02d}", "type": nat, "location": place,
               "unit": f"S{r.randint(2, 31)}", "disposition": r.choice(["Report", "Advised", "GOA", "Arrest",
                                                                       "Citation", "Assist MHP", "Unfounded"]),
               "related": []}
        disp = rec["disposition"]
        if nat == "WARRANT ARREST" or disp == "Arrest":
            num = f"W-25-{r.randint(100, 999)}"
            rec["disposition"] = f"Arrest, warrant {num}"
            attach(rec, "warrant", num)
        elif disp == "Citation":
            num = f"MT{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"Citation {num}"
            attach(rec, "citation", num)
        elif disp == "Assist MHP":
            num = f"MHP 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Assist {num}"
            attach(rec, "other_agency_case", num)
        recs.append(rec)
    return recs


VC_COLS = [("", 34), ("Time", 32), ("Call No.", 58), ("Nature", 104), ("Location", 150), ("Dep.", 30),
           ("Disposition", 132)]


def draw_vc(path, recs, label, pages):
    c = new_canvas(path, letter)
    fs, lead, x0 = 7.5, 10, 36
    xs = [x0]
    for _t, w in VC_COLS:
        xs.append(xs[-1] + w)
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, 752, "Vesper County Sheriff's Office")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, 740, f"Calls for Service Log  -  {label}")
        c.drawRightString(xs[-1], 752, "Non-emergency (406) 555-0163")
        c.setFont("Helvetica-Bold", fs)
        for (t, _w), x in zip(VC_COLS, xs):
            c.drawString(x + 2, 722, t)
        c.setLineWidth(0.6)
        c.line(x0, 718, xs[-1], 718)
        y[0] = 708

    def foot():
        c.setFont("Helvetica", 6.5)
        c.drawRightString(xs[-1], 26, f"Page {page[0]} of {pages or 0}")
        c.showPage()

    def band(day, top, bottom):
        c.setFillGray(0.88)
        c.rect(x0, bottom, VC_COLS[0][1] - 4, top - bottom, stroke=0, fill=1)
        c.setFillGray(0)
        c.saveState()
        c.translate(x0 + 19, (top + bottom) / 2)
        c.rotate(90)
        c.setFont("Helvetica-Bold", 8)
        text = f"{WD[weekday(day)]} {day[1]:02d}/{day[2]:02d}/{day[0]}"
        c.drawCentredString(0, 0, text if top - bottom > 70 else f"{day[1]:02d}/{day[2]:02d}")
        c.restoreState()

    head()
    cur, top = None, y[0] + lead - 1
    for rec in recs:
        cells = [[rec["time"]], [rec["case_number"]], wrap(rec["type"], "Helvetica", fs, VC_COLS[3][1] - 6),
                 wrap(rec["location"], "Helvetica", fs, VC_COLS[4][1] - 6), [rec["unit"]],
                 wrap(rec["disposition"], "Helvetica", fs, VC_COLS[6][1] - 6)]
        h = max(len(x) for x in cells) * lead + 2
        if y[0] - h < 44:
            band(cur, top, y[0] + lead - 1)
            foot()
            head()
            top = y[0] + lead - 1
        if rec["day"] != cur:
            if cur is not None:
                band(cur, top, y[0] + lead - 1)
                c.setLineWidth(0.8)
                c.line(x0, y[0] + lead - 1, xs[-1], y[0] + lead - 1)
            cur, top = rec["day"], y[0] + lead - 1
        for i, col in enumerate(cells):
            c.setFont("Helvetica-Bold" if i == 1 else "Helvetica", fs)
            for j, ln in enumerate(col):
                c.drawString(xs[i + 1] + 2, y[0] - j * lead, ln)
        c.setLineWidth(0.2)
        c.line(xs[1], y[0] - h + lead, xs[-1], y[0] - h + lead)
        y[0] -= h
    band(cur, top, y[0] + lead - 1)
    if y[0] < 70:
        foot()
        head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y[0] - 8, f"Calls logged: {len(recs)}")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 4. city CFS table with numbered column titles

OF_NATURES = ["911 HANGUP", "ALARM BURGLAR", "ANIMAL BITE", "ASSAULT", "CHECK WELFARE", "CRIMINAL MISCHIEF",
              "DISTURBANCE", "DUI", "FIGHT", "HIT AND RUN", "LOCKOUT", "PARKING COMPLAINT", "SHOPLIFTING",
              "SUSPICIOUS PERSON", "THEFT", "TRAFFIC HAZARD"]
OF_DISPS = ["1 - REPORT", "2 - ARREST", "3 - CITATION", "4 - ADVISED", "5 - GOA", "6 - UNFOUNDED", "7 - REFERRED"]


def of_records(r, days, n, start):
    recs = []
    for k, (d, hh, mm) in zip(ids_in_series(r, n, start), day_times(r, days, n)):
        place = (f"{r.randint(1, 29) * 100} BLK {r.choice(STREETS).upper()} {r.choice(SUFFIX).upper()}"
                 if r.random() < 0.6 else f"{r.choice(STREETS).upper()} {r.choice(SUFFIX).upper()} / "
                 f"{ordinal(r.randint(1, 24))} ST")
        rec = {"case_number": f"OF25-{k:05d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {hh:02d}:{mm:02d}",
               "type": r.choice(OF_NATURES), "priority": str(r.randint(1, 4)), "location": place,
               "beat": f"{r.randint(1, 6)}{r.choice('0123')}", "unit": f"{r.randint(1, 4)}A{r.randint(10, 39)}",
               "disposition": r.choice(OF_DISPS), "related": []}
        disp = rec["disposition"]
        if disp == "3 - CITATION":
            num = f"{r.randint(3000000, 3999999)}"
            rec["disposition"] += f" #{num}"
            attach(rec, "citation", num)
        elif disp == "7 - REFERRED":
            num = f"ISP 25-{r.randint(1000, 9999)}"
            rec["disposition"] += f" {num}"
            attach(rec, "other_agency_case", num)
        elif disp == "2 - ARREST":
            num = f"A25-{r.randint(100, 999)}"
            rec["disposition"] += f" {num}"
            attach(rec, "arrest_number", num)
        recs.append(rec)
    return recs


OF_COLS = [("(1)", 56, "Call number"), ("(2)", 62, "Date/time received"), ("(3)", 100, "Nature of call"),
           ("(4)", 22, "Priority (1 highest)"), ("(5)", 150, "Location"), ("(6)", 24, "Beat"),
           ("(7)", 34, "Unit"), ("(8)", 100, "Disposition code and reference")]


def draw_of(path, recs, label, pages):
    c = new_canvas(path, letter)
    fs, lead, x0 = 7.3, 9.2, 40
    xs = [x0]
    for _t, w, _l in OF_COLS:
        xs.append(xs[-1] + w)
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(306, 754, "ORRIN FALLS POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(306, 743, f"Calls for Service  {label}")
        c.setFont("Helvetica-Bold", fs)
        for (t, _w, _l), x in zip(OF_COLS, xs):
            c.drawString(x + 2, 724, t)
        c.setLineWidth(0.5)
        c.line(x0, 720, xs[-1], 720)
        y[0] = 710

    def foot():
        c.setLineWidth(0.3)
        c.line(x0, 50, xs[-1], 50)
        c.setFont("Helvetica", 6.2)
        legend = "   ".join(f"{t} {lab}" for t, _w, lab in OF_COLS)
        c.drawString(x0, 42, "Columns: " + legend)
        c.drawString(x0, 33, "Disposition codes: 1 Report  2 Arrest  3 Citation  4 Advised  5 Gone on arrival  "
                             "6 Unfounded  7 Referred.   Records (319) 555-0108")
        c.drawRightString(xs[-1], 24, f"{page[0]}/{pages or 0}")
        c.showPage()

    head()
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["priority"], rec["location"],
                rec["beat"], rec["unit"], rec["disposition"]]
        cells = [wrap(v, "Helvetica", fs, w - 5) for v, (_t, w, _l) in zip(vals, OF_COLS)]
        h = max(len(x) for x in cells) * lead + 1
        if y[0] - h < 60:
            foot()
            head()
        for i, col in enumerate(cells):
            c.setFont("Helvetica", fs)
            for j, ln in enumerate(col):
                c.drawString(xs[i] + 2, y[0] - j * lead, ln)
        y[0] -= h
    if y[0] < 80:
        foot()
        head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y[0] - 8, f"({len(recs)}) calls listed")
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- 5. state park ranger tape

SD_TYPES = ["CAMPING VIOL", "DOG OFF LEASH", "FIRE RESTRICTION", "VEHICLE ON DUNE", "LOST PERSON", "THEFT",
            "DRUG POSS", "ALCOHOL IN PARK", "NOISE - CAMPSITE", "INJURED VISITOR", "PARKING", "VANDALISM",
            "WILDLIFE HARASSMENT", "SEARCH AND RESCUE"]
SD_PLACES = ["Campground B site {s}", "Dune Trail mile {m}", "Beach access {a}", "Visitor Center lot",
             "Boat ramp, Inlet Rd", "Picnic shelter {a}", "Campground A site {s}", "Pier Rd gate"]


def sd_records(r, days, n, start):
    recs = []
    for k, (d, hh, mm) in zip(ids_in_series(r, n, start), day_times(r, days, n)):
        place = r.choice(SD_PLACES).format(s=r.randint(1, 140), m=r.choice(["0.4", "1.2", "2.7", "3.1"]),
                                           a=r.randint(1, 18))
        rec = {"case_number": f"SD25-{k:04d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {hh:02d}:{mm:02d}",
               "type": r.choice(SD_TYPES), "location": place, "unit": f"RGR {r.randint(3, 19)}",
               "disposition": r.choice(["WARNING", "CITED", "REPORT", "ASSIST", "CLEARED", "EJECTED", "REFERRED"]),
               "related": []}
        disp = rec["disposition"]
        if disp == "CITED":
            attach(rec, "citation", f"PK{r.randint(100000, 999999)}")
        elif disp == "REFERRED":
            attach(rec, "other_agency_case", f"DCSO 25-{r.randint(1000, 9999)}")
        elif disp == "EJECTED":
            attach(rec, "ejection_notice", f"EJ-{r.randint(100, 999)}")
        if r.random() < 0.08 and k - start > 30:
            attach(rec, "earlier_case_cited", f"SD25-{r.randint(start - 300, start - 5):04d}")
        recs.append(rec)
    return recs


def sd_lines(rec):
    out = [f"{rec['case_number']}      {rec['reported_at']}", rec["type"], rec["location"],
           f"{rec['unit']}   {rec['disposition']}"]
    for kind, num in rec["related"]:
        word = {"citation": "CIT", "other_agency_case": "XFER", "ejection_notice": "EJECT NOTICE",
                "earlier_case_cited": "SEE"}[kind]
        out.append(f"{word} {num}")
    return out


def draw_sd(path, recs, label, pages):
    w, h = 230, 792
    c = new_canvas(path, (w, h))
    fs, lead, x0 = 7, 8.4, 10
    page, y = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 7.5)
        c.drawString(x0, h - 18, "SANDPIPER DUNES STATE PARK")
        c.setFont("Courier", 7)
        c.drawString(x0, h - 27, "RANGER DISPATCH - ACTIVITY TAPE")
        c.drawString(x0, h - 36, label)
        c.drawString(x0, h - 45, f"PARK OFFICE 252 555-0131  P{page[0]}")
        c.drawString(x0, h - 53, "-" * 40)
        y[0] = h - 64

    def foot():
        c.showPage()

    head()
    for rec in recs:
        lines = sd_lines(rec) + ["-" * 40]
        for ln in lines:
            if y[0] < 14:
                foot()
                head()
            c.setFont("Courier-Bold" if ln == lines[0] else "Courier", fs)
            c.drawString(x0, y[0], ln)
            y[0] -= lead
    for ln in [f"END OF TAPE  {len(recs)} ENTRIES", "*" * 40]:
        if y[0] < 14:
            foot()
            head()
        c.setFont("Courier", fs)
        c.drawString(x0, y[0], ln)
        y[0] -= lead
    foot()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_EXTRA = ("priority", "beat")  # printed fields outside the corpus vocabulary
DROP = ("day", "time", "seq", "related")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = []
    for rec in recs:
        for kind, num in rec["related"]:
            related.append({"record": rec["case_number"], "kind": kind, "number": num})
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in list(fields) + list(SAMPLE_EXTRA) if k in recs[i] and recs[i][k] not in ("", [])}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs15.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs15.py) from the records it drew; "
                               "checked by check_blind_logs15.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "kh": ("A port police CAD EVENT AUDIT EXTRACT printed as text: portrait, Courier 7, no columns, one "
           "key=value line per event: an ISO time stamp with seconds ('2025-10-20T03:14:07', reported_at as "
           "printed), SEQ= (the audit sequence number, six digits, NOT the id), EVT= (KH25-NNNNNN, the id), "
           "NATURE=\"...\" (type, quotes not part of the value), LOC=\"...\" (location: piers, slips, berths, "
           "gates, house numbers), UNIT= (P10-P39), DISP=\"...\" (code: RPT ADV ARR CIT GOA UTL, 'REF USCG', "
           "'ASST CBP'), then optional PRIOR=KH25-NNNNNN (an earlier event of the SAME series), XREF=\"USCG "
           "NNNNNNN\" or XREF=CBP-NNNNNN (other agencies), CIT=KHCNNNNNN (citation), BKG=BK25-NNNN (booking): "
           "related, not ids. Lines longer than 118 characters wrap at a space onto continuation lines that "
           "start with '  > ', so a key=value pair can begin on the next line. Interleaved SYSTEM lines "
           "('... SEQ=nnnnnn SYS=HEARTBEAT node=cad2 queue=0') have a time stamp and a SEQ but no EVT: they are "
           "not records. Page header '# PORT OF KITTIWAKE HARBOR POLICE - CAD AUDIT EXTRACT ...' and a '# "
           "fields:' line naming the keys, with a phone; footer '# extract page n/N'. Ends '# N events "
           "written, heartbeats omitted from count'.",
           "events counted from the generator; '# N events written' equals record_count"),
    "qc": ("Landscape Clery 'Daily Crime Log (34 CFR 668.46(f))', grey header band repeated on every page, a "
           "hairline under each row. Columns: Case No. (QC-25-NNNN, bold, the id), Date/Time Reported "
           "('09/03/2025 14:12'), Crime Classification, Date/Time Occurred (one date-time or a range "
           "'09/03/2025 08:10 - 09/03/2025 14:12', which wraps to two lines), General Location (wraps), "
           "Disposition (wraps). For stalking, fondling and dating violence the Date/Time Occurred and "
           "General Location cells are WITHHELD: printed as a solid black box with the word 'WITHHELD' in "
           "white inside it (the ground truth value is 'WITHHELD', as the text layer has it). Dispositions "
           "cite the town police ('Referred to Quenby PD (QPD 25-NNNNN)'), student conduct referrals "
           "('SC-25-NNN') and state citations ('NHNNNNNNN'): related, not ids. The header also explains the "
           "black boxes and gives a phone. Ends 'Entries on this log: N     Entries with withheld cells: M' "
           "(only N counts records); footer address and 'Page n of N'.",
           "rows counted from the generator; 'Entries on this log' equals record_count"),
    "vc": ("Portrait 'Calls for Service Log', column titles repeated per page (an untitled first column, "
           "Time, Call No., Nature, Location, Dep., Disposition). The DATE IS NOT IN THE ROWS: each day's rows "
           "share a grey band in the first column in which the date is printed ROTATED 90 degrees, centred "
           "vertically on the day's rows ('TUE 10/14/2025'; when a day's stretch on a page is short only "
           "'10/14' fits); a day cut by a page break gets a new band on the next page. pdftotext prints the "
           "rotated label letter by letter or as a stray vertical run, not beside the rows. Rows carry Time "
           "('0314', HHMM), Call No. (VC25NNNNN, bold, no separator, the id), Nature (upper case, wraps), "
           "Location (house numbers up to 5 digits, 'Hwy 12 MM 44', intersections, wraps), Dep. ('S14', "
           "unit), Disposition (wraps). reported_at joins the band's date MM/DD/YYYY and the row's time with a "
           "space ('10/14/2025 0314'). Dispositions cite warrants ('W-25-NNN'), citations ('MTNNNNNNNN', eight "
           "digits) and Montana Highway Patrol cases ('MHP 25-NNNNN'): related, not ids. Ends 'Calls "
           "logged: N'; footer 'Page n of N' and a phone in the header.",
           "rows counted from the generator; 'Calls logged' equals record_count"),
    "of": ("Portrait 'Calls for Service' table whose COLUMN TITLES ARE ONLY NUMBERS: '(1) (2) (3) (4) (5) "
           "(6) (7) (8)' above the columns, repeated per page, and a legend at the foot of EVERY page explains "
           "them ('Columns: (1) Call number   (2) Date/time received   (3) Nature of call   (4) Priority (1 "
           "highest)   (5) Location   (6) Beat   (7) Unit   (8) Disposition code and reference') followed by "
           "the disposition code list and a phone. No rules between rows, no shading. Columns: (1) call "
           "number OF25-NNNNN (the id); (2) '10/20/25 14:05'; (3) nature (upper case, '911 HANGUP'); (4) "
           "priority, one digit; (5) location ('1700 BLK KETTERING AVE' or an intersection 'ORIEL ST / "
           "12TH ST', wraps); (6) beat, two digits; (7) unit ('2A17'); (8) disposition as a numbered code with "
           "its word ('3 - CITATION #3NNNNNN', '7 - REFERRED ISP 25-NNNN', '2 - ARREST A25-NNN'; wraps): the "
           "citation (seven bare digits after '#'), Iowa State Patrol case and arrest numbers are related, "
           "not ids. Ends '(N) calls listed' (the count in parentheses like the column numbers); footer 'n/N'.",
           "rows counted from the generator; '(N) calls listed' equals record_count"),
    "sd": ("A state park ranger dispatch log printed on a NARROW PRINTER TAPE: each page is 230 pt wide "
           "(about 3.2 inches) and 11 inches tall, Courier 7, one column of short lines, NO LABELS. A "
           "page head (park name, 'RANGER DISPATCH - ACTIVITY TAPE', the period, 'PARK OFFICE 252 555-0131  "
           "Pn' and a dashed line). Each entry: a bold line with the id and the time ('SD25-0614      10/10/25 "
           "06:12', reported_at as printed), the type (upper case), the place ('Campground B site 87', 'Dune "
           "Trail mile 2.7', 'Beach access 12'), the ranger and the outcome ('RGR 7   CITED'; unit 'RGR 7', "
           "disposition 'CITED'), then 0-2 reference lines ('CIT PKNNNNNN' citation, 'XFER DCSO 25-NNNN' county "
           "sheriff case, 'EJECT NOTICE EJ-NNN', 'SEE SD25-NNNN' an earlier entry of the SAME series): related, "
           "not ids; then a dashed separator. Entries run on over page breaks anywhere (a page can start with "
           "a place or a reference line). Ends 'END OF TAPE  N ENTRIES' and a line of asterisks.",
           "entries counted from the generator; 'END OF TAPE  N ENTRIES' equals record_count"),
}


def main():
    one_agency(
        "kittiwake-harbor-or-port-pd", 1,
        [("khpp-cad-audit-2025-10-20-22.pdf", days(10, 20, 22), "2025-10-20..2025-10-22", 118, 4410)],
        kh_records, draw_kh, "Port of Kittiwake Harbor Police, OR [invented]",
        "CAD event audit extract (key=value lines)", "free text",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["kh"])
    one_agency(
        "quenby-college-nh-dps", 2,
        [("qcdps-daily-crime-log-2025-09.pdf", days(9, 1, 30), "September 2025", 52, 300),
         ("qcdps-daily-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 61, 380)],
        qc_records, draw_qc, "Quenby College Department of Public Safety, NH [invented]",
        "daily crime log (Clery) with withheld cells", "table with header",
        ["case_number", "reported_at", "type", "occurred_at", "location", "disposition"], *NOTES["qc"])
    one_agency(
        "vesper-county-mt-so", 3,
        [("vcso-cfs-log-2025-10-13-16.pdf", days(10, 13, 16), "October 13 - 16, 2025", 104, 6200)],
        vc_records, draw_vc, "Vesper County Sheriff's Office, MT [invented]",
        "calls for service log (day printed rotated beside its rows)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["vc"])
    one_agency(
        "orrin-falls-ia-pd", 4,
        [("ofpd-cfs-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025 00:00 - 10/21/2025 23:59", 127, 21300),
         ("ofpd-cfs-2025-10-22.pdf", days(10, 22, 22), "10/22/2025 00:00 - 10/22/2025 23:59", 66, 21560)],
        of_records, draw_of, "Orrin Falls Police Department, IA [invented]",
        "calls for service (column titles as numbers, legend in the footer)", "table with header",
        ["case_number", "reported_at", "type", "location", "beat", "unit", "disposition"], *NOTES["of"])
    one_agency(
        "sandpiper-dunes-nc-state-park-rangers", 5,
        [("sdsp-ranger-tape-2025-10-10-19.pdf", days(10, 10, 19), "10/10/25 - 10/19/25", 57, 610)],
        sd_records, draw_sd, "Sandpiper Dunes State Park Rangers, NC [invented]",
        "ranger dispatch activity tape (narrow printer roll)", "free text",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["sd"])


if __name__ == "__main__":
    main()
