"""Paragraphs citing again a number an earlier paragraph cited: follow-ups, no new series.

A digest in prose (a chief's daily summary to a council, a weekly bulletin) tells each
incident in a paragraph that cites its number once, and now and then adds a short
paragraph on an incident told in an earlier digest (``UPDATE 25-10394: suspect located
...``, ``Follow-up to case ...``): it cites that incident's number again. The paragraph
reader looks for a shape of number cited once in most paragraphs, its values all
different; the follow-ups make some values come twice, so the series was missed and the
log read by a reader that finds only some of its entries.

Told from the values: where no shape passes the all-different test (nor do numbered
items), a shape whose values are all different but for repeats of a value an earlier
paragraph cited, in paragraphs telling something else (a page's heading printed again
word for word follows nothing up), the repeats a third of the distinct values at most,
is still the series.
Read so only where the reader before found under three in four of the incidents the
paragraphs tell (their distinct numbers): logs read well elsewhere keep their records and
fields. The follow-up paragraphs themselves are told apart further on as paragraphs
updating an earlier one (``paraupdates.py``): joined to it, their other numbers related.
"""
from __future__ import annotations

MAX_SHARE = 1 / 3       # of the distinct values: more repeats are a layout of their own
MIN_DISTINCT = 5
FOUND_SHARE = 3 / 4    # of the incidents told: a reader finding fewer missed some


def all_different_but_follow_ups(cited: list[tuple[str, str]]) -> bool:
    """The values, each with the paragraph citing it in the order of the paragraphs, all
    different but for later repeats of an earlier one (few of them), each in a paragraph
    telling something else: a paragraph printed again word for word (a page's heading, a
    copy) follows nothing up."""
    first: dict[str, str] = {}
    repeats = 0
    for value, text in cited:
        words = " ".join(text.split())
        if value not in first:
            first[value] = words
        elif first[value] == words:
            return False
        else:
            repeats += 1
    return len(first) >= MIN_DISTINCT and 0 < repeats <= MAX_SHARE * len(first)


def told_many_more(numbers: set[str], found: list[dict]) -> bool:
    """The paragraphs tell many more incidents (their distinct numbers) than the reader
    before them found: only then are they read, a reader that found (nearly) all of them
    keeps its records and the fields it read from them."""
    return len(found) < FOUND_SHARE * len(numbers)
