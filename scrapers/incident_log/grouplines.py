"""Group lines between the rows of a table printed without column titles.

A sheet of rows under no titles (one contact a line, its case number last) groups them:
a line over each group (its number, date, area, crew) and a tally line under it ("count
this group: 4 ..."). Those lines fall inside the spans of the rows above them and, printed
across the rows' gaps, would join every column into one: the rows' columns are then read
from the rows alone and these lines kept out of the cells. A date such a line prints is
the date of the rows under it (the rows print only a time).

Told from the document: no titles; the rows' own first lines part into columns at gaps
that these lines put a word into; each such line holds two runs of text or more (a
narrative under a row is one run, kept as the row's narrative elsewhere); and they stand
in few spans (a third at most: a group closes every few rows, not on every row).
"""
from __future__ import annotations

from prr.scrapers.incident_log.columns import gaps_to_columns
from prr.scrapers.incident_log.parse import DATE_RE, Doc
from prr.scrapers.incident_log.sectionbreaks import section_breaks
from prr.scrapers.incident_log.text import cells

MIN_ROWS = 10             # rows checked on fewer say nothing
MAX_SPAN_SHARE = 1 / 3    # share of the spans holding such lines


def group_lines(doc: Doc, spans, headers: dict[int, list[str]] | None = None) -> set[int]:
    """The lines inside the record spans that cross the rows' column gaps; empty where the
    rows are too few or such lines stand in too many spans. Under column titles: the
    headings and tallies of a table cut into sections (``sectionbreaks.py``), if any."""
    if headers:
        return section_breaks(doc, spans, headers)
    firsts = [doc.lines[s] for s, _ in spans if s not in doc.skip]
    if len(firsts) < MIN_ROWS:
        return set()
    cols = gaps_to_columns(firsts)
    if len(cols) < 3:
        return set()
    gaps = [(a[1], b[0]) for a, b in zip(cols, cols[1:])]
    out: set[int] = set()
    holding = 0
    for s, e in spans:
        found = {i for i in range(s + 1, e) if i not in doc.skip and _crosses(doc.lines[i], gaps)}
        holding += bool(found)
        out |= found
    if not out or holding > MAX_SPAN_SHARE * len(spans):
        return set()
    return out


def _crosses(line: str, gaps: list[tuple[int, int]]) -> bool:
    runs = cells(line)
    if len(runs) < 2:
        return False
    words = [(m_start, m_start + len(w)) for m_start, w in _words(line)]
    return any(a < hi and b > lo for a, b in words for lo, hi in gaps)


def _words(line: str):
    pos = 0
    for w in line.split():
        pos = line.index(w, pos)
        yield pos, w
        pos += len(w)


def dated_by_group(doc: Doc, spans, lines: set[int], context):
    """``context`` with, for each row under a group line printing a date, that date."""
    dates: dict[int, str] = {}
    current = None
    inside = {i for s, e in spans for i in range(s, e)}
    # (a page's first group line stands above its first row, in no span)
    marks = sorted(lines | {i for i in range(spans[-1][0]) if i not in inside}) if spans else []
    k = 0
    for s, _ in spans:
        while k < len(marks) and marks[k] < s:
            m = DATE_RE.search(doc.lines[marks[k]])
            current = m.group() if m else current
            k += 1
        if current:
            dates[s] = current
    if not dates:
        return context
    return _GroupDates(dates, context)


class _GroupDates:
    def __init__(self, dates: dict[int, str], context):
        self.dates, self.context = dates, context

    def __getitem__(self, i: int):
        if i in self.dates:
            date = self.dates[i]
            return lambda: date
        return self.context[i]
