"""Sub-items nested under a list's entries: a bulleted log whose entries carry indented
follow-up bullets (a citation written, a booking, "follow-up on" an earlier case of the
same series). The entries are the items at the list's outer indent; a deeper item, and
the lines wrapped under it, belongs to the entry above and is no entry of its own, so
the numbers it cites are not the entry's own (an earlier case cited again would make the
series look cited twice). Read from the document: the marks and indents are the list's
own, whatever the mark (a bullet, a dash, an asterisk)."""
from __future__ import annotations

import re

# a list mark: a bullet-like glyph, a dash or an asterisk, then a space
_MARK = re.compile(r"^( *)([•·▪◦‣○●■□►▸–—*-]) +\S")
MIN_ITEMS = 5


def is_item(line: str) -> bool:
    return _MARK.match(line) is not None


def outer_lead(lines: list[str], skip) -> int | None:
    """How far the list's outer items are set in, where the text has a list of them."""
    marked = [len(m.group(1)) for i, line in enumerate(lines) if i not in skip and (m := _MARK.match(line))]
    if len(marked) < MIN_ITEMS:
        return None
    outer = min(marked)
    return outer if marked.count(outer) >= MIN_ITEMS else None


def nested_lines(lines: list[str], skip, outer: int | None) -> set[int]:
    """The lines of items set deeper than the list's outer items (``outer``: their lead),
    and the lines wrapped under them (until a line set no deeper than the outer items):
    empty where the text has no list with both (a regular expression per line)."""
    if outer is None:
        return set()
    out: set[int] = set()
    deep = None         # the lead of the nested item being read, if any
    for i, line in enumerate(lines):
        if i in skip or not line.strip():
            deep = None
            continue
        lead = len(line) - len(line.lstrip())
        if _MARK.match(line):
            deep = lead if lead > outer + 1 else None
        elif deep is not None and lead < deep:
            deep = None
        if deep is not None:
            out.add(i)
    return out
