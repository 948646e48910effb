"""Logs that print their dates as the day of the year, "Julian" dates (``25286 0319``,
``Received: 2025-286 1039 hrs``, ``Received 274/25 0050 hrs``, an entry's stamp
``293/0109``): each record's date read from them (``julian.py`` reads the shapes).

A day of the year has the shape of many other numbers (a serial, a CAD or unit number, a
house number), so the document has to say that its dates are so, and it is decided once
for the whole document: it names them anywhere (``Julian`` before a date, a number or a
bracket, ``(Julian)``, ``day of year``, ``ordinal date``, ``yr-day``, the form's letters
``(YYDDD HHMM)``), or a heading or title among its first lines pairs a day of the year with
the calendar date it is (``Day 293 — Monday, October 20, 2025``, ``DAY 307 - Monday 3
November 2025``): a line of a few words, no record number and no clock, so that a row's
house or badge number equal to the day by chance is no sign. A log that does neither keeps
every number a number, and one that does keeps every date its readers read otherwise.

Each record's date is read from, in turn: its values named as a date (a ``Rcvd Date``
and a ``Time`` column, a ``Received:`` label), where a day with its clock alone
(``286 1039``) is a date too; the record's own lines, a date there with its clock; the
line its number stands on, when a date and clock open it (a stamp at the margin, set apart
from the entry's text by its reader).
A day printed without its year takes the year of the date the reader gave the record, else
of the document's calendar dates (its title, its day headings). A year of one digit
(``5279``, the day 279 of a year ending in 5) is not read: the document would have to print
the decade somewhere, and four digits are a clock's or a unit's shape as often. The date
read fills a record without one, and replaces one of the same day that a reader put
together from a day heading and a clock found in the entry's text (a unit number of a
clock's shape, a time on scene): the record's own stamp says when.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from itertools import islice

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.julian import JULIAN_RE, STAMP_RE, is_bare, julian_day, julian_iso, julian_year
from prr.scrapers.incident_log.text import DATE_RE, cells, find_ids, parse_datetime

_DATED = ("reported_at", "occurred_at")
# (a name: "Julian St", "Julian Ave" are no sign; "Julian (YYDDD)", "JULIAN 25286", "Julian
# days", "(Julian)" are)
# (the form named by its letters too, "(YYDDD HHMM)", "(DDD/HHMM)", "Rec'd (yr-day)"; "month/day of
# the year" is a month and a day)
_NAMED = re.compile(r"(?i:\bjulian\b(?=[ \t]*(?:dates?\b|days?\b|\(|\d))|\(julian\)"
                    r"|(?<!/)\bdays?[- ]of[- ](?:the[- ])?year\b|\bordinal[- ]dates?\b|\b(?:yr|year)-day\b)"
                    r"|\bY{1,4}-?DDD\b|\bDDD/(?:YY|HHMM)\b")
# a day's three digits beside a calendar date, on a heading's or a title's line
_THREE = re.compile(r"(?<![\w/.:,-])(\d{3})(?![\w/:-]|[.,]\d)")
HEAD_LINES = 120        # the lines looked at for a heading that pairs the two (a title, the first day's heading)
HEAD_CELLS = 3
HEAD_WORDS = 14         # a heading's words at most ("Saturday 1 March 2025   Week 9 - Day 060 - 305 to follow")
_WORDS = ("julian", "of year", "of the year", "ordinal", "yr-day", "year-day")
_CLOCK_TIME = re.compile(r"\d:\d\d")


def dates_by_day_of_year(page_texts: list[str]) -> bool:
    """The document says its dates are days of the year (module docstring)."""
    return _by_day_of_year(tuple(page_texts))


@lru_cache(maxsize=8)
def _by_day_of_year(page_texts: tuple[str, ...]) -> bool:
    text = "\n".join(page_texts)
    # (the words looked for at C speed first: the pattern is tried only where one stands)
    low = text.lower()
    if any(w in low for w in _WORDS) or "DDD" in text:
        if _NAMED.search(text):
            return True
    lines = islice((ln for page in page_texts for ln in page.splitlines() if ln.strip()), HEAD_LINES)
    # (a heading's few words told first, at C speed: most lines are records' and longer)
    return any(_pairs(line) for line in lines if len(line.split()) <= HEAD_WORDS and _THREE.search(line)
               and DATE_RE.search(line))


def _pairs(line: str) -> bool:
    """A heading's or a title's line (a few words in one to three cells, no record number,
    no clock) printing a calendar date and its day of the year beside it (three digits, or
    with the year: ``25286``, ``2025-286``). On a record's line, a row's cells, a house,
    unit or badge number of three digits may equal the day by chance."""
    if _CLOCK_TIME.search(line) or len(cells(line)) > HEAD_CELLS or find_ids(line):
        return False
    days = {m.group(1) for m in _THREE.finditer(line)}
    dated = {iso[:10] for m in JULIAN_RE.finditer(line) if julian_year(m) and (iso := julian_iso(m))}
    for iso in filter(None, (parse_datetime(m.group(0)) for m in DATE_RE.finditer(line))):
        doy = _dt.date.fromisoformat(iso[:10]).timetuple().tm_yday
        if f"{doy:03d}" in days or iso[:10] in dated:
            return True
    return False


def read_days_of_year(result, page_texts: list[str]):
    """``result`` with its records' dates read from their days of the year, where the log
    says it prints them so."""
    if result.status != "records" or not result.records or not dates_by_day_of_year(page_texts):
        return result
    text = "\n".join(page_texts)
    years = _years(text)
    stamps = _stamped_numbers(text)
    for rec in result.records:
        for col in _DATED:
            have = rec.get(col)
            got = _own_date(rec, col, years, stamps, have)
            if got and (have is None or (have[:10] == got[:10] and "T" in got and have != got)):
                rec[col] = got
    return result


def _own_date(rec: dict, col: str, years: list[int], stamps: dict, have: str | None) -> str | None:
    """The record's date from its values named as ``col``, else (the reported date) from
    its own lines or the stamp opening its number's line."""
    named = " ".join(v for name, v in (rec.get("fields") or {}).items()
                     if v and isinstance(v, str) and column_for(name) == col)
    m = JULIAN_RE.search(named) if named else None
    if m is not None:
        return julian_iso(m, _year_of(m, years, have))
    if col != "reported_at":
        return None
    # (in running text with its clock: a day alone there is a heading caught at a record's
    # end, "TUESDAY 11 NOV 2025 (JULIAN 25315)", or a day cited)
    for m in JULIAN_RE.finditer(rec.get("raw") or ""):
        if _timed(m) and _likely(m, years):
            return julian_iso(m, _year_of(m, years, have))
    number = rec.get("record_no") or rec.get("case_no")
    m = stamps.get(number) if number else None
    return julian_iso(m, _year_of(m, years, have)) if m is not None and _likely(m, years) else None


