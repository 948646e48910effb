"""Lines referring to a record printed elsewhere in the document: no records of their own.

A log printed in sections of its own (a map book's tiles, an atlas's zones, a report by
district) may refer, in one section, to an incident listed in another: an incident near a
tile's edge is listed under its own tile and referred to again under the next one, on a
line of words around its number ("<mark> <number> listed on <section> as <key>", "see also
<number>, entered under ..."). Read as a table row or a line of text, that line is a record
carrying another record's number: the incident counts twice, and the values read from the
line (nothing, or its words in a date or type cell) may stand for the incident's.

Told from the records read: a record whose number is a dated record's, printed on one line
that has words besides the number but no date, read with no date or time, and with no type
or place of those the log's dated records carry (the line's words fall in whatever column
they stand under: what they put in the type column is none of the log's types). The words
are not looked up: what tells the line is that it cites a record read elsewhere and holds
none of a record's values. Such lines are no records: left out, any other number they carry
added to the cited record's related numbers. A number printed again with values (a case
relisted under a second group, an offence a row, a unit's status lines) is left to the
other passes (``oneperincident.py``). Cheap: where no number comes twice (most logs),
nothing else is looked at.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.text import DATE_RE

MIN_RECORDS = 5
MAX_SHARE = 1 / 3       # of the records: more such lines are a layout of their own
_WORD = re.compile(r"[A-Za-z]{2,}")
_VALUES = ("type", "location")


def _dated(rec: dict) -> bool:
    return bool(rec.get("occurred_at") or rec.get("reported_at"))


def _refers(rec: dict, number: str, seen: dict[str, set]) -> bool:
    """``rec`` is one line of words around ``number`` holding none of a record's values: no
    date or time, no type or place of those the log's dated records carry (the line's words
    may fall in any column: what a line of words puts in the type column is none of the
    log's types)."""
    if _dated(rec) or any(rec.get(key) and rec[key] in values for key, values in seen.items()):
        return False
    raw = (rec.get("raw") or "").strip()
    if not raw or "\n" in raw or number not in raw:
        return False
    rest = raw.replace(number, " ")
    return _WORD.search(rest) is not None and DATE_RE.search(rest) is None


def drop_cross_references(records: list[dict]) -> list[dict]:
    """``records`` without the lines referring to a record read elsewhere in the document."""
    if len(records) < MIN_RECORDS:
        return records
    numbers = record_numbers(records)
    numbered = [n for n in numbers if n]
    if len(set(numbered)) == len(numbered):       # no number printed twice: at C speed
        return records
    listed: dict[str, int] = {}      # each number's first dated record
    seen: dict[str, set] = {key: set() for key in _VALUES}
    for k, (n, rec) in enumerate(zip(numbers, records)):
        if _dated(rec):
            if n and n not in listed:
                listed[n] = k
            for key, values in seen.items():
                if rec.get(key):
                    values.add(rec[key])
    drop: dict[int, int] = {}
    for k, (n, rec) in enumerate(zip(numbers, records)):
        if n and listed.get(n, k) != k and _refers(rec, n, seen):
            drop[k] = listed[n]
    if not drop or len(drop) > MAX_SHARE * len(records):
        return records
    for k, cited in drop.items():
        own = records[cited].setdefault("related_numbers", [])
        for m in records[k].get("related_numbers") or ():
            if m != numbers[cited] and m not in own:
                own.append(m)
    return [r for k, r in enumerate(records) if k not in drop]
