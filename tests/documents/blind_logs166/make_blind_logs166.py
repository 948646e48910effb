"""Generate a held-out set of incident logs printed two-up or as booklets (blind_logs166).

Five agencies, five layouts, one trap each, all of them about log pages reduced two to a landscape
sheet: a table printed 2-up in reading order whose left and right pages' rows run side by side at the
same heights; labelled blocks in a saddle-stitched booklet whose sheets carry the small pages in
imposition order (12|1, 2|11, ...) with blocks broken over small pages that sit on different sheets;
a prose police log printed 2-up whose paragraphs run on from the left half into the right half and from
one sheet to the next; numbered paragraphs printed 2-up right to left (2|1, 4|3) with the last page alone
on the right; a line-printer CAD report printed cut-and-stack (1|5, 2|6, ...) for a packet and scanned
before cutting. The page numbers of the small pages are printed under each half. Everything is
invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs166/make_blind_logs166.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026166
D = "\u2014"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Quarrystone Road", "Quarrystone Rd"), ("Tamsin Avenue", "Tamsin Ave"), ("Larkmoor Drive", "Larkmoor Dr"),
           ("Fennick Street", "Fennick St"), ("Old Weir Road", "Old Weir Rd"), ("Cobbler Lane", "Cobbler Ln"),
           ("Hollins Court", "Hollins Ct"), ("Brackwater Way", "Brackwater Way"), ("Mill Pond Road", "Mill Pond Rd"),
           ("Sorrel Street", "Sorrel St"), ("Ironbridge Avenue", "Ironbridge Ave"), ("Pinchot Road", "Pinchot Rd")]
PLACES = ["Transit center", "Library annex", "Rodeo grounds", "High school lot", "Boat launch", "Grange hall"]
SHEET = landscape(letter)  # 792 x 612: the printed sheet
SMALL = letter  # 612 x 792: the log page before reduction
SCALE = 0.62


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


def location(r, short=False, upper=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        out = f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        out = f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    else:
        out = r.choice(PLACES)
    return out.upper() if upper else out


def make_recs(r, first_day, days, per_day, short=False, upper=False):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = r.randint(*per_day)
        for m in sorted(r.sample(range(10, 1440 - 10), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4:
                a = t - datetime.timedelta(minutes=r.randint(60, 900))
                b = t - datetime.timedelta(minutes=r.randint(5, 50))
                occ = ("range", a, b)
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": []})
    return recs


def draw_items(c, items, width):
    for y, x, text, font, fs in items:
        if text is None:
            c.setLineWidth(0.5)
            c.line(x, y, width - x, y)
            continue
        c.setFont(font, fs)
        c.drawString(x, y, text)


def impose(path, small_pages, sheets, border=False):
    """Draw the small pages reduced two to a landscape sheet; sheets: (left, right) page indexes or None."""
    c = new_canvas(path, SHEET)
    sw, sh = SMALL[0] * SCALE, SMALL[1] * SCALE
    half = SHEET[0] / 2
    for pair in sheets:
        for side, idx in enumerate(pair):
            if idx is None:
                continue
            c.saveState()
            c.translate((half - sw) / 2 + side * half, (SHEET[1] - sh) / 2)
            c.scale(SCALE, SCALE)
            if border:
                c.setLineWidth(0.8)
                c.rect(0, 0, SMALL[0], SMALL[1])
            draw_items(c, small_pages[idx], SMALL[0])
            c.restoreState()
        c.showPage()
    c.save()


def pieces(line, x0, size):
    """A fixed-width line as the report writer places it: each run of words at its own column."""
    return [(x0 + m.start() * size * 0.6, m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def fixed(line, x0, font, size, lead):
    """add() lines for one fixed-width line: all pieces on one baseline, the lead on the last."""
    ps = pieces(line, x0, size) or [(x0, "")]
    return [(x, t, font, size, 0) for x, t in ps[:-1]] + [(ps[-1][0], ps[-1][1], font, size, lead)]


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


def centre(text, font, size, width=SMALL[0]):
    return (width - stringWidth(text, font, size)) / 2


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current small page, breaking to a new page
    when they do not fit (whole when keep=True); it returns the 0-based pages the lines went on."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        used = []
        for x, text, font, fs, lead in lines:
            if state["y"] < bottom:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            if text is not None and (not used or used[-1] != len(pages) - 1):
                used.append(len(pages) - 1)
            state["y"] -= lead
        state["y"] -= gap
        return used

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def set_times(recs, fmt):
    """The printed reported / occurred values, in the document's own date format."""
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, imposition, recs, notes, count_check, extra_fields=()):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
              "disposition", *extra_fields]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs166.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "imposition": imposition,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs166.py) from the records it drew, in "
                               "reading order (the order of the page numbers printed under each half, not the "
                               "order of the halves on the sheets); checked by check_blind_logs166.py against "
                               "`pdftotext -layout` text of the sheets and of each half",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Marrowgate, OR: table printed 2-up
