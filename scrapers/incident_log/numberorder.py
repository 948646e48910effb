"""Which of two number series is the records' own: the one given in order.

A table may print two numbers once per record, each distinct: the record's own number
and another office's (a public works complaint, a permit) in a column of its own. The
records' own numbers are issued as the calls come in, so in a log read in order they
rise from one record to the next (gaps aside); another office's numbers, issued by its
own desk, follow no order of this log. When the column first chosen does not rise and
another series as many numbers long does, nearly every step, on other lines than the
column's, that series is the records' own (on the line that closes each record, under
its unit lines: ``numberplace`` then opens each record at its first line). Two series
side by side on one line (an event number and its case number) are both the record's:
the column first chosen stays its number.
"""
from __future__ import annotations

import re

RISING = 0.9            # share of steps up in the records' own series
UNORDERED = 0.7         # at most this share of steps up: a series in no order
AS_MANY = 0.95          # the other series numbers nearly as many records

_DIGITS = re.compile(r"\d+")


def rising_share(members: dict[int, str]) -> float:
    """Share of steps from one number to the next (in line order) that go up, the
    numbers compared by their digits (a letter prefix aside)."""
    values = []
    for i in sorted(members):
        digits = "".join(_DIGITS.findall(members[i]))
        if digits:
            values.append(int(digits))
    steps = len(values) - 1
    if steps < 4:
        return 0.0
    return sum(1 for a, b in zip(values, values[1:]) if b > a) / steps


def _apart(one: dict[int, str], other: dict[int, str]) -> bool:
    """The two series stand on other lines of the record (a number on the line closing it,
    the reference on its first): two numbers side by side on one line are both the
    record's (an event and its case number), the column first chosen stays its number."""
    return len(one.keys() & other.keys()) <= 0.1 * len(one)


def in_order(candidates: list[tuple], chosen: tuple) -> tuple:
    """The candidate column to read as the records' numbers: ``chosen``, unless its
    numbers follow no order while another series, nearly as many distinct numbers,
    rises. Candidates are ``anchors.id_column``'s tuples (key, windows, members, ...)."""
    if rising_share(chosen[2]) > UNORDERED:
        return chosen
    rising = [c for c in candidates if c is not chosen and c[0][0] >= AS_MANY * chosen[0][0]
              and c[0][0] <= chosen[0][0] / AS_MANY and _apart(c[2], chosen[2]) and rising_share(c[2]) >= RISING]
    return max(rising, key=lambda c: c[0]) if rising else chosen
