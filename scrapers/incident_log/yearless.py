"""Table cells dated by month and day only (``10/22 00:31``): the year is the document's.

A log covering a day or a week may print its dates without the year, the title naming it
once (``October 22, 2025``). Such a cell matches no full date, so its rows read no date
at all. When most rows of a table carry a cell of month/day and a clock and none carries
a full date, and the first lines of the document print one year only, each such cell is
read as that day of that year. With no year, or two, no date is made up.
"""
from __future__ import annotations

import re
from datetime import datetime

# (a weekday's name may lead it, "Mon 04/01 10:09": checked against the year's calendar)
_DAY_CLOCK = re.compile(r"^(?:(?P<wd>[A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})/(\d{1,2})\s+(\d{1,2}):?(\d{2})$")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAME = re.compile(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)(?:s|u|r|ur|rs)?|"
                           r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
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
            weekday, month, day, hour, minute = found
            if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
                continue
            try:
                when = datetime(year, month, day, hour, minute)
            except ValueError:
                continue
            # a weekday printed beside it that the year's calendar does not give: not that year
            if weekday is None or when.weekday() == weekday:
                rec["reported_at"] = when.isoformat()


def _day_clock(rec: dict) -> tuple[int | None, int, int, int, int] | None:
    for value in (rec.get("fields") or {}).values():
        m = _DAY_CLOCK.match(value.strip()) if isinstance(value, str) else None
        if m:
            name = m.group("wd")
            weekday = _WEEKDAYS.index(name[:3].lower()) if name and name[:3].lower() in _WEEKDAYS else None
            if name and (weekday is None or not _WEEKDAY_NAME.fullmatch(name)):
                continue            # a word, not a weekday, before the date
            return (weekday, *(int(g) for g in m.groups()[1:]))
    return None
