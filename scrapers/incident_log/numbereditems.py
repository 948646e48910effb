"""Entries opened by an item number counting up: ``1.``, ``2)``, ``(3)``, ``[4]``.

An index or a list prints one item per incident with no blank line between items, each
opened by its place in the list; the item number is no record number (it counts the
list), but it says where each entry starts. Lines opened by such a marker whose numbers
run on by one (a few breaks allowed: a list restarted on a later page) part the text into
entries, each running to the next marker or to a blank line (a page's foot). Which number
inside the entries is the record's is left to the caller (the series cited once in most)."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.numberorder import steps_by_one

MIN_ITEMS = 5
MIN_RUN = 0.9       # of the marker lines whose number is the one before plus one
_MARKER = re.compile(r"^\s{0,8}(?:(\d{1,4})[.)]|\((\d{1,4})\)|\[(\d{1,4})\])\s+\S")


def numbered_items(page_texts: list[str]) -> list[tuple[int, list[str]]]:
    """(page, lines) of each item, or [] when the text is not a list of numbered items."""
    items: list[tuple[int, list[str]]] = []
    numbers: list[int] = []
    current: list[str] | None = None
    for page, text in enumerate(page_texts, start=1):
        for line in text.splitlines():
            m = _MARKER.match(line)
            if m:
                numbers.append(int(next(g for g in m.groups() if g)))
                current = [line.strip()]
                items.append((page, current))
            elif not line.strip():
                current = None
            elif current is not None:
                current.append(line.strip())
    if len(items) < MIN_ITEMS:
        return []
    return items if steps_by_one(numbers) >= MIN_RUN * (len(numbers) - 1) else []
