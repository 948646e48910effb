"""A labelled block whose first line is a heading of cells: the number, the type, a status.

A dashboard or an app prints each incident as a card: a heading line with the number, the
type in bold beside it and a status chip at the right (``QS-010801   Vandalism   • No
Report``), then labelled lines under it. The labels give the other values; the heading's
cells are unlabelled, left out of every field. Where nearly every block (80%) has no type
and its first line holds the number then two or three cells, the cell right after the
number is the type and, with three cells or more, the last one (a chip's bullet left out)
the disposition, when their values repeat like categories. A service desk's ticket
heads the same way (``#72647   Shoplifting - 900 BLK NORCOTT RD   Status: ...``): a
labelled cell is left out, a cell ``type - address`` gives the type and the place, and a
type read from a label whose value is the same on every record (the queue's name) gives way.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import ADDRESS
from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.text import cells

MIN_SHARE = 0.8
_CHIP = "•·●○◦▪■-* "
_LABELLED = re.compile(r"^[A-Z][\w .#/]{0,24}:(?:\s|$)")     # "Status: Resolved": a label's cell


def read_card_heads(records: list[dict]) -> None:
    """Type and disposition from the blocks' heading cells (in place)."""
    if len(records) < 5:
        return
    # a type that is the same on every record (a queue's name, "DPS") says nothing of what happened
    # (told at the first record of another type: most logs stop at their second record)
    first_type = records[0].get("type")
    untyped = all(r.get("type") == first_type for r in records)
    if not untyped and sum(1 for r in records if not r.get("type")) < MIN_SHARE * len(records):
        return
    # (read in order, stopping at the miss after which 80% can no longer have a heading: where
    # blocks open with no card heading, only the first few are read; exact, not a sample)
    heads, misses = [], 0
    for r in records:
        heads.append(_head(r))
        if not heads[-1]:
            misses += 1
            if len(records) - misses < MIN_SHARE * len(records):
                return
    kinds = [_kind_place(h[0])[0] for h in heads if h]
    outcomes = [h[-1] for h in heads if h and len(h) >= 2]
    if len(set(kinds)) > 0.5 * len(kinds):
        return      # no categories: a title, a name
    with_outcome = len(outcomes) >= MIN_SHARE * len(kinds) and len(set(outcomes)) <= 0.5 * len(outcomes)
    for rec, head in zip(records, heads):
        if not head or (rec.get("type") and not untyped):
            continue
        summary = rec.get("summary") or ""
        at = summary.find(head[0], 0, len(head[0]) + 3)
        if at >= 0:     # the heading read as the narrative's first words (its number's "#" before it)
            rec["summary"] = summary[at + len(head[0]):].strip() or None
        kind, place = _kind_place(head[0])
        rec["type"], rec["offences"] = kind, [kind]
        if place and not rec.get("location"):
            rec["location"] = place
        if with_outcome and len(head) >= 2 and not rec.get("disposition"):
            rec["disposition"] = head[-1]


def _kind_place(cell: str) -> tuple[str, str | None]:
    """"Shoplifting - 900 BLK NORCOTT RD": the type and the place after a dash."""
    kind, dash, place = cell.partition(" - ")
    return (kind.strip(), place.strip()) if dash and ADDRESS.search(place.strip()) else (cell, None)


def _head(rec: dict) -> list[str] | None:
    """The heading's cells after the number (one to three; labelled ones left out), or None."""
    number = record_number(rec)
    first = (rec.get("raw") or "").split("\n", 1)[0]
    if "  " not in first and first.isprintable():
        return None     # (one cell: no two spaces, no other white space (all unprintable) parting cells)
    found = [c[2] for c in cells(first) if not _LABELLED.match(c[2])]
    if not number or not found or found[0].lstrip("#") != number or not 2 <= len(found) <= 4:
        return None
    return [c.lstrip(_CHIP).strip() for c in found[1:]]
