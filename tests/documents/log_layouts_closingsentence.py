"""Generated logs of prose paragraphs whose number stands in their last sentence (see
``log_layouts``): each paragraph opened by its date and clock, set one under another with
no blank line between, the number wrapped onto a later line of its paragraph."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

WIDTH = 92      # characters a line: the number lands on the paragraph's second or third line
# narratives of several lengths, so that the numbers stand at no one position of their lines
TOLD = ("Deputies canvassed the block.", "A passer-by flagged down the patrol car and waited on scene.",
        "Nothing further.", "The caller asked for extra patrols over the weekend.", "Two witnesses spoke to deputies.")


def dated_paragraphs_closed_by_their_file_number(path: Path, n: int) -> Path:
    """Times 10 bulletin: "04/01/24 1009 hrs. Burglary called in at 100 Main St. <a narrative of
    one of several lengths> Occurred about 04/01/24 1004 hrs. File 24-01000, Report Taken. Unit
    1." wrapped at 92 characters, paragraphs one under another with no blank line; three
    paragraphs in four say when it occurred, so the line holding the number mostly holds a
    date and clock too (a wrapped line may open with them)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    lines: list[str] = []
    for i, r in enumerate(rows):
        month, day, year = r["date"].split("/")
        date = f"{month}/{day}/{year[2:]}"
        clock = r["time"].replace(":", "")
        occurred = f" Occurred about {date} {clock[:2]}{int(clock[2:]) // 2:02d} hrs." if i % 4 else ""
        text = (f"{date} {clock} hrs. {r['type']} called in at {r['address']}. "
                f"{TOLD[(i * 3) % len(TOLD)]}{occurred} File {r['no']}, {r['dispo']}. Unit {1 + i % 9}.")
        lines += textwrap.wrap(text, WIDTH)
    y, page = 740, 1

    def head():
        c.setFont("Times-Bold", 12)
        c.drawString(40, 775, "SALT MEADOW SHERIFF - WEEKLY BULLETIN, APRIL 2024")
        c.setFont("Times-Roman", 10)

    head()
    for line in lines:
        if y < 50:
            c.drawString(280, 30, f"- {page} -")
            c.showPage()
            head()
            page, y = page + 1, 740
        c.drawString(40, y, line)
        y -= 12
    c.drawString(280, 30, f"- {page} -")
    c.save()
    return path


CLOSING_SENTENCE = {f.__name__: f for f in (dated_paragraphs_closed_by_their_file_number,)}
