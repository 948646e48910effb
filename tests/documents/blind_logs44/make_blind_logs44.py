"""Generate the forty-fourth held-out set of incident-log PDFs and their ground truth.

Five layouts from the Pacific Northwest and the Mountain West: a daily log forwarded by e-mail
and printed from a web mail client, the log rows pasted into the quoted part of the message
(every row behind "> "), with headers, a signature block and the mail page furniture; a town
newsletter's police column (run-in entries under a masthead, a "By the numbers" box); a ranger
district's patrol report in labelled blocks (forest road numbers and violation notices inside);
a sheriff's dispatch journal where an incident's later updates are printed as separate rows that
cite the same case number (updates are not records); a city police daily log whose case number is
the fifth column, beside an assisting agency's case number, with day-total lines.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs44/make_blind_logs44.py [OUT_DIR]
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
SEED = 20251644
STREETS = [
    "Alder",
    "Basalt",
    "Cedar Bluff",
    "Dogwood",
    "Elkhorn",
    "Fireweed",
    "Glacier",
    "Huckleberry",
    "Ironwood",
    "Juniper",
    "Kinnikinnick",
    "Larch",
    "Madrona",
    "Nootka",
    "Osprey",
    "Ponderosa",
    "Quartz",
    "Rimrock",
    "Salal",
    "Tamarack",
    "Umpqua",
    "Vine Maple",
    "Wapiti",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Loop"]
TYPES = [
    ("THEFT", "Theft"),
    ("VEHICLE PROWL", "Vehicle prowl"),
    ("SUSPICIOUS PERSON", "Suspicious person"),
    ("TRAFFIC COLLISION", "Traffic collision"),
    ("NOISE COMPLAINT", "Noise complaint"),
    ("WELFARE CHECK", "Welfare check"),
    ("DUI", "DUI"),
    ("TRESPASS", "Trespass"),
    ("BURGLARY", "Burglary"),
    ("VANDALISM", "Vandalism"),
    ("DISTURBANCE", "Disturbance"),
    ("ANIMAL PROBLEM", "Animal problem"),
    ("FRAUD", "Fraud"),
    ("WARRANT SERVICE", "Warrant service"),
]
DISPOS = ["REPORT TAKEN", "ADVISED", "GONE ON ARRIVAL", "UNFOUNDED", "REFERRED", "ASSISTED", "CLEARED"]
SUMMARIES = [
    "caller reported the activity from a neighbouring property",
    "officer checked the area and spoke with the reporting party",
    "damage estimated at under five hundred dollars",
    "items were recovered nearby and returned to the owner",
    "the vehicle was gone before the unit arrived",
    "the parties agreed to separate for the night",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


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


def addr(r):
    return f"{r.randint(1, 48) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}".upper()


def base_records(r, days, n, idfmt, start):
    """n records spread over days in time order: date, time, type, place, disposition, summary."""
    stamps = sorted((r.choice(days), r.randint(0, 23 * 60 + 59)) for _ in range(n))
    recs, num = [], start
    for (y, m, d), mins in stamps:
        num += r.randint(1, 4)
        up, title = r.choice(TYPES)
        recs.append(
            {
                "case_number": idfmt.format(num),
                "y": y,
                "m": m,
                "d": d,
                "h": mins // 60,
                "mi": mins % 60,
                "type_up": up,
                "type_title": title,
                "loc": addr(r),
                "dispo": r.choice(DISPOS),
                "summ": r.choice(SUMMARIES),
                "related": [],
            }
        )
    return recs


def paginate(path, size, blocks, furniture, top, bottom, lead):
    """Draw blocks (lists of (x, text, font, size) lines) page by page, never splitting a block."""
    pages = []
    page, y = [], top
    for block in blocks:
        need = len(block) * lead
        if y - need < bottom and page:
            pages.append(page)
            page, y = [], top
        for line in block:
            page.append((y, line))
            y -= lead
    pages.append(page)
    c = new_canvas(path, size)
    for i, page in enumerate(pages):
        furniture(c, i + 1, len(pages))
        for y, line in page:
            for x, text, font, fsize in line:
                c.setFont(font, fsize)
                c.drawString(x, y, text)
        c.showPage()
    c.save()


# ---- 1. e-mail forward (Tillicum Falls PD, WA) ----------------------------------------------


def tf_records(r, days, n, start):
    recs = base_records(r, days, n, "TF25-{:05d}", start)
    for rec in recs:
        rec["reported_at"] = f"{rec['m']:02d}/{rec['d']:02d}/{rec['y']} {rec['h']:02d}:{rec['mi']:02d}"
        rec["type"], rec["location"] = rec["type_up"], rec["loc"]
        k = r.random()
        if k < 0.12:
            b = f"BK25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"ARREST, BOOKED {b} TILLICUM CO JAIL"
            rec["related"].append(("booking_number", b))
        elif k < 0.22:
            ci = f"WA{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CITATION ISSUED {ci}"
            rec["related"].append(("citation", ci))
        else:
            rec["disposition"] = rec["dispo"]
    return recs


def draw_tf(path, recs, label, request):
    w, h = letter
    mono, q = "Courier", 7.6
    head = [
        [(54, "From: Tillicum Falls Police Records <records@tillicumfalls-pd.example>", "Helvetica", 9)],
        [(54, f"Sent: {label['sent']}", "Helvetica", 9)],
        [(54, "To: Clerk's Office <clerk@tillicumfalls.example>", "Helvetica", 9)],
        [(54, f"Subject: FW: Daily activity log {label['span']} (your request {request})", "Helvetica-Bold", 9)],
        [],
        [(54, "Forwarding the log below as it came from dispatch. Call 555-0143 with questions.", "Helvetica", 9)],
        [],
        [(54, "---------- Forwarded message ---------", "Helvetica", 9)],
        [(54, "From: Tillicum Falls Dispatch <cad@tillicumfalls-pd.example>", "Helvetica", 9)],
        [(54, f"Date: {label['orig']}", "Helvetica", 9)],
        [(54, f"Subject: Activity log {label['span']}", "Helvetica", 9)],
        [],
        [(54, "> Pasted from CAD, one line per incident:", mono, q)],
        [(54, "> CASE NO.    DATE/TIME         NATURE              LOCATION                DISPOSITION", mono, q)],
        [(54, "> ----------  ----------------  ------------------  ----------------------  -----------", mono, q)],
    ]
    blocks = [head]
    for rec in recs:
        dis = simpleSplit(rec["disposition"], mono, q, 130) or [""]
        first = f"> {rec['case_number']:<12} {rec['reported_at']:<17} {rec['type']:<19} {rec['location']:<23} {dis[0]}"
        lines = [[(54, first, mono, q)]]
        lines += [[(54, "> " + " " * 75 + more, mono, q)] for more in dis[1:]]
        blocks.append(lines)
    blocks.append(
        [
            [(54, ">", mono, q)],
            [(54, f"> Total calls logged: {len(recs)}", mono, q)],
            [(54, "> -- Dispatch, Tillicum Falls PD", mono, q)],
            [],
            [(54, "Records Specialist", "Helvetica", 9)],
            [(54, "Tillicum Falls Police Department | 210 Nootka Way | 555-0143", "Helvetica", 9)],
            [(54, "This message may contain confidential information.", "Helvetica-Oblique", 8)],
        ]
    )

    def furniture(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 30, "Tillicum Falls Mail - FW: Daily activity log")
        c.drawRightString(w - 36, h - 30, label["printed"])
        c.drawString(36, 24, "https://mail.tillicumfalls.example/owa/#viewmodel=ReadMessageItem")
        c.drawRightString(w - 36, 24, f"{p}/{n}")

    paginate(path, letter, blocks, furniture, h - 60, 50, 11)


# ---- 2. newsletter police column (Pine Hollow, ID) -------------------------------------------


def ph_records(r, days, n, start):
    recs = base_records(r, days, n, "25-{:04d}", start)
    for rec in recs:
        h12 = rec["h"] % 12 or 12
        ap = "a.m." if rec["h"] < 12 else "p.m."
        wd = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."][
            datetime.date(rec["y"], rec["m"], rec["d"]).weekday()
        ]
        rec["reported_at"] = f"{wd} {MONTHS[rec['m'] - 1]}. {rec['d']}, {h12}:{rec['mi']:02d} {ap}"
        blk = rec["loc"].split(" ", 1)
        rec["location"] = f"{int(blk[0]) // 100 * 100} block of {blk[1].title()}"
        rec["type"] = rec["type_title"]
        rec["summary"] = rec["summ"][0].upper() + rec["summ"][1:] + "."
        k = r.random()
        if k < 0.15:
            ci = f"PH-C-{r.randint(1000, 9999)}"
            rec["disposition"] = f"A citation, No. {ci}, was issued."
            rec["related"].append(("citation", ci))
        elif k < 0.25:
            so = f"{r.randint(10000, 99999)}"
            rec["disposition"] = f"Handed to the Camas County Sheriff, their case {so}."
            rec["related"].append(("other_agency_case", so))
        else:
            rec["disposition"] = rec["dispo"].capitalize() + "."
    return recs


def draw_ph(path, recs, label, issue):
    w, h = letter
    body, size = "Times-Roman", 10
    blocks = [
        [
            [(72, "POLICE NOTES", "Times-Bold", 13)],
            [(72, f"Calls handled by the Pine Hollow Police Department, {label}", "Times-Italic", 10)],
            [],
        ]
    ]
    for rec in recs:
        text = (
            f"Log {rec['case_number']} \u00b7 {rec['reported_at']} \u00b7 {rec['location']} \u2014 "
            f"{rec['type']}. {rec['summary']} {rec['disposition']}"
        )
        lines = simpleSplit(text, body, size, 460)
        blocks.append([[(72, lines[0], body, size)]] + [[(84, x, body, size)] for x in lines[1:]] + [[]])
    arrests = sum(1 for rec in recs if rec["related"])
    blocks.append(
        [
            [(72, "BY THE NUMBERS", "Times-Bold", 11)],
            [(84, f"Calls in this column: {len(recs)}", body, size)],
            [(84, f"Citations and hand-offs: {arrests}", body, size)],
            [(84, "Non-emergency line: 555-0119 (24 hours)", body, size)],
        ]
    )

    def furniture(c, p, n):
        c.setFont("Times-Bold", 16)
        c.drawString(72, h - 50, "The Pine Hollow Post")
        c.setFont("Times-Italic", 9)
        c.drawRightString(w - 72, h - 50, f"Town newsletter \u00b7 {issue}")
        c.line(72, h - 58, w - 72, h - 58)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(w / 2, 30, f"Pine Hollow Post \u00b7 page {p + 3}")

    paginate(path, letter, blocks, furniture, h - 80, 50, 12.5)


# ---- 3. ranger district patrol report (Kettle Crest RD, MT) ----------------------------------

RANGER = [
    ("Unattended campfire", "Warning given"),
    ("Illegal dispersed camping", "Occupants moved on"),
    ("Firewood cutting without permit", "Violation notice issued"),
    ("Off-route motor vehicle use", "Violation notice issued"),
    ("Vandalized trail sign", "Report taken"),
    ("Abandoned vehicle", "Tagged for removal"),
    ("Lost hiker", "Located, assisted to trailhead"),
    ("Resource damage, meadow rutting", "Report taken"),
    ("Dog off leash at campground", "Warning given"),
    ("Theft from vehicle at trailhead", "Referred to sheriff"),
]
SITES = [
    "Cougar Flat dispersed site",
    "Granite Creek trailhead",
    "Sheep Gulch campground",
    "Lolo Saddle",
    "Bear Wallow day use area",
    "Elk Meadows",
    "Pintler Lake boat ramp",
    "Spruce Bench",
]


def kc_records(r, days, n, start):
    recs = base_records(r, days, n, "KC-25-{:04d}", start)
    for rec in recs:
        rec["reported_at"] = f"{rec['m']:02d}/{rec['d']:02d}/{rec['y']} {rec['h']:02d}{rec['mi']:02d}"
        act, action = r.choice(RANGER)
        rec["type"] = act
        rec["location"] = f"Forest Road {r.choice([4410, 5230, 7316, 1189, 960])}, {r.choice(SITES)}"
        if action == "Violation notice issued":
            vn = f"F{r.randint(1000000, 9999999)}"
            action = f"Violation notice {vn} issued"
            rec["related"].append(("violation_notice", vn))
        elif action == "Referred to sheriff":
            so = f"25-{r.randint(10000, 99999)}"
            action = f"Referred to Granite Bench County SO, case {so}"
            rec["related"].append(("other_agency_case", so))
        rec["disposition"] = action
        rec["summary"] = rec["summ"][0].upper() + rec["summ"][1:] + "."
        rec["unit"] = f"LEO {r.randint(2, 6)}"
    return recs


def draw_kc(path, recs, label, _):
    w, h = letter
    f, b = "Helvetica", "Helvetica-Bold"
    blocks = []
    for rec in recs:
        blocks.append(
            [
                [(60, "PATROL LOG ENTRY", b, 9), (380, f"Incident No. {rec['case_number']}", b, 9)],
                [
                    (72, "Date/Time:", b, 8.5),
                    (140, rec["reported_at"], f, 8.5),
                    (300, "Unit:", b, 8.5),
                    (330, rec["unit"], f, 8.5),
                ],
                [(72, "Area:", b, 8.5), (140, rec["location"], f, 8.5)],
                [(72, "Activity:", b, 8.5), (140, rec["type"], f, 8.5)],
                [(72, "Action:", b, 8.5), (140, rec["disposition"], f, 8.5)],
                [(72, "Notes:", b, 8.5), (140, rec["summary"], f, 8.5)],
                [],
            ]
        )
    miles = 40 * len(recs) + 17
    blocks.append(
        [
            [(60, "DISTRICT PATROL SUMMARY", b, 10)],
            [(72, f"Patrol miles driven: {miles:,}", f, 9)],
            [(72, f"Public contacts: {len(recs) * 3 + 5}", f, 9)],
            [(72, f"Incidents logged: {len(recs)}", f, 9)],
        ]
    )

    def furniture(c, p, n):
        c.setFont(b, 11)
        c.drawString(60, h - 40, "Larkwood National Forest - Kettle Crest Ranger District")
        c.setFont(f, 9)
        c.drawString(60, h - 54, f"Law Enforcement Patrol Report, {label}")
        c.drawRightString(w - 60, h - 40, "District office 555-0127")
        c.line(60, h - 60, w - 60, h - 60)
        c.drawCentredString(w / 2, 28, f"Page {p} of {n}   FOR OFFICIAL USE - RELEASED COPY")

    paginate(path, letter, blocks, furniture, h - 80, 48, 11)


# ---- 4. dispatch journal with update rows (Owyhee Rim County SO, OR) -------------------------


def ow_records(r, days, n, start):
    recs = base_records(r, days, n, "OR25-{:05d}", start)
    for rec in recs:
        rec["reported_at"] = f"{rec['m']:02d}/{rec['d']:02d}/{rec['y']} {rec['h']:02d}:{rec['mi']:02d}"
        rec["type"], rec["location"] = rec["type_up"], rec["loc"]
        rec["disposition"] = rec["dispo"]
    return recs


def ow_rows(r, recs):
    """NEW rows in time order, with UPDATE rows for about a quarter of incidents placed later."""
    rows = [("NEW", i, recs[i]["reported_at"]) for i in range(len(recs))]
    upd = []
    for i, rec in enumerate(recs):
        if r.random() < 0.25 and i < len(recs) - 3:
            j = min(len(recs) - 1, i + r.randint(2, 12))
            note = r.choice(
                ["SUSPECT LOCATED", "VICTIM RECONTACTED", "PROPERTY RECOVERED", "SUPPLEMENT FILED", "VEHICLE TOWED"]
            )
            if r.random() < 0.3:
                b = f"B{r.randint(250000, 259999)}"
                note = f"IN CUSTODY, BOOKING {b}"
                rec["related"].append(("booking_number", b))
            upd.append((j, i, note))
    out = []
    for k, (kind, i, stamp) in enumerate(rows):
        out.append((kind, i, stamp, ""))
        for j, i2, note in upd:
            if j == k:
                out.append(("UPDATE", i2, recs[j]["reported_at"], note))
    return out


def draw_ow(path, recs, label, rows):
    w, h = landscape(letter)
    f = "Helvetica"
    cols = [36, 126, 176, 246, 366, 556]
    blocks = []
    for kind, i, stamp, note in rows:
        rec = recs[i]
        if kind == "NEW":
            vals = [stamp, "NEW", rec["case_number"], rec["type"], rec["location"], rec["disposition"]]
        else:
            vals = [stamp, "UPDATE", rec["case_number"], "", "", note]
        blocks.append(
            [
                [
                    (x, v, "Helvetica-Bold" if kind == "NEW" and k == 2 else f, 8)
                    for k, (x, v) in enumerate(zip(cols, vals))
                    if v
                ]
            ]
        )
    blocks.append([[], [(36, f"Incidents opened: {len(recs)}    Journal lines: {len(rows)}", "Helvetica-Bold", 9)]])

    def furniture(c, p, n):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 36, "OWYHEE RIM COUNTY SHERIFF'S OFFICE - DISPATCH JOURNAL")
        c.setFont(f, 9)
        c.drawString(36, h - 50, label)
        c.drawRightString(w - 36, h - 36, f"Page {p} of {n}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(cols, ["Date/Time", "Entry", "Case No.", "Call Type", "Location", "Disposition / Note"]):
            c.drawString(x, h - 70, t)
        c.line(36, h - 74, w - 36, h - 74)
        c.setFont(f, 7)
        c.drawString(36, 24, "Updates to an open case are journal lines, not new incidents. Dispatch 555-0188")

    paginate(path, landscape(letter), blocks, furniture, h - 88, 40, 11.5)


# ---- 5. daily log, case number fifth beside an assist number (Juniper Butte PD, NV) ----------


def jb_records(r, days, n, start):
    recs = base_records(r, days, n, "JB2500{:04d}", start)
    for rec in recs:
        rec["reported_at"] = f"{rec['m']:02d}/{rec['d']:02d}/{rec['y']} {rec['h']:02d}{rec['mi']:02d}"
        rec["type"], rec["location"] = rec["type_up"], rec["loc"]
        rec["disposition"] = rec["dispo"]
        rec["assist"] = ""
        if r.random() < 0.2:
            a = f"NHP{r.randint(2500000, 2599999)}"
            rec["assist"] = a
            rec["related"].append(("other_agency_case", a))
    return recs


def draw_jb(path, recs, label, _):
    w, h = letter
    f = "Helvetica"
    cols = [36, 100, 214, 350, 430, 500]
    blocks, day = [], None
    for rec in recs:
        d = rec["reported_at"][:10]
        if day and d != day:
            n = sum(1 for x in recs if x["reported_at"][:10] == day)
            blocks.append([[(36, f"Calls {day}: {n}", "Helvetica-Oblique", 7.5)]])
        day = d
        vals = [rec["reported_at"], rec["type"], rec["location"], rec["assist"], rec["case_number"], rec["disposition"]]
        blocks.append([[(x, v, f, 7.5) for x, v in zip(cols, vals) if v]])
    n = sum(1 for x in recs if x["reported_at"][:10] == day)
    blocks.append(
        [
            [(36, f"Calls {day}: {n}", "Helvetica-Oblique", 7.5)],
            [],
            [(36, f"Total calls for service: {len(recs)}", "Helvetica-Bold", 8.5)],
        ]
    )

    def furniture(c, p, n):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 40, "JUNIPER BUTTE POLICE DEPARTMENT")
        c.setFont(f, 9)
        c.drawString(36, h - 54, f"Daily Activity Log  {label}")
        c.drawRightString(w - 36, h - 40, "Records 555-0165")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in zip(cols, ["Received", "Nature", "Address", "Assist Agcy #", "Case No.", "Disposition"]):
            c.drawString(x, h - 74, t)
        c.line(36, h - 78, w - 36, h - 78)
        c.setFont(f, 7)
        c.drawCentredString(w / 2, 26, f"{p}")

    paginate(path, letter, blocks, furniture, h - 92, 44, 10.5)


# ---- ground truth ---------------------------------------------------------------------------

FIELDS = ("case_number", "reported_at", "type", "location", "disposition", "summary")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if recs[i].get(k)}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs44.py (seed {SEED} + agency number)",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": list(fields),
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs44.py) from the records it drew; "
        "checked by check_blind_logs44.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "tf": "E-mail printed from a web mail client: mail page header and footer (URL, 'n/N'), From/Sent/To/"
    "Subject headers, a 'your request R25-NNNN' number in the Subject (not a record), a forwarded-message "
    "header block, then the dispatch log PASTED INTO THE QUOTED PART: every log line starts with '> ' "
    "(Courier), with its own column titles and a dashed rule once at the top only. Row: case number "
    "(TFPD TF25-NNNNN), 'MM/DD/YYYY HH:MM', nature, location, disposition; a long disposition wraps onto "
    "a '> ' line indented under its column. 'ARREST, BOOKED BK25-NNNN' and 'CITATION ISSUED WANNNNNNN' "
    "are related numbers. Ends '> Total calls logged: N' and a signature block with a phone.",
    "ph": "Town newsletter page, 'POLICE NOTES' column under the masthead; run-in paragraphs 'Log 25-NNNN \u00b7 "
    "Mon. Oct. 20, 2:14 p.m. \u00b7 400 block of Larch St \u2014 Theft. <sentence> <outcome>' wrapped with "
    "indented continuation lines; no year printed (reported_at as printed). Outcomes can cite a "
    "citation 'PH-C-NNNN' or a county sheriff case (five digits): related. Page numbers start at 4 "
    "(newsletter pages). Ends with a 'BY THE NUMBERS' box: 'Calls in this column: N' counts records, "
    "'Citations and hand-offs' does not.",
    "kc": "Ranger district patrol report in labelled blocks: title line 'PATROL LOG ENTRY' with 'Incident No. "
    "KC-25-NNNN' at the right, then Date/Time (MM/DD/YYYY HHMM) with Unit beside it, Area (always a "
    "'Forest Road NNNN' number then a site: the road number is not an id), Activity (type), Action "
    "(disposition; 'Violation notice FNNNNNNN' and 'Granite Bench County SO, case 25-NNNNN' are "
    "related), Notes (summary). Blocks never split over pages. Ends with a DISTRICT PATROL SUMMARY: "
    "miles driven and public contacts are not record counts; 'Incidents logged: N' is.",
    "ow": "Landscape dispatch journal, column titles repeated per page. Each incident has one 'NEW' row "
    "(bold case number OR25-NNNNN, date-time, call type, location, disposition); about a quarter of "
    "incidents get later 'UPDATE' rows printed further down in time order that CITE THE SAME case "
    "number with only a note (e.g. 'IN CUSTODY, BOOKING BNNNNNN': related). UPDATE rows are not "
    "records: case_numbers lists each incident once, at its NEW row. Ends 'Incidents opened: N    "
    "Journal lines: M' (only N counts records).",
    "jb": "Daily activity log, no rules between rows, column titles repeated per page. Columns: Received "
    "(MM/DD/YYYY HHMM), Nature, Address, Assist Agcy # (a state highway patrol number NHPNNNNNNN on "
    "some rows: related, not the id), Case No. (JB2500NNNN, the FIFTH column, digit-heavy like the "
    "assist number), Disposition. Italic day-total lines 'Calls MM/DD/YYYY: N' after each day look like "
    "rows but are not; ends 'Total calls for service: N'.",
}
COUNT = "records counted from the generator; the document's own closing count equals record_count"


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dys, label, n, start, extra in runs:
        recs = make(r, dys, n, start)
        if make is ow_records:
            extra = ow_rows(r, recs)
        draw(d / fname, recs, label, extra)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, COUNT))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def main():
    tf = ["case_number", "reported_at", "type", "location", "disposition"]
    one_agency(
        "tillicum-falls-wa-pd",
        1,
        [
            (
                "tfpd-log-email-2025-10-20.pdf",
                days(10, 20, 20),
                {
                    "sent": "Tuesday, October 21, 2025 8:12 AM",
                    "orig": "Tue, Oct 21, 2025 at 6:02 AM",
                    "span": "10/20/2025",
                    "printed": "10/21/2025, 9:40 AM",
                },
                58,
                4100,
                "R25-0087",
            ),
            (
                "tfpd-log-email-2025-10-21-22.pdf",
                days(10, 21, 22),
                {
                    "sent": "Thursday, October 23, 2025 7:55 AM",
                    "orig": "Thu, Oct 23, 2025 at 6:01 AM",
                    "span": "10/21-10/22/2025",
                    "printed": "10/23/2025, 10:05 AM",
                },
                103,
                4300,
                "R25-0091",
            ),
        ],
        tf_records,
        draw_tf,
        "Tillicum Falls Police Department, WA [invented]",
        "daily activity log forwarded by e-mail (log pasted into the quoted body)",
        "table with header",
        tf,
        NOTES["tf"],
    )
    one_agency(
        "pine-hollow-id-pd-newsletter",
        2,
        [
            (
                "pine-hollow-post-police-notes-2025-10-13-19.pdf",
                days(10, 13, 19),
                "Oct. 13-19",
                46,
                400,
                "Vol. 12, No. 42",
            ),
            (
                "pine-hollow-post-police-notes-2025-10-20-26.pdf",
                days(10, 20, 26),
                "Oct. 20-26",
                53,
                560,
                "Vol. 12, No. 43",
            ),
        ],
        ph_records,
        draw_ph,
        "Pine Hollow Police Department, ID [invented]",
        "town newsletter police column",
        "free text",
        ["case_number", "reported_at", "location", "type", "summary", "disposition"],
        NOTES["ph"],
    )
    one_agency(
        "kettle-crest-ranger-district-mt",
        3,
        [("kettle-crest-rd-patrol-report-2025-10.pdf", days(10, 1, 31), "October 2025", 61, 200, None)],
        kc_records,
        draw_kc,
        "Larkwood National Forest, Kettle Crest Ranger District, MT [invented]",
        "ranger district law enforcement patrol report",
        "labelled blocks",
        ["case_number", "reported_at", "location", "type", "disposition", "summary"],
        NOTES["kc"],
    )
    one_agency(
        "owyhee-rim-county-or-so",
        4,
        [("orcso-dispatch-journal-2025-10-20-22.pdf", days(10, 20, 22), "October 20 - 22, 2025", 92, 31000, None)],
        ow_records,
        draw_ow,
        "Owyhee Rim County Sheriff's Office, OR [invented]",
        "dispatch journal (updates as later lines citing the same case number)",
        "table with header",
        tf,
        NOTES["ow"],
    )
    one_agency(
        "juniper-butte-nv-pd",
        5,
        [
            ("jbpd-daily-log-2025-10-06-07.pdf", days(10, 6, 7), "10/06/2025 - 10/07/2025", 84, 3000, None),
            ("jbpd-daily-log-2025-10-08-09.pdf", days(10, 8, 9), "10/08/2025 - 10/09/2025", 77, 3350, None),
        ],
        jb_records,
        draw_jb,
        "Juniper Butte Police Department, NV [invented]",
        "daily activity log (case number fifth, assist agency number beside it)",
        "table with header",
        tf,
        NOTES["jb"],
    )


if __name__ == "__main__":
    main()
