"""A row's number in either of two neighbouring number columns, each under its own title.

A book kept for several services may print each service's number under a title of its
own, side by side (``CASE NO.`` beside ``RUN NO.``, ``Offense #`` beside ``Patrol #``): a
row fills the column of the service that took the call and leaves the other blank, so the
number's place changes from row to row. The id finder takes one of the two as the id
column; the rows filling the other then look like wrapped lines of the row above, and
their calls are lost in it.

Told from rows already in hand (no pass over the document): rows opening like the
column's rows (their first cell of the same shape, the date and time) that leave the
column blank; the header line just above the table, which titles the column and, in the
next cell on either side, a neighbour; the column's own rows, which leave the neighbour's
place blank. A blank-column row holding a number in the neighbour's place is a record,
that number its own: whichever of the two columns a row fills holds its number.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import cells

HEADER_REACH = 6        # lines above the table's first row looked at for its titles
MIN_ROWS = 3            # rows filling the neighbour: fewer tell nothing
MIN_SHARE = 0.5         # share of the blank-column rows that fill the neighbour
MAX_BOTH = 0.1          # share of the column's rows allowed to fill the neighbour too
_NUMBER = re.compile(r"[A-Z0-9]+(?:[.\-/][A-Z0-9]+)+|[A-Z]{1,4}\d{4,}")
_TITLE = re.compile(r"[A-Za-z]")


def neighbour_column_numbers(lines: list[str], found, blank: list[int], window: tuple[int, int],
                             seen: set[str]) -> dict[int, str]:
    """The numbers of the ``blank`` rows (led like the id column's rows, the column left
    blank) standing in a titled neighbour of the column: {line index: number}, or {} when
    no neighbour is told (``window``: the range the column's numbers start in)."""
    if len(blank) < MIN_ROWS:
        return {}
    first = min(min(found.ids), blank[0])
    titles = _titles(lines, first, window)
    if titles is None:
        return {}
    for region in titles:
        if _both_filled(lines, found.ids, region) > MAX_BOTH * len(found.ids):
            continue        # the column's rows fill it too: not a place of one row's number
        numbers = {}
        for i in blank:
            tok = _number_in(lines[i], region)
            if tok is not None and tok not in seen and tok not in numbers.values():
                numbers[i] = tok
        if len(numbers) >= MIN_ROWS and len(numbers) >= MIN_SHARE * len(blank):
            return numbers
    return {}


def _titles(lines: list[str], first: int, window: tuple[int, int]) -> list[tuple[int, int]] | None:
    """The places of the titles beside the id column's, on the nearest header line above
    the table: (from, to) ranges of where a value under each starts, or None."""
    lo, hi = window
    for j in range(first - 1, max(-1, first - 1 - HEADER_REACH), -1):
        row = cells(lines[j])
        if len(row) < 3 or not all(_TITLE.search(t) and not any(c.isdigit() for c in t) for _, _, t in row):
            continue
        at = [k for k, (x, end, _) in enumerate(row) if x <= hi + 2 and end >= lo - 2]
        if len(at) != 1:
            continue
        k = at[0]
        places = []
        if k + 1 < len(row):        # after the column's title, up to the next title but one
            places.append((row[k][1] + 1, row[k + 2][0] - 1 if k + 2 < len(row) else len(lines[j]) + 40))
        if k >= 1:                  # before it, after the title before that one
            places.append((row[k - 2][1] + 1 if k >= 2 else 0, min(row[k][0], lo) - 1))
        return places
    return None


def _both_filled(lines: list[str], ids: dict[int, str], region: tuple[int, int]) -> int:
    return sum(any(region[0] <= x <= region[1] for x, _, _ in cells(lines[i])[1:]) for i in ids)


def _number_in(line: str, region: tuple[int, int]) -> str | None:
    """The number starting in ``region`` on a row, past the row's leading cell."""
    for x, _, text in cells(line)[1:]:
        if x > region[1]:
            return None
        if x >= region[0]:
            tok = text.split(" ")[0]
            ok = _NUMBER.fullmatch(tok) and sum(c.isdigit() for c in tok) >= 4
            return tok if ok else None
    return None
