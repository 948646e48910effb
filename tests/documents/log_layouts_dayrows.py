"""Generated logs whose day rows print more than the date (see ``log_layouts``): a short
weekday, the date, then the day's notes; the record rows carry only the time."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def table_day_rows_short_weekday_and_notes(path: Path, n: int) -> Path:
    """A lake patrol's table, Courier 8: titles `Hour  Activity  Spot  Result  Entry`, a
    row per day "Thu 04/01/2024 tide 3.2 ft crew of 2 entries: 7" (the weekday cut to
    three letters, notes after the date) and rows of a four-digit time, type, place,
    result and the number last."""
    rows = incidents(n)
    lines: list[str] = []
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            lines.append(f"{_DAYS[i % 7]} {day} tide 3.2 ft crew of 2 entries: {i % 9 + 3}")
        lines.append(f"{r['time'].replace(':', '')}    {r['type']:<22}{r['address']:<18}{r['dispo']:<18}LP{r['no']}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"GREYLOCK LAKE PATROL ACTIVITY   page {page}")
        c.drawString(40, 730, f"{'Hour':<8}{'Activity':<22}{'Spot':<18}{'Result':<18}Entry")
        return 715
    return flowed_lines(path, lines, header)


DAYROWS = {f.__name__: f for f in (table_day_rows_short_weekday_and_notes,)}
