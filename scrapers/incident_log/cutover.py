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
tells it only where the other records' numbers all differ."""
from __future__ import annotations

from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.text import shape, shapes

MIN_RECORDS = 6
MIN_SERIES = 3      # records numbered in the new number's series: a second series, not a stray number
MAX_SHARE = 1 / 3   # of the records: incidents printed twice are the few open at the cut-over
MAX_SWITCHES = 3    # old part, new part, an appendix: series taking turns more often are one log's


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

