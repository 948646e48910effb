"""Generated logs whose record numbers carry a letter group between dashes (see ``log_layouts``):
``RW-K-24-1000``, the series' letters, a one-letter kind, the year and the serial."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

PER_PAGE = 30
HEADER = "Sheriff Ref.      Ranger Log No.    Logged            Matter                  Place              Result"


def park_rangers_dash_letter_numbers(path: Path, n: int) -> Path:
    """A county park rangers' weekly log, landscape Courier 8, one line an occurrence under a
    header repeated per page. The first column holds the sheriff's reference (`24-77010`),
    printed only on every third row, `n/a` on the others; the second holds the rangers' own
    log number, `RW-K-24-1000`: letters, one letter between dashes, then the year and serial.
    A count line closes the log."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for start in range(0, n, PER_PAGE):
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 580, "REDWALL COUNTY PARKS - RANGER OCCURRENCE LOG [generated]")
        c.setFont("Courier", 8)
        c.drawString(30, 568, "Sheriff reference shown where the occurrence was passed to the sheriff")
        c.drawString(30, 550, HEADER)
        y = 536
        for i in range(start, min(start + PER_PAGE, n)):
            r = rows[i]
            ref = f"24-{77010 + 7 * i}" if i % 3 == 0 else "n/a"
            c.drawString(30, y, f"{ref:<16}  RW-K-24-{1000 + i:04d}      {r['date']} {r['time']}  "
                                f"{r['type']:<22}  {r['address']:<17}  {r['dispo']}")
            y -= 11
        if start + PER_PAGE >= n:
            c.drawString(30, y - 11, f"Occurrences logged: {n}")
        c.showPage()
    c.save()
    return path


def two_pages_stamped_with_dash_letter_numbers(path: Path, n: int) -> Path:
    """A two-page event list, Courier 8, one line an event (`WB24-01000  04/01/2024 10:09
    Burglary ...`), released with a stamp at each page's foot: `LKW-R-0095-0001` at the
    left margin, under the numbers, and `Released to request 95   Sheet 1 of 2` beside it, the
    stamp counting the pages one by one."""
    rows = incidents(n)
    per_page = (n + 1) // 2
    c = canvas.Canvas(str(path), pagesize=letter)
    for no, start in enumerate(range(0, n, per_page), start=1):
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 760, "LAKEWOOD BOROUGH WARDENS - EVENT LIST [generated]")
        c.setFont("Courier", 8)
        c.drawString(30, 742, "Event No.    Received          Matter                  Place              Result")
        y = 728
        for i in range(start, min(start + per_page, n)):
            r = rows[i]
            c.drawString(30, y, f"WB24-{1000 + i:05d}  {r['date']} {r['time']}  {r['type']:<22}  "
                                f"{r['address']:<17}  {r['dispo']}")
            y -= 11
        c.drawString(30, 40, f"LKW-R-0095-{no:04d}")
        c.drawString(250, 40, f"Released to request 95         Sheet {no} of 2")
        c.showPage()
    c.save()
    return path


DASH_LETTER = {f.__name__: f for f in (park_rangers_dash_letter_numbers, two_pages_stamped_with_dash_letter_numbers)}
