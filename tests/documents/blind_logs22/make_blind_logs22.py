"""Generate the twenty-second held-out set of incident-log PDFs and their ground truth.

Five layouts with unusual page geometry and print artefacts: a district attorney's
investigations intake log filed as an exhibit on California pleading paper (line numbers
1-28 down the left margin); a city police log printed as book spreads, two log pages side by
side on one landscape sheet, rows cut across the gutter; a county probation field-incident
log set as a landscape booklet whose pages are rotated, alternately a quarter turn each way;
a sheriff's narrative log whose entries are told apart only by alternating shading; a city
police log made of shift reports printed one after another, so a full report header (and
its own page numbering) starts in the middle of a page. Every agency, place and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode.
Run:
    python tests/documents/blind_logs22/make_blind_logs22.py [OUT_DIR]
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
SEED = 20252222
STREETS = ["Alderwood", "Bracken", "Cinder", "Dovecote", "Ember", "Foxglove", "Gannet", "Heron", "Inkberry",
           "Jessamine", "Kestrel", "Larkin", "Marrow", "Nettle", "Orrery", "Plover", "Quill", "Rushmere",
           "Sorrel", "Thistle", "Umber", "Verbena", "Wicklow"]
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


def addr(r, upper=False):
    a = f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


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


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


# ---------------------------------------------------------------- A: DA intake log on pleading paper

DA_TYPES = ["Elder financial abuse", "Workers' compensation fraud", "Welfare fraud referral",
            "Witness intimidation", "Real estate fraud", "Identity theft ring", "Insurance fraud - auto",
            "Public official complaint", "Embezzlement", "Child abduction (Family Code)",
            "Consumer fraud complaint", "Environmental crime referral"]
DA_STATUS = ["Open - assigned", "Closed - insufficient evidence", "Declined", "Under review",
             "Filed", "Referred out", "Closed - civil matter"]


def da_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        rec = {"case_number": f"DAI-25-{k:04d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(DA_TYPES), "location": f"{addr(r)}, {r.choice(['Calder Springs', 'Oro Fino', 'Pine Hollow', 'Dutch Bar'])}",
               "disposition": r.choice(DA_STATUS), "related": []}
        if rec["disposition"] == "Filed":
            num = f"25CR{r.randint(10000, 99999):06d}"
            rec["disposition"] = f"Filed, court no. {num}"
            rec["related"].append(("court_case", num))
        elif rec["disposition"] == "Referred out" or r.random() < 0.15:
            num = f"SACSO 25-{r.randint(1000, 9999):06d}"
            rec["disposition"] = f"{rec['disposition']}; sheriff's case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_da(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    step, top = 24, h - 72
    page, line = [0], [0]

    def furniture():
        page[0] += 1
        c.setLineWidth(0.6)
        c.line(68, 36, 68, h)
        c.line(71, 36, 71, h)
        c.line(w - 50, 36, w - 50, h)
        c.setFont("Times-Roman", 10)
        for i in range(1, 29):
            c.drawRightString(60, top - (i - 1) * step, str(i))
        c.line(72, 52, w - 50, 52)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(w / 2, 40, f"- {page[0]} -")
        c.drawCentredString(w / 2, 30, "DECLARATION OF CUSTODIAN OF RECORDS - EXHIBIT A")
        line[0] = 0

    def put(text, font="Times-Roman", size=11, x=80):
        if line[0] >= 28:
            c.showPage()
            furniture()
        c.setFont(font, size)
        c.drawString(x, top - line[0] * step, text)
        line[0] += 1

    furniture()
    for t in ["SIERRA ALTA COUNTY DISTRICT ATTORNEY [invented]", "Bureau of Investigation, Custodian of Records",
              "410 Courthouse Sq., Calder Springs, CA 95999   Tel. (530) 555-0147", "",
              "SUPERIOR COURT OF THE STATE OF CALIFORNIA, COUNTY OF SIERRA ALTA", "",
              f"EXHIBIT A - BUREAU OF INVESTIGATION INTAKE LOG, {label.upper()}", ""]:
        put(t, "Times-Bold" if t.startswith("EXHIBIT") else "Times-Roman")
    for rec in recs:
        put(f"Matter No.: {rec['case_number']}", "Times-Bold")
        c.setFont("Times-Roman", 11)
        c.drawString(300, top - (line[0] - 1) * step, f"Opened: {rec['reported_at']}")
        put(f"Nature: {rec['type']}")
        put(f"Location: {rec['location']}")
        put(f"Status: {rec['disposition']}")
        put("")
    put(f"Matters listed in this exhibit: {len(recs)}", "Times-Bold")
    put("I declare under penalty of perjury under the laws of the State of California that the")
    put("foregoing is a true copy of the intake log kept in the ordinary course of business.")
    put("Executed on November 3, 2025, at Calder Springs, California.   Investigator #62")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: city log printed as book spreads

BH_TYPES = ["Theft - Shoplifting", "Burglary - Commercial", "Criminal Mischief II", "Harassment",
            "Unlawful Entry Motor Vehicle", "Disorderly Conduct II", "Trespass II", "Assault IV",
            "Identity Theft", "Hit and Run - Property", "Found Property", "Welfare Check",
            "Menacing", "Unauthorized Use of a Motor Vehicle"]
BH_DISP = ["Report taken", "Closed - no further leads", "Unfounded", "Cleared by arrest", "Cited",
           "Referred to Marrowind County SO", "Inactive", "Information only"]


def bh_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        loc = addr(r) if r.random() < 0.7 else f"{r.choice(['Bellhaven Transit Center', 'Riverside Commons Apartments', 'Harbor View Market'])}, {addr(r)}"
        rec = {"case_number": f"BPD25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(BH_TYPES), "location": loc, "disposition": r.choice(BH_DISP), "related": []}
        if rec["disposition"] == "Cleared by arrest":
            num = f"MCJ-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Cleared by arrest, lodged Marrowind County Jail, booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited":
            num = f"OR{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Cited and released, citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"].startswith("Referred"):
            num = f"MCSO 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to Marrowind County SO ({num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


BH_COLS = [(0, 54, "Case No."), (54, 44, "Reported"), (98, 82, "Offense"), (180, 84, "Location"),
           (264, 82, "Disposition")]


def draw_bh(path, recs, label, pages):
    """Each sheet is a spread: logical page 2k-1 left, 2k right; a row can run on across the gutter."""
    sw, sh = landscape(letter)
    half = sw / 2
    c = new_canvas(path, (sw, sh))
    state = {"lp": 0, "sheet": 0, "x0": 0, "y": 0}

    def new_half():
        state["lp"] += 1
        left = state["lp"] % 2 == 1
        if left:
            if state["sheet"]:
                c.showPage()
            state["sheet"] += 1
            c.setFillGray(0.8)  # gutter shadow where the book would not lie flat
            c.rect(half - 14, 0, 28, sh, stroke=0, fill=1)
            c.setFillGray(0.9)
            c.rect(half - 24, 0, 10, sh, stroke=0, fill=1)
            c.rect(half + 14, 0, 10, sh, stroke=0, fill=1)
            c.setFillGray(0)
        x0 = 28 if left else half + 26
        state["x0"] = x0
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0, sh - 34, "BELLHAVEN POLICE DEPARTMENT - DAILY INCIDENT LOG")
        c.setFont("Helvetica", 6.5)
        c.drawString(x0, sh - 44, f"{label}    Records 541 555-0163")
        pn = f"{state['lp']}"
        if left:
            c.drawString(x0, 24, pn)
        else:
            c.drawRightString(x0 + 346, 24, pn)
        c.setFont("Helvetica-Bold", 6.5)
        for dx, _, t in BH_COLS:
            c.drawString(x0 + dx, sh - 60, t)
        c.line(x0, sh - 63, x0 + 346, sh - 63)
        state["y"] = sh - 72

    new_half()
    for rec in recs:
        cells = [[rec["case_number"]], rec["reported_at"].split(" ", 1)]
        cells += [wrap(rec[k], "Helvetica", 6.5, wd - 4) for (_, wd, _), k in
                  zip(BH_COLS[2:], ("type", "location", "disposition"))]
        n = max(len(x) for x in cells)
        i = 0
        while i < n:
            if state["y"] < 40:
                new_half()
            for ci, (dx, _, _) in enumerate(BH_COLS):
                if i < len(cells[ci]):
                    c.setFont("Helvetica-Bold" if ci == 0 else "Helvetica", 6.5)
                    c.drawString(state["x0"] + dx, state["y"], cells[ci][i])
            state["y"] -= 8
            i += 1
        state["y"] -= 3
    if state["y"] < 50:
        new_half()
    c.setFont("Helvetica-Bold", 7)
    c.drawString(state["x0"], state["y"] - 6, f"Incidents on this log: {len(recs)}")
    c.showPage()
    c.save()
    return state["lp"]


# ---------------------------------------------------------------- C: probation booklet, rotated pages

TP_TYPES = ["Positive drug test", "Curfew violation", "Failure to report", "Absconded - whereabouts unknown",
            "New arrest - other agency", "GPS tamper alert", "Contact with protected party",
            "Residence search - contraband", "Missed treatment session", "Travel without permit"]
TP_ACT = ["Verbal warning", "Sanction imposed", "Petition to revoke filed", "Bench warrant requested",
          "Referred to treatment", "Flash incarceration", "No action"]


def tp_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        rec = {"case_number": f"TCP-25-{k:04d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {h:02d}{m:02d}",
               "client": f"PN-{r.randint(100000, 999999)}", "type": r.choice(TP_TYPES),
               "location": addr(r) if r.random() < 0.75 else r.choice(["Field office, 900 Court St",
                                                                        "Day reporting center"]),
               "officer": f"DPO {r.randint(201, 248)}", "disposition": r.choice(TP_ACT), "related": []}
        rec["related"].append(("client_number", rec["client"]))
        if rec["disposition"] == "Petition to revoke filed":
            num = f"25CR{r.randint(1000, 9999):05d}"
            rec["disposition"] = f"Petition to revoke filed, court no. {num}"
            rec["related"].append(("court_case", num))
        elif rec["disposition"] == "Bench warrant requested":
            num = f"BW25-{r.randint(100, 999)}"
            rec["disposition"] = f"Bench warrant requested {num}"
            rec["related"].append(("warrant", num))
        elif rec["type"].startswith("New arrest"):
            num = f"TCSO 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"{rec['disposition']}; arresting agency case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


TP_COLS = [(0, 62, "Incident No."), (62, 62, "Date / Time"), (124, 56, "Client No."), (180, 150, "Incident"),
           (330, 150, "Location"), (480, 44, "Officer"), (524, 180, "Action Taken")]


def draw_tp(path, recs, label, pages):
    pw, ph = letter  # portrait sheets; the landscape log is printed turned a quarter, alternately each way
    lw, lh = ph, pw
    c = new_canvas(path, (pw, ph))
    page = [0]

    def start():
        page[0] += 1
        if page[0] % 2:
            c.translate(pw, 0)
            c.rotate(90)
        else:
            c.translate(0, ph)
            c.rotate(-90)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, lh - 36, "TAHOMA COUNTY DEPARTMENT OF PROBATION - FIELD SERVICES DIVISION")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, lh - 48, f"Field incident log   {label}   Duty officer 775 555-0129")
        c.drawRightString(lw - 40, lh - 48, f"booklet page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7)
        for dx, _, t in TP_COLS:
            c.drawString(40 + dx, lh - 66, t)
        c.line(40, lh - 69, lw - 40, lh - 69)
        return lh - 80

    y = start()
    for rec in recs:
        cells = [[rec["case_number"]], [rec["reported_at"]], [rec["client"]]]
        cells += [wrap(rec[k], "Helvetica", 7, wd - 5) for (_, wd, _), k in
                  zip(TP_COLS[3:], ("type", "location", "officer", "disposition"))]
        n = max(len(x) for x in cells)
        if y - 9 * n < 44:
            c.showPage()
            y = start()
        for ci, (dx, _, _) in enumerate(TP_COLS):
            c.setFont("Helvetica-Bold" if ci == 0 else "Helvetica", 7)
            for i, t in enumerate(cells[ci]):
                c.drawString(40 + dx, y - 9 * i, t)
        y -= 9 * n + 4
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 8, f"Field incidents logged: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: sheriff's log, shading only

PC_TYPES = ["THEFT", "DOMESTIC DISTURBANCE", "SUSPICIOUS VEHICLE", "ANIMAL COMPLAINT", "BURGLARY",
            "CIVIL MATTER", "TRAFFIC ACCIDENT", "WELFARE CHECK", "ENTERING AUTO", "HARASSING PHONE CALLS",
            "LIVESTOCK IN ROADWAY", "DAMAGE TO PROPERTY"]
PC_NARR = ["The complainant reported the incident by phone and gave a description.",
           "Deputies checked the area and spoke with neighbors.",
           "A statement was taken and photographs were made of the scene.",
           "The owner was located and advised of the county ordinance.",
           "Both parties were separated and the matter was mediated on scene.",
           "The vehicle was gone on arrival; the area was patrolled for 20 minutes.",
           "A neighbor's camera footage was requested for review."]
PC_OUT = ["Report taken.", "No report.", "Referred to investigations.", "Unfounded.", "Warning issued."]


def pc_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        t = r.choice(PC_TYPES)
        loc = addr(r) if r.random() < 0.8 else f"Hwy {r.choice([17, 82, 301])} near mile marker {r.randint(2, 39)}"
        summ = " ".join(r.sample(PC_NARR, r.choice((1, 2, 2, 3))))
        out = r.choice(PC_OUT)
        rec = {"case_number": f"PC25-{k:05d}", "date": mdy(d), "time": f"{h:02d}{m:02d}", "type": t,
               "location": loc, "summary": summ, "disposition": out, "related": []}
        x = r.random()
        if x < 0.12:
            num = f"{r.randint(10, 99)}-{r.randint(1000, 9999)}-GSP"
            rec["summary"] += f" Georgia State Patrol case {num} is cross-referenced."
            rec["related"].append(("other_agency_case", num))
        elif x < 0.24:
            num = f"PCJ{r.randint(250000, 259999)}"
            rec["disposition"] = f"One adult arrested, jail booking {num}."
            rec["related"].append(("booking_number", num))
        elif x < 0.32:
            num = f"E{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"Uniform traffic citation {num} issued."
            rec["related"].append(("citation", num))
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        recs.append(rec)
    return recs


def draw_pc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "PELLERIN COUNTY SHERIFF'S OFFICE - DAILY ACTIVITY LOG")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 52, f"{label}  -  Records Division 912 555-0118  -  page {page[0]} of {pages or 0}")
        return h - 74

    y = head()
    day, shade = None, 0
    for rec in recs:
        if rec["date"] != day:
            day = rec["date"]
            if y < 110:
                c.showPage()
                y = head()
            c.setFillGray(0.25)
            c.rect(48, y - 4, w - 96, 14, stroke=0, fill=1)
            c.setFillGray(1)
            c.setFont("Times-Bold", 10)
            dt = datetime.datetime.strptime(day, "%m/%d/%Y")
            c.drawString(54, y, dt.strftime("%A, %B %-d, %Y").upper())
            c.setFillGray(0)
            y -= 18
        text = (f"{rec['case_number']}  {rec['time']}  {rec['type']}, {rec['location']}. {rec['summary']} "
                f"{rec['disposition']}")
        lines = wrap(text, "Times-Roman", 9.5, w - 112)
        if y - 11.5 * len(lines) < 50:
            c.showPage()
            y = head()
        shade ^= 1
        if shade:
            c.setFillGray(0.87)
            c.rect(48, y - 11.5 * len(lines) + 8.5, w - 96, 11.5 * len(lines), stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont("Times-Roman", 9.5)
        for ln in lines:
            c.drawString(56, y, ln)
            y -= 11.5
    c.setFont("Times-Bold", 10)
    c.drawString(56, y - 10, f"Total entries this log: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: shift reports run together

MC_TYPES = ["ALARM - BUSINESS", "MVA - NON INJURY", "SUSPICIOUS ACTIVITY", "THEFT - BICYCLE", "NOISE",
            "DOMESTIC - VERBAL", "PARKING COMPLAINT", "ASSIST OTHER AGENCY", "DWI", "OPEN DOOR",
            "FRAUD - CHECK", "JUVENILE COMPLAINT", "MEDICAL ASSIST"]
MC_DISP = ["ADV", "RPT", "GOA", "UTL", "ARR", "CIT", "REF"]
SHIFTS = [("DAY", 6, 14), ("EVENING", 14, 22), ("NIGHT", 22, 30)]


def mc_records(r, dd, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, dd, n), serials(r, n, start)):
        rec = {"case_number": f"25-MC-{k:05d}", "reported_at": f"{d[1]:02d}/{d[2]:02d} {h:02d}{m:02d}",
               "type": r.choice(MC_TYPES), "location": addr(r, upper=True), "unit": f"{r.randint(1, 4)}{r.choice('ABC')}{r.randint(10, 39)}",
               "disposition": r.choice(MC_DISP), "related": [], "_dt": datetime.datetime(*d, h, m)}
        if rec["disposition"] == "ARR":
            num = f"MCB-{r.randint(25000, 25999)}"
            rec["disposition"] = f"ARR BKG {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CIT":
            num = f"{r.randint(1000000, 9999999)}-C"
            rec["disposition"] = f"CIT {num}"
            rec["related"].append(("citation", num))
        elif rec["type"] == "ASSIST OTHER AGENCY":
            num = f"MSP {r.randint(25000000, 25999999)}"
            rec["disposition"] = f"REF {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def shift_groups(recs):
    groups = []
    for rec in recs:
        dt = rec["_dt"]
        base = dt - datetime.timedelta(hours=6)
        key = (base.date(), "DAY" if base.hour < 8 else "EVENING" if base.hour < 16 else "NIGHT")
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(rec)
    return groups


MC_COLS = [(40, "Date/Time"), (90, "Incident No."), (152, "Nature"), (272, "Address"), (420, "Unit"), (456, "Disposition")]


def draw_mc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    st = {"sheet": 0, "y": 0}
    groups = shift_groups(recs)
    sub_pages = pages or {}
    counts = {}

    def sheet():
        if st["sheet"]:
            c.showPage()
        st["sheet"] += 1
        c.setFont("Helvetica", 7)
        c.drawString(40, 24, f"Marrow Creek PD - printed shift reports for {label} - sheet {st['sheet']}")
        st["y"] = h - 40

    def header(key, part):
        d, name = key
        counts[key] = max(counts.get(key, 0), part)
        hours = {"DAY": "0600-1400", "EVENING": "1400-2200", "NIGHT": "2200-0600"}[name]
        y = st["y"]
        c.setLineWidth(1.2)
        c.line(40, y + 10, w - 40, y + 10)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "MARROW CREEK POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 40, y, f"Report page {part} of {sub_pages.get(key, 0)}")
        c.drawString(40, y - 11, f"SHIFT ACTIVITY REPORT - {name} SHIFT {hours} - {d.strftime('%m/%d/%Y')}"
                     + ("  (continued)" if part > 1 else ""))
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in MC_COLS:
            c.drawString(x, y - 26, t)
        c.setLineWidth(0.5)
        c.line(40, y - 29, w - 40, y - 29)
        st["y"] = y - 39

    sheet()
    for key, grp in groups:
        part = 1
        if st["y"] < 120:
            sheet()
        header(key, part)
        for rec in grp:
            if st["y"] < 44:
                sheet()
                part += 1
                header(key, part)
            c.setFont("Helvetica", 7.5)
            vals = [rec["reported_at"], rec["case_number"], rec["type"], rec["location"],
                    rec["unit"], rec["disposition"]]
            for (x, _), v in zip(MC_COLS, vals):
                c.setFont("Helvetica-Bold" if x == 90 else "Helvetica", 7.5)
                c.drawString(x, st["y"], v)
            st["y"] -= 10
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(w - 40, st["y"] - 2, f"Shift total: {len(grp)} incidents   Officers on duty: {len(grp) % 4 + 5}")
        st["y"] -= 30
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, st["y"], f"Incidents in all shift reports: {len(recs)}")
    c.showPage()
    c.save()
    return dict(counts)


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = ("case_number", "reported_at", "type", "location", "unit", "summary", "disposition")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in fields and recs[i].get(k, "") != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs22.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs22.py) from the records it drew; "
                               "checked by check_blind_logs22.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in runs:
        recs = make(r, dd, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "da": ("A district attorney's Bureau of Investigation intake log filed as EXHIBIT A to a custodian's "
           "declaration, on California PLEADING PAPER: line numbers 1-28 down the left margin of every page "
           "(beside blank lines too), a double rule left of the text, a single rule at the right, a footer "
           "'- n -' and the exhibit caption. Page 1 starts with the office's caption and the court title. "
           "Each matter is a block on consecutive pleading lines: 'Matter No.: DAI-25-NNNN' (the id) with "
           "'Opened: MM/DD/YYYY HH:MM' (reported_at) on the same line, 'Nature:' (type), 'Location:' "
           "(address and town), 'Status:' (disposition; 'Filed, court no. 25CRNNNNNN' cites a court case, "
           "'sheriff's case SACSO 25-NNNNNN' another agency's case: related, not ids), then an empty "
           "numbered line. Blocks break across pages anywhere. Ends 'Matters listed in this exhibit: N' "
           "and the declaration's closing sentences.",
           "blocks counted from the generator; the closing count equals record_count"),
    "bh": ("A daily incident log printed as BOOK SPREADS: each landscape PDF page holds two log pages "
           "side by side (odd page left, even page right) with a grey gutter shadow between them; both "
           "halves repeat the title and column titles (Case No., Reported, Offense, Location, "
           "Disposition), page numbers at the outer foot corners. Reported is date over time (two lines, "
           "reported_at joins them with a space). Offense, Location and Disposition wrap. A row that does "
           "not fit at the foot of a log page is CUT: its remaining lines continue at the top of the next "
           "log page (across the gutter, or on the next sheet) with empty Case No. and Reported cells. "
           "`pdftotext -layout` prints the two halves on the same lines. Dispositions cite jail bookings "
           "(MCJ-25-NNNN), citations (ORNNNNNNN) and county sheriff's cases (MCSO 25-NNNNN): related. Ends "
           "'Incidents on this log: N'.",
           "rows counted from the generator; the closing count equals record_count"),
    "tp": ("A probation department's field incident log set as a LANDSCAPE BOOKLET: the PDF pages are "
           "portrait, and the landscape log page on each is turned a quarter turn, counter-clockwise on odd "
           "pages and clockwise on even pages (so every other page is upside down relative to the one "
           "before). Columns: Incident No. (TCP-25-NNNN, the id), Date / Time ('10/14/25 1405', "
           "reported_at as printed), Client No. (PN-NNNNNN, printed on EVERY row: the supervised person's "
           "number, related kind client_number, not the id), Incident (type), Location, Officer "
           "('DPO 214', unit), Action Taken (disposition; court cases 25CRNNNNN, bench warrants "
           "BW25-NNN, arresting agency cases TCSO 25-NNNNN: related). Cells wrap. Header 'booklet page "
           "n of N'; ends 'Field incidents logged: N'.",
           "rows counted from the generator; the closing count equals record_count"),
    "pc": ("A sheriff's daily activity log in Times with NO rules, NO blank lines and NO indents: each "
           "entry is one paragraph and entries are told apart ONLY by alternating grey shading (every "
           "other entry on a grey band). Day bands printed white on dark ('TUESDAY, OCTOBER 14, 2025'). "
           "An entry: the id (PC25-NNNNN), the time (HHMM), TYPE, location, a narrative (summary) and "
           "the outcome sentence (disposition). reported_at joins the day band's date (MM/DD/YYYY) and "
           "the time. Wrapped lines start at the same x as the entry's first line and can begin with "
           "digits. Summaries cite Georgia State Patrol cases (NN-NNNN-GSP); outcomes cite jail bookings "
           "(PCJNNNNNN) and uniform traffic citations (ENNNNNNNN): related. Ends 'Total entries this "
           "log: N'.",
           "entries counted from the generator; the closing count equals record_count"),
    "mc": ("A city police log made of SHIFT REPORTS printed one after another on the same sheets: each "
           "shift (DAY 0600-1400, EVENING 1400-2200, NIGHT 2200-0600) starts with its own full report "
           "header (agency, 'SHIFT ACTIVITY REPORT - <SHIFT> SHIFT <hours> - MM/DD/YYYY', its own 'Report "
           "page k of K', column titles) wherever the previous shift ended, usually in the MIDDLE of a "
           "sheet; a shift cut by a sheet break repeats its header with '(continued)'. So running headers "
           "change mid-page and the report page numbers restart; the sheet footer counts sheets. Columns: "
           "Date/Time ('10/15 0112', no year; reported_at as printed; the night shift's small hours carry "
           "the next day's date under the previous day's header), Incident No. (25-MC-NNNNN), Nature, "
           "Address, Unit ('2B17'), Disposition (codes; 'ARR BKG MCB-NNNNN' bookings, 'CIT NNNNNNN-C' "
           "citations, 'REF MSP NNNNNNNN' state patrol cases: related). Each shift ends 'Shift total: n "
           "incidents   Officers on duty: k'; the log ends 'Incidents in all shift reports: N'.",
           "rows counted from the generator; the shift totals add up to the closing count, which equals "
           "record_count"),
}


def main():
    one_agency(
        "sierra-alta-county-ca-da-investigations", 1,
        [("saco-da-boi-intake-log-2025-10.pdf", days(10, 1, 31), "October 2025", 48, 400)],
        da_records, draw_da, "Sierra Alta County District Attorney, Bureau of Investigation, CA [invented]",
        "investigations intake log filed as a court exhibit (pleading paper)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["da"])
    one_agency(
        "bellhaven-or-pd", 2,
        [("bpd-incident-log-2025-10-13-16.pdf", days(10, 13, 16), "October 13-16, 2025", 74, 11200),
         ("bpd-incident-log-2025-10-17-19.pdf", days(10, 17, 19), "October 17-19, 2025", 61, 11420)],
        bh_records, draw_bh, "City of Bellhaven Police Department, OR [invented]",
        "daily incident log printed as book spreads (two log pages per sheet)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["bh"])
    one_agency(
        "tahoma-county-nv-probation", 3,
        [("tcdp-field-incident-log-2025-09.pdf", days(9, 1, 30), "September 2025", 52, 1100),
         ("tcdp-field-incident-log-2025-10.pdf", days(10, 1, 31), "October 2025", 58, 1240)],
        tp_records, draw_tp, "Tahoma County Department of Probation, Field Services Division, NV [invented]",
        "field incident log (landscape booklet, pages turned alternately)", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["tp"])
    one_agency(
        "pellerin-county-ga-so", 4,
        [("pcso-daily-activity-2025-10-13-17.pdf", days(10, 13, 17), "October 13-17, 2025", 66, 8800)],
        pc_records, draw_pc, "Pellerin County Sheriff's Office, GA [invented]",
        "daily activity log (entries told apart by shading only)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["pc"])
    one_agency(
        "marrow-creek-mn-pd", 5,
        [("mcpd-shift-reports-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025-10/21/2025", 118, 30400),
         ("mcpd-shift-reports-2025-10-22.pdf", days(10, 22, 22), "10/22/2025", 64, 30700)],
        mc_records, draw_mc, "Marrow Creek Police Department, MN [invented]",
        "shift activity reports printed back to back", "table with header",
        ["case_number", "reported_at", "type", "location", "unit", "disposition"], *NOTES["mc"])


if __name__ == "__main__":
    main()
