"""Generate a held-out set of incident logs that came back as degraded scans of paper copies (blind_logs186).

Five agencies, five layouts, one trap each. Every log is first typeset as clean pages, rendered to a
raster image (150-300 dpi, grayscale or 1-bit) and then handled like paper: show-through of the reverse
side from duplex printing on thin paper, highlighter strokes, a sticky note and an opaque strip of tape
over rows, punch holes and staples, fold creases, pen ticks, circles and margin notes, and a copy of a
copy (fattened strokes, toner specks, halftone grey). Four PDFs carry only the images; one carries the
scanner's own invisible OCR layer. Everything is invented. Output is deterministic: fixed seed, fixed
PDF dates, reportlab invariant mode.
Run:
    python tests/documents/blind_logs186/make_blind_logs186.py [OUT_DIR]
"""

import datetime
import hashlib
import io
import json
import math
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026186
D = "\u2014"
PDF_TIME = time.gmtime(1772000000)  # fixed creation date for the image-only PDFs
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Calloway Road", "Calloway Rd"), ("Tinsley Avenue", "Tinsley Ave"), ("Marbury Drive", "Marbury Dr"),
           ("Greaves Street", "Greaves St"), ("Kestrel Road", "Kestrel Rd"), ("Dunmore Lane", "Dunmore Ln"),
           ("Halberd Court", "Halberd Ct"), ("Ashcombe Way", "Ashcombe Way"), ("Pike Hollow Road", "Pike Hollow Rd"),
           ("Wexley Street", "Wexley St"), ("Foundry Avenue", "Foundry Ave"), ("Ridgeback Road", "Ridgeback Rd")]
PLACES = ["Bus depot", "Public library", "Fairgrounds", "Middle school", "Boat ramp", "Senior center"]
KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


# ---------------------------------------------------------------------------------------------- records
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
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1440 - 10), r.randint(*per_day))):
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


# ---------------------------------------------------------------------------------------------- typesetting
class Pages:
    """Clean log pages as lists of items: ("t", x, y, text, font, size) or ("rect", x, y, w, h, grey)."""

    def __init__(self, size, header, top, bottom):
        self.size, self.header, self.top, self.bottom = size, header, top, bottom
        self.pages, self.y = [], 0

    def new(self):
        self.pages.append(list(self.header(len(self.pages) + 1)))
        self.y = self.top

    def add(self, lines, gap=0):
        """lines: (x, text, font, size, lead); kept whole on one page. Returns (page index, baselines)."""
        need = sum(ln[4] for ln in lines)
        if not self.pages or self.y - need < self.bottom:
            self.new()
        ys = []
        for x, text, font, fs, lead in lines:
            if text:
                self.pages[-1].append(("t", x, self.y, text, font, fs))
            ys.append(self.y)
            self.y -= lead
        self.y -= gap
        return len(self.pages) - 1, ys

    def put(self, item, page=-1):
        self.pages[page].append(item)


