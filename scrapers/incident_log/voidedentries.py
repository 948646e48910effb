"""Entries voided as duplicates of another: a register gives each entry the next number of
its series, so an incident keyed in twice takes two numbers; the second entry is voided and
printed in its place holding nothing but its number and a remark citing the entry it
duplicates. Read as a block or a row, it is a record: the incident counts twice.

Told from the records read, not from any word of the remark: in a log of labelled blocks or
a table, a record printing none of the labels (or columns) of the log but its number's, and
so holding none of an incident's values (no date or time, type, place, offence or outcome),
numbered in the series of the record it cites, that record read before it with values of
its own, is a number voided in favour of that record. It is no record: left out, its number
kept among the cited record's related numbers. An entry of free text gets its values from
its sentences later (its lack of them here tells nothing): not looked at. An entry withheld
in full (its number alone, or a line saying it is restricted) cites no other record and is
kept as an incident withheld; entries of this kind are a few of the log's (many: another
layout, left alone). Nor an entry read as free text in a log of several sections (its one
field the entry's text, a section of numbered paragraphs after the blocks): its values come
from its sentences later, as in a log of free text, and it may cite another section's record."""
from __future__ import annotations

from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.text import shape

MIN_RECORDS = 6
MAX_SHARE = 0.2     # of the records: voided numbers are a few
_VALUES = ("type", "location", "reported_at", "occurred_at", "disposition", "offences")


def _valued(rec: dict) -> bool:
    return any(rec.get(key) for key in _VALUES)


def _number_only(rec: dict, number: str) -> bool:
    """``rec`` prints no label or column but its number's (its loose text aside)."""
    named = {k: v for k, v in (rec.get("fields") or {}).items() if not k.startswith("_")}
    if list(named) == ["summary"] and (rec.get("summary") or "").strip() != number:
        return False        # an entry of free text (read alone, in a section of its own)
    return bool(named) and all(isinstance(v, str) and number in v for v in named.values())


def drop_voided_entries(records: list[dict], layout: str | None) -> list[dict]:
    """``records`` without the entries voided as duplicates of a record read before them."""
    if layout not in ("labelled blocks", "table") or len(records) < MIN_RECORDS:
        return records
    numbers = record_numbers(records)
    read: dict[str, int] = {}       # each number's first record with values
    voided: dict[int, int] = {}
    for k, (n, rec) in enumerate(zip(numbers, records)):
        if _valued(rec):
            if n and n not in read:
                read[n] = k
            continue
        if not n or not _number_only(rec, n):
            continue
        # the record it duplicates: cited by it, of its own series, read before it
        cited = next((read[m] for m in rec.get("related_numbers") or () if m != n and m in read
                      and shape(m) == shape(n)), None)
        if cited is not None:
            voided[k] = cited
    if not voided or len(voided) > MAX_SHARE * len(records):
        return records
    for k, cited in voided.items():
        related = records[cited].get("related_numbers")
        if related is None:
            related = records[cited]["related_numbers"] = []
        if numbers[k] not in related:
            related.append(numbers[k])
    return [r for k, r in enumerate(records) if k not in voided]
