"""A header line set narrower than the rows under it.

Layout text spaces each line by its own words: a title line of short words can come out
packed to the left of the columns it names ("EVENT       DAY      HOUR OFFENSE" over rows
whose gaps came out wider), so that titles of two columns fall over one and later titles
over the wrong ones. Seen from the rows: one column lies nearest to two titles the header
prints apart (two cells), and every title finds, in order, a place where the rows start
their values at or a little right of where it starts. The titles are then set over those
places (packed left, never right: a title goes to the first such place not left of it).
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.columns import nearest
from prr.scrapers.incident_log.text import cells

_WORD = re.compile(r"\S+")
MIN_STARTS = 0.3        # share of rows that start a value at a place for it to be a column's start


def stretched(header: list[str], cols: list[tuple[int, int]], body: list[str]) -> list[str]:
    """``header`` (one line) with its titles set over the rows' value starts when it is
    packed narrower than ``cols``; else ``header`` unchanged."""
    if len(header) != 1 or len(cols) < 2 or len(body) < 2:
        return header
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(header[0])]
    titles = [(s, cell) for s, _, cell in cells(header[0])]
    cell_of = {s + w.start(): k for k, (s, cell) in enumerate(titles) for w in _WORD.finditer(cell)}
    if len(words) < 3 or not _piled(words, cols, cell_of):
        return header
    starts = _value_starts(body)
    placed, floor = [], -1
    for s, cell in titles:          # a title of several words moves as one (fixed pitch)
        at = next((p for p in starts if p >= s - 1 and p > floor), None)
        if at is None:
            return header
        placed.append(at)
        floor = at + len(cell)
    if sum(1 for (s, _), p in zip(titles, placed) if p - s >= 2) < len(titles) / 2:
        return header       # the titles already stand over their columns
    line = ""
    for (_, cell), p in zip(titles, placed):
        line = line.ljust(max(p, len(line) + 2 if line else 0)) + cell
    # every column up to the last title's has a title word at its start: no column passed over
    heads = {m.start() for m in _WORD.finditer(line)}
    if any(a not in heads for a, _ in cols if a <= placed[-1]):
        return header
    return [line]


def _piled(words, cols, cell_of: dict[int, int]) -> bool:
    """One column nearest to titles of two of the header's cells."""
    seen: dict[int, int] = {}
    for s, e, _ in words:
        k = nearest(cols, (s + e - 1) / 2)
        if k in seen and seen[k] != cell_of[s]:
            return True
        seen[k] = cell_of[s]
    return False


def _value_starts(body: list[str]) -> list[int]:
    """Places where a good share of the rows start a word after a blank."""
    count: dict[int, int] = {}
    for ln in body:
        for m in _WORD.finditer(ln):
            count[m.start()] = count.get(m.start(), 0) + 1
    rows = sum(1 for ln in body if ln.strip())
    return sorted(p for p, n in count.items() if n >= MIN_STARTS * rows)
