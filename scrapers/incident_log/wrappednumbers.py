"""Numbers wrapped to the start of a row's carried-on line: cited in its text, no row.

A table whose record number stands after other cells on each row (a date and a time, then
the number) prints each row's narrative on indented lines under it. When a narrative cites
a number (a tow record, another agency's case, often of the records' own shape) and the
line wraps right before it, ``pdftotext -layout`` prints that number alone at the start of
a narrative line, a few characters off the number column: near enough for the column's
tolerance to take it as a row of its own, and the record it belongs to is cut in two.

Told from the layout, not from any prefix: most of the column's numbers (``LED_SHARE``)
have cells before them on their line, these have none; and they stand where the lines
between the rows start (the narrative's indent), not where the column's numbers stand.
Such lines stay their record's text, their numbers its related numbers.
"""
from __future__ import annotations

from collections import Counter

LED_SHARE = 0.6         # share of the column's numbers with cells before them on their line
MIN_LED = 3
MIN_INDENTED = 3        # carried-on lines at the narrative's indent that establish it


def without_wrapped_numbers(found, lines: list[str], ids_by_line: list[list[tuple[int, str]]], skip: set[int]):
    """The number column without the lines whose number opens a carried-on line at the
    narrative's indent (``found`` itself when there are none)."""
    if found is None or found.kind != "id_column" or len(found.lines) < MIN_LED:
        return found
    at: dict[int, int] = {}
    led: list[int] = []
    # (stops as soon as too few numbers can have cells before them: a column printed first)
    unled_allowed = len(found.lines) - max(MIN_LED, LED_SHARE * len(found.lines))
    unled = 0
    for i in found.lines:
        tok = found.ids[i]
        for x, t in ids_by_line[i]:
            if t == tok:
                at[i] = x
                if lines[i][:x].strip():
                    led.append(i)
                else:
                    unled += 1
                break
        else:
            unled += 1
        if unled > unled_allowed:
            return found
    if len(led) < MIN_LED or len(led) < LED_SHARE * len(found.lines):
        return found
    column_x = Counter(at[i] for i in led).most_common(1)[0][0]
    indent = _narrative_indent(found, lines, skip)
    if indent is None or abs(indent - column_x) <= 1:
        return found
    drop = {i for i, x in at.items() if not lines[i][:x].strip() and abs(x - indent) <= 1}
    if not drop:
        return found
    keep = [i for i in found.lines if i not in drop]
    return type(found)(found.kind, keep, {i: found.ids[i] for i in keep}, found.column, found.updates,
                       found.others, found.counts)


def _narrative_indent(found, lines: list[str], skip: set[int]) -> int | None:
    """The indent most lines between the column's rows start at (they not being rows), or None
    when no indent is shared by enough of them: the rows carry no indented text."""
    members = set(found.lines)
    indents = Counter()
    for i in range(found.lines[0] + 1, found.lines[-1]):
        line = lines[i]
        if i in members or i in skip or not line.strip():
            continue
        indents[len(line) - len(line.lstrip())] += 1
    if not indents:
        return None
    indent, n = indents.most_common(1)[0]
    return indent if indent and n >= MIN_INDENTED else None
