"""Rows numbered in a left gutter (a spreadsheet printed with its row headings): a row
under the last record that carries the next row number is a row of its own (an empty row,
a TOTAL row), not the last record going on.

Told from the numbers: the last record's line opens with a bare row number, and the line
opens at the same place with a number just after it (the next one to three rows).
"""
from __future__ import annotations

from prr.scrapers.incident_log.text import cells

MAX_STEP = 3


def next_numbered_row(doc, s: int, i: int) -> bool:
    """Line ``i`` opens with the row number that follows the one opening line ``s``."""
    first, line = cells(doc.lines[s]), cells(doc.lines[i])
    if len(first) < 3 or not line:
        return False
    a, b = first[0][2], line[0][2]
    return a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= MAX_STEP and abs(first[0][0] - line[0][0]) <= 2
