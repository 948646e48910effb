"""A line under each table row holding the place and the outcome, parted by one separator:

    2404-0311   Mon 04/01 10:09   Theft
         @ 120 Oak St -- Report Taken

The row's cells name the number, the date and the type; the line under it, left over as
the record's narrative, holds the place (led by its house or block number, perhaps
after a short word: "at", "@", "near") and how it ended. Told from the records
themselves: nearly every record's narrative splits in two at the same separator, one
part a place, the other a short phrase whose words (numbers aside) come back from record
to record. Only tables whose reader named neither a place nor an outcome are looked at.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.typeatplace import types_at_places

_SEPS = ("; ", " -- ", " | ", " / ")
# a place: its house or block number first, perhaps after one short lower-case word or "@"
_PLACE = re.compile(r"^(?:(?:[a-z]{1,4}|@)\s+)?(\d{1,6}[A-Za-z]?\s+\S.*)$")
_DIGITS = re.compile(r"\S*\d\S*")
MIN_SHARE = 0.8
MAX_OUTCOME_WORDS = 6
MAX_DISTINCT = 0.5      # distinct outcomes (numbers aside) per record


def places_and_outcomes(records: list[dict]) -> None:
    """Set ``location`` and ``disposition`` from each record's narrative line (in place)."""
    types_at_places(records)        # "Fraud report at 4483 Orland Ct [Unfounded]" in one cell
    if len(records) < 5 or any(r.get("location") or r.get("disposition") for r in records):
        return
    notes = [((r.get("fields") or {}).get("_narrative") or "").strip() for r in records]
    sep = _separator(notes)
    if sep is None:
        return
    split = [_split(note, sep) for note in notes]
    found = [s for s in split if s]
    if len(found) < MIN_SHARE * len(records):
        return
    kinds = Counter(_DIGITS.sub("#", outcome).lower() for _, outcome in found)
    if len(kinds) > MAX_DISTINCT * len(found):
        return
    for rec, parts in zip(records, split):
        if parts:
            rec["location"], rec["disposition"] = parts
            rec["fields"]["_location"], rec["fields"]["_disposition"] = parts


def _separator(notes: list[str]) -> str | None:
    for sep in _SEPS:
        if sum(1 for n in notes if n.count(sep) == 1) >= MIN_SHARE * len(notes):
            return sep
    return None


def _split(note: str, sep: str) -> tuple[str, str] | None:
    a, _, b = note.partition(sep)
    for place, outcome in ((a, b), (b, a)):
        m = _PLACE.match(place.strip())
        if m and outcome.strip() and len(outcome.split()) <= MAX_OUTCOME_WORDS:
            return m.group(1).strip(), outcome.strip().rstrip(".")
    return None
