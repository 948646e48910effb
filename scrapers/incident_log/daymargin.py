"""Day labels in a margin column of their own: a calendar's agenda (schedule) view.

An agenda printed from a calendar lists only the days with entries, the day's label
(``WED, OCT 1``, ``Tuesday, October 14``: often without a year) in a left column on the
line of the day's first entry, the day's other entries under that one with the margin
blank. A label on an entry's line dates nothing for the readers (a day heading is a line
of its own), so each label is set on a line of its own above its entry, the entry's line
kept with the label blanked out; a label without a year is dated with the year of the first
month and year the document prints (``October 2025`` in its title), and written as a date.

Told on the first ``SAMPLE_PAGES`` pages: at least ``MIN_LABELS`` lines open (in the
margin) with a day label followed by a wide gap and text at one position, and at least as
many lines start at that position without a label (the day's other entries), and at most a
quarter of the lines print other text in the margin (titles, a page's foot): a table whose
every row opens with its date, or a page in two text columns, is no agenda.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.daycols import first_month

SAMPLE_PAGES = 3
MIN_LABELS = 3
MAX_MARGIN = 8           # characters before a label
MAX_CROSSING = 0.25      # share of lines with text in the margin other than a label
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_LABEL = re.compile(rf"^( {{0,{MAX_MARGIN}}})((?:{_WEEKDAY} +)?({_MONTH}) +(\d{{1,2}})(?:,? +(\d{{4}}))?|"
                    rf"{_WEEKDAY} +(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?)( {{3,}})(?=\S)", re.I)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def split_day_margin(page_texts: list[str]) -> list[str] | None:
    """The page texts with each day label set on a line of its own, or None when the
    document has no margin of day labels."""
    sample = "\n".join(page_texts[:SAMPLE_PAGES]).splitlines()
    hits = [m for m in map(_LABEL.match, sample) if m]
    if len(hits) < MIN_LABELS:
        return None
    xs = [m.end() for m in hits]
    at = max(set(xs), key=xs.count)
    if xs.count(at) < 0.8 * len(hits):
        return None
    under = sum(1 for ln in sample if len(ln) > at and not ln[:at].strip() and ln[at] != " ")
    body = [ln for ln in sample if ln.strip()]
    # the margin holds the labels only: text left of the entries on other lines is a page's
    # title or foot, not a column of text (two newspaper columns, a day heading atop the left)
    crossing = sum(1 for ln in body if ln[:at].strip() and not _LABEL.match(ln))
    if under < len(hits) or crossing > MAX_CROSSING * len(body):
        return None
    day_one = first_month(page_texts)
    out = []
    for text in page_texts:
        lines = []
        for ln in text.split("\n"):
            m = _LABEL.match(ln)
            if m and abs(m.end() - at) <= 1:
                lines += [m.group(1) + _dated(m, day_one), " " * m.end() + ln[m.end():]]
            else:
                lines.append(ln)
        out.append("\n".join(lines))
    return out


def _dated(m: re.Match, day_one) -> str:
    """The label as a date ``MM/DD/YYYY`` (the year the document's when it prints none)."""
    if m.group(3):
        month, day, year = _MONTHS.index(m.group(3)[:3].lower()) + 1, int(m.group(4)), m.group(5)
    else:
        month, day, year = int(m.group(6)), int(m.group(7)), m.group(8)
    if year is None and day_one is not None:
        # a label of a month well before the printed one is of the next year (December, then January)
        year = day_one.year + (1 if month < day_one.month - 6 else 0)
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(2)
    return f"{month:02d}/{day:02d}/{year}"
