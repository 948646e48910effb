"""Generate a held-out set of incident logs whose record number is not at the start of the record
(blind_logs174).

Five agencies, five layouts, one trap each, all of them about where the record number sits: a table
whose report number is the last column of each row, with dates printed as eight-digit numbers of the
same shape as the ids; labelled blocks on shaded bands with the incident number in a right-hand margin
beside the middle of the block; prose paragraphs separated by blank lines that end with the number in
parentheses, some of them citing other incidents' numbers earlier in the paragraph; items numbered per
day (the numbering restarts each day) with the incident number on the line after the
date-time-location line, that line sometimes orphaned at the foot of a page; framed cards with the
number at the foot of the card after the narrative, some cards running over a page break. Everything
is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs174/make_blind_logs174.py [OUT_DIR]
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
SEED = 2026174
D = "\u2014"
DOT = "\u00b7"
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
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast to units.",
        "The property was photographed and returned.", "Two juveniles were seen leaving on bicycles.",
        "The reporting party will call back with serial numbers.", "A witness gave a partial plate.",
        "Entry was through an unlocked rear door.", "Loss estimated at $250.", "The area was checked twice overnight."]
PORTRAIT = letter
WIDE = landscape(letter)


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


def location(r, short=False, upper=False, places=PLACES):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        out = f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        out = f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    else:
        out = r.choice(places)
    return out.upper() if upper else out


def make_recs(r, first_day, days, per_day, short=False, upper=False, places=PLACES):
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
                         "location": location(r, short, upper, places), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": []})
    return recs


def set_times(recs, fmt):
    """The printed reported / occurred values, in the document's own date format."""
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


class Doc:
    """Pages as lists of drawing items. add() places lines (each a list of (x, text, font, size) runs and a
    step) from the top down, breaking to a new page; it returns the segments [page, top, bottom] the lines
    went on, so that shading, rules and frames can be drawn under them afterwards."""

    def __init__(self, size, header, footer, top, bottom):
        self.size, self.header, self.footer, self.top, self.bottom = size, header, footer, top, bottom
        self.pages, self.under = [], []
        self.y = 0

    def new_page(self):
        self.pages.append(list(self.header(len(self.pages) + 1)))
        self.under.append([])
        self.y = self.top

    def fits(self, lines):
        return self.pages and self.y - sum(step for _, step in lines) >= self.bottom

    def add(self, lines, keep=True, gap=0):
        if not self.pages or (keep and not self.fits(lines)):
            self.new_page()
        segs = []
        for runs, step in lines:
            if self.y - step < self.bottom:
                self.new_page()
            if not segs or segs[-1][0] != len(self.pages) - 1:
                segs.append([len(self.pages) - 1, self.y, self.y])
            base = self.y - step + 0.3 * step
            for x, text, font, fs in runs:
                self.pages[-1].append(("t", x, base, text, font, fs))
            self.y -= step
            segs[-1][2] = self.y
        self.y -= gap
        return segs

    def space(self, h):
        self.y -= h

    def render(self, path):
        c = new_canvas(path, self.size)
        m = len(self.pages)
        for k, (items, under) in enumerate(zip(self.pages, self.under), 1):
            for it in under + items + list(self.footer(k, m)):
                if it[0] == "t":
                    _, x, y, text, font, fs = it
                    c.setFillGray(0)
                    c.setFont(font, fs)
                    c.drawString(x, y, text)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w = it
                    c.setLineWidth(w)
                    c.setStrokeGray(0)
                    c.line(x1, y1, x2, y2)
                elif it[0] == "r":
                    _, x, y, w, h, gray, stroke = it
                    c.setLineWidth(0.8)
                    c.setStrokeGray(0)
                    if gray is not None:
                        c.setFillGray(gray)
                    c.rect(x, y, w, h, stroke=stroke, fill=gray is not None)
            c.showPage()
        c.save()
        return m


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, id_position):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs174.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "id_position": id_position,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                           "location", "disposition"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs174.py) from the records it drew, in "
                               "reading order; checked by check_blind_logs174.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def page_footer(left, font="Helvetica", size=8.5, width=612, margin=36):
    def footer(k, m):
        t = f"Page {k} of {m}"
        return [("t", margin, 30, left, font, size),
                ("t", width - margin - stringWidth(t, font, size), 30, t, font, size)]
    return footer


