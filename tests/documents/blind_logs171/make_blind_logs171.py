"""Generate a held-out set of incident logs printed from spreadsheets (blind_logs171).

Five agencies, five layouts, one trap each, all of them spreadsheet print-outs saved as PDF (Excel,
Google Sheets, LibreOffice Calc) with printed gridlines and a sheet name and `Page k of m` in the
header or footer: a plain grid whose too-narrow Occurred column prints `########` for some dates, with a
count-and-SUM row and a pivot summary tab printed after the log; a grid printed with its row numbers
and column letters whose ids lost their leading zeros on a few rows; a wide sheet printed 'down, then
over' with the id column repeated on every page, so every id is printed twice, pages apart; a sheet
with merged, vertically centred day cells and wrapped narratives whose other cells sit at the bottom
of the row; a form-like sheet of one record per block of rows whose 12-digit ids print in scientific
notation on a few blocks. Everything is invented. Output is deterministic: fixed seed, reportlab
invariant mode.
Run:
    python tests/documents/blind_logs171/make_blind_logs171.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026171
D = "\u2014"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Shoplifting", "Vandalism",
         "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle", "Welfare check",
         "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property", "Noise complaint",
         "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run", "Animal complaint"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Harrowgate Road", "Harrowgate Rd"), ("Kestrel Lane", "Kestrel Ln"), ("Winnow Street", "Winnow St"),
           ("Pellham Avenue", "Pellham Ave"), ("Copse Hill Road", "Copse Hill Rd"), ("Tarrant Drive", "Tarrant Dr"),
           ("Ferrule Court", "Ferrule Ct"), ("Ostler Way", "Ostler Way"), ("Lantern Street", "Lantern St"),
           ("Gristmill Road", "Gristmill Rd"), ("Sable Avenue", "Sable Ave"), ("Underhill Lane", "Underhill Ln")]
PLACES = ["Town green", "Middle school lot", "Park and ride", "Public library", "Boat ramp", "Fairgrounds"]
GRID = 0.62  # grey of printed gridlines
NUMERIC = "r"  # numbers are right-aligned in a spreadsheet cell, text left-aligned


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


def render(path, size, pages):
    """pages: lists of ops: ("t", x, y, text, font, size, align) / ("box", x, y, w, h, lw, grey, fill)."""
    c = new_canvas(path, size)
    for ops in pages:
        for op in ops:
            if op[0] == "box":
                _, x, y, w, h, lw, grey, fill = op
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, y, w, h, stroke=0, fill=1)
                    c.setFillGray(0)
                if lw:
                    c.setLineWidth(lw)
                    c.setStrokeGray(grey)
                    c.rect(x, y, w, h, stroke=1, fill=0)
                    c.setStrokeGray(0)
            else:
                _, x, y, text, font, fs, align = op
                c.setFont(font, fs)
                if align == "r":
                    c.drawRightString(x, y, text)
                elif align == "c":
                    c.drawCentredString(x, y, text)
                else:
                    c.drawString(x, y, text)
        c.showPage()
    c.save()


def cell(ops, x, y, w, h, lines, font, fs, align="l", valign="b", leading=None, pad=2.5):
    """Text in a cell whose bottom-left corner is (x, y); lines is a str or a list of wrapped lines."""
    if isinstance(lines, str):
        lines = [lines] if lines else []
    leading = leading or fs * 1.25
    k = len(lines)
    if not k:
        return
    if valign == "b":
        first = y + 3 + (k - 1) * leading
    elif valign == "c":
        first = y + h / 2 + (k - 1) * leading / 2 - fs * 0.35
    else:
        first = y + h - pad - fs * 0.8
    for i, ln in enumerate(lines):
        bx = x + w - pad if align == "r" else (x + w / 2 if align == "c" else x + pad)
        ops.append(("t", bx, first - i * leading, ln, font, fs, align))


def fits(text, font, fs, w, pad=2.5):
    return stringWidth(text, font, fs) <= w - 2 * pad


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


def location(r, short=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        return f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    return r.choice(PLACES)


def make_recs(r, first_day, days, per_day, short=False):
    """Records as plain dicts: reported `dt`, occurred `occ` (None, ("at", t) or ("range", a, b))."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1440 - 10), r.randint(*per_day))):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            recs.append({"dt": t, "occ": occ, "type": r.choice(TYPES), "location": location(r, short),
                         "disposition": r.choice(DISPS), "badge": str(r.randint(301, 389)), "rel": []})
    return recs


