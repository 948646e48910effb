"""A log spanning a change of records system: the old system's records, then the new
system's, each part numbered in its own series. The incidents still open at the cut-over
are printed in both parts: under the old number first, then again in the new part under a
new number, citing the old one (a "converted from" column, a "legacy number" line). Read
as they stand, each converted incident counts twice. A cross-walk of old to new numbers
(an appendix, a page between the parts) reads as rows of two numbers, one record each,
though it lists numbers, some of older cases that are no records of this log at all.

Told from the records read, not from any word: a later record carrying, as its own number
or a related one, the number of an earlier record printed with the same date and time,
and besides it a number of another shape, the shape other records of the document are
numbered in (a second series), is the earlier incident printed again under its new number.
It is folded onto the first printing (the number the incident was first printed under is
its id, its values those first printed), the new number kept as a related number. The two
series must stand in parts (old, new, an appendix), not take turns as two agencies' series
of one joint log do, whose records may cite each other at the same minute.

Run before the pass dropping sections that name records read elsewhere or earlier cases
(``updatesection.py``): with each converted incident once, a cross-walk after the log is
such a section (its old numbers the log's records' or lower than all of them), and it
tells it only where the other records' numbers all differ.

The second way it is told (``join_paired_conversions``, the last of the one-per-incident
passes): the records' numbers fall in two runs of two shapes (the first part's, then the
second's), and a line of the document prints one number of each run and no other (the
converted entry citing its old number, a cross-walk or reconciliation line pairing them),
neither paired so with another number of the other run, and the two printings name one
place (a line citing an older case at another place is a follow-up, not the incident
again). Such a pair is one record: the first printing, the second's number and its related
numbers added to its related ones. A log of one series, or of two mixed row by row, has no
two runs and pays only the shapes of its numbers."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.text import shape, shapes

MIN_RECORDS = 6
MIN_SERIES = 3      # records numbered in the new number's series: a second series, not a stray number
MAX_SHARE = 1 / 3   # of the records: incidents printed twice are the few open at the cut-over
MAX_SWITCHES = 3    # old part, new part, an appendix: series taking turns more often are one log's
MIN_PART = 2        # records a part needs to be one (a pairing line between two parts)
_PUNCT = re.compile(r"[^\w\s]")
_WORD = re.compile(r"[a-z]{2}")
_ADDRESS = re.compile(r"\b(\d{1,6}) ([a-z]+) ([a-z]+)\b")
_CUT = "[](){}<>,.;:#*\"'"


def _when(rec: dict) -> str | None:
    return rec.get("reported_at") or rec.get("occurred_at")


def _numbers(rec: dict, own: str | None) -> list[str]:
    """The record's own number, then its related numbers."""
    out = [own] if own else []
    return out + [n for n in rec.get("related_numbers") or () if n not in out]


def _in_parts(own: list[str], old: str, new: str) -> bool:
    """The records numbered in the shapes ``old`` and ``new`` (``own``: each record's number's
    shape) stand in a few parts, one series each (a cut-over), not taking turns (a joint log
    of two agencies' series)."""
    seq = [s for s in own if s in (old, new)]
    return sum(1 for a, b in zip(seq, seq[1:]) if a != b) <= MAX_SWITCHES


def join_cited_conversions(records: list[dict]) -> list[dict]:
    """``records`` with each incident printed again after the cut-over folded onto its first
    printing."""
    if len(records) < MIN_RECORDS:
        return records
    numbers = record_numbers(records)
    own = shapes(n or "" for n in numbers)      # (at C speed: a yearly log's records)
    first: dict[str, int] = {}      # each number's first dated record
    series: dict[str, int] = {}     # records numbered in each shape
    for k, (n, rec) in enumerate(zip(numbers, records)):
        if n:
            series[own[k]] = series.get(own[k], 0) + 1
            if n not in first and _when(rec):
                first[n] = k
    if len(series) < 2:     # one series: no cut-over between two numberings
        return records
    ids = set(first) | set(filter(None, numbers))
    folds: dict[int, tuple[int, str]] = {}
    parted: dict[tuple[str, str], bool] = {}
    for k, (n, rec) in enumerate(zip(numbers, records)):
        when = _when(rec)
        if not when:
            continue
        mine = _numbers(rec, n)
        old = next((m for m in mine if first.get(m, k) < k and _when(records[first[m]]) == when), None)
        if old is None:
            continue
        # the new number: another shape, one other records of the document are numbered in,
        # no other record's own number (a row swallowing the next ones carries theirs)
        new = next((m for m in mine if m != old and shape(m) != shape(old) and (m == n or m not in ids)
                    and series.get(shape(m), 0) - (m == n) >= MIN_SERIES), None)
        if new is None:
            continue
        key = (shape(old), shape(new))
        if key not in parted:
            parted[key] = _in_parts(own, *key)
        if parted[key]:
            folds[k] = (first[old], new)
    if not folds or len(folds) > MAX_SHARE * len(records):
        return records
    for j, new in folds.values():
        related = records[j].get("related_numbers")
        if related is None:
            related = records[j]["related_numbers"] = []
        if new not in related:
            related.append(new)
    return [r for k, r in enumerate(records) if k not in folds]


def _parts(numbers: list[str | None]) -> int | None:
    """Where the second run of shapes starts, or None unless the numbers make exactly two
    runs of two shapes, each of MIN_PART records or more."""
    if None in numbers or len(numbers) < 2 * MIN_PART:
        return None
    first = shape(numbers[0])
    cut = next((i for i, n in enumerate(numbers) if shape(n) != first), None)
    if cut is None or cut < MIN_PART or len(numbers) - cut < MIN_PART:
        return None
    second = shape(numbers[cut])
    return cut if all(shape(n) == second for n in numbers[cut:]) else None


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
