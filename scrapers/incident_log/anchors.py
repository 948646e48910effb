"""Where records start: the signal that repeats once per record, found from the document.

Three signals, tried in this order:

1. **A record-number column**: id-shaped tokens (``22-000602``, ``2025R010234``,
   ``E19009653``) of one shape that line up at one horizontal position, are nearly all
   different and sit one per line. Other id-shaped tokens in the same position join the
   column (``NA-31-2020`` among ``2002373``). Numbers elsewhere in a record (another
   agency's case number in a disposition, a case cited in a narrative) are not at that
   position and stay related numbers.
2. **Left-margin dates or times**: lines that start at the page's left margin with a date
   (or, failing that, a time) and carry more cells: table rows without numbers (a press
   log) and shift narratives ("0926  TTPD  An Officer ...").
3. **Series without a position**: one id shape, nearly all values different, when the text
   has no usable positions (OCR output).

Labelled blocks without numbers are found by :mod:`labels` (labels repeating per record).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter

from prr.scrapers.incident_log import laterblocks, laterrows, numberorder
from prr.scrapers.incident_log.besidecolumn import beside_column
from prr.scrapers.incident_log.listedindex import cited_column, index_tail
from prr.scrapers.incident_log.relistedpages import drop_relisted_pages
from prr.scrapers.incident_log.sectionrows import listed_again
from prr.scrapers.incident_log.subrownumbers import record_column
from prr.scrapers.incident_log.tenfold import crossing_power_of_ten
from prr.scrapers.incident_log.text import cells, find_ids, shape, shapes
from prr.scrapers.incident_log.wrappedtail import cell_column, wrapped_tail

COLUMN_WIDTH = 8          # characters an id column's start may wander (pdftotext layout)
MIN_UNIQUE = 0.8          # share of distinct values in a record-number column
MIN_IN_COLUMN = 0.5       # share of a shape's tokens that must line up in the column
MIN_RECORDS = 2
CELL_SHARE = 0.8          # share of a column's numbers starting a cell: a column of table rows
MID_TEXT_SHARE = 0.2      # below this share, a column's numbers stand inside its lines' text


@dataclass
class Anchors:
    kind: str                                   # id_column | margin_date | margin_time | id_series
    lines: list[int]                            # line index where each record's signal is
    ids: dict[int, str] = field(default_factory=dict)   # line index -> record number
    column: tuple[int, int] | None = None       # character range of the id column
    updates: dict[int, str] = field(default_factory=dict)   # later lines citing a record's number
    others: set[int] = field(default_factory=set)           # a journal's lines that open no record
    counts: dict[int, str] = field(default_factory=dict)    # a journal's line count on record lines


def _densest_window(xs: list[int], width: int) -> tuple[int, int]:
    # counted per column, not per number (a yearly log's numbers stand at a few columns):
    # the window ending at each column holds the numbers from the first column within
    # ``width`` of it; the first fullest window wins
    counts = Counter(xs)
    cols = sorted(counts)
    upto = list(accumulate(map(counts.__getitem__, cols)))     # numbers at or left of each column
    best, best_lo = 0, cols[0]
    for t, x in enumerate(cols):
        u = bisect_left(cols, x - width)
        n = upto[t] - (upto[u - 1] if u else 0)
        if n > best:
            best, best_lo = n, cols[u]
    return best_lo, best_lo + width


def id_column(lines: list[str], ids_by_line: list[list[tuple[int, str]]] | None = None,
              pages: list[int] | None = None) -> Anchors | None:
    """The record-number column, or None. Its position is found page by page (a page can
    be laid out narrower or wider than the next)."""
    if ids_by_line is None:
        ids_by_line = [find_ids(ln) for ln in lines]
    if pages is None:
        pages = [1] * len(lines)
    by_shape: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    # (the numbers listed, then shaped in one ``map``: no call per number of a yearly log)
    items = [(i, x, tok) for i, found in enumerate(ids_by_line) if found for x, tok in found]
    for item, sh in zip(items, shapes(map(itemgetter(2), items))):
        by_shape[sh].append(item)
    crossing_power_of_ten(by_shape)
    candidates: list[tuple] = []
    for items in by_shape.values():
        if len(items) < MIN_RECORDS or _unit_time_lines(lines, items):
            continue
        members: dict[int, str] = {}
        runs, later = False, {}
        windows: dict[int, tuple[int, int]] = {}
        glo = _densest_window([x for _, x, _ in items], COLUMN_WIDTH)
        by_page: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for it in items:
            by_page[pages[it[0]]].append(it)
        for page, its in by_page.items():
            lo, hi = glo
            inside = sum(1 for _, x, _ in its if lo <= x <= hi)
            if inside < 0.5 * len(its) and len(its) >= 3:
                # this page is laid out differently: its own column, if its numbers line up
                plo, phi = _densest_window([x for _, x, _ in its], COLUMN_WIDTH)
                if sum(1 for _, x, _ in its if plo <= x <= phi) >= 0.6 * len(its):
                    lo, hi = plo, phi
            windows[page] = (lo, hi)
            for i, x, tok in its:
                if lo <= x <= hi and i not in members:
                    members[i] = tok
        if len(members) < max(MIN_RECORDS, MIN_IN_COLUMN * len(items)) and len(members) < max(
                MIN_RECORDS, MIN_IN_COLUMN * (len(items) - beside_column(items, members))):
            continue    # (a second column of the shape beside it on its rows is no scatter)
        # an index after the log printing every number again: its lines are no rows (listedindex.py)
        tail = index_tail(lines, ids_by_line, members)
        distinct = len(set(members.values()))
        if distinct < MIN_UNIQUE * len(members):
            # one row per offence: an incident's number repeated on the rows right under
            # it is one record whose rows go on (the runs, not the rows, are the records)
            first_rows = _runs(members)
            if distinct >= MIN_UNIQUE * len(first_rows) and len(first_rows) >= MIN_RECORDS:
                members, runs = first_rows, True
            else:
                # a journal: a record's later lines (updates) cite its number again further
                # down, among other records' lines; they join it and open none
                later = later_citations(lines, members) or laterblocks.later_blocks(lines, members, pages)
                # (or under each section concerned; or on pages after the log listing them again)
                if not later and not listed_again(lines, members) and \
                        not drop_relisted_pages(lines, members, windows, glo, pages):
                    continue
                members = {i: tok for i, tok in members.items() if i not in later}
        elif distinct < len(members):
            # an entry log's supplement rows, too few for a journal's: rows laid out as their
            # incident's with a cell left blank (laterrows.py)
            later = laterrows.later_rows(lines, members, later_citations(lines, members))
        if later:       # (and the rows of their kind supplementing incidents not listed)
            later.update(laterrows.unlisted_supplements(lines, members, later))
            members = {i: tok for i, tok in members.items() if i not in later}
        key = (distinct, -min(lo for lo, _ in windows.values()))
        candidates.append((key, windows, members, shape(items[0][2]), runs, later, _cell_share(lines, items, members),
                           tail))
    if not candidates:
        return None
    # a column of numbers on each record's sub-rows (per vehicle, per charge): the dated rows' column (subrownumbers.py)
    chosen = record_column(lines, candidates, _row_starting(candidates))
    # of two columns on the same rows, the one an index after the log cites (listedindex.py)
    _, windows, members, best_shape, runs, later, _, tail = cited_column(ids_by_line, candidates, chosen)
    # Other shapes printed in the same column are record numbers too ("NA-31-2020").
    repeated = set(members.values()) if runs else set()
    first_at = {tok: i for i, tok in sorted(members.items(), reverse=True)} if later else {}
    cells = cell_column(lines, members)     # a sentence's last word wrapped alone: no row (wrappedtail.py)
    for i, found in enumerate(ids_by_line):
        if i in members or i in later or i in tail:
            continue
        if pages[i] not in windows or (repeated and found and found[0][1] in repeated):
            continue
        lo, hi = windows[pages[i]]
        for x, tok in found:
            if _times_after(lines[i], x + len(tok)) or (i in cells and wrapped_tail(lines, i, tok)):
                break
            near = shape(tok) == best_shape and lo - 12 <= x <= hi + 12 and tok == found[0][1]
            if near or (lo - 3 <= x <= hi + 3 and _starts_cell(lines[i], x)):
                if later and first_at.get(tok, i) < i:
                    later[i] = tok      # a journal's later line on a page of few: an update too
                else:
                    members[i] = tok
                break
    _other_series_on_own_pages(lines, ids_by_line, pages, windows, members, best_shape)
    order = sorted(members)
    return Anchors("id_column", order, {i: members[i] for i in order}, updates=later)


def _cell_share(lines: list[str], items, members: dict[int, str]) -> float:
    """Share of a column's numbers that start a cell of their line (not inside a sentence)."""
    at = {i: x for i, x, tok in reversed(items) if members.get(i) == tok}   # the member's own (first) print
    # _starts_cell on the two characters before each number, inlined (a yearly log's numbers)
    befores = [lines[i][max(0, x - 2):x] for i, x in at.items()]
    opening = sum(1 for b in befores if not b.strip() or b[-1].islower() or b[-1] == "#" or b == "# ")
    if opening < MID_TEXT_SHARE * len(at):
        # a row opening at the margin with fixed-width values set one space apart ("02/02/2026
        # 01:10 26-004492 02/02/2026 00:37"): a number after its dates and times is the row's
        # next value, not in a sentence (a sub-row set in under a row opens no record)
        opening += sum(1 for i, x in at.items() if _DATES_FROM_MARGIN.fullmatch(lines[i], 0, x))
    return opening / max(1, len(at))


