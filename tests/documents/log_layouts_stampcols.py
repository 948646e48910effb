"""Generated logs whose dates are printed as eight bare digits (see ``log_layouts``): a
table's two date-time columns (YYYYMMDD, then a 24-hour time) are of the same shape as
the record number printed in its last column."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_COLUMNS = ((30, "Received"), (110, "Occurred From"), (190, "Nature"), (300, "Place"), (420, "Outcome"), (520, "Entry No."))


def stamp_dated_ledger_number_in_last_column(path: Path, n: int) -> Path:
    """A landscape ledger, Helvetica 8, thirty rows a page under its title and column
    titles: "20240401 1009   20240401 0909   Burglary   100 Main St   Report Taken   61002400".
    Both date-times are eight bare digits and a time; the entry number, eight digits too,
    is the last column and rises by one a row. Each row thus holds three eight-digit runs
    after blank gutters, as a band of records side by side would."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 580, f"Port Authority Patrol - Occurrence Ledger, sheet {page}")
        c.setFont("Helvetica", 8)
        for x, title in _COLUMNS:
            c.drawString(x, 558, title)
        return 540

    page = 1
    y = header(page)
    for i, r in enumerate(rows):
        if i and i % 30 == 0:
            c.showPage()
            page += 1
            y = header(page)
        mm, dd, yyyy = r["date"].split("/")
        hour, minute = r["time"].split(":")
        logged = f"{yyyy}{mm}{dd} {hour}{minute}"
        began = f"{yyyy}{mm}{dd} {max(0, int(hour) - 1):02d}{minute}"
        for (x, _), value in zip(_COLUMNS, (logged, began, r["type"], r["address"], r["dispo"], f"{61002400 + i}")):
            c.drawString(x, y, value)
        y -= 15
    c.save()
    return path


STAMP_COLUMNS = {f.__name__: f for f in (stamp_dated_ledger_number_in_last_column,)}
