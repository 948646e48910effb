"""Table cells or block values dated by month and day only (``10/22 00:31``, ``20OCT`` beside
``18:30``, ``Sat 6 Apr @ 1009``): the year is the document's.

A log covering a day or a week may print its dates without the year, the title naming it
once (``October 22, 2025``). Such a cell matches no full date, so its rows read no date
at all. When most rows of a table (or blocks) without a full date carry a cell of
month/day and a clock (every row, or those typed after the dates changed partway), and
the first lines of the document print one year only, each such cell is read as that day
of that year. The day may be printed as a month/day pair (``10/22``) or as a day and the
month's first three letters (``20OCT``, ``20 Oct``, ``Oct 20``), the clock in the same cell
(after an ``@`` or not) or in a cell of its own after it (a board's DATE and TIME columns); a
weekday's name may lead it (``Mon 04/01 10:09``), checked against the year's calendar. With
no year, or two, no date is made up.
"""
from __future__ import annotations

import re
from datetime import datetime

_MON = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON_RE = "(?i:" + "|".join(_MON) + ")"
# the day: "10/22" (month first), "20OCT", "20 Oct", "Oct 20", "OCT20", a weekday's name
# before it or not ("Mon 04/01 10:09"), the clock's unit glued to it or not ("0404hrs"), its
# seconds printed or not (a message log's "04/01 06:12:40")
_DAY = re.compile(r"^(?:(?P<wd>[A-Za-z]{3,9})\.?,?\s+)?"
                  rf"(?:(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}}) ?(?P<mon>{_MON_RE})\.?"
                  rf"|(?P<mon2>{_MON_RE})\.? ?(?P<d3>\d{{1,2}}))"
                  r"(?:\s+(?:@\s+)?(?P<h>\d{1,2}):?(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:hrs?|h)?)?$")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAME = re.compile(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)(?:s|u|r|ur|rs)?|"
                           r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
# a year alone ("October 22, 2025") or closing a full date ("10/17/2025 - 10/20/2025")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])|(?<![\d/])\d{1,2}/\d{1,2}/((?:19|20)\d\d)(?![\d/])")
HEAD_LINES = 6          # lines of the first page looked at for the year
MIN_SHARE = 0.6         # share of rows with a month/day cell


def date_yearless_cells(records: list[dict], page_texts: list[str]) -> None:
    """Set ``reported_at`` of rows whose only date is a month/day cell (in place): the
    undated rows, most of them carrying one (all rows, or those typed after the dates
    changed to days without the year partway)."""
    records = [r for r in records if not (r.get("reported_at") or r.get("occurred_at"))]
    if not records:
        return
    # the year first: a few lines, where the cells are every record's (a yearly log's tens of thousands)
    head = "\n".join(page_texts[0].splitlines()[:HEAD_LINES]) if page_texts else ""
    years = {a or b for a, b in _YEAR.findall(head)}
    if len(years) != 1:
        return
    year = int(years.pop())
    # stop at the first miss too many: a log of full dates tells in a fraction of its rows
    cells, misses, allowed = [], 0, len(records) - MIN_SHARE * len(records)
    for rec in records:
        cells.append(_day_clock(rec))
        if cells[-1] is None:
            misses += 1
            if misses > allowed:
                return
    for rec, found in zip(records, cells):
        if found:
            weekday, month, day, hour, minute, second = found
            if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 60):
                continue
            try:
                when = datetime(year, month, day, hour, minute, second)
            except ValueError:
                continue
            # a weekday printed beside it that the year's calendar does not give: not that year
            if weekday is None or when.weekday() == weekday:
                rec["reported_at"] = when.isoformat()


def _day_clock(rec: dict) -> tuple[int | None, int, int, int, int, int] | None:
    """The row's weekday (if printed), month, day, hour, minute and second: a day cell with its clock, or
    followed by a clock cell."""
    values = [v.strip() for v in (rec.get("fields") or {}).values() if isinstance(v, str)]
    for i, value in enumerate(values):
        m = _DAY.match(value)
        if not m:
            continue
        name = m.group("wd")
        weekday = _WEEKDAYS.index(name[:3].lower()) if name and name[:3].lower() in _WEEKDAYS else None
        if name and (weekday is None or not _WEEKDAY_NAME.fullmatch(name)):
            continue            # a word, not a weekday, before the date
        if m.group("m"):
            month, day = int(m.group("m")), int(m.group("d"))
        else:
            month = _MON.index((m.group("mon") or m.group("mon2")).lower()) + 1
            day = int(m.group("d2") or m.group("d3"))
        if m.group("h"):
            return weekday, month, day, int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)
        if not m.group("m"):    # a bare month/day pair without its clock stays what it was
            clock = next((c for c in map(_CLOCK.match, values[i + 1:i + 3]) if c), None)
            if clock:
                return weekday, month, day, int(clock.group(1)), int(clock.group(2)), 0
    return None
