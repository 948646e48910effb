"""Blocks whose first line is a table row under column titles.

A journal can print each record as one row of cells under column titles repeated at the
top of each page (the number, date, time, what and where), then indented labelled lines
under the row (``DISP:``, ``RMKS:``...). The labels repeat once per record, so the records
are read as labelled blocks; the row's cells are read here by the titles above them: each
title word opens a cell where nearly every row has a blank just before it (a title of two
words over one value, "Call Type", stays one), and the cells whose titles name the type or
the place give those fields when no label gives them.

Told from the document: on most pages a title line (words, no dates, no numbers) stands
within a few lines above the page's first block, with at least four titles, one of which
names the type or the place.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import find_ids

LOOK_ABOVE = 8            # lines above a page's first block searched for its titles
MIN_TITLES = 4
MIN_BLANK = 0.9           # rows with a blank right before a title word: a cell starts there
FILLED = ("type", "location")
_WORD = re.compile(r"\S+")


def row_cells(lines: list[str], pages: list[int], spans: list[tuple[int, int]], skip: set[int]) -> list[dict[str, str]] | None:
    """Per block, the type and place cells of its first line named by the titles above
    ({field: value}), or None where the blocks stand under no such titles."""
    if len(spans) < 3:
        return None
    title = _titles(lines, pages, spans, skip)
    if title is None:
        return None
    rows = [lines[s] for s, _ in spans]
    starts = [(m.start(), m.group()) for m in _WORD.finditer(title)]
    cuts = [(x, w) for k, (x, w) in enumerate(starts)
            if k == 0 or sum(1 for r in rows if x >= len(r) or r[x - 1] == " ") >= MIN_BLANK * len(rows)]
    if len(cuts) < MIN_TITLES:
        return None
    # words of one title joined: each cut runs to the next
    named = []
    for k, (x, _) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else None
        words = title[x:end].split()
        named.append((x, end, column_for(" ".join(words))))
    if not any(f in FILLED for _, _, f in named):
        return None
    out = []
    for row in rows:
        cells = {}
        for x, end, f in named:
            if f in FILLED and f not in cells:
                value = " ".join(row[x:end].split()) if x < len(row) else ""
                if value:
                    cells[f] = value
        out.append(cells)
    # words, not numbers, under the titles (a number cut by a title it overflows says the
    # cuts are not the rows' cells)
    values = [v for cells in out for v in cells.values()]
    if sum(1 for v in values if not find_ids(v) and re.search(r"[A-Za-z]{2}", v)) < 0.8 * len(values):
        return None
    return out


def _titles(lines: list[str], pages: list[int], spans, skip: set[int]) -> str | None:
    """The title line over the first block of most pages (the same words), or None."""
    first_on_page: dict[int, int] = {}
    for s, _ in spans:
        first_on_page.setdefault(pages[s], s)
    found: dict[str, int] = {}
    for page, first in first_on_page.items():
        for k in range(first - 1, max(-1, first - LOOK_ABOVE - 1), -1):
            if pages[k] != page:
                break
            line = lines[k]
            if len(line.split()) >= MIN_TITLES and is_title_line(line):
                found[line.rstrip()] = found.get(line.rstrip(), 0) + 1
                break
    if not found:
        return None
    line, n = max(found.items(), key=lambda kv: kv[1])
    return line if n >= 0.5 * len(first_on_page) else None
