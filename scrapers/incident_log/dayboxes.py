"""A calendar's day boxes where their headings are no guide to the columns (``daycols.py``).

A wall calendar or a watch board draws a box per day under a heading centred over it:
``pdftotext -layout`` prints the heading (``MON 03/03``) well right of where the box's
lines start, so cutting the lines at the headings' positions gives each box's left part to
the day before. The box's own lines line up, though: where body lines start runs again
and again at one position, and the heading of none of the days starts at such a place,
each day's column starts at the last such position left of its heading (past the heading
before it); runs standing left of the first day's column are a margin (a row's title such
as a watch or a shift), a column of no day left out of the text (``daycols.py``): glued to
a column's entries it would be read as their values.

Such a grid also leaves blank lines between its rows of boxes, more than the gap that ends
a page's body: the body goes on past a gap when the line after it spans the page's days
again (``MIN_DAYS`` runs or more, or a row of day numbers). A row of boxes opens with their
day numbers; a box may print a note beside its number (``9  DST begins 0200``), and the
first or last row of a month holds only a few days: such a line still counts as a row of
day numbers when each of its columns opens with a day number, the numbers rising by one
from column to column (a month's end, back to 1), and it is the body's first line or
follows a blank one. The notes are no entries and go with the numbers.

A heading may give the day without its year (``MON 03/03``): the year is the one of the
full dates the page prints above the headings (``Monday 03/03/2025 - Sunday 03/09/2025``),
the one printing the same day and month, else the first (the next year for a month before
its month: a week across the new year).
"""
from __future__ import annotations

import re
from collections import Counter

MIN_EDGE = 2            # body lines a column's start is seen on (a box in each of two rows)
MIN_DAYS = 5            # runs a line spans the grid with (as the day headings, ``daycols.py``)
SLACK = 2               # characters a run may start off its column (as ``daycols.py``)

_CHUNK = re.compile(r"\S+(?: \S+)*")
_WORD = re.compile(r"\S+")
_DAY_NUMBER = re.compile(r"(\d{1,2})\b")
_MONTH_DAY = re.compile(r"(\d{1,2})/(\d{1,2})")
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def yearless_headings(lines: list[str], head: int, cols: list) -> list:
    """The columns with a heading's day and month (``MON 03/03``) dated in the year of the
    full dates printed above the headings; ``cols`` as they are when there are none."""
    full = [(int(m), int(d), int(y)) for ln in lines[:head] for m, d, y in _FULL_DATE.findall(ln)]
    if not full:
        return cols
    out = []
    for start, end, when in cols:
        m = _MONTH_DAY.fullmatch(lines[head][start:end].split()[-1]) if when == "" else None
        if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
            month, day = int(m.group(1)), int(m.group(2))
            year = next((y for fm, fd, y in full if (fm, fd) == (month, day)), None)
            if year is None:
                year = full[0][2] + (month < full[0][0])
            when = f"{year:04d}-{month:02d}-{day:02d}"
        out.append((start, end, when))
    return out


def box_columns(lines: list[str], start: int, end: int, cols: list) -> list:
    """The columns with each day's start moved to where its box's lines start, and a margin
    column of no day in front, when no day heading starts where body lines do; else
    ``cols`` as they are."""
    starts = Counter(m.start() for ln in lines[start:end] for m in _CHUNK.finditer(ln))
    edges = sorted(x for x, n in starts.items() if n >= MIN_EDGE)
    days = [c for c in cols if c[2] is not None]
    if not edges or any(_near(edges, c[0]) for c in days):
        return cols
    out, before = [], -1
    for start_x, end_x, when in cols:
        left = [x for x in edges if before < x < start_x]
        if not left:
            if when is not None:
                return cols         # a day with no box start of its own: not such a grid
            out.append((start_x, end_x, when))
        else:
            x = left[-1]
            while any(x - SLACK <= y < x for y in left):     # the box's indented lines too
                x = max(y for y in left if x - SLACK <= y < x)
            out.append((x, end_x, when))
        before = end_x
    margin = [x for x in edges if x + SLACK < out[0][0]]
    if margin:
        out.insert(0, (margin[0], out[0][0] - 1, None))
    return out


def _near(edges: list[int], x: int) -> bool:
    return any(abs(e - x) <= SLACK for e in edges)


def grid_goes_on(line: str, cols) -> bool:
    """Whether the line after a blank gap still spans the grid: ``MIN_DAYS`` runs or more,
    or a row of day numbers."""
    return len(_CHUNK.findall(line)) >= MIN_DAYS or noted_day_numbers(line, cols, True) is not None


def noted_day_numbers(line: str, cols, opening: bool) -> dict[int, int] | None:
    """A row of day numbers some of which carry a box's note, or holding a few days only
    (``opening``: the body's first line or one after a blank line): column -> number."""
    parts: dict[int, list[str]] = {}
    for m in _WORD.finditer(line):
        parts.setdefault(_column(cols, m.start()), []).append(m.group())
    nums = {}
    for c, words in sorted(parts.items()):
        m = _DAY_NUMBER.fullmatch(words[0])
        if cols[c][2] is None or not m or not 1 <= int(m.group(1)) <= 31:
            return None
        nums[c] = int(m.group(1))
    keys = sorted(nums)
    if not keys or any(b != a + 1 for a, b in zip(keys, keys[1:])):
        return None
    if any(nums[b] != nums[a] + 1 and nums[b] != 1 for a, b in zip(keys, keys[1:])):
        return None
    if len(keys) < 3 and not opening:
        return None
    return nums


def _column(cols, x: int) -> int:
    k = 0
    for c, (start, _end, _when) in enumerate(cols):
        if x + SLACK >= start:
            k = c
    return k
