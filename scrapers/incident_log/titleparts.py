"""A column titled by two names ("Units / Dispo"), each record's lines holding the first
name's values and then a line led by the second name's own word ("Dispo Unfounded").

The column's values are read as one cell, the lines joined: "CSU15 CSU11 Dispo
Unfounded" is no disposition. When nearly every record's cell holds one of the title's
names as a word followed by a value, and that name says which field it is, the value
after the word is that field's and the text before it the other name's (the units).
Told from the title and the cells, whatever the words.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for

MIN_LED = 0.8       # share of the records whose cell holds the name's word before a value


def split_titled_parts(records: list[dict]) -> None:
    """Each two-name column whose second value is led by its name: split, in place."""
    titles = {t for rec in records[:50] for t in (rec.get("fields") or {}) if " / " in t}
    for title in sorted(titles):
        parts = [p.strip() for p in title.split(" / ")]
        if len(parts) != 2 or not all(parts):
            continue
        for k, part in enumerate(parts):
            field = column_for(part)
            if field not in ("disposition", "type", "location") or column_for(parts[1 - k]) == field:
                continue
            if _split(records, title, part, parts[1 - k], field):
                break


def _split(records: list[dict], title: str, part: str, other: str, field: str) -> bool:
    led = re.compile(rf"(?:^|\s){re.escape(part)}\s+(\S.*)$", re.IGNORECASE)
    cells = [(rec, (rec.get("fields") or {}).get(title)) for rec in records]
    hits = [(rec, value, led.search(value)) for rec, value in cells if value]
    if len(hits) < MIN_LED * len(records) or sum(1 for *_, m in hits if m) < MIN_LED * len(hits):
        return False
    for rec, value, m in hits:
        if not m or rec.get(field) != value:
            continue
        rec[field] = m.group(1).strip()
        fields = rec["fields"]
        del fields[title]
        fields[part] = rec[field]
        before = value[:m.start()].strip()
        if before:
            fields[other] = before
    return True
