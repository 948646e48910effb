"""One number column holding several series, each number printed after its series' letters.

An index of released files may list, in one column and in the order of the incidents'
dates, the numbers of several offices' series, each printed after its own capitals and one
space: ``AR 23-00412`` (an administrative review), ``UF 2023-07`` (a use of force),
``SR 23-061`` (a serious incident). The series differ in shape as well as letters, and the
id finder takes only the shapes it knows (a year and a three-digit serial, or a year and a
two-digit serial, look like ranges or dates to it): the column it finds holds one series
only, and the other series' rows are read as lines of the row above.

The column's own rows tell the layout: nearly all (90%) of them print their number as a
cell of its own of the form ``<capitals> <number>``, and most (60%) share the shape of the
first other cell of the row (the date). Then a line not yet in the column whose cell at the
column's position is ``<capitals> <number>`` (three digits or more) and whose first other
cell has that shape is a row too, when its series (letters and shape) prints its numbers
once each, none of them seen before; a series may have a single row (one shooting in a
year). The column's place is taken page by page (a page's columns may sit a few
characters off another's). The letters name the series, so every number of the column,
the first series' too, is read with them (``AR 23-00412``): without them two series
could print the same number.

Costs a look at the cells of the column's first rows; the lines are searched only when
those rows print their number after letters of a series.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from prr.scrapers.incident_log.text import cells, shape

SAMPLE = 60             # rows of the column looked at
LETTERED_SHARE = 0.9    # share of them printing their number as "<capitals> <number>"
COMPANION_SHARE = 0.6   # share of them whose first other cell has the most common shape
_LETTERED = re.compile(r"([A-Z]{1,5}) ([A-Z0-9]*\d[A-Z0-9]*(?:[-/.][A-Z0-9]+)*)")
_DIGIT = re.compile(r"\d")
# a line holding capitals, one space and a digit: the only lines worth splitting in cells
_CANDIDATE = re.compile(r"[A-Z] [A-Z0-9]*\d")


def lettered_series(doc, found) -> None:
    """Join to ``found`` (an id column) the rows of the other lettered series printed in
    its column, and read every number of the column with its letters (in place)."""
    if found is None or found.kind != "id_column" or len(found.ids) < 4:
        return
    lines = doc.lines
    sample = list(found.ids.items())[:SAMPLE]
    starts, companions, bare = [], [], 0
    for i, tok in sample:
        cell = _lettered_cell(lines[i], tok)
        if cell is None:
            bare += 1
            if bare > (1 - LETTERED_SHARE) * len(sample):
                return      # the column's numbers are not printed after their series' letters
            continue
        starts.append(cell[0])
        companions.append(_companion_shape(lines[i], cell[0]))
    companion, n = Counter(companions).most_common(1)[0]
    if companion is None or n < COMPANION_SHARE * len(sample):
        return
    # the column's place on each page (a page's columns may sit a few characters off another's)
    cells_of = {i: _lettered_cell(lines[i], tok) for i, tok in found.ids.items()}
    on_page: dict[int, list[int]] = defaultdict(list)
    for i, cell in cells_of.items():
        if cell is not None:
            on_page[doc.pages[i]].append(cell[0])
    xs = sorted(starts)
    anywhere = (xs[len(xs) // 10], xs[-1 - len(xs) // 10])
    at = {page: (min(xs), max(xs)) for page, xs in on_page.items()}
    seen = set(found.ids.values())
    series: dict[tuple[str, str], dict[int, re.Match]] = defaultdict(dict)
    for i, line in enumerate(lines):
        if i in found.ids or i in doc.skip or not _CANDIDATE.search(line):
            continue
        lo, hi = at.get(doc.pages[i], anywhere)
        for x, _, text in cells(line):
            if x > hi + 2:
                break
            m = _LETTERED.fullmatch(text) if x >= lo - 2 else None
            if m and len(_DIGIT.findall(m.group(2))) >= 3 and _companion_shape(line, x) == companion:
                series[(m.group(1), shape(m.group(2)))][i] = m
                break
    added = {}
    for rows in series.values():
        values = [m.group(2) for m in rows.values()]
        if len(set(values)) == len(values) and not seen & set(values):
            added.update((i, m.group(0)) for i, m in rows.items())
    if not added:
        return
    # every number read with its letters: the letters tell the series apart
    for i, cell in cells_of.items():
        if cell is not None:
            found.ids[i] = cell[1]
    found.ids.update(added)
    found.ids = {i: found.ids[i] for i in sorted(found.ids)}
    found.lines = sorted(set(found.lines) | set(added))


def _lettered_cell(line: str, tok: str) -> tuple[int, str] | None:
    """(start, text) of the cell printing ``tok`` after its series' letters, or None."""
    for x, _, text in cells(line):
        m = _LETTERED.fullmatch(text)
        if m and m.group(2) == tok:
            return x, text
    return None


def _companion_shape(line: str, at: int) -> str | None:
    """The shape of the line's first cell other than the one starting at ``at``."""
    for x, _, text in cells(line):
        if x != at:
            return shape(text)
    return None
