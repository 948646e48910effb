"""A record number printed as its year, one space, and a serial ("25 004413", "2025 00611"):
the number as the document prints it, not the serial alone.

The id pattern stops at a space, so only the serial was read, and the record was not findable
by its number as cited (the serial starts again every year). When (nearly) every record prints
its own year (two or four digits, as its date gives it) one space before its number, the year
is part of the number. A count or a column of another value before the number is not: it is
not the record's own year on nearly every record. Numbers of other series the record cites
printed the same way ("Citation No. 25 704130") are joined likewise."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_years
from prr.scrapers.incident_log.text import DATETIME_RE, parse_datetime

SAMPLE = 60
_SHARE = 0.9
_SERIAL = re.compile(r"\d{4,8}")


def _years(rec: dict) -> set[str]:
    """The record's own year; before its dates are read, that of the first date its text prints."""
    years = record_years(rec)
    if not years and (m := DATETIME_RE.search(rec.get("raw") or "")):
        years = record_years({"reported_at": parse_datetime(m.group()) or ""})
    return years


def _printed_year(raw: str, number: str, years: set[str]) -> str | None:
    """The year printed one space before ``number`` in ``raw``, when it is one of ``years``."""
    for m in re.finditer(rf"(?<![\w/:.,-])(\d{{2}}|\d{{4}}) {re.escape(number)}(?![\w-]|\.\d)", raw):
        if m.group(1) in years:
            return m.group(1)
    return None


def year_spaced_numbers(records: list[dict]) -> None:
    """Join each record's year, printed one space before its serial, to its number, in place
    (see the module's docstring); nothing changes unless (nearly) every record prints it."""
    for key in ("record_no", "case_no"):
        sample = [r for r in records[:SAMPLE] if r.get(key)]
        if len(sample) < 5 or not all(_SERIAL.fullmatch(r[key]) for r in sample):
            continue
        hits = sum(1 for r in sample if _printed_year(r.get("raw") or "", r[key], _years(r)))
        if hits < _SHARE * len(sample):
            continue
        for rec in records:
            years = _years(rec)
            raw = rec.get("raw") or ""
            number = rec.get(key)
            year = _printed_year(raw, number, years) if number and _SERIAL.fullmatch(number) else None
            if year:
                rec[key] = f"{year} {number}"
            rec["related_numbers"] = [
                f"{y} {x}" if (y := _printed_year(raw, x, years)) and _SERIAL.fullmatch(x) else x
                for x in rec.get("related_numbers") or ()]
        return
