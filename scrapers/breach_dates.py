"""Dates in the Attorney General's breach list cells and in notice letters.

A breach cell may hold several dates ("06/01/2026, 06/15/2026"), a range ("06/01/2026 -
06/15/2026"), "n/a" or nothing; anything else is a DateParseError naming the cell.
"""
from __future__ import annotations

import functools
import re
from datetime import date

_UNKNOWN = {"", "n/a", "na", "n.a.", "none", "unknown", "not known", "not available", "-", "--",
            "tbd", "pending"}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTHS = ("january february march april may june july august september october november december")
_WORD_DATE = re.compile(
    r"\b(" + "|".join(m[:3] for m in _MONTHS.split()) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
    re.I)
_RANGE_SEP = re.compile(r"\s(?:-|–|—|to|through|thru)\s|(?<=\d)\s*[–—]\s*(?=\d)|(?<=\d{4})-(?=\d)", re.I)


class DateParseError(ValueError):
    """A date cell holds text that is neither a date nor a 'not known' marker."""


_WS = re.compile(r"\s+")
_SIMPLE_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH_ABBR = [m[:3] for m in _MONTHS.split()]
_UNKNOWN_WORDS = re.compile(r"n/a|unknown", re.I)
_CONNECTIVES = re.compile(r"\b(to|through|thru|and|between|from|on|or|about)\b", re.I)
_LONG_WORD = re.compile(r"[a-z]{4,}", re.I)


def _clean(text: str | None) -> str:
    return _WS.sub(" ", (text or "").replace("\xa0", " ")).strip()


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def _dates_in(text: str, *, strict: bool = True) -> list[tuple[int, date]]:
    """Every date in ``text`` with its position (MM/DD/YYYY, ISO, 'June 1, 2026').
    ``strict``: an impossible date ('13/45/2026') raises instead of being skipped."""
    found = []
    for pattern in (_NUMERIC_DATE, _WORD_DATE):
        for m in pattern.finditer(text):
            try:
                if pattern is _WORD_DATE:
                    d = date(int(m.group(3)), _MONTH_ABBR.index(m.group(1)[:3].lower()) + 1, int(m.group(2)))
                elif m.group(4):
                    d = date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
                else:
                    d = date(_year(m.group(3)), int(m.group(1)), int(m.group(2)))
            except ValueError:
                if strict:
                    raise DateParseError(f"{m.group(0)!r} is not a calendar date") from None
                continue
            found.append((m.start(), d))
    return sorted(found)


def find_dates(text: str) -> list[date]:
    """Dates in free text (a notice letter), in order of appearance; impossible ones skipped."""
    return [d for _, d in _dates_in(text or "", strict=False)]


def parse_breach_dates(text: str | None) -> tuple[list[date], bool]:
    """``'06/01/2026, 06/15/2026'`` -> ([2026-06-01, 2026-06-15], False); a range gives its
    two ends and True; 'n/a' or blank gives ([], False). Raises DateParseError otherwise."""
    dates, is_range = _parse_breach_cell(_clean(text))
    return list(dates), is_range


@functools.lru_cache(maxsize=8192)   # a list of thousands of rows repeats its date cells a lot
def _parse_breach_cell(cleaned: str) -> tuple[tuple[date, ...], bool]:
    if cleaned.lower().rstrip(".") in _UNKNOWN or cleaned.lower() in _UNKNOWN:
        return (), False
    simple = _SIMPLE_DATE.fullmatch(cleaned)
    if simple:
        try:
            return (date(int(simple.group(3)), int(simple.group(1)), int(simple.group(2))),), False
        except ValueError:
            raise DateParseError(f"{cleaned!r} is not a calendar date") from None
    found = _dates_in(cleaned)
    if not found:
        raise DateParseError(f"no date in {cleaned!r}")
    leftover = _WORD_DATE.sub(" ", _NUMERIC_DATE.sub(" ", _UNKNOWN_WORDS.sub(" ", cleaned)))
    if _LONG_WORD.search(_CONNECTIVES.sub(" ", leftover)):
        raise DateParseError(f"unexpected text in {cleaned!r}")
    is_range = len(found) == 2 and bool(_RANGE_SEP.search(cleaned[found[0][0]:found[1][0] + 1]))
    return tuple(sorted({d for _, d in found})), is_range


def parse_single_date(text: str | None) -> date | None:
    return _parse_single_cell(_clean(text))


@functools.lru_cache(maxsize=8192)
def _parse_single_cell(cleaned: str) -> date | None:
    if cleaned.lower() in _UNKNOWN:
        return None
    simple = _SIMPLE_DATE.fullmatch(cleaned)
    if simple:
        try:
            return date(int(simple.group(3)), int(simple.group(1)), int(simple.group(2)))
        except ValueError:
            raise DateParseError(f"{cleaned!r} is not a calendar date") from None
    found = _dates_in(cleaned)
    if len(found) != 1:
        raise DateParseError(f"expected one date, got {cleaned!r}")
    return found[0][1]
