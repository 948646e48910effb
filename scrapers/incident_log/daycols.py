"""Pages whose columns are days: a month printed as a calendar, or a week a page.

``pdftotext -layout`` prints a calendar's day cells side by side as lines across all of
them, so the entries of seven days share every line and a record is a stretch of one
column, not of lines. Such a page is told by a line of day headings: five or more
weekday names, in the week's order, each at its own position (``Sunday  Monday ...``,
``Mon 10/06/2025  Tue 10/07/2025 ...``); any other cell on that line (a week's total)
is one more column, without a day. The page's lines below it are cut at those positions
(a run of words goes with the column it starts in, within two characters) and each
column is printed top to bottom, then the next, each under a line giving its date, so
the entries read as a log of their own with the day in force.

A column's date is the one printed in its heading; else the page is a month grid, whose
week rows each open with a line of day numbers (``28  29  30  1  2  3  4``): the month
and year are the first ones the document prints (``October 2025``), day 1 is the first
cell numbered 1, and every cell is dated by its place after it (seven a week row), kept
only when each printed day number agrees (greyed days of the neighbouring months then
get their own month). A week row ends at the next row of numbers, and the page's body
at a gap of ``MAX_BLANK`` blank lines or more (a week total under the grid stays whole),
unless the line after it spans the days again. Headings centred over their boxes, notes
beside day numbers, a margin of row titles and headings without a year: ``dayboxes.py``.

Only the first ``SAMPLE_PAGES`` pages are looked at before deciding a document has none.
"""
from __future__ import annotations

import datetime as _dt
import re

from prr.scrapers.incident_log.dayboxes import box_columns, grid_goes_on, noted_day_numbers, yearless_headings
from prr.scrapers.incident_log.text import parse_datetime

SAMPLE_PAGES = 3
HEAD_LINES = 12          # lines of a page a day-heading line is looked for in
MIN_DAYS = 5             # weekday headings on the line
SLACK = 2                # characters a cell may start left of its column
MAX_BLANK = 3            # blank lines that end a page's grid

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", re.I)
_CHUNK = re.compile(r"\S+(?: \S+)*")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.I)


def split_day_columns(page_texts: list[str]) -> list[str] | None:
    """The page texts with every calendar page rewritten day column by day column, or
    None when none of the first ``SAMPLE_PAGES`` pages has a line of day headings."""
    heads: dict[int, tuple[int, list]] = {}
    for k, text in enumerate(page_texts):
        if k >= SAMPLE_PAGES and not heads:
            return None
        lines = text.splitlines()
        for i, ln in enumerate(lines[:HEAD_LINES]):
            cols = _day_heading(ln)
            if cols:
                heads[k] = (i, cols)
                break
    if not heads:
        return None
    day_one = first_month(page_texts)
    out = list(page_texts)
    cell = 0            # cells of the month grid seen so far (seven a week row)
    first = None        # the cell numbered 1
    pages: dict[int, list] = {}
    for k, (i, cols) in heads.items():
        lines = page_texts[k].splitlines()
        cols = yearless_headings(lines, i, cols)     # "MON 03/03" under "Monday 03/03/2025 - ..."
        # (the body's end told with the boxes' columns as the page's lines set them)
        body = _body(lines, i + 1, box_columns(lines, i + 1, len(lines), cols))
        cols = box_columns(lines, i + 1, body, cols)     # headings centred over their boxes
        bands = _bands(lines, i + 1, body, cols)
        pages[k] = (lines, i, cols, bands, body)
    # date the month grid's cells by their place after day 1
    numbered = [(k, b, nums, _day_index(cols)) for k, (_, _, cols, bands, _) in pages.items()
                for b, (_, nums) in enumerate(bands) if nums]
    dates: dict[tuple[int, int, int], _dt.date] = {}
    if numbered and day_one:
        places = []
        for k, b, nums, day in numbered:
            for c, n in sorted(nums.items()):
                places.append(((k, b, c), n, cell + day[c]))
                if n == 1 and first is None:
                    first = cell + day[c]
            cell += 7
        if first is not None:
            got = {key: day_one + _dt.timedelta(days=pos - first) for key, n, pos in places}
            if all(got[key].day == n for key, n, _ in places):
                dates = got
    for k, (lines, i, cols, bands, body) in pages.items():
        out[k] = _rewrite(lines, i, cols, bands, body, {key[1:]: d for key, d in dates.items() if key[0] == k})
    return out


