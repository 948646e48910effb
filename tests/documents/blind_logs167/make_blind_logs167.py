"""Generate a held-out set of incident logs that came back as scanned images (blind_logs167).

Five agencies, five layouts, one trap each. Every log page is drawn with reportlab, rendered to a
grayscale raster with pypdfium2 at 150-300 dpi and given scan defects (a fax header line at the top,
skew of 0.5-1.5 degrees, uneven toner, speckle, a RECEIVED stamp or a Bates mark in the margin, one
page per PDF turned 90 or 180 degrees); each PDF page is then one image (grayscale JPEG or 1-bit
Flate) with no text layer, except one agency whose scanner added an invisible OCR text layer full of
misreadings. The traps: a table page fed upside down into the fax (body turned, fax header upright);
labelled blocks under a garbage invisible text layer; prose paragraphs scanned duplex with blank,
show-through backs between the fronts; numbered items under a RECEIVED stamp whose request number has
the shape of a case number; index cards copied eight to a page in two columns with continuation
cards that repeat a card's number. Everything is invented. Output is deterministic: fixed seed,
reportlab invariant mode, seeded noise.
Run:
    python tests/documents/blind_logs167/make_blind_logs167.py [OUT_DIR]
"""

import datetime
import hashlib
import io
import json
import random
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026167
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
PW, PH = letter


def new_canvas(path, size=letter):
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


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page when they
    do not fit (whole when keep=True); it returns the 0-based pages the lines went on."""
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


# ------------------------------------------------------------------------------------------- scanning
def draw_items(c, items):
    """Items: (y, x, text, font, size) text, (y, x, None, x2, width) a rule, or a callable(c)."""
    for it in items:
        if callable(it):
            it(c)
            continue
        y, x, text, font, fs = it
        if text is None:
            c.setLineWidth(fs)
            c.line(x, y, font, y)
            continue
        c.setFont(font, fs)
        c.drawString(x, y, text)


def render(pages):
    """Draw pages of items with reportlab and render each to a grayscale numpy array per dpi later."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    for items in pages:
        draw_items(c, items)
        c.showPage()
    c.save()
    return pdfium.PdfDocument(buf.getvalue())


def raster(doc, i, dpi):
    img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    return np.asarray(img, dtype=np.float32)


def field(rng, h, w, lo, hi):
    """A smooth random field between lo and hi (uneven toner or paper)."""
    small = rng.random((6, 5)).astype(np.float32)
    img = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    f = np.asarray(img, dtype=np.float32) / 255
    ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :] * rng.uniform(-0.3, 0.3)
    f = np.clip(f + ramp, 0, 1)
    return lo + (hi - lo) * f


def scan(body, overlay, rng, skew, turn_body=0, turn_page=0, light=1.0, show=None):
    """Scan defects on a page: body (ink darkness 0-1, numpy) optionally turned upside down under an upright
    overlay (fax header, stamps), uneven toner, paper tone, show-through, skew, speckle, soft focus; then the
    whole page turned by turn_page degrees (counter-clockwise, as PIL turns)."""
    if turn_body:
        body = np.rot90(body, turn_body // 90)
    ink = np.maximum(body, overlay)
    h, w = ink.shape
    ink = ink * field(rng, h, w, 0.62 * light, 1.0 * light)
    paper = field(rng, h, w, 228, 248)
    if show is not None:
        paper = paper - show * rng.uniform(38, 52)
    val = paper * (1 - ink)
    img = Image.fromarray(np.clip(val, 0, 255).astype(np.uint8))
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=int(paper.mean()))
    a = np.asarray(img, dtype=np.float32).copy()
    n = int(h * w / 9000)
    ys, xs = rng.integers(0, h - 3, n), rng.integers(0, w - 3, n)
    sz = rng.integers(1, 3, n)
    for y, x, s in zip(ys, xs, sz):
        a[y:y + s, x:x + s] = rng.uniform(20, 120)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if turn_page:
        img = img.rotate(turn_page, expand=True)
    return img


def darkness(doc, i, dpi):
    return 1 - raster(doc, i, dpi) / 255


