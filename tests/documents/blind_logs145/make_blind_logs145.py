"""Generate a held-out set of incident listings printed from crime dashboards and BI reports (blind_logs145).

Five layouts: a Power BI report (KPI cards, slicers, a bar chart with data labels, a table visual cut
off after a few rows with `and N more rows`, tooltip boxes, then the visual's `Show as a table` pages
with every row); a Tableau dashboard whose tooltips use the same `Label: value` lines as the incident
cards of its last sheet; an ArcGIS Dashboards print whose list element shows the newest items only
(newest first) before the full list; a Socrata-style dataset page (about box, columns, top values,
table preview) followed by the print view of every row as numbered paragraphs; a BI matrix grouped by
beat with subtotal rows, after a bar chart whose axis labels are case numbers. Everything is invented.
Output is deterministic: fixed seed, reportlab invariant mode. Run:
    python tests/documents/blind_logs145/make_blind_logs145.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261145
TYPES = ["Theft from vehicle", "Burglary - residence", "Vandalism", "Welfare check", "Disturbance - noise",
         "Suspicious person", "Traffic collision", "Shoplifting", "Fraud - phone scam", "Trespass",
         "Found property", "Assault - simple", "Harassment", "Stolen bicycle", "Burglary - business",
         "Driving under the influence"]
DISPS = ["Report taken", "Closed", "Arrest made", "Referred to detectives", "Unfounded", "Citation issued",
         "Gone on arrival", "Open - investigating"]
STREETS = ["Alder Street", "Copperline Road", "Gristmill Avenue", "Hatchet Lane", "Plover Court", "Tamarack Drive",
           "Osier Street", "Windlass Way", "Culvert Road", "Bellflower Avenue", "Juniper Row", "Saltbox Lane"]
PLACES = ["Riverwalk Plaza", "Depot Street parking garage", "Community Center east lot", "Fairview Middle School",
          "Harbor Market", "Eastgate Shopping Center"]
NOARREST = ("Welfare check", "Found property", "Traffic collision", "Suspicious person")


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


def disp(r, typ):
    d = r.choice(DISPS)
    while d == "Arrest made" and typ in NOARREST:
        d = r.choice(DISPS)
    return d


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def location(r):
    k = r.random()
    if k < 0.55:
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)}"
    if k < 0.8:
        a, b = r.sample(STREETS, 2)
        return f"{a} and {b}"
    return r.choice(PLACES)


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def T(x, y, text, font="Helvetica", size=9, gray=0):
    return ("t", x, y, text, font, size, gray)


def R(x, y, w, h, stroke=0.6, fill=None):
    return ("r", x, y, w, h, stroke, fill)


def draw(path, size, pages):
    """pages: lists of ops; ("t", x, y, text, font, size, gray) or ("r", x, y, w, h, stroke gray, fill gray)."""
    c = new_canvas(path, size)
    for ops in pages:
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, st, fi = op
                if fi is not None:
                    c.setFillGray(fi)
                if st is not None:
                    c.setStrokeGray(st)
                c.rect(x, y, w, h, stroke=st is not None, fill=fi is not None)
            else:
                _, x, y, text, font, fs, gray = op
                c.setFillGray(gray)
                c.setFont(font, fs)
                c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    n = len(recs)
    fields = ["reported_at", "type", "location", "disposition"]
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs145.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec.get("rel", [])],
        "fields_present": ["case_number"] + fields + (["beat"] if "beat" in recs[0] else []),
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs145.py) from the records it drew; "
                               "checked by check_blind_logs145.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def bar_chart(ops, x0, y0, w, h, labels, values, title):
    """Vertical bar chart with axis labels under and data labels over the bars."""
    ops.append(T(x0, y0 + h + 14, title, "Helvetica-Bold", 10))
    ops.append(R(x0, y0, w, h, 0.8, None))
    top = max(values)
    bw = w / len(values)
    for i, (lab, v) in enumerate(zip(labels, values)):
        bh = (h - 20) * v / top
        ops.append(R(x0 + i * bw + 6, y0, bw - 12, bh, None, 0.55))
        ops.append(T(x0 + i * bw + bw / 2 - 4, y0 + bh + 3, str(v), "Helvetica", 8))
        ops.append(T(x0 + i * bw + 4, y0 - 11, lab, "Helvetica", 7.5))


# 1 ------------------------------------------------------------------ Marrowgate, VT: Power BI report
def marrowgate(d, r):
    agency = "Marrowgate Police Department, VT [invented]"
    size = landscape(letter)
    W, H = size
    gt, num = [], 4410
    cols = [40, 130, 232, 382, 430, 640]
    head = ["Case Number", "Reported", "Offense", "Beat", "Location", "Status"]
    for fname, first, n, label, asof in [
            ("marrowgate-powerbi-incidents-2025-10-06-12.pdf", 6, 56, "10/6/2025 - 10/12/2025", "10/13/2025 6:00 AM"),
            ("marrowgate-powerbi-incidents-2025-10-13-19.pdf", 13, 63, "10/13/2025 - 10/19/2025", "10/20/2025 6:00 AM")]:
        recs = []
        for t in stamps(r, datetime.datetime(2025, 10, first), n, 7):
            num += r.randint(1, 4)
            rec = {"case_number": f"MG25-{num:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES), "beat": f"Beat {r.randint(1, 6)}", "location": location(r)}
            rec["disposition"] = disp(r, rec["type"])
            recs.append(rec)
        shown = r.choice([6, 7, 8])

        def row(y, rec, bold=False):
            vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["beat"][5:], rec["location"],
                    rec["disposition"]]
            return [T(x, y, v, "Helvetica-Bold" if bold and x == cols[0] else "Helvetica", 8.5)
                    for x, v in zip(cols, vals)]

        def chrome(ops, tab, asof=asof):
            ops.append(R(0, H - 34, W, 34, None, 0.15))
            ops.append(T(40, H - 23, "Marrowgate Police [invented] | Weekly Incident Report", "Helvetica-Bold", 13, 1))
            ops.append(T(W - 250, H - 23, f"Data as of {asof}", "Helvetica", 9, 1))
            x = 40
            for name in ["Overview", "Beats", "Details", "Data"]:
                ops.append(R(x, 14, 70, 16, 0.5, 0.35 if name == tab else 0.92))
                ops.append(T(x + 8, 19, name, "Helvetica", 8.5, 1 if name == tab else 0))
                x += 76
        pages = []
        ops = []
        chrome(ops, "Overview")
        ops.append(T(40, H - 52, f"Reporting period: {label}   Filters applied: Offense (All), Beat (All)",
                     "Helvetica", 9))
        arrests = sum(rec["disposition"] == "Arrest made" for rec in recs)
        cleared = sum(rec["disposition"] in ("Arrest made", "Citation issued", "Closed") for rec in recs)
        cards = [(str(n), "Total Incidents"), (str(arrests), "Arrests"),
                 (f"{100 * cleared / n:.1f}%", "Clearance Rate"), (f"{r.randint(110, 260) / 10:.1f} min", "Avg Response")]
        for i, (big, lab) in enumerate(cards):
            x = 200 + i * 140
            ops.append(R(x, H - 130, 128, 64, 0.6, None))
            ops.append(T(x + 10, H - 104, big, "Helvetica-Bold", 26))
            ops.append(T(x + 10, H - 122, lab, "Helvetica", 9))
        ops.append(R(30, H - 400, 150, 330, 0.6, None))
        ops.append(T(38, H - 86, "Offense Type", "Helvetica-Bold", 9))
        y = H - 100
        for typ in sorted(set(rec["type"] for rec in recs)):
            ops.append(T(38, y, f"[x] {typ}", "Helvetica", 7.5))
            y -= 10
        y -= 6
        ops.append(T(38, y, "Beat", "Helvetica-Bold", 9))
        y -= 12
        for b in range(1, 7):
            ops.append(T(38, y, f"[x] Beat {b}", "Helvetica", 7.5))
            y -= 10
        beats = [sum(rec["beat"] == f"Beat {b}" for rec in recs) for b in range(1, 7)]
        bar_chart(ops, 200, H - 300, 540, 130, [f"Beat {b}" for b in range(1, 7)], beats, "Incidents by Beat")
        pages.append(ops)
        ops = []
        chrome(ops, "Details")
        ops.append(T(40, H - 56, "Incident Details (table visual)", "Helvetica-Bold", 11))
        y = H - 76
        ops.append(R(36, y - 4, W - 72, 14, None, 0.85))
        for x, h in zip(cols, head):
            ops.append(T(x, y, h, "Helvetica-Bold", 8.5))
        y -= 16
        for rec in recs[:shown]:
            ops += row(y, rec)
            y -= 13
        ops.append(T(40, y - 2, f"... and {n - shown} more rows", "Helvetica-Oblique", 8.5))
        y -= 40
        tips = r.sample(recs[shown:], 3)
        for i, rec in enumerate(tips):
            x = 40 + i * 240
            ops.append(R(x, y - 78, 225, 86, 0.4, 0.96))
            ops.append(T(x + 6, y - 4, "Tooltip", "Helvetica-Oblique", 7.5))
            for j, line in enumerate([f"Case: {rec['case_number']}", f"Offense: {rec['type']}",
                                      f"Beat: {rec['beat'][5:]}", f"Reported: {rec['reported_at']}"]):
                ops.append(T(x + 6, y - 18 - 13 * j, line, "Helvetica", 8.5))
        ops.append(T(40, y - 100, "Hover over a row to see its tooltip. Use Show as a table for all rows (Data tab).",
                     "Helvetica-Oblique", 8))
        pages.append(ops)
        rows_per = 30
        chunks = [recs[i:i + rows_per] for i in range(0, n, rows_per)]
        for k, chunk in enumerate(chunks):
            ops = []
            chrome(ops, "Data")
            ops.append(T(40, H - 56, f"Incident Details - Show as a table (all {n} rows)" + (" (continued)" if k else ""),
                         "Helvetica-Bold", 11))
            y = H - 78
            ops.append(R(36, y - 4, W - 72, 14, None, 0.85))
            for x, h in zip(cols, head):
                ops.append(T(x, y, h, "Helvetica-Bold", 8.5))
            y -= 16
            for rec in chunk:
                ops += row(y, rec)
                y -= 13
            if k == len(chunks) - 1:
                ops.append(T(40, y - 6, f"Total   {n}", "Helvetica-Bold", 9))
            pages.append(ops)
        for k, ops in enumerate(pages, 1):
            ops.append(T(W - 120, 19, f"Page {k} of {len(pages)}", "Helvetica", 8))
        path = d / fname
        draw(path, size, pages)
        gt.append(entry(path, agency, "weekly incident report printed from a Power BI report", "table with header",
                        recs,
                        "Power BI report printed to PDF: page tabs (Overview / Beats / Details / Data), a `Data as of` "
                        "stamp, KPI cards (the big total, arrests, clearance rate), an Offense/Beat slicer panel, a bar "
                        "chart with data labels. The Details page's table visual shows the first few rows, formatted "
                        "exactly like the full table, then `... and N more rows`; three tooltip boxes (`Case:`, "
                        "`Offense:`, ...) repeat later incidents. The records are the rows of `Show as a table (all N "
                        "rows)` on the Data pages, each once; the preview rows and tooltips are repeats. Ends `Total N`.",
                        "rows of the Show-as-a-table pages counted by the generator; the KPI card and `Total` agree"))
    return agency, gt


# 2 ------------------------------------------------------------------ Cobbleford County, ID: Tableau
def cobbleford(d, r):
    agency = "Cobbleford County Sheriff's Office, ID [invented]"
    n = 48
    recs, num = [], 1030
    zones = ["North", "South", "East", "West"]
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 6)
        rec = {"case_number": f"C25-{num}", "reported_at": f"{t.month}/{t.day}/2025 {ampm(t)}",
               "type": r.choice(TYPES), "location": location(r), "zone": r.choice(zones)}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    W, H = letter
    pages = []

    def card(ops, x, y, rec, tip=False):
        lines = [f"Case Number: {rec['case_number']}", f"Incident Type: {rec['type']}",
                 f"Reported: {rec['reported_at']}", f"Location: {rec['location']}",
                 f"Patrol Zone: {rec['zone']}", f"Status: {rec['disposition']}"]
        w = 250 if tip else 532
        ops.append(R(x - 6, y - 13 * len(lines) + 4, w, 13 * len(lines) + 8, 0.5, 0.97 if tip else None))
        for j, line in enumerate(lines):
            ops.append(T(x, y - 13 * j, line, "Helvetica", 9))

    ops = []
    ops.append(T(40, H - 44, "Cobbleford County Sheriff [invented] - Incident Dashboard", "Helvetica-Bold", 14))
    ops.append(T(40, H - 60, "Tableau workbook, printed: Dashboard 1, Sheet 2 (Incident Cards). "
                             "Data as of: Nov 1, 2025 12:05 AM (extract refresh)", "Helvetica", 8.5))
    ops.append(R(40, H - 118, 160, 46, 0.6, None))
    ops.append(T(48, H - 98, "SUM(Number of Records)", "Helvetica", 8))
    ops.append(T(48, H - 113, f"{n}", "Helvetica-Bold", 14))
    ops.append(T(220, H - 84, "Filters", "Helvetica-Bold", 9))
    ops.append(T(220, H - 97, "Incident Date: 10/1/2025 to 10/31/2025", "Helvetica", 8.5))
    ops.append(T(220, H - 109, "Patrol Zone: North, South, East, West", "Helvetica", 8.5))
    ops.append(T(220, H - 121, "Incident Type: (All)", "Helvetica", 8.5))
    by_zone = [sum(rec["zone"] == z for rec in recs) for z in zones]
    bar_chart(ops, 40, H - 290, 250, 130, zones, by_zone, "Incidents by Patrol Zone")
    ops.append(T(320, H - 146, "Incidents by Week (highlight table)", "Helvetica-Bold", 10))
    weeks = [(1, 7), (8, 14), (15, 21), (22, 28), (29, 31)]
    y = H - 162
    ops.append(T(320, y, "Week of", "Helvetica-Bold", 8.5))
    ops.append(T(430, y, "Incidents", "Helvetica-Bold", 8.5))
    for a, b in weeks:
        y -= 13
        c = sum(a <= int(rec["reported_at"].split("/")[1]) <= b for rec in recs)
        ops.append(R(425, y - 3, 40, 12, None, 0.9 - 0.05 * c))
        ops.append(T(320, y, f"Oct {a}-{b}", "Helvetica", 8.5))
        ops.append(T(432, y, str(c), "Helvetica", 8.5))
    ops.append(T(40, H - 330, "Tooltips (hover states captured at print)", "Helvetica-Bold", 10))
    tips = r.sample(recs, 4)
    for i, rec in enumerate(tips):
        card(ops, 46 + (i % 2) * 270, H - 352 - (i // 2) * 100, rec, tip=True)
    ops.append(T(40, 40, "Page 1", "Helvetica", 8))
    pages.append(ops)
    y, ops = 0, None
    for rec in recs:
        if ops is None or y < 130:
            ops = [T(40, H - 44, "Sheet 2: Incident Cards (all marks)", "Helvetica-Bold", 12),
                   T(40, H - 58, "Sorted by Reported, ascending. One card per incident.", "Helvetica", 8.5)]
            pages.append(ops)
            ops.append(T(40, 40, f"Page {len(pages)}", "Helvetica", 8))
            y = H - 86
        card(ops, 46, y, rec)
        y -= 92
    ops.append(T(46, y + 10, f"{n} marks", "Helvetica-Bold", 9))
    path = d / "cobbleford-tableau-incident-dashboard-2025-10.pdf"
    draw(path, letter, pages)
    gt = [entry(path, agency, "monthly incident dashboard printed from a Tableau workbook", "labelled blocks", recs,
                "Tableau workbook printed to PDF. Page 1 is the dashboard: a `SUM(Number of Records)` card, a filter "
                "panel, a bar chart by patrol zone with data labels, a week highlight table, and four tooltip boxes "
                "captured at print time. The tooltips use exactly the same `Case Number:` / `Incident Type:` / "
                "`Reported:` / `Location:` / `Patrol Zone:` / `Status:` lines as the incident cards, but they repeat "
                "incidents listed on the card sheet. The records are the cards of `Sheet 2: Incident Cards (all "
                "marks)`, each once, which ends `N marks`.",
                "cards counted by the generator; the `SUM(Number of Records)` card and `N marks` agree")]
    return agency, gt


# 3 ------------------------------------------------------------------ Pellworth, NM: ArcGIS Dashboards
def pellworth(d, r):
    agency = "Pellworth Police Department, NM [invented]"
    n = 72
    recs, num = [], 7120
    for t in stamps(r, datetime.datetime(2025, 10, 13), n, 14):
        num += r.randint(1, 3)
        rec = {"case_number": f"25-{num:05d}", "reported_at": f"{t.strftime('%a %b')} {t.day}, {ampm(t)}",
               "type": r.choice(TYPES), "location": location(r), "beat": str(r.choice([11, 12, 21, 22, 31]))}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    size = landscape(letter)
    W, H = size
    F, S, L = "Helvetica", 9, 12

    def item(rec, width):
        txt = (f"{rec['reported_at']} \u2014 {rec['type']} at {rec['location']} (Beat {rec['beat']}). "
               f"Incident {rec['case_number']}. {rec['disposition']}.")
        return wrap(txt, F, S, width)

    pages = []
    ops = [R(0, H - 36, W, 36, None, 0.2),
           T(30, H - 24, "Pellworth Police [invented] - Public Incident Dashboard", "Helvetica-Bold", 13, 1),
           T(W - 260, H - 24, "Last update: 10/27/2025, 5:00 AM", F, 9, 1)]
    ind = [(str(n), "Incidents, last 14 days"), (str(sum("Burglary" in x["type"] for x in recs)), "Burglaries"),
           (str(sum(x["disposition"] == "Arrest made" for x in recs)), "Arrests")]
    for i, (big, lab) in enumerate(ind):
        ops.append(R(30 + i * 120, H - 110, 110, 60, 0.6, None))
        ops.append(T(40 + i * 120, H - 84, big, "Helvetica-Bold", 24))
        ops.append(T(40 + i * 120, H - 102, lab, F, 8))
    beats = ["11", "12", "21", "22", "31"]
    bar_chart(ops, 30, H - 300, 340, 140, [f"Beat {b}" for b in beats], [sum(x["beat"] == b for x in recs) for b in beats],
              "Incidents by Beat (serial chart)")
    ops.append(R(30, 40, 340, 170, 0.6, 0.93))
    ops.append(T(38, 196, "Map: incident clusters (pins not printed)", "Helvetica-Oblique", 8))
    for i in range(6):
        cx, cy = 44 + 26 * i, 60 + (i * 37) % 110
        ops.append(R(cx, cy, 20, 14, 0.3, 0.8))
        ops.append(T(cx + 4, cy + 4, str(r.randint(3, 19)), "Helvetica-Bold", 8))
    sel = recs[r.randint(10, n - 10)]
    ops.append(R(214, 110, 150, 76, 0.3, 1))
    ops.append(T(220, 174, "Pop-up: selected feature", "Helvetica-Bold", 8))
    for j, line in enumerate([f"Incident {sel['case_number']}", sel["type"], sel["location"][:30], f"Beat {sel['beat']}",
                              sel["disposition"]]):
        ops.append(T(220, 162 - 11 * j, line, F, 8))
    shown = 10
    ops.append(T(400, H - 58, "Recent incidents (list, newest first)", "Helvetica-Bold", 10))
    ops.append(R(396, 40, W - 426, H - 104, 0.6, None))
    y = H - 76
    for rec in reversed(recs[-shown:]):
        for line in item(rec, W - 450):
            ops.append(T(404, y, line, F, S))
            y -= L
        y -= 5
    ops.append(T(404, y, f"Showing {shown} of {n}. Scroll the list to load more.", "Helvetica-Oblique", 8.5))
    pages.append(ops)
    y, ops = 0, None
    for rec in recs:
        lines = item(rec, 470)
        if ops is None or y - L * len(lines) < 50:
            ops = [T(30, H - 40, f"All incidents, oldest first ({n} features) - list element printed in full",
                     "Helvetica-Bold", 11)]
            pages.append(ops)
            y = H - 64
        for line in lines:
            ops.append(T(30, y, line, F, S))
            y -= L
        y -= 5
    ops.append(T(30, y - 4, f"End of list: {n} features.", "Helvetica-Bold", 9))
    for k, ops in enumerate(pages, 1):
        ops.append(T(W - 110, 24, f"Page {k} of {len(pages)}", F, 8))
    path = d / "pellworth-arcgis-dashboard-2025-10-13-26.pdf"
    draw(path, size, pages)
    gt = [entry(path, agency, "two-week public incident dashboard printed from ArcGIS Dashboards", "free text", recs,
                "ArcGIS Dashboards print: indicator cards (the total), a serial chart with data labels, a map with "
                "cluster counts and one pop-up box for a selected incident, and the list element `Recent incidents "
                "(list, newest first)` showing only the ten newest items in reverse order (`Showing 10 of N`). Every "
                "list item is a sentence: `<weekday month day, time> \u2014 <type> at <place> (Beat NN). Incident "
                "25-NNNNN. <status>.` with the number in the middle, wrapped over lines. The records are the items "
                "of `All incidents, oldest first (N features)`, each once; the panel's items and the pop-up are "
                "repeats. The date has no year (as printed). Ends `End of list: N features.`",
                "list items of the full list counted by the generator; indicator and end line agree")]
    return agency, gt


# 4 ------------------------------------------------------------------ Hollin Bay, ME: Socrata-style portal
def hollin(d, r):
    agency = "Hollin Bay Police Department, ME [invented]"
    n = 64
    recs, num = [], 820
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 5)
        loc = location(r).upper().replace(" BLOCK OF ", " BLOCK ")
        rec = {"case_number": f"HB25-{num:05d}", "reported_at": t.strftime("%Y-%m-%d %H:%M"),
               "type": r.choice(TYPES).upper(), "location": loc, "rel": []}
        rec["disposition"] = disp(r, rec["type"].capitalize()).upper()
        if r.random() < 0.15 and recs:
            rec["rel"].append(("supplement_to", f"HB25-{num - r.randint(200, 700):05d}"))
        recs.append(rec)
    W, H = letter
    F, S, L = "Helvetica", 9, 12

    def para(i, rec):
        txt = (f"case_number {rec['case_number']}; reported {rec['reported_at']}; offense {rec['type']}; "
               f"block_address {rec['location']}; status {rec['disposition']}")
        for _, x in rec["rel"]:
            txt += f"; supplement_to {x}"
        return f"{i}.", wrap(txt + ".", F, S, 480)

    pages = []
    ops = [R(0, H - 40, W, 40, None, 0.93),
           T(40, H - 26, "Hollin Bay Open Data [invented]  |  Public Safety  |  Police Incidents - October 2025",
             "Helvetica-Bold", 11),
           T(40, H - 62, "Police Incidents - October 2025", "Helvetica-Bold", 16),
           T(40, H - 78, "Updated November 2, 2025. Data provided by Hollin Bay Police Department. "
                         "Contact: Records Unit, 555-0164.", F, 9)]
    y = H - 106
    ops.append(T(40, y, "About this Dataset", "Helvetica-Bold", 11))
    for line in [f"Rows {n}", "Columns 6", "Views 1,384", "Downloads 77", "Data Last Updated November 2, 2025",
                 "Update frequency: Weekly", "License: Public Domain"]:
        y -= L
        ops.append(T(48, y, line, F, S))
    y -= 2 * L
    ops.append(T(40, y, "Columns in this Dataset", "Helvetica-Bold", 11))
    for i, (c, desc) in enumerate([("case_number", "Text. Report number, HB + year + serial."),
                                   ("reported", "Floating timestamp. Date and time reported."),
                                   ("offense", "Text. Offense or call type."),
                                   ("block_address", "Text. Address rounded to the block."),
                                   ("status", "Text. Case status at last update."),
                                   ("supplement_to", "Text. Earlier report this one supplements.")], 1):
        y -= L
        ops.append(T(48, y, f"{i}.", F, S))
        ops.append(T(66, y, f"{c} - {desc}", F, S))
    y -= 2 * L
    counts = {}
    for rec in recs:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    ops.append(T(40, y, "Top values: offense", "Helvetica-Bold", 11))
    for i, (k, v) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5], 1):
        y -= L
        ops.append(T(48, y, f"{i}.", F, S))
        ops.append(T(66, y, f"{k} ({v} rows)", F, S))
    y -= 2 * L
    ops.append(T(40, y, "Table Preview (first 5 rows)", "Helvetica-Bold", 11))
    y -= L + 2
    pc = [40, 118, 205, 330, 500]
    for x, h in zip(pc, ["case_number", "reported", "offense", "block_address", "status"]):
        ops.append(T(x, y, h, "Helvetica-Bold", 8))
    ops.append(R(38, y - 3, 536, 12, 0.6, None))
    for rec in recs[:5]:
        y -= L
        for x, v in zip(pc, [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"]]):
            ops.append(T(x, y, v[:30], F, 7.5))
    y -= L
    ops.append(T(40, y, "View Data  |  Export  |  API  |  Visualize", F, 8.5))
    pages.append(ops)
    ops = [T(40, H - 40, f"Print view: all rows ({n}), one numbered row per paragraph", "Helvetica-Bold", 11)]
    pages.append(ops)
    y = H - 62
    for i, rec in enumerate(recs, 1):
        lab, lines = para(i, rec)
        if y - L * len(lines) < 50:
            ops = [T(40, H - 40, "Print view (continued)", "Helvetica-Bold", 11)]
            pages.append(ops)
            y = H - 62
        ops.append(T(40, y, lab, F, S))
        for line in lines:
            ops.append(T(66, y, line, F, S))
            y -= L
        y -= 4
    ops.append(T(40, y - 4, f"Showing rows 1 to {n} of {n}.", "Helvetica-Bold", 9))
    for k, ops in enumerate(pages, 1):
        ops.append(T(40, 24, f"data.hollinbay.example.gov/resource/hb7q-2k4m  -  page {k} of {len(pages)}", F, 7.5))
    path = d / "hollin-bay-open-data-police-incidents-2025-10.pdf"
    draw(path, letter, pages)
    gt = [entry(path, agency, "monthly police incident dataset page printed from a Socrata-style open-data portal",
                "numbered paragraphs", recs,
                "Open-data dataset page printed to PDF: `About this Dataset` (`Rows N`), `Columns in this Dataset` as "
                "a numbered list, `Top values: offense` as a numbered list (1-5), and a `Table Preview (first 5 rows)` "
                "grid that repeats the first five records. The records are the numbered paragraphs of `Print view: "
                "all rows (N)`, each `N. case_number HB25-NNNNN; reported ...; offense ...; block_address ...; status "
                "...` wrapped over lines; some end `supplement_to HB25-NNNNN`, an earlier report shaped like an id "
                "(not a record here). Ends `Showing rows 1 to N of N.`",
                "numbered print-view paragraphs counted by the generator; `Rows N` and the end line agree")]
    return agency, gt


# 5 ------------------------------------------------------------------ Ravensholt, WI: BI matrix by beat
def ravensholt(d, r):
    agency = "Ravensholt Police Department, WI [invented]"
    n = 95
    recs, num = [], 10240
    for t in stamps(r, datetime.datetime(2025, 10, 1), n, 31):
        num += r.randint(1, 3)
        rec = {"case_number": f"R25-{num}", "reported_at": t.strftime("%m/%d %H:%M"), "type": r.choice(TYPES),
               "location": location(r), "beat": f"{r.randint(1, 5)}", "resp": r.randint(3, 58)}
        rec["disposition"] = disp(r, rec["type"])
        recs.append(rec)
    recs.sort(key=lambda x: x["beat"])  # stable: by beat, then time
    W, H = letter
    F, S, L = "Helvetica", 8.5, 12
    pages = []
    ops = [T(40, H - 44, "Ravensholt Police Department [invented] - Monthly Activity Report, October 2025",
             "Helvetica-Bold", 12),
           T(40, H - 58, "BI report export (PDF). Data as of 11/01/2025 02:00. Filter: Report Month = Oct 2025.",
             F, S)]
    for i, (big, lab) in enumerate([(str(n), "Incidents"), (str(len({x['location'] for x in recs})), "Locations"),
                                    (f"{sum(x['resp'] for x in recs) / n:.1f}", "Avg response (min)")]):
        ops.append(R(40 + i * 150, H - 130, 140, 56, 0.6, None))
        ops.append(T(50 + i * 150, H - 104, big, "Helvetica-Bold", 22))
        ops.append(T(50 + i * 150, H - 122, lab, F, 8))
    top = sorted(recs, key=lambda x: (-x["resp"], x["case_number"]))[:10]
    ops.append(T(40, H - 160, "Top 10 incidents by response time (minutes)", "Helvetica-Bold", 10))
    y = H - 180
    for rec in top:
        ops.append(T(40, y, rec["case_number"], F, S))
        ops.append(R(100, y - 2, rec["resp"] * 6, 9, None, 0.55))
        ops.append(T(106 + rec["resp"] * 6, y, str(rec["resp"]), F, S))
        y -= 15
    ops.append(T(40, y - 4, "Axis: Case Number. Data labels: minutes from call to arrival.", "Helvetica-Oblique", 8))
    bar_chart(ops, 40, 70, 500, 200, [f"Beat {b}" for b in "12345"],
              [sum(x["beat"] == b for x in recs) for b in "12345"], "Incidents by Beat")
    pages.append(ops)
    cols = [60, 130, 200, 330, 500]
    y, ops = 0, None

    def new_page():
        nonlocal ops, y
        ops = [T(40, H - 44, "Incident matrix, grouped by Beat (all rows expanded)", "Helvetica-Bold", 11)]
        pages.append(ops)
        y = H - 66
        for x, h in zip([40] + cols[1:], ["Beat / Case", "Reported", "Offense", "Location", "Disposition"]):
            ops.append(T(x, y, h, "Helvetica-Bold", S))
        ops.append(R(38, y - 3, 536, 12, 0.6, None))
        y -= L + 4

    new_page()
    groups = {}
    for rec in recs:
        groups.setdefault(rec["beat"], []).append(rec)
    for b, grp in groups.items():
        if y < 80:
            new_page()
        ops.append(T(40, y, f"Beat {b}  ({len(grp)})", "Helvetica-Bold", S))
        y -= L
        for rec in grp:
            if y < 50:
                new_page()
                ops.append(T(40, y, f"Beat {b} (continued)", "Helvetica-Bold", S))
                y -= L
            for x, v in zip(cols, [rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                                   rec["disposition"]]):
                ops.append(T(x, y, v, F, S))
            y -= L
        ops.append(T(40, y, f"Beat {b} Total", "Helvetica-Bold", S))
        ops.append(T(500, y, str(len(grp)), "Helvetica-Bold", S))
        y -= L + 4
    ops.append(T(40, y, "Grand Total", "Helvetica-Bold", S))
    ops.append(T(500, y, str(n), "Helvetica-Bold", S))
    for k, ops in enumerate(pages, 1):
        ops.append(T(40, 24, f"Page {k} of {len(pages)}", F, 7.5))
    path = d / "ravensholt-bi-monthly-activity-2025-10.pdf"
    draw(path, letter, pages)
    for rec in recs:
        rec.pop("resp")
    gt = [entry(path, agency, "monthly activity report exported from a BI tool (matrix visual)",
                "other: matrix grouped by beat with group and total rows", recs,
                "BI report export: KPI cards, then a horizontal bar chart `Top 10 incidents by response time` whose "
                "axis labels are case numbers (ten records printed again, each beside a data label in minutes), and "
                "a bar chart by beat. The records are the leaf rows of the matrix `grouped by Beat`, sorted by beat "
                "and then by time (so the ids do not count up through the document); each group opens `Beat K (n)` "
                "(`Beat K (continued)` after a page break) and closes `Beat K Total n`; `Grand Total N` at the end. "
                "reported_at is `MM/DD HH:MM` (no year), as printed.",
                "leaf rows counted by the generator; group totals add up to the grand total")]
    return agency, gt


AGENCIES = [("marrowgate-vt-pd", 1, marrowgate), ("cobbleford-county-id-so", 2, cobbleford),
            ("pellworth-nm-pd", 3, pellworth), ("hollin-bay-me-pd", 4, hollin), ("ravensholt-wi-pd", 5, ravensholt)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        for e in gt:
            for s in e["sample_records"]:
                s.pop("beat", None)
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
