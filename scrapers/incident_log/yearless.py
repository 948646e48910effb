"""Table cells dated by month and day only (``10/22 00:31``, ``20OCT`` beside ``18:30``):
the year is the document's.

A log covering a day or a week may print its dates without the year, the title naming it
once (``October 22, 2025``). Such a cell matches no full date, so its rows read no date
at all. When most rows of a table carry a cell of month/day and a clock and none carries
a full date, and the first lines of the document print one year only, each such cell is
read as that day of that year. The day may be printed as a month/day pair (``10/22``) or
as a day and the month's first three letters (``20OCT``, ``20 Oct``, ``Oct 20``), the clock
in the same cell or in a cell of its own after it (a board's DATE and TIME columns). With
no year, or two, no date is made up.
"""
from __future__ import annotations

import re

_MON = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON_RE = "(?i:" + "|".join(_MON) + ")"
# the day: "10/22" (month first), "20OCT", "20 Oct", "Oct 20", "OCT20"
_DAY = re.compile(rf"^(?:(\d{{1,2}})/(\d{{1,2}})|(\d{{1,2}}) ?({_MON_RE})\.?|({_MON_RE})\.? ?(\d{{1,2}}))"
                  r"(?:\s+(\d{1,2}):?(\d{2}))?$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
# a year alone ("October 22, 2025") or closing a full date ("10/17/2025 - 10/20/2025")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])|(?<![\d/])\d{1,2}/\d{1,2}/((?:19|20)\d\d)(?![\d/])")
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
    years = {a or b for a, b in _YEAR.findall(head)}
    if len(years) != 1:
        return
    year = int(years.pop())
    for rec, found in zip(records, cells):
        if found:
            month, day, hour, minute = found
            if 1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60:
                rec["reported_at"] = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00"


def _day_clock(rec: dict) -> tuple[int, int, int, int] | None:
    """The row's month, day, hour and minute: a day cell with its clock, or followed by a clock cell."""
    values = [v.strip() for v in (rec.get("fields") or {}).values() if isinstance(v, str)]
    for i, value in enumerate(values):
        m = _DAY.match(value)
        if not m:
            continue
        if m.group(1):
            month, day = int(m.group(1)), int(m.group(2))
        else:
            month = _MON.index((m.group(4) or m.group(5)).lower()) + 1
            day = int(m.group(3) or m.group(6))
        if m.group(7):
            return month, day, int(m.group(7)), int(m.group(8))
        if not m.group(1):      # a bare month/day pair without its clock stays what it was
            clock = next((c for c in map(_CLOCK.match, values[i + 1:i + 3]) if c), None)
            if clock:
                return month, day, int(clock.group(1)), int(clock.group(2))
    return None
