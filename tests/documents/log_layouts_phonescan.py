"""Generated logs captured with a phone's scanning app (see ``log_layouts``): each page one
black-and-white image of the printed page, under the app's invisible OCR layer that reads
most of the numbers right and a few of them wrong."""
from __future__ import annotations

import io
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROWS_PER_PAGE = 12
# the rows whose number the app's layer misreads: a letter for a digit ("K24-O1003"), and a
# wrong digit that still makes a well-formed number ("K24-01087" for "K24-01007")
LETTER_FOR_DIGIT = {3: ("0", "O", 1), 11: ("1", "l", 1), 19: ("0", "O", 2), 26: ("0", "O", 1)}
WRONG_DIGIT = {7: "8", 22: "8"}


def _layer_number(i: int, number: str) -> str:
    if i in LETTER_FOR_DIGIT:
        digit, letter_, nth = LETTER_FOR_DIGIT[i]
        at = [k for k, ch in enumerate(number) if ch == digit and k > 1][nth - 1]
        return number[:at] + letter_ + number[at + 1:]
    if i in WRONG_DIGIT:
        return number[:-2] + WRONG_DIGIT[i] + number[-1]
    return number


def scanning_app_layer_misreads_a_few_numbers(path: Path, n: int) -> Path:
    """Courier 10 rows ("K24-01000  04/01/2024 10:09  Burglary  100 Main St  Report Taken"),
    twelve to a page under "HARTSHOLM RANGER DESK - CALL SHEET" and a column heading, captured
    by a phone scanning app: each page one 150-dpi black-and-white image, and over it the app's
    invisible OCR layer (render mode 3) with every word as printed but four of the thirty call
    numbers read with a letter for a digit and two with a wrong digit."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    rows = incidents(n)
    clean = path.with_suffix(".clean.pdf")
    c = canvas.Canvas(str(clean), pagesize=letter)
    layer: list[list[tuple[float, str]]] = []
    for start in range(0, n, ROWS_PER_PAGE):
        lines = [(750, "HARTSHOLM RANGER DESK - CALL SHEET"),
                 (720, f"{'CALL':<11}{'TAKEN':<18}{'NATURE':<22}{'WHERE':<20}RESULT")]
        printed = list(lines)
        y = 696
        for i in range(start, min(n, start + ROWS_PER_PAGE)):
            r = rows[i]
            number = f"K{r['no']}"
            rest = f"{r['date']} {r['time']}  {r['type']:<20}  {r['address']:<18}  {r['dispo']}"
            printed.append((y, f"{number:<11}{rest}"))
            lines.append((y, f"{_layer_number(i, number):<11}{rest}"))
            y -= 22
        c.setFont("Courier", 10)
        for yy, text in printed:
            c.drawString(40, yy, text)
        layer.append(lines)
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(clean))
    out = canvas.Canvas(str(path), pagesize=letter)
    for i in range(len(pdf)):
        # the app's "document mode": black and white, stored as a greyscale image
        image = pdf[i].render(scale=150 / 72, grayscale=True).to_pil().point(lambda v: 255 if v > 160 else 0)
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        out.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, *letter)
        for yy, text in layer[i]:
            t = out.beginText(40, yy)
            t.setTextRenderMode(3)          # invisible, as a scanning app's OCR layer is
            t.setFont("Courier", 10)
            t.textLine(text)
            out.drawText(t)
        out.showPage()
    pdf.close()
    clean.unlink()
    out.save()
    return path


PHONE_SCAN = {f.__name__: f for f in (scanning_app_layer_misreads_a_few_numbers,)}
