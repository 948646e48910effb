"""Generate a held-out set of incident logs delivered inside PDF containers (blind_logs185).

Five agencies, five layouts, one trap each, all of them about a log that is not (only) on the printed
pages of the PDF that was delivered: a PDF Portfolio (a /Collection whose one page is a placeholder and
whose three embedded files are a letter, the log as a table and a codes legend); a cover letter with one
FileAttachment annotation per week, each weekly log in labelled blocks, attached in an order that is
not the weeks' order; a cover page printing only a summary count with the log attached as a CSV export
whose quoted narrative cells hold line breaks; a cover printing the first five records as a preview
with the full log (numbered items) attached; a printed prose log that also carries an attached copy of
itself. The container PDFs are written by hand in raw PDF syntax (embedded-file streams, /Filespec
objects, the /EmbeddedFiles name tree, /Collection, FileAttachment annotations); the attached log PDFs
are drawn with reportlab. Everything is invented. Output is deterministic: fixed seed, reportlab
invariant mode, fixed dates in the hand-written files.
Run:
    python tests/documents/blind_logs185/make_blind_logs185.py [OUT_DIR]
"""

import csv
import datetime
import hashlib
import io
import json
import random
import subprocess
import sys
import zlib
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026185
D = "\u2014"
TYPES = ["Burglary - residential", "Burglary - commercial", "Theft from vehicle", "Theft - shoplifting",
         "Vandalism", "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle",
         "Welfare check", "Alarm - commercial", "Trespass", "Assault", "Fraud - bank card", "Found property",
         "Noise complaint", "Harassment", "Traffic collision", "DUI", "Stolen vehicle", "Hit and run",
         "Illegal dumping"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to investigations", "Unfounded",
         "Cleared - no action", "Warning given", "Gone on arrival", "Open - pending"]
STREETS = [("Saltmarsh Road", "Saltmarsh Rd"), ("Gorsefield Avenue", "Gorsefield Ave"), ("Tinker Lane", "Tinker Ln"),
           ("Ashbury Street", "Ashbury St"), ("Cressing Drive", "Cressing Dr"), ("Pelham Court", "Pelham Ct"),
           ("Kettle Way", "Kettle Way"), ("Orchard Hill Road", "Orchard Hill Rd"), ("Wrenfield Street", "Wrenfield St"),
           ("Millrace Avenue", "Millrace Ave"), ("Dovecote Lane", "Dovecote Ln"), ("Halyard Drive", "Halyard Dr")]
PLACES = ["Town green", "Recreation center", "Park and ride lot", "Middle school lot", "Marina office", "Feed store"]
PAGE = letter  # 612 x 792
MOD = "D:20260401090000-07'00'"


def new_canvas(path, size=PAGE):
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


def location(r, short=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.5:
        return f"{r.randint(1, 48) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    if k < 0.85:
        a, b = r.sample(STREETS, 2)
        return f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    return r.choice(PLACES)


def make_recs(r, first_day, days, per_day, short=False):
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
            recs.append({"dt": t, "occ": occ, "type": r.choice(TYPES), "location": location(r, short),
                         "disposition": r.choice(DISPS), "badge": str(r.randint(301, 389)), "rel": []})
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
    """add(lines) puts (x, text, font, size, lead) lines on the current page, breaking to a new page when
    they do not fit (whole when keep=True); returns the 0-based pages the lines went on."""
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


def draw_reportlab(path, pages, title):
    """An attached log drawn with reportlab (the records system's own PDF)."""
    c = new_canvas(path)
    c.setTitle(title)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, PAGE[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return path.read_bytes()


# ------------------------------------------------------------------ a container PDF written by hand
FONTS = ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Times-Roman", "Times-Bold", "Times-Italic", "Courier"]


def pstr(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class RawPDF:
    """Numbered objects written as bytes; out() lays them down with a classic xref table."""

    def __init__(self):
        self.objs = []

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, n, body):
        self.objs[n - 1] = body

    def add(self, body):
        n = self.reserve()
        self.set(n, body)
        return n

    def stream(self, head, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            head += b" /Filter /FlateDecode"
        return self.add(b"<< " + head + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    def out(self, root, info):
        buf = io.BytesIO()
        buf.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, body in enumerate(self.objs, 1):
            offs.append(buf.tell())
            buf.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        xref = buf.tell()
        buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1))
        for o in offs:
            buf.write(b"%010d 00000 n \n" % o)
        fid = hashlib.md5(buf.getvalue()).hexdigest().encode()
        buf.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(self.objs) + 1, root, info, fid, fid, xref))
        return buf.getvalue()


