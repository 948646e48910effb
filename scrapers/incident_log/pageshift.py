"""Pages printed at their own left offset: the text layer sets each page's lines from its
leftmost text, so a page with something printed further left (a caption, a stamp) has all
its lines shifted right. An indent compared across pages is taken from each page's body
margin: the indent most of its text lines share."""
from __future__ import annotations

from collections import Counter


def body_margins(doc) -> dict[int, int] | None:
    """Each page's body margin, or None when every page has the same one (indents then
    compare as printed)."""
    by_page: dict[int, Counter] = {}
    for i, line in enumerate(doc.lines):
        if i in doc.skip or not line.strip():
            continue
        by_page.setdefault(doc.pages[i], Counter())[len(line) - len(line.lstrip())] += 1
    margins = {p: c.most_common(1)[0][0] for p, c in by_page.items()}
    return margins if len(set(margins.values())) > 1 else None
