"""Entries printed twice: a bulletin in two languages prints each entry, then its
translation opening with the same number, so that the number stands twice in one record.

Told from the records themselves: in most free-text records the record's own number opens
a later line of the record again. The record is then read from its first version only
(the second tells the same in other words), from the values: ``<number> · <date-time> ·
<type> at <place>. <what happened>. <outcome>.``: after the first date-time, the first
sentence is the type, up to a joining word (at, near, on, in, along) that opens the place;
the last sentence the outcome, those between the summary; the first date-time is when it
was reported, where no other reading gave one.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import DATETIME_RE, PLACE_WORDS, parse_datetime, split_sentences, squash

MIN_RECORDS = 5
MIN_SHARE = 0.8
_JOIN = re.compile(rf"\s(?:{PLACE_WORDS})\s")
_LEAD = " ·•|-–—:,;"
_TYPE = re.compile(r"^[A-Za-z][A-Za-z'&/ -]{2,60}$")


_LINE_OPENING = re.compile(r"\n[^\S\n]*")      # a later line, up to its first character
_GOES_ON = re.compile(r"[\w-]")


def _second(raw: str, number: str) -> int:
    """Where the record's number opens a later line of ``raw`` again, else -1 (one pattern
    for every record: each record's number is no pattern of its own to compile)."""
    for m in _LINE_OPENING.finditer(raw):
        end = m.end() + len(number)
        if raw.startswith(number, m.end()) and not _GOES_ON.match(raw, end):
            return m.start()
    return -1


def read_first_versions(records: list[dict]) -> bool:
    """Records printed twice read from their first version; False where the log is not so."""
    if len(records) < MIN_RECORDS:
        return False
    cut = [_second(r.get("raw") or "", r["record_no"]) if r.get("record_no") else -1 for r in records]
    if sum(1 for c in cut if c > 0) < MIN_SHARE * len(records):
        return False
    for rec, at in zip(records, cut):
        if at > 0:
            values = _entry_values(squash(rec["raw"][:at]))
            when = values.pop("when", None)
            rec.update(values)
            rec["reported_at"] = rec.get("reported_at") or when
    return True


def _entry_values(text: str) -> dict:
    m = DATETIME_RE.search(text)
    if not m:
        return {}
    sentences = split_sentences(text[m.end():].lstrip(_LEAD))
    if len(sentences) < 2:
        return {}
    out: dict = {"disposition": sentences[-1].rstrip("."), "summary": " ".join(sentences[1:-1]) or None,
                 "when": parse_datetime(m.group(0))}
    first = sentences[0].rstrip(".")
    join = _JOIN.search(first)
    kind = first[:join.start()] if join else first
    if _TYPE.match(kind) and len(kind.split()) <= 6:
        out.update(type=kind, offences=[kind])
        if join:
            out["location"] = first[join.end():]
    return out
