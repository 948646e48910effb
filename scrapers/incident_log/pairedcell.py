"""A number cell of two numbers under a title of two names ("CFS No. / Case No." over
"2510200015 / CP25-0701", "Event # / Report #" over "E25-1001 / 25-00312"): two columns
printed in one. Each number goes where its own name says (the call or event number to
``record_no``, the case or report number to ``case_no``), as two columns would, rather
than the first number standing for both.

The two may also be printed side by side with one space between them, under their two
titles run together the same way ("CAD Event Case No" over "26-118471 26-004508"): no gap
parts the columns, so the table reads one. The title's words are parted where one side
names a dispatch's or log's count (a call, event or CAD number) and the other a case
number, and the cell must hold exactly two numbers: each then goes where its side says.
(A cell of two numbers under a title naming one series stays whole.)"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.casenumber import _series_rank as series_rank
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import is_id

_TWO = re.compile(r"\s*(\S+)\s*/\s*(\S+)\s*$")
_SPACED = re.compile(r"\s*(\S+)\s+(\S+)\s*$")
_IDS = ("record_no", "case_no")


def _run_together(name: str) -> tuple[list[str], list[str]] | None:
    """The two titles of a title run together, and the fields they name, where one side
    names a count of calls or events and the other a case number; the shortest such right
    side ("CAD Event | Case No", not "CAD | Event Case No"); else None."""
    words = name.split()
    for i in range(len(words) - 1, 0, -1):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        ranks = (series_rank(left), series_rank(right))
        if ranks == (0, 3) and column_for(right) == "case_no":
            return [left, right], ["record_no", "case_no"]
        if ranks == (3, 0) and column_for(left) == "case_no":
            return [left, right], ["case_no", "record_no"]
    return None


def split_paired_numbers(values: dict[str, str], mapping: dict, name: str, number: str) -> bool:
    """Split ``values[name]`` when it is exactly two numbers under a title of two names that
    each name a different number field; True when split (the cell then needs no other reading)."""
    if " / " in name:
        titles = [t.strip() for t in name.split(" / ")]
        m = _TWO.match(values.get(name) or "")
        cols = [column_for(t) for t in titles]
    elif (parted := _run_together(name)) is not None:
        (titles, cols), m = parted, _SPACED.match(values.get(name) or "")
    else:
        return False
    if len(titles) != 2 or not m or number not in m.groups() or not all(is_id(g) for g in m.groups()):
        return False
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
