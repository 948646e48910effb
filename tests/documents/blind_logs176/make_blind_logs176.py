"""Generate a held-out set of incident logs delivered as screenshots pasted into a document (blind_logs176).

Five agencies, five layouts, one trap each, all of them word-processor documents saved as PDF: a typed
cover or heading (a real text layer) and pages holding one or two pasted screen captures (images with no
text layer) at screen resolution, anti-aliased small sans-serif text, coloured header bars, zebra rows,
title bars, toolbars, scrollbars and status bars. The layouts: a records-system search grid, one week
per capture, under typed captions that name a range of case numbers; CAD incident-detail windows, two
to a page, that print other incidents' numbers; a browser dashboard list captured while scrolling, each
capture cut at the window's bottom edge and the next one repeating the last rows; a master-detail
records browser whose detail pane repeats the selected row; a grid too wide for its window captured
twice, scrolled left and scrolled right, with the case-number column frozen. Everything is invented.
The text drawn into each capture is recorded in groundtruth.json (`captures`), with the sha256 of the
capture's pixels. Output is deterministic: fixed seed, Pillow drawing, lossless image embedding,
reportlab invariant mode.
Run:
    python tests/documents/blind_logs176/make_blind_logs176.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026176
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred", "Unfounded", "Cleared", "Warning given",
         "Gone on arrival", "Open"]
STREETS = [("Larch Street", "Larch St"), ("Tamsin Avenue", "Tamsin Ave"), ("Quarry Road", "Quarry Rd"),
           ("Fennick Street", "Fennick St"), ("Old Weir Road", "Old Weir Rd"), ("Cobbler Lane", "Cobbler Ln"),
           ("Hollins Court", "Hollins Ct"), ("Bray Way", "Bray Way"), ("Mill Pond Road", "Mill Pond Rd"),
           ("Sorrel Street", "Sorrel St"), ("Iris Avenue", "Iris Ave"), ("Wick Road", "Wick Rd")]
PLACES = ["Transit Center", "Library Annex", "Fairgrounds", "High School Lot", "Boat Launch", "Grange Hall"]
INK = (28, 28, 32)
_FONTS = {}


def font(size, bold=False, cond=True):
    key = (size, bold, cond)
    if key not in _FONTS:
        name = "DejaVuSans" + ("Condensed" if cond else "") + ("-Bold" if bold else "") + ".ttf"
        _FONTS[key] = ImageFont.truetype(FONTDIR + name, size)
    return _FONTS[key]


class Shot:
    """A screen capture being drawn: the image plus every text item drawn on it (x, y, width, size, text).
    Text items are recorded only when wholly inside the image; pasted content partly outside goes to `cut`."""

    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.items, self.cut = [], []

    def rect(self, x0, y0, x1, y1, fill=None, outline=None):
        self.d.rectangle((x0, y0, x1 - 1, y1 - 1), fill=fill, outline=outline)

    def text(self, x, y, s, size=12, bold=False, fill=INK, cond=True, right=False, record=True):
        f = font(size, bold, cond)
        w = f.getlength(s)
        if right:
            x -= w
        self.d.text((round(x), y), s, font=f, fill=fill)
        if record:
            self.items.append((round(x), y, w, size, s))
        return w

    def field(self, x, y, w, s, size=12, h=20, bold=False):
        """A sunken text box holding a value."""
        self.rect(x, y, x + w, y + h, fill=(255, 255, 255), outline=(150, 156, 166))
        if s:
            self.text(x + 4, y + (h - size) // 2 - 1, s, size, bold)

    def button(self, x, y, s, size=12, h=22, fill=(236, 238, 242)):
        w = font(size).getlength(s) + 16
        self.rect(x, y, x + w, y + h, fill=fill, outline=(160, 164, 172))
        self.text(x + 8, y + (h - size) // 2 - 1, s, size)
        return w

    def paste(self, src, box, at):
        """Paste the region `box` of another Shot at `at`, taking over its text items."""
        x0, y0, x1, y1 = box
        self.im.paste(src.im.crop(box), at)
        for x, y, w, size, s in src.items:
            top, bottom = y, y + size * 1.2
            if x >= x0 and x + w <= x1 and top >= y0 and bottom <= y1:
                self.items.append((x - x0 + at[0], y - y0 + at[1], w, size, s))
            elif x < x1 and x + w > x0 and top < y1 and bottom > y0:
                self.cut.append(s)

    def lines(self):
        """The recorded text, line by line: items on one baseline joined left to right with two spaces."""
        rows = []
        for y, x, s in sorted((y, x, s) for x, y, _, _, s in self.items):
            if rows and y - rows[-1][0] <= 3:
                rows[-1][1].append((x, s))
            else:
                rows.append((y, [(x, s)]))
        return ["  ".join(s for _, s in sorted(v)) for _, v in rows]

    def vscroll(self, x, y0, y1, frac0, frac1):
        """A vertical scrollbar with its thumb covering frac0..frac1 of the track."""
        self.rect(x, y0, x + 14, y1, fill=(240, 240, 240), outline=(214, 214, 214))
        self.d.polygon([(x + 3, y0 + 10), (x + 11, y0 + 10), (x + 7, y0 + 5)], fill=(120, 120, 120))
        self.d.polygon([(x + 3, y1 - 10), (x + 11, y1 - 10), (x + 7, y1 - 5)], fill=(120, 120, 120))
        t0, t1 = y0 + 16, y1 - 16
        a, b = t0 + (t1 - t0) * frac0, t0 + (t1 - t0) * frac1
        self.rect(x + 2, int(a), x + 12, int(max(b, a + 20)), fill=(190, 190, 194))

    def hscroll(self, x0, x1, y, frac0, frac1):
        self.rect(x0, y, x1, y + 14, fill=(240, 240, 240), outline=(214, 214, 214))
        self.d.polygon([(x0 + 10, y + 3), (x0 + 10, y + 11), (x0 + 5, y + 7)], fill=(120, 120, 120))
        self.d.polygon([(x1 - 10, y + 3), (x1 - 10, y + 11), (x1 - 5, y + 7)], fill=(120, 120, 120))
        t0, t1 = x0 + 16, x1 - 16
        self.rect(int(t0 + (t1 - t0) * frac0), y + 2, int(t0 + (t1 - t0) * frac1), y + 12, fill=(190, 190, 194))

    def titlebar(self, title, fill, h=26, size=12):
        self.rect(0, 0, self.w, h, fill=fill)
        self.text(10, (h - size) // 2 - 1, title, size, True, (255, 255, 255))
        for k, glyph in enumerate(("min", "max", "close")):
            x = self.w - 30 * (3 - k)
            if glyph == "min":
                self.rect(x + 9, h // 2 + 4, x + 21, h // 2 + 6, fill=(255, 255, 255))
            elif glyph == "max":
                self.rect(x + 9, h // 2 - 6, x + 21, h // 2 + 6, outline=(255, 255, 255))
            else:
                self.d.line((x + 9, h // 2 - 6, x + 21, h // 2 + 6), fill=(255, 255, 255), width=2)
                self.d.line((x + 9, h // 2 + 6, x + 21, h // 2 - 6), fill=(255, 255, 255), width=2)

    def frame(self):
        self.rect(0, 0, self.w, self.h, outline=(110, 110, 120))


class IndexedImage(pdfdoc.PDFImageXObject):
    """A palette image XObject (/Indexed /DeviceRGB), Flate-compressed: how a screen capture with few colours
    is stored by a word processor's PDF export, and a third of the size of plain RGB."""

    def __init__(self, name, im):
        self.name = name
        self.mask = None
        self.width, self.height = im.size
        self.bitsPerComponent = 8
        self.palette = bytes(im.getpalette()[:3 * (max(im.tobytes()) + 1)])
        self.streamContent = zlib.compress(im.tobytes(), 9)
        self._filters = ("FlateDecode",)

    def format(self, document):
        st = pdfdoc.PDFStream(content=self.streamContent)
        dic = st.dictionary
        dic["Type"] = pdfdoc.PDFName("XObject")
        dic["Subtype"] = pdfdoc.PDFName("Image")
        dic["Width"] = self.width
        dic["Height"] = self.height
        dic["BitsPerComponent"] = 8
        dic["ColorSpace"] = pdfdoc.PDFArray([pdfdoc.PDFName("Indexed"), pdfdoc.PDFName("DeviceRGB"),
                                             len(self.palette) // 3 - 1, pdfdoc.PDFString(self.palette)])
        dic["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        dic["Length"] = len(self.streamContent)
        return st.format(document)


def palette_image(im):
    """The capture as the document stores it: at most 64 colours, no dithering."""
    return im.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def draw_indexed(c, pim, x, y, w, h):
    name = hashlib.md5(pim.tobytes() + bytes(pim.getpalette())).hexdigest()
    reg = c._doc.getXObjectName(name)
    if not c._doc.idToObject.get(reg):
        obj = IndexedImage(name, pim)
        c._setXObjects(obj)
        c._doc.Reference(obj, reg)
        c._doc.addForm(name, obj)
    c.saveState()
    c.translate(x, y)
    c.scale(w, h)
    c._code.append(f"/{reg} Do")
    c.restoreState()
    c._formsinuse.append(name)


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


class Doc:
    """A word-processor document: typed lines and pasted captures, one page at a time."""

    def __init__(self, path, size):
        self.c = new_canvas(path, size)
        self.size = size
        self.page = 1
        self.captures = []

    def typed(self, x, y_top, s, f="Helvetica", fs=11):
        self.c.setFont(f, fs)
        self.c.drawString(x, self.size[1] - y_top, s)

    def picture(self, shot, x, y_top, dpi):
        """Paste a capture with its top-left corner at (x, y_top) points from the page's top-left."""
        w, h = shot.w * 72 / dpi, shot.h * 72 / dpi
        pim = palette_image(shot.im)
        draw_indexed(self.c, pim, x, self.size[1] - y_top - h, w, h)
        self.c.setLineWidth(0.5)
        self.c.setStrokeColorRGB(0.55, 0.55, 0.55)
        self.c.rect(x, self.size[1] - y_top - h, w, h)
        self.captures.append({"page": self.page, "x_pt": round(x, 2), "y_top_pt": round(y_top, 2),
                              "width_px": shot.w, "height_px": shot.h, "dpi": dpi,
                              "pixels_sha256": hashlib.sha256(pim.convert("RGB").tobytes()).hexdigest(),
                              "lines": shot.lines(), "cut_text": sorted(set(shot.cut))})
        return y_top + h

    def footer(self, s, fs=9):
        self.c.setFont("Helvetica", fs)
        self.c.drawCentredString(self.size[0] / 2, 30, s)

    def next_page(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.save()


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


def make_recs(r, first_day, days, per_day, short=True, upper=False, ranges=True):
    """Records as plain dicts with datetimes: reported `dt`, occurred `occ` (None, a time or a range)."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1440 - 10), r.randint(*per_day))):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.35 and ranges:
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


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, recs, notes, count_check, doc, fields):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs176.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": "typed cover, headings and captions only; the pasted screen captures are images "
                      "without a text layer",
        "record_count": n, "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs176.py) from the records it drew; checked "
                               "by check_blind_logs176.py against the text the generator drew into each capture "
                               "(`captures`, tied to the PDF's images by pixel hash), the typed text layer "
                               "(`pdftotext -layout`) and tesseract on a sample of captures",
        "record_count_check": count_check, "notes": notes, "captures": doc.captures,
    }


# 1 ------------------------------------------------------------------ Alderwick, WA: RMS search grid, one week per capture
def alderwick(d, r):
    agency = "Alderwick Police Department, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 1), 28, (3, 4), ranges=False)
    n = len(recs)
    assert 40 <= n <= 150
    short = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred": "REF",
             "Unfounded": "UNF", "Cleared": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA", "Open": "OPN"}
    seq = 1700 + r.randint(0, 60)
    weeks = []
    for w in range(4):
        seq += r.randint(4, 7)
        lo = seq - r.randint(1, 3)
        week = [rec for rec in recs if (rec["dt"].day - 1) // 7 == w]
        for rec in week:
            rec["case_number"] = f"26-{seq:05d}"
            rec["disposition"] = short[rec["disposition"]]
            seq += r.choice([1, 1, 1, 2])
        weeks.append({"recs": week, "lo": f"26-{lo:05d}", "hi": f"26-{seq + r.randint(0, 2):05d}"})
        seq += 3
    ids = {rec["case_number"] for rec in recs}
    assert all(wk["lo"] not in ids and wk["hi"] not in ids for wk in weeks)
    set_times(recs, "%m/%d/%y %H:%M")
    cols = [("Case #", 8, 74), ("Reported", 82, 96), ("Occurred", 178, 96), ("Offense", 274, 150),
            ("Location", 424, 168), ("Disp", 592, 44), ("Ofc", 636, 40)]
    W, RH = 694, 19
    path = d / "alderwick-incident-log-2026-03-01-28-screenshots.pdf"
    doc = Doc(path, letter)
    cover = ["ALDERWICK POLICE DEPARTMENT  [invented]", "Records Unit  \u00b7  1400 Tamsin Avenue  \u00b7  555-0131", "",
             "Public records request PRR 2026-0217: incident log, March 1 - 28, 2026", "",
             "Our records system cannot export the incident search as a report, so the results are",
             "provided as screen captures of the search screen, one search per week. Each capture is",
             "captioned with the dates and the case-number range that was searched. Case numbers in a",
             "searched range that do not appear in the results belong to other agencies' calls or were",
             "voided and are not part of this release.", "",
             "Disposition codes: RPT report taken, ARR arrest, CIT citation, REF referred, UNF unfounded,",
             "CLR cleared, WRN warning, GOA gone on arrival, OPN open.", "",
             "Four screenshots follow, one per page.", "", "Records Unit, 03/30/2026"]
    for k, s in enumerate(cover):
        doc.typed(72, 90 + k * 16, s, "Helvetica-Bold" if k == 0 else "Helvetica", 13 if k == 0 else 11)
    doc.footer("Alderwick PD [invented] - PRR 2026-0217 - page 1")
    for w, wk in enumerate(weeks):
        doc.next_page()
        first, last = wk["recs"][0]["dt"], wk["recs"][-1]["dt"]
        rows = wk["recs"]
        gy = 166
        H = gy + 22 + RH * len(rows) + 8 + 24
        s = Shot(W, H, (246, 247, 250))
        s.titlebar("Alderwick RMS 7.2 - Incident Search  [invented]", (34, 76, 138))
        s.rect(0, 26, W, 48, fill=(240, 240, 242))
        x = 8
        for m in ("File", "Edit", "View", "Search", "Reports", "Window", "Help"):
            x += s.text(x, 30, m, 12) + 16
        s.rect(0, 48, W, 80, fill=(230, 233, 238))
        x = 8
        for b in ("New Search", "Run", "Clear", "Export", "Print", "Close"):
            x += s.button(x, 53, b) + 6
        s.rect(6, 86, W - 6, 158, fill=(252, 252, 253), outline=(200, 204, 212))
        s.text(14, 92, "Search criteria", 12, True, (34, 76, 138))
        s.text(14, 115, "Reported from", 12)
        s.field(106, 112, 84, f"{first:%m/%d/%Y}")
        s.text(198, 115, "to", 12)
        s.field(218, 112, 84, f"{last:%m/%d/%Y}")
        s.text(322, 115, "Case # from", 12)
        s.field(398, 112, 76, wk["lo"])
        s.text(482, 115, "to", 12)
        s.field(502, 112, 76, wk["hi"])
        s.text(14, 137, "Agency  ALD      Type  (all)      Sort by  Reported, ascending", 12)
        s.rect(0, gy, W - 16, gy + 22, fill=(58, 96, 160))
        for t, cx, _ in cols:
            s.text(cx, gy + 4, t, 12, True, (255, 255, 255))
        for i, rec in enumerate(rows):
            y = gy + 22 + i * RH
            s.rect(0, y, W - 16, y + RH, fill=(255, 255, 255) if i % 2 == 0 else (232, 239, 249))
            vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"],
                    rec["location"], rec["disposition"], rec["badge"]]
            for v, (_, cx, cw) in zip(vals, cols):
                assert font(12).getlength(v) < cw - 4, v
                if v:
                    s.text(cx, y + 3, v, 12)
        s.vscroll(W - 16, gy, gy + 22 + RH * len(rows) + 8, 0, 1)
        s.rect(0, H - 24, W, H, fill=(226, 228, 232))
        s.text(8, H - 20, f"{len(rows)} record(s) found", 12)
        s.text(180, H - 20, "Query time 0.4 s", 12)
        s.text(330, H - 20, "Server RMSPROD01", 12)
        s.text(W - 10, H - 20, "Ready", 12, right=True)
        s.frame()
        cap = (f"Screenshot {w + 1} of {len(weeks)} - search results {first:%m/%d}-{last:%m/%d}, case numbers "
               f"{wk['lo']} to {wk['hi']}")
        doc.typed(60, 60, cap, "Helvetica-Bold", 11)
        doc.picture(s, 60, 72, 104)
        doc.footer(f"Alderwick PD [invented] - PRR 2026-0217 - page {w + 2}")
    doc.save()
    ex = weeks[1]
    return [entry(path, agency, "incident log released as screenshots of a records-system search, pasted into a "
                  "document", "table with header", recs,
                  "A typed cover memo (text layer), then one page per week: a typed caption above a pasted screen "
                  "capture of the RMS incident search (title bar, menu, toolbar, a search-criteria panel, a blue "
                  "column header `Case #  Reported  Occurred  Offense  Location  Disp  Ofc`, zebra rows, a "
                  "scrollbar and a status bar `N record(s) found`). The capture is an image with no text layer, "
                  "about 104 dpi. Trap: the only case-number-shaped text in the text layer is in the captions, "
                  f"which name the searched range (`Screenshot 2 of 4 - search results "
                  f"{ex['recs'][0]['dt']:%m/%d}-{ex['recs'][-1]['dt']:%m/%d}, case numbers {ex['lo']} to "
                  f"{ex['hi']}`), and the same range is printed again in the capture's criteria panel; the range "
                  "ends are not records (the cover says numbers in a range that are not listed are not part of "
                  "the release), the records are the grid rows only. Occurred is a single time or blank; "
                  "disposition is a code (legend on the cover).",
                  "grid rows counted by the generator; each capture's status bar gives its row count", doc,
                  ["case_number", "type", "reported_at", "occurred_at", "location", "disposition"])]


# 2 ------------------------------------------------------------------ Brennock County, MT: CAD incident detail windows
REMARKS = ["CALLER ADVISES SUBJ LEFT NB ON FOOT", "RP WILL MEET DEPUTY AT FRONT DOOR", "NO WEAPONS SEEN",
           "VEH LAST SEEN EB", "ALARM CO ADVISES REAR DOOR ZONE", "RP REQUESTS CALL BACK",
           "2ND CALLER SAME INCIDENT", "DEPUTY ADVISES AREA CHECKED", "TOW REQUESTED", "MEDICAL DECLINED"]


def brennock(d, r):
    agency = "Brennock County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 12), 7, (5, 7), upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    codes = {"Report taken": "RPT - REPORT TAKEN", "Arrest made": "ARR - ARREST", "Citation issued": "CIT - CITATION",
             "Referred": "REF - REFERRED", "Unfounded": "UNF - UNFOUNDED", "Cleared": "CLR - CLEARED",
             "Warning given": "WRN - WARNING", "Gone on arrival": "GOA - GONE ON ARRIVAL", "Open": "OPN - OPEN"}
    seq = 400 + r.randint(0, 40)
    ev = 0
    for i, rec in enumerate(recs):
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"BC26-{seq:05d}"
        rec["disposition"] = codes[rec["disposition"]]
        ev += r.randint(3, 14)
        rec["event"] = f"{rec['dt']:%y%m%d}-{ev % 10000:04d}"
        rec["rel"] = [("cad event", rec["event"])]
        rec["linked"] = None
        if i > 3 and r.random() < 0.16:
            rec["linked"] = recs[i - r.randint(1, 4)]["case_number"]
            rec["rel"].append(("linked incident", rec["linked"]))
        elif r.random() < 0.08:
            rec["linked"] = f"BC25-{r.randint(3000, 3999):05d}"
            rec["rel"].append(("linked incident", rec["linked"]))
        rec["priority"] = str(r.randint(1, 4))
        rec["beat"] = f"B{r.randint(1, 6)}"
        rec["unit"] = f"{r.randint(1, 3)}S{r.randint(10, 19)}"
        rec["remarks"] = r.sample(REMARKS, r.randint(1, 3))
    linked_in_log = [rec for rec in recs if rec["linked"] and rec["linked"].startswith("BC26")]
    assert len(linked_in_log) >= 3
    set_times(recs, "%m/%d/%Y %H:%M")
    W, H = 620, 392
    path = d / "brennock-county-cad-incident-details-2026-03-12-18.pdf"
    doc = Doc(path, letter)
    cover = ["BRENNOCK COUNTY SHERIFF'S OFFICE  [invented]", "Communications Division  \u00b7  Dispatch 555-0147", "",
             "CAD incident details, 03/12/2026 - 03/18/2026", "",
             "These pages reproduce the CAD incident detail screen for every incident entered in the",
             f"period ({n} incidents), captured from the dispatch workstation two to a page in the order",
             "the incidents were received. Remarks are shown as entered by dispatchers.", "",
             "Prepared by the Communications Division, 03/20/2026."]
    for k, s in enumerate(cover):
        doc.typed(72, 96 + k * 16, s, "Helvetica-Bold" if k == 0 else "Helvetica", 13 if k == 0 else 11)
    doc.footer("Brennock County SO [invented] - CAD incident details - 1")
    teal = (18, 96, 110)
    for i, rec in enumerate(recs):
        if i % 2 == 0:
            doc.next_page()
            doc.typed(54, 44, "Brennock County SO [invented]  -  CAD incident details 03/12/2026 - 03/18/2026",
                      "Helvetica-Oblique", 9)
            doc.footer(f"Brennock County SO [invented] - CAD incident details - {doc.page}")
        s = Shot(W, H, (244, 246, 246))
        s.titlebar(f"CAD 4.1 - Incident Detail - {rec['case_number']}", teal)
        s.rect(0, 26, W, 56, fill=(228, 232, 234))
        x = 8
        x += s.button(x, 30, "< Prev") + 8
        x += s.text(x, 35, f"Record {i + 1} of {n}", 12) + 10
        x += s.button(x, 30, "Next >") + 18
        for b in ("Print", "History", "Close"):
            x += s.button(x, 30, b) + 6
        lab = (86, 94, 100)
        rows = [(("Case No:", rec["case_number"], 120), ("Event No:", rec["event"], 110)),
                (("Nature:", rec["type"], 230), ("Priority:", rec["priority"], 40)),
                (("Address:", rec["location"], 230), ("Beat:", rec["beat"], 40)),
                (("Received:", rec["reported_at"], 130), ("Unit:", rec["unit"], 60)),
                (("Occurred:", rec.get("occurred_at") or (f"{rec['occurred_from']} - {rec['occurred_to']}"
                                                          if "occurred_from" in rec else ""), 300), None),
                (("Disposition:", rec["disposition"], 200), ("Deputy:", f"#{rec['badge']}", 60)),
                (("Linked incident:", rec["linked"] or "", 120), None)]
        for k, row in enumerate(rows):
            y = 66 + k * 26
            for j, cell in enumerate(row):
                if cell is None:
                    continue
                label, val, fw = cell
                lx = 12 if j == 0 else 396
                s.text(lx, y + 3, label, 12, False, lab)
                s.field(lx + 104 if j == 0 else lx + 66, y, fw, val, bold=(k == 0 and j == 0))
        s.rect(10, 252, W - 10, 366, fill=(255, 255, 255), outline=(150, 156, 166))
        s.rect(10, 252, W - 10, 272, fill=(222, 236, 238))
        s.text(16, 255, "Remarks", 12, True, teal)
        t = rec["dt"]
        for k, rm in enumerate(rec["remarks"]):
            t += datetime.timedelta(seconds=r.randint(20, 400))
            s.text(16, 278 + k * 19, f"{t:%H:%M:%S}  {rm}", 12)
        s.vscroll(W - 26, 272, 366, 0, 1)
        s.rect(0, H - 22, W, H, fill=(226, 228, 232))
        s.text(8, H - 19, "Connected", 12)
        s.text(110, H - 19, "BRENNOCK CAD 4.1", 12)
        s.text(260, H - 19, "Position DSP-2", 12)
        s.text(W - 10, H - 19, "03/20/2026 09:12", 12, right=True)
        s.frame()
        doc.picture(s, 72, 60 if i % 2 == 0 else 60 + H * 72 / 96 + 22, 96)
    doc.save()
    ex = linked_in_log[0]
    return [entry(path, agency, "CAD incident detail screens captured two to a page and pasted into a document",
                  "labelled blocks", recs,
                  "A typed cover page, then two pasted captures per page of a CAD `Incident Detail` window (title "
                  "bar `CAD 4.1 - Incident Detail - BC26-nnnnn`, a toolbar `< Prev  Record k of N  Next >`, "
                  "label/value boxes `Case No:`, `Event No:`, `Nature:`, `Priority:`, `Address:`, `Beat:`, "
                  "`Received:`, `Unit:`, `Occurred:` (a time, a `from - to` range or empty), `Disposition:` "
                  "(`RPT - REPORT TAKEN`), `Deputy:`, `Linked incident:`, a remarks box with a scrollbar, a "
                  "status bar); captures are images at about 96 dpi with no text layer. One window is one "
                  "incident. Trap: every window carries other numbers besides its case number: the CAD event "
                  f"number (`{recs[0]['event']}`, kind `cad event`), the case number again in the title bar, the "
                  "record counter, and in some windows a `Linked incident` that is the case number of another "
                  f"incident, mostly one in this same log (`{ex['case_number']}` links `{ex['linked']}`, which has "
                  "its own window earlier) and sometimes one from last year (`BC25-`): linked numbers are in "
                  "`related_numbers` (kind `linked incident`) and are not new records, so an id seen twice is not "
                  "two records.",
                  "windows counted by the generator; the toolbar counter runs `Record 1 of N` to `Record N of N`",
                  doc, ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                        "disposition", "unit", "beat"])]


# 3 ------------------------------------------------------------------ Corrigan Falls, VT: browser dashboard, scrolled
def corrigan(d, r):
    agency = "Corrigan Falls Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 1), 10, (5, 8))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 4100 + r.randint(0, 50)
    pill = {"Open": ("OPEN", (200, 120, 20))}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"CF26-{seq:06d}"
        rec["unit"] = f"{r.randint(1, 4)}C{r.randint(10, 29)}"
    set_times(recs, "%m/%d/%Y %H:%M")
    CW, RH, TOP = 870, 48, 196
    content = Shot(CW, TOP + n * RH + 70, (246, 248, 251))
    content.rect(0, 0, CW, 58, fill=(22, 52, 96))
    content.text(20, 10, "Corrigan Falls Police Department [invented]", 16, True, (255, 255, 255), cond=False)
    content.text(20, 34, "Calls for Service Dashboard", 13, False, (200, 214, 236), cond=False)
    tiles = [("Calls", str(n)), ("Open", str(sum(rec["disposition"] == "Open" for rec in recs))),
             ("Closed", str(sum(rec["disposition"] != "Open" for rec in recs))), ("Median response", "6.4 min")]
    for k, (lab, val) in enumerate(tiles):
        x = 20 + k * 210
        content.rect(x, 72, x + 196, 136, fill=(255, 255, 255), outline=(214, 220, 230))
        content.text(x + 12, 80, lab, 12, False, (96, 104, 120), cond=False)
        content.text(x + 12, 100, val, 22, True, (22, 52, 96), cond=False)
    content.text(20, 142, "Period  04/01/2026 - 04/10/2026     Sort  oldest first     Non-emergency 555-0119", 12,
                 cond=False)
    content.rect(0, TOP - 32, CW, TOP, fill=(226, 232, 242))
    content.text(20, TOP - 25, "Recent calls", 13, True, (22, 52, 96), cond=False)
    for i, rec in enumerate(recs):
        y = TOP + i * RH
        rec["y"] = y
        content.rect(0, y, CW, y + RH, fill=(255, 255, 255) if i % 2 == 0 else (238, 243, 250))
        content.d.line((0, y + RH - 1, CW, y + RH - 1), fill=(222, 226, 234))
        content.text(20, y + 6, rec["case_number"], 13, True, (22, 52, 96), cond=False)
        content.text(140, y + 7, rec["type"], 12, cond=False)
        content.text(420, y + 7, f"Reported {rec['reported_at']}", 12, cond=False)
        occ = ""
        if "occurred_at" in rec:
            occ = f"Occurred {rec['occurred_at']}"
        elif "occurred_from" in rec:
            occ = f"Occurred {rec['occurred_from']} - {rec['occurred_to']}"
        content.text(140, y + 27, rec["location"], 12, False, (70, 76, 90), cond=False)
        if occ:
            content.text(420, y + 27, occ, 12, False, (70, 76, 90), cond=False)
        label, colour = pill.get(rec["disposition"], ("CLOSED", (60, 140, 80)))
        content.d.rounded_rectangle((760, y + 6, 850, y + 22), 8, fill=colour)
        content.text(805 - font(11, True, False).getlength(label) / 2, y + 8, label, 11, True, (255, 255, 255), False)
        content.text(760, y + 27, rec["disposition"], 12, False, (70, 76, 90), cond=False)
        for v, room in ((rec["type"], 270), (rec["location"], 270), (occ, 330)):
            assert font(12, False, False).getlength(v) < room, v
    fy = TOP + n * RH
    content.text(20, fy + 16, f"Showing {n} of {n} calls  \u00b7  Last refreshed 04/11/2026 07:02", 12, False,
                 (96, 104, 120), cond=False)
    VH = 450  # 9 rows and 18 px: a viewport starting a few px above a row cuts the 10th row through its top line
    total = content.h
    offsets, o = [], 0
    while True:
        offsets.append(o)
        if o + VH >= total:
            break
        bottom = o + VH
        j = (bottom - TOP) // RH  # the row cut at the bottom edge
        assert 12 <= bottom - TOP - j * RH <= 16, bottom - TOP - j * RH
        m = r.choice([1, 2, 2, 3])
        o = TOP + (j - m) * RH - r.randint(2, 6)
        if o + VH > total - 40:
            o = total - VH
    W, H = 900, 64 + VH + 24
    path = d / "corrigan-falls-calls-for-service-2026-04-01-10-screenshots.pdf"
    doc = Doc(path, landscape(letter))
    cover = ["CORRIGAN FALLS POLICE DEPARTMENT  [invented]", "Records  \u00b7  555-0119", "",
             "Calls for service, April 1 - 10, 2026", "",
             "The department publishes calls for service on a web dashboard. For this request the dashboard",
             "list was captured screen by screen while scrolling down, and the captures were pasted below in",
             f"order ({len(offsets)} screenshots). Consecutive screenshots overlap by a few calls.", "",
             "Records clerk, 04/11/2026"]
    for k, s in enumerate(cover):
        doc.typed(72, 100 + k * 16, s, "Helvetica-Bold" if k == 0 else "Helvetica", 13 if k == 0 else 11)
    cuts = []
    for k, o in enumerate(offsets):
        doc.next_page()
        s = Shot(W, H, (222, 225, 230))
        s.rect(0, 0, W, 30, fill=(214, 218, 224))
        s.d.rounded_rectangle((8, 4, 290, 34), 6, fill=(255, 255, 255))
        s.text(20, 10, "Calls for Service | Corrigan Falls PD", 12, cond=False)
        s.text(270, 9, "x", 12, cond=False, record=False)
        s.text(304, 9, "+", 14, cond=False, record=False)
        s.rect(0, 30, W, 64, fill=(255, 255, 255))
        s.text(12, 39, "<   >   C", 13, False, (110, 110, 110), cond=False, record=False)
        s.d.rounded_rectangle((90, 35, W - 60, 59), 11, fill=(238, 240, 244))
        s.text(106, 40, "portal.corriganfalls.example/cfs/dashboard?from=2026-04-01&to=2026-04-10", 12, False,
               (60, 64, 72), cond=False)
        s.text(W - 44, 39, "...", 13, False, (110, 110, 110), cond=False, record=False)
        s.paste(content, (0, o, CW, o + VH), (0, 64))
        s.vscroll(W - 16, 64, 64 + VH, o / total, (o + VH) / total)
        s.rect(CW, 64, W - 16, 64 + VH, fill=(246, 248, 251))
        s.rect(0, H - 24, W, H, fill=(236, 238, 242))
        s.text(8, H - 20, "Done", 12, cond=False)
        s.text(W - 10, H - 20, "100%", 12, cond=False, right=True)
        s.frame()
        cuts.append(s.cut)
        doc.typed(54, 44, f"Screenshot {k + 1} of {len(offsets)} - calls for service dashboard"
                  + (" (top of the list)" if k == 0 else " (scrolled down)"), "Helvetica-Bold", 11)
        doc.picture(s, 54, 58, 96)
        doc.footer(f"Corrigan Falls PD [invented] - calls for service 04/01-04/10/2026 - page {doc.page}")
    doc.save()
    assert all(cuts[:-1]), cuts
    return [entry(path, agency, "calls-for-service dashboard captured from a browser while scrolling, pasted into a "
                  "document", "other: browser list, two lines per call", recs,
                  "A typed cover page, then one landscape page per screenshot of a browser (tab strip, address bar "
                  "with the dashboard URL, a vertical scrollbar, a status bar), each with a typed caption "
                  "`Screenshot k of m - calls for service dashboard (scrolled down)`; the captures are images "
                  "without text at about 96 dpi. The first capture shows the dashboard header and tiles "
                  f"(`Calls {n}`, `Open`, `Closed`, `Median response`); the list has two lines per call: "
                  "`CF26-004123  Noise complaint  Reported 04/01/2026 08:14` and below it the location, "
                  "`Occurred ...` (a time, a `from - to` range or nothing) and the disposition, with an `OPEN` / "
                  "`CLOSED` pill. Trap: the list was captured while scrolling: every capture but the last is cut "
                  "at the window's bottom edge through the middle of a call (its top line half visible, its "
                  "second line missing), and the next capture starts one to three whole calls earlier, so the "
                  "last calls of each capture are repeated at the top of the next (`cut_text` in `captures` "
                  "records the half-visible text). Each call is one record however many captures show it.",
                  "calls counted by the generator; the dashboard's `Calls` tile and the `Showing N of N calls` "
                  "line give the total", doc,
                  ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                   "disposition"])]


# 4 ------------------------------------------------------------------ Dunmore Township, PA: master-detail browser
NARR = ["Caller reported the incident by phone.", "Officer checked the area.", "Owner notified.",
        "Parties separated and advised.", "Video requested from business.", "Property photographed."]


def dunmore(d, r):
    agency = "Dunmore Township Police Department, PA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 14, (5, 8))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 400 + r.randint(0, 50)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"2026-{seq:05d}"
        rec["narr"] = r.choice(NARR)
    set_times(recs, "%m/%d/%Y %H:%M")
    PER = 20
    groups = [recs[i:i + PER] for i in range(0, n, PER)]
    cols = [("Case #", 8, 82), ("Reported", 90, 104), ("Nature", 194, 136), ("Location", 330, 166),
            ("Occurred From", 496, 112), ("Occurred To", 608, 112), ("Disposition", 720, 112), ("Ofcr", 840, 40)]
    W, RH, GY = 900, 18, 120
    H = GY + 20 + PER * RH + 6 + 170 + 24
    path = d / "dunmore-township-incident-browser-2026-04-06-19.pdf"
    doc = Doc(path, landscape(letter))
    doc.typed(60, 60, "DUNMORE TOWNSHIP POLICE DEPARTMENT  [invented]", "Helvetica-Bold", 14)
    intro = ["Incident log, April 6 - 19, 2026 (Right-to-Know request 26-RTK-031)", "",
             "The log is reproduced as screen prints of the RMS incident browser, one results page per",
             f"screen print ({len(groups)} pages of results, {n} incidents). The lower part of each screen",
             "shows the incident that was highlighted in the list when the screen was printed.", "",
             "Open Records Officer  \u00b7  555-0152  \u00b7  04/21/2026"]
    for k, s in enumerate(intro):
        doc.typed(60, 84 + k * 16, s, "Helvetica", 11)
    selected = []
    for g, rows in enumerate(groups):
        doc.next_page()
        sel = r.randrange(len(rows))
        selected.append(rows[sel]["case_number"])
        s = Shot(W, H, (240, 240, 240))
        s.titlebar("Dunmore Twp RMS - Incident Browser  [invented]", (122, 32, 44))
        s.rect(0, 26, W, 48, fill=(246, 246, 246))
        x = 8
        for m in ("File", "Edit", "View", "Records", "Tools", "Help"):
            x += s.text(x, 30, m, 12) + 16
        s.rect(0, 48, W, 82, fill=(232, 232, 234))
        x = 8
        for b in ("Refresh", "Filter", "Export", "Print"):
            x += s.button(x, 54, b) + 6
        s.text(x + 20, 58, "Find:", 12)
        s.field(x + 56, 54, 180, "")
        s.text(x + 62, 57, "case # or address", 12, False, (160, 160, 166), record=False)
        s.text(W - 12, 58, f"Page {g + 1} of {len(groups)}", 12, right=True)
        s.text(8, 92, "Filter: Reported 04/06/2026 - 04/19/2026   Agency DTPD   Sort: Reported", 12, False,
               (80, 80, 90))
        s.rect(0, GY, W - 16, GY + 20, fill=(64, 68, 76))
        for t, cx, _ in cols:
            s.text(cx, GY + 3, t, 12, True, (255, 255, 255))
        for i, rec in enumerate(rows):
            y = GY + 20 + i * RH
            hi = i == sel
            s.rect(0, y, W - 16, y + RH, fill=(44, 112, 200) if hi else ((255, 255, 255) if i % 2 == 0
                                                                          else (242, 236, 236)))
            vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec.get("occurred_at")
                    or rec.get("occurred_from", ""), rec.get("occurred_to", ""), rec["disposition"], rec["badge"]]
            for v, (_, cx, cw) in zip(vals, cols):
                assert font(12).getlength(v) < cw - 4, v
                if v:
                    s.text(cx, y + 2, v, 12, False, (255, 255, 255) if hi else INK)
        s.vscroll(W - 16, GY, GY + 20 + PER * RH, 0, 1)
        py = GY + 20 + PER * RH + 6
        s.rect(0, py, W, py + 4, fill=(200, 200, 204))
        s.rect(6, py + 8, W - 6, py + 166, fill=(252, 252, 252), outline=(190, 190, 196))
        rec = rows[sel]
        s.text(14, py + 14, "Selected incident", 12, True, (122, 32, 44))
        occ = rec.get("occurred_at") or (f"{rec['occurred_from']} to {rec['occurred_to']}" if "occurred_from" in rec
                                         else "not recorded")
        pairs = [[("Case #:", rec["case_number"]), ("Reported:", rec["reported_at"]), ("Officer:", rec["badge"])],
                 [("Nature:", rec["type"]), ("Location:", rec["location"])],
                 [("Occurred:", occ)], [("Disposition:", rec["disposition"])], [("Narrative:", rec["narr"])]]
        for k, row in enumerate(pairs):
            x = 14
            for lab, val in row:
                s.text(x, py + 38 + k * 24, lab, 12, True, (90, 90, 100))
                s.text(x + 84, py + 38 + k * 24, val, 12)
                x += 300
        s.rect(0, H - 24, W, H, fill=(226, 226, 230))
        a = g * PER + 1
        s.text(8, H - 20, f"Rows {a}-{a + len(rows) - 1} of {n}", 12)
        s.text(200, H - 20, "Connected to DTPD-RMS", 12)
        s.text(W - 10, H - 20, "NUM", 12, right=True)
        s.frame()
        doc.picture(s, 60, 40, 100)
        doc.typed(60, 40 + H * 0.72 + 14, f"Figure {g + 1} - incident browser, results page {g + 1} of {len(groups)}",
                  "Helvetica-Oblique", 10)
        doc.footer(f"Dunmore Township PD [invented] - 26-RTK-031 - {doc.page}")
    doc.save()
    return [entry(path, agency, "RMS incident browser screens printed page by page and pasted into a document",
                  "table with header", recs,
                  "A typed heading page, then one landscape page per results page of the RMS incident browser "
                  "(title bar, menu, toolbar with a `Find:` box, a dark column header `Case #  Reported  Nature  "
                  "Location  Occurred From  Occurred To  Disposition  Ofcr`, zebra rows, a scrollbar, a pager "
                  "`Page k of m`, status bar `Rows 1-20 of N`) with a typed figure caption under it; captures are "
                  "images at about 100 dpi without text. Trap: the lower pane of every capture (`Selected "
                  "incident`) repeats the row that was highlighted in the list when the screen was printed "
                  "(`Case #:`, `Reported:`, `Nature:`, `Location:`, `Occurred:`, `Disposition:`, `Narrative:`): "
                  f"the selected incidents ({', '.join(f'`{x}`' for x in selected)}) are printed twice in their "
                  "capture, once as a highlighted (white on blue) grid row and once in the pane, but are one "
                  "record each.",
                  "grid rows counted by the generator; the status bars' `Rows a-b of N` give the ranges and total",
                  doc, ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                        "disposition"])]


# 5 ------------------------------------------------------------------ Elsmere Harbor, ME: wide grid scrolled sideways
def elsmere(d, r):
    agency = "Elsmere Harbor Police Department, ME [invented]"
    recs = make_recs(r, datetime.datetime(2026, 5, 4), 12, (5, 8))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1150 + r.randint(0, 50)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"EH-26-{seq:04d}"
        rec["beat"] = r.choice(["Harbor", "Village", "North", "Route 9"])
        rec["unit"] = f"{r.randint(1, 3)}H{r.randint(1, 9)}"
    set_times(recs, "%m/%d/%y %H%M")
    PER = 16
    groups = [recs[i:i + PER] for i in range(0, n, PER)]
    frozen = 84
    cols = [("Reported", 0, 96), ("Occ. From", 96, 96), ("Occ. To", 192, 96), ("Call Type", 288, 162),
            ("Location", 450, 184), ("Disposition", 634, 118), ("Unit", 752, 50), ("Ofcr", 802, 46),
            ("Beat", 848, 70)]
    SW = 918
    VW, RH, GY = 560, 18, 84
    W = frozen + VW + 16
    H = GY + 20 + PER * RH + 4 + 14 + 24
    path = d / "elsmere-harbor-call-log-2026-05-04-15-screenshots.pdf"
    doc = Doc(path, letter)
    cover = ["ELSMERE HARBOR POLICE DEPARTMENT  [invented]", "Call log, May 4 - 15, 2026  \u00b7  Records 555-0176", "",
             "The call log screen is wider than the workstation display, so each screen of the log was",
             "captured twice: once scrolled to the left and once scrolled to the right. The Case # column",
             "stays in place when the grid is scrolled.", "", "Records, 05/18/2026"]
    for k, s in enumerate(cover):
        doc.typed(72, 96 + k * 16, s, "Helvetica-Bold" if k == 0 else "Helvetica", 13 if k == 0 else 11)
    for g, rows in enumerate(groups):
        doc.next_page()
        content = Shot(SW, 20 + PER * RH, (255, 255, 255))
        fz = Shot(frozen, 20 + PER * RH, (255, 255, 255))
        for sh, cc in ((content, cols), (fz, [("Case #", 0, frozen)])):
            sh.rect(0, 0, sh.w, 20, fill=(40, 92, 84))
            for t, cx, _ in cc:
                sh.text(cx + 6, 3, t, 12, True, (255, 255, 255))
        for i, rec in enumerate(rows):
            y = 20 + i * RH
            bg = (255, 255, 255) if i % 2 == 0 else (230, 242, 238)
            content.rect(0, y, SW, y + RH, fill=bg)
            fz.rect(0, y, frozen, y + RH, fill=bg)
            fz.text(6, y + 2, rec["case_number"], 12, True)
            vals = [rec["reported_at"], rec.get("occurred_at") or rec.get("occurred_from", ""),
                    rec.get("occurred_to", ""), rec["type"], rec["location"], rec["disposition"], rec["unit"],
                    rec["badge"], rec["beat"]]
            for v, (_, cx, cw) in zip(vals, cols):
                assert font(12).getlength(v) < cw - 8, v
                if v:
                    content.text(cx + 6, y + 2, v, 12)
        fz.d.line((frozen - 1, 0, frozen - 1, fz.h), fill=(120, 130, 128), width=2)
        for part, x0 in (("left", 0), ("right", SW - VW)):
            s = Shot(W, H, (238, 240, 240))
            s.titlebar("Harbor PD Records - Call Log  [invented]", (40, 92, 84), h=24)
            s.rect(0, 24, W, 50, fill=(226, 230, 230))
            x = 8
            for b in ("Refresh", "Columns", "Print"):
                x += s.button(x, 27, b, h=20) + 6
            s.text(W - 10, 30, f"Screen {g + 1} of {len(groups)}", 12, right=True)
            s.text(8, 60, "Date range 05/04/26 - 05/15/26    All call types", 12, False, (70, 80, 80))
            s.paste(fz, (0, 0, frozen, fz.h), (0, GY))
            s.paste(content, (x0, 0, x0 + VW, content.h), (frozen, GY))
            s.vscroll(W - 16, GY, GY + fz.h, 0, 1)
            s.hscroll(0, W - 16, GY + fz.h + 4, 0 if part == "left" else 1 - VW / SW, VW / SW if part == "left" else 1)
            s.rect(0, H - 24, W, H, fill=(222, 226, 226))
            a = g * PER + 1
            s.text(8, H - 20, f"Calls {a}-{a + len(rows) - 1} of {n}", 12)
            s.text(W - 10, H - 20, "Ready", 12, right=True)
            s.frame()
            top = 56 if part == "left" else 56 + H * 0.72 + 40
            doc.typed(72, top - 8, f"Screen {g + 1} of {len(groups)}, scrolled {part}", "Helvetica-Bold", 10)
            doc.picture(s, 72, top, 100)
        doc.footer(f"Elsmere Harbor PD [invented] - call log 05/04-05/15/26 - page {doc.page}")
    doc.save()
    return [entry(path, agency, "call log too wide for the screen, captured scrolled left and scrolled right, "
                  "pasted into a document", "table with header", recs,
                  "A typed cover memo, then one portrait page per screen of the call-log grid, each holding two "
                  "pasted captures under typed captions `Screen k of m, scrolled left` and `..., scrolled right` "
                  "(title bar, toolbar, a teal column header, zebra rows, a vertical and a horizontal scrollbar "
                  "whose thumb sits at the left or the right, status bar `Calls a-b of N`); the captures are images "
                  "at about 100 dpi without text. Trap: the grid is wider than the window, so every screen was "
                  "captured twice: scrolled left (`Case #  Reported  Occ. From  Occ. To  Call Type` and the "
                  "Location column cut at the right edge) and scrolled right (the frozen `Case #` column, the Call "
                  "Type column cut at the left edge, then `Location  Disposition  Unit  Ofcr  Beat`). Every case "
                  "number is printed twice, one record's fields are split over two images, and the cut column's "
                  "half-visible text (`cut_text` in `captures`) is not a value; a record is the pair of rows with "
                  "the same case number.",
                  "grid rows counted by the generator; the status bars' `Calls a-b of N` give the ranges and total",
                  doc, ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location",
                        "disposition", "unit", "beat"])]


AGENCIES = [("alderwick-wa-pd", 1, alderwick), ("brennock-county-mt-so", 2, brennock),
            ("corrigan-falls-vt-pd", 3, corrigan), ("dunmore-township-pa-pd", 4, dunmore),
            ("elsmere-harbor-me-pd", 5, elsmere)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
