"""Logs that write their dates day first ("13/10/2025", "02/09/2025" for 2 September).

A date of numbers alone does not always say its order ("20/10/2025" does, and is read so
wherever it stands); the document does: where some of its records' dates have a first
number above 12 (a day) and none a second number above 12, every numeric date of the log
is day first. The dates the records' fields were given from a date both of whose numbers
could be a month ("02/09/2025", read 9 February) are then turned round (2 September).
A log with no such evidence keeps its dates (month first, the usual order).
"""
from __future__ import annotations

import re

_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")
_DATED = ("reported_at", "occurred_at", "occurred_to")
MIN_EVIDENCE = 2


def _printed_dates(rec: dict) -> list[tuple[int, int, int]]:
    """(first, second, year) of every numeric date in the record's values."""
    out = []
    for value in (rec.get("fields") or {}).values():
        if isinstance(value, str) and ("/" in value or "-" in value or "." in value):
            for a, _, b, y in _NUMERIC.findall(value):
                year = int(y) + (2000 if len(y) == 2 and int(y) < 70 else 1900 if len(y) == 2 else 0)
                out.append((int(a), int(b), year))
    return out


def is_day_first(printed: list[list[tuple[int, int, int]]]) -> bool:
    """Some dates open with a day above 12, none has a month above 12."""
    day_over = 0
    for dates in printed:
        for a, b, _ in dates:
            if b > 12:
                return False
            day_over += a > 12
    return day_over >= MIN_EVIDENCE


def read_day_first(result):
    """``result`` with its records' ambiguous numeric dates read day first where the log shows it."""
    if result.status != "records" or not result.records:
        return result
    printed = [_printed_dates(rec) for rec in result.records]
    if not is_day_first(printed):
        return result
    for rec, dates in zip(result.records, printed):
        turn = {(y, a, b) for a, b, y in dates if a <= 12 and b <= 12 and a != b}
        for field in _DATED:
            iso = rec.get(field)
            if not iso or len(iso) < 10 or (int(iso[:4]), int(iso[5:7]), int(iso[8:10])) not in turn:
                continue
            rec[field] = f"{iso[:5]}{iso[8:10]}-{iso[5:7]}{iso[10:]}"
    return result
