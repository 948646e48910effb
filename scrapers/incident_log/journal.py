"""A table whose one column of values is a journal paragraph, its number in a margin.

A ranger's or a desk officer's journal may print each entry as a paragraph that opens
with its time (``0258 Campsite noise, North Beach. Party was cooperative ... Warning
issued.``) and set the record number apart in a margin column, level with the entry's
first line. The table reader then finds two columns, the number and one long untitled
cell, and reads no type, time or outcome. When nearly every record is that (one cell
beside its number, led by a time, two sentences or more), the cell is read as an entry:

- the **time** that opens it, dated by the day heading above the record (or its own date);
- the **type** up to the first comma of the first sentence, the **place** after it;
- the **disposition** the last sentence, the **summary** the sentences between.

Nothing is done when another value was read (a date, a type), or when the cells are not
of that shape (a table whose rows are short cells keeps its columns).
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.text import CLOCK, SENTENCE_STOP, parse_datetime

MIN_SHARE = 0.8
# "0258 ", "14:05 ", "2:05 p.m. ": the time opening the paragraph
_LEAD = re.compile(rf"^({CLOCK})\s+(?=[A-Z])")


def _cell(rec: dict) -> str | None:
    """The record's one value beside its number, or None when it has more (or none)."""
    number = record_number(rec)
    values = [v for v in (rec.get("fields") or {}).values() if isinstance(v, str) and v and v != number]
    return values[0] if len(values) == 1 else None


def _shaped(text: str | None) -> bool:
    m = _LEAD.match(text or "")
    return bool(m) and len(SENTENCE_STOP.split(text[m.end():])) >= 2


def read_journal_cells(records: list[dict], record_spans, context) -> bool:
    """Time, type, place, narrative and outcome read out of journal paragraphs; True when done."""
    if not records or any(r.get("type") or r.get("reported_at") or r.get("occurred_at") for r in records):
        return False
    sample = records[:50]
    if sum(1 for r in sample if _shaped(_cell(r))) < MIN_SHARE * len(sample):
        return False
    for rec, (s, _) in zip(records, record_spans):
        text = _cell(rec)
        m = _LEAD.match(text or "")
        if not m:
            continue
        sentences = [t.strip().removesuffix(".") for t in SENTENCE_STOP.split(text[m.end():])]
        kind, _, place = sentences[0].partition(", ")
        date = context[s]()
        rec["reported_at"] = parse_datetime(f"{date} {m.group(1)}") if date else None
        rec["type"], rec["offences"], rec["location"] = kind.strip(), [kind.strip()], place.strip() or None
        rec["disposition"] = sentences[-1] if len(sentences) > 1 else None
        rec["summary"] = ". ".join(sentences[1:-1]) + "." if len(sentences) > 2 else None
        rec["fields"]["time"] = m.group(1)
    return True
