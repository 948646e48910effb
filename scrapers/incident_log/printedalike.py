"""An incident printed twice alike, apart: one record, the later printing.

A dashboard or report printed to PDF shows some incidents in a box or a visual of its own
(a tooltip or pop-up captured at print, a preview of the first rows) in the very form of
the listing that follows, every value the same; read in turn, such an incident counts twice.

Told from the records already read: two records, not one right after the other (consecutive
blocks of one number are ``repeatedblocks.py``'s), carrying the same number and every named
value printed alike (spacing and case aside), three or more of them, a date among them. Two
printings of one incident with a value differing (a call reopened, another report) are left
as read. The later printing is kept (the listing comes after the visuals that repeat it).
Run before ``updatesection.py``: repeats ahead of a listing sorted by number would make its
first part look like a section of updates and earlier cases. Cheap: where no record number
comes twice (most logs), nothing else is looked at.
"""
from __future__ import annotations

from prr.scrapers.incident_log.record import record_numbers

MIN_VALUES = 3      # named values printed alike (the number among them)


def _printed(rec: dict) -> tuple | None:
    """The record's named values as printed (spacing and case aside), or None where they
    are too few to tell one incident by, or no date is among them."""
    fields = rec.get("fields") or {}
    values = tuple(sorted((name, " ".join(str(v).lower().split())) for name, v in fields.items() if v))
    if len(values) < MIN_VALUES or not (rec.get("reported_at") or rec.get("occurred_at")):
        return None
    return values


def drop_printed_alike(records: list[dict]) -> list[dict]:
    """``records`` without the earlier printing of an incident printed again alike."""
    numbers = record_numbers(records)
    present = list(filter(None, numbers))
    if len(set(present)) == len(present):
        return records
    last: dict[str, int] = {}
    for k, n in enumerate(numbers):
        if n:
            last[n] = k
    drop = set()
    for k, n in enumerate(numbers):
        later = last.get(n) if n else None
        if later is None or later <= k + 1:
            continue
        printed = _printed(records[k])
        if printed is not None and printed == _printed(records[later]):
            drop.add(k)
    return [r for k, r in enumerate(records) if k not in drop] if drop else records
