"""Page furniture and closing lines caught in a record's type, place or outcome.

A reader joins a record's value with the lines under it (a wrapped cell goes on on the
next line); where the last record of a page, a group or a report stands right above a
line that is no record's, that line ends up in the value: a group's count ("TOTAL: 58",
"3 reports", "Week 11 subtotal"), a report's closing mark ("- - - END OF NARRATIVE - - -"),
a terminal screen's function keys printed with it ("F17=Top F18=Bottom", "PF12=PRINT").
And a value that is all a page's or an item's own count ("Sheet 1 of 3", "Item 4 of 52")
says nothing of the record.
These are told by their own words, the same in any log; what is left is the value as
printed. Only the common fields are cleaned: ``fields`` keeps every value as it came.
"""
from __future__ import annotations

import re
from functools import lru_cache

# what any of the cases below needs somewhere (one search; most values have none of it)
_HINT = re.compile(r"total|END OF|More\s?\.\.\.$|\dF?=|\d (?:report|complaint|incident|call|case|entr|record|item)[a-z]*$"
                   r"|^(?:sheet|page|leaf|item|entry|card)\b", re.I)
# what _HINT needs, as plain lower-case text: each of its cases holds one of these literally (a
# quicker scan of an ASCII value; exact there, as re.I folds ASCII letters only to each other)
_LITERAL_HINT = re.compile(r"total|end of|\.\.\.|=|report|complaint|incident|call|case|entr|record|item"
                           r"|sheet|page|leaf|card")
# a function key and what it does, as a green screen prints them along its foot
# (its words may run to a second one, "F11=Alt View", "F11=View 2")
_SCREEN_KEY = re.compile(r"\s*\bP?F\d{1,2}=\S+(?:\s(?!\S*=)[A-Za-z0-9]\S*)?")
_GROUP = r"(?:week|weekly|day|daily|month|monthly|shift|page|group|beat|district|sector|zone|grand|report)"
_TAILS = (
    # "TOTAL: 58", "TOTAL 84 INCIDENTS ...", "Week total 34" (with the span or group it counts)
    re.compile(rf"(?:\s+{_GROUP})?\s+(?:sub-?)?total\s*:?\s*\d+\b.*$", re.I),
    re.compile(r"\s+(?:[A-Za-z]+\s+)?\d*\s*sub-?totals?$", re.I),   # "Week 11 subtotal"
    re.compile(r"(?<![,;])\s+\d+\s+(?:reports|complaints|incidents|calls|cases|entries|records|items)$", re.I),
    re.compile(r"\s+More\s?\.\.\.$"),       # a screen's mark that its list goes on
    re.compile(r"[\s-]*\bEND OF (?:THE )?(?:NARRATIVE|REPORT|LOG|RECORD|ENTRY|PAGE|LIST)\b[\s-]*$", re.I),
)
# a count of incidents or a total standing as one offence among a record's list
# ("TOTAL 84", or a day's count, "10/13/25 28 INCIDENTS")
_TOTAL_PART = re.compile(r"\b(?:sub-?)?total\b\s*:?\s*\d|^\s*(?:\d[\d/.-]*\s+)?\d+\s+(?:reports|complaints|"
                         r"incidents|calls|cases|entries|records|items)\s*$", re.I)
_PAGE_COUNT = re.compile(r"^(?:(?:sheet|page|leaf)\s*\d+(?:\s*(?:of|/)\s*\d+)?"
                         r"|(?:item|entry|card)\s*\d+\s*(?:of|/)\s*\d+)$", re.I)


@lru_cache(maxsize=65536)
def without_furniture(value: str) -> str | None:
    """(Kept per value: a log's types and outcomes recur on thousands of records.)
    ``value`` without a closing line or screen keys caught at its end (None: nothing
    of the record's left)."""
    if value.isascii() and not _LITERAL_HINT.search(value.lower()) or not _HINT.search(value):
        return value
    if _PAGE_COUNT.match(value):
        return None
    keys = "=" in value and _SCREEN_KEY.search(value)
    if keys:
        value = _SCREEN_KEY.sub("", value)
    if " // " in value:     # a list of offences: an offence that is a total goes whole (and a key's leftover)
        value = " // ".join(p for p in value.split(" // ") if p.strip() and not _TOTAL_PART.search(p)
                            and not (keys and not re.search(r"[A-Za-z]", p)))
    for tail in _TAILS:
        value = tail.sub("", value)
    value = value.strip().rstrip("/").strip()
    return value or None
