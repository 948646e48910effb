"""Generated logs whose page geometry, not their words, hides the records (see
``log_layouts``): calls running down the left column and on down the right one, two lines
a call under one column title of three names parted by slashes; a phone app's list printed
one screen a page, each item closing with its number, the screen's top repeating the item
that closed the screen before."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def snaking_columns_under_slashed_titles(path: Path, n: int) -> Path:
    """Two columns a page, a rule between: the list runs down the left column, then the
    right, then the next page. Each column repeats the titles ``INC #   HOUR   NATURE /
    ADDRESS / RESULT`` (one title of three names) and opens with the day ``== 04/01/2024 ==``;
    a call is its number, hour and nature, then ``ADDRESS / RESULT`` indented under them."""
    rows = incidents(n)
    per_column = 12
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, 2 * per_column):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 760, "NORTH FORK TOWNSHIP PATROL  -  CALL SHEET")
        c.line(306, 80, 306, 735)
        for half, x in ((0, 30), (1, 318)):
            chunk = rows[start + half * per_column:start + (half + 1) * per_column]
            if not chunk:
                continue
            c.setFont("Courier-Bold", 7)
            c.drawString(x, 728, "INC #      HOUR   NATURE / ADDRESS / RESULT")
            c.setFont("Courier", 7)
            c.drawString(x, 714, f"== {chunk[0]['date']} ==")
            y, day = 702, chunk[0]["date"]
            for r in chunk:
                if r["date"] != day:
                    day = r["date"]
                    c.drawString(x, y, f"== {day} ==")
                    y -= 12
                c.drawString(x, y, f"{r['no']}   {r['time']}  {r['type'].upper()}")
                c.drawString(x + 75, y - 9, f"{r['address'].upper()} / {r['dispo'].upper()}")
                y -= 22
        c.showPage()
    c.save()
    return path


def _house(i: int) -> int:
    # house numbers, some of which read as clock times ("1420 Pine Rd")
    return 200 + (i * 373) % 3800


def app_screens_items_closed_by_number(path: Path, n: int) -> Path:
    """A list app printed one screen a page: a clock and battery line, ``Activity`` and
    ``Sort``, chips, day bands ``MON APR 1``; each item three lines (type with ``Apr 1`` at
    the right, the place with a chevron, ``24-01000 • 10:09 • Advised``), apart by blank
    space. Every screen after the first opens with the item that closed the one before."""
    rows = incidents(n)
    per_screen = 8
    c = canvas.Canvas(str(path), pagesize=letter)
    first = 0
    screen = 0
    while first < n:
        items = range(max(0, first - 1) if screen else 0, min(n, first + per_screen))
        screen += 1
        c.setFont("Helvetica", 8)
        c.drawString(150, 770, f"Capture {screen} — saved 04/12/2024")
        c.drawString(160, 740, f"9:{screen:02d}")
        c.drawRightString(450, 740, "LTE 64%")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(160, 715, "Activity")
        c.drawRightString(450, 715, "Sort")
        c.setFont("Helvetica", 8)
        c.drawString(160, 695, "Everything    This week    Closed")
        y, day = 670, None
        for i in items:
            r = rows[i]
            if r["date"] != day:
                day = r["date"]
                c.setFont("Helvetica-Bold", 8)
                c.drawString(160, y, f"APR {int(day[3:5])}")
                y -= 22
            c.setFont("Helvetica-Bold", 9)
            c.drawString(160, y, r["type"])
            c.setFont("Helvetica", 8)
            c.drawRightString(450, y, f"Apr {int(r['date'][3:5])}")
            c.drawString(160, y - 11, f"{_house(i)} {r['address'].split(' ', 1)[1]}")
            c.drawRightString(455, y - 11, ">")
            c.drawString(160, y - 22, f"{r['no']} \u2022 {r['time']} \u2022 {r['dispo']}")
            y -= 48
        c.setFont("Helvetica", 8)
        c.drawString(160, 90, "Home     Search     Activity     Profile")
        c.showPage()
        first += per_screen
    c.save()
    return path


_OUTCOMES = {"Report Taken": "A report was filed.", "Unfounded": "Nothing was found.", "Arrest": "One person was arrested.",
             "Gone on Arrival": "The person had left.", "Advised": "Those involved were given advice."}


def plain_summary_parts_between_bullets(path: Path, n: int) -> Path:
    """A newsletter's plain-language list under neighbourhood headings: each entry ``–
    Tuesday night (Apr. 2) • report 24-01000 • Burglary. <what happened>. Officers went to
    100 Main St. <how it ended>.``, wrapped at about 90 characters."""
    rows = incidents(n)
    lines: list[str] = []
    for i, r in enumerate(rows):
        if i % 20 == 0:
            lines += ["", f"Neighbourhood {i // 20 + 1}", ""]
        text = (f"\u2013 Day {int(r['date'][3:5])} (Apr. {int(r['date'][3:5])}) \u2022 report {r['no']} \u2022 "
                f"{r['type']}. A neighbour called about what they saw. Officers went to {r['address']}. "
                f"{_OUTCOMES[r['dispo']]}")
        while len(text) > 90:
            cut = text.rfind(" ", 0, 90)
            lines.append(text[:cut])
            text = "  " + text[cut + 1:]
        lines += [text, ""]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0
    for line in lines:
        if y < 60:
            if y:
                c.showPage()
            c.setFont("Helvetica-Bold", 11)
            c.drawString(40, 760, "What officers did this week")
            c.setFont("Helvetica", 9)
            y = 730
        c.drawString(40, y, line)
        y -= 12
    c.save()
    return path


GEOMETRY = {f.__name__: f for f in (snaking_columns_under_slashed_titles, app_screens_items_closed_by_number,
                                    plain_summary_parts_between_bullets)}
