"""A number heading every block against a label naming another number: which is the record's.

Labelled blocks may each open with the record's own number, the lined-up number the blocks
were found by (on a line of its own over the labels, a card's title bar), and print inside,
under a label whose word names a record number ("CAD No.:", "Call #:", "Event No.:"), the
number of the dispatch call the record came from. The label's word makes its value the id,
so the number the block opens with would be lost among the related numbers.

Told from the numbers, not the label's words: a dispatch numbers every call, and only some
calls make a record, so the call series runs far ahead of the blocks (many numbers skipped
between two blocks) while the blocks' own series skips few, the same as two numbered labels
of one card (``denserseries.py``). Where every block has its number and a different value
under one such label, and the blocks' numbers are clearly the denser series, the label
names nothing (its values stay in ``fields``, a related number of the record); where the
label's series is the denser, or neither clearly is, it keeps the id as before. (A serial
restarting each day, "2024-091-003", covers the span of one day's serials: still dense.)

Not where the block's number stands inside a labelled value (it is that label's, or a piece
of a longer number under it), where the blocks' numbers are of several shapes, or where the
label's value comes again in the next blocks: several papers of one incident, each with a
number of its own, the label's number the incident's.
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.denserseries import DENSER, density
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import is_id, shape

SAMPLE = 400            # blocks looked at (a series shows in its first hundreds)
MIN_BLOCKS = 5          # fewer blocks tell no series
PRESENT = 0.95          # of the blocks holding both numbers
ONE_SHAPE = 0.9         # of the blocks' numbers of their most common shape


def heading_numbers(fields: list[str], named: list[str | None], blocks: list[dict[str, str]],
                    numbers: dict[int, str]) -> list[str | None]:
    """``named`` (each label's common field) with the one label naming the record number
    named nothing where the blocks' own numbers (``numbers``, by block) are the denser
    series; ``blocks``: each block's values by label."""
    blocks = blocks[:SAMPLE]
    labels = [k for k, n in enumerate(named) if n == "record_no"]
    if len(blocks) < MIN_BLOCKS or len(labels) != 1 or column_for(fields[labels[0]]) != "record_no":
        return named
    label = fields[labels[0]]
    pairs = []
    for k, block in enumerate(blocks):
        n, v = numbers.get(k), (block.get(label) or "").strip()
        # (the block's number stands apart from its labels, a title bar's: inside a value
        # it is that label's, or a piece of a longer number the label holds)
        if n and v and " " not in v and is_id(v) and not any(n in x for x in block.values() if x):
            pairs.append((n, v))
    own, calls = [n for n, _ in pairs], [v for _, v in pairs]
    # (both numbers in nearly every block, each block's different: a label's value printed
    # again in the next blocks is one incident's, several papers each numbered on its own)
    if len(pairs) < PRESENT * len(blocks) or len(set(own)) < len(own) or len(set(calls)) < len(calls):
        return named
    if Counter(map(shape, own)).most_common(1)[0][1] < ONE_SHAPE * len(own):
        return named
    dense = density(own)
    if not dense or dense < DENSER * density(calls):
        return named
    out = list(named)
    out[labels[0]] = None
    return out
