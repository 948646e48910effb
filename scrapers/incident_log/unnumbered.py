"""Rows of a table that no number of the log's series opens: service calls, not records.

Some logs list, in time order among their numbered rows, calls that got no case number
(a dash, "n/a" or a blank in the number column): logged for staffing, counted apart in
the closing line, and no record of the series. Told from the rows themselves: a table
where at least ``MIN_NUMBERED`` of the rows carry a number (their record or case number);
only then are the rows whose number holds no digit left out.
"""
from __future__ import annotations

import re

MIN_NUMBERED = 0.67
_DIGIT = re.compile(r"\d")


def drop_unnumbered_rows(records: list[dict]) -> list[dict]:
    """The records without the rows that carry no number of the series (the same list when none)."""
    if not records:
        return records
    numbered = [r for r in records if _DIGIT.search(r.get("record_no") or r.get("case_no") or "")]
    if len(numbered) < MIN_NUMBERED * len(records) or len(numbered) == len(records):
        return records
    return numbered
