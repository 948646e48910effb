"""Labelled blocks whose labels are padded into a column of their own, the values far right.

A block's labels may be long (printed in two languages, "Número de caso / Case number:")
and all set in one column, each value at one position well to their right. The value of
the label that opens each block is then further from it than a block reader's usual
reach; it is taken as the label's value where the record-opening label's values stand at
one position on most of its lines, each the only cell left on its line (a table's title
row has several titles after wide gaps, and its words stand at no steady position).
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.columns import is_title_line

MIN_LINES = 2
_STEADY_SHARE = 0.8


def more_anchors(doc, hits: dict, labels, near: list[int]) -> list[int]:
    """``near`` (the lines where the opening label's value stands right after it), or the
    lines where it stands at its page's steady position far right, when those are more."""
    if len(near) == len(hits):
        return near
    far = label_anchors(doc, hits, labels)
    return far if len(far) > len(near) else near


def label_anchors(doc, hits: dict, labels) -> list[int]:
    """Lines where the opening label's value stands at the column most of its values share."""
    at: dict[int, int] = {}
    for i, hs in hits.items():
        if i in doc.skip:
            continue
        for label, _, _, end in hs:
            if label != labels.anchor:
                continue
            line = doc.lines[i]
            rest = line[end:]
            value = rest.strip()
            if value and "   " not in value and not is_title_line(line):
                at[i] = end + len(rest) - len(rest.lstrip())
            break
    if len(at) < MIN_LINES:
        return []
    # one position per page: layout text spaces each page by its own widest line
    by_page: dict[int, Counter] = {}
    for i, x in at.items():
        by_page.setdefault(doc.pages[i], Counter())[x] += 1
    column = {page: c.most_common(1)[0][0] for page, c in by_page.items()}
    steady = sorted(i for i, x in at.items() if abs(x - column[doc.pages[i]]) <= 1)
    return steady if len(steady) >= _STEADY_SHARE * len(at) else []
