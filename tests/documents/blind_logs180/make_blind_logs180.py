"""Generate a held-out set of incident logs carrying content that is not printed (blind_logs180).

Five agencies, five layouts, one trap each, all about text that sits inside the PDF but is not seen on
the rendered page: a table whose 'prior period (draft)' sidebar is an optional-content layer switched
off; labelled blocks on a legal-length report page cropped to letter, the rows of another section
below the CropBox; a prose log with white-on-white template placeholders and suppressed entries;
numbered items in fixed text frames whose previous issue's items sit below the frame edge, clipped
away; a ruled form whose template example rows are covered by opaque boxes drawn later. The PDFs are
written object by object (reportlab cannot do optional content or crop boxes), with the standard
fonts, and are deterministic: fixed seed, no dates or ids in the file.
Run:
    python tests/documents/blind_logs180/make_blind_logs180.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import zlib
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026180
D = "\u2014"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Ketterby Road", "Ketterby Rd"), ("Alder Row Avenue", "Alder Row Ave"), ("Swaledale Drive", "Swaledale Dr"),
           ("Pilgrim Street", "Pilgrim St"), ("Cinder Hill Road", "Cinder Hill Rd"), ("Thrush Lane", "Thrush Ln"),
           ("Marlpit Court", "Marlpit Ct"), ("Oxbow Way", "Oxbow Way"), ("Tanyard Road", "Tanyard Rd"),
           ("Juniper Street", "Juniper St"), ("Coldharbour Avenue", "Coldharbour Ave"), ("Wexley Road", "Wexley Rd")]
PLACES = ["Fairgrounds", "Transit plaza", "Middle school lot", "Marina", "Senior center", "Skate park"]
FONTS = {"H": "Helvetica", "HB": "Helvetica-Bold", "HO": "Helvetica-Oblique", "C": "Courier", "CB": "Courier-Bold",
         "T": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic"}


# ------------------------------------------------------------------ a small PDF writer
def esc(s):
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def width(s, font, size):
    return stringWidth(s, FONTS[font], size)


class Page:
    """Content of one page as PDF operators; every text show is one BT ... ET with its own Td."""

    def __init__(self, w, h, crop=None):
        self.w, self.h, self.crop, self.ops = w, h, crop, []

    def text(self, x, y, s, font="H", size=9):
        self.ops.append(b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET" % (font.encode(), size, x, y, esc(s)))

    def raw(self, s):
        self.ops.append(s.encode())

    def line(self, x0, y0, x1, y1, w=0.5):
        self.raw(f"{w:g} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S")

    def box(self, x, y, w, h, gray):
        """An opaque filled rectangle, then the fill colour back to black."""
        self.raw(f"{gray:g} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f 0 g")


def write_pdf(path, pages, ocg_name=None):
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    fonts = {k: add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % v.encode())
             for k, v in FONTS.items()}
    fontdict = b"<< " + b" ".join(b"/%s %d 0 R" % (k.encode(), n) for k, n in fonts.items()) + b" >>"
    ocg = add(b"<< /Type /OCG /Name (%s) >>" % esc(ocg_name)) if ocg_name else None
    pages_id = len(objs) + 2 * len(pages) + 1
    kids = []
    for p in pages:
        data = zlib.compress(b"\n".join(p.ops) + b"\n", 9)
        cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        res = b"<< /Font %s%s >>" % (fontdict, b" /Properties << /OC1 %d 0 R >>" % ocg if ocg else b"")
        crop = b" /CropBox [%g %g %g %g]" % p.crop if p.crop else b""
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g]%s /Resources %s /Contents %d 0 R >>"
                        % (pages_id, p.w, p.h, crop, res, cs)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) \
        == pages_id
    oc = (b" /OCProperties << /OCGs [%d 0 R] /D << /Order [%d 0 R] /ON [] /OFF [%d 0 R] >> >>" % (ocg, ocg, ocg)
          if ocg else b"")
    cat = add(b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, oc))
    out = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref)
    path.write_bytes(out)


# ------------------------------------------------------------------ records
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


def make_recs(r, first_day, days, per_day, short=False, upper=False, ranges=True):
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1430), r.randint(*per_day))):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4 and ranges:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 900)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(201, 289)), "rel": []})
    return recs


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"]) if callable(fmt) else rec["dt"].strftime(fmt)
        occ = rec["occ"]
        f = fmt if callable(fmt) else (lambda t: t.strftime(fmt))
        if occ and occ[0] == "at":
            rec["occurred_at"] = f(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = f(occ[1]), f(occ[2])


def number(recs, r, fmt, start, steps=(1, 1, 1, 2)):
    seq = start
    for rec in recs:
        seq += r.choice(steps)
        rec["case_number"] = fmt(seq)


def wrap(text, font, size, w):
    out, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if cur and width(trial, font, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = trial
    out.append(cur)
    return out


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, hidden, how, notes, count_check):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    vis = {rec["case_number"] for rec in recs}
    assert not vis & {h["number"] for h in hidden}
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs180.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": f"good, but it also holds text that is not printed ({how}); see `not_printed`",
        "record_count": n, "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                           "location", "disposition"],
        "sample_records": samples,
        "not_printed": hidden,
        "case_numbers_source": "written by the generator (make_blind_logs180.py) from the records it drew and "
                               "printed; only records a reader sees on the rendered page are listed. Checked by "
                               "check_blind_logs180.py against the text of the glyphs that leave ink on a "
                               "pypdfium2 render; the record-like text that is not printed is listed in "
                               "`not_printed` and checked to be in the file but not on the rendered page",
        "record_count_check": count_check, "notes": notes,
    }


def hidden_entry(rec, page, how, what):
    return {"number": rec["case_number"], "page": page, "how": how, "what": what}


# 1 ------------------------------------------------------------------ Tallowmere, WA: table, layer switched off
def tallowmere(d, r):
    agency = "Tallowmere Police Department, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 14, (5, 8), short=True)
    prior = make_recs(r, datetime.datetime(2026, 2, 23), 7, (5, 8), short=True)
    number(prior, r, lambda s: f"26-{s:06d}", 3900 + r.randint(0, 40))
    number(recs, r, lambda s: f"26-{s:06d}", int(prior[-1]["case_number"][3:]) + 1)
    short = {"Report taken": "Report", "Arrest made": "Arrest", "Citation issued": "Citation",
             "Referred to investigations": "Referred", "Unfounded": "Unfounded", "Cleared - no action": "Cleared",
             "Warning given": "Warning", "Gone on arrival": "GOA", "Open - pending": "Open"}
    for rec in recs + prior:
        rec["disposition"] = short[rec["disposition"]]
    set_times(recs, "%m/%d/%y %H:%M")
    set_times(prior, "%m/%d/%y %H:%M")
    n = len(recs)
    assert 40 <= n <= 150
    W, H, S, L = 792, 612, 8, 13.5
    cols = [("Case No.", 30), ("Reported", 76), ("Occurred", 136), ("Incident Type", 262), ("Location", 350),
            ("Disp.", 488)]
    side = [("Case No.", 560), ("Date", 608), ("Type", 648)]

    def occ(rec):
        if "occurred_at" in rec:
            return rec["occurred_at"]
        if "occurred_from" in rec:
            return f"{rec['occurred_from']} - {rec['occurred_to']}"
        return ""

    for rec in recs:  # a range within one day prints the end time only
        if "occurred_to" in rec and rec["occurred_from"][:8] == rec["occurred_to"][:8]:
            rec["occurred_to"] = rec["occurred_to"][9:]
    pages, hidden = [], []
    rows_per = 30
    chunks = [recs[i:i + rows_per] for i in range(0, n, rows_per)]
    m = len(chunks)
    pp = -(-len(prior) // m)
    assert pp <= rows_per
    pchunks = [prior[i:i + pp] for i in range(0, len(prior), pp)]
    for k, chunk in enumerate(chunks, 1):
        p = Page(W, H)
        p.text(30, H - 40, "TALLOWMERE POLICE DEPARTMENT [invented]", "HB", 13)
        p.text(30, H - 55, "Incident Log  03/02/2026 - 03/15/2026  |  Records Unit 555-0137", "H", 9)
        p.line(30, H - 63, 540, H - 63)
        for t, x in cols:
            p.text(x, H - 76, t, "HB", S)
        p.line(30, H - 81, 540, H - 81)
        # the sidebar of the layered report: its own heading and rows, all inside the layer that is off
        p.raw("/OC /OC1 BDC")
        p.text(560, H - 55, "PRIOR PERIOD 02/23-03/01 (DRAFT)", "HB", 8)
        p.line(560, H - 63, 762, H - 63)
        for t, x in side:
            p.text(x, H - 76, t, "HB", S)
        p.line(560, H - 81, 762, H - 81)
        y = H - 95
        for prec in pchunks[k - 1] if k - 1 < len(pchunks) else []:
            p.text(560, y, prec["case_number"], "H", S)
            p.text(608, y, prec["reported_at"][:8], "H", S)
            p.text(648, y, prec["type"][:22], "H", S)
            hidden.append(hidden_entry(prec, k, "optional-content layer switched off",
                                       "a row of the 'PRIOR PERIOD (DRAFT)' sidebar"))
            y -= L
        p.raw("EMC")
        y = H - 95
        for rec in chunk:
            vals = [rec["case_number"], rec["reported_at"], occ(rec), rec["type"], rec["location"], rec["disposition"]]
            for (_, x), v, nxt in zip(cols, vals, [c[1] for c in cols[1:]] + [540]):
                assert x + width(v, "H", S) < nxt - 4, v
                p.text(x, y, v, "H", S)
            y -= L
        if k == m:
            p.line(30, y + 6, 540, y + 6)
            p.text(30, y - 8, f"Total incidents listed: {n}", "HB", 9)
        p.text(30, 30, "RMS IL-300  layered report  run 03/16/26 07:02", "H", 7.5)
        p.text(480, 30, f"Page {k} of {m}", "H", 8.5)
        pages.append(p)
    assert len(pchunks) <= m
    path = d / "tallowmere-incident-log-2026-03-02-15.pdf"
    write_pdf(path, pages, ocg_name="Prior period (draft)")
    return [entry(path, agency, "two-week incident log from a layered RMS report", "table with header", recs, hidden,
                  "an optional-content layer switched off",
                  "A landscape RMS incident log, one row per incident (`Case No.  Reported  Occurred  Incident Type  "
                  "Location  Disp.`), occurred printed as one time, as a `from - to` range (the end time alone when on "
                  "the same day) or blank, "
                  "ends `Total incidents listed: N`. Trap: the report is layered; a sidebar `PRIOR PERIOD "
                  f"02/23-03/01 (DRAFT)` with {len(prior)} rows of last week's incidents (`Case No.  Date  Type`, "
                  "ids of the same shape, 26-0039xx) sits in the right third of every page inside an "
                  "optional-content group (OCG `Prior period (draft)`, `/OCProperties /D /OFF`), so the rendered "
                  "page shows an empty right margin. Viewers and poppler (`pdftotext`) leave the layer out, but "
                  "pdfminer/pdfplumber and the raw content streams carry it, and at the same heights as the table "
                  "rows, so a word-level text extraction appends a prior-period row to each current row "
                  f"(`{recs[0]['case_number']} {recs[0]['reported_at']} ... {recs[0]['disposition']} "
                  f"{prior[0]['case_number']} {prior[0]['reported_at'][:8]} {prior[0]['type']}`). "
                  "Those rows are not part of "
                  "this log and are listed in `not_printed`.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Corvallen County, NE: blocks, CropBox
def corvallen(d, r):
    agency = "Corvallen County Sheriff's Office, NE [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 1), 10, (4, 7))
    assist = make_recs(r, datetime.datetime(2026, 4, 1), 10, (1, 2))
    number(recs, r, lambda s: f"CS26-{s:05d}", 1300 + r.randint(0, 40), steps=(1, 1, 2, 3))
    ids = {rec["case_number"] for rec in recs}
    pool = [f"CS26-{s:05d}" for s in range(1301, 1500) if f"CS26-{s:05d}" not in ids]
    for rec, num in zip(assist, sorted(r.sample(pool[:len(recs) + 30], len(assist)))):
        rec["case_number"] = num
        rec["type"] = "Agency assist - " + r.choice(["State Patrol", "Fire District 4", "Game and Parks", "City PD"])
    set_times(recs, "%m/%d/%Y %H:%M")
    set_times(assist, "%m/%d/%Y %H:%M")
    n = len(recs)
    assert 40 <= n <= 150
    W, H, CROP = 612, 1008, 216  # legal-length report page, cropped to the top 11 inches (letter)
    F, FB, S, L = "C", "CB", 9, 11.5
    pages, hidden = [], []

    def block(p, y, rec, k, hide=False):
        if "occurred_at" in rec:
            occ = rec["occurred_at"]
        elif "occurred_from" in rec:
            occ = f"{rec['occurred_from']} to {rec['occurred_to']}"
        else:
            occ = "unknown"
        lines = [f"INCIDENT #:   {rec['case_number']}        REPORTED: {rec['reported_at']}",
                 f"NATURE:       {rec['type']}", f"LOCATION:     {rec['location']}", f"OCCURRED:     {occ}",
                 f"DISPOSITION:  {rec['disposition']}        DEPUTY: #{rec['badge']}"]
        for i, ln in enumerate(lines):
            p.text(48, y - i * L, ln, F, S)
        if hide:
            hidden.append(hidden_entry(rec, k, "outside the CropBox",
                                       "a block of section 2 (agency assists) on the cropped-off foot of the page"))
        return y - 5 * L - 9

    per = 9
    chunks = [recs[i:i + per] for i in range(0, n, per)]
    m = len(chunks)
    achunks = [assist[i:i + 2] for i in range(0, len(assist), 2)]
    ai = 0
    for k, chunk in enumerate(chunks, 1):
        p = Page(W, H, crop=(0, CROP, W, H))
        top = H - 40
        p.text(48, top, "CORVALLEN COUNTY SHERIFF'S OFFICE [invented]", FB, 11)
        p.text(48, top - 14, "INCIDENT ACTIVITY REPORT  04/01/2026 - 04/10/2026  DISPATCH 555-0171", F, 8.5)
        p.text(48, top - 26, f"SECTION 1 - SHERIFF'S CASES                                    PAGE {k} OF {m}", F, 8.5)
        p.line(48, top - 32, 564, top - 32)
        y = top - 50
        for rec in chunk:
            y = block(p, y, rec, k)
        if k == m:
            p.line(48, y + 2, 564, y + 2)
            p.text(48, y - 10, f"TOTAL INCIDENTS THIS REPORT: {n}", FB, 9)
            y -= 22
        assert y > CROP + 10, y
        # the foot of the legal page: section 2 of the report writer's output, cut off by the CropBox
        y = CROP - 14
        p.text(48, y, "SECTION 2 - AGENCY ASSISTS (NOT COUNTY CASES)", FB, 9)
        y -= 18
        if ai < len(achunks):
            for rec in achunks[ai]:
                y = block(p, y, rec, k, hide=True)
            ai += 1
        p.text(48, 24, f"CADR-22 LEGAL  RUN 04/11/26 05:10  SHEET {k}", F, 7.5)
        pages.append(p)
    assert ai == len(achunks), (ai, len(achunks))
    path = d / "corvallen-county-incident-activity-2026-04-01-10.pdf"
    write_pdf(path, pages)
    return [entry(path, agency, "ten-day incident activity report, legal-length pages cropped to letter",
                  "labelled blocks", recs, hidden, "text outside the CropBox",
                  f"Labelled blocks in Courier, one per incident (`INCIDENT #:   {recs[0]['case_number']}        "
                  f"REPORTED: {recs[0]['reported_at']}` / `NATURE:` / `LOCATION:` / `OCCURRED:` a time, `from to to` "
                  f"or `unknown` / `DISPOSITION:  ...        DEPUTY: #{recs[0]['badge']}`), nine blocks a page, "
                  "`SECTION 1 - SHERIFF'S CASES ... PAGE k OF m` in the page head, "
                  "ends `TOTAL INCIDENTS THIS REPORT: N`. Trap: the report writer lays out legal-length pages "
                  "(MediaBox 612 x 1008) and the PDF was cropped to letter (CropBox [0 216 612 1008]); the cut-off "
                  "foot of every page still holds the writer's `SECTION 2 - AGENCY ASSISTS (NOT COUNTY CASES)` "
                  f"with two blocks a page in the same shape and number series ({len(assist)} in all, e.g. "
                  f"`{assist[0]['case_number']}`), and the writer's legal footer. `pdftotext` (media box by "
                  "default) and pdfplumber print them; the rendered page does not show them. They are not records "
                  "of this log (`not_printed`).",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Wendleford, VT: prose, white text
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast to units.",
        "", ""]


def wendleford(d, r):
    agency = "Wendleford Police Department, VT [invented]"
    allr = make_recs(r, datetime.datetime(2026, 3, 16), 7, (9, 12))
    number(allr, r, lambda s: f"26-{s:06d}", 1180 + r.randint(0, 30))
    sup = set(r.sample(range(3, len(allr) - 3), 12))  # juvenile entries the report writer suppresses
    recs = [rec for i, rec in enumerate(allr) if i not in sup]
    suppressed = [rec for i, rec in enumerate(allr) if i in sup]
    for rec in suppressed:
        rec["type"] = r.choice(["Runaway juvenile", "Juvenile - curfew", "Juvenile - welfare check"])
    for rec in allr:
        rec["disposition"] = rec["disposition"].lower()
    earlier = [f"26-{s:06d}" for s in range(1000, 1170)]
    for rec in r.sample(recs, 8):
        rec["rel"] = [("earlier case", r.choice(earlier))]

    def fmt(t):
        return f"{t.month}/{t.day}/{t:%y}, {t:%H%M} hrs"

    set_times(allr, fmt)
    n = len(recs)
    assert 40 <= n <= 150
    W, H, F, S, L, X = 612, 792, "T", 11, 14, 66
    TW = W - 2 * X
    pages, hidden = [], []
    state = {"p": None, "y": 0, "k": 0}

    def para_text(rec):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"Occurred at about {rec['occurred_at']}. "
        else:
            occ = f"Occurred between {rec['occurred_from']} and {rec['occurred_to']}. "
        narr = r.choice(NARR)
        rel = f"Follow-up to case {rec['rel'][0][1]}. " if rec["rel"] else ""
        return (f"{rec['reported_at']} {D} {rec['type']} at {rec['location']}. {occ}{narr + ' ' if narr else ''}{rel}"
                f"Case {rec['case_number']}; {rec['disposition']}. Officer #{rec['badge']}.")

    placeholder = {"dt": None, "case_number": "24-000000", "type": "SAMPLE ENTRY", "reported_at": "1/1/24, 0000 hrs"}

    def new_page():
        p = Page(W, H)
        state["k"] += 1
        k = state["k"]
        if k == 1:
            p.text(X, H - 56, "WENDLEFORD POLICE DEPARTMENT [invented]", "TB", 15)
            p.text(X, H - 73, "Police Log  \u00b7  March 16 - 22, 2026  \u00b7  as released to the press", "TI", 11)
            p.text(X, H - 87, "Records 555-0153. Juvenile matters are not published.", F, 9.5)
            y = H - 112
        else:
            p.text(X, H - 50, "Wendleford PD [invented]  \u00b7  Police Log, March 16 - 22, 2026", "TI", 10)
            y = H - 76
        p.line(X, y + 14, W - X, y + 14)
        # the template's placeholder entry, kept in every page's text frame and set in white
        ph = (f"{placeholder['reported_at']} {D} SAMPLE ENTRY at 100 Main Street. Case 24-000000 SAMPLE; "
              "disposition. Officer #000.")
        p.raw("1 g")
        for ln in wrap(ph, F, S, TW):
            p.text(X, y, ln, F, S)
            y -= L
        p.raw("0 g")
        y -= 6
        hidden.append({"number": "24-000000", "page": k, "how": "white text on white",
                       "what": "the template's placeholder entry `Case 24-000000 SAMPLE` at the top of the page"})
        state.update(p=p, y=y)
        pages.append(p)

    new_page()
    for rec in allr:
        lines = wrap(para_text(rec), F, S, TW)
        if state["y"] - len(lines) * L < 80:
            new_page()
        white = rec in suppressed
        if white:
            state["p"].raw("1 g")
            hidden.append(hidden_entry(rec, state["k"], "white text on white",
                                       "a suppressed juvenile entry, set in white by the report writer"))
        for ln in lines:
            state["p"].text(X, state["y"], ln, F, S)
            state["y"] -= L
        if white:
            state["p"].raw("0 g")
        state["y"] -= 6
    if state["y"] < 100:
        new_page()
    state["p"].text(X, state["y"] - 4, f"Entries in this log: {n}.", "TB", 11)
    m = len(pages)
    for k, p in enumerate(pages, 1):
        t = f"Page {k} of {m}"
        p.text((W - width(t, F, 10)) / 2, 40, t, F, 10)
    path = d / "wendleford-police-log-2026-03-16-22.pdf"
    write_pdf(path, pages)
    return [entry(path, agency, "weekly police log as released to the press", "free text", recs, hidden,
                  "white text on a white page",
                  f"A prose police log in Times, one paragraph per entry: `{para_text(recs[2])}` "
                  f"{len(recs) - sum(not x['rel'] for x in recs)} entries cite an earlier case (`Follow-up to case "
                  "26-001xxx.`, in `related_numbers`). Trap: text set in white on the white page. Every page's text "
                  "frame starts with the template's placeholder paragraph `1/1/24, 0000 hrs \u2014 SAMPLE ENTRY at "
                  "100 Main Street. Case 24-000000 SAMPLE; disposition. Officer #000.` in white, and "
                  f"{len(suppressed)} juvenile entries, suppressed by the report writer, are printed in full in "
                  "white in their places in the sequence (same form, ids in the same series, e.g. "
                  f"`{suppressed[0]['case_number']}`), leaving only a wider gap between paragraphs. `pdftotext` and "
                  "pdfplumber print all of it; a reader sees none of it. Only the visible entries are records; "
                  "the white ones are in `not_printed`. Ends `Entries in this log: N.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Ostermoor Township, MI: numbered items, clipped
def ostermoor(d, r):
    agency = "Ostermoor Township Police Department, MI [invented]"
    old = make_recs(r, datetime.datetime(2026, 5, 4), 7, (4, 6), ranges=False)
    recs = make_recs(r, datetime.datetime(2026, 5, 11), 7, (8, 11), ranges=False)
    number(old, r, lambda s: f"OT26-{s:04d}", 400 + r.randint(0, 20))
    number(recs, r, lambda s: f"OT26-{s:04d}", int(old[-1]["case_number"][5:]) + 2)
    for rec in recs:
        if rec["disposition"] == "Citation issued":
            rec["rel"] = [("citation", f"MI{r.randint(3300000, 3399999)}")]
    fmt = "%m/%d/%Y %H:%M"
    set_times(recs, fmt)
    set_times(old, fmt)
    n = len(recs)
    assert 40 <= n <= 150
    W, H, F, S, L, X = 612, 792, "H", 9.5, 12.5, 58
    FRAME = (54, 170, 504, 792 - 100 - 170)  # x, y, w, h of each page's text frame (and its clip)
    TW = FRAME[2] - 40

    def item(k, rec):
        occ = f" Occurred {rec['occurred_at']}." if "occurred_at" in rec else ""
        cit = f" Citation {rec['rel'][0][1]}." if rec["rel"] else ""
        return [f"{k}.", *wrap(f"{rec['case_number']} {D} Reported {rec['reported_at']}. {rec['type']}, "
                               f"{rec['location']}.{occ} Unit {rec['badge']}.{cit} Disposition: {rec['disposition']}.",
                               F, S, TW)]

    frames, cur, y = [], [], FRAME[1] + FRAME[3] - 14
    for k, rec in enumerate(recs, 1):
        lines = item(k, rec)
        need = (len(lines) - 1) * L + 5
        if y - need < FRAME[1] + 4:
            frames.append(cur)
            cur, y = [], FRAME[1] + FRAME[3] - 14
        cur.append((k, rec, lines))
        y -= need
    frames.append(cur)
    m = len(frames)
    per_old = -(-len(old) // m)
    pages, hidden = [], []
    ok = 0
    for pk, fr in enumerate(frames, 1):
        p = Page(W, H)
        p.text(54, H - 48, "OSTERMOOR TOWNSHIP POLICE DEPARTMENT [invented]", "HB", 13)
        p.text(54, H - 63, "Weekly Incident Bulletin  \u00b7  May 11 - 17, 2026  \u00b7  Front desk 555-0119", F, 9.5)
        p.line(54, H - 72, W - 54, H - 72)
        p.raw("q {:.2f} {:.2f} {:.2f} {:.2f} re W n".format(*FRAME))
        y = FRAME[1] + FRAME[3] - 14
        for _k, _rec, lines in fr:
            p.text(X, y, lines[0], F, S)
            for ln in lines[1:]:
                p.text(X + 30, y, ln, F, S)
                y -= L
            y -= 5
        if pk == m:
            p.text(X, y - 6, f"Items this issue: {n}", "HB", 10)
        # last issue's items, still in the frame's story below the new ones: pushed past the frame's
        # bottom edge and clipped away
        y = min(y, FRAME[1] - 12)
        for orec in old[(pk - 1) * per_old:pk * per_old]:
            ok += 1
            lines = item(ok, orec)
            if y - (len(lines) - 1) * L < 60:
                break
            p.text(X, y, lines[0], F, S)
            for ln in lines[1:]:
                p.text(X + 30, y, ln, F, S)
                y -= L
            y -= 5
            hidden.append(hidden_entry(orec, pk, "clipped by the text frame's clipping path",
                                       "an item of the previous issue below the frame's bottom edge"))
        p.raw("Q")
        p.line(54, 52, W - 54, 52)
        p.text(54, 40, "Items are numbered in order of report.", "HO", 8)
        p.text(490, 40, f"Page {pk} of {m}", F, 9)
        pages.append(p)
    path = d / "ostermoor-weekly-incident-bulletin-2026-05-11-17.pdf"
    write_pdf(path, pages)
    nh = len(hidden)
    return [entry(path, agency, "weekly incident bulletin laid out in fixed text frames", "numbered items", recs,
                  hidden, "text clipped away by a clipping path",
                  f"Numbered items with a hanging number: `{' '.join(item(5, recs[4]))}`; items are kept whole; "
                  f"{sum(bool(x['rel']) for x in recs)} print a citation number (`Citation MI33xxxxx.`, in "
                  "`related_numbers`). Trap: the bulletin was made from last week's file; each page's text frame "
                  "clips its content (`q 54 170 504 522 re W n ... Q`) and last week's items were not deleted but "
                  f"pushed past the frame's bottom edge, so {nh} items of the previous issue (numbered from 1 again, "
                  f"ids of the same series, e.g. `{hidden[0]['number']}`, dated May 4-10) sit in every page's "
                  "content below the frame, clipped away: the band between the frame and the footer renders blank. "
                  "`pdftotext` and pdfplumber print them, numbered like this issue's items. They are in "
                  "`not_printed`. Ends `Items this issue: N`.",
                  "items counted by the generator; the item numbers run 1 to N and the closing line gives the total")]


# 5 ------------------------------------------------------------------ Harlsby County, KS: ruled form, covered rows
def harlsby(d, r):
    agency = "Harlsby County Sheriff's Office, KS [invented]"
    recs = make_recs(r, datetime.datetime(2026, 6, 1), 8, (6, 9), short=True, upper=True, ranges=False)
    number(recs, r, lambda s: f"HC26-{s:05d}", 2200 + r.randint(0, 40))
    examples = make_recs(r, datetime.datetime(2024, 1, 5), 2, (6, 6), short=True, upper=True, ranges=False)
    number(examples, r, lambda s: f"HC24-{s:05d}", 10400 + r.randint(0, 40))
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    for rec in recs + examples:
        rec["disposition"] = codes[rec["disposition"]]
    set_times(recs, "%m/%d/%y %H%M")
    set_times(examples, "%m/%d/%y %H%M")
    n = len(recs)
    assert 40 <= n <= 150
    W, H, F, FB, S = 612, 792, "C", "CB", 8
    cols = [("CASE NO", 34), ("RPTD", 90), ("OCCD", 159), ("NATURE", 228), ("LOCATION", 340), ("DSP", 490),
            ("DEP", 520)]
    RH = 17
    rows_top = H - 118
    per = 32
    chunks = [recs[i:i + 26] for i in range(0, n, 26)]
    m = len(chunks)
    pages, hidden = [], []
    ei = 0
    for k, chunk in enumerate(chunks, 1):
        p = Page(W, H)
        p.text(40, H - 44, "HARLSBY COUNTY SHERIFF'S OFFICE [invented]", FB, 12)
        p.text(40, H - 58, "DAILY ACTIVITY SHEET - FORM DAS-4  JUNE 1-8, 2026  DISPATCH 555-0186", F, 8.5)
        p.text(480, H - 72, f"SHEET {k} OF {m}", F, 8.5)
        # the ruled grid: header row, then `per` rows
        p.line(30, rows_top + RH, 582, rows_top + RH, 0.8)
        for t, x in cols:
            p.text(x, rows_top + 5, t, FB, S)
        for i in range(per + 1):
            p.line(30, rows_top - i * RH, 582, rows_top - i * RH, 0.8 if i == 0 else 0.4)
        for x in [30] + [c[1] - 4 for c in cols[1:]] + [582]:
            p.line(x, rows_top + RH, x, rows_top - per * RH, 0.4)
        # rows 1-2: the template's example rows, covered by a white box pasted over them
        rows = [None, None] + list(chunk)
        ex = examples[ei:ei + 2]
        ei += 2
        for i, rec in enumerate(ex):
            y = rows_top - (i + 1) * RH + 5
            for (_, x), v in zip(cols, [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""),
                                        rec["type"][:20], rec["location"][:24], rec["disposition"], rec["badge"]]):
                p.text(x, y, v, F, S)
            hidden.append(hidden_entry(rec, k, "covered by an opaque white box drawn later",
                                       "a template example row at the top of the grid"))
        p.box(31, rows_top - 2 * RH + 0.6, 550, 2 * RH - 1.2, 1)
        p.text(34, rows_top - RH - 2, "ENTRIES BEGIN BELOW", "CB", 7)
        for i, rec in enumerate(rows[2:], 2):
            y = rows_top - (i + 1) * RH + 5
            vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                    rec["disposition"], rec["badge"]]
            for (_, x), v, nxt in zip(cols, vals, [c[1] for c in cols[1:]] + [586]):
                assert x + width(v, F, S) < nxt - 5, v
                p.text(x, y, v, F, S)
        last = len(rows)
        if k == m:
            y = rows_top - (last + 1) * RH + 5
            p.text(cols[3][1], y, f"TOTAL ENTRIES: {n}", FB, S)
            last += 1
        # the form's last rows: two more example rows, under the shaded review box drawn over them
        yb = rows_top - per * RH
        for i, rec in enumerate(examples[ei:ei + 2]):
            y = yb + (1 - i) * RH + 5
            for (_, x), v in zip(cols, [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""),
                                        rec["type"][:20], rec["location"][:24], rec["disposition"], rec["badge"]]):
                p.text(x, y, v, F, S)
            hidden.append(hidden_entry(rec, k, "covered by an opaque grey box drawn later",
                                       "a template example row under the shaded review box"))
        ei += 2
        assert last <= per - 2, last
        p.box(30, yb, 552, 2 * RH, 0.82)
        p.text(44, yb + 2 * RH - 7, "SUPERVISOR REVIEW   BADGE ______   DATE ________   (OFFICE USE ONLY)", FB, 7.5)
        p.text(40, 36, "FORM DAS-4 REV 2/24", F, 7)
        pages.append(p)
    path = d / "harlsby-county-daily-activity-sheets-2026-06-01-08.pdf"
    write_pdf(path, pages)
    return [entry(path, agency, "daily activity sheets on a ruled form", "other: ruled form grid in Courier capitals",
                  recs, hidden, "text covered by opaque boxes drawn over it",
                  "A ruled form (`FORM DAS-4`) in Courier capitals, one grid row per incident: `CASE NO  RPTD  OCCD  "
                  f"NATURE  LOCATION  DSP  DEP` (`{recs[0]['case_number']}  {recs[0]['reported_at']}  "
                  f"{recs[0].get('occurred_at', '')}  {recs[0]['type']}  {recs[0]['location']}  "
                  f"{recs[0]['disposition']}  {recs[0]['badge']}`), "
                  "occurred a single time or blank, `SHEET k OF m` in the head, ends `TOTAL ENTRIES: N` in the grid. "
                  "Trap: the form template came with example rows filled in (ids `HC24-104xx`, January 2024, same "
                  "columns); on every sheet the first two grid rows still hold two of them, covered by an opaque "
                  "white box pasted over them (with `ENTRIES BEGIN BELOW` on it), and the last two grid rows hold "
                  "two more, covered by the shaded `SUPERVISOR REVIEW` box drawn after them. The boxes are drawn "
                  "later in the content stream, so `pdftotext` and pdfplumber print the example rows in the "
                  "grid among the real ones; on the page they cannot be seen. They are in `not_printed`.",
                  "grid rows counted by the generator; the closing line gives the total")]


AGENCIES = [("tallowmere-wa-pd", 1, tallowmere), ("corvallen-county-ne-so", 2, corvallen),
            ("wendleford-vt-pd", 3, wendleford), ("ostermoor-township-mi-pd", 4, ostermoor),
            ("harlsby-county-ks-so", 5, harlsby)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
