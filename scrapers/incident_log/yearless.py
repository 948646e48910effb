"""Table cells dated by month and day only (``10/22 00:31``): the year is the document's.

A log covering a day or a week may print its dates without the year, the title naming it
once (``October 22, 2025``). Such a cell matches no full date, so its rows read no date
at all. When most rows of a table carry a cell of month/day and a clock and none carries
a full date, and the first lines of the document print one year only, each such cell is
read as that day of that year. With no year, or two, no date is made up.
"""
from __future__ import annotations

import re

_DAY_CLOCK = re.compile(r"^(\d{1,2})/(\d{1,2})\s+(\d{1,2}):?(\d{2})$")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
HEAD_LINES = 6          # lines of the first page looked at for the year
MIN_SHARE = 0.6         # share of rows with a month/day cell


def date_yearless_cells(records: list[dict], page_texts: list[str]) -> None:
    """Set ``reported_at`` of rows whose only date is a month/day cell (in place)."""
    if not records or any(r.get("reported_at") or r.get("occurred_at") for r in records):
        return
    cells = [_day_clock(r) for r in records]
    if sum(1 for c in cells if c) < MIN_SHARE * len(records):
        return
    head = "\n".join(page_texts[0].splitlines()[:HEAD_LINES]) if page_texts else ""
    years = set(_YEAR.findall(head))
    if len(years) != 1:
        return
    year = int(years.pop())
    for rec, found in zip(records, cells):
        if found:
            month, day, hour, minute = found
            if 1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60:
                rec["reported_at"] = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00"


def _day_clock(rec: dict) -> tuple[int, int, int, int] | None:
    for value in (rec.get("fields") or {}).values():
        m = _DAY_CLOCK.match(value.strip()) if isinstance(value, str) else None
        if m:
            return tuple(int(g) for g in m.groups())
    return None
