"""Generated logs whose pages print one column of entries per unit, side by side (see
``log_layouts``): each entry opens with a line giving its date and time and then its
number, over lines of what, where and the outcome; entries are of uneven height, so
the columns' entries are not level with each other."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_UNITS = ("PATROL BOAT 7", "PATROL BOAT 9", "DOCK OFFICER")
PER_COLUMN = 4


def unit_columns_number_after_time(path: Path, n: int) -> Path:
    """A landscape sheet a page, three unit columns under their titles; an entry is
    ``04/01/2024 10:09 MP-24-01000`` in bold, the type, the address, the outcome, and
    every third entry a note line; each column closes ``Unit entries: N``, the sheet
    ``Sheet entries: N``."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page = PER_COLUMN * len(_UNITS)
    for page, first in enumerate(range(0, len(rows), per_page), start=1):
        chunk = rows[first:first + per_page]
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, 580, "Marsh Point Harbor Patrol - Unit Activity Sheet")
        c.setFont("Helvetica", 9)
        c.drawRightString(760, 580, f"Sheet {page}")
        c.drawString(30, 566, f"Entries {first + 1} to {first + len(chunk)} of the week")
        for col, unit in enumerate(_UNITS):
            x = 30 + 250 * col
            part = chunk[PER_COLUMN * col:PER_COLUMN * (col + 1)]
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x, 540, unit)
            y = 518
            for k, r in enumerate(part):
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x, y, f"{r['date']} {r['time']} MP-{r['no']}")
                c.setFont("Helvetica", 9)
                lines = [r["type"], r["address"], r["dispo"]]
                if (first + PER_COLUMN * col + k) % 3 == 1:
                    lines.append("Owner reached by radio")
                for ln in lines:
                    y -= 12
                    c.drawString(x, y, ln)
                y -= 22
            c.drawString(x, 120, f"Unit entries: {len(part)}")
        c.drawString(30, 100, f"Sheet entries: {len(chunk)}")
        c.showPage()
    c.save()
    return path


UNIT_COLUMNS = {f.__name__: f for f in (unit_columns_number_after_time,)}