def content(items):
    """Page content operators for (y, x, text, font, size) items; text None draws a rule."""
    ops = []
    for y, x, text, font, fs in items:
        if text is None:
            ops.append(f"0.5 w {x:.2f} {y:.2f} m {PAGE[0] - x:.2f} {y:.2f} l S".encode())
            continue
        ops.append(b"BT /F%d %.2f Tf %.2f %.2f Td " % (FONTS.index(font) + 1, fs, x, y) + pstr(text) + b" Tj ET")
    return b"\n".join(ops)


def embedded(w, name, data, subtype, desc):
    """An embedded-file stream and its /Filespec; returns the filespec's object number."""
    md5 = hashlib.md5(data).hexdigest().encode()
    ef = w.stream(b"/Type /EmbeddedFile /Subtype /" + subtype.replace("/", "#2F").encode()
                  + b" /Params << /Size %d /CheckSum <%s> /ModDate %s >>" % (len(data), md5, pstr(MOD)), data)
    return w.add(b"<< /Type /Filespec /F " + pstr(name) + b" /UF " + pstr(name) + b" /Desc " + pstr(desc)
                 + b" /EF << /F %d 0 R /UF %d 0 R >> /AFRelationship /Supplement >>" % (ef, ef))


def container(path, pages, files, title, collection=None, pagemode=None):
    """Write a container PDF: pages are item lists; files are dicts name, data, subtype, desc, and either
    tree=True (listed in the /EmbeddedFiles name tree) or annot=(page index, x, y) for a FileAttachment
    annotation (icon at x, y), in the order given (the /Annots array order)."""
    w = RawPDF()
    cat, pages_n = w.reserve(), w.reserve()
    fonts = [w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % f.encode())
             for f in FONTS]
    res = b"<< /Font << " + b" ".join(b"/F%d %d 0 R" % (i + 1, n) for i, n in enumerate(fonts)) + b" >> >>"
    clip = w.stream(b"/Type /XObject /Subtype /Form /BBox [0 0 14 20]",
                    b"0.2 0.2 0.6 RG 1.2 w 4 2 m 4 15 l 4 18 7 18 7 15 c 7 6 l 10 6 l 10 16 l S", compress=False)
    tree, annots = [], {i: [] for i in range(len(pages))}
    for f in files:
        fs = embedded(w, f["name"], f["data"], f["subtype"], f["desc"])
        if f.get("tree"):
            tree.append((f["name"], fs))
        if f.get("annot"):
            pg, x, y = f["annot"]
            annots[pg].append(w.add(b"<< /Type /Annot /Subtype /FileAttachment /Rect [%.2f %.2f %.2f %.2f] /FS %d 0 R"
                                    b" /Contents %s /Name /Paperclip /F 4 /T (Records) /M %s /AP << /N %d 0 R >> >>"
                                    % (x, y, x + 14, y + 20, fs, pstr(f["desc"]), pstr(MOD), clip)))
    kids = []
    for i, items in enumerate(pages):
        cs = w.stream(b"", content(items))
        extra = b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots[i]) + b"]" if annots[i] else b""
        kids.append(w.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R%s >>"
                          % (pages_n, res, cs, extra)))
    w.set(pages_n, b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids))
    cbody = b"<< /Type /Catalog /Pages %d 0 R" % pages_n
    if tree:
        cbody += b" /Names << /EmbeddedFiles << /Names [" + b" ".join(pstr(n) + b" %d 0 R" % fs for n, fs in
                                                                       sorted(tree)) + b"] >> >>"
    if collection:
        cbody += (b" /Collection << /Type /Collection /D " + pstr(collection) + b" /View /D /Sort << /Type /CollectionSort"
                  b" /S /Name /A true >> >>")
    if pagemode:
        cbody += b" /PageMode /" + pagemode.encode()
    w.set(cat, cbody + b" >>")
    info = w.add(b"<< /Title " + pstr(title) + b" /Producer (records unit) /CreationDate " + pstr(MOD) + b" >>")
    path.write_bytes(w.out(cat, info))


