"""A record's labelled line near the top of every page: the record's, not the page's.

A log of one record a page (a slide deck's incident slides, a speaker-notes print, one
form a sheet) prints the same labels at the same height on every page, so a labelled
line of the record ("When: 10/01/2025 1205", "Reported: 10/03/2025 00:47") stands among
the first lines of most pages with one shape: the furniture test (``pagefurniture.furniture``)
takes it for a page head's stamp, and the record loses its date (and a block whose first
label is that line loses its start).

Told apart from a page head's stamp ("Printed: 10/05/2025 14:33", "Period: 10/01/2025 -
10/31/2025") by what stands around it: the line is a label and its value, its value is
another on every page (a stamp printed at once repeats), and right under it, with no
blank line between, stands another labelled line that is no furniture (the record's next
value; a page head's stamp stands over other head lines, column titles or a gap).
Such lines are kept as the record's lines.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.pagefurniture import mask

# "Label: value" (one to three words of label), the value opening with a digit for the
# furniture line (a date, a time, a number) and with anything for the line under it
_LABELLED_NUMBER = re.compile(r"\s*[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s+\d")
_LABELLED = re.compile(r"\s*[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s+\S")
MIN_PAGES = 3       # a shape seen on fewer pages says nothing


def record_lines_among(found: list[int], lines: list[str]) -> set[int]:
    """The lines among the furniture lines ``found`` that are a record's labelled values."""
    furniture = set(found)
    groups: dict[str, list[int]] = {}
    for i in found:
        if _LABELLED_NUMBER.match(lines[i]):
            groups.setdefault(mask(lines[i]), []).append(i)
    out: set[int] = set()
    for rows in groups.values():
        values = {lines[i].strip() for i in rows}
        if len(rows) < MIN_PAGES or len(values) < len(rows):
            continue        # a value printed twice: a stamp or a page head's period
        if all(_value_line_under(i, lines, furniture) for i in rows):
            out.update(rows)
    return out


def _value_line_under(i: int, lines: list[str], furniture: set[int]) -> bool:
    """Right under line ``i`` (no blank line between) another labelled line, no furniture."""
    j = i + 1
    return j < len(lines) and j not in furniture and _LABELLED.match(lines[j]) is not None \
        and mask(lines[j]) != mask(lines[i])
