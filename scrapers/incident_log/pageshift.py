"""Pages printed at their own left offset: the text layer spaces each page's lines from
what is printed on it, so a page with text set between the margin and the body (a caption
left of the body, a stamp) has its body shifted right of the other pages'. An indent
compared across pages is taken from each page's body margin: the indent most lines under
the opening lines share on that page."""
from __future__ import annotations

from collections import Counter


def body_margins(doc, openings: list[int]) -> dict[int, int] | None:
    """Each page's body margin, told by the lines right under ``openings`` (an entry's
    text, or the next entry when entries take one line), or None when every page has
    the same one (indents then compare as printed)."""
    lines, skip, pages = doc.lines, doc.skip, doc.pages
    under: dict[int, Counter] = {}
    for i in openings:
        j = i + 1
        while j < len(lines) and j not in skip and not lines[j].strip():
            j += 1
        if j < len(lines) and j not in skip and pages[j] == pages[i]:
            under.setdefault(pages[i], Counter())[len(lines[j]) - len(lines[j].lstrip())] += 1
    margins = {p: c.most_common(1)[0][0] for p, c in under.items()}
    return margins if len(set(margins.values())) > 1 else None
