"""Rows that print only the minute (``:05``) under a heading line for each hour.

An hourly log groups its rows under a line giving the hour and the date
(``1400 HOURS  SATURDAY 11/22/2025 ... 3 this hour``) and prints on each row only the
minute. The heading lines are no row's text (they would wrap into the row above them),
and each row's time is the heading's date and hour with the row's own minute.

Found from the document only: most rows of the table open with a lone ``:MM`` cell, and
the lines between them that carry a date and a whole-hour clock are the headings.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from prr.scrapers.incident_log.text import DATE_RE, parse_datetime

MIN_SHARE = 0.6        # share of the rows that must open with a minute only
_MINUTE = re.compile(r"^\s*:([0-5]\d)(?=\s)")
_HOUR = re.compile(r"(?<![\d:/.-])([01]\d|2[0-3]):?00(?![\d:/.-])")


def hour_headings(doc, starts: list[int]) -> dict[int, tuple[str, int]]:
    """Heading lines (index -> (date, hour)) when the rows (starting at ``starts``) print the
    minute only, else {}."""
    lines = doc.lines
    if len(starts) < 2 or sum(1 for s in starts if _MINUTE.match(lines[s])) < MIN_SHARE * len(starts):
        return {}
    row_lines = set(starts)
    lo, hi = starts[0], starts[-1]
    found: dict[int, tuple[str, int]] = {}
    # the heading of the first hour stands above the first row
    for i in range(max(0, lo - 6), hi):
        if i in row_lines or i in doc.skip:
            continue
        heading = _heading(lines[i])
        if heading:
            found[i] = heading
    return found


def _heading(line: str) -> tuple[str, int] | None:
    date = DATE_RE.search(line)
    if not date:
        return None
    rest = line[:date.start()] + " " * (date.end() - date.start()) + line[date.end():]
    hour = _HOUR.search(rest)
    if not hour or hour.start() > date.start() + 40:
        return None
    return date.group(0), int(hour.group(1))


def date_minute_rows(doc, record_spans: list[tuple[int, int]], records: list[dict],
                     headings: dict[int, tuple[str, int]]) -> None:
    """Each row's ``reported_at``: its heading's date and hour with its own minute (in place)."""
    if not headings:
        return
    marks = sorted(headings)
    for rec, (s, _) in zip(records, record_spans):
        minute = _MINUTE.match(doc.lines[s])
        k = bisect_left(marks, s)
        if not minute or not k or rec.get("reported_at"):
            continue
        date, hour = headings[marks[k - 1]]
        when = parse_datetime(f"{date} {hour:02d}:{minute.group(1)}")
        if when:
            rec["reported_at"] = when