KEYS = ["case_number", "type", "reported_at", "reported_date", "occurred_at", "occurred_from", "occurred_to",
        "location", "disposition"]


def entry(path, agency, doc_type, layout, program, recs, notes, count_check, fields, extra=None):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if recs[i].get(k)} for i in (0, n // 2, n - 1)]
    e = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs171.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "spreadsheet": program,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs171.py) from the records it drew, in "
                               "reading order, exactly as the cells print them; checked by check_blind_logs171.py "
                               "against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }
    e.update(extra or {})
    return e


def header_footer(ops, size, left, centre, right, fleft, fcentre, fright, font="Helvetica", fs=8):
    w, h = size
    for x, t, a in ((40, left, "l"), (w / 2, centre, "c"), (w - 40, right, "r")):
        if t:
            ops.append(("t", x, h - 30, t, font, fs, a))
    for x, t, a in ((40, fleft, "l"), (w / 2, fcentre, "c"), (w - 40, fright, "r")):
        if t:
            ops.append(("t", x, 24, t, font, fs, a))


def row(ops, x0, widths, y, h, vals, font, fs, aligns, fills=None, lw=0.4, grey=GRID):
    """One spreadsheet row of single-line cells with gridlines, bottom-aligned."""
    x = x0
    for k, (w, v) in enumerate(zip(widths, vals)):
        ops.append(("box", x, y, w, h, lw, grey, fills[k] if fills else None))
        cell(ops, x, y, w, h, v, font, fs, aligns[k])
        x += w


