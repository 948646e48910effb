"""A column of numbers on a record's sub-rows is not the record column: the column whose
rows carry the record's date is.

A table printed one row per part of an incident (per vehicle of a collision, per person,
per charge) prints the incident's number, date, place and type on its first row only; the
rows beneath leave those cells blank and belong to the same incident. A number printed per
part (a citation, a tow, a property tag) stands on the first row and on the rows beneath,
so when most incidents have several parts it can hold more distinct numbers than the
incident column, and the id finder, taking the column with the most, would make a record
of every part (or find the parts carry no date and refuse the document).

Told from the two columns' own lines: the other column's lines carry a date or a time
nearly all; a good share of the chosen column's numbers stand on lines without one of the
other column's numbers, and those lines carry no date or time and are blank at the other
column's place (a sub-row, not a record of its own). Then the other column is the
records'; the per-part numbers stay related numbers of the record above them. A column of
numbers on every record's row (a second number beside the record's own) is not this: its
numbers stand on the other column's lines. Nor is a column with a number on every line,
the record's first among them (a ticket per line): ``sparsecolumn`` reads that one after
the record signal is found, and keeps the record's lines carried over a page break.
"""
from __future__ import annotations

from prr.scrapers.incident_log.text import DATE_RE, TIME_ONLY_RE, cells

MIN_UNDER = 0.3         # of the chosen column's numbers, those on sub-rows: fewer is a column beside
DATED = 0.8             # of the other column's lines, those carrying a date or time
UNDATED = 0.9           # of the sub-rows, those carrying none
AS_MANY = 0.5           # the other column holds at least this share of the chosen one's distinct numbers
EVERY_LINE = 0.95       # of the other column's lines, those with a chosen number: a number on every line


def record_column(lines: list[str], candidates: list[tuple], chosen: tuple) -> tuple:
    """The candidate to read as the record column: ``chosen``, unless its numbers stand
    largely on the sub-rows of another candidate's dated rows (see the module's docstring).
    Candidates are ``anchors.id_column``'s tuples (key, windows, members, ...)."""
    rows = chosen[2]
    best = None
    for c in candidates:
        if c is chosen or c[0][0] < AS_MANY * chosen[0][0] or (best is not None and c[0] <= best[0]):
            continue
        own = c[2]
        # (the line counts first: a regular expression a line only on a column that may be this)
        under = [i for i in rows if i not in own and i > min(own)]
        if len(own.keys() & rows.keys()) >= EVERY_LINE * len(own):
            continue    # a number on every line, the record's on its first: ``sparsecolumn``'s (see above)
        if len(under) < MIN_UNDER * len(rows) or sum(1 for i in own if dated_line(lines[i])) < DATED * len(own) \
                or sum(1 for i in under if not dated_line(lines[i])) < UNDATED * len(under):
            continue
        # the sub-rows leave the record number's place blank (no other cell runs into it)
        lo = min(w[0] for w in c[1].values())
        hi = max(w[1] for w in c[1].values())
        if any(lines[i][lo:hi + 1].strip() for i in under):
            continue
        best = c
    return best if best is not None else chosen


def dated_line(line: str) -> bool:
    """A date on the line, or a cell holding a time alone."""
    return DATE_RE.search(line) is not None or any(TIME_ONLY_RE.match(text) for _, _, text in cells(line))
