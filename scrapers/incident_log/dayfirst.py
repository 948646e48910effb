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

from prr.scrapers.incident_log.dtg import full_year

_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")
_DATED = ("reported_at", "occurred_at", "occurred_to")
MIN_EVIDENCE = 2


def _printed_dates(rec: dict) -> list[tuple[int, int, int]]:
    """(first, second, year) of every numeric date in the record's values."""
    out = []
    for value in (rec.get("fields") or {}).values():
        if isinstance(value, str) and ("/" in value or "-" in value or "." in value):
            for a, _, b, y in _NUMERIC.findall(value):
                out.append((int(a), int(b), full_year(y)))
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


# a date whose first number can only be a day (13-31) and whose second can be a month: looked
# for once in the text (at C speed) before any record is looked at (what stands before it is
# checked on the few matches: a look-behind in front would be tried at every character)
# (led by the separator after the day, the day looked behind at: the engine skips ahead to
# the next "/", "." or "-", fewer than a log's digits)
_DAY_OVER_12 = re.compile(r"([/.-])(?<=(?:1[3-9]|2\d|3[01])[/.-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d{2})(?![\d/.-])")


def _has_day_over_12(text: str) -> bool:
    # (the day starts two characters before the separator the match starts at)
    return any(m.start() == 2 or text[m.start() - 3] not in "0123456789/.-" for m in _DAY_OVER_12.finditer(text))


def read_day_first(result, page_texts: list[str]):
    """``result`` with its records' ambiguous numeric dates read day first where the log shows it."""
    if result.status != "records" or not result.records or not any(map(_has_day_over_12, page_texts)):
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
