"""Two numbers over each other in every card, each under a label of its own: which is the record's.

A patrol app's card may print the dispatch's call number under one label and the agency's
incident number under the next, both of one shape (``25-11876`` over ``25-03311``). Each
label line stands over a number once per card, so both look like the label over the
records' numbers, and the stacked reader (``stacked.py``) finds no single one.

Told from the numbers, not the labels' words: a dispatch numbers every call, and only some
calls make an incident, so the call series runs far ahead of the cards (many numbers
skipped between two cards) while the records' own series skips few. The label over the
densest series (most cards per number of its span) is the records'; the others' numbers
are related ones (the call each came from). Where no series is clearly denser, none is
chosen. A table printing the two numbers in columns side by side is told the same way
(``casenumber.own_case_column``). A serial restarting with each day or year counts its
span under each prefix: over the whole log, a dispatch's daily serials fill their span
nearly as well as the records' own.
"""
from __future__ import annotations

import re

MIN_CARDS = 3
SHARE = 0.8         # of the numbered label lines' top count: a label over a number once per card
DENSER = 1.5        # the records' series this much denser than any other, at least
_SERIAL = re.compile(r"(\d+)\D*$")


def density(numbers: list[str]) -> float:
    """Distinct numbers per number of the span their serials cover (the last run of digits).
    A serial restarting under each new prefix (a year, a Julian day: ``25286-0001``,
    ``25287-0001``) counts its span under each prefix; a prefix printed on one number only
    covers no span (an untold one, not a run of the series)."""
    by_prefix: dict[str, set[int]] = {}
    for n in numbers:
        if m := _SERIAL.search(n):
            by_prefix.setdefault(n[:m.start(1)], set()).add(int(m.group(1)))
    runs = [sorted(s) for s in by_prefix.values() if len(s) >= 2]
    counted = sum(map(len, runs))
    if counted < MIN_CARDS or counted < 0.5 * sum(map(len, by_prefix.values())):
        return 0.0
    return counted / sum(s[-1] - s[0] + 1 for s in runs)


def denser(numbers: list[str], others: list[str]) -> bool:
    """``numbers`` run clearly denser than ``others`` (a dispatch's numbers, issued to
    every call, skip the calls that made no record of the series beside them)."""
    return density(numbers) >= DENSER * density(others) > 0


def own_series_label(under: dict[str, list[str]], first_seen: dict[str, int]) -> tuple[str, str] | None:
    """``under``: per label line (its words) the numbers printed right under it. Where two or
    more label lines stand over a number as often (once per card), the one opening the card
    (first seen) and the one over the records' own numbers (the densest series); else None."""
    if not under:
        return None
    top = max(map(len, under.values()))
    numbered = [k for k, ns in under.items() if len(ns) >= max(MIN_CARDS, SHARE * top)]
    if len(numbered) < 2:
        return None
    dense = sorted(numbered, key=lambda k: density(under[k]), reverse=True)
    if density(under[dense[0]]) < DENSER * density(under[dense[1]]):
        return None
    return min(numbered, key=first_seen.__getitem__), dense[0]