class RawImage(pdfdoc.PDFImageXObject):
    """An image XObject from a ready stream: a grayscale JPEG (DCTDecode) or 1-bit Flate."""

    def __init__(self, name, img, kind):
        self.name, self.mask = name, None
        self.width, self.height = img.size
        self.colorSpace = "DeviceGray"
        if kind == "jpeg":
            b = io.BytesIO()
            img.save(b, "JPEG", quality=30, optimize=True)
            self.streamContent, self._filters, self.bitsPerComponent = b.getvalue(), ("DCTDecode",), 8
        else:
            bits = img.point(lambda v: 255 if v > 165 else 0).convert("1")
            self.streamContent = zlib.compress(bits.tobytes(), 9)
            self._filters, self.bitsPerComponent = ("FlateDecode",), 1


def put_image(c, name, img, kind, dpi):
    w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
    c.setPageSize((w, h))
    obj = RawImage(name, img, kind)
    reg = c._doc.getXObjectName(name)
    c._setXObjects(obj)
    c._doc.Reference(obj, reg)
    c._doc.addForm(name, obj)
    c.saveState()
    c.scale(w, h)
    c._code.append(f"/{reg} Do")
    c.restoreState()
    c._formsinuse.append(name)
    return w, h


def fax_line(agency_short, phone, when, k, m):
    return (f"{when}   FROM: {agency_short}  {phone}   TO: CITY CLERK 555-0199   P.{k:03d}/{m:03d}")


def stamp(x, y, lines, angle, gray=0.35):
    def draw(c):
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        c.setStrokeGray(gray)
        c.setFillGray(gray)
        c.setLineWidth(2)
        c.roundRect(-6, -8 - 13 * (len(lines) - 1), 150, 30 + 13 * (len(lines) - 1), 6)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(8, 4, lines[0])
        c.setFont("Helvetica-Bold", 10)
        for i, ln in enumerate(lines[1:], 1):
            c.drawString(4, 4 - 13 * i - 2, ln)
        c.restoreState()
    return draw


def build(path, body_pages, overlays, spec, rng, kind, dpi, garbage=None):
    """Scan each body page under its overlay and write the image PDF; spec[i] = dict(skew, turn_body,
    turn_page, show (index of a body page seen through), light)."""
    bdoc, odoc = render(body_pages), render(overlays)
    c = new_canvas(path)
    for i in range(len(body_pages)):
        s = spec[i]
        body = darkness(bdoc, i, dpi)
        over = darkness(odoc, i, dpi)
        show = None
        if s.get("show") is not None:
            show = np.asarray(Image.fromarray((darkness(bdoc, s["show"], dpi) * 255).astype(np.uint8))
                              .transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(2.2)),
                              dtype=np.float32) / 255
            body = np.zeros_like(body)
        img = scan(body, over, rng, s["skew"], s.get("turn_body", 0), s.get("turn_page", 0), s.get("light", 1.0),
                   show)
        w, h = put_image(c, f"scan{i + 1:03d}", img, kind, dpi)
        if garbage:
            c.saveState()
            t = c.beginText()
            t.setTextRenderMode(3)
            for y, x, text in garbage[i]:
                t.setFont("Helvetica", 9)
                t.setTextOrigin(x * w / PW, y * h / PH)
                t.textOut(text)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, scan_desc, rotated, recs, notes, count_check, text_layer="none (image only)",
          extra=None):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    e = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs167.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": True, "scan": scan_desc, "rotated_pages": rotated,
        "encrypted": False, "text_layer": text_layer, "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": [k for k in KEYS if any(k in rec for rec in recs)], "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs167.py) from the records it drew, in "
                               "reading order; checked by check_blind_logs167.py against tesseract OCR of the "
                               "page images (pages turned upright first), at least 97% of the ids read exactly",
        "record_count_check": count_check, "notes": notes,
    }
    if extra:
        e.update(extra)
    return e


def page_spec(r, m, turned, key, deg):
    return [dict(skew=round(r.choice([-1, 1]) * r.uniform(0.5, 1.5), 2), **({key: deg} if i == turned else {}))
            for i in range(m)]


