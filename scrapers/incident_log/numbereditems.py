"""Entries opened by an item number counting up: ``1.``, ``2)``, ``(3)``, ``[4]``.

An index or a list prints one item per incident with no blank line between items, each
opened by its place in the list; the item number is no record number (it counts the
list), but it says where each entry starts. Lines opened by such a marker whose numbers
run on by one (a few breaks allowed: a list restarted on a later page) part the text into
entries, each running to the next marker or to a blank line (a page's foot). Which number
inside the entries is the record's is left to the caller (the series cited once in most).

A digest of short lists, one under each heading (a day's summary, a shift's report), starts
its numbering again at 1 under every heading: with lists of a few items each the restarts
are many steps of the count, yet each is the count starting over, not a break in it. Where
the items' text hangs (below), a step back to 1 after lines outside any item (the next
heading) counts as a step of the count: the hanging text tells the items apart from the
lines between the lists, which a list whose lines run on at the margin does not.

An item whose text hangs under the number (its later lines set in to where its first line's
text starts: ``12.   Case ...`` over ``      text``) may wrap a number to the start of a
line (``      276. Status: ...``: a badge number): a marker standing at the item's text
column, not the next number, is the item's text, not an item. Where the items of the list
hang so, a line set left of the text (an item count, a closing line under the last item) is
no part of the item above it."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.numberorder import steps_by_one

MIN_ITEMS = 5
MIN_RUN = 0.9       # of the marker lines whose number is the one before plus one
HANGING = 0.9       # of the items' second lines set in to their item's text column
_MARKER = re.compile(r"^\s{0,8}(?:(\d{1,4})[.)]|\((\d{1,4})\)|\[(\d{1,4})\])\s+\S")


def numbered_items(page_texts: list[str]) -> list[tuple[int, list[str]]]:
    """(page, lines) of each item, or [] when the text is not a list of numbered items."""
    items: list[tuple[int, list[str]]] = []
    columns: list[int] = []         # each item's text column (where its first line's text starts)
    numbers: list[int] = []
    restarts = 0        # steps back to 1 after lines outside any item (a list under a new heading)
    current: list[str] | None = None
    outside = False
    for page, text in enumerate(page_texts, start=1):
        for line in text.splitlines():
            m = _MARKER.match(line)
            if m and current is not None and _wrapped(line, m, columns[-1], numbers[-1]):
                m = None
            if m:
                n = int(next(g for g in m.groups() if g))
                restarts += bool(n == 1 and numbers and numbers[-1] > 1 and outside)
                numbers.append(n)
                columns.append(m.end() - 1)
                current = [line]
                items.append((page, current))
                outside = False
            elif not line.strip():
                current = None
            elif current is not None:
                current.append(line)
            else:
                outside = True
    if len(items) < MIN_ITEMS:
        return []
    hung = _hangs(items, columns)
    if steps_by_one(numbers) + (restarts if hung else 0) < MIN_RUN * (len(numbers) - 1):
        return []
    return [(page, [ln.strip() for ln in lines]) for page, lines in (_cut(items, columns) if hung else items)]


def _wrapped(line: str, m: re.Match, column: int, last: int) -> bool:
    """A number wrapped to the start of a line of the item above, whose text hangs at
    ``column``: the marker stands at that column (set in past the list's numbers) and is
    not the next item's number."""
    indent = len(line) - len(line.lstrip())
    return indent == column and indent > 0 and int(next(g for g in m.groups() if g)) not in (last + 1, 1)


def _hangs(items: list[tuple[int, list[str]]], columns: list[int]) -> bool:
    """Nearly every item's second line stands at its item's text column."""
    second = [(lines[1], col) for (_, lines), col in zip(items, columns) if len(lines) > 1]
    return len(second) >= MIN_ITEMS and sum(1 for ln, col in second if _indent(ln) == col) >= HANGING * len(second)


def _cut(items: list[tuple[int, list[str]]], columns: list[int]) -> list[tuple[int, list[str]]]:
    """The items, each cut before its first later line set left of its text column."""
    out = []
    for (page, lines), col in zip(items, columns):
        cut = next((k for k, ln in enumerate(lines[1:], start=1) if _indent(ln) < col), len(lines))
        out.append((page, lines[:cut]))
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
