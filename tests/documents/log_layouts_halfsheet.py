"""Generated logs (see ``log_layouts``): two tables side by side on each page, each with its
own column titles, rows led by a number and dated by month and day only; a register whose
rows carry indented sub-lines, each citing a plate, more of them than rows."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def two_shift_tables_side_by_side(path: Path, n: int) -> Path:
    """The day shift's table on the left half of each page, the night shift's on the right,
    each under its own titles; the date is "04/03 10:09" (the year only in the title), the
    place a road marker "KM 37.1" under a title naming no place; the
    outcome of half the rows cites a ticket ("Ticket Q1234567"), the last number of a line."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per = 15
    for start in range(0, n, 2 * per):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 580, "Harbor Road Patrol - Shift Sheet, April 2024")
        for x, title, part in ((30, "DAY SHIFT", rows[start:start + 2 * per:2]),
                               (410, "NIGHT SHIFT", rows[start + 1:start + 2 * per:2])):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, 555, title)
            for dx, head in ((0, "No."), (62, "When"), (122, "Marker"), (175, "Call"), (275, "Outcome")):
                c.drawString(x + dx, 540, head)
            c.setFont("Helvetica", 8)
            for k, r in enumerate(part):
                i = rows.index(r)
                y = 525 - 16 * k
                outcome = f"Ticket Q{7300000 + 13 * i}" if i % 4 in (0, 1) else r["dispo"][:12]
                c.drawString(x, y, f"HR{r['no']}")
                c.drawString(x + 62, y, f"{r['date'][:5]} {r['time']}")
                c.drawString(x + 122, y, f"KM {(37 * i) % 90}.{i % 10}")
                c.drawString(x + 175, y, r["type"][:18])
                c.drawString(x + 275, y, outcome)
        c.showPage()
    c.save()
    return path


def register_rows_with_plate_sublines(path: Path, n: int) -> Path:
    """A register: number, date-time, place, type, outcome; every row but each fourth is
    followed by two or three lines "Car n: grey sedan, plate AB1234, released" indented
    into the date column, so plates outnumber the rows."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0

    def head():
        c.setFont("Helvetica-Bold", 9)
        c.drawString(30, 760, "Lakeside Causeway Patrol - Register")
        for x, t in ((30, "Entry"), (110, "Logged"), (210, "Place"), (330, "Kind"), (470, "Result")):
            c.drawString(x, 740, t)
        c.setFont("Helvetica", 8)
        return 725

    y = head()
    for i, r in enumerate(rows):
        subs = 0 if i % 4 == 3 else 2 + i % 2
        if y - 11 * (subs + 1) < 60:
            c.showPage()
            y = head()
        c.drawString(30, y, f"{r['date'][8:10]}{r['date'][:2]}{r['date'][3:5]}-{i + 1:04d}")
        c.drawString(110, y, f"{r['date']} {r['time']}")
        c.drawString(210, y, r["address"][:22])
        c.drawString(330, y, r["type"].upper()[:24])
        c.drawString(470, y, r["dispo"][:18])
        y -= 11
        for k in range(subs):
            kind = ("grey sedan", "white van", "blue pickup long bed")[(i + k) % 3]
            c.drawString(140, y, f"Car {k + 1}: {kind}, plate {chr(65 + i % 26)}{chr(66 + k)}{4000 + 7 * i + k}, released")
            y -= 11
    c.save()
    return path


HALF_SHEET = {f.__name__: f for f in (two_shift_tables_side_by_side, register_rows_with_plate_sublines)}
