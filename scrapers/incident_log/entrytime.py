"""The time opening an entry of free text, for records whose reader kept the text but no
date (see ``entrytext.py``): a clock or a date-time opening the entry, after its list number
or its own number, the clock marked as one ("hrs", "hours", a colon) or followed by the
record's number; a clock alone takes the date of the day heading above it; a day printed
without its year the year of the period in the title. Or the time after the general word
for it ("reported 10/06/2025 0020"). Trusted only where most entries open so.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import DATETIME_RE, parse_datetime

MIN_SHARE = 0.6         # share of the records with text whose text has the shape
MIN_RECORDS = 3
SAMPLE = 100            # first records read for an opening time before all are

# an entry's opening: its list number ("4.", "(1)", "4.1"), its own number perhaps after a word for it
LIST_MARK = r"(?:(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]|\d{1,3}\.\d{1,2}|[•·»]|\(?[a-z]\))\s+)?"
_CLOCK = r"(?:[01]\d[0-5]\d|2[0-3][0-5]\d|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?)"
_MARK = r"(?:\s*(?:hrs|hours|h|L)\b\.?)"
_NUMWORD = r"(?:(?:report|case|incident|call|event|file|complaint)(?:\s+(?:no|number|#)\.?)?:?\s+|no\.\s+)"
_YEARLESS = re.compile(rf"^(?:on\s+)?(?:(?:[A-Z][a-z]{{2,8}}\.?,?\s+)?(?P<mon>[A-Z][a-z]{{2,8}})\.?\s+(?P<day>\d{{1,2}})"
                       rf"|(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d))(?![/\d]),?\s+(?:at\s+)?(?!(?:19|20)\d\d\b\s*(?:,|at\b))"
                       rf"(?P<clock>{_CLOCK})(?!\d)", re.I)
_PERIOD_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-\u2013]\s*"
                          r"(?:[a-z]+\.?\s+)?\d{1,2})?,?\s+((?:19|20)\d\d)\b", re.I)
NUM_LEAD = re.compile(rf"{_NUMWORD}?", re.I)
_WORDS_LEAD = re.compile(rf"(?:{_NUMWORD}|(?:[A-Za-z#]+\.?\s+){{1,3}})?[(\[]?", re.I)
_OWN_TAIL = re.compile(r"^[)\]]?[.,:;|]?\s*(?:[-\u2014\u00b7]\s+)?")
OPEN_CLOCK = re.compile(rf"^{LIST_MARK}(?P<clock>{_CLOCK})(?P<mark>{_MARK})?(?=[\s:.,-])", re.I)

_REPORTED = re.compile(r"\b(?:reported|logged|received)(?:\s+(?:on|at))?\s+(?P<v>\S.{6,40})", re.I)


def most(hits: list, texts: list) -> bool:
    return len(texts) >= MIN_RECORDS and sum(1 for h in hits if h) >= MIN_SHARE * len(texts)


def entry_times(texts: list, page_texts: list[str]) -> None:
    if sum(1 for r, _ in texts if not r.get("reported_at") and not r.get("occurred_at")) < MIN_SHARE * len(texts):
        return
    year = _doc_year(page_texts)
    # (the entry's opening as printed: its first line, where a reader kept the date apart from the text)
    # (each reading stops as soon as "most" is out of reach: where entries open with no time,
    # as on most logs, only the first misses are read, not every record twice)
    # (an empty text opens with nothing: not read)
    def opening(rec: dict, t: str):
        return _opening_time(rec, " ".join((rec.get("raw") or t).split("\n")[0].split()), year) \
            or (_opening_time(rec, t, year) if t else None)
    # a sample first on a long log: where none of its first SAMPLE entries opens with a time,
    # most cannot (a log's entries open alike); the exact reading stops early only after
    # 40% of the records (checked against every PDF of the corpus: no record changes)
    if len(texts) > 2 * SAMPLE and not any(opening(rec, t) for rec, t in texts[:SAMPLE]):
        got = None
    else:
        got = _most_read(opening, texts)
    if got is None:
        # (an empty text reads no time: where most records have none, none is read at all)
        got = _most_read(_reported, texts) if sum(1 for _, t in texts if t) >= MIN_SHARE * len(texts) else None
        if got is None:
            return
    days = None
    for (rec, _), g in zip(texts, got):
        if not g or rec.get("reported_at") or rec.get("occurred_at"):
            continue
        iso, clock = g
        if iso is None:
            days = _day_dates(page_texts) if days is None else days
            day = _day_of(rec, days, page_texts)
            iso = f"{day}T{clock}:00" if day else None
        if iso:
            rec["reported_at"] = iso


def _reported(rec: dict, t: str) -> tuple[str, None] | None:
    m = _REPORTED.search(t)
    iso = parse_datetime(m.group("v")) if m else None
    return (iso, None) if iso and "T" in iso else None


def _most_read(read, texts: list) -> list | None:
    """``read(rec, text)`` of each record where ``most`` holds of the results, else None;
    stopping at the miss after which the share it needs can no longer be reached (exact: the
    same answer as reading them all)."""
    if len(texts) < MIN_RECORDS:
        return None
    need = MIN_SHARE * len(texts)
    got, misses = [], 0
    for rec, t in texts:
        g = read(rec, t)
        got.append(g)
        if not g:
            misses += 1
            if len(texts) - misses < need:
                return None
    return got if len(texts) - misses >= need else None


def drop_own(rec: dict, s: str, lead: re.Pattern) -> str:
    """``s`` without the record's own number opening it (after what ``lead`` allows), and the
    bracket, stop or dash after it. (String search: a pattern per record would be compiled anew.)"""
    for own in (rec.get("record_no"), rec.get("case_no")):
        at = s.find(own) if own else -1
        end = at + len(own) if at >= 0 else 0
        if at < 0 or at > 40 or not lead.fullmatch(s[:at]) or (end < len(s) and s[end].isalnum()):
            continue
        return _OWN_TAIL.sub("", s[end:], count=1)
    return s


def _opening_time(rec: dict, text: str, year: str | None) -> tuple[str | None, str | None] | None:
    """(date-time, None) for an entry opening with a date and time (one without its year
    given the document's), (None, "HH:MM") for one opening with a marked clock, else None."""
    s = re.sub(rf"^{LIST_MARK}", "", text)
    s = drop_own(rec, s, _WORDS_LEAD)     # perhaps after a word or two naming it ("Crash Report 25-2312,")
    s = re.sub(r"^[A-Z][a-z]{2}\.?\s+(?=[A-Z][a-z]{2}\.?\s+\d)", "", s)     # "Mon Oct 13, 2025 0038"
    s = re.sub(r"^on\s+(?=\S+\s+\d)", "", s, flags=re.I)                   # "On October 13, 2025 at 0153"
    m = DATETIME_RE.match(s)
    if m:
        iso = parse_datetime(m.group(0))
        return (iso, None) if iso and "T" in iso else None
    m = _YEARLESS.match(s)
    if m and year:          # "Oct 13, 09:28", "Mon. Oct. 13, 5:06 a.m.", "10/20 0021": the document's year
        date = f"{m.group('mon')} {m.group('day')}, {year}" if m.group("mon") else \
            f"{m.group('m')}/{m.group('d')}/{year}"
        iso = parse_datetime(f"{date} {m.group('clock')}")
        return (iso, None) if iso and "T" in iso else None
    m = OPEN_CLOCK.match(s)
    if not m:
        return None
    rest = s[m.end():].lstrip(" -:.")
    # a clock, not a house number: marked as one, or followed by the record's own number
    if not (m.group("mark") or ":" in m.group("clock") or drop_own(rec, rest, NUM_LEAD) != rest):
        return None
    t = parse_datetime(f"01/01/2000 {m.group('clock')}")
    return (None, t[11:16]) if t else None


_HRS_AFTER = re.compile(r"\s*hrs\b", re.IGNORECASE)


def _doc_year(page_texts: list[str]) -> str | None:
    """The year of the first full date on the first page (the log's period or issue date)."""
    text = page_texts[0] if page_texts else ""
    # (a clock after a date printed without its year is no year: "March 16, 1943 hrs")
    m = next((m for m in DATETIME_RE.finditer(text) if not _HRS_AFTER.match(text, m.end(1))), None)
    iso = parse_datetime(m.group(0)) if m else None
    if iso:
        return iso[:4]
    # a period under a month's name: "October 13-19, 2025" (no bare number: "1900 block of ...")
    y = _PERIOD_YEAR.search(page_texts[0]) if page_texts else None
    return y.group(1) if y else None


def _day_dates(page_texts: list[str]) -> list[list[tuple[int, str]]]:
    """Per page, (line index, date) for each line outside the entries holding a date without
    a time (a day heading, a page's date, "Daily log for Wednesday Oct 22, 2025; ...")."""
    found = []
    for text in page_texts:
        marks = []
        for i, line in enumerate(text.splitlines()):
            s = line.strip()
            # (an entry opening with its clock is no heading)
            m = DATETIME_RE.search(s) if s and len(s) <= 100 and not OPEN_CLOCK.match(s) else None
            # (a period, two dates, is no day's heading: "log 11/03/2025 - 11/04/2025")
            if m and len(s) - len(m.group(0)) <= 80 and not m.group(2) and not DATETIME_RE.search(s, m.end()):
                marks.append((i, m.group(1)))
        found.append(marks)
    # numeric dates read day first where the document's show it ("13/10/2025", none "10/13/2025")
    pairs = [tuple(map(int, n.groups())) for marks in found for _, d in marks
             if (n := re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-]", d))]
    day_first = any(a > 12 for a, _ in pairs) and not any(b > 12 for _, b in pairs)
    out = []
    for marks in found:
        dated = []
        for i, d in marks:
            if day_first:
                d = re.sub(r"^(\d{1,2})([/.-])(\d{1,2})\2", r"\3\2\1\2", d)
            if iso := parse_datetime(d):
                dated.append((i, iso[:10]))
        out.append(dated)
    return out


def _day_of(rec: dict, days: list, page_texts: list[str]) -> str | None:
    """The date of the last day heading above the record's first line (on its page or before)."""
    page = (rec.get("page") or 1) - 1
    if not 0 <= page < len(page_texts):
        return None
    first = (rec.get("raw") or "").split("\n")[0].strip()
    lines = page_texts[page].splitlines()
    at = next((i for i, ln in enumerate(lines) if first and first in ln), None)
    if at is None:
        return None
    above = [d for i, d in days[page] if i < at]
    if above:
        return above[-1]
    for p in range(page - 1, -1, -1):
        if days[p]:
            return days[p][-1][1]
    return None