# 1 ------------------------------------------------------------------ Brindlecombe, VT: table, a page faxed upside down
def brindlecombe(d, r, rng):
    agency = "Brindlecombe Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 12, (6, 9), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 4400 + r.randint(0, 80)
    short = ["Report", "Arrest", "Citation", "Referred", "Unfounded", "Cleared", "Warning", "GOA", "Open"]
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:06d}"
        rec["disposition"] = r.choice(short)
        rec["unit"] = str(r.randint(301, 389))
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "Helvetica", 9.5, 23
    cols = [("Case No.", 36), ("Reported", 96), ("Occurred", 168), ("Incident Type", 240), ("Location", 350),
            ("Disp.", 498), ("Ofc", 552)]
    def vals(rec):
        return [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"],
                            rec["location"], rec["disposition"], rec["unit"]]
    for rec in recs:
        for k, v in enumerate(vals(rec)):
            right = cols[k + 1][1] if k + 1 < len(cols) else 590
            assert cols[k][1] + stringWidth(v, F, S) < right - 5, v

    def header(k):
        return [(792 - 58, 36, "BRINDLECOMBE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (792 - 74, 36, "Incident Log  03/02/2026 - 03/13/2026   Records 555-0142", "Helvetica", 10),
                (792 - 84, 36, None, 576, 0.8)] + [(792 - 98, x, t, "Helvetica-Bold", 9.5) for t, x in cols] + [
                (792 - 104, 36, None, 576, 0.6)]

    def footer(k, m):
        return [(46, 36, "Printed 03/16/26 08:02  RMS IL-100", "Helvetica", 8.5),
                (46, 510, f"Page {k} of {m}", "Helvetica", 9.5)]

    add, finish = paginate(header, footer, 792 - 122, 70)
    for rec in recs:
        v = vals(rec)
        add([(x, t, F, S, 0) for t, (_, x) in zip(v, cols)][:-1] + [(cols[-1][1], v[-1], F, S, L)])
    add([(36, None, 576, 0.6, 14), (36, f"Total incidents: {n}", "Helvetica-Bold", 10, 14)])
    pages = finish()
    m = len(pages)
    assert m == 4, m
    turned = 2
    overlays = [[(792 - 16, 24, fax_line("BRINDLECOMBE PD RECORDS", "555-0142", "MAR-16-2026 09:14", k, m),
                  "Courier", 8.5)] for k in range(1, m + 1)]
    overlays[0].append(stamp(440, 770, ["RECEIVED", "MAR 16 2026", "BY: CLERK"], -4))
    spec = page_spec(r, m, turned, "turn_body", 180)
    path = d / "brindlecombe-incident-log-2026-03-02-13-fax-scan.pdf"
    build(path, pages, overlays, spec, rng, "jpeg", 150)
    return [entry(path, agency, "two-week incident log received by fax and scanned", "table with header",
                  f"150 dpi grayscale JPEG, one image per page, no text layer; skew 0.5-1.5 degrees; fax header on "
                  f"every page; RECEIVED stamp on page 1; page {turned + 1} fed upside down", {str(turned + 1): 180},
                  recs,
                  "A portrait RMS incident log (`Case No.  Reported  Occurred  Incident Type  Location  Disp.  Ofc`, "
                  "`Page k of m` at the foot) that was faxed to the city clerk and the fax printout scanned: every "
                  "page is one 150 dpi grayscale image with no text layer, slightly skewed, toner uneven, speckled, "
                  f"with the sending fax's header line (`MAR-16-2026 09:14   FROM: BRINDLECOMBE PD RECORDS  555-0142 "
                  f"...  P.001/00{m}`) at the top and a RECEIVED stamp on page 1. Trap: page {turned + 1} was fed "
                  "into the fax upside down, so its log content is turned 180 degrees while the fax header, which the "
                  "fax machine adds to what it sends, stands upright at the top of the image: orientation detection "
                  "or OCR of the image as it is reads the header and garbage; the page has to be turned (and its "
                  "header then sits at the bottom, upside down). The page is turned in the image itself (no /Rotate). "
                  "Occurred is a single time or blank. Ends `Total incidents: N`.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Kestrelmoor County, MT: blocks, garbage OCR layer
CONFUSE = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "G", "O": "0", "I": "1", "S": "5", "B": "8",
           "E": "F", "-": "~", "/": "l"}


def mangle(r, text, p):
    out = []
    for ch in text:
        x = r.random()
        if ch in CONFUSE and x < p:
            out.append(CONFUSE[ch])
        elif ch == " " and x < p / 3:
            continue
        elif x < p / 8:
            out.append(r.choice(".,'`:;"))
        else:
            out.append(ch)
    return "".join(out)


def kestrelmoor(d, r, rng):
    agency = "Kestrelmoor County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 14, (3, 4), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 400 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"K26-{seq:05d}"
        rec["disposition"] = rec["disposition"].upper()
    set_times(recs, "%m/%d/%y %H%M")
    F, S, L = "Courier", 10.5, 14

    def header(k):
        return [(792 - 56, 48, "KESTRELMOOR COUNTY SHERIFF'S OFFICE [invented]", "Courier-Bold", 12),
                (792 - 72, 48, "DAILY INCIDENT BLOCKS  02/02/26 - 02/15/26  DISPATCH 555-0177", "Courier", 10),
                (792 - 80, 48, None, 560, 0.8)]

    def footer(k, m):
        return [(44, 48, f"KCSO-IB  PAGE {k} OF {m}", "Courier", 9.5)]

    add, finish = paginate(header, footer, 792 - 100, 72)
    spans = []
    for rec in recs:
        if rec["occ"] is None:
            occ = "UNKNOWN"
        elif "occurred_at" in rec:
            occ = rec["occurred_at"]
        else:
            occ = f"{rec['occurred_from']} TO {rec['occurred_to']}"
        lines = [f"INCIDENT NO.  {rec['case_number']}      REPORTED  {rec['reported_at']}",
                 f"NATURE        {rec['type']:<26}DEPUTY  #{rec['badge']}",
                 f"LOCATION      {rec['location']}",
                 f"OCCURRED      {occ}",
                 f"DISPOSITION   {rec['disposition']}"]
        rec["lines"] = lines
        spans.append(add([(48, ln, "Courier-Bold" if i == 0 else F, S, L) for i, ln in enumerate(lines)]
                         + [(48, None, 300, 0.4, 14)], keep=False, gap=4))
    add([(48, f"INCIDENTS THIS REPORT: {n}", "Courier-Bold", 11, 14)])
    pages = finish()
    m = len(pages)
    assert 6 <= m <= 9, m
    broken = [recs[i]["case_number"] for i, u in enumerate(spans) if len(u) > 1]
    assert len(broken) >= 2, broken
    turned = 3
    overlays = [[(792 - 16, 24, fax_line("KESTRELMOOR CO SO", "555-0177", "02/16/2026 06:51", k, m), "Courier", 8.5),
                 (20, 460, f"KCSO-PRR {k + 212:06d}", "Helvetica-Bold", 10)] for k in range(1, m + 1)]
    spec = page_spec(r, m, turned, "turn_page", 90)
    # the scanner's own OCR layer: lines near where they are printed, badly read; the sideways page read as noise
    gr = random.Random(SEED + 20)
    garbage = []
    for i, items in enumerate(pages):
        g = []
        for it in items:
            if callable(it) or it[2] is None:
                continue
            y, x, text, _, _ = it
            if i == turned:
                text = "".join(gr.choice("il|.:-~'ILT ") for _ in range(len(text) // 2))
            else:
                text = mangle(gr, text, 0.22)
            g.append((y, x, text))
        fl = overlays[i][0]
        g.insert(0, (fl[0], fl[1], mangle(gr, fl[2], 0.1)))
        garbage.append(g)
    path = d / "kestrelmoor-county-incident-blocks-2026-02-02-15-scan.pdf"
    build(path, pages, overlays, spec, rng, "bilevel", 200, garbage=garbage)
    return [entry(path, agency, "two-week daily incident report received by fax and scanned with the copier's OCR",
                  "labelled blocks",
                  "200 dpi 1-bit images (Flate), one per page, with the scanner's invisible OCR text layer (render "
                  f"mode 3) full of misreadings; skew 0.5-1.5 degrees; fax header and Bates number on every page; "
                  f"page {turned + 1} scanned sideways", {str(turned + 1): 90}, recs,
                  "Labelled blocks in Courier capitals, one block per incident (first line bold: `INCIDENT NO.  K26-00412      REPORTED  "
                  "02/02/26 0522` / `NATURE` / `LOCATION` / `OCCURRED` a time, `from TO to` or `UNKNOWN` / "
                  "`DISPOSITION` / `DEPUTY  #332`), a short rule between blocks; blocks are not kept whole, "
                  f"{len(broken)} run over a page break ({', '.join(f'`{x}`' for x in broken)}), with the next "
                  "page's fax header and page title between their lines. Every page is a 200 dpi bilevel image "
                  "with a fax header at the top and a Bates number `KCSO-PRR 000213` at the foot. "
                  f"Trap: the office's copier ran its own OCR and left an invisible text layer (text render mode 3) "
                  "on every page: `pdftotext` gives text that looks like the log, with the labels and the lines "
                  "in about the right places, but read badly (0/O, 1/l, 5/S, 2/Z, 6/G, 8/B swapped, hyphens as "
                  "`~`, spaces dropped), so most `INCIDENT NO.` values in it are wrong or not id-shaped and the "
                  f"sideways page {turned + 1} is noise; the layer must not be trusted, and the ground truth is what "
                  f"the images show. Page {turned + 1} was scanned sideways: its image is landscape, the text "
                  "running bottom to top (turn it 90 degrees clockwise to read). "
                  "Ends `INCIDENTS THIS REPORT: N`.",
                  "blocks counted by the generator; the closing line gives the total",
                  text_layer="garbage: invisible OCR layer from the scanner with misread characters; not to be trusted")]


# 3 ------------------------------------------------------------------ Wendlebury, CT: prose, duplex with show-through
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast to units.",
        "The property was photographed and returned.", "", ""]


def wendlebury(d, r, rng):
    agency = "Wendlebury Police Department, CT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (5, 7))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 290 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()

    def fmt(t):
        return f"{t.month}/{t.day}/{t:%y} {t:%H%M} hrs"

    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
    F, S, L, W = "Times-Roman", 12, 16, 612 - 2 * 66

    def header(k):
        return [(792 - 58, 66, "WENDLEBURY POLICE DEPARTMENT [invented]", "Times-Bold", 15),
                (792 - 76, 66, "Weekly Police Log, March 9 - 15, 2026. Questions: Records 555-0131.", "Times-Italic",
                 11.5),
                (792 - 84, 66, None, 546, 0.6)]

    def footer(k, m):
        return [(48, 280, f"- {k} -", "Times-Roman", 11)]

    add, finish = paginate(header, footer, 792 - 108, 76)
    spans = []
    for rec in recs:
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"Occurred at about {rec['occurred_at']}. "
        else:
            occ = f"Occurred between {rec['occurred_from']} and {rec['occurred_to']}. "
        narr = r.choice(NARR)
        txt = (f"Reported {rec['reported_at']}. {rec['type']} at {rec['location']}. {occ}{narr + ' ' if narr else ''}"
               f"Incident {rec['case_number']}, {rec['disposition']}. Officer #{rec['badge']}.")
        rec["txt"] = txt
        spans.append(add([(66, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=10))
    add([(66, f"Entries this week: {n}.", "Times-Bold", 12, 15)])
    fronts = finish()
    m = len(fronts)
    assert m == 4, m
    crossing = [recs[i]["case_number"] for i, u in enumerate(spans) if len(u) > 1]
    assert len(crossing) >= 2, crossing
    # duplex: front k on PDF page 2k-1, its blank back (text of front k seen through, mirrored) on 2k
    pages, overlays, spec = [], [], []
    turned = 2  # front page 2 (PDF page 3) went through sideways
    for k in range(m):
        for back in (0, 1):
            p = 2 * k + back + 1
            pages.append(fronts[k] if not back else [])
            overlays.append([(792 - 16, 24, fax_line("WENDLEBURY PD", "555-0131", "03/17/26 10:02", p, 2 * m),
                              "Courier", 8.5)])
            s = dict(skew=round(r.choice([-1, 1]) * r.uniform(0.5, 1.5), 2))
            if back:
                s["show"] = 2 * k
            if p == 2 * turned - 1:
                s["turn_page"] = 270
            spec.append(s)
    overlays[0].append(stamp(420, 762, ["RECEIVED", "MAR 17 2026", "TOWN CLERK"], 3))
    # the back pages' show-through is of the front they belong to (indexes are of `pages`)
    path = d / "wendlebury-weekly-police-log-2026-03-09-duplex-scan.pdf"
    build(path, pages, overlays, spec, rng, "jpeg", 150)
    rot = {str(2 * turned - 1): 270}
    return [entry(path, agency, "weekly police log faxed and scanned duplex", "free text",
                  f"150 dpi grayscale JPEG, one image per page, no text layer; duplex: {m} fronts and {m} blank backs; "
                  f"skew 0.5-1.5 degrees; fax header on every page; RECEIVED stamp on page 1; page {2 * turned - 1} "
                  "scanned sideways", rot, recs,
                  f"A prose police log in Times, one paragraph per entry: `{recs[1]['txt']}` (the id is the one "
                  "`Incident` number in the paragraph), `- k -` at the foot of each printed page. It came back as "
                  f"a duplex scan: {2 * m} images, the printed pages on PDF pages "
                  f"{', '.join(str(i) for i in range(1, 2 * m, 2))} and their blank backs on "
                  f"{', '.join(str(i) for i in range(2, 2 * m + 1, 2))}, each with the fax header line at the top. Trap: the backs are not empty images: each "
                  "shows the text of its own front faintly through the paper, mirrored, plus speckle, so OCR or a "
                  "blank-page test sees grey text-like noise; they hold no record. Paragraphs are not kept whole, "
                  f"so entries run from the foot of one printed page over the blank back to the top of the next "
                  f"printed page ({', '.join(f'`{x}`' for x in crossing)}), the back's image and the next fax "
                  f"header between their two parts. PDF page {2 * turned - 1} was scanned sideways (landscape image, "
                  "the text running top to bottom: turn it 90 degrees counter-clockwise to read). Ends `Entries this week: N.`",
                  "paragraphs counted by the generator; the closing line gives the total",
                  extra={"blank_back_pages": list(range(2, 2 * m + 1, 2))})]


# 4 ------------------------------------------------------------------ Quenby Township, MI: numbered items, stamp number
def quenby(d, r, rng):
    agency = "Quenby Township Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 12, (5, 7))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1010 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"26-{seq:06d}"
        rec["unit"] = f"{r.randint(1, 4)}B{r.randint(10, 19)}"
    set_times(recs, "%m/%d/%Y %H:%M")
    req = f"26-{r.randint(200, 900):06d}"
    recs[0]["rel"] = [("records request number (RECEIVED stamp)", req)]
    F, S, L, W = "Helvetica", 10, 14, 612 - 96 - 60

    def header(k):
        return [(792 - 58, 60, "QUENBY TOWNSHIP POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12.5),
                (792 - 73, 60, "Incident Summary  April 6 - 17, 2026   Records 555-0116", "Helvetica", 10),
                (792 - 80, 60, None, 552, 0.7)]

    def footer(k, m):
        return [(48, 60, f"Incident summary, page {k} of {m}", "Helvetica-Oblique", 9)]

    add, finish = paginate(header, footer, 792 - 132, 74)
    for k, rec in enumerate(recs, 1):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        first = f"{rec['case_number']}   {rec['reported_at']}   {rec['type']}"
        rest = f"Location: {rec['location']}.{occ} Disposition: {rec['disposition']}. Unit {rec['unit']}."
        rec["txt"] = f"{k}.  {first}  {rest}"
        add([(60, f"{k}.", "Helvetica-Bold", S, 0), (96, first, "Helvetica-Bold", S, L)]
            + [(96, ln, F, S, L) for ln in wrap(rest, F, S, W)], gap=7)
    add([(60, f"Total incidents: {n}.", "Helvetica-Bold", 10.5, 14)])
    pages = finish()
    m = len(pages)
    assert 4 <= m <= 7, m
    turned = 2
    overlays = [[(792 - 16, 24, fax_line("QUENBY TWP PD", "555-0116", "APR-20-26 11:37", k, m), "Courier", 8.5),
                 (22, 448, f"QTPD-PRR {k:06d}", "Helvetica-Bold", 10.5)] for k in range(1, m + 1)]
    overlays[0].append(stamp(440, 690, ["RECEIVED", "APR 20 2026", f"REQ. {req}"], 2, gray=0.25))
    spec = page_spec(r, m, turned, "turn_page", 90)
    path = d / "quenby-township-incident-summary-2026-04-06-17-scan.pdf"
    build(path, pages, overlays, spec, rng, "bilevel", 300)
    return [entry(path, agency, "incident summary released on a records request, faxed and scanned",
                  "numbered items",
                  "300 dpi 1-bit images (Flate), one per page, no text layer; skew 0.5-1.5 degrees; fax header and "
                  f"Bates number on every page; RECEIVED stamp on page 1; page {turned + 1} scanned sideways",
                  {str(turned + 1): 90}, recs,
                  f"Numbered items with a hanging number: `{recs[16]['txt']}` (first line bold: id, reported, "
                  "type); items are kept whole. Every page is a 300 dpi bilevel image with the fax header at the top "
                  "and a Bates number `QTPD-PRR 000001` at the foot. Trap: the township clerk's RECEIVED stamp on "
                  f"page 1 carries the records request number `REQ. {req}`, which has exactly the shape of the "
                  "incident numbers and sits in the right margin beside the first line of item 1, over the header rule; "
                  "it is not an incident (listed in `related_numbers`, kind `records request number (RECEIVED "
                  f"stamp)`, under item 1). Page {turned + 1} was scanned sideways (landscape image, the text "
                  "running bottom to top: turn it 90 degrees clockwise to read). Ends `Total incidents: N.`",
                  "items counted by the generator; the item numbers run 1 to N and the closing line gives the total")]


# 5 ------------------------------------------------------------------ Fenmarsh County, NE: index cards, continuations
REMARKS = ["RP STATES SUBJECT LEFT ON FOOT TOWARD THE RIVER BEFORE DEPUTY ARRIVED. AREA CHECKED, NEG CONTACT.",
           "OWNER TO RETURN WITH SERIAL NUMBERS FOR ENTRY. DEPUTY ADVISED ON LOCKING OUTBUILDINGS.",
           "TWO WITNESSES INTERVIEWED AT SCENE. STATEMENTS TAKEN. PHOTOS TO FILE. FOLLOW UP WITH RP MONDAY.",
           "TOW REQUESTED FROM ROTATION LIST. VEHICLE RELEASED TO OWNER AFTER INVENTORY. NO DAMAGE TO FENCE."]


def fenmarsh(d, r, rng):
    agency = "Fenmarsh County Sheriff's Office, NE [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 5), 14, (2, 5), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 120 + r.randint(0, 20)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"F26-{seq:04d}"
        rec["disposition"] = rec["disposition"].upper()
        rec["cont"] = False
    for i in r.sample(range(1, n - 1), 6):
        recs[i]["cont"] = True
    set_times(recs, "%m/%d/%y %H%M")
    F, S, L = "Courier", 9, 12.5
    cw, ch = 262, 168
    cards = []
    for rec in recs:
        occ = ("UNKNOWN" if rec["occ"] is None else rec.get("occurred_at")
               or f"{rec['occurred_from']} - {rec['occurred_to']}")
        of = "2" if rec["cont"] else "1"
        lines = [("FENMARSH CO. S.O. [invented]   INCIDENT", "Courier-Bold"),
                 (f"NO. {rec['case_number']}            CARD 1 OF {of}", "Courier-Bold"),
                 (f"RPTD {rec['reported_at']}      DEP {rec['badge']}", F),
                 (f"NATURE: {rec['type']}", F),
                 (f"LOC: {rec['location']}", F),
                 (f"OCC: {occ}", F),
                 (f"DISP: {rec['disposition']}", F)]
        if rec["cont"]:
            lines.append(("REMARKS ON CARD 2", F))
        cards.append((rec, lines))
        if rec["cont"]:
            rem = wrap(r.choice(REMARKS), F, S, cw - 20)
            cards.append((None, [("FENMARSH CO. S.O. [invented]   INCIDENT", "Courier-Bold"),
                                 (f"NO. {rec['case_number']}            CARD 2 OF 2", "Courier-Bold"),
                                 ("CONTINUED - REMARKS", F)] + [(x, F) for x in rem]))
    assert sum(rec["cont"] for rec in recs) >= 4
    for _rec, lines in cards:
        for t, f in lines:
            assert stringWidth(t, f, S) < cw - 16, t
    per = 8
    pages = []
    for p in range(0, len(cards), per):
        items = [(792 - 50, 40, "FENMARSH COUNTY SHERIFF'S OFFICE [invented] - INCIDENT CARD FILE, JANUARY 2026",
                  "Helvetica-Bold", 10),
                 (792 - 63, 40, f"COPY SHEET {p // per + 1}   RECORDS 555-0108", "Helvetica", 9)]
        for j, (_rec, lines) in enumerate(cards[p:p + per]):
            col, row = divmod(j, 4)
            x0 = 36 + col * (cw + 16) + r.uniform(-4, 4)
            y0 = 792 - 84 - (row + 1) * (ch + 8) + r.uniform(-3, 3)
            ang = r.uniform(-1.0, 1.0)

            def card(c, x0=x0, y0=y0, ang=ang, lines=lines):
                c.saveState()
                c.translate(x0, y0)
                c.rotate(ang)
                c.setLineWidth(0.9)
                c.rect(0, 0, cw, ch)
                c.setLineWidth(0.4)
                c.line(6, ch - 34, cw - 6, ch - 34)
                for i, (t, f) in enumerate(lines):
                    c.setFont(f, S)
                    c.drawString(8, ch - 14 - i * L - (4 if i >= 2 else 0), t)
                c.restoreState()
            items.append(card)
        pages.append(items)
    m = len(pages)
    assert 6 <= m <= 9, m
    for k, items in enumerate(pages, 1):
        items.append((30, 40, f"Copy sheet {k} of {m}.  Cards on file this month: {n}.", "Helvetica", 9))
    turned = 3
    overlays = [[(792 - 16, 24, fax_line("FENMARSH CO SO", "555-0108", "JAN-21-2026 15:20", k, m), "Courier", 8.5),
                 (14, 470, f"FCSO {k + 40:05d}", "Helvetica-Bold", 10)] for k in range(1, m + 1)]
    spec = page_spec(r, m, turned, "turn_page", 180)
    path = d / "fenmarsh-county-incident-cards-2026-01-scan.pdf"
    build(path, pages, overlays, spec, rng, "bilevel", 300)
    conts = [rec["case_number"] for rec in recs if rec["cont"]]
    return [entry(path, agency, "incident index cards for January, copied eight to a sheet, faxed and scanned",
                  "other: index cards, eight to a page in two columns",
                  "300 dpi 1-bit images (Flate), one per page, no text layer; each card at its own small angle, the "
                  f"page skewed 0.5-1.5 degrees; fax header and Bates number on every page; page {turned + 1} "
                  "upside down", {str(turned + 1): 180}, recs,
                  "Typed incident index cards in Courier capitals (`NO. F26-0147            CARD 1 OF 1` / `RPTD "
                  "01/05/26 1422      DEP 332` / `NATURE:` / `LOC:` / `OCC:` a time, `from - to` or `UNKNOWN` / "
                  "`DISP:`), photocopied eight to a sheet, four down the left and four down the right, each card at "
                  "its own angle, then faxed and scanned at 300 dpi bilevel. The cards are in order down the left "
                  "column, then down the right column, so a line across the page crosses two unrelated cards. Trap: "
                  f"{len(conts)} incidents have a continuation card (`CARD 1 OF 2` with `REMARKS ON CARD 2`, then "
                  "`NO. F26-0147  CARD 2 OF 2` / `CONTINUED - REMARKS` and narrative), which prints the same number "
                  f"again but is not a new incident ({', '.join(f'`{x}`' for x in conts)}); a continuation card follows "
                  "its first card, below it or at the top of the next column or sheet. The footer `Cards on file this month: N` "
                  f"counts incidents, not cards. Page {turned + 1} is upside down. Each card header prints "
                  "the agency name, which is not a record start.",
                  "cards counted by the generator; the footer gives the number of incidents",
                  extra={"continuation_cards": conts, "cards": len(cards)})]


AGENCIES = [("brindlecombe-vt-pd", 1, brindlecombe), ("kestrelmoor-county-mt-so", 2, kestrelmoor),
            ("wendlebury-ct-pd", 3, wendlebury), ("quenby-township-mi-pd", 4, quenby),
            ("fenmarsh-county-ne-so", 5, fenmarsh)]


def main():
    only = sys.argv[2:] or None
    for name, k, fn in AGENCIES:
        if only and name not in only:
            continue
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k), np.random.default_rng(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
