"""Generated logs whose text is a scan's OCR (see ``log_layouts``): labelled blocks off a
copy of a copy, the block-opening label read with stray marks glued before it, its colon
misread, and a speck read as a letter glued before the number."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

_SPECKS = ("|", ":", ".", ";", "-", "'", ",", "_")


def _opening(number: str, logged: str, k: int) -> str:
    """The block's first line as the OCR engine read it: every third label's colon read as
    "?", ";" or "!", every other label with a bracket or quote glued before it, the pairs
    parted by "|" or "=", one glued to the next label, every seventh number with a letter
    glued before it."""
    label = ("(", "‘", "", "_(")[k % 4] + "FILE REF"
    colon = ("?", ":", ":", ";", ":", ":", "!", ":", ":")[k % 9]
    if k % 7 == 5:
        number = "r" + number
    sep = ("| ", "= ", "=", "  ")[k % 4]
    return f"{label}{colon} {number}  {sep}LOGGED: {logged}"


def copied_blocks_ocr_noisy_opening_label(path: Path, n: int) -> Path:
    """Courier 9 blocks, each "FILE REF: RB-24-01000 | LOGGED: 04/01/2024 10:09" (``_opening``:
    the label's misreadings) over "OFFENCE:", "PLACE:" and "RESULT:" lines, as a scanner's
    OCR reads a copy of a copy: a seeded quarter of the lines opened by a speck of one of
    several marks, an "OFFENCE :" with its colon set a space off now and then."""
    rows = incidents(n)
    rnd = random.Random(186)
    c = canvas.Canvas(str(path))
    y, page = 0, 0
    for k, r in enumerate(rows):
        if y < 90:
            if page:
                c.showPage()
            page += 1
            c.setFont("Courier", 9)
            c.drawString(40, 800, f"TARNBY VALE WARDEN SERVICE - OCCURRENCE FILES, LEAF {page}")
            y = 775
        lines = [_opening(f"RB-24-{1000 + k:05d}", f"{r['date']} {r['time']}", k),
                 ("OFFENCE :  " if k % 5 == 2 else "OFFENCE:   ") + r["type"],
                 f"PLACE:     {r['address']}",
                 f"RESULT:    {r['dispo']}"]
        for text in lines:
            if rnd.random() < 0.25:
                c.drawString(28, y, rnd.choice(_SPECKS))
            c.drawString(40, y, text)
            y -= 11
        y -= 6
    c.save()
    return path


LABEL_NOISE = {f.__name__: f for f in (copied_blocks_ocr_noisy_opening_label,)}
