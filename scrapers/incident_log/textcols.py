"""Pages set in two to four text columns, told from the page's own gutters: each column
is read top to bottom, then the next.

``twocol.py`` finds a page's columns from its record numbers opening lines in each half;
police news set for readers does not always give it that: a story whose number closes
its paragraph, entries led by a time, or three columns (the numbers then stand at three
positions, not two). The gutters tell the columns whatever the entries look like: a run
of two or more character positions that (nearly) no line of the page fills, between runs
that lines do fill. Only columns of running text are read so: two to four (a weekly's
narrow columns), each about as wide as the others and at least ``MIN_WIDTH`` characters,
most of whose lines hold several words and some of which go on from the line above in
lower case (a wrapped sentence). A table's columns fail that: they differ in width and hold short cells.
Monospaced columns a single blank apart leave no such run: ``tightgutter.py`` widens their
gutter first, and the same tests then decide.

``pdftotext -layout`` prints the columns line by line across the page, and a line of one
column can fall between two lines of another, which leaves a blank in the first column
inside a paragraph: a blank part of a column is kept only after a line that closes a
sentence (a gap inside a sentence is another column's line printed between two of its own). Lines that cross a gutter (a masthead, a footer, a note across the page) are kept
whole: above the columns when they come before them, below them otherwise.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.columns import word_cover
from prr.scrapers.incident_log.columnstarts import MAX_DRIFT, MIN_GUTTER, line_cut
from prr.scrapers.incident_log.tightgutter import repeated_lines, widen_tight_gutter

SAMPLE_PAGES = 3         # pages looked at before deciding the document has no text columns
MIN_LINES = 12           # printed lines of a page's body
MIN_WIDTH = 24           # characters of a column
MAX_COLUMNS = 4          # a weekly's four narrow columns still hold MIN_WIDTH characters each
MAX_WIDTH_RATIO = 1.7    # widest column / narrowest
MIN_CELL_COLUMNS = 2     # columns of cells inside a part that make it a table's, not running text
_CELL_START = re.compile(r"\S {2,}(?=\S)")     # a cell after another on its line
_CLOSES = (".", ")", "]", "!", "?", ":")


def split_text_columns(page_texts: list[str], split: list[str] | None = None) -> list[str] | None:
    """The page texts with every page set in text columns rewritten column by column, or
    None when none of the first ``SAMPLE_PAGES`` pages is (a cheap test: one pass over
    their characters). A page whose columns are too short to tell on their own (the last
    one) is split where a page told them, when its lines leave those gutters blank. Pages
    an earlier step rewrote (``split``, two columns told by record numbers) stay as it
    rewrote them, unless their gutters tell three columns."""
    out = list(split or page_texts)
    done = {k for k, text in enumerate(out) if text != page_texts[k]}
    found: dict[int, list[int]] = {}        # page index -> where its columns start
    widened: dict[int, list[str]] = {}      # page index -> its lines, a one-blank gutter widened
    furniture = None        # lines printed alike on two pages: looked for once a page needs them
    for k, text in enumerate(page_texts):
        if k >= SAMPLE_PAGES and not found:
            return None
        starts = text_columns(text.splitlines())
        if not starts and k not in done and furniture is None:
            furniture = repeated_lines(page_texts) if len(page_texts) > 1 else set()
        if not starts and k not in done and (wide := widen_tight_gutter(text.splitlines(), furniture)):
            starts = text_columns(wide)
            if starts:
                widened[k] = wide
        if starts and (k not in done or len(starts) > 2):
            found[k] = starts       # (numbers tell two columns: a page of three was split in two)
    done -= set(found)
    if not found:
        return None
    known = list(found.values())
    for k, text in enumerate(page_texts):
        lines = widened.get(k) or text.splitlines()
        starts = found.get(k) or (_same_gutters(lines, known) if k not in done else None)
        if starts:
            out[k] = _reflow(lines, starts, typed=k in widened)
    return out


def text_columns(lines: list[str]) -> list[int] | None:
    """Where a page's two to four text columns start (the first at 0), or None."""
    body = [ln for ln in lines if ln.strip()]
    if len(body) < MIN_LINES:
        return None
    occupied = word_cover(body, max(len(ln) for ln in body))
    limit = max(1, len(body) // 15)     # a masthead, a footer, a closing note across the page
    filled = [n > limit for n in occupied]
    runs, start = [], None
    for p, f in enumerate(filled + [False]):
        if f and start is None:
            start = p
        elif not f and start is not None:
            runs.append((start, p))
            start = None
    cols: list[tuple[int, int]] = []
    for a, b in runs:       # runs closer than a gutter are one column (a word space few lines share)
        if cols and a - cols[-1][1] < MIN_GUTTER:
            cols[-1] = (cols[-1][0], b)
        else:
            cols.append((a, b))
    if not 2 <= len(cols) <= MAX_COLUMNS:
        return None
    widths = [b - a for a, b in cols]
    if min(widths) < MIN_WIDTH or max(widths) > MAX_WIDTH_RATIO * min(widths):
        return None
    starts = [0] + [a for a, _ in cols[1:]]
    within = [ln for ln in body if not _crosses(ln, starts)]
    if len(within) < 0.8 * len(body):
        return None
    parts = _parts(within, starts)
    if any(_cell_columns(part) for part in parts):
        return None
    return starts if all(_running_text(part) for part in parts) else None


def _parts(lines: list[str], starts: list[int]) -> list[list[str]]:
    """Each column's part of each line, cut where the line passes to the next column: a
    line opening a character or two left of its column is cut there (``columnstarts.py``),
    each part set as far right of the column's furthest cut as it stands (its indent kept:
    a hanging item's first line stays out of the lines under it)."""
    cuts = [[0] + [line_cut(ln, s) or s for s in starts[1:]] + [None] for ln in lines]
    lefts = [0] + [s - MAX_DRIFT for s in starts[1:]]
    return [[" " * (c[k] - lefts[k]) + ln[c[k]:c[k + 1]] for ln, c in zip(lines, cuts)] for k in range(len(starts))]


def _same_gutters(lines: list[str], known: list[list[int]]) -> list[int] | None:
    """Column starts of another page (within a character or two) whose gutters this
    page's lines leave blank, with text right of each on some lines."""
    body = [ln for ln in lines if ln.strip()]
    if not body:
        return None
    for starts in known:
        moved = [0]
        for s in starts[1:]:
            best = max(range(s - 2, s + 3), key=lambda x: (
                sum(1 for ln in body if not ln[x - MIN_GUTTER:x].strip()), _opening(body, x)))
            moved.append(best)
        while len(moved) > 2 and _opening(body, moved[-1]) < MIN_LINES // 2:
            moved.pop()         # the last page's last column (nearly) empty
        within = [ln for ln in body if not _crosses(ln, moved)]
        if len(within) >= 0.9 * len(body) and min(_opening(within, s) for s in moved[1:]) >= 2:
            return moved
    return None


def _running_text(parts: list[str]) -> bool:
    """A column of running text: most lines hold several words, and some go on from the
    line above in lower case."""
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) < MIN_LINES // 2:
        return False
    wordy = sum(1 for p in parts if len(p.split()) >= 4)
    lower = sum(1 for p in parts if p[0].islower())
    return wordy >= 0.6 * len(parts) and lower >= 0.1 * len(parts)


