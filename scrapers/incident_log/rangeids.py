"""Record numbers shaped like a range: four digits, a dash, four digits (``2404-0311``).

The record-number finder leaves ``dddd-dddd`` out everywhere (a year range
``2024-2025``, a shift ``0700-1500``, a block ``1200-1299``). Some records systems
number their reports so: the year and month, then a serial. Such tokens are believed
to be record numbers only when the document shows a series of them: they lead many
lines (near the margin, a gap after them), nearly all different, while their first
halves take few values (the months a log covers). Ranges do neither: a shift or a
year range repeats whole, a block's first half changes with every address.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from prr.scrapers.incident_log.rangecolumn import range_column

# a line led (near the margin) by four digits, a dash, four digits, then a gap
# (or led by the item number of a numbered list, "12.    2025-0532 - INCIDENT.", the token
# set off from the text by a spaced dash as by a gap)
_LED = re.compile(r"\n {0,6}(?:\d{1,3}\. +)?(\d{4}-\d{4})(?: {2,}| - )\S")
MIN_LINES = 5
DISTINCT = 0.9          # share of the tokens that are all different
MAX_LEADS = 0.2         # distinct first halves per token (a month's serials share one)


def add_range_ids(text: str, starts: list[int], ids: list[list[tuple[int, str]]]) -> None:
    """Put a series of range-shaped numbers leading their lines into ``ids`` (in place)."""
    if "-" not in text:
        return
    found = [(m.start(1), m.group(1)) for m in _LED.finditer("\n" + text)]
    if len(found) < MIN_LINES:
        # none leading lines: a series standing after the time that opens each entry (rangecolumn.py)
        for i, col, tok in range_column(text, starts):
            if all(tok != t for _, t in ids[i]):
                ids[i].append((col, tok))
                ids[i].sort()
        return
    tokens = [tok for _, tok in found]
    leads = {tok[:4] for tok in tokens}
    if len(set(tokens)) < DISTINCT * len(tokens) or len(leads) > max(2, MAX_LEADS * len(tokens)):
        return
    for x, tok in found:
        i = bisect_right(starts, x - 1) - 1          # ``x`` counts the "\n" put before the text
        col = x - 1 - starts[i]
        if all(tok != t for _, t in ids[i]):
            ids[i].append((col, tok))
            ids[i].sort()
