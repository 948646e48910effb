"""A log whose layout changes partway: a new records system mid-month under a banner,
one section per office each with its own columns and number series, a typed file whose
field order changes at a shift change. The layout is inferred once for the whole
document, so the records stop where the first layout does. Where they stop with a good
deal of text still to come, the layout is inferred again for the rest of the document
alone and the sections' records are joined.

Cheap: the rest is read again only when it holds enough lines with a digit in them; its
records are kept only when they are numbered and dated like a log's (a number and a
time or date nearly every one, none of the numbers the first section's)."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.apartpanels import other_panel
from prr.scrapers.incident_log.kindblocks import another_kind
from prr.scrapers.incident_log.record import record_number, record_numbers
from prr.scrapers.incident_log.skippedpages import read_skipped_pages

MAX_SECTIONS = 6
MIN_REST_LINES = 3          # lines with a run of 3+ digits after the last record found
MIN_REST_RECORDS = 2
_DIGITS = re.compile(r"\d{3}")
# (a typed log may give the year only in its title: "10/06 0040", a day and month with a
# clock beside it, dates its entries as well)
_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}"
                   r"|\d{1,2}/\d{1,2}[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d)(?!\d)")


def _rest(page_texts: list[str], record: dict) -> list[str] | None:
    """The text after ``record`` (its page, from the line after its last one, and the
    pages after it), or None when the record cannot be placed."""
    page = record.get("page")
    raw = (record.get("raw") or "").strip()
    if not isinstance(page, int) or not raw or not 1 <= page <= len(page_texts):
        return None
    last = raw.splitlines()[-1].strip()
    lines = page_texts[page - 1].split("\n")
    at = [i for i, ln in enumerate(lines) if last and last in ln]
    if not at:
        return None
    rest = ["\n".join(lines[at[-1] + 1:])] + page_texts[page:]
    if sum(1 for text in rest for ln in text.split("\n") if _DIGITS.search(ln)) < MIN_REST_LINES:
        return None
    return rest


def _before(page_texts: list[str], record: dict) -> list[str] | None:
    """The text before ``record`` (the pages before its page, and its page up to its first
    line), or None when the record cannot be placed or little text comes before it."""
    page = record.get("page")
    raw = (record.get("raw") or "").strip()
    if not isinstance(page, int) or not raw or not 1 <= page <= len(page_texts):
        return None
    first = raw.splitlines()[0].strip()
    lines = page_texts[page - 1].split("\n")
    at = next((i for i, ln in enumerate(lines) if first in ln), None)
    if at is None:
        return None
    before = page_texts[:page - 1] + ["\n".join(lines[:at])]
    if sum(1 for text in before for ln in text.split("\n") if _DIGITS.search(ln)) < 2 * MIN_REST_LINES:
        return None
    return before


def _numbered(records: list[dict], seen: set[str]) -> bool:
    numbers = [record_number(r) for r in records]
    given = [n for n in numbers if n]
    # footnotes under a table cite numbers too ("ticket VT998844 issued"), but carry no time
    timed = sum(1 for r in records if r.get("reported_at") or r.get("occurred_at") or _DATE.search(r.get("raw") or ""))
    return (len(records) >= MIN_REST_RECORDS and len(given) >= 0.9 * len(records) and timed >= 0.9 * len(records)
            and len(set(given)) == len(given) and not seen.intersection(given))


def _one_line(record: dict) -> bool:
    return "\n" not in (record.get("raw") or "").strip()


def _on_pages_after(records: list[dict], offset: int) -> list[dict]:
    """``records`` read from the text after page ``offset``, numbered as the document's pages."""
    return [dict(r, page=r["page"] + offset) if isinstance(r.get("page"), int) else r for r in records]


def _listed_before(listed: list[dict], records: list[dict]) -> bool:
    """``listed`` is an index of ``records``: one line each, the same numbers (90% or more
    of both), while the records take more lines (an index at the front of a packet lists
    the records that follow, with their pages; its lines are no records)."""
    numbers = [record_number(r) for r in records]
    given = {n for n in numbers if n}
    index = {record_number(r) for r in listed} - {None}
    if len(given) < MIN_REST_RECORDS or len(given & index) < 0.9 * max(len(given), len(index)):
        return False
    one_line = sum(1 for r in listed if _one_line(r))
    longer = sum(1 for r in records if not _one_line(r))
    return one_line >= 0.9 * len(listed) and longer >= 0.9 * len(records)


def _after_index(page_texts: list[str], found, parse) -> tuple[list[dict], str] | None:
    """The records after an index at the front (``found``, read from the text before the
    first records): the text after the index's last line read alone, when its records are
    the ones the index lists (an index's lines cite each number again; the records read
    with it took another number, a form's serial, as theirs)."""
    if found.status != "records" or not found.records:
        return None
    if sum(1 for r in found.records if _one_line(r)) < 0.9 * len(found.records):
        return None
    rest = _rest(page_texts, found.records[-1])
    if rest is None:
        return None
    text = "\n".join(rest)         # cheap first: the index's numbers printed again after it
    listed = [n for n in (record_number(r) for r in found.records) if n]
    if len(listed) < MIN_REST_RECORDS or sum(1 for n in listed if n in text) < 0.9 * len(found.records):
        return None
    after = parse(rest)
    if after.status != "records" or not _listed_before(found.records, after.records):
        return None
    return _on_pages_after(after.records, found.records[-1]["page"] - 1), after.layout


def join_sections(page_texts: list[str], result, parse) -> object:
    """``result`` with the records of the sections after its last record, each read by
    ``parse`` (a whole-document reader) on the rest alone."""
    if result.status != "records" or not result.records:
        return result
    # the pages of a later layout between the records and a list citing their numbers again
    result = read_skipped_pages(page_texts, result, parse, _numbered)
    seen = set(record_numbers(result.records))
    if None in seen or len(seen) != len(result.records):
        return result           # unnumbered or repeated: not a log of sections told by numbers
    before = _before(page_texts, result.records[0])
    if before is not None:          # the first layout found starts late: the part before it read alone
        found = parse(before)
        indexed = _after_index(page_texts, found, parse)
        if indexed is not None:     # an index of the records that follow: they are read alone
            result.records[:], result.layout = indexed
            seen = {record_number(r) for r in result.records}
        elif found.status == "records" and _numbered(found.records, seen) and not another_kind(result.records,
                                                                                             found.records):
            result.records[:0] = found.records
            seen.update(record_number(r) for r in found.records)
    offset = 0
    records = result.records
    for _ in range(MAX_SECTIONS):
        rest = _rest(page_texts, records[-1])
        if rest is None:
            break
        offset += records[-1]["page"] - 1
        page_texts = rest
        found = parse(rest)
        if found.status == "records" and len(seen) == len(result.records) and _listed_before(result.records, found.records):
            # the records so far are an index of the ones that follow: those are the records
            result.records[:] = _on_pages_after(found.records, offset)
            result.layout = found.layout
            seen = {record_number(r) for r in result.records}
            records = found.records
            continue
        if found.status != "records" or not _numbered(found.records, seen):
            break
        if another_kind(result.records, found.records):
            break       # notices after the records in their labels, numbered under their own (kindblocks.py)
        if other_panel(result.records, found.records):
            break       # a wide table's other columns printed after it: its numbers are no records (apartpanels.py)
        records = _on_pages_after(found.records, offset)
        result.records.extend(records)
        seen.update(record_number(r) for r in records)
        records = found.records     # pages of the rest, to cut it again
    return result
