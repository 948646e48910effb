"""Numbered paragraphs whose lines are labelled values, each typist with his own labels.

Some logs are typed by several people, each with a label set of his own ("NATURE:",
"Call type   ...", "Where: ... | Outcome: ..."): no one set repeats in every record, so no
labelled-block reader is chosen and the records are read as paragraphs opened by their
numbers. Their lines are read again here: a line (or each part of it between " | ") that
opens with a short label and a colon, or with a short label, a gap of two spaces or more
and the value, gives that value, named by the label as any column title is
(``fields.column_for``). Only values still empty are filled, and only where most records
give two named values or more (the layout is told from the records themselves).
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for

_PART = re.compile(r"^\s*([A-Za-z][\w/.#]*(?: [\w/.#]+){0,2}?)(?::\s+|\s{2,}|\s+(?=#))(\S.*?)\s*$")
SHOWN = ("type", "location", "disposition")     # the values that tell the layout
FILLED = SHOWN + ("summary",)
MIN_SHARE = 0.6
SAMPLE = 40


def _values(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in raw.splitlines():
        for part in line.split(" | "):
            m = _PART.match(part)
            if not m:
                continue
            field = column_for(m.group(1).rstrip(" #"))
            if field in FILLED and field not in out:
                out[field] = m.group(2)
    return out


def fill_labelled_lines(records: list[dict]) -> None:
    """Empty type, place, outcome and summary filled in place from labelled lines, where
    most records label two of type, place and outcome."""
    sample = records[:SAMPLE]
    shown = sum(len(set(_values(r.get("raw") or "")) & set(SHOWN)) >= 2 for r in sample)
    if not sample or shown < MIN_SHARE * len(sample):
        return
    for rec in records:
        raw = rec.get("raw") or ""
        labelled = {" ".join(line.split()) for line in raw.splitlines() if _PART.match(line)}
        for field, value in _values(raw).items():
            if not rec.get(field) or " ".join(rec[field].split()) in labelled:
                rec[field] = value
