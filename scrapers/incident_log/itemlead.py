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

A log grouped by something other than time (by zone, beat or category) prints one list per
group, its numbering starting again at 1 under each heading, and the records run out of
issue order, so their numbers do not rise. The list restarting at 1 says so; there the
numbers are taken when all print one shape with a separator (a year and a serial), which
no house number, time or count shares. An incident of two groups is printed in full under
one and cited again under the other by a one-line item repeating its number (a
cross-reference, without the incident's date and time): that item is no record.

A list may also number, among its incidents, updates on incidents listed earlier (under an
earlier day's heading): the item opens with a word of its own, not with a record's number,
and cites on its first line the number an earlier item is led by. Such an item is a
follow-up: no record, and no item whose lead the list failed to print, so the share of
items led by a number is taken over the others.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from prr.scrapers.incident_log.numberorder import RISING, rising_share
from prr.scrapers.incident_log.text import DATETIME_RE

MIN_ITEMS = 5
SAME_PLACE = 0.9        # of the items printing a number beside the list number, alike
# the list number, then (after at most one word) a number: digits, maybe letters and dashes,
# ending at a blank or a comma, a dash or the line end (a date's slash or a time's colon is no number;
# an en or em dash may be closed up to it, as typesetting prints it: "24-01000—Theft")
_LEAD = re.compile(r"^\s*(?:\d{1,4}[.)]|\(\d{1,4}\)|\[\d{1,4}\])\s+(?:([^\W\d_]+)\s+)?"
                   r"([A-Z]{0,4}-?\d[\dA-Z]*(?:-\d+)?)(?=\s|[,;.]\s|[–—]|$)")
_LIST_NO = re.compile(r"^\s*(?:(\d{1,4})[.)]|\((\d{1,4})\)|\[(\d{1,4})\])")
MIN_GROUPS = 2          # restarts of the list numbering that make it one list per group
_NUMBER = re.compile(r"(?<![\w/:.-])\d[\dA-Z-]*\d(?![\w/:]|\.\d)")


def lead_records(items: list[tuple[int, list[str]]],
                 read: Callable[[int, list[str], str], dict]) -> list[dict] | None:
    """The items' records (``read(page, lines, number)`` reads one from the item's lines
    without its lead and notes), or None when the
    items print no record number beside their list number."""
    heads = [_LEAD.match(lines[0]) for _, lines in items]
    led = [m for m in heads if m is not None]
    updates = _updates(items, heads)
    if len(led) < MIN_ITEMS or len(led) < SAME_PLACE * (len(items) - len(updates)):
        return None
    word, alike = Counter(m.group(1) for m in led).most_common(1)[0]
    numbers = [m.group(2) for m in led]
    grouped = _restarts(items) >= MIN_GROUPS
    cited = _cross_references(items, heads) if grouped else set()
    if alike < SAME_PLACE * len(led) or len(set(numbers)) < len(numbers) - len(cited):
        return None
    if rising_share(dict(enumerate(numbers))) < RISING and not (grouped and _one_shape(numbers)):
        return None
    records = []
    for k, ((page, lines), m) in enumerate(zip(items, heads)):
        if m is None or m.group(1) != word or k in cited:
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


def _restarts(items: list[tuple[int, list[str]]]) -> int:
    """How many times the list numbering starts again at 1 after the first item."""
    return sum(1 for _, lines in items[1:] 
               if (m := _LIST_NO.match(lines[0])) and int(next(g for g in m.groups() if g)) == 1)


def _one_shape(numbers: list[str]) -> bool:
    """All the numbers of one shape of digits with a separator (a year and a serial)."""
    shapes = {re.sub(r"\d", "9", n) for n in numbers}
    return len(shapes) == 1 and not shapes.pop().isdigit()


def _cross_references(items: list[tuple[int, list[str]]], heads: list) -> set[int]:
    """The items repeating a number printed in full by another item, without its date and
    time (an incident cited again under a second group); none when a repeat is no such item."""
    where: dict[str, list[int]] = {}
    for k, m in enumerate(heads):
        if m is not None:
            where.setdefault(m.group(2), []).append(k)
    out: set[int] = set()
    for ks in where.values():
        if len(ks) < 2:
            continue
        full = [k for k in ks if DATETIME_RE.search(" ".join(items[k][1]))]
        if len(full) != 1:
            return set()
        out.update(k for k in ks if k != full[0])
    return out


def _updates(items: list[tuple[int, list[str]]], heads: list) -> set[int]:
    """The items printing no number beside their list number whose first line cites the
    number an earlier item is led by (an update on an incident listed before)."""
    seen: set[str] = set()
    out: set[int] = set()
    for k, ((_, lines), m) in enumerate(zip(items, heads)):
        if m is not None:
            seen.add(m.group(2))
        elif seen.intersection(_NUMBER.findall(lines[0])):
            out.add(k)
    return out


def _opens_like(line: str, word: str) -> bool:
    """An unnumbered line opening as the items do after their list number: the word, a number."""
    parts = line.split(None, 2)
    return len(parts) >= 2 and parts[0] == word and bool(_NUMBER.fullmatch(parts[1].rstrip(",;:")))
