"""Dates printed as the day of the year, "Julian" dates: a year and the day's number in it
(``2025-286``, ``25286``, ``286/25``), or the day alone with the time (a stamp ``293/2319``),
times as four digits without a colon (``0915``, ``2347 hrs``).

Such a date has the shape of many other numbers (a serial, a CAD or unit number, a house
number): ``parse_datetime`` never reads one. Only a log that says its dates are so has them
read (``dayofyear.py``, which decides it once per document); this module says what the
shapes are and what date each is. A day printed without its year takes the year given.
"""
from __future__ import annotations

import datetime as _dt
import re

from prr.scrapers.incident_log.dtg import full_year

_DAY = r"(?:00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6])"
_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
# (not inside a number: "2025-286-001", "25286-0012", "J274-005" are record numbers, not
# dates; a date's own clock after one or more spaces, a word or a time zone's letter after
# it, "hrs", "0021L", but no more digits)
_JULIAN = (rf"(?<![\w/.:,-])(?:(?P<y4>(?:19|20)\d\d)-(?P<d4>{_DAY})|(?P<y5>\d\d)(?P<d5>{_DAY})"
           rf"|(?P<ds>{_DAY})/(?P<stamp>{_CLOCK})|(?P<dy>{_DAY})/(?P<y2>\d\d)"
           rf"|(?P<bare>{_DAY})(?=[ \t]+{_CLOCK}(?![\d/:.-])))(?![\w/:-]|[.,]\d)"
           rf"(?:[ \t]+(?:at[ \t]+)?(?P<time>{_CLOCK}|(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d/:.-]|[.,]\d))?")
JULIAN_RE = re.compile(_JULIAN)
# the same, opening a line: an entry's stamp at the margin ("293/0109     Incident ...")
STAMP_RE = re.compile(rf"^[ \t]*{_JULIAN}")


def julian_year(m: re.Match) -> int | None:
    """The year a day-of-year date prints, None when it prints the day alone."""
    if m.group("y4"):
        return int(m.group("y4"))
    y = m.group("y5") or m.group("y2")
    return full_year(y) if y else None


def is_bare(m: re.Match) -> bool:
    """A day with its clock and nothing else ("286 1039"): a date only in a field that
    holds one (a date column, a "Received" label), never in running text."""
    return m.group("bare") is not None


def julian_day(m: re.Match) -> int:
    """The day of the year ``m`` prints (1-366)."""
    return int(next(g for g in (m.group("d4"), m.group("d5"), m.group("ds"), m.group("dy"), m.group("bare")) if g))


def julian_iso(m: re.Match, year: int | None = None) -> str | None:
    """The date ``m`` (a match of ``JULIAN_RE``) prints as ISO 8601, its time with it;
    ``year``: the year of a day printed alone. None when the day is not in the year."""
    y = julian_year(m) or year
    if y is None:
        return None
    date = _dt.date(y, 1, 1) + _dt.timedelta(days=julian_day(m) - 1)
    if date.year != y:      # day 366 of a year of 365 days
        return None
    clock = m.group("stamp") or m.group("time")
    if not clock:
        return date.isoformat()
    hh, mi = (clock.split(":") if ":" in clock else (clock[:2], clock[2:]))
    return _dt.datetime(y, date.month, date.day, int(hh), int(mi)).isoformat(timespec="seconds")
