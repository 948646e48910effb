"""Continuation pages of labelled blocks: a report longer than a page prints its number
label again at the top of each later page, the number followed by words saying which page
this is ("<number> (cont'd) - sheet 2 of 3", in any words). The label opens a block, and
read as it stands that block is a record of its own, numbered with the whole line: the
same incident counted once per page (and, with many long reports, so many empty blocks
that the labelled blocks no longer read as a log at all).

Told from the blocks themselves, not from any word: a block whose number label's value is
the number of the block right before it followed by more words (no other number), and
which carries none of what opens a record (no date, type or place), is that record's
next page: joined to it, its span with it, so records and spans still pair up.
"""
from __future__ import annotations

from itertools import compress

from prr.scrapers.incident_log.daycells import join_continued
from prr.scrapers.incident_log.text import find_ids

_OPENING = ("reported_at", "occurred_at", "offences", "type", "location")


def _next_page_of(a: dict, b: dict) -> str | None:
    """The field of ``b`` holding ``a``'s number with words after it, when ``b`` is a later
    page of ``a`` (it opens nothing of its own)."""
    number = a.get("record_no") or a.get("case_no")
    value = b.get("record_no") or b.get("case_no")
    # (the literal test first: most records' numbers do not open with the one before's)
    if not number or not value or value == number or not value.startswith(number):
        return None
    rest = value[len(number):]
    # the number itself, then words: "<number>-2" or "<number>5" is another number
    if not rest[:1].isspace() or any(b.get(k) for k in _OPENING) or find_ids(rest):
        return None
    return next((f for f, v in (b.get("fields") or {}).items() if v == value), "")


def join_continued_pages(records: list[dict], spans: list) -> list[dict]:
    """``records`` with each later page of a report joined to the report; ``spans`` (one
    per record) joined alike, in place."""
    # (a later page's number opens with the one before's: the pairs where it does found with
    # one C-level map over the numbers, not a call per pair of a yearly log's records)
    numbers = [r.get("record_no") or r.get("case_no") or "\0" for r in records]
    pairs = compress(range(1, len(records)), map(str.startswith, numbers[1:], numbers))
    if not any(_next_page_of(records[k - 1], records[k]) is not None for k in pairs):
        return records
    out, kept = [records[0]], [spans[0]]
    for b, span in zip(records[1:], spans[1:]):
        field = _next_page_of(out[-1], b)
        if field is None:
            out.append(b)
            kept.append(span)
            continue
        # the repeated number line says only which page this is: no value of the record
        if field:
            b["fields"].pop(field, None)
        b["record_no"] = b["case_no"] = None
        join_continued(out[-1], b)
        kept[-1] = (kept[-1][0], span[1])
    spans[:] = kept
    return out
