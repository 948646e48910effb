"""Generated logs whose narrative cites a number of the record column's shape, wrapped to
the start of a narrative line (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 14
CHAR = 4.8          # Courier 8: the width of one character
CITES_EVERY = 3     # every third entry's narrative ends citing a work order, wrapped
TITLES = ((0, "Date"), (11, "Time"), (17, "Entry"), (28, "Site"), (47, "Matter"), (68, "Result"))


def ranger_log_work_order_wrapped(path: Path, n: int) -> Path:
    """A county parks ranger log, Courier 8: each row `04/01/2024 10:09 PR2401000  <place>
    <matter>  <result>` (the number after the date and the time), its narrative on a line
    set in six characters under it. Every third narrative ends `... Maintenance work order`
    and the line wraps before the order's number, `WO2400017.`, printed alone at the start
    of the next narrative line: the same shape as the entry numbers, a few characters off
    their column."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        c.setFont("Courier", 8)
        c.drawString(30, 770, f"LAKE ORMOND COUNTY PARKS - RANGER ACTIVITY LOG         Sheet {start // PER_PAGE + 1}")
        for col, title in TITLES:       # each title over its column's first character
            c.drawString(30 + col * CHAR, 745, title)
        c.drawString(30 + 6 * CHAR, 735, "Ranger notes")
        y = 720
        for i in range(start, min(n, start + PER_PAGE)):
            r = rows[i]
            c.drawString(30, y, f"{r['date']} {r['time']} PR{r['no'].replace('-', '')}  {r['address']:<18} "
                                f"{r['type']:<20} {r['dispo']}")
            y -= 10
            note = f"Ranger {i % 4 + 1} at the site within {5 + i % 9} minutes; visitors spoken to."
            if i % CITES_EVERY == 1:
                c.drawString(30 + 6 * CHAR, y, note + " Maintenance work order")
                y -= 10
                c.drawString(30 + 6 * CHAR, y, f"WO24{i:05d}.")
            else:
                c.drawString(30 + 6 * CHAR, y, note)
            y -= 14
        c.showPage()
    c.save()
    return path


CITED_WRAP = {f.__name__: f for f in (ranger_log_work_order_wrapped,)}
