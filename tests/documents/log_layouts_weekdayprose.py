"""Generated logs of prose paragraphs opened by a weekday-named date without its year (see
``log_layouts``): each written from one template sentence and closed by the sentence citing
its number, wrapped so that the number often opens a line; some cite an earlier file."""
from __future__ import annotations

import textwrap
from datetime import date as day_of
from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

WIDTH = 96      # characters a line: "Log" ends one line and its number opens the next in many paragraphs
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
TOLD = ("The caller waited at the gate.", "", "Patrol checked the area twice and spoke with two neighbours.",
        "", "Nothing further was found.")


def weekday_dated_template_paragraphs_closed_by_their_log_number(path: Path, n: int) -> Path:
    """Times 10 harbour log, the year only in its title ("Harbour log, April 1 - 10, 2024"):
    "Monday, April 1, 1009 hrs. Wardens were sent out regarding burglary at 100 Main St.
    <a narrative or none> Log 24-01000, report taken. Boat 3." wrapped at 96 characters, one
    paragraph under another with no blank line; every sixth cites an earlier file before its
    own ("Earlier file 24-00871 refers."), a related number, no record of its own."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    lines: list[str] = []
    for i, r in enumerate(rows):
        month, day, year = map(int, r["date"].split("/"))
        weekday = day_of(year, month, day).strftime("%A")
        clock = r["time"].replace(":", "")
        earlier = f" Earlier file 24-{871 + i:05d} refers." if i % 6 == 5 else ""
        told = f" {TOLD[i % len(TOLD)]}" if TOLD[i % len(TOLD)] else ""
        text = (f"{weekday}, {_MONTHS[month - 1]} {day}, {clock} hrs. Wardens were sent out regarding "
                f"{r['type'].lower()} at {r['address']}.{told}{earlier} Log {r['no']}, {r['dispo'].lower()}. "
                f"Boat {1 + i % 7}.")
        lines += textwrap.wrap(text, WIDTH)
    y, page = 740, 1

    def head():
        c.setFont("Times-Bold", 12)
        c.drawString(40, 775, "GREY HERON HARBOUR WARDENS")
        c.setFont("Times-Roman", 10)
        c.drawString(40, 760, "Harbour log, April 1 - 10, 2024")

    head()
    for line in lines:
        if y < 50:
            c.drawString(280, 30, f"Page {page}")
            c.showPage()
            head()
            page, y = page + 1, 740
        c.drawString(40, y, line)
        y -= 12
    c.drawString(40, y - 12, f"Calls listed: {n}.")
    c.drawString(280, 30, f"Page {page}")
    c.save()
    return path


WEEKDAY_PROSE = {f.__name__: f for f in (weekday_dated_template_paragraphs_closed_by_their_log_number,)}
