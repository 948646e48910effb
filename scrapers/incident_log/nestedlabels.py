"""A block's opening label printed again in a sub-block nested inside a block: no block's start.

A block citing another incident may print, under its own lines, the cited incident's
labels once more (its number, nature and report time) as a sub-block set in from the
block's margin under a lead-in line closed by a colon:

    Incident No.:   26-0410                     Reported:  02/04 20:57
    Disposition:    Duplicate
        Linked incident (duplicate of):
        Incident No.: 26-0407     Nature: Theft     Reported: 02/03 16:56

The label finder finds the opening label there too, so each sub-block would open a record
of its own (a copy of a listed block, or an earlier incident that is no record of the log).

Told from the layout alone: the opening label's hits stand at the blocks' own margin (the
column most of a page's hits start in); a hit set in right of it, on the line right under a
lead-in line ending with a colon that starts where the hit does, itself right under a line
of the block set further left (no blank line between: inside the block), is the nested
copy. Only where most hits stand at the margin, so a log whose blocks are all indented
alike keeps every hit. The nested line opens no block and gives the block no values (its
labels name the cited incident's number, nature and time): it is read as the block's text.
"""
from __future__ import annotations

from collections import Counter

_ROUNDING = 1       # characters layout text may shift a line's start by


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def nested_label_lines(doc, hits: dict, labels) -> set[int]:
    """Lines where the opening label starts a sub-block nested inside a block (see the
    module's docstring); else none."""
    at: dict[int, int] = {}
    for i, hs in hits.items():
        if i in doc.skip:
            continue
        for h in hs:
            if h[0] == labels.anchor:
                at[i] = h[2]
                break
    lines = doc.lines
    # (cheap test first: a hit in from the line's start under a line ending with a colon)
    near = [i for i, x in at.items() if x > _ROUNDING and i > 1 and lines[i - 1].rstrip().endswith(":")]
    if not near:
        return set()
    # (layout text sets each page by its own widest line: the margin is told per page)
    cols: dict[int, Counter] = {}
    for i, x in at.items():
        cols.setdefault(doc.pages[i], Counter())[x] += 1
    margin = {page: c.most_common(1)[0][0] for page, c in cols.items()}
    nested = set()
    for i in near:
        x = at[i]
        if x <= margin[doc.pages[i]] + _ROUNDING or doc.pages[i - 1] != doc.pages[i]:
            continue
        lead, above = lines[i - 1], lines[i - 2]
        if abs(_indent(lead) - x) > _ROUNDING or i - 1 in at:
            continue
        # the lead-in inside the block: right under one of its lines, set further left
        if above.strip() and _indent(above) < _indent(lead) - _ROUNDING:
            nested.add(i)
    return nested if 2 * len(nested) < len(at) else set()
