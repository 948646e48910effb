"""A record number printed with its series' letters one space before it ("PUPD 2025-00611",
"MPD 25 004812" is not this: only a word of capitals, then the number).

The id pattern stops at a space, so the number was read without the letters the document
prints before it on every record, and the record was not findable by its number as cited.
When (nearly) every record prints the same capital word right before its own number, with one
space between (a label would end in a colon, ``#`` or full stop), the word is part of the
number: it is joined to it. A number that carries letters of its own (an office code, a
letter part: "01182-2025-MPC051") names its series already: the word before it is the
kind of report it numbers, not more of the number. So is a word where the records print
numbers of their own numbers' shape after another such word ("IR 25-1181 ... DR 25-0661
written"): the words tell two series of one shape apart, each naming its kind of report."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.issuermark import marks_cited_numbers

SAMPLE = 60
_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))([A-Z]{2,6}) $")
_SHARE = 0.9
# a capital word, one space, and a number: "DR 25-0661"
_TAGGED = re.compile(r"(?:^|(?<=[\s(\[]))([A-Z]{2,6}) (\d[\d-]*\d)(?![\w-])")
_LETTER = re.compile(r"[A-Za-z]")
# words of a label for the number, or their short forms ("CASE NO 25-0012", "INC 24-01000"),
# not a series' letters
_LABEL_WORDS = {"NO", "NUM", "NUMBER", "NBR", "ID", "CASE", "EVENT", "INCIDENT", "CALL", "CAD", "LOG", "RECORD",
                "ENTRY", "ITEM", "REPORT", "REF", "FILE", "DR", "CFS", "RPT", "INC", "EVT", "EV", "RECD", "RCD"}


def _word_before(rec: dict, key: str) -> str | None:
    number = rec.get(key)
    raw = rec.get("raw") or ""
    at = raw.find(number) if number else -1
    while at >= 0:
        m = _BEFORE.search(raw, max(0, at - 8), at)
        end = at + len(number)
        if m and (end == len(raw) or not (raw[end].isalnum() or raw[end] == "-")):
            return m.group(1)
        at = raw.find(number, end)
    return None


def _other_words(sample: list[dict], key: str, word: str) -> bool:
    """Some records (two or more) print a number of their own number's shape after another
    capital word than ``word``: each word names a kind of report."""
    shaped = {re.sub(r"\d", "9", r[key]) for r in sample}
    others = 0
    for rec in sample:
        raw = rec.get("raw") or ""
        for m in _TAGGED.finditer(raw):
            if m.group(1) != word and re.sub(r"\d", "9", m.group(2)) in shaped:
                others += 1
                break
    return others >= 2


def joined(result) -> None:
    """Join the capital word every record prints one space before its number, in place
    (``result``: a ``LogResult``; returns no reason: nothing is left unsure)."""
    records = result.records
    key = "record_no"
    sample = [r for r in records[:SAMPLE] if r.get(key)]
    if len(sample) < 5 or len(sample) < 0.8 * min(len(records), SAMPLE):
        return None
    words = Counter(_word_before(r, key) for r in sample)
    word, n = words.most_common(1)[0]
    if word is None or word in _LABEL_WORDS or n < _SHARE * len(sample):
        return None
    if sum(1 for r in sample if _LETTER.search(r[key])) >= _SHARE * len(sample):
        return None         # (the numbers carry their series' letters themselves)
    if _other_words(sample, key, word):
        return None
    if marks_cited_numbers(records, word, key):
        return None         # (the issuer's mark, on numbers the entries cite too: not the series')
    for rec in records:
        if _word_before(rec, key) == word:
            rec[key] = f"{word} {rec[key]}"
            rec["related_numbers"] = [x for x in rec.get("related_numbers") or () if x != rec[key]]
    return None
