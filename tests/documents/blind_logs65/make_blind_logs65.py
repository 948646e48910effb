"""Generate the sixty-fifth held-out set of incident-log PDFs and their ground truth.

Five layouts, all logs printed from dashboards and business-intelligence tools: a pivot table
grouped by beat then incident type with type and beat subtotal rows; a weekly dashboard with KPI
tiles and a bar chart (labels and legend in the text layer) above a plain table; a paged web
grid, one screen a page, filters listed at the top, 'Showing 26-50 of 143' and a pager, the id
printed on the second line of the Incident cell; drill-through detail panels (labelled blocks)
whose breadcrumb repeats the id; a heat-map page (day by hour counts) followed by the chart's
tooltip texts, one free-text entry per event with the id last. Every agency, place and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode.
Run:
    python tests/documents/blind_logs65/make_blind_logs65.py [OUT_DIR]
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
SEED = 20251665
STREETS = ["Alderbrook", "Bellwether", "Cobbett", "Dunlevy", "Eskerfield", "Farrow", "Gristmill", "Hawthane",
           "Inverley", "Jessamine", "Kinnard", "Larchwood", "Merrivale", "Nettlebed", "Orrick", "Pardee",
           "Quiller", "Rushmere", "Stonecrop", "Tansley", "Umber", "Wicklow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = ["Burglary", "Theft", "Vandalism", "Assault", "Disturbance", "Suspicious Person", "Vehicle Theft",
         "Fraud", "Trespass", "Welfare Check", "Noise Complaint", "Shoplifting", "Harassment", "DUI"]
DISPO = ["Report taken", "Closed - no report", "Unfounded", "Referred", "Gone on arrival", "Advised",
         "Under investigation", "Cleared by arrest"]
NARR = ["Caller reported the activity by phone", "Officer located the reporting party on scene",
        "Area checked, nothing further", "Property listed on the report", "Parties separated and advised",
        "Security video requested from the business", "Reporting party declined a report",
        "Follow-up assigned to the day shift"]


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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def dow(d):
    return datetime.date(*d).strftime("%a")


def make_records(r, days, n, start, id_fmt, upper=False):
    """Plain dicts; `related` holds (kind, number) printed inside the disposition."""
    recs, k = [], start
    for d, h, m in day_times(r, days, n):
        k += r.choice((1, 1, 1, 2))
        disp, related = r.choice(DISPO), []
        roll = r.random()
        if roll < 0.09:
            num = f"CIT-{r.randint(100000, 999999)}"
            disp, related = f"Citation {num} issued", [("citation", num)]
        elif roll < 0.16:
            num = f"BKG25-{r.randint(1000, 9999)}"
            disp, related = f"Arrest, booking {num}", [("booking_number", num)]
        elif roll < 0.21:
            num = f"25-{r.randint(10000, 99999)}"
            disp, related = f"Referred to County SO (SO {num})", [("other_agency_case", num)]
        typ = r.choice(TYPES)
        rec = {"case_number": id_fmt.format(k), "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": typ.upper() if upper else typ, "location": addr(r, upper),
               "disposition": disp.upper() if upper else disp, "summary": r.choice(NARR) + ".",
               "related": related, "day": d, "hm": (h, m)}
        recs.append(rec)
    return recs


def header(c, w, h, title, sub, page, pages):
    c.setFont("Helvetica-Bold", 12)
    c.drawString(36, h - 36, title)
    c.setFont("Helvetica", 8)
    c.drawString(36, h - 50, sub)
    c.drawRightString(w - 36, h - 36, f"Page {page} of {pages or '?'}")
    c.drawRightString(w - 36, h - 50, "Records unit 555-0142")


# -- A: pivot table grouped by beat > type, subtotal rows ---------------------------------------------
def draw_pivot(path, recs, label, pages, agency):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    page = [1]
    cols = [("Beat", 36), ("Incident Type", 90), ("Report #", 210), ("Reported", 290),
            ("Location", 380), ("Disposition", 540), ("Count of Incident", 680)]

    def head():
        header(c, w, h, f"{agency} - Incident Pivot: Beat > Type", f"Report period {label}", page[0], pages)
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 64, f"Filters applied: Reported Date is {label}; Agency = BHPD; "
                                 "Record Type = Incident (Calls excluded)")
        c.setFillGray(0.85)
        c.rect(34, h - 84, w - 68, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        for t, x in cols:
            c.drawString(x, h - 80, t)
        return h - 98

    y = head()
    beats = sorted({rec["beat"] for rec in recs})
    for beat in beats:
        in_beat = [rec for rec in recs if rec["beat"] == beat]
        first_beat = True
        for typ in sorted({rec["type"] for rec in in_beat}):
            rows = [rec for rec in in_beat if rec["type"] == typ]
            need = 11 * (len(rows) + 2)
            if y - need < 50:
                c.showPage()
                page[0] += 1
                y = head()
                first_beat = True
            c.setFont("Helvetica-Bold", 8)
            if first_beat:
                c.drawString(cols[0][1], y, f"Beat {beat}")
                first_beat = False
            c.drawString(cols[1][1], y, typ)
            y -= 11
            c.setFont("Helvetica", 8)
            for rec in rows:
                c.drawString(cols[2][1], y, rec["case_number"])
                c.drawString(cols[3][1], y, rec["reported_at"])
                c.drawString(cols[4][1], y, rec["location"])
                c.drawString(cols[5][1], y, rec["disposition"])
                c.drawRightString(cols[6][1] + 60, y, "1")
                y -= 11
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(cols[1][1], y, f"{typ} Total")
            c.drawRightString(cols[6][1] + 60, y, str(len(rows)))
            y -= 13
        c.setFont("Helvetica-Bold", 8)
        c.line(36, y + 9, w - 36, y + 9)
        c.drawString(cols[0][1], y, f"Beat {beat} Total")
        c.drawRightString(cols[6][1] + 60, y, str(len(in_beat)))
        y -= 16
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y, "Grand Total")
    c.drawRightString(cols[6][1] + 60, y, str(len(recs)))
    c.save()
    return page[0]


def pivot_order(recs):
    return sorted(recs, key=lambda rec: (rec["beat"], rec["type"], rec["reported_at"][6:10],
                                         rec["reported_at"]))


# -- B: KPI tiles and a bar chart above a plain table ---------------------------------------------------
def draw_kpi(path, recs, label, pages, agency):
    w, h = letter
    c = new_canvas(path, (w, h))
    page = [1]
    header(c, w, h, f"{agency} - Weekly Operations Dashboard", f"Week {label}  |  exported from Insight BI",
           page[0], pages)
    arrests = sum(1 for rec in recs if rec["related"] and rec["related"][0][0] == "booking_number")
    cites = sum(1 for rec in recs if rec["related"] and rec["related"][0][0] == "citation")
    tiles = [("TOTAL INCIDENTS", str(len(recs))), ("ARRESTS", str(arrests)), ("CITATIONS", str(cites)),
             ("AVG RESPONSE (MIN)", "7.4")]
    for i, (t, v) in enumerate(tiles):
        x = 36 + i * 137
        c.setFillGray(0.92)
        c.roundRect(x, h - 130, 127, 62, 6, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 8, h - 82, t)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(x + 8, h - 110, v)
        c.setFont("Helvetica", 7)
        c.drawString(x + 8, h - 124, ["vs prior week +6%", "vs prior week -2", "vs prior week +1", "target 8.0"][i])
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, h - 152, "Incidents by type (top 6)")
    c.setFont("Helvetica", 7)
    c.drawString(300, h - 152, "Legend:  [#] This week   [=] Prior week")
    for i, (t, v) in enumerate(top):
        y = h - 170 - i * 14
        c.drawRightString(150, y, t)
        c.setFillGray(0.4)
        c.rect(156, y - 1, v * 18, 8, stroke=0, fill=1)
        c.setFillGray(0.75)
        c.rect(156, y - 4, max(1, v - 1) * 18, 2, stroke=0, fill=1)
        c.setFillGray(0)
        c.drawString(160 + v * 18, y, str(v))
    for tick in range(0, 25, 5):
        c.drawString(156 + tick * 18, h - 262, str(tick))
    cols = [("Incident No.", 36), ("Reported", 118), ("Type", 200), ("Location", 300), ("Disposition", 430)]

    def table_head(y):
        c.setFont("Helvetica-Bold", 8)
        for t, x in cols:
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 36, y - 3)
        return y - 14

    y = table_head(h - 290)
    for rec in recs:
        dl = wrap(rec["disposition"], "Helvetica", 8, 140)
        if y - 10 * len(dl) < 50:
            c.showPage()
            page[0] += 1
            header(c, w, h, f"{agency} - Weekly Operations Dashboard", f"Week {label} (table continued)",
                   page[0], pages)
            y = table_head(h - 76)
        c.setFont("Helvetica", 8)
        c.drawString(36, y, rec["case_number"])
        c.drawString(118, y, rec["reported_at"])
        c.drawString(200, y, rec["type"])
        c.drawString(300, y, rec["location"])
        for j, line in enumerate(dl):
            c.drawString(430, y - 10 * j, line)
        y -= 10 * len(dl) + 3
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(36, y - 6, "Data refreshed nightly; figures in tiles include only closed-out incidents.")
    c.save()
    return page[0]


# -- C: paged web grid, id on the second line of the Incident cell ------------------------------------
def draw_grid(path, recs, label, pages, agency):
    w, h = letter
    c = new_canvas(path, (w, h))
    per, n = 25, len(recs)
    screens = [recs[i:i + per] for i in range(0, n, per)]
    for s, rows in enumerate(screens):
        c.setFont("Helvetica", 7)
        c.drawString(36, h - 24, f"https://records.lindonmarsh.example/incidents?page={s + 1}&size=25")
        c.drawRightString(w - 36, h - 24, f"{s + 1}/{len(screens)}")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 44, f"{agency} - Public Incident Search")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 58, f"Filters:  Date range: {label}   x   Category: All   x   Status: All   x   "
                                 "Area: County-wide   x")
        c.drawString(36, h - 69, "Sort: Reported (oldest first)    Rows per page: 25    Export CSV | Print")
        c.setFillGray(0.88)
        c.rect(34, h - 90, w - 68, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        for t, x in (("Reported", 40), ("Incident", 130), ("Location", 300), ("Status", 440)):
            c.drawString(x, h - 85, t)
        y = h - 104
        for rec in rows:
            sl = wrap(rec["disposition"], "Helvetica", 8, 130)
            c.setFont("Helvetica", 8)
            c.drawString(40, y, rec["reported_at"])
            c.setFont("Helvetica-Bold", 8)
            c.drawString(130, y, rec["type"])
            c.setFont("Helvetica", 8)
            c.drawString(300, y, rec["location"])
            for j, line in enumerate(sl):
                c.drawString(440, y - 10 * j, line)
            c.setFont("Helvetica", 7)
            c.setFillGray(0.35)
            c.drawString(130, y - 10, f"Case {rec['case_number']}")
            c.setFillGray(0)
            y -= 10 * max(2, len(sl)) + 6
            c.setStrokeGray(0.8)
            c.line(36, y + 8, w - 36, y + 8)
            c.setStrokeGray(0)
        a, b = s * per + 1, s * per + len(rows)
        c.setFont("Helvetica", 8)
        c.drawString(36, y - 8, f"Showing {a}-{b} of {n}")
        nums = "  ".join(str(i + 1) if i != s else f"[{i + 1}]" for i in range(len(screens)))
        c.drawRightString(w - 36, y - 8, f"< Prev   {nums}   Next >")
        c.showPage()
    c.save()
    return len(screens)


# -- D: drill-through detail panels (labelled blocks), breadcrumb repeats the id ----------------------
def draw_panels(path, recs, label, pages, agency):
    w, h = letter
    c = new_canvas(path, (w, h))
    page = [1]

    def head():
        header(c, w, h, f"{agency} - Incident Detail Export", f"Drill-through report, {label}", page[0], pages)
        return h - 70

    y = head()
    c.setFont("Helvetica", 8)
    c.drawString(36, y, f"Source visual: Incidents by Type (bar). Records in this export: {len(recs)}. "
                        "Slicers: Campus = Main, Residence Halls.")
    y -= 16
    for rec in recs:
        labels = [("Incident ID", rec["case_number"]), ("Incident Type", rec["type"]),
                  ("Reported", rec["reported_at"]), ("Location", rec["location"]),
                  ("Outcome", rec["disposition"]), ("Synopsis", rec["summary"])]
        if rec["related"]:
            labels.append(("Linked records", rec["related"][0][1]))
        height = 14 + 11 * len(labels) + 14
        if y - height < 44:
            c.showPage()
            page[0] += 1
            y = head()
        c.setFillGray(0.93)
        c.rect(36, y - height + 6, w - 72, height, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 7)
        c.drawString(42, y - 4, f"Dashboard  >  Incidents by Type  >  {rec['type']}  >  {rec['case_number']}")
        c.drawRightString(w - 42, y - 4, f"Similar incidents this term: {rec['similar']}")
        yy = y - 18
        for lab, val in labels:
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(140, yy, lab)
            c.setFont("Helvetica", 8)
            c.drawString(150, yy, val)
            yy -= 11
        y -= height + 8
    c.save()
    return page[0]


# -- E: heat map then tooltip texts (free text) -------------------------------------------------------
def draw_heat(path, recs, label, pages, agency):
    w, h = letter
    c = new_canvas(path, (w, h))
    page = [1]
    header(c, w, h, f"{agency} - Calls Heat Map and Event Tooltips", f"Period {label}", page[0], pages)
    days = sorted({rec["day"] for rec in recs})
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, h - 74, "Events by day and hour block")
    c.setFont("Helvetica", 7)
    blocks = ["00-03", "04-07", "08-11", "12-15", "16-19", "20-23"]
    for j, b in enumerate(blocks):
        c.drawString(120 + j * 60, h - 90, b)
    for i, d in enumerate(days):
        y = h - 104 - i * 14
        c.drawString(36, y, f"{dow(d)} {d[1]}/{d[2]}")
        for j in range(6):
            v = sum(1 for rec in recs if rec["day"] == d and rec["hm"][0] // 4 == j)
            c.setFillGray(1 - min(v, 6) / 9)
            c.rect(118 + j * 60, y - 3, 56, 12, stroke=0, fill=1)
            c.setFillGray(0)
            c.drawString(124 + j * 60, y, str(v))
    y = h - 104 - len(days) * 14 - 6
    c.drawString(36, y, "Legend: 0   1-2   3-4   5+  (darker = more events)")
    c.drawString(300, y, f"Events plotted: {len(recs)}")
    y -= 26
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y, "Tooltip text of each plotted event")
    y -= 16
    for rec in recs:
        body = (f"{rec['location']}. {rec['summary']} Outcome: {rec['disposition']}. "
                f"Event {rec['case_number']}")
        lines = wrap(body, "Helvetica", 8, 300)
        if y - 11 * (len(lines) + 1) < 44:
            c.showPage()
            page[0] += 1
            header(c, w, h, f"{agency} - Calls Heat Map and Event Tooltips", f"Period {label} (continued)",
                   page[0], pages)
            y = h - 76
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, f"\u00bb {dow(rec['day'])} {rec['reported_at']} \u00b7 {rec['type']}")
        c.setFont("Helvetica", 8)
        for j, line in enumerate(lines):
            c.drawString(52, y - 11 * (j + 1), line)
        y -= 11 * (len(lines) + 1) + 6
    c.save()
    return page[0]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs65.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs65.py) from the records it drew; "
                               "checked by check_blind_logs65.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


AGENCIES = [
    # folder, seed, agency, short, doc type, layout, id format, upper, draw, fields, runs
    ("brackenridge-hollow-oh-pd", 1, "Brackenridge Hollow Police Department, OH [invented]", "Brackenridge Hollow PD",
     "incident pivot table (beat > type, subtotals)", "table with header", "BH25-{:05d}", False, draw_pivot,
     ["case_number", "reported_at", "type", "location", "disposition"],
     [("bhpd-incident-pivot-2025-10-01-15.pdf", days(10, 1, 15), "10/01/2025 - 10/15/2025", 88, 3300),
      ("bhpd-incident-pivot-2025-10-16-31.pdf", days(10, 16, 31), "10/16/2025 - 10/31/2025", 104, 3500)]),
    ("caddo-wells-tx-pd", 2, "Caddo Wells Police Department, TX [invented]", "Caddo Wells PD",
     "weekly operations dashboard (KPI tiles, bar chart, table)", "table with header", "CW-2025-{:05d}", True,
     draw_kpi, ["case_number", "reported_at", "type", "location", "disposition"],
     [("cwpd-weekly-dashboard-2025-10-20-26.pdf", days(10, 20, 26), "10/20/2025 - 10/26/2025", 121, 21400)]),
    ("lindon-marsh-county-ia-so", 3, "Lindon Marsh County Sheriff's Office, IA [invented]", "Lindon Marsh County SO",
     "public incident search, paged web grid printed screen by screen", "table with header", "LM25-{:06d}",
     False, draw_grid, ["case_number", "reported_at", "type", "location", "disposition"],
     [("lmso-incident-search-2025-10-13-19.pdf", days(10, 13, 19), "10/13/2025 - 10/19/2025", 143, 8100),
      ("lmso-incident-search-2025-10-20-26.pdf", days(10, 20, 26), "10/20/2025 - 10/26/2025", 67, 8400)]),
    ("tessaway-university-ri-pd", 4, "Tessaway University Police Department, RI [invented]", "Tessaway University PD",
     "incident detail export (drill-through panels)", "labelled blocks", "TU-25-{:04d}", False, draw_panels,
     ["case_number", "type", "reported_at", "location", "disposition", "summary"],
     [("tupd-detail-export-2025-09.pdf", days(9, 1, 30), "September 2025", 46, 1200),
      ("tupd-detail-export-2025-10.pdf", days(10, 1, 31), "October 2025", 53, 1320)]),
    ("morrow-gap-nc-pd", 5, "Morrow Gap Police Department, NC [invented]", "Morrow Gap PD",
     "calls heat map with event tooltip texts", "free text", "MG25-{:04d}", False, draw_heat,
     ["case_number", "reported_at", "type", "location", "summary", "disposition"],
     [("mgpd-heatmap-tooltips-2025-10-13-19.pdf", days(10, 13, 19), "10/13/2025 - 10/19/2025", 72, 5100)]),
]

NOTES = {
    "brackenridge-hollow-oh-pd": (
        "Landscape PIVOT TABLE exported from a BI tool: row groups Beat > Incident Type, grey column-title band "
        "repeated per page, 'Filters applied:' line under the title. A bold group line carries 'Beat N' (first "
        "type of a beat on a page only) and the incident type; the rows under it print only Report # (BH25-NNNNN), "
        "Reported 'MM/DD/YYYY HH:MM', Location, Disposition and a 'Count of Incident' column of 1s: the type of a "
        "row is its group line's. Each type group ends with an italic '<Type> Total  n' row and each beat with "
        "'Beat N Total  n' and the document with 'Grand Total  N': subtotal rows look like rows but are NOT "
        "records. Rows are ordered by beat, then type, then time, so the document is NOT in time order. "
        "Dispositions cite citations (CIT-NNNNNN), bookings (BKG25-NNNN) and county sheriff cases "
        "(SO 25-NNNNN): related, not ids.",
        "rows counted from the generator; 'Grand Total' equals record_count"),
    "caddo-wells-tx-pd": (
        "Weekly operations DASHBOARD in upper case: page 1 opens with four KPI tiles (label above a large "
        "number: TOTAL INCIDENTS, ARRESTS, CITATIONS, AVG RESPONSE (MIN), each with a 'vs prior week' caption), "
        "then a horizontal bar chart 'Incidents by type (top 6)' whose category labels, value labels, axis ticks "
        "and legend are in the text layer, then the table: Incident No. (CW-2025-NNNNN), Reported 'MM/DD/YYYY "
        "HH:MM', Type, Location, Disposition (wraps). Titles repeated on later pages. Chart and tile numbers "
        "are NOT records. Dispositions cite CIT-, BKG25- and SO numbers (related).",
        "rows counted from the generator; the TOTAL INCIDENTS tile equals record_count"),
    "lindon-marsh-county-ia-so": (
        "Public incident search web GRID printed one screen (25 rows) a page: URL line, title, a 'Filters:' line "
        "with chip 'x' marks, sort and rows-per-page line, grey column titles Reported / Incident / Location / "
        "Status. The Incident cell holds the type in bold and, on its SECOND line in small grey type, "
        "'Case LM25-NNNNNN' (the id): the id is never on the row's first line. Each screen ends 'Showing a-b of "
        "N' and a pager '< Prev 1 [2] 3 ... Next >' whose digits are not records. Status (disposition) wraps and "
        "cites CIT-, BKG25- and SO numbers (related).",
        "rows counted from the generator; every 'Showing a-b of N' says N = record_count"),
    "tessaway-university-ri-pd": (
        "Drill-through DETAIL EXPORT from a BI dashboard, labelled blocks on grey panels. Each panel opens with a "
        "breadcrumb 'Dashboard > Incidents by Type > <type> > <id>' (the id is printed TWICE per record: in the "
        "breadcrumb and after 'Incident ID'), with 'Similar incidents this term: n' at the right (a count, not a "
        "record). Labels right-aligned: Incident ID (TU-25-NNNN), Incident Type, Reported 'MM/DD/YYYY HH:MM', "
        "Location, Outcome (disposition), Synopsis (summary), and sometimes 'Linked records' with a citation, "
        "booking or county case number (related). Page 1 says 'Records in this export: N'.",
        "panels counted from the generator; 'Records in this export' equals record_count"),
    "morrow-gap-nc-pd": (
        "Page 1 is a HEAT MAP of events by day (rows 'Mon 10/13') and six hour blocks (columns '00-03'...), each "
        "cell a count, a legend and 'Events plotted: N'; the cells are NOT records. Then 'Tooltip text of each "
        "plotted event': one free-text entry per event, a bold line '>> Mon 10/13/2025 14:05 . <type>' "
        "(reported_at without the weekday) and an indented paragraph: location, a sentence of narrative "
        "(summary), 'Outcome: <disposition>.' and last 'Event MG25-NNNN' (the id, at the END of the entry). "
        "Paragraphs wrap; the outcome cites CIT-, BKG25- and SO numbers (related).",
        "entries counted from the generator; 'Events plotted' equals record_count"),
}


def main():
    for folder, seed, agency, short, doc_type, layout, id_fmt, upper, draw, fields, runs in AGENCIES:
        r = random.Random(SEED + seed)
        d = OUT / folder
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fname, ds, label, n, start in runs:
            recs = make_records(r, ds, n, start, id_fmt, upper)
            for rec in recs:
                rec["beat"] = r.randint(1, 4)
                rec["similar"] = r.randint(2, 19)
            if draw is draw_pivot:
                recs = pivot_order(recs)
            pages = draw(d / fname, recs, label, None, short)
            draw(d / fname, recs, label, pages, short)
            gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, *NOTES[folder]))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
