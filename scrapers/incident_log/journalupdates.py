"""A journal's later lines on a record: updates citing its number, joined to it.

A dispatch or activity journal prints each incident's first line where it opened and,
further down among other incidents' lines, a thinner line per later event citing the same
number (a note, a status, a booking made on it). :func:`anchors.later_citations` tells
them from the lines that open records; they are skipped while the records are read (they
would fill a neighbour's cells) and joined here to the record whose number they cite:
their text under ``fields["updates"]`` (a line each, in one string) and their other
numbers as related numbers.
"""
from __future__ import annotations

from prr.scrapers.incident_log.record import add_field_line
from prr.scrapers.incident_log.text import find_ids, squash


def join_updates(doc, updates: dict[int, str], records: list[dict]) -> None:
    """Each update line to the record it cites (in place); a line citing no record read
    is left out, as it was."""
    if not updates:
        return
    by_number: dict[str, dict] = {}
    for rec in records:
        for key in ("record_no", "case_no"):
            if rec.get(key):
                by_number.setdefault(rec[key], rec)
    for i in sorted(updates):
        rec = by_number.get(updates[i])
        if rec is None:
            continue
        line = doc.lines[i]
        add_field_line(rec, "updates", squash(line))
        related = rec.setdefault("related_numbers", [])
        for _, tok in find_ids(line):
            if tok != updates[i] and tok not in related and tok not in (rec.get("record_no"), rec.get("case_no")):
                related.append(tok)
