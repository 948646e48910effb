"""A pivot table's group lines: each group's values on a line of their own above its rows.

A report grouped by one field, then another (a BI tool's pivot: district, then type)
prints each group's value once, on a line of its own in the group's column, and the rows
under it leave those columns empty: the rows start further right, where the record
number's column is. A group line names every row below it until the next line names that
column again (a line naming an outer column resets the inner ones); a line opening the
group's column with numbers only in the rows' part is the group's count (a subtotal, a
total) and no row. Told from the document itself: record rows (lines with a record
number) that leave a left part of the line empty, titled in the header above the first
row, and lines between them holding only short words in that left part. The group values
are written into each row's empty cells, at their titles' places, and the group and count
lines are left out: the rest is read as a plain table.
"""
from __future__ import annotations

from prr.scrapers.incident_log.text import DATE_RE, cells, find_ids

MIN_ROWS = 6
MIN_GROUP_LINES = 3
MIN_LEFT = 8            # the rows' empty part: at least this many characters wide
MAX_WORDS = 6
SAMPLE_PAGES = 3
TOLERANCE = 2           # characters a column's place moves from one page's text to another's


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _is_count(text: str) -> bool:
    return text.replace(",", "").isdigit()


def pivot_rows(page_texts: list[str]) -> list[str] | None:
    """The pages with each group's values written into its rows and the group and count
    lines left out, or None when the pages are no such pivot."""
    sample = [ln for page in page_texts[:SAMPLE_PAGES] for ln in page.splitlines()]
    # cheap test first: many lines indented past a left part, a few lines inside it
    if sum(1 for ln in sample if _indent(ln) >= MIN_LEFT) < MIN_ROWS:
        return None
    x0 = _row_start(sample)
    if x0 is None:
        return None
    levels = _levels(sample, x0)
    if levels is None:
        return None
    current: list[str] = [""] * len(levels)     # (a group goes on past a page break)
    out = []
    for page in page_texts:
        lines = page.splitlines()
        # (each page's text sets its columns a little apart: its own rows' start)
        starts = sorted(_indent(ln) for ln in lines if ln.strip() and find_ids(ln))
        here = starts[len(starts) // 10] if starts and abs(starts[len(starts) // 10] - x0) <= 2 * TOLERANCE else x0
        out.append("\n".join(_rewrite(lines, here, levels, current)))
    return out


def _row_start(lines: list[str]) -> int | None:
    """Where the record rows start: nearly all lines with a record number start at the same
    place or further right, past an empty left part."""
    starts = [_indent(ln) for ln in lines if ln.strip() and find_ids(ln)]
    if len(starts) < MIN_ROWS:
        return None
    starts.sort()
    x0 = starts[len(starts) // 10]
    if x0 < MIN_LEFT or sum(1 for x in starts if x >= x0 - 1) < 0.9 * len(starts):
        return None
    return x0


def _group_cells(line: str, x0: int) -> list[tuple[int, int, str]] | None:
    """The cells of a group line: words only in the left part, no number, date or record number."""
    if not line.strip() or len(line.rstrip()) >= x0 - 1 or find_ids(line) or DATE_RE.search(line):
        return None
    cs = cells(line)
    if not cs or any(len(c[2].split()) > MAX_WORDS or not c[2][0].isalnum() for c in cs):
        return None
    return cs


def _levels(lines: list[str], x0: int) -> list[int] | None:
    """Where each group column starts (outer first): the header's titles, above the first
    row, that the group lines between the rows start under (nearly all of them do)."""
    first = next((i for i, ln in enumerate(lines) if ln.strip() and _indent(ln) >= x0 - 1 and find_ids(ln)), None)
    if first is None:
        return None
    top = first
    while top > 0 and _group_cells(lines[top - 1], x0):
        top -= 1        # the groups named right above the first row
    starts = [c[0] for ln in lines[top:] if (cs := _group_cells(ln, x0)) for c in cs]
    if sum(1 for ln in lines[top:] if _group_cells(ln, x0)) < MIN_GROUP_LINES:
        return None
    for ln in reversed(lines[max(0, top - 12):top]):
        cs = cells(ln)
        if len(cs) < 3 or find_ids(ln) or DATE_RE.search(ln) or not any(c[0] >= x0 - 2 for c in cs):
            continue
        levels = [c[0] for c in cs if c[0] < x0 - 2 and any(abs(c[0] - x) <= TOLERANCE for x in starts)]
        near = sum(1 for x in starts if any(abs(x - a) <= TOLERANCE for a in levels))
        return levels if levels and near >= 0.8 * len(starts) else None
    return None


def _level(x: int, levels: list[int]) -> int | None:
    k = min(range(len(levels)), key=lambda j: abs(levels[j] - x))
    return k if abs(levels[k] - x) <= TOLERANCE else None


def _header_at(lines: list[str], x0: int, levels: list[int]) -> int:
    """The page's header line (titles over each group column and over the rows), or -1:
    the lines above it (the report's title) are no group lines."""
    for i, ln in enumerate(lines):
        if find_ids(ln):
            return -1
        cs = cells(ln)
        if len(cs) >= len(levels) + 2 and not DATE_RE.search(ln) and any(c[0] >= x0 - 2 for c in cs) and \
                all(any(abs(c[0] - x) <= TOLERANCE for c in cs) for x in levels):
            return i
    return -1


def _rewrite(lines: list[str], x0: int, levels: list[int], current: list[str]) -> list[str]:
    top = _header_at(lines, x0, levels)
    out = lines[:top + 1]
    for ln in lines[top + 1:]:
        cs = _group_cells(ln, x0)
        if cs and all(_level(c[0], levels) is not None for c in cs):
            # a group line: the columns it names, the inner ones reset
            for c in cs:
                k = _level(c[0], levels)
                current[k] = c[2]
                for j in range(k + 1, len(levels)):
                    current[j] = ""
            continue
        if _count_line(ln, x0, levels):
            continue        # a group's count (a subtotal, a total): no row
        if ln.strip() and _indent(ln) >= x0 - 1 and find_ids(ln) and any(current):
            ln = _fill(ln, levels, current)
        out.append(ln)
    return out


def _count_line(line: str, x0: int, levels: list[int]) -> bool:
    """Words opening a group column, then only counts in the rows' part."""
    if not line.strip() or _indent(line) >= x0 - 1 or find_ids(line):
        return False
    rest = line[x0 - 1:].split()
    left = cells(line[:x0 - 1])
    return bool(rest) and all(_is_count(w) for w in rest) and len(left) == 1 and \
        _level(left[0][0], levels) is not None and not _is_count(left[0][2])


def _fill(line: str, levels: list[int], values: list[str]) -> str:
    head = ""
    for x, v in zip(levels, values):
        if v:
            head = head.ljust(x) + v
    if len(head) + 2 > _indent(line):
        return line         # no room: the row stays as printed
    return head + line[len(head):]
