"""The type printed on a block's number line, where no label gives it.

A CAD printout opens each event with one line: its number, the date and time it was
received, and what it is (``EVT 251014-0029 10/14/25 02:44:32 242  BATTERY``), the
labelled lines (place, outcome) under it. When no label of the blocks names the type,
the short phrase after the date-time on the number line is the type (or, without a
date-time, a phrase set far right of the number: a title band's category). A code column
before it (``242``, ``647F``, ``FARE``) is told by codes with digits in a good share of
the records: then each record's first word there is its code, kept in ``fields``.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import DATETIME_RE, squash

MAX_WORDS = 7
_TIME_LEFT = re.compile(r"^\s*(?:\d{1,2}:\d{2}(?::\d{2})?|[01]\d[0-5]\d|2[0-3][0-5]\d)\b")
_CODE = re.compile(r"^[A-Z0-9]{2,6}$")
_FAR = re.compile(r" {8,}[A-Za-z]")


def _phrase(line: str, number: str) -> list[str] | None:
    """The words after the number and a date-time on the line, or None."""
    _, found, rest = line.partition(number)
    if not found:
        return None
    m = DATETIME_RE.search(rest)
    if m is None or rest[:m.start()].strip():
        # (or one phrase set apart far right of the number, a title band's category; a
        # line of several cells is read by others)
        if not _FAR.match(rest) or DATETIME_RE.search(rest) or "   " in rest.strip():
            return None
    else:
        rest = _TIME_LEFT.sub("", rest[m.end():])
    words = rest.split()
    return words if 1 <= len(words) <= MAX_WORDS and any(ch.isalpha() for ch in rest) else None


def type_from_number_lines(records: list[dict], lines: list[str], spans, numbers: dict[int, str]) -> None:
    """Fill ``type`` from each block's number line when no label gave it (80% of the
    records untyped and 80% with such a phrase); in place."""
    if not records or len(records) != len(spans):
        return
    if sum(1 for r in records if not r.get("type")) < 0.8 * len(records):
        return
    phrases = {k: _phrase(lines[s], numbers[k]) for k, (s, _) in enumerate(spans) if numbers.get(k)}
    phrases = {k: p for k, p in phrases.items() if p}
    if len(phrases) < 0.8 * len(records):
        return
    firsts = [p[0] for p in phrases.values() if len(p) >= 2]
    coded = sum(1 for w in firsts if _CODE.match(w) and any(ch.isdigit() for ch in w)) >= 0.3 * len(phrases)
    for k, words in phrases.items():
        rec = records[k]
        if rec.get("type"):
            continue
        if coded and len(words) >= 2 and _CODE.match(words[0]):
            rec["fields"]["_code"], words = words[0], words[1:]
        rec["type"] = squash(" ".join(words))
        rec["offences"] = [rec["type"]]
