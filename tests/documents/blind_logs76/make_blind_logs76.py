"""Generate a held-out set of big yearly incident logs (500-1,500 records in one dense PDF each).

Five invented agencies, one PDF each: a fiscal-year daily log whose id series changes prefix and
restarts in January, with month banners and month totals; a half-year landscape log with an
assisting agency's number column and per-page running totals; a university's year of two-line
labelled blocks with occurred ranges and a Clery statistics table after; a county's year of day
paragraphs with run-in entries ending in a bracketed id; a Courier year listing whose id is built
from the date (no date column), the per-day serial restarting every day. Every agency, place and
record is invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant
mode. Run:
    python tests/documents/blind_logs76/make_blind_logs76.py [OUT_DIR]
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
SEED = 20261176
STREETS = ["Alder", "Birchwood", "Calloway", "Denning", "Elmhurst", "Foxglove", "Granger", "Hollis", "Ivybridge",
           "Juniper", "Kilbride", "Lowther", "Maple", "Northgate", "Oakridge", "Pinecrest", "Quarry", "Redfern",
           "Sollers", "Tamsin", "Underhill", "Varden", "Whitcombe"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


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


def span(first, last):
    d, out = first, []
    while d <= last:
        out.append(d)
        d += datetime.timedelta(days=1)
    return out


def stamps(r, days, n):
    """n sorted (date, hour, minute) spread over the days."""
    out = sorted((r.choice(days), r.randint(0, 23), r.randint(0, 59)) for _ in range(n))
    return out


# ---------------------------------------------------------------- A: Kessick Bay fiscal-year log

KB_TYPES = ["Petty Theft", "Grand Theft", "Vehicle Burglary", "Residential Burglary", "Vandalism",
            "Battery", "Disturbance - Noise", "Trespass", "Stolen Vehicle", "Identity Theft", "Hit and Run",
            "Public Intoxication", "Found Property", "Missing Person - Adult", "Welfare Check"]
KB_DISP = ["Report taken", "Closed - no report", "Unfounded", "Arrest", "Cited", "Referred to DA",
           "Gone on arrival", "Pending"]


def kb_records(r):
    days = span(datetime.date(2024, 7, 1), datetime.date(2025, 6, 30))
    recs, k24, k25 = [], 6100, 0
    for d, h, m in stamps(r, days, 548):
        if d.year == 2024:
            k24 += r.choice((1, 1, 2))
            num = f"KB24-{k24:05d}"
        else:
            k25 += 1 if k25 == 0 else r.choice((1, 1, 2))
            num = f"KB25-{k25:05d}"
        disp = r.choice(KB_DISP)
        related = []
        if disp == "Cited":
            cite = f"CA{r.randint(1000000, 9999999)}"
            disp = f"Cited {cite}"
            related.append(("citation", cite))
        recs.append({"case_number": num, "day": d, "reported_at": f"{d:%m/%d/%y} {h:02d}:{m:02d}",
                     "type": r.choice(KB_TYPES), "location": addr(r), "disposition": disp, "related": related})
    return recs


def draw_kb(path, recs, pages):
    W, H = letter
    c = new_canvas(path, letter)
    cols = [("Case No.", 36), ("Reported", 96), ("Offense", 160), ("Location", 300), ("Disposition", 420)]
    page = [0]
    y = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, H - 34, "KESSICK BAY POLICE DEPARTMENT - DAILY CRIME LOG, FISCAL YEAR 2024-25")
        c.setFont("Helvetica", 6.5)
        c.drawString(36, H - 44, "July 1, 2024 through June 30, 2025    Records Bureau, 555-0142")
        c.drawRightString(W - 36, H - 44, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 6.5)
        for t, x in cols:
            c.drawString(x, H - 58, t)
        c.line(36, H - 61, W - 36, H - 61)
        y[0] = H - 70

    def need(lines):
        if y[0] - 7.6 * lines < 40:
            c.showPage()
            head()

    head()
    month = None
    count = 0
    for i, rec in enumerate(recs):
        if rec["day"].month != month:
            month = rec["day"].month
            need(3)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(36, y[0], f"{MONTHS[month - 1].upper()} {rec['day'].year}")
            y[0] -= 8.5
        need(1)
        c.setFont("Helvetica", 6.5)
        for (_t, x), v in zip(cols, [rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                                    rec["disposition"]]):
            c.drawString(x, y[0], v)
        y[0] -= 7.6
        count += 1
        if i + 1 == len(recs) or recs[i + 1]["day"].month != month:
            c.setFont("Helvetica-Oblique", 6.5)
            c.drawString(300, y[0], f"Month total: {count}")
            y[0] -= 11
            count = 0
    need(2)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(36, y[0] - 4, f"Fiscal year total: {len(recs)}")
    c.setFont("Helvetica-Oblique", 6)
    c.drawString(36, y[0] - 14, "Case numbers are assigned per calendar year; the KB25 series begins January 1.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Orrin Falls half-year landscape log

OF_TYPES = ["THEFT FROM AUTO", "THEFT - SHOPLIFTING", "DAMAGE TO PROPERTY", "DOMESTIC - VERBAL", "ASSAULT 5TH DEG",
            "DWI", "SUSPICIOUS PERSON", "ALARM", "ANIMAL AT LARGE", "FRAUD - CHECK", "MEDICAL ASSIST",
            "TRAFFIC HAZARD", "WARRANT SERVICE", "HARASSMENT", "BURGLARY"]
OF_DISP = ["RPT", "ADV", "GOA", "UNF", "ARR", "CIT", "REF"]


def of_records(r):
    days = span(datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    recs, k = [], 100
    for d, h, m in stamps(r, days, 893):
        k += r.choice((1, 1, 1, 2, 3))
        assist, related = "", []
        if r.random() < 0.09:
            assist = f"SCSO {r.randint(25000, 25999)}-{r.randint(1, 9)}"
            related.append(("other_agency_case", assist))
        recs.append({"case_number": f"OF25-{k:06d}", "day": d, "date": f"{d:%m/%d/%Y}", "time": f"{h:02d}{m:02d}",
                     "reported_at": f"{d:%m/%d/%Y} {h:02d}{m:02d}", "type": r.choice(OF_TYPES),
                     "location": addr(r, True), "officer": f"#{r.randint(201, 268)}", "assist": assist,
                     "disposition": r.choice(OF_DISP), "related": related})
    return recs


def draw_of(path, recs, pages):
    size = landscape(letter)
    W, H = size
    c = new_canvas(path, size)
    cols = [("INCIDENT #", 30), ("DATE", 100), ("TIME", 146), ("NATURE", 176), ("ADDRESS", 300),
            ("OFCR", 430), ("ASSIST AGENCY #", 462), ("DISP", 540)]
    per = 66
    total = (len(recs) + per - 1) // per
    run = 0
    for p in range(total):
        rows = recs[p * per:(p + 1) * per]
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(30, H - 30, "ORRIN FALLS POLICE DEPARTMENT   Incident Log   01/01/2025 - 06/30/2025")
        c.setFont("Helvetica", 6)
        c.drawRightString(W - 30, H - 30, f"Run 07/08/2025 06:15   Page {p + 1} of {total}")
        c.setFont("Helvetica-Bold", 6)
        for t, x in cols:
            c.drawString(x, H - 44, t)
        c.line(30, H - 47, W - 30, H - 47)
        y = H - 55
        c.setFont("Helvetica", 6)
        for rec in rows:
            for (_t, x), v in zip(cols, [rec["case_number"], rec["date"], rec["time"], rec["type"], rec["location"],
                                        rec["officer"], rec["assist"], rec["disposition"]]):
                c.drawString(x, y, v)
            y -= 7.6
        run += len(rows)
        c.line(30, y + 4, W - 30, y + 4)
        c.setFont("Helvetica-Oblique", 6)
        c.drawString(30, y - 4, f"Rows this page: {len(rows)}      Running total: {run}")
        if p + 1 == total:
            c.setFont("Helvetica-Bold", 7)
            c.drawString(30, y - 16, f"Total incidents: {len(recs)}")
            c.setFont("Helvetica", 6)
            c.drawString(30, y - 26, "DISP: RPT report  ADV advised  GOA gone on arrival  UNF unfounded  ARR arrest  "
                                     "CIT citation  REF referred.  ASSIST AGENCY # is the Sherburne County SO number.")
        c.showPage()
    c.save()
    return total


# ---------------------------------------------------------------- C: Thornbury State University blocks

TS_CLERY = ["Burglary", "Motor Vehicle Theft", "Aggravated Assault", "Larceny", "Vandalism",
            "Liquor Law Violation - Referral", "Drug Law Violation - Arrest", "Stalking", "Fondling", "Arson",
            "Dating Violence"]
TS_DISP = ["Closed", "Open - under investigation", "Cleared by arrest", "Referred to Student Conduct",
           "Unfounded", "Exceptionally cleared"]
TS_PLACES = ["Harmon Hall", "Lindqvist Library", "Parking Structure B", "Caldwell Rec Center", "Ostrander Hall",
             "Science Quad", "Foyle Dining Commons", "Lot 14", "Meriden Apartments", "Student Union",
             "Varsity Field House", "Pell Street Apartments (non-campus)"]


def ts_records(r):
    days = span(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    recs, k = [], 0
    for d, h, m in stamps(r, days, 516):
        k += r.choice((1, 1, 2))
        num = f"TSU-25-{k:04d}"
        occ_start = datetime.datetime(d.year, d.month, d.day, h, m) - datetime.timedelta(
            hours=r.randint(0, 60), minutes=r.randint(0, 59))
        occ_end = occ_start + datetime.timedelta(hours=r.randint(0, 9), minutes=r.choice((0, 15, 30, 45)))
        rep = datetime.datetime(d.year, d.month, d.day, h, m)
        occ_end = min(occ_end, rep)
        related, note = [], ""
        if r.random() < 0.06:
            earlier = f"TSU-24-{r.randint(120, 1190):04d}"
            related.append(("earlier_case", earlier))
            note = f"   Related: {earlier}"
        if r.random() < 0.05:
            ref = f"TFPD {r.randint(25000, 25999)}"
            related.append(("other_agency_case", ref))
            note += f"   City PD: {ref}"
        recs.append({"case_number": num, "day": d, "reported_at": f"{rep:%m/%d/%Y %H:%M}",
                     "occurred_at": f"{occ_start:%m/%d/%Y %H:%M} - {occ_end:%m/%d/%Y %H:%M}",
                     "type": r.choice(TS_CLERY), "location": r.choice(TS_PLACES),
                     "disposition": r.choice(TS_DISP), "note": note, "related": related})
    return recs


def draw_ts(path, recs, pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]
    y = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, H - 34, "THORNBURY STATE UNIVERSITY  |  Department of Public Safety")
        c.setFont("Helvetica", 6.5)
        c.drawString(40, H - 44, "Daily Crime Log - Calendar Year 2025 (annual compilation)")
        c.drawRightString(W - 40, H - 44, f"{page[0]} / {pages or 0}")
        c.line(40, H - 48, W - 40, H - 48)
        y[0] = H - 60

    head()
    for rec in recs:
        if y[0] < 52:
            c.showPage()
            head()
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(40, y[0], "Case:")
        c.drawString(62, y[0], rec["case_number"])
        c.setFont("Helvetica", 6.5)
        c.drawString(120, y[0], "Reported: " + rec["reported_at"])
        c.drawString(222, y[0], "Occurred: " + rec["occurred_at"])
        c.drawString(388, y[0], "Clery: " + rec["type"])
        c.drawString(62, y[0] - 7.5, "Location: " + rec["location"])
        c.drawString(222, y[0] - 7.5, "Disposition: " + rec["disposition"] + rec["note"])
        c.setDash(1, 2)
        c.line(40, y[0] - 11, W - 40, y[0] - 11)
        c.setDash()
        y[0] -= 20
    # Clery statistics after the log: counts by category, numbers that are not records
    c.showPage()
    head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y[0], "Calendar year 2025 - entries by Clery classification")
    y[0] -= 14
    c.setFont("Helvetica", 7)
    for t in TS_CLERY:
        n = sum(1 for rec in recs if rec["type"] == t)
        c.drawString(60, y[0], t)
        c.drawRightString(300, y[0], str(n))
        y[0] -= 9
    c.setFont("Helvetica-Bold", 7)
    c.drawString(60, y[0], "Entries in this log")
    c.drawRightString(300, y[0], str(len(recs)))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Wexcombe County day paragraphs

WC_TYPES = ["Theft", "Reckless driver", "Livestock on roadway", "Domestic dispute", "Suspicious vehicle",
            "Burglary", "Trespass", "Criminal mischief", "Noise complaint", "Welfare check", "Assault",
            "Shots fired", "Motor vehicle crash", "Harassment", "Fraud"]
WC_PLACES = ["Coal Branch Rd", "Route 7 near mile 12", "Hollins Ridge Rd", "Pettit Creek Rd", "Main St, Farrow",
             "Sawyer Hollow Rd", "KY 1192", "Dry Fork Rd", "Lick Run Rd", "Court St, Wexcombe", "Cane Gap Rd"]
WC_OUT = ["Report taken.", "Deputy advised the parties.", "Unable to locate.", "Citation issued.",
          "One arrested.", "Referred to the county attorney.", "Area checked, nothing found.", "Report taken."]


def wc_records(r):
    days = span(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    recs, k = [], 0
    for d, h, m in stamps(r, days, 640):
        k += r.choice((1, 1, 1, 2))
        num = f"WC25-{k:05d}"
        place = r.choice(WC_PLACES)
        loc = f"{r.randint(1, 99) * 100 + r.randint(0, 99)} {place}" if "near" not in place and "," not in place else place
        out = r.choice(WC_OUT)
        related = []
        text = out
        if r.random() < 0.05:
            earlier = f"WC24-{r.randint(300, 1400):05d}"
            related.append(("earlier_case", earlier))
            text = f"Follow-up to {earlier}. " + out
        recs.append({"case_number": num, "day": d, "time": f"{h:02d}{m:02d}",
                     "reported_at": f"{d:%m/%d/%Y} {h:02d}{m:02d}", "type": r.choice(WC_TYPES),
                     "location": loc, "disposition": out, "text": text, "related": related})
    return recs


def draw_wc(path, recs, pages):
    W, H = letter
    c = new_canvas(path, letter)
    page = [0]
    y = [0]
    width = W - 80

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 9)
        c.drawString(40, H - 34, "Wexcombe County Sheriff's Office - Daily Activity Digest, 2025")
        c.setFont("Times-Roman", 7)
        c.drawRightString(W - 40, H - 34, f"p. {page[0]}")
        y[0] = H - 50

    head()
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    for d in sorted(by_day):
        rows = by_day[d]
        para = "; ".join(f"{rec['time']} hrs {rec['type']}, {rec['location']}. {rec['text']} [{rec['case_number']}]"
                         for rec in rows) + "."
        lines = simpleSplit(para, "Times-Roman", 7, width)
        if y[0] - 9 - 8 * min(len(lines), 2) < 40:
            c.showPage()
            head()
        c.setFont("Times-Bold", 7.5)
        n = len(rows)
        c.drawString(40, y[0], f"{d:%A, %B} {d.day}, 2025 - {n} {'entry' if n == 1 else 'entries'}")
        y[0] -= 8.5
        c.setFont("Times-Roman", 7)
        for line in lines:
            if y[0] < 40:
                c.showPage()
                head()
                c.setFont("Times-Roman", 7)
            c.drawString(40, y[0], line)
            y[0] -= 8
        y[0] -= 3
    c.setFont("Times-Bold", 7.5)
    c.drawString(40, y[0] - 6, f"Entries in this digest: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Glenmora Courier listing, date-built ids

GL_TYPES = ["415 DISTURBANCE", "459 BURGLARY", "484 PETTY THEFT", "594 VANDALISM", "10851 STOLEN VEH",
            "647F DRUNK IN PUBLIC", "SUSP CIRC", "ALARM AUDIBLE", "TRAF COLLISION", "WELFARE CHK", "FOUND PROP",
            "CIVIL STANDBY"]
GL_DISP = ["RPT", "NR", "ARR", "CIT", "UTL", "GOA"]


def gl_records(r):
    days = span(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    recs, seq, last = [], 0, None
    for d, h, m in stamps(r, days, 1184):
        if d != last:
            seq, last = 0, d
        seq += r.choice((1, 1, 2))
        recs.append({"case_number": f"{d:%y%m%d}-{seq:04d}", "day": d, "reported_at": f"{h:02d}{m:02d}",
                     "type": r.choice(GL_TYPES), "location": addr(r, True), "beat": f"B{r.randint(1, 6)}",
                     "disposition": r.choice(GL_DISP), "related": []})
    return recs


def draw_gl(path, recs, pages):
    W, H = letter
    c = new_canvas(path, letter)
    per = 92
    total = (len(recs) + per - 1) // per
    for p in range(total):
        rows = recs[p * per:(p + 1) * per]
        c.setFont("Courier-Bold", 7)
        c.drawString(30, H - 30, "GLENMORA POLICE DEPT        INCIDENT LISTING  2025  (ALL BEATS)")
        c.setFont("Courier", 6.5)
        c.drawRightString(W - 30, H - 30, f"PAGE {p + 1:4d}")
        c.drawString(30, H - 44, "INCIDENT     TIME  BT  NATURE                    LOCATION                    DSP")
        c.drawString(30, H - 50, "-" * 86)
        y = H - 58
        for rec in rows:
            c.drawString(30, y, f"{rec['case_number']:<12} {rec['reported_at']:<5} {rec['beat']:<3} "
                                f"{rec['type']:<25} {rec['location']:<27} {rec['disposition']}")
            y -= 7.4
        if p + 1 == total:
            c.drawString(30, y - 6, f"*** END OF LISTING   {len(recs)} INCIDENTS ***")
            c.drawString(30, y - 14, "INCIDENT NUMBER = YYMMDD-SEQUENCE (SEQUENCE RESTARTS EACH DAY)")
        c.showPage()
    c.save()
    return total


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
        "git_blob": "generated", "generator": f"make_blind_logs76.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs76.py) from the records it drew; "
                               "checked by check_blind_logs76.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, fname, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    recs = make(r)
    pages = draw(d / fname, recs, None)
    draw(d / fname, recs, pages)
    gt = [entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check)]
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "kb": ("Portrait fiscal-year 'Daily Crime Log' (July 1, 2024 - June 30, 2025) in 6.5 pt Helvetica, column "
           "titles repeated per page: Case No., Reported ('MM/DD/YY HH:MM'), Offense, Location, Disposition "
           "('Cited CANNNNNNN': the citation is related, not an id). Rows are grouped under month banners "
           "('JULY 2024') and each month closes with an italic 'Month total: N' line (not a record). TWIST: "
           "case numbers are assigned per CALENDAR year, so the id series changes in the middle of the log: "
           "KB24-NNNNN up to December, then KB25-00001 onward from January 1 (the serial restarts, so the "
           "numbers drop from KB24-06464 to KB25-00001). Ends 'Fiscal year total: N'.",
           "rows counted from the generator; the month totals add up to 'Fiscal year total', which equals "
           "record_count"),
    "of": ("Landscape half-year 'Incident Log' (01/01/2025 - 06/30/2025) in 6 pt Helvetica, 66 rows a page, "
           "column titles repeated per page: INCIDENT # (OF25-NNNNNN, the id), DATE, TIME (HHMM) (reported_at "
           "joins them), NATURE, ADDRESS, OFCR (badge '#NNN', not an id), ASSIST AGENCY # (on some rows: the "
           "county sheriff's number 'SCSO NNNNN-N', related kind other_agency_case, not an id), DISP (codes, "
           "legend on the last page). TRAP: every page ends with 'Rows this page: n      Running total: m' "
           "(numbers that are not records; a reader that adds them up or takes them for ids miscounts). Ends "
           "'Total incidents: N'.",
           "rows counted from the generator; the last 'Running total' and 'Total incidents' equal record_count"),
    "ts": ("University 'Daily Crime Log - Calendar Year 2025 (annual compilation)': one two-line labelled block "
           "per case in 6.5 pt, blocks parted by dotted rules. Line 1: 'Case:' (bold id TSU-25-NNNN), "
           "'Reported: MM/DD/YYYY HH:MM', 'Occurred: MM/DD/YYYY HH:MM - MM/DD/YYYY HH:MM' (a range), 'Clery:' "
           "(the classification = type). Line 2 (indented): 'Location:', 'Disposition:', then on some blocks "
           "'Related: TSU-24-NNNN' (a case of the PREVIOUS year's series, kind earlier_case, not a record of this log) and "
           "'City PD: TFPD NNNNN' (kind other_agency_case). TRAP: after the log a last page tabulates entries "
           "by Clery classification (counts that are not records) and ends 'Entries in this log N'.",
           "blocks counted from the generator; 'Entries in this log' equals record_count and the class counts "
           "add up to it"),
    "wc": ("Sheriff's 'Daily Activity Digest, 2025': for every day with activity a bold heading "
           "('Wednesday, January 1, 2025 - 3 entries', the count is not a record) and ONE run-in paragraph in "
           "7 pt Times holding all of that day's entries, separated by semicolons: 'HHMM hrs Type, Location. "
           "Outcome. [WC25-NNNNN]' - the id LAST in square brackets. Entries break across lines and pages "
           "anywhere; there is no line start per record. Some entries open 'Follow-up to WC24-NNNNN.' naming "
           "a case from the previous year (related kind earlier_case, not a record). reported_at joins the heading's date "
           "and the entry's time ('01/01/2025 0412'); disposition is the outcome sentence. Ends 'Entries in "
           "this digest: N'.",
           "entries counted from the generator; the day-heading counts add up to 'Entries in this digest', "
           "which equals record_count"),
    "gl": ("Courier 'INCIDENT LISTING 2025 (ALL BEATS)', 92 one-line rows a page in 6.5 pt, dashed rule under "
           "the column titles INCIDENT, TIME, BT, NATURE, LOCATION, DSP. TWIST: there is NO date column: the "
           "id is built from the date, 'YYMMDD-SSSS', and the serial SSSS restarts every day, so the same "
           "serial recurs all year and the date must be read from the id; reported_at is the printed time only "
           "('HHMM'). NATURE starts with a Penal Code number ('459 BURGLARY', '10851 STOLEN VEH') that is not "
           "an id. Ends '*** END OF LISTING   N INCIDENTS ***'.",
           "rows counted from the generator; the END OF LISTING count equals record_count"),
}


def main():
    one_agency("kessick-bay-ca-pd", 1, "kbpd-daily-crime-log-fy2024-25.pdf", kb_records, draw_kb,
               "Kessick Bay Police Department, CA [invented]",
               "fiscal-year daily crime log (id prefix changes and restarts in January)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kb"])
    one_agency("orrin-falls-mn-pd", 2, "ofpd-incident-log-2025-h1.pdf", of_records, draw_of,
               "Orrin Falls Police Department, MN [invented]",
               "half-year incident log (assisting agency number column, per-page running totals)",
               "table with header", ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["of"])
    one_agency("thornbury-state-university-dps", 3, "tsu-daily-crime-log-2025.pdf", ts_records, draw_ts,
               "Thornbury State University Department of Public Safety [invented]",
               "annual compilation of the daily crime log (two-line labelled blocks)", "labelled blocks",
               ["case_number", "reported_at", "occurred_at", "type", "location", "disposition"], *NOTES["ts"])
    one_agency("wexcombe-county-ky-so", 4, "wcso-activity-digest-2025.pdf", wc_records, draw_wc,
               "Wexcombe County Sheriff's Office, KY [invented]",
               "yearly activity digest (one run-in paragraph per day)", "free text",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["wc"])
    one_agency("glenmora-nv-pd", 5, "glpd-incident-listing-2025.pdf", gl_records, draw_gl,
               "Glenmora Police Department, NV [invented]",
               "yearly incident listing (date-built ids, no date column)", "table with header",
               ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["gl"])


if __name__ == "__main__":
    main()
