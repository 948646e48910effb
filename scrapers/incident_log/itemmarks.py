"""Numbered items whose item number OCR misread: the entry still opens there.

A list of numbered items (``4.  E26-00869 — Reported ...``) photographed or scanned comes
back from OCR with some item numbers read as marks or letters (``ai``, ``3,``, ``S$;``, a
bare ``2``): those lines no longer open the way the other items do, and their entries were
run into the item above. Told from the items themselves: where the entries open with an
item number before the record number, a line whose record number stands where the items'
numbers stand (within a character of their most common column), after one short token
(three characters at most) hanging in the gutter before it (two blanks or more) and
followed as theirs are (or by an underscore where theirs print a dash: a blurred shot's
dash read low), opens an entry too, when its number lies between the numbers of the
items just before and after it (the series rising).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from prr.scrapers.incident_log.entryform import _ITEM_MARK, opening_form
from prr.scrapers.incident_log.text import shape

MAX_MARK = 3        # characters of the misread item number
NEAR = 1            # character the number may stand off the items' column
# the mark hangs in the list's number gutter, blanks between it and the number (a mark one
# blank before it may be a sentence's first word, or a list the paragraph reader reads)
GUTTER = "  "
_DASHES = "-\u2013\u2014"


def _dash_read(follow: str, dash: str, after: str) -> bool:
    """An underscore standing alone where the items print a dash after the number: OCR's
    reading of a dash a blurred shot has smeared down to the baseline."""
    return follow == "_" and dash in _DASHES and after[1:2] == " "


def _value(token: str) -> int:
    digits = "".join(ch for ch in token if ch.isdigit())
    return int(digits) if digits else -1


def misread_item_lines(doc, found, at_x: dict[int, tuple[int, str]], lines: list[int], best: tuple) -> list[int]:
    """Lines opened by a misread item number, to join ``lines`` (those opening as ``best``)."""
    if len(best) != 3 or best[1] != _ITEM_MARK or not lines:
        return []
    column = Counter(at_x[i][0] for i in lines if i in at_x).most_common(1)[0][0]
    order = sorted(lines)
    out = []
    for i, token in found.ids.items():
        if i in at_x and i in lines or i in doc.skip or shape(token) != best[0]:
            continue
        line = doc.lines[i]
        x = line.find(token)
        before = line[:x].split()
        if x < 0 or abs(x - column) > NEAR or len(before) != 1 or len(before[0]) > MAX_MARK or \
                not line[:x].endswith(GUTTER):
            continue
        after = line[x + len(token):].lstrip()
        follow = "" if not after else "a" if after[0].isalnum() else after[0]
        if not (follow == best[2] or _dash_read(follow, best[2], after)) or opening_form(line, x, token) == best:
            continue
        j = bisect_left(order, i)
        low = _value(found.ids.get(order[j - 1], "")) if j > 0 else -1
        high = _value(found.ids.get(order[j], "")) if j < len(order) else float("inf")
        if low < _value(token) < high:
            out.append(i)
    return out
