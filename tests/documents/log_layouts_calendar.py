"""Generated logs printed as calendars (see ``log_layouts``): days side by side as columns,
so ``pdftotext -layout`` runs the entries of several days together on every line."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _by_day(rows: list[dict]) -> dict[dt.date, list[dict]]:
    out: dict[dt.date, list[dict]] = {}
    for r in rows:
        out.setdefault(dt.datetime.strptime(r["date"], "%m/%d/%Y").date(), []).append(r)
    return out


def week_per_page_day_columns(path: Path, n: int) -> Path:
    """One landscape page a week, Monday first: seven columns headed "Monday 04/01/2024",
    each day's entries stacked in its column ("10:09  24-01000" over the type, the
    address, the outcome); days with no entry say "Quiet day"; "Entries this week: N"
    under the columns."""
    days = _by_day(incidents(n))
    first = min(days) - dt.timedelta(days=min(days).weekday())
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    monday = first
    while monday <= max(days):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, 580, "Riverbend Transit Police - Weekly Activity")
        count = 0
        for k in range(7):
            day = monday + dt.timedelta(days=k)
            x, y = 30 + 105 * k, 550
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y, f"{_DAY_NAMES[k]} {day:%m/%d/%Y}")
            y -= 20
            c.setFont("Helvetica", 7)
            if not days.get(day):
                c.drawString(x, y, "Quiet day")
            for r in days.get(day, []):
                count += 1
                for text in (f"{r['time']}  {r['no']}", r["type"], r["address"], r["dispo"]):
                    c.drawString(x, y, text)
                    y -= 9
                y -= 9
        c.setFont("Helvetica", 8)
        c.drawString(30, 40, f"Entries this week: {count}")
        c.showPage()
        monday += dt.timedelta(days=7)
    c.save()
    return path


def month_grid_day_numbers(path: Path, n: int) -> Path:
    """A month grid, Sunday first, under the title "Desk Calls - April 2024": each week row
    opens with the day numbers (March's last days greyed), each entry in its day cell is
    the number and the time ("24-01000  10:09"), the type, the street without a house
    number, the outcome; a row ends with a count in a last column "Total"."""
    days = _by_day(incidents(n))
    start = min(days).replace(day=1)
    sunday = start - dt.timedelta(days=(start.weekday() + 1) % 7)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    heads = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Total"]
    while sunday <= max(days):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, 585, "Desk Calls - April 2024")
        c.setFont("Helvetica-Bold", 8)
        for k, h in enumerate(heads):
            c.drawString(30 + 95 * k, 565, h)
        c.setFont("Helvetica", 8)
        count = 0
        for k in range(7):
            day = sunday + dt.timedelta(days=k)
            x = 30 + 95 * k
            c.setFillGray(0.6 if day.month != start.month else 0)
            c.drawRightString(x + 85, 550, str(day.day))
            c.setFillGray(0)
            y = 538
            for r in days.get(day, []):
                count += 1
                place = r["address"].split(" ", 1)[1]       # a street without its house number
                for text in (f"{r['no']}  {r['time']}", r["type"], place, r["dispo"]):
                    c.drawString(x, y, text)
                    y -= 9
        c.drawString(30 + 95 * 7, 538, f"{count} calls")
        c.showPage()
        sunday += dt.timedelta(days=7)
    c.save()
    return path


CALENDAR = {f.__name__: f for f in (week_per_page_day_columns, month_grid_day_numbers)}
