"""Lines of the document, not of its last record on a page or in the log.

A page's stamp in its footer: a legend repeated on every page with a number that counts
the pages (a Bates number, a sheet number), one more on each page.

Furniture lines (``pagefurniture.furniture``) that hold a number are kept when their numbers differ
from page to page: a form's case number can stand in a line printed the same on every
page. A stamp's number differs too, but it is the document's page count: nearly every
step from one page's line to the next adds one, and the line holds a legend of several
words beside it (a form's number line holds its label alone). Such lines are furniture.
On two pages one step by one is little evidence (two records' numbers may follow each
other): there the stamp is taken only when the page's own number beside it ("Page 1 of 2",
"Page 2 of 2") steps by one with it, and every other number of the line stays.

A closing range under the last record: a line naming a number of the first record's line
and one of the last's ("Control numbers A-0001 to A-0128") ends the log.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.numberorder import last_numbers, steps_by_one
from prr.scrapers.incident_log.pagefurniture import mask

MIN_PAGES = 3           # a count seen on fewer pages says nothing alone
MIN_WORDS = 4           # words of legend beside the number
_WORD = re.compile(r"[A-Za-z]{2,}")
_RUN = re.compile(r"\d+")


def page_stamps(found: list[int], numbers: dict[int, tuple], lines: list[str]) -> set[int]:
    """The furniture lines among ``found`` whose one number counts the pages."""
    groups: dict[str, list[int]] = {}
    for i in found:
        if len(numbers[i]) == 1:
            groups.setdefault(mask(lines[i]), []).append(i)
    out: set[int] = set()
    for masked, rows in groups.items():
        if len(rows) < 2 or len(_WORD.findall(masked)) < MIN_WORDS:
            continue
        values = last_numbers({i: numbers[i][0] for i in rows})
        if steps_by_one(values) >= 0.9 * (len(values) - 1) and (len(rows) >= MIN_PAGES or _counted_twice(*rows, lines)):
            out.update(rows)
    return out


def _counted_twice(a: int, b: int, lines: list[str]) -> bool:
    """Lines ``a`` and ``b`` (one mask, so as many digit runs) differ only in two runs that
    each add one: the stamp's count and the page number printed beside it."""
    steps = [int(y) - int(x) for x, y in zip(_RUN.findall(lines[a]), _RUN.findall(lines[b]))]
    return steps.count(1) == 2 and steps.count(0) == len(steps) - 2


def cites_first_and_last(ids_by_line: list, starts: list[int], i: int) -> bool:
    """Line ``i``, under the last record, names a number of the first record's line and
    one of the last's: the log's closing range, no note of its last record."""
    found = {tok for _, tok in ids_by_line[i]}
    if len(found) < 2 or len(starts) < 2:
        return False
    first, last = ({tok for _, tok in ids_by_line[k]} for k in (starts[0], starts[-1]))
    return bool(found & first) and bool(found & last)
