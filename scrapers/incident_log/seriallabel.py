"""Of two labels naming a record number, the one whose values run in series.

A labelled block may print two numbers of one shape side by side, each under a label
that names a number ("Ref. No.:" beside "Incident No.:", "Linked #:" beside "Event #:"):
one is the record's own, the other a reference to a paper of another kind (a grievance, a
disciplinary report, a claim) or a word saying there is none. Both labels name a record
number, so the first one read would give the id and the record's own number would be lost
among the related ones.

Told from the values, not the words: the record's own number is printed in every block,
each block's different, of one shape, and they run in series down the log (each block's
higher than the one above, or each lower in a log printed newest first). A reference is
missing from some blocks (blank, "none"), or its numbers come from several series
interleaved (two kinds of paper, each counting on its own), so they do not run in order.
Where exactly one of the labels naming the same number holds such a series, it keeps the
name and the others stay in ``fields`` only (their numbers are related numbers).

The same series tells the record's label where no label's words name a number and the
number found lined up down the page (by which a label was chosen) runs in no series
(``series_over_values``).
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import is_id, shape

SAMPLE = 400            # blocks looked at (a series shows in its first hundreds)
MIN_BLOCKS = 5          # fewer blocks tell no series
PRESENT = 0.95          # of the blocks holding a number under the label
ONE_SHAPE = 0.9         # of the numbers of the label's most common shape
IN_ORDER = 0.9          # of neighbouring numbers running the same way
_DIGITS = re.compile(r"\d+")


def series_labels(fields: list[str], named: list[str | None], blocks: list[dict[str, str]]) -> list[str | None]:
    """``named`` (each label's common field) with the labels that share a number field
    with the one label holding the blocks' own series named nothing; ``blocks``: each
    block's values by label."""
    blocks = blocks[:SAMPLE]
    if len(blocks) < MIN_BLOCKS:
        return named
    out = list(named)
    for col in ("record_no", "case_no"):
        labels = [k for k, n in enumerate(named) if n == col]
        if len(labels) < 2:
            continue
        # (only labels whose words name a number: a label named so by its values alone
        # is already the one the reader chose)
        labels = [k for k in labels if column_for(fields[k]) in ("record_no", "case_no")]
        own = [k for k in labels if _in_series([(b.get(fields[k]) or "").strip() for b in blocks])]
        if len(own) == 1 and len(labels) >= 2:
            for k in labels:
                if k != own[0]:
                    out[k] = None
    return out


def _in_series(values: list[str]) -> bool:
    """A number in (nearly) every block, all different, of one shape, in order."""
    numbers = [v for v in values if v and " " not in v and is_id(v)]
    if len(numbers) < PRESENT * len(values) or len(set(numbers)) < len(numbers):
        return False
    if Counter(map(shape, numbers)).most_common(1)[0][1] < ONE_SHAPE * len(numbers):
        return False
    keys = [tuple(map(int, _DIGITS.findall(n))) for n in numbers]
    pairs = list(zip(keys, keys[1:]))
    up = sum(1 for a, b in pairs if b > a)
    return max(up, len(pairs) - up) >= IN_ORDER * len(pairs)


def series_over_values(fields: list[str], blocks: list[dict[str, str]], id_col: int | None) -> int | None:
    """Of labels whose words name no number, the one holding the blocks' own numbers:
    ``id_col`` (the label holding the number found lined up down the page), unless its
    values do not run in series while another label's do. A form printing every label,
    filled or not, may line up a unit or officer code at each block's line end, found as
    a column of numbers; the record's number is then the label printed in every block,
    each block's different and in order (an earlier case cited under its own label is
    blank in most blocks, so it holds no series): the first such label in the block's
    order (a call or dispatch number in series too comes after it)."""
    sample = blocks[:SAMPLE]
    if id_col is None or len(sample) < MIN_BLOCKS:
        return id_col
    if _in_series([(b.get(fields[id_col]) or "").strip() for b in sample]):
        return id_col
    for k, f in enumerate(fields):
        if _in_series([(b.get(f) or "").strip() for b in sample]):
            return k
    return id_col
