"""A page head whose period covers one day: the date of the page's rows.

A staff journal's form prints the period it covers in the head of every page, from a time
on a day to a time on the same day ("FROM 0001 12 NOV 25 TO 2400 12 NOV 25", "Period:
10/14/2025 00:00 - 10/14/2025 23:59"), and its rows print only their times. Such a period
names the day in force below it, as a day heading does. Told from the line: one of a
page's first ``HEAD_LINES`` lines, of two or three cells, one of them the period alone
(after a label, if any), both of its dates the same day; a period of two days or more names none. The day may be written the military
way, its month's three letters and a two-digit year between spaces ("12 NOV 25").
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import _DATE, _MON3, DATE_RE, cells, parse_datetime

HEAD_LINES = 8          # a page's first lines, where its head box stands
MAX_CELLS = 3           # cells of a head line: title, place, period
_DIGIT = re.compile(r"\d")

_CLOCK = r"(?:\d{1,2}:\d{2}|[01]\d[0-5]\d|2[0-4][0-5]\d)"
_SPACED = rf"\d{{1,2}} {_MON3} \d{{2}}(?:\d{{2}})?"        # "12 NOV 25", "3 Oct 2025"
_DAY = rf"(?:{_DATE}|{_SPACED})"
_PERIOD = re.compile(rf"(?i)(?:[A-Za-z][A-Za-z ]*:\s*)?(?:from\s+)?(?:{_CLOCK}\s+)?({_DAY})(?:\s+{_CLOCK})?"
                     rf"\s*(?:to|through|thru|-|\u2013)\s*(?:{_CLOCK}\s+)?({_DAY})(?:\s+{_CLOCK})?")


def period_day(line: str) -> str | None:
    """The ISO date of the one-day period that is one of a head line's cells, or None."""
    if not _DIGIT.search(line):
        return None
    cs = cells(line)
    if not 2 <= len(cs) <= MAX_CELLS:
        return None
    for _, _, text in cs:
        m = _PERIOD.fullmatch(text)
        if m:
            first, last = _day(m.group(1)), _day(m.group(2))
            return first if first is not None and first == last else None
    return None


def _day(text: str) -> str | None:
    if re.fullmatch(_SPACED, text, re.I):
        text = "-".join(text.split())       # the form ``parse_datetime`` reads: "12-NOV-25"
    return parse_datetime(text)


def day_inside_period(line: str, current: str | None) -> bool:
    """The line prints a period of several days (its first two dates differ) and the day
    in force lies inside it: a roster's or planner's page head repeating the whole log's
    period ("03/01/2025 - 03/10/2025 ... (continued)") names no day, and the day heading
    above it, on the page before, is still in force over the rows carried across the break
    (a new period, the next week's page, starts at its first day as before)."""
    if current is None:
        return False
    days = [d[:10] for d in map(parse_datetime, DATE_RE.findall(line)[:2]) if d]
    return len(days) == 2 and days[0] < days[1] and days[0] <= current[:10] <= days[1]
