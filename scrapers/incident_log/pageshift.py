"""Pages printed at their own left offset: the text layer spaces each page's lines from
what is printed on it, so a page with text set between the margin and the body (a caption
left of the body, a stamp) has its body shifted right of the other pages'. An indent
compared across pages is corrected by each page's shift: how far its body margin (the
indent the lines wrapped under its entries' openings share) is from most pages' one."""
from __future__ import annotations

from collections import Counter


def page_shifts(doc, openings: list[int]) -> dict[int, int] | None:
    """How far each page's body is shifted from most pages', told by the lines right
    under ``openings`` that open nothing themselves (an entry's wrapped text), or None when
    no page is shifted (one-line entries tell nothing: indents then compare as printed)."""
    lines, skip, pages = doc.lines, doc.skip, doc.pages
    opening = set(openings)
    under: dict[int, Counter] = {}
    for i in openings:
        j = i + 1
        while j < len(lines) and j not in skip and not lines[j].strip():
            j += 1
        if j < len(lines) and j not in skip and j not in opening and pages[j] == pages[i]:
            under.setdefault(pages[i], Counter())[len(lines[j]) - len(lines[j].lstrip())] += 1
    margins = {p: c.most_common(1)[0][0] for p, c in under.items() if c.total() >= 2}
    if len(set(margins.values())) < 2:
        return None
    common = Counter(margins.values()).most_common(1)[0][0]
    return {p: m - common for p, m in margins.items() if m != common}
