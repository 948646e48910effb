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


def agenda_with_day_margin(path: Path, n: int) -> Path:
    """A calendar's agenda printed: "Shift Agenda - April 2024" on top, the day label
    without a year ("Monday, Apr 1") in a left margin on the line of the day's first entry
    only; each entry a span "10:09-11:39", the type with the number in brackets after it
    ("Burglary [24-01000]"), the address, then the narrative and the outcome as two
    sentences; a note with no number ("All day  Radio maintenance") opens some days."""
    days = _by_day(incidents(n))
    c = canvas.Canvas(str(path), pagesize=letter)
    y = [720]

    def line(x: float, text: str, font: str = "Helvetica", size: int = 9) -> None:
        c.setFont(font, size)
        c.drawString(x, y[0], text)

    def top() -> None:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 750, "Shift Agenda - April 2024")
        y[0] = 720
    top()
    for day, rows in sorted(days.items()):
        label = f"{_DAY_NAMES[day.weekday()]}, {day:%b} {day.day}"
        entries = ([("All day", "Radio maintenance, north tower", None)] if day.day % 3 == 0 else []) + \
            [(f"{r['time']}-{(int(r['time'][:2]) + 1) % 24:02d}{r['time'][2:]}", f"{r['type']} [{r['no']}]", r)
             for r in rows]
        for k, (when, title, r) in enumerate(entries):
            if y[0] < 90:
                c.showPage()
                top()
            if k == 0:
                line(40, label, "Helvetica-Bold")
            line(150, when)
            line(240, title, "Helvetica-Bold")
            y[0] -= 12
            if r is not None:
                line(240, r["address"])
                y[0] -= 12
                line(240, f"Officer met the caller on scene. {r['dispo']}.")
                y[0] -= 12
            y[0] -= 4
        y[0] -= 10
    c.save()
    return path


def beat_columns_one_series(path: Path, n: int) -> Path:
    """A sheriff's log with one column per patrol beat ("North Beat", "Lake Beat", "Hill
    Beat") after a "Received" time column: each entry printed only under its beat, level
    with its time ("24-01000  Burglary" over the address and the outcome), entries in
    time order so they jump between beats; a day line ("04/01/2024 Monday") over each
    day's entries and a "Day total  3 calls  2 calls  1 calls" line closing it."""
    rows = sorted(incidents(n), key=lambda r: (r["date"], r["time"]))
    heads = ["Received", "North Beat", "Lake Beat", "Hill Beat"]
    xs = [30, 110, 330, 550]
    c = canvas.Canvas(str(path), pagesize=landscape(letter))

    def top() -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, 585, "Ashcombe County Sheriff - Calls by Beat")
        c.setFont("Helvetica-Bold", 8)
        for x, h in zip(xs, heads):
            c.drawString(x, 565, h)
        c.setFont("Helvetica", 8)
        return 545

    y = top()
    for day, items in _by_day(rows).items():
        if y < 120:
            c.showPage()
            y = top()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, y, f"{day:%m/%d/%Y} {_DAY_NAMES[day.weekday()]}")
        c.setFont("Helvetica", 8)
        y -= 14
        counts = [0, 0, 0]
        for r in items:
            if y < 70:
                c.showPage()
                y = top()
            beat = int(r["no"][-2:]) * 7 % 3
            counts[beat] += 1
            c.drawString(xs[0], y, r["time"])
            for text in (f"{r['no']}  {r['type']}", r["address"], r["dispo"]):
                c.drawString(xs[1 + beat], y, text)
                y -= 10
            y -= 3
        c.drawString(xs[0], y, "Day total")
        for k, count in enumerate(counts):
            c.drawString(xs[1 + k], y, f"{count} calls")
        y -= 18
    c.showPage()
    c.save()
    return path


CALENDAR = {f.__name__: f for f in (week_per_page_day_columns, month_grid_day_numbers, agenda_with_day_margin,
                                    beat_columns_one_series)}
