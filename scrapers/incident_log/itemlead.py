"""Numbered items whose record number stands beside the list number: ``7. Job 5520 - ...``.

A digest printed as a numbered list opens each item with its place in the list and, right
after it (alone or after one word that names it), the number of the record the item
reports. The list number counts the items and is no record's; the number beside it is. The
numbered-paragraphs reader looks for the series cited once in most items and takes only
shapes that alone read as ids: a plain number of four digits reads as a year, a time or a
house number (the items' places print the same shape), so no series was found and no record
was read.

The layout gives the number away by where it stands, not by its shape: nearly every item
prints a number at the same place of its first line (after the list number, after the
same word or none), the values all different and rising through the list as a desk issues
them. Those are the records' numbers. A time, a date or a year stands there with repeats
or with a separator of its own, and is not taken.

An item may carry, on a later line, an unnumbered line opening as the items open (the same
word, then a number: ``Job 5517 - withdrawn, same as 5512.``): a note on another request
printed under the item (a duplicate closed into an earlier one), no record of the list and
no part of this item's values. Its numbers are the item's related numbers; the line stays
in the item's printed text.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from prr.scrapers.incident_log.numberorder import RISING, rising_share

MIN_ITEMS = 5
SAME_PLACE = 0.9        # of the items printing a number beside the list number, alike
# the list number, then (after at most one word) a number: digits, maybe letters and dashes,
# ending at a blank or a comma, a dash or the line end (a date's slash or a time's colon is no number;
# an en or em dash may be closed up to it, as typesetting prints it: "24-01000—Theft")
_LEAD = re.compile(r"^\s*(?:\d{1,4}[.)]|\(\d{1,4}\)|\[\d{1,4}\])\s+(?:([^\W\d_]+)\s+)?"
                   r"([A-Z]{0,4}-?\d[\dA-Z]*(?:-\d+)?)(?=\s|[,;]\s|[–—]|$)")
_NUMBER = re.compile(r"(?<![\w/:.-])\d[\dA-Z-]*\d(?![\w/:]|\.\d)")


def lead_records(items: list[tuple[int, list[str]]],
                 read: Callable[[int, list[str], str], dict]) -> list[dict] | None:
    """The items' records (``read(page, lines, number)`` reads one from the item's lines
    without its lead and notes), or None when the
    items print no record number beside their list number."""
    heads = [_LEAD.match(lines[0]) for _, lines in items]
    led = [m for m in heads if m is not None]
    if len(led) < MIN_ITEMS or len(led) < SAME_PLACE * len(items):
        return None
    word, alike = Counter(m.group(1) for m in led).most_common(1)[0]
    numbers = [m.group(2) for m in led]
    if alike < SAME_PLACE * len(led) or len(set(numbers)) < len(numbers):
        return None
    if rising_share(dict(enumerate(numbers))) < RISING:
        return None
    records = []
    for (page, lines), m in zip(items, heads):
        if m is None or m.group(1) != word:
            continue
        notes = [ln for ln in lines[1:] if word and _opens_like(ln, word)]
        # the first line without the list number, the word and the record number (and a
        # dash or colon after them): what the item says about the record opens there
        first = lines[0][m.end():].lstrip().lstrip("-–—:").strip()
        rec = read(page, [first] + [ln for ln in lines[1:] if ln not in notes], m.group(2))
        cited = [n for ln in notes for n in _NUMBER.findall(ln)]
        rec["related_numbers"] = list(dict.fromkeys(rec.get("related_numbers", []) + cited))
        rec["raw"] = "\n".join(lines)
        records.append(rec)
    return records


def _opens_like(line: str, word: str) -> bool:
    """An unnumbered line opening as the items do after their list number: the word, a number."""
    parts = line.split(None, 2)
    return len(parts) >= 2 and parts[0] == word and bool(_NUMBER.fullmatch(parts[1].rstrip(",;:")))