# 1 ------------------------------------------------------------------ Brinsford, WI: table, number last
def brinsford(d, r):
    agency = "Brinsford Police Department, WI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 14, (4, 8), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 4100 + r.randint(0, 200)
    short = {"Report taken": "Report", "Arrest made": "Arrest", "Citation issued": "Cited",
             "Referred to investigations": "Referred", "Unfounded": "Unfounded", "Cleared - no action": "Cleared",
             "Warning given": "Warning", "Gone on arrival": "GOA", "Open - pending": "Open"}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"26{seq:06d}"
        rec["disposition"] = short[rec["disposition"]]
        nar = " ".join(r.sample(NARR, r.randint(1, 3)))
        rec["summary"] = nar
    set_times(recs, "%Y%m%d %H%M")
    F, S, L = "Helvetica", 8, 10.5
    cols = [("Reported", 30), ("Occurred", 100), ("Offense", 176), ("Location", 290), ("Summary", 420),
            ("Disp.", 650), ("Report No.", 708)]
    W = 792

    def header(k):
        return [("t", 30, 612 - 40, "BRINSFORD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                ("t", 30, 612 - 54, "Offense Activity Listing  03/02/2026 - 03/15/2026  "
                 "(dates as YYYYMMDD, times 24-hour)  Records 555-0119", "Helvetica", 8.5),
                ("l", 30, 612 - 62, W - 30, 612 - 62, 1)] + [
                ("t", x, 612 - 73, t, "Helvetica-Bold", 8) for t, x in cols] + [
                ("l", 30, 612 - 78, W - 30, 612 - 78, 1)]

    doc = Doc(WIDE, header, page_footer("LISTING OAL-7  printed 03/16/2026 07:02", width=W, margin=30),
              612 - 80, 48)
    for rec in recs:
        occ1, occ2 = "", ""
        if "occurred_at" in rec:
            occ1 = rec["occurred_at"]
        elif "occurred_from" in rec:
            occ1, occ2 = rec["occurred_from"], f"to {rec['occurred_to']}"
        cells = [[rec["reported_at"]], [occ1, occ2] if occ2 else [occ1], wrap(rec["type"], F, S, 108),
                 wrap(rec["location"], F, S, 124), wrap(rec["summary"], F, S, 222), [rec["disposition"]],
                 [rec["case_number"]]]
        for k, cell in enumerate(cells):
            right = cols[k + 1][1] if k + 1 < len(cols) else W - 30
            assert all(cols[k][1] + stringWidth(v, F, S) < right - 4 for v in cell), cell
        h = max(len(c) for c in cells)
        lines = [([(x, cell[i], F, S) for cell, (_, x) in zip(cells, cols) if i < len(cell) and cell[i]],
                  L) for i in range(h)]
        lines[-1] = (lines[-1][0], L + 3)
        segs = doc.add([([], 3)] + lines)
        p, top, _ = segs[0]
        if top != doc.top:
            doc.under[p].append(("l", 30, top, W - 30, top, 0.4))
    doc.space(6)
    doc.add([([(30, f"Records listed: {n}", "Helvetica-Bold", 9)], 14)])
    path = d / "brinsford-offense-activity-listing-2026-03-02-15.pdf"
    m = doc.render(path)
    assert m >= 4
    ex = recs[0]
    rg = next(rec for rec in recs if "occurred_from" in rec)
    return [entry(path, agency, "two-week offense activity listing", "table with header", recs,
                  "A landscape listing with a header row (`Reported  Occurred  Offense  Location  Summary  Disp.  "
                  "Report No.`), rows separated by thin rules only, Summary cells wrapping over up to three "
                  "lines. The record number is the last column of each row (`Report No.`, "
                  f"`{ex['case_number']}`, on the row's first line at the right edge). Trap: the dates are printed as "
                  f"eight-digit numbers (`{ex['reported_at']}`, occurred ranges as `{rg['occurred_from']}` over "
                  f"`to {rg['occurred_to']}`) of the same shape as the eight-digit report numbers, so the first "
                  "eight-digit number of every row, and the first two on a row with an occurred time, are dates "
                  "and not the id; a report number begins `26`, a date `2026`. Ends `Records listed: N`.",
                  "rows counted by the generator; the closing line gives the total",
                  "last column of each row")]


