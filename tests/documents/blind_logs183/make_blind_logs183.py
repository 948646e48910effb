"""Generate a held-out set of incident logs with extreme page geometry and type sizes (blind_logs183).

Five agencies, five layouts, one trap each, all about page geometry and type size: a web page exported
as one 8.5 x 120 inch page holding every record (a table with header); a thermal-printer roll 3 inches
wide cut into long pages with tickets broken over the cuts (labelled blocks); an A3 landscape CAD table
in 5.5 pt type with the CAD event number before the case number (dense table); a log continuing over
letter portrait, legal landscape, A4 and half-letter pages at a different scale on each (numbered
items); prose log pages printed 'fit to page' at 56 % into the corner of tabloid sheets beside a
records stamp whose request number has the shape of a case number (paragraphs). Everything is
invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs183/make_blind_logs183.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape, legal, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026183
D = "\u2014"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping", "Animal complaint", "Lost property"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
SHORT = {"Report taken": "Report", "Arrest made": "Arrest", "Citation issued": "Citation",
         "Referred to investigations": "Referred", "Unfounded": "Unfounded", "Cleared - no action": "Cleared",
         "Warning given": "Warning", "Gone on arrival": "GOA", "Open - pending": "Open"}
CODES = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
         "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
         "Open - pending": "OPN"}
STREETS = [("Osprey Ridge Road", "Osprey Ridge Rd"), ("Tamsin Avenue", "Tamsin Ave"),
           ("Larkmoor Drive", "Larkmoor Dr"), ("Fennick Street", "Fennick St"), ("Old Quarry Road", "Old Quarry Rd"),
           ("Cobbler Lane", "Cobbler Ln"), ("Hollins Court", "Hollins Ct"), ("Saltmarsh Way", "Saltmarsh Way"),
           ("Mill Pond Road", "Mill Pond Rd"), ("Sorrel Street", "Sorrel St"), ("Juniper Bend Avenue", "Juniper Bend Ave"),
           ("Pinchot Road", "Pinchot Rd"), ("Wexley Boulevard", "Wexley Blvd"), ("Granary Street", "Granary St")]
PLACES = ["Transit center", "Public library", "Fairgrounds", "High school lot", "Boat ramp", "Community pool",
          "Rest area"]
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast to units.",
        "The property was photographed and returned.", "", ""]
TABLOID = (792, 1224)
HALF_LETTER = (396, 612)


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
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": []})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


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


def wrap_cols(text, cols):
    """Wrap at word boundaries to a fixed number of columns (a receipt printer's line)."""
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and len(trial) > cols:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def draw_items(c, items, width):
    """items: (y, x, text, font, size) or (y, x, None, ...) for a rule across the page."""
    for y, x, text, font, fs in items:
        if text is None:
            c.setLineWidth(0.5)
            c.line(x, y, width - x, y)
            continue
        c.setFont(font, fs)
        c.drawString(x, y, text)


def occ_text(rec, sep=" to "):
    if rec["occ"] is None:
        return ""
    return rec.get("occurred_at") or f"{rec['occurred_from']}{sep}{rec['occurred_to']}"


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, geometry, recs, notes, count_check):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs183.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "page_geometry": geometry,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                           "location", "disposition"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs183.py) from the records it drew, in "
                               "reading order; checked by check_blind_logs183.py against `pdftotext -layout` "
                               "text of each page",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Kestrelmoor, WA: one 120-inch web page
