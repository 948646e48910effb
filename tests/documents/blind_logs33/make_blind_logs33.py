"""Generate the thirty-third held-out set of incident-log PDFs and their ground truth.

Five Mid-Atlantic layouts: a New York village desk blotter (two-digit years, 12-hour clock,
ticket and arrest numbers in the action column); a Pennsylvania borough report to council
(page subtotals and carried-forward lines, magisterial district docket numbers); a New Jersey
township calls-for-service listing snaking down two columns per page under day separators; a
Maryland county sheriff's Courier call sheet of starred blocks with a district summary; a
Delaware state university daily crime log of paragraphs where 'Update to Ref.' entries are not
records. Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs33/make_blind_logs33.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20253333
STREETS = ["Amberly", "Bellcrest", "Corwin", "Dellwood", "Elderbank", "Foxhallow", "Greystead", "Hemlock",
           "Ironmill", "Jessamine", "Kittering", "Linden", "Millrace", "Nettlebrook", "Orchardton", "Pinefold",
           "Quillon", "Ravensworth", "Stonebridge", "Tanager", "Upland", "Verbena", "Wildacre"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Pl", "Ct", "Tpke"]


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


def series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def twelve(h, m):
    return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


def long_day(d):
    return datetime.date(*d).strftime("%A, %B %-d, %Y")


def page_no(c, w, text, y=24):
    c.setFont("Helvetica", 7)
    c.drawRightString(w - 36, y, text)


# ---------------------------------------------------------------- A: Harrow Glen village desk blotter

HG_TYPES = ["Larceny", "Criminal Mischief", "Harassment 2nd", "Aided Case", "Motor Vehicle Accident",
            "Alarm - Commercial", "Suspicious Vehicle", "Noise Complaint", "Domestic Incident",
            "Parking Complaint", "Lost Property", "Check the Welfare", "Trespass", "Animal Complaint"]
HG_ACT = ["Report taken", "Assisted", "Unfounded", "Gone on arrival", "Advised", "Referred to Code Enforcement",
          "Arrest", "UTT issued", "Secured, owner notified"]


def hg_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), series(r, n, start)):
        act = r.choice(HG_ACT)
        rel = []
        if act == "Arrest":
            num = f"ARR 25-{r.randint(100, 999):04d}"
            act = f"Arrest, {num}, arraigned Village Court"
            rel.append(("arrest_number", num.split()[1]))
        elif act == "UTT issued":
            num = f"AT{r.randint(1000000, 9999999)}"
            act = f"UTT issued, ticket {num}"
            rel.append(("citation", num))
        recs.append({"case_number": f"HG-25-{k:05d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {twelve(h, m)}",
                     "type": r.choice(HG_TYPES),
                     "location": f"{r.randint(1, 60) * 10 + r.randint(0, 9)} {street(r)}",
                     "disposition": act, "related": rel})
    return recs


def draw_hg(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Date"), (80, "Time"), (124, "Blotter No."), (196, "Complaint"), (320, "Location"),
            (444, "Action Taken")]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 40, "VILLAGE OF HARROW GLEN POLICE DEPARTMENT")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 53, f"Desk Blotter  -  {label}")
        c.drawCentredString(w / 2, h - 64, "Village Hall, 12 Mill Pond Rd  -  Desk 555-0117")
        c.setFont("Times-Bold", 8)
        for x, t in cols:
            c.drawString(x, h - 84, t)
        c.line(36, h - 87, w - 36, h - 87)
        c.line(36, h - 89, w - 36, h - 89)
        c.setFont("Times-Italic", 7)
        c.drawString(36, 24, "Blotter entries are preliminary and subject to change.")
        page_no(c, w, f"Page {page[0]} of {pages or 0}")
        return h - 100

    y = head()
    for rec in recs:
        date, _, time = rec["reported_at"].partition(" ")
        typ = wrap(rec["type"], "Times-Roman", 8, 118)
        loc = wrap(rec["location"], "Times-Roman", 8, 118)
        act = wrap(rec["disposition"], "Times-Roman", 8, 130)
        n = max(len(typ), len(loc), len(act))
        if y - 10 * n < 50:
            c.showPage()
            y = head()
        c.setFont("Times-Roman", 8)
        c.drawString(36, y, date)
        c.drawString(80, y, time)
        c.setFont("Courier-Bold", 8)
        c.drawString(124, y, rec["case_number"])
        c.setFont("Times-Roman", 8)
        for x, lines in ((196, typ), (320, loc), (444, act)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 10 * j, t)
        y -= 10 * n + 4
    c.setFont("Times-Bold", 9)
    c.drawString(36, y - 8, f"Total blotter entries: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Kettering Run borough report to council

KR_TYPES = ["Theft", "Criminal Mischief", "Disorderly Conduct", "Harassment", "Traffic Complaint",
            "Retail Theft", "Burglary", "Public Drunkenness", "Ordinance Violation", "Juvenile Complaint",
            "Fraud", "Suspicious Activity", "Domestic", "Found Property"]
KR_STATUS = ["Closed", "Open - pending", "Unfounded", "Cleared - exceptional", "Charges filed", "Non-traffic citation"]


def kr_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), series(r, n, start)):
        st = r.choice(KR_STATUS)
        rel = []
        if st in ("Charges filed", "Non-traffic citation"):
            kind = "CR" if st == "Charges filed" else "NT"
            num = f"MJ-38204-{kind}-{r.randint(100, 999):07d}-2025"
            st = f"{st}, docket {num}"
            rel.append(("court_docket", num))
        when = datetime.date(*d).strftime("%d-%b-%Y") + f" {h:02d}{m:02d}"
        recs.append({"case_number": f"2025-{k:06d}", "reported_at": when, "type": r.choice(KR_TYPES),
                     "location": f"{r.randint(1, 40) * 100 + r.randint(0, 99)} {street(r)}", "disposition": st,
                     "related": rel})
    return recs


def draw_kr(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Incident"), (100, "Received"), (172, "Nature of Call"), (280, "Address"), (400, "Status")]
    page, carried = [0], [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "BOROUGH OF KETTERING RUN POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, h - 53, f"Monthly Report to Borough Council - Incident Listing - {label}")
        c.drawRightString(w - 36, h - 40, "Chief's Office 555-0163")
        c.drawRightString(w - 36, h - 53, f"Sheet {page[0]} of {pages or 0}")
        yy = h - 70
        if carried[0]:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(36, yy, f"Brought forward from sheet {page[0] - 1}: {carried[0]} incidents")
            yy -= 14
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, yy, t)
        c.setLineWidth(0.6)
        c.line(36, yy - 3, w - 36, yy - 3)
        return yy - 13

    def foot(k):
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(36, 42, f"Incidents this sheet: {k}     Carried forward: {carried[0]}")

    y, k = head(), 0
    for rec in recs:
        typ = wrap(rec["type"], "Helvetica", 7.5, 104)
        loc = wrap(rec["location"], "Helvetica", 7.5, 116)
        st = wrap(rec["disposition"], "Helvetica", 7.5, 170)
        n = max(len(typ), len(loc), len(st))
        if y - 9.5 * n < 62:
            foot(k)
            c.showPage()
            k = 0
            y = head()
        c.setFont("Helvetica", 7.5)
        for x, lines in ((36, [rec["case_number"]]), (100, [rec["reported_at"]]), (172, typ), (280, loc),
                         (400, st)):
            for j, t in enumerate(lines):
                c.drawString(x, y - 9.5 * j, t)
        y -= 9.5 * n + 3.5
        k += 1
        carried[0] += 1
    foot(k)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y - 10, f"Total incidents for the period: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Wyckoff Mills township snaking columns

WM_TYPES = ["MV STOP", "ALARM RES", "MEDICAL", "SUSP PERSON", "911 HANGUP", "MVA NO INJ", "NOISE",
            "ANIMAL", "CHECK WELFARE", "THEFT", "DOMESTIC", "FRAUD", "PROPERTY CHECK", "ASSIST OTH AGENCY"]
WM_DISP = ["CLEARED", "REPORT", "ADVISED", "GOA", "UNFOUNDED", "SUMMONS", "ASSISTED"]


def wm_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), series(r, n, start)):
        disp = r.choice(WM_DISP)
        rel = []
        if disp == "SUMMONS":
            num = f"E25-{r.randint(1000, 9999):06d}"
            disp = f"SUMMONS {num}"
            rel.append(("summons", num))
        elif disp == "ASSISTED" and r.random() < 0.5:
            num = f"25-{r.randint(10000, 99999)}"
            disp = f"ASSISTED BRPD {num}"
            rel.append(("other_agency_case", num))
        recs.append({"case_number": f"CFS25-{k:06d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
                     "type": r.choice(WM_TYPES),
                     "location": f"{r.randint(1, 90) * 10} {street(r).upper()}", "disposition": disp,
                     "related": rel, "day": d})
    return recs


def draw_wm(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    colx = [36, 316]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 38, "TOWNSHIP OF WYCKOFF MILLS POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 50, f"Calls for Service  {label}   Records Bureau 555-0138")
        c.drawRightString(w - 36, h - 38, f"Pg {page[0]}/{pages or 0}")
        c.setLineWidth(0.4)
        c.line(306, h - 60, 306, 40)
        return start_col(0)

    def start_col(i):
        c.setFont("Helvetica-Bold", 7)
        x = colx[i]
        c.drawString(x, h - 72, "CFS #")
        c.drawString(x + 62, h - 72, "TIME")
        c.drawString(x + 90, h - 72, "CALL TYPE / LOCATION / DISPOSITION")
        c.line(x, h - 75, x + 260, h - 75)
        return h - 86

    col, y = 0, head()
    cur = None
    for rec in recs:
        need = 22 + (14 if rec["day"] != cur else 0)
        if y - need < 46:
            if col == 0:
                col, y = 1, start_col(1)
            else:
                c.showPage()
                col, y = 0, head()
            cur = None
        x = colx[col]
        if rec["day"] != cur:
            cur = rec["day"]
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x, y, f"-- {datetime.date(*cur).strftime('%a')} {mdy(cur)} --")
            y -= 12
        c.setFont("Courier-Bold", 7.5)
        c.drawString(x, y, rec["case_number"])
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 62, y, rec["reported_at"].split()[1])
        c.drawString(x + 90, y, rec["type"])
        c.setFont("Helvetica", 7)
        c.drawString(x + 90, y - 9, f"{rec['location']}  /  {rec['disposition']}")
        y -= 22
    c.setFont("Helvetica-Bold", 8)
    c.drawString(colx[col], y - 6, f"CFS count: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Calvert Shore county sheriff call sheet

CS_TYPES = ["THEFT FROM AUTO", "DISORDERLY", "TRESPASSING", "ALARM", "WARRANT SERVICE", "MISSING PERSON",
            "DESTRUCTION OF PROPERTY", "SUSPICIOUS VEHICLE", "ASSAULT", "BURGLARY", "MENTAL HEALTH EVAL",
            "BOATING COMPLAINT", "CDS VIOLATION", "CIVIL DISPUTE"]
CS_DISP = ["REPORT WRITTEN", "NO REPORT", "UNFOUNDED", "REFERRED TO CID", "ARREST", "CLOSED", "CHARGED BY SUMMONS"]


def cs_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), series(r, n, start)):
        disp = r.choice(CS_DISP)
        rel = []
        if disp == "ARREST":
            num = f"D-071-CR-25-{r.randint(1000, 9999):06d}"
            disp = f"ARREST / DC CASE {num}"
            rel.append(("court_case", num))
        elif disp == "CHARGED BY SUMMONS":
            num = f"CS{r.randint(100000, 999999)}"
            disp = f"CHARGED BY SUMMONS / CITATION {num}"
            rel.append(("citation", num))
        recs.append({"case_number": f"25-0{k:06d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d} HRS",
                     "type": r.choice(CS_TYPES),
                     "location": f"{r.randint(1, 99) * 100} BLK {street(r).upper()}, DIST {r.randint(1, 4)}",
                     "disposition": disp, "deputy": f"{r.randint(300, 499)}", "related": rel})
    return recs


def draw_cs(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    stars = "*" * 78

    def head():
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(40, h - 40, "CALVERT SHORE COUNTY SHERIFF'S OFFICE")
        c.setFont("Courier", 8.5)
        c.drawString(40, h - 52, f"PATROL DIVISION CALL SHEET   {label}")
        c.drawString(40, h - 63, f"OPERATOR: RECORDS 555-0191          PAGE {page[0]:02d} OF {pages or 0:02d}")
        return h - 84

    y = head()
    for rec in recs:
        if y - 60 < 40:
            c.showPage()
            y = head()
        c.setFont("Courier", 8.5)
        c.drawString(40, y, stars)
        c.setFont("Courier-Bold", 8.5)
        c.drawString(40, y - 11, f"CC# {rec['case_number']}")
        c.setFont("Courier", 8.5)
        c.drawString(250, y - 11, f"RECEIVED {rec['reported_at']}")
        c.drawString(40, y - 22, f"NATURE: {rec['type']}")
        c.drawString(330, y - 22, f"DEP #{rec['deputy']}")
        c.drawString(40, y - 33, f"LOCATION: {rec['location']}")
        c.drawString(40, y - 44, f"DISPOSITION: {rec['disposition']}")
        y -= 56
    dist = {}
    for rec in recs:
        k = rec["location"].rsplit(" ", 1)[1]
        dist[k] = dist.get(k, 0) + 1
    if y - 80 < 40:
        c.showPage()
        y = head()
    c.setFont("Courier", 8.5)
    c.drawString(40, y, stars)
    c.setFont("Courier-Bold", 8.5)
    c.drawString(40, y - 14, "CALLS BY DISTRICT")
    c.setFont("Courier", 8.5)
    for i, k in enumerate(sorted(dist)):
        c.drawString(40, y - 26 - 11 * i, f"DIST {k}   {dist[k]:3d} CALLS")
    c.drawString(40, y - 30 - 11 * len(dist), f"TOTAL CALLS THIS SHEET: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Brandywine Ridge State University crime log

BR_TYPES = ["Theft under $1,500", "Criminal mischief", "Harassment", "Underage possession of alcohol",
            "Offensive touching", "Burglary third degree", "Trespass", "Drug paraphernalia", "Noise violation",
            "Lost property", "Fire alarm, malicious", "Disorderly conduct", "Fraud", "Medical assist"]
BR_HALLS = ["Kirkland Hall", "Pemberton Library", "Sussex Commons", "Lot 7", "Marsh Field House",
            "Harrington Residence Hall", "Delmar Science Center", "Student Union", "Lot 12", "Cole Dining Hall"]
BR_STORY = ["A student reported that an unattended item was taken.", "Officers responded and spoke with the reporting party.",
            "Damage was found and photographed by officers.", "The matter was referred to the Office of Student Conduct.",
            "A staff member called after seeing the activity on camera.", "The reporting party declined further action."]
BR_STATUS = ["Closed.", "Open, under investigation.", "Referred to Student Conduct.", "Cleared by arrest.", "Unfounded."]


def br_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), series(r, n, start)):
        hall = r.choice(BR_HALLS)
        loc = hall if hall.startswith("Lot") or r.random() < 0.5 else f"{hall}, Room {r.randint(101, 349)}"
        rel = []
        st = r.choice(BR_STATUS)
        if st == "Cleared by arrest." and r.random() < 0.7:
            num = f"{r.randint(10, 99)}-25-{r.randint(1000, 9999)}"
            st = f"Cleared by arrest, Justice of the Peace Court complaint {num}."
            rel.append(("court_complaint", num))
        recs.append({"case_number": f"BRU-2510-{k:04d}" if d[1] == 10 else f"BRU-2509-{k:04d}",
                     "reported_at": f"{twelve(h, m).lower().replace('am', 'a.m.').replace('pm', 'p.m.')}",
                     "date": d, "type": r.choice(BR_TYPES), "location": loc,
                     "summary": r.choice(BR_STORY), "disposition": st, "related": rel})
    for rec in recs:
        rec["reported_at"] = f"{long_day(rec['date'])} {rec['reported_at']}"
    return recs


def br_updates(r, recs):
    """Update entries (not records) placed after a later record, each citing an earlier id."""
    ups = {}
    for i in range(6, len(recs), r.randint(7, 10)):
        j = r.randint(max(0, i - 6), i - 2)
        num = f"25-{r.randint(100000, 999999)}"
        ups[i] = (recs[j]["case_number"], num)
        recs[i]["related"].append(("earlier_case_cited", recs[j]["case_number"]))
        recs[j]["related"].append(("other_agency_case", num, "printed in the update entry"))
    return ups


def draw_br(path, recs, label, pages, ups):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(54, h - 44, "Brandywine Ridge State University Police Department")
        c.setFont("Times-Italic", 9.5)
        c.drawString(54, h - 57, f"Daily Crime Log, {label}")
        c.setFont("Times-Roman", 7.5)
        c.drawString(54, 26, "University Police, 40 Tatnall Way. Non-emergency 555-0174.")
        c.drawRightString(w - 54, 26, f"{page[0]} of {pages or 0}")
        return h - 80

    def para(text, y, font="Times-Roman", indent=0):
        lines = wrap(text, font, 9, w - 108 - indent)
        c.setFont(font, 9)
        for j, t in enumerate(lines):
            c.drawString(54 + indent, y - 11 * j, t)
        return y - 11 * len(lines) - 6

    y = head()
    cur = None
    for i, rec in enumerate(recs):
        text = (f"Ref. {rec['case_number']}, {rec['reported_at'].split(' ', 4)[-1]} {rec['type']} at "
                f"{rec['location']}. {rec['summary']} Status: {rec['disposition']}")
        nlines = len(wrap(text, "Times-Roman", 9, w - 108))
        need = 11 * nlines + (22 if rec["date"] != cur else 0) + (30 if i in ups else 0)
        if y - need < 46:
            c.showPage()
            y = head()
        if rec["date"] != cur:
            cur = rec["date"]
            c.setFont("Times-Bold", 10)
            c.drawString(54, y, long_day(cur))
            y -= 16
        y = para(text, y)
        if i in ups:
            old, other = ups[i]
            y = para(f"Update to Ref. {old}: supplemental information added; the matter is also logged "
                     f"by Lorimer Police as case {other}. No new incident.", y, "Times-Italic", 18)
    c.setFont("Times-Bold", 9.5)
    c.drawString(54, y - 6, f"Incidents logged: {len(recs)}; updates to earlier incidents: {len(ups)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_EXTRA = ("summary",)


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": rel[0], "number": rel[1]}
               for rec in recs for rel in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            # numbers printed inside the record itself (not an update entry's citations)
            s["related_numbers"] = [rel[1] for rel in recs[i]["related"] if len(rel) == 2 and rel[0] != "earlier_case_cited"]
            if not s["related_numbers"]:
                del s["related_numbers"]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs33.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs33.py) from the records it drew; "
                               "checked by check_blind_logs33.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        extra = (br_updates(r, recs),) if draw is draw_br else ()
        pages = draw(d / fname, recs, label, None, *extra)
        draw(d / fname, recs, label, pages, *extra)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "hg": ("Village 'Desk Blotter' in Times, portrait, column titles under a double rule repeated per page. "
           "Columns: Date with a TWO-DIGIT year ('10/14/25'), Time on a 12-HOUR clock ('9:05 PM'), Blotter No. "
           "(HG-25-NNNNN, Courier bold, the id, in the THIRD column), Complaint (type), Location (wraps), "
           "Action Taken (disposition, wraps; 'Arrest, ARR 25-NNNN' cites an arrest number and 'UTT issued, "
           "ticket ATNNNNNNN' a traffic ticket: related, not ids). reported_at joins date and time as printed "
           "('10/14/25 9:05 PM'). Ends 'Total blotter entries: N'; footer disclaimer and 'Page n of N'.",
           "rows counted from the generator; 'Total blotter entries' equals record_count"),
    "kr": ("Borough 'Monthly Report to Borough Council - Incident Listing', portrait, Helvetica. Columns: "
           "Incident (2025-NNNNNN, the id), Received ('14-Oct-2025 2114', day-month-year and a 24-hour time "
           "without colon), Nature of Call (type), Address (wraps), Status (disposition, wraps; 'Charges filed, "
           "docket MJ-38204-CR-NNNNNNN-2025' and 'Non-traffic citation, docket MJ-38204-NT-...' cite a "
           "magisterial district docket: related). Every sheet ends 'Incidents this sheet: k     Carried "
           "forward: K' and every sheet after the first opens 'Brought forward from sheet n: K incidents' "
           "above the column titles (running totals, not records). Ends 'Total incidents for the period: N'.",
           "rows counted from the generator; 'Total incidents for the period' equals record_count"),
    "wm": ("Township 'Calls for Service' listing that SNAKES down two columns per page (left column, then "
           "right column, then the next page), a vertical rule between, column titles at the head of each "
           "column. Day separators '-- Tue 10/14/2025 --' are repeated at the top of each column. Each call "
           "is two lines: CFS number (CFS25-NNNNNN, Courier bold, the id), time HH:MM and call type in capitals; "
           "then 'LOCATION  /  DISPOSITION' (disposition 'SUMMONS E25-NNNNNN' cites a summons, 'ASSISTED BRPD "
           "25-NNNNN' another agency's case: related). `pdftotext -layout` of a whole page interleaves the "
           "two columns line by line; read each half (the check crops at x=306). reported_at joins the "
           "separator's date and the time ('10/14/2025 21:14'). Ends 'CFS count: N'.",
           "calls counted from the generator; 'CFS count' equals record_count"),
    "cs": ("Sheriff's patrol 'CALL SHEET' printed in Courier capitals: blocks separated by a line of "
           "asterisks. Block line 1 'CC# 25-0NNNNNN' (the central complaint number, the id) with 'RECEIVED "
           "10/14/2025 2217 HRS' (reported_at as printed) to its right; then 'NATURE:' (type) with 'DEP #NNN' "
           "(deputy number, not an id) to its right, 'LOCATION:' ('1400 BLK STREET, DIST n') and "
           "'DISPOSITION:' ('ARREST / DC CASE D-071-CR-25-NNNNNN' cites a District Court case and 'CHARGED BY "
           "SUMMONS / CITATION CSNNNNNN' a citation: related). After the last block a 'CALLS BY DISTRICT' "
           "table ('DIST 2    17 CALLS'), not records, and 'TOTAL CALLS THIS SHEET: N'.",
           "blocks counted from the generator; 'TOTAL CALLS THIS SHEET' equals record_count"),
    "br": ("University 'Daily Crime Log' as prose in Times: day headings ('Tuesday, October 14, 2025'), then "
           "one paragraph per incident: 'Ref. BRU-2510-NNNN, 2:15 p.m. Type at Location. One sentence of "
           "narrative. Status: ...' (the id first after 'Ref.'; the series is BRU-YYMM-NNNN). Some paragraphs "
           "are followed by an indented italic 'Update to Ref. BRU-...: ... also logged by Lorimer Police as "
           "case 25-NNNNNN. No new incident.' That is NOT a record: it cites an EARLIER id (listed as "
           "related kind earlier_case_cited on the record it follows) and another agency's case number "
           "(listed as other_agency_case on the earlier record the update is about). 'Cleared by arrest, Justice of the Peace Court complaint NN-25-NNNN.' "
           "cites a court complaint (related). reported_at joins the heading and the time as printed "
           "('Tuesday, October 14, 2025 2:15 p.m.'). Ends 'Incidents logged: N; updates to earlier "
           "incidents: M' (only N counts records).",
           "paragraphs counted from the generator; 'Incidents logged' equals record_count"),
}


def main():
    one_agency(
        "harrow-glen-ny-village-pd", 1,
        [("hgpd-desk-blotter-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 74, 410),
         ("hgpd-desk-blotter-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 66, 560)],
        hg_records, draw_hg, "Village of Harrow Glen Police Department, NY [invented]",
        "desk blotter", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["hg"])
    one_agency(
        "kettering-run-pa-borough-pd", 2,
        [("krpd-council-report-2025-10.pdf", days(10, 1, 31), "October 2025", 138, 3100)],
        kr_records, draw_kr, "Borough of Kettering Run Police Department, PA [invented]",
        "monthly incident listing for council (sheet subtotals, carried forward)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["kr"])
    one_agency(
        "wyckoff-mills-nj-township-pd", 3,
        [("wmpd-cfs-2025-10-20-21.pdf", days(10, 20, 21), "10/20/2025 - 10/21/2025", 121, 41200),
         ("wmpd-cfs-2025-10-22.pdf", days(10, 22, 22), "10/22/2025", 64, 41480)],
        wm_records, draw_wm, "Township of Wyckoff Mills Police Department, NJ [invented]",
        "calls for service (two snaking columns per page)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["wm"])
    one_agency(
        "calvert-shore-county-md-so", 4,
        [("cssso-call-sheet-2025-10-14-16.pdf", days(10, 14, 16), "10/14/2025 THRU 10/16/2025", 58, 301400)],
        cs_records, draw_cs, "Calvert Shore County Sheriff's Office, MD [invented]",
        "patrol call sheet (starred Courier blocks)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["cs"])
    one_agency(
        "brandywine-ridge-state-university-de-pd", 5,
        [("brsu-daily-crime-log-2025-10-01-15.pdf", days(10, 1, 15), "October 1 - 15, 2025", 48, 120),
         ("brsu-daily-crime-log-2025-10-16-31.pdf", days(10, 16, 31), "October 16 - 31, 2025", 55, 190)],
        br_records, draw_br, "Brandywine Ridge State University Police Department, DE [invented]",
        "daily crime log (prose, update entries)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["br"])


if __name__ == "__main__":
    main()