def _stamped_numbers(text: str) -> dict[str, re.Match]:
    """The numbers on lines a day-of-year date opens, each with the first such date."""
    out: dict[str, re.Match] = {}
    for line in text.splitlines():
        m = STAMP_RE.match(line)
        if m is None or not _timed(m):
            continue
        for _, number in find_ids(line[m.end():]):
            out.setdefault(number, m)
    return out


def _years(text: str) -> list[int]:
    """The years of the document's calendar dates, and of its days printed with their year."""
    found = {int(iso[:4]) for iso in map(parse_datetime, (m.group(0) for m in DATE_RE.finditer(text))) if iso}
    found |= {int(m.group("y4")) for m in JULIAN_RE.finditer(text) if m.group("y4")}
    return sorted(found)


def _year_of(m: re.Match, years: list[int], have: str | None) -> int | None:
    """The year of a day printed alone: the reader's date's, else the document's one year;
    of two years running (a log over New Year), the first for a day in the second half of
    the year, the second for one in the first half."""
    if julian_year(m):
        return None
    if have:
        return int(have[:4])
    if len(years) == 1:
        return years[0]
    if len(years) == 2 and years[1] == years[0] + 1:
        return years[0] if julian_day(m) >= 183 else years[1]
    return None


def _timed(m: re.Match) -> bool:
    """A day printed with its year and clock, or a day/time stamp."""
    return not is_bare(m) and bool(m.group("time") or m.group("stamp"))


def _likely(m: re.Match, years: list[int]) -> bool:
    """A date in running text whose year is printed falls in the document's years (or the
    next or last); a five-digit number of another kind gives a year far from them."""
    y = julian_year(m)
    return y is None or not years or years[0] - 1 <= y <= years[-1] + 1
