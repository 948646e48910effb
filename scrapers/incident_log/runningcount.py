"""A journal's running line count beside a column titled the case number.

A journal numbers every line it prints (``000411``, ``000412``, ...: one more on each
line), whatever the line is: case reports, bookings, papers served, calls without a case.
Its own case numbers stand in a column of their own, titled a case or report number, on
some lines only; the other lines print a placeholder there (dashes) or nothing. The line
count lines up and never repeats, so it is found as the record-number column first; the
records are the lines that carry a case number, and the journal's other lines open none
(they are skipped, not added to the record above); the count is no related number.

Told from the document: the column found first holds bare digits that run on by one from
line to line (90% of the steps); another shape lines up at one position on at least a
sixth of those lines, nearly all different; the column titles above name that position a
case or report number; and the other lines hold no digit there.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log import anchors as anchor_mod
from prr.scrapers.incident_log.casenumber import _series_rank as series_rank
from prr.scrapers.incident_log.numberorder import steps_by_one
from prr.scrapers.incident_log.text import shape

MIN_LINES = 10            # a count checked on fewer lines says nothing
MIN_STEPS = 0.9           # share of steps from one line to the next that add one
MIN_CARRIED = 1 / 6       # share of the count's lines that carry a case number
_DIGIT = re.compile(r"\d")


def case_column_over_count(lines: list[str], ids_by_line, pages: list[int],
                           found: anchor_mod.Anchors | None) -> anchor_mod.Anchors | None:
    """The case-number column's lines as the records, with the count's other lines in
    ``others``; None where the found column is no running count or no such column is."""
    if found is None or found.kind != "id_column" or len(found.lines) < MIN_LINES or found.updates:
        return None
    values = [found.ids[i] for i in found.lines]
    if not all(v.isdigit() for v in values):
        return None
    if steps_by_one([int(v) for v in values]) < MIN_STEPS * (len(values) - 1):
        return None
    best = _case_column(lines, ids_by_line, pages, found)
    if best is None:
        return None
    members, lo, hi = best
    others = [i for i in found.lines if i not in members]
    if any(_DIGIT.search(lines[i][lo:hi + 1]) for i in others):
        return None         # numbers of the column on lines it missed: not a column of its own
    order = sorted(members)
    return anchor_mod.Anchors("id_column", order, {i: members[i] for i in order}, others=set(others),
                              counts={i: found.ids[i] for i in order})


def _case_column(lines, ids_by_line, pages, found) -> tuple[dict[int, str], int, int] | None:
    """The largest column of another shape on the count's lines that its titles call a
    case or report number: (line -> number, first and last character)."""
    by_shape: dict[str, list[tuple[int, int, str]]] = {}
    for i in found.lines:
        for x, tok in ids_by_line[i]:
            if tok != found.ids[i]:
                by_shape.setdefault(shape(tok), []).append((i, x, tok))
    best = None
    for items in by_shape.values():
        if len(items) < max(anchor_mod.MIN_RECORDS, MIN_CARRIED * len(found.lines)):
            continue
        lo, _ = anchor_mod._densest_window([x for _, x, _ in items], anchor_mod.COLUMN_WIDTH)
        members: dict[int, str] = {}
        right = lo
        for i, x, tok in items:
            if lo <= x <= lo + anchor_mod.COLUMN_WIDTH and i not in members:
                members[i] = tok
                right = max(right, x + len(tok) - 1)
        if len(members) < MIN_CARRIED * len(found.lines) or len(set(members.values())) < 0.9 * len(members):
            continue
        if (best is None or len(members) > len(best[0])) and _titled_case(lines, pages, found.lines, lo, right):
            best = (members, lo, right)
    return best


def _titled_case(lines: list[str], pages: list[int], rows: list[int], lo: int, hi: int) -> bool:
    """A line above a page's first row holds, over the column, a title naming a case or
    report number (on most pages that print titles)."""
    first_on_page: dict[int, int] = {}
    for i in rows:
        first_on_page.setdefault(pages[i], i)
    titled = told = 0
    for page, first in first_on_page.items():
        above = [k for k in range(max(0, first - 8), first) if pages[k] == page and lines[k].strip()]
        words = [(m.start(), m.end(), m.group()) for k in above for m in re.finditer(r"\S+", lines[k])]
        over = [w for s, e, w in words if s <= hi and e > lo]
        if not over:
            continue
        told += 1
        titled += any((series_rank(w) or 0) >= 2 for w in over)
    return told > 0 and titled >= 0.5 * told


# a line's first word when it is bare digits (an item's number in a journal's first column)
_LEAD_COUNT = re.compile(r" *(\d{1,5})(?= {2,}\S)")
MAX_NOT_STEP = 0.05       # share of steps that neither add one nor start again at 1


def count_beside_case_column(lines: list[str], pages: list[int],
                             found: anchor_mod.Anchors | None) -> anchor_mod.Anchors | None:
    """The case-number column found first, with the lines of the journal's item count that
    carry no case number in ``others``; None where the found column stands beside no count.

    A staff journal numbers its items 1..n (each day again from 1) in its first column and
    prints an incident's case number in the text column, on some items only (the others
    note the journal opened, a guard mount, a message passed). The case numbers line up
    and are found first; the items without one would run into the case above (its text,
    its time) and hide the column titles from the first case of a page. Told from the
    document: nearly all (90%) case lines open with a bare number at one position left of
    the case number; with the other lines opening so at that position, the numbers run on
    by one or start again at 1 (95% of the steps, 80% adding one); some lines carry no case,
and a digit after the count (their time: a sheet's row numbers count its title row too)."""
    if found is None or found.kind != "id_column" or len(found.lines) < MIN_LINES or found.updates or found.others:
        return None
    lead = {i: m for i in found.lines if (m := _LEAD_COUNT.match(lines[i]))}
    if len(lead) < MIN_STEPS * len(found.lines):
        return None
    x = _mode_start(lead.values())
    if x is None or any(lines[i].find(found.ids[i]) <= x for i in lead):
        return None         # (the count stands left of the case number)
    page_of = {pages[i] for i in found.lines}
    rows, rows_end = {}, {}
    for i in range(len(lines)):
        if pages[i] not in page_of:
            continue
        m = _LEAD_COUNT.match(lines[i])
        if m and m.start(1) == x:
            rows[i], rows_end[i] = int(m.group(1)), m.end(1)
    others = [i for i in rows if i not in found.ids and _DIGIT.search(lines[i], rows_end[i])]
    if not others or len(rows) < MIN_LINES:
        return None
    values = [rows[i] for i in sorted(rows)]
    adds = steps_by_one(values)
    again = sum(1 for a, b in zip(values, values[1:]) if b == 1 and a != 0)
    n = len(values) - 1
    if adds < 0.8 * n or adds + again < (1 - MAX_NOT_STEP) * n:
        return None
    return anchor_mod.Anchors("id_column", list(found.lines), dict(found.ids), found.column, others=set(others),
                              counts={i: str(rows[i]) for i in found.lines if i in rows})


def _mode_start(matches) -> int | None:
    starts = [m.start(1) for m in matches]
    best = max(set(starts), key=starts.count)
    return best if starts.count(best) >= MIN_STEPS * len(starts) else None

