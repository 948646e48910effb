"""Generate a held-out set of incident logs whose PDF files are structurally unusual (blind_logs182).

Five agencies, five layouts, one trap each, all of them about the PDF file rather than the printed page:
a table encrypted with an owner password only (RC4 128, copying not allowed, opens without a password);
labelled blocks saved with an incremental update that replaces two pages' content (the old content
objects stay in the file); prose paragraphs drawn only through nested Form XObjects with a header form
shared by every page; numbered items on pages whose MediaBoxes have a non-zero origin, whose /Rotate (90
or 270) is inherited from the page-tree nodes and whose sizes are mixed; a two-line dispatch listing whose
content streams draw the text column by column, bottom to top, each piece placed absolutely, in a file
whose xref offsets are all wrong. Raw PDF syntax is written by hand (bytes, zlib) except for the
encrypted file (reportlab). Everything is invented. Output is deterministic: fixed seed, reportlab
invariant mode.
Run:
    python tests/documents/blind_logs182/make_blind_logs182.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import zlib
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026182
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


# ------------------------------------------------------------------ a small raw PDF writer
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier", "F4": "Courier-Bold", "F5": "Times-Roman",
         "F6": "Times-Bold", "F7": "Times-Italic"}
FONT_KEY = {v: k for k, v in FONTS.items()}


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def text_op(x, y, s, font, size):
    """One absolutely placed text object."""
    return b"BT /%s %g Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n" % (FONT_KEY[font].encode(), size, x, y, esc(s))


def line_op(x0, y0, x1, y1, w=0.5):
    return b"%g w %.2f %.2f m %.2f %.2f l S\n" % (w, x0, y0, x1, y1)


class Raw:
    """Objects numbered from 1; `body(n)` is the bytes between `n 0 obj` and `endobj`."""

    def __init__(self):
        self.objs = {}
        self.next = 1

    def reserve(self):
        n = self.next
        self.next += 1
        return n

    def put(self, body, n=None):
        n = n or self.reserve()
        self.objs[n] = body if isinstance(body, bytes) else body.encode()
        return n

    def stream(self, head, data, n=None):
        z = zlib.compress(data, 9)
        return self.put(b"<< %s /Filter /FlateDecode /Length %d >>\nstream\n" % (head.encode(), len(z)) + z
                        + b"\nendstream", n)

    def fonts(self):
        refs = []
        for k, v in FONTS.items():
            refs.append(f"/{k} {self.put(f'<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>')} 0 R")
        refs = " ".join(refs)
        return f"<< {refs} >>"

    def serialize(self, root, start=b"", nums=None, prev=None, size=None, offset_error=0):
        """The file (or, with `start`, an incremental update appended to it) with an xref table."""
        out = bytearray(start or b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        for n in sorted(nums if nums is not None else self.objs):
            offs[n] = len(out) + offset_error
            out += b"%d 0 obj\n" % n + self.objs[n] + b"\nendobj\n"
        xref = len(out) + offset_error
        out += b"xref\n"
        if prev is None:
            out += b"0 %d\n0000000000 65535 f \n" % (max(offs) + 1)
            for n in range(1, max(offs) + 1):
                out += b"%010d 00000 n \n" % offs[n]
        else:
            for n in sorted(offs):
                out += b"%d 1\n%010d 00000 n \n" % (n, offs[n])
        tr = f"<< /Size {size or max(offs) + 1} /Root {root} 0 R"
        tr += f" /Prev {prev}" if prev is not None else ""
        tr += " /ID [<%s> <%s>] >>" % ((hashlib.md5(bytes(out[:64])).hexdigest(),) * 2)
        out += b"trailer\n" + tr.encode() + b"\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out), xref


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, structure, recs, notes, count_check, encrypted=False):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = [k for k in KEYS if any(k in rec for rec in recs)] + (["unit"] if "unit" in recs[0] else [])
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs182.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "file_structure": structure,
        "scanned": False, "encrypted": encrypted, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs182.py) from the records it drew, in "
                               "reading order as printed; checked by check_blind_logs182.py against "
                               "`pdftotext -layout` text and the pypdfium2 text of the PDF",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Holloway Bend, WA: encrypted table
def holloway(d, r):
    agency = "Holloway Bend Police Department, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 5, 4), 14, (4, 7), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 4480 + r.randint(0, 60)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"HB26-{seq:06d}"
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 8.5, 14
    cols = [("Incident No.", 30), ("Reported", 112), ("Occurred", 196), ("Type", 280), ("Location", 400),
            ("Disposition", 556), ("Officer", 700)]
    W, Hh = landscape(letter)
    rows_per_page = 30
    pages = [recs[i:i + rows_per_page] for i in range(0, n, rows_per_page)]
    path = d / "holloway-bend-daily-incident-log-2026-05-04-17-secured.pdf"
    enc = pdfencrypt.StandardEncryption("", ownerPassword="HB-records-0147", canPrint=1, canModify=0, canCopy=0,
                                        canAnnotate=0, strength=128)
    c = canvas.Canvas(str(path), pagesize=(W, Hh), invariant=1, pageCompression=1, encrypt=enc)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for k, rows in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(30, Hh - 36, "HOLLOWAY BEND POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(30, Hh - 50, "Daily Incident Log  05/04/2026 through 05/17/2026  -  Records Unit 555-0147  -  "
                                  "released copy")
        c.setLineWidth(0.6)
        c.line(30, Hh - 58, W - 30, Hh - 58)
        c.setFont("Helvetica-Bold", 8.5)
        for t, x in cols:
            c.drawString(x, Hh - 70, t)
        c.line(30, Hh - 74, W - 30, Hh - 74)
        y = Hh - 88
        for rec in rows:
            vals = [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                    rec["disposition"], "#" + rec["badge"]]
            c.setFont(F, S)
            for k2, ((_, x), v) in enumerate(zip(cols, vals)):
                right = cols[k2 + 1][1] if k2 + 1 < len(cols) else W - 30
                assert x + stringWidth(v, F, S) < right - 3, v
                c.drawString(x, y, v)
            y -= L
        if k == len(pages):
            c.line(30, y + 6, W - 30, y + 6)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(30, y - 8, f"Incidents on this log: {n}")
        c.setFont("Helvetica", 8)
        c.drawString(30, 24, "HBPD RMS  Daily Incident Log  printed 05/18/2026 07:02")
        c.drawString(W - 100, 24, f"Page {k} of {len(pages)}")
        c.showPage()
    c.save()
    return [entry(path, agency, "two-week daily incident log, released as an owner-password-protected PDF",
                  "table with header",
                  "encrypted: standard security handler, RC4 128-bit (revision 3), empty user password, owner "
                  "password set, permissions print only (copy, modify and annotate not allowed)", recs,
                  "A landscape RMS incident table (`Incident No.  Reported  Occurred  Type  Location  Disposition  "
                  f"Officer`, {rows_per_page} rows a page, `Page k of m` at the foot). Trap: the file is encrypted "
                  "with an owner password only: it opens and prints without a password, but every string and "
                  "stream is RC4-encrypted (128-bit, /Encrypt dictionary with /Filter /Standard, /V 2 /R 3) and "
                  "the permissions say copying text is not allowed (/P without bit 5). A reader that refuses "
                  "encrypted files, reads the raw bytes, or honours the copy flag gets nothing; the printed page "
                  "is an ordinary table. Occurred is a single time or blank. Ends `Incidents on this log: N`.",
                  "rows counted by the generator; the closing line gives the total", encrypted=True)]


# 2 ------------------------------------------------------------------ Fenwick Cove, ME: blocks, amended pages
def fenwick_page(recs, k, m, amended, F="Courier", S=9.5, L=11.5):
    ops = [text_op(40, 752, "FENWICK COVE POLICE DEPARTMENT [invented]", "Courier-Bold", 11),
           text_op(40, 738, "INCIDENT LOG  JUNE 1-14, 2026  RECORDS 555-0139", F, S)]
    if amended:
        ops.append(text_op(380, 738, "AMENDED 06/16/2026 REV 2", "Courier-Bold", S))
    ops.append(line_op(40, 730, 572, 730))
    y = 714
    for rec in recs:
        occ = rec.get("occurred_at") or (f"{rec['occurred_from']} to {rec['occurred_to']}" if "occurred_from" in rec
                                         else "not known")
        lines = [f"CASE #:      {rec['case_number']}       REPORTED: {rec['reported_at']}",
                 f"TYPE:        {rec['type']}",
                 f"LOCATION:    {rec['location']}",
                 f"OCCURRED:    {occ}",
                 f"DISPOSITION: {rec['disposition']}" + ("" if not rec["rel"] else f"  CITATION {rec['rel'][0][1]}"),
                 f"OFFICER:     #{rec['badge']}"]
        for ln in lines:
            ops.append(text_op(40, y, ln, F, S))
            y -= L
        ops.append(line_op(40, y + 4, 572, y + 4, 0.3))
        y -= 10
    ops.append(text_op(40, 40, f"PAGE {k} OF {m}", F, S))
    return b"".join(ops)


def fenwick(d, r):
    agency = "Fenwick Cove Police Department, ME [invented]"
    recs = make_recs(r, datetime.datetime(2026, 6, 1), 14, (3, 6))
    per = 8
    recs = recs[:per * (len(recs) // per)] if len(recs) % per < 3 else recs
    n = len(recs)
    assert 40 <= n <= 150
    seq = 400 + r.randint(0, 30)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"FC26-{seq:04d}"
        if rec["disposition"] == "Citation issued":
            rec["rel"] = [("citation", f"ME{r.randint(300000, 399999)}")]
    set_times(recs, "%m/%d/%Y %H:%M")
    pages = [recs[i:i + per] for i in range(0, n, per)]
    m = len(pages)
    amend = [1, m - 2]  # 0-based pages replaced by the update
    # the first revision: on each amended page one case number mistyped (digits transposed) and the records
    # then still open printed as open
    old_pages, stale = [], []
    for k, rows in enumerate(pages):
        if k not in amend:
            old_pages.append(rows)
            continue
        olds = [dict(rec) for rec in rows]
        j = 2 if k == amend[0] else 5
        num = olds[j]["case_number"]
        bad = num[:-2] + num[-1] + num[-2]
        if bad == num or bad in [x["case_number"] for x in recs]:
            bad = num[:-3] + "9" + num[-2:]
        assert bad not in [x["case_number"] for x in recs]
        olds[j]["case_number"] = bad
        stale.append((bad, num))
        for rec in olds:
            if rec["disposition"] in ("Report taken", "Referred to investigations"):
                rec["disposition"] = "Open - pending"
        old_pages.append(olds)
    total_line = text_op(40, 58, f"TOTAL INCIDENTS THIS LOG: {n}", "Courier-Bold", 9.5)
    pdf = Raw()
    fonts = pdf.fonts()
    pages_n = pdf.reserve()
    page_objs, content_objs = [], []
    for k, rows in enumerate(old_pages):
        data = fenwick_page(rows, k + 1, m, False) + (total_line if k == m - 1 else b"")
        content_objs.append(pdf.stream("", data))
        page_objs.append(pdf.reserve())
    for k, p in enumerate(page_objs):
        pdf.put(f"<< /Type /Page /Parent {pages_n} 0 R /Contents {content_objs[k]} 0 R >>", p)
    pdf.put(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_objs)}] /Count {m} "
            f"/MediaBox [0 0 612 792] /Resources << /Font {fonts} /ProcSet [/PDF /Text] >> >>", pages_n)
    cat = pdf.put(f"<< /Type /Catalog /Pages {pages_n} 0 R >>")
    base, xref0 = pdf.serialize(cat)
    # the update: new content streams for the amended pages, the page objects rewritten to point at them
    changed = []
    for k in amend:
        new = pdf.stream("", fenwick_page(pages[k], k + 1, m, True))
        pdf.put(f"<< /Type /Page /Parent {pages_n} 0 R /Contents {new} 0 R >>", page_objs[k])
        changed += [new, page_objs[k]]
    info = pdf.put("<< /Producer (Records amendment 2.1) /ModDate (D:20260616091500) >>")
    changed.append(info)
    data, _ = pdf.serialize(cat, start=base, nums=changed, prev=xref0, size=pdf.next)
    data = data.replace(b"/Root %d 0 R /Prev" % cat, b"/Root %d 0 R /Info %d 0 R /Prev" % (cat, info))
    path = d / "fenwick-cove-incident-log-2026-06-01-14-amended.pdf"
    path.write_bytes(data)
    stale_txt = ", ".join(f"`{b}` (now `{a}`)" for b, a in stale)
    return [entry(path, agency, "two-week incident log, amended by an incremental update", "labelled blocks",
                  f"incremental update: the file as first saved ({m} pages) followed by one update section "
                  f"(xref with /Prev) that gives pages {amend[0] + 1} and {amend[1] + 1} new content streams; the "
                  "first revision's page contents are still in the file", recs,
                  "Labelled blocks in Courier (`CASE #:  FC26-0412  REPORTED: 06/01/2026 14:22` / `TYPE:` / "
                  "`LOCATION:` / `OCCURRED:` a time, `from to to` or `not known` / `DISPOSITION:`, with a citation "
                  f"number where one was issued / `OFFICER: #317`), {per} blocks a page, `PAGE k OF m`. Trap: the "
                  "file was amended with an incremental update: the first revision is followed by a second xref "
                  f"section (with /Prev) that replaces the content of pages {amend[0] + 1} and {amend[1] + 1} "
                  "(headed `AMENDED 06/16/2026 REV 2`). Only the newest revision is printed, but the old content "
                  "streams remain in the file: in them one case number on each amended page is mistyped "
                  f"({stale_txt}) and open cases still read `Open - pending`. A reader that scans every stream in "
                  "the file, or reads the first revision, gets the mistyped numbers and the old dispositions and "
                  "counts those pages twice. The ground truth is the newest revision. Ends `TOTAL INCIDENTS THIS "
                  "LOG: N`.",
                  "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Brindle Creek, CO: prose in nested forms
NARR = ["A resident called it in.", "Officers checked the area and found nothing further.",
        "The caller declined to give a statement.", "A neighbor reported it.", "No injuries were reported.",
        "The owner was notified.", "Officers spoke with both parties.", "", ""]


def brindle(d, r):
    agency = "Brindle Creek Police Department, CO [invented]"
    recs = make_recs(r, datetime.datetime(2026, 5, 11), 7, (8, 11))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 11800 + r.randint(0, 90)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"26-{seq:05d}"
        rec["disposition"] = rec["disposition"].lower()

    def fmt(t):
        return f"{t:%m/%d/%y} {t:%H%M} hrs"

    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
    F, S, L, W = "Times-Roman", 11, 13.5, 470
    paras = []
    for rec in recs:
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred about {rec['occurred_at']}."
        else:
            occ = f" Occurred between {rec['occurred_from']} and {rec['occurred_to']}."
        narr = r.choice(NARR)
        txt = (f"{rec['reported_at']}. {rec['type']} reported at {rec['location']}.{occ}"
               f"{' ' + narr if narr else ''} Report {rec['case_number']}, {rec['disposition']}. "
               f"Officer #{rec['badge']}.")
        rec["txt"] = txt
        paras.append(wrap(txt, F, S, W))
    # the log body in form coordinates (0..490 x 0..640), paragraphs kept whole
    bodies, cur, y = [], [], 630
    for lines in paras:
        need = len(lines) * L + 6
        if y - need < 10:
            bodies.append(cur)
            cur, y = [], 630
        cur.append((y, lines))
        y -= need
    bodies.append(cur)
    m = len(bodies)
    pdf = Raw()
    fonts = pdf.fonts()
    res = f"/Resources << /Font {fonts} /ProcSet [/PDF /Text] >>"
    hdr = pdf.stream(f"/Type /XObject /Subtype /Form /BBox [0 0 520 60] {res}",
                     text_op(0, 40, "BRINDLE CREEK POLICE DEPARTMENT [invented]", "Times-Bold", 15)
                     + text_op(0, 24, "Police Blotter  -  week of May 11 - 17, 2026  -  Records 555-0133",
                               "Times-Italic", 11)
                     + line_op(0, 14, 520, 14, 0.8))
    pages_n = pdf.reserve()
    kids = []
    for k, body in enumerate(bodies, 1):
        ops = []
        for y, lines in body:
            for j, ln in enumerate(lines):
                ops.append(text_op(0, y - j * L, ln, F, S))
        if k == m:
            ops.append(text_op(0, body[-1][0] - len(body[-1][1]) * L - 14, f"Entries this week: {n}.",
                               "Times-Bold", 11))
        inner = pdf.stream(f"/Type /XObject /Subtype /Form /BBox [0 -20 490 645] {res}", b"".join(ops))
        outer = pdf.stream(f"/Type /XObject /Subtype /Form /BBox [0 0 560 740] /Matrix [1 0 0 1 0 0] "
                           f"/Resources << /Font {fonts} /XObject << /Hdr {hdr} 0 R /Log{k} {inner} 0 R >> >>",
                           b"q 1 0 0 1 10 672 cm /Hdr Do Q\n"
                           b"q 0.96 0 0 0.96 14 20 cm /Log%d Do Q\n" % k
                           + text_op(250, 0, f"Page {k} of {m}", "Times-Roman", 10))
        content = pdf.stream("", b"q 1 0 0 1 26 22 cm /Pg%d Do Q\n" % k)
        kids.append(pdf.put(f"<< /Type /Page /Parent {pages_n} 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
                            f"/Resources << /XObject << /Pg{k} {outer} 0 R >> /ProcSet [/PDF /Text] >> >>"))
    pdf.put(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in kids)}] /Count {m} >>", pages_n)
    cat = pdf.put(f"<< /Type /Catalog /Pages {pages_n} 0 R >>")
    data, _ = pdf.serialize(cat)
    path = d / "brindle-creek-police-blotter-2026-05-11-17.pdf"
    path.write_bytes(data)
    return [entry(path, agency, "weekly police blotter", "free text",
                  "every page is drawn through nested Form XObjects: the page content only places a page form "
                  "(cm), which draws a header form shared by every page and the log form (cm 0.96 scale); no "
                  "page content stream holds text", recs,
                  f"A weekly police blotter in Times, one paragraph per entry: `{recs[1]['txt']}`; the id is the "
                  "one `Report` number in the paragraph; paragraphs are kept whole. Trap: nothing is drawn in the "
                  "page content streams except `q 1 0 0 1 26 22 cm /Pgk Do Q`: the page form draws the header form "
                  "(one XObject, the same object on every page) and the page's log form, scaled 0.96 and shifted "
                  "by a cm, and the `Page k of m` line. A reader that takes text only from page content streams, "
                  "or does not apply the forms' matrices, finds no text or misplaces it; the header form's text "
                  "is repeated on every page from one object. Ends `Entries this week: N.`",
                  "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Osprey Hollow, MI: rotated, offset boxes
def osprey(d, r):
    agency = "Osprey Hollow Township Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 7, 6), 14, (4, 7))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 2700 + r.randint(0, 60)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"OH26-{seq:05d}"
        rec["unit"] = f"{r.randint(1, 4)}C{r.randint(10, 19)}"
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 10, 13
    items = []
    for k, rec in enumerate(recs, 1):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" Occurred {rec['occurred_at']}."
        else:
            occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
        txt = (f"{rec['case_number']}  Reported {rec['reported_at']}  -  {rec['type']} at {rec['location']}.{occ} "
               f"Unit {rec['unit']}. Disposition: {rec['disposition']}.")
        rec["txt"] = f"{k}.  {txt}"
        items.append((k, wrap(txt, F, S, 470)))
    # the page tree: root /Rotate 90 with a landscape letter MediaBox whose origin is (18, -36); a child Pages
    # node with /Rotate 270 and a landscape legal MediaBox at (-40, 24); pages 1-2 and 5-6 in the root,
    # 3-4 in the child; displayed, every page is portrait, letter or legal
    boxes = {"root": (18, -36, 18 + 792, -36 + 612, 90), "child": (-40, 24, -40 + 1008, 24 + 612, 270)}
    plan = ["root", "root", "child", "child", "root", "root", "root"]
    pages, i = [], 0
    for node in plan:
        x0, y0, x1, y1, rot = boxes[node]
        wd, hd = y1 - y0, x1 - x0  # displayed width and height
        ops, y, cap = [], hd - 110, i + 14
        while i < min(cap, len(items)) and y - len(items[i][1]) * L > 60:
            k, lines = items[i]
            ops.append(text_op(44, y, f"{k}.", F, S))
            for ln in lines:
                ops.append(text_op(80, y, ln, F, S))
                y -= L
            y -= 5
            i += 1
        if i == len(items):
            ops.append(text_op(44, y - 10, f"Total incidents: {n}.", "Helvetica-Bold", 10))
        pages.append((node, wd, hd, ops))
        if i == len(items):
            break
    assert i == len(items), i
    m = len(pages)
    pdf = Raw()
    fonts = pdf.fonts()
    root_n, child_n = pdf.reserve(), pdf.reserve()
    kids = {"root": [], "child": []}
    order = []
    for k, (node, wd, hd, ops) in enumerate(pages, 1):
        x0, y0, x1, y1, rot = boxes[node]
        cm = (b"0 1 -1 0 %d %d cm\n" % (x1, y0)) if rot == 90 else (b"0 -1 1 0 %d %d cm\n" % (x0, y1))
        head = [text_op(44, hd - 50, "OSPREY HOLLOW TOWNSHIP POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                text_op(44, hd - 66, "Incident Summary  -  July 6 - 19, 2026  -  Records 555-0151", F, 9.5),
                line_op(44, hd - 74, wd - 44, hd - 74)]
        foot = [text_op(44, 36, "Items are numbered in order of report.", F, 8),
                text_op(wd - 120, 36, f"Page {k} of {m}", F, 9)]
        content = pdf.stream("", b"q " + cm + b"".join(head + ops + foot) + b"Q\n")
        p = pdf.put(f"<< /Type /Page /Parent {root_n if node == 'root' else child_n} 0 R /Contents {content} 0 R >>")
        order.append(p)
        if node == "child":
            if child_n not in kids["root"]:
                kids["root"].append(child_n)
            kids["child"].append(p)
        else:
            kids["root"].append(p)
    res = f"/Resources << /Font {fonts} /ProcSet [/PDF /Text] >>"
    x0, y0, x1, y1, _ = boxes["child"]
    pdf.put(f"<< /Type /Pages /Parent {root_n} 0 R /Kids [{' '.join(f'{p} 0 R' for p in kids['child'])}] "
            f"/Count {len(kids['child'])} /Rotate 270 /MediaBox [{x0} {y0} {x1} {y1}] >>", child_n)
    x0, y0, x1, y1, _ = boxes["root"]
    pdf.put(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in kids['root'])}] /Count {m} /Rotate 90 "
            f"/MediaBox [{x0} {y0} {x1} {y1}] {res} >>", root_n)
    cat = pdf.put(f"<< /Type /Catalog /Pages {root_n} 0 R >>")
    data, _ = pdf.serialize(cat)
    path = d / "osprey-hollow-incident-summary-2026-07-06-19.pdf"
    path.write_bytes(data)
    return [entry(path, agency, "two-week incident summary", "numbered items",
                  f"{m} pages; /Rotate and /MediaBox inherited from the page-tree nodes (root: /Rotate 90, MediaBox "
                  "[18 -36 810 576]; a child Pages node holding pages 3-4: /Rotate 270, MediaBox [-40 24 968 636]); "
                  "no page object carries its own /Rotate or /MediaBox; content drawn turned so that it reads "
                  "upright as displayed (portrait letter and portrait legal pages)", recs,
                  f"Numbered items with a hanging number: `{recs[3]['txt']}`. Trap: the pages are stored sideways "
                  "and turned by inherited attributes: the root Pages node carries /Rotate 90 and a landscape "
                  "MediaBox with a non-zero origin ([18 -36 810 576]), and a child Pages node holding pages 3 and 4 "
                  "carries /Rotate 270 and a landscape legal MediaBox ([-40 24 968 636]); no page object has its "
                  "own /Rotate or /MediaBox. The content is drawn turned (a cm of 0 1 -1 0 or 0 -1 1 0) so that "
                  "every page reads upright when displayed: pages 3-4 come out portrait legal (612 x 1008), the "
                  "others portrait letter. A reader that ignores inherited /Rotate or the box origin sees sideways "
                  "or upside-down text, text off the page, or misjudges the page size. Ends `Total incidents: N.`",
                  "items counted by the generator; item numbers run 1 to N and the closing line gives the total")]


# 5 ------------------------------------------------------------------ Sallow Ridge County, NM: scrambled draw order
def sallow(d, r):
    agency = "Sallow Ridge County Sheriff's Office, NM [invented]"
    recs = make_recs(r, datetime.datetime(2026, 8, 3), 7, (13, 17), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150
    codes = {"Report taken": "RPT", "Arrest made": "ARR", "Citation issued": "CIT", "Referred to investigations": "REF",
             "Unfounded": "UNF", "Cleared - no action": "CLR", "Warning given": "WRN", "Gone on arrival": "GOA",
             "Open - pending": "OPN"}
    seq = 3100 + r.randint(0, 40)
    cad = 0
    for rec in recs:
        seq += r.choice([1, 1, 1, 2, 3])
        rec["case_number"] = f"SR-26-{seq:05d}"
        rec["disposition"] = codes[rec["disposition"]]
        cad += r.randint(4, 19)
        rec["rel"] = [("cad", f"{rec['dt']:%y%m%d}{cad % 10000:04d}")]
        rec["type"] = rec["type"][:22]
    set_times(recs, "%m/%d/%y %H:%M")
    F, S, L = "Courier", 9, 11
    per = 21
    chunks = [recs[i:i + per] for i in range(0, n, per)]
    m = len(chunks)
    # columns of the two-line entry: (x, line, key)
    cols = [(36, 0, "case_number"), (120, 0, "reported_at"), (222, 0, "type"), (370, 0, "location"),
            (120, 1, "occ"), (300, 1, "disposition"), (340, 1, "badge"), (384, 1, "cad")]
    pdf = Raw()
    fonts = pdf.fonts()
    pages_n = pdf.reserve()
    kids = []
    for k, rows in enumerate(chunks, 1):
        pieces = []
        y = 792 - 112
        for rec in rows:
            occ = "" if rec["occ"] is None else (rec.get("occurred_at")
                                                 or f"{rec['occurred_from']}-{rec['occurred_to']}")
            vals = {"case_number": rec["case_number"], "reported_at": rec["reported_at"], "type": rec["type"],
                    "location": rec["location"], "occ": occ, "disposition": rec["disposition"],
                    "badge": rec["badge"], "cad": rec["rel"][0][1]}
            for x, line, key in cols:
                if vals[key]:
                    pieces.append((key, x, y - line * L, vals[key]))
            y -= 2 * L + 7
        if k == m:
            pieces.append(("end", 36, y - 8, f"TOTAL INCIDENTS: {n}"))
            pieces.append(("end", 36, y - 8 - L, "DISP: RPT REPORT  ARR ARREST  CIT CITATION  REF REFERRED  "
                                                 "UNF UNFOUNDED  CLR CLEARED"))
            pieces.append(("end", 36, y - 8 - 2 * L, "      WRN WARNING  GOA GONE ON ARRIVAL  OPN OPEN"))
        # draw order: the columns in a shuffled order, each column bottom to top, every piece its own BT/ET
        keys = [c[2] for c in cols] + ["end"]
        r.shuffle(keys)
        ops = [text_op(x, yy, t, F, S) for key in keys
               for _, x, yy, t in sorted((p for p in pieces if p[0] == key), key=lambda p: p[2])]
        head = [text_op(36, 752, "SALLOW RIDGE COUNTY SHERIFF'S OFFICE [invented]", "Courier-Bold", 11),
                text_op(36, 739, "DISPATCH INCIDENT LISTING  08/03/26-08/09/26  COMMUNICATIONS 555-0172", F, S),
                text_op(36, 716, "INCIDENT", "Courier-Bold", S), text_op(120, 716, "REPORTED", "Courier-Bold", S),
                text_op(222, 716, "NATURE", "Courier-Bold", S), text_op(370, 716, "LOCATION", "Courier-Bold", S),
                text_op(120, 705, "OCCURRED", "Courier-Bold", S), text_op(300, 705, "DISP", "Courier-Bold", S),
                text_op(340, 705, "DEP", "Courier-Bold", S), text_op(384, 705, "CAD NO", "Courier-Bold", S),
                line_op(36, 699, 576, 699)]
        foot = [text_op(36, 40, f"PAGE {k} OF {m}", F, S), text_op(400, 40, "LISTING DL-7  RUN 08/10/26 04:10", F, S)]
        r.shuffle(head)
        content = pdf.stream("", b"".join(foot + ops + head))
        kids.append(pdf.put(f"<< /Type /Page /Parent {pages_n} 0 R /Contents {content} 0 R >>"))
    pdf.put(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in kids)}] /Count {m} /MediaBox [0 0 612 792] "
            f"/Resources << /Font {fonts} /ProcSet [/PDF /Text] >> >>", pages_n)
    cat = pdf.put(f"<< /Type /Catalog /Pages {pages_n} 0 R >>")
    # the xref was written for a file without the comment line the export tool then put after the header:
    # every offset in the table, and startxref, is short by the length of that line
    data, _ = pdf.serialize(cat, offset_error=0)
    note = b"% exported by DL-7 listing service 4.2 (county IT)\n"
    cut = data.index(b"\n", data.index(b"\n") + 1) + 1
    data = data[:cut] + note + data[cut:]
    path = d / "sallow-ridge-county-dispatch-listing-2026-08-03-09.pdf"
    path.write_bytes(data)
    rec = recs[2]
    return [entry(path, agency, "dispatch incident listing (CAD export)", "other: two-line dispatch entries",
                  f"{m} pages; content streams draw every text piece in its own BT/ET with an absolute Tm, column "
                  "by column in a shuffled column order and bottom to top within a column; xref table and "
                  f"startxref all {len(note)} bytes short (a comment line inserted after the header without "
                  "rewriting the xref)", recs,
                  "A two-line dispatch listing in Courier capitals: "
                  f"`{rec['case_number']}  {rec['reported_at']}  {rec['type']}  {rec['location']}` and below it the "
                  "occurred time or `from-to` range, a disposition code (legend at the end), the deputy's badge and "
                  "a 10-digit CAD number (listed in `related_numbers`, kind `cad`). Trap: the content streams "
                  "draw the text in an order unrelated to reading order: the page furniture last, the footer "
                  "first, and the entries one column at a time (all case numbers of the page, bottom to top, then "
                  "all locations, and so on, in a different column order on each page), each piece its own text "
                  "object placed with an absolute Tm; a reader that takes text in stream order (`pdftotext "
                  "-raw`) gets the page in columns (ids, dates, places, each column last entry first) instead of "
                  "entries. The xref table "
                  f"is wrong as well: a {len(note)}-byte comment line was inserted after the header and no offset "
                  "(nor startxref) was corrected, so a reader must rebuild the cross-reference by scanning for "
                  "objects. Ends `TOTAL INCIDENTS: N`.",
                  "entries counted by the generator; the closing line gives the total")]


AGENCIES = [("holloway-bend-wa-pd", 1, holloway), ("fenwick-cove-me-pd", 2, fenwick),
            ("brindle-creek-co-pd", 3, brindle), ("osprey-hollow-township-mi-pd", 4, osprey),
            ("sallow-ridge-county-nm-so", 5, sallow)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
