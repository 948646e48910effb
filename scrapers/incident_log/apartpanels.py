"""A wide table printed in panels on pages of their own: the other panels' numbers are no records.

A table too wide for the page is printed in vertical slices: the pages of its first columns
(the record number leading every row) and, after them or alternating with them, pages of its
other columns, the rows matched to the first panel's only by their order. A column of those
other panels may hold numbers of the records' own shape (an earlier, related incident): the id
finder takes them for records, standing at another position on pages of their own.

Told from the layout alone: the pages where nearly every row carries a number at one position
are the record panel; a page whose numbers stand at another position, on a minority of its
rows only, is a panel of other columns. Its numbers are dropped from the records' signal, and
its lines are left out of the records (no row of theirs opens one; read by order, they would
need the panels matched, which the page does not say).
"""
from __future__ import annotations

from collections import defaultdict
from statistics import median

from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.text import cells

MIN_PAGES = 2           # record-panel pages needed to trust the column's position
RECORD_SHARE = 0.6      # share of a record-panel page's rows carrying a number
OTHER_SHARE = 0.5       # a panel of other columns: numbers on fewer of its rows than this
MIN_SHIFT = 8           # characters between the two positions: another column, not drift


def apart_panels(doc, found) -> None:
    """Drop from ``found`` (an id column) the numbers on pages of another panel of the table,
    and leave those pages' lines out of the records (in place)."""
    if found is None or found.kind != "id_column" or not found.ids:
        return
    by_page: dict[int, list[int]] = defaultdict(list)
    for i in found.lines:
        if i in found.ids:
            by_page[doc.pages[i]].append(i)
    if len(by_page) < MIN_PAGES + 1:
        return
    # (a page's share of numbered rows is at least its numbers over the lines from its first
    # to its last: where that is OTHER_SHARE or more on every page, no page is another panel)
    if all(len(idx) >= OTHER_SHARE * (idx[-1] - idx[0] + 1) for idx in by_page.values()):
        return
    where, share = {}, {}
    for page, idx in by_page.items():
        where[page] = median(doc.lines[i].find(found.ids[i]) for i in idx)
        rows = [j for j in range(idx[0], idx[-1] + 1) if j not in doc.skip and doc.lines[j].strip()]
        share[page] = len(idx) / max(1, len(rows))
    records = [p for p in by_page if share[p] >= RECORD_SHARE]
    if len(records) < MIN_PAGES:
        return
    spots = {where[p] for p in records}
    if max(spots) - min(spots) >= MIN_SHIFT:        # the record panel's numbers at one position
        return
    others = {p for p in by_page if share[p] < OTHER_SHARE
              and all(abs(where[p] - x) >= MIN_SHIFT for x in spots)}
    if not others or sum(len(by_page[p]) for p in others) >= sum(len(by_page[p]) for p in records):
        return
    dropped = {i for p in others for i in by_page[p]}
    found.lines = [i for i in found.lines if i not in dropped]
    for i in dropped:
        found.ids.pop(i, None)
    doc.skip = doc.skip | {j for j, page in enumerate(doc.pages) if page in others}


def other_panel(first: list[dict], rest: list[dict]) -> bool:
    """True when ``rest`` (the records read again on the pages after ``first``'s) are the same
    table's other panel: read alone, its pages show no record panel to compare with, so the
    two sections are compared. The first section's rows one line each, the number at one
    position; the rest's numbers at another position on a minority of its rows, the rows
    without one as full as those with one (rows of a table, not a record's wrapped lines)."""
    spots = [_number_at(r) for r in first]
    if len(first) < MIN_PAGES or None in spots or max(spots) - min(spots) >= MIN_SHIFT:
        return False
    if sum(len(_lines(r)) for r in first) * RECORD_SHARE > len(first):
        return False
    lines = [_lines(r) for r in rest]
    where = [_number_at(r) for r in rest]
    if not rest or None in where or any(abs(x - spots[0]) < MIN_SHIFT for x in where):
        return False
    if len(rest) >= OTHER_SHARE * sum(len(ls) for ls in lines):
        return False
    # each line under a number as many cells as its row, give or take the number's own
    return all(len(cells(ln)) >= len(cells(ls[0])) - 1 for ls in lines for ln in ls[1:])


def _lines(record: dict) -> list[str]:
    return [ln for ln in (record.get("raw") or "").split("\n") if ln.strip()]


def _number_at(record: dict) -> int | None:
    number, lines = record_number(record), _lines(record)
    at = lines[0].find(number) if number and lines else -1
    return at if at >= 0 else None