# from the margin, dates and clock times only, one space after each, where a number starts
_DATES_FROM_MARGIN = re.compile(r" {0,3}(?:(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?) )+")


def _row_starting(candidates: list[tuple]) -> tuple:
    """The column with the most distinct numbers, unless its numbers stand inside the text
    of their lines (a tag, a ticket in an indented sub-row under each record: there may be
    more of them than records) while another column's numbers start their cells and are at
    least half as many: that one is the record column."""
    best = max(candidates, key=lambda c: c[0])
    if best[6] < MID_TEXT_SHARE:
        rows = [c for c in candidates if c[6] >= CELL_SHARE and c[0][0] >= 0.5 * best[0][0]]
        best = max(rows, key=lambda c: c[0]) if rows else best
    return numberorder.in_order(candidates, best) if len(candidates) > 1 else best


def later_citations(lines: list[str], members: dict[int, str]) -> dict[int, str]:
    """Lines of a number column that cite a number already printed higher up, not on the
    line right above (a row per offence repeats it there): a journal's updates. They are
    read so only when they are a minority (at most 40% of the lines) and thinner than the
    lines that opened their numbers (an update prints no type or place: fewer cells on
    nearly all of them). {} otherwise."""
    seen: set[str] = set()
    later: dict[int, str] = {}
    last = None
    for i in sorted(members):
        tok = members[i]
        if tok in seen and tok != last:
            later[i] = tok
        seen.add(tok)
        last = tok
    firsts = [i for i in members if i not in later]
    if not later or len(later) > 0.4 * len(members) or len(firsts) < MIN_RECORDS \
            or len({members[i] for i in firsts}) < MIN_UNIQUE * len(firsts):
        return {}
    opened = {}
    for i in firsts:
        opened.setdefault(members[i], len(cells(lines[i])))
    thinner = sum(1 for i, tok in later.items() if len(cells(lines[i])) < opened[tok])
    return later if thinner >= 0.9 * len(later) else {}


