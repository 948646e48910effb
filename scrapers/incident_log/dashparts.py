"""One-line entries of parts between dashes, under day headings:

    12. 1405 Call #251240 Larceny - 6814 Wendover Ave - report to follow.

A free-text entry opens with a list number, a time and the record's number (with the word
that cites it); after the number come the type, the place and the outcome, each set off by
" - ". The day is the date heading printed above the entries. Told from a sample of the
records (most split into three or more parts after their number), so other logs pay
nothing; each record whose text does not split so keeps its summary only.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.text import TIME_ONLY_RE, is_day_heading, parse_datetime

SAMPLE = 30
MIN_SHARE = 0.8
_SEP = " - "
# what may come before the record's number: a list number, a time, a word or two citing it
_LEAD = re.compile(r"^\s*(?:[(\[]?\d{1,3}[.)\]]\s+)?(?:(\d{1,2}:?\d{2})\s+)?(?:[A-Za-z]{1,12}\.?\s*)?#?\s*$")


def around_number(record: dict) -> tuple[str, str] | None:
    """The entry's text (its spaces squeezed) before and after its own number, or None
    when the number is not printed in it."""
    number = record_number(record)
    text = " ".join((record.get("raw") or "").split())
    at = text.find(number) if number else -1
    if at < 0:
        return None
    return text[:at], text[at + len(number):]


def _parts(record: dict) -> tuple[str | None, list[str]] | None:
    """(time, parts after the number), or None when the entry is not printed so."""
    around = around_number(record)
    if around is None:
        return None
    lead = _LEAD.match(around[0])
    if not lead:
        return None
    parts = [p.strip() for p in around[1].strip(" :.-").split(_SEP)]
    parts = [p for p in parts if p]
    if len(parts) < 3:
        return None
    time = lead.group(1)
    return (time if time and TIME_ONLY_RE.match(time) else None), parts


def _unread(record: dict, got) -> bool:
    """The entry splits so, and no reader took its type apart: none, or the whole tail."""
    if got is None:
        return False
    kind = record.get("type")
    return kind is None or (_SEP in kind and kind.rstrip(".").endswith(got[1][-1].rstrip(".")))


def read_dash_parts(records: list[dict], page_texts: list[str]) -> bool:
    """Type, place, outcome and time of each such entry, in place; False when the records
    are not printed that way."""
    sample = records[:SAMPLE]
    if len(sample) < 3 or sum(1 for r in sample if _unread(r, _parts(r))) < MIN_SHARE * len(sample):
        return False
    days = _days(records, page_texts)
    for r, day in zip(records, days):
        got = _parts(r)
        if got is None:
            continue
        time, parts = got
        if not _unread(r, got):
            continue
        r["type"] = _SEP.join(parts[:-2])
        r["offences"] = [r["type"]]
        r["location"] = parts[-2]
        r["disposition"] = parts[-1].rstrip(".")
        if r.get("reported_at") is None and time and day:
            r["reported_at"] = parse_datetime(f"{day} {time}")
    return True


def _days(records: list[dict], page_texts: list[str]) -> list[str | None]:
    """The date heading above each record's first line (None before any)."""
    firsts = [" ".join((r.get("raw") or "").split("\n", 1)[0].split()) for r in records]
    out: list[str | None] = [None] * len(records)
    day, k = None, 0
    for text in page_texts:
        for line in text.split("\n"):
            s = " ".join(line.split())
            if not s:
                continue
            if k < len(records) and s == firsts[k]:
                out[k] = day
                k += 1
            elif is_day_heading(line):
                day = s.split()[-1]
    return out
