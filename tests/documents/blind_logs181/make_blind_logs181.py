"""Generate a held-out set of incident logs that came back as phone photographs (blind_logs181).

Five agencies, five layouts, one trap each, all of them about printed log pages photographed with a
phone and saved as PDF: every PDF page is a JPEG photo with keystone, a few degrees of rotation, desk
around the page, a shadow, a glare patch, blur toward one edge and a slight curl. A table photographed
on a stack whose next sheet peeks out under the bottom edge with its last rows; labelled blocks from a
scanning app (flattened black-and-white pages, the app's footer) with a poor invisible OCR text layer
that misreads record numbers; prose paragraphs photographed with the phone held sideways (pixels turned
90 degrees, one page the other way); numbered items with one page photographed twice (a spoilt shot and
its retake); a two-line CAD report whose photos were shared newest first. Everything is invented.
Output is deterministic: fixed seed, numpy and PIL with fixed parameters, reportlab invariant mode.
Run:
    python tests/documents/blind_logs181/make_blind_logs181.py [OUT_DIR]
"""

import datetime
import hashlib
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

rl_config.useA85 = 0  # JPEG streams stored as they are

HERE = Path(__file__).resolve().parent
SEED = 2026181
D = "\u2014"
FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "sansi": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "serifi": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "monob": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Quarrystone Road", "Quarrystone Rd"), ("Tamsin Avenue", "Tamsin Ave"), ("Larkmoor Drive", "Larkmoor Dr"),
           ("Fennick Street", "Fennick St"), ("Old Weir Road", "Old Weir Rd"), ("Cobbler Lane", "Cobbler Ln"),
           ("Hollins Court", "Hollins Ct"), ("Brackwater Way", "Brackwater Way"), ("Mill Pond Road", "Mill Pond Rd"),
           ("Sorrel Street", "Sorrel St"), ("Ironbridge Avenue", "Ironbridge Ave"), ("Pinchot Road", "Pinchot Rd")]
PLACES = ["Transit center", "Library annex", "Rodeo grounds", "High school lot", "Boat launch", "Grange hall"]
PW, PH = 612, 792  # the printed letter page, points; the page model uses y from the top (baselines)
_FONT_CACHE = {}


def font(key, size, scale):
    k = (key, round(size * scale))
    if k not in _FONT_CACHE:
        _FONT_CACHE[k] = ImageFont.truetype(FONTS[key], k[1])
    return _FONT_CACHE[k]


def width(text, key, size):
    return font(key, size, 10).getlength(text) / 10


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


# ------------------------------------------------------------------ records
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
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        for m in sorted(r.sample(range(10, 1430), r.randint(*per_day))):
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


