"""The record-opening label read as the end of a longer label: no record starts there.

A block's opening label ("Event No.:") can come back inside the block as the last words of
another label of the same kind ("Linked Event No.:", "Earlier Event No.:"), followed by a
number of the record's own shape. The label finder keeps the shorter label (it comes back
in every block, the longer one in some), and its pattern finds it inside the longer one
too, so each such line would open a record of its own.

Told from the layout alone: the opening label's own hits open their cell (the line's
start, or after a gap of two spaces or more); a hit with one or two words set one space
before it, those words themselves opening the cell, is the longer label's when that cell
opens where the opening label's own hits stand (a label of the block's own column, not a
heading over sections printed elsewhere, "OFFENCE GROUP:" over blocks with "GROUP:" far right,
which other passes read). Only where most of the opening label's hits open their cell, so
a document whose labels all carry a word before them (the finder's choice among variants)
keeps every hit.

Labels right-aligned on one colon gutter ("      Incident:" over " Related Incident:") never
open their cells at one column: the longer label's opens left of the others. It is told
then by the gutter: where the labels of nearly every two label lines one under the other
end together (within the character or two layout text rounds right-aligned words by), their
values starting at one column, while their starts differ (labels of different lengths), a
longer label ending on its own block's gutter, its value where theirs stands, is one.

The word before it may also be a label of its own, closed by a colon, whose value cites
another entry by the opening label and its number ("Replaces: Seq. No. 7710", "Supersedes:
Event No. ..."): the same, when a number follows the opening label as on the lines that do
open a block (a legend line explaining the labels, "KEY: CASE# case number", is not one).
"""
from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[./&()-])*")      # a label's word, as labels.py reads them
_MOST = 0.6             # share of the opening label's hits that must open their cell
_LINED = 0.9            # share of label lines ending their label on one gutter: right-aligned
_MIN_PAIRS = 4
_ROUNDING = 2           # characters right-aligned labels' ends may differ by in layout text
_WORDS_BEFORE = 2       # the label finder's reach: up to two words before a marked label
_CITING = re.compile(r"[^\W\d_]+:")     # a label of its own, closed by a colon
_NUMBER_NEXT = re.compile(r"\s*#?\s*\w*\d")      # the opening label's value: a number


def longer_start(line: str, start: int, end: int | None = None) -> int | None:
    """Where a longer label ending in the label at ``start`` opens its cell: one or two
    words before it, each one space from the next, the first at the line's start or after
    a gap; or one label closed by a colon, opening its cell, citing by the label a number
    (the label's ``end`` given); None when the label opens its cell itself."""
    x = start
    for _ in range(_WORDS_BEFORE):
        if x < 2 or line[x - 1] != " " or line[x - 2] == " ":
            return None         # the label opens the line or follows a gap: its own cell
        w = line.rfind(" ", 0, x - 1) + 1
        if x == start and end is not None and _CITING.fullmatch(line, w, x - 1):
            # a label's value citing another entry by its number
            cell = not line[:w].strip() or line[w - 2:w] == "  "
            return w if cell and _NUMBER_NEXT.match(line, end) else None
        if not _WORD.fullmatch(line, w, x - 1):
            return None         # a value's number or mark before it, not a label's word
        if not line[:w].strip() or line[w - 2:w] == "  ":
            return w
        x = w
    return None


def inside_longer_label(doc, hits: dict, labels) -> set[int]:
    """Lines where the opening label's hit ends a longer label (``longer_start``) opening
    in the column of the label's own hits, when most of its hits open their cell; else none."""
    at: dict[int, int] = {}
    ends: dict[int, int] = {}
    for i, hs in hits.items():
        if i in doc.skip:
            continue
        for h in hs:
            if h[0] == labels.anchor:
                at[i], ends[i] = h[2], h[3]
                break
    # (a label two characters or less from the line's start opens its cell: no call for it,
    # the usual case, a block's label at the margin)
    lines = doc.lines
    longer = {i: w for i, x in at.items() if x > 1 and (w := longer_start(lines[i], x, ends[i])) is not None}
    if not longer or len(at) - len(longer) < _MOST * len(at):
        return set()
    # (layout text sets each page by its own widest line: the column is told per page)
    own: dict[int, Counter] = {}
    for i, x in at.items():
        if i not in longer:
            own.setdefault(doc.pages[i], Counter())[x] += 1
    column = {page: c.most_common(1)[0][0] for page, c in own.items()}
    inside = {i for i, x in longer.items() if doc.pages[i] in column and abs(x - column[doc.pages[i]]) <= 1}
    if len(inside) < len(longer) and _gutter(doc, hits, set(longer)):
        # labels right-aligned on one gutter: the longer label's cell opens further left, and
        # it ends by the labels of its own block, its value where theirs stand
        inside |= {i for i in longer if _on_gutter(doc, hits, i, ends[i])}
    return inside


def _value_at(line: str, end: int) -> int:
    """Where the value after a label ending at ``end`` starts."""
    return len(line) - len(line[end:].lstrip()) if line[end:].strip() else -1


def _on_gutter(doc, hits: dict, i: int, end: int) -> bool:
    """The label ending at ``end`` on line ``i`` stands on the gutter of the label lines right
    above or under it (the same block: no blank line between): it ends within a character or
    two of theirs (layout text rounds the widths of right-aligned words), its value where
    theirs starts."""
    value = _value_at(doc.lines[i], end)
    for step in (-1, 1):
        j = i + step
        if j in hits and j not in doc.skip and doc.pages[j] == doc.pages[i]:
            h = hits[j][0]
            if abs(h[3] - end) <= _ROUNDING and abs(_value_at(doc.lines[j], h[3]) - value) <= 1:
                return True
    return False


def _gutter(doc, hits: dict, longer: set[int]) -> bool:
    """The labels are right-aligned on one gutter: on nearly every two label lines one under
    the other, the values start at one column and the labels end within a character or two
    of each other, while in most of them the labels start at different columns (labels of
    different lengths; flush-left labels start at one)."""
    pairs = lined = apart = 0
    for i, hs in hits.items():
        j = i + 1
        if i in doc.skip or i in longer or j not in hits or j in longer or j in doc.skip \
                or doc.pages[j] != doc.pages[i]:
            continue
        h, g = hs[0], hits[j][0]
        pairs += 1
        lined += abs(h[3] - g[3]) <= _ROUNDING and abs(_value_at(doc.lines[i], h[3]) - _value_at(doc.lines[j], g[3])) <= 1
        apart += h[2] != g[2]
    return pairs >= _MIN_PAIRS and lined >= _LINED * pairs and apart >= 0.5 * pairs
