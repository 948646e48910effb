"""Generate the held-out set blind_logs72: incident logs exported from cloud records systems.

Five layouts: a card list with status pills under a status-count header (Harlow Vale); an
incident timeline per case (Quenmoor County); incident cards with a map thumbnail whose street
labels are real text (Osterly Harbor); a grid export grouped by status with an icon column
before the id (Brackwater Township); an activity feed of sentences with the id in parentheses
(Ravelin University). Every agency, place and record is invented; no person is named. Output
is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs72/make_blind_logs72.py [OUT_DIR]
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
SEED = 20257272
W, H = letter
STREETS = [
    "Ashgrove",
    "Bellmere",
    "Corriden",
    "Dunmore",
    "Elswick",
    "Farrow",
    "Gallis",
    "Hembry",
    "Istead",
    "Jarrow",
    "Kellam",
    "Lorne",
    "Maddox",
    "Nettley",
    "Orris",
    "Pellam",
    "Quillon",
    "Rusk",
    "Sallow",
    "Tamsin",
    "Upwey",
    "Verey",
    "Wendle",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = [
    "Theft From Vehicle",
    "Burglary - Residential",
    "Vandalism",
    "Disturbance",
    "Welfare Check",
    "Suspicious Person",
    "Traffic Collision - Non Injury",
    "Shoplifting",
    "Assault - Simple",
    "Found Property",
    "Trespass",
    "Fraud - Online",
    "Noise Complaint",
    "DUI",
    "Stolen Vehicle",
    "Hit and Run",
    "Missing Person - Located",
    "Alarm - Commercial",
]
STATUSES = ["Open", "Closed", "Referred", "Arrest"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# ZapfDingbats characters used as icons: phone, pen, flag-like star, circle, check, cross
ICON = {"Open": "l", "Closed": "4", "Referred": "\u00e8", "Arrest": "n"}


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def weekday(d):
    return WEEKDAY[datetime.date(*d).weekday()]


def make_records(r, n, days, idfmt, start, rel_kinds):
    """Plain dicts: id, day, time, type, location, status, summary, related [(kind, number)]."""
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    k, recs = start, []
    for m in mins:
        k += r.choice((1, 1, 1, 2, 3))
        rec = {
            "id": idfmt(k),
            "k": k,
            "day": days[m // 1440],
            "hh": (m % 1440) // 60,
            "mm": m % 60,
            "type": r.choice(TYPES),
            "loc": addr(r),
            "status": r.choice(STATUSES),
            "related": [],
        }
        rec["summary"] = r.choice(
            [
                "Caller reported the incident; officer took a report.",
                "Area checked, unable to locate anyone matching the description.",
                "Property photographed and logged into evidence.",
                "Parties separated and advised; no further action requested.",
                "Victim given a case card and the online follow-up link.",
                "Unit cleared after speaking with the reporting party.",
            ]
        )
        if r.random() < 0.22:
            kind = r.choice(rel_kinds)
            if kind == "earlier_case_cited" and recs:
                num = r.choice(recs[-12:])["id"]
                rec["summary"] += f" Follow-up to {num}."
            elif kind == "citation":
                num = f"CT{r.randint(1000000, 9999999)}"
                rec["summary"] += f" Citation {num} issued."
            elif kind == "booking_number":
                num = f"BK-25-{r.randint(10000, 99999)}"
                rec["summary"] += f" Booked, booking {num}."
                rec["status"] = "Arrest"
            elif kind == "other_agency_case":
                num = f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"
                rec["summary"] += f" Assist to Lindqvist County SO, their case {num}."
            else:
                num = f"REF-{r.randint(1000, 9999)}"
                rec["summary"] += f" Referred to Adult Services, referral {num}."
                rec["status"] = "Referred"
            if kind != "earlier_case_cited" or recs:
                rec["related"].append((kind, num))
        recs.append(rec)
    return recs


def mdy(rec):
    y, m, d = rec["day"]
    return f"{m:02d}/{d:02d}/{y}"


def hm(rec):
    return f"{rec['hh']:02d}:{rec['mm']:02d}"


def pill(c, x, y, text, right=True):
    c.setFont("Helvetica-Bold", 7)
    w = c.stringWidth(text, "Helvetica-Bold", 7) + 10
    x0 = x - w if right else x
    c.setFillGray(0.25)
    c.roundRect(x0, y - 3, w, 11, 5, stroke=0, fill=1)
    c.setFillGray(1)
    c.drawString(x0 + 5, y, text)
    c.setFillGray(0)


def status_header(c, y, recs, label):
    counts = {s: sum(1 for x in recs if x["status"] == s) for s in STATUSES}
    x = 40
    for s in STATUSES:
        c.setFillGray(0.93)
        c.roundRect(x, y - 30, 118, 38, 6, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("ZapfDingbats", 10)
        c.drawString(x + 8, y - 4, ICON[s])
        c.setFont("Helvetica", 8)
        c.drawString(x + 24, y - 4, s.upper())
        c.setFont("Helvetica-Bold", 14)
        c.drawString(x + 24, y - 24, str(counts[s]))
        x += 128
    c.setFont("Helvetica", 8)
    c.drawString(40, y - 44, f"{label} {len(recs)}")


def footer(c, page, text):
    c.setFont("Helvetica", 7)
    c.drawString(40, 24, text)
    c.drawRightString(W - 40, 24, f"Page {page}")


# ---------------------------------------------------------------- A: Harlow Vale (cards + pills)
def draw_harlow(path, recs, title):
    c = new_canvas(path)
    page = 1

    def top():
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, H - 44, "Harlow Vale Police Department")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 56, title)
        c.drawRightString(W - 40, H - 44, "CloudRMS | Incident Feed Export")
        return H - 72

    y = top()
    status_header(c, y, recs, "All incidents in range:")
    y -= 64
    for rec in recs:
        lines = wrap(rec["summary"], "Helvetica", 8, W - 100)
        need = 40 + 10 * len(lines)
        if y - need < 44:
            footer(c, page, "Exported from CloudRMS. Status as of export time. Tel 555-0142")
            c.showPage()
            page += 1
            y = top()
        c.setStrokeGray(0.75)
        c.roundRect(36, y - need + 6, W - 72, need - 4, 6, stroke=1, fill=0)
        c.setFont("ZapfDingbats", 9)
        c.drawString(44, y - 10, ICON[rec["status"]])
        c.setFont("Helvetica-Bold", 9)
        c.drawString(58, y - 10, rec["type"])
        pill(c, W - 46, y - 10, rec["status"].upper())
        c.setFont("Helvetica", 8)
        c.drawString(58, y - 22, f"Case {rec['id']}   Reported {mdy(rec)} {hm(rec)}   {rec['loc']}")
        for i, ln in enumerate(lines):
            c.drawString(58, y - 34 - 10 * i, ln)
        y -= need + 2
    footer(c, page, "Exported from CloudRMS. Status as of export time. Tel 555-0142")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- B: Quenmoor County (timelines)
EVENTS = ["Unit dispatched", "Unit on scene", "Report written", "Supervisor review", "Unit cleared"]


def draw_quenmoor(path, recs, title, r):
    c = new_canvas(path)
    page = 1

    def top():
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 44, "Quenmoor County Sheriff's Office - Incident Timelines")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 56, title)
        return H - 76

    y = top()
    status_header(c, y, recs, "Timelines in this export:")
    y -= 64
    for rec in recs:
        n_ev = r.randint(2, 4)
        need = 30 + 11 * n_ev
        if y - need < 44:
            footer(c, page, "Quenmoor County SO | cloud CAD/RMS | generated report, times local")
            c.showPage()
            page += 1
            y = top()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, rec["id"])
        c.drawString(130, y, rec["type"].upper())
        pill(c, W - 40, y, rec["status"].upper())
        c.setFont("Helvetica", 8)
        c.drawString(130, y - 11, rec["loc"].upper())
        c.setStrokeGray(0.6)
        c.line(52, y - 16, 52, y - 18 - 11 * (n_ev + 1))
        c.setFont("ZapfDingbats", 6)
        c.drawString(49, y - 25, "u")
        c.setFont("Helvetica", 8)
        c.drawString(62, y - 25, f"{mdy(rec)} {hm(rec)}")
        c.drawString(150, y - 25, "Call received")
        t = rec["hh"] * 60 + rec["mm"]
        for i in range(n_ev):
            t += r.randint(2, 25)
            yy = y - 36 - 11 * i
            c.setFont("ZapfDingbats", 6)
            c.drawString(49, yy, "u")
            c.setFont("Helvetica", 8)
            c.drawString(62, yy, f"{(t // 60) % 24:02d}:{t % 60:02d}")
            ev = EVENTS[i] if i < n_ev - 1 else "Unit cleared"
            if i == n_ev - 1 and rec["related"]:
                ev += " - " + rec["summary"].split(". ")[-1].rstrip(".")
            c.drawString(150, yy, ev)
        y -= need + 4
    footer(c, page, "Quenmoor County SO | cloud CAD/RMS | generated report, times local")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- C: Osterly Harbor (map thumbnails)
def draw_osterly(path, recs, title, r):
    c = new_canvas(path)
    page = 1

    def top():
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 44, "Osterly Harbor Police - Incident Map Report")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 56, title)
        return H - 76

    y = top()
    status_header(c, y, recs, "Incidents plotted:")
    y -= 64
    for rec in recs:
        lines = wrap(rec["summary"], "Helvetica", 8, 300)
        need = max(96, 62 + 10 * len(lines))
        if y - need < 44:
            footer(c, page, "Osterly Harbor PD | Map data (c) Osterly GIS | call 555-0177")
            c.showPage()
            page += 1
            y = top()
        c.setStrokeGray(0.7)
        c.rect(36, y - need + 4, W - 72, need - 4, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y - 12, f"Incident # {rec['id']}")
        pill(c, 360, y - 12, rec["status"].upper())
        # map thumbnail on the right: grid of streets with labels in the text layer
        mx, my, mw, mh = 392, y - need + 10, 176, need - 16
        c.setFillGray(0.9)
        c.rect(mx, my, mw, mh, stroke=0, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(1)
        c.setLineWidth(3)
        c.line(mx, my + mh * 0.55, mx + mw, my + mh * 0.55)
        c.line(mx + mw * 0.4, my, mx + mw * 0.4, my + mh)
        c.setLineWidth(1)
        c.setFont("Helvetica", 6)
        c.drawString(mx + 4, my + mh * 0.55 + 3, rec["loc"].split(" ", 1)[1].upper())
        c.drawString(mx + mw * 0.4 + 4, my + 4, f"{r.choice(STREETS).upper()} {r.choice(SUFFIX).upper()}")
        c.drawString(mx + mw - 50, my + mh - 9, f"{r.choice(STREETS).upper()} PARK")
        c.setFont("ZapfDingbats", 9)
        c.drawString(mx + mw * 0.4 + 10, my + mh * 0.55 + 10, "\u00a8")
        c.setFont("Helvetica", 5)
        c.drawRightString(mx + mw - 2, my + 2, "Map data (c) Osterly GIS")
        rows = [("Type", rec["type"]), ("Reported", f"{mdy(rec)} {hm(rec)}"), ("Address", rec["loc"])]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(44, y - 26 - 10 * i, f"{k}:")
            c.setFont("Helvetica", 8)
            c.drawString(100, y - 26 - 10 * i, v)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y - 56, "Notes:")
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(lines):
            c.drawString(100, y - 56 - 10 * i, ln)
        y -= need + 2
    footer(c, page, "Osterly Harbor PD | Map data (c) Osterly GIS | call 555-0177")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- D: Brackwater (grid grouped by status)
def draw_brackwater(path, recs, title):
    c = new_canvas(path)
    page = 1
    cols = [
        (40, "", 0),
        (54, "CASE NO.", 0),
        (128, "CREATED", 0),
        (208, "INCIDENT TYPE", 0),
        (350, "ADDRESS", 0),
        (470, "NOTES", 0),
    ]

    def top(head=True):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 44, "Brackwater Township Police Department")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 56, title)
        c.drawRightString(W - 40, H - 44, "Exported view: All incidents, grouped by Status")
        return H - 72

    def colhead(y):
        c.setFillGray(0.9)
        c.rect(36, y - 3, W - 72, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7)
        for x, name, _ in cols:
            c.drawString(x, y, name)
        return y - 14

    y = top()
    status_header(c, y, recs, "Rows in view:")
    y -= 64
    y = colhead(y)
    for s in ["Open", "Referred", "Arrest", "Closed"]:
        group = [x for x in recs if x["status"] == s]
        if not group:
            continue
        if y < 80:
            footer(c, page, "Brackwater Twp PD - cloud records portal - 555-0163")
            c.showPage()
            page += 1
            y = colhead(top())
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"Status: {s.upper()} ({len(group)})")
        y -= 13
        for rec in group:
            lines = wrap(rec["summary"], "Helvetica", 7, W - 40 - 470)
            need = 10 * max(1, len(lines)) + 2
            if y - need < 44:
                footer(c, page, "Brackwater Twp PD - cloud records portal - 555-0163")
                c.showPage()
                page += 1
                y = colhead(top())
            c.setFont("ZapfDingbats", 7)
            c.drawString(40, y, ICON[s])
            c.setFont("Helvetica", 7)
            c.drawString(54, y, rec["id"])
            c.drawString(128, y, f"{mdy(rec)} {hm(rec)}")
            c.drawString(208, y, rec["type"])
            c.drawString(350, y, rec["loc"])
            for i, ln in enumerate(lines):
                c.drawString(470, y - 10 * i, ln)
            y -= need
        y -= 4
    footer(c, page, "Brackwater Twp PD - cloud records portal - 555-0163")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- E: Ravelin University (activity feed)
def feed_sentence(rec):
    y, m, d = rec["day"]
    return (
        f"Officers responded at {hm(rec)} on {MON[m - 1]} {d}, {y} to a report of {rec['type']} at "
        f"{rec['loc']} (case {rec['id']}). {rec['summary']} Status: {rec['status']}."
    )


def draw_ravelin(path, recs, title):
    c = new_canvas(path)
    page = 1

    def top():
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 44, "Ravelin University Police - Campus Activity Feed")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 56, title)
        return H - 76

    y = top()
    status_header(c, y, recs, "Posts in this digest:")
    y -= 64
    day = None
    for rec in recs:
        lines = wrap(feed_sentence(rec), "Helvetica", 8.5, W - 110)
        need = 11 * len(lines) + 8 + (20 if rec["day"] != day else 0)
        if y - need < 44:
            footer(c, page, "Ravelin University Police | safety@ravelin.example.edu | 555-0119")
            c.showPage()
            page += 1
            y = top()
        if rec["day"] != day:
            day = rec["day"]
            n = sum(1 for x in recs if x["day"] == day)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, f"{weekday(day)}, {MON[day[1] - 1]} {day[2]}, {day[0]} - {n} posts")
            y -= 16
        c.setFont("ZapfDingbats", 8)
        c.drawString(48, y, ICON[rec["status"]])
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(lines):
            c.drawString(64, y - 11 * i, ln)
        y -= 11 * len(lines) + 8
    footer(c, page, "Ravelin University Police | safety@ravelin.example.edu | 555-0119")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- agencies and ground truth
def sample(rec, folder):
    base = {
        "case_number": rec["id"],
        "type": rec["type"],
        "reported_at": f"{mdy(rec)} {hm(rec)}",
        "location": rec["loc"],
        "disposition": rec["status"],
    }
    if folder == "quenmoor-county-wy-so":
        base["type"] = rec["type"].upper()
        base["location"] = rec["loc"].upper()
        base["disposition"] = rec["status"].upper()
    elif folder in ("harlow-vale-or-pd", "osterly-harbor-wa-pd"):
        base["disposition"] = rec["status"].upper()
        base["summary"] = rec["summary"]
    elif folder == "brackwater-township-mi-pd":
        base["summary"] = rec["summary"]
        del base["disposition"]
    elif folder == "ravelin-university-nm-pd":
        y, m, d = rec["day"]
        base["reported_at"] = f"{hm(rec)} on {MON[m - 1]} {d}, {y}"
        base["summary"] = rec["summary"]
    return base


AGENCIES = [
    (
        "harlow-vale-or-pd",
        "Harlow Vale Police Department, OR [invented]",
        "HV",
        "incident feed export (cards with status pills, status-count header)",
        "labelled blocks",
        lambda k: f"25-HV-{k:05d}",
        4100,
        ["citation", "booking_number", "earlier_case_cited"],
        [([(2025, 10, 20), (2025, 10, 21)], 74), ([(2025, 10, 22), (2025, 10, 23)], 61)],
    ),
    (
        "quenmoor-county-wy-so",
        "Quenmoor County Sheriff's Office, WY [invented]",
        "QC",
        "incident timelines export (one event timeline per case)",
        "labelled blocks",
        lambda k: f"QC25-{k:06d}",
        18800,
        ["other_agency_case", "booking_number", "referral"],
        [([(2025, 11, 3), (2025, 11, 4), (2025, 11, 5)], 58), ([(2025, 11, 6), (2025, 11, 7)], 47)],
    ),
    (
        "osterly-harbor-wa-pd",
        "Osterly Harbor Police Department, WA [invented]",
        "OH",
        "incident map report (cards with map thumbnails)",
        "labelled blocks",
        lambda k: f"OH2025-{k:04d}",
        2200,
        ["citation", "other_agency_case", "earlier_case_cited"],
        [([(2025, 10, 13), (2025, 10, 14), (2025, 10, 15)], 52)],
    ),
    (
        "brackwater-township-mi-pd",
        "Brackwater Township Police Department, MI [invented]",
        "BT",
        "records portal grid export grouped by status",
        "table with header",
        lambda k: f"B25{k:05d}",
        30500,
        ["citation", "booking_number", "referral"],
        [([(2025, 9, 29), (2025, 9, 30)], 96), ([(2025, 10, 1), (2025, 10, 2)], 83)],
    ),
    (
        "ravelin-university-nm-pd",
        "Ravelin University Police Department, NM [invented]",
        "RU",
        "campus activity feed digest (one sentence post per incident)",
        "free text",
        lambda k: f"RU-25-{k:04d}",
        900,
        ["citation", "referral", "earlier_case_cited"],
        [([(2025, 11, 10), (2025, 11, 11), (2025, 11, 12), (2025, 11, 13)], 66)],
    ),
]


def build(no, agency):
    folder, name, short, doctype, layout, idfmt, start, kinds, docs = agency
    r = random.Random(SEED + no)
    out_dir = OUT / folder
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for days, n in docs:
        recs = make_records(r, n, days, idfmt, start, kinds)
        start = recs[-1]["k"] + 40
        d0, d1 = days[0], days[-1]
        fname = f"{short.lower()}-incidents-{d0[0]}-{d0[1]:02d}-{d0[2]:02d}-to-{d1[1]:02d}-{d1[2]:02d}.pdf"
        title = f"Date range: {d0[1]:02d}/{d0[2]:02d}/{d0[0]} - {d1[1]:02d}/{d1[2]:02d}/{d1[0]}"
        path = out_dir / fname
        if folder == "harlow-vale-or-pd":
            draw_harlow(path, recs, title)
        elif folder == "quenmoor-county-wy-so":
            draw_quenmoor(path, recs, title, r)
        elif folder == "osterly-harbor-wa-pd":
            draw_osterly(path, recs, title, r)
        elif folder == "brackwater-township-mi-pd":
            draw_brackwater(path, recs, title)
        else:
            draw_ravelin(path, recs, title)
        if folder == "brackwater-township-mi-pd":
            order = [x for s in ["Open", "Referred", "Arrest", "Closed"] for x in recs if x["status"] == s]
        else:
            order = recs
        mid = order[len(order) // 2]
        entries.append(
            {
                "file": fname,
                "source_repo": "generated",
                "commit": "generated",
                "path": "generated",
                "git_blob": "generated",
                "generator": "make_blind_logs72.py (seed 20257272 + agency number)",
                "sha256": sha(path),
                "bytes": path.stat().st_size,
                "pages": pdf_pages(path),
                "agency": name,
                "document_type": doctype,
                "layout": layout,
                "scanned": False,
                "encrypted": False,
                "text_layer": "good",
                "record_count": len(order),
                "case_numbers": [x["id"] for x in order],
                "related_numbers": [
                    {"record": x["id"], "kind": k, "number": num} for x in order for k, num in x["related"]
                ],
                "fields_present": sorted(sample(order[0], folder)),
                "sample_records": [sample(x, folder) for x in (order[0], mid, order[-1])],
                "notes": NOTES[folder],
            }
        )
    (out_dir / "groundtruth.json").write_text(json.dumps(entries, indent=1) + "\n")


NOTES = {
    "harlow-vale-or-pd": "One rounded card per incident: an icon glyph, the type in bold and a status pill on the "
    "first line; 'Case <id>  Reported <date time>  <address>' on the second; a summary below. Page 1 opens with "
    "four status tiles (OPEN/CLOSED/REFERRED/ARREST with counts) and 'All incidents in range: N'.",
    "quenmoor-county-wy-so": "Each case is a header line (id, TYPE, status pill; address under it) over a vertical "
    "timeline of events; only the first event ('Call received') prints the date, later ones print a time only. "
    "Bookings, other-agency cases and referrals appear inside the last timeline event.",
    "osterly-harbor-wa-pd": "Bordered cards, 'Incident # <id>' and a status pill on top, labelled rows on the left "
    "and a map thumbnail on the right whose street and park labels and 'Map data (c)' credit are real text, so "
    "they interleave with the card's rows in the text layer.",
    "brackwater-township-mi-pd": "A grid export grouped by status (OPEN, REFERRED, ARREST, CLOSED), each group "
    "headed 'Status: X (n)' and in time order inside the group, so the document is not in time order; an icon "
    "glyph column precedes the case number; status appears only in the group heading.",
    "ravelin-university-nm-pd": "A digest of feed posts: one sentence paragraph per incident, the id in parentheses "
    "in mid-sentence '(case RU-25-nnnn)', grouped under day headings with per-day post counts; an icon glyph "
    "before each post.",
}


def main():
    for no, agency in enumerate(AGENCIES, 1):
        build(no, agency)


if __name__ == "__main__":
    main()
