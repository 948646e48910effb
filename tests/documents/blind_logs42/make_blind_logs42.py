"""Generate the forty-second held-out set of incident-log PDFs and their ground truth.

Five wide logs: a landscape spreadsheet too wide for one page whose right-hand columns come
on the following page with the case number repeated; a sheriff's listing whose right-hand
columns come after all the left-hand pages, keyed only by a line number; a campus log in very
small type with column titles printed vertically, and one page of it rotated 90 degrees; a
bulletin of labelled blocks reduced two pages to a sheet; a night desk journal of free-text
entries in very small Courier, wrapped over long landscape lines. Every agency, place and
record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs42/make_blind_logs42.py [OUT_DIR]
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
SEED = 20251642
STREETS = [
    "Alderwick",
    "Bramhall",
    "Cobbold",
    "Dunstan",
    "Eskdale",
    "Farrant",
    "Gorsey",
    "Hatherley",
    "Inchmore",
    "Jessop",
    "Kelderby",
    "Linthorpe",
    "Morwood",
    "Nettlebed",
    "Ormsley",
    "Pilgrove",
    "Quenell",
    "Rushmere",
    "Sandell",
    "Thornaby",
    "Upwell",
    "Varley",
    "Wendron",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = [
    "Burglary",
    "Theft",
    "Vandalism",
    "Assault",
    "Suspicious Person",
    "Trespass",
    "Welfare Check",
    "Vehicle Theft",
    "Fraud",
    "Disturbance",
    "DUI",
    "Hit and Run",
    "Noise Complaint",
    "Found Property",
    "Shoplifting",
    "Harassment",
    "Alarm",
    "Traffic Hazard",
]
DISPOS = [
    "Report taken",
    "Closed",
    "Unfounded",
    "Gone on arrival",
    "Referred",
    "Cleared by arrest",
    "Advised",
    "Pending investigation",
    "Cited and released",
]
SUMMARY = [
    "caller reported items missing from a garage",
    "window found broken, no entry made",
    "two parties separated, no injuries",
    "subject left before officers arrived",
    "vehicle towed from a private lot",
    "property logged for safekeeping",
    "loud music, occupants advised",
    "alarm set off by staff, all secure",
    "driver stopped after a lane violation",
    "tailgate damaged in a parking area",
    "card used without consent at two stores",
    "resident checked and found well",
]


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
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def make_records(r, n, prefix, width, start, day0, days, related):
    """Invented records in time order; related = list of (kind, maker) for some records."""
    recs, seq = [], start
    stamps = sorted(r.randint(0, days * 1440 - 1) for _ in range(n))
    for m in stamps:
        seq += r.randint(1, 3)
        when = day0 + datetime.timedelta(minutes=m)
        rec = {
            "id": f"{prefix}{seq:0{width}d}",
            "when": when,
            "type": r.choice(TYPES),
            "loc": addr(r),
            "dispo": r.choice(DISPOS),
            "unit": f"{r.choice('ABCDK')}{r.randint(11, 49)}",
            "summary": r.choice(SUMMARY),
            "rel": None,
        }
        if r.random() < 0.22:
            kind, maker = r.choice(related)
            rec["rel"] = (kind, maker(r))
        recs.append(rec)
    return recs


def sample(rec, **fields):
    return {"case_number": rec["id"], **fields}


def gt_entry(path, agency, doctype, layout, recs, samples, gen):
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs42.py (seed {SEED} + {gen})",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doctype,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [x["id"] for x in recs],
        "related_numbers": [{"record": x["id"], "kind": x["rel"][0], "number": x["rel"][1]} for x in recs if x["rel"]],
        "sample_records": samples,
    }


def picks(recs):
    return [recs[0], recs[len(recs) // 2], recs[-1]]


# ---- 1. Kestrel Pass: spreadsheet too wide, right half on the next page with the id repeated
def kestrel(path, recs, title):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H))
    per = 34
    chunks = [recs[i : i + per] for i in range(0, len(recs), per)]
    total = 2 * len(chunks)
    pno = 0
    for ci, chunk in enumerate(chunks):
        for half in ("L", "R"):
            pno += 1
            c.setFont("Helvetica-Bold", 9)
            c.drawString(30, H - 30, title)
            c.setFont("Helvetica", 6.5)
            cols = "A-E" if half == "L" else "F-J"
            c.drawRightString(W - 30, H - 30, f"Print area columns {cols}")
            y = H - 52
            c.setFillGray(0.85)
            c.rect(28, y - 3, W - 56, 11, fill=1, stroke=0)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 6.5)
            if half == "L":
                heads = [(32, "Row"), (60, "Case No."), (130, "Reported"), (215, "Offense"), (330, "Location")]
            else:
                heads = [(32, "Case No."), (110, "Disposition"), (210, "Unit"), (250, "Other No."), (340, "Summary")]
            for x, h in heads:
                c.drawString(x, y, h)
            c.setFont("Helvetica", 6.5)
            for k, rec in enumerate(chunk):
                y -= 14
                row = ci * per + k + 2
                if half == "L":
                    vals = [
                        (32, str(row)),
                        (60, rec["id"]),
                        (130, rec["when"].strftime("%m/%d/%Y %H:%M")),
                        (215, rec["type"]),
                        (330, rec["loc"]),
                    ]
                    # the sheet runs on past the page edge: a clipped cell of the next column
                    c.drawString(W - 44, y, "...")
                else:
                    other = rec["rel"][1] if rec["rel"] else ""
                    vals = [
                        (32, rec["id"]),
                        (110, rec["dispo"]),
                        (210, rec["unit"]),
                        (250, other),
                        (340, rec["summary"]),
                    ]
                for x, v in vals:
                    c.drawString(x, y, v)
            if half == "R" and ci == len(chunks) - 1:
                c.setFont("Helvetica-Bold", 6.5)
                c.drawString(32, y - 18, f"Count of Case No.: {len(recs)}")
            c.setFont("Helvetica", 6)
            c.drawString(
                30,
                22,
                f"Page {pno} of {total}   (rows {ci * per + 2}-{ci * per + len(chunk) + 1}, "
                f"{'left' if half == 'L' else 'right'} part)   KPPD Records 555-0142",
            )
            c.showPage()
    c.save()


# ---- 2. Ferncliff County: left parts first, then the right parts keyed by line number only
def ferncliff(path, recs, title):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H))
    per = 38
    chunks = [recs[i : i + per] for i in range(0, len(recs), per)]
    npages = 2 * len(chunks)
    for part in ("1", "2"):
        for ci, chunk in enumerate(chunks):
            pno = ci + 1 + (len(chunks) if part == "2" else 0)
            c.setFont("Times-Bold", 10)
            c.drawCentredString(W / 2, H - 30, title)
            c.setFont("Times-Roman", 7)
            c.drawCentredString(
                W / 2,
                H - 40,
                f"Sheet part {part} of 2 - "
                + ("columns Line to Address" if part == "1" else "columns Line to Remarks"),
            )
            y = H - 60
            c.setFont("Times-Bold", 7)
            heads = (
                [
                    (30, "Line"),
                    (60, "Incident No."),
                    (140, "Received"),
                    (220, "Nature"),
                    (340, "Address"),
                    (470, "Zone"),
                ]
                if part == "1"
                else [(30, "Line"), (60, "Disposition"), (170, "Deputy"), (215, "Cite/Booking"), (300, "Remarks")]
            )
            for x, h in heads:
                c.drawString(x, y, h)
            c.line(28, y - 3, W - 28, y - 3)
            c.setFont("Times-Roman", 7)
            day = None
            for k, rec in enumerate(chunk):
                line = ci * per + k + 1
                y -= 12
                if part == "1":
                    vals = [
                        (30, str(line)),
                        (60, rec["id"]),
                        (140, rec["when"].strftime("%m/%d/%Y %H%M")),
                        (220, rec["type"].upper()),
                        (340, rec["loc"].upper()),
                        (470, f"Z{line % 7 + 1}"),
                    ]
                else:
                    other = rec["rel"][1] if rec["rel"] else ""
                    vals = [
                        (30, str(line)),
                        (60, rec["dispo"]),
                        (170, rec["unit"]),
                        (215, other),
                        (300, rec["summary"]),
                    ]
                for x, v in vals:
                    c.drawString(x, y, v)
                day = rec["when"].date()
            if part == "1" and ci == len(chunks) - 1:
                c.setFont("Times-Bold", 7)
                c.drawString(30, y - 16, f"TOTAL     {len(recs)} incidents     {day:%m/%d/%Y}")
            c.setFont("Times-Italic", 6.5)
            c.drawString(30, 20, f"Page {pno} of {npages}   Ferncliff County Sheriff - Records Unit 555-0177")
            c.showPage()
    c.save()


# ---- 3. Marlpit State University: tiny type, vertical column titles, one page rotated 90 degrees
def marlpit(path, recs, title):
    W, H = letter
    c = new_canvas(path, (W, H))
    per = 60
    chunks = [recs[i : i + per] for i in range(0, len(recs), per)]
    cols = [
        (30, "Case Number"),
        (85, "Date Reported"),
        (150, "Date Occurred"),
        (215, "Classification"),
        (300, "General Location"),
        (400, "Disposition"),
        (470, "Related Report"),
    ]
    for ci, chunk in enumerate(chunks):
        rotated = ci == 1
        if rotated:  # this sheet was printed landscape onto a portrait page: it reads sideways
            c.translate(W, 0)
            c.rotate(90)
            w, h = H, W
        else:
            w, h = W, H
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, h - 28, title)
        c.setFont("Helvetica-Bold", 5)
        for x, name in cols:  # column titles printed vertically
            c.saveState()
            c.translate(x + 4, h - 90)
            c.rotate(90)
            c.drawString(0, 0, name)
            c.restoreState()
        c.line(28, h - 94, w - 28, h - 94)
        y = h - 94
        c.setFont("Helvetica", 5)
        step = 9 if not rotated else 6.5
        for rec in chunk:
            y -= step
            other = rec["rel"][1] if rec["rel"] else ""
            vals = [
                (30, rec["id"]),
                (85, rec["when"].strftime("%m/%d/%y %H:%M")),
                (150, rec["occ"]),
                (215, rec["type"]),
                (300, rec["loc"]),
                (400, rec["dispo"]),
                (470, other),
            ]
            for x, v in vals:
                c.drawString(x, y, v)
        if ci == len(chunks) - 1:
            c.setFont("Helvetica-Bold", 5)
            c.drawString(30, y - 12, f"Entries on this log: {len(recs)}")
        c.setFont("Helvetica", 5)
        c.drawString(30, 16, f"MSU DPS Daily Crime Log - page {ci + 1} of {len(chunks)} - 555-0119")
        c.showPage()
    c.save()


# ---- 4. Quarry Bend: labelled-block bulletin reduced two pages to a sheet
def quarry_blocks(recs):
    pages, cur, y = [], [], 0
    for rec in recs:
        if y + 7 > 52:
            pages.append(cur)
            cur, y = [], 0
        cur.append(rec)
        y += 7
    pages.append(cur)
    return pages


def quarry(path, recs, title):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H))
    pages = quarry_blocks(recs)
    sheets = (len(pages) + 1) // 2
    for si in range(sheets):
        for side in (0, 1):
            pi = si * 2 + side
            if pi >= len(pages):
                continue
            x0 = 24 + side * W / 2
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x0, H - 26, title)
            c.setFont("Helvetica", 5.5)
            c.drawString(x0, H - 34, f"Page {pi + 1} of {len(pages)}")
            y = H - 48
            for rec in pages[pi]:
                c.setFont("Helvetica-Bold", 5.5)
                c.drawString(x0, y, f"Case: {rec['id']}")
                c.setFont("Helvetica", 5.5)
                c.drawString(x0 + 90, y, f"Reported: {rec['when']:%m/%d/%Y %H:%M}")
                lines = [
                    f"Offense: {rec['type']}",
                    f"Location: {rec['loc']}",
                    f"Disposition: {rec['dispo']}",
                    f"Officer: Badge {rec['badge']}",
                ]
                if rec["rel"]:
                    lines.append(f"See: {rec['rel'][1]}")
                lines += simpleSplit(f"Notes: {rec['note']}", "Helvetica", 5.5, W / 2 - 60)
                for ln in lines:
                    y -= 7
                    c.drawString(x0 + 8, y, ln)
                y -= 11
            if pi == len(pages) - 1:
                c.setFont("Helvetica-Bold", 5.5)
                c.drawString(x0, y - 4, f"End of bulletin - {len(recs)} cases listed")
        c.setDash(2, 2)
        c.line(W / 2, 20, W / 2, H - 20)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, 10, f"Sheet {si + 1} of {sheets} (2 pages per sheet)")
        c.showPage()
    c.save()


# ---- 5. Tallis Creek: free-text night desk journal in tiny Courier, long wrapped lines
def tallis(path, recs, title):
    W, H = landscape(letter)
    c = new_canvas(path, (W, H))
    font, size, lead = "Courier", 5.2, 6.4
    pno, y = 0, 0

    def new_page():
        nonlocal pno, y
        if pno:
            c.showPage()
        pno += 1
        c.setFont("Courier-Bold", 7)
        c.drawString(26, H - 24, f"{title}   sheet {pno}")
        y = H - 40
        c.setFont(font, size)

    new_page()
    day = None
    per_day = {}
    for rec in recs:
        per_day[rec["when"].date()] = per_day.get(rec["when"].date(), 0) + 1

    def totals(d):  # a closing line shaped like an entry, with no id
        nonlocal y
        c.drawString(
            26,
            y,
            f"{d + datetime.timedelta(days=1):%m/%d/%Y} 0700 hrs  SHIFT TOTALS for "
            f"{d:%m/%d}: {per_day[d]} entries logged, desk closed",
        )
        y -= lead * 1.5

    for rec in recs:
        if rec["when"].date() != day:
            if day:
                totals(day)
            day = rec["when"].date()
            if y < 60:
                new_page()
            c.setFont("Courier-Bold", 6)
            c.drawString(26, y, f"=== {day:%A %m/%d/%Y} ===")
            c.setFont(font, size)
            y -= lead * 1.5
        text = rec["entry"]
        lines = simpleSplit(text, font, size, W - 70)
        if y - lead * len(lines) < 30:
            new_page()
        for i, ln in enumerate(lines):
            c.drawString(26 if i == 0 else 44, y, ln)
            y -= lead
        y -= 2
    totals(day)
    c.setFont("Courier-Bold", 6)
    c.drawString(26, y - 6, f"END OF JOURNAL. ENTRIES: {len(recs)}. DESK 555-0163.")
    c.showPage()
    c.save()


def other_case(prefix):
    return lambda r: f"{prefix}{r.randint(1000, 9999)}"


def agency_kestrel(out):
    d = out / "kestrel-pass-mt-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for n, (day, days, cnt, start, fname) in enumerate(
        [
            (datetime.datetime(2025, 10, 13), 3, 98, 4410, "kppd-incident-export-2025-10-13-15.xlsx.pdf"),
            (datetime.datetime(2025, 10, 16), 2, 64, 4690, "kppd-incident-export-2025-10-16-17.xlsx.pdf"),
        ]
    ):
        r = random.Random(SEED + 10 + n)
        rel = [
            ("citation", lambda r: f"MT{r.randint(1000000, 9999999)}"),
            ("booking_number", lambda r: f"BKG-25-{r.randint(100, 999)}"),
            ("other_agency_case", other_case("BCSO 25-")),
        ]
        recs = make_records(r, cnt, "KP25-", 5, start, day, days, rel)
        p = d / fname
        kestrel(p, recs, "Kestrel Pass Police Department - Incident Export (spreadsheet)")
        smp = [
            sample(
                x,
                reported_at=x["when"].strftime("%m/%d/%Y %H:%M"),
                type=x["type"],
                location=x["loc"],
                disposition=x["dispo"],
                summary=x["summary"],
            )
            for x in picks(recs)
        ]
        gt.append(
            gt_entry(
                p,
                "Kestrel Pass Police Department, MT [invented]",
                "incident export printed landscape, right-hand columns on the next page",
                "table with header",
                recs,
                smp,
                f"10+{n}",
            )
        )
    return d, gt


def agency_ferncliff(out):
    d = out / "ferncliff-county-ne-so"
    d.mkdir(parents=True, exist_ok=True)
    r = random.Random(SEED + 20)
    rel = [
        ("citation", lambda r: f"NE-C{r.randint(100000, 999999)}"),
        ("booking_number", lambda r: f"JB{r.randint(25000, 25999)}"),
    ]
    recs = make_records(r, 131, "FC-", 6, 251200, datetime.datetime(2025, 10, 20), 4, rel)
    p = d / "fcso-calls-2025-10-20-23.pdf"
    ferncliff(p, recs, "FERNCLIFF COUNTY SHERIFF'S OFFICE - CALLS FOR SERVICE, OCT 20-23, 2025")
    smp = [
        sample(
            x,
            reported_at=x["when"].strftime("%m/%d/%Y %H%M"),
            type=x["type"].upper(),
            location=x["loc"].upper(),
            disposition=x["dispo"],
            summary=x["summary"],
        )
        for x in picks(recs)
    ]
    gt = [
        gt_entry(
            p,
            "Ferncliff County Sheriff's Office, NE [invented]",
            "calls for service, wide sheet printed in two parts (right part keyed by line number)",
            "table with header",
            recs,
            smp,
            "20",
        )
    ]
    return d, gt


def agency_marlpit(out):
    d = out / "marlpit-state-university-ky-dps"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for n, (day, days, cnt, start, fname) in enumerate(
        [
            (datetime.datetime(2025, 9, 1), 30, 112, 610, "msu-dps-crime-log-2025-09.pdf"),
            (datetime.datetime(2025, 10, 1), 31, 126, 790, "msu-dps-crime-log-2025-10.pdf"),
        ]
    ):
        r = random.Random(SEED + 30 + n)
        rel = [("other_agency_case", other_case("MPD 25-0")), ("citation", lambda r: f"KY{r.randint(10000, 99999)}")]
        recs = make_records(r, cnt, "2025-MSU-", 4, start, day, days, rel)
        for x in recs:
            x["occ"] = (x["when"] - datetime.timedelta(hours=r.randint(0, 30))).strftime("%m/%d/%y")
        p = d / fname
        marlpit(p, recs, f"Marlpit State University Dept. of Public Safety - Daily Crime Log {day:%B %Y}")
        smp = [
            sample(
                x,
                reported_at=x["when"].strftime("%m/%d/%y %H:%M"),
                occurred_at=x["occ"],
                type=x["type"],
                location=x["loc"],
                disposition=x["dispo"],
            )
            for x in picks(recs)
        ]
        gt.append(
            gt_entry(
                p,
                "Marlpit State University Department of Public Safety, KY [invented]",
                "Clery daily crime log, small type, vertical column titles, page 2 rotated",
                "table with header",
                recs,
                smp,
                f"30+{n}",
            )
        )
    return d, gt


def agency_quarry(out):
    d = out / "quarry-bend-vt-pd"
    d.mkdir(parents=True, exist_ok=True)
    r = random.Random(SEED + 40)
    rel = [("other_agency_case", other_case("VSP 25A10")), ("citation", lambda r: f"VTC{r.randint(100000, 999999)}")]
    recs = make_records(r, 58, "QB-25-", 4, 1200, datetime.datetime(2025, 10, 13), 7, rel)
    for x in recs:
        x["badge"] = r.randint(101, 139)
        x["note"] = x["summary"] + ("; " + r.choice(SUMMARY) if r.random() < 0.5 else "") + "."
    p = d / "qbpd-bulletin-2025-10-13-19.pdf"
    quarry(p, recs, "Quarry Bend Police Department - Weekly Case Bulletin, Oct 13-19, 2025")
    smp = [
        sample(
            x,
            reported_at=x["when"].strftime("%m/%d/%Y %H:%M"),
            type=x["type"],
            location=x["loc"],
            disposition=x["dispo"],
            summary=x["note"],
        )
        for x in picks(recs)
    ]
    gt = [
        gt_entry(
            p,
            "Quarry Bend Police Department, VT [invented]",
            "weekly case bulletin printed two pages per sheet",
            "labelled blocks",
            recs,
            smp,
            "40",
        )
    ]
    return d, gt


def agency_tallis(out):
    d = out / "tallis-creek-ia-pd"
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for n, (day, days, cnt, start, fname) in enumerate(
        [
            (datetime.datetime(2025, 10, 20), 3, 88, 7700, "tcpd-night-desk-2025-10-20-22.pdf"),
            (datetime.datetime(2025, 10, 23), 3, 73, 7990, "tcpd-night-desk-2025-10-23-25.pdf"),
        ]
    ):
        r = random.Random(SEED + 50 + n)
        rel = [
            ("other_agency_case", other_case("PCSO 25-")),
            ("booking_number", lambda r: f"B25-{r.randint(10000, 99999)}"),
        ]
        recs = make_records(r, cnt, "TC25-", 5, start, day, days, rel)
        for x in recs:
            extra = ""
            if x["rel"]:
                extra = (
                    f" Same call under {x['rel'][1]}."
                    if x["rel"][0] == "other_agency_case"
                    else f" Subject booked, booking {x['rel'][1]}."
                )
            x["entry"] = (
                f"{x['when']:%m/%d/%Y %H%M} hrs  {x['type'].upper()} at {x['loc'].upper()}, logged as {x['id']}; "
                f"unit {x['unit']} responded, {x['summary']}, {r.choice(SUMMARY)}; "
                f"{x['dispo'].lower()}.{extra} Desk notified day shift at 0700 hrs for follow-up "
                f"and the entry was reviewed by the watch supervisor before close of shift."
            )
        p = d / fname
        tallis(p, recs, "TALLIS CREEK POLICE DEPARTMENT  NIGHT DESK JOURNAL")
        smp = [
            sample(
                x,
                reported_at=f"{x['when']:%m/%d/%Y %H%M} hrs",
                type=x["type"].upper(),
                location=x["loc"].upper(),
                disposition=x["dispo"].lower(),
                summary=x["summary"],
            )
            for x in picks(recs)
        ]
        gt.append(
            gt_entry(
                p,
                "Tallis Creek Police Department, IA [invented]",
                "night desk journal in small Courier, long wrapped lines",
                "free text",
                recs,
                smp,
                f"50+{n}",
            )
        )
    return d, gt


NOTES = {
    "kestrel-pass-mt-pd": "Spreadsheet too wide for the page: each page of rows A-E (Row, Case No., Reported, "
    "Offense, Location) is followed by a page of the same rows' columns F-J (Case No. repeated, Disposition, "
    "Unit, Other No., Summary); every id is printed twice, once per part. Spreadsheet row numbers (2..N+1) "
    "are not ids; 'Other No.' holds citations, bookings and the county's case numbers; 'Count of Case No.' "
    "closes the last page.",
    "ferncliff-county-ne-so": "Wide sheet printed in two parts: all part-1 pages (Line, Incident No., "
    "Received, Nature, Address, Zone) come first, then all part-2 pages (Line, Disposition, Deputy, "
    "Cite/Booking, Remarks) keyed only by the line number, with no id. A TOTAL line ends part 1.",
    "marlpit-state-university-ky-dps": "Clery log in 5-point type; the column titles are printed vertically; "
    "page 2 is a landscape sheet printed sideways onto a portrait page (its text runs up the page). "
    "Reported dates have a two-digit year; Related Report holds city police case numbers and citations.",
    "quarry-bend-vt-pd": "Labelled blocks (Case, Reported, Offense, Location, Disposition, Officer, See, "
    "Notes) reduced two pages to a landscape sheet; read across, one text line holds two records. 'See:' "
    "numbers are state police cases and citations. Logical 'Page n of M' and physical 'Sheet n of M' both "
    "printed.",
    "tallis-creek-ia-pd": "Free-text journal in 5.2-point Courier on landscape pages; each entry starts "
    "with date and time, the id follows 'logged as' mid-line, and the entry wraps onto an indented line. "
    "Each day closes with a 'SHIFT TOTALS' line that starts like an entry but has no id; '0700 hrs' "
    "inside every entry is not its time.",
}


def main():
    for fn in (agency_kestrel, agency_ferncliff, agency_marlpit, agency_quarry, agency_tallis):
        d, gt = fn(OUT)
        for e in gt:
            e["notes"] = NOTES[d.name]
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")
        print(d.name, [e["record_count"] for e in gt], [e["pages"] for e in gt], [e["bytes"] for e in gt])


if __name__ == "__main__":
    main()