# 2 ------------------------------------------------------------------ Corrowby County, MT: margin number
def corrowby(d, r):
    agency = "Corrowby County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 14, (3, 7))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 600 + r.randint(0, 90)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"CC-26-{seq:04d}"
    set_times(recs, "%m/%d/%Y %H:%M")
    F, FB, S, L = "Helvetica", "Helvetica-Bold", 9, 12
    X0, XV, XM, WN = 48, 122, 470, 330

    def header(k):
        return [("t", 48, 792 - 44, "CORROWBY COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 12),
                ("t", 48, 792 - 58, "Daily Incident Record  03/09/2026 - 03/22/2026  " + DOT + "  Dispatch 555-0137",
                 "Helvetica", 9),
                ("t", XM + 12, 792 - 76, "INCIDENT NO.", "Helvetica-Bold", 7.5),
                ("l", 48, 792 - 81, 564, 792 - 81, 0.8)]

    doc = Doc(PORTRAIT, header, page_footer("Record copy  " + DOT + "  printed 03/23/2026 07:10  terminal 4"),
              792 - 86, 56)
    heights = []
    for i, rec in enumerate(recs):
        if rec["occ"] is None:
            occ = "unknown"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}"
        narr = " ".join(r.sample(NARR, r.randint(1, 4)))
        nl = wrap(narr, F, S, WN)
        lines = [([(X0, "Received", FB, S), (XV, rec["reported_at"], F, S), (262, "Nature", FB, S),
                   (300, rec["type"], F, S)], L),
                 ([(X0, "Location", FB, S), (XV, rec["location"], F, S)], L),
                 ([(X0, "Occurred", FB, S), (XV, occ, F, S)], L)]
        lines += [([(X0, "Narrative", FB, S)] * (j == 0) + [(XV, ln, F, S)], L) for j, ln in enumerate(nl)]
        lines += [([(X0, "Disposition", FB, S), (XV, rec["disposition"], F, S), (300, "Deputy", FB, S),
                    (340, f"#{rec['badge']}", F, S)], L)]
        lines = [([], 4)] + lines + [([], 4)]
        segs = doc.add(lines, gap=2)
        assert len(segs) == 1
        p, top, bottom = segs[0]
        heights.append(len(lines) - 2)
        if i % 2 == 0:
            doc.under[p].append(("r", 44, bottom, 520, top - bottom, 0.9, 0))
        doc.under[p].append(("l", XM, bottom + 3, XM, top - 3, 0.6))
        mid = (top + bottom) / 2 - 3.5
        doc.pages[p].append(("t", XM + 12, mid, rec["case_number"], "Helvetica-Bold", 10))
    doc.space(8)
    doc.add([([(48, f"End of record {D} {n} incidents.", "Helvetica-Bold", 9.5)], 14)])
    path = d / "corrowby-county-daily-incident-record-2026-03-09-22.pdf"
    m = doc.render(path)
    assert m >= 4
    ex = recs[0]
    return [entry(path, agency, "two-week daily incident record", "labelled blocks", recs,
                  "Labelled blocks (`Received` date and time with `Nature` on the same line / `Location` / "
                  "`Occurred` a time, a `from to to` range or `unknown` / `Narrative` over one to four lines / "
                  "`Disposition` with the deputy's badge), one block per incident, every other block on a light "
                  "grey band; no rule, number or heading between blocks, only the shading and a small gap. The "
                  "incident number is printed in a right-hand margin column (`INCIDENT NO.`) behind a thin "
                  f"vertical rule, vertically centred beside its block (`{ex['case_number']}`). Trap: because "
                  "the number is centred on a block of five to eight lines, `pdftotext -layout` puts it at the end "
                  "of one of the block's middle lines (the `Location`, `Occurred` or a `Narrative` line, or on a "
                  "line of its own between them), never on the block's first line, so the number follows "
                  "the block's date, nature and location; taking the number as the start of a record cuts "
                  "every block in two. Ends `End of record " + D + " N incidents.`",
                  "blocks counted by the generator; the closing line gives the total",
                  "right-hand margin, vertically centred beside the block")]


