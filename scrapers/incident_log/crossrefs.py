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

A cross-reference may also be set as an entry of the log's own shape (a labelled block under
the same number label, an outline line shaped like a record's first line, its date and time
copied): a log ordered by beat, street or call type lists a boundary call, or a call
received as one type and reclassified, in full once and again, further on, as a short entry
saying where the full one stands. Told from the records read: a later entry under a number
read before, printing no date, time or other number the first printing does not, with words
of its own, and holding fewer than half of the values the first printing prints (its lines
and ``;``-parts other than the number's, a place copied at most). Its number is the record's
own, not a related one: the entry is left out. An entry printing a date or time of its own
(a follow-up, a supplement, an update, a second incident under a number printed alike) or
most of the first printing's values (printed again) is not one.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.text import DATE_RE, DATETIME_RE

MIN_RECORDS = 5
MAX_SHARE = 1 / 3       # of the records: more such lines are a layout of their own
_WORD = re.compile(r"[A-Za-z]{2,}")
_VALUES = ("type", "location")
_PIECES = re.compile(r"\n|;")
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d])")


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


def _pieces(raw: str, number: str) -> list[str]:
    """The values an entry prints: its lines and ``;``-parts, but the number's own."""
    return [p for p in (q.strip() for q in _PIECES.split(raw)) if p and number not in p]


def _stamps(raw: str) -> set[str]:
    return {m.group(0) for m in DATETIME_RE.finditer(raw)} | set(_CLOCK.findall(raw))


def _short_entry(rec: dict, first: dict, number: str) -> bool:
    """``rec``, a later entry under ``number``, refers to ``first``: no date or time of its
    own, words besides those of ``first``, and fewer than half of ``first``'s values."""
    raw, full = (rec.get("raw") or "").strip(), (first.get("raw") or "").strip()
    if not raw or not full or number not in raw or rec.get("related_numbers"):
        return False        # another number is a value of its own (an update citing a booking)
    if not _stamps(full) or not _stamps(raw) <= _stamps(full):
        return False
    values = _pieces(full, number)
    if len(values) < 3:             # too few values to tell a shorter entry by
        return False
    shared = sum(1 for v in values if v in raw)
    if shared * 2 >= len(values) or shared > 1:
        return False
    own = raw.replace(number, " ")
    for v in values:
        own = own.replace(v, " ")
    for stamp in _stamps(full):
        own = own.replace(stamp, " ")
    return _WORD.search(own) is not None


def _drop_short_entries(records: list[dict], numbers: list) -> list[dict]:
    """``records`` without the later, shorter entries referring to a full one (above)."""
    first: dict[str, int] = {}
    drop: set[int] = set()
    for k, n in enumerate(numbers):
        if not n:
            continue
        if n not in first:
            first[n] = k
        elif _short_entry(records[k], records[first[n]], n):
            drop.add(k)
    if not drop or len(drop) > MAX_SHARE * len(records):
        return records
    return [r for k, r in enumerate(records) if k not in drop]


def drop_cross_references(records: list[dict]) -> list[dict]:
    """``records`` without the lines referring to a record read elsewhere in the document."""
    if len(records) < MIN_RECORDS:
        return records
    numbers = record_numbers(records)
    numbered = [n for n in numbers if n]
    if len(set(numbered)) == len(numbered):       # no number printed twice: at C speed
        return records
    records = _drop_short_entries(records, numbers)
    numbers = record_numbers(records)
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
