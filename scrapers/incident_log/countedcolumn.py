"""A table of calls whose rows all carry a call number, and only some a case number in a
column of its own: the rows with a case number are the records, as the document counts them.

A dispatch sheet prints every call it received, its call number first on every row; a call
that was made an occurrence (a case, a report) carries that number in another column, the
others a dash or a word there ("- none -", "n/a"). The footer counts both ("Calls received:
69  Occurrences generated: 58"). The call number is not the record's number, and the calls
without a case number are no records of the series. Told from the document itself: a column
other than the number's whose values, on most rows but not all, hold one number each, of one
shape, all different, and hold no digit on the other rows; and a count printed beside a word
naming records that equals the rows with such a number (``seriestally.printed_counts``).
Then those rows are the records, the column's number (with the word of capitals printed
before it on every such row, as the document cites it) their case number; the call number
stays the record number. Nothing changes without such a count: a column filled on some rows
only is just as often a note.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.seriestally import printed_counts
from prr.scrapers.incident_log.text import shape

MIN_ROWS = 10
MIN_SHARE = 0.5         # of the rows numbered in the column; fewer is a column of notes
_SAME_SHAPE = 0.95
_NUMBER = re.compile(r"(?:([A-Z]{1,6}) )?([A-Z]{0,4}\d[\w/-]*\d)")
_DIGIT = re.compile(r"\d")


def counted_case_column(records: list[dict], page_texts: list[str]) -> list[dict]:
    """The records without the rows that carry no number in the counted column, each with
    that column's number as its case number (the same list when nothing says so)."""
    if len(records) < MIN_ROWS or not records[0].get("fields"):
        return records
    found = _case_column(records)
    if found is None:
        return records
    title, numbers = found
    if any(records[k].get("record_no") in (None, "", number) for k, number in numbers.items()):
        return records      # rows numbered by that column alone: it is their number's, not a case's beside it
    counts = set().union(*printed_counts(page_texts))
    if len(numbers) not in counts or len(records) == len(numbers):
        return records
    kept = []
    for k, rec in enumerate(records):
        number = numbers.get(k)
        if number is None:
            continue
        rec["case_no"] = number
        rec["related_numbers"] = [x for x in rec.get("related_numbers") or () if x not in number]
        kept.append(rec)
    return kept


def _case_column(records: list[dict]) -> tuple[str, dict[int, str]] | None:
    """(the column's title, row index -> its number as cited) for the one column that holds
    a number on some rows and no digit on the others (see the module's docstring)."""
    own = {records[0].get("record_no"), records[0].get("case_no")} - {None}
    titles = [t for t, v in records[0]["fields"].items() if v not in own]
    for title in titles:
        numbers: dict[int, str] = {}
        shapes: Counter = Counter()
        bare = 0
        for k, rec in enumerate(records):
            value = ((rec.get("fields") or {}).get(title) or "").strip()
            if not _DIGIT.search(value):
                bare += 1
                continue
            m = _NUMBER.fullmatch(value)
            if m is None:
                break
            numbers[k] = value
            shapes[(m.group(1), shape(m.group(2)))] += 1
        else:
            if not bare or len(numbers) < MIN_SHARE * len(records) or len(set(numbers.values())) < len(numbers):
                continue
            if shapes.most_common(1)[0][1] >= _SAME_SHAPE * len(numbers):
                return title, numbers
    return None