def marrowgate(d, r):
    agency = "Marrowgate Police Department, OR [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 18, (5, 8), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 18400 + r.randint(0, 80)
    short = ["Report", "Arrest", "Citation", "Referred", "Unfounded", "Cleared", "Warning", "GOA", "Open"]
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:06d}"
        rec["unit"] = f"{r.randint(1, 3)}{r.choice('ABCD')}{r.randint(10, 29)}"
        rec["disposition"] = r.choice(short)
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "Helvetica", 9, 15
    cols = [("Case No.", 36), ("Reported", 88), ("Occurred", 156), ("Incident Type", 224), ("Location", 328),
            ("Disp.", 480), ("Unit", 538)]
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"], rec["unit"]]
        for k, v in enumerate(vals):
            right = cols[k + 1][1] if k + 1 < len(cols) else 576
            assert cols[k][1] + stringWidth(v, F, S) < right - 4, v

    def header(k):
        return [(792 - 44, 36, "MARROWGATE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (792 - 60, 36, "Incident Log  03/02/2026 - 03/19/2026  |  Records Section 555-0142", "Helvetica", 9.5),
                (792 - 72, 36, None, F, S)] + [(792 - 84, x, t, "Helvetica-Bold", 9) for t, x in cols] + [
                (792 - 89, 36, None, F, S)]

    def footer(k, m):
        return [(40, 36, "RMS report IL-210  run 03/20/26 06:15", "Helvetica", 8),
                (40, 500, f"Page {k} of {m}", "Helvetica", 9)]

    add, finish = paginate(header, footer, 792 - 104, 64)
    for i, rec in enumerate(recs):
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"], rec["unit"]]
        add([(x, v, F, S, 0) for v, (_, x) in zip(vals, cols)][:-1] + [(cols[-1][1], vals[-1], F, S, L)])
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            add([(90, f"Day total {rec['dt']:%m/%d/%y}: {cnt}", "Helvetica-Oblique", 8.5, L)])
    add([(36, None, F, S, 12), (36, f"Total incidents listed: {n}", "Helvetica-Bold", 9.5, 14)])
    pages = finish()
    assert len(pages) >= 4
    sheets = [(i, i + 1 if i + 1 < len(pages) else None) for i in range(0, len(pages), 2)]
    path = d / "marrowgate-incident-log-2026-03-02-03-19-2up.pdf"
    impose(path, pages, sheets, border=True)
    m = len(pages)
    return [entry(path, agency, "two-week incident log printed two pages per sheet", "table with header",
                  f"2-up in reading order: {m} log pages on {len(sheets)} landscape sheets "
                  f"({', '.join(f'{a + 1}|{b + 1}' if b is not None else f'{a + 1}|-' for a, b in sheets)})",
                  recs,
                  "A portrait RMS incident log (`Case No.  Reported  Occurred  Incident Type  Location  Disp.  "
                  "Unit`, a `Day total 03/02/26: N` line after each day) printed 2-up: two log pages reduced side "
                  "by side on each landscape sheet, each inside a thin frame, `Page k of m` printed under each half. "
                  "Trap: the two pages are drawn from the same template, so the left page's rows and the right "
                  "page's rows sit at exactly the same heights and `pdftotext -layout` joins them into one line: "
                  "each text line holds a row of page 1 followed by a row of page 2 (two case numbers, two "
                  "reported times), the column header appears twice on one line and `Page 1 of m` sits beside "
                  "`Page 2 of m`. Read line by line, the records of two pages alternate; the reading order is "
                  "all of the left half, then all of the right half. "
                  + ("The last sheet carries one page on the left and nothing on the right. " if m % 2 else "")
                  + "Occurred is a single time or blank. Ends `Total incidents listed: N`.",
                  "rows counted by the generator; the day totals add up to the closing total")]


# 2 ------------------------------------------------------------------ Quillby County, ID: booklet, labelled blocks
def booklet_order(n):
    """Folios on the sheet sides of a saddle-stitched booklet of n pages: front, back of each sheet."""
    out = []
    for s in range(n // 4):
        out.append((n - 2 * s, 1 + 2 * s))
        out.append((2 + 2 * s, n - 1 - 2 * s))
    return out


def quillby(d, r):
    agency = "Quillby County Sheriff's Office, ID [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 1), 28, (1, 4))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 380 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"QC26-{seq:05d}"
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Courier", 10, 13
    title = "QUILLBY COUNTY SHERIFF'S OFFICE [invented]"

    def header(k):
        return [(792 - 48, 54, title, "Helvetica-Bold", 11),
                (792 - 62, 54, "Monthly Activity Booklet  -  February 2026  -  Incident Log", "Helvetica", 9),
                (792 - 70, 54, None, F, S)]

    add, finish = paginate(header, lambda k, m: [], 792 - 92, 70)
    spans = []
    for rec in recs:
        if rec["occ"] is None:
            occ = "not known"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}"
        lines = [f"CASE NO:     {rec['case_number']:<15}RECEIVED: {rec['reported_at']}",
                 f"NATURE:      {rec['type']}",
                 f"LOCATION:    {rec['location']}",
                 f"OCCURRED:    {occ}",
                 f"DISPOSITION: {rec['disposition']:<27}DEPUTY: #{rec['badge']}"]
        used = add([(54, ln, F, S, L) for ln in lines] + [(54, "- " * 36, F, S, L)], keep=False, gap=4)
        spans.append(used)
    content = finish()
    npages = len(content) + 2
    notes = (-npages) % 4
    npages += notes
    assert npages % 4 == 0 and npages >= 12 and notes >= 1

    def folio(k):
        return [(36, centre(f"{D} {k} {D}", "Helvetica", 10), f"{D} {k} {D}", "Helvetica", 10)]

    cover = [(792 - 200, centre(title, "Helvetica-Bold", 20), title, "Helvetica-Bold", 20),
             (792 - 240, centre("MONTHLY ACTIVITY BOOKLET", "Helvetica-Bold", 16), "MONTHLY ACTIVITY BOOKLET",
              "Helvetica-Bold", 16),
             (792 - 270, centre("February 1 - 28, 2026", "Helvetica", 13), "February 1 - 28, 2026", "Helvetica", 13),
             (792 - 360, 150, "Inside", "Helvetica-Bold", 12),
             (792 - 380, 150, f"Incident log ........................ pages 2-{len(content) + 1}", "Helvetica", 11),
             (792 - 398, 150, "Notes ............................... " + (
                 f"pages {len(content) + 2}-{npages - 1}" if notes > 1 else f"page {npages - 1}" if notes else "-"),
              "Helvetica", 11),
             (792 - 416, 150, f"Legend and totals ............. page {npages} (back cover)", "Helvetica", 11),
             (150, 150, "Records Unit  555-0157", "Helvetica", 10),
             (134, 150, "Printed as a booklet: fold the sheets in half and staple on the fold.",
              "Helvetica-Oblique", 9)] + folio(1)
    legend = [(792 - 80, 72, "DISPOSITION LEGEND", "Helvetica-Bold", 12),
              *[(792 - 104 - 17 * i, 72, t, "Helvetica", 10) for i, t in enumerate(
                  ["Report taken - an incident report was written",
                   "Arrest made - custody arrest; booking record kept separately",
                   "Citation issued - cite and release",
                   "Referred to investigations - assigned to the detective unit",
                   "Unfounded / Cleared - no action - no offence found or none needed",
                   "Warning given / Gone on arrival / Open - pending"])],
              (792 - 250, 72, "TOTALS", "Helvetica-Bold", 12),
              (792 - 274, 72, f"Incidents listed in this booklet: {n}", "Helvetica", 11),
              (792 - 292, 72, "Days covered: 28 (02/01/2026 - 02/28/2026)", "Helvetica", 11),
              (792 - 310, 72, "Deputies are shown by badge number only.", "Helvetica", 11),
              (120, 72, "Quillby County Sheriff's Office [invented]  -  Records Unit 555-0157", "Helvetica", 9)]
    blank_notes = [(792 - 80, 72, "NOTES", "Helvetica-Bold", 12)] + [(792 - 110 - 28 * i, 72, None, F, S)
                                                                       for i in range(22)]
    small = [cover] + [p + folio(k + 2) for k, p in enumerate(content)]
    small += [blank_notes + folio(len(small) + 1 + i) for i in range(notes)]
    small.append(legend + folio(npages))
    assert len(small) == npages
    order = booklet_order(npages)
    sheets = [(a - 1, b - 1) for a, b in order]
    # a block broken over two small pages that sit on different sheet sides
    side_of = {f: i for i, pair in enumerate(order) for f in pair}
    split = [(recs[i], u) for i, u in enumerate(spans) if len(u) > 1]
    cross = [(rec, u) for rec, u in split if side_of[u[0] + 2] != side_of[u[1] + 2]]
    assert len(cross) >= 3, len(cross)
    ex = cross[0]
    path = d / "quillby-county-activity-booklet-2026-02.pdf"
    impose(path, small, sheets)
    return [entry(path, agency, "monthly activity booklet (saddle-stitched)", "labelled blocks",
                  f"booklet of {npages} pages on {npages // 4} sheets printed both sides; sheet sides in PDF order "
                  f"carry pages {', '.join(f'{a}|{b}' for a, b in order)}",
                  recs,
                  f"Labelled blocks in Courier (`CASE NO:     {recs[0]['case_number']}     RECEIVED: "
                  f"{recs[0]['reported_at']}` / `NATURE:` / "
                  "`LOCATION:` / `OCCURRED:` a time, a `from to to` range or `not known` / `DISPOSITION:  DEPUTY: "
                  "#NNN`, a dashed line between blocks), printed as a saddle-stitched booklet: each landscape PDF "
                  "page is one side of a folded sheet with two reduced pages, the page number `\u2014 k \u2014` printed "
                  "under each half. Trap: the booklet imposition puts the pages on the sheets out of reading order "
                  f"({', '.join(f'{a}|{b}' for a, b in order)}): the first PDF page shows the back cover (legend and "
                  "`Incidents listed in this booklet: N`) on the left beside the front cover, the second shows "
                  f"page 2 beside page {npages - 1} ({'a ruled NOTES page' if npages - 1 > len(content) + 1 else 'log'}), "
                  f"the fourth page 4 beside page {npages - 3}, so early and late February share a PDF page and "
                  "their block lines run side by side at nearly the same heights. Blocks are not kept whole: "
                  f"{len(split)} blocks break over two pages, {len(cross)} of them over pages printed on different "
                  f"sheet sides (`{ex[0]['case_number']}` starts on page {ex[1][0] + 2} and ends on page "
                  f"{ex[1][1] + 2}). Only the page numbers give the order. Front cover with a contents list, "
                  f"{notes} ruled `NOTES` page{'s' if notes != 1 else ''} to fill the booklet to a multiple of four, "
                  "legend and totals on the back cover.",
                  "blocks counted by the generator; the back cover gives the total")]


# 3 ------------------------------------------------------------------ Harrowfield, NH: prose log 2-up, runs on
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast to units.",
        "The property was photographed and returned.", "", ""]


