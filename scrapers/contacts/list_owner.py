"""Whose a number is, from the list it is an item of.

Pages list the bodies around a city ("Other offices people ask us about", "Utilities serving
...", "Connecting services") as items of one shape: a name, then its number. The owner rules
read each item's own words; every new set of pages named some bodies in ways no rule knew
("High Desert State Prison", "Omnitrans", "Gardena GTrans"). The list says it instead: where
most items of a list are decided other bodies' and an item's name does not say it is the city's
(the City or Town, the city's own name, or only words cities name their desks with), that item
is one more body of the list (owner ``unknown``: kept, shown, never proposed). A list with the
city's own desks in it keeps them: their names say so.

A list is a run of short items in one region under one heading, each holding one number after
a name, all of one kind: list items, table rows, or plain lines (a paragraph after a ``<ul>`` is
not one more item of it).
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.contacts.attribution import CITY_OWN
from prr.scrapers.contacts.layout import count_contacts
from prr.scrapers.contacts.named_owner import _is_city, _own_name

# An item: a name, a separator, the number, maybe a short note after ("(electric)", "ext. 2").
_ITEM = re.compile(r"^\W{0,3}(?P<name>[A-Z][^\n:|\u2013\u2014]{1,70}?)\s*(?:[:|,\u2013\u2014-]|\()\s*\(?\+?1?[\s.-]?\(?\d{3}")
MAX_ITEM = 140      # characters of an item's line: a sentence is not a list item
MIN_ITEMS = 3


def _item_name(line: str) -> str | None:
    m = _ITEM.match(line) if len(line) <= MAX_ITEM else None
    return m.group("name").strip() if m else None


def _names_city(name: str, city_tokens: frozenset[str], heading: str) -> bool:
    if CITY_OWN.search(name):
        return True
    words = [w for w in re.split(r"[\s/]+", re.sub(r"\([^)]*\)", " ", name)) if w]
    return not words or _own_name(words, city_tokens) or _is_city(words, city_tokens, heading)


def _same_list(a: tuple, b: tuple) -> bool:
    """Two lines of one list: same region and heading, and items of the same kind (list items,
    table rows, plain lines)."""
    return a[:2] == b[:2] and a[3] == b[3]


def _list_others(lines: list[tuple[str, str, str, str]], owners: list[str | None], city_tokens: frozenset[str],
                 masked: list[str]) -> list[int]:
    """For the page's lines in order, ``(region, heading, text, item kind)``, and the owner each
    line's one city-or-other number was given (None: no single number on it), the lines the list
    rule makes another body's: city-given items of a list mostly of other bodies whose names
    (read in ``masked``, the lines with the city's own named services masked) do not say the city."""
    found = []
    i = 0
    while i < len(lines):
        j, run = i, []
        while j < len(lines) and owners[j] is not None and _same_list(lines[j], lines[i]) \
                and _item_name(lines[j][2]) is not None:
            run.append(j)
            j += 1
        if len(run) >= MIN_ITEMS:
            others = sum(1 for k in run if owners[k] != "city")
            if others >= 2 and others * 2 >= len(run):
                found += [k for k in run if owners[k] == "city"
                          and not _names_city(_item_name(masked[k]) or "", city_tokens, lines[k][1])]
        i = max(j, i + 1)
    return found


def others_in_lists(blocks, phone_at: list[tuple], city_tokens: frozenset[str], mask) -> list:
    """The city-owned phone contacts the list rule makes another body's. ``phone_at``: each
    number as read, ``(block index, offset, its owner there, contact)``; ``mask``: the city's
    own named services masked in a line. A number given as the city's on another line too stays."""
    if not city_tokens or sum(1 for p in phone_at if p[2] != "city") < 2:
        return []
    at: dict[tuple[int, int], list] = {}
    for bi, start, owner, c in phone_at:
        at.setdefault((bi, blocks[bi].text.rfind("\n", 0, start) + 1), []).append((owner, c))
    lines, owners, found, masked = [], [], [], []
    for bi, block in enumerate(blocks):
        pos = 0
        for ln in block.text.split("\n"):
            here = at.get((bi, pos), [])
            one = len(here) == 1 and count_contacts(ln) <= 1      # (seven-digit numbers are not counted there)
            # (a list is items of one kind: a paragraph after a <ul> is not one of its items)
            lines.append((block.region, block.heading, ln, block.item))
            masked.append(mask(ln) if one else ln)
            owners.append(here[0][0] if one else None)
            found.append(here)
            pos += len(ln) + 1
    changed = {id(found[k][0][1]) for k in _list_others(lines, owners, city_tokens, masked)}
    city_reads = Counter(id(p[3]) for p in phone_at if p[2] == "city")
    return [c for c in {id(p[3]): p[3] for p in phone_at}.values()
            if id(c) in changed and c.owner == "city" and city_reads[id(c)] == 1]