def letter_items(lines, top=792 - 60, x0=72, width=612 - 144):
    """Items for a one-page letter: lines are (text, font, size, gap after) paragraphs, wrapped."""
    items, y = [], top
    for text, font, fs, gap in lines:
        if text is None:
            items.append((y + fs / 2, x0, None, font, fs))
            y -= gap
            continue
        for ln in wrap(text, font, fs, width) if text else [""]:
            if ln:
                items.append((y, x0, ln, font, fs))
            y -= fs * 1.3
        y -= gap
    return items, y


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, container_kind, attachments, recs, notes, count_check):
    n = len(recs)
    samples = [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in (0, n // 2, n - 1)]
    fields = [k for k in KEYS if any(k in rec for rec in recs)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs185.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "container": container_kind, "attachments": attachments,
        "scanned": False, "encrypted": False, "text_layer": "good (the records are in the attached files)",
        "record_count": n, "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs185.py) from the records it drew, in the "
                               "log's reading order, each record once however often the package prints it; checked "
                               "by check_blind_logs185.py against the text of the container's pages and of every "
                               "attached file (extracted with pypdfium2, PDFs read with `pdftotext -layout`)",
        "record_count_check": count_check, "notes": notes,
    }


def att(name, data, subtype="application/pdf"):
    return {"name": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(), "subtype": subtype}


# 1 ------------------------------------------------------------------ Brindlecombe, CA: PDF Portfolio, table
def brindlecombe(d, r):
    agency = "Brindlecombe Police Department, CA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 14, (4, 7), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 4480 + r.randint(0, 60)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"B26-{seq:05d}"
        if rec["occ"] and rec["occ"][0] == "range":
            rec["occ"] = ("at", rec["occ"][1])
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 8.5, 13.5
    cols = [("Incident No.", 36), ("Reported", 92), ("Occurred", 166), ("Type", 240), ("Location", 340),
            ("Disposition", 468)]

    def vals(rec):
        return [rec["case_number"], rec["reported_at"], rec.get("occurred_at", ""), rec["type"], rec["location"],
                rec["disposition"]]

    for rec in recs:
        for k, v in enumerate(vals(rec)):
            right = cols[k + 1][1] if k + 1 < len(cols) else 580
            assert cols[k][1] + stringWidth(v, F, S) < right - 4, v

    def header(k):
        return [(792 - 44, 36, "BRINDLECOMBE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13),
                (792 - 60, 36, "Incident Log  03/09/2026 - 03/22/2026  |  Records 555-0171", "Helvetica", 9.5),
                (792 - 70, 36, None, F, S)] + [(792 - 82, x, t, "Helvetica-Bold", 8.5) for t, x in cols] + [
                (792 - 87, 36, None, F, S)]

    def footer(k, m):
        return [(40, 36, "Public incident log - released under the California Public Records Act", "Helvetica", 7.5),
                (40, 500, f"Page {k} of {m}", "Helvetica", 9)]

    add, finish = paginate(header, footer, 792 - 102, 62)
    for rec in recs:
        v = vals(rec)
        add([(x, t, F, S, 0) for t, (_, x) in zip(v, cols)][:-1] + [(cols[-1][1], v[-1], F, S, L)])
    add([(36, None, F, S, 12), (36, f"Total incidents: {n}", "Helvetica-Bold", 9.5, 14)])
    log = draw_reportlab(d / "_log.pdf", finish(), "Incident Log 03/09/2026 - 03/22/2026")
    (d / "_log.pdf").unlink()
    lt, _ = letter_items([
        ("BRINDLECOMBE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13, 2),
        ("Records Unit  |  210 Ashbury Street  |  555-0171", "Helvetica", 9.5, 18),
        ("March 24, 2026", "Helvetica", 10.5, 12),
        ("Re: Public records request R26-0417", "Helvetica-Bold", 10.5, 10),
        ("This responds to your request of March 23, 2026 for the department's incident log for March 9 through "
         "March 22, 2026. The log is enclosed in this portfolio as a separate file, together with the key to "
         "its disposition entries. No records were withheld.", "Helvetica", 10.5, 10),
        ("Fees: none. Questions about this response: Records Unit, 555-0171, request R26-0417.", "Helvetica", 10.5, 24),
        ("Records Unit, badge 2207", "Helvetica", 10.5, 0)])
    letter_pdf = draw_reportlab(d / "_l.pdf", [lt], "Response to request R26-0417")
    (d / "_l.pdf").unlink()
    ct, _ = letter_items([
        ("Disposition entries used in the incident log", "Helvetica-Bold", 12, 10),
        *[(f"{x}: {y}", "Helvetica", 10, 4) for x, y in [
            ("Report taken", "a written report was completed"), ("Arrest made", "one or more persons arrested"),
            ("Citation issued", "a citation was issued and the matter closed"),
            ("Referred to investigations", "assigned to a detective"), ("Unfounded", "no offense occurred"),
            ("Cleared - no action", "resolved at the scene"), ("Warning given", "verbal or written warning"),
            ("Gone on arrival", "nobody found at the scene"), ("Open - pending", "still under investigation")]]])
    codes = draw_reportlab(d / "_c.pdf", [ct], "Disposition entries")
    (d / "_c.pdf").unlink()
    names = ["01 Response letter R26-0417.pdf", "02 Incident log 2026-03-09 to 2026-03-22.pdf",
             "03 Disposition entries.pdf"]
    files = [{"name": names[0], "data": letter_pdf, "subtype": "application/pdf", "desc": "Response letter",
              "tree": True},
             {"name": names[1], "data": log, "subtype": "application/pdf", "desc": "Incident log", "tree": True},
             {"name": names[2], "data": codes, "subtype": "application/pdf", "desc": "Disposition key", "tree": True}]
    cover, _ = letter_items([
        ("This PDF contains attached files.", "Helvetica-Bold", 16, 10),
        ("Open the attachments panel to view them. For the best experience, open this PDF Portfolio in Acrobat or "
         "Acrobat Reader 8 or later.", "Helvetica", 11, 14),
        ("Brindlecombe Police Department [invented] - response to public records request R26-0417",
         "Helvetica-Oblique", 9.5, 0)], top=792 - 300)
    path = d / "brindlecombe-records-response-r26-0417-portfolio.pdf"
    container(path, [cover], files, "Records response R26-0417", collection=names[0])
    return [entry(path, agency, "two-week incident log delivered as a PDF Portfolio", "table with header",
                  "PDF Portfolio (/Collection) with a placeholder cover page; the log is an embedded PDF in the "
                  "/EmbeddedFiles name tree",
                  [att(names[0], letter_pdf), att(names[1], log), att(names[2], codes)], recs,
                  "A PDF Portfolio: the catalog carries a /Collection (details view, sorted by name, opening on the "
                  "response letter) and the one page of the file is the placeholder `This PDF contains attached "
                  "files. Open the attachments panel to view them...`. Three PDFs are embedded in the "
                  f"/EmbeddedFiles name tree: `{names[0]}` (the response letter, which cites the request number "
                  f"R26-0417 and no incident), `{names[1]}` (the log: a table `Incident No.  Reported  Occurred  "
                  "Type  Location  Disposition`, `Page k of m`, ending `Total incidents: N`) and "
                  f"`{names[2]}` (a key to the disposition entries). Trap: the printed page of the PDF holds no "
                  "record at all; the records are only in the second of three embedded files, and the portfolio "
                  "opens on the first one, the letter. Occurred is a single time or blank.",
                  "rows counted by the generator; the log's closing line gives the total")]


# 2 ------------------------------------------------------------------ Ostwick County, MT: letter + weekly annots
def ostwick(d, r):
    agency = "Ostwick County Sheriff's Office, MT [invented]"
    first = datetime.datetime(2026, 3, 2)
    recs = make_recs(r, first, 21, (2, 4))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 380 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"OC26-{seq:05d}"
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 9.5, 13
    weeks, files, lines = [], [], []
    for w in range(3):
        a = first + datetime.timedelta(days=7 * w)
        b = a + datetime.timedelta(days=6)
        wr = [rec for rec in recs if a.date() <= rec["dt"].date() <= b.date()]
        span = f"{a:%B} {a.day} - {b.day}, 2026" if a.month == b.month else f"{a:%B} {a.day} - {b:%B} {b.day}, 2026"

        def header(k, span=span):
            return [(792 - 44, 54, "OSTWICK COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 12.5),
                    (792 - 59, 54, f"Incident Log {D} week of {span}  |  Dispatch 555-0139", "Helvetica", 9.5),
                    (792 - 67, 54, None, F, S)]

        def footer(k, m):
            return [(40, 54, "Ostwick County S.O. weekly log", "Helvetica-Oblique", 8),
                    (40, 490, f"Page {k} of {m}", "Helvetica", 9)]

        add, finish = paginate(header, footer, 792 - 88, 60)
        for rec in wr:
            if rec["occ"] is None:
                occ = "unknown"
            elif "occurred_at" in rec:
                occ = rec["occurred_at"]
            else:
                occ = f"{rec['occurred_from']} to {rec['occurred_to']}"
            add([(54, "Incident:", "Helvetica-Bold", S, 0), (130, rec["case_number"], F, S, 0),
                 (300, "Reported:", "Helvetica-Bold", S, 0), (360, rec["reported_at"], F, S, L),
                 (54, "Nature:", "Helvetica-Bold", S, 0), (130, rec["type"], F, S, L),
                 (54, "Location:", "Helvetica-Bold", S, 0), (130, rec["location"], F, S, L),
                 (54, "Occurred:", "Helvetica-Bold", S, 0), (130, occ, F, S, L),
                 (54, "Disposition:", "Helvetica-Bold", S, 0), (130, rec["disposition"], F, S, 0),
                 (300, "Deputy:", "Helvetica-Bold", S, 0), (360, f"#{rec['badge']}", F, S, L - 4),
                 (54, None, F, S, 12)])
        add([(54, f"Incidents this week: {len(wr)}", "Helvetica-Bold", 10, 14)])
        name = f"ostwick-so-incident-log-week-{a:%Y-%m-%d}.pdf"
        data = draw_reportlab(d / "_w.pdf", finish(), f"Incident Log, week of {span}")
        (d / "_w.pdf").unlink()
        weeks.append((name, data, span, len(wr)))
    order = [1, 2, 0]  # the order the clerk attached them: week 1 was re-attached last, as a corrected copy
    body = [("OSTWICK COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 13, 2),
            ("Civil and Records Division  |  PO Box 118  |  555-0139", "Helvetica", 9.5, 18),
            ("March 25, 2026", "Helvetica", 10.5, 12),
            ("Re: Your request for incident logs, March 2 - 22, 2026 (our file 26-PRR-031)", "Helvetica-Bold", 10.5,
             10),
            ("As requested, the Sheriff's Office incident logs for the three weeks are attached to this letter, "
             "one file per week. Click the paperclip beside each week to open it:", "Helvetica", 10.5, 10)]
    items, y = letter_items(body)
    icon_y = []
    for w, (name, _data, span, cnt) in enumerate(weeks):
        note = " (corrected copy; replaces the file sent 03/23/2026)" if w == 0 else ""
        more, y = letter_items([(f"Week {w + 1}: {span} {D} {cnt} incidents{note}", "Helvetica", 10.5, 2),
                                (name, "Courier", 9, 8)], top=y, x0=96, width=612 - 96 - 110)
        items += more
        icon_y.append(more[0][0] - 8)
    tail, _ = letter_items([(f"The three weeks list {n} incidents in all. Entries are shown as recorded by dispatch; "
                             "no records were withheld.", "Helvetica", 10.5, 24),
                            ("Records Clerk, badge 0441", "Helvetica", 10.5, 0)], top=y - 6)
    items += tail
    for w in order:
        name, data, span, cnt = weeks[w]
        files.append({"name": name, "data": data, "subtype": "application/pdf",
                      "desc": f"Incident log, week of {span}", "annot": (0, 520, icon_y[w])})
    path = d / "ostwick-so-letter-weekly-logs-2026-03-02-22.pdf"
    container(path, [items], files, "Incident logs March 2 - 22, 2026", pagemode="UseAttachments")
    lines = [f"`{w[0]}` ({w[3]})" for w in weeks]
    return [entry(path, agency, "cover letter with the weekly incident logs attached to it", "labelled blocks",
                  "one-page cover letter with three FileAttachment annotations (no /EmbeddedFiles name tree)",
                  [att(weeks[w][0], weeks[w][1]) for w in order], recs,
                  f"A one-page cover letter (file 26-PRR-031) listing three weeks, a paperclip icon beside each: the "
                  "weekly logs are attached by FileAttachment annotations on the letter's page, not in the "
                  f"document's name tree: {', '.join(lines)} records. Each weekly log is labelled blocks "
                  f"(`Incident:  {recs[0]['case_number']}   Reported:  {recs[0]['reported_at']}` / `Nature:` / `Location:` / `Occurred:` "
                  "a time, `from to to` or `unknown` / `Disposition:   Deputy: #nnn`, a rule between blocks), its "
                  "own `Page 1 of m` and `Incidents this week: N`. Trap: the letter's page has no record; the "
                  "records are split over three attached files that together are the log, reachable only through "
                  "the annotations; and the annotations are in the order the clerk attached them (week 2, week 3, "
                  "then week 1 re-attached as a corrected copy), so taking the files in attachment order puts the "
                  "first week last. The reading order is by week (the letter's lines and the file names).",
                  "blocks counted by the generator; the weekly totals add up to the letter's total")]


# 3 ------------------------------------------------------------------ Tallowmere, WA: CSV export attached
NARR = ["Caller reported it by phone.", "Area checked, nothing further.", "RP declined a statement.",
        "Owner notified.", "Officer spoke with both parties.", "Photos taken, property returned.",
        "Caller said \"the gate was open\" when she arrived.", "No injuries, one vehicle towed, owner notified."]


def tallowmere(d, r):
    agency = "Tallowmere Police Department, WA [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 14, (4, 7), short=True)
    n = len(recs)
    assert 40 <= n <= 150
    seq = 2110 + r.randint(0, 60)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"TM26-{seq:05d}"
    set_times(recs, "%Y-%m-%d %H:%M")
    first = int(recs[0]["case_number"][5:])
    prior_used = set()
    rows = []
    for i, rec in enumerate(recs):
        narr = r.choice(NARR)
        if i % 9 == 4:  # a prior case cited on a continuation line of its own
            p = first - r.randint(30, 400)
            while p in prior_used:
                p -= 1
            prior_used.add(p)
            num = f"TM26-{p:05d}"
            rec["rel"] = [("prior_case", num)]
            narr = f"Same vehicle as in\n{num}, reported earlier. {narr}"
        elif i % 7 == 2:
            narr = f"Caller: \"{r.choice(['loud music', 'someone in the yard', 'a car idling'])}\", RP at scene.\n{narr}"
        occ = rec["occ"]
        o1 = occ[1].strftime("%Y-%m-%d %H:%M") if occ else ""
        o2 = occ[2].strftime("%Y-%m-%d %H:%M") if occ and occ[0] == "range" else ""
        rows.append([rec["case_number"], rec["reported_at"], o1, o2, rec["type"], rec["location"],
                     rec["disposition"], rec["badge"], narr])
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(["incident_no", "reported", "occurred_start", "occurred_end", "call_type", "address",
                 "disposition", "officer_badge", "narrative"])
    wr.writerows(rows)
    data = ("\ufeff" + buf.getvalue()).encode("utf-8")
    fields = ("Tallowmere PD [invented] incident export, field definitions\r\n"
              "incident_no     incident number (TMyy-nnnnn)\r\nreported        date and time the call was received\r\n"
              "occurred_start  start of the time the offense may have occurred (blank if unknown)\r\n"
              "occurred_end    end of that time (blank if a single time)\r\ncall_type       nature of the call\r\n"
              "address         block or intersection\r\ndisposition     outcome\r\n"
              "officer_badge   badge of the primary officer\r\nnarrative       public summary; may run over lines\r\n"
              ).encode("ascii")
    csv_name = "tallowmere_incidents_20260316_20260329.csv"
    files = [{"name": csv_name, "data": data, "subtype": "text/csv", "desc": "Incident export (CSV)", "tree": True},
             {"name": "fields.txt", "data": fields, "subtype": "text/plain", "desc": "Field definitions",
              "tree": True}]
    items, _ = letter_items([
        ("TALLOWMERE POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13, 2),
        ("Records Management  |  555-0186", "Helvetica", 9.5, 18),
        ("Records export summary", "Helvetica-Bold", 12, 8),
        ("Report: Incidents by date reported", "Helvetica", 10.5, 2),
        ("Period: 03/16/2026 00:00 - 03/29/2026 23:59", "Helvetica", 10.5, 2),
        (f"Records exported: {n}", "Helvetica", 10.5, 2),
        ("Format: CSV (UTF-8, comma separated, quoted text), 9 fields", "Helvetica", 10.5, 2),
        (f"Attached file: {csv_name}", "Helvetica", 10.5, 2),
        ("Field definitions: fields.txt", "Helvetica", 10.5, 14),
        ("The records are in the attached file only; this page is a summary. Open the attachments panel "
         "(paperclip) to save the file.", "Helvetica-Oblique", 10, 0)])
    path = d / "tallowmere-pd-incident-export-2026-03-16-29.pdf"
    container(path, [items], files, "Incident export 03/16/2026 - 03/29/2026", pagemode="UseAttachments")
    for rec in recs:
        occ = rec["occ"]
        rec.pop("occurred_at", None)
        rec.pop("occurred_from", None)
        rec.pop("occurred_to", None)
        if occ and occ[0] == "range":
            rec["occurred_from"], rec["occurred_to"] = occ[1].strftime("%Y-%m-%d %H:%M"), occ[2].strftime("%Y-%m-%d %H:%M")
        elif occ:
            rec["occurred_at"] = occ[1].strftime("%Y-%m-%d %H:%M")
    breaks = sum("\n" in row[-1] for row in rows)
    return [entry(path, agency, "records export: a one-page summary with the log attached as CSV", "CSV",
                  "one-page summary PDF; the log is an attached CSV file in the /EmbeddedFiles name tree, with a "
                  "field-definitions text file beside it",
                  [att(csv_name, data, "text/csv"), att("fields.txt", fields, "text/plain")], recs,
                  f"The PDF's one page is an export summary that prints only `Records exported: {n}` and the "
                  f"names of the attached files; the log itself is the attached `{csv_name}` (UTF-8 with a byte "
                  "order mark, CRLF rows, header `incident_no,reported,occurred_start,occurred_end,call_type,"
                  "address,disposition,officer_badge,narrative`), with `fields.txt` (field definitions, no records) "
                  f"attached beside it. Trap: {breaks} narrative cells are quoted and hold line breaks, some with "
                  "doubled quotes inside, so the file has more lines than records; in "
                  f"{len(prior_used)} of them the continuation line begins with an earlier case number and a comma "
                  f"(`{next(x[1] for rec in recs for x in rec['rel'])}, reported earlier.`), so it looks like the start of a row; those earlier cases "
                  "are not in the export and are listed in `related_numbers` (kind `prior_case`). Values are as "
                  f"in the CSV (`{recs[0]['reported_at']}`); occurred is `occurred_start` alone or a start-end range.",
                  "rows counted by the generator with Python's csv reader; the summary page gives the total")]


# 4 ------------------------------------------------------------------ Hesketh Township, MI: preview + attached log
def hesketh(d, r):
    agency = "Hesketh Township Police Department, MI [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 1), 30, (2, 4))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1020 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"HT26-{seq:04d}"
        rec["officer"] = str(r.randint(4401, 4460))
    set_times(recs, "%m/%d/%Y %H:%M")
    F, S, L = "Helvetica", 9.5, 13

    def header(k):
        return [(792 - 44, 54, "HESKETH TOWNSHIP POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12.5),
                (792 - 59, 54, "Incident Log  \u00b7  April 1 - 30, 2026  \u00b7  Records 555-0152", "Helvetica", 9.5),
                (792 - 67, 54, None, F, S)]

    def footer(k, m):
        return [(40, 54, "Items are numbered in order of report.", "Helvetica-Oblique", 8),
                (40, 490, f"Page {k} of {m}", "Helvetica", 9)]

    add, finish = paginate(header, footer, 792 - 88, 60)
    for k, rec in enumerate(recs, 1):
        if rec["occ"] is None:
            occ = "Occurred: unknown"
        elif "occurred_at" in rec:
            occ = f"Occurred: {rec['occurred_at']}"
        else:
            occ = f"Occurred: {rec['occurred_from']} - {rec['occurred_to']}"
        add([(54, f"{k}.", "Helvetica-Bold", S, 0), (80, rec["case_number"], "Helvetica-Bold", S, 0),
             (150, f"Reported {rec['reported_at']}", F, S, 0), (290, rec["type"], F, S, L),
             (80, f"Location: {rec['location']}", F, S, L),
             (80, f"{occ}  |  Disposition: {rec['disposition']}  |  Officer {rec['officer']}", F, S, L + 5)])
    add([(54, f"End of log. Items listed: {n}.", "Helvetica-Bold", 10, 14)])
    pages = finish()
    log = draw_reportlab(d / "_h.pdf", pages, "Incident Log April 1 - 30, 2026")
    (d / "_h.pdf").unlink()
    k = 5
    body, y = letter_items([
        ("HESKETH TOWNSHIP POLICE DEPARTMENT [invented]", "Helvetica-Bold", 13, 2),
        ("Records  |  555-0152", "Helvetica", 9.5, 16),
        ("Incident Log, April 1 - 30, 2026", "Helvetica-Bold", 12, 6),
        (f"Preview: first {k} of {n} records", "Helvetica-Oblique", 10.5, 10)], x0=54)
    cols = [("Incident", 54), ("Reported", 126), ("Type", 222), ("Location", 350)]
    body += [(y, x, t, "Helvetica-Bold", 9.5) for t, x in cols]
    y -= 5
    body.append((y, 54, None, F, S))
    y -= 13
    for rec in recs[:k]:
        body += [(y, x, v, F, 9.5) for v, (_, x) in zip([rec["case_number"], rec["reported_at"], rec["type"],
                                                          rec["location"]], cols)]
        y -= 13
    y -= 12
    name = "hesketh-incident-log-2026-04.pdf"
    more, _ = letter_items([
        (f"The complete log ({n} records, {len(pages)} pages, numbered items) is attached to this PDF as {name}. "
         "Open the attachments panel (paperclip) to view it; the preview above is repeated there as items 1 "
         f"to {k}.", "Helvetica", 10.5, 0)], top=y, x0=54, width=612 - 108)
    body += more
    files = [{"name": name, "data": log, "subtype": "application/pdf", "desc": "Incident log, April 2026 (full)",
              "tree": True}]
    path = d / "hesketh-incident-log-2026-04-preview.pdf"
    container(path, [body], files, "Incident Log April 2026 (preview)", pagemode="UseAttachments")
    return [entry(path, agency, "one-page preview of a monthly incident log, the full log attached",
                  "numbered items",
                  "one-page preview PDF; the full log is an attached PDF in the /EmbeddedFiles name tree",
                  [att(name, log)], recs,
                  f"The PDF's one page prints `Preview: first {k} of {n} records` and a small table (`Incident  "
                  f"Reported  Type  Location`) of the first {k} records, then says the complete log is attached as "
                  f"`{name}`. The attached log is numbered items: `1.  {recs[0]['case_number']}  Reported "
                  f"{recs[0]['reported_at']}  {recs[0]['type']}` / `Location: ...` / `Occurred: ...  |  "
                  "Disposition: ...  |  Officer 44nn`, `Page k of m`, ending `End of log. Items listed: N.`. "
                  f"Trap: the first {k} records are printed twice in the package, once in the preview table on the "
                  "container's page (in another layout, without occurred time or disposition) and once as items "
                  f"1-{k} of the attached log; each is one record, counted once, and the preview is not the log.",
                  "items counted by the generator; the item numbers run 1 to N and the closing line gives the total")]


# 5 ------------------------------------------------------------------ Dunsfold, VT: printed log + attached self-copy
def dunsfold(d, r):
    agency = "Dunsfold Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 7, (8, 11))
    n = len(recs)
    assert 40 <= n <= 150
    seq = 1180 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"26-{seq:04d}"
        rec["type"] = rec["type"] if rec["type"] == "DUI" else rec["type"].lower()
        rec["disposition"] = rec["disposition"].lower()
    first = int(recs[0]["case_number"][3:])

    def fmt(t):
        return f"{t:%A}, {t:%B} {t.day}, {t:%H%M} hrs"

    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{occ[1]:%H%M} hrs" if occ[1].date() == rec["dt"].date() else fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
    F, S, L, W = "Times-Roman", 11, 14, 612 - 2 * 66

    def header(k):
        return [(792 - 50, 66, "DUNSFOLD POLICE DEPARTMENT [invented]", "Times-Bold", 14),
                (792 - 66, 66, "Police Log, March 16 - 22, 2026  \u00b7  Records 555-0117", "Times-Italic", 10.5),
                (792 - 74, 66, None, F, S)]

    def footer(k, m):
        return [(44, 270, f"Page {k} of {m}", "Times-Roman", 10)]

    add, finish = paginate(header, footer, 792 - 98, 66)
    used = set()
    for i, rec in enumerate(recs):
        if rec["occ"] is None:
            occ = ""
        elif "occurred_at" in rec:
            occ = f" It happened at about {rec['occurred_at']}."
        else:
            occ = f" It happened between {rec['occurred_from']} and {rec['occurred_to']}."
        extra = ""
        if i % 8 == 5:
            p = first - r.randint(20, 300)
            while p in used:
                p -= 1
            used.add(p)
            rec["rel"] = [("earlier_report", f"26-{p:04d}")]
            extra = f" This is a follow-up to report 26-{p:04d}."
        txt = (f"{rec['reported_at']}. Officers took a call about {rec['type']} at {rec['location']}.{occ}{extra} "
               f"Report {rec['case_number']}, {rec['disposition']}. Officer #{rec['badge']}.")
        add([(66, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=6)
    add([(66, f"Calls listed this week: {n}.", "Times-Bold", 11, 14)])
    pages = finish()
    name = "dunsfold-police-log-2026-03-16-22.pdf"
    copy = draw_reportlab(d / "_d.pdf", pages, "Police Log March 16 - 22, 2026")
    (d / "_d.pdf").unlink()
    files = [{"name": name, "data": copy, "subtype": "application/pdf", "desc": "Police log (copy of this document)",
              "tree": True, "annot": (len(pages) - 1, 540, 40)}]
    path = d / "dunsfold-police-log-2026-03-16-22-with-copy.pdf"
    container(path, pages, files, "Police Log March 16 - 22, 2026")
    return [entry(path, agency, "weekly police log in prose that also carries an attached copy of itself", "free text",
                  f"an ordinary {len(pages)}-page printed log; the same log is attached as a PDF, listed in the "
                  "/EmbeddedFiles name tree and by a FileAttachment annotation on the last page",
                  [att(name, copy)], recs,
                  "An ordinary printed weekly police log in Times, one paragraph per call: "
                  f"`{recs[0]['reported_at']}. Officers took a call about {recs[0]['type']} at ...` with an "
                  "occurred time or range, `Report 26-nnnn, disposition.` and `Officer #nnn.`; paragraphs run over "
                  "page breaks; ends `Calls listed this week: N.`. Trap: the file also carries an attached copy of "
                  f"itself (`{name}`, the same pages as the records system printed them), listed both in the "
                  "name tree and by a paperclip annotation at the foot of the last page, so every record is in the "
                  f"package twice; each is one record, counted once. {len(used)} paragraphs cite an earlier report "
                  "(`This is a follow-up to report 26-nnnn.`), listed in `related_numbers` (kind `earlier_report`); "
                  "the record's own number is the one after `Report`.",
                  "paragraphs counted by the generator; the closing line gives the total")]


AGENCIES = [("brindlecombe-ca-pd", 1, brindlecombe), ("ostwick-county-mt-so", 2, ostwick),
            ("tallowmere-wa-pd", 3, tallowmere), ("hesketh-township-mi-pd", 4, hesketh),
            ("dunsfold-vt-pd", 5, dunsfold)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
