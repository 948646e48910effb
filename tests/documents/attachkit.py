"""PDFs that carry files, for the attachment tests: logs drawn with reportlab, containers
written by hand in PDF syntax (reportlab cannot embed files): embedded-file streams, /Filespec
objects, the /EmbeddedFiles name tree, /Collection and FileAttachment annotations."""
from __future__ import annotations

import io
import zlib

TYPES = ("Burglary", "Theft", "Vandalism", "Assault", "Noise complaint", "Welfare check", "Trespass")
STREETS = ("Main St", "Oak Ave", "Elm St", "Harbor Rd", "Pine Ln", "Mill St")
DISPOSITIONS = ("Report taken", "Arrest made", "Unfounded", "Gone on arrival")


def rows(first: int, count: int, prefix: str = "26-") -> list[dict]:
    """Invented log rows: numbers from ``first``, one every few hours."""
    out = []
    for k in range(count):
        n = first + k
        day, hour = 2 + (k * 5) // 24, (k * 5) % 24
        out.append({"no": f"{prefix}{n:06d}", "when": f"03/{day:02d}/2026 {hour:02d}:{(k * 7) % 60:02d}",
                    "type": TYPES[n % len(TYPES)], "where": f"{100 + 10 * k} {STREETS[n % len(STREETS)]}",
                    "disp": DISPOSITIONS[n % len(DISPOSITIONS)]})
    return out


def log_pdf(recs: list[dict], title: str = "Daily Incident Log", per_page: int = 30) -> bytes:
    """A printed table log: a header row, one row a record."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    xs = (40, 120, 230, 350, 480)
    for start in range(0, max(len(recs), 1), per_page):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 750, title)
        c.setFont("Helvetica-Bold", 9)
        for x, h in zip(xs, ("Incident #", "Reported", "Type", "Location", "Disposition")):
            c.drawString(x, 720, h)
        c.setFont("Helvetica", 9)
        y = 704
        for r in recs[start:start + per_page]:
            for x, v in zip(xs, (r["no"], r["when"], r["type"], r["where"], r["disp"])):
                c.drawString(x, y, v)
            y -= 20
        c.showPage()
    c.save()
    return buf.getvalue()


def letter_pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(lines):
        c.drawString(72, 720 - 16 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def csv_text(recs: list[dict]) -> str:
    lines = ["incident_no,reported,call_type,address,disposition,narrative"]
    for i, r in enumerate(recs):
        note = '"Caller said ""the door was open"".\nOfficer checked the area."' if i % 3 == 0 else "Checked."
        lines.append(f"{r['no']},{r['when']},{r['type']},{r['where']},{r['disp']},{note}")
    return "\n".join(lines) + "\n"


def _pstr(s: str) -> bytes:
    return b"(" + s.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def container(pages: list[list[str]], files: list[tuple[str, bytes]], *, clips: list[tuple[str, bytes]] = (),
              collection: bool = False, clip_page: int = 0) -> bytes:
    """A PDF whose pages print ``pages`` and which carries ``files`` in its /EmbeddedFiles name
    tree and ``clips`` as FileAttachment annotations on page ``clip_page`` (0: the first). A page's line is a
    string, or a row of cells ``(x, text)`` set at their x (a table's row)."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(head: bytes, data: bytes) -> int:
        z = zlib.compress(data)
        return add(head[:-2] + b" /Filter /FlateDecode /Length %d >>\nstream\n" % len(z) + z + b"\nendstream")

    def filespec(name: str, data: bytes) -> int:
        ef = stream(b"<< /Type /EmbeddedFile /Params << /Size %d >> >>" % len(data), data)
        return add(b"<< /Type /Filespec /F " + _pstr(name) + b" /UF " + _pstr(name) + b" /EF << /F %d 0 R >> >>" % ef)

    catalog = add(b"")
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for i, lines in enumerate(pages):
        ops = b"BT /F1 9 Tf"
        for j, line in enumerate(lines):
            for x, text in ([(72, line)] if isinstance(line, str) else line):
                ops += b" 1 0 0 1 %d %d Tm " % (x, 740 - 18 * j) + _pstr(text) + b" Tj"
        ops += b" ET"
        content = stream(b"<< >>", ops)
        annots = []
        if i == clip_page:
            for k, (name, data) in enumerate(clips):
                fs = filespec(name, data)
                annots.append(add(b"<< /Type /Annot /Subtype /FileAttachment /Rect [%d 100 %d 120] /FS %d 0 R "
                                  b"/Contents %s /Name /Paperclip /F 4 >>" % (72 + 30 * k, 86 + 30 * k, fs,
                                                                              _pstr(name))))
        annot_s = b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]" if annots else b""
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >>"
                        b" /Contents %d 0 R%s >>" % (pages_obj, font, content, annot_s)))
    objs[pages_obj - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + \
        b"] /Count %d >>" % len(kids)
    cat = b"<< /Type /Catalog /Pages %d 0 R" % pages_obj
    if files:
        specs = [(name, filespec(name, data)) for name, data in files]
        tree = b" ".join(_pstr(n) + b" %d 0 R" % fs for n, fs in sorted(specs))
        cat += b" /Names << /EmbeddedFiles << /Names [" + tree + b"] >> >> /PageMode /UseAttachments"
    if collection:
        cat += b" /Collection << /Type /Collection /View /D >>"
    objs[catalog - 1] = cat + b" >>"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    return bytes(out)


def table_lines(recs: list[dict], title: str) -> list:
    """A container page printing ``recs`` as log_pdf's table does."""
    xs = (40, 120, 230, 350, 480)
    head = tuple(zip(xs, ("Incident #", "Reported", "Type", "Location", "Disposition")))
    return [title, head] + [tuple(zip(xs, (r["no"], r["when"], r["type"], r["where"], r["disp"]))) for r in recs]


def table_text(recs: list[dict]) -> str:
    """A page of layout text as pdftotext prints log_pdf's table."""
    lines = ["Incident #   Reported           Type              Location            Disposition"]
    lines += [f"{r['no']:<12} {r['when']:<18} {r['type']:<17} {r['where']:<19} {r['disp']}" for r in recs]
    return "\n".join(lines)