# 3 ------------------------------------------------------------------ Hadleigh Cross, VT: prose, number at the end
def hadleigh(d, r):
    agency = "Hadleigh Cross Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (8, 12))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 380 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"

    def fmt(t):
        return f"{t:%H:%M} on {t:%A}, {t:%B} {t.day}"

    def fmt_short(t, ref):
        return f"{t:%H:%M}" if t.date() == ref.date() else f"{t:%H:%M} on {t:%B} {t.day}"

    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt_short(occ[1], rec["dt"])
        elif occ:
            rec["occurred_from"] = fmt_short(occ[1], rec["dt"])
            rec["occurred_to"] = fmt_short(occ[2], rec["dt"])
    # cited numbers: earlier incidents of this log, one later one, and incidents before the log began
    cite_idx = sorted(r.sample(range(6, n - 2), 14))
    for j, i in enumerate(cite_idx):
        rec = recs[i]
        if j % 3 == 0:
            num = f"26-{int(recs[0]['case_number'][3:]) - r.randint(8, 60):04d}"
            txt = r.choice(["Follow-up to {} of last week.", "Same vehicle as in {}.", "The caller also asked about {}."])
        elif j == 4:
            num = recs[i + 1]["case_number"]
            txt = "Linked to {}, below."
        else:
            num = recs[i - r.randint(1, 5)]["case_number"]
            txt = r.choice(["Same vehicle as in {}.", "Follow-up to {}.", "Possibly related to {}.",
                            "The same parties were involved in {}."])
        rec["cite"] = txt.format(num)
        rec["rel"] = [("cited incident", num)]
    F, S, L, W = "Times-Roman", 11, 14, 612 - 2 * 66

    def header(k):
        if k == 1:
            return [("t", 66, 792 - 56, "HADLEIGH CROSS POLICE DEPARTMENT [invented]", "Times-Bold", 15),
                    ("t", 66, 792 - 74, "Police Blotter for the Selectboard  " + DOT + "  Week of March 9, 2026",
                     "Times-Italic", 11.5),
                    ("t", 66, 792 - 88, "Each entry ends with its incident number in parentheses. Questions: "
                     "Records 555-0171.", "Times-Roman", 9.5),
                    ("l", 66, 792 - 96, 612 - 66, 792 - 96, 0.6)]
        return [("t", 66, 792 - 50, "Hadleigh Cross PD [invented]  " + DOT + "  Police Blotter, week of March 9, "
                 "2026 (continued)", "Times-Italic", 10),
                ("l", 66, 792 - 56, 612 - 66, 792 - 56, 0.6)]

    def footer(k, m):
        t = f"{k}"
        return [("t", (612 - stringWidth(t, F, 10)) / 2, 36, t, F, 10)]

    doc = Doc(PORTRAIT, header, footer, 792 - 110, 62)
    doc.add([([], 0)])
    doc.top = 792 - 70  # the pages after the first have a shorter running head
    for rec in recs:
        loc = rec["location"]
        if loc[0].isdigit():
            where = f"on the {loc}"
        elif " and " in loc:
            where = f"at {loc}"
        else:
            where = f"at the {loc}"
        if "occurred_at" in rec:
            occ = f"It happened at about {rec['occurred_at']}. "
        elif "occurred_from" in rec:
            occ = f"It happened between {rec['occurred_from']} and {rec['occurred_to']}. "
        else:
            occ = ""
        narr = " ".join(r.sample(NARR, r.randint(1, 2)))
        cite = f" {rec['cite']}" if "cite" in rec else ""
        txt = (f"At {rec['reported_at']}: {rec['type']} reported {where}. {occ}{narr}{cite} "
               f"Disposition: {rec['disposition']}. ({rec['case_number']})")
        rec["txt"] = txt
        doc.add([([(66, ln, F, S)], L) for ln in wrap(txt, F, S, W)], gap=10)
    doc.add([([(66, f"Entries this week: {n}.", "Times-Bold", 11)], 15)])
    path = d / "hadleigh-cross-police-blotter-2026-03-09.pdf"
    m = doc.render(path)
    assert m >= 4
    ex = next(rec for rec in recs if "cite" in rec and rec["rel"][0][1] in {x["case_number"] for x in recs})
    in_log = sum(rec["rel"][0][1] in {x["case_number"] for x in recs} for rec in recs if rec["rel"])
    return [entry(path, agency, "weekly police blotter for a selectboard", "free text", recs,
                  f"Prose paragraphs in Times separated by blank space, no number in front: `{recs[1]['txt']}`. "
                  "Each paragraph ends with its incident number in parentheses; the page numbers are bare digits "
                  "centred at the foot and the running head changes after page 1. Trap: "
                  f"{len(cite_idx)} paragraphs mention another incident's number, in the same `26-NNNN` shape and "
                  f"before their own: `{ex['txt']}`. {in_log} of the cited numbers are other records of this "
                  "log (one of them a later entry, `Linked to ..., below.`), the rest are incidents from before "
                  "the week; they are listed in `related_numbers` (kind `cited incident`) and are not records. "
                  "The first `26-NNNN` number of such a paragraph is not its id; only the parenthesised number at "
                  "the end is. Ends `Entries this week: N.`",
                  "paragraphs counted by the generator; the closing line gives the total",
                  "end of the paragraph, in parentheses")]


