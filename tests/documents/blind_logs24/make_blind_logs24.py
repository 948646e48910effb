"""Generate the twenty-fourth held-out set of incident-log PDFs and their ground truth.

Five layouts from small Midwest and Northeast agencies with unusual conventions: a calls-for-service
table whose dates are Julian day numbers (YYDDD HHMM) and whose case numbers have no separators; a
township log whose first column is a military date-time group (141530OCT25); a fixed-width Courier
listing with date and time glued into one ten-digit field and page totals that look like rows; a
town log typed as a numbered list of one-line entries under day headings (list numbers restart
each day); a constable's report of labelled blocks with dot leaders whose case numbers look like
dates. Every agency, place and record is invented; no person is named. Output is deterministic:
fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs24/make_blind_logs24.py [OUT_DIR]
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
SEED = 20251624
STREETS = [
    "Ashlar",
    "Bexmoor",
    "Corning",
    "Dabney",
    "Eskerwood",
    "Farrow",
    "Galloway",
    "Hesper",
    "Ironton",
    "Jessup",
    "Kinross",
    "Lindell",
    "Marrish",
    "Norcross",
    "Oxbow",
    "Pittman",
    "Quimby",
    "Rushmere",
    "Stoddard",
    "Tamworth",
    "Upland",
    "Varick",
    "Wendover",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Way", "Pike"]
TYPES = [
    "THEFT FROM VEHICLE",
    "BURGLARY",
    "SUSPICIOUS VEHICLE",
    "DOMESTIC DISTURBANCE",
    "ANIMAL COMPLAINT",
    "WELFARE CHECK",
    "CRIMINAL MISCHIEF",
    "RETAIL THEFT",
    "ASSAULT",
    "NOISE COMPLAINT",
    "TRESPASS",
    "FOUND PROPERTY",
    "OVI ARREST",
    "FRAUD",
    "MOTOR VEHICLE CRASH",
    "ALARM - BUSINESS",
    "PARKING COMPLAINT",
]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


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


def addr(r, upper=True):
    a = f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [datetime.datetime(*days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


# ---------------------------------------------------------------- A: Hatchet Lake, Julian dates

HL_DISP = ["RPT", "NO RPT", "ADVISED", "GOA", "UNFOUNDED", "CITATION", "ARREST", "ASSIST OTHER AGENCY"]


def hl_records(r, days, n, start):
    recs = []
    for t, k in zip(stamps(r, days, n), serials(r, n, start)):
        rec = {
            "case_number": f"25{k:06d}",
            "reported_at": f"{t:%y}{t.timetuple().tm_yday:03d} {t:%H%M}",
            "type": r.choice(TYPES),
            "location": addr(r),
            "disposition": r.choice(HL_DISP),
            "related": [],
        }
        if rec["disposition"] == "CITATION":
            num = f"{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"CITATION {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "ARREST":
            num = f"BK25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"ARREST / BK {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "ASSIST OTHER AGENCY":
            num = f"KCSO 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"ASSIST {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_hl(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "CASE NO"), (92, "RCVD (YYDDD HHMM)"), (178, "NATURE"), (318, "LOCATION"), (446, "DISPOSITION")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "HATCHET LAKE POLICE DEPARTMENT - CALLS FOR SERVICE")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 52, f"{label}    Dates are year + day of year (Julian).    Records 218 555-0163")
        c.drawRightString(w - 36, h - 52, f"PG {page[0]}/{pages or 0}")
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x, h - 70, t)
        c.line(36, h - 73, w - 36, h - 73)
        return h - 83

    y = head()
    for rec in recs:
        loc = wrap(rec["location"], "Helvetica", 7, 76)
        dsp = wrap(rec["disposition"], "Helvetica", 7, 128)
        lines = max(len(loc), len(dsp))
        if y - 9 * lines < 56:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        c.drawString(36, y, rec["case_number"])
        c.drawString(92, y, rec["reported_at"])
        c.drawString(178, y, rec["type"])
        for x, cell in ((318, loc), (446, dsp)):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 2
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Total calls: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Garnock Township, DTG

GT_DISP = ["Report taken", "Advised", "Gone on arrival", "Unfounded", "Citation issued", "Arrest", "Referred to OSP"]


def gt_records(r, days, n, start):
    recs = []
    for t, k in zip(stamps(r, days, n), serials(r, n, start)):
        dtg = f"{t:%d%H%M}{MONTHS[t.month - 1]}{t:%y}"
        loc = addr(r, upper=False)
        if r.random() < 0.35:
            loc += f" near {r.choice(STREETS)} {r.choice(SUFFIX)} (township line)"
        rec = {
            "case_number": f"25-{k:04d}",
            "reported_at": dtg,
            "type": r.choice(TYPES).title(),
            "location": loc,
            "disposition": r.choice(GT_DISP),
            "related": [],
        }
        if rec["disposition"] == "Citation issued":
            num = f"GT{r.randint(100000, 999999)}"
            rec["disposition"] = f"Citation issued {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to OSP":
            num = f"OSP-25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to OSP {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_gt(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    cols = [(36, "DTG"), (110, "Incident"), (170, "Nature"), (300, "Location"), (470, "Disposition")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 36, "Garnock Township Police Department  -  Daily Log")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 48, f"{label}   Times are date-time groups, local (DDHHMMMONYY)")
        c.drawRightString(w - 36, h - 48, f"Page {page[0]} of {pages or 0}")
        c.setFillGray(0.85)
        c.rect(34, h - 68, w - 68, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 65, t)
        return h - 80

    y = head()
    for rec in recs:
        loc = wrap(rec["location"], "Helvetica", 7.5, 150)
        if y - 10 * len(loc) < 50:
            c.showPage()
            y = head()
        c.setFont("Courier", 7.5)
        c.drawString(36, y, rec["reported_at"])
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(110, y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(170, y, rec["type"])
        for j, t in enumerate(loc):
            c.drawString(300, y - 10 * j, t)
        c.drawString(470, y, rec["disposition"])
        y -= 10 * len(loc) + 3
        c.setStrokeGray(0.8)
        c.line(36, y + 6, w - 36, y + 6)
        c.setStrokeGray(0)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"RECORDS THIS PERIOD: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Fenmore Borough, fixed width

FB_CODES = {
    "THEFT FROM VEHICLE": "THFV",
    "BURGLARY": "BURG",
    "SUSPICIOUS VEHICLE": "SUSV",
    "DOMESTIC DISTURBANCE": "DOMD",
    "ANIMAL COMPLAINT": "ANML",
    "WELFARE CHECK": "WELF",
    "CRIMINAL MISCHIEF": "CRMS",
    "RETAIL THEFT": "RTHF",
    "ASSAULT": "ASLT",
    "NOISE COMPLAINT": "NOIS",
    "TRESPASS": "TRES",
    "FOUND PROPERTY": "FPRP",
    "FRAUD": "FRAU",
    "MOTOR VEHICLE CRASH": "MVCR",
}
FB_DISP = ["CLR", "RPT", "ARR", "CIT", "GOA", "UNF", "REF"]
FB_PER_PAGE = 44


def fb_records(r, days, n, start):
    recs = []
    types = list(FB_CODES)
    for t, k in zip(stamps(r, days, n), serials(r, n, start)):
        typ = r.choice(types)
        rec = {
            "case_number": f"{25}{k:07d}",
            "reported_at": f"{t:%y%m%d%H%M}",
            "type": typ,
            "offense_code": FB_CODES[typ],
            "location": addr(r)[:22].rstrip(),
            "disposition": r.choice(FB_DISP),
            "related": [],
            "ref": "",
        }
        if rec["disposition"] == "CIT":
            rec["ref"] = f"T{r.randint(1000000, 9999999)}"
            rec["related"].append(("citation", rec["ref"]))
        elif rec["disposition"] == "ARR":
            rec["ref"] = f"OTN{r.randint(100000, 999999)}"
            rec["related"].append(("offense_tracking_number", rec["ref"]))
        elif rec["disposition"] == "REF":
            rec["ref"] = f"PSP{r.randint(1000000, 9999999)}"
            rec["related"].append(("other_agency_case", rec["ref"]))
        recs.append(rec)
    return recs


def fb_line(rec):
    # fixed width: case(9) sp datetime(10) sp code(4)+desc(20) glued, loc(22), disp(3), ref
    return (
        f"{rec['case_number']:<9} {rec['reported_at']:<10} {rec['offense_code']}{rec['type'][:20]:<20} "
        f"{rec['location']:<22} {rec['disposition']:<3} {rec['ref']}"
    )


def draw_fb(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 8)
        c.drawString(
            30, h - 36, f"FENMORE BORO PD    INCIDENT LISTING  {label}    PAGE {page[0]:03d} OF {pages or 0:03d}"
        )
        c.setFont("Courier", 7.5)
        c.drawString(30, h - 48, "CASE NO   YYMMDDHHMM CODE/DESCRIPTION         LOCATION               DSP REF")
        c.drawString(30, h - 57, "--------- ---------- ------------------------ ---------------------- --- ----------")
        return h - 68

    y = head()
    on_page = 0
    c.setFont("Courier", 7.5)
    for rec in recs:
        if on_page == FB_PER_PAGE:
            c.drawString(30, y - 4, f"{'':>9} PAGE TOTAL {on_page:05d}")
            c.showPage()
            y = head()
            c.setFont("Courier", 7.5)
            on_page = 0
        c.drawString(30, y, fb_line(rec))
        y -= 10
        on_page += 1
    c.drawString(30, y - 4, f"{'':>9} PAGE TOTAL {on_page:05d}")
    c.drawString(30, y - 16, f"{'':>9} GRAND TOTAL RECORDS {len(recs):05d}")
    c.drawString(
        30,
        y - 28,
        "DSP: CLR CLEARED  RPT REPORT  ARR ARREST  CIT CITATION  GOA GONE ON ARRIVAL  UNF UNFOUNDED  REF REFERRED",
    )
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Quabbin Falls, numbered list

QF_TYPES = [
    "Motor vehicle stop",
    "Suspicious person",
    "Alarm, residential",
    "Animal control call",
    "Lockout",
    "Disabled motor vehicle",
    "Tree down across road",
    "Larceny",
    "Vandalism",
    "Well-being check",
    "Noise complaint",
    "Fire department assist",
    "Road hazard",
]
QF_OUT = [
    "verbal warning",
    "written warning",
    "checked, all in order",
    "gone on arrival",
    "report to follow",
    "referred to animal control",
    "citation issued",
    "one in custody",
    "assisted, cleared",
    "area searched, nothing found",
]


def qf_records(r, days, n, start):
    recs = []
    for t, k in zip(stamps(r, days, n), serials(r, n, start)):
        place = r.choice([addr(r, upper=False), f"Route {r.choice((9, 32, 122, 202))} at {r.choice(STREETS)} Rd"])
        rec = {
            "case_number": f"{k:06d}",
            "reported_at": f"{t:%m/%d/%Y %H%M}",
            "type": r.choice(QF_TYPES),
            "location": place,
            "disposition": r.choice(QF_OUT),
            "related": [],
            "_time": f"{t:%H%M}",
            "_day": t.date(),
        }
        if rec["disposition"] == "citation issued":
            num = f"R{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"citation issued, no. {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "one in custody":
            num = f"A25-{r.randint(100, 999)}"
            rec["disposition"] = f"one in custody, arrest {num}"
            rec["related"].append(("arrest_number", num))
        recs.append(rec)
    return recs


def qf_text(rec):
    return f"{rec['_time']} Call #{rec['case_number']} {rec['type']} - {rec['location']} - {rec['disposition']}."


def draw_qf(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "Town of Quabbin Falls Police Department")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(w / 2, h - 53, f"Station Log  {label}")
        c.setFont("Times-Italic", 8)
        c.drawCentredString(w / 2, 30, f"- {page[0]} -     Dispatch 413 555-0127")
        return h - 76

    y = head()
    day, num = None, 0
    for rec in recs:
        body = wrap(qf_text(rec), "Times-Roman", 9.5, 330)
        need = 12.5 * len(body) + (24 if rec["_day"] != day else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        if rec["_day"] != day:
            day, num = rec["_day"], 0
            c.setFont("Times-Bold", 10.5)
            c.drawString(54, y - 4, f"{day:%A} {day:%m/%d/%Y}")
            y -= 22
        num += 1
        c.setFont("Times-Roman", 9.5)
        c.drawRightString(80, y, f"{num}.")
        for j, t in enumerate(body):
            c.drawString(86, y - 12.5 * j, t)
        y -= 12.5 * len(body)
    c.setFont("Times-Bold", 10)
    c.drawString(54, y - 14, f"Total log entries: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Wexley constable, dot leaders

WX_TYPES = [
    "Animal at large",
    "Property check",
    "Boundary dispute",
    "Burn permit violation",
    "Theft of firewood",
    "Suspicious activity",
    "Motor vehicle complaint",
    "Civil standby",
    "Illegal dumping",
    "Trespass",
]
WX_ACT = [
    "Advised parties",
    "Warned owner",
    "No action needed",
    "Report filed",
    "Referred to state police",
    "Ticket issued",
    "Checked, secure",
]
WX_NOTES = [
    "Caller reports the matter has happened before.",
    "Unit checked the area twice during the shift.",
    "Owner contacted by phone and agreed to remedy.",
    "Photos taken and added to the file.",
    "Neighbour reports a vehicle parked past the gate after dark.",
    "Matter resolved on scene.",
    "Selectboard to be notified at the next meeting.",
    "Road crew asked to post a sign.",
]


def wx_records(r, days, n, start):
    recs, per_day = [], {}
    for t in stamps(r, days, n):
        per_day[t.date()] = per_day.get(t.date(), 0) + r.choice((1, 1, 2))
        rec = {
            "case_number": f"{t:%y%m%d}{per_day[t.date()]:04d}",
            "reported_at": f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} / {t:%H%M}",
            "type": r.choice(WX_TYPES),
            "location": addr(r, upper=False),
            "disposition": r.choice(WX_ACT),
            "summary": " ".join(r.sample(WX_NOTES, r.choice((1, 2)))),
            "related": [],
        }
        if rec["disposition"] == "Referred to state police":
            num = f"25A{r.randint(100000, 999999)}"
            rec["disposition"] = f"Referred to state police, VSP {num}"
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Ticket issued":
            num = f"CV{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"Ticket issued, civil violation {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_wx(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    labels = [
        ("CASE NUMBER", "case_number"),
        ("RECEIVED", "reported_at"),
        ("NATURE", "type"),
        ("LOCATION", "location"),
        ("ACTION TAKEN", "disposition"),
        ("NOTES", "summary"),
    ]

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(50, h - 40, "TOWN OF WEXLEY - CONSTABLE'S ACTIVITY REPORT")
        c.setFont("Courier", 8)
        c.drawString(50, h - 52, f"{label}   Town Office 802 555-0188   sheet {page[0]} of {pages or 0}")
        return h - 74

    y = head()
    for rec in recs:
        rows = []
        for lab, key in labels:
            vals = wrap(rec[key], "Courier", 8.5, 330)
            rows.append((lab, vals))
        need = 11 * sum(len(v) for _, v in rows) + 14
        if y - need < 50:
            c.showPage()
            y = head()
        for lab, vals in rows:
            c.setFont("Courier-Bold" if lab == "CASE NUMBER" else "Courier", 8.5)
            c.drawString(60, y, (lab + " ").ljust(20, "."))
            for j, t in enumerate(vals):
                c.drawString(60 + 21 * 5.1, y - 11 * j, t)
            y -= 11 * len(vals)
        c.setDash(2, 2)
        c.line(60, y + 4, w - 60, y + 4)
        c.setDash()
        y -= 10
    c.setFont("Courier-Bold", 9)
    c.drawString(60, y - 6, f"Cases this report: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs24.py (seed {SEED} + agency number)",
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
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs24.py) from the records it drew; "
        "checked by check_blind_logs24.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
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
    "hl": (
        "Portrait calls-for-service table, column titles repeated per page under a rule. CASE NO is eight "
        "digits with NO separator (25NNNNNN, year then serial). RCVD is a JULIAN date: two-digit year and "
        "day of the year, then a 24-hour time without a colon ('25287 1405' = 14 Oct 2025 14:05; "
        "reported_at as printed). NATURE (upper case), LOCATION and DISPOSITION wrap. Dispositions cite a "
        "seven-digit citation ('CITATION NNNNNNN'), a booking ('ARREST / BK BK25-NNNN') or the county "
        "sheriff's case ('ASSIST KCSO 25-NNNNN'): related, not ids. Ends 'Total calls: N'.",
        "rows counted from the generator; 'Total calls' equals record_count",
    ),
    "gt": (
        "Landscape township daily log, grey column-title band per page, hairline under each row. The FIRST "
        "column is a military DATE-TIME GROUP in Courier, DDHHMMMONYY ('141530OCT25' = 14 Oct 2025 15:30; "
        "reported_at as printed); the id is the bold Incident column (25-NNNN). Nature (title case), "
        "Location (wraps over two lines when it names a cross street), Disposition ('Citation issued "
        "GTNNNNNN' and 'Referred to OSP OSP-25-NNNNN' are related, not ids). Ends 'RECORDS THIS PERIOD: N'.",
        "rows counted from the generator; 'RECORDS THIS PERIOD' equals record_count",
    ),
    "fb": (
        "Courier fixed-width listing, one line per record, a dashed underline under the column titles. "
        "Case number nine digits without separators (25NNNNNNN). Date and time are ONE ten-digit field "
        "YYMMDDHHMM ('2510141405'; reported_at as printed). The four-letter offence CODE is GLUED to the "
        "description with no space ('THFVTHEFT FROM VEHICLE'; type is the description, offense_code the "
        "code); description cut at 20 characters, location cut at 22 (values as printed). DSP is a "
        "three-letter code (legend at the end); REF cites a citation (TNNNNNNN), an offense tracking "
        "number (OTNNNNNNN) or state police case (PSPNNNNNNN): related, not ids. Every page ends with "
        "'PAGE TOTAL 000NN' and the last with 'GRAND TOTAL RECORDS 000NN': totals, not rows.",
        "lines counted from the generator; 'GRAND TOTAL RECORDS' equals record_count and the page totals add up to it",
    ),
    "qf": (
        "Town station log typed as a NUMBERED LIST of one-line entries under day headings ('Tuesday "
        "10/14/2025'); the list number ('12.') restarts at 1 each day and is NOT the id. Each entry: 24-hour "
        "time without colon, 'Call #NNNNNN' (six digits, the id), the type, ' - ', the place, ' - ', the "
        "outcome (disposition; 'citation issued, no. RNNNNNNN' and 'one in custody, arrest A25-NNN' are "
        "related). Long entries wrap under the text. reported_at joins the heading's date and the time "
        "('10/14/2025 1405'). A day heading is printed only when the day changes. Ends 'Total log "
        "entries: N'; footer '- n -' with a phone.",
        "entries counted from the generator; 'Total log entries' equals record_count",
    ),
    "wx": (
        "Constable's activity report in Courier, LABELLED BLOCKS with dot leaders ('CASE NUMBER ........ "
        "2510140003'), one label per line: CASE NUMBER, RECEIVED ('14 OCT 2025 / 1530', reported_at as "
        "printed), NATURE (type), LOCATION, ACTION TAKEN (disposition; 'VSP 25ANNNNNN' state police case and "
        "'civil violation CVNNNNNNNN' are related), NOTES (summary, wraps). The case number is TEN DIGITS "
        "without separators that read like a date: YYMMDD of the day received plus a four-digit daily "
        "serial. Blocks separated by a dashed rule, never split over pages. Ends 'Cases this report: N'.",
        "blocks counted from the generator; 'Cases this report' equals record_count",
    ),
}


def main():
    one_agency(
        "hatchet-lake-mn-pd",
        1,
        [
            ("hlpd-cfs-2025-10-13-15.pdf", days(10, 13, 15), "10/13/2025 - 10/15/2025", 104, 4410),
            ("hlpd-cfs-2025-10-16-17.pdf", days(10, 16, 17), "10/16/2025 - 10/17/2025", 77, 4660),
        ],
        hl_records,
        draw_hl,
        "Hatchet Lake Police Department, MN [invented]",
        "calls for service (Julian dates, case numbers without separators)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["hl"],
    )
    one_agency(
        "garnock-township-oh-pd",
        2,
        [
            ("gtpd-daily-log-2025-10-13-16.pdf", days(10, 13, 16), "13 OCT 25 - 16 OCT 25", 88, 1210),
            ("gtpd-daily-log-2025-10-17-19.pdf", days(10, 17, 19), "17 OCT 25 - 19 OCT 25", 63, 1420),
        ],
        gt_records,
        draw_gt,
        "Garnock Township Police Department, OH [invented]",
        "daily log (military date-time groups)",
        "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["gt"],
    )
    one_agency(
        "fenmore-borough-pa-pd",
        3,
        [("fbpd-listing-2025-10.pdf", days(10, 1, 31), "OCT 2025", 127, 880)],
        fb_records,
        draw_fb,
        "Fenmore Borough Police Department, PA [invented]",
        "incident listing (fixed-width Courier, glued fields, page totals)",
        "table with header",
        ["case_number", "reported_at", "offense_code", "type", "location", "disposition"],
        *NOTES["fb"],
    )
    one_agency(
        "quabbin-falls-ma-pd",
        4,
        [("qfpd-station-log-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 92, 251180)],
        qf_records,
        draw_qf,
        "Town of Quabbin Falls Police Department, MA [invented]",
        "station log (numbered list of one-line entries by day)",
        "free text",
        ["case_number", "reported_at", "type", "location", "disposition"],
        *NOTES["qf"],
    )
    one_agency(
        "wexley-vt-constable",
        5,
        [("wexley-constable-report-2025-10.pdf", days(10, 1, 31), "October 2025", 46, 0)],
        wx_records,
        draw_wx,
        "Town of Wexley Constable, VT [invented]",
        "constable's activity report (labelled blocks with dot leaders)",
        "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition", "summary"],
        *NOTES["wx"],
    )


if __name__ == "__main__":
    main()
