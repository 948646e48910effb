"""Generated logs scanned by a copier that OCRs what it scans (see ``log_layouts``): each
page one image, under an invisible text layer that reads the words right and the numbers
wrong."""
from __future__ import annotations

import io
import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# the digits a copier's OCR reads as letters or marks
_CONFUSED = {"0": "O", "1": "l", "2": "Z", "5": "S", "6": "G", "8": "B"}


def _misread(number: str, rnd: random.Random) -> str:
    """The number with one or two of its confusable digits read as letters."""
    spots = [i for i, ch in enumerate(number) if ch in _CONFUSED]
    chars = list(number)
    for i in rnd.sample(spots, min(len(spots), rnd.randint(1, 2))):
        chars[i] = _CONFUSED[chars[i]]
    return "".join(chars)


def copier_layer_misreads_numbers(path: Path, n: int) -> Path:
    """Labelled blocks in Courier ("WARDEN CALL  M24-01000   LOGGED 04/01/2024 10:09",
    "KIND", "PLACE", "OUTCOME"), six to a page, scanned: each page one 200-dpi image of the
    page, and over it the copier's invisible OCR layer (render mode 3) with every word as
    printed but a seeded three in five of the call numbers misread ("M2Z-OlOOO")."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    rows = incidents(n)
    rnd = random.Random(47)
    clean = path.with_suffix(".clean.pdf")
    c = canvas.Canvas(str(clean), pagesize=letter)
    layer: list[list[tuple[float, str]]] = []
    for start in range(0, n, 6):
        c.setFont("Courier-Bold", 11)
        lines = [(750, "MOSSWICK FEN WARDENS - CALLS TAKEN"), (734, "Week of 04/01/2024")]
        y = 700
        for r in rows[start:start + 6]:
            number = f"M{r['no']}"
            shown = _misread(number, rnd) if rnd.random() < 0.6 else number
            for label, value, read in (("WARDEN CALL", f"{number}   LOGGED {r['date']} {r['time']}",
                                        f"{shown}   LOGGED {r['date']} {r['time']}"),
                                       ("KIND", r["type"], r["type"]), ("PLACE", r["address"], r["address"]),
                                       ("OUTCOME", r["dispo"], r["dispo"])):
                c.setFont("Courier", 10)
                c.drawString(60, y, f"{label:<13}{value}")
                lines.append((y, f"{label:<13}{read}"))
                y -= 14
            y -= 48
        for yy, text in lines[:2]:
            c.drawString(60, yy, text)
        layer.append(lines)
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(clean))
    out = canvas.Canvas(str(path), pagesize=letter)
    for i in range(len(pdf)):
        image = pdf[i].render(scale=200 / 72, grayscale=True).to_pil()
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        out.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, *letter)
        for yy, text in layer[i]:
            t = out.beginText(60, yy)
            t.setTextRenderMode(3)          # invisible, as a copier's OCR layer is
            t.setFont("Courier", 10)
            t.textLine(text)
            out.drawText(t)
        out.showPage()
    pdf.close()
    clean.unlink()
    out.save()
    return path


COPIER_LAYER = {f.__name__: f for f in (copier_layer_misreads_numbers,)}