# 4 ------------------------------------------------------------------ Tamberlin, KS: items, number after DTL line
def tamberlin(d, r):
    agency = "Tamberlin Police Department, KS [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 10, (5, 9), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 3300 + r.randint(0, 90)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 4])
        rec["case_number"] = f"26-{seq:05d}"
    set_times(recs, "%m/%d/%y %H:%M")
    F, FB, S, L = "Helvetica", "Helvetica-Bold", 9.5, 12.5

    def header(k):
        return [("t", 50, 792 - 44, "TAMBERLIN POLICE DEPARTMENT [invented]", FB, 12),
                ("t", 50, 792 - 58, "Daily Activity  " + DOT + "  03/16/2026 through 03/25/2026  " + DOT
                 + "  Records 555-0183", F, 9),
                ("l", 50, 792 - 64, 562, 792 - 64, 0.8)]

    doc = Doc(PORTRAIT, header, page_footer("Items are numbered within each day.", "Helvetica-Oblique", 8),
              792 - 74, 58)
    orphans = []
    k = 0
    for i, rec in enumerate(recs):
        day = rec["dt"].date()
        if i == 0 or day != recs[i - 1]["dt"].date():
            cnt = sum(x["dt"].date() == day for x in recs)
            doc.add([([], 6), ([(50, f"{rec['dt']:%A}".upper() + f" {rec['dt']:%m/%d/%Y}  {D}  {cnt} incidents", FB,
                                 10)], 15)], gap=2)
            k = 0
        k += 1
        rec["item"] = k
        if rec["occ"] is None:
            occ = ""
        else:
            occ = "Occ. " + (rec.get("occurred_at") or f"{rec['occurred_from']}-{rec['occurred_to']}") + ". "
        narr = " ".join(r.sample(NARR, r.randint(1, 2)))
        dtl = ([(50, f"{k}.", F, S), (70, f"{rec['reported_at']}  {DOT}  {rec['location']}", F, S)], L)
        body = [([(70, rec["case_number"], FB, S), (134, rec["type"], F, S)], L)]
        body += [([(70, ln, F, S)], L) for ln in wrap(f"{occ}{narr} Disposition: {rec['disposition']}. "
                                                      f"Unit {rec['badge']}.", F, S, 470)]
        if doc.fits([dtl] + body):
            doc.add([dtl] + body, gap=4)
        else:
            # the body is kept together, but not with its date-time-location line
            if doc.fits([dtl]):
                orphans.append(rec["case_number"])
            doc.add([dtl], keep=False)
            doc.add(body, gap=4)
    doc.space(6)
    doc.add([([(50, f"Total incidents, 10 days: {n}", FB, 10)], 14)])
    path = d / "tamberlin-daily-activity-2026-03-16-25.pdf"
    m = doc.render(path)
    assert m >= 4 and len(orphans) >= 2, orphans
    ex = recs[0]
    day1 = sum(rec["dt"].date() == ex["dt"].date() for rec in recs)
    return [entry(path, agency, "ten-day daily activity log", "numbered items", recs,
                  f"Numbered items under day headings (`MONDAY 03/16/2026 {D} {day1} incidents`). Each item is a "
                  f"date-time-location line after the item number (`1.  {ex['reported_at']}  {DOT}  "
                  f"{ex['location']}`), then the incident number in bold with the type (`{ex['case_number']}  "
                  f"{ex['type']}`), then the occurred time or range, a narrative, the disposition and the unit. "
                  "Trap: the item numbers are not ids and restart at 1 every day (`1.` appears ten times); the "
                  "incident number comes only after the date-time-location line; and the report writer keeps an "
                  "item's body together but not with its date-time-location line, so at the foot of "
                  f"{len(orphans)} pages an item's first line stands alone and its number is printed at the top "
                  f"of the next page, after the running head ({', '.join(f'`{x}`' for x in orphans)}). Ends "
                  "`Total incidents, 10 days: N`.",
                  "items counted by the generator; the day headings and the closing line give the counts",
                  "line after the date-time-location line")]


