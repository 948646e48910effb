"""Generated logs whose text is a scan's OCR (see ``log_layouts``): a clean table whose
lines carry the specks an OCR engine reads as marks at their starts and ends."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

_SPECKS = ("|", ":", ".", ";", "-", "'", ",")


def scanned_table_specks_at_line_ends_fax_dated(path: Path, n: int) -> Path:
    """Courier 8 table "Report No.  Received  Nature  Address  Result" as a copier's OCR
    layer reads a faxed page: a fax line dated "JUN-03-2024 14:22 FROM: ..." atop every
    page, and a seeded fifth of the rows opened by a speck ("|", ":", ".", ";", "-")
    set before the report number, others closed by one after the result."""
    rows = incidents(n)
    rnd = random.Random(31)
    c = canvas.Canvas(str(path))
    y, page = 0, 0

    def head() -> float:
        c.setFont("Courier", 8)
        c.drawString(30, 790, f"JUN-03-2024 14:22 FROM: HARROWGATE MARSH WARDENS 555-0177 TO: CLERK P.{page:03d}")
        c.drawString(30, 770, "HARROWGATE MARSH WARDENS - CALLS RECEIVED")
        c.drawString(30, 752, "Report No.   Received          Nature               Address            Result")
        return 738

    for r in rows:
        if y < 60:
            if page:
                c.showPage()
            page += 1
            y = head()
        line = f"{r['no']:<13}{r['date']} {r['time']:<7}{r['type']:<21}{r['address']:<19}{r['dispo']}"
        roll = rnd.random()
        if roll < 0.2:
            c.drawString(30, y, rnd.choice(_SPECKS))
            c.drawString(30 + 8 * rnd.randint(2, 6), y, line)
        else:
            c.drawString(30, y, line)
            if roll > 0.8:
                c.drawString(30 + 4.8 * len(line) + 6 * rnd.randint(2, 9), y, rnd.choice(_SPECKS))
        y -= 11
    c.save()
    return path


SPECKS = {f.__name__: f for f in (scanned_table_specks_at_line_ends_fax_dated,)}
