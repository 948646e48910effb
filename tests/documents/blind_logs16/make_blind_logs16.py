"""Generate the sixteenth held-out set of incident-log PDFs and their ground truth.

Five layouts: a city daily media log whose rows open with a line number (not the id) and end
with a summary-by-type table of counts; a campus log of labelled blocks whose id sits in a dark
title bar; a recreation-area ranger journal with the id in a right-hand ledger margin; a
township crash log (a traffic-collision register with injury and vehicle counts); a transit
police weekly summary of bullet sentences grouped by rail line with the id in parentheses first.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs16/make_blind_logs16.py [OUT_DIR]
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
SEED = 20251616
STREETS = ["Ashcombe", "Birchall", "Calloway", "Deering", "Elmhurst", "Fairlie", "Glenrose", "Holloway",
           "Ivybridge", "Juniper", "Kilbride", "Lamberton", "Mayfair", "Northgate", "Oakhurst", "Pembury",
           "Quarry", "Redfern", "Saltash", "Trevose", "Underhill", "Vance", "Whitcombe"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Pkwy"]


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


def addr(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {street(r)}".upper()


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d, year=True):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}" if year else f"{d[1]:02d}/{d[2]:02d}"


def long_day(d):
    return datetime.date(*d).strftime("%A, %B %-d, %Y")


# ---------------------------------------------------------------- A: Fenwick Bay media log

FB_TYPES = ["THEFT FROM VEHICLE", "BURGLARY - RESIDENTIAL", "SUSPICIOUS PERSON", "DISTURBANCE - VERBAL",
            "TRAFFIC HAZARD", "WELFARE CHECK", "VANDALISM", "SHOPLIFTING", "ASSAULT - SIMPLE",
            "NOISE COMPLAINT", "TRESPASS WARNING", "FOUND PROPERTY", "DUI ARREST", "FRAUD - IDENTITY"]
FB_DISP = ["REPORT TAKEN", "NO REPORT", "UNFOUNDED", "REFERRED TO CODE ENF.", "ARREST", "CITATION ISSUED",
           "CLOSED - GOA", "ADVISED"]


def fb_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"FB25-{k:06d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(FB_TYPES), "location": addr(r), "disposition": r.choice(FB_DISP),
               "related": []}
        if rec["disposition"] == "ARREST":
            num = f"BK25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"ARREST BKG {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "CITATION ISSUED":
            num = f"FL{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CITATION {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_fb(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "#"), (62, "Report No."), (130, "Date / Time"), (212, "Incident"), (350, "Location"),
            (470, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "FENWICK BAY POLICE DEPARTMENT - DAILY MEDIA LOG")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 53, f"Period: {label}    Public Information Office 850 555-0142")
        c.drawRightString(w - 36, h - 53, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 72, t)
        c.line(36, h - 75, w - 36, h - 75)
        return h - 86

    y = head()
    for i, rec in enumerate(recs, 1):
        inc = wrap(rec["type"], "Helvetica", 7, 132)
        loc = wrap(rec["location"], "Helvetica", 7, 115)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 104)
        lines = max(len(inc), len(loc), len(dsp))
        if y - 9 * lines < 60:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        c.drawString(36, y, str(i))
        c.setFont("Helvetica-Bold", 7)
        c.drawString(62, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(130, y, rec["reported_at"])
        for x, cell in ((212, inc), (350, loc), (470, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 3
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    if y - 12 * (len(counts) + 4) < 60:
        c.showPage()
        y = head() - 4
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 6, f"Total entries: {len(recs)}")
    c.drawString(36, y - 24, "SUMMARY BY INCIDENT TYPE")
    y -= 36
    c.setFont("Helvetica", 7.5)
    for t, k in sorted(counts.items()):
        c.drawString(62, y, t)
        c.drawRightString(260, y, str(k))
        y -= 10
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Alcott State University blocks

AS_TYPES = ["Theft - Bicycle", "Theft - Laptop", "Liquor Law Violation", "Drug Law Violation",
            "Criminal Mischief", "Harassment", "Burglary", "Motor Vehicle Theft", "Fire Alarm - Malicious",
            "Trespass", "Simple Assault", "Disorderly Conduct"]
AS_PLACES = ["Harrow Hall", "Ledbetter Library", "Parking Deck C", "Student Union", "Oakes Residence Hall",
             "Mercer Science Center", "Field House", "Dining Commons", "Lot 14", "Pine Row Apartments"]
AS_DISP = ["Open", "Closed", "Cleared by Arrest", "Referred to Student Conduct", "Inactive",
           "Referred to Alcott PD"]


def as_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        back = r.randint(0, 36 * 60)
        t0 = datetime.datetime(*d, h, m) - datetime.timedelta(minutes=back + r.randint(10, 240))
        t1 = t0 + datetime.timedelta(minutes=r.randint(5, 600))
        place = r.choice(AS_PLACES)
        if r.random() < 0.3:
            place += f" Room {r.randint(101, 420)}"
        rec = {"case_number": f"ASU-2025-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
               "occurred_from": t0.strftime("%m/%d/%Y %H%M"), "occurred_to": t1.strftime("%m/%d/%Y %H%M"),
               "type": r.choice(AS_TYPES), "location": place, "disposition": r.choice(AS_DISP),
               "related": []}
        if rec["disposition"] == "Referred to Alcott PD":
            num = f"APD 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to Alcott PD ({num})"
            rec["related"].append(("other_agency_case", num))
        if r.random() < 0.12 and recs:
            prior = r.choice(recs)["case_number"]
            rec["related"].append(("earlier_case_cited", prior))
        recs.append(rec)
    return recs


def draw_as(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 40, "Alcott State University Police Department")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(w / 2, h - 52, f"Crime and Incident Log  -  {label}")
        c.drawCentredString(w / 2, h - 63, "Records Unit 479 555-0157    (blocks in order reported)")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 40, 30, f"{page[0]} / {pages or 0}")
        return h - 84

    y = head()
    for rec in recs:
        extra = [("See also", x) for k, x in rec["related"] if k == "earlier_case_cited"]
        height = 16 + 11 * (4 + len(extra)) + 10
        if y - height < 50:
            c.showPage()
            y = head()
        c.setFillGray(0.2)
        c.rect(40, y - 12, w - 80, 14, fill=1, stroke=0)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, y - 8, "INCIDENT")
        c.drawString(110, y - 8, rec["case_number"])
        c.drawRightString(w - 46, y - 8, rec["type"].upper())
        c.setFillGray(0)
        y -= 24
        rows = [("Reported:", rec["reported_at"], "Classification:", rec["type"]),
                ("Occurred:", f"{rec['occurred_from']} to {rec['occurred_to']}", "", ""),
                ("Location:", rec["location"], "", ""),
                ("Status:", rec["disposition"], "", "")]
        rows += [(a, b, "", "") for a, b in extra]
        for a, b, cc, dd in rows:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(48, y, a)
            if cc:
                c.drawString(300, y, cc)
            c.setFont("Helvetica", 7.5)
            c.drawString(110, y, b)
            if dd:
                c.drawString(362, y, dd)
            y -= 11
        y -= 8
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 6, f"{len(recs)} incidents reported this period.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Tamarack Lake ranger journal

TL_TYPES = ["Vehicle lockout", "Campsite noise", "Boat ramp dispute", "Lost hiker", "Dog off leash",
            "Illegal campfire", "Fishing without license", "Medical assist", "Vandalized restroom",
            "Found wallet", "Parking violation", "Wildlife encounter", "Alcohol in day-use area"]
TL_PLACES = ["Boat Ramp 3 lot", "Cedar Loop site 14", "North Beach", "Heron Point overlook", "Marina fuel dock",
             "Ridge Trail mile 2", "Visitor Center", "Pine Cove group site", "Spillway road", "Loop C site 41"]
TL_OUT = ["Ranger assisted, no report.", "Warning issued.", "Citation issued.", "Referred to county EMS.",
          "Report taken.", "Unable to locate.", "Resolved on scene."]
TL_NARR = ["Caller reported the problem at the entrance kiosk.", "Ranger 4 responded from the marina.",
           "Party was cooperative and left the area.", "Area checked twice during the shift.",
           "Owner contacted by phone and arrived within the hour.", "Visitors were advised of park rules."]


def tl_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        out = r.choice(TL_OUT)
        rec = {"case_number": f"TL25-{k:04d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}", "day": d,
               "time": f"{h:02d}{m:02d}", "type": r.choice(TL_TYPES), "location": r.choice(TL_PLACES),
               "summary": " ".join(r.sample(TL_NARR, r.randint(1, 2))), "disposition": out[:-1],
               "related": []}
        if out == "Citation issued.":
            num = f"NRA{r.randint(100000, 999999)}"
            rec["disposition"] = f"Citation issued, {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_tl(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    ledger = w - 110

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(50, h - 42, "Tamarack Lake National Recreation Area - Ranger Journal")
        c.setFont("Times-Roman", 9)
        c.drawString(50, h - 55, f"{label}     Ranger Station 208 555-0163     sheet {page[0]} of {pages or 0}")
        c.line(ledger - 8, h - 64, ledger - 8, 50)
        c.setFont("Times-Italic", 8)
        c.drawString(ledger, h - 74, "Journal ref.")
        return h - 90

    y = head()
    cur = None
    for rec in recs:
        text = (f"{rec['time']}  {rec['type']}, {rec['location']}. {rec['summary']} "
                f"{rec['disposition']}.")
        lines = wrap(text, "Times-Roman", 9, ledger - 70 - 60)
        need = 11 * len(lines) + 4 + (20 if rec["day"] != cur else 0)
        if y - need < 55:
            c.showPage()
            y = head()
            cur = None
        if rec["day"] != cur:
            cur = rec["day"]
            c.setFont("Times-Bold", 10)
            c.drawString(50, y, long_day(cur))
            y -= 16
        c.setFont("Times-Roman", 9)
        for j, t in enumerate(lines):
            c.drawString(60 if j == 0 else 88, y - 11 * j, t)
        c.setFont("Courier", 8.5)
        c.drawString(ledger, y, rec["case_number"])
        y -= 11 * len(lines) + 4
    c.setFont("Times-Italic", 9)
    c.drawString(50, y - 8, f"Entries this journal: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Ridley Township crash log

RT_ROADS = ["Route 352", "Baltimore Pike", "Chester Rd", "Swarthmore Ave", "Morton Ave", "Kedron Ave",
            "I-476 ramp", "Fairview Rd", "Brookhaven Rd", "Sproul Rd"]
RT_TYPES = ["Rear-end", "Angle", "Sideswipe", "Hit fixed object", "Pedestrian", "Backing", "Head-on",
            "Parked vehicle"]
RT_DISP = ["Report filed", "Exchange of info", "Citation", "Arrest - DUI", "Towed, report filed"]


def rt_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        a, b = r.sample(RT_ROADS, 2)
        loc = f"{a} at {b}" if r.random() < 0.7 else f"{r.randint(1, 40) * 100} {a}"
        inj = r.choice((0, 0, 0, 1, 1, 2))
        rec = {"case_number": f"2025-RT-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(RT_TYPES), "location": loc, "vehicles": str(r.choice((1, 2, 2, 2, 3))),
               "injuries": str(inj), "hit_and_run": "Y" if r.random() < 0.1 else "N",
               "disposition": r.choice(RT_DISP), "related": []}
        if rec["disposition"] == "Citation":
            num = f"R{r.randint(1000000, 9999999)}-{r.randint(1, 9)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
        if rec["disposition"] == "Arrest - DUI":
            num = f"OTN U{r.randint(100000, 999999)}-{r.randint(1, 9)}"
            rec["disposition"] = f"Arrest - DUI ({num})"
            rec["related"].append(("arrest_number", num))
        recs.append(rec)
    return recs


def draw_rt(path, recs, label, pages):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    page = [0]
    cols = [(36, "Crash Report"), (110, "Date"), (160, "Time"), (196, "Collision Type"), (282, "Location"),
            (460, "Veh."), (490, "Inj."), (520, "H&R"), (550, "Disposition")]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 36, "RIDLEY TOWNSHIP POLICE - REPORTABLE AND NON-REPORTABLE CRASH LOG")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 48, f"{label}   Traffic Safety Unit 610 555-0178")
        c.drawRightString(w - 36, h - 48, f"Page {page[0]} of {pages or 0}")
        c.setFillGray(0.85)
        c.rect(34, h - 70, w - 68, 13, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 66, t)
        return h - 82

    y = head()
    for rec in recs:
        loc = wrap(rec["location"], "Helvetica", 7.5, 170)
        dsp = wrap(rec["disposition"], "Helvetica", 7.5, w - 36 - 550)
        lines = max(len(loc), len(dsp))
        if y - 10 * lines < 50:
            c.showPage()
            y = head()
        date, time = rec["reported_at"].split()
        c.setFont("Helvetica", 7.5)
        c.drawString(36, y, rec["case_number"])
        c.drawString(110, y, date)
        c.drawString(160, y, time)
        c.drawString(196, y, rec["type"])
        for x, v in ((466, rec["vehicles"]), (496, rec["injuries"]), (526, rec["hit_and_run"])):
            c.drawCentredString(x, y, v)
        for x, cell in ((282, loc), (550, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 10 * j, t)
        c.setLineWidth(0.3)
        c.line(34, y - 10 * lines + 6, w - 34, y - 10 * lines + 6)
        y -= 10 * lines + 3
    inj = sum(1 for rec in recs if rec["injuries"] != "0")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Crashes: {len(recs)}   Injury crashes: {inj}   Persons injured: "
                            f"{sum(int(rec['injuries']) for rec in recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Lakeshore Transit weekly summary

LT_LINES = {"RED LINE": ["Harlow Station", "Union Terminal", "Pier 9 Station", "Westbrook Station"],
            "BLUE LINE": ["Civic Center", "Dunmore Ave Station", "Airport Station"],
            "BUS DIVISION": ["Route 12 bus", "Route 40 bus", "Eastside Transit Center"]}
LT_TYPES = ["Fare evasion", "Assault on operator", "Disorderly person", "Theft of phone", "Trespass on tracks",
            "Smoking on platform", "Vandalism to railcar", "Suspicious package", "Indecent exposure",
            "Medical emergency"]
LT_OUT = ["citation issued", "arrest made", "report taken", "subject left before arrival", "warning given",
          "referred to city police"]


def lt_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        line = r.choice(sorted(LT_LINES))
        rec = {"case_number": f"LT-25-{k:05d}", "line": line, "day": d,
               "reported_at": f"{datetime.date(*d).strftime('%b %-d')}, {h:02d}:{m:02d}",
               "type": r.choice(LT_TYPES), "location": r.choice(LT_LINES[line]), "disposition": r.choice(LT_OUT),
               "related": []}
        if rec["disposition"] == "referred to city police":
            num = f"LPD {r.randint(25000000, 25999999)}"
            rec["disposition"] = f"referred to city police, {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    order = sorted(LT_LINES)
    recs.sort(key=lambda x: (order.index(x["line"]), x["case_number"]))
    return recs


def draw_lt(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, h - 46, "Lakeshore Regional Transit Police")
        c.setFont("Helvetica", 9)
        c.drawString(54, h - 60, f"Weekly Incident Summary, {label}")
        c.drawString(54, h - 72, "Media line 716 555-0189")
        c.drawRightString(w - 54, 30, f"Page {page[0]} of {pages or 0}")
        return h - 96

    y = head()
    cur = None
    for rec in recs:
        text = (f"({rec['case_number']}) {rec['reported_at']} - {rec['location']}: {rec['type']}; "
                f"{rec['disposition']}.")
        lines = wrap(text, "Helvetica", 9, w - 54 - 80)
        need = 12 * len(lines) + 3 + (22 if rec["line"] != cur else 0)
        if y - need < 50:
            c.showPage()
            y = head()
            if rec["line"] == cur:
                c.setFont("Helvetica-Bold", 10)
                c.drawString(54, y, f"{cur} (continued)")
                y -= 18
        if rec["line"] != cur:
            cur = rec["line"]
            k = sum(1 for x in recs if x["line"] == cur)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(54, y - 4, f"{cur} - {k} incidents")
            y -= 22
        c.setFont("Helvetica", 9)
        c.drawString(62, y, "\u2022")
        for j, t in enumerate(lines):
            c.drawString(74, y - 12 * j, t)
        y -= 12 * len(lines) + 3
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, y - 10, f"Total incidents, all divisions: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_EXTRA = ("vehicles", "injuries", "hit_and_run")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in list(fields) + list(SAMPLE_EXTRA) if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs16.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs16.py) from the records it drew; "
                               "checked by check_blind_logs16.py against `pdftotext -layout` text",
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
    "fb": ("Portrait 'Daily Media Log', column titles repeated per page under a rule, no rules between rows. "
           "The FIRST column '#' is a running line number (1..N) that is NOT the id; the id is the bold "
           "Report No. (FB25-NNNNNN) in the second column. Date / Time '10/20/2025 14:05' (reported_at as "
           "printed); Incident (upper case, wraps), Location (house number and street, wraps), Disposition "
           "(wraps; 'ARREST BKG BK25-NNNN' booking and 'CITATION FLNNNNNNN' state citation numbers are related, "
           "not ids). After the last row: 'Total entries: N' then a 'SUMMARY BY INCIDENT TYPE' table of "
           "incident types with counts, which are NOT records (they reuse the type words of the rows). "
           "Header 'Page n of N' and a phone.",
           "rows counted from the generator; 'Total entries' equals record_count"),
    "as": ("Campus 'Crime and Incident Log' in labelled blocks. Each block opens with a DARK TITLE BAR "
           "printed white on black: 'INCIDENT', the id (ASU-2025-NNNNN) and at the right the classification "
           "again in upper case. Under it label/value lines: 'Reported:' (MM/DD/YYYY HHMM, no colon in the "
           "time) with 'Classification:' to its right on the same line, 'Occurred:' as a range 'from-time to "
           "to-time' (occurred_from / occurred_to), 'Location:' (building, sometimes a room), 'Status:' "
           "(disposition; 'Referred to Alcott PD (APD 25-NNNNN)' cites the city police case, related), and "
           "sometimes 'See also' with an EARLIER id of the SAME series (related, not a record). Blocks are "
           "never split over pages. Ends 'N incidents reported this period.'; footer 'n / N'.",
           "blocks counted from the generator; the closing count equals record_count"),
    "tl": ("Ranger journal in Times: day headings ('Thursday, October 16, 2025') then one paragraph per "
           "entry that starts with a 4-digit time ('0612'), the type, a comma, the place, a full stop, one "
           "or two sentences of narrative and the outcome sentence (disposition; 'Citation issued, "
           "NRANNNNNN' cites a citation, related). The id (TL25-NNNN, Courier) is NOT in the paragraph: it "
           "is printed in a RIGHT-HAND LEDGER MARGIN, past a vertical rule titled 'Journal ref.', level with "
           "the entry's first line, so `pdftotext -layout` puts it at the end of that line. Continuation "
           "lines are indented. reported_at joins the heading's date and the time ('10/16/2025 0612'). "
           "A day heading is repeated only when the day changes (not at the top of each page). Ends "
           "'Entries this journal: N'; header 'sheet n of N' and a phone.",
           "entries counted from the generator; 'Entries this journal' equals record_count"),
    "rt": ("Landscape township CRASH LOG (traffic collisions, reportable and not): grey header band "
           "repeated per page, hairline under each row. Columns: Crash Report (2025-RT-NNNNN, the id), Date "
           "(MM/DD/YYYY), Time (HH:MM) in SEPARATE columns (reported_at joins them with a space), Collision "
           "Type (type), Location ('Route 352 at Kedron Ave' or '1400 Chester Rd', wraps), three narrow "
           "digit/flag columns Veh. (vehicles), Inj. (persons injured) and H&R (Y/N), then Disposition "
           "(wraps; 'Citation RNNNNNNN-N' and 'Arrest - DUI (OTN UNNNNNN-N)' cite a citation and an offense "
           "tracking number: related, not ids). Ends 'Crashes: N   Injury crashes: M   Persons injured: K' "
           "(only N counts records).",
           "rows counted from the generator; 'Crashes:' equals record_count"),
    "lt": ("Transit police 'Weekly Incident Summary' as a bulleted list, sections by division ('RED LINE - "
           "N incidents', 'BLUE LINE', 'BUS DIVISION'; a section cut by a page break is headed '... "
           "(continued)'), ordered by id inside each section, so the document is NOT in time order. Each "
           "bullet is one sentence: the id in PARENTHESES first '(LT-25-NNNNN)', the date without year and "
           "time 'Oct 21, 14:05' (reported_at as printed), ' - ', the station or bus route (location), ':', "
           "the type, ';', the outcome in lower case (disposition; 'referred to city police, LPD NNNNNNNN' "
           "cites the city case, related). Sentences wrap under the text. Section counts are not records; "
           "ends 'Total incidents, all divisions: N'.",
           "bullets counted from the generator; the closing total equals record_count"),
}


def main():
    one_agency(
        "fenwick-bay-fl-pd", 1,
        [("fbpd-media-log-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025 - 10/21/2025", 112, 31200),
         ("fbpd-media-log-2025-10-22.pdf", days(10, 22, 22), "10/22/2025", 58, 31480)],
        fb_records, draw_fb, "Fenwick Bay Police Department, FL [invented]",
        "daily media log (line numbers, summary by type)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["fb"])
    one_agency(
        "alcott-state-university-ar-pd", 2,
        [("asupd-incident-log-2025-09.pdf", days(9, 1, 30), "September 2025", 47, 410),
         ("asupd-incident-log-2025-10.pdf", days(10, 1, 31), "October 2025", 56, 520)],
        as_records, draw_as, "Alcott State University Police Department, AR [invented]",
        "crime and incident log (labelled blocks under a title bar)", "labelled blocks",
        ["case_number", "reported_at", "type", "occurred_from", "occurred_to", "location", "disposition"],
        *NOTES["as"])
    one_agency(
        "tamarack-lake-nra-id-rangers", 3,
        [("tlnra-ranger-journal-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 44, 880),
         ("tlnra-ranger-journal-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 51, 940)],
        tl_records, draw_tl, "Tamarack Lake National Recreation Area rangers, ID [invented]",
        "ranger journal (id in a right-hand ledger margin)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["tl"])
    one_agency(
        "ridley-township-pa-pd", 4,
        [("rtpd-crash-log-2025-10.pdf", days(10, 1, 31), "October 1 - 31, 2025", 96, 1120)],
        rt_records, draw_rt, "Ridley Township Police Department, PA [invented]",
        "crash log (traffic collisions)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["rt"])
    one_agency(
        "lakeshore-regional-transit-ny-pd", 5,
        [("lrtpd-weekly-summary-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 63, 7100),
         ("lrtpd-weekly-summary-2025-10-20-26.pdf", days(10, 20, 26), "October 20-26, 2025", 71, 7230)],
        lt_records, draw_lt, "Lakeshore Regional Transit Police, NY [invented]",
        "weekly incident summary (bullets by division)", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["lt"])


if __name__ == "__main__":
    main()
