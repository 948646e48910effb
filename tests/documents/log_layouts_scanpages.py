"""Generated logs scanned without a text layer (see ``log_layouts``), whose page images
must be read the way the page is laid out: index cards in two columns, a page printed faint."""
from __future__ import annotations

import io
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _scanned(clean: Path, path: Path, dpi: int = 200, tone: int = 0) -> Path:
    """``clean`` rendered to one grey image a page (ink lightened to ``tone`` when set),
    the images alone making the PDF at ``path``: no text layer."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    pdf = pdfium.PdfDocument(str(clean))
    out = canvas.Canvas(str(path), pagesize=letter)
    for i in range(len(pdf)):
        image = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if tone:
            image = image.point(lambda v: tone + (255 - tone) * v // 255)
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        out.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, *letter)
        out.showPage()
    pdf.close()
    clean.unlink()
    out.save()
    return path


def scanned_index_cards_two_columns(path: Path, n: int) -> Path:
    """Index cards four down the left and four down the right of each page, framed,
    "Card No. 24-01000" over "RECEIVED 04/01/2024 10:09", "NATURE", "PLACE", "RESULT" lines,
    scanned at 200 dpi with no text layer: a line read across the page mixes two cards."""
    rows = incidents(n)
    clean = path.with_suffix(".clean.pdf")
    c = canvas.Canvas(str(clean), pagesize=letter)
    for start in range(0, n, 8):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 752, "LINDENMOOR RANGERS - CALL CARDS")
        for k, r in enumerate(rows[start:start + 8]):
            x, y = (50 if k < 4 else 318), 720 - 170 * (k % 4)
            c.rect(x - 6, y - 132, 250, 146)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x, y - 4, f"Card No. {r['no']}")
            c.setFont("Helvetica", 10)
            for j, (label, value) in enumerate((("RECEIVED", f"{r['date']} {r['time']}"), ("NATURE", r["type"]),
                                                ("PLACE", r["address"]), ("RESULT", r["dispo"]))):
                c.drawString(x, y - 30 - 22 * j, f"{label}: {value}")
        c.showPage()
    c.save()
    return _scanned(clean, path)


def scanned_log_printed_faint(path: Path, n: int) -> Path:
    """A typed table ("Report No.  Received  Nature  Address  Result"), its every page
    scanned at 200 dpi with the toner faint (the darkest ink a light grey), no text layer:
    a page of faint print is the log's own page, not a blank back's show-through."""
    rows = incidents(n)
    clean = path.with_suffix(".clean.pdf")
    c = canvas.Canvas(str(clean), pagesize=letter)
    for start in range(0, n, 30):
        c.setFont("Courier-Bold", 11)
        c.drawString(40, 750, "ASHFORD GLEN POLICE - CALLS RECEIVED")
        c.drawString(40, 728, "Report No.  Received          Nature              Address")
        c.setFont("Courier", 11)
        for k, r in enumerate(rows[start:start + 30]):
            c.drawString(40, 708 - 20 * k, f"{r['no']:<12}{r['date']} {r['time']:<7}{r['type']:<20}{r['address']}")
        c.showPage()
    c.save()
    return _scanned(clean, path, tone=200)


SCAN_PAGES = {f.__name__: f for f in (scanned_index_cards_two_columns, scanned_log_printed_faint)}
