"""Entries typed as one run of parts set off by one separator (a text file printed as is):

    11/01/2025 0940 AB25-0081 THEFT / 12 MILL ST / bike taken from porch / REPORT TAKEN
    AB25-0128 -- 11/15/2025 0656 -- Theft -- 12 Mill St -- bike taken -- report taken

Around the record's number, the date and time (before it, or as the first part after it),
then what, where, the narrative and how it ended, in that order, parted by " / ", " -- "
or " | ". Told from a sample of the records that no reader named a field in (most must
split into three or more parts by one separator; at a shift change the separator may
change with the order), so other logs pay nothing.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.dashparts import around_number
from prr.scrapers.incident_log.text import parse_datetime

SAMPLE = 30
MIN_SHARE = 0.8
_SEPS = (" / ", " -- ", " | ")
_WHEN = re.compile(r"^\s*(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})[ T]+(\d{1,2}:?\d{2})\s*$")


def _parts(record: dict, sep: str) -> tuple[str | None, list[str]] | None:
    around = around_number(record)
    if around is None:
        return None
    lead, tail = around
    parts = [p.strip() for p in f" {tail} ".split(sep)]
    parts = [p for p in parts if p]
    when = None
    if parts and _WHEN.match(parts[0]) and not lead.strip():
        when = parts.pop(0)
    elif _WHEN.match(lead):
        when = lead.strip()
    if when is None or len(parts) < 3:
        return None
    return when, parts


def _unnamed(record: dict) -> bool:
    return not (record.get("location") or record.get("disposition"))


def _split(record: dict) -> tuple[str, str, list[str]] | None:
    """(separator, date-time, parts) by the first separator that parts the entry so."""
    for sep in _SEPS:
        got = _parts(record, sep)
        if got:
            return (sep, *got)
    return None


def read_separated_parts(records: list[dict]) -> bool:
    """Type, place, narrative, outcome and time of each such entry, in place; False when
    the records are not printed that way."""
    sample = [r for r in records[:SAMPLE] if _unnamed(r)]
    if len(sample) < 3 or len(sample) < MIN_SHARE * min(len(records), SAMPLE):
        return False
    if sum(1 for r in sample if _split(r)) < MIN_SHARE * len(sample):
        return False
    for r in records:
        got = _split(r) if _unnamed(r) else None
        if got is None:
            continue
        sep, when, parts = got
        r["type"] = parts[0]
        r["offences"] = [parts[0]]
        r["location"] = parts[1]
        r["disposition"] = parts[-1].rstrip(".")
        r["summary"] = sep.join(parts[2:-1]) or None
        r["reported_at"] = parse_datetime(when) or r.get("reported_at")   # the entry's own, beside its number
    return True
