"""Generated logs whose day rows print more than the date (see ``log_layouts``): a short
weekday, the date, then the day's notes; the record rows carry only the time."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def table_day_rows_short_weekday_and_notes(path: Path, n: int) -> Path:
    """A lake patrol's table, Courier 8: titles `Hour  Activity  Spot  Result  Entry`, a
    row per day "Thu 04/01/2024 tide 3.2 ft crew of 2 entries: 7" (the weekday cut to
    three letters, notes after the date) and rows of a four-digit time, type, place,
    result and the number last."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    lines: list[str] = []
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            lines.append(f"{_DAYS[i % 7]} {day} tide 3.2 ft crew of 2 entries: {i % 9 + 3}")
        lines.append(f"{r['time'].replace(':', '')}    {r['type']:<22}{r['address']:<18}{r['dispo']:<18}LP{r['no']}")
    y, page = 0.0, 0
    for line in lines:
        if y < 50:
            if page:
                c.showPage()
            page += 1
            c.setFont("Courier", 8)
            c.drawString(40, 750, f"GREYLOCK LAKE PATROL ACTIVITY   page {page}")
            c.drawString(40, 730, f"{'Hour':<8}{'Activity':<22}{'Spot':<18}{'Result':<18}Entry")
            y = 715
        c.drawString(40, y, line)
        y -= 11
    c.save()
    return path


DAYROWS = {f.__name__: f for f in (table_day_rows_short_weekday_and_notes,)}