def _other_series_on_own_pages(lines, ids_by_line, pages, windows, members, best_shape) -> None:
    """A second series printed in the column (a fire log's numbers after the crime log's)
    that goes on over a page with none of the first: there the column stands where it
    stood on the page before, and only numbers of that second series, opening their cell,
    join it."""
    others = set(shapes(members.values())) - {best_shape}
    if not others:
        return
    last = None
    for i, found in enumerate(ids_by_line):
        page = pages[i]
        if page in windows:
            last = windows[page]
            continue
        if last is None or i in members:
            continue
        lo, hi = last
        for x, tok in found:
            if shape(tok) in others and lo - 3 <= x <= hi + 3 and _starts_cell(lines[i], x):
                members[i] = tok
                break


def without_preamble(found: Anchors | None, lines: list[str], ids_by_line: list[list[tuple[int, str]]],
                     pages: list[int], is_title) -> Anchors | None:
    """A number column without the numbers of a report's preamble: a page's first numbers
    printed off the column's position (joined by its tolerance) above the page's first
    line of column titles, under which the column's rows start ("Case no. range:
    QC25-04000 to QC25-04999" in a parameters box over the titles), are no records."""
    if found is None or found.kind != "id_column" or len(found.lines) < 3:
        return found
    # each number's column (a loop, not a generator a line: a yearly log's numbers)
    xs: dict[int, int | None] = {}
    for i in found.lines:
        own = found.ids[i]
        for x, tok in ids_by_line[i]:
            if tok == own:
                xs[i] = x
                break
        else:
            xs[i] = None
    at = Counter(x for x in xs.values() if x is not None).most_common(1)[0][0]
    drop: set[int] = set()
    for k, i in enumerate(found.lines):
        if (k and pages[found.lines[k - 1]] == pages[i]) or xs[i] is None or abs(xs[i] - at) <= COLUMN_WIDTH:
            continue
        # the page's first number, off the column: dropped with those after it up to a title line
        run = [i]
        for j in found.lines[k + 1:]:
            if pages[j] != pages[i] or (xs[j] is not None and abs(xs[j] - at) <= COLUMN_WIDTH):
                break
            run.append(j)
        nxt = next((j for j in found.lines if j > run[-1]), None)
        if nxt is not None and pages[nxt] == pages[i] and \
                any(len(cells(lines[t])) >= 3 and is_title(lines[t]) for t in range(run[-1] + 1, nxt)):
            drop.update(run)
    if not drop or len(found.lines) - len(drop) < MIN_RECORDS:
        return found
    keep = [i for i in found.lines if i not in drop]
    return Anchors(found.kind, keep, {i: found.ids[i] for i in keep}, found.column, found.updates, found.others, found.counts)