def _cell_columns(parts: list[str]) -> bool:
    """Several table columns side by side in one part: a wide table whose masthead and rule
    cross its inner gutters leaves one gutter open, between halves of long rows that look
    like running text. Inside such a half, cells open after a gap at the same positions
    (the date, the time, the place), two or more of them each on a quarter of its lines;
    running text opens none so (a time before an entry's text makes one)."""
    parts = [p for p in parts if p.strip()]
    opened = Counter(m.end() for p in parts for m in _CELL_START.finditer(p))
    return sum(1 for n in opened.values() if n >= len(parts) / 4) >= MIN_CELL_COLUMNS


def _opening(lines: list[str], start: int) -> int:
    """Lines with text at a column's start after a blank gutter."""
    return sum(1 for ln in lines if ln[start:start + 1].strip() and not ln[start - MIN_GUTTER:start].strip())


def _crosses(line: str, starts: list[int]) -> bool:
    """A line with text in a gutter (the characters just before a column's start)."""
    return any(line_cut(line, s) is None for s in starts[1:])


def _reflow(lines: list[str], starts: list[int], typed: bool = False) -> str:
    """The page column by column. ``typed``: columns a single blank apart (``tightgutter.py``),
    a typed page whose lines may hold both columns on one grid (``_one_grid``)."""
    crossing = [_crosses(ln, starts) if ln.strip() else None for ln in lines]
    # the page's header: the lines above the first that prints two columns side by side
    # (a header line short of the gutter would otherwise open the next column)
    filled = [c is False and sum(1 for part in _parts([ln], starts) if part[0].strip()) >= 2 for ln, c in
              zip(lines, crossing)]
    first = next((i for i, f in enumerate(filled) if f), None)
    if first is None:
        first = next((i for i, c in enumerate(crossing) if c is False), len(lines))
    head = lines[:first]
    columns: list[list[str]] = [[] for _ in starts]
    foot: list[str] = []
    grid = typed and _one_grid([_parts([ln], starts) if c is False else None for ln, c in zip(lines[first:], crossing[first:])])
    for ln, cross in zip(lines[first:], crossing[first:]):
        if cross is None:           # a line blank across the page: a gap in every column
            for col in columns:
                if col and col[-1]:
                    col.append("")
        elif cross:
            foot.append(ln)
        else:
            for col, part in zip(columns, _parts([ln], starts)):
                if part[0].strip():
                    col.append(part[0].rstrip())
                elif col and col[-1] and (grid or col[-1].endswith(_CLOSES)):
                    col.append("")      # a gap after a closed sentence: a paragraph's end
    body: list[str] = []
    for col in columns:         # each column set at the page's margin
        indent = min((len(t) - len(t.lstrip()) for t in col if t), default=0)
        body.extend(t[indent:] for t in col)
        body.append("")
    return "\n".join(head + body + foot)


def _one_grid(rows: list[list[list[str]] | None]) -> bool:
    """The typed columns share one grid of lines: no column of the page has a gap inside a
    sentence (a line not closing one, a blank part, then a line going on in lower case), so
    no line of one column was printed between two of another, and every blank part of a
    column is a blank line of it (a gap after a day heading too). ``rows``: each line's
    parts, None for a line across the page."""
    for k in range(max((len(r) for r in rows if r), default=0)):
        last, gap = None, False
        for r in rows:
            part = r[k][0].strip() if r else ""
            if not part:
                gap = gap or last is not None
                continue
            if gap and not last.endswith(_CLOSES) and part[0].islower():
                return False
            last, gap = part, False
    return True
