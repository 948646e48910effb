"""Generate the sixty-third held-out set of incident-log PDFs and their ground truth.

Logs as they come back in a public-records production. Five layouts: a daily log table with a
withholding index after it (ordinary, one twist); a spreadsheet printed with gridlines, row numbers
and column letters, two sheet rows a record and a printed cell-comments page; harbor-police
labelled blocks with the reporting party blacked out under a white statute code, parts behind
exhibit slip sheets; a watch narrative whose pages are interleaved with "page withheld in full"
placeholder pages; a landscape table whose first column is the production's own control number
(ordinary, one twist). Every agency, place and record is invented; no person is named. Output is
deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs63/make_blind_logs63.py [OUT_DIR]
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
SEED = 20266363
STREETS = [
    "Alderbrook",
    "Bellweather",
    "Corvina",
    "Dunstable",
    "Esperanza",
    "Foxmoor",
    "Gallardo",
    "Harwood",
    "Inverness",
    "Jacaranda",
    "Kingsbury",
    "Loma Alta",
    "Marisco",
    "Nettleton",
    "Olivera",
    "Paloverde",
    "Quintana",
    "Rosedale",
    "Sequoia",
    "Toyon",
    "Verbena",
    "Wexford",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Way", "Ct"]
TYPES = [
    "Burglary - Residential",
    "Burglary - Commercial",
    "Theft From Vehicle",
    "Grand Theft",
    "Petty Theft",
    "Vandalism",
    "Assault - Simple",
    "Battery",
    "Disturbance",
    "Suspicious Circumstances",
    "Welfare Check",
    "Trespassing",
    "Vehicle Theft",
    "Identity Theft",
    "Hit and Run - Property",
    "DUI",
    "Found Property",
    "Missing Person - Adult",
    "Shoplifting",
    "Threats",
]
DISP = [
    "Report taken",
    "Report taken",
    "No report",
    "Unfounded",
    "Referred",
    "Closed",
    "Gone on arrival",
    "Arrest",
    "Citation",
    "Other agency",
]
NARR = [
    "Caller reported the matter after returning home.",
    "Officers checked the area without result.",
    "Surveillance video was requested from the business.",
    "No injuries were reported.",
    "The reporting party declined prosecution.",
    "Property was booked for safekeeping.",
    "A patrol check was added for the next three nights.",
    "Damage was estimated at under $400.",
    "The subject left before officers arrived.",
    "Evidence was collected and logged.",
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


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def base_records(r, days, n, start, fmt, agency_code):
    """Plain records; dispositions that cite a number of another series carry it in `related`."""
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        disp, related = r.choice(DISP), []
        if disp == "Arrest":
            num = f"BK25-{r.randint(10000, 99999)}"
            disp, related = f"Arrest, booking {num}", [("booking_number", num)]
        elif disp == "Citation":
            num = f"{agency_code}{r.randint(100000, 999999)}"
            disp, related = f"Citation {num}", [("citation", num)]
        elif disp == "Other agency":
            num = f"SO25-{r.randint(100000, 999999)}"
            disp, related = f"Referred to Sheriff ({num})", [("other_agency_case", num)]
        recs.append(
            {
                "case_number": fmt(k),
                "day": d,
                "h": h,
                "m": m,
                "type": r.choice(TYPES),
                "location": addr(r),
                "disposition": disp,
                "related": related,
                "summary": " ".join(r.sample(NARR, 2)),
            }
        )
    return recs


def bates(c, w, prefix, n, y=22):
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(w - 30, y, f"{prefix} {n:06d}")


# ---------------------------------------------------------------- A: Halvergate Cove, log + withholding index


def hc_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"HC25-{k:05d}", "HC")
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['h']:02d}:{rec['m']:02d}"
        if r.random() < 0.18:
            rec["location"] = "WITHHELD GC 7923.600(a)"
            rec["withheld"] = True
    return recs


def draw_hc(path, recs, label, pages, bates0):
    w, h = letter
    c = new_canvas(path, letter)
    cols = [(36, "Incident No."), (104, "Reported"), (184, "Type"), (318, "Location"), (462, "Disposition")]
    page = [0]

    def head(title="DAILY INCIDENT LOG"):
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "HALVERGATE COVE POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 52, f"{title} - {label}")
        c.drawRightString(w - 36, h - 40, "Response to records request PRA-2025-0318")
        c.drawRightString(w - 36, h - 52, "Records Unit (707) 555-0163")
        c.setFont("Helvetica-Oblique", 7)
        c.drawCentredString(
            w / 2,
            34,
            "Produced under the California Public Records Act. Redactions are marked with the statute relied on.",
        )
        bates(c, w, "HCPD-PRA", bates0 + page[0])
        return h - 70

    y = head()

    def colheads(y):
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 36, y - 3)
        return y - 13

    y = colheads(y)
    for rec in recs:
        rec["bates"] = f"HCPD-PRA {bates0 + page[0]:06d}"
        cells = [
            wrap(rec["type"], "Helvetica", 7, 128),
            wrap(rec["location"], "Helvetica", 7, 138),
            wrap(rec["disposition"], "Helvetica", 7, 112),
        ]
        lines = max(map(len, cells))
        if y - 9 * lines < 56:
            c.showPage()
            y = colheads(head())
            rec["bates"] = f"HCPD-PRA {bates0 + page[0]:06d}"
        c.setFont("Helvetica", 7)
        c.drawString(36, y, rec["case_number"])
        c.drawString(104, y, rec["reported_at"])
        for (x, _), cell in zip(cols[2:], cells):
            for j, t in enumerate(cell):
                if t.startswith("WITHHELD"):
                    c.rect(x - 1, y - 2, c.stringWidth(t, "Helvetica", 7) + 2, 8.5, stroke=1, fill=0)
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 3
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 6, f"Total incidents listed: {len(recs)}")
    c.showPage()
    y = head("WITHHOLDING INDEX")
    held = [rec for rec in recs if rec.get("withheld")]
    c.setFont("Helvetica", 8)
    for line in wrap(
        "The following entries of the log above were released in part. Each line gives the "
        "incident, the produced page, the information withheld and the authority.",
        "Helvetica",
        8,
        w - 72,
    ):
        c.drawString(36, y, line)
        y -= 10
    y -= 6
    c.setFont("Helvetica-Bold", 7.5)
    for x, t in [(36, "Item"), (66, "Incident No."), (136, "Bates page"), (226, "Withheld"), (380, "Authority")]:
        c.drawString(x, y, t)
    c.line(36, y - 3, w - 36, y - 3)
    y -= 13
    c.setFont("Helvetica", 7)
    for i, rec in enumerate(held, 1):
        c.drawString(36, y, f"{i}.")
        c.drawString(66, y, rec["case_number"])
        c.drawString(136, y, rec["bates"])
        c.drawString(226, y, "Location of occurrence (victim residence)")
        c.drawString(380, y, "Gov. Code 7923.600(a); 7927.705")
        y -= 10
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Entries in this index: {len(held)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Tarnby Wells, spreadsheet printout


def tw_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"TW-25-{k:05d}", "TWC")
    for rec in recs:
        rec["date"], rec["time"] = mdy(rec["day"]), f"{rec['h']:02d}:{rec['m']:02d}"
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        rec["note"] = rec["summary"]
        if r.random() < 0.15:
            num = f"CHP 25-{r.randint(10000, 99999)}"
            rec["note"] += f" Crash report {num} by CHP."
            rec["related"].append(("other_agency_case", num))
        rec["summary"] = rec["note"]
        if r.random() < 0.12:
            rec["location"] = "REDACTED (GC 7923.600)"
    return recs


def draw_tw(path, recs, label, pages, bates0):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    gx = 58  # left edge of column A (row-number gutter before it)
    widths = [40, 74, 62, 40, 150, 150, 176]
    letters = "ABCDEFG"
    xs = [gx]
    for wd in widths:
        xs.append(xs[-1] + wd)
    rowh, page, row = 13, [0], [0]

    def cell_row(y, values, bold=False, fill=None):
        row[0] += 1
        if fill:
            c.setFillGray(fill)
            c.rect(gx, y - 3, xs[-1] - gx, rowh, stroke=0, fill=1)
            c.setFillGray(0)
        c.setStrokeGray(0.7)
        c.rect(30, y - 3, gx - 30, rowh, stroke=1, fill=0)
        for x0, x1 in zip(xs, xs[1:]):
            c.rect(x0, y - 3, x1 - x0, rowh, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawRightString(gx - 4, y, str(row[0]))
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7)
        for x0, v in zip(xs, values):
            c.drawString(x0 + 2, y, v)
        return y - rowh

    def merged_row(y, text):
        row[0] += 1
        c.setStrokeGray(0.7)
        c.rect(30, y - 3, gx - 30, rowh, stroke=1, fill=0)
        c.rect(xs[0], y - 3, xs[1] - xs[0], rowh, stroke=1, fill=0)
        c.rect(xs[1], y - 3, xs[-1] - xs[1], rowh, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawRightString(gx - 4, y, str(row[0]))
        c.setFont("Helvetica-Oblique", 6.8)
        c.drawString(xs[1] + 2, y, text)
        return y - rowh

    def head():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(30, h - 24, "TW_calls_with_reports_2025-10.xlsx")
        c.drawRightString(w - 30, h - 24, "Sheet1")
        y = h - 44
        c.setFillGray(0.88)
        c.rect(30, y - 3, xs[-1] - 30, rowh, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 7)
        for x0, x1, L in zip(xs, xs[1:], letters):
            c.drawCentredString((x0 + x1) / 2, y, L)
        y -= rowh
        if page[0] == 1:
            row[0] = 0
            y = cell_row(y, [f"TARNBY WELLS POLICE DEPARTMENT - CALLS WITH REPORTS - {label}"], bold=True)
            y = cell_row(y, ["Released under PRA request 25-771; column F redacted where marked (GC 7923.600)"])
        save = row[0]
        row[0] = 2
        y = cell_row(
            y, ["Seq", "Report #", "Date", "Time", "Call Type", "Address", "Disposition"], bold=True, fill=0.93
        )
        row[0] = max(save, 3)
        c.setFont("Helvetica", 7)
        c.drawString(30, 20, f"Page {page[0]}")
        bates(c, w, "TWPD", bates0 + page[0])
        return y

    y = head()
    comments = []
    for i, rec in enumerate(recs, 1):
        if y - 2 * rowh < 40:
            c.showPage()
            y = head()
        loc = rec["location"]
        y = cell_row(y, [str(i), rec["case_number"], rec["date"], rec["time"], rec["type"], loc, rec["disposition"]])
        if any(k == "citation" for k, _ in rec["related"]):
            comments.append((f"G{row[0]}", f"Citation book entry checked against {rec['related'][0][1]}."))
        if i % 9 == 4:
            comments.append((f"B{row[0]}", f"Supplemental report filed under {rec['case_number']}."))
        y = merged_row(y, "Note: " + rec["note"])
    y = cell_row(y, ["", "Count", str(len(recs))], bold=True)
    c.showPage()
    page[0] += 1
    c.setFont("Helvetica-Bold", 10)
    c.drawString(30, h - 40, "Comments")
    c.setFont("Helvetica", 7.5)
    y = h - 60
    for cell, text in comments:
        c.drawString(30, y, f"Cell: {cell}")
        c.drawString(30, y - 10, f"Comment: records clerk: {text}")
        y -= 26
        if y < 50:
            bates(c, w, "TWPD", bates0 + page[0])
            c.showPage()
            page[0] += 1
            c.setFont("Helvetica", 7.5)
            y = h - 40
    bates(c, w, "TWPD", bates0 + page[0])
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Oriel Bay harbor, blocks behind slip sheets

OB_TYPES = [
    "Vessel Theft",
    "Dock Trespass",
    "Fuel Spill",
    "Boat Burglary",
    "Mooring Dispute",
    "Vandalism",
    "Welfare Check",
    "Disturbance",
    "Found Property",
    "Theft - Outboard Motor",
    "BUI",
    "Suspicious Vessel",
]


def ob_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"OBH-2025-{k:04d}", "OBC")
    for rec in recs:
        rec["type"] = r.choice(OB_TYPES)
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['h']:02d}{rec['m']:02d} hrs"
        rec["location"] = (
            f"Slip {r.choice('ABCDEFGH')}-{r.randint(1, 60)}, {r.choice(['North', 'East', 'West'])} Basin"
            if r.random() < 0.6
            else f"{r.randint(1, 9) * 100 + r.randint(0, 99)} Harbor Esplanade"
        )
    return recs


def draw_ob(path, recs, label, pages, bates0):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    parts = [("A", recs[: len(recs) // 2]), ("B", recs[len(recs) // 2 :])]

    def foot():
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, "Oriel Bay Harbor Police - Incident Detail - produced subject to redaction")
        bates(c, w, "OBHP", bates0 + page[0])

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 40, "ORIEL BAY HARBOR POLICE - INCIDENT DETAIL")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 40, f"Harbor Office (415) 555-0127   {label}")
        c.line(36, h - 46, w - 36, h - 46)
        foot()
        return h - 64

    for letter_, part in parts:
        page[0] += 1
        c.setFont("Helvetica-Bold", 40)
        c.drawCentredString(w / 2, h / 2 + 40, f"EXHIBIT {letter_}")
        c.setFont("Helvetica", 11)
        first, last = part[0]["day"], part[-1]["day"]
        c.drawCentredString(w / 2, h / 2 + 6, f"Harbor Police incident detail, {mdy(first)} to {mdy(last)}")
        c.drawCentredString(w / 2, h / 2 - 12, f"{len(part)} incident printouts follow this sheet")
        c.setFont("Helvetica-Oblique", 9)
        c.drawCentredString(w / 2, h / 2 - 34, "Slip sheet - not a page of the record")
        foot()
        c.showPage()
        y = head()
        for rec in part:
            narr = wrap(rec["summary"], "Helvetica", 8, w - 72 - 90)
            need = 16 + 11 * 5 + 10 * len(narr) + 14
            if y - need < 50:
                c.showPage()
                y = head()
            c.setFillGray(0.9)
            c.rect(36, y - 4, w - 72, 14, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(40, y, "Incident Number:")
            c.drawString(126, y, rec["case_number"])
            y -= 16
            pairs = [
                ("Reported:", rec["reported_at"]),
                ("Incident Type:", rec["type"]),
                ("Location:", rec["location"]),
                ("Reporting Party:", None),
                ("Disposition:", rec["disposition"]),
            ]
            for lab, val in pairs:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(40, y, lab)
                c.setFont("Helvetica", 8)
                if val is None:
                    code = "GC 7923.600(a)"
                    c.rect(126, y - 2.5, 160, 10, stroke=0, fill=1)
                    c.setFillGray(1)
                    c.drawString(130, y, code)
                    c.setFillGray(0)
                else:
                    c.drawString(126, y, val)
                y -= 11
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, "Narrative:")
            c.setFont("Helvetica", 8)
            for line in narr:
                c.drawString(126, y, line)
                y -= 10
            y -= 12
        c.showPage()
    page[0] += 1
    c.setFont("Helvetica-Bold", 10)
    c.drawString(36, h - 60, f"Incident printouts produced: {len(recs)}")
    c.setFont("Helvetica", 9)
    c.drawString(36, h - 76, "Exhibit A and Exhibit B together. Redactions: GC 7923.600(a) (reporting party).")
    foot()
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Cresthaven, narrative with withheld pages


def ch_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"CH25-{k:05d}", "CHV")
    for rec in recs:
        rec["time"] = f"{rec['h']:02d}{rec['m']:02d}"
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['time']}"
    return recs


def draw_ch(path, recs, label, pages, bates0):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 12)
        c.drawString(54, h - 46, "Cresthaven Police Department - Watch Commander Narrative")
        c.setFont("Times-Roman", 9)
        c.drawString(54, h - 59, f"{label} - copy released in part")
        c.drawRightString(w - 54, h - 59, "(530) 555-0188")
        bates(c, w, "CHPD", bates0 + page[0], y=28)
        return h - 84

    def withheld():
        page[0] += 1
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(w / 2, h / 2 + 20, "PAGE WITHHELD IN FULL")
        c.setFont("Helvetica", 10)
        c.drawCentredString(w / 2, h / 2 - 4, "Authority: Government Code 7923.605 (investigative records)")
        c.drawCentredString(w / 2, h / 2 - 20, "Original page 1 of 1 of supplemental narrative withheld")
        bates(c, w, "CHPD", bates0 + page[0], y=28)
        c.showPage()

    y = head()
    last_day, pcount = None, 0
    for rec in recs:
        first = f"{rec['time']} hrs   {rec['type']} - {rec['location']}. Report No. {rec['case_number']}."
        body = wrap(f"{rec['summary']} Outcome: {rec['disposition']}.", "Times-Roman", 9.5, w - 108 - 36)
        need = 13 * (1 + len(body)) + (26 if rec["day"] != last_day else 0)
        if y - need < 60:
            c.showPage()
            pcount += 1
            if pcount % 2 == 1:
                withheld()
            y = head()
        if rec["day"] != last_day:
            c.setFont("Times-Bold", 10.5)
            c.drawString(54, y, datetime.date(*rec["day"]).strftime("%A, %B %-d, %Y"))
            y -= 20
            last_day = rec["day"]
        c.setFont("Times-Bold", 9.5)
        c.drawString(54, y, first)
        c.setFont("Times-Roman", 9.5)
        for j, line in enumerate(body):
            c.drawString(90, y - 13 * (j + 1), line)
        y -= 13 * (1 + len(body)) + 6
    c.setFont("Times-Bold", 10)
    c.drawString(54, y - 10, f"Entries this narrative: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Mirada Springs, control number first


def ms_records(r, days, n, start):
    recs = base_records(r, days, n, start, lambda k: f"{k:07d}", "MSC")
    for i, rec in enumerate(recs, 1):
        rec["date"], rec["time"] = mdy(rec["day"]), f"{rec['h']:02d}{rec['m']:02d}"
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        rec["control"] = f"PRA-0412-{i:04d}"
        rec["related"].append(("production_control_number", rec["control"]))
        rec["case_number"] = f"25-{rec['case_number']}"
        if r.random() < 0.1:
            rec["location"] = "[R1]"
    return recs


def draw_ms(path, recs, label, pages, bates0):
    w, h = landscape(letter)
    c = new_canvas(path, landscape(letter))
    cols = [
        (30, "Ctrl No."),
        (104, "Date"),
        (156, "Time"),
        (190, "Nature of Call"),
        (330, "Address"),
        (470, "Case No."),
        (530, "Disposition"),
    ]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, h - 34, "MIRADA SPRINGS POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(30, h - 46, f"Calls for Service with Case Numbers - {label}")
        c.drawRightString(w - 30, h - 34, "Production set PRA-0412 (control numbers assigned on release)")
        c.drawRightString(w - 30, h - 46, f"page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 64, t)
        c.line(30, h - 67, w - 30, h - 67)
        bates(c, w, "MSPD-PRA", bates0 + page[0])
        c.setFont("Helvetica", 6.5)
        c.drawString(30, 22, "Redaction key: R1 = GC 7923.600(a) victim information; R2 = GC 7923.615 juvenile.")
        return h - 78

    y = head()
    for rec in recs:
        cells = [
            wrap(rec["type"], "Helvetica", 7, 134),
            wrap(rec["location"], "Helvetica", 7, 134),
            wrap(rec["disposition"], "Helvetica", 7, w - 30 - 530),
        ]
        lines = max(map(len, cells))
        if y - 9 * lines < 40:
            c.showPage()
            y = head()
        c.setFont("Courier", 7)
        c.drawString(30, y, rec["control"])
        c.setFont("Helvetica", 7)
        c.drawString(104, y, rec["date"])
        c.drawString(156, y, rec["time"])
        c.drawString(470, y, rec["case_number"])
        for x, cell in ((190, cells[0]), (330, cells[1]), (530, cells[2])):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        c.setStrokeGray(0.8)
        c.line(30, y - 9 * lines + 5, w - 30, y - 9 * lines + 5)
        c.setStrokeGray(0)
        y -= 9 * lines + 3
    c.setFont("Helvetica-Bold", 8)
    c.drawString(
        30, y - 8, f"Records released: {len(recs)}    Control numbers PRA-0412-0001 to PRA-0412-{len(recs):04d}"
    )
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = {
    "hc": ["reported_at", "type", "location", "disposition"],
    "tw": ["reported_at", "type", "location", "disposition", "summary"],
    "ob": ["reported_at", "type", "location", "disposition", "summary"],
    "ch": ["reported_at", "type", "location", "summary", "disposition"],
    "ms": ["reported_at", "type", "location", "disposition"],
}


def sample(rec, keys):
    s = {"case_number": rec["case_number"]}
    for k in keys:
        s[k] = rec[k]
    if rec["related"]:
        s["related_numbers"] = [num for _, num in rec["related"]]
    return s


def entry(path, key, agency, doc_type, layout, recs, fields, notes, count_check, seed):
    mid = len(recs) // 2
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs63.py (seed {SEED} + {seed})",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [
            {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
        ],
        "fields_present": fields,
        "sample_records": [sample(recs[i], SAMPLE_KEYS[key]) for i in (0, mid, len(recs) - 1)],
        "case_numbers_source": "written by the generator (make_blind_logs63.py) from the records it drew; checked "
        "by check_blind_logs63.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def one_agency(name, key, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start, bates0 in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None, bates0)
        draw(d / fname, recs, label, pages, bates0)
        gt.append(entry(d / fname, key, agency, doc_type, layout, recs, fields, notes, count_check, seed))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "hc": (
        "Portrait daily incident log produced under the Public Records Act: column titles repeated per page, "
        "no rules between rows. Columns Incident No. (HC25-NNNNN, the id), Reported ('10/06/2025 14:05'), "
        "Type, Location, Disposition (wraps; 'Arrest, booking BK25-NNNNN', 'Citation HCNNNNNN' and 'Referred "
        "to Sheriff (SO25-NNNNNN)' cite numbers of other series: related, not ids). Some locations are "
        "printed as a boxed 'WITHHELD GC 7923.600(a)' (the location as printed). Every page carries a Bates "
        "number 'HCPD-PRA 000NNN' bottom right. After 'Total incidents listed: N' a last page 'WITHHOLDING "
        "INDEX' lists the redacted entries AGAIN by incident number with their Bates page and the authority: "
        "those index lines are NOT records (the same ids a second time); it ends 'Entries in this index: K'.",
        "rows counted from the generator; 'Total incidents listed' equals record_count",
    ),
    "tw": (
        "Spreadsheet printed with gridlines, ROW NUMBERS in a left gutter and COLUMN LETTERS A-G across the "
        "top of every page; the title rows 1-2 only on the first page, the column titles (row 3: Seq, Report "
        "#, Date, Time, Call Type, Address, Disposition) repeated as a print-title row on every page. Each "
        "record takes TWO sheet rows: the data row (Seq 1..N is a running number, NOT the id; the id is "
        "Report # TW-25-NNNNN; Date and Time in separate cells, reported_at joins them) and a merged 'Note: "
        "...' row (summary; 'Crash report CHP 25-NNNNN' cites another agency, related). Row numbers thus "
        "run 4, 5, 6... two per record. Some addresses are printed 'REDACTED (GC 7923.600)' (location as "
        "printed). A 'Count' row ends the sheet; then a printed 'Comments' page lists "
        "cell comments by cell address ('Cell: G17'), citing citation numbers and ids again: not records. "
        "Bates 'TWPD 000NNN' on every page, 'Page n' bottom left.",
        "records counted from the generator; the 'Count' row equals record_count",
    ),
    "ob": (
        "Harbor police incident-detail printouts in labelled blocks, produced as two exhibits: each part "
        "opens with an EXHIBIT slip sheet (big 'EXHIBIT A' / 'EXHIBIT B', a date range, 'N incident "
        "printouts follow this sheet', 'Slip sheet - not a page of the record'). Each block: a grey bar "
        "'Incident Number: OBH-2025-NNNN' then labels Reported ('10/03/2025 1405 hrs'), Incident Type, "
        "Location (a slip and basin or an Esplanade address), Reporting Party (a BLACK BOX with the white "
        "text 'GC 7923.600(a)': a statute, not a number of the record), Disposition (with booking, citation "
        "or sheriff's case numbers: related), Narrative (summary, wraps). Blocks never split over pages. "
        "Bates 'OBHP 000NNN' on every page including slip sheets. Ends 'Incident printouts produced: N'.",
        "blocks counted from the generator; the closing count equals record_count",
    ),
    "ch": (
        "Watch commander narrative in Times, released in part: day headings ('Friday, October 10, 2025', "
        "printed only when the day changes) then one entry per incident: a bold first line '0614 hrs   "
        "Type - location. Report No. CH25-NNNNN.' and an indented paragraph (summary) ending 'Outcome: "
        "...' (disposition; booking, citation and sheriff's case numbers there are related). reported_at "
        "joins the heading's date and the time ('10/10/2025 0614'). Between every other pair of log pages "
        "a placeholder page 'PAGE WITHHELD IN FULL' citing Government Code 7923.605 is inserted (no "
        "records on it). Bates 'CHPD 000NNN' on every page. Ends 'Entries this narrative: N'.",
        "entries counted from the generator; 'Entries this narrative' equals record_count",
    ),
    "ms": (
        "Landscape calls-for-service listing released as production set PRA-0412. The FIRST column 'Ctrl "
        "No.' is the production's own control number PRA-0412-NNNN, one per row and running 1..N: it is NOT "
        "the record's id (kept as related, kind production_control_number). Then Date, Time (HHMM, "
        "separate columns; reported_at joins them), Nature of Call (type), Address (location), Case No. "
        "25-NNNNNNN (the id, sixth column), Disposition (wraps; booking, citation and sheriff's numbers "
        "related). Some addresses are printed '[R1]', a redaction code explained in the page footer "
        "(location as printed). Hairline under each row; header 'page n of N'; Bates 'MSPD-PRA 000NNN'; "
        "a redaction key "
        "citing GC sections in every page footer. Ends 'Records released: N    Control numbers ...'.",
        "rows counted from the generator; 'Records released' equals record_count",
    ),
}
FIELDS5 = ["case_number", "reported_at", "type", "location", "disposition"]


def main():
    one_agency(
        "halvergate-cove-ca-pd",
        "hc",
        1,
        [
            ("hcpd-daily-log-2025-10-06-07.pdf", days(10, 6, 7), "October 6-7, 2025", 104, 11830, 101),
            ("hcpd-daily-log-2025-10-08.pdf", days(10, 8, 8), "October 8, 2025", 58, 11990, 131),
        ],
        hc_records,
        draw_hc,
        "Halvergate Cove Police Department, CA [invented]",
        "daily incident log with a withholding index",
        "table with header",
        FIELDS5,
        *NOTES["hc"],
    )
    one_agency(
        "tarnby-wells-ca-pd",
        "tw",
        2,
        [("twpd-calls-with-reports-2025-10.pdf", days(10, 1, 31), "OCTOBER 2025", 86, 4120, 17)],
        tw_records,
        draw_tw,
        "Tarnby Wells Police Department, CA [invented]",
        "spreadsheet printout (gridlines, row numbers, column letters, cell comments)",
        "table with header",
        FIELDS5 + ["summary"],
        *NOTES["tw"],
    )
    one_agency(
        "oriel-bay-ca-harbor-police",
        "ob",
        3,
        [
            ("obhp-incident-detail-2025-09.pdf", days(9, 1, 30), "September 2025", 44, 310, 40),
            ("obhp-incident-detail-2025-10.pdf", days(10, 1, 31), "October 2025", 52, 372, 90),
        ],
        ob_records,
        draw_ob,
        "Oriel Bay Harbor Police, CA [invented]",
        "incident detail printouts in two exhibits behind slip sheets",
        "labelled blocks",
        FIELDS5 + ["summary"],
        *NOTES["ob"],
    )
    one_agency(
        "cresthaven-ca-pd",
        "ch",
        4,
        [
            ("chpd-watch-narrative-2025-10-06-12.pdf", days(10, 6, 12), "October 6-12, 2025", 61, 20410, 200),
            ("chpd-watch-narrative-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 67, 20560, 240),
        ],
        ch_records,
        draw_ch,
        "Cresthaven Police Department, CA [invented]",
        "watch commander narrative with pages withheld in full",
        "free text",
        FIELDS5 + ["summary"],
        *NOTES["ch"],
    )
    one_agency(
        "mirada-springs-ca-pd",
        "ms",
        5,
        [("mspd-cfs-2025-10-13-19.pdf", days(10, 13, 19), "October 13-19, 2025", 128, 5031200, 400)],
        ms_records,
        draw_ms,
        "Mirada Springs Police Department, CA [invented]",
        "calls for service with case numbers (production control number first)",
        "table with header",
        FIELDS5,
        *NOTES["ms"],
    )


if __name__ == "__main__":
    main()
