"""Rows of a table that no number of the log's series opens: service calls, not records.

Some logs list, in time order among their numbered rows, calls that got no case number
(a dash, "n/a" or a blank in the number column): logged for staffing, counted apart in
the closing line, and no record of the series. Told from the rows themselves: a table
where at least ``MIN_NUMBERED`` of the rows carry a number (their record or case number);
only then are the rows whose number holds no digit left out (not a drawn code of the
others' printed form that came out all letters, ``codeids.py``).
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.codeids import drawn_form, printed_form
from prr.scrapers.incident_log.record import record_number, record_numbers

MIN_NUMBERED = 0.67
_DIGIT = re.compile(r"\d")


def drop_unnumbered_rows(records: list[dict]) -> list[dict]:
    """The records without the rows that carry no number of the series (the same list when none)."""
    if not records:
        return records
    numbered = [r for r in records if _DIGIT.search(record_number(r) or "")]
    if len(numbered) < MIN_NUMBERED * len(records) or len(numbered) == len(records):
        return records
    # drawn codes (``codeids``): a few drawn all letters, in the others' form
    form = drawn_form([record_number(r) for r in numbered])
    if form is not None:
        return [r for r in records if _DIGIT.search(number := record_number(r) or "") or
                number.isupper() and printed_form(number) == form]
    return numbered


# a case field that says there is none: "none", "n/a", "N.A.", "---", "nil" (no digit, short)
_NO_CASE = re.compile(r"[^\W\d_]{1,4}(?:[./][^\W\d_]{1,2})?\.?|[-\u2013\u2014_.*]{1,12}")
MIN_CASES = 5


def drop_entries_without_case(records: list[dict]) -> list[dict]:
    """The records without the entries whose case field says there is none (the same list
    when none does, see ``entries_with_case``)."""
    keep = entries_with_case(records)
    return records if keep is None else [records[k] for k in keep]


def entries_with_case(records: list[dict]) -> list[int] | None:
    """The indexes of the records that are no entries whose case field says there is none,
    or None when no entry says so.

    A log of every kind of entry (bookings, papers served, calls) beside its case reports
    prints the case field on each entry and fills it on the reports only ("Case No.:
    none", "n/a", dashes), the entry carrying a number of another series of its own
    (a booking's, an event's). Where the case field holds case numbers on at least
    ``MIN_CASES`` entries, the entries that print it as a word or dashes are no records,
    when they carry a number of another series (an entry's running number, a booking's).
    A blank case field says nothing (a log of calls fills it on the few that got a case),
    nor does "NONE" on an entry numbered nowhere else (a log of incidents, some without a
    case): those entries stay."""
    if len(records) <= MIN_CASES:
        return None
    cased = sum(1 for r in records if r.get("case_no") and _DIGIT.search(r["case_no"]))
    if cased < MIN_CASES:
        return None
    keep = [k for k, r in enumerate(records) if not _other_kind(r)]
    return keep if len(keep) < len(records) else None


def _other_kind(rec: dict) -> bool:
    """The entry says it has no case and carries a number of another series."""
    case = rec.get("case_no")
    if not case:        # (most entries: no copy, no pattern)
        return False
    case = case.strip()
    return bool(case) and _NO_CASE.fullmatch(case) is not None and bool(rec.get("record_no") or rec.get("related_numbers"))


# labelled blocks: the label that carries the number on at least this share of the blocks
MIN_LABELLED = 0.5
SAME_LABEL = 0.9        # share of the numbered blocks that print their number under one label


def drop_blocks_without_number_label(records: list[dict]) -> list[dict]:
    """Labelled blocks without the label that carries the records' numbers: other entries.

    An activity log of labelled entries (an operations center's, a desk's) may print a
    block for everything logged, a block opening a case closing with the case number under
    a label of its own; the other entries (status reports, requests, notices) have no such
    label at all. Where one label carries the number on at least ``MIN_LABELLED`` of the
    blocks (and on nearly every numbered one), the blocks that print neither that label
    nor any record number are no records. The same list otherwise."""
    numbered = [r for r, n in zip(records, record_numbers(records)) if _DIGIT.search(n or "")]
    if len(numbered) < max(MIN_CASES, MIN_LABELLED * len(records)) or len(numbered) == len(records):
        return records
    label = _number_label(numbered)
    if label is None:
        return records
    return [r for r in records if label in (r.get("fields") or {}) or _DIGIT.search(record_number(r) or "")]


def _number_label(numbered: list[dict]) -> str | None:
    """The label under which nearly every numbered block prints its number, or None."""
    counts: dict[str, int] = {}
    for rec in numbered:
        number = record_number(rec)
        for key, value in (rec.get("fields") or {}).items():
            if isinstance(value, str) and number in value:
                counts[key] = counts.get(key, 0) + 1
                break
    if not counts:
        return None
    label, n = max(counts.items(), key=lambda kv: kv[1])
    return label if n >= SAME_LABEL * len(numbered) else None
