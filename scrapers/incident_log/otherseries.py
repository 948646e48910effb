"""Entries opened by a number of another, lettered series: the agency's other work, not records.

A daily activity log prints, in one time-ordered sequence, everything the agency did: the
incidents, numbered in the records' series, and the other work (papers served, prisoner
transports, court details, property released), each kind numbered in a series of its own
that a few letters open ("TR-25-0157", "P-0412"). The other entries are read like the
incidents but carry no number of the records' series: their own number lands among their
related numbers. Told from the entries themselves: where at least ``MIN_NUMBERED`` entries
carry a record number, nearly all (``SAME_PREFIX``) opened by the same letters or by none,
an entry without one whose opening line prints first a number of its own opened by other
letters is an entry of that other work. An entry without a number that cites a lettered
number later in its text (a call naming a citation), or none at all, stays a record. A log that
numbers every activity as one list runs the other work's items on under the incident above
them instead: ``cut_other_series_items`` ends the incident before them.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.record import record_numbers

MIN_NUMBERED = 5
SAME_PREFIX = 0.9
_DIGIT = re.compile(r"\d")
# the letters that open a number ("TR-25-0157" -> "TR", "2025-01440" -> "")
_PREFIX = re.compile(r"([A-Za-z]*)[-\s]?\d")


def drop_other_series_entries(records: list[dict]) -> list[dict]:
    """The records without the entries opened by a number of another lettered series (the
    same list when there are none)."""
    numbers = record_numbers(records)
    numbered = [n for n in numbers if n and _DIGIT.search(n)]
    if len(numbered) < MIN_NUMBERED or len(numbered) == len(records):
        return records
    prefix, n = Counter(map(_letters, numbered)).most_common(1)[0]
    if n < SAME_PREFIX * len(numbered):
        return records
    keep = [r for r, number in zip(records, numbers)
            if number and _DIGIT.search(number) or not _opened_by_other_series(r, prefix)]
    return keep if len(keep) < len(records) else records


def _letters(number: str) -> str:
    """The letters that open ``number`` (upper case; empty when a digit opens it)."""
    m = _PREFIX.match(number.strip())
    return m.group(1).upper() if m else ""


def _opened_by_other_series(rec: dict, prefix: str) -> bool:
    """The entry's opening line prints first, of its related numbers, one opened by letters
    other than the records' ``prefix``: the entry's own number in a series of its own."""
    related = [n for n in rec.get("related_numbers") or [] if n]
    opening = (rec.get("raw") or "").strip().split("\n", 1)[0]
    if not related or not opening:
        return False
    printed = [(opening.find(n), n) for n in related if n in opening]
    if not printed:
        return False
    first = min(printed)[1]
    letters = _letters(first)
    return bool(letters) and letters != prefix


# a numbered list's item: its item number, a dot, then the number the item opens with
_ITEM = re.compile(r" {0,6}(\d{1,4})\. +([A-Za-z]*-?\d[\dA-Za-z-]*)")


def cut_other_series_items(records: list[dict]) -> None:
    """Records of a numbered list without the items of other work read into them (in place).

    A daily log numbering every activity as one list ("4.  2025-0529 - INCIDENT. ...",
    "5.  PR-0735 - PROPERTY RELEASE. ...") is read by the records' series: an item of other
    work, numbered in its lettered series, runs on as lines of the incident above it. Where
    at least ``MIN_NUMBERED`` records open with an item number and their own number, nearly
    all (``SAME_PREFIX``) of one series, a later line of a record opening as an item with a
    number opened by other letters starts an entry of its own: the record ends before it, and the
    numbers printed from there on are no numbers of the record."""
    opened = [r for r in records if (m := _ITEM.match(r.get("raw") or "")) and m.group(2) == r.get("record_no")]
    if len(opened) < MIN_NUMBERED:
        return
    prefix, n = Counter(_letters(r["record_no"]) for r in opened).most_common(1)[0]
    if n < SAME_PREFIX * len(opened):
        return
    for rec in opened:
        lines = rec["raw"].split("\n")
        # (an item opened by a time or by no number, "2. 1944 hrs Lights checked", is a
        # routine line of the patrol, no series of its own: it stays)
        cut = next((k for k, line in enumerate(lines[1:], 1)
                    if (m := _ITEM.match(line)) and _letters(m.group(2)) not in ("", prefix)), None)
        if cut is not None:
            _cut_at(rec, lines, cut)


def _cut_at(rec: dict, lines: list[str], cut: int) -> None:
    """``rec`` ending before ``lines[cut]``: its raw text, summary and related numbers."""
    kept, rest = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    rec["raw"] = kept
    rec["related_numbers"] = [n for n in rec.get("related_numbers") or [] if n in kept or n not in rest]
    start = " ".join(lines[cut].split()[:2])      # "5. PR-0735" as the summary joins it
    for holder in (rec, rec.get("fields") or {}):
        summary = holder.get("summary")
        if isinstance(summary, str) and (at := summary.find(start)) > 0:
            holder["summary"] = summary[:at].rstrip()
