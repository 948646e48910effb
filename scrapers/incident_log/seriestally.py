"""A record column holding several number series: the records are the series a printed count names.

A queue export or a daily sheet may list, in the same number column as its incidents,
entries of other kinds that carry numbers of their own series (other letters, another
shape): work orders, service requests, permits. Their rows look like records (a time, a
category, a place), but the document counts them apart, beside a word naming what it
counts ("... incidents 84, work orders 35, service requests 18", "Cases this period: 55",
"12 reports"). The records are the rows of the series (or of the set of series) whose
number of rows equals a count printed beside a word that names records (incident, case,
report, occurrence, offence, complaint, call, event); the other series' rows are entries of
another kind and no records. Nothing is left out when no such count matches, when one
matches every row (calls and cases printed in one column are all records), or when two
choices of series match it, nor when the series left out stand in a titled column of
their own beside the counted ones' (each service's number under its own title, a row
filling one). Numbers that are each the start of another record's number (their end
under a box) are that series' own. Looked for only where the records' numbers fall into two or
more series of ``MIN_ROWS`` rows each (one shape per record); the text is searched only then.
A day sheet that counts only each day ("Incidents today: 4") names the series page by page.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import combinations

from prr.scrapers.incident_log.cutnumbers import cut_shapes
from prr.scrapers.incident_log.record import record_number, record_numbers
from prr.scrapers.incident_log.text import _SHAPE

MIN_ROWS = 5             # a series of fewer rows is a stray shape, never judged
MIN_SHARE = 0.05         # of the rows
MIN_PAGES = 3            # pages whose own counts name a series page by page
MAX_SERIES = 5           # more series than this: a column of free references, not kinds
RECORD_WORD = r"(?:incident|case|report|occurrence|offen[cs]e|complaint|call|event)s?"


@lru_cache(maxsize=1)
def counts_re() -> re.Pattern:
    """A count beside a word naming records: the word, up to three words and a colon
    before the number ("Incidents this period: 55", "incidents 84"), or the number one
    space and up to two words before the word ("12 security incidents"; a number a wide
    gap before the word ends the cell before it: "Permits: 2     Incidents ..."); never
    part of a number, a date or a time."""
    number = r"(?<![\w/.:,-])(\d{1,5})(?![\w/]|[-.:,]\d)"
    return re.compile(rf"(?i)\b{RECORD_WORD}(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]*[:=]?[ \t]*{number}"
                      rf"|{number}(?= (?:[^\W\d_]+ ){{0,2}}{RECORD_WORD}\b)")


def printed_counts(page_texts: list[str]) -> list[set[int]]:
    """Each page's counts printed beside a word naming records."""
    return [{int(m.group(1) or m.group(2)) for m in counts_re().finditer(text)} for text in page_texts]


def counted_series(records: list[dict], page_texts: list[str]) -> list[dict]:
    """The records without the rows of series the document counts apart from its records
    (the same list when nothing says so, see the module's docstring)."""
    if len(records) < 2 * MIN_ROWS:
        return records
    # (each number's shape by one translate, no call per record: this runs on every log)
    shapes = [(n or "").translate(_SHAPE) for n in record_numbers(records)]
    sizes = Counter(s for s in shapes if s)
    series = [s for s, n in sizes.items() if n >= MIN_ROWS and n >= MIN_SHARE * len(records)]
    if len(series) >= 2:
        # numbers whose end a box covers ("26-0041" among "26-004072"): the visible start of
        # the records' own series, no series of their own (cutnumbers.py)
        cut = cut_shapes(record_numbers(records))
        series = [s for s in series if s not in cut]
    if len(series) < 2 or len(series) > MAX_SERIES:
        return records
    by_page = printed_counts(page_texts)
    kept = _named_by_total(series, sizes, len(records), set().union(*by_page)) or \
        _named_page_by_page(series, records, shapes, by_page)
    if kept is None:
        return records
    left_out = set(series) - set(kept)
    if _titled_apart(records, shapes, set(kept), left_out):
        return records      # each series under a title of its own: a book's entries of each kind
    return [r for r, s in zip(records, shapes) if s not in left_out]


def _titled_apart(records: list[dict], shapes: list[str], kept: set[str], left_out: set[str]) -> bool:
    """The series left out stand in a table column of their own, titled apart from the
    column of the counted ones (a book printing each service's number under its own title,
    a row filling one: the document sets them side by side as entries, and counts each)."""
    titles: dict[bool, set[str]] = {True: set(), False: set()}
    for rec, sh in zip(records, shapes):
        if sh in kept or sh in left_out:
            number = record_number(rec)
            titles[sh in kept].update(t for t, v in (rec.get("fields") or {}).items() if v == number)
    return bool(titles[True]) and bool(titles[False]) and not titles[True] & titles[False]


def _named_by_total(series: list[str], sizes: Counter, rows: int, counts: set[int]) -> tuple | None:
    """The one choice of series whose rows are as many as a count printed anywhere."""
    if not counts or rows in counts or sum(sizes[s] for s in series) in counts:
        return None         # the count names every row: all are records
    matches = [kept for k in range(1, len(series)) for kept in combinations(series, k)
               if sum(sizes[s] for s in kept) in counts]
    return matches[0] if len(matches) == 1 else None     # none, or two choices fit it


def _named_page_by_page(series: list[str], records: list[dict], shapes: list[str],
                        by_page: list[set[int]]) -> tuple | None:
    """The one choice of series whose rows on each page are as many as a count that page
    prints ("Incidents today: 4"), on ``MIN_PAGES`` pages or more and on every page that
    prints one; never where each page's count names all its rows."""
    on_page: dict[int, Counter] = {}
    for rec, sh in zip(records, shapes):
        page = rec.get("page")
        if isinstance(page, int) and 1 <= page <= len(by_page) and sh in series:
            on_page.setdefault(page, Counter())[sh] += 1
    counted = [p for p in on_page if by_page[p - 1]]
    if len(counted) < MIN_PAGES or all(sum(on_page[p].values()) in by_page[p - 1] for p in counted):
        return None
    matches = [kept for k in range(1, len(series)) for kept in combinations(series, k)
               if all(sum(on_page[p][s] for s in kept) in by_page[p - 1] for p in counted)]
    return matches[0] if len(matches) == 1 else None
