"""Generate a held-out set of incident logs annotated and corrected after printing (blind_logs170).

Five agencies, five layouts, one trap each, all of them about a records clerk's or supervisor's marks
added after the log was printed and kept in the PDF: a table whose wrong case numbers are struck through
with the right number written beside them (plus struck dispositions, highlighter bands, check marks,
initials and a REVIEWED stamp); labelled blocks with duplicate entries crossed out with a big X and a
'dup of above - void' note, sticky-note boxes over the blocks and a hand-corrected total; a prose log
with missing entries written in by hand between the paragraphs, margin notes with arrows citing other
cases and a hand-corrected total; numbered items printed double-spaced whose corrections are written
above the struck words (so a corrected case number sits on the line above its item); a line-printer
CAD report marked up in a PDF editor with real annotations (StrikeOut markup, FreeText notes, a
record added in a FreeText box, a voided duplicate row, corrected day totals, a REVIEWED stamp).
Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs170/make_blind_logs170.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026170
D = "\u2014"
HAND, INK, PEN = "Times-Italic", (0.08, 0.2, 0.62), (0.8, 0.05, 0.05)  # the clerk's additions and strike pen
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Wickham Road", "Wickham Rd"), ("Saltmarsh Avenue", "Saltmarsh Ave"), ("Dunmere Drive", "Dunmere Dr"),
           ("Pellow Street", "Pellow St"), ("Old Ferry Road", "Old Ferry Rd"), ("Tanyard Lane", "Tanyard Ln"),
           ("Hazelby Court", "Hazelby Ct"), ("Brightwater Way", "Brightwater Way"), ("Kiln Road", "Kiln Rd"),
           ("Rushmere Street", "Rushmere St"), ("Copperfield Avenue", "Copperfield Ave"), ("Ansel Road", "Ansel Rd")]
PLACES = ["Park and ride lot", "Senior center", "Fairgrounds", "Middle school lot", "Marina ramp", "Town green"]


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
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(301, 389)), "rel": [], "corr": []})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = rec["dt"].strftime(fmt)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = occ[1].strftime(fmt)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime(fmt), occ[2].strftime(fmt)


def typo(num, taken, r):
    """A plausible mis-keyed case number: two neighbouring digits swapped or the last digit off by one."""
    head, digits = num[:-4], num[-4:]
    for _ in range(50):
        if r.random() < 0.6:
            i = r.randint(0, 2)
            d = list(digits)
            d[i], d[i + 1] = d[i + 1], d[i]
            out = head + "".join(d)
        else:
            out = head + digits[:3] + str((int(digits[3]) + r.choice([1, 9])) % 10)
        if out != num and out not in taken:
            return out
    raise AssertionError(num)


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


# ------------------------------------------------------------------ drawing: pages as lists of operations
def T(x, y, s, font="Helvetica", size=9, rgb=(0, 0, 0)):
    return ("text", x, y, s, font, size, rgb)


def LN(x0, y0, x1, y1, rgb=PEN, w=0.9):
    return ("line", x0, y0, x1, y1, rgb, w)


def strike(x, y, s, font, size, rgb=PEN):
    """A pen stroke through a printed value (at mid x-height)."""
    return LN(x - 1.2, y + size * 0.3, x + stringWidth(s, font, size) + 1.2, y + size * 0.3, rgb, 0.9)


def annot_op(sub, rect, contents, draw, **extra):
    return ("annot", sub, rect, contents, draw, extra)


def render(path, size, pages):
    c = new_canvas(path, size)
    count = 0
    for ops in pages:
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, fs, rgb = op
                c.setFillColorRGB(*rgb)
                c.setFont(font, fs)
                c.drawString(x, y, s)
            elif kind == "line":
                _, x0, y0, x1, y1, rgb, w = op
                c.setStrokeColorRGB(*rgb)
                c.setLineWidth(w)
                c.line(x0, y0, x1, y1)
            elif kind == "rect":  # ("rect", x, y, w, h, fill, alpha, stroke)
                _, x, y, w, h, fill, alpha, stroke = op
                c.saveState()
                c.setFillColorRGB(*fill)
                c.setFillAlpha(alpha)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(0.6)
                c.rect(x, y, w, h, fill=1, stroke=1 if stroke else 0)
                c.restoreState()
            elif kind == "annot":
                _, sub, rect, contents, draw, extra = op
                count += 1
                x0, y0, x1, y1 = rect
                name = f"annot{count}"
                c.beginForm(name, 0, 0, x1 - x0, y1 - y0)
                draw(c, x1 - x0, y1 - y0)
                c.endForm()
                d = pdfdoc.PDFDictionary()
                d["Type"] = pdfdoc.PDFName("Annot")
                d["Subtype"] = pdfdoc.PDFName(sub)
                d["Rect"] = pdfdoc.PDFArray([round(v, 2) for v in rect])
                d["Contents"] = pdfdoc.PDFString(contents)
                d["T"] = pdfdoc.PDFString("Records Unit")
                d["F"] = 4
                ap = pdfdoc.PDFDictionary()
                ap["N"] = pdfdoc.PDFObjectReference("FormXob." + name)
                d["AP"] = ap
                for k, v in extra.items():
                    d[k] = v
                c._addAnnotation(d)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        c.showPage()
    c.save()


class Flow:
    """Pages as lists of ops; add(height, fn) calls fn(y) -> ops at the current y, breaking pages first."""

    def __init__(self, header, top, bottom):
        self.header, self.top, self.bottom = header, top, bottom
        self.pages = []
        self.y = 0

    def new_page(self):
        self.pages.append(list(self.header(len(self.pages) + 1)))
        self.y = self.top

    def add(self, height, fn, gap=0):
        if not self.pages or self.y - height < self.bottom:
            self.new_page()
        self.pages[-1].extend(fn(self.y))
        page = len(self.pages)
        self.y -= height + gap
        return page

    def finish(self, footer):
        for k, ops in enumerate(self.pages, 1):
            ops.extend(footer(k, len(self.pages)))
        return self.pages


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, total_corr=(), voided=(), inserted=(),
          marks=""):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    corrections = [{"record": rec["case_number"], "field": f, "struck": s, "corrected": v}
                   for rec in recs for f, s, v in rec["corr"]]
    corrections += [{"record": None, "field": f, "struck": s, "corrected": v} for f, s, v in total_corr]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs170.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": "good (the marks added after printing are in it too: struck values stay in the text)",
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                           "location", "disposition"],
        "sample_records": samples,
        "corrections": corrections,
        "voided_entries": [dict(v) for v in voided],
        "inserted_records": list(inserted),
        "marks": marks,
        "case_numbers_source": "written by the generator (make_blind_logs170.py) from the records it drew, in "
                               "reading order, after the corrections (a struck case number is replaced by the "
                               "number written beside or above it, voided duplicate entries are left out, "
                               "entries added by hand are in); checked by check_blind_logs170.py against "
                               "`pdftotext -layout` text and, for the marks, pdfplumber geometry",
        "record_count_check": count_check, "notes": notes,
    }


def pick(r, n, k, must=()):
    """k record indexes for corrections, spread out, always including `must`."""
    out = set(must)
    while len(out) < k:
        out.add(r.randrange(1, n - 1))
    return sorted(out)


# 1 ------------------------------------------------------------------ Corvane, WA: table, struck ids beside
def corvane(d, r):
    agency = "Corvane Police Department, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 14, (5, 9), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1380 + r.randint(0, 60)
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:05d}"
        rec["disposition"] = codes[rec["disposition"]]
        rec["unit"] = f"{r.randint(1, 4)}{r.choice('KLMN')}{r.randint(10, 39)}"
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, "%m/%d/%y %H:%M")
    taken = {rec["case_number"] for rec in recs}
    id_fix = pick(r, n, 7, must=(n // 2,))
    disp_fix = [i for i in pick(r, n, 6) if i not in id_fix]
    printed = {}  # index -> (printed id, printed disposition)
    for i in id_fix:
        wrong = typo(recs[i]["case_number"], taken, r)
        taken.add(wrong)
        recs[i]["corr"].append(("case_number", wrong, recs[i]["case_number"]))
        recs[i]["rel"].append(("struck", wrong))
    for i in disp_fix:
        wrong = r.choice([c for c in codes.values() if c != recs[i]["disposition"]])
        recs[i]["corr"].append(("disposition", wrong, recs[i]["disposition"]))
    for i, rec in enumerate(recs):
        pid = next((s for f, s, _ in rec["corr"] if f == "case_number"), rec["case_number"])
        pdisp = next((s for f, s, _ in rec["corr"] if f == "disposition"), rec["disposition"])
        printed[i] = (pid, pdisp)
    F, S, L = "Helvetica", 8, 13.5
    cols = [("Case No.", 36), ("Reported", 124), ("Occurred", 188), ("Incident Type", 252), ("Location", 350),
            ("Disp.", 486), ("Unit", 530)]
    for rec in recs:
        vals = [rec["case_number"] + "  " + rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""),
                rec["type"], rec["location"], "XXX  XXX", rec["unit"]]
        for k, v in enumerate(vals):
            right = cols[k + 1][1] if k + 1 < len(cols) else 560
            assert cols[k][1] + stringWidth(v, F, S) < right - 3, v

    def header(k):
        ops = [T(36, 792 - 44, "CORVANE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
               T(36, 792 - 58, "Daily Incident Log  03/02/2026 - 03/15/2026  -  Records 555-0147", "Helvetica", 9),
               LN(36, 792 - 70, 576, 792 - 70, (0, 0, 0), 0.6)]
        ops += [T(x, 792 - 82, t, "Helvetica-Bold", 8.5) for t, x in cols]
        ops += [LN(36, 792 - 87, 576, 792 - 87, (0, 0, 0), 0.6)]
        if k == 1:  # the rubber stamp, over the right of the title block
            red = (0.75, 0.1, 0.1)
            ops += [("rect", 438, 792 - 66, 136, 44, (1, 1, 1), 0.0, red),
                    ("rect", 441, 792 - 63, 130, 38, (1, 1, 1), 0.0, red),
                    T(458, 792 - 40, "REVIEWED", "Helvetica-Bold", 14, red),
                    T(450, 792 - 52, "MAR 17 2026", "Helvetica-Bold", 9, red),
                    T(450, 792 - 61, "RECORDS UNIT", "Helvetica", 7.5, red),
                    T(520, 792 - 58, "#4471", HAND, 10, INK)]
        return ops

    def footer(k, m):
        return [T(36, 40, "RMS daily log DL-3  printed 03/16/26 07:02", "Helvetica", 7.5),
                T(500, 40, f"Page {k} of {m}", "Helvetica", 8.5)]

    flow = Flow(header, 792 - 102, 64)
    check = set(r.sample(range(n), n // 3)) | set(id_fix) | set(disp_fix)
    bands = set(r.sample(range(n), 6)) | set(id_fix[:3])

    def row(i):
        rec = recs[i]
        pid, pdisp = printed[i]

        def fn(y):
            ops = []
            if i in bands:  # a highlighter band behind the row
                ops.append(("rect", 33, y - 3.2, 526, 11.2, (1, 0.93, 0.2), 0.45, None))
            vals = [pid, rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"], pdisp,
                    rec["unit"]]
            ops += [T(x, y, v, F, S) for v, (_, x) in zip(vals, cols) if v]
            if pid != rec["case_number"]:
                ops += [strike(36, y, pid, F, S), T(36 + stringWidth(pid, F, S) + 6, y, rec["case_number"], HAND, 9, INK)]
            if pdisp != rec["disposition"]:
                ops += [strike(486, y, pdisp, F, S), T(486 + stringWidth(pdisp, F, S) + 6, y, rec["disposition"],
                                                       HAND, 9, INK)]
            if i in check:
                ops += [T(562, y, "\u2714", "ZapfDingbats", 8, INK), T(572, y, "jk", HAND, 8, INK)]
            return ops
        return fn

    for i in range(n):
        flow.add(L, row(i))
    flow.add(14, lambda y: [LN(36, y + 8, 576, y + 8, (0, 0, 0), 0.6), T(36, y - 4, f"Entries listed: {n}",
                                                                           "Helvetica-Bold", 9)])
    pages = flow.finish(footer)
    path = d / "corvane-daily-incident-log-2026-03-02-15-reviewed.pdf"
    render(path, letter, pages)
    ex = recs[id_fix[0]]
    exd = recs[disp_fix[0]]
    wid, wdisp = ex["corr"][0][1], exd["corr"][0][1]
    return [entry(path, agency, "two-week daily incident log, reviewed and corrected by the records unit",
                  "table with header", recs,
                  "A portrait RMS daily incident log (`Case No.  Reported  Occurred  Incident Type  Location  Disp.  "
                  "Unit`, disposition codes) that the records unit reviewed on paper and kept: a red pen stroke "
                  "through wrong values with the right value written beside them in blue, yellow highlighter bands "
                  "over some rows, a check mark and the initials `jk` in the right margin of checked rows, and a "
                  "red `REVIEWED / MAR 17 2026 / RECORDS UNIT` stamp over the title block of page 1. Trap: "
                  f"{len(id_fix)} case numbers are struck through with the right number written beside them in "
                  f"the same cell, so the row starts with two case numbers (`{wid} {ex['case_number']}`); the "
                  "record's id is the second, written one, the struck one is listed in `related_numbers` (kind "
                  f"`struck`). {len(disp_fix)} disposition codes are struck the same way (`{wdisp} "
                  f"{exd['disposition']}`: the value is the written one). All corrections are listed in "
                  "`corrections`. Ends `Entries listed: N`.",
                  "rows counted by the generator; the closing line gives the total",
                  marks="pen strokes through struck values (page content lines), handwriting-style additions in "
                        "Times-Italic blue, highlighter bands (translucent yellow rectangles), check marks "
                        "(ZapfDingbats) with initials, a drawn REVIEWED stamp")]


# 2 ------------------------------------------------------------------ Ellisford County, MT: blocks, voided duplicates
def ellisford(d, r):
    agency = "Ellisford County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 21, (2, 4))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 400 + r.randint(0, 40)
    gaps = []
    for rec in recs:
        step = r.choice([1, 1, 1, 2])
        if step == 2:
            gaps.append(f"EC26-{seq + 1:05d}")
        seq += step
        rec["case_number"] = f"EC26-{seq:05d}"
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 9, 12.5
    # duplicates entered twice: two with the same number right after the original, one under its own number
    dup_same = sorted(r.sample(range(3, n // 2 - 2), 1) + r.sample(range(n // 2 + 3, n - 3), 1))
    dup_own = r.choice([i for i in range(5, n - 5) if i not in dup_same and i + 1 not in dup_same
                        and recs[i]["case_number"][:-5] + f"{int(recs[i]['case_number'][-5:]) + 1:05d}" in gaps])
    own_no = recs[dup_own]["case_number"][:-5] + f"{int(recs[dup_own]['case_number'][-5:]) + 1:05d}"
    notes_at = sorted(r.sample([i for i in range(2, n - 2) if i not in dup_same and i != dup_own], 6))
    note_texts = {}
    for k, i in enumerate(notes_at):
        rec = recs[i]
        earlier = recs[r.randrange(0, i)]["case_number"]
        choice = k % 3
        if choice == 0:
            note_texts[i] = ["Same address as", f"{earlier} - link", "both cases. #214"]
            rec["rel"].append(("cited", earlier))
        elif choice == 1:
            note_texts[i] = ["Caller rang back", f"{rec['dt'] + datetime.timedelta(days=2):%m/%d}: resolved,",
                             "close out? - jk"]
        else:
            note_texts[i] = ["Supp. to follow,", f"see also {earlier}", "(prior call). #214"]
            rec["rel"].append(("cited", earlier))

    def header(k):
        return [T(36, 792 - 44, "ELLISFORD COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 12),
                T(36, 792 - 58, "Incident Blocks  -  February 2 - 22, 2026  -  Dispatch 555-0171", "Helvetica", 9),
                LN(36, 792 - 66, 576, 792 - 66, (0, 0, 0), 0.6)]

    def footer(k, m):
        return [T(36, 40, "Printed for the Sheriff's weekly review.", "Helvetica-Oblique", 7.5),
                T(500, 40, f"Page {k} of {m}", "Helvetica", 8.5)]

    flow = Flow(header, 792 - 86, 60)

    def block(rec, void_note=None, note=None, number=None):
        num = number or rec["case_number"]
        if rec["occ"] is None:
            occ = "not known"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}"
        lines = [[("CASE NO.", 36), (num, 116), ("RECEIVED", 226), (rec["reported_at"], 280)],
                 [("NATURE", 36), (rec["type"], 116)],
                 [("LOCATION", 36), (rec["location"], 116)],
                 [("OCCURRED", 36), (occ, 116)],
                 [("DISPOSITION", 36), (rec["disposition"], 116), ("DEPUTY", 300), (f"#{rec['badge']}", 340)]]

        def fn(y):
            ops = []
            for k, parts in enumerate(lines):
                for j, (t, x) in enumerate(parts):
                    ops.append(T(x, y - k * L, t, "Helvetica-Bold" if j % 2 == 0 else F, S))
            ops.append(LN(36, y - 4.6 * L, 380, y - 4.6 * L, (0.5, 0.5, 0.5), 0.4))
            if void_note:  # a big X over the block and the note beside its first line
                ops += [LN(32, y + 10, 384, y - 4.4 * L, PEN, 1.3), LN(32, y - 4.4 * L, 384, y + 10, PEN, 1.3),
                        T(400, y, void_note, HAND, 11, PEN)]
            if note:  # a sticky note over the right of the block
                top = y + 6
                ops.append(("rect", 392, top - 40, 150, 44, (1, 0.92, 0.45), 1.0, (0.75, 0.6, 0.1)))
                ops += [T(398, top - 11 - 12 * j, t, HAND, 10.5, (0.1, 0.1, 0.1)) for j, t in enumerate(note)]
            return ops
        return fn

    spans, printed_blocks, voided = [], 0, []
    for i, rec in enumerate(recs):
        spans.append(flow.add(5 * L, block(rec, note=note_texts.get(i)), gap=10))
        printed_blocks += 1
        if i in dup_same:
            page = flow.add(5 * L, block(rec, void_note="DUP of above - VOID  jk"), gap=10)
            voided.append({"number": rec["case_number"], "duplicate_of": rec["case_number"], "page": page,
                           "note": "DUP of above - VOID  jk"})
            printed_blocks += 1
        if i == dup_own:
            page = flow.add(5 * L, block(rec, void_note=f"dup of {rec['case_number']} - void", number=own_no),
                            gap=10)
            voided.append({"number": own_no, "duplicate_of": rec["case_number"], "page": page,
                           "note": f"dup of {rec['case_number']} - void"})
            printed_blocks += 1
    tw = stringWidth("INCIDENTS THIS PERIOD: ", "Helvetica-Bold", 10)
    flow.add(16, lambda y: [T(36, y - 6, f"INCIDENTS THIS PERIOD: {printed_blocks}", "Helvetica-Bold", 10),
                            strike(36 + tw, y - 6, str(printed_blocks), "Helvetica-Bold", 10),
                            T(36 + tw + stringWidth(str(printed_blocks), "Helvetica-Bold", 10) + 8, y - 6,
                              f"{n}  (3 dups voided) jk", HAND, 11, INK)])
    pages = flow.finish(footer)
    path = d / "ellisford-county-incident-blocks-2026-02-02-22-reviewed.pdf"
    render(path, letter, pages)
    cited = sum(len(rec["rel"]) for rec in recs)
    return [entry(path, agency, "three-week incident log in labelled blocks, reviewed by a supervisor",
                  "labelled blocks", recs,
                  f"Labelled blocks (`CASE NO.  {recs[0]['case_number']}  RECEIVED  {recs[0]['reported_at']}` / `NATURE` / `LOCATION` / "
                  "`OCCURRED` a time, a `from to to` range or `not known` / `DISPOSITION ... DEPUTY #332`, a thin "
                  "rule under each block) reviewed by a supervisor on paper. Trap: three blocks are duplicate "
                  "entries, crossed out with a big red X and a note beside their first line: two repeat the "
                  "block above under the same number (`DUP of above - VOID  jk`), one repeats an earlier block "
                  f"under a number of its own (`{own_no}`, note `dup of {recs[dup_own]['case_number']} - void`). A "
                  "voided duplicate is not a record: the id that is printed twice is listed once, and the voided "
                  f"number `{own_no}` is no record id (all three are listed in `voided_entries`). Six yellow "
                  "sticky-note boxes written by hand sit over the right of blocks, beside their NATURE and LOCATION lines, their "
                  f"lines falling between and beside the block's lines; {cited} of them cite an earlier case (`see "
                  "also ...`, `Same address as ...`), listed in `related_numbers` (kind `cited`). The typed total "
                  f"`INCIDENTS THIS PERIOD: {printed_blocks}` counts the voided blocks; it is struck and `{n}` "
                  "written beside it.",
                  "blocks counted by the generator; the hand-corrected closing total gives the count",
                  total_corr=[("total", str(printed_blocks), str(n))], voided=voided,
                  marks="big X (two diagonal page-content lines) over each voided block, handwriting-style notes "
                        "in Times-Italic, sticky notes as filled yellow rectangles with text drawn over the page, a "
                        "pen stroke through the typed total")]


# 3 ------------------------------------------------------------------ Halsworth, VT: prose, entries written in by hand
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast to units.",
        "", ""]


def halsworth(d, r):
    agency = "Halsworth Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 7, (8, 11))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 400 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()
    # entries missed by the typist, written in by hand where they belong; their numbers came later
    ins = sorted({n // 2} | set(r.sample([i for i in range(4, n - 4) if abs(i - n // 2) > 2], 2)))
    for k, i in enumerate(ins):
        recs[i]["inserted"] = True
        recs[i]["case_number"] = f"26-{seq + 3 + 2 * k:04d}"
        recs[i]["occ"] = None if k != 1 else ("at", recs[i]["dt"] - datetime.timedelta(minutes=20))

    def fmt(t, hand=False):
        return f"{t.month}/{t.day}/{t:%y} {t:%H%M} hrs" if hand else f"{t.month}/{t.day}/{t:%y}, {t:%H%M} hrs"

    for rec in recs:
        hand = rec.get("inserted", False)
        rec["reported_at"] = fmt(rec["dt"], hand)
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1], hand)
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
    ids = [rec["case_number"] for rec in recs]
    margin_at = sorted(r.sample([i for i in range(3, n) if i not in ins], 5))
    for i in margin_at:
        cited = ids[r.randrange(0, i - 1)]
        recs[i]["margin"] = f"\u2190 see {cited}"
        recs[i]["rel"].append(("cited", cited))
    F, S, L, W = "Times-Roman", 11, 14, 410

    def header(k):
        if k == 1:
            return [T(60, 792 - 52, "HALSWORTH POLICE DEPARTMENT [invented]", "Times-Bold", 15),
                    T(60, 792 - 70, "Police Log  \u00b7  Week of March 16 - 22, 2026  \u00b7  as filed with the "
                      "Select Board", "Times-Italic", 11),
                    T(60, 792 - 84, "Records 555-0135. All times 24-hour.", "Times-Roman", 9.5),
                    LN(60, 792 - 92, 552, 792 - 92, (0, 0, 0), 0.5)]
        return [T(60, 792 - 50, "Halsworth PD [invented]  \u00b7  Police Log, March 16 - 22, 2026", "Times-Italic", 10),
                LN(60, 792 - 56, 552, 792 - 56, (0, 0, 0), 0.5)]

    def footer(k, m):
        return [T(290, 44, f"Page {k} of {m}", "Times-Roman", 10)]

    flow = Flow(header, 792 - 112, 72)
    flow.new_page()
    for rec in recs:
        if rec.get("inserted"):
            occ = f" occ. abt {rec['occurred_at']}" if "occurred_at" in rec else ""
            txt = (f"{rec['reported_at']} {D} {rec['type']}, {rec['location']}.{occ} Case {rec['case_number']}; "
                   f"{rec['disposition']}. #{rec['badge']} (late entry - jk)")
            rec["txt"] = txt
            hl = wrap(txt, HAND, 10, 480)
            assert len(hl) <= 2, hl

            def fn(y, hl=hl):  # squeezed into the paragraph gap with a caret in the margin
                return [T(74, y + 1 - 11 * j, t, HAND, 10, INK) for j, t in enumerate(hl)] + [
                    LN(62, y - 1, 66, y + 6, INK, 0.8), LN(66, y + 6, 70, y - 1, INK, 0.8)]
            flow.y += 5  # the clerk writes into the space between the typed paragraphs
            flow.add(11 * len(hl), fn, gap=4)
            continue
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
        lines = wrap(txt, F, S, W)

        def fn(y, lines=lines, rec=rec):
            ops = [T(60, y - k * L, ln, F, S) for k, ln in enumerate(lines)]
            if "margin" in rec:
                ops.append(T(484, y - 3, rec["margin"], HAND, 10, INK))
            return ops
        flow.add(len(lines) * L, fn, gap=8)
    typed = n - len(ins)
    lab = "Entries in this log: "
    flow.add(16, lambda y: [T(60, y - 4, f"{lab}{typed}", "Times-Bold", 11.5),
                            strike(60 + stringWidth(lab, "Times-Bold", 11.5), y - 4, str(typed), "Times-Bold", 11.5),
                            T(60 + stringWidth(lab + str(typed), "Times-Bold", 11.5) + 8, y - 4,
                              f"{n}  (3 added) jk", HAND, 12, INK)])
    pages = flow.finish(footer)
    path = d / "halsworth-police-log-2026-03-16-22-annotated.pdf"
    render(path, letter, pages)
    ex = recs[ins[0]]
    return [entry(path, agency, "weekly police log in prose, annotated by the records clerk", "free text", recs,
                  "A prose police log in Times, one paragraph per entry: "
                  f"`{recs[1]['txt']}`; the id is the one `Case` number of the paragraph. Trap: the typist missed "
                  f"{len(ins)} entries and the records clerk wrote them in by hand (blue italic, with a caret in the "
                  "left margin) in the gap between the typed paragraphs where they belong, in a shorter form with "
                  f"no comma after the date: `{ex['txt']}`. They are records, in the order they stand on the page, "
                  "and their numbers are out of sequence because they were assigned late (listed in "
                  "`inserted_records`). Five paragraphs carry a handwritten margin note with an arrow citing "
                  f"an earlier case (`{recs[margin_at[0]]['margin']}`), which `pdftotext -layout` prints at the end of a line of "
                  "the paragraph; those numbers are listed in `related_numbers` (kind `cited`). The typed closing "
                  f"line `Entries in this log: {typed}` is struck and `{n}  (3 added) jk` written beside it.",
                  "paragraphs and handwritten entries counted by the generator; the hand-corrected total gives "
                  "the count", total_corr=[("total", str(typed), str(n))],
                  inserted=[recs[i]["case_number"] for i in ins],
                  marks="handwriting-style entries and notes in Times-Italic blue, carets as two short lines, a pen "
                        "stroke through the typed total")]


# 4 ------------------------------------------------------------------ Moorhaven, RI: numbered items, corrections above
def moorhaven(d, r):
    agency = "Moorhaven Police Department, RI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 12, (4, 8))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 700 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["unit"] = f"{r.randint(1, 4)}D{r.randint(10, 19)}"
    set_times(recs, "%m/%d/%Y %H:%M")
    taken = {rec["case_number"] for rec in recs}
    F, S, L, W = "Helvetica", 10, 20, 612 - 92 - 54
    id_fix = pick(r, n, 6, must=(n // 2,))
    other = [i for i in pick(r, n, 12) if i not in id_fix][:7]
    for i in id_fix:
        wrong = typo(recs[i]["case_number"], taken, r)
        taken.add(wrong)
        recs[i]["corr"].append(("case_number", wrong, recs[i]["case_number"]))
        recs[i]["rel"].append(("struck", wrong))
    for k, i in enumerate(other):
        rec = recs[i]
        if k % 3 == 0:
            new = r.choice([t for t in TYPES if t != rec["type"]])
            rec["corr"].append(("type", new, rec["type"]))
        elif k % 3 == 1:
            new = r.choice([x for x in DISPS if x != rec["disposition"]])
            rec["corr"].append(("disposition", new, rec["disposition"]))
        else:
            wrong = rec["dt"] - datetime.timedelta(minutes=r.choice([60, 120, 600]))
            rec["corr"].append(("reported_at", wrong.strftime("%m/%d/%Y %H:%M"), rec["reported_at"]))

    def header(k):
        return [T(54, 792 - 44, "MOORHAVEN POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                T(54, 792 - 58, "Incident Summary for Council Review  \u00b7  April 6 - 17, 2026  \u00b7  Records "
                  "555-0126", "Helvetica", 9.5),
                LN(54, 792 - 66, 558, 792 - 66, (0, 0, 0), 0.6)]

    def footer(k, m):
        return [T(54, 40, "Printed double-spaced for review.", "Helvetica-Oblique", 8),
                T(490, 40, f"Page {k} of {m}", "Helvetica", 9.5)]

    flow = Flow(header, 792 - 96, 64)
    for k, rec in enumerate(recs, 1):
        shown = {f: s for f, s, _ in rec["corr"]}
        vals = {f: shown.get(f, rec[f]) for f in ("case_number", "reported_at", "type", "disposition")}
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        txt = (f"{vals['case_number']} {D} Reported {vals['reported_at']}. {vals['type']}, {rec['location']}.{occ} "
               f"Unit {rec['unit']}. Disposition: {vals['disposition']}.")
        lines = wrap(txt, F, S, W)
        marks = []  # (line, x, struck, corrected)
        for f, s, v in rec["corr"]:
            for j, ln in enumerate(lines):
                pos = ln.find(s)
                if pos >= 0 and (f != "case_number" or pos == 0):
                    marks.append((j, 92 + stringWidth(ln[:pos], F, S), s, v))
                    break
            else:
                raise AssertionError((rec["case_number"], f, s, lines))
        rec["txt"] = f"{k}.  {txt}"

        def fn(y, lines=lines, marks=marks, k=k):
            ops = [T(54, y, f"{k}.", F, S)] + [T(92, y - j * L, ln, F, S) for j, ln in enumerate(lines)]
            for j, x, s, v in marks:
                ops += [strike(x, y - j * L, s, F, S), T(x, y - j * L + 9.5, v, HAND, 9.5, INK)]
            return ops
        flow.add(len(lines) * L, fn, gap=4)
    flow.add(16, lambda y: [T(54, y - 2, f"Total incidents: {n}.", "Helvetica-Bold", 10)])
    pages = flow.finish(footer)
    path = d / "moorhaven-incident-summary-2026-04-06-17-corrected.pdf"
    render(path, letter, pages)
    ex = recs[id_fix[0]]
    return [entry(path, agency, "incident summary printed double-spaced and corrected between the lines",
                  "numbered items", recs,
                  "Numbered items with a hanging number, printed double-spaced for review: "
                  f"`{recs[3]['txt']}`. Corrections are made the proofreader's way: the wrong words struck "
                  "through with a pen and the right ones written above them in the space between the lines. "
                  f"Trap: {len(id_fix)} case numbers are corrected this way, so the right number (`{ex['case_number']}`) "
                  f"sits on the line above the item's first line, which `pdftotext -layout` prints as a line of "
                  "its own after the previous item's last line, while the item's own line starts with the struck "
                  f"number (`{ex['corr'][0][1]}`, listed in `related_numbers`, kind `struck`). The same happens to "
                  f"{len(other)} types, dispositions and report times; a value's corrected form is the written one "
                  "(all in `corrections`). Item numbers run 1 to N. Ends `Total incidents: N.`",
                  "items counted by the generator; item numbers run 1 to N and the closing line gives the total",
                  marks="pen strokes through struck words, corrections above them in Times-Italic blue")]


# 5 ------------------------------------------------------------------ Tillbrook County, KS: CAD report, PDF-editor markup
def tillbrook(d, r):
    agency = "Tillbrook County Sheriff's Office, KS [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (14, 18), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 860 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"SO26-{seq:05d}"
        rec["disposition"] = codes[rec["disposition"]]
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][2])
    set_times(recs, "%m/%d/%y %H:%M")
    # one record missed by the report (added in a FreeText box), one row entered twice (voided)
    days = sorted({rec["dt"].date() for rec in recs})
    add_day, void_day = days[2], days[5]
    add_i = max(i for i, rec in enumerate(recs) if rec["dt"].date() == add_day)
    recs[add_i]["added"] = True
    recs[add_i]["case_number"] = f"SO26-{seq + 4:05d}"
    recs[add_i]["occ"] = None
    recs[add_i].pop("occurred_at", None)
    day_i = [i for i, rec in enumerate(recs) if rec["dt"].date() == void_day][2:-2]
    void_of = r.choice([i for i in day_i if int(recs[i + 1]["case_number"][-5:]) - int(recs[i]["case_number"][-5:]) == 2])
    void_no = f"SO26-{int(recs[void_of]['case_number'][-5:]) + 1:05d}"
    assert void_no not in {rec["case_number"] for rec in recs}, void_no
    assert n // 2 not in (add_i, void_of)
    fixes = sorted([n // 2] + [i for i in pick(r, n, 8) if i not in (add_i, void_of, n // 2)][:5])
    for i in fixes:
        rec = recs[i]
        wrong = r.choice([c for c in codes.values() if c != rec["disposition"]])
        rec["corr"].append(("disposition", wrong, rec["disposition"]))
    F, S, L = "Courier", 8, 11
    cw = S * 0.6

    def line_of(rec, num=None, disp=None):
        occ = rec.get("occurred_at", "")
        return (f"{num or rec['case_number']:<12}{rec['reported_at']:<16}{rec['type'][:24]:<25}"
                f"{rec['location']:<34}{occ:<16}{disp or rec['disposition']:<6}{rec['badge']}")

    def header(k):
        heads = ["TILLBROOK COUNTY SHERIFF'S OFFICE [invented]       CAD DAILY INCIDENT REPORT   TCR-11",
                 "RUN 03/16/26 04:10   PERIOD 03/09/26-03/15/26   DISPATCH 555-0188",
                 f"{'INCIDENT':<12}{'REPORTED':<16}{'NATURE':<25}{'LOCATION':<34}{'OCCURRED':<16}{'DISP':<6}DEP",
                 "-" * 112]
        ops = [T(36, 612 - 36 - j * L, h, "Courier-Bold" if j in (0, 2) else F, S) for j, h in enumerate(heads)]
        if k == 1:
            def stamp(c, w, h):
                c.setStrokeColorRGB(0.75, 0.1, 0.1)
                c.setLineWidth(1.5)
                c.rect(1, 1, w - 2, h - 2)
                c.setFillColorRGB(0.75, 0.1, 0.1)
                c.setFont("Helvetica-Bold", 13)
                c.drawString(8, h - 17, "REVIEWED")
                c.setFont("Helvetica", 8)
                c.drawString(8, 6, "03/18/26  LT. #208")
            ops.append(annot_op("Stamp", (640, 612 - 62, 740, 612 - 32), "REVIEWED 03/18/26 LT. #208", stamp,
                                Name=pdfdoc.PDFName("Approved")))
        return ops

    def footer(k, m):
        return [T(36, 30, f"PAGE {k:3d} OF {m:3d}", F, S)]

    def note(text, width):
        def draw(c, w, h):
            c.setFillColorRGB(1, 0.94, 0.55)
            c.setStrokeColorRGB(0.7, 0.55, 0.1)
            c.setLineWidth(0.5)
            c.rect(0, 0, w, h, fill=1, stroke=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 8)
            c.drawString(3, 3.2, text)
        return draw

    def strikeout(c, w, h):
        c.setStrokeColorRGB(0.85, 0, 0)
        c.setLineWidth(0.9)
        c.line(0, h / 2, w, h / 2)

    def strike_annot(x0, x1, y):
        rect = (x0 - 1, y - 2, x1 + 1, y + 6.5)
        q = [rect[0], rect[3], rect[2], rect[3], rect[0], rect[1], rect[2], rect[1]]
        return annot_op("StrikeOut", rect, "", strikeout, QuadPoints=pdfdoc.PDFArray([round(v, 2) for v in q]),
                        C=pdfdoc.PDFArray([0.85, 0, 0]))

    def free(x, y, text):
        w = stringWidth(text, "Helvetica", 8) + 6
        return annot_op("FreeText", (x, y - 3.2, x + w, y - 3.2 + 11), text, note(text, w),
                        DA=pdfdoc.PDFString("0 0 0 rg /Helv 8 Tf"))

    flow = Flow(header, 612 - 36 - 5 * L, 50)
    voided, day_corr, per_day_printed = [], [], {}
    for i, rec in enumerate(recs):
        if rec.get("added"):
            text = (f"ADDED: {rec['case_number']} {rec['reported_at']} {rec['type']} - {rec['location']} - "
                    f"{rec['disposition']} #{rec['badge']} (not on CAD print, entered 03/17 RU)")
            rec["txt"] = text
            flow.add(L, lambda y, text=text: [free(36, y, text)])
        else:
            disp = next((s for f, s, _ in rec["corr"] if f == "disposition"), None)
            ln = line_of(rec, disp=disp)

            def fn(y, ln=ln, disp=disp, rec=rec):
                ops = [T(36, y, ln, F, S)]
                if disp:
                    x = 36 + cw * 103
                    ops += [strike_annot(x, x + cw * len(disp), y),
                            free(600, y, f"{rec['disposition']} - not {disp} (#208)")]
                return ops
            flow.add(L, fn)
            per_day_printed[rec["dt"].date()] = per_day_printed.get(rec["dt"].date(), 0) + 1
        if i == void_of:
            ln = line_of(rec, num=void_no)

            def fv(y, ln=ln, rec=rec):
                return [T(36, y, ln, F, S), strike_annot(36, 36 + cw * len(ln), y),
                        free(600, y, f"VOID - DUP OF {rec['case_number']}")]
            page = flow.add(L, fv)
            voided.append({"number": void_no, "duplicate_of": rec["case_number"], "page": page,
                           "note": f"VOID - DUP OF {rec['case_number']}"})
            per_day_printed[rec["dt"].date()] += 1
        if i == n - 1 or rec["dt"].date() != recs[i + 1]["dt"].date():
            day = rec["dt"].date()
            cnt = sum(x["dt"].date() == day for x in recs)
            got = per_day_printed[day]
            line = f"*** DATE {day:%m/%d/%y}  INCIDENTS {got:3d} ***"

            def fd(y, line=line, got=got, cnt=cnt):
                ops = [T(36, y, line, F, S)]
                if got != cnt:
                    x = 36 + cw * (len(line) - 7)
                    ops += [strike_annot(x, x + cw * 3, y), free(36 + cw * (len(line) + 2), y, f"{cnt}")]
                return ops
            if got != cnt:
                day_corr.append((f"day total {day:%m/%d/%y}", f"{got:3d}".strip(), str(cnt)))
            flow.y -= 3
            flow.add(L, fd, gap=L)
    printed_total = sum(per_day_printed.values())
    flow.add(L, lambda y: [T(36, y, "-" * 112, F, S)])
    flow.add(L, lambda y: [T(36, y, f"TOTAL RECORDS PRINTED: {printed_total}", "Courier-Bold", S)])
    flow.add(L, lambda y: [T(36, y, "DISP: RPT REPORT  ARR ARREST  CIT CITATION  REF REFERRED  UNF UNFOUNDED  CLR "
                                    "CLEARED  WRN WARNING  GOA GONE ON ARRIVAL  OPN OPEN", F, S)])
    flow.add(L, lambda y: [T(36, y, "*** END OF REPORT ***", F, S)])
    pages = flow.finish(footer)
    path = d / "tillbrook-county-cad-daily-incident-report-2026-03-09-15-marked-up.pdf"
    render(path, landscape(letter), pages)
    assert printed_total == n, (printed_total, n)
    exr = recs[fixes[0]]
    return [entry(path, agency, "CAD daily incident report marked up in a PDF editor by the records unit",
                  "other: line-printer report, one line per record, with PDF annotations", recs,
                  "A CAD line-printer report in Courier capitals on landscape pages, one line per incident "
                  "(`INCIDENT  REPORTED  NATURE  LOCATION  OCCURRED  DISP  DEP`), "
                  f"`*** DATE 03/09/26  INCIDENTS {per_day_printed[days[0]]:3d} ***` after each day, marked up by the records unit in a PDF editor: every mark is a PDF "
                  "annotation with an appearance stream (StrikeOut markup, yellow FreeText boxes, a REVIEWED "
                  "Stamp), so it is drawn and `pdftotext` prints its text, but it is not page content. Trap: "
                  f"{len(fixes)} disposition codes are struck out with a FreeText note beside the row giving the "
                  f"right code (`{exr['disposition']} - not {exr['corr'][0][1]} (#208)`: the value is the note's); "
                  f"one incident missing from the print was added in a FreeText box between the rows of its day "
                  f"(`{recs[add_i]['case_number']}`, a record, listed in `inserted_records`); one row was entered "
                  f"twice and is struck out whole with `VOID - DUP OF {recs[void_of]['case_number']}` beside it "
                  f"(`{void_no}` is not a record; `voided_entries`); the two day totals concerned are struck and "
                  "corrected in a FreeText box. The closing `TOTAL RECORDS PRINTED` is right because the added and "
                  "the voided rows cancel out. No related numbers.",
                  "rows counted by the generator; the corrected day totals add up to the closing total",
                  total_corr=day_corr, voided=voided, inserted=[recs[add_i]["case_number"]],
                  marks="PDF annotations: StrikeOut (with QuadPoints), FreeText notes, one Stamp; each with an "
                        "appearance stream")]


AGENCIES = [("corvane-wa-pd", 1, corvane), ("ellisford-county-mt-so", 2, ellisford), ("halsworth-vt-pd", 3, halsworth),
            ("moorhaven-ri-pd", 4, moorhaven), ("tillbrook-county-ks-so", 5, tillbrook)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
