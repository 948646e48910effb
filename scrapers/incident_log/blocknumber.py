"""A labelled block's own number printed beside a label's value, not under a label of its own.

An occurrence form may print the block's number once, at the right margin of its first
label's line (often between a barcode's ``*`` start and stop marks), so the label's value
runs on into it: "Occurrence: Weapon screening find   *SEC004412*". The number is the
record's; the value is the words before it."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for


def own_number_out(values: dict[str, str], number: str) -> None:
    """A block's own number printed at the end of a label's line (at the right margin, in a
    barcode's ``*...*`` marks) is no part of that label's value (of several words, or the
    number in marks): "Weapon found *SEC004412*" is the type "Weapon found"; in place."""
    for label, value in values.items():
        if number not in value:     # (most values: the cheap test before any copy)
            continue
        core = value.rstrip(" *")
        if core == number or not core.endswith(number):
            continue
        rest = core[: -len(number)]
        words = rest.rstrip(" *")
        # (a number label's value, "PUPD 2025-00611": the series' letters lead the number)
        if words and rest[-1] in " *" and (rest.endswith("*") or " " in words) and words[-1] not in ":#" and \
                column_for(label) not in ("record_no", "case_no"):
            values[label] = words


_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs?|hours)\b", re.I)


def dated_number_out(values: dict[str, str]) -> None:
    """A number label's value running on into the block's date and time ("CASE NO. 2025-0412
    Wed Oct 8, 1:29 AM": the title line carries both): the number is the value's first word
    and the rest the block's date, when no label of the block gives one; in place."""
    for label, value in list(values.items()):
        if column_for(label) not in ("case_no", "record_no") or " " not in value:
            continue
        number, rest = value.split(" ", 1)
        if not any(c.isdigit() for c in number) or not _TIME.search(rest):
            continue
        if any(column_for(other) in ("reported_at", "occurred_at") for other in values):
            continue
        values[label] = number
        values["Date"] = rest
