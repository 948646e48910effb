"""Labelled blocks each announced by its position in the log, on a line of its own.

Accessible and large-print exports of a log (read aloud by a screen reader) put a line such
as ``Record 12 of 80`` or ``Item 3 of 44`` above each record's first label: the record's
position and the log's total, the same word and total on every block, the position going up
by one from block to block. That line is the record's first line, not the last line of the
block above it (which the labels alone would give it). A record cut by a page break is
resumed at the top of the next page under its position again, marked continued
(``Record 12 of 80, continued``): the same record goes on, so a repeated position never opens
a block; when the break falls between the announcement and the record's first label, the
record starts at the announcement above the break.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.parse import Doc

# "Record 12 of 80", "Item 3 of 44", "Incident no. 7 of 52"; a resumption adds a mark after
# it ("Record 12 of 80, continued", "Item 3 of 44 (cont.)")
_POSITION = re.compile(r"^\s*(?P<word>[A-Z][A-Za-z]+(?: [A-Za-z]+\.?)?)\s+(?:#\s*)?(?P<n>\d{1,5})\s+of\s+"
                       r"(?P<total>\d{1,5})(?P<rest>.*)$")
_RESUMED = re.compile(r"^[\s,;:.(\[-]*(?:continued|cont(?:'d|inued|\.)?)[\s).\]]*$", re.IGNORECASE)
MIN_SHARE = 0.9       # of the blocks announced so: the layout's, not a line that happens to read so


def _position(line: str) -> tuple[str, int, int, bool] | None:
    """(word, position, total, resumed) of a position line, or None."""
    m = _POSITION.match(line)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if rest and not _RESUMED.match(rest):
        return None     # "Page 3 of 11. Records line ...": more than a position
    return m.group("word"), int(m.group("n")), int(m.group("total")), bool(rest)


def position_starts(doc: Doc, starts: list[int]) -> list[int]:
    """The blocks' first lines moved up to the position lines announcing them, where nearly
    every block is announced so (one word, one total, positions counting up by one)."""
    lines, skip = doc.lines, doc.skip
    if len(starts) < 3:
        return starts
    moved: dict[int, int] = {}          # block -> its announcement's line
    runs: set[tuple[str, int, int]] = set()     # (word, total, position - block) of every block
    prev = -1
    for k, a in enumerate(starts):
        j, first, key = a - 1, None, None
        # back over blank lines, page furniture and the record's resumption under a break
        # (when the break falls between the announcement and the first label) to the
        # announcement; a position of another record, or any other line, ends the look
        while j > prev:
            text = lines[j]
            pos = _position(text) if text.strip() else None
            if pos is not None and (pos[3] or j not in skip):
                if key is not None and (pos[0], pos[1]) != key:
                    break
                key = (pos[0], pos[1])
                if not pos[3]:
                    first = j
                    runs.add((pos[0], pos[2], pos[1] - k))
            elif text.strip() and j not in skip:
                break
            j -= 1
        if first is not None:
            moved[k] = first
        prev = a
    if len(moved) < MIN_SHARE * len(starts) or len(runs) != 1:
        return starts       # not every block announced, or not one count running through them
    return [moved.get(k, a) for k, a in enumerate(starts)]
