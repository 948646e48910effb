"""Rows of a table whose columns drift from line to line, each read by its own gaps.

A table photographed (or scanned askew, its page curled) comes back from OCR with its
columns at positions that shift from row to row: perspective widens the gaps towards one
edge, so no gap runs down the page and the column reader sees one wide cell holding the
type, the place and the outcome together. OCR also closes the gaps between a number and the
dates beside it to single blanks (``26-04436 03/02/26 02:11 03/02/26 02:04 Burglary``), so
the dates sit inside the first cell.

Told from the rows themselves, where the column reader found no log: nearly every record's
first line opens with its number followed, one blank apart, by a date and its time, the
numbers rising (a number with a gap after it stands in a column the table reader sees). Each such
line is then split on its own: the number, the date-times that follow it (each its own
column, in order), and the rest at its own gaps of two blanks or more. The rest's cells are
typed by their values (``fields.name_columns``) as untitled columns are; a row with fewer of
them than most rows lacks its first ones (a blank type cell leaves a wider gap, the outcome
is still the last), a row with more has its first ones joined.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import DATETIME_RE, cells

MIN_SHARE = 0.8     # of the records whose first line opens with its number and a date
MIN_RISING = 0.8    # of the numbers higher than the one before
MAX_DATES = 2       # date-times read after the number, each a column of its own
_DIGITS = re.compile(r"\d+")


def _row(line: str, number: str) -> tuple[list[str], list[str]] | None:
    """(date-times, other cells) of a line opening with ``number`` then a date-time."""
    text = line.lstrip()
    if not text.startswith(number):
        return None
    rest = text[len(number):]
    if not rest.startswith(" ") or rest.startswith("  "):
        return None     # the number's own cell, a gap after it: columns the table reader sees
    dates: list[str] = []
    while len(dates) < MAX_DATES:
        m = DATETIME_RE.match(rest.lstrip())
        if m is None:
            break
        dates.append(m.group().strip())
        rest = rest.lstrip()[m.end():]
    if not dates or not DATETIME_RE.match(dates[0]).group(2):
        return None     # (a date alone after a number: a ledger's, no incident's time)
    return dates, [c[2] for c in cells(rest)]


def _value(number: str) -> int:
    digits = _DIGITS.findall(number)
    return int("".join(digits)) if digits else -1


def _keep_in_sequence(rows: dict, numbers: dict[int, str]) -> None:
    """A number read on two rows (a sheet below the photographed one showing its rows, a page
    photographed twice) is one record: the row standing in the rising sequence, between its
    neighbours' numbers, is kept (else the last); the other rows of that number are dropped."""
    order = sorted(rows)
    at: dict[str, list[int]] = {}
    for i, k in enumerate(order):
        at.setdefault(numbers[k], []).append(i)
    # the neighbours are the nearest rows of numbers read once (the copies run together)
    once = [i for i, k in enumerate(order) if len(at[numbers[k]]) == 1]

    def fits(i: int) -> bool:
        j = bisect_left(once, i)
        before = _value(numbers[order[once[j - 1]]]) if j > 0 else -1
        after = _value(numbers[order[once[j]]]) if j < len(once) else float("inf")
        return before < _value(numbers[order[i]]) < after

    for places in at.values():
        if len(places) < 2:
            continue
        keep = next((i for i in places if fits(i)), places[-1])
        for i in places:
            if i != keep:
                del rows[order[i]]


def read_drifting_rows(doc, spans, numbers: dict[int, str], context, headers: dict | None = None) -> list[dict] | None:
    """Records of a table whose rows open with their number and dates, read line by line."""
    if not spans:
        return None
    rows = {}
    for k, (s, _e) in enumerate(spans):
        number = numbers.get(k)
        parsed = _row(doc.lines[s], number) if number else None
        if parsed is not None:
            rows[k] = parsed
    if len(rows) < MIN_SHARE * len(spans):
        return None
    values = [_value(numbers[k]) for k in sorted(rows)]
    if sum(b > a for a, b in zip(values, values[1:])) < MIN_RISING * (len(values) - 1):
        return None
    _keep_in_sequence(rows, numbers)
    widest = Counter(len(d) for d, _c in rows.values()).most_common(1)[0][0]
    width = Counter(len(c) for _d, c in rows.values() if c).most_common(1)
    if not width:
        return None
    width = width[0][0]
    aligned: dict[int, list[str]] = {}
    for k, (dates, rest) in rows.items():
        dates = dates + [""] * (widest - len(dates)) if len(dates) <= widest else dates[:widest]
        if len(rest) > width:       # the first cells joined: the last ones keep their places
            rest = [" ".join(rest[:len(rest) - width + 1])] + rest[len(rest) - width + 1:]
        rest = [""] * (width - len(rest)) + rest
        aligned[k] = [numbers[k]] + dates + rest
    titles = [""] * (1 + widest + width)
    # a header line printed on any page: its last titles name the cells after the dates
    # (its first ones run together as the rows' numbers and dates do)
    printed = [c[2] for c in cells(headers[min(headers)][-1])] if headers and headers[min(headers)] else []
    if len(printed) > width:
        titles[-width:] = printed[len(printed) - width:]
    names = name_columns(titles, list(aligned.values()), 0)
    keys = [f"column {j + 1}" for j in range(len(titles))]
    named = dict(zip(keys, names))
    out = []
    for k, (s, e) in enumerate(spans):
        if k not in aligned:
            continue
        out.append(build(dict(zip(keys, aligned[k])), named, page=doc.pages[s], number=numbers[k],
                         raw=doc.raw(s, e), context_date=context[s]))
    return out
