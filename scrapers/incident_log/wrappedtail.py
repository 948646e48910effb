"""A sentence's last word wrapped onto a line of its own: no row of another series.

Numbered items whose second line is prose ("Location: ... Disposition: Arrest made. Unit
2B16.") wrap that line at the page's width, and the last word, a unit's code of capitals
and digits, may fall alone onto the next line, set in under the item where its number
column stands. It looks like a number of another shape in the record column; it is the
close of the line above: the line holds nothing but the token and its full stop, and the
line above breaks off mid-sentence (no closing punctuation).

Judged only among the column's own rows (from its first number to its last row), where its
numbers stand as cells of their own (led by the line's start or a wide gap, as table rows
and numbered items print them): a column of numbers inside sentences is found by chance,
and lines before or after the column (paragraphs ahead of a small table) are other
readers' to settle.
"""
from __future__ import annotations

CELL_SHARE = 0.8        # share of the column's numbers that open a cell of their own
LAST_ROW_LINES = 3      # lines the column's last row may run on under its number
_CLOSING = ".;:!?)]"


def cell_column(lines: list[str], members: dict[int, str]) -> range:
    """The column's lines, its first number to its last row's lines, where its numbers
    nearly all open a cell (the line's start or a gap of two spaces before them), not
    words inside sentences; else an empty range."""
    opening = 0
    for i, tok in members.items():
        x = lines[i].find(tok)
        opening += x >= 0 and (not lines[i][:x].strip() or lines[i][:x].endswith("  "))
    if not members or opening < CELL_SHARE * len(members):
        return range(0)
    return range(min(members), max(members) + LAST_ROW_LINES + 1)


def wrapped_tail(lines: list[str], i: int, token: str) -> bool:
    """Whether line ``i`` is only ``token`` closing the sentence the line above left open."""
    if lines[i].strip() != token + ".":
        return False
    above = next((ln.rstrip() for ln in reversed(lines[max(0, i - 3):i]) if ln.strip()), "")
    return bool(above) and above[-1] not in _CLOSING and above[-1].isalpha()
