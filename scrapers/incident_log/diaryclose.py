"""Diary entries closed by a short year-and-serial number: a constable's or warden's
diary typed under day headings (``Tues. 4 March``), one short paragraph per call
opening with its time (``0640 hrs Loose dog at 12 Kiln Row. Owner told. (Ref 24/103)``)
and ENDING with its number, a year and a serial of digits only (``24/103``, ``24-103``).

Such a number has the shape of a fraction or a small range, so it is no record number to
the id finder, and the document shows no signal at all: no column, no label, nothing
opening the entries but a time. The words around the number (``(Ref ...)``, ``Ref#``,
``- entry no.``, brackets) may change as the month goes on, so they cannot tell the entry
either: what tells it is that nearly every paragraph's last token is a number of one
year whose serials run up through the document. An entry then starts after the previous
number (at its first line opening with a time, the lines above it a heading).

Looked for only where no reader found any record signal, with one regular expression over
the line ends, left at once unless enough line-ending numbers of one year rise in order.
Read from each entry: the **time** (dated by the day heading above, its year the
document's title's), the **number**, the sentences between: the first gives the **type**
and, from a house number on, the **place**; a sentence citing another number of the
series (an earlier log) is a reference, its number related; the last is the
**disposition**, those between the **summary**. What follows the last sentence and leads
to the number (a word, a bracket, ``#``) is the number's label, not the account.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from prr.scrapers.incident_log.logresult import MIN_RECORDS, LogResult, is_log
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import parse_datetime

MIN_SHARE = 0.9         # of the line-ending numbers, those of the commonest year
MIN_RISING = 0.9        # of consecutive serials, those above the one before
# a line ending with digits, a slash or dash, digits (a bracket or stop after them); not
# the end of a date (nothing of a date before it) or of a longer number
_CLOSE = re.compile(r"(?<![\w/.:-])(\d{2,4})[/-](\d{2,6})[\])}>]?\.?[ \t]*$", re.M)
_SERIES = r"(?<![\w/.:-]){year}[/-]\d{{2,6}}(?![\w/])"
_TIME = re.compile(r"^\s*((?:[01]\d|2[0-3]):?[0-5]\d)(?:\s*[a-z]{1,5}\.?)?(?=\s)")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a day heading without its year: "Tues. 4 March", "Friday 7 June", "Monday, October 13"
_HEADING = re.compile(rf"^\s*(?:[A-Za-z]+\.?,?\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})|({_MONTH})\s+"
                      rf"(\d{{1,2}})(?:st|nd|rd|th)?)\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE = re.compile(r"(?<=[^\s.][.!?])\s+(?=\S)")
_PLACE = re.compile(r"(?<!\S)\d{1,6}[A-Z]?\s+[A-Z0-9]")
_NAMES = {"type": "type", "place": "location", "outcome": "disposition", "narrative": "summary"}


def read_closed_diary(doc) -> LogResult | None:
    """Records of diary entries each closed by its year-and-serial number, or None."""
    if doc.text is None:
        return None
    ends = [(m.start(), m.group(1), int(m.group(2))) for m in _CLOSE.finditer(doc.text)]
    if len(ends) < MIN_RECORDS:
        return None
    year, count = Counter(y for _, y, _ in ends).most_common(1)[0]
    ends = [(x, s) for x, y, s in ends if y == year]
    if count < MIN_SHARE * len(ends) or count < MIN_RECORDS:
        return None
    serials = [s for _, s in ends]
    rising = sum(b > a for a, b in zip(serials, serials[1:]))
    if rising < MIN_RISING * (len(serials) - 1) or len(set(serials)) < MIN_SHARE * len(serials):
        return None
    closing = [bisect_right(doc.starts, x) - 1 for x, _ in ends]
    closing = [i for i in closing if i not in doc.skip]
    series = re.compile(_SERIES.format(year=re.escape(year)))
    title_year = _YEAR.search(doc.text[:2000])
    read: list[tuple[list[str], str | None, int]] = []
    date, previous = None, -1
    for close in closing:
        lines = [i for i in range(previous + 1, close + 1) if i not in doc.skip and doc.lines[i].strip()]
        previous = close
        timed = [i for i in lines if _TIME.match(doc.lines[i])]
        start = timed[0] if timed else lines[0]
        for i in lines:
            if i >= start:
                break
            date = _heading_date(doc.lines[i], title_year.group() if title_year else None) or date
        entry = [doc.lines[i].strip() for i in lines if i >= start]
        read.append((entry, date, doc.pages[start]))
    values = [_values(entry, series) for entry, _, _ in read]
    _drop_joining_word(values)
    records = [_record(v, entry, date, page) for v, (entry, date, page) in zip(values, read)]
    if not is_log(records, "text"):
        return None
    return LogResult(records, "records", None, "free text")


def _heading_date(line: str, year: str | None) -> str | None:
    m = _HEADING.match(line)
    if m is None or year is None:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    key = month.lower().rstrip(".")[:3]
    number = next((k for k, name in enumerate(_MONTHS, start=1) if name.startswith(key)), None)
    return f"{year}-{number:02d}-{int(day):02d}" if number and 1 <= int(day) <= 31 else None


def _values(entry: list[str], series: re.Pattern) -> dict[str, str]:
    """The entry's number, time, cited numbers and named values of its sentences."""
    text = " ".join(" ".join(entry).split())
    cited = series.findall(text)
    values: dict[str, str] = {"_cited": cited}
    if (m := _TIME.match(text)) is not None:
        values["_time"], text = m.group(1).replace(":", ""), text[m.end():].strip()
    if cited:
        values["_number"] = cited[-1]
        text = text[:text.rfind(cited[-1])].rstrip()
    sentences = [s for s in _SENTENCE.split(text) if s]
    # what leads to the number after the last sentence (a word, a bracket, "#") is its label
    if sentences and not (sentences[-1][:1].isupper() and sentences[-1][-1:] in ".!?"):
        sentences.pop()
    account = [s for s in sentences if not series.search(s)]
    if account:
        first = account[0].rstrip(".")
        place = _PLACE.search(first)
        if place is not None and place.start() > 0:
            values["type"], values["place"] = first[:place.start()].strip(), first[place.start():]
        else:
            values["type"] = first
        if len(account) > 1:
            values["outcome"] = account[-1].rstrip(".")
        if len(account) > 2:
            values["narrative"] = " ".join(account[1:-1])
    return values


def _drop_joining_word(values: list[dict]) -> None:
    """The word most entries set between their type and their place ("at"), in lower case:
    no part of the type."""
    lasts = Counter(v["type"].split()[-1] for v in values if v.get("place") and len(v["type"].split()) > 1)
    if not lasts:
        return
    word, count = lasts.most_common(1)[0]
    if not word.islower() or count < 0.5 * len(values):
        return
    for v in values:
        words = v.get("type", "").split()
        if v.get("place") and len(words) > 1 and words[-1] == word:
            v["type"] = " ".join(words[:-1])


def _record(values: dict, entry: list[str], date: str | None, page: int) -> dict:
    cited, number, time = values.pop("_cited"), values.pop("_number", None), values.pop("_time", None)
    rec = build(values, _NAMES, page=page, number=number, raw=entry)
    if time:
        rec["reported_at"] = parse_datetime(f"{date} {time}") if date else None
    rec["related_numbers"] = [c for c in dict.fromkeys(cited) if c != number]
    return rec
