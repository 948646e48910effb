"""A labelled block's own number printed beside a label's value, not under a label of its own.

An occurrence form may print the block's number once, at the right margin of its first
label's line (often between a barcode's ``*`` start and stop marks), so the label's value
runs on into it: "Occurrence: Weapon screening find   *SEC004412*". The number is the
record's; the value is the words before it."""
from __future__ import annotations

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
