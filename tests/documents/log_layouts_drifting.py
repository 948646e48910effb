"""More generated logs (see ``log_layouts``): a daybook typed in a word processor whose
separators and date style change twice over the month, numbered with a short year-serial."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_MONTH = "Apr"


def daybook_separators_drifting(path: Path, n: int) -> Path:
    """Lines ``24-501 ...`` one a call: column-aligned under ``No. When Matter Place Closed``
    with ``04/01/2024 10:09``; then `` | `` cells under a barred header with ``4/3/24 1009``;
    then `` - `` parts under a dashed header with ``Apr 6 10:09`` (no year). Every fourth
    call has no place, every fifth no result. A heading with a phone number, a closing line
    with the count and a fuel figure."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740

    def line(text: str, x: float = 50, font: str = "Courier", size: float = 9) -> None:
        nonlocal y
        if y < 70:
            c.showPage()
            y = 740
        c.setFont(font, size)
        c.drawString(x, y, text)

    line("Village of Fenwick Mills - Warden's Daybook", font="Helvetica-Bold", size=12)
    y -= 16
    line("April 2024   Ph 555-0199", font="Helvetica", size=10)
    y -= 24
    cols = (50, 110, 210, 350, 470)
    third = n // 3
    for i, r in enumerate(rows):
        number = f"24-{501 + i}"
        place = "" if i % 4 == 2 else r["address"]
        result = "" if i % 5 == 3 else r["dispo"]
        month, day, year = r["date"].split("/")
        if i == 0:
            for x, t in zip(cols, ("No.", "When", "Matter", "Place", "Closed")):
                line(t, x, "Helvetica-Bold")
            y -= 13
        if i == third:
            line("Entry # | Time | Nature | Address | Disposition", font="Courier-Bold")
            y -= 13
        if i == 2 * third:
            line("Entry - Logged - Nature - Address - Disposition", font="Courier-Bold")
            y -= 13
        if i < third:
            for x, v in zip(cols, (number, f"{r['date']} {r['time']}", r["type"], place, result)):
                line(v, x, "Helvetica")
        elif i < 2 * third:
            when = f"{int(month)}/{int(day)}/{year[2:]} {r['time'].replace(':', '')}"
            line(" | ".join((number, when, r["type"], place, result)))
        else:
            when = f"{_MONTH} {int(day)} {r['time']}"
            line(" - ".join(v for v in (number, when, r["type"], place, result) if v))
        y -= 13
    y -= 10
    line(f"{n} calls logged. Fuel 38 gal.", font="Helvetica")
    c.save()
    return path


DRIFTING = {"daybook_separators_drifting": daybook_separators_drifting}
