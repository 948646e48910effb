"""Record numbers shaped like a range (``2025-0288``) right after the time that opens an entry.

The record-number finder leaves ``dddd-dddd`` out everywhere (a year range, a shift
``0700-1500``, a block ``1200-1299``); ``rangeids`` takes them back when they lead many
lines. A desk book or planner types its entries ``HHMM  #2025-0288  what, where --
result``: the number is the entry's second cell, after its time, so it leads no line.
Taken as record numbers when the document shows a series of them so placed: they stand
at one position (within a character) on many lines, each right after the time opening
its line (a number sign before it, if any), nearly all different, their first halves few
(a year's or a month's serials share one). Ranges do neither: a shift repeats whole, a
block's or a time span's first half changes with every line. A note citing a number
after a word of its own ("1624  re #2025-0309 ...") stands elsewhere and is left alone.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

# a line opened (near the margin) by a time, then the range-shaped number
_AFTER_TIME = re.compile(r"\n {0,6}(?:[01]\d[0-5]\d|2[0-3][0-5]\d|\d{1,2}:\d{2}) {1,4}#?(\d{4}-\d{4})(?![\w/-])")
MIN_LINES = 5
DISTINCT = 0.9          # share of the tokens that are all different
MAX_LEADS = 0.2         # distinct first halves per token
WANDER = 1              # characters the column's start may wander (layout text)


def range_column(text: str, starts: list[int]) -> list[tuple[int, int, str]]:
    """(line, column, token) of each range-shaped number standing after its line's time,
    when they make a series at one position; else []."""
    found = []
    for m in _AFTER_TIME.finditer("\n" + text):
        x = m.start(1) - 1          # (``x`` counts the "\n" put before the text)
        i = bisect_right(starts, x) - 1
        found.append((i, x - starts[i], m.group(1)))
    if len(found) < MIN_LINES:
        return []
    xs = Counter(x for _, x, _ in found)
    best = max(sorted(xs), key=lambda x: sum(xs[x + d] for d in range(-WANDER, WANDER + 1)))
    col = [(i, x, tok) for i, x, tok in found if abs(x - best) <= WANDER]
    tokens = [tok for _, _, tok in col]
    if len(col) < MIN_LINES or len(set(tokens)) < DISTINCT * len(tokens) or \
            len({tok[:4] for tok in tokens}) > max(2, MAX_LEADS * len(tokens)):
        return []
    return col