# 5 ------------------------------------------------------------------ Ollerby College, MA: cards, number at foot
CAMPUS = ["Halvorsen Hall", "Pruett Library", "Student Union", "Athletic Center", "Lot C", "Lot F", "Science Annex",
          "Marlowe Hall", "Dining Commons", "Greer Hall, 2nd floor"]


def ollerby(d, r):
    agency = "Ollerby College Police Department, MA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 1), 28, (1, 3), places=CAMPUS)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 100 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"OC26-{seq:04d}"
        if r.random() < 0.55:
            rec["location"] = r.choice(CAMPUS)
    set_times(recs, "%m/%d/%Y %H:%M")
    F, FB, S, L = "Helvetica", "Helvetica-Bold", 9.5, 12.5
    X0, X1 = 60, 552

    def header(k):
        return [("t", 60, 792 - 46, "OLLERBY COLLEGE POLICE DEPARTMENT [invented]", FB, 12.5),
                ("t", 60, 792 - 60, "Daily Crime Log  " + DOT + "  February 2026  " + DOT + "  Public safety line 555-0106",
                 F, 9)]

    doc = Doc(PORTRAIT, header, page_footer("Ollerby College Police [invented]  " + DOT + "  daily crime log"),
              792 - 76, 60)
    broken, alone = [], []
    for rec in recs:
        if rec["occ"] is None:
            occ = "not known"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} - {rec['occurred_to']}"
        narr = " ".join(r.sample(NARR, r.randint(2, 6)))
        lines = [([], 5),
                 ([(X0 + 8, "Reported:", FB, S), (X0 + 66, rec["reported_at"], F, S), (300, "Nature:", FB, S),
                   (342, rec["type"], F, S)], L),
                 ([(X0 + 8, "Where:", FB, S), (X0 + 66, rec["location"], F, S)], L),
                 ([(X0 + 8, "Occurred:", FB, S), (X0 + 66, occ, F, S)], L)]
        lines += [([(X0 + 8, ln, F, S)], L) for ln in wrap(narr, F, S, X1 - X0 - 16)]
        lines += [([(X0 + 8, "Disposition:", FB, S), (X0 + 66, rec["disposition"], F, S)], L)]
        foot = f"Incident No. {rec['case_number']}"
        lines += [([(X1 - 8 - stringWidth(foot, FB, S), foot, FB, S)], L), ([], 3)]
        if doc.fits(lines) or doc.y - 5 - 4 * L < doc.bottom:  # fewer than four lines fit: move the card
            segs = doc.add(lines, gap=8)
        else:
            segs = doc.add(lines, keep=False, gap=8)
        for j, (p, top, bottom) in enumerate(segs):
            doc.under[p].append(("r", X0, bottom, X1 - X0, top - bottom, None, 1))
            if len(segs) > 1 and j == 0:
                doc.under[p].append(("t", X1 - 120, bottom - 11, "continued on next page", "Helvetica-Oblique", 8))
            if len(segs) > 1 and j == 1:
                doc.under[p].append(("t", X0 + 8, top + 3, "(continued)", "Helvetica-Oblique", 8))
        if len(segs) > 1:
            broken.append(rec["case_number"])
            if abs(segs[1][1] - segs[1][2] - (L + 3)) < 0.01:
                alone.append(rec["case_number"])
        doc.space(3 if len(segs) == 1 else 10)
    doc.add([([(60, f"Entries in this log: {n}", FB, 10)], 14)])
    path = d / "ollerby-college-daily-crime-log-2026-02.pdf"
    m = doc.render(path)
    assert m >= 4 and len(broken) >= 2, broken
    ex = recs[0]
    return [entry(path, agency, "monthly daily crime log of a college police department",
                  "other: framed cards, one per incident", recs,
                  "One framed card per incident (`Reported:` with `Nature:` on the same line / `Where:` / "
                  "`Occurred:` / a narrative of two to six sentences / `Disposition:`), the incident number "
                  f"printed at the foot of the card, right-aligned, after the narrative (`Incident No. "
                  f"{ex['case_number']}`); cards are separated only by a small gap. Trap: cards are not kept "
                  f"whole: {len(broken)} cards run over a page break ({', '.join(f'`{x}`' for x in broken)}): the "
                  "frame is open at the foot of the page with `continued on next page` under it, and the rest of "
                  "the card (the end of the narrative, the disposition and the number"
                  + (f"; for {', '.join(f'`{x}`' for x in alone)} only the number" if alone else "")
                  + ") sits in a second frame marked `(continued)` at the top of the next page, after the running "
                  "head. The number of such a card is on a different "
                  "page from its date, nature and location, and the first card of the next page is the tail of a "
                  "card, not a new incident. Ends `Entries in this log: N`.",
                  "cards counted by the generator; the closing line gives the total",
                  "foot of the card, after the narrative")]


AGENCIES = [("brinsford-wi-pd", 1, brinsford), ("corrowby-county-mt-so", 2, corrowby),
            ("hadleigh-cross-vt-pd", 3, hadleigh), ("tamberlin-ks-pd", 4, tamberlin),
            ("ollerby-college-ma-pd", 5, ollerby)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