def _runs(members: dict[int, str]) -> dict[int, str]:
    """The first line of each run of one number repeated on consecutive rows."""
    out: dict[int, str] = {}
    last = None
    for i in sorted(members):
        if members[i] != last:
            out[i] = members[i]
        last = members[i]
    return out


_CLOCK = re.compile(r"(?:[01]\d|2[0-3]):?[0-5]\d")


def _times_after(line: str, end: int) -> bool:
    """Whether the line holds nothing after the token but two or more clock times."""
    rest = line[end:].split()
    return len(rest) >= 2 and all(_CLOCK.fullmatch(c) for c in rest)


def _unit_time_lines(lines: list[str], items: list[tuple[int, int, str]]) -> bool:
    """A shape whose tokens stand on lines of nothing but clock times after them (a unit's
    dispatched, en route, on scene and clear times under each call): the units that
    answered a record, not the records' own numbers (told from a sample)."""
    sample = items[:60]
    return sum(_times_after(lines[i], x + len(tok)) for i, x, tok in sample) >= 0.8 * len(sample)


def _starts_cell(line: str, x: int) -> bool:
    before = line[max(0, x - 2):x]
    return x == 0 or before.endswith("  ") or before.strip() == "" or (bool(before) and before[-1].islower()) \
        or before.endswith("#") or before.endswith("# ")


def id_series(lines: list[str], ids_by_line: list[list[tuple[int, str]]]) -> Anchors | None:
    """One id shape whose values are nearly all different, wherever they are on the line."""
    by_shape: dict[str, dict[int, str]] = defaultdict(dict)
    for i, found in enumerate(ids_by_line):
        for _, tok in found[:1]:
            by_shape[shape(tok)].setdefault(i, tok)
    best = None
    for members in by_shape.values():
        distinct = len(set(members.values()))
        if len(members) < 3 or distinct < 0.9 * len(members):
            continue
        if best is None or distinct > best[0]:
            best = (distinct, members)
    if best is None:
        return None
    order = sorted(best[1])
    return Anchors("id_series", order, {i: best[1][i] for i in order})


def first_ids(lines: list[str], spans: list[tuple[int, int]],
              ids_by_line: list[list[tuple[int, str]]]) -> dict[int, str] | None:
    """Record numbers inside free-text records, when most records have one and they are
    nearly all different (else None: the log has none). The number is of the shape most
    entries carry (another agency's case, a phone number are not), and where an entry
    has several of it, the first that continues the series of its neighbours (an earlier
    case cited first, "see also 25-02762. (25-04491)", does not)."""
    per = [[tok for i in range(start, stop) for _, tok in ids_by_line[i]] for start, stop in spans]
    counts = Counter(sh for toks in per for sh in {shape(t) for t in toks})
    if not counts:
        return None
    series = counts.most_common(1)[0][0]
    cands = [[t for t in toks if shape(t) == series] for toks in per]
    found = {k: c[0] for k, c in enumerate(cands) if c}
    if len(found) < max(MIN_RECORDS, 0.5 * len(spans)) or len(set(found.values())) < MIN_UNIQUE * len(found):
        return None
    sure = [(k, _number(c[0])) for k, c in enumerate(cands) if len(c) == 1]
    if len(sure) >= 2 and len(sure) < len(found):
        gaps = sorted(abs(b[1] - a[1]) for a, b in zip(sure, sure[1:]))
        tol = max(20, 10 * gaps[len(gaps) // 2])
        keys = [k for k, _ in sure]
        for k, c in enumerate(cands):
            if len(c) < 2:
                continue
            j = bisect_left(keys, k)
            near = [sure[x][1] for x in (j - 1, j) if 0 <= x < len(sure)]
            fits = [t for t in c if min(near) - tol <= _number(t) <= max(near) + tol]
            found[k] = fits[0] if fits else c[0]
    return found


def _number(token: str) -> int:
    digits = "".join(ch for ch in token if ch.isdigit())
    return int(digits) if digits else 0


def header_rows(lines: list[str], is_title) -> Anchors | None:
    """Rows under a header line of 3+ titles: lines that fill about half the columns or
    more, starting under the first title (continuation lines of a wrapped row do not)."""
    found, header = [], None
    for i, ln in enumerate(lines):
        cs = cells(ln)
        if not cs:
            continue
        if len(cs) >= 3 and is_title(ln):
            header = cs
            continue
        if header and len(cs) >= max(2, (len(header) + 1) // 2) and abs(cs[0][0] - header[0][0]) <= 3:
            found.append(i)
    return Anchors("header_rows", found) if len(found) >= MIN_RECORDS else None
