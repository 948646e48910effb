"""An incident printed in both parts of a log that spans a change of records system: once
under its old number in the first part, again under its new number in the second (a case
still open at the cut-over, carried into the new system; a call entered in both systems
on a day they ran side by side). Read part by part, it counts twice.

Told from the document alone: the records' numbers fall into two runs of two shapes (the
first part's, then the second's; a shape is its digits and letters as such), and a line
of the document prints one number of each run and no other (the converted entry citing
its old number, a cross-walk or reconciliation line pairing them), neither of the two
paired so with another number of the other run; and the two printings name one place
(a line citing an older case at another place is a follow-up, not the incident again).
Such a pair is one record: the first printing, its number and values (the number the
incident was first known by), the second printing's number and its related numbers
added to its related ones. A log of one series, or of two series mixed row by row, has
no two runs and pays only the shapes of its numbers.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers

MIN_PART = 2        # records a part needs to be one
_PUNCT = re.compile(r"[^\w\s]")
_WORD = re.compile(r"[a-z]{2}")
_ADDRESS = re.compile(r"\b(\d{1,6}) ([a-z]+) ([a-z]+)\b")
_DIGIT, _LETTER = re.compile(r"\d"), re.compile(r"[A-Za-z]")
_CUT = "[](){}<>,.;:#*\"'"


def _shape(number: str) -> str:
    return _LETTER.sub("A", _DIGIT.sub("9", number))


def _parts(numbers: list[str | None]) -> int | None:
    """Where the second run of shapes starts, or None unless the numbers make exactly two
    runs of two shapes, each of MIN_PART records or more."""
    if None in numbers or len(numbers) < 2 * MIN_PART:
        return None
    first = _shape(numbers[0])
    cut = next((i for i, n in enumerate(numbers) if _shape(n) != first), None)
    if cut is None or cut < MIN_PART or len(numbers) - cut < MIN_PART:
        return None
    second = _shape(numbers[cut])
    return cut if all(_shape(n) == second for n in numbers[cut:]) else None


def _pairs(page_texts: list[str], old: set[str], new: set[str]) -> dict[str, str]:
    """Old number -> new number, for each line printing one of each and no other of either
    run (a line of several pairs, a cross-walk in prose, is not read for which goes with
    which); a number paired on two lines with two of the other run's is left out."""
    seen: dict[str, set[str]] = {}
    for text in page_texts:
        for line in text.split("\n"):
            tokens = {t.strip(_CUT) for t in line.split()}
            olds, news = tokens & old, tokens & new
            if len(olds) == 1 and len(news) == 1:
                (a,), (b,) = olds, news
                seen.setdefault(a, set()).add(b)
                seen.setdefault(b, set()).add(a)
    return {a: next(iter(bs)) for a, bs in seen.items()
            if a in old and len(bs) == 1 and len(seen.get(next(iter(bs)), ())) == 1}


def _plain(text: str | None) -> str:
    return " ".join(_PUNCT.sub(" ", text or "").lower().split())


def _addresses(record: dict, numbers: tuple[str, str]) -> set[str]:
    """A house number and the two words after it, each time the record's text prints one."""
    raw = record.get("raw") or ""
    for n in numbers:
        raw = raw.replace(n, " ")
    return {" ".join(m) for m in _ADDRESS.findall(_plain(raw))}


def _same_place(first: dict, later: dict, numbers: tuple[str, str]) -> bool:
    """The place one printing gives stands in the other's text; where neither has a place
    yet (free text, its values named later), an address printed in both."""
    # (a place is words: a date or a number a reader took for one is none)
    place_a, place_b = (p if _WORD.search(p) else "" for p in map(_plain, (first.get("location"), later.get("location"))))
    if place_a or place_b:
        return bool(place_a and place_a in _plain(later.get("raw"))) or \
            bool(place_b and place_b in _plain(first.get("raw")))
    return bool(_addresses(first, numbers) & _addresses(later, numbers))


def join_paired_conversions(records: list[dict], page_texts: list[str]) -> list[dict]:
    """``records`` with each incident printed in both parts one record, at its first printing."""
    numbers = record_numbers(records)
    cut = _parts(numbers)
    if cut is None:
        return records
    by_number = {n: r for n, r in zip(numbers, records)}
    pairs = _pairs(page_texts, set(numbers[:cut]), set(numbers[cut:]))
    dropped: set[int] = set()
    for a, b in pairs.items():
        first, later = by_number[a], by_number[b]
        if not _same_place(first, later, (a, b)):
            continue
        related = list(first.get("related_numbers") or [])
        for n in [b, *(later.get("related_numbers") or ())]:
            if n not in related and n != a:
                related.append(n)
        first["related_numbers"] = related
        dropped.add(id(later))
    return [r for r in records if id(r) not in dropped] if dropped else records