def harrowfield(d, r):
    agency = "Harrowfield Police Department, NH [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (11, 15))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 290 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()

    def fmt(t):
        return f"{t.month}/{t.day}/{t:%y}, {t:%H%M} hrs"

    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
    F, S, L, W = "Times-Roman", 11.5, 14.5, 612 - 2 * 60

    def header(k):
        if k == 1:
            return [(792 - 52, 60, "HARROWFIELD POLICE DEPARTMENT [invented]", "Times-Bold", 15),
                    (792 - 70, 60, "Weekly Police Log  \u00b7  March 9 - 15, 2026  \u00b7  for the Town Crier newsletter",
                     "Times-Italic", 11),
                    (792 - 84, 60, "Questions: Records 555-0128. Entries are printed as received; all times are "
                     "24-hour.", "Times-Roman", 9.5),
                    (792 - 92, 60, None, F, S)]
        return [(792 - 52, 60, "Harrowfield PD [invented]  \u00b7  Weekly Police Log, March 9 - 15, 2026", "Times-Italic",
                 10),
                (792 - 58, 60, None, F, S)]

    def footer(k, m):
        return [(44, centre(f"Page {k} of {m}", "Times-Roman", 10), f"Page {k} of {m}", "Times-Roman", 10)]

    add, finish = paginate(header, footer, 792 - 112, 72)
    spans = []
    add([])  # opens page 1, whose header is the long one
    for rec in recs:
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"Occurred at about {rec['occurred_at']}. "
        else:
            occ = f"Occurred between {rec['occurred_from']} and {rec['occurred_to']}. "
        narr = r.choice(NARR)
        txt = (f"{rec['reported_at']} {D} {rec['type']} at {rec['location']}. {occ}{narr + ' ' if narr else ''}"
               f"Case {rec['case_number']}; {rec['disposition']}. Officer #{rec['badge']}.")
        rec["txt"] = txt
        spans.append(add([(60, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=6))
    add([(60, f"Entries in this log: {n}.", "Times-Bold", 11.5, 15)])
    pages = finish()
    m = len(pages)
    assert m % 2 == 0 and m >= 6, m
    sheets = [(i, i + 1) for i in range(0, m, 2)]
    same = [recs[i]["case_number"] for i, u in enumerate(spans) if len(u) > 1 and u[0] % 2 == 0]
    nxt = [recs[i]["case_number"] for i, u in enumerate(spans) if len(u) > 1 and u[0] % 2 == 1]
    assert same and nxt, (same, nxt)
    path = d / "harrowfield-weekly-police-log-2026-03-09-2up.pdf"
    impose(path, pages, sheets)
    return [entry(path, agency, "weekly police log for a town newsletter, printed two pages per sheet", "free text",
                  f"2-up in reading order: {m} pages on {len(sheets)} landscape sheets", recs,
                  f"A prose police log in Times, one paragraph per entry: `{recs[1]['txt']}`, printed 2-up with `Page k "
                  "of m` under each half. Trap: paragraphs are not kept whole, so an entry that starts at the foot "
                  "of the left page runs on at the top of the right page of the same sheet "
                  f"({', '.join(f'`{x}`' for x in same)}), and one at the foot of a right page runs on at the top "
                  f"of the left page of the next sheet ({', '.join(f'`{x}`' for x in nxt)}); meanwhile "
                  "`pdftotext -layout` joins each line of the left page with the line of the right page at the "
                  "same height, so a line of text carries the end of one entry and the start of another from a "
                  "different page, and the case number (the one `Case` number in the paragraph) of a broken entry "
                  "is printed in a different half from its date. The page header changes after page 1. Ends "
                  "`Entries in this log: N.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Pellworth Township, PA: 2-up right to left
def pellworth(d, r):
    agency = "Pellworth Township Police Department, PA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 14, (4, 7))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1010 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"P26-{seq:04d}"
        rec["unit"] = f"{r.randint(1, 4)}B{r.randint(10, 19)}"
        if rec["disposition"] == "Citation issued":
            rec["rel"] = [("citation", f"T{r.randint(440000, 459999)}")]
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L, W = "Helvetica", 10, 13, 612 - 90 - 54

    def header(k):
        return [(792 - 44, 54, "PELLWORTH TOWNSHIP POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                (792 - 58, 54, "Incident Summary  \u00b7  April 6 - 19, 2026  \u00b7  Records 555-0124", "Helvetica", 9.5),
                (792 - 66, 54, None, F, S)]

    def footer(k, m):
        return [(40, 54, "Incidents are numbered in order of report.", "Helvetica-Oblique", 8),
                (40, 480, f"Page {k} of {m}", "Helvetica", 9.5)]

    add, finish = paginate(header, footer, 792 - 88, 64)
    for k, rec in enumerate(recs, 1):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        cit = f" Citation {rec['rel'][0][1]} issued." if rec["rel"] else ""
        txt = (f"{rec['case_number']} {D} Reported {rec['reported_at']}. {rec['type']}, {rec['location']}.{occ} "
               f"Unit {rec['unit']}.{cit} Disposition: {rec['disposition']}.")
        rec["txt"] = f"{k}.  {txt}"
        rec["page"] = add([(54, f"{k}.", F, S, 0)] + [(90, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=5)[0]
    add([(54, f"Total incidents: {n}.", "Helvetica-Bold", 10, 14)])
    pages = finish()
    m = len(pages)
    assert m % 2 == 1 and m >= 5, m
    sheets = [(i + 1 if i + 1 < m else None, i) for i in range(0, m, 2)]
    path = d / "pellworth-incident-summary-2026-04-06-19-2up.pdf"
    impose(path, pages, sheets)
    nc = sum(bool(rec["rel"]) for rec in recs)
    ex_cit = next(rec["rel"][0][1] for rec in recs if rec["rel"])

    def para(pg):
        ks = [k for k, rec in enumerate(recs, 1) if rec["page"] == pg]
        return f"{ks[0]}-{ks[-1]}"

    return [entry(path, agency, "two-week incident summary printed two pages per sheet, right to left",
                  "numbered paragraphs",
                  f"2-up right to left: {m} pages on {len(sheets)} sheets "
                  f"({', '.join(f'{a + 1}|{b + 1}' if a is not None else f'-|{b + 1}' for a, b in sheets)})",
                  recs,
                  f"Numbered paragraphs with a hanging number: `{recs[16]['txt']}`; paragraphs are kept whole. "
                  "Trap: the copier's 2-up page order "
                  "was set right to left, so each sheet carries the later page on the left and the earlier page on "
                  "the right (`Page 2 of m` printed under the left half, `Page 1 of m` under the right), and the "
                  "last, odd page stands alone on the right half of the last sheet with the left half blank. Read "
                  f"left to right or line by line, paragraphs {para(1)} (page 2) come before {para(0)} (page 1) and the two pages' lines "
                  "interleave; the paragraph numbers and the page numbers give the order. "
                  f"{nc} paragraphs print a citation number (`Citation {ex_cit} issued.`), listed in "
                  "`related_numbers` (kind `citation`). Ends `Total incidents: N.`",
                  "paragraphs counted by the generator; paragraph numbers run 1 to N and the closing line gives "
                  "the total")]


# 5 ------------------------------------------------------------------ Ravenholt County, TX: CAD report, cut-and-stack
def ravenholt(d, r):
    agency = "Ravenholt County Sheriff's Office, TX [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 9), 7, (16, 20), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 800 + r.randint(0, 40)
    cad = 0
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"SO26-{seq:05d}"
        rec["disposition"] = codes[rec["disposition"]]
        cad += r.randint(4, 19)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "Courier", 9.5, 12.5
    per_page = {}

    def header(k):
        heads = [(792 - 40, "RAVENHOLT COUNTY SHERIFF'S OFFICE [invented]   CAD INCIDENT REPORT  CADR-04", "Courier-Bold"),
                 (792 - 40 - L, "RUN 02/16/26 05:40  JOB 0417  PERIOD 02/09/26-02/15/26  DISPATCH 555-0163", F),
                 (792 - 40 - 2.5 * L, "INCIDENT    REPORTED          NATURE                   LOCATION", "Courier-Bold"),
                 (792 - 40 - 3.5 * L, "            OCCURRED                       DISP  DEP   CAD NO", "Courier-Bold"),
                 (792 - 40 - 4.5 * L, "-" * 92, F)]
        return [(y, x, t, font, S) for y, line, font in heads for x, t in pieces(line, 36, S)]

    def footer(k, m):
        return [(y, x, t, F, S) for y, line in ((56, f"RECORDS THIS PAGE: {per_page.get(k - 1, 0):3d}"),
                                                  (40, f"PAGE {k:3d} OF {m:3d}")) for x, t in pieces(line, 36, S)]

    add, finish = paginate(header, footer, 792 - 40 - 6 * L, 84)
    for i, rec in enumerate(recs):
        if rec["occ"] is None:
            occ = ""
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']}-{rec['occurred_to']}"
        lines = [f"{rec['case_number']:<12}{rec['reported_at']:<18}{rec['type'][:24]:<25}{rec['location']}",
                 f"{'':12}{occ:<31}{rec['disposition']:<6}{rec['badge']:<6}{rec['rel'][0][1]}"]
        rec["lines"] = [re.sub(r" {3,}", "  ", ln.strip()) for ln in lines]
        used = add([it for ln in lines for it in fixed(ln, 36, F, S, L)])
        per_page[used[0]] = per_page.get(used[0], 0) + 1
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            add(fixed(f"*** DATE {rec['dt']:%m/%d/%y}  INCIDENTS {cnt:3d} ***", 36, F, S, L * 1.5))
    add([(36, "-" * 92, F, S, L), (36, f"TOTAL RECORDS PRINTED: {n}", "Courier-Bold", S, L)]
        + fixed("DISP: RPT REPORT  ARR ARREST  CIT CITATION  REF REFERRED  UNF UNFOUNDED", 36, F, S, L)
        + fixed("      CLR CLEARED  WRN WARNING  GOA GONE ON ARRIVAL  OPN OPEN", 36, F, S, L)
        + [(36, "*** END OF REPORT ***", F, S, L)])
    pages = finish()
    m = len(pages)
    h = (m + 1) // 2
    assert m >= 6
    sheets = [(i, i + h if i + h < m else None) for i in range(h)]
    path = d / "ravenholt-county-cad-incident-report-2026-02-09-15-cut-stack.pdf"
    day1 = sum(rec["dt"].day == 9 for rec in recs)
    impose(path, pages, sheets, border=False)
    return [entry(path, agency, "CAD incident report printed cut-and-stack for a commissioners' packet",
                  "other: line-printer report, two lines per record",
                  f"2-up cut-and-stack: {m} pages on {h} sheets "
                  f"({', '.join(f'{a + 1}|{b + 1}' if b is not None else f'{a + 1}|-' for a, b in sheets)})",
                  recs,
                  f"A CAD line-printer report in Courier capitals, two lines per incident: `{recs[4]['lines'][0]}` "
                  f"and below it `{recs[4]['lines'][1]}`: the occurred time or `from-to` range, a "
                  "disposition code (`RPT`, legend at the end), the deputy's badge and a 10-digit CAD number "
                  f"(listed in `related_numbers`, kind `cad`); `*** DATE 02/09/26  INCIDENTS  {day1} ***` "
                  f"after each day and `RECORDS THIS PAGE:  {per_page[0]}` and `PAGE   1 OF   {m}` at the foot of every page. "
                  "Trap: the county print shop printed it cut-and-stack for a packet (2-up so that after cutting "
                  "the stack down the middle and laying the right-hand stack under the left, the pages come in "
                  f"order), and the sheets were scanned before cutting: sheet i carries page i on the left and page "
                  f"i+{h} on the right ({', '.join(f'{a + 1}|{b + 1}' if b is not None else f'{a + 1}|-' for a, b in sheets)}"
                  "). The first sheet shows the start of the report beside its middle, the end of the report "
                  f"(the total, the legend, `END OF REPORT`) sits on the right half of sheet {m - h}, not on the last "
                  "sheet, and reading "
                  "the PDF left-right, sheet by sheet, gives the order 1, "
                  f"{1 + h}, 2, {2 + h}, ...; only the `PAGE k OF m` lines give the order. Ends `TOTAL RECORDS "
                  "PRINTED: N`.",
                  "records counted by the generator; the per-page counts and the day totals add up to the total")]


AGENCIES = [("marrowgate-or-pd", 1, marrowgate), ("quillby-county-id-so", 2, quillby),
            ("harrowfield-nh-pd", 3, harrowfield), ("pellworth-township-pa-pd", 4, pellworth),
            ("ravenholt-county-tx-so", 5, ravenholt)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