# 1 ------------------------------------------------------------------ Ashcombe, VT: plain grid, ########, pivot tab
def ashcombe(d, r):
    agency = "Ashcombe Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 1), 12, (7, 11))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1180 + r.randint(0, 40)
    F, FB, S = "Helvetica", "Helvetica-Bold", 8.5
    cols = [("Incident No", 58, "l"), ("Reported", 78, "l"), ("Occurred", 62, "r"), ("Type", 118, "l"),
            ("Location", 170, "l"), ("Disposition", 120, "l"), ("Units", 34, "r"), ("Badge", 40, "r")]
    widths = [w for _, w, _ in cols]
    aligns = [a for _, _, a in cols]
    hashes = []
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:05d}"
        rec["reported_at"] = rec["dt"].strftime("%m/%d/%Y %H:%M")
        rec["units"] = r.choice([1, 1, 1, 2, 2, 3, 4])
        occ = rec["occ"]
        rec["occ_cell"] = ""
        if occ:
            t = occ[1]
            v = f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}"
            if fits(v, F, S, 62):
                rec["occ_cell"] = rec["occurred_at"] = v
            else:
                assert sum(ch.isdigit() for ch in v) == 11, v
                rec["occ_cell"] = "#" * int((62 - 5) // stringWidth("#", F, S))
                hashes.append(rec["case_number"])
        rec["vals"] = [rec["case_number"], rec["reported_at"], rec["occ_cell"], rec["type"], rec["location"],
                       rec["disposition"], str(rec["units"]), rec["badge"]]
        for v, w in zip(rec["vals"], widths):
            assert fits(v, F, S, w), v
    assert len(hashes) >= 5, hashes
    size = landscape(letter)
    x0 = (size[0] - sum(widths)) / 2
    RH, TOP, BOT = 14, size[1] - 50, 44
    pages, ops, y = [], None, 0

    def new_page():
        nonlocal ops, y
        ops = []
        pages.append(ops)
        y = TOP
        if len(pages) == 1:
            ops.append(("t", x0 + 2, y - 14, f"ASHCOMBE POLICE DEPARTMENT [invented] {D} Incident Log 03/01/2026 to "
                        "03/12/2026 (Records 555-0131)", FB, 11, "l"))
            y -= 2 * RH + 4
        y -= 16
        row(ops, x0, widths, y, 16, [c for c, _, _ in cols], FB, S, ["l"] * len(cols), [0.85] * len(cols))

    new_page()
    for rec in recs:
        if y - RH < BOT:
            new_page()
        y -= RH
        row(ops, x0, widths, y, RH, rec["vals"], F, S, aligns)
    if y - RH < BOT:
        new_page()
    y -= RH
    units = sum(rec["units"] for rec in recs)
    row(ops, x0, widths, y, RH, ["Count", str(n), "", "", "", "", str(units), ""], FB, S,
        ["l", "r", "r", "l", "l", "l", "r", "r"], [0.93] * len(cols))
    # the second sheet tab: a pivot table of counts by type
    ops = []
    pages.append(ops)
    by_type = Counter(rec["type"] for rec in recs)
    units_by = Counter()
    for rec in recs:
        units_by[rec["type"]] += rec["units"]
    pw = [170, 110, 80]
    y = TOP - 16
    row(ops, x0, pw, y, 16, ["Row Labels", "Count of Incident No", "Sum of Units"], FB, S, ["l", "r", "r"],
        [0.82] * 3, lw=0.6, grey=0.4)
    for t in sorted(by_type):
        y -= RH
        row(ops, x0, pw, y, RH, [t, str(by_type[t]), str(units_by[t])], F, S, ["l", "r", "r"], lw=0.3, grey=0.75)
    y -= RH
    row(ops, x0, pw, y, RH, ["Grand Total", str(n), str(units)], FB, S, ["l", "r", "r"], [0.9] * 3, lw=0.6,
        grey=0.4)
    m = len(pages)
    for k, ops in enumerate(pages, 1):
        tab = "Summary" if k == m else "IncidentLog"
        header_footer(ops, size, "ashcombe_incident_log_2026-03.xlsx", tab, "Printed 3/13/2026 7:41 AM",
                      "", f"Page {k} of {m}", "")
    path = d / "ashcombe-incident-log-2026-03-01-12-excel.pdf"
    render(path, size, pages)
    return [entry(path, agency, "incident log kept in an Excel workbook, printed with its pivot summary tab",
                  "table with header", "Excel: gridlines printed, header row repeated, whole workbook printed",
                  recs,
                  "A plain Excel grid, landscape (`Incident No  Reported  Occurred  Type  Location  Disposition  "
                  "Units  Badge`), the header row repeated on every page, a title row on page 1, the sheet name "
                  "`IncidentLog` and `Page k of m` in the page header and footer. Trap: the Occurred column holds "
                  "real dates in General format (`3/4/2026 9:05`) and is too narrow for the longest ones, so on "
                  f"{len(hashes)} rows (day and hour both two digits) Excel prints `############` instead of the "
                  "date; those records have no occurred value in the ground truth (what is printed is kept; "
                  "they are listed in `unreadable_cells`). After the last row a `Count  N ... SUM` row (the "
                  "COUNTA of the ids and the SUM of the Units column) and then the workbook's second tab, "
                  "`Summary`, is printed as the last page: a pivot table (`Row Labels  Count of Incident No  "
                  "Sum of Units`, one row per type, `Grand Total`) whose rows are counts, not incidents. Units "
                  "and badge numbers are small numbers in their own cells and are not listed.",
                  "rows counted by the generator; the Count row and the pivot's Grand Total give the total",
                  ["case_number", "type", "reported_at", "occurred_at", "location", "disposition", "unit"],
                  {"unreadable_cells": [{"record": x, "column": "Occurred", "printed": "#" * 12} for x in hashes]})]


# 2 ------------------------------------------------------------------ Brindlecombe, ME: row and column headings
def brindlecombe(d, r):
    agency = "Brindlecombe Police Department, ME [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 14, (6, 9), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 31400 + r.randint(0, 60)
    F, FB, S = "Helvetica", "Helvetica-Bold", 8
    cols = [("Incident No.", 54), ("Date", 44), ("Time", 30), ("Nature", 96), ("Address", 132),
            ("Disposition", 92), ("Officer", 36)]
    widths = [w for _, w in cols]
    bare = set(r.sample(range(3, n - 3), 7))
    for i, rec in enumerate(recs):
        seq += r.choice([1, 1, 1, 2])
        rec["bare"] = i in bare
        rec["case_number"] = str(seq) if i in bare else f"{seq:07d}"
        rec["reported_at"] = rec["dt"].strftime("%m/%d/%y %H:%M")
        rec["vals"] = [rec["case_number"], rec["dt"].strftime("%m/%d/%y"), rec["dt"].strftime("%H:%M"), rec["type"],
                       rec["location"], rec["disposition"], rec["badge"]]
        rec["aligns"] = ["r" if i in bare else "l", "r", "r", "l", "l", "l", "r"]
        for v, w in zip(rec["vals"], widths):
            assert fits(v, F, S, w), v
    size = letter
    RW = 24  # the row-heading column
    x0 = (size[0] - sum(widths) - RW) / 2
    RH, TOP, BOT = 13, size[1] - 48, 46
    pages, ops, y = [], None, 0
    sheet_rows = [(k + 2, rec["vals"], rec["aligns"], F) for k, rec in enumerate(recs)]
    sheet_rows.append((n + 2, [""] * 7, ["l"] * 7, F))
    sheet_rows.append((n + 3, ["TOTAL", "", str(n), "", "", "", ""], ["l", "r", "r", "l", "l", "l", "r"], FB))

    def heads(ops, y, h, num):
        ops.append(("box", x0, y, RW, h, 0.4, 0.45, 0.88))
        cell(ops, x0, y, RW, h, str(num), F, 7.5, "c")

    def new_page():
        nonlocal ops, y
        ops = []
        pages.append(ops)
        y = TOP - 12
        ops.append(("box", x0, y, RW, 12, 0.4, 0.45, 0.88))
        x = x0 + RW
        for k, w in enumerate(widths):
            ops.append(("box", x, y, w, 12, 0.4, 0.45, 0.88))
            cell(ops, x, y, w, 12, "ABCDEFG"[k], F, 7.5, "c")
            x += w
        y -= RH
        heads(ops, y, RH, 1)
        row(ops, x0 + RW, widths, y, RH, [c for c, _ in cols], FB, S, ["l"] * 7)

    new_page()
    for num, vals, aligns, font in sheet_rows:
        if y - RH < BOT:
            new_page()
        y -= RH
        heads(ops, y, RH, num)
        row(ops, x0 + RW, widths, y, RH, vals, font, S, aligns)
    m = len(pages)
    assert m >= 2
    for k, ops in enumerate(pages, 1):
        header_footer(ops, size, "BRINDLECOMBE POLICE DEPARTMENT [invented]", "Log_2026_04",
                      "Records 555-0117", "", f"Page {k} of {m}", "")
    path = d / "brindlecombe-incident-log-2026-04-06-19-calc.pdf"
    render(path, size, pages)
    bare_ids = [rec["case_number"] for rec in recs if rec["bare"]]
    return [entry(path, agency, "two-week incident log kept in a LibreOffice Calc sheet", "table with header",
                  "LibreOffice Calc: column and row headings and gridlines printed, row 1 repeated",
                  recs,
                  "A LibreOffice Calc sheet printed with `Column & row headers` on: a grey band of column "
                  "letters `A B C D E F G` across the top of every page and the sheet's row numbers down the "
                  "left, then row 1 (`Incident No.  Date  Time  Nature  Address  Disposition  Officer`, repeated "
                  "on every page as a print title) and one row per incident, numbered 2 to N+1; a blank row and "
                  "a `TOTAL` row (a COUNTA) close the print range. Sheet name `Log_2026_04` in the header, "
                  "`Page k of m` in the footer. Trap: every printed line starts with the spreadsheet's row "
                  "number, a small number that is not an incident number, and the ids are 7-digit text values "
                  f"with leading zeros (`{recs[0]['case_number']}`) except on {len(bare_ids)} rows where the id "
                  "was typed as a number: Calc drops the zeros and right-aligns it "
                  f"({', '.join(f'`{x}`' for x in bare_ids)}). The ground truth keeps the ids as printed "
                  "(without the zeros on those rows). The officer's badge is a right-aligned number at the end of "
                  "the line.",
                  "rows counted by the generator; the row numbers run 2 to N+1 and the TOTAL row gives the count",
                  ["case_number", "type", "reported_at", "location", "disposition", "unit"],
                  {"ids_printed_without_leading_zeros": bare_ids})]


# 3 ------------------------------------------------------------------ Caddenham County, WI: wide sheet down then over
def caddenham(d, r):
    agency = "Caddenham County Sheriff's Office, WI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 7, (12, 16))
    n = len(recs)
    assert 40 <= n <= 150
    F, FB, S = "Helvetica", "Helvetica-Bold", 8
    seq = 460 + r.randint(0, 30)
    notes = ["", "", "", "Caller requested contact by phone", "Area checked", "Owner on scene", "Tow requested",
             "Medical declined", "Photos taken", "Neighbor witness", "Video requested from business"]
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"S26-{seq:05d}"
        rec["reported_at"] = rec["dt"].strftime("%m/%d/%Y %H:%M")
        t = rec["dt"]
        disp = t + datetime.timedelta(minutes=r.randint(1, 9))
        arr = disp + datetime.timedelta(minutes=r.randint(3, 22))
        clr = arr + datetime.timedelta(minutes=r.randint(8, 95))
        if rec["occ"]:
            a = rec["occ"][1]
            b = rec["occ"][2] if rec["occ"][0] == "range" else None
            rec["occurred_from"] = a.strftime("%m/%d/%Y %H:%M")
            if b:
                rec["occurred_to"] = b.strftime("%m/%d/%Y %H:%M")
        if r.random() < 0.3 and rec["disposition"] in ("Report taken", "Arrest made", "Referred to detectives"):
            rec["rel"] = [("report", f"R26-{r.randint(1000, 1999)}")]
        rec["left"] = [rec["case_number"], rec["reported_at"], f"{disp:%H:%M}", f"{arr:%H:%M}", f"{clr:%H:%M}",
                       rec["type"], str(r.randint(1, 4)), rec["location"], f"Z{r.randint(1, 6)}"]
        rec["right"] = [rec["case_number"], rec["badge"], rec.get("occurred_from", ""), rec.get("occurred_to", ""),
                        rec["disposition"], rec["rel"][0][1] if rec["rel"] else "", r.choice(notes)]
    left = [("Case #", 62, "l"), ("Call Received", 82, "l"), ("Dispatched", 50, "r"), ("Arrived", 46, "r"),
            ("Cleared", 46, "r"), ("Call Type", 118, "l"), ("Pri", 26, "r"), ("Address", 172, "l"),
            ("Zone", 34, "l")]
    right = [("Case #", 62, "l"), ("Deputy", 40, "r"), ("Occurred From", 82, "l"), ("Occurred To", 82, "l"),
             ("Disposition", 112, "l"), ("Report #", 56, "l"), ("Notes", 220, "l")]
    for rec in recs:
        for v, (_, w, _) in zip(rec["left"], left):
            assert fits(v, F, S, w), v
        for v, (_, w, _) in zip(rec["right"], right):
            assert fits(v, F, S, w), v
    size = landscape(letter)
    RH, TOP, BOT = 14, size[1] - 50, 44
    per = int((TOP - 16 - BOT) // RH) - 1
    rows = [rec for rec in recs] + [None]  # None: the totals row
    blocks = [rows[i:i + per] for i in range(0, len(rows), per)]
    pages = []
    for panel, cols, key in ((0, left, "left"), (1, right, "right")):
        widths = [w for _, w, _ in cols]
        aligns = [a for _, _, a in cols]
        x0 = 40
        for blk in blocks:
            ops = []
            pages.append(ops)
            y = TOP - 16
            row(ops, x0, widths, y, 16, [c for c, _, _ in cols], FB, S, ["l"] * len(cols), [0.85] * len(cols))
            for rec in blk:
                y -= RH
                if rec is None:
                    vals = ["TOTAL", str(n)] + [""] * (len(cols) - 2) if panel == 0 else ["TOTAL"] + [""] * (len(cols) - 1)
                    row(ops, x0, widths, y, RH, vals, FB, S, ["l", "r"] + ["l"] * (len(cols) - 2), [0.93] * len(cols))
                else:
                    row(ops, x0, widths, y, RH, rec[key], F, S, aligns)
    m = len(pages)
    h = len(blocks)
    assert m == 2 * h and h >= 3
    for k, ops in enumerate(pages, 1):
        header_footer(ops, size, "caddenham_cfs_week06.xlsx",
                      f"CADDENHAM COUNTY SHERIFF'S OFFICE [invented] {D} Calls for Service", "CFS_Week06",
                      "Dispatch 555-0169", f"Page {k} of {m}", "Printed 2/9/2026")
    path = d / "caddenham-county-calls-for-service-2026-02-02-08-wide.pdf"
    render(path, size, pages)
    nrel = sum(bool(rec["rel"]) for rec in recs)
    return [entry(path, agency, "weekly calls-for-service sheet too wide for the page, printed down then over",
                  "table with header",
                  f"Excel: landscape, page order 'down, then over', rows to repeat at top $1:$1, columns to repeat "
                  f"at left $A:$A; {h} pages of columns A-I, then {h} pages of columns A, J-O",
                  recs,
                  "A wide Excel sheet of 15 columns (`Case #  Call Received  Dispatched  Arrived  Cleared  Call Type  "
                  "Pri  Address  Zone` | `Deputy  Occurred From  Occurred To  Disposition  Report #  Notes`) printed "
                  f"landscape with the page order 'down, then over': pages 1-{h} carry columns A-I for every row, "
                  f"pages {h + 1}-{m} carry columns J-O for the same rows in the same order. Print titles repeat "
                  "the header row and column A (`Case #`) on every page. Trap: every case number is therefore "
                  f"printed twice, once on a left-panel page and again {h} pages later beside its deputy, "
                  "occurred range and disposition, so a reader that takes each printed row as a record gets "
                  f"every incident twice, and the disposition and occurred values are {h} pages away from the "
                  "type, address and reported time; the repeated column A is the only thing tying the two halves "
                  f"of a row together. {nrel} rows carry a report number (`Report #`, listed in "
                  "`related_numbers`, kind `report`). A `TOTAL` row (COUNTA) ends both panels. Occurred is a "
                  "range, a single `From` value or blank.",
                  "rows counted by the generator; the TOTAL row gives the count",
                  ["case_number", "type", "reported_at", "occurred_from", "occurred_to", "location", "disposition",
                   "unit", "beat"],
                  {"page_order": f"down, then over: left panels pages 1-{h}, right panels pages {h + 1}-{m}"})]


# 4 ------------------------------------------------------------------ Dunmere, NC: merged day cells, wrapped narratives
SENT = ["Caller reported the incident by phone.", "Officer checked the area and found nothing further.",
        "Complainant declined to give a written statement.", "A neighbor saw a vehicle leave the area.",
        "No injuries were reported.", "The owner was notified and will provide a list of items.",
        "Both parties were separated and spoke with the officer.", "A description was broadcast to units.",
        "Property was photographed and returned.", "Video was requested from the business.",
        "Subject was gone before the officer arrived.", "Evidence was collected and tagged."]


def dunmere(d, r):
    agency = "Dunmere Police Department, NC [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 14, (4, 6), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    F, FB, S, LEADING = "Helvetica", "Helvetica-Bold", 7.5, 9.5
    cols = [("Date", 60, "c"), ("Time", 28, "r"), ("Incident #", 54, "l"), ("Type", 92, "l"), ("Location", 114, "l"),
            ("Narrative", 130, "l"), ("Disposition", 80, "l")]
    widths = [w for _, w, _ in cols]
    seq = first = 4080 + r.randint(0, 40)
    for i, rec in enumerate(recs):
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"DN26-{seq:05d}"
        rec["reported_at"] = rec["dt"].strftime("%H:%M")
        rec["reported_date"] = f"{rec['dt']:%a} {rec['dt'].month}/{rec['dt'].day}/{rec['dt'].year}"
        text = " ".join(r.sample(SENT, r.choice([1, 1, 2, 2, 3])))
        if i > 10 and r.random() < 0.12:
            prior = f"DN26-{r.randint(3600, first - 10):05d}"  # a case from before this log
            text += f" Follow-up to {prior}."
            rec["rel"] = [("prior case", prior)]
        rec["narr"] = wrap(text, F, S, 130 - 5)
        rec["summary"] = text
        for v, (_, w, _) in zip([rec["reported_at"], rec["case_number"], rec["type"], rec["location"],
                                 rec["disposition"]], cols[1:5] + cols[6:]):
            assert fits(v, F, S, w), v
    groups = []
    for rec in recs:
        if not groups or groups[-1][0]["reported_date"] != rec["reported_date"]:
            groups.append([])
        groups[-1].append(rec)
    size = letter
    x0 = (size[0] - sum(widths)) / 2
    TOP, BOT = size[1] - 50, 44
    pages, ops, y = [], None, 0

    def new_page():
        nonlocal ops, y
        ops = []
        pages.append(ops)
        y = TOP - 15
        row(ops, x0, widths, y, 15, [c for c, _, _ in cols], FB, S, ["l"] * 7, [0.87] * 7, lw=0.4, grey=0.5)

    def height(rec):
        return max(13, len(rec["narr"]) * LEADING + 4)

    new_page()
    before = 0
    for g in groups:
        gh = sum(height(rec) for rec in g)
        if y - gh < BOT:
            new_page()
        top = y
        for rec in g:
            hh = height(rec)
            y -= hh
            x = x0 + widths[0]
            for k, v in enumerate([rec["reported_at"], rec["case_number"], rec["type"], rec["location"],
                                   rec["narr"], rec["disposition"]], 1):
                ops.append(("box", x, y, widths[k], hh, 0.4, GRID, None))
                cell(ops, x, y, widths[k], hh, v, F, S, cols[k][2], "b", LEADING)
                x += widths[k]
            before += len(rec["narr"]) > 1
        ops.append(("box", x0, y, widths[0], top - y, 0.4, GRID, None))
        cell(ops, x0, y, widths[0], top - y, g[0]["reported_date"], F, S, "c", "c")
    y -= 13
    row(ops, x0 + widths[0], widths[1:3], y, 13, ["Total", str(n)], FB, S, ["l", "r"], [0.93] * 2)
    m = len(pages)
    for k, ops in enumerate(pages, 1):
        header_footer(ops, size, f"Dunmere PD [invented] {D} Incident Log 2026", "", "Records 555-0186",
                      "Mar 16-29", f"Page {k} of {m}", "")
    path = d / "dunmere-incident-log-2026-03-16-29-sheets.pdf"
    render(path, size, pages)
    nrel = sum(bool(rec["rel"]) for rec in recs)
    return [entry(path, agency, "two-week incident log kept in Google Sheets, printed to PDF",
                  "table with header", "Google Sheets: gridlines, merged day cells, wrapped text, default alignment",
                  recs,
                  "A Google Sheets print (`Date  Time  Incident #  Type  Location  Narrative  Disposition`) whose "
                  "Date cells are merged down each day's rows and centred, so a day's date is printed once, half "
                  "way down its group (beside the middle row or between two rows), not on the day's first row; "
                  "the Time cell holds only the time. Trap: the Narrative column wraps over one to five lines "
                  "and the sheet keeps the default bottom vertical alignment, so in a tall row the time, id, type, "
                  "location and disposition are printed on the row's last line and the narrative's first lines "
                  f"come above them: in {before} rows the narrative starts before its own id (a reader that starts "
                  "a record at the id line gives those lines to the previous record), and the day's date often "
                  "sits on the line of another row of the group. `reported_at` in the samples is the time as "
                  "printed, `reported_date` the date of the merged day cell (`day_groups` lists every day's "
                  f"records). {nrel} narratives cite an incident from before this log (`Follow-up to DN26-0....`, in "
                  "`related_numbers`, kind `prior case`). Days are never split over a page. A `Total  N` row "
                  "(COUNTA) ends the sheet; the sheet name `Mar 16-29` and `Page k of m` are in the footer.",
                  "rows counted by the generator; the Total row gives the count",
                  ["case_number", "type", "summary", "reported_at", "location", "disposition"],
                  {"day_groups": [{"date": g[0]["reported_date"], "case_numbers": [rec["case_number"] for rec in g]}
                                  for g in groups]})]


# 5 ------------------------------------------------------------------ Eskford Township, MI: form blocks, 2.60309E+11
def eskford(d, r):
    agency = "Eskford Township Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 14, (3, 5))
    n = len(recs)
    assert 40 <= n <= 150
    F, FB, S = "Helvetica", "Helvetica-Bold", 8.5
    seq = 410 + r.randint(0, 40)
    days = sorted({rec["dt"].date() for rec in recs})
    sci_days = set(r.sample(days[1:], 5))
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        full = f"{rec['dt']:%y%m%d}{seq:06d}"
        rec["full_id"] = full
        rec["sci"] = rec["dt"].date() in sci_days and not any(x.get("sci") and x["dt"].date() == rec["dt"].date()
                                                               for x in recs[:recs.index(rec)])
        rec["case_number"] = f"{int(full) / 10 ** 11:.5f}E+11" if rec["sci"] else full
        rec["reported_at"] = rec["dt"].strftime("%m/%d/%Y %H:%M")
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime("%m/%d/%Y %H:%M")
            rec["occ_cell"] = rec["occurred_at"]
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = (occ[1].strftime("%m/%d/%Y %H:%M"),
                                                        occ[2].strftime("%m/%d/%Y %H:%M"))
            rec["occ_cell"] = f"{rec['occurred_from']} to {rec['occurred_to']}"
        else:
            rec["occ_cell"] = ""
        if rec["disposition"] in ("Report taken", "Arrest made", "Referred to detectives", "Citation issued") \
                and r.random() < 0.6:
            rec["rel"] = [("report", f"ER-26-{r.randint(100, 999)}")]
    sci = [rec["case_number"] for rec in recs if rec["sci"]]
    assert len(sci) == len(set(sci)) >= 4
    widths = [70, 178, 60, 204]
    size = letter
    x0 = (size[0] - sum(widths)) / 2
    RH, GAP, TOP, BOT = 15, 12, size[1] - 50, 44
    pages, ops, y = [], None, 0

    def new_page():
        nonlocal ops, y
        ops = []
        pages.append(ops)
        y = TOP

    new_page()
    ops.append(("t", x0, y - 12, f"ESKFORD TOWNSHIP POLICE DEPARTMENT [invented] {D} Incident Records, "
                "March 9-22, 2026", FB, 11, "l"))
    y -= 26
    for rec in recs:
        if y - 4 * RH < BOT:
            new_page()
        lines = [("Incident No.", rec["case_number"], "Received", rec["reported_at"]),
                 ("Nature", rec["type"], "Occurred", rec["occ_cell"]),
                 ("Location", rec["location"], "Officer", f"Badge {rec['badge']}"),
                 ("Disposition", rec["disposition"], "Report No.", rec["rel"][0][1] if rec["rel"] else "")]
        top = y
        for k, vals in enumerate(lines):
            y -= RH
            al = ["l", "r" if (k == 0 and rec["sci"]) else "l", "l", "l"]
            for v, w in zip(vals, widths):
                assert fits(v, F, S, w), v
            row(ops, x0, widths, y, RH, list(vals), F, S, al, [0.9, None, 0.9, None])
        ops.append(("box", x0, y, sum(widths), top - y, 1.3, 0, None))
        y -= GAP
    if y - RH < BOT:
        new_page()
    y -= RH
    row(ops, x0, widths[:2], y, RH, ["Incident count", str(n)], FB, S, ["l", "r"], [0.9, 0.95])
    m = len(pages)
    for k, ops in enumerate(pages, 1):
        header_footer(ops, size, "eskford_incidents_march.xlsx", "Incidents", "Records 555-0152", "",
                      f"Page {k} of {m}", "")
    path = d / "eskford-township-incident-records-2026-03-09-22-form.pdf"
    render(path, size, pages)
    ex = next(rec for rec in recs if rec["sci"])
    return [entry(path, agency, "incident records kept as a form-like Excel sheet, one block of rows per incident",
                  "labelled blocks", "Excel: gridlines printed, one boxed block of four rows per incident",
                  recs,
                  "An Excel sheet laid out as a form: one boxed block of four rows per incident, grey label cells "
                  "and value cells (`Incident No. | 260309000417 | Received | 03/09/2026 14:22`, `Nature | ... | "
                  "Occurred | a time, `from to to` or blank`, `Location | ... | Officer | Badge 312`, "
                  "`Disposition | ... | Report No. | ER-26-...`), a blank row between blocks, sheet name "
                  "`Incidents` in the header and `Page k of m` in the footer; blocks are kept whole on a page. "
                  "The incident number is 12 digits (report date yymmdd and a six-digit sequence). Trap: on "
                  f"{len(sci)} blocks the number was pasted as a number rather than text, and Excel's General "
                  "format shows numbers of more than 11 digits in scientific notation, right-aligned: "
                  f"`{ex['case_number']}` for {ex['full_id']}. The ground truth keeps what is printed (the "
                  "scientific form is the id of those records; its digits are the report date and it is unique "
                  "in this document), listed in `ids_in_scientific_notation`. Report numbers (`ER-26-...`) are "
                  "in `related_numbers`, kind `report`; badge numbers are not listed. Ends `Incident count  N`.",
                  "blocks counted by the generator; the Incident count row gives the total",
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition", "unit"],
                  {"ids_in_scientific_notation": sci})]


AGENCIES = [("ashcombe-vt-pd", 1, ashcombe), ("brindlecombe-me-pd", 2, brindlecombe),
            ("caddenham-county-wi-so", 3, caddenham), ("dunmere-nc-pd", 4, dunmere),
            ("eskford-township-mi-pd", 5, eskford)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
