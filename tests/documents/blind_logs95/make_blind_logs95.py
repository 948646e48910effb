"""Generate blind_logs95: incident logs kept in spreadsheets and printed to PDF.

Five invented agencies, one PDF each. Records are made as plain dicts first (fixed seeds),
drawn with a reportlab canvas in invariant mode, and groundtruth.json is written from the
same dicts. Output is deterministic. Run:
    python tests/documents/blind_logs95/make_blind_logs95.py [OUTDIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

SEED = 9500
HERE = Path(__file__).resolve().parent

STREETS = ["HARROWGATE RD", "LINNET WAY", "OSPREY CT", "BARLOW ST", "QUENTIN AVE", "MILLRACE LN",
           "TAMSIN DR", "CORBEL ST", "FENWICK PKWY", "HOLLIS CIR", "YARDLEY RD", "PELLOW ST",
           "ASTER HILL RD", "GRANVILLE TER", "KILBRIDE AVE", "SORREL CT"]
TYPES = ["ALARM COMMERCIAL", "SUSPICIOUS PERSON", "THEFT FROM VEHICLE", "WELFARE CHECK",
         "TRAFFIC COMPLAINT", "NOISE COMPLAINT", "DOMESTIC DISTURBANCE", "BURGLARY RESIDENTIAL",
         "CRIMINAL MISCHIEF", "FOUND PROPERTY", "ANIMAL COMPLAINT", "MOTOR VEHICLE CRASH",
         "TRESPASS", "FRAUD / IDENTITY THEFT", "DISORDERLY CONDUCT", "PARKING COMPLAINT"]
DISPS = ["REPORT TAKEN", "ADVISED", "GONE ON ARRIVAL", "UNFOUNDED", "CITATION ISSUED",
         "ARREST", "REFERRED", "CLEARED"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fit(text, font, size, width):
    """Truncate text so it fits a cell, as a spreadsheet clips text at a non-empty neighbour."""
    while text and stringWidth(text, font, size) > width:
        text = text[:-1]
    return text


def grid(c, x0, y_top, widths, rows, row_h):
    """Gridlines for `rows` rows of the given column widths."""
    c.setLineWidth(0.3)
    c.setStrokeGray(0.6)
    x1 = x0 + sum(widths)
    for i in range(rows + 1):
        y = y_top - i * row_h
        c.line(x0, y, x1, y)
    x = x0
    for w in widths + [0]:
        c.line(x, y_top, x, y_top - rows * row_h)
        x += w
    c.setStrokeGray(0)


def make_records(n, rng, prefix, start, day0, days, rel_kinds, rel_every=5):
    recs = []
    num = start
    per_day = [0] * days
    for i in range(n):
        per_day[min(days - 1, i * days // n)] += 1
    i = 0
    for d, k in enumerate(per_day):
        minutes = sorted(rng.sample(range(0, 1440), k))
        for m in minutes:
            num += rng.choice([1, 1, 1, 2, 3])
            r = {"id": prefix.format(num), "day": day0 + d, "hh": m // 60, "mm": m % 60,
                 "type": rng.choice(TYPES), "street_no": rng.randrange(100, 9800, 4),
                 "street": rng.choice(STREETS), "disp": rng.choice(DISPS),
                 "unit": f"{rng.choice([1, 2, 3]):d}{rng.randrange(1, 40):02d}", "rel": None}
            r["loc"] = "{:d} {}".format(r["street_no"], r["street"])
            if i % rel_every == 2:
                kind, fmt = rel_kinds[i % len(rel_kinds)]
                r["rel"] = (kind, fmt.format(rng.randrange(1000, 99999)))
            recs.append(r)
            i += 1
    return recs


def footer(c, w, text_left, text_right):
    c.setFont("Helvetica", 6.5)
    c.drawString(36, 20, text_left)
    c.drawRightString(w - 36, 20, text_right)


# --------------------------------------------------------------------------------------------
# 1. Ashgrove Ridge PD: Excel sheet, one page wide, cells too narrow (######## and clipped text)
# --------------------------------------------------------------------------------------------
def draw_ashgrove(path, recs):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    cols = [("Case #", 62), ("Reported", REP_W), ("Call Type", 92), ("Location", 74),
            ("Unit", 30), ("Disposition", 78), ("Ref #", 74), ("Remarks", 212)]
    widths = [x[1] for x in cols]
    row_h, per_page, fs = 13, 34, 7
    pages = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    total_pages = len(pages) if len(recs) % per_page < per_page - 2 else len(pages) + 1
    for p, chunk in enumerate(pages, 1):
        y = h - 40
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, y, "ASHGROVE RIDGE POLICE DEPARTMENT [invented] - CALLS FOR SERVICE")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 36, y, "Call_Log_Oct2025.xlsx")
        y -= 18
        nrows = len(chunk) + 1 + (3 if p == len(pages) else 0)
        grid(c, 36, y, widths, nrows, row_h)
        c.setFillGray(0.85)
        c.rect(36, y - row_h, sum(widths), row_h, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", fs)
        x = 36
        for name, cw in cols:
            c.drawString(x + 2, y - row_h + 4, name)
            x += cw
        c.setFont("Helvetica", fs)
        for i, r in enumerate(chunk, 1):
            yy = y - (i + 1) * row_h + 4
            vals = [r["id"], r["rep_print"], r["type"], r["loc"], r["unit"], r["disp"],
                    r["rel"][1] if r["rel"] else "", r["remark"]]
            x = 36
            for _j, (v, (name, cw)) in enumerate(zip(vals, cols)):
                if name == "Reported":
                    c.drawRightString(x + cw - 2, yy, v)   # numbers/dates right-aligned
                else:
                    c.drawString(x + 2, yy, fit(v, "Helvetica", fs, cw - 3))
                x += cw
        if p == len(pages):
            yy = y - (len(chunk) + 3) * row_h + 4
            c.setFont("Helvetica-Bold", fs)
            c.drawString(38, yy, "Total calls")
            c.drawRightString(36 + 62 + REP_W - 2, yy, str(len(recs)))
            yy -= row_h
            c.drawString(38, yy, "Arrests")
            c.drawRightString(36 + 62 + REP_W - 2, yy, str(sum(1 for r in recs if r["disp"] == "ARREST")))
        footer(c, w, "Sheet: Oct 2025", f"Page {p:d} of {len(pages):d}")
        c.showPage()
    c.save()
    return total_pages


REP_W = 48


def ashgrove(part):
    rng = random.Random(SEED + 10 + part)
    n, start, day0, days = [(112, 14200, 1, 20), (74, 14400, 21, 11)][part]
    recs = make_records(n, rng, "AR25-{:05d}", start, day0, days,
                        [("citation", "ORC{:07d}"), ("booking", "BK25-{:05d}"),
                         ("other agency case", "OSP 25-{:05d}")])
    remarks = ["RP states subject left northbound before arrival",
               "Caller requests contact by phone, follow up by day shift",
               "Area checked, nothing found, building secure",
               "Vehicle owner notified, tow not needed",
               "Handled by patrol, no further action required tonight"]
    for i, r in enumerate(recs):
        r["rep"] = "10/{:02d}/2025 {:02d}:{:02d}".format(r["day"], r["hh"], r["mm"])
        # the Reported column is too narrow for a date with a 4-digit time: Excel shows ########
        shown = "10/{:d}/25 {:d}:{:02d}".format(r["day"], r["hh"], r["mm"])
        r["hashed"] = stringWidth(shown, "Helvetica", 7) > REP_W - 4
        r["rep_print"] = "########" if r["hashed"] else shown
        r["remark"] = remarks[i % len(remarks)]
    return recs


# --------------------------------------------------------------------------------------------
# 2. Bellmoor County SO: Google Sheets workbook export, several tabs in one PDF
# --------------------------------------------------------------------------------------------
def draw_bellmoor(path, tabs, summary, lists):
    size = letter
    w, h = size
    c = new_canvas(path, size)
    cols = [("Inc #", 64), ("Date", 48), ("Time", 30), ("Nature", 116), ("Address", 112),
            ("Deputy", 38), ("Result", 82), ("Other #", 50)]
    widths = [x[1] for x in cols]
    row_h, per_page, fs = 13, 46, 6.8
    pageno = 0
    for tab_name, recs in tabs:
        chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
        for k, chunk in enumerate(chunks):
            pageno += 1
            y = h - 36
            if k == 0:
                c.setFont("Helvetica-Bold", 11)
                c.drawString(36, y, "Bellmoor County Sheriff's Office [invented] - Dispatch log " + tab_name)
                y -= 16
            grid(c, 36, y, widths, len(chunk) + 1, row_h)
            c.setFont("Helvetica-Bold", fs)
            x = 36
            for name, cw in cols:
                c.drawString(x + 2, y - row_h + 4, name)
                x += cw
            c.setFont("Helvetica", fs)
            for i, r in enumerate(chunk, 1):
                yy = y - (i + 1) * row_h + 4
                vals = [r["id"], r["date"], r["time"], r["type"].title(), r["loc"].title(),
                        "D-" + r["unit"], r["disp"].capitalize(), r["rel"][1] if r["rel"] else ""]
                x = 36
                for v, (_name, cw) in zip(vals, cols):
                    c.drawString(x + 2, yy, fit(v, "Helvetica", fs, cw - 3))
                    x += cw
            c.setFont("Helvetica", 6.5)
            c.drawString(36, 20, "Bellmoor SO call log 2025 - " + tab_name)
            c.drawRightString(w - 36, 20, str(pageno))
            c.showPage()
    # Summary tab (pivot table): counts by nature, not records
    pageno += 1
    y = h - 36
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, y, "Summary")
    y -= 16
    widths = [150, 70, 70, 60]
    grid(c, 36, y, widths, len(summary) + 2, row_h)
    c.setFont("Helvetica-Bold", 7)
    heads = ["Nature"] + [t for t, _ in tabs] + ["Grand Total"]
    x = 36
    for hd, cw in zip(heads, widths):
        c.drawString(x + 2, y - row_h + 4, hd)
        x += cw
    c.setFont("Helvetica", 7)
    for i, row in enumerate(summary + [["Grand Total"] + [str(sum(int(r[j]) for r in summary)) for j in (1, 2, 3)]], 1):
        x = 36
        if row[0] == "Grand Total":
            c.setFont("Helvetica-Bold", 7)
        for v, cw in zip(row, widths):
            c.drawString(x + 2, y - (i + 1) * row_h + 4, v)
            x += cw
    c.setFont("Helvetica", 6.5)
    c.drawString(36, 20, "Bellmoor SO call log 2025 - Summary")
    c.drawRightString(w - 36, 20, str(pageno))
    c.showPage()
    # Lists tab: drop-down values
    pageno += 1
    y = h - 36
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, y, "Lists")
    y -= 16
    widths = [60, 130, 50, 90]
    grid(c, 36, y, widths, len(lists) + 1, row_h)
    c.setFont("Helvetica-Bold", 7)
    x = 36
    for hd, cw in zip(["Code", "Result", "Deputy", "Shift"], widths):
        c.drawString(x + 2, y - row_h + 4, hd)
        x += cw
    c.setFont("Helvetica", 7)
    for i, row in enumerate(lists, 1):
        x = 36
        for v, cw in zip(row, widths):
            c.drawString(x + 2, y - (i + 1) * row_h + 4, v)
            x += cw
    c.setFont("Helvetica", 6.5)
    c.drawString(36, 20, "Bellmoor SO call log 2025 - Lists")
    c.drawRightString(w - 36, 20, str(pageno))
    c.showPage()
    c.save()
    return pageno


def bellmoor():
    rng = random.Random(SEED + 2)
    a = make_records(68, rng, "BC25-{:05d}", 30410, 13, 7,
                     [("citation", "MN{:07d}"), ("other agency case", "MSP{:06d}")])
    b = make_records(57, rng, "BC25-{:05d}", 30410 + 140, 20, 7,
                     [("booking", "J25-{:05d}"), ("citation", "MN{:07d}")])
    for r in a + b:
        r["date"] = "10/{:d}/2025".format(r["day"])
        r["time"] = "{:d}:{:02d}".format(r["hh"], r["mm"])
    tabs = [("Oct 13-19", a), ("Oct 20-26", b)]
    natures = sorted({r["type"].title() for r in a + b})
    summary = []
    for nt in natures:
        na = sum(1 for r in a if r["type"].title() == nt)
        nb = sum(1 for r in b if r["type"].title() == nt)
        summary.append([nt, str(na), str(nb), str(na + nb)])
    lists = [["RT", "Report taken", f"D-1{i:02d}", "Days 0600-1800"] if i % 2 else
             ["ADV", "Advised", f"D-2{i:02d}", "Nights 1800-0600"] for i in range(1, 9)]
    return tabs, summary, lists


# --------------------------------------------------------------------------------------------
# 3. Corrin Falls University DPS: LibreOffice Calc, down then across, column A repeated,
#    cell comments printed at the end
# --------------------------------------------------------------------------------------------
def draw_corrin(path, recs, comments, month_name):
    size = letter
    w, h = size
    c = new_canvas(path, size)
    left = [("Case Number", 80), ("Date Reported", 92), ("Date Occurred", 150), ("Classification", 200)]
    right = [("Case Number", 80), ("General Location", 190), ("Disposition", 110), ("Related Report", 100)]
    row_h, per_page, fs = 14, 48, 7
    chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    npages = 2 * len(chunks) + 1
    pageno = 0
    for part, cols in ((1, left), (2, right)):
        widths = [x[1] for x in cols]
        for k, chunk in enumerate(chunks):
            pageno += 1
            y = h - 30
            c.setFont("Helvetica", 7)
            c.drawCentredString(w / 2, y, "Sheet1")
            y -= 18
            if k == 0 and part == 1:
                c.setFont("Helvetica-Bold", 10)
                c.drawString(40, y, "Corrin Falls University [invented] Department of Public Safety - Daily Crime Log, " + month_name)
                y -= 16
            grid(c, 40, y, widths, len(chunk) + 1, row_h)
            c.setFont("Helvetica-Bold", fs)
            x = 40
            for name, cw in cols:
                c.drawString(x + 2, y - row_h + 4, name)
                x += cw
            c.setFont("Helvetica", fs)
            for i, r in enumerate(chunk, 1):
                yy = y - (i + 1) * row_h + 4
                if part == 1:
                    vals = [r["id"], r["rep"], r["occ"], r["type"]]
                else:
                    vals = [r["id"], r["loc"], r["disp"], r["rel"][1] if r["rel"] else ""]
                x = 40
                for v, (_name, cw) in zip(vals, cols):
                    c.drawString(x + 2, yy, fit(v, "Helvetica", fs, cw - 3))
                    x += cw
            c.setFont("Helvetica", 7)
            c.drawCentredString(w / 2, 18, f"Page {pageno:d}")
            c.showPage()
    pageno += 1
    y = h - 30
    c.setFont("Helvetica", 7)
    c.drawCentredString(w / 2, y, "Sheet1")
    y -= 22
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, "Comments")
    y -= 16
    c.setFont("Helvetica", 7.5)
    for cell, text in comments:
        c.drawString(40, y, cell + ":")
        c.drawString(70, y, text)
        y -= 13
    c.drawCentredString(w / 2, 18, f"Page {pageno:d}")
    c.showPage()
    c.save()
    return npages


def corrin(part):
    rng = random.Random(SEED + 30 + part)
    n, start, days, month = [(64, 1050, 30, 9), (88, 1210, 31, 10)][part]
    recs = make_records(n, rng, "CFU-25-{:04d}", start, 1, days,
                        [("other agency case", "CFPD 25-{:05d}"), ("citation", "MAC{:06d}")], rel_every=4)
    for r in recs:
        r["rep"] = "{:02d}/{:02d}/2025 {:02d}:{:02d}".format(month, r["day"], r["hh"], r["mm"])
        d0 = max(1, r["day"] - (r["mm"] % 3))
        r["occ"] = "{:02d}/{:02d}/2025 {:02d}:00 - {:02d}/{:02d}/2025 {:02d}:{:02d}".format(month, d0, (r["hh"] + 20) % 24 if d0 < r["day"] else max(0, r["hh"] - 1), month, r["day"], r["hh"], r["mm"])
        r["loc"] = ["Tavish Hall", "Lot 7 (North)", "Merrow Library", "Ostrander Rec Center",
                    "Beckley Hall", "Science Quad", "Parking Deck B", "Hollin Student Union"][r["street_no"] % 8]
    comments = []
    for j, i in enumerate(range(5, len(recs), 19)):
        row = i + 2   # row 1 = column titles
        kind = j % 3
        if kind == 0:
            comments.append((f"D{row:d}", "Reclassified from THEFT after follow-up (badge 41)."))
        elif kind == 1:
            comments.append((f"C{row:d}", "Occurred time estimated by complainant."))
        else:
            comments.append((f"B{row:d}", "Late report: entered two days after it was received."))
        recs[i]["comment"] = comments[-1]
    return recs, comments


# --------------------------------------------------------------------------------------------
# 4. Dunmore Heights PD: transposed sheet, one column per incident, label column repeated
# --------------------------------------------------------------------------------------------
LABELS_D = ["Seq", "Incident #", "Date", "Time", "Nature", "Address", "Officer", "Outcome", "Other agency #"]


def wrap_cell(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    lines.append(cur)
    return lines


def draw_dunmore(path, recs):
    size = landscape(letter)
    w, h = size
    c = new_canvas(path, size)
    per_page, lab_w, col_w, fs = 8, 78, 82, 6.8
    chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    line_h = 8.5
    for p, chunk in enumerate(chunks, 1):
        y = h - 36
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, y, "DUNMORE HEIGHTS POLICE DEPARTMENT [invented] - INCIDENT SHEET (one column per incident)")
        y -= 20
        widths = [lab_w] + [col_w] * len(chunk)
        for _li, lab in enumerate(LABELS_D):
            cells = []
            for r in chunk:
                v = {"Seq": str(r["seq"]), "Incident #": r["id"], "Date": r["date"], "Time": r["time"],
                     "Nature": r["type"], "Address": r["loc"], "Officer": "Badge " + r["unit"],
                     "Outcome": r["disp"], "Other agency #": r["rel"][1] if r["rel"] else ""}[lab]
                cells.append(wrap_cell(v, "Helvetica", fs, col_w - 4) if v else [""])
            nl = max(len(x) for x in cells)
            rh = nl * line_h + 4
            grid(c, 36, y, widths, 1, rh)
            c.setFont("Helvetica-Bold", fs)
            c.drawString(38, y - line_h, lab)
            c.setFont("Helvetica", fs)
            for k, lines in enumerate(cells):
                for m, ln in enumerate(lines):
                    c.drawString(36 + lab_w + k * col_w + 2, y - line_h - m * line_h, ln)
            y -= rh
        if p == len(chunks):
            y -= 14
            c.setFont("Helvetica-Bold", fs)
            c.drawString(38, y, f"Incidents on sheet: {len(recs):d}")
        footer(c, w, "Incidents_Oct.xlsx - sheet Wk41", f"Page {p:d} of {len(chunks):d}")
        c.showPage()
    c.save()
    return len(chunks)


def dunmore():
    rng = random.Random(SEED + 4)
    recs = make_records(72, rng, "DH-2025-{:04d}", 3310, 6, 8,
                        [("other agency case", "NJSP 25-{:05d}"), ("other agency case", "BCPO 25-{:04d}")],
                        rel_every=6)
    for i, r in enumerate(recs, 1):
        r["seq"] = i
        r["date"] = "10/{:02d}/2025".format(r["day"])
        r["time"] = "{:02d}{:02d}".format(r["hh"], r["mm"])
    return recs


# --------------------------------------------------------------------------------------------
# 5. Elmstead Village PD: shift journal sheet, entries overflow across the page edge
# --------------------------------------------------------------------------------------------
def draw_elmstead(path, rows):
    """rows: ("day", text) or ("entry", rec). Printed across then down: each band of rows is a
    left page (time + start of the overflowing entry) and then a right page (the rest)."""
    size = letter
    w, h = size
    c = new_canvas(path, size)
    per_page, fs, row_h = 50, 7.2, 13.2
    x_time, x_text = 40, 82
    w - 40 - x_text    # printable width of the left page for the text
    bands = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    pageno = 0
    for b, band in enumerate(bands):
        for side in ("L", "R"):
            pageno += 1
            y = h - 40
            if side == "L":
                c.setFont("Helvetica-Bold", 10)
                c.drawString(40, y, "Elmstead Village PD [invented] - Desk Journal" if b == 0 else "")
            y -= 20
            c.setFont("Helvetica", fs)
            widths = [x_text - x_time, w - 40 - x_text] if side == "L" else [w - 80]
            grid(c, x_time if side == "L" else 40, y, widths, len(band), row_h)
            for i, (kind, v) in enumerate(band):
                yy = y - (i + 1) * row_h + 4
                if kind == "day":
                    if side == "L":
                        c.setFont("Helvetica-Bold", fs)
                        c.drawString(x_time + 2, yy, v)
                        c.setFont("Helvetica", fs)
                    continue
                text = v["text"]
                cut = v["cut"]
                if side == "L":
                    c.drawString(x_time + 2, yy, v["time"])
                    c.drawString(x_text + 2, yy, text[:cut])
                else:
                    c.drawString(40, yy, text[cut:])
            c.setFont("Helvetica", 6.5)
            c.drawRightString(w - 40, 20, f"Page {pageno:d}")
            c.showPage()
    c.save()
    return pageno


def elmstead(part):
    rng = random.Random(SEED + 50 + part)
    n, start, day0 = [(84, 610, 1), (77, 760, 10)][part]
    recs = make_records(n, rng, "E25-{:04d}", start, day0, 9,
                        [("citation", "WI-T{:06d}"), ("other agency case", "SO 25-{:05d}")], rel_every=4)
    size = letter
    x_text = 82
    left_w = size[0] - 40 - x_text - 4
    rows = []
    day = None
    tails = ["Cleared, no report.", "Report to follow by the day officer.",
             "Parties separated and advised.", "Owner contacted and property released.",
             "Checked the area twice, all quiet afterwards."]
    for i, r in enumerate(recs):
        if r["day"] != day:
            day = r["day"]
            rows.append(("day", f"Day of 10/{day:02d}/2025"))
        r["time"] = "{:02d}{:02d}".format(r["hh"], r["mm"])
        r["reported"] = "10/{:02d}/2025 {}".format(r["day"], r["time"])
        rel = ""
        if r["rel"]:
            rel = (" Citation %s issued." if r["rel"][0] == "citation" else " County has it as %s.") % r["rel"][1]
        phone = "555-01{:02d}".format(r["street_no"] % 100)
        head = ("Rpt {} taken from caller at {} who reported a {} at {}, officer {} responded and "
                "was on scene within minutes; disposition {}.".format(r["id"], phone, r["type"].lower(),
                                                               r["loc"].title(), r["unit"], r["disp"].lower()))
        tail = " {} Logged by desk at {} hrs.".format(tails[i % len(tails)], "0700" if r["hh"] < 7 else "1500")
        # the entry overflows into the empty cells to its right and onto the next page across;
        # a related number is placed where the page edge does not cut through it
        for text in (head + rel + tail, head + tail + rel, head + tail.rstrip(".") + " today." + rel):
            cut = len(text)
            while stringWidth(text[:cut], "Helvetica", 7.2) > left_w:
                cut -= 1
            if not r["rel"] or not (text.find(r["rel"][1]) < cut < text.find(r["rel"][1]) + len(r["rel"][1])):
                break
        assert r["id"] in text[:cut]
        r["text"], r["cut"], r["phone"] = text, cut, phone
        rows.append(("entry", r))
    return recs, rows


# --------------------------------------------------------------------------------------------
def pages_of(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int([ln for ln in out.splitlines() if ln.startswith("Pages:")][0].split()[1])


def entry(path, agency, doc_type, layout, recs, rels, fields, samples, notes, check):
    return {"file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": f"make_blind_logs95.py (seed {SEED:d} + agency number)",
            "sha256": sha(path), "bytes": path.stat().st_size, "pages": pages_of(path),
            "agency": agency, "document_type": doc_type, "layout": layout, "scanned": False,
            "encrypted": False, "text_layer": "good", "record_count": len(recs),
            "case_numbers": [r["id"] for r in recs], "related_numbers": rels,
            "case_numbers_source": "written by the generator (make_blind_logs95.py) from the records it drew",
            "record_count_check": check, "fields_present": fields, "sample_records": samples,
            "notes": notes}


def rel_list(recs):
    return [{"record": r["id"], "kind": r["rel"][0], "number": r["rel"][1]} for r in recs if r["rel"]]


def pick3(recs, ok=lambda r: True):
    good = [r for r in recs if ok(r)]
    return [good[0], good[len(good) // 2], good[-1]]


def build(out):
    out = Path(out)
    made = []

    folder = out / "ashgrove-ridge-or-pd"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for part, fname in enumerate(["ashgrove-ridge-calls-2025-10-01-to-20.pdf",
                                  "ashgrove-ridge-calls-2025-10-21-to-31.pdf"]):
        recs = ashgrove(part)
        p = folder / fname
        draw_ashgrove(p, recs)
        samples = [{"case_number": r["id"], "reported_at": r["rep_print"], "type": fit(r["type"], "Helvetica", 7, 89),
                    "location": fit(r["loc"], "Helvetica", 7, 71).rstrip(), "disposition": r["disp"]}
                   for r in pick3(recs, lambda r: not r["hashed"])]
        e = entry(p, "Ashgrove Ridge Police Department, OR [invented]", "calls for service, Excel sheet printed to PDF",
                  "table with header", recs, rel_list(recs),
                  ["case_number", "reported_at", "type", "location", "unit", "disposition", "summary"], samples,
                  "Excel sheet printed with gridlines, header row repeated per page. The Reported column is too "
                  "narrow: every record whose date-time is too wide for it (two-digit day and two-digit hour) "
                  "prints ######## instead (listed in hashed_records), the others print 10/1/25 9:05. Call Type "
                  "and Location are clipped at the cell border when too long (DOMESTIC DISTURBANC, "
                  "9468 ASTER HILL R; samples give the clipped value as printed). Ref # holds "
                  "citations, bookings and state police cases (related). The last page ends with two "
                  "row-shaped totals after an empty row: Total calls N and Arrests k.",
                  "rows counted from the generator; 'Total calls' equals record_count")
        e["hashed_records"] = [r["id"] for r in recs if r["hashed"]]
        e["arrests"] = sum(1 for r in recs if r["disp"] == "ARREST")
        entries.append(e)
    made.append((folder, entries))

    folder = out / "bellmoor-county-mn-so"
    folder.mkdir(parents=True, exist_ok=True)
    tabs, summary, lists = bellmoor()
    p = folder / "bellmoor-county-so-dispatch-log-2025-10-13-to-26.pdf"
    draw_bellmoor(p, tabs, summary, lists)
    recs = tabs[0][1] + tabs[1][1]
    samples = [{"case_number": r["id"], "reported_at": r["date"] + " " + r["time"],
                "type": fit(r["type"].title(), "Helvetica", 6.8, 113),
                "location": fit(r["loc"].title(), "Helvetica", 6.8, 109),
                "disposition": fit(r["disp"].capitalize(), "Helvetica", 6.8, 79)} for r in pick3(recs)]
    e = entry(p, "Bellmoor County Sheriff's Office, MN [invented]", "dispatch log, Google Sheets workbook exported to PDF",
              "table with header", recs, rel_list(recs),
              ["case_number", "reported_at", "type", "location", "unit", "disposition"], samples,
              "Google Sheets workbook exported whole: tab 'Oct 13-19' then tab 'Oct 20-26' (each tab starts a "
              "page with its own title, header row repeated on every page as a frozen row, gridlines), "
              "then a 'Summary' tab (pivot table: Nature by tab with a Grand Total row; row-shaped, not "
              "records) and a 'Lists' tab (drop-down values: result codes, deputy badges D-NNN, shifts with "
              "hours 0600-1800; not records). Footer gives workbook - tab name and a page number. Date and "
              "Time are separate cells (10/13/2025, 9:05); Other # holds citations, state patrol cases "
              "and jail bookings (related).",
              "rows counted from the generator; the Summary Grand Total equals record_count")
    e["tab_counts"] = {t: len(rs) for t, rs in tabs}
    made.append((folder, [e]))

    folder = out / "corrin-falls-university-dps"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for part, fname in enumerate(["corrin-falls-university-daily-crime-log-2025-09.pdf",
                                  "corrin-falls-university-daily-crime-log-2025-10.pdf"]):
        recs, comments = corrin(part)
        p = folder / fname
        draw_corrin(p, recs, comments, ["September 2025", "October 2025"][part])
        samples = [{"case_number": r["id"], "reported_at": r["rep"], "type": r["type"], "location": r["loc"],
                    "disposition": r["disp"]} for r in pick3(recs)]
        e = entry(p, "Corrin Falls University Department of Public Safety [invented]",
                  "daily crime log, LibreOffice Calc sheet printed to PDF", "table with header", recs, rel_list(recs),
                  ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "disposition"],
                  samples,
                  "LibreOffice Calc sheet too wide for a portrait page, printed top to bottom, then left to right "
                  "(down then across) with column A (Case Number) repeated: first all left-part pages (Case "
                  "Number, Date Reported, Date Occurred as a range, Classification), then all right-part pages "
                  "(Case Number again, General Location, Disposition, Related Report), so every id is printed "
                  "twice and a record's location and disposition are several pages after its date and type. "
                  "Related Report holds city police cases CFPD 25-NNNNN and citations (related). Header "
                  "'Sheet1', footer 'Page n'. The last page prints the cell comments ('D7: Reclassified ...'), "
                  "tied to records only by sheet cell address (row = position + 1).",
                  "rows counted from the generator; each id once in the left part and once in the right part")
        e["comments"] = [{"cell": cl, "record": r["id"], "text": tx} for r in recs if "comment" in r
                         for cl, tx in [r["comment"]]]
        entries.append(e)
    made.append((folder, entries))

    folder = out / "dunmore-heights-nj-pd"
    folder.mkdir(parents=True, exist_ok=True)
    recs = dunmore()
    p = folder / "dunmore-heights-incident-sheet-2025-10-06-to-13.pdf"
    draw_dunmore(p, recs)
    samples = [{"case_number": r["id"], "reported_at": r["date"] + " " + r["time"], "type": r["type"],
                "location": r["loc"], "disposition": r["disp"]} for r in pick3(recs)]
    e = entry(p, "Dunmore Heights Police Department, NJ [invented]",
              "incident sheet kept transposed in Excel (one column per incident), printed to PDF",
              "labelled blocks", recs, rel_list(recs),
              ["case_number", "reported_at", "type", "location", "unit", "disposition"], samples,
              "A transposed sheet: labels down column A (Seq, Incident #, Date, Time, Nature, Address, "
              "Officer, Outcome, Other agency #), one incident per column, 8 incidents per page, the label "
              "column repeated at the left of every page (print titles). Each text line therefore holds one "
              "field of up to 8 incidents; values too long for the narrow cells wrap inside them over two "
              "or three lines (wrapped values joined with a space in samples). Seq 1..N is not an id; "
              "Officer is 'Badge NNN'; Other agency # holds state police and county prosecutor cases "
              "(related). The last page ends 'Incidents on sheet: N'.",
              "columns counted from the generator; 'Incidents on sheet' equals record_count")
    e["wrapped_records"] = [{"record": r["id"], "nature": r["type"]} for r in recs
                            if len(wrap_cell(r["type"], "Helvetica", 6.8, 78)) > 1]
    made.append((folder, [e]))

    folder = out / "elmstead-village-wi-pd"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for part, fname in enumerate(["elmstead-village-desk-journal-2025-10-01-to-09.pdf",
                                  "elmstead-village-desk-journal-2025-10-10-to-18.pdf"]):
        recs, rows = elmstead(part)
        p = folder / fname
        draw_elmstead(p, rows)
        samples = [{"case_number": r["id"], "reported_at": r["reported"], "type": r["type"].lower(),
                    "location": r["loc"].title(), "disposition": r["disp"].lower()} for r in pick3(recs)]
        e = entry(p, "Elmstead Village Police Department, WI [invented]",
                  "desk journal kept in a spreadsheet, printed to PDF", "free text", recs, rel_list(recs),
                  ["case_number", "reported_at", "type", "location", "unit", "disposition", "summary"], samples,
                  "A journal sheet: column A a time (0147), column B one long sentence per entry that overflows "
                  "into the empty cells to its right, past the page edge. Printed across then down with no "
                  "repeated columns: each band of 50 sheet rows is a left page (day rows 'Day of 10/01/2025', "
                  "times and the start of each entry, cut mid-word at the page edge) followed by a right page "
                  "holding only the rest of the same rows' sentences (no time, no id, no day row; blank lines "
                  "where day rows are). An entry reads 'Rpt E25-NNNN taken from caller at 555-01NN who reported a "
                  "<type> at <location>, officer NNN responded and was on scene within minutes; disposition "
                  "<disposition>.' (the caller's phone is not a record number; the page edge cuts every entry "
                  "after its location, in the officer clause or inside the disposition, so the disposition "
                  "is on the right-hand page, sometimes split between the pages) then an optional "
                  "'Citation WI-TNNNNNN issued.' or 'County has it as SO 25-NNNNN.' (related; on the left "
                  "or right page, never cut) and 'Logged by desk at "
                  "0700 hrs.' (not the entry's time). reported_at in samples is the day row's date and the "
                  "time cell joined: 10/01/2025 0147.",
                  "entries counted from the generator")
        e["cuts"] = [{"record": r["id"], "left": r["text"][:r["cut"]], "right": r["text"][r["cut"]:]} for r in recs]
        entries.append(e)
    made.append((folder, entries))

    for folder, entries in made:
        (folder / "groundtruth.json").write_text(json.dumps(entries, indent=1) + "\n")
    return made


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else HERE)
