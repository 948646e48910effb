"""A group's heading above each page's first record, told from a page's column titles."""
from __future__ import annotations

from prr.scrapers.incident_log.text import cells


def group_headings(lines: list[str], found: dict[int, list[int]], first_on_page: dict[int, int]) -> bool:
    """The line above each page's first record is a group's heading, not column titles
    ("SECTOR 3    NORTH SHORE", then "SECTOR 5    OLD TOWN (cont.)"): one line, its
    words different on every page, fewer cells than the rows under it."""
    rows = {page: r for page, r in found.items() if r}
    if len(rows) < 2 or any(len(r) != 1 for r in rows.values()):
        return False
    words = [" ".join(lines[r[0]].split()) for r in rows.values()]
    return len(set(words)) == len(words) and \
        all(len(cells(lines[r[0]])) < len(cells(lines[first_on_page[p]])) for p, r in rows.items())
