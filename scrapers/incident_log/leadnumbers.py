"""Of the numbers leading a delimited entry, the records' own: the one issued in order.

    2507077775|25004124|07/07/2025 00:12|FOUND PROPERTY|540 WENDELL AVE|D2|CITATION ISSUED
    2507070082|25004128|07/07/2025 00:17|THEFT FROM VEHICLE|MERCER ST & LINDEN AVE|D3|UNFOUNDED

A dispatch system's export may print each entry as one line of parts set apart by a
separator, opened by two numbers: the call (event) number the dispatcher's console gave,
then the report (case) number the records office issued. The readers take the first
number as the record's. Report numbers are issued one after the other as reports are
written, so read in the log's order they rise from entry to entry (gaps aside); call
numbers may rise too, and then nothing tells the two apart and the first stays, but a
console that numbers its calls by day and a serial of its own (or by position) gives
numbers in no order within the day. Where the record's number, first part of its line,
follows no order while a later whole part, a number on (nearly) every entry, all of them
distinct, rises nearly every step, that later number is the record's own and the first
is kept as a related number. The parts are read as ``partedlines.py`` splits them.
"""
from __future__ import annotations

import re
from collections import defaultdict

from prr.scrapers.incident_log.numberorder import RISING, UNORDERED, rising_share
from prr.scrapers.incident_log.text import is_id

# a part that is a number and nothing else: letters, digits, dashes (no date's slashes,
# no time's colon, no words)
_NUMBER_PART = re.compile(r"^[A-Za-z]{0,4}-?\d[\d-]*[A-Za-z]?$")
EVERY = 0.9         # share of entries printing the number in that part
MAX_LEAD_PARTS = 3  # the report number stands among the first parts, before the values
DISTINCT = 0.95     # share of distinct numbers: a report each (a number cited twice aside)


def own_lead_numbers(entries: list[tuple[dict, list[str]]]) -> None:
    """``entries``: (record, its line's parts) pairs, in the log's order. In place: the
    record number taken from the later lead part where the reading in the note holds."""
    opened = [(rec, parts) for rec, parts in entries
              if rec.get("record_no") and parts and parts[0] == rec["record_no"]]
    if len(opened) < EVERY * len(entries) or rising_share(dict(enumerate(r["record_no"] for r, _ in opened))) > UNORDERED:
        return          # the record's numbers open the lines in order (or not at all): they stay
    later: dict[int, dict[int, str]] = defaultdict(dict)
    for i, (_, parts) in enumerate(opened):
        for k in range(1, min(len(parts), MAX_LEAD_PARTS + 1)):
            if _NUMBER_PART.match(parts[k]) and is_id(parts[k]):
                later[k][i] = parts[k]
    for k in sorted(later):
        numbers = later[k]
        if len(numbers) < EVERY * len(opened) or len(set(numbers.values())) < DISTINCT * len(numbers) \
                or rising_share(numbers) < RISING:
            continue
        for i, number in numbers.items():
            rec = opened[i][0]
            first = rec["record_no"]
            rec["record_no"] = number
            related = [n for n in rec.get("related_numbers") or [] if n not in (number, first)]
            rec["related_numbers"] = [first, *related]
        return
