"""Numbered paragraphs updating an earlier paragraph's incident: no records of their own.

A weekly summary numbers every paragraph in one series: the incidents, notices to the
public, and updates on an incident told further up (an arrest made, property recovered).
An update cites the incident's number again, so read as paragraphs each citing one number
of the log's series it is a second record of the same incident, and the log overcounts by
its updates. (Notices cite no number of the series and were never records.)

Told from the records read: in a log of numbered paragraphs whose numbers are otherwise
all different, a few paragraphs (a third of the records at most) cite the number of an
earlier paragraph that is not the one right before it (a heading repeating the number of
the paragraph below is ``continuedblocks.py``'s). Each such paragraph is joined to the
first paragraph of its number: its text under ``fields["updates"]``, its other numbers
as related numbers. Cheap: where no number comes twice (most logs), nothing else is
looked at.
"""
from __future__ import annotations

from prr.scrapers.incident_log.record import add_field_line, record_numbers
from prr.scrapers.incident_log.text import squash

LAYOUTS = ("numbered paragraphs",)
MIN_RECORDS = 5
MAX_SHARE = 1 / 3       # of the records: more repeats are a layout of their own


def join_paragraph_updates(records: list[dict], layout: str | None) -> list[dict]:
    """``records`` without the paragraphs updating an earlier one, each joined to it."""
    if layout not in LAYOUTS or len(records) < MIN_RECORDS:
        return records
    numbers = record_numbers(records)
    numbered = [n for n in numbers if n]
    if len(set(numbered)) == len(numbered):       # no number printed twice: at C speed
        return records
    first: dict[str, int] = {}
    later: dict[int, int] = {}      # an update's index -> the index of the paragraph it updates
    for k, n in enumerate(numbers):
        if not n:
            continue
        if n not in first:
            first[n] = k
        elif numbers[k - 1] == n:       # right after a paragraph of its number: that one's rest
            return records
        else:
            later[k] = first[n]
    if not later or len(later) > MAX_SHARE * len(records):
        return records
    for k, cited in later.items():
        rec, update = records[cited], records[k]
        add_field_line(rec, "updates", squash(" ".join((update.get("raw") or "").split())))
        own = rec.setdefault("related_numbers", [])
        for m in update.get("related_numbers") or ():
            if m != numbers[cited] and m not in own:
                own.append(m)
    return [r for k, r in enumerate(records) if k not in later]
