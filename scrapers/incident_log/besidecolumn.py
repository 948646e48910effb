"""A second number of the record number's shape printed in a column of its own, beside
the record number on the same rows (a complaint, a permit, another office's reference).

The record-number column (``anchors.id_column``) is the position holding most of a shape's
tokens, and a shape whose tokens mostly stand elsewhere is taken to be scattered through
the text (cited numbers, not a column). Two columns of one shape side by side on each row
are not scattered: each holds half the tokens, so neither would reach that share. The
tokens of the other column are told by the layout alone: they stand on the column's own
rows, on most of them, and line up at one position of their own.
"""
from __future__ import annotations

from collections import Counter

BESIDE_ROWS = 0.5       # the second column stands on at least this share of the column's rows
LINED_UP = 0.9          # share of those tokens at one position (a column, not cited numbers)
WIDTH = 8               # characters a column's start may wander (as ``anchors.COLUMN_WIDTH``)


def beside_column(items: list[tuple[int, int, str]], members: dict[int, str]) -> int:
    """How many of a shape's tokens (``(line, x, token)``) form a second column beside the
    chosen one (``members``: line -> its token): tokens on the column's rows other than
    the row's own, lined up at one position and on at least half the rows; 0 when they do
    not form such a column."""
    others: list[tuple[int, int]] = []
    own_seen: set[int] = set()
    for i, x, tok in items:
        if i not in members:
            continue
        if tok == members[i] and i not in own_seen:
            own_seen.add(i)         # the row's own number (its first print on the row)
            continue
        others.append((i, x))
    rows = {i for i, _ in others}
    if not others or len(rows) < BESIDE_ROWS * len(members):
        return 0
    counts = Counter(x for _, x in others)
    best = max(sum(n for x, n in counts.items() if lo <= x <= lo + WIDTH) for lo in counts)
    return best if best >= LINED_UP * len(others) else 0
