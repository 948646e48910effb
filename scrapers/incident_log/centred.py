"""Entries set in centred type: every line, an entry's first as well as its wrapped ones,
centred on the page, so the lines opening entries start at as many indents as there are
line lengths.

The entry reader keeps the numbered lines of the entries' form at one indent (within a
character): a number cited in a sentence and wrapped to the start of a line stands
deeper. In a centred paragraph no line starts at a fixed left edge; the entries opening
a character or three further in are entries all the same, and keeping one indent drops
the rest (or several indents keep about half).

Told from the lines themselves, never from a word: the lines of the form start at several
indents, yet nearly all of them have their middle at one place (within a few characters),
and so do the lines right under them, an entry's wrapped text, though they start at
indents far apart (a hanging indent's wrapped lines start at one indent and their middles
wander with their length). Then every line of the form centred there opens an entry.
"""
from __future__ import annotations

from collections import Counter

NEAR = 3            # characters a centred line's middle may wander (the text layer's spacing)
CENTRED = 0.9       # of the lines, those centred at the common middle
MIN_UNDER = 3       # wrapped lines needed to tell anything
SPREAD = 2 * NEAR   # characters the wrapped lines' indents span (the middle eight tenths)


def centred_openings(doc, lines: list[int]) -> set[int]:
    """The lines of ``lines`` (entries' numbered first lines) centred with the wrapped
    lines under them; empty when the entries are not set centred."""
    text = doc.lines
    if len(lines) < MIN_UNDER or len({_indent(text[i]) for i in lines}) < 3:
        return set()
    middles = Counter(_middle(text[i]) for i in lines)
    at = max(middles, key=lambda m: sum(n for c, n in middles.items() if abs(c - m) <= NEAR))
    centred = {i for i in lines if abs(_middle(text[i]) - at) <= NEAR}
    if len(centred) < CENTRED * len(lines):
        return set()
    opening = set(lines)
    under = []
    for i in lines:
        j = i + 1
        if j < len(text) and j not in opening and j not in doc.skip and text[j].strip():
            under.append(j)
    if len(under) < MIN_UNDER:
        return set()
    # centred at the same middle while starting at many indents: the wrapped text of centred
    # paragraphs (a hanging indent's wrapped lines start at one indent, their middles wander)
    indents = sorted(_indent(text[j]) for j in under)
    cut = len(indents) // 10
    if indents[-1 - cut] - indents[cut] < SPREAD or \
            sum(1 for j in under if abs(_middle(text[j]) - at) <= NEAR) < CENTRED * len(under):
        return set()
    return centred


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _middle(line: str) -> float:
    return (_indent(line) + len(line.rstrip())) / 2
