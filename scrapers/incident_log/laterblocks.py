"""A journal's later entries printed as blocks: follow-up blocks citing a case's number again.

An activity log in blocks prints each case's first block where the case opened and, days or
weeks later among other cases' blocks, follow-up blocks (supplements) that open with the same
number on a line laid out like the first one's (number, kind of entry, date: as many cells),
so the line-based test of :func:`anchors.later_citations` cannot tell them. Their blocks can:
a follow-up block is shorter than the block that opened its number (it prints no place, type
or outcome again). Nearly every case may have one, so they are told so up to half the column
(a minority still: the cases are the records). The follow-up's whole block is the case's: its
lines are skipped while the records are read and joined to the case (``journalupdates.py``),
its other numbers (a supplement's, a citation's) related to it.
"""
from __future__ import annotations

from prr.scrapers.incident_log.text import cells

MIN_FIRSTS = 2        # cases opened before any follow-up is believed
MAX_SHARE = 0.5       # follow-up blocks: at most this share of the column's lines
THINNER = 0.9         # share of follow-up blocks shorter than their case's opening block


def later_blocks(lines: list[str], members: dict[int, str], pages: list[int]) -> dict[int, str]:
    """The lines of the blocks that cite a number opened higher up (its first line and the
    block's other lines, to the next number or the page's end) -> that number, when those
    blocks are a minority, nearly all opening with a line laid out as their number's first and
    shorter than its block, with lines of their own; {} otherwise."""
    order = sorted(members)
    blocks: dict[int, list[int]] = {}
    for k, i in enumerate(order):
        end = order[k + 1] if k + 1 < len(order) else len(lines)
        blocks[i] = [j for j in range(i + 1, end) if pages[j] == pages[i] and lines[j].strip()]
    opened: dict[str, int] = {}
    later: list[int] = []
    for i in order:
        if members[i] in opened:
            later.append(i)
        else:
            opened[members[i]] = i
    if not later or len(later) > MAX_SHARE * len(order) or len(opened) < MIN_FIRSTS:
        return {}
    # the first line laid out as the case's (thinner lines are ``later_citations``'s, and a
    # narrative or transcript citing a number again lays it out otherwise); a follow-up
    # prints lines of its own under it (an index listing the numbers again prints none, a
    # table's rows neither: a block of one line is no follow-up)
    alike = sum(1 for i in later if len(cells(lines[i])) == len(cells(lines[opened[members[i]]])))
    thinner = sum(1 for i in later if 0 < len(blocks[i]) < len(blocks[opened[members[i]]]))
    if min(alike, thinner) < THINNER * len(later):
        return {}
    return {j: members[i] for i in later for j in (i, *blocks[i])}
