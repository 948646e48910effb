"""Pages after a log that list its numbers again at a position of their own: no rows.

A release may end with a table about the log rather than of it: a redaction log (one item
per withheld value, each naming the page and the record's number), an index of the cases,
a list of the numbers withheld. Such a page prints the record numbers again, of the same
shape, but in a column of its own (after its own item number, page number ...), so
``anchors.id_column`` gives the page its own window, and the numbers found there repeat
the column's. Counted with the rows, the numbers are no longer nearly all distinct, and
they are no journal's updates either (an item line carries as many cells as a row): the
whole column would be refused, and the records with it.

Told from the layout only: a page whose column stands elsewhere than the log's (the window
most numbers share) and whose numbers there are all numbers the column printed on earlier
pages lists them again; its lines are taken out of the column, which is then judged on the
rest (they must again be nearly all distinct). A page reprinting only part of the log's
numbers among new ones is not such a listing and stays. Only where the rest is a table's
number column (each number opening a cell of its row): numbers standing inside entries'
sentences ("Occurrence HP24-01000 logged ...") are left to the entry readers, which read
the entries whatever follows them.
"""
from __future__ import annotations

MIN_UNIQUE = 0.8        # share of distinct numbers the rest of the column must have (``anchors``)
MIN_RECORDS = 2
CELL_SHARE = 0.9        # share of the rest's numbers that open a cell of their row


def drop_relisted_pages(lines: list[str], members: dict[int, str], windows: dict[int, tuple[int, int]],
                        log_window: tuple[int, int], pages: list[int]) -> bool:
    """Take the lines of pages listing the column's numbers again out of ``members`` and
    their pages out of ``windows`` (in place). ``members`` maps line -> number; ``windows``
    page -> the column's character range there; ``log_window`` the range most numbers
    share; ``pages`` each line's page. Returns whether such pages were found and the
    column left is nearly all distinct (nothing is changed otherwise)."""
    page_of = {i: pages[i] for i in members}
    seen: set[str] = set()
    by_page: dict[int, list[int]] = {}
    for i in sorted(members):
        by_page.setdefault(page_of[i], []).append(i)
    drop: set[int] = set()
    for page, rows in by_page.items():      # (pages in reading order: each against the pages before)
        numbers = [members[i] for i in rows]
        if windows[page] != log_window and len(rows) >= MIN_RECORDS and all(n in seen for n in numbers):
            drop.add(page)
        else:
            seen.update(numbers)
    rest = [i for i in members if page_of[i] not in drop]
    numbers = {members[i] for i in rest}
    if not drop or len(rest) < MIN_RECORDS or len(numbers) < MIN_UNIQUE * len(rest) \
            or sum(_opens_cell(lines[i], members[i]) for i in rest) < CELL_SHARE * len(rest):
        return False
    for i in [i for i in members if page_of[i] in drop]:
        del members[i]
    for page in drop:
        del windows[page]
    return True


def _opens_cell(line: str, number: str) -> bool:
    """The number opens a cell of its line: nothing before it, or a gap of two spaces."""
    before = line[:max(0, line.find(number))]
    return not before.strip() or before.endswith("  ")
