"""Table columns inferred from the page: where the record lines leave a vertical gap.

A header row names the columns when there is one (its words are put under the column
they sit over, whatever their wording); a column without a title is named by position
and typed later from its values. Words are placed by their centre, so a wrapped cell's
continuation lines land in the same column as its first line.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.packedtitles import packed_titles
from prr.scrapers.incident_log.text import DATE_RE, find_ids, is_day_heading, is_rule

_WORD = re.compile(r"\S+")
_CELLS = re.compile(r"\S+(?: \S+)*")
MAX_HEADER_LINES = 5
MIN_SLASHES = 2          # slashes of a title naming a stacked cell's parts (three names)
MAX_OVERFLOW = 0.2        # share of record lines that may run into the gap between two titles


def word_cover(body: list[str], width: int) -> list[int]:
    """How many lines put a word over each character position 0..width (column and
    text-column finders read their gutters from it)."""
    edges = [0] * (width + 2)
    for ln in body:
        for m in _WORD.finditer(ln):
            edges[m.start()] += 1
            edges[m.end()] -= 1
    cover, n = [], 0
    for d in edges[:width + 1]:
        n += d
        cover.append(n)
    return cover

def gaps_to_columns(body: list[str]) -> list[tuple[int, int]]:
    """Character ranges of the columns: runs of positions that some record line fills,
    split at positions (nearly) no line fills."""
    if not body:
        return []
    width = max(len(ln) for ln in body)
    occupied = word_cover(body, width)
    limit = len(body) // 25       # a few overflowing cells do not close a gap
    cols, start = [], None
    for p in range(width + 1):
        filled = occupied[p] > limit
        if filled and start is None:
            start = p
        elif not filled and start is not None:
            cols.append((start, p))
            start = None
    return _merge_single_space(cols, occupied)


def _merge_single_space(cols: list[tuple[int, int]], occupied: list[int]) -> list[tuple[int, int]]:
    """A one-character gap inside a run of text is a word space that few lines share."""
    out: list[tuple[int, int]] = []
    for c in cols:
        if out and c[0] - out[-1][1] == 1 and occupied[out[-1][1]] > 0:
            out[-1] = (out[-1][0], c[1])
        else:
            out.append(c)
    return out


_LETTER = re.compile(r"[A-Za-z]")
_MARK = re.compile(r"[#/]")
_PAGE_NUMBER = re.compile(r"\bpage\s*\d", re.I)
_CLOCK = re.compile(r"(?<!\S)\d{1,2}:\d{2}(?::\d{2})?(?!\S)")


def is_title_line(line: str) -> bool:
    """A header line: words, no dates, no record numbers. A number sign or a slash standing
    alone between titles ("CFS #", "TYPE / PLACE") is no word, for or against (a dash is:
    "ZONE 1 - NORTH" is a heading)."""
    words = [w for w in line.split() if not _MARK.fullmatch(w)]
    if not words or DATE_RE.search(line) or find_ids(line) or _PAGE_NUMBER.search(line) or \
            (":" in line and _CLOCK.search(line)):
        return False        # a clock time is a row's (a row split at the page foot goes on under the header)
    return sum(1 for w in words if _LETTER.search(w)) >= 0.7 * len(words)


# a group's heading with its count at the right: "DISTRICT 0412      19 RPTS", "BEAT 4   (12)"
_COUNT_CELL = re.compile(r"^\(?\d{1,4}\)?(?: [A-Za-z]+\.?)?$")


def _counted_heading(line: str) -> bool:
    cells = _CELLS.findall(line)
    return len(cells) == 2 and bool(_COUNT_CELL.match(cells[1].strip())) and not _COUNT_CELL.match(cells[0].strip())


def header_above(lines: list[str], first: int, floor: int, over: set[int] | frozenset = frozenset()) -> list[int]:
    """Line indexes of the header rows above line ``first`` (not above ``floor``): the
    nearest run of title lines, going up over blank lines, the lines ``over`` (a journal's
    rows that open no record) and one-cell headings ("SHIFT 1", "DISTRICT 21"), whose
    widest line has 2+ cells."""
    i = first - 1
    seen = 0
    while i >= floor and seen < 3 * MAX_HEADER_LINES:
        while i >= floor and (not lines[i].strip() or is_rule(lines[i]) or i in over):
            i -= 1      # blank lines and the rule under the titles ("---------- --------")
        run: list[int] = []
        while i >= floor and lines[i].strip() and is_title_line(lines[i]) and len(run) < MAX_HEADER_LINES:
            run.append(i)
            i -= 1
        if not run:
            if i >= floor and (len(_CELLS.findall(lines[i])) == 1 or is_day_heading(lines[i])
                               or _counted_heading(lines[i])):
                i -= 1          # a one-cell heading between header and rows ("SHIFT 1"), a day's banner
                seen += 1
                continue
            return []
        seen += len(run)
        if max(len(_CELLS.findall(lines[j])) for j in run) >= 2:
            return sorted(run)
    return []


def titles(header: list[str], cols: list[tuple[int, int]]) -> list[str]:
    """Header words joined per column (top line first). A title naming three parts or more
    of a stacked cell with slashes ("Incident / Date / Time" over an id, a date and a time
    one under the other; a key line under the titles, "sex age / number / charges") is
    wider than the values under it: when its words reach over one column only (the others
    over the gap after it), they all go with that column, not each to the column nearest
    to it. Only titles of three names or more: those tell a stacked cell (``stackedcells.py``
    reads them); a title of two ("Date / Time") is read word by word, as before."""
    parts: list[list[str]] = [[] for _ in cols]
    for ln in header:
        for cell in _CELLS.finditer(ln):
            words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(ln, cell.start(), cell.end())]
            home = {k for _, s, e in words for k, (a, b) in enumerate(cols) if s < b and e > a} \
                if cell.group().count(" / ") >= MIN_SLASHES else set()
            for word, s, e in words:
                k = next(iter(home)) if len(home) == 1 else nearest(cols, (s + e - 1) / 2)
                if k is not None:
                    parts[k].append(word)
    return [" ".join(p) for p in parts]


def nearest(cols: list[tuple[int, int]], centre: float) -> int | None:
    best, dist = None, 1e9
    for k, (s, e) in enumerate(cols):
        d = 0 if s <= centre < e else min(abs(centre - s), abs(centre - (e - 1)))
        if d < dist:
            best, dist = k, d
    return best


def split_line(line: str, cols: list[tuple[int, int]], cut_at: int | None = None) -> list[str]:
    """The words of a line per column. ``cut_at``: a record number glued to the word
    before it starts a word of its own."""
    out = [""] * len(cols)
    if cut_at is not None and 0 < cut_at < len(line) and line[cut_at - 1] != " ":
        line = line[:cut_at] + " " + line[cut_at:]
        shift = 1
    else:
        shift = 0
    for m in _WORD.finditer(line):
        s, e = m.start(), m.end()
        if shift and s > cut_at:
            s, e = s - shift, e - shift
        k = nearest(cols, (s + e - 1) / 2)
        if k is not None:
            out[k] = f"{out[k]} {m.group()}" if out[k] else m.group()
    return out


def split_by_titles(cols: list[tuple[int, int]], header: list[str], body: list[str],
                    keep: set[int] = frozenset()) -> list[tuple[int, int]]:
    """A column under two titles of one header line is two columns: a few long values ran
    into the gap between them ("LOST/FOUND PROPERTY 1100 BLK ..." under "Call Type" and
    "Location"). It is cut where fewest record lines have a character between the titles.
    The record-number column (holding a position in ``keep``) is cut at its number instead."""
    out = list(cols)
    for ln in header:
        heads = [(m.start(), m.end()) for m in _CELLS.finditer(ln)]
        for a, b in zip(heads, heads[1:]):
            k = next((j for j, (s, e) in enumerate(out) if s <= (a[0] + a[1] - 1) / 2 < e
                      and s <= (b[0] + b[1] - 1) / 2 < e), None)
            if k is None or any(out[k][0] <= x < out[k][1] and x >= a[1] for x in keep):
                continue        # (a number at the head of the first title's values stays whole)
            filled = [sum(1 for t in body if p < len(t) and t[p] != " ") for p in range(a[1], b[0])]
            rows = sum(1 for t in body if t.strip())
            if filled and min(filled) > MAX_OVERFLOW * rows:
                # layout text sets some rows one character off (the right one of two small
                # pages per sheet): a row with a word break next to the cut is not across it
                filled = [sum(1 for t in body if " " not in t[p - 1:p + 2].ljust(3)) for p in range(a[1], b[0])]
            if not filled or min(filled) > MAX_OVERFLOW * rows:
                continue
            low = min(filled)
            p = a[1] + max(j for j, n in enumerate(filled) if n == low)
            s, e = out[k]
            out[k:k + 1] = [(s, p), (p + 1, e)]
    return out


def merge_untitled(cols: list[tuple[int, int]], names: list[str]) -> tuple[list[tuple[int, int]], list[str]]:
    """Two columns one space apart, one of them without a header word, are one column
    ("100" and "Main St" under "Location")."""
    out_c: list[tuple[int, int]] = []
    out_n: list[str] = []
    for c, n in zip(cols, names):
        if out_c and c[0] - out_c[-1][1] <= 1 and (not n or not out_n[-1]):
            out_c[-1] = (out_c[-1][0], c[1])
            out_n[-1] = f"{out_n[-1]} {n}".strip()
        else:
            out_c.append(c)
            out_n.append(n)
    return out_c, out_n


def merge_spanned(cols: list[tuple[int, int]], names: list[str],
                  header: list[str]) -> tuple[list[tuple[int, int]], list[str]]:
    """Two columns one space apart under one title of words one space apart ("Arrest
    Location" over "2389" | "Alder Dr" on a page where every street number has four
    digits) are one column. Only under a header of one line: in a header of several,
    words one space apart on one line can be the tops of two stacked titles; nor where the
    words are titles packed one space apart, each over its own column (``packedtitles.py``)."""
    if len(header) != 1:
        return cols, names
    heads = [m.span() for m in _CELLS.finditer(header[0]) if " " in m.group()]
    if not heads:
        return cols, names
    out_c: list[tuple[int, int]] = []
    out_n: list[str] = []
    for c, n in zip(cols, names):
        head = next(((a, b) for a, b in heads if a < out_c[-1][1] and b > c[0]), None) if out_c else None
        if head and c[0] - out_c[-1][1] <= 1 and not packed_titles(cols, head, out_n[-1], n, header[0]):
            out_c[-1] = (out_c[-1][0], c[1])
            out_n[-1] = f"{out_n[-1]} {n}".strip()
        else:
            out_c.append(c)
            out_n.append(n)
    return out_c, out_n


def merge_split_dates(cols: list[tuple[int, int]], body: list[str]) -> list[tuple[int, int]]:
    """Two or three columns one space apart whose text, read across the gaps, is a date on
    most lines ("March" | "2," | "2016") are one column."""
    out = list(cols)
    k = 0
    while k + 1 < len(out):
        for width in (3, 2):
            group = out[k:k + width]
            if len(group) < width or any(b[0] - a[1] > 1 for a, b in zip(group, group[1:])):
                continue
            s1, e2 = group[0][0], group[-1][1]
            joined = [ln[s1:e2] for ln in body if ln[s1:e2].strip()]
            cut = group[0][1] - s1
            across = sum(1 for t in joined for m in DATE_RE.finditer(t) if m.start() < cut < m.end())
            if joined and across >= 0.6 * len(joined):
                out[k:k + width] = [(s1, e2)]
                break
        k += 1
    return out