def wrap(text, key, size, w):
    out, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if cur and width(trial, key, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = trial
    out.append(cur)
    return out


def pieces(line, x0, f, size, lead):
    """A fixed-width line as placed by a report writer: each run of words (split at 3+ spaces) at its own
    column, all on one baseline, the lead on the last piece."""

    ps = [(x0 + m.start() * width("0", f, size), m.group()) for m in re.finditer(r"\S+(?:  ?\S+)*", line)]
    return [(x, t, f, size, 0) for x, t in ps[:-1]] + [(ps[-1][0], ps[-1][1], f, size, lead)]


def paginate(header, footer, top, bottom):
    """add(lines) puts lines [(x, text, font, size, lead)] on the current page (a list of (y, x, text, font,
    size) items, y from the top), whole when keep; returns the 0-based pages the lines went on."""
    pages = []
    st = {"y": 0.0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        st["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and st["y"] + need > bottom):
            new_page()
        used = []
        for x, text, f, fs, lead in lines:
            if st["y"] > bottom:
                new_page()
            pages[-1].append((st["y"], x, text, f, fs))
            if text is not None and (not used or used[-1] != len(pages) - 1):
                used.append(len(pages) - 1)
            st["y"] += lead
        st["y"] += gap
        return used

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def page_text(items, ymin=-1e9):
    """The printed text of a page model, line by line (pieces on one baseline joined by three spaces)."""
    rows = {}
    for y, x, text, _, _ in items:
        if text is not None and y >= ymin:
            rows.setdefault(round(y, 1), []).append((x, text))
    return "\n".join("   ".join(t for _, t in sorted(rows[y])) for y in sorted(rows))


# ------------------------------------------------------------------ drawing and photographing
def render(items, scale, tone=246):
    """A printed page as a greyscale image at `scale` pixels per point."""
    img = Image.new("L", (round(PW * scale), round(PH * scale)), tone)
    dr = ImageDraw.Draw(img)
    for y, x, text, f, fs in items:
        if text is None:
            dr.line([(x * scale, y * scale), ((PW - x) * scale, y * scale)], fill=40, width=max(1, round(scale * 0.6)))
            continue
        dr.text((x * scale, y * scale), text, font=font(f, fs, scale), fill=22, anchor="ls")
    return img


def homography(src, dst):
    """Coefficients for PIL's PERSPECTIVE transform: output point in dst -> input point in src."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(a, float), np.array(b, float))]


def curl(img, amp):
    """Lift the lower right corner a little: lines bend down toward the right edge near the bottom."""
    w, h = img.size
    n = 12
    mesh = []
    for i in range(n):
        for j in range(n):
            x0, x1, y0, y1 = w * i // n, w * (i + 1) // n, h * j // n, h * (j + 1) // n

            def src(x, y):
                fx, fy = max(0.0, (x / w - 0.55) / 0.45), max(0.0, (y / h - 0.5) / 0.5)
                return x - amp * 0.3 * fx * fy, y - amp * fx * fx * fy

            q = [src(x0, y0), src(x0, y1), src(x1, y1), src(x1, y0)]
            mesh.append(((x0, y0, x1, y1), tuple(c for p in q for c in p)))
    return img.transform(img.size, Image.MESH, mesh, Image.BICUBIC, fillcolor=0)


def desk(size, r, kind):
    w, h = size
    rs = np.random.default_rng(r.randint(0, 2**31))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = {"wood": (128, 92, 60), "laminate": (170, 168, 160), "counter": (92, 96, 104)}[kind]
    g = 0.85 + 0.15 * (xx / w * r.uniform(-1, 1) + yy / h * r.uniform(-1, 1))
    if kind == "wood":
        g = g + 0.06 * np.sin(yy / r.uniform(9, 15) + np.sin(xx / 90) * 2)
    g = g + rs.normal(0, 0.004, size=(h, w)).astype(np.float32)
    arr = np.stack([np.clip(g * c, 0, 255) for c in base], axis=2)
    return Image.fromarray(arr.astype(np.uint8), "RGB")


def place(sheet, frame, r, cover, angle, keystone, jitter=10):
    """Warp `sheet` (RGBA) into `frame` (w, h): scaled to `cover` of the frame height, rotated, keystoned."""
    w, h = sheet.size
    fw, fh = frame
    s = cover * fh / h
    cx, cy = fw / 2 + r.uniform(-0.03, 0.03) * fw, fh / 2 + r.uniform(-0.02, 0.02) * fh
    hw, hh = w * s / 2, h * s / 2
    corners = [(-hw * (1 - keystone), -hh), (hw * (1 - keystone), -hh), (hw, hh), (-hw, hh)]
    ca, sa = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    dst = [(cx + x * ca - y * sa + r.uniform(-jitter, jitter), cy + x * sa + y * ca + r.uniform(-jitter, jitter))
           for x, y in corners]
    co = homography([(0, 0), (w, 0), (w, h), (0, h)], dst)
    return sheet.transform(frame, Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0, 0)), dst


def blob(size, r, kind, strength):
    """A soft mask: a phone/hand shadow entering from an edge, or a glare ellipse."""
    w, h = size
    m = Image.new("L", size, 0)
    dr = ImageDraw.Draw(m)
    if kind == "shadow":
        x0 = r.uniform(0.15, 0.5) * w
        dr.polygon([(x0, h * 1.05), (x0 + 0.35 * w, h * 1.05), (x0 + r.uniform(0.25, 0.45) * w, h * r.uniform(0.55, 0.7)),
                    (x0 + r.uniform(0.0, 0.1) * w, h * r.uniform(0.6, 0.75))], fill=255)
        m = m.filter(ImageFilter.GaussianBlur(45))
    else:
        cx, cy = r.uniform(0.3, 0.7) * w, r.uniform(0.2, 0.6) * h
        rx, ry = r.uniform(0.12, 0.18) * w, r.uniform(0.06, 0.1) * h
        dr.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
        m = m.filter(ImageFilter.GaussianBlur(60))
    return np.asarray(m, np.float32) / 255 * strength


def photograph(sheet_l, r, frame, kind="wood", cover=0.84, angle=None, keystone=None, under=None, blur_side=None,
               glare=0.45, shadow=0.38, curl_amp=14, tint=(1.0, 0.97, 0.9), strip=True, motion=0.0):
    """A phone photo of a printed page (greyscale paper image) as an RGB image."""
    angle = r.uniform(-3.5, 3.5) if angle is None else angle
    keystone = r.uniform(0.05, 0.09) if keystone is None else keystone
    paper = curl(sheet_l, curl_amp)
    alpha = curl(Image.new("L", sheet_l.size, 255), curl_amp)
    sheet = Image.merge("RGBA", (paper, paper, paper, alpha))
    if under is not None:  # a taller canvas: the sheet below, shifted down, then this sheet over it
        under_l, shift = under
        w, h = sheet.size
        tall = Image.new("RGBA", (w, h + shift), (0, 0, 0, 0))
        ul = Image.merge("RGBA", (under_l, under_l, under_l, Image.new("L", under_l.size, 255)))
        tall.paste(ul, (r.randint(-6, 6), shift), ul)
        shade = Image.new("RGBA", (w, 14), (0, 0, 0, 70))
        tall.alpha_composite(shade, (0, h))
        tall.alpha_composite(sheet, (0, 0))
        sheet = tall
    bg = desk(frame, r, kind)
    if strip:  # another sheet's edge peeking in at a frame edge
        edge = Image.new("RGBA", (frame[0] // 9, frame[1]), (236, 234, 228, 255))
        sh, _ = place(edge, frame, r, 1.2, r.uniform(-4, 4), 0, 0)
        off = Image.new("RGBA", frame, (0, 0, 0, 0))
        off.alpha_composite(sh, (int(frame[0] * r.choice([-0.5, 0.5])), 0))
        bg = Image.alpha_composite(bg.convert("RGBA"), off).convert("RGB")
    warped, quad = place(sheet, frame, r, cover * (sheet.size[1] / sheet_l.size[1]) if under else cover, angle,
                         keystone)
    img = bg.copy()
    img.paste(warped.convert("RGB"), (0, 0), warped.split()[3])
    a = np.asarray(img, np.float32)
    fw, fh = frame
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    light = 0.84 + 0.16 * np.clip(xx / fw * r.uniform(-1, 1) + yy / fh * r.uniform(-1, 1) + 0.5, 0, 1)
    light = light * (1 - blob(frame, r, "shadow", shadow))
    a = a * light[..., None] * np.array(tint, np.float32)
    g = blob(frame, r, "glare", glare)[..., None]
    a = a + (255 - a) * g
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    if blur_side:
        soft = img.filter(ImageFilter.GaussianBlur(1.25))
        ramp = np.clip((xx / fw - 0.6) / 0.4, 0, 1) if blur_side == "right" else np.clip((0.4 - xx / fw) / 0.4, 0, 1)
        img = Image.composite(soft, img, Image.fromarray((ramp * 255).astype(np.uint8), "L"))
    if motion:
        img = img.filter(ImageFilter.BoxBlur(motion))
    return img.filter(ImageFilter.GaussianBlur(0.7)), quad


def jpeg(img, q, gray=False):
    buf = io.BytesIO()
    (img.convert("L") if gray else img).save(buf, "JPEG", quality=q, optimize=False, progressive=False)
    return buf.getvalue()


def write_pdf(path, shots, page_size=None, ocr=None):
    """One PDF page per JPEG shot: the photo fills the page (page_size None: 200 dpi) or is centred on a
    letter page. `ocr`: per page, invisible words [(x, y_from_top, text, size)] in page points."""
    c = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for i, data in enumerate(shots):
        f = ImageReader(io.BytesIO(data))
        w, h = Image.open(io.BytesIO(data)).size
        if page_size is None:
            pw, ph = w * 72 / 200, h * 72 / 200
            c.setPageSize((pw, ph))
            c.drawImage(f, 0, 0, pw, ph)
        else:
            pw, ph = page_size if w < h else page_size[::-1]
            c.setPageSize((pw, ph))
            s = min((pw - 36) / w, (ph - 36) / h)
            c.drawImage(f, (pw - w * s) / 2, (ph - h * s) / 2, w * s, h * s)
        if ocr:
            t = c.beginText()
            t.setTextRenderMode(3)
            for x, y, text, size in ocr[i]:
                t.setFont("Helvetica", size)
                t.setTextOrigin(x, ph - y)
                t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, photos, recs, notes, count_check, text_layer="none (image-only pages)",
          extra=None):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    e = {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs181.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "photos": photos,
        "scanned": True, "encrypted": False, "text_layer": text_layer, "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": [k for k in KEYS if any(k in rec for rec in recs)],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs181.py) from the records it drew, in "
                               "reading order (the order of the page numbers printed on the photographed pages); "
                               "checked by check_blind_logs181.py against the printed page text and against "
                               "tesseract OCR of the photos",
        "record_count_check": count_check, "notes": notes,
    }
    e.update(extra or {})
    return e


# ------------------------------------------------------------------ 1 Brindlecombe, WI: table, next sheet peeks out
def brindlecombe(r):
    agency = "Brindlecombe Police Department, WI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 7, (8, 11), short=True)
    seq = 4410 + r.randint(0, 40)
    short = {"Report taken": "Report", "Arrest made": "Arrest", "Citation issued": "Citation",
             "Referred to investigations": "Referred", "Unfounded": "Unfounded", "Cleared - no action": "Cleared",
             "Warning given": "Warning", "Gone on arrival": "GOA", "Open - pending": "Open"}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:05d}"
        rec["disposition"] = short[rec["disposition"]]
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "sans", 9.5, 19
    cols = [("Case No.", 30), ("Reported", 92), ("Occurred", 170), ("Incident", 248), ("Location", 380),
            ("Disp.", 530)]
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]
        for k, v in enumerate(vals):
            right = cols[k + 1][1] if k + 1 < len(cols) else 590
            assert cols[k][1] + width(v, F, S) < right - 3, v

    def header(k):
        return [(46, 30, "BRINDLECOMBE POLICE DEPARTMENT [invented]", "sansb", 14),
                (64, 30, "Daily Incident Log  03/02/2026 - 03/08/2026  |  Records 555-0137", "sans", 10),
                (74, 30, None, F, S)] + [(90, x, t, "sansb", 9.5) for t, x in cols] + [(96, 30, None, F, S)]

    def footer(k, m):
        return [(758, 30, "printed 03/09/26 07:10 by records", "sansi", 8.5), (758, 500, f"Page {k} of {m}", "sans", 10)]

    add, finish = paginate(header, footer, 116, 730)
    day = None
    for rec in recs:
        if rec["dt"].date() != day:
            day = rec["dt"].date()
            add([(30, f"{rec['dt']:%A %m/%d/%Y}", "sansb", 9.5, L)])
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]
        rec["page"] = add([(x, v, F, S, 0) for v, (_, x) in zip(vals, cols)][:-1] + [(cols[-1][1], vals[-1], F, S, L)])[0]
    add([(30, None, F, S, 16), (30, f"Total incidents: {len(recs)}", "sansb", 10, 14)])
    pages = finish()
    m = len(pages)
    assert m == 3, m
    cut = 628  # the band of the sheet below that shows under the photographed sheet: y >= cut
    scale, shots, photos = 2.3, [], []
    for k in range(m):
        under = None
        if DRAW and k + 1 < m:
            band = render([it for it in pages[k + 1] if it[0] >= cut + 12], scale, tone=240)
            under = (band.crop((0, 0, band.size[0], band.size[1])), round((PH - cut + 6) * scale))
            ImageDraw.Draw(under[0]).rectangle([0, 0, band.size[0], round(cut * scale)], fill=240)
        if DRAW:
            photo, _ = photograph(render(pages[k], scale), r, (1600, 2150), "wood", cover=0.8, under=under,
                                  blur_side="right", glare=0.35, shadow=0.35, strip=False)
            shots.append(jpeg(photo, 64))
        photos.append({"pdf_page": k + 1, "shows_page": k + 1, "peek_page": k + 2 if k + 1 < m else None,
                       "peek_text": page_text(pages[k + 1], cut + 12) if k + 1 < m else ""})
    peek_ids = [rec["case_number"] for rec in recs if rec["page"] > 0 and any(
        rec["case_number"] in p["peek_text"] for p in photos)]
    assert len(peek_ids) >= 3, peek_ids
    model = {"pages": [page_text(p) for p in pages], "photos": photos}
    if not DRAW:
        return None, model
    path = D1 / "brindlecombe-daily-incident-log-2026-03-02-08-photos.pdf"
    write_pdf(path, shots)
    return [entry(path, agency, "weekly incident log, phone photos of the printout", "table with header",
                  f"{m} phone photos (JPEG quality 64, 1600x2150), one per printed page, in page order; each of "
                  "photos 1-2 also shows the bottom of the next sheet lying under the photographed one",
                  recs,
                  "A daily incident log table (`Case No.  Reported  Occurred  Incident  Location  Disp.`, a bold "
                  "weekday line before each day's rows, `Page k of 3` and a print stamp at the foot) photographed "
                  "page by page with a phone on a wooden desk: keystone, a few degrees of rotation, a hand shadow "
                  "across the lower part, a glare patch, blur toward the right edge, the lower right corner lifting. "
                  "No text layer. Trap: each page was photographed lying on the rest of the stack, shifted, so "
                  "under the bottom edge of the photographed sheet the next sheet shows its last rows and its own "
                  f"footer (`Page 2 of 3` under `Page 1 of 3`): {len(peek_ids)} records "
                  f"({', '.join(f'`{x}`' for x in peek_ids)}) are printed in two photos, once on the sheet "
                  "below and once in their own page's photo. They are one record each; the sheet below is not a "
                  "page of its own. Occurred is a single time or blank. Ends `Total incidents: N`.",
                  "rows counted by the generator; the closing total gives the count",
                  extra={"peek_records": peek_ids})], model


# ------------------------------------------------------------------ 2 Castlemoor County, MT: scanning app, OCR layer
MISREAD = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b"}
MISDIGIT = {"3": "8", "8": "3", "1": "7", "7": "1", "6": "5"}


def castlemoor(r):
    agency = "Castlemoor County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (5, 7), short=True, upper=True)
    assert 40 <= len(recs) <= 80
    seq = 310 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"CM26-{seq:05d}"
        rec["disposition"] = rec["disposition"].upper()
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "mono", 9.5, 13.5

    def header(k):
        return [(44, 40, "CASTLEMOOR COUNTY SHERIFF'S OFFICE [invented]", "monob", 12),
                (60, 40, "INCIDENT BLOCK LOG   03/09/2026 - 03/15/2026   DISPATCH 555-0171", F, S),
                (68, 40, None, F, S)]

    def footer(k, m):
        return [(744, 40, f"CCSO BLOCK LOG   PAGE {k} OF {m}", F, S)]

    add, finish = paginate(header, footer, 86, 728)
    for rec in recs:
        if rec["occ"] is None:
            occ = "UNKNOWN"
        elif "occurred_at" in rec:
            occ = rec["occurred_at"]
        else:
            occ = f"{rec['occurred_from']} TO {rec['occurred_to']}"
        lines = [f"INCIDENT NO: {rec['case_number']}    REPORTED: {rec['reported_at']}    DEPUTY #{rec['badge']}",
                 f"{'NATURE:      ' + rec['type']:<50}LOCATION: {rec['location']}",
                 f"{'OCCURRED:    ' + occ:<50}DISPOSITION: {rec['disposition']}"]
        assert all(len(ln) <= 93 for ln in lines), lines
        rec["lines"] = lines
        items = [it for ln in lines for it in pieces(ln, 36, F, S, L)]
        rec["page"] = add(items + [(36, "- " * 45, F, S, L * 0.8)], gap=4)[0]
    add([(40, f"END OF LOG - {len(recs)} INCIDENTS", "monob", S, L)])
    pages = finish()
    m = len(pages)
    assert m == 4, m
    # the poor OCR layer: words of the page at their places, some characters misread
    bad_ids = {}
    pick = r.sample(range(len(recs)), 9)
    for j, i in enumerate(pick):
        num = recs[i]["case_number"]
        digits = [p for p in range(5, len(num)) if num[p] in (MISREAD if j < 6 else MISDIGIT)]
        p = r.choice(digits)
        bad_ids[num] = num[:p] + (MISREAD if j < 6 else MISDIGIT)[num[p]] + num[p + 1:]
    shots, ocr = [], []
    scan_scale = 1275 / PW  # the app's output: 150 dpi
    model = {"pages": [page_text(p) for p in pages], "photos": [{"pdf_page": k + 1, "shows_page": k + 1}
                                                              for k in range(m)],
             "misreads": bad_ids}
    if not DRAW:
        return None, model
    for k, items in enumerate(pages):
        img = render(items, 2.3)
        photo, quad = photograph(img, r, (1700, 2200), "laminate", cover=0.86, glare=0.3, shadow=0.45,
                                 strip=True, blur_side="left")
        # the app finds the page corners and flattens it (a little off), then 'document mode' thresholding
        inset = [(x + r.uniform(-9, 9), y + r.uniform(-9, 9)) for x, y in quad]
        out = (1275, 1650)
        co = homography(inset, [(0, 0), (out[0], 0), out, (0, out[1])])
        flat = photo.transform(out, Image.PERSPECTIVE, co, Image.BICUBIC).convert("L")
        a = np.asarray(flat, np.float32)
        bgd = np.asarray(flat.filter(ImageFilter.GaussianBlur(25)), np.float32)
        bw = np.clip((a / np.maximum(bgd, 1) - 0.66) / 0.26, 0, 1) * 255
        scan = Image.fromarray(bw.astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.8))
        dr = ImageDraw.Draw(scan)
        dr.rectangle([0, 1605, 1275, 1650], fill=255)
        dr.text((40, 1634), f"Scanned with PocketDoc [invented]  \u00b7  Doc 0314-22{k + 1}  \u00b7  {k + 1}/{m}",
                font=font("sans", 9, 1275 / PW), fill=120, anchor="ls")
        shots.append(jpeg(scan, 60, gray=True))
        words = []
        for y, x, text, _, fs in items:
            if text is None or text.startswith("- -"):
                continue
            for num, bad in bad_ids.items():
                text = text.replace(num, bad)
            if r.random() < 0.25:
                text = text.replace("REPORTED:", "REP0RTED:").replace("LOCATION:", "LOCATI0N:")
            if r.random() < 0.15:
                text = text.replace("  ", " ").replace(": ", ":")
            words.append((x * 612 / PW, y * 792 / PH, text, fs))
        words.append((40 * 612 / PW, 1634 / scan_scale, f"Scanned with PocketDoc [invented] Doc 0314-22{k + 1} "
                      f"{k + 1}/{m}", 9))
        ocr.append(words)
    path = D2 / "castlemoor-incident-block-log-2026-03-09-15-pocketdoc.pdf"
    write_pdf(path, shots, page_size=(612, 792), ocr=ocr)
    misreads = [{"printed": k, "ocr_layer": v} for k, v in bad_ids.items()]
    letters = sorted({(a, b) for k, v in bad_ids.items() for a, b in zip(k, v) if a != b and b.isalpha()})
    ex = recs[2]["lines"]
    return [entry(path, agency, "weekly incident block log, pages captured with a phone scanning app",
                  "labelled blocks",
                  f"{m} pages captured with a phone scanning app: page found, cropped and flattened to 1275x1650, "
                  "'document mode' black and white, saved as greyscale JPEG quality 60, the app's footer line "
                  "stamped on each page; the app added an invisible OCR text layer",
                  recs,
                  f"Labelled blocks in a monospaced font, three lines each: `{' '.join(ex[0].split())}` / "
                  "`NATURE:` and `LOCATION:` / `OCCURRED:` (a time, a `from TO to` range or `UNKNOWN`) and "
                  "`DISPOSITION:`, a dashed line between blocks, `PAGE k OF m` at the foot; the app's own footer `Scanned with PocketDoc [invented] \u00b7 "
                  "Doc 0314-221 \u00b7 1/m` is stamped under each page (its doc number is not a record). Trap: the "
                  "scanning app's invisible OCR text layer reads well enough to look right but misreads characters: "
                  f"{len(bad_ids)} record numbers are wrong in the text layer, six with a letter for a digit "
                  f"({', '.join(f'`{b}` for `{a}`' for a, b in letters)}) and three with a wrong digit that still "
                  "looks like a record number (all listed in `ocr_layer_misreads`); some labels read `REP0RTED:`/`LOCATI0N:`, "
                  "spacing is collapsed on some lines. The ground truth is what is printed on the page image, not "
                  f"the text layer. Ends `END OF LOG - N INCIDENTS`.",
                  "blocks counted by the generator; the closing line gives the count",
                  text_layer="poor: a scanning app's OCR layer with misread characters and numbers",
                  extra={"ocr_layer_misreads": misreads})], model


# ------------------------------------------------------------------ 3 Dunmere, VT: prose, photos taken sideways
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "A description was broadcast.", "", ""]


def dunmere(r):
    agency = "Dunmere Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 16), 7, (6, 8))
    seq = 180 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26DU-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()

    def fmt(t):
        return f"{t.month}/{t.day}/{t:%y} at {t:%H%M}"

    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
    F, S, L, W = "serif", 10.5, 15, PW - 2 * 58

    def header(k):
        return [(46, 58, "DUNMERE POLICE DEPARTMENT [invented]", "serifb", 14),
                (64, 58, "Police log for the Dunmere Gazette, week of February 16, 2026 \u00b7 555-0152", "serifi", 10),
                (72, 58, None, F, S)]

    def footer(k, m):
        return [(752, 262, f"Page {k} of {m}", "serif", 10)]

    add, finish = paginate(header, footer, 98, 724)
    spans = []
    for rec in recs:
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"It happened at about {rec['occurred_at']}. "
        else:
            occ = f"It happened between {rec['occurred_from']} and {rec['occurred_to']}. "
        narr = r.choice(NARR)
        txt = (f"{rec['reported_at']} {D} {rec['type']} reported at {rec['location']}. {occ}{narr + ' ' if narr else ''}"
               f"Case {rec['case_number']}, {rec['disposition']}. Officer #{rec['badge']}.")
        rec["txt"] = txt
        spans.append(add([(58, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=7))
    add([(58, f"Entries this week: {len(recs)}.", "serifb", 10.5, 15)])
    pages = finish()
    m = len(pages)
    assert m == 4, m
    broken = [recs[i]["case_number"] for i, u in enumerate(spans) if len(u) > 1]
    assert broken
    turns = [270] * m
    turns[2] = 90
    shots, photos = [], []
    for k, items in enumerate(pages):
        if DRAW:
            photo, _ = photograph(render(items, 2.35), r, (1440, 1920), "counter", cover=0.86, glare=0.4,
                                  shadow=0.4, blur_side="left" if k % 2 else "right", tint=(1.0, 0.99, 0.95))
            photo = photo.transpose(Image.ROTATE_90 if turns[k] == 90 else Image.ROTATE_270)
            shots.append(jpeg(photo, 62))
        photos.append({"pdf_page": k + 1, "shows_page": k + 1, "turned": turns[k]})
    model = {"pages": [page_text(p) for p in pages], "photos": photos}
    if not DRAW:
        return None, model
    path = D3 / "dunmere-gazette-police-log-2026-02-16-22-photos.pdf"
    write_pdf(path, shots)
    return [entry(path, agency, "weekly police log for a local paper, phone photos taken sideways", "free text",
                  f"{m} phone photos (JPEG quality 62, 1920x1440) of portrait pages taken with the phone held "
                  "sideways; the pixels are stored turned (no EXIF orientation): pages 1, 2, 4"
                  f"{', 5' if m > 4 else ''} turned a quarter clockwise, page 3 a quarter counter-clockwise",
                  recs,
                  f"A prose police log in a serif font, one paragraph per entry: `{recs[1]['txt']}`; the id is the "
                  "one `Case` number in the paragraph, after the narrative. Photographed on a grey counter with "
                  "keystone, rotation, a shadow, glare and blur toward one side. No text layer. Trap: the phone "
                  "was held sideways, so every photo is landscape with the page's lines running top to bottom "
                  "(turned 90 degrees, stored in the pixels, no EXIF tag), and page 3 was taken with the phone "
                  "turned the other way, so its text runs bottom to top; and paragraphs are not kept whole: "
                  f"{', '.join(f'`{x}`' for x in broken)} start at the foot of one photo and end at the top of the "
                  "next, its date in one photo and its `Case` number in the other. Ends `Entries this week: N.`",
                  "paragraphs counted by the generator; the closing line gives the count",
                  extra={"broken_records": broken})], model


# ------------------------------------------------------------------ 4 Elsworth Township, OH: numbered items, retake
def elsworth(r):
    agency = "Elsworth Township Police Department, OH [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 7, (7, 9))
    seq = 860 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"E26-{seq:05d}"
        if rec["disposition"] == "Citation issued":
            rec["rel"] = [("citation", f"C{r.randint(300000, 399999)}")]
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L, W = "sans", 9.5, 13.5, PW - 82 - 46

    def header(k):
        return [(44, 46, "ELSWORTH TOWNSHIP POLICE DEPARTMENT [invented]", "sansb", 13),
                (60, 46, "Incident Summary, April 6 - 12, 2026  \u00b7  Records 555-0119", "sans", 10),
                (68, 46, None, F, S)]

    def footer(k, m):
        return [(754, 46, "Items are numbered in order of report.", "sansi", 8.5),
                (754, 480, f"Page {k} of {m}", "sans", 10)]

    add, finish = paginate(header, footer, 92, 724)
    for k, rec in enumerate(recs, 1):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        cit = f" Citation {rec['rel'][0][1]}." if rec["rel"] else ""
        txt = (f"{rec['case_number']} {D} Reported {rec['reported_at']}. {rec['type']}, {rec['location']}.{occ}"
               f"{cit} Disposition: {rec['disposition']}.")
        rec["txt"] = f"{k}.  {txt}"
        rec["page"] = add([(46, f"{k}.", F, S, 0)] + [(82, ln, F, S, L) for ln in wrap(txt, F, S, W)], gap=5)[0]
    add([(46, f"Total incidents: {len(recs)}.", "sansb", 10, 14)])
    pages = finish()
    m = len(pages)
    assert m >= 3, m
    order = [0, 1, 1] + list(range(2, m))  # page 2 photographed twice: a spoilt shot, then the retake
    shots, photos = [], []
    for j, k in enumerate(order):
        spoilt = j == 1
        if DRAW:
            photo, _ = photograph(render(pages[k], 2.2), r, (1440, 1920), "laminate", cover=0.86,
                                  glare=0.5 if spoilt else 0.3, shadow=0.5 if spoilt else 0.3, blur_side="left",
                                  motion=1 if spoilt else 0, angle=r.uniform(5, 7) if spoilt else None)
            shots.append(jpeg(photo, 60 if spoilt else 66))
        photos.append({"pdf_page": j + 1, "shows_page": k + 1, "retake_of": j if j == 2 else None})
    model = {"pages": [page_text(p) for p in pages], "photos": photos}
    if not DRAW:
        return None, model
    path = D4 / "elsworth-incident-summary-2026-04-06-12-photos.pdf"
    write_pdf(path, shots, page_size=(612, 792))
    p2 = [rec["case_number"] for rec in recs if rec["page"] == 1]
    nc = sum(bool(rec["rel"]) for rec in recs)
    return [entry(path, agency, "weekly incident summary, phone photos printed to PDF", "numbered items",
                  f"{len(order)} phone photos (JPEG quality 60-66, 1440x1920) of {m} printed pages, each centred on "
                  "a letter page with a white margin (printed from the phone's photo app); page 2 photographed "
                  "twice (PDF pages 2 and 3)",
                  recs,
                  f"Numbered items with a hanging number: `{recs[3]['txt']}`; items are kept whole. {nc} items print "
                  "a citation number (`Citation C123456.`, listed in `related_numbers`, kind `citation`). Photos on "
                  "a laminate desk with keystone, rotation, shadow, glare and blur toward the left. No text layer. "
                  "Trap: page 2 was photographed twice: the first shot (PDF page 2) is tilted more, motion-blurred, "
                  "with a heavy shadow and glare, and the clerk retook it (PDF page 3); both went into the PDF, so "
                  f"`Page 2 of {m}` is printed on two PDF pages and items {p2[0]} ... {p2[-1]} ({len(p2)} records) "
                  "appear twice. They are one record each, counted once; the item numbers run 1..N once. Ends "
                  "`Total incidents: N.`",
                  "items counted by the generator; item numbers run 1 to N and the closing line gives the count",
                  extra={"retake": {"pdf_pages": [2, 3], "printed_page": 2, "records": p2}})], model


# ------------------------------------------------------------------ 5 Farrowdale County, NV: CAD report, newest first
def farrowdale(r):
    agency = "Farrowdale County Sheriff's Office, NV [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 19), 5, (13, 16), short=True, upper=True)
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 120 + r.randint(0, 40)
    cad = 0
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"FC26-{seq:05d}"
        rec["disposition"] = codes[rec["disposition"]]
        cad += r.randint(4, 19)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "mono", 9.5, 13

    def header(k):
        return [(40, 34, "FARROWDALE COUNTY SHERIFF [invented]   CAD INCIDENT REPORT   CADR-11", "monob", S),
                (40 + L, 34, "PERIOD 01/19/26-01/23/26   RUN 01/24/26 06:02   DISPATCH 555-0166", F, S),
                (40 + 2.5 * L, 34, "INCIDENT     REPORTED        NATURE                   LOCATION", "monob", S),
                (40 + 3.5 * L, 34, "             OCCURRED                      DISP  DEP  CAD NO", "monob", S),
                (40 + 4.2 * L, 34, None, F, S)]

    def footer(k, m):
        return [(752, 34, f"PAGE {k} OF {m}", F, S)]

    add, finish = paginate(header, footer, 40 + 6 * L, 730)
    for rec in recs:
        occ = "" if rec["occ"] is None else rec.get("occurred_at") or f"{rec['occurred_from']}-{rec['occurred_to']}"
        lines = [f"{rec['case_number']:<13}{rec['reported_at']:<16}{rec['type'][:24]:<25}{rec['location']}",
                 f"{'':13}{occ:<30}{rec['disposition']:<6}{rec['badge']:<5}{rec['rel'][0][1]}"]
        rec["lines"] = lines
        rec["page"] = add([(34, ln, F, S, L) for ln in lines], gap=5)[0]
    add([(34, "-" * 40, F, S, L), (34, f"TOTAL INCIDENTS: {len(recs)}", "monob", S, L),
         (34, "DISP: RPT REPORT  ARR ARREST  CIT CITATION  REF REFERRED  UNF UNFOUNDED", F, S, L),
         (34, "      CLR CLEARED  WRN WARNING  GOA GONE ON ARRIVAL  OPN OPEN", F, S, L)])
    pages = finish()
    m = len(pages)
    assert m == 4, m
    shots, photos = [], []
    for j, k in enumerate(reversed(range(m))):
        if DRAW:
            photo, _ = photograph(render(pages[k], 2.3), r, (1500, 2000), "wood", cover=0.86,
                                  glare=0.5 if k == 1 else 0.3, shadow=0.35, blur_side="right" if k % 2 else "left")
            shots.append(jpeg(photo, 64))
        photos.append({"pdf_page": j + 1, "shows_page": k + 1})
    model = {"pages": [page_text(p) for p in pages], "photos": photos}
    if not DRAW:
        return None, model
    path = D5 / "farrowdale-county-cad-incident-report-2026-01-19-23-photos.pdf"
    write_pdf(path, shots)
    return [entry(path, agency, "CAD incident report, phone photos shared newest first",
                  "other: CAD report, two lines per record",
                  f"{m} phone photos (JPEG quality 64, 1500x2000), one per printed page, in the order the phone's "
                  f"gallery shared them: newest first (PDF page 1 shows `PAGE {m} OF {m}`, PDF page {m} shows "
                  f"`PAGE 1 OF {m}`)",
                  recs,
                  f"A CAD report in a monospaced font, two lines per incident: `{' '.join(recs[4]['lines'][0].split())}` "
                  f"and below it `{' '.join(recs[4]['lines'][1].split())}` (occurred time or `from-to` range, a "
                  "disposition code with a legend at the end, the deputy's badge and a ten-digit CAD number, listed "
                  "in `related_numbers`, kind `cad`). Photographed on a wooden desk with keystone, rotation, a "
                  "shadow, blur toward one side and a strong glare patch on page 2. No text layer. Trap: the clerk "
                  "sent the photos from the phone's gallery, which shares newest first, so the PDF holds the pages "
                  f"in reverse order ({m}, {m - 1}, ..., 1): the PDF opens with the end of the report (total and "
                  "legend), and read in PDF order the records run backwards page by page while each page still "
                  "runs forwards; only the `PAGE k OF m` lines give the order. Ends `TOTAL INCIDENTS: N`.",
                  "records counted by the generator; the closing total gives the count")], model


AGENCIES = [("brindlecombe-wi-pd", 1, brindlecombe), ("castlemoor-county-mt-so", 2, castlemoor),
            ("dunmere-vt-pd", 3, dunmere), ("elsworth-township-oh-pd", 4, elsworth),
            ("farrowdale-county-nv-so", 5, farrowdale)]
D1 = D2 = D3 = D4 = D5 = HERE
DRAW = True


def models():
    """The printed pages only, no photos or files: {folder: {"pages": printed text of each page, "photos": which
    printed page each PDF page shows, ...}}. The records and pages are drawn before any photo, so they are the
    same as in the PDFs."""
    global DRAW
    DRAW = False
    try:
        return {name: fn(random.Random(SEED + k))[1] for name, k, fn in AGENCIES}
    finally:
        DRAW = True


def main():
    global D1, D2, D3, D4, D5
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    dirs = []
    for name, _, _ in AGENCIES:
        d = out / name
        d.mkdir(parents=True, exist_ok=True)
        dirs.append(d)
    D1, D2, D3, D4, D5 = dirs
    for (_name, k, fn), d in zip(AGENCIES, dirs):
        gt, _ = fn(random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
