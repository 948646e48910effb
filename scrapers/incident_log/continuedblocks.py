"""Continuation blocks: a form too short for a long narrative goes on to a second form
(a continuation card or sheet) printed under the same record number, carrying only the
rest of the narrative and what closes the record (its outcome). Read as they are, the two
forms are two records.

Told from the records themselves, not from any word: a block numbered as the block right
before it and carrying none of what opens a record (no date or time, no type, no place)
is that record's rest: joined to it (its narrative after the first part, its other values
where the first part has none). A leading "(cont.)" on the continued value says only that.

The same pair the other way round: a line numbered as the block right below it and carrying
none of what opens a record (a breadcrumb, heading or title that repeats the block's number)
opens that block: it is no record of its own, and what it does carry goes to the block.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.daycells import join_continued
from prr.scrapers.incident_log.record import record_number, record_numbers

_CONT_LEAD = re.compile(r"^\(?(?:cont\.?|cont'd|continued)\)?[:\s]*", re.I)
_OPENING = ("reported_at", "occurred_at", "offences", "type", "location")


def _is_rest(a: dict, b: dict) -> bool:
    number = record_number(a)
    return bool(number) and record_number(b) == number and not any(b.get(k) for k in _OPENING)


def _is_head(a: dict, b: dict) -> bool:
    return _is_rest(b, a) and any(b.get(k) for k in _OPENING)


def _join_head(head: dict, b: dict) -> dict:
    """``b`` opened by ``head``: the head's values only where the block has none."""
    for key, value in head.items():
        if key in ("raw", "page", "fields", "related_numbers", "offences"):
            continue
        if value and not b.get(key):
            b[key] = value
    fields = b.setdefault("fields", {})
    for key, value in (head.get("fields") or {}).items():
        if value and not fields.get(key):
            fields[key] = value
    b["related_numbers"] = list(dict.fromkeys((head.get("related_numbers") or []) + (b.get("related_numbers") or [])))
    if head.get("raw") and b.get("raw"):
        b["raw"] = f"{head['raw']}\n{b['raw']}"
    if head.get("page") is not None:
        b["page"] = head["page"]
    return b


def join_continued_blocks(records: list[dict]) -> list[dict]:
    """``records`` with each continuation block joined to the block before it, and each
    heading that repeats the number of the block below it joined to that block."""
    # (both joins need two neighbours of one number: looked for first, each number read once)
    numbers = record_numbers(records)
    pairs = [(a, b) for a, b, x, y in zip(records, records[1:], numbers, numbers[1:]) if x and x == y]
    if not any(_is_rest(a, b) or _is_head(a, b) for a, b in pairs):
        return records
    out = [records[0]]
    for b in records[1:]:
        a = out[-1]
        if _is_head(a, b):
            out[-1] = _join_head(a, b)
            continue
        if not _is_rest(a, b):
            out.append(b)
            continue
        for key, value in list((b.get("fields") or {}).items()):
            if isinstance(value, str) and _CONT_LEAD.match(value):
                b["fields"][key] = _CONT_LEAD.sub("", value)
        if isinstance(b.get("summary"), str):
            b["summary"] = _CONT_LEAD.sub("", b["summary"]) or None
        join_continued(a, b)
    return out