def clean_pdf(pages, size):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    for items in pages:
        for it in items:
            if it[0] == "rect":
                _, x, y, w, h, g = it
                c.setFillGray(g)
                c.rect(x, y, w, h, stroke=0, fill=1)
                c.setFillGray(0)
            elif it[0] == "line":
                _, x0, y0, x1, y1, lw = it
                c.setLineWidth(lw)
                c.line(x0, y0, x1, y1)
            else:
                _, x, y, text, font, fs = it
                c.setFont(font, fs)
                c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [np.asarray(doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L"), dtype=np.float32)
           for i in range(len(doc))]
    doc.close()
    return out


# ---------------------------------------------------------------------------------------------- paper handling
class Sheet:
    """A rendered page as float pixels (255 white) with helpers taking PDF points (origin bottom left)."""

    def __init__(self, a, dpi, size):
        self.a, self.dpi, self.size = a, dpi, size

    def px(self, x, y):
        k = self.dpi / 72
        return x * k, (self.size[1] - y) * k

    def box(self, x0, y0, x1, y1):
        """Pixel box (left, top, right, bottom) of a point box given by two corners."""
        (a, b), (c, d) = self.px(x0, y0), self.px(x1, y1)
        return int(min(a, c)), int(min(b, d)), int(max(a, c)), int(max(b, d))

    def mask(self, draw):
        m = Image.new("L", (self.a.shape[1], self.a.shape[0]), 0)
        draw(ImageDraw.Draw(m))
        return np.asarray(m, dtype=np.float32) / 255


def paper(s, rng, tone=246, noise=0.8, shade=6.0):
    """Paper tone with a slow uneven shading and fine grain."""
    h, w = s.a.shape
    low = Image.fromarray((rng.random((6, 5)) * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    low = (np.asarray(low, dtype=np.float32) / 255 - 0.5) * 2 * shade
    s.a = s.a * (tone + low) / 255 + rng.normal(0, noise, s.a.shape).astype(np.float32)


def show_through(s, reverse, alpha):
    """The reverse side's ink, mirrored and soft, showing through thin paper."""
    rev = Image.fromarray(np.clip(reverse, 0, 255).astype(np.uint8)).transpose(Image.FLIP_LEFT_RIGHT)
    rev = np.asarray(rev.filter(ImageFilter.GaussianBlur(s.dpi / 110)), dtype=np.float32)
    s.a = s.a * (1 - alpha * (255 - rev) / 255)


def highlighter(s, rng, x0, x1, yb, height, grey=0.80):
    """A marker stroke over a row: ragged ends, slightly wavy, multiplies the page darker."""
    k = s.dpi / 72
    left, top = s.px(x0, yb + height * 0.75)
    right, _ = s.px(x1, 0)
    hh = height * k
    wob = rng.normal(0, 1, 8).cumsum()

    def draw(d):
        n = 24
        pts_top, pts_bot = [], []
        for i in range(n + 1):
            x = left + (right - left) * i / n
            off = wob[min(7, i * 8 // (n + 1))] * k * 0.4
            pts_top.append((x, top + off))
            pts_bot.append((x, top + hh + off))
        d.polygon(pts_top + pts_bot[::-1], fill=255)

    m = s.mask(draw)
    s.a = s.a * (1 - (1 - grey) * m)


def opaque(s, rng, corners, tone, shadow=True, scribble=0):
    """An opaque piece of paper (sticky note, paper tape) laid over the page: corners in points."""
    pts = [s.px(x, y) for x, y in corners]
    if shadow:
        k = s.dpi / 72
        sh = s.mask(lambda d: d.polygon([(x + 3 * k, y + 3 * k) for x, y in pts], fill=255))
        s.a = s.a * (1 - 0.25 * sh)
    m = s.mask(lambda d: d.polygon(pts, fill=255))
    fill = tone + rng.normal(0, 2.5, s.a.shape).astype(np.float32)
    s.a = s.a * (1 - m) + fill * m
    if scribble:  # pen strokes written on the note: loops, not letters
        x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
        x1, y1 = max(p[0] for p in pts), max(p[1] for p in pts)
        strokes = []
        for j in range(scribble):
            yy = y0 + (y1 - y0) * (j + 1) / (scribble + 1)
            xs = np.linspace(x0 + (x1 - x0) * 0.12, x0 + (x1 - x0) * (0.55 + 0.3 * rng.random()), 40)
            ys = yy + (y1 - y0) * 0.05 * np.sin(np.linspace(0, 14 + 4 * rng.random(), 40))
            strokes.append(list(zip(xs.tolist(), ys.tolist(), strict=True)))
        pen_px(s, strokes, width=max(2, int(s.dpi / 75)), ink=70)


def pen_px(s, strokes, width, ink=55):
    m = s.mask(lambda d: [d.line(st, fill=255, width=width, joint="curve") for st in strokes])
    s.a = np.minimum(s.a, s.a * (1 - m) + ink * m)


def pen(s, strokes_pt, width_pt=1.1, ink=55):
    """Ball-pen strokes given in points."""
    pen_px(s, [[s.px(x, y) for x, y in st] for st in strokes_pt], max(2, int(width_pt * s.dpi / 72)), ink)


def tick(x, y, size=7):
    return [[(x, y + size * 0.45), (x + size * 0.35, y), (x + size, y + size * 1.1)]]


def ellipse(cx, cy, rx, ry, turn=1.08, phase=0.3):
    n = 48
    return [[(cx + rx * math.cos(phase + 2 * math.pi * turn * i / n), cy + ry * math.sin(phase + 2 * math.pi * turn * i / n))
             for i in range(n + 1)]]


def hole(s, x, y, diam=18, tone=38):
    """A punched hole scanned against the dark lid: a dark disc with a soft rim."""
    cx, cy = s.px(x, y)
    r = diam * s.dpi / 144
    m = s.mask(lambda d: d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255))
    m = np.asarray(Image.fromarray((m * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)),
                   dtype=np.float32) / 255
    s.a = s.a * (1 - m) + tone * m


def staple(s, x, y, length=34, angle=-0.5):
    """A staple in the corner and its shadow."""
    dx, dy = length * math.cos(angle), length * math.sin(angle)
    pen(s, [[(x + 1.5, y - 1.5), (x + dx + 1.5, y + dy - 1.5)]], width_pt=3.2, ink=150)
    pen(s, [[(x, y), (x + dx, y + dy)]], width_pt=1.8, ink=45)


def crease(s, y_left, y_right):
    """A fold crease: a thin light line with a darker band along one side."""
    h, w = s.a.shape
    _, yl = s.px(0, y_left)
    _, yr = s.px(0, y_right)
    k = s.dpi / 72
    ys = yl + (yr - yl) * np.arange(w) / w
    rows = np.arange(h)[:, None]
    dist = rows - ys[None, :]
    dark = np.exp(-np.clip(dist, 0, None) / (4 * k)) * (dist > 0)
    s.a = s.a * (1 - 0.14 * dark)
    light = np.abs(dist) < 0.6 * k
    s.a = np.where(light, np.minimum(255, s.a + 45), s.a)


def specks(s, rng, n, tone=35):
    """Toner specks of a tired copier."""
    h, w = s.a.shape
    k = s.dpi / 72
    m = s.mask(lambda d: [d.ellipse((x, y, x + rr, y + rr * (0.6 + rng.random())), fill=255)
                          for x, y, rr in zip(rng.integers(0, w, n), rng.integers(0, h, n),
                                              rng.uniform(0.4 * k, 1.2 * k, n), strict=True)])
    s.a = s.a * (1 - m) + tone * m


def screen(shape, period, cover):
    """A clustered-dot halftone screen at 45 degrees: True on the dots, about `cover` of the area."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f = (np.cos(2 * np.pi * (xx + yy) / (period * 1.414)) + np.cos(2 * np.pi * (xx - yy) / (period * 1.414)) + 2) / 4
    return f > np.quantile(f[:period * 4, :period * 4], 1 - cover)


def xerox(s, rng, band, period, cover, passes=2, level=170):
    """A copy of a copy in black and white: each pass blurs and re-thresholds (strokes fatten), the tint
    `band` (a grey level of the clean page) comes back as a halftone dot screen, toner specks are added."""
    is_band = np.abs(s.a - band * 255) < 6
    dots = screen(s.a.shape, period, cover)
    for _ in range(passes):
        img = Image.fromarray(np.clip(s.a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(s.dpi / 250))
        s.a = np.where(np.asarray(img, dtype=np.float32) < level, 15.0, 250.0)
    s.a = np.where(is_band & dots, 15.0, s.a)
    specks(s, rng, 150, tone=15)


def bitonal(s, rng, level=200):
    """The scanner's 1-bit threshold, with a little sensor noise (it speckles the crease's shadow)."""
    s.a = s.a + rng.normal(0, 6, s.a.shape).astype(np.float32)
    return Image.fromarray(np.where(s.a < level, 0, 255).astype(np.uint8), "L").convert("1")


def to_gray(s):
    return Image.fromarray(np.clip(s.a, 0, 255).round().astype(np.uint8), "L")


# ---------------------------------------------------------------------------------------------- output
def mark(marks, page, kind, x0, y0, x1, y1):
    """Where a paper mark was put: page (1-based), kind, box in points (origin bottom left)."""
    marks.append({"page": page + 1, "kind": kind, "box": [round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)]})


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def save_images(path, images, dpi, quality=None):
    """An image-only PDF as a scanner writes it: JPEG for grayscale, CCITT G4 for 1-bit pages."""
    kw = {"quality": quality} if quality else {}
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, title="", author="",
                   subject="", creator="", producer="", creationDate=PDF_TIME, modDate=PDF_TIME, **kw)


def entry(path, agency, doc_type, layout, scan, recs, notes, count_check, text_layer="none", extra=None):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    out = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs186.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scan": scan, "scanned": True, "encrypted": False,
        "text_layer": text_layer, "record_count": n, "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": sorted({k for rec in recs for k in KEYS if k in rec}, key=KEYS.index),
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs186.py) from the records it drew, in "
                               "reading order; checked by check_blind_logs186.py against tesseract OCR of the "
                               "page images (`pdftoppm -r 300 -gray`, `tesseract --psm 6`)",
        "record_count_check": count_check, "notes": notes,
    }
    out.update(extra or {})
    return out


# 1 ------------------------------------------------------------------ Calder Flats, NV: table, tape and sticky note
def calder(d, r, rng):
    agency = "Calder Flats Police Department, NV [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 7, (10, 14), short=True, ranges=False)
    seq = 4100 + r.randint(0, 80)
    short = ["Report", "Arrest", "Citation", "Referred", "Unfounded", "Cleared", "Warning", "GOA", "Open"]
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"CF26-{seq:05d}"
        rec["disposition"] = r.choice(short)
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "Helvetica", 9, 14.5
    cols = [("Incident No.", 36), ("Reported", 104), ("Occurred", 178), ("Type", 252), ("Location", 362),
            ("Disposition", 514)]
    for rec in recs:
        assert stringWidth(rec["type"], F, S) < 106 and stringWidth(rec["location"], F, S) < 146, rec

    def header(k):
        return [("t", 40, 744, "CALDER FLATS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                ("t", 40, 728, "Daily Incident Log  03/02/2026 - 03/08/2026   Records 555-0137", "Helvetica", 10),
                ("line", 40, 718, 572, 718, 0.8)] + [("t", x, 706, t, "Helvetica-Bold", 9) for t, x in cols] + [
                ("line", 40, 701, 572, 701, 0.6)]

    pg = Pages(letter, header, 686, 70)
    rows = []
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]
        p, ys = pg.add([(x, v, F, S, 0) for v, (_, x) in zip(vals, cols, strict=True)][:-1]
                       + [(cols[-1][1], vals[-1], F, S, L)])
        rows.append((p, ys[0]))
    n_all = len(recs)
    pg.add([(40, None, F, S, 6), (40, f"Total incidents: {n_all}", "Helvetica-Bold", 10, 12)])
    m = len(pg.pages)
    for k in range(m):
        pg.put(("t", 40, 40, "Printed 03/09/26 07:02 by records clerk #118", "Helvetica", 8), k)
        pg.put(("t", 510, 40, f"Page {k + 1} of {m}", "Helvetica", 9), k)
    assert m == 3, m
    dpi = 200
    clean = render(clean_pdf(pg.pages, letter), dpi)
    back = render(clean_pdf([[("t", 60, 700, "CALDER FLATS PD [invented] - RECORDS REQUEST COVER SHEET",
                               "Helvetica-Bold", 12)] + [("t", 60, 670 - 16 * i, w, "Helvetica", 10) for i, w in
                                                         enumerate(["Requests are answered within ten days.",
                                                                    "Copies are 10 cents a page.",
                                                                    "Call Records 555-0137 with questions.",
                                                                    "This side intentionally printed."])]], letter),
                  dpi)[0]
    # duplex on thin paper: the sheets are 1|2 and 3|cover sheet, each side shows the other through
    reverse = [clean[1], clean[0], back]
    on_page = {k: [i for i, (p, _) in enumerate(rows) if p == k] for k in range(m)}
    # the opaque tape: over one whole row on page 2 (its id covered); the sticky note: over the
    # location and disposition of five rows on page 1
    taped = on_page[1][len(on_page[1]) // 2 + 3]
    noted = on_page[0][len(on_page[0]) // 2 - 6: len(on_page[0]) // 2 - 1]
    lit = [on_page[0][4], on_page[0][5], on_page[1][2], on_page[1][9], on_page[2][len(on_page[2]) // 2]]
    mid = n_all // 2
    assert taped not in (0, mid, mid + 1, n_all - 1) and not {0, mid, mid + 1} & set(noted)
    pages, marks = [], []
    for k in range(m):
        s = Sheet(clean[k].copy(), dpi, letter)
        paper(s, rng)
        show_through(s, reverse[k], 0.16)
        for i in lit:
            if rows[i][0] == k:
                highlighter(s, rng, 36, 580, rows[i][1] - 3.5, 13)
                mark(marks, k, "highlighter", 40, rows[i][1] - 1, 570, rows[i][1] + 7)
        if k == 0:
            ys = [rows[i][1] for i in noted]
            x0, x1, y0, y1 = 356, 588, min(ys) - 8, max(ys) + 14
            opaque(s, rng, [(x0, y0 - 2), (x1, y0 + 3), (x1 - 2, y1 + 3), (x0 - 3, y1)], 232, scribble=3)
            mark(marks, k, "sticky note", x0 + 4, y0 + 5, x1 - 6, y1 - 3)
        if k == 1:
            y = rows[taped][1]
            opaque(s, rng, [(24, y - 4.5), (596, y - 3.5), (596, y + 10.5), (24, y + 9.5)], 214, scribble=1)
            mark(marks, k, "opaque tape", 30, y - 2, 590, y + 7.5)
        staple(s, 22, 770)
        pages.append(to_gray(s))
    path = d / "calder-flats-daily-incident-log-2026-03-02-08-scan.pdf"
    save_images(path, pages, dpi, quality=33)
    covered = recs.pop(taped)
    n = len(recs)
    return [entry(path, agency, "weekly daily-incident log, paper copy scanned", "table with header",
                  "image only: 3 grayscale JPEG pages at 200 dpi", recs,
                  "A table with header (`Incident No.  Reported  Occurred  Type  Location  Disposition`, one row per "
                  "incident, occurred a single time or blank), printed duplex on thin paper and scanned: the "
                  "reverse side shows through mirrored and faint (page 1 through page 2 and back, page 3 through "
                  "a cover sheet), highlighter strokes (grey) over five rows, a staple in the top left corner. "
                  f"Trap: a sticky note with pen scribbles covers the Location and Disposition cells of five rows "
                  f"on page 1 ({', '.join(recs[i]['case_number'] for i in noted)}): their ids, dates and types "
                  "stay readable, so they are records, with those two values unknown; and a strip of opaque paper "
                  "tape on page 2 covers one row entirely, its id included: that incident "
                  f"(`{covered['case_number']}`, between `{recs[taped - 1]['case_number']}` and "
                  f"`{recs[taped]['case_number']}`) is NOT in the ground truth. The log's own closing line still "
                  f"counts it: `Total incidents: {n_all}` while {n} records are readable.",
                  f"rows counted by the generator; the closing total {n_all} includes the taped-over row",
                  extra={"paper_marks": marks, "covered_entirely": [covered["case_number"]],
                         "covered_in_part": [recs[i]["case_number"] for i in noted],
                         "printed_total": n_all})]


# 2 ------------------------------------------------------------------ Wrenmoor County, MT: blocks, copy of a copy
def wrenmoor(d, r, rng):
    agency = "Wrenmoor County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 12, (3, 4))
    seq = 300 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"WC26-{seq:05d}"
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Courier", 10.5, 13
    title = "WRENMOOR COUNTY SHERIFF'S OFFICE [invented]"

    def header(k):
        return [("t", 54, 744, title, "Courier-Bold", 12),
                ("t", 54, 729, "Incident Blocks  02/02/2026 - 02/13/2026   Dispatch 555-0164", F, 10),
                ("line", 54, 720, 560, 720, 0.8)]

    pg = Pages(letter, header, 700, 80)
    bands = []
    for rec in recs:
        occ = rec.get("occurred_at") or (f"from {rec['occurred_from']} to {rec['occurred_to']}"
                                         if "occurred_from" in rec else "not known")
        lines = [(54, f"CASE NO:  {rec['case_number']}    RECEIVED: {rec['reported_at']}", F, S, L),
                 (54, f"NATURE:   {rec['type']}", F, S, L), (54, f"LOCATION: {rec['location']}", F, S, L),
                 (54, f"OCCURRED: {occ}", F, S, L),
                 (54, f"DISPOSITION: {rec['disposition']}    DEPUTY: #{rec['badge']}", F, S, L)]
        p, ys = pg.add(lines, gap=9)
        bands.append((p, ys[0]))
        pg.pages[p].insert(3, ("rect", 50, ys[0] - 3.5, 510, 13, 0.8))  # shaded bar behind the CASE NO line
    n = len(recs)
    pg.add([(54, f"BLOCKS THIS PERIOD: {n}", "Courier-Bold", S, L), (54, "*** END ***", F, S, L)])
    m = len(pg.pages)
    for k in range(m):
        pg.put(("t", 54, 50, f"WCSO [invented]   page {k + 1} of {m}", F, 9), k)
    dpi = 300
    clean = render(clean_pdf(pg.pages, letter), dpi)
    images, creases, marks = [], [], []
    for k in range(m):
        s = Sheet(clean[k], dpi, letter)
        xerox(s, rng, 0.8, 6, 0.12)
        first = next(y for p, y in bands if p == k)
        mark(marks, k, "halftone", 420, first - 1.5, 552, first + 7.5)
        starts = [y for p, y in bands if p == k]
        y = (starts[len(starts) // 2 - 1] + starts[len(starts) // 2]) / 2 + 2 if len(starts) > 1 else 400
        s.a = s.a * 0.92 + 10  # the scanner sees the crease on the copy
        crease(s, y + 4, y - 4)
        creases.append(round(y, 1))
        images.append(bitonal(s, rng))
    path = d / "wrenmoor-county-incident-blocks-2026-02-02-13-copy.pdf"
    save_images(path, images, dpi)
    return [entry(path, agency, "two-week incident blocks, a photocopy of a photocopy scanned in black and white",
                  "labelled blocks", f"image only: {m} 1-bit CCITT G4 pages at 300 dpi", recs,
                  f"Labelled blocks in Courier (`CASE NO:  {recs[0]['case_number']}    RECEIVED: "
                  f"{recs[0]['reported_at']}` on a grey bar, "
                  "then `NATURE:`, `LOCATION:`, `OCCURRED:` a time, `from ... to ...` or `not known`, "
                  "`DISPOSITION: ...    DEPUTY: #nnn`), blocks kept whole. Trap: the paper copy was itself a copy "
                  "of a copy and was scanned in 1-bit black and white: strokes fattened twice, toner specks over the "
                  "whole page (periods and commas that are not in the text), the grey bar behind every CASE NO "
                  "line turned into a halftone dot screen that touches the id's glyphs, and a fold crease across "
                  "the middle of every page between two blocks. No text layer. Ends `BLOCKS THIS PERIOD: N`.",
                  "blocks counted by the generator; the closing line gives the total",
                  extra={"paper_marks": marks, "crease_y_points": creases})]


# 3 ------------------------------------------------------------------ Ostrander, KS: prose, scanner OCR layer
MISREAD = {"0": "O", "1": "l", "8": "B", "5": "S"}


def ostrander(d, r, rng):
    agency = "Ostrander Police Department, KS [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 16), 7, (6, 8))
    seq = 1840 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"26-{seq:05d}"
        rec["disposition"] = rec["disposition"].lower()
    for rec in recs:
        rec["reported_at"] = f"{rec['dt']:%-m/%-d/%y} at {rec['dt']:%H%M} hrs"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{occ[1]:%H%M} hrs"
        elif occ:
            rec["occurred_from"] = f"{occ[1]:%-m/%-d/%y} {occ[1]:%H%M}"
            rec["occurred_to"] = f"{occ[2]:%-m/%-d/%y} {occ[2]:%H%M}"
    F, S, L = "Times-Roman", 11.5, 15
    lead_words = ["Officers checked the area.", "A report was written.", "The caller was advised.",
                  "Nothing further was found.", "The owner was contacted."]

    def header(k):
        out = [("t", 60, 740, "OSTRANDER POLICE DEPARTMENT [invented]", "Times-Bold", 14),
               ("t", 60, 723, "Police Activity Summary, February 16-22, 2026  -  555-0129", "Times-Italic", 11)]
        return out

    pg = Pages(letter, header, 696, 72)
    paras = []
    for rec in recs:
        occ = ""
        if "occurred_at" in rec:
            occ = f" Occurred at {rec['occurred_at']}."
        elif "occurred_from" in rec:
            occ = f" Occurred between {rec['occurred_from']} and {rec['occurred_to']}."
        text = (f"{rec['reported_at']} {D} {rec['type']} at {rec['location']}.{occ} {r.choice(lead_words)} "
                f"Report {rec['case_number']}; {rec['disposition']}. Badge {rec['badge']}.")
        lines = wrap(text, F, S, 490)
        p, ys = pg.add([(60, ln, F, S, L) for ln in lines], gap=6)
        paras.append((p, ys, lines))
    n = len(recs)
    pg.add([(60, f"Entries this week: {n}.", "Times-Bold", S, L)])
    m = len(pg.pages)
    for k in range(m):
        pg.put(("t", 280, 40, f"- {k + 1} -", F, 10), k)
    dpi = 150
    clean = render(clean_pdf(pg.pages, letter), dpi)
    # highlighted entries: their ids are the ones the scanner's OCR got wrong
    cand = [i for i in range(2, n - 2) if i != n // 2 and sum(ch in MISREAD for ch in recs[i]["case_number"][3:]) >= 2]
    lit = sorted(r.sample(cand, 6))
    wrong = {}
    for i in lit:
        cn = recs[i]["case_number"]
        wrong[cn] = cn[:3] + "".join(MISREAD.get(ch, ch) for ch in cn[3:])
    path = d / "ostrander-police-activity-summary-2026-02-16-22-scan-ocr.pdf"
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    marks = []
    for k in range(m):
        s = Sheet(clean[k].copy(), dpi, letter)
        paper(s, rng, tone=243)
        show_through(s, clean[k + 1] if k % 2 == 0 and k + 1 < m else clean[k - 1] if k % 2 else clean[k], 0.2)
        for i in lit:
            p, ys, _ = paras[i]
            if p == k:
                for y in ys:
                    highlighter(s, rng, 56, 556, y - 3.5, 14.5, grey=0.78)
                mark(marks, k, "highlighter", 60, ys[0] - 1, 540, ys[0] + 7)
        buf = io.BytesIO()
        to_gray(s).save(buf, "JPEG", quality=40)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, letter[0], letter[1])
        # the scanner's OCR layer: invisible text on the printed lines, the highlighted ids misread
        for it in pg.pages[k]:
            if it[0] != "t":
                continue
            _, x, y, text, font, fs = it
            for cn, bad in wrong.items():
                text = text.replace(cn, bad)
            t = c.beginText(x, y)
            t.setTextRenderMode(3)
            t.setFont(font, fs)
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()
    return [entry(path, agency, "weekly police activity summary, scanned with the scanner's OCR",
                  "free text", f"{m} grayscale JPEG pages at 150 dpi with an invisible OCR text layer", recs,
                  f"Free-text paragraphs in Times, one per entry: `{recs[3]['reported_at']} {D} {recs[3]['type']} "
                  f"at {recs[3]['location']}. ... Report {recs[3]['case_number']}; {recs[3]['disposition']}. "
                  f"Badge {recs[3]['badge']}.` (the id is the one `Report` number in the paragraph), "
                  "printed duplex on thin paper: every page shows the facing side through, mirrored. Trap: the PDF "
                  "carries the scanner's own invisible OCR layer, and it is wrong where the paper was highlighted: "
                  f"the ids of the six highlighted entries read {', '.join(f'`{b}`' for b in wrong.values())} "
                  f"in the text layer (O for 0, l for 1, B for 8, S for 5), while the page image shows "
                  f"{', '.join(f'`{a}`' for a in wrong)}. The ground truth has what is printed. "
                  "Ends `Entries this week: N.`",
                  "paragraphs counted by the generator; the closing line gives the total",
                  text_layer="scanner OCR, wrong on six ids",
                  extra={"paper_marks": marks, "text_layer_misreads": [{"record": a, "text_layer": b} for a, b in wrong.items()]})]


# 4 ------------------------------------------------------------------ Pemberton Falls, ME: numbered items, holes
def pemberton(d, r, rng):
    agency = "Pemberton Falls Police Department, ME [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 10, (4, 7))
    seq = 500 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"PF26-{seq:04d}"
        if rec["disposition"] == "Citation issued":
            rec["rel"] = [("citation", f"C{r.randint(410000, 469999)}")]
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 10, 13.5

    def header(k):
        return [("t", 60, 742, "PEMBERTON FALLS POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12.5),
                ("t", 60, 727, "Incident Items, April 6-15, 2026   Front desk 555-0151", "Helvetica", 10),
                ("line", 60, 718, 560, 718, 0.6)]

    pg = Pages(letter, header, 700, 70)
    items = []
    for i, rec in enumerate(recs, 1):
        occ = ""
        if "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        elif "occurred_from" in rec:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        cit = f" Citation {rec['rel'][0][1]} issued." if rec["rel"] else ""
        text = (f"{rec['case_number']}  Reported {rec['reported_at']}. {rec['type']}, {rec['location']}.{occ}"
                f"{cit} Disposition: {rec['disposition']}. Unit {rec['badge']}.")
        rec["txt"] = f"{i}.  {text}"
        lines = wrap(text, F, S, 470)
        p, ys = pg.add([(68, ln, F, S, L) for ln in lines], gap=5)
        num = f"{i}."
        pg.put(("t", 58 - stringWidth(num, F, S), ys[0], num, F, S), p)
        items.append((p, ys))
    n = len(recs)
    pg.add([(68, f"{n} items.", "Helvetica-Bold", S, L)])
    m = len(pg.pages)
    for k in range(m):
        pg.put(("t", 500, 40, f"Page {k + 1}/{m}", F, 9), k)
    dpi = 150
    clean = render(clean_pdf(pg.pages, letter), dpi)
    pages, holed, marks = [], [], []
    for k in range(m):
        s = Sheet(clean[k].copy(), dpi, letter)
        paper(s, rng, tone=244)
        starts = [(i, ys[0]) for i, (p, ys) in enumerate(items) if p == k]
        for target in (702, 396, 90):  # three-hole punch, 4.25 in apart: the nearest item number gets the hole
            i, y = min(starts, key=lambda t: abs(t[1] - target))
            if abs(y - target) < 40 and i not in holed:
                hole(s, 49, y + 3.4, diam=20)
                mark(marks, k, "punch hole", 44, y - 1.6, 54, y + 8.4)
                holed.append(i)
        for p, ys in items:
            if p != k:
                continue
            if r.random() < 0.22:
                x = 566 + r.uniform(-3, 3)
                pen(s, tick(x, ys[0] - 1))
                mark(marks, k, "pen tick", x - 1, ys[0] - 2, x + 8, ys[0] + 7)
        circ = [i for i, _ in starts if i not in holed and (i + k) % 9 == 4][:2]
        for i in circ:
            y = items[i][1][0]
            pen(s, ellipse(94, y + 3.4, 32, 9.5))
            mark(marks, k, "pen circle", 58, y - 7, 130, y + 14)
        yy = starts[len(starts) // 3][1]
        pen(s, [[(566, yy - 20), (576, yy - 40), (584, yy - 30), (590, yy - 55), (598, yy - 42)],
                [(562, yy + 4), (540, yy + 12)], [(548, yy + 16), (540, yy + 12), (549, yy + 7)]])
        staple(s, 20, 772)
        pages.append(to_gray(s))
    path = d / "pemberton-falls-incident-items-2026-04-06-15-scan.pdf"
    save_images(path, pages, dpi, quality=40)
    nums = sorted(i + 1 for i in holed)
    return [entry(path, agency, "ten-day incident items, hole-punched binder copy scanned", "numbered items",
                  f"image only: {m} grayscale JPEG pages at 150 dpi", recs,
                  "Numbered items with a hanging item number: "
                  f"`{recs[16]['txt']}`; items that end in a citation print its number (`Citation "
                  f"{next(x['rel'][0][1] for x in recs if x['rel'])} issued.`, in `related_numbers`). "
                  "The copy was kept in a binder: pen ticks beside some items in the right margin, ink circles "
                  "round a few ids, a margin note (strokes and an arrow), a staple. Trap: the three-hole punch "
                  f"took out the hanging item number of {len(holed)} items (item numbers "
                  f"{', '.join(map(str, nums))}): where the number was there is a dark disc, the item's id beside "
                  "it is whole and the item is a record; the item numbers that remain still run 1..N with gaps "
                  "only at the holes. Ends `N items.`",
                  "items counted by the generator; the closing line gives the total",
                  extra={"paper_marks": marks, "punched_item_numbers": nums})]


# 5 ------------------------------------------------------------------ Hollowmere County, WA: greenbar printout
def hollowmere(d, r, rng):
    agency = "Hollowmere County Sheriff's Office, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 19), 5, (12, 16), short=True, upper=True)
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 2200 + r.randint(0, 40)
    call = 0
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"26-{seq:06d}"
        rec["disposition"] = codes[rec["disposition"]]
        call += r.randint(3, 17)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{call % 10000:04d}")]
    set_times(recs, "%m/%d/%y %H:%M")
    size = landscape(letter)
    F, S, L = "Courier", 9.5, 12.5

    def header(k):
        return [("t", 36, 580, "HOLLOWMERE COUNTY SHERIFF'S OFFICE [invented]   INCIDENT LISTING  ILR-2", "Courier-Bold",
                 S),
                ("t", 36, 580 - L, "RUN 01/24/26 04:10   PERIOD 01/19/26-01/23/26   COMMUNICATIONS 555-0175", F, S),
                ("t", 36, 580 - 2.5 * L, "INCIDENT      REPORTED        NATURE                    LOCATION", F, S),
                ("t", 36, 580 - 3.5 * L, "              OCCURRED                       DISP  DEP  CALL NO", F, S)]

    pg = Pages(size, header, 580 - 5 * L, 50)
    lines_y = []
    for rec in recs:
        occ = rec.get("occurred_at") or (f"{rec['occurred_from']}-{rec['occurred_to']}" if "occurred_from" in rec
                                         else "")
        l1 = f"{rec['case_number']:<14}{rec['reported_at']:<16}{rec['type'][:24]:<26}{rec['location']}"
        l2 = f"{'':14}{occ:<31}{rec['disposition']:<6}{rec['badge']:<5}{rec['rel'][0][1]}"
        p, ys = pg.add([(36, l1, F, S, L), (36, l2, F, S, L)])
        rec["lines"] = [re.sub(r" {3,}", "  ", x.strip()) for x in (l1, l2)]
        lines_y.append((p, ys))
    n = len(recs)
    pg.add([(36, f"TOTAL INCIDENTS LISTED: {n}", F, S, L), (36, "END OF LISTING", F, S, L)])
    m = len(pg.pages)
    for k in range(m):
        pg.put(("t", 650, 30, f"PAGE {k + 1:3d}", F, S), k)
        # greenbar paper: bands three print lines tall, every other band tinted
        y = 580 - 5 * L + L - 3.5
        band = 0
        while y - 3 * L > 40:
            if band % 2 == 0:
                pg.pages[k].insert(0, ("rect", 24, y - 3 * L, 744, 3 * L, 0.86))
            y -= 3 * L
            band += 1
    dpi = 200
    clean = render(clean_pdf(pg.pages, size), dpi)
    pages, folds, marks = [], [], []
    for k in range(m):
        s = Sheet(clean[k].copy(), dpi, size)
        # a copy of a copy: the tint comes back as halftone dots, strokes fatten, specks
        xerox(s, rng, 0.86, 5, 0.0, passes=1)  # the pale green bands drop out in black and white
        for j in range(17):  # the tractor-feed holes along both edges of the continuous paper
            y = 594 - 36 * j
            for x in (12, 780):
                hole(s, x, y, diam=11, tone=15)
                if j in (4, 12):
                    mark(marks, k, "sprocket hole", x - 3, y - 3, x + 3, y + 3)
        s.a = s.a * 0.92 + 10
        # folded in thirds to be mailed: two creases across the sheet, each through a record's second line
        recs_here = [ys for p, ys in lines_y if p == k]
        fy = []
        for frac in (1 / 3, 2 / 3):
            ys = recs_here[min(len(recs_here) - 1, int(len(recs_here) * frac))]
            y = ys[1] + 2
            crease(s, y + 3, y - 3)
            fy.append(round(y, 1))
        folds.append(fy)
        for p, ys in lines_y:
            if p == k and r.random() < 0.3:
                pen(s, tick(24, ys[0] - 1, 6))
                mark(marks, k, "pen tick", 23, ys[0] - 2, 31, ys[0] + 6)
        pages.append(bitonal(s, rng))
    path = d / "hollowmere-county-incident-listing-2026-01-19-23-greenbar.pdf"
    save_images(path, pages, dpi)
    return [entry(path, agency, "incident listing printed on greenbar paper, photocopied and scanned",
                  "other: line-printer listing, two lines per record, landscape greenbar",
                  f"image only: {m} 1-bit CCITT G4 pages at 200 dpi, landscape", recs,
                  "A line-printer listing in Courier capitals on landscape greenbar paper, two lines per incident: "
                  f"`{recs[0]['lines'][0]}` and below it `{recs[0]['lines'][1]}`: the "
                  "occurred time or `from-to` range, a disposition code, the deputy's badge and a 10-digit call "
                  "number (in `related_numbers`, kind `cad`). Trap: a black-and-white photocopy of the printout, "
                  "copied again and scanned in 1-bit: the pale green bands dropped out, strokes fattened, toner "
                  "specks; the tractor-feed sprocket holes of the continuous paper print as two columns of black "
                  "discs down both edges, level with print lines; the sheet was folded in thirds for mailing, so "
                  "each page has two creases, each running through a record's second line; pen ticks in the left "
                  "margin between the holes and the ids. The second line carries no id and belongs to the record "
                  "above it; its 10-digit call number is not an id. Ends `TOTAL INCIDENTS LISTED: N`.",
                  "records counted by the generator; the closing line gives the total",
                  extra={"paper_marks": marks, "crease_y_points": folds})]


AGENCIES = [("calder-flats-nv-pd", 1, calder), ("wrenmoor-county-mt-so", 2, wrenmoor),
            ("ostrander-ks-pd", 3, ostrander), ("pemberton-falls-me-pd", 4, pemberton),
            ("hollowmere-county-wa-so", 5, hollowmere)]


def main():
    only = sys.argv[2:]  # optional agency folders, for trying one layout
    for name, k, fn in AGENCIES:
        if only and name not in only:
            continue
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k), np.random.default_rng(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
