"""A case listed again further down a table: one record, its offences from every listing.

A report grouped by kind of offence (by licence category, statute group, unit) prints each
group as a table of its own; a case with offences of two groups is printed in both, the
second time often with a note mark after its number (a dagger, an asterisk) and a footnote
saying it is counted once. Read row by row, such a case counts twice. Its listings are the
same incident: printed at the same date (and time), at the same place, only the offence
differing.

Told from the records already read, in a table whose numbers are otherwise unique: the
numbers printed again are few (a third of the cases at most), never on the row right after
their first listing (rows of one incident one under another are another layout's,
``anchors.py``), and nearly every later listing (90%) agrees with its first one: the same
date (and time), no other place, and one more value shared (the place, a related number
such as a licence or a plate, or the outcome). Numbers that legitimately name two records
(police and fire sharing a series, a number on a different day or at a different place)
disagree, and then no listing is joined. The record stays where the case is first listed,
the later listings' offences added to its list, their other numbers to its related ones.
Most logs pay one set of their numbers.
"""
from __future__ import annotations

from prr.scrapers.incident_log.record import record_numbers

MIN_RECORDS = 5
MAX_RELISTED = 1 / 3        # later listings per distinct number
MIN_AGREEING = 0.9          # later listings agreeing with their first on date and place


def _same(value_a, value_b) -> bool | None:
    """Whether two printed values agree (spacing and case aside); None where one is not printed."""
    if not value_a or not value_b:
        return None
    return " ".join(str(value_a).lower().split()) == " ".join(str(value_b).lower().split())


def _agrees(first: dict, later: dict) -> bool:
    """The later listing is dated as the first one, not at another place, and shares one
    more value with it: the place, a related number (a licence, a plate) or the outcome."""
    when = _same(first.get("reported_at") or first.get("occurred_at"),
                 later.get("reported_at") or later.get("occurred_at"))
    place = _same(first.get("location"), later.get("location"))
    if not when or place is False:
        return False
    shared = set(first.get("related_numbers") or ()) & set(later.get("related_numbers") or ())
    return bool(place or shared or _same(first.get("disposition"), later.get("disposition")))


def _join(first: dict, later: dict) -> None:
    offences = list(first.get("offences") or ([first["type"]] if first.get("type") else []))
    for offence in later.get("offences") or ([later["type"]] if later.get("type") else []):
        if offence not in offences:
            offences.append(offence)
    if offences:
        first["offences"], first["type"] = offences, " // ".join(offences)
    related = list(first.get("related_numbers") or [])
    first["related_numbers"] = related + [n for n in later.get("related_numbers") or () if n not in related]
    for key in ("location", "disposition", "occurred_at", "reported_at", "case_no"):
        if later.get(key) and not first.get(key):
            first[key] = later[key]
    if first.get("raw") and later.get("raw"):
        first["raw"] = f"{first['raw']}\n{later['raw']}"


def join_relisted(records: list[dict]) -> list[dict]:
    """``records`` with each case listed again further down joined into its first listing;
    unchanged where no number is printed twice or the listings do not agree."""
    if len(records) < MIN_RECORDS:
        return records
    numbers = record_numbers(records)
    named = [n for n in numbers if n]
    distinct = set(named)
    if len(distinct) == len(named):         # most logs: every number once
        return records
    if len(named) - len(distinct) > MAX_RELISTED * len(distinct):
        return records
    first: dict[str, int] = {}
    later: list[tuple[int, int]] = []       # (later listing, first listing)
    for k, n in enumerate(numbers):
        if not n:
            continue
        if n not in first:
            first[n] = k
        elif numbers[k - 1] == n:           # rows of one incident one under another: not this layout
            return records
        else:
            later.append((k, first[n]))
    agreeing = [(k, f) for k, f in later if _agrees(records[f], records[k])]
    if len(agreeing) < MIN_AGREEING * len(later):
        return records
    for k, f in agreeing:
        _join(records[f], records[k])
    drop = {k for k, _ in agreeing}
    return [r for k, r in enumerate(records) if k not in drop]
