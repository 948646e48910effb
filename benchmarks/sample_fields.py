"""How a sample record's printed value is scored against what the reader gave: text
compared normalised, dates read in the order their document prints them (day first where
its samples show it), a clock alone or a date without its year scored on what is printed,
a day of the year ("25286 0319", "293/0109") or eight bare digits ("20260302 0148", YYYYMMDD)
as the date it is. Used by ``incident_logs.py``."""
from __future__ import annotations

import re

from prr.scrapers.incident_log import parse_datetime
from prr.scrapers.incident_log.julian import JULIAN_RE, julian_iso
from prr.scrapers.incident_log.record import compact_date

_CLOCK = re.compile(r"([01]?\d|2[0-3]):?([0-5]\d)(?::[0-5]\d)?")     # seconds too ("00:01:26")


def _norm(v) -> str:
    if isinstance(v, list):
        v = " // ".join(v)
    return " ".join(str(v or "").lower().replace("\u2019", "'").split())


# (a weekday's name may lead it: "Tue 14/10/2025 2215hrs")
_NUMERIC_DATE = re.compile(r"^(?:[A-Za-z]{3,9}\.?,? )?(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})")


def _day_first(samples: list[dict]) -> bool:
    """The document prints its dates day first: a sample date opens with a number above 12
    and none has a second one above 12 ("15/09/2025", so "02/09/2025" is 2 September)."""
    pairs = [(int(m.group(1)), int(m.group(3))) for s in samples for f in ("reported_at", "occurred_at")
             for m in [_NUMERIC_DATE.match(str(s.get(f) or "").strip())] if m]
    return any(a > 12 for a, _ in pairs) and not any(b > 12 for _, b in pairs)


def _as_printed(want: str, day_first: bool) -> str:
    """A sample date turned month first (the order the scorer's parser reads) when its log is day first."""
    m = _NUMERIC_DATE.match(want) if day_first else None
    if not m:
        return want
    return f"{want[:m.start(1)]}{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}{want[m.end():]}"


# (four digits after a month's name are its year, "Oct 13 2025"; after a numeric month/day,
# whose year would be joined by its slash, they are a clock: "10/13 0705")
_YEARLESS = re.compile(r"^(?:[A-Za-z]{3,9}\.?,? )?(\d{1,2}[/.-]\d{1,2}(?![/.-]?\d)|"
                       r"(?:[A-Za-z]{3,9}\.? \d{1,2}|\d{1,2} [A-Za-z]{3,9}\.?)(?![/.-]?\d)(?!,? \d{4}\b)),?")

# a board's day cell: the day and the month's three capitals run together, then a clock ("20OCT 18:30")
_DAY_MONTH = re.compile(r"^(\d{1,2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?= \d{1,2}:\d{2}$)")


def _with_year(want: str, year: str) -> str | None:
    """A sample date printed without its year, the year put in (None when it has one): any year the reader
    gave is right, since none is printed, and the month, day and time are what is scored."""
    m = _YEARLESS.match(want.strip())
    d = _DAY_MONTH.match(want.strip())
    if d:                                           # the day, then the month's letters ("20OCT 18:30")
        return f"{d.group(1)} {d.group(2).title()} {year} {want.strip()[d.end():].strip()}"
    if not m:
        return None
    date = want.strip()[:m.end(1)]                  # a weekday before it kept ("Monday, Oct. 13")
    dated = f"{date}/{year}" if m.group(1)[-1].isdigit() and m.group(1)[0].isdigit() else f"{date}, {year},"
    return f"{dated} {want.strip()[m.end():].strip()}"


# a day of the year after a one-digit year, then the clock ("5279 0004"): the year's last digit printed
_ONE_DIGIT_YEAR = re.compile(r"^(\d)(\d{3})[ \t]+((?:[01]\d|2[0-3])[0-5]\d)$")
_HRS = re.compile(r"\s*hrs?\.?$", re.I)


def _day_of_year(want: str, got: str | None) -> str | None:
    """A sample date printed as a day of the year, as ISO in the year it prints, else in
    the reader's year (a day printed alone, or after its year's last digit: any year is
    right that the print allows); "" when the reader's year cannot be it; None when the
    sample is no such date. Only the whole value is read: a sample's date is a date."""
    want = _HRS.sub("", want.strip())
    year = int((got or "2000")[:4])
    one = _ONE_DIGIT_YEAR.match(want)
    if one:
        if str(year)[-1] != one.group(1):
            return ""
        want = f"{one.group(2)} {one.group(3)}"
    m = JULIAN_RE.fullmatch(want)
    return (julian_iso(m, year) or "") if m else None


# eight bare digits opening a sample date, a clock or nothing after them ("20260302 0148")
_COMPACT = re.compile(r"^(\d{8})(?=\s+\d{3,4}$|\s+\d{1,2}:\d{2}$|$)")


def _compact_iso(want: str) -> str | None:
    """A sample date printed as eight bare digits (YYYYMMDD), read as ISO; None when it is not."""
    m = _COMPACT.match(want.strip())
    if not m or compact_date(m.group(1)) == m.group(1):
        return None
    return parse_datetime(compact_date(m.group(1)) + want.strip()[m.end():])


def _field_ok(field: str, want, rec: dict, day_first: bool = False) -> bool:
    if field == "type":
        got = " // ".join(rec.get("offences") or []) or rec.get("type")
    elif field == "occurred_at":
        got = rec.get("occurred_at")
    else:
        got = rec.get(field)
    if field in ("reported_at", "occurred_at"):
        iso = parse_datetime(_as_printed(str(want), day_first)) or _compact_iso(str(want))
        clock = _CLOCK.fullmatch(str(want).strip())
        if iso is None and clock:         # a time printed without its date ("0343" under a day banner)
            return bool(got) and got[11:16] == f"{int(clock.group(1)):02d}:{clock.group(2)}"
        yearless = _with_year(_as_printed(str(want), day_first), (got or "2000")[:4])
        if iso is None and yearless:      # a date printed without its year ("10/20 00:10", "Oct. 13, ...")
            iso = parse_datetime(yearless)
        day = _day_of_year(str(want), got) if iso is None else None
        if day is not None:               # a day of the year ("25286 0319", "274/25 0050 hrs", "293/0109")
            return bool(got) and bool(day) and got.startswith(day)
        if iso is None:                   # "Unknown", "Multiple": no date to find
            return not got
        return bool(got) and got.startswith(iso)
    a, b = _norm(want), _norm(got)
    if not a:
        return not b
    if a == b:
        return True
    ta, tb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return bool(ta) and len(ta & tb) / len(ta | tb) >= 0.8
