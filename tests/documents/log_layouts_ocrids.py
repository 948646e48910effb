"""Generated logs whose text is a scan's OCR (see ``log_layouts``): numbered entries whose
record numbers the OCR engine split with a space, read without their dash, read with a
speck touching them or with a letter for a digit."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

_SPECKS = ("|", ":", ".", ";", "-", "'", ",")


def _misread(number: str, k: int, rnd: random.Random) -> str:
    """The number as the OCR engine read it: every sixth split by a space, every ninth
    without its dash, every eleventh with a speck touching it, every thirteenth with O
    for a 0."""
    if k % 6 == 5:
        cut = rnd.randint(3, len(number) - 2)
        return number[:cut] + " " + number[cut:]
    if k % 9 == 4:
        return number.replace("-", "")
    if k % 11 == 7:
        return rnd.choice("-~'") + number
    if k % 13 == 8 and "0" in number[5:]:
        at = number.index("0", 5)
        return number[:at] + "O" + number[at + 1:]
    return number


def scanned_numbered_entries_ocr_split_numbers(path: Path, n: int) -> Path:
    """Helvetica 9 entries "12)  2024-01011   04/02/2024 14:05   Theft" over an indented
    "Where: 120 Elm St     Outcome: Report Taken" line, as a copier's OCR layer reads a
    scanned page: a seeded fifth of the lines opened by a speck, and the entries' numbers
    misread (``_misread``)."""
    rows = incidents(n)
    rnd = random.Random(53)
    c = canvas.Canvas(str(path))
    y, page = 0, 0
    for k, r in enumerate(rows):
        if y < 70:
            if page:
                c.showPage()
            page += 1
            c.setFont("Helvetica", 9)
            c.drawString(40, 800, f"KILNWORTH HARBOUR POLICE - ENTRIES RECEIVED, SHEET {page}")
            y = 775
        number = _misread(f"2024-{1000 + k:05d}", k, rnd)
        for text, x in ((f"{k + 1})", 40), (number, 70), (f"{r['date']} {r['time']}", 150), (r["type"], 235),
                        (f"Where: {r['address']}     Outcome: {r['dispo']}", 70)):
            if text.startswith("Where"):
                y -= 11
            if x == 40 and rnd.random() < 0.2:
                c.drawString(30, y, rnd.choice(_SPECKS))
            c.drawString(x, y, text)
        y -= 16
    c.save()
    return path


OCR_IDS = {f.__name__: f for f in (scanned_numbered_entries_ocr_split_numbers,)}
