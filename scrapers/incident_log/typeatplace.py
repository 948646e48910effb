"""One table cell holding what happened, where, and how it ended:

    June 3rd, 11:05 AM     #25-2050   Fraud report at 4483 Orland Ct   [Unfounded]

A daily log may print, after its date and number, a single untitled cell: the type, "at"
the place, the outcome in brackets. The table reader takes it all for the type and finds
no place, so the rows read as no log. When nearly every row's type cell has that shape
(a short title, "at", a place, a bracketed phrase), it is cut into its parts. A group of
numbers printed in the number cell ("#A through B", ``listednumbers.py``) may have left
its tail at the cell's start: that is no part of the type.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.listednumbers import group_end

_CELL = re.compile(r"^(?P<type>[^\[\]]{2,60}?)\s+at\s+(?P<place>[^\[\]]{3,80}?)\s*"
                   r"[\[(](?P<end>[^\[\]()]{2,40})[\])]$")
MIN_SHARE = 0.8           # share of the rows whose cell has the shape


def types_at_places(records: list[dict]) -> None:
    """Set ``type``, ``location`` and ``disposition`` from a "Type at place [Outcome]" cell."""
    if len(records) < 5 or any(r.get("location") or r.get("disposition") for r in records):
        return
    # the cell the reader took for the type, or an untitled one it left unnamed
    keys = ["type"] + [k for k, v in (records[0].get("fields") or {}).items() if isinstance(v, str)]
    best, found = 0, []
    for key in keys:
        matches = [_CELL.match(_own_cell(r, key)) for r in records]
        n = sum(1 for m in matches if m)
        if n > best:
            best, found = n, matches
    if best < MIN_SHARE * len(records):
        return
    for rec, m in zip(records, found):
        if m:
            rec["type"], rec["location"] = m.group("type").strip(), m.group("place").strip()
            rec["disposition"] = m.group("end").strip()
            rec["offences"] = [rec["type"]]


def _own_cell(rec: dict, key: str) -> str:
    """The cell, a group's tail before it ("through 25-2056 Graffiti ...") left out."""
    value = rec.get("type") if key == "type" else (rec.get("fields") or {}).get(key)
    cell = re.sub(r"\s+", " ", (value or "").strip())
    number = rec.get("record_no") or rec.get("case_no") or ""
    if not number or not cell:
        return cell
    joined = f"{number} {cell}"
    end = group_end(joined, 0, number)
    return joined[end:].strip() if end > len(number) else cell
