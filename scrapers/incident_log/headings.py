"""The type printed once, in a category heading above a table's rows ("THEFT / LARCENY
(38)", then "THEFT / LARCENY (continued)" after a page break), when the rows print none.

Read only when many rows of a table have no type (a quarter; a column of further
offences is empty on the others): the lines between one record and the
next (not the records themselves) are searched for a heading, a short run of words at
the margin without digits once a trailing count or "(continued)" is set aside. The
heading is the type of every record under it, the record's own offences (an "Additional
offences" column) after it. Day or district headings carry digits or dates and are not
read as types; tables that print a type keep it.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import cells, squash

# "BURGLARY (9)", "THEFT / LARCENY  (continued)", "ASSAULT - 12", "Vandalism:"
_TRAILER = re.compile(r"\s*(?:\((?:\d+|[A-Za-z .']{0,20})\)|[-–—:]\s*\d*)\s*$")
_WORDS = re.compile(r"^[A-Za-z][A-Za-z /&,'.()-]{1,48}[A-Za-z)]$")


def heading(line: str) -> str | None:
    if not line.strip() or len(line) - len(line.lstrip()) > 2:
        return None
    text = _TRAILER.sub("", line.strip())
    if len(cells(text)) != 1 or not _WORDS.match(text) or any(c.isdigit() for c in text):
        return None
    return squash(text)


def type_from_headings(doc, record_spans: list[tuple[int, int]], records: list[dict]) -> None:
    """Give each typeless record the category heading above it, in place."""
    if not records or sum(1 for r in records if not r.get("type")) < 0.25 * len(records):
        return
    found: list[str | None] = []
    current, prev_end = None, 0
    for s, e in record_spans:
        for i in range(prev_end, s):
            if i not in doc.skip or not doc.ids[i]:
                current = heading(doc.lines[i]) or current
        found.append(current)
        prev_end = max(prev_end, e)
    named = [h for h in found if h]
    if len(named) < 0.8 * len(records) or len(set(named)) < 2 or len(set(named)) > 0.2 * len(records):
        return
    for rec, head in zip(records, found):
        if not head:
            continue
        offences = [head] + [o for o in _more_offences(rec) or rec.get("offences") or [] if o != head]
        rec["offences"], rec["type"] = offences, " // ".join(offences)
        rec["fields"]["_heading"] = head


def _more_offences(rec: dict) -> list[str]:
    """The record's own further offences: a column titled for offences ("Add'l
    Offense(s)"), one offence per printed line (a continuation line's cell ends one)."""
    for title, value in rec["fields"].items():
        if not value or column_for(re.sub(r"\(s\)", "", title)) != "type":
            continue
        pieces = [value]
        for line in reversed(rec["raw"].splitlines()[1:]):     # the last line ends the value
            for _, _, text in cells(line):
                first = pieces[0]
                if first.endswith(" " + text):
                    pieces[:1] = [first[:-len(text) - 1], text]
        return pieces
    return []
