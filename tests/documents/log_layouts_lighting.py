"""Generated logs photographed under uneven light (see ``log_layouts``): each page one greyscale
photo of the printed page, a shadow darkening one part of it and a glare patch washing out
another, so no single threshold finds the letters in both."""
from __future__ import annotations

import io
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROWS_PER_PAGE = 12
SHADOW = 0.6        # the paper's brightness in the shadow, of the lit paper's
GLARE = 0.3         # what is left of the ink's darkness under the glare


def _lit_unevenly(image):
    """The page as a phone photographs it on a counter: the lower left darkened by a shadow
    with a soft edge, a glare ellipse over the upper middle rows washing their ink out."""
    import numpy as np
    from PIL import Image

    page = np.asarray(image, dtype=np.float32)
    rows, cols = page.shape
    y, x = np.mgrid[0:rows, 0:cols]
    # the shadow: a band across the lower part, its edge slanting and soft
    edge = 0.55 * rows + 0.15 * (x - cols / 2)
    shade = 1.0 - (1.0 - SHADOW) * np.clip((y - edge) / (0.04 * rows), 0.0, 1.0)
    # the glare: an ellipse where the ink keeps only a little of its darkness
    glare = np.clip(1.0 - (((x - 0.5 * cols) / (0.32 * cols)) ** 2 + ((y - 0.3 * rows) / (0.1 * rows)) ** 2),
                    0.0, 1.0)
    keep = 1.0 - (1.0 - GLARE) * np.clip(glare * 3.0, 0.0, 1.0)
    washed = 255.0 - (255.0 - page) * keep
    return Image.fromarray(np.clip(washed * shade, 0, 255).astype("uint8"))


def rows_photographed_with_shadow_and_glare(path: Path, n: int) -> Path:
    """Courier 10 rows ("HP24-01000  04/01/2024 10:09  Burglary  100 Main St  Report Taken"),
    twelve to a page under "MARROWBY HARBOUR PATROL [invented] - WATCH LOG" and a column
    heading, each page photographed (a 150-dpi greyscale JPEG, no text layer) with a shadow
    over its lower rows and a glare patch over its upper middle rows: on the photo the
    shadowed paper is darker than the washed-out ink under the glare."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    rows = incidents(n)
    clean = path.with_suffix(".clean.pdf")
    c = canvas.Canvas(str(clean), pagesize=letter)
    for start in range(0, n, ROWS_PER_PAGE):
        c.setFont("Courier-Bold", 11)
        c.drawString(40, 750, "MARROWBY HARBOUR PATROL [invented] - WATCH LOG")
        c.setFont("Courier", 10)
        c.drawString(40, 720, f"{'ENTRY':<12}{'LOGGED':<18}{'NATURE':<22}{'WHERE':<20}RESULT")
        y = 690
        for i in range(start, min(n, start + ROWS_PER_PAGE)):
            r = rows[i]
            c.drawString(40, y, f"{'HP' + r['no']:<12}{r['date']} {r['time']}  {r['type']:<20}  "
                                f"{r['address']:<18}  {r['dispo']}")
            y -= 40
        c.drawString(40, 40, f"Page {start // ROWS_PER_PAGE + 1}")
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(clean))
    out = canvas.Canvas(str(path), pagesize=letter)
    for i in range(len(pdf)):
        photo = _lit_unevenly(pdf[i].render(scale=150 / 72, grayscale=True).to_pil().convert("L"))
        buf = io.BytesIO()
        photo.save(buf, format="JPEG", quality=85)
        out.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, *letter)
        out.showPage()
    pdf.close()
    clean.unlink()
    out.save()
    return path


LIGHTING = {f.__name__: f for f in (rows_photographed_with_shadow_and_glare,)}
