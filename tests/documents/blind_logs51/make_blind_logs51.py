"""Generate the fifty-first held-out set of incident-log PDFs and their ground truth.

Five winter logs from the upper Great Lakes: a county marine and recreational patrol table
dated by day of year with 24-hour times written `14h05`; a part-time township department
table whose columns run disposition first and incident number last; a snowmobile trail unit
log whose fields are joined by runs of dots instead of columns; a village department's
tab-separated export printed with its tabs shown as arrows and pilcrows at line ends, long
lines hard-wrapped; an ice-rescue radio journal of free-text entries where only the entries
that open a file are records. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs51/make_blind_logs51.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20260051
ROADS = ["Birch Hollow Rd", "Cedar Spur Rd", "Tamarack Ln", "Ore Dock St", "Harbor View Dr", "Pinery Rd",
         "Smelt Run Rd", "Frost Ave", "Lighthouse Rd", "County Rd KK", "County Rd 510", "Balsam Ct",
         "Depot St", "Iron Range Rd", "Hemlock Trl", "Windfall Rd"]
LAKES = ["Big Sag Lake", "Little Oskana Lake", "Tenmile Flowage", "Whitefin Bay", "Narrows of Oskana",
         "Copper Lake", "Pike Bay", "Loon Island"]
TRAILS = ["Trail 8", "Trail 11", "Trail 17A", "Trail 23", "Trail 40", "Corridor 2", "Corridor 15"]


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


def times(r, start, n, days):
    """n sorted datetimes over `days` days from start."""
    out = [start + datetime.timedelta(minutes=r.randint(0, days * 1440 - 1)) for _ in range(n)]
    return sorted(out)


def addr(r):
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(ROADS)}".upper()


def entry(e_file, agency, doc_type, layout, ids, related, fields, samples, notes, gen_note):
    return {"file": e_file, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": gen_note, "sha256": "", "bytes": 0, "pages": 0,
            "agency": agency, "document_type": doc_type, "layout": layout, "scanned": False,
            "encrypted": False, "text_layer": "good", "record_count": len(ids), "case_numbers": ids,
            "related_numbers": related, "fields_present": fields, "sample_records": samples,
            "case_numbers_source": f"written by the generator ({gen_note.split()[0]}) from the records it "
                                   "drew; checked by check_blind_logs51.py against `pdftotext -layout` text",
            "record_count_check": "records counted from the generator; the document's own count line equals "
                                  "record_count", "notes": notes}


def pick3(recs):
    return [recs[0], recs[len(recs) // 2], recs[-1]]


# ---------------------------------------------------------------- A: day-of-year marine patrol
A_TYPES = ["SNOWMOBILE OPERATION", "ICE RESCUE", "VEHICLE THROUGH ICE", "SHANTY PERMIT CHECK",
           "OPEN WATER WARNING", "OUI SNOWMOBILE", "TRAIL TRESPASS", "LOST ANGLER", "FISHING LICENSE",
           "ABANDONED SHANTY", "ATV ON LAKE", "PRESSURE RIDGE HAZARD"]
A_DISP = ["WARNED", "CITED", "ASSISTED", "REPORT", "REFERRED DNR", "GOA", "ARREST"]


def make_a(folder, n, start, seed, first, fname):
    r = random.Random(seed)
    recs, related = [], []
    for i, when in enumerate(times(r, start, n, 14)):
        cid = f"WC26-{first + i:05d}"
        disp = r.choice(A_DISP)
        remark = ""
        if disp == "CITED":
            num = f"DNR-C{r.randint(4100000, 4899999)}"
            remark = f"Cite {num}"
            related.append({"record": cid, "kind": "citation", "number": num})
        elif disp == "ARREST":
            num = f"BK26-{r.randint(100, 999):04d}"
            remark = f"Bkg {num}"
            related.append({"record": cid, "kind": "booking_number", "number": num})
        elif r.random() < 0.2:
            remark = f"Ice {r.randint(3, 14)} in."
        recs.append({"case_number": cid, "doy": when.strftime("%j"), "time": when.strftime("%Hh%M"),
                     "when": when, "type": r.choice(A_TYPES), "location": r.choice(LAKES).upper(),
                     "remark": remark, "disposition": disp})
    path = folder / fname
    c = new_canvas(path, landscape(letter))
    w, h = landscape(letter)
    cols = [(36, "DOY"), (76, "TIME"), (124, "INCIDENT"), (210, "NATURE"), (380, "LAKE / LOCATION"),
            (530, "REMARKS"), (660, "DISP")]
    y, page = 0, 0
    per_day = {}
    for rec in recs:
        per_day[rec["doy"]] = per_day.get(rec["doy"], 0) + 1

    def header():
        nonlocal y, page
        page += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "WABIKON COUNTY SHERIFF - MARINE & RECREATIONAL PATROL")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 54, f"Activity register, calendar year 2026, days {recs[0]['doy']}-{recs[-1]['doy']}"
                                 "   (dates printed as day of year; times 24-hour)")
        c.drawRightString(w - 36, h - 40, f"Sheet {page}")
        c.drawRightString(w - 36, h - 54, "Dispatch 555-0142")
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, h - 76, t)
        c.line(36, h - 80, w - 36, h - 80)
        y = h - 94
        c.setFont("Helvetica", 8)

    header()
    for k, rec in enumerate(recs):
        if y < 60:
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(36, 30, "Patrol hours logged on ice this sheet are kept on form MRP-7; not a count of incidents.")
            c.showPage()
            header()
        vals = [rec["doy"], rec["time"], rec["case_number"], rec["type"], rec["location"], rec["remark"],
                rec["disposition"]]
        for (x, _), v in zip(cols, vals):
            c.setFont("Helvetica-Bold" if x == 124 else "Helvetica", 8)
            c.drawString(x, y, v)
        y -= 12
        last_of_day = k + 1 == len(recs) or recs[k + 1]["doy"] != rec["doy"]
        if last_of_day:
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(36, y, f"{rec['doy']}   DAY TOTAL   {per_day[rec['doy']]}")
            c.line(36, y - 3, w - 36, y - 3)
            y -= 15
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y - 6, f"Incidents this period: {len(recs)}")
    c.setFont("Helvetica", 7.5)
    c.drawString(36, y - 18, "Ice conditions reported to the county hotline 555-0177 are not incidents.")
    c.save()
    samples = [{"case_number": s["case_number"], "reported_at": f"{s['doy']} {s['time']}", "type": s["type"],
                "location": s["location"], "disposition": s["disposition"]} for s in pick3(recs)]
    return path, [x["case_number"] for x in recs], related, samples


# ---------------------------------------------------------------- B: township, disposition first, id last
B_TYPES = ["WELFARE CHECK", "CAR IN DITCH", "ASSIST MOTORIST", "SNOWPLOW DAMAGE", "FRAUD", "DOG AT LARGE",
           "ALARM", "SUSPICIOUS VEHICLE", "911 HANG UP", "DOMESTIC", "BURN COMPLAINT", "RETAIL FRAUD",
           "SNOWMOBILE COMPLAINT", "FOUND PROPERTY"]
B_DISP = ["CLOSED", "ADVISED", "REPORT", "TURNED OVER CCSO", "ARREST", "UNFOUNDED"]


def make_b(folder, n, start, seed, first, fname):
    r = random.Random(seed)
    recs, related = [], []
    for i, when in enumerate(times(r, start, n, 14)):
        cid = f"2026{first + i:05d}"
        disp = r.choice(B_DISP)
        note = ""
        if disp == "TURNED OVER CCSO":
            num = f"CCSO 26-{r.randint(1000, 9999):06d}"
            note = f"Ref {num}"
            related.append({"record": cid, "kind": "other_agency_case", "number": num.split()[1]})
        elif disp == "ARREST":
            num = f"J26-{r.randint(10000, 99999)}"
            note = f"Lodged Copperfall Co. jail, booking {num}"
            related.append({"record": cid, "kind": "booking_number", "number": num})
        recs.append({"case_number": cid, "date": when.strftime("%m/%d/%Y"), "time": when.strftime("%H%Mh"),
                     "type": r.choice(B_TYPES), "location": addr(r), "disposition": disp, "note": note,
                     "officer": f"PT-{r.choice([3, 4, 7, 9, 12])}"})
    path = folder / fname
    c = new_canvas(path, letter)
    w, h = letter
    cols = [(36, "Disp"), (132, "Date"), (184, "Time"), (222, "Nature"), (340, "Location"), (476, "Ofc"),
            (508, "Incident #")]
    y, page = 0, 0

    def header():
        nonlocal y, page
        page += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "TENMILE PINES TOWNSHIP POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 53, "Part-time department  -  Incident listing  -  office 555-0118")
        c.drawString(36, h - 66, f"From {recs[0]['date']} to {recs[-1]['date']}")
        c.drawRightString(w - 36, h - 66, f"pg {page}")
        c.setFont("Times-Bold", 8.5)
        for x, t in cols:
            c.drawString(x, h - 84, t)
        c.line(36, h - 88, w - 36, h - 88)
        y = h - 101

    header()
    for rec in recs:
        if y < 70:
            c.setFont("Times-Italic", 7.5)
            c.drawString(36, 40, "Hours not staffed (0300h-0700h): calls answered by Copperfall County Sheriff.")
            c.showPage()
            header()
        c.setFont("Times-Roman", 8.5)
        vals = [rec["disposition"], rec["date"], rec["time"], rec["type"], rec["location"], rec["officer"]]
        for (x, _), v in zip(cols, vals):
            c.drawString(x, y, v)
        c.setFont("Times-Bold", 8.5)
        c.drawString(508, y, rec["case_number"])
        y -= 11
        if rec["note"]:
            c.setFont("Times-Italic", 8)
            c.drawString(222, y, rec["note"])
            y -= 11
    c.line(36, y + 4, w - 36, y + 4)
    counts = {}
    for rec in recs:
        counts[rec["disposition"]] = counts.get(rec["disposition"], 0) + 1
    c.setFont("Times-Bold", 9)
    y -= 8
    c.drawString(36, y, f"Total incidents: {len(recs)}")
    c.setFont("Times-Roman", 8.5)
    for k in sorted(counts):
        y -= 11
        c.drawString(36, y, f"{k}")
        c.drawString(184, y, f"{counts[k]}")
    c.save()
    samples = [{"case_number": s["case_number"], "disposition": s["disposition"],
                "reported_at": f"{s['date']} {s['time']}", "type": s["type"], "location": s["location"]}
               for s in pick3(recs)]
    return path, [x["case_number"] for x in recs], related, samples


# ---------------------------------------------------------------- C: snowmobile unit, dot-joined fields
C_TYPES = ["Sled vs tree", "Sled vs sled", "Speed on trail", "No trail pass", "Unregistered sled",
           "Off trail", "Trail groomer complaint", "Rider lost", "Sled through ice", "OWI snowmobile",
           "Headlight violation", "Trespass private land"]
C_DISP = ["Warning", "Citation", "Report", "Assist", "EMS transport", "Arrest", "No action"]


def make_c(folder, n, start, seed, first, fname):
    r = random.Random(seed)
    recs, related = [], []
    for i, when in enumerate(times(r, start, n, 10)):
        cid = f"SN-26-{first + i:04d}"
        disp = r.choice(C_DISP)
        if disp == "Citation":
            num = f"T{r.randint(600000, 699999)}"
            disp_p = f"Citation {num}"
            related.append({"record": cid, "kind": "citation", "number": num})
        elif disp == "Arrest":
            num = f"B-{r.randint(2600, 2699)}-{r.randint(10, 99)}"
            disp_p = f"Arrest, booking {num}"
            related.append({"record": cid, "kind": "booking_number", "number": num})
        else:
            disp_p = disp
        loc = f"{r.choice(TRAILS)} at {r.choice(ROADS)}"
        recs.append({"case_number": cid, "date": when.strftime("%m/%d/%Y"), "time": when.strftime("%Hh%M"),
                     "type": r.choice(C_TYPES), "location": loc, "disposition": disp_p})
    path = folder / fname
    c = new_canvas(path, letter)
    w, h = letter
    y, page = 0, 0
    sep = " ......... "

    def header():
        nonlocal y, page
        page += 1
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(40, h - 42, "Copperfall County Sheriff's Office  /  Snowmobile Trail Unit")
        c.setFont("Helvetica", 8)
        c.drawString(40, h - 55, f"Trail enforcement log {recs[0]['date']} through {recs[-1]['date']}")
        c.drawRightString(w - 40, h - 42, f"page {page}")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, h - 74, sep.join(["Date", "Time", "Log No.", "What", "Where", "Outcome"]))
        y = h - 90

    header()
    for rec in recs:
        if y < 60:
            c.setFont("Helvetica", 7)
            c.drawString(40, 36, "Trail conditions line 555-0163. Groomer schedule posted separately.")
            c.showPage()
            header()
        c.setFont("Helvetica", 7.5)
        line = sep.join([rec["date"], rec["time"], rec["case_number"], rec["type"], rec["location"],
                         rec["disposition"]])
        c.drawString(40, y, line)
        y -= 11.5
    y -= 6
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y, f"Log entries ......... {len(recs)}")
    cites = sum(1 for x in related if x["kind"] == "citation")
    c.setFont("Helvetica", 7.5)
    c.drawString(40, y - 12, f"Citations written ......... {cites}")
    c.drawString(40, y - 24, f"Trail miles patrolled ......... {r.randint(300, 900)}")
    c.save()
    samples = [{"case_number": s["case_number"], "reported_at": f"{s['date']} {s['time']}", "type": s["type"],
                "location": s["location"], "disposition": s["disposition"]} for s in pick3(recs)]
    return path, [x["case_number"] for x in recs], related, samples


# ---------------------------------------------------------------- D: tab export with visible tabs
D_TYPES = ["THEFT", "CRIMINAL MISCHIEF", "NOISE", "SNOW EMERGENCY PARKING", "ACCIDENT PROPERTY DAMAGE",
           "HIT AND RUN", "ASSAULT", "DISORDERLY", "ICE FISHING DISPUTE", "TRESPASS", "OWI", "WARRANT SERVICE"]
D_DISP = ["CLOSED", "CITATION", "ARREST", "REPORT TAKEN", "ADVISED", "REFERRED"]
D_NOTES = ["caller states plow left a ridge across drive", "vehicle stuck on harbor ramp, tow requested",
           "parties separated, no further action", "shanty door forced, auger taken",
           "area checked, nothing found", "owner to contact insurer", "subject located at the bait shop",
           "snow emergency route, vehicle tagged and towed to village lot"]


def make_d(folder, n, start, seed, first, fname):
    r = random.Random(seed)
    recs, related = [], []
    for i, when in enumerate(times(r, start, n, 9)):
        cid = f"WB{first + i:06d}"
        disp = r.choice(D_DISP)
        extra = ""
        if disp == "ARREST":
            num = f"BKG-26-{r.randint(100, 999)}"
            extra = f" {num}"
            related.append({"record": cid, "kind": "booking_number", "number": num})
        elif disp == "CITATION":
            num = f"UC{r.randint(1000000, 9999999)}"
            extra = f" {num}"
            related.append({"record": cid, "kind": "citation", "number": num})
        recs.append({"case_number": cid, "date": when.strftime("%Y-%m-%d"), "time": when.strftime("%Hh%M"),
                     "type": r.choice(D_TYPES), "location": addr(r), "disposition": disp + extra,
                     "summary": r.choice(D_NOTES)})
    path = folder / fname
    c = new_canvas(path, letter)
    w, h = letter
    arrow = " \u2192 "
    maxc = 84
    y, page = 0, 0

    def header():
        nonlocal y, page
        page += 1
        c.setFont("Courier", 7)
        c.drawString(36, h - 30, f"whitefin_bay_rms_export.tsv   (view: show whitespace)   page {page}")
        c.line(36, h - 34, w - 36, h - 34)
        y = h - 48

    header()
    lines = ["# VILLAGE OF WHITEFIN BAY POLICE - incident export \u00b6",
             f"# window {recs[0]['date']} .. {recs[-1]['date']}   records {len(recs)} \u00b6",
             arrow.join(["CASE_NO", "RPT_DATE", "RPT_TIME", "NATURE", "ADDRESS", "DISPOSITION", "NOTE"]) + " \u00b6"]
    for rec in recs:
        lines.append(arrow.join([rec["case_number"], rec["date"], rec["time"], rec["type"], rec["location"],
                                 rec["disposition"], rec["summary"]]) + " \u00b6")
    lines.append(f"# end of export, {len(recs)} rows \u00b6")
    c.setFont("Courier", 7.2)
    for ln in lines:
        parts = textwrap.wrap(ln, maxc, break_long_words=False, break_on_hyphens=False)
        for j, part in enumerate(parts):
            if y < 44:
                c.showPage()
                header()
                c.setFont("Courier", 7.2)
            c.drawString(36, y, ("\u00bb " if j else "") + part)
            y -= 9
    c.save()
    samples = [{"case_number": s["case_number"], "reported_at": f"{s['date']} {s['time']}", "type": s["type"]}
               for s in pick3(recs)]
    return path, [x["case_number"] for x in recs], related, samples


# ---------------------------------------------------------------- E: ice-rescue radio journal
E_OPEN = ["reports a pickup through the ice near {lake}, occupants out and on the shelf",
          "responds to a snowmobiler overdue on {lake}, located cold but uninjured",
          "checks a shanty left past the removal date on {lake}, owner tag noted",
          "reports a pressure ridge opened across the plowed road on {lake}, road closed with cones",
          "assists an angler through a soft spot at {lake}, walked to shore",
          "finds an ATV abandoned on {lake}, registration traced"]
E_RADIO = ["radio check, all units on channel 3", "ice reading {n} in. clear ice off the {lake} access",
           "fuel and hovercraft check complete", "shift change, unit I-4 off", "weather: wind NW 15, -8 F"]


def make_e(folder, n, start, seed, first, fname):
    r = random.Random(seed)
    recs, related, chunks = [], [], []
    whens = times(r, start, n, 12)
    for i, when in enumerate(whens):
        cid = f"OK26-{first + i:04d}"
        lake = r.choice(LAKES)
        unit = f"I-{r.randint(1, 6)}"
        text = f"{unit} " + r.choice(E_OPEN).format(lake=lake) + f". File {cid} opened."
        if r.random() < 0.22:
            num = f"26-{r.randint(1000, 9999):05d}"
            text += f" Wabikon EMS run {num} on scene."
            related.append({"record": cid, "kind": "other_agency_case", "number": num})
        recs.append({"case_number": cid, "when": when, "text": text, "lake": lake})
        chunks.append((when, text, True))
        if r.random() < 0.6:
            rw = when + datetime.timedelta(minutes=r.randint(1, 40))
            if rw.date() == when.date():
                chunks.append((rw, r.choice(E_RADIO).format(n=r.randint(4, 16), lake=lake), False))
    chunks.sort(key=lambda x: x[0])
    path = folder / fname
    c = new_canvas(path, letter)
    w, h = letter
    y, page = 0, 0

    def header():
        nonlocal y, page
        page += 1
        c.setFont("Times-Bold", 11)
        c.drawString(54, h - 44, "Town of Harrowfield - Lake Oskana Ice Rescue and Patrol")
        c.setFont("Times-Italic", 8.5)
        c.drawString(54, h - 57, "Radio journal as typed by the base operator. Only entries that open a file are incidents.")
        c.drawRightString(w - 54, h - 44, f"[{page}]")
        y = h - 80

    header()
    day = None
    for when, text, _ in chunks:
        lines = simpleSplit(text, "Times-Roman", 9, 410)
        need = 12 * len(lines) + (22 if when.date() != day else 0)
        if y - need < 50:
            c.showPage()
            header()
        if when.date() != day:
            day = when.date()
            c.setFont("Times-Bold", 9.5)
            c.drawString(54, y - 4, f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}")
            y -= 22
        c.setFont("Times-Bold", 9)
        c.drawString(54, y, when.strftime("%H%Mh"))
        c.setFont("Times-Roman", 9)
        for ln in lines:
            c.drawString(100, y, ln)
            y -= 12
        y -= 3
    c.setFont("Times-Bold", 9)
    c.drawString(54, y - 8, f"Files opened this journal: {len(recs)}")
    c.save()
    samples = []
    for s in pick3(recs):
        when = s["when"]
        samples.append({"case_number": s["case_number"],
                        "reported_at": f"{when.strftime('%B')} {when.day}, {when.year} {when.strftime('%H%Mh')}",
                        "location": s["lake"]})
    return path, [x["case_number"] for x in recs], related, samples


AGENCIES = [
    ("wabikon-county-wi-so-marine-recreation", make_a,
     "Wabikon County Sheriff's Office, Marine and Recreational Patrol, WI [invented]",
     "activity register dated by day of year", "table with header",
     ["case_number", "type", "reported_at", "location", "disposition"],
     [(40, datetime.datetime(2026, 1, 12), 2911, "wcso-mrp-register-2026-d012-025.pdf"),
      (84, datetime.datetime(2026, 1, 26), 2951, "wcso-mrp-register-2026-d026-039.pdf")],
     "Landscape register. Date column DOY is the day of the year (012 = Jan 12) and TIME is 24-hour "
     "written '14h05'; the year is printed only in the heading ('calendar year 2026'). reported_at is "
     "given as printed ('012 14h05'). The id is the bold INCIDENT (WC26-NNNNN). REMARKS hold state DNR "
     "citation numbers ('Cite DNR-CNNNNNNN') and booking numbers ('Bkg BK26-NNNN'): related, not ids. "
     "After each day's rows an italic '012 DAY TOTAL 6' line that begins like a row but is not one; "
     "'Incidents this period: N' at the end; footer sentence about patrol hours per sheet."),
    ("tenmile-pines-township-mi-pd", make_b,
     "Tenmile Pines Township Police Department, MI [invented]",
     "incident listing of a part-time department", "table with header",
     ["case_number", "type", "reported_at", "location", "disposition"],
     [(47, datetime.datetime(2026, 1, 5), 18, "tptpd-incidents-2026-01-05-18.pdf"),
      (59, datetime.datetime(2026, 1, 19), 65, "tptpd-incidents-2026-01-19-02-01.pdf")],
     "Portrait listing, columns in the order Disp, Date, Time, Nature, Location, Ofc, Incident #: the "
     "disposition comes FIRST and the id (bold, nine digits 2026NNNNN, no separator) LAST. Times are "
     "'1405h'. Some rows have an italic line under them: 'Ref CCSO 26-NNNNNN' (county sheriff case the "
     "call was turned over to) or a jail booking 'J26-NNNNN': related, not ids. After 'Total incidents: "
     "N' a table of dispositions with counts (not records). Officer column holds part-time badge codes "
     "'PT-n'. Footer about unstaffed hours."),
    ("copperfall-county-mn-so-snowmobile-unit", make_c,
     "Copperfall County Sheriff's Office, Snowmobile Trail Unit, MN [invented]",
     "trail enforcement log, fields joined by dot runs", "table with header",
     ["case_number", "type", "reported_at", "location", "disposition"],
     [(72, datetime.datetime(2026, 2, 1), 101, "ccso-trail-log-2026-02-01-10.pdf"),
      (103, datetime.datetime(2026, 2, 11), 173, "ccso-trail-log-2026-02-11-20.pdf")],
     "No columns: every row (and the title row) is one line of fields joined by ' ......... ', so fields "
     "do not line up from row to row. Order: Date, Time ('14h05'), Log No. (SN-26-NNNN, the id, third), "
     "What, Where, Outcome. Outcomes 'Citation TNNNNNN' and 'Arrest, booking B-NNNN-NN' carry related "
     "numbers. After the rows, totals in the same dotted style ('Log entries ......... N', citations, "
     "trail miles) look like rows."),
    ("whitefin-bay-mi-pd", make_d, "Village of Whitefin Bay Police Department, MI [invented]",
     "tab-separated export printed with visible whitespace", "table with header",
     ["case_number", "type", "reported_at", "location", "disposition", "summary"],
     [(118, datetime.datetime(2026, 2, 2), 4410, "wbpd-export-2026-02-02-10.pdf")],
     "A .tsv file printed from an editor showing whitespace: each tab is drawn as ' \u2192 ' and each line "
     "ends in a pilcrow; lines longer than 84 characters are wrapped at a space and the continuation starts "
     "with '\u00bb ' (most records take two printed lines; the break falls in any field). "
     "Header row of field names (CASE_NO ...), '#' comment lines before and after ('records N', "
     "'end of export, N rows'). Id WBNNNNNN first. DISPOSITION may carry a booking (BKG-26-NNN) or a "
     "uniform citation (UCNNNNNNN): related, not ids. Dates ISO, times '14h05'."),
    ("harrowfield-wi-lake-oskana-ice-rescue", make_e,
     "Town of Harrowfield, Lake Oskana Ice Rescue and Patrol, WI [invented]",
     "radio journal", "free text",
     ["case_number", "reported_at", "location", "summary"],
     [(52, datetime.datetime(2026, 1, 20), 37, "oskana-radio-journal-2026-01-20-31.pdf")],
     "Day headings ('Tuesday, January 20, 2026'), then entries: a bold time '0734h' in a gutter and a "
     "wrapped sentence. Only entries ending 'File OK26-NNNN opened.' are records; radio checks, ice "
     "readings, weather and shift changes between them are not. reported_at here joins the heading date "
     "and the entry time. Some records cite a county EMS run number ('EMS run 26-NNNNN'): related, not "
     "an id. 'Files opened this journal: N' at the end."),
]


def main():
    for k, (slug, fn, agency, doc, layout, fields, pdfs, notes) in enumerate(AGENCIES):
        d = OUT / slug
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for j, (n, start, first, fname) in enumerate(pdfs):
            path, ids, related, samples = fn(d, n, start, SEED + 10 * k + j, first, fname)
            e = entry(fname, agency, doc, layout, ids, related, fields, samples, notes,
                      f"make_blind_logs51.py (seed {SEED} + 10 x agency + pdf)")
            e["sha256"], e["bytes"], e["pages"] = sha(path), path.stat().st_size, pdf_pages(path)
            gt.append(e)
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
