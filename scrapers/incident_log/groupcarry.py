"""Group columns of a table: a value printed once for a run of rows and left empty below.

A spreadsheet grouped by place, beat or day prints the group's value in a (merged) cell
on the group's first row only, and again at the top of a page; the other rows of the
group leave that cell empty. Each of those rows belongs to the group above it, so the
value carries down to them. Told from the table itself: a titled column other than
the record number's, filled on a minority of rows (at least ``MIN_GROUPS`` of them) and
on the first row of every page, holding short capitalised values that are no numbers,
dates or clock times, each one different from the one before it (a new value opens a new
group) but at the top of a page. A sparse column of notes, arrests or second numbers is
filled on rows here and there, not on every page's first row with a new value each time.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import DATE_RE, TIME_ONLY_RE, find_ids

MIN_GROUPS = 2
MIN_ROWS = 6           # rows of a table before a column is called a group column
MAX_FILLED = 0.6       # of the rows, those with a value: the rest carry it down
MAX_WORDS = 6
_UNTITLED = re.compile(r"column \d+")


def group_columns(titles: list[str], rows: list[list[str]], page_starts: list[bool], id_col: int | None) -> list[int]:
    """The titled columns of ``rows`` (one table's values, in printed order) whose value is
    printed once per group; ``page_starts`` marks the rows opening a page. (An untitled
    column is a wrapped cell's overflow or a note, not a group.)"""
    if len(rows) < MIN_ROWS:
        return []
    width = min(len(r) for r in rows)
    return [j for j in range(min(width, len(titles))) if j != id_col and titles[j] and
            not _UNTITLED.fullmatch(titles[j]) and _is_group_column([r[j] for r in rows], page_starts)]


def _is_group_column(vals: list[str], page_starts: list[bool]) -> bool:
    filled = [v for v in vals if v]
    if not MIN_GROUPS <= len(filled) <= MAX_FILLED * len(vals):
        return False
    if any(start and not v for v, start in zip(vals, page_starts)):
        return False
    # (the group running on over a page break is printed again at the top of the new page)
    printed = [(v, start) for v, start in zip(vals, page_starts) if v]
    if any(a == b and not start for (a, _), (b, start) in zip(printed, printed[1:])):
        return False
    # a group's name: capitalised or a code, short (a sentence's tail is neither)
    return all(len(v.split()) <= MAX_WORDS and (v[0].isupper() or v[0].isdigit()) and not find_ids(v) and not DATE_RE.search(v)
               and not TIME_ONLY_RE.match(v) and any(ch.isalpha() for ch in v) for v in filled)


def carry_down(rows: list[list[str]], columns: list[int]) -> list[dict[int, str]]:
    """Per row, the value each empty cell of a group column takes from the one printed above."""
    out: list[dict[int, str]] = [{} for _ in rows]
    for j in columns:
        last = ""
        for r, fill in zip(rows, out):
            if r[j]:
                last = r[j]
            elif last:
                fill[j] = last
    return out
