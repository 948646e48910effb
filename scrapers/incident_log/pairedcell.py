"""A number cell of two numbers under a title of two names ("CFS No. / Case No." over
"2510200015 / CP25-0701", "Event # / Report #" over "E25-1001 / 25-00312"): two columns
printed in one. Each number goes where its own name says (the call or event number to
``record_no``, the case or report number to ``case_no``), as two columns would, rather
than the first number standing for both."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import is_id

_TWO = re.compile(r"\s*(\S+)\s*/\s*(\S+)\s*$")
_IDS = ("record_no", "case_no")


def split_paired_numbers(values: dict[str, str], mapping: dict, name: str, number: str) -> bool:
    """Split ``values[name]`` when it is exactly two numbers under a title of two names that
    each name a different number field; True when split (the cell then needs no other reading)."""
    if " / " not in name:
        return False
    titles = [t.strip() for t in name.split(" / ")]
    m = _TWO.match(values.get(name) or "")
    if len(titles) != 2 or not m or number not in m.groups() or not all(is_id(g) for g in m.groups()):
        return False
    cols = [column_for(t) for t in titles]
    if set(cols) != set(_IDS):
        return False
    first, second = m.groups()
    values[name], mapping[name] = first, cols[0]
    values[titles[1]], mapping[titles[1]] = second, cols[1]
    return True


_SLASH = re.compile(r"\s+/\s+")


def split_slashed_cell(values: dict[str, str], mapping: dict, names: list[str], lines: list[list[str]]) -> None:
    """A cell under a title of several names joined by slashes ("TYPE / PLACE / OUTCOME"),
    whose lines and slashes cut it into as many parts as the title has names ("THEFT" over
    "12 ELM ST / REPORT"): each part goes where its own name says. A cell cut otherwise
    stays whole, under the field its first name gives (nothing is guessed)."""
    for col, name in enumerate(names):
        if " / " not in name or not values.get(name) or mapping.get(name) is None:
            continue
        titles = [t.strip() for t in _SLASH.split(name)]
        fields = [column_for(t) for t in titles]
        if len(titles) < 2 or None in fields or len(set(fields)) < len(fields) or set(fields) & set(_IDS):
            continue
        cells = [parts[col] for parts in lines if col < len(parts) and parts[col]]
        parts = [p.strip() for cell in cells for p in _SLASH.split(cell)]
        # the slashes of the title printed between the values too (a cell that only wraps
        # onto as many lines as the title has names is one value)
        if len(parts) != len(titles) or not all(parts) or len(parts) == len(cells):
            continue
        del values[name], mapping[name]
        for title, field, part in zip(titles, fields, parts):
            values[title], mapping[title] = part, field
