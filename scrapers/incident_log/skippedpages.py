"""Pages the records skip: a log whose layout changes partway, where a list after the
second layout cites the first layout's numbers again (a reconciliation of old to new
numbers, a recap). The layout inferred on the whole document finds the first layout's
records and the list's lines, which print its numbers in the same shape; the pages of
the second layout between them hold no record found, and ``sections.py``, which reads
again only what comes after the last record, never reaches them.

So where two records found in a row are a whole page or more apart, the text between
them (the rest of the first one's page, the pages between, the next one's page up to its
first line) is read alone; its records are kept when they are numbered and dated like a
log's, none of the numbers the document's records so far (``sections._numbered``), and
set in where they stand. A skipped page of notes, a map or a narrative yields no such
records and is left as it was."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers

MAX_GAPS = 6        # skipped stretches read again, at most (each is a reading of its own)
MIN_DIGIT_LINES = 6     # lines with a run of 3+ digits a stretch needs to be read at all
_DIGITS = re.compile(r"\d{3}")


def _line_at(lines: list[str], text: str, last: bool) -> int | None:
    at = [i for i, ln in enumerate(lines) if text and text in ln]
    return (at[-1] if last else at[0]) if at else None


def _between(page_texts: list[str], a: dict, b: dict) -> list[str] | None:
    """The text after record ``a``'s last line up to record ``b``'s first line, a page a
    page (the first one ``a``'s page), or None when either cannot be placed."""
    raw_a, raw_b = (a.get("raw") or "").strip(), (b.get("raw") or "").strip()
    if not raw_a or not raw_b or not 1 <= a["page"] < b["page"] <= len(page_texts):
        return None
    first = page_texts[a["page"] - 1].split("\n")
    end = _line_at(first, raw_a.splitlines()[-1].strip(), last=True)
    last = page_texts[b["page"] - 1].split("\n")
    start = _line_at(last, raw_b.splitlines()[0].strip(), last=False)
    if end is None or start is None:
        return None
    return ["\n".join(first[end + 1:])] + page_texts[a["page"]:b["page"] - 1] + ["\n".join(last[:start])]


def _digit_lines(texts: list[str]) -> int:
    return sum(1 for text in texts for ln in text.split("\n") if _DIGITS.search(ln))


def read_skipped_pages(page_texts: list[str], result, parse, numbered) -> object:
    """``result`` with the records of the stretches its records skip (a whole page or
    more between two records in a row) read alone by ``parse`` and set in where they
    stand; ``numbered(records, seen)`` says whether a stretch's records are a log's."""
    records = result.records if result.status == "records" else []
    if len(records) < 2 or any(not isinstance(r.get("page"), int) for r in records):
        return result
    seen = set(record_numbers(records)) - {None}
    out: list[dict] = [records[0]]
    gaps = 0
    for a, b in zip(records, records[1:]):
        if b["page"] - a["page"] >= 2 and gaps < MAX_GAPS:
            between = _between(page_texts, a, b)
            if between is not None and _digit_lines(between) >= MIN_DIGIT_LINES:
                gaps += 1
                found = parse(between)
                if found.status == "records" and numbered(found.records, seen):
                    # (the stretch's first page is ``a``'s)
                    out.extend(dict(r, page=r["page"] + a["page"] - 1) if isinstance(r.get("page"), int) else r
                               for r in found.records)
                    seen.update(record_numbers(found.records))
        out.append(b)
    if len(out) != len(records):
        result.records = out
    return result
