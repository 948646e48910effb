"""Generated logs drawn as calendars of day boxes (see ``log_layouts``): the weekday headings
centred over their boxes, so ``pdftotext -layout`` prints each heading well right of where
its box's lines start, and the rows of boxes apart by more blank lines than end a page's body."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_NOTES = {5: "Pay day", 12: "Fire drill 1400", 19: "Gym closed"}
_W, _X0 = 106, 28


def _calls(n: int, per_day: float) -> list[dict]:
    """The incidents spread over April 2024, each numbered "RC-24-1000" on: a time of four
    digits and its nature."""
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["day"] = dt.date(2024, 4, 1) + dt.timedelta(days=int(i / per_day))
        r["ref"] = f"RC-24-{1000 + i}"
        r["hhmm"] = r["time"].replace(":", "")
    return sorted(rows, key=lambda r: (r["day"], r["hhmm"]))


def month_of_day_boxes_centred_heads(path: Path, n: int) -> Path:
    """One landscape page, April 2024, Sunday first: "Sunday" ... "Saturday" centred over
    seven boxes; each box prints its day number at its top left, on some days a note at
    its top right ("Fire drill 1400": no call), then its calls, two lines each: "0909
    RC-24-1000" and the nature set in under it. The week rows stand far apart (tall boxes),
    March 31 greyed and empty; "Calls logged in April: N" under the grid."""
    rows = _calls(n, 1.4)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(_X0, 585, "RIVERSIDE CAMPUS SAFETY - DESK CALENDAR")
    c.drawRightString(_X0 + 7 * _W, 585, "April 2024")
    c.setFont("Helvetica-Bold", 8)
    for k, name in enumerate(_NAMES):
        c.drawCentredString(_X0 + _W * k + _W / 2, 565, name)
    sunday = dt.date(2024, 3, 31)
    y0 = 555
    while sunday <= dt.date(2024, 4, 30):
        for k in range(7):
            day = sunday + dt.timedelta(days=k)
            if day.month != 4 and day < dt.date(2024, 4, 1):
                continue
            if day.month != 4:
                break
            x = _X0 + _W * k
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 3, y0 - 9, str(day.day))
            if day.day in _NOTES:
                c.setFont("Helvetica-Oblique", 6)
                c.drawRightString(x + _W - 3, y0 - 9, _NOTES[day.day])
            c.setFont("Helvetica", 6.5)
            y = y0 - 19
            for r in (r for r in rows if r["day"] == day):
                c.drawString(x + 3, y, f"{r['hhmm']} {r['ref']}")
                c.drawString(x + 9, y - 8, r["type"])
                y -= 17
        sunday += dt.timedelta(days=7)
        y0 -= 104
    c.setFont("Helvetica", 8)
    c.drawString(_X0, 25, f"Calls logged in April: {len(rows)}")
    c.save()
    return path


def week_board_shift_rows(path: Path, n: int) -> Path:
    """One landscape page a week, Monday first: "Mon 4/1" ... "Sun 4/7" centred over the
    day boxes (no year: the week's line above prints full dates), two shift rows with their
    titles in a left margin ("DAYS" over "0000-1159"), each box opening with its supervisor's
    line ("Lt 4471 - 4 cars"), then its calls: "0909 RC-24-1000", the nature under it and,
    for some, "Cite CT-24-0101" (a citation of the call numbers' shape: no call)."""
    rows = _calls(n, 2.5)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    monday = dt.date(2024, 4, 1)
    cite = 100
    while monday <= max(r["day"] for r in rows):
        sunday = monday + dt.timedelta(days=6)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(_X0, 585, "HOLLIS BAY HARBOR POLICE - SHIFT BOARD")
        c.setFont("Helvetica", 8)
        c.drawString(_X0, 572, f"Week of Monday {monday:%m/%d/%Y} to Sunday {sunday:%m/%d/%Y}")
        c.setFont("Helvetica-Bold", 8)
        for k in range(7):
            day = monday + dt.timedelta(days=k)
            c.drawCentredString(90 + 98 * k + 49, 545, f"{_NAMES[(k + 1) % 7][:3]} {day.month}/{day.day}")
        for s, (title, hours) in enumerate((("DAYS", "0000-1159"), ("EVENINGS", "1200-2359"))):
            y0 = 525 - 250 * s
            c.setFont("Helvetica-Bold", 7)
            c.drawString(_X0 - 10, y0 - 20, title)
            c.drawString(_X0 - 10, y0 - 30, hours)
            for k in range(7):
                day = monday + dt.timedelta(days=k)
                x = 90 + 98 * k
                c.setFont("Helvetica", 6.5)
                c.drawString(x + 3, y0, f"Lt {4400 + (7 * k + 3 * s) % 90} - {2 + (k + s) % 4} cars")
                y = y0 - 12
                for r in (r for r in rows if r["day"] == day and (r["hhmm"] >= "1200") == bool(s)):
                    c.drawString(x + 3, y, f"{r['hhmm']} {r['ref']}")
                    c.drawString(x + 9, y - 8, r["type"])
                    y -= 17
                    if int(r["ref"][-1]) % 4 == 1:
                        c.drawString(x + 9, y + 1, f"Cite CT-24-{cite:04d}")
                        cite += 1
                        y -= 9
        c.setFont("Helvetica", 8)
        c.drawString(_X0, 25, f"Calls this week: {sum(1 for r in rows if monday <= r['day'] <= sunday)}")
        c.showPage()
        monday += dt.timedelta(days=7)
    c.save()
    return path


DAY_BOXES = {f.__name__: f for f in (month_of_day_boxes_centred_heads, week_board_shift_rows)}
