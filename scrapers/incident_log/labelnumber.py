"""Blocks whose opening label carries their own number, the numbers lined up being others.

A labelled block may open with its own number right after its first label, then list
other numbers lower down: tickets of another desk, work orders, several to a line. The
number column may then be found on those lower lines and not on the opening ones: the
opening numbers can fail to make a column of their own, where every later block names one
of them again at the same place (a parent the whole log hangs under), which reads as
one number printed over and over. Each block's opening label then holds the record's
number: when nearly every block carries one there and they are all different, they
are the records' numbers, and the lined-up ones stay related numbers.
"""
from __future__ import annotations

from prr.scrapers.incident_log.parse import Doc

MIN_BLOCKS = 3
NEARLY_ALL = 0.9       # share of blocks whose opening label is followed by a number
ON_OPENING = 0.1       # at most this share of the lined-up numbers on the opening lines
_BETWEEN = " :#."      # what may stand between the label and its number


def opening_numbers(doc: Doc, starts: list[int], ids: dict[int, str], labels) -> dict[int, str] | None:
    """{opening line: number} for the blocks starting at ``starts``, or None where the
    lined-up numbers ``ids`` already stand on the opening lines (they are the blocks' own),
    where too few blocks open with a number, or where the numbers repeat."""
    if len(starts) < MIN_BLOCKS or sum(1 for a in starts if a in ids) > ON_OPENING * len(starts):
        return None
    hits = doc.label_hits(labels)
    out: dict[int, str] = {}
    for a in starts:
        end = next((h[3] for h in hits.get(a, ()) if h[0] == labels.anchor), None)
        if end is None:
            continue
        line = doc.lines[a]
        # the first number after the label, with nothing but spaces or a mark before it
        tok = next((t for x, t in doc.ids[a] if x >= end), None)
        if tok is not None and not line[end:line.find(tok, end)].strip(_BETWEEN):
            out[a] = tok
    if len(out) < NEARLY_ALL * len(starts) or starts[0] not in out or len(set(out.values())) < len(out):
        return None
    # (the opening numbers are none of the lined-up ones: those are another series)
    return None if set(out.values()) & set(ids.values()) else out
