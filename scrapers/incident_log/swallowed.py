"""A log whose layout switches back and forth: blocks labelled one way some weeks and
another way in others (``Ref:`` / ``Kind:`` lines, then ``FILE`` / ``WHAT -`` lines), or
any section typed in a second layout between two sections of the first. The layout is
inferred on the first lines, so the reader of the first layout knows no record start in
the second: every block of a middle section is swallowed into the record before it, and
the first layout's records go on after it (``sections.py`` reads again only the text
after the last record and before the first one).

Told cheaply, on the records already read: one record many times longer than the
document's usual record (a whole section's lines in one). Only then is the text from
that record's second line to the next record read again alone; its records are kept when
they are numbered and dated like a log's, none of the numbers already found, and the
swallowing record is cut where the first of them starts."""
from __future__ import annotations

import re
from statistics import median

from prr.scrapers.incident_log.record import record_number, record_numbers
from prr.scrapers.incident_log.sections import _numbered, _on_pages_after
from prr.scrapers.incident_log.text import parse_datetime

MAX_SWALLOWED = 6           # sections read again in one document
LONGER = 4                  # a swallowing record: this many times the usual record's lines
MIN_EXTRA_LINES = 12        # ... and this many lines more than it
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# "Wed Oct 8, 1:29 AM": a month's name and a day, no year (the year is the log's)
_MONTH_DAY = re.compile(r"\b([A-Z][a-z]{2,8}\.? \d{1,2})(?!\d)(?!,? \d{4})")


def _dated(records: list[dict], year: str) -> None:
    """Records whose date is printed without its year (a section's title line giving month,
    day and time only) dated in ``year``, the year of the record the section follows."""
    for rec in records:
        if rec.get("reported_at") or rec.get("occurred_at"):
            continue
        for value in (rec.get("fields") or {}).values():
            if isinstance(value, str) and _TIME.search(value) and _MONTH_DAY.search(value):
                when = parse_datetime(_MONTH_DAY.sub(rf"\1, {year}", value, count=1))
                if when:
                    rec["reported_at"] = when
                    break


def _lines(record: dict) -> list[str]:
    return [ln for ln in (record.get("raw") or "").split("\n") if ln.strip()]


def _place(page_texts: list[str], record: dict, line: str, start: int = 0) -> tuple[int, int] | None:
    """(page index, line index) of ``line`` on ``record``'s page, at or after ``start``."""
    page = record.get("page")
    if not isinstance(page, int) or not 1 <= page <= len(page_texts) or not line.strip():
        return None
    lines = page_texts[page - 1].split("\n")
    at = next((i for i in range(start, len(lines)) if line.strip() in lines[i]), None)
    return None if at is None else (page - 1, at)


def _segment(page_texts: list[str], record: dict, following: dict | None) -> tuple[list[str], int] | None:
    """The pages from the line after ``record``'s first line to the line before
    ``following``'s first line (to the end without one), and the page index they start on."""
    own = _lines(record)
    start = _place(page_texts, record, own[0])
    if start is None:
        return None
    if following is None:
        end = (len(page_texts) - 1, len(page_texts[-1].split("\n")))
    else:
        first = _lines(following)
        end = _place(page_texts, following, first[0]) if first else None
        if end is None or end < start:
            return None
    pages = []
    for index in range(start[0], end[0] + 1):
        lines = page_texts[index].split("\n")
        lo = start[1] + 1 if index == start[0] else 0
        hi = end[1] if index == end[0] else len(lines)
        pages.append("\n".join(lines[lo:hi]))
    return pages, start[0]


def _cut(record: dict, first_line: str) -> None:
    """``record`` up to the line ``first_line`` (the first swallowed record's): its raw
    text, and its free text where it holds the swallowed lines."""
    lines = (record.get("raw") or "").split("\n")
    at = next((i for i in range(1, len(lines)) if first_line.strip() and first_line.strip() in lines[i]), None)
    if at is None:
        return
    record["raw"] = "\n".join(lines[:at])
    head = " ".join(first_line.split())
    for holder in (record, record.get("fields") or {}):
        for key in ("summary", "_text"):
            text = holder.get(key)
            if isinstance(text, str) and head in text:
                holder[key] = text[:text.index(head)].strip() or None


def read_swallowed_sections(page_texts: list[str], result, parse):
    """``result`` with the records of sections of another layout that its reader swallowed
    into one record each, read by ``parse`` (a whole-document reader) on their text alone."""
    records = result.records if result.status == "records" else None
    if not records or len(records) < 3:
        return result
    # (a record of one line, most rows of a yearly log, counted without a call: one line or none)
    sizes = [len(_lines(r)) if "\n" in raw else int(bool(raw.strip()))
             for r, raw in zip(records, (r.get("raw") or "" for r in records))]
    usual = median(sizes)
    limit = max(LONGER * usual, usual + MIN_EXTRA_LINES)
    swallowing = [i for i, size in enumerate(sizes) if size > limit][:MAX_SWALLOWED]
    if not swallowing:
        return result
    seen = set(record_numbers(records)) - {None}
    inserted: dict[int, list[dict]] = {}
    for i in swallowing:
        found = _segment(page_texts, records[i], records[i + 1] if i + 1 < len(records) else None)
        if found is None:
            continue
        pages, first_page = found
        inner = parse(pages)
        if inner.status != "records":
            continue
        year = (records[i].get("reported_at") or records[i].get("occurred_at") or "")[:4]
        if year.isdigit():
            _dated(inner.records, year)
        if not _numbered(inner.records, seen) or len(inner.records) < 2:
            continue
        inner_lines = _lines(inner.records[0])
        if not inner_lines:
            continue
        _cut(records[i], inner_lines[0])
        inserted[i] = _on_pages_after(inner.records, first_page)
        seen.update(record_number(r) for r in inner.records)
    if inserted:
        result.records = [r for i, rec in enumerate(records) for r in [rec] + inserted.get(i, [])]
    return result