def kestrelmoor(d, r):
    agency = "Kestrelmoor Police Department, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 5, 4), 14, (12, 17), short=True)
    n = len(recs)
    assert 150 <= n <= 250, n
    seq = 4480 + r.randint(0, 60)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:05d}"
        rec["disposition"] = SHORT[rec["disposition"]]
    set_times(recs, "%m/%d/%y %H:%M")
    W, H = 612, 8640
    F, S = "Helvetica", 8
    cols = [("Incident #", 30), ("Reported", 92), ("Type", 162), ("Location", 292), ("Disposition", 470)]
    items = [(H - 22, 30, "kestrelmoor.example.gov/police/records/daily-activity-log", F, 7),
             (H - 22, 470, "printed 05/18/2026 07:02", F, 7),
             (H - 44, 30, "Home  >  Police  >  Records  >  Daily Activity Log", F, 8),
             (H - 70, 30, "KESTRELMOOR POLICE DEPARTMENT [invented]", "Helvetica-Bold", 15),
             (H - 86, 30, "Daily Activity Log  |  May 4 - 17, 2026  |  Records Unit 555-0131", F, 9),
             (H - 104, 30, f"Showing 1-{n} of {n} incidents, sorted by time reported", "Helvetica-Oblique", 8),
             (H - 112, 30, None, F, S)]
    items += [(H - 124, x, t, "Helvetica-Bold", 8) for t, x in cols]
    items.append((H - 129, 30, None, F, S))
    y = H - 146
    for i, rec in enumerate(recs):
        if i == 0 or rec["dt"].date() != recs[i - 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            items.append((y, 30, f"{rec['dt']:%A, %B} {rec['dt'].day}, 2026  ({cnt} incidents)", "Helvetica-Bold", 8.5))
            y -= 17
        vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"]]
        for v, (_, x) in zip(vals, cols):
            nxt = [c[1] for c in cols if c[1] > x]
            assert x + stringWidth(v, F, S) < (nxt[0] if nxt else W - 20) - 4, v
            items.append((y, x, v, F, S))
        occ = occ_text(rec)
        narr = r.choice(NARR)
        sub = (f"Occurred {occ}. " if occ else "") + narr
        if sub:
            items.append((y - 10, 162, sub, "Helvetica-Oblique", 7))
        rec["row"] = "  ".join(vals)
        y -= 32
    items.append((y - 4, 30, None, F, S))
    items.append((y - 20, 30, f"Showing 1-{n} of {n} incidents", "Helvetica-Oblique", 8))
    items.append((y - 44, 30, "(c) 2026 City of Kestrelmoor [invented]  |  Accessibility  |  Contact: Records Unit "
                  "555-0131  |  Back to top", F, 7))
    assert y - 44 > 36, y
    path = d / "kestrelmoor-daily-activity-log-2026-05-04-17-webpage.pdf"
    c = new_canvas(path, (W, H))
    c.setFillGray(0.93)
    c.rect(0, H - 56, W, 56, stroke=0, fill=1)
    c.setFillGray(0)
    draw_items(c, items, W)
    c.showPage()
    c.save()
    return [entry(path, agency, "daily activity log web page saved as PDF", "table with header",
                  f"one page of {W} x {H} pt (8.5 x 120 in) holding all {n} records",
                  recs,
                  "A records web page saved as PDF the way a 'save as one long page' export does it: ONE page "
                  "8.5 in wide and 120 in long, no page breaks, every record on it. Site chrome at the top "
                  "(URL and print time, breadcrumb, title, `Showing 1-N of N incidents`), then one table "
                  f"(`Incident #  Reported  Type  Location  Disposition`) whose header is printed once only, a bold "
                  f"day row before each day (`{recs[0]['dt']:%A, %B} {recs[0]['dt'].day}, 2026  (k incidents)`), each "
                  f"incident a row `{recs[0]['row']}` with an italic line under it holding `Occurred ...` (a time, "
                  "a `from to to` range, or nothing) and a note. The site footer and a second `Showing 1-N of N` "
                  f"line close the page. Trap: the geometry: {n} records on one 8640 pt tall page (a 300 dpi "
                  "rendering would be 2550 x 36000 px; many viewers and rasterisers cap or scale such a page), no "
                  "per-page header or footer to repeat, and the page continues with blank space below the footer. "
                  "Dispositions are short words (`GOA`, `Report`).",
                  "rows counted by the generator; the day rows add up to the `Showing 1-N of N` total")]


# 2 ------------------------------------------------------------------ Thistlecombe County, MT: receipt roll
def thistlecombe(d, r):
    agency = "Thistlecombe County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 5, 11), 7, (11, 14), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 1180 + r.randint(0, 60)
    cad = 0
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"TC26-{seq:05d}"
        rec["disposition"] = rec["disposition"].upper()
        cad += r.randint(3, 17)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
    set_times(recs, "%m/%d/%y %H:%M")
    W, H = 216, 1152  # 3 x 16 in segments of the roll
    F, S, L, X, COLS = "Courier", 7, 8.6, 12, 32
    lines = ["THISTLECOMBE CO SHERIFF", "[invented]", "DISPATCH TICKET LOG", "05/11/26 - 05/17/26",
             "DISPATCH 555-0176", "=" * COLS]
    for i, rec in enumerate(recs):
        occ = occ_text(rec, sep="-")
        rec["ticket"] = [f"INC  {rec['case_number']}", f"RCVD {rec['reported_at']}"]
        for tag, val in (("TYPE", rec["type"]), ("LOC ", rec["location"]), ("OCC ", occ or "UNK"),
                         ("DISP", rec["disposition"])):
            for k, part in enumerate(wrap_cols(val, COLS - 5)):
                rec["ticket"].append(f"{tag if k == 0 else '    '} {part}")
        rec["ticket"].append(f"DEP  #{rec['badge']}  CAD {rec['rel'][0][1]}")
        rec["first_line"] = len(lines)
        lines += rec["ticket"] + ["-" * COLS]
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            cnt = sum(x["dt"].date() == rec["dt"].date() for x in recs)
            lines += [f"** END DAY {rec['dt']:%m/%d/%y} TKTS {cnt:3d} **", "-" * COLS]
    lines += [f"TOTAL TICKETS {n}", "DISP CODES AS PRINTED", "*** END OF LOG ***"]
    assert max(len(x) for x in lines) <= COLS
    per = int((H - 24) // L)
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    broken = [rec["case_number"] for rec in recs
              if rec["first_line"] // per != (rec["first_line"] + len(rec["ticket"]) - 1) // per]
    assert len(broken) >= 2, broken
    path = d / "thistlecombe-county-dispatch-ticket-roll-2026-05-11-17.pdf"
    c = new_canvas(path, (W, H))
    for pg in pages:
        y = H - 16
        for ln in pg:
            c.setFont(F, S)
            c.drawString(X, y, ln)
            y -= L
        c.showPage()
    c.save()
    ex = recs[2]
    return [entry(path, agency, "dispatch ticket log printed on a thermal receipt roll", "labelled blocks",
                  f"{len(pages)} pages of {W} x {H} pt (3 x 16 in roll segments), Courier {S} pt, {COLS} columns",
                  recs,
                  "A dispatch console's thermal ticket printer log, saved as PDF: a roll 3 in wide cut into 16 in "
                  f"pages, Courier {S} pt capitals, {COLS} characters a line, one ticket per incident between dashed "
                  f"lines: `{' / '.join(ex['ticket'])}` (INC the incident id, RCVD reported, OCC a time, a "
                  "`from-to` range or `UNK`, DISP, the deputy's badge and a 10-digit CAD number, listed in "
                  "`related_numbers`, kind `cad`); long TYPE, LOC and OCC values wrap onto an indented line of their own "
                  "(joined with a space in the samples); `** END DAY 05/11/26 TKTS  k **` after each day. Trap: the "
                  "roll is cut into pages every 16 in with no regard for the tickets and no header on later pages, "
                  f"so tickets are broken over the cuts ({', '.join(f'`{x}`' for x in broken)}): the INC line on "
                  "one page, the rest of the ticket at the top of the next; the page is 3 in wide and 16 in tall. "
                  "Ends `TOTAL TICKETS N`.",
                  "tickets counted by the generator; the day lines add up to the closing total")]


# 3 ------------------------------------------------------------------ Port Calloway, ME: A3 landscape, 5.5 pt
def port_calloway(d, r):
    agency = "Port Calloway Police Department, ME [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 20), 7, (18, 23), short=True, upper=True)
    n = len(recs)
    assert 120 <= n <= 150, n
    seq = 3300 + r.randint(0, 60)
    ev = 0
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"PC26-{seq:05d}"
        ev += r.randint(1, 4)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}-{ev % 1000:04d}")]
        rec["disposition"] = CODES[rec["disposition"]]
        rec["unit"] = f"{r.randint(1, 4)}{r.choice('ABC')}{r.randint(10, 29)}"
        rec["beat"] = f"B{r.randint(1, 6)}"
        rec["code"] = str(r.randint(100, 999))
        rec["disp_at"] = (rec["dt"] + datetime.timedelta(minutes=r.randint(1, 9))).strftime("%H:%M")
        rec["arr_at"] = (rec["dt"] + datetime.timedelta(minutes=r.randint(10, 25))).strftime("%H:%M")
        rec["clr_at"] = (rec["dt"] + datetime.timedelta(minutes=r.randint(30, 140))).strftime("%H:%M")
    set_times(recs, "%m/%d/%y %H:%M")
    W, H = landscape(A3)
    F, S, L = "Helvetica", 5.5, 6.9
    cols = [("CAD EVENT", 28), ("CASE NO.", 74), ("RECEIVED", 118), ("DISP", 162), ("ARR", 182), ("CLR", 202),
            ("CODE", 224), ("CALL TYPE", 244), ("LOCATION", 340), ("BEAT", 470), ("OCCURRED", 490),
            ("UNIT", 590), ("DSP", 614), ("NOTES", 636)]
    for rec in recs:
        occ = occ_text(rec, sep="-")
        rec["vals"] = [rec["rel"][0][1], rec["case_number"], rec["reported_at"], rec["disp_at"], rec["arr_at"],
                       rec["clr_at"], rec["code"], rec["type"], rec["location"], rec["beat"], occ, rec["unit"],
                       rec["disposition"], r.choice(NARR).upper()]
        for k, v in enumerate(rec["vals"]):
            right = cols[k + 1][1] if k + 1 < len(cols) else W - 28
            assert cols[k][1] + stringWidth(v, F, S) < right - 2.5, v
    top, bottom = H - 64, 34
    per = int((top - bottom) // L) + 1
    chunks = [recs[k:k + per] for k in range(0, n, per)]
    path = d / "port-calloway-cad-call-listing-2026-04-20-26-a3.pdf"
    c = new_canvas(path, (W, H))
    for pg, chunk in enumerate(chunks, 1):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(28, H - 26, "PORT CALLOWAY POLICE DEPARTMENT [invented]  -  CAD CALL LISTING  04/20/26 - 04/26/26")
        c.setFont(F, 6)
        c.drawString(28, H - 36, f"Report CL-33  run 04/27/26 05:10  A3 landscape  Communications 555-0159  "
                                 f"Rows this page: {len(chunk)}")
        c.setFont("Helvetica-Bold", S)
        for t, x in cols:
            c.drawString(x, H - 52, t)
        c.setLineWidth(0.4)
        c.line(28, H - 55, W - 28, H - 55)
        y = top
        for i, rec in enumerate(chunk):
            if i % 2:
                c.setFillGray(0.9)
                c.rect(26, y - 1.6, W - 52, L, stroke=0, fill=1)
                c.setFillGray(0)
            c.setFont(F, S)
            for v, (_, x) in zip(rec["vals"], cols):
                c.drawString(x, y, v)
            y -= L
        if pg == len(chunks):
            c.setFont("Helvetica-Bold", 6)
            c.drawString(28, y - 6, f"TOTAL CALLS LISTED: {n}")
            c.setFont(F, 5.5)
            c.drawString(28, y - 14, "DSP: RPT REPORT  ARR ARREST  CIT CITATION  REF REFERRED  UNF UNFOUNDED  "
                                     "CLR CLEARED  WRN WARNING  GOA GONE ON ARRIVAL  OPN OPEN")
        c.setFont(F, 6)
        c.drawString(W - 90, 20, f"Page {pg} of {len(chunks)}")
        c.showPage()
    c.save()
    return [entry(path, agency, "CAD call listing on A3 landscape in 5.5 pt type", "other: dense wide table",
                  f"{len(chunks)} pages of A3 landscape ({W:.2f} x {H:.2f} pt), body type {S} pt on {L} pt lines, "
                  f"{per} rows a page",
                  recs,
                  f"A CAD call listing printed on A3 landscape in {S} pt Helvetica capitals on {L} pt lines, {per} "
                  "rows on a full page, zebra-striped, 14 narrow columns (`CAD EVENT  CASE NO.  RECEIVED  DISP  ARR  "
                  "CLR  CODE  CALL TYPE  LOCATION  BEAT  OCCURRED  UNIT  DSP  NOTES`): "
                  f"`{'  '.join(v for v in recs[0]['vals'] if v)}`. Trap: the type is tiny, the gaps between "
                  "some columns are only 4-6 pt, and the first number on every row is the CAD event number "
                  f"(`{recs[0]['rel'][0][1]}`, date and sequence, listed in `related_numbers`, kind `cad`), not the "
                  "case number, which is the second column; the dispatch, arrival and clear times, a three-digit "
                  "call code, the beat and unit sit beside them. Occurred is a time, a `from-to` range or blank; "
                  "DSP is a code with a legend after the last row. Ends `TOTAL CALLS LISTED: N`.",
                  "rows counted by the generator; the `Rows this page` counts add up to the total")]


# 4 ------------------------------------------------------------------ Wrenfield Township, MI: mixed page sizes
def wrenfield(d, r):
    agency = "Wrenfield Township Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 6, 1), 14, (6, 9))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 610 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"W26-{seq:05d}"
    set_times(recs, "%m/%d/%Y %H:%M")
    # (name, size, scale): the page geometry and the scale its part of the log was printed at
    geo = [("letter portrait", letter, 1.0), ("legal landscape", landscape(legal), 1.12),
           ("half-letter portrait", HALF_LETTER, 0.66), ("A4 portrait", A4, 0.86), ("letter landscape", landscape(letter), 0.94),
           ("A4 portrait", A4, 0.86), ("half-letter portrait", HALF_LETTER, 0.66), ("letter portrait", letter, 1.0),
           ("legal landscape", landscape(legal), 1.12), ("letter portrait", letter, 1.0)]
    for k, rec in enumerate(recs, 1):
        occ = occ_text(rec)
        txt = (f"{k}. {rec['case_number']} {D} {rec['reported_at']} {D} {rec['type']} at {rec['location']}."
               + (f" Occurred {occ}." if occ else "") + f" {r.choice(NARR[:-2])} Officer #{rec['badge']}."
               f" Disposition: {rec['disposition']}.")
        rec["txt"] = txt
    pages = []
    i = 0  # record index; text of a record not yet printed is kept in `rest`
    rest = None
    spans = {}
    ended = False
    for g, (gname, size, sc) in enumerate(geo):
        if ended:
            break
        w, h = size
        fs, leading, m = 11 * sc, 14.5 * sc, 54 * sc
        items = [(h - m, m, "WRENFIELD TOWNSHIP POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11 * sc),
                 (h - m - 14 * sc, m, "Numbered Incident List  June 1 - 14, 2026  Records 555-0117"
                  + ("" if g == 0 else "  (continued)"), "Helvetica", 8.5 * sc),
                 (h - m - 20 * sc, m, None, "Helvetica", fs)]
        y = h - m - 34 * sc
        bottom = m + 22 * sc
        full = False
        while i < n and not full:
            rec = recs[i]
            if rest is None:
                rest = wrap(rec["txt"], "Helvetica", fs, w - 2 * m - 14 * sc)
                rest = [(ln, j == 0) for j, ln in enumerate(rest)]
            while rest:
                if y < bottom:
                    full = True
                    break
                ln, first = rest[0]
                items.append((y, m if first else m + 14 * sc, ln, "Helvetica", fs))
                spans.setdefault(rec["case_number"], []).append(g)
                rest = rest[1:]
                y -= leading
            if not rest:
                rest = None
                i += 1
                y -= 3 * sc
        if i == n and y - leading > bottom:
            items.append((y - 4 * sc, m, f"End of list: {n} incidents.", "Helvetica-Bold", fs))
            ended = True
        items.append((m * 0.6, w - m - 60 * sc, f"Sheet {g + 1}", "Helvetica", 8 * sc))
        pages.append((gname, size, sc, fs, items))
    assert i == n and len(pages) >= 5 and len({p[0] for p in pages}) >= 4, (i, len(pages))
    assert any("End of list" in str(it[2]) for it in pages[-1][4])
    broken = [num for num, gs in spans.items() if len(set(gs)) > 1]
    assert len(broken) >= 2, broken
    path = d / "wrenfield-township-numbered-incident-list-2026-06-01-14-mixed-sizes.pdf"
    c = new_canvas(path, pages[0][1])
    for _, size, _, _, items in pages:
        c.setPageSize(size)
        draw_items(c, [it if it[2] is not None else (it[0], it[1], None, it[3], it[4]) for it in items], size[0])
        c.showPage()
    c.save()
    desc = ", ".join(f"{g} {s[0]:.0f}x{s[1]:.0f} at {f:.1f} pt" for g, s, _, f, _ in pages)
    return [entry(path, agency, "numbered incident list assembled from prints on differing paper", "numbered items",
                  f"{len(pages)} pages of differing size and orientation: {desc}",
                  recs,
                  f"A numbered incident list, one item per incident with a hanging number: `{recs[3]['txt']}`. "
                  "Trap: the PDF was assembled from prints made on whatever paper each printer held, so the pages "
                  f"change size, orientation and scale as the list runs on ({desc}): the type size, margins and "
                  "line length change from page to page, items are not kept whole and run on from one page to the "
                  f"next of another size ({', '.join(f'`{x}`' for x in broken)}), every page after the first says "
                  "`(continued)` and is numbered `Sheet k` only. Item numbers run 1 to N. Ends `End of list: N "
                  "incidents.`",
                  "items counted by the generator; item numbers run 1 to N and the closing line gives the total")]


# 5 ------------------------------------------------------------------ Ashgrove Springs, NM: fit-to-page corner
def ashgrove(d, r):
    agency = "Ashgrove Springs Police Department, NM [invented]"
    recs = make_recs(r, datetime.datetime(2026, 5, 18), 10, (5, 8))
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 350 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()
    set_times(recs, "%m/%d/%Y %H%M")
    request = f"26-{r.randint(150, 240):04d}"
    SW, SH = letter
    F, S, L, M = "Times-Roman", 10, 12.5, 54
    pages = []

    def new_page():
        pages.append([(SH - 44, M, "ASHGROVE SPRINGS POLICE DEPARTMENT [invented]", "Times-Bold", 12),
                      (SH - 58, M, "Police Blotter  \u00b7  May 18 - 27, 2026  \u00b7  Records 555-0193", "Times-Italic",
                       10),
                      (SH - 64, M, None, F, S)])
        return SH - 82

    y = new_page()
    bottom = 60
    for rec in recs:
        occ = occ_text(rec)
        narr = r.choice(NARR)
        txt = (f"{rec['reported_at']} {D} Case {rec['case_number']} {D} {rec['type']}, {rec['location']}."
               + (f" Occurred {occ}." if occ else "") + (f" {narr}" if narr else "")
               + f" Disposition: {rec['disposition']}. Officer #{rec['badge']}.")
        rec["txt"] = txt
        lines = wrap(txt, F, S, SW - 2 * M)
        if y - len(lines) * L < bottom:
            y = new_page()
        for ln in lines:
            pages[-1].append((y, M, ln, F, S))
            y -= L
        y -= 5
    if y - 20 < bottom:
        y = new_page()
    pages[-1].append((y - 6, M, f"Incidents in this blotter: {n}.", "Times-Bold", S))
    m = len(pages)
    for k, it in enumerate(pages, 1):
        it.append((40, M, f"Page {k} of {m}", F, 9))
    assert m >= 4, m
    SC = 0.56
    W, H = TABLOID
    path = d / "ashgrove-springs-police-blotter-2026-05-18-27-fit-to-page.pdf"
    c = new_canvas(path, (W, H))
    for k, it in enumerate(pages, 1):
        c.saveState()
        c.translate(24, H - 24 - SH * SC)
        c.scale(SC, SC)
        c.setLineWidth(0.6)
        c.rect(0, 0, SW, SH)
        draw_items(c, it, SW)
        c.restoreState()
        # the records stamp in the empty part of the sheet
        sx, sy = 430, 300
        c.setStrokeColorRGB(0.55, 0.1, 0.1)
        c.setFillColorRGB(0.55, 0.1, 0.1)
        c.setLineWidth(1.6)
        c.rect(sx, sy, 300, 92)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(sx + 14, sy + 66, "COPY  -  RECORDS RELEASE")
        c.setFont("Helvetica", 10)
        c.drawString(sx + 14, sy + 46, "Ashgrove Springs PD Records Unit [invented]")
        c.drawString(sx + 14, sy + 30, f"Request No. {request}   Released 06/03/2026")
        c.drawString(sx + 14, sy + 14, f"Fit to page 56%   Sheet {k} of {m}")
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    return [entry(path, agency, "police blotter printed fit-to-page in the corner of tabloid sheets",
                  "free text",
                  f"{m} tabloid pages ({W} x {H} pt), each holding one letter-size log page reduced to {SC:.0%} "
                  f"({SW * SC:.0f} x {SH * SC:.0f} pt) in the top left corner; body type {S * SC:.1f} pt as printed",
                  recs,
                  f"A police blotter in Times, one paragraph per incident: `{recs[1]['txt']}`. Trap: each letter page "
                  f"was printed 'fit to page' at {SC:.0%} into the top left corner of a tabloid sheet, so the log "
                  f"takes about a sixth of each page and its body type is {S * SC:.1f} pt, with the rest of the sheet "
                  "empty except for a red records stamp (`COPY  -  RECORDS RELEASE`, `Request No. "
                  f"{request}   Released 06/03/2026`, `Fit to page 56%   Sheet k of m`) in the lower half; the "
                  f"request number `{request}` has exactly the shape of the case numbers and is printed on every "
                  "sheet but is no record (and not listed in `related_numbers`: it is printed outside every "
                  "record). The case number is the one `Case` number inside the paragraph, after the date; "
                  "paragraphs are kept whole within a page. Ends `Incidents in this blotter: N.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


AGENCIES = [("kestrelmoor-wa-pd", 1, kestrelmoor), ("thistlecombe-county-mt-so", 2, thistlecombe),
            ("port-calloway-me-pd", 3, port_calloway), ("wrenfield-township-mi-pd", 4, wrenfield),
            ("ashgrove-springs-nm-pd", 5, ashgrove)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
