"""A spreadsheet's long numbers shown in exponent form, set where the column's numbers stand.

A number of more than eleven digits typed into a spreadsheet as a number, not as text, is
shown by the General format in exponent form ("2.60311E+11"), right-aligned in its cell as
numbers are, while the same column's numbers kept as text stand left-aligned. The cell is
still the record's number (its digits cannot be recovered: it is kept as printed), but
standing at the cell's right edge it is no longer in the column where the records'
numbers line up. Told from the page: the exponent form stands after the same leading text
(a form's label, or nothing) as the numbers of the other lines, which start further left,
and the cell is blank from there to it; it is moved back to their start.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import find_ids

# Excel's and Calc's General format: one digit, up to five decimals, a positive exponent
EXPONENT = re.compile(r"(?<![\w.])\d\.\d{1,5}E\+\d\d(?![\w.])")
MIN_ALIKE = 3           # lines with the same leading text and a number at one column


def left_exponent_cells(page_texts: list[str]) -> list[str] | None:
    """The pages with each exponent-form number moved left to where the numbers after the
    same leading text start, or None when no such number is on them."""
    if not any("E+" in text and EXPONENT.search(text) for text in page_texts):
        return None
    pages = [text.split("\n") for text in page_texts]
    starts: dict[str, Counter] = {}     # leading text -> columns where its numbers start
    for lines in pages:
        for line in lines:
            ids = find_ids(line)
            if ids and not EXPONENT.fullmatch(ids[0][1]):
                at = ids[0][0]
                starts.setdefault(line[:at].rstrip(), Counter())[at] += 1
    changed = False
    for lines in pages:
        for i, line in enumerate(lines):
            m = EXPONENT.search(line) if "E+" in line else None
            if m is None:
                continue
            lead = line[:m.start()].rstrip()
            column, count = (starts.get(lead) or Counter()).most_common(1)[0] if lead in starts else (None, 0)
            if count < MIN_ALIKE or column >= m.start() or column < len(lead) + 1:
                continue        # no column of numbers after this text, or the cell is not right of it
            pad = m.start() - column
            lines[i] = line[:column] + m.group() + " " * pad + line[m.end():]
            changed = True
    return ["\n".join(lines) for lines in pages] if changed else None
