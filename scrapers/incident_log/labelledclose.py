"""Prose entries closed by a bare number after one word: the entry's own number.

    1045 hrs — Grand theft, 487(a) PC, Kettle Creek Road and Tolliver Lane. Occurred at about
    1041. Loss estimated at $1,750. Unit 606; cleared 1312 (147 min). Gone on arrival. Log 1236.

A police log written as prose may close each entry with its number after a word naming it
(``Log 1236.``, ``Ref 4410.``), the number bare: four digits, the width of the times and
house numbers in the sentences before it. The record-number finder takes no bare number of
that width, so such a log shows no series at all. Told from the document: one and the same
word stands before a bare number that ends a sentence at the end of a line (the word may be
wrapped to the end of the line above) many times, those numbers are all different and rise
from one to the next through the log. Then each such number is a record number where it
stands; the house numbers and times of its width inside the sentences are not.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

# a word, then (after a space or a line break) a bare number closing a sentence and a line
_CLOSING = re.compile(r"(?<![\w$#.,/-])([A-Z][a-z]{1,11})[ \n](\d{3,6})\.(?= *(?:\n|$))")
MIN_ENTRIES = 10
WORD_SHARE = 0.9        # share of the closing numbers after the commonest word
MAX_FALLS = 0.02        # falls per step of the series


def add_closing_numbers(text: str, starts: list[int], ids: list[list[tuple[int, str]]]) -> dict[int, str]:
    """Put a series of word-labelled numbers closing the entries into ``ids`` (in place).
    Returns the lines so closed, each with the word: the entries' closing form."""
    found = [(m.group(1), m.start(2), m.group(2)) for m in _CLOSING.finditer(text)]
    if len(found) < MIN_ENTRIES:
        return {}
    word, n = Counter(w for w, _, _ in found).most_common(1)[0]
    if n < MIN_ENTRIES or n < WORD_SHARE * len(found):
        return {}
    found = [(at, tok) for w, at, tok in found if w == word]
    values = [int(tok) for _, tok in found]
    if len(set(values)) < len(values) or \
            sum(1 for a, b in zip(values, values[1:]) if b <= a) > MAX_FALLS * (len(values) - 1):
        return {}
    closed = {}
    for at, tok in found:
        i = bisect_right(starts, at) - 1
        closed[i] = word
        if all(t != tok for _, t in ids[i]):
            ids[i].append((at - starts[i], tok))
            ids[i].sort()
    return closed
