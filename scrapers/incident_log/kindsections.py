"""A log cut into small tables, one per kind of entry, each under its own column titles.

A sheriff's daily log may print, per day, a table of case reports and then tables of
bookings, releases, papers served, each with titles of its own ("Case No. / Time /
Offense" above the reports, "Number / Time / Entry" above the bookings) and numbers of
its own series. Only the tables whose titles name a case field hold records: told by
the title row printed right above each table's first row, never by a word of one log
(``fields.column_for`` names the titles). Looked for in tables only, one title check
per record's first line. A scanned page's titles can be misread ("Clee No." for "Case
No."): titles reading word for word as another table's case titles but for one word are
those titles, not a table of another kind."""
from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import cells

MIN_CELLS = 2


def case_sections(lines: list[str], record_spans: list[tuple[int, int]], furniture: set[int]
                  ) -> list[tuple[int, int]] | None:
    """The spans of the records under titles naming a case field, each cut before the next
    table's titles and caption; None when the titles do not tell kinds apart (every table
    names a case field, or none does)."""
    starts = {s for s, _ in record_spans}
    titles: dict[int, bool] = {}     # title line -> it names a case field
    printed: set[int] = set()        # such titles that are page furniture
    for s, _ in record_spans:
        j = s - 1
        while j >= 0 and (not lines[j].strip() or j in furniture):     # over a page break too
            if j in furniture and lines[j].strip() and _case_titles(lines[j]):
                printed.add(j)
                break
            j -= 1
        if j < 0 or j in starts or j in titles:
            continue
        row = [c for _, _, c in cells(lines[j])]
        if len(row) >= MIN_CELLS and is_title_line(lines[j]):
            titles[j] = any(column_for(c) == "case_no" for c in row)
    cased = [lines[j] for j in sorted(printed | {j for j, named in titles.items() if named})]
    for j, named in titles.items():
        if not named and any(_misread_as(lines[j], other) for other in cased):
            titles[j] = True
    order = sorted(titles)
    if printed and not _one_row_each(printed, order, sorted(starts)):
        for j in printed:
            del titles[j]
        order = sorted(titles)
    if not any(titles.values()) or all(titles.values()):
        return None
    out = []
    for s, e in record_spans:
        k = bisect_right(order, s) - 1
        if k >= 0 and not titles[order[k]]:
            continue            # under titles naming no case: a booking, a paper, a call
        nxt = order[k + 1] if k + 1 < len(order) else None
        if nxt is not None and nxt < e:
            e = _above_caption(lines, nxt, s)
        out.append((s, e))
    return out


def _one_row_each(printed: set[int], order: list[int], starts: list[int]) -> bool:
    """Case titles printed at the same place on every page (furniture) are still a table's
    titles when each stands over one row only, the next titles below it: a long-form
    report per page opening with its one-row header table. Over a log's rows running on
    from page to page, the page's titles are furniture, no table of their own."""
    for j in printed:
        nxt = order[bisect_right(order, j)] if bisect_right(order, j) < len(order) else None
        under = bisect_right(starts, nxt if nxt is not None else 1 << 62) - bisect_right(starts, j)
        if under != 1:
            return False
    return True


_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 4       # a title row of a few words alike by chance ("No. Time Entry") tells nothing


def _misread_as(line: str, titles: str) -> bool:
    """``line`` is the title row ``titles`` as OCR misread it: the same words in the same
    order, as many, all but one alike letter for letter, that one at least half alike."""
    a, b = _WORD.findall(line.casefold()), _WORD.findall(titles.casefold())
    if len(a) != len(b) or len(a) < MIN_WORDS:
        return False
    unlike = [(x, y) for x, y in zip(a, b) if SequenceMatcher(None, x, y).ratio() < 0.8]
    return len(unlike) <= 1 and all(SequenceMatcher(None, x, y).ratio() >= 0.5 for x, y in unlike)


def _case_titles(line: str) -> bool:
    row = [c for _, _, c in cells(line)]
    return len(row) >= MIN_CELLS and is_title_line(line) and any(column_for(c) == "case_no" for c in row)


def _above_caption(lines: list[str], title: int, floor: int) -> int:
    """Where the record before a table ends: above the table's titles and the one-cell
    caption lines ("JAIL BOOKINGS") over them."""
    i = title
    while i - 1 > floor and (not lines[i - 1].strip() or len(cells(lines[i - 1])) == 1):
        i -= 1
    return i
