"""Offences listed under their label in a labelled block, one a line: "Charges:" alone on
its line, then indented lines of a statute code and the offence ("ORS 164.245   Criminal
Trespass II"). Read as one value, the lines were one type; they are the record's
offences, each its last cell when every line opens with a code (a cell with digits).

Looked at only for labelled blocks whose type is the lines of a bare label, from each
record's own raw lines.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import squash

_GAP = re.compile(r"\s{2,}")
_LABEL_ALONE = re.compile(r":[^\S\n]*(?:\n|\Z)")     # a line ending in its label's colon


def _listed(raw: list[str], kind: str) -> list[str] | None:
    for i, line in enumerate(raw):
        if not line.rstrip().endswith(":") or _GAP.search(line.strip()):
            continue
        depth = len(line) - len(line.lstrip())
        items = []
        for item in raw[i + 1:]:
            if not item.strip() or len(item) - len(item.lstrip()) <= depth:
                break
            items.append(_GAP.split(item.strip()))
        if not items or squash(" ".join(" ".join(c) for c in items)) != squash(kind):
            continue
        if all(len(c) >= 2 and any(ch.isdigit() for ch in c[0]) for c in items):
            return [" ".join(c[1:]) for c in items]
        return [" ".join(c) for c in items]
    return None


def listed_offences(records: list[dict]) -> None:
    """Each record's type read from one line per offence, where its label stands alone."""
    for rec in records:
        kind = rec.get("type")
        if not kind or not rec.get("raw") or not _LABEL_ALONE.search(rec["raw"]):
            continue        # (no line ends in a colon: no label stands alone, most records)
        items = _listed(rec["raw"].split("\n"), kind)
        if items:
            rec["offences"] = items
            rec["type"] = " // ".join(items)