def _day_heading(line: str) -> list[tuple[int, int, str | None]] | None:
    """The columns a line of day headings sets: (start, end, the heading's date or "" for a day
    without one, None for a column of no day), or None."""
    chunks = [(m.start(), m.group()) for m in _CHUNK.finditer(line)]
    days = []
    for _x, text in chunks:
        m = _WEEKDAY.match(text)
        if m and (m.end() == len(text) or text[m.end()] == " "):
            days.append(_DAYS.index(m.group(1).lower()))
    if len(days) < MIN_DAYS or any((b - a) % 7 != 1 for a, b in zip(days, days[1:])):
        return None
    out = []
    for x, text in chunks:
        m = _WEEKDAY.match(text)
        if m and (m.end() == len(text) or text[m.end()] == " "):
            when = parse_datetime(text[m.end():].strip()) if text[m.end():].strip() else None
            out.append((x, x + len(text), when[:10] if when else ""))
        else:
            out.append((x, x + len(text), None))
    return out


def first_month(page_texts: list[str]) -> _dt.date | None:
    """Day 1 of the first month and year the document prints (``October 2025``)."""
    for text in page_texts[:SAMPLE_PAGES]:
        m = _MONTH_YEAR.search(text)
        if m:
            return _dt.date(int(m.group(2)), _MONTHS.index(m.group(1).lower()) + 1, 1)
    return None


def _day_index(cols) -> dict[int, int]:
    """column -> its place among the day columns (a margin column in front is none)."""
    out, n = {}, 0
    for c, (_, _, when) in enumerate(cols):
        out[c] = n
        n += when is not None
    return out


def _body(lines: list[str], start: int, cols) -> int:
    """The line after the grid: a gap of ``MAX_BLANK`` blank lines after some text ends it,
    unless the line after the gap spans the grid again (its next row of boxes)."""
    blank, seen = 0, False
    for j in range(start, len(lines)):
        if lines[j].strip():
            if seen and blank >= MAX_BLANK and not grid_goes_on(lines[j], cols):
                return j - blank
            blank, seen = 0, True
        else:
            blank += 1
    return len(lines)


def _column(cols, x: int, width: int = 1) -> int:
    """The last column a run of words starts in (within ``SLACK``) or overlaps the
    heading of (a total right-aligned under its heading)."""
    k = 0
    for c, (start, end, _) in enumerate(cols):
        if x + SLACK >= start or (x < end and x + width > start):
            k = c
    return k


def _numbers(line: str, cols) -> dict[int, int] | None:
    """A line of day numbers (three or more, every cell a number 1-31): column -> number."""
    chunks = [(m.start(), m.group()) for m in _CHUNK.finditer(line)]
    if len(chunks) < 3 or not all(t.isdigit() and 1 <= int(t) <= 31 for _, t in chunks):
        return None
    return {_column(cols, x + len(t) - 1 - SLACK): int(t) for x, t in chunks}


def _bands(lines: list[str], start: int, end: int, cols) -> list[tuple[int, dict | None]]:
    """(first line, day numbers) of each week row of the grid; one row when none is numbered."""
    rows = [(j, nums) for j in range(start, end)
            for nums in [_numbers(lines[j], cols) or noted_day_numbers(lines[j], cols, _opening(lines, start, j))]
            if nums]
    return rows or [(start, None)]


def _opening(lines: list[str], start: int, j: int) -> bool:
    """The body's first line, or one after a blank line."""
    return not lines[j - 1].strip() or not any(ln.strip() for ln in lines[start:j])


def _rewrite(lines, head: int, cols, bands, end: int, dates: dict) -> str:
    out = lines[:head]
    for b, (first, nums) in enumerate(bands):
        last = bands[b + 1][0] if b + 1 < len(bands) else end
        parts: list[list[str]] = [[] for _ in cols]
        for ln in lines[first + (1 if nums else 0):last]:
            row = [""] * len(cols)
            for m in _CHUNK.finditer(ln):
                c = _column(cols, m.start(), len(m.group()))
                pad = max(0, m.start() - cols[c][0] - len(row[c]))
                row[c] += " " * pad + m.group() if row[c] else m.group()
            for c, text in enumerate(row):
                parts[c].append(text)
        first_day = next(x for x, _, when in cols if when is not None)
        for c, (_, _, when) in enumerate(cols):
            if when is None and cols[c][0] < first_day:
                continue        # a margin of the rows' titles (a watch, a shift): no entries
            day = dates.get((b, c))
            if when is None:
                label = ""
            elif day:
                label = day.strftime("%m/%d/%Y")
            elif when:
                label = f"{when[5:7]}/{when[8:10]}/{when[:4]}"
            else:
                # (the heading may stand right of its box's start: centred over it, ``dayboxes.py``)
                label = lines[head][cols[c][0]:].strip().split("  ")[0]
            body = _trim(parts[c])
            if label:
                out += ["", label]
            out += body
    out += [""] + lines[end:]
    return "\n".join(out)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines
