"""Generate a held-out set of incident logs whose text layer does not match the print (blind_logs179).

Five agencies, five layouts, one broken text layer each: a table whose embedded font carries a ToUnicode
map that is wrong on the digits only (digits extract as other digits, in a fixed permutation); labelled
blocks set in an embedded TrueType font used as a CID font (Identity-H) with no ToUnicode map, so the text
extracts as glyph ids (letters shifted by 29 code points, digits and spaces as control characters); prose
paragraphs converted to vector outlines (filled paths, no text and no images); numbered items set in a
Type3 font of small bitmap glyphs named a1, a2, ... in order of first use, with no ToUnicode map; and a
two-line dispatch report in which only the id column's font is broken (a symbolic subset font that puts
the digits at the codes of the letters A-J), while the CAD numbers beside it extract correctly.
The PDFs are written object by object (no PDF library), with fonts taken from the Bitstream Vera files
that ship with reportlab. Everything is invented. Output is deterministic: fixed seed, no dates.
Run:
    python tests/documents/blind_logs179/make_blind_logs179.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026179
FONTS = Path(reportlab.__file__).parent / "fonts"
PAGE_W, PAGE_H = 612, 792
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
PLACES = ["Transit Center", "Library Annex", "Rodeo Grounds", "High School Lot", "Boat Launch", "Grange Hall"]
# Alderbrook: the digits as the wrong ToUnicode map gives them (printed digit -> extracted digit)
PERM = dict(zip("0123456789", "8470915263"))


# ------------------------------------------------------------------ TrueType reading (Bitstream Vera)
class TTF:
    """Just enough of a TrueType file: tables, advance widths, the (3,1) cmap, simple glyph outlines."""

    def __init__(self, path):
        self.path = path
        self.data = Path(path).read_bytes()
        d = self.data
        self.tables = {}
        for i in range(struct.unpack(">H", d[4:6])[0]):
            tag, _, off, ln = struct.unpack(">4sIII", d[12 + 16 * i: 28 + 16 * i])
            self.tables[tag.decode()] = (off, ln)
        self.upm = struct.unpack(">H", self.table("head")[18:20])[0]
        self.loca_long = struct.unpack(">h", self.table("head")[50:52])[0]
        self.nglyphs = struct.unpack(">H", self.table("maxp")[4:6])[0]
        nh = struct.unpack(">H", self.table("hhea")[34:36])[0]
        hm = self.table("hmtx")
        self.adv = [struct.unpack(">H", hm[4 * min(i, nh - 1): 4 * min(i, nh - 1) + 2])[0] for i in range(self.nglyphs)]
        self.cmap = self._cmap()

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.table("cmap")
        for i in range(struct.unpack(">H", c[2:4])[0]):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i: 12 + 8 * i])
            if (pid, eid) == (3, 1):
                break
        s = c[off:]
        seg2 = struct.unpack(">H", s[6:8])[0]
        seg = seg2 // 2
        ends = struct.unpack(f">{seg}H", s[14:14 + seg2])
        starts = struct.unpack(f">{seg}H", s[16 + seg2:16 + 2 * seg2])
        deltas = struct.unpack(f">{seg}h", s[16 + 2 * seg2:16 + 3 * seg2])
        rpos = 16 + 3 * seg2
        roffs = struct.unpack(f">{seg}H", s[rpos:rpos + seg2])
        out = {}
        for k in range(seg):
            for ch in range(starts[k], min(ends[k], 0xFFFE) + 1):
                if roffs[k] == 0:
                    g = (ch + deltas[k]) & 0xFFFF
                else:
                    p = rpos + 2 * k + roffs[k] + 2 * (ch - starts[k])
                    g = struct.unpack(">H", s[p:p + 2])[0]
                    g = (g + deltas[k]) & 0xFFFF if g else 0
                if g:
                    out[ch] = g
        return out

    def gid(self, ch):
        return self.cmap[ord(ch)]

    def width(self, ch):
        return self.adv[self.gid(ch)] * 1000 / self.upm

    def text_width(self, text, size):
        return sum(self.width(c) for c in text) * size / 1000

    def contours(self, gid):
        loca = self.table("loca")
        if self.loca_long:
            a, b = struct.unpack(">II", loca[4 * gid: 4 * gid + 8])
        else:
            a, b = (2 * x for x in struct.unpack(">HH", loca[2 * gid: 2 * gid + 4]))
        g = self.table("glyf")[a:b]
        if not g:
            return []
        nc = struct.unpack(">h", g[:2])[0]
        assert nc >= 0, "composite glyph"
        ends = struct.unpack(f">{nc}H", g[10:10 + 2 * nc])
        p = 12 + 2 * nc + struct.unpack(">H", g[10 + 2 * nc:12 + 2 * nc])[0]
        flags = []
        while len(flags) < ends[-1] + 1:
            f = g[p]
            p += 1
            flags.append(f)
            if f & 8:
                flags += [f] * g[p]
                p += 1
        vals = []
        for short, same in ((2, 16), (4, 32)):
            v, out = 0, []
            for f in flags:
                if f & short:
                    v += g[p] if f & same else -g[p]
                    p += 1
                elif not f & same:
                    v += struct.unpack(">h", g[p:p + 2])[0]
                    p += 2
                out.append(v)
            vals.append(out)
        res, s = [], 0
        for e in ends:
            res.append([(vals[0][i], vals[1][i], flags[i] & 1) for i in range(s, e + 1)])
            s = e + 1
        return res

    def outline(self, ch):
        """The glyph as PDF path operators (cubic curves), in units of 1/100 em, origin at the pen."""
        k = 100 / self.upm
        ops = []

        def pt(x, y):
            return f"{round(x * k)} {round(y * k)}"

        for c in self.contours(self.gid(ch)):
            st = next((i for i in range(len(c)) if c[i][2]), None)
            if st is None:
                continue
            pts = c[st:] + c[:st] + [c[st]]
            ops.append(pt(*pts[0][:2]) + " m")
            cur, i = pts[0][:2], 1
            while i < len(pts):
                x, y, on = pts[i]
                if on:
                    ops.append(pt(x, y) + " l")
                    cur, i = (x, y), i + 1
                    continue
                nx, ny, non = pts[i + 1]
                ex, ey = (nx, ny) if non else ((x + nx) / 2, (y + ny) / 2)
                c1 = (cur[0] + 2 / 3 * (x - cur[0]), cur[1] + 2 / 3 * (y - cur[1]))
                c2 = (ex + 2 / 3 * (x - ex), ey + 2 / 3 * (y - ey))
                ops.append(f"{pt(*c1)} {pt(*c2)} {pt(ex, ey)} c")
                cur, i = (ex, ey), i + (2 if non else 1)
            ops.append("h")
        return " ".join(ops)


def with_cmap(font, mapping):
    """The font file with its cmap replaced by (1,0) and (3,0) subtables: code -> glyph of another char."""
    f0 = bytearray(256)
    for code, ch in mapping.items():
        f0[code] = font.gid(ch)
    sub0 = struct.pack(">HHH", 0, 262, 0) + bytes(f0)
    segs = sorted((0xF000 + code, font.gid(ch)) for code, ch in mapping.items()) + [(0xFFFF, 0)]
    n = len(segs)
    ends = b"".join(struct.pack(">H", c) for c, _ in segs)
    starts = ends  # one code per segment
    deltas = b"".join(struct.pack(">H", (g - c) & 0xFFFF if c != 0xFFFF else 1) for c, g in segs)
    sr = 2 ** (n.bit_length() - 1) * 2
    body = (struct.pack(">HHH", n * 2, sr, (n.bit_length() - 1)) + struct.pack(">H", n * 2 - sr) + ends
            + b"\0\0" + starts + deltas + b"\0\0" * n)
    sub4 = struct.pack(">HHH", 4, 6 + len(body), 0) + body
    cmap = struct.pack(">HH", 0, 2) + struct.pack(">HHI", 1, 0, 20) + struct.pack(">HHI", 3, 0, 20 + len(sub0))
    cmap += sub0 + sub4
    tables = {tag: font.table(tag) for tag in font.tables}
    tables["cmap"] = cmap
    tags = sorted(tables)
    d = font.data
    out = bytearray(d[:12])
    off = 12 + 16 * len(tags)
    directory, blobs = bytearray(), bytearray()
    for tag in tags:
        t = tables[tag]
        padded = t + b"\0" * (-len(t) % 4)
        cs = sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
        directory += struct.pack(">4sIII", tag.encode(), cs, off + len(blobs), len(t))
        blobs += padded
    return bytes(out + directory + blobs)


# ------------------------------------------------------------------ a small PDF writer
class PDF:
    def __init__(self):
        self.objs = []

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def reserve(self):
        return self.add(None)

    def set(self, n, body):
        self.objs[n - 1] = body

    def stream(self, data, extra=""):
        if isinstance(data, str):
            data = data.encode("latin-1")
        data = zlib.compress(data, 9)
        return self.add(f"<< /Length {len(data)}{extra} /Filter /FlateDecode >>\nstream\n".encode() + data
                        + b"\nendstream")

    def save(self, path, pages, resources, title):
        """pages: content strings; resources: the resource dictionary shared by every page."""
        parent = self.reserve()
        res = self.add(resources)
        kids = []
        for content in pages:
            cs = self.stream(content)
            kids.append(self.add(f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                                 f"/Contents {cs} 0 R /Resources {res} 0 R >>"))
        self.set(parent, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
        cat = self.add(f"<< /Type /Catalog /Pages {parent} 0 R >>")
        info = self.add(f"<< /Title ({title}) /Producer (RMS print service 4.2) >>")
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(self.objs, 1):
            offs.append(len(out))
            out += f"{i} 0 obj\n".encode() + (o.encode("latin-1") if isinstance(o, str) else o) + b"\nendobj\n"
        x = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{x}\n"
                "%%EOF\n").encode()
        Path(path).write_bytes(bytes(out))


def descriptor(pdf, name, font_file, flags):
    ff = pdf.stream(font_file, f" /Length1 {len(font_file)}")
    return pdf.add(f"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [-183 -236 1287 928] "
                   f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {ff} 0 R >>")


def tounicode(mapping):
    """A ToUnicode CMap for one-byte codes: code -> unicode string."""
    lines = [f"<{c:02X}> <{''.join(f'{ord(u):04X}' for u in s)}>" for c, s in sorted(mapping.items())]
    chunks = [lines[i:i + 100] for i in range(0, len(lines), 100)]
    body = "".join(f"{len(ch)} beginbfchar\n" + "\n".join(ch) + "\nendbfchar\n" for ch in chunks)
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" + body
            + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


VERA = {"R": TTF(FONTS / "Vera.ttf"), "B": TTF(FONTS / "VeraBd.ttf")}
VERA["ID"] = VERA["B"]
ASCII = [chr(c) for c in range(32, 127)]
IDMAP = {0x41 + d: str(d) for d in range(10)} | {0x2D: "-"}  # the id font's codes: A-J are the digits


def winansi_font(pdf, key, name, to_unicode=None):
    font = VERA[key]
    desc = descriptor(pdf, name, font.data, 32)
    widths = " ".join(f"{font.width(c):.0f}" for c in ASCII)
    tu = ""
    if to_unicode:
        tu = f" /ToUnicode {pdf.stream(tounicode(to_unicode))} 0 R"
    return pdf.add(f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 126 "
                   f"/Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor {desc} 0 R{tu} >>")


class Renderer:
    """Turns pages of text items (x, y, text, font key, size) into content streams and resources, in one of
    five ways: perm (digits wrong in ToUnicode), identity (CID glyph ids, no ToUnicode), outline (paths),
    type3 (bitmap glyphs, first-use codes), idcol (the id column in a symbolic font, the rest good)."""

    def __init__(self, mode):
        self.mode = mode
        self.pdf = PDF()
        self.t3codes = {"R": {}, "B": {}}

    def string(self, key, text):
        if self.mode == "identity":
            return "<" + "".join(f"{VERA[key].gid(c):04X}" for c in text) + ">"
        if self.mode == "type3":
            codes = self.t3codes[key]
            for c in text:
                codes.setdefault(c, len(codes) + 1)
            return "<" + "".join(f"{codes[c]:02X}" for c in text) + ">"
        if key == "ID":
            inv = {v: k for k, v in IDMAP.items()}
            return "<" + "".join(f"{inv[c]:02X}" for c in text) + ">"
        return "<" + "".join(f"{ord(c):02X}" for c in text) + ">"

    def content(self, items):
        out = []
        for x, y, text, key, size in items:
            if text is None:  # a rule
                out.append(f"0.5 w {x:.2f} {y:.2f} m {size:.2f} {y:.2f} l S")
                continue
            if self.mode == "outline":
                font, k, pen = VERA[key], size / 100, x
                for c in text:
                    if c != " ":
                        out.append(f"q {k:.3f} 0 0 {k:.3f} {pen:.2f} {y:.2f} cm {font.outline(c)} f Q")
                    pen += font.width(c) * size / 1000
                continue
            out.append(f"BT /F{key} {size:g} Tf {x:.2f} {y:.2f} Td {self.string(key, text)} Tj ET")
        return "\n".join(out)

    def save(self, path, pages, title):
        contents = [self.content(items) for items in pages]
        pdf = self.pdf
        fonts = {}
        if self.mode == "perm":
            tu = {ord(c): "".join(PERM.get(c, c)) for c in ASCII}
            fonts["R"] = winansi_font(pdf, "R", "GKQRAB+BitstreamVeraSans-Roman", tu)
            fonts["B"] = winansi_font(pdf, "B", "GKQRAC+BitstreamVeraSans-Bold", tu)
        if self.mode == "idcol":
            fonts["R"] = winansi_font(pdf, "R", "BitstreamVeraSans-Roman")
            fonts["B"] = winansi_font(pdf, "B", "BitstreamVeraSans-Bold")
            desc = descriptor(pdf, "PLMXQA+RMSIdBold", with_cmap(VERA["B"], IDMAP), 4)
            widths = " ".join(f"{VERA['B'].width(IDMAP[c]) if c in IDMAP else 0:.0f}" for c in range(0x2D, 0x4B))
            fonts["ID"] = pdf.add(f"<< /Type /Font /Subtype /TrueType /BaseFont /PLMXQA+RMSIdBold /FirstChar 45 "
                                  f"/LastChar 74 /Widths [{widths}] /FontDescriptor {desc} 0 R >>")
        if self.mode == "identity":
            for key, name in (("R", "CXWRAA+BitstreamVeraSans-Roman"), ("B", "CXWRAB+BitstreamVeraSans-Bold")):
                font = VERA[key]
                desc = descriptor(pdf, name, font.data, 4)
                w = " ".join(f"{g} [{font.adv[g] * 1000 / font.upm:.0f}]" for g in range(font.nglyphs))
                cid = pdf.add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << "
                              f"/Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R "
                              f"/CIDToGIDMap /Identity /W [{w}] >>")
                fonts[key] = pdf.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
                                     f"/DescendantFonts [{cid} 0 R] >>")
        if self.mode == "type3":
            for key in ("R", "B"):
                fonts[key] = self.type3(key)
        font_res = " ".join(f"/F{k} {v} 0 R" for k, v in fonts.items())
        pdf.save(path, contents, f"<< /Font << {font_res} >> /ProcSet [/PDF /Text /ImageB] >>", title)

    def type3(self, key):
        """A Type3 font of 1-bit bitmap glyphs (40 pixels to the em) named a1, a2, ... in order of first use."""
        font, px = VERA[key], 40
        pil = ImageFont.truetype(str(font.path), px)
        asc = pil.getmetrics()[0]
        u = 1000 / px
        procs = {}
        for c, code in self.t3codes[key].items():
            wx = font.width(c)
            if c == " ":
                procs[code] = f"{wx:.0f} 0 0 0 0 0 d1"
                continue
            left, top, right, bottom = pil.getbbox(c)
            im = Image.new("1", (right - left, bottom - top), 0)
            ImageDraw.Draw(im).text((-left, -top), c, font=pil, fill=1)
            w, h = im.size
            llx, ury = left * u, (asc - top) * u
            procs[code] = (f"{wx:.0f} 0 {llx:.0f} {ury - h * u:.0f} {llx + w * u:.0f} {ury:.0f} d1\n"
                           f"q {w * u:.2f} 0 0 {h * u:.2f} {llx:.2f} {ury - h * u:.2f} cm\n"
                           f"BI /IM true /W {w} /H {h} /BPC 1 /D [1 0] /F /AHx ID\n{im.tobytes().hex()}>\nEI Q")
        refs = {code: self.pdf.stream(body) for code, body in procs.items()}
        n = len(procs)
        cps = " ".join(f"/a{code} {refs[code]} 0 R" for code in sorted(refs))
        widths = {code: VERA[key].width(c) for c, code in self.t3codes[key].items()}
        return self.pdf.add(
            f"<< /Type /Font /Subtype /Type3 /FontBBox [-200 -250 1400 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
            f"/CharProcs << {cps} >> /Encoding << /Type /Encoding /Differences [1 "
            f"{' '.join(f'/a{i}' for i in range(1, n + 1))}] >> /FirstChar 1 /LastChar {n} "
            f"/Widths [{' '.join(f'{widths[i]:.0f}' for i in range(1, n + 1))}] /Resources << >> >>")


# ------------------------------------------------------------------ records and page layout
def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def location(r, short=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        return f"{r.randint(1, 48) * 100} block of {r.choice(STREETS)[i]}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    return r.choice(PLACES)


def make_recs(r, first_day, days, per_day, short=False):
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


def set_times(recs, fmt):
    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])


def wrap(text, key, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and VERA[key].text_width(trial, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


def paginate(header, footer, top, bottom):
    """add(lines) puts (x, text, key, size, lead) lines on the current page, whole (keep) or broken."""
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
        for x, text, key, size, lead in lines:
            if state["y"] < bottom:
                new_page()
            pages[-1].append((x, state["y"], text, key, size))
            if not used or used[-1] != len(pages) - 1:
                used.append(len(pages) - 1)
            state["y"] -= lead
        state["y"] -= gap
        return used

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, text_layer, recs, notes, count_check):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs179.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
        "text_layer": text_layer, "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to",
                           "location", "disposition"],
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs179.py) from the records it drew, as "
                               "printed (visible on the rendered page), not as the text layer gives them; "
                               "checked by check_blind_logs179.py against tesseract OCR of the pages rendered "
                               "with pypdfium2 and against the text layer decoded with the known fault",
        "record_count_check": count_check, "notes": notes,
    }


def footer_line(text, size=8):
    return (PAGE_W - 54 - VERA["R"].text_width(text, size), 36, text, "R", size)


# 1 ------------------------------------------------------------------ Alderbrook, WA: table, digits wrong in ToUnicode
def alderbrook(d, r):
    agency = "Alderbrook Police Department, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 2), 14, (4, 6), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 31400 + r.randint(0, 90)
    short = {"Report taken": "Report", "Arrest made": "Arrest", "Citation issued": "Citation",
             "Referred to investigations": "Referred", "Unfounded": "Unfounded", "Cleared - no action": "Cleared",
             "Warning given": "Warning", "Gone on arrival": "GOA", "Open - pending": "Open"}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:06d}"
        rec["disposition"] = short[rec["disposition"]]
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, lambda t: t.strftime("%m/%d/%Y %H:%M"))
    S, L = 8, 14
    cols = [("Case No.", 36), ("Reported", 92), ("Occurred", 172), ("Incident Type", 252), ("Location", 362),
            ("Disp.", 530)]
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]
        for k, v in enumerate(vals):
            right = cols[k + 1][1] if k + 1 < len(cols) else 580
            assert cols[k][1] + VERA["R"].text_width(v, S) < right - 5, v

    def header(k):
        return [(40, 744, "ALDERBROOK POLICE DEPARTMENT [invented]", "B", 13),
                (40, 728, "Daily Incident Log  03/02/2026 - 03/15/2026   Records Unit 555-0147", "R", 9.5),
                (40, 718, None, "R", 572)] + [(x, 704, t, "B", S) for t, x in cols] + [(40, 698, None, "R", 572)]

    def footer(k, m):
        return [(40, 36, "RMS report CL-17  printed 03/16/2026 07:05", "R", 8), footer_line(f"Page {k} of {m}", 9)]

    add, finish = paginate(header, footer, 684, 60)
    for rec in recs:
        vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]
        items = [(x, v, "R", S, 0) for v, (_, x) in zip(vals, cols) if v]
        add(items[:-1] + [items[-1][:4] + (L,)])
    add([(40, f"Total incidents: {n}", "B", 9.5, 14)])
    pages = finish()
    path = d / "alderbrook-daily-incident-log-2026-03-02-15.pdf"
    Renderer("perm").save(path, pages, "Daily Incident Log")
    perm = ", ".join(f"{a}->{b}" for a, b in PERM.items())
    ex = recs[0]["case_number"]
    return [entry(path, agency, "two-week daily incident log", "table with header",
                  f"wrong on the digits: the embedded font's ToUnicode map sends every digit to another digit ({perm})",
                  recs,
                  "A table with a header (`Case No.  Reported  Occurred  Incident Type  Location  Disp.`), one row "
                  "per incident, `Page k of m` and a print line at the foot of every page, ending `Total incidents: "
                  "N`. Occurred is a single time or blank. Trap: the embedded Bitstream Vera subset carries a "
                  "ToUnicode map that is right for every letter and wrong for every digit: each digit extracts as "
                  f"another digit in one fixed permutation ({perm}). The page shows `{ex}`; `pdftotext` gives "
                  f"`{''.join(PERM.get(c, c) for c in ex)}`. The extracted ids have the right shape and count, "
                  "so nothing looks wrong; dates and times come out as other (sometimes impossible) dates and "
                  "times, the total and page numbers are wrong too. Ground truth is what is printed.",
                  "rows counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Corvell County, MT: blocks, Identity-H, no ToUnicode
def corvell(d, r):
    agency = "Corvell County Sheriff's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 14, (2, 4))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1600 + r.randint(0, 90)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"CC26-{seq:05d}"
    set_times(recs, lambda t: t.strftime("%m/%d/%Y %H:%M"))
    S, L = 9.5, 13

    def header(k):
        return [(54, 746, "CORVELL COUNTY SHERIFF'S OFFICE [invented]", "B", 12),
                (54, 732, "Incident Activity Report  -  02/02/2026 through 02/15/2026  -  Dispatch 555-0161", "R", 9),
                (54, 724, None, "R", 558)]

    def footer(k, m):
        return [(54, 36, "Corvell County SO  -  Incident Activity Report", "R", 8), footer_line(f"Page {k} of {m}")]

    add, finish = paginate(header, footer, 704, 60)
    for rec in recs:
        if rec["occ"] is None:
            occ = "Unknown"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} to {rec['occurred_to']}"
        rows = [[("Incident No:", 54, "B"), (rec["case_number"], 130, "B"), ("Received:", 330, "B"),
                 (rec["reported_at"], 392, "R")],
                [("Nature:", 54, "B"), (rec["type"], 130, "R"), ("Deputy:", 330, "B"), (f"#{rec['badge']}", 392, "R")],
                [("Location:", 54, "B"), (rec["location"], 130, "R")],
                [("Occurred:", 54, "B"), (occ, 130, "R")],
                [("Disposition:", 54, "B"), (rec["disposition"], 130, "R")]]
        lines = []
        for row in rows:
            lines += [(x, t, key, S, 0) for t, x, key in row[:-1]] + [(row[-1][1], row[-1][0], row[-1][2], S, L)]
        lines.append((54, None, "R", 558, 12))
        add(lines, gap=2)
    add([(54, f"Incidents listed: {n}", "B", 10, 14)])
    pages = finish()
    path = d / "corvell-county-incident-activity-2026-02-02-15.pdf"
    Renderer("identity").save(path, pages, "Incident Activity Report")
    ex = recs[0]["case_number"]
    garb = "".join(chr(VERA["B"].gid(c)) for c in ex)
    return [entry(path, agency, "two-week incident activity report", "labelled blocks",
                  "glyph ids, not characters: embedded TrueType fonts used as CID fonts (Identity-H) with no "
                  "ToUnicode map", recs,
                  "Labelled blocks, one per incident (`Incident No:` / `Received:`, `Nature:` / `Deputy:`, "
                  "`Location:`, `Occurred:` a time, a `from to to` range or `Unknown`, `Disposition:`), a rule "
                  "between blocks, labels in bold, ending `Incidents listed: N`. Trap: both fonts are embedded "
                  "Bitstream Vera subsets used as CID fonts with Identity-H encoding and no ToUnicode map, so the "
                  "text layer holds glyph ids: every letter and punctuation mark extracts 29 code points lower "
                  "(`Case` -> `&DVH`), digits and spaces extract as control characters (U+0013-U+001C, U+0003) "
                  "and capitals M-V as digits. "
                  f"The page shows `{ex}`; `pdftotext` gives {json.dumps(garb)}. No id, date or word of the "
                  "log is in the text layer; ground truth is what is printed.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Dunmere, VT: prose converted to outlines
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "", ""]


def dunmere(d, r):
    agency = "Dunmere Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 7, (6, 9))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 410 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["disposition"] = rec["disposition"].lower()
    set_times(recs, lambda t: f"{t.month}/{t.day}/{t:%y} {t:%H%M} hrs")
    S, L, W = 10, 13.5, PAGE_W - 2 * 60

    def header(k):
        if k == 1:
            return [(60, 740, "DUNMERE POLICE DEPARTMENT [invented]", "B", 14),
                    (60, 724, "Weekly Police Log, March 16 - 22, 2026, as sent to the Dunmere Ledger", "R", 10),
                    (60, 711, "Records: 555-0139. Times are 24-hour.", "R", 9), (60, 703, None, "R", 552)]
        return [(60, 744, "Dunmere PD [invented]  -  Weekly Police Log, March 16 - 22, 2026", "R", 9),
                (60, 738, None, "R", 552)]

    def footer(k, m):
        text = f"Page {k} of {m}"
        return [((PAGE_W - VERA["R"].text_width(text, 9)) / 2, 36, text, "R", 9)]

    add, finish = paginate(header, footer, 684, 64)
    add([])
    for rec in recs:
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f"Occurred at about {rec['occurred_at']}. "
        else:
            occ = f"Occurred between {rec['occurred_from']} and {rec['occurred_to']}. "
        narr = r.choice(NARR)
        txt = (f"{rec['reported_at']} - {rec['type']} at {rec['location']}. {occ}{narr + ' ' if narr else ''}"
               f"Case {rec['case_number']}; {rec['disposition']}. Officer #{rec['badge']}.")
        rec["txt"] = txt
        add([(60, ln, "R", S, L) for ln in wrap(txt, "R", S, W)], gap=5)
    add([(60, f"Entries in this log: {n}.", "B", 10, 14)])
    pages = finish()
    path = d / "dunmere-weekly-police-log-2026-03-16-22-outlined.pdf"
    Renderer("outline").save(path, pages, "Weekly Police Log")
    return [entry(path, agency, "weekly police log for a local paper, text converted to outlines", "free text",
                  "none: every character is drawn as a filled vector path (text converted to outlines); no fonts "
                  "and no images", recs,
                  f"Prose paragraphs, one per entry: `{recs[1]['txt']}`; paragraphs are kept whole; the page header "
                  "changes after page 1; `Page k of m` at the foot; ends `Entries in this log: N.` The id is the one "
                  "`Case` number in the paragraph; the leading date and time is the reported time. Trap: the PDF "
                  "was made with text converted to outlines: every letter is a filled vector path (curves from the "
                  "font's glyph outlines), so the pages show ordinary text but hold no text at all (`pdftotext` "
                  "gives only page breaks), no fonts and no images either; only rendering and OCR can read it.",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Eskerby, MI: numbered items, Type3 bitmap font
def eskerby(d, r):
    agency = "Eskerby Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 6), 12, (4, 6), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1180 + r.randint(0, 60)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"2026-{seq:06d}"
    set_times(recs, lambda t: t.strftime("%m/%d/%Y %H:%M"))
    S, L, W = 9.5, 12.5, PAGE_W - 84 - 54

    def header(k):
        return [(54, 746, "ESKERBY POLICE DEPARTMENT [invented]", "B", 12),
                (54, 732, "Incident Summary, April 6 - 17, 2026   Front desk 555-0118", "R", 9),
                (54, 724, None, "R", 558)]

    def footer(k, m):
        return [(54, 36, "Items are numbered in order of report.", "R", 8), footer_line(f"Page {k} of {m}", 9)]

    add, finish = paginate(header, footer, 704, 60)
    for k, rec in enumerate(recs, 1):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        txt = (f"{rec['case_number']}  Reported {rec['reported_at']}. {rec['type']}, {rec['location']}.{occ} "
               f"Officer #{rec['badge']}. Disposition: {rec['disposition']}.")
        rec["txt"] = f"{k}. {txt}"
        add([(54, f"{k}.", "B", S, 0)] + [(84, ln, "R", S, L) for ln in wrap(txt, "R", S, W)], gap=4)
    add([(54, f"Total items: {n}.", "B", 10, 14)])
    pages = finish()
    path = d / "eskerby-incident-summary-2026-04-06-17.pdf"
    Renderer("type3").save(path, pages, "Incident Summary")
    return [entry(path, agency, "incident summary, numbered items", "numbered items",
                  "codes only: Type3 fonts of bitmap glyphs named a1, a2, ... in order of first use, no ToUnicode "
                  "map", recs,
                  f"Numbered items with a hanging number: `{recs[2]['txt']}`; items are kept whole; `Page k of m` "
                  "at the foot; ends `Total items: N.` Trap: the text is set in two Type3 fonts (regular and bold) "
                  "whose glyphs are small 1-bit bitmaps (inline image masks, 40 pixels to the em) named `a1`, "
                  "`a2`, ... and numbered in order of first use, with no ToUnicode map: the text layer holds "
                  "codes 1, 2, 3, ... that mean nothing (`pdftotext` gives control characters, and past code 32 "
                  "punctuation, digits and letters that stand for other characters), and `pdfimages` lists no images. Only rendering and OCR can read it.",
                  "items counted by the generator; the item numbers run 1 to N and the closing line gives the total")]


# 5 ------------------------------------------------------------------ Fallowmere County, NV: id column font broken
def fallowmere(d, r):
    agency = "Fallowmere County Sheriff's Office, NV [invented]"
    recs = make_recs(r, datetime.datetime(2026, 1, 12), 7, (9, 12), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq, cad = 40200 + r.randint(0, 90), 0
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"26-{seq:06d}"
        rec["disposition"] = codes[rec["disposition"]]
        cad += r.randint(3, 17)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
        rec["unit"] = f"{r.choice('NSEW')}{r.randint(1, 6)}{r.randint(1, 9)}"
    set_times(recs, lambda t: t.strftime("%m/%d/%y %H:%M"))
    S, L = 9, 12.5

    def header(k):
        return [(40, 748, "FALLOWMERE COUNTY SHERIFF'S OFFICE [invented]", "B", 12),
                (40, 734, "Dispatch Incident Report  01/12/26 - 01/18/26  Communications 555-0176", "R", 9),
                (40, 718, "Incident", "B", S), (120, 718, "Reported", "B", S), (200, 718, "Nature", "B", S),
                (340, 718, "Location", "B", S), (120, 706, "Occurred", "B", S), (340, 706, "Unit", "B", S),
                (390, 706, "Disp", "B", S), (430, 706, "CAD No.", "B", S), (40, 700, None, "R", 572)]

    def footer(k, m):
        return [(40, 36, "CAD/RMS export DIR-2  01/19/26 06:00", "R", 8), footer_line(f"Page {k} of {m}", 9)]

    add, finish = paginate(header, footer, 686, 60)
    for rec in recs:
        if rec["occ"] is None:
            occ = "--"
        else:
            occ = rec.get("occurred_at") or f"{rec['occurred_from']} - {rec['occurred_to']}"
        add([(40, rec["case_number"], "ID", S, 0), (120, rec["reported_at"], "R", S, 0), (200, rec["type"], "R", S, 0),
             (340, rec["location"], "R", S, L),
             (120, occ, "R", S, 0), (340, rec["unit"], "R", S, 0), (390, rec["disposition"], "R", S, 0),
             (430, rec["rel"][0][1], "R", S, L + 3)])
    add([(40, None, "R", 572, 12), (40, f"TOTAL INCIDENTS: {n}", "B", 9.5, 13),
         (40, "DISP: RPT report  ARR arrest  CIT citation  REF referred  UNF unfounded  CLR cleared  WRN warning  "
              "GOA gone on arrival  OPN open", "R", 7.5, 12)])
    pages = finish()
    path = d / "fallowmere-county-dispatch-incident-report-2026-01-12-18.pdf"
    Renderer("idcol").save(path, pages, "Dispatch Incident Report")
    ex = recs[0]["case_number"]
    return [entry(path, agency, "weekly dispatch incident report, two lines per incident",
                  "other: two-line dispatch report",
                  "good except the id column: the ids are set in a symbolic subset font whose codes put the digits "
                  "at A-J, with no ToUnicode map", recs,
                  "A dispatch report with two lines per incident: incident number, reported time, nature and "
                  "location on the first line; occurred time or range (`--` when not known), unit, disposition "
                  "code (legend at the end) and a 10-digit CAD number on the second; `Page k of m` at the foot; "
                  "ends `TOTAL INCIDENTS: N`. Trap: only the incident-number column is broken. The ids are set in "
                  "their own bold font, embedded as a symbolic TrueType subset (`RMSIdBold`) whose built-in "
                  "encoding puts the digits 0-9 at the codes of the letters A-J, with no ToUnicode map; the rest "
                  "of the page is in an ordinary font and extracts correctly. The page shows "
                  f"`{ex}`; `pdftotext` gives `{''.join(chr(0x41 + int(c)) if c.isdigit() else c for c in ex)}`, "
                  "while the CAD numbers beside it (listed in `related_numbers`, kind `cad`) extract as printed: "
                  "in the text layer the only long digit strings of each record are the CAD numbers, not the ids.",
                  "records counted by the generator; the closing line gives the total")]


AGENCIES = [("alderbrook-wa-pd", 1, alderbrook), ("corvell-county-mt-so", 2, corvell),
            ("dunmere-vt-pd", 3, dunmere), ("eskerby-mi-pd", 4, eskerby),
            ("fallowmere-county-nv-so", 5, fallowmere)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
