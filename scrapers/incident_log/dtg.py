"""Military date-time groups: ``130321OCT25`` (day, hour, minute, an optional time-zone
letter, the month's three letters, a two-digit year), or with a four-digit year.

Some logs print the time a call came in this way. It is a date, not a record number: its
digits and letters would otherwise read as an id (``is_id``) and a record's number be taken
from it. ``parse_dtg`` reads one as ISO 8601 for ``parse_datetime``.
"""
from __future__ import annotations

import datetime as _dt
import re

_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# (as one shape for ``text._NOT_ID_SHAPES``: the whole token, no groups)
DTG_SHAPE = r"[0-3]\d[0-2]\d[0-5]\d[A-Z]?(?:" + "|".join(_MON) + r")(?:\d{2}|\d{4})"
_DTG = re.compile(r"(?<![\dA-Za-z])([0-3]\d)([0-2]\d)([0-5]\d)[A-Z]?(" + "|".join(_MON) + r")(\d{4}|\d{2})(?![\dA-Za-z])")


def full_year(printed: str) -> int:
    """A year as printed: two digits are 1970-2069 (``"25"`` is 2025), as ``parse_datetime``
    reads them."""
    year = int(printed)
    if len(printed) == 2:
        year += 2000 if year < 70 else 1900
    return year


def parse_dtg(text: str) -> str | None:
    """The first date-time group in ``text`` as ISO 8601, else None."""
    m = _DTG.search(text)
    if not m:
        return None
    d, hh, mi, mon, y = m.groups()
    try:
        return _dt.datetime(full_year(y), _MON.index(mon) + 1, int(d), int(hh), int(mi)).isoformat(timespec="seconds")
    except ValueError:
        return None


def dtg_values(values: list[str]) -> bool:
    """Most of a column's values (a sample) are date-time groups alone: a date column."""
    vals = values[:50]
    return bool(vals) and sum(1 for v in vals if _DTG.fullmatch(v.strip())) >= 0.7 * len(vals)
