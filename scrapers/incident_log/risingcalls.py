"""Rows led by a date and several bare numbers of one width: the one rising through the log is the record's.

    03/23/26 0133 0902     0875 10-50     TRAFFIC COLLISION - PROPERTY DA 8059 QUARRY RD
    03/24/26 0034 0821     0896 1033      ALARM - COMMERCIAL                9741 SALTGRASS WAY

A fixed-width call print may open every row with its date and then three numbers of four
digits and no other mark: the time, a reporting district and the call number. The
record-number finder takes no bare four-digit number (a time, a house number, a code), so
such a log shows no column of numbers at all. Told from the numbers only: the call numbers
are issued one after another, so read in the log's order they rise at every row, while
the times start again each day and the districts come back in any order. Where nearly all
such rows carry no number the finder reads, and of the row-opening numbers exactly one
position never falls (a rare slip aside) while every other one falls again and again,
that position's number is the row's record number.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

# a line led (near the margin) by a date, then three to five four-digit numbers, then a cell
_ROW = re.compile(r"\n {0,3}\d{1,2}/\d{1,2}/\d{2,4}((?: +\d{4}){3,5}) +\S")
_NUMBER = re.compile(r"\d{4}")
MIN_ROWS = 10
ROW_SHARE = 0.9         # share of the rows opened by the commonest count of numbers
MAX_FALLS = 0.02        # falls per step of the rising position
MIN_OTHER_FALLS = 3     # falls of every other position (a new day's times, districts)
FOUND_SHARE = 0.1       # rows already carrying a number the finder reads: none of this


def add_rising_calls(text: str, starts: list[int], ids: list[list[tuple[int, str]]]) -> None:
    """Put the rising one of the date-led rows' bare numbers into ``ids`` (in place)."""
    rows: list[tuple[int, list[tuple[int, str]]]] = []
    for m in _ROW.finditer("\n" + text):
        i = bisect_right(starts, m.start(1) - 1) - 1      # ("\n" + text: offsets one further)
        col = m.start(1) - 1 - starts[i]
        rows.append((i, [(col + n.start(), n.group()) for n in _NUMBER.finditer(m.group(1))]))
    if len(rows) < MIN_ROWS or sum(1 for i, _ in rows if ids[i]) > FOUND_SHARE * len(rows):
        return
    # (a four-digit code after the call, "1033", is one number more: the first ones count)
    width = Counter(len(numbers) for _, numbers in rows).most_common(1)[0][0]
    if sum(1 for _, numbers in rows if len(numbers) >= width) < ROW_SHARE * len(rows):
        return
    rows = [(i, numbers) for i, numbers in rows if len(numbers) >= width]
    falls = []
    for p in range(width):
        values = [int(numbers[p][1]) for _, numbers in rows]
        falls.append(sum(1 for a, b in zip(values, values[1:]) if b <= a))
    rising = [p for p, f in enumerate(falls) if f <= MAX_FALLS * (len(rows) - 1)]
    if len(rising) != 1 or any(f < MIN_OTHER_FALLS for p, f in enumerate(falls) if p != rising[0]):
        return
    for i, numbers in rows:
        x, tok = numbers[rising[0]]
        ids[i].append((x, tok))
        ids[i].sort()
