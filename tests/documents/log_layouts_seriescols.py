"""Generated logs printing each kind of work in a column of its own (see ``log_layouts``): a
time column, then one column per series of numbered entries, only one of them titled as
the records' series, every series numbered in the same shape."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

COLUMNS = ((30, "TIME"), (110, "CASES"), (300, "SUMMONS / WRITS"), (470, "ESCORTS / DETAILS"),
           (620, "FOUND PROPERTY"))
OTHER = ((1, "Summons served", "Town hall annex", "Served"),
         (2, "Escort to county jail", "Marshal's office", "Completed"),
         (3, "Bicycle returned to owner", "Front counter", "Released"),
         (1, "Eviction writ posted", "Mill Lane flats", "Posted"))


def marshal_board_series_columns(path: Path, n: int) -> Path:
    """A marshal's office watch board, landscape, Courier 8: titles "TIME", "CASES",
    "SUMMONS / WRITS", "ESCORTS / DETAILS", "FOUND PROPERTY" atop every page, a day band
    "MONDAY 04/01/2024" over each day; every activity a row of a time ("04/01 12:21") and a
    three-line cell (number and nature / place / outcome and deputy) in the column of its series.
    After every second case an entry of another series, numbered in the cases' shape
    (24-6xxxx against 24-01xxx), so only the column it stands in tells it from a case."""
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    y, page, day = 0.0, 0, None
    entries, others = [], 0
    for i, r in enumerate(incidents(n, seed=31)):
        entries.append((r["date"], r["time"], 1, (f"{r['no']} {r['type']}", r["address"],
                                                   f"{r['dispo']} - deputy {200 + 7 * i % 90}")))
        if i % 2 == 1:
            col, what, where, result = OTHER[i // 2 % len(OTHER)]
            entries.append((r["date"], r["time"], col + 1, (f"24-{60100 + i:05d} {what}", where, result)))
            others += 1

    def new_page():
        nonlocal y, page
        if page:
            c.showPage()
        page += 1
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 580, f"BRACKEN VALE MARSHAL'S OFFICE - WATCH BOARD          Sheet {page}")
        c.setFont("Courier", 8)
        for x, title in COLUMNS:
            c.drawString(x, 555, title)
        y = 535

    new_page()
    for date, time, col, cell in entries:
        if y < 90:
            new_page()
        if date != day:
            day = date
            c.drawString(30, y, f"{('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')[int(date[3:5]) % 7 - 1]} {date}")
            y -= 11
        c.drawString(30, y, f"{date[:5]} {time}")
        for k, text in enumerate(cell):
            c.drawString(COLUMNS[col][0], y - 11 * k, text)
        y -= 33
    c.drawString(30, y - 11, f"Column totals: cases {n}, other work {others} - {n + others} entries")
    c.save()
    return path


SERIES_COLUMNS = {f.__name__: f for f in (marshal_board_series_columns,)}
