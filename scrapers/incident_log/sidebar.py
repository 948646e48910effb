"""A side column printed beside labelled blocks (a newsletter's counts by type, safety tips
right of a rule), sharing text lines with the blocks: its words were read as the end of
whatever value stood on the same line (``Lot 7  Burglary: 3`` as the place).

Told from the blocks' own lines: text after a wide gap starting at one position right of
the values, on many lines, and lines holding only text at that position (the side column
going on where no block line is), none of it a label of the blocks (blocks set in two
columns of labels are not this). The block lines are then read up to that position."""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

MIN_LINES = 5
SAMPLE = 400            # block lines looked at to tell the side column
MIN_X = 30              # where a side column may start, right of the labels and values
_GAP_THEN_TEXT = re.compile(r"\S( {4,})(?=\S)")


def cut_side_column(clean: list[str], spans, by_line: dict) -> None:
    """Blank the side column's text in ``clean`` (the block lines, in place) when there is one."""
    gaps: Counter = Counter()
    alone: Counter = Counter()
    sample = list(islice((i for s, e in spans for i in range(s, e) if clean[i].strip()), SAMPLE))
    for i in sample:
        line = clean[i]
        lead = len(line) - len(line.lstrip())
        if lead >= MIN_X:
            alone[lead] += 1
    if sum(alone.values()) < 2:
        return
    # (hits are (label, line, start, end) tuples)
    ends = {i: [h[3] for h in hits] for i, hits in by_line.items()}
    starts = [h[2] for hits in by_line.values() for h in hits]
    for i in sample:
        line = clean[i]
        lead = len(line) - len(line.lstrip())
        for m in _GAP_THEN_TEXT.finditer(line):
            # a gap after a value (not the one between a label and its value)
            label_end = max((e for e in ends.get(i, ()) if e <= m.start() + 1), default=lead)
            if m.end() >= MIN_X and line[label_end:m.start() + 1].strip():
                gaps[m.end()] += 1
    if not gaps:
        return
    x, n = gaps.most_common(1)[0]
    near = sum(alone[x + d] for d in (-1, 0, 1))
    if n < MIN_LINES or near < 2 or any(h >= x - 1 for h in starts):      # (labels there: two columns of blocks)
        return
    for i in (i for s, e in spans for i in range(s, e) if clean[i].strip()):
        if len(clean[i]) > x - 1 and not clean[i][x - 2:x].strip():
            clean[i] = clean[i][:x - 1].rstrip()
