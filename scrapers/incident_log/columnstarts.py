"""Where each line of a text column starts: at the column's start, or a character or two
left of it when the line opens there after a blank gutter and runs on into the column.

``pdftotext -layout`` does not set every line of a column at one character: a narrow
newspaper column's items hang (the first line a character left of the lines under it),
and the column wanders a character from line to line. On a short column (the last page's)
the few lines opening left of the rest fill the gutter's right edge too thinly to count
as text, so the column is found to start after them; read at that start, those lines put
a character in the gutter and were taken for lines across the page (set apart under the
columns), the items they open losing their first lines. A line whose text in the gutter
is a word opened after ``MIN_GUTTER`` blanks, running on unbroken to the column's start,
is cut before that word instead; a line whose text runs into the gutter from the left (a
masthead, a note across the page) still crosses it.
"""
from __future__ import annotations

MIN_GUTTER = 2      # blank characters between two columns (textcols.py reads its gutters so)
MAX_DRIFT = 2       # characters a line may open left of its column


def line_cut(line: str, start: int) -> int | None:
    """Where ``line`` passes from the column before ``start`` to the one from it, or None
    when its text crosses the gutter."""
    if not line[start - MIN_GUTTER:start].strip():
        return start
    for p in range(start - 1, start - MAX_DRIFT - 1, -1):
        if not line[p - MIN_GUTTER:p].strip() and line[p:start + 1].strip() and " " not in line[p:start + 1]:
            return p
    return None
