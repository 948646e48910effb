"""Text columns set a single blank apart: the gutter widened, so ``textcols.py`` reads them.

``textcols.py`` tells a page's text columns from a run of two or more character positions
that (nearly) no line fills. Monospaced columns set with a one-character gutter leave one
blank between them, and ``pdftotext -layout`` does not set every line of the right column
at the same character: it wanders a character either way, so on some lines the blank
stands a character left of the others and the next column's first letter stands where the
gutter is on the rest. No position is then blank on (nearly) every line, and the page read
across mixes a line of each column.

The gutter is told by the lines themselves: a position ``start`` where many lines open a
word (within a character of it) after a blank, while (nearly) no line reaching it carries a
word across the three positions that blank may stand at (a masthead or a note across the
page aside), and at least half of those lines open it after more than a word space (the
left column's lines end short of the gutter at different places; only its full lines leave
a single blank). Running text crosses three positions inside a column on about half its
lines, and where it does not its next word follows one blank: only a gutter passes. Each line is cut at its last blank before
``start`` (a blank after a column's full line, or before a right-hand line that opens a
character early) and its right part is moved to one position ``MIN_GUTTER`` blanks past
the left column: the page then shows ``textcols.py`` the gutter it reads, and its own tests
(columns of running text, about as wide as each other, no table cells) decide the split.
A masthead printed alike on every page is left whole (a word space of it may stand where
the gutter is): ``textcols.py`` keeps it above the columns.
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.columnstarts import MIN_GUTTER

MIN_LINES = 12           # printed lines of a page's body
MIN_WIDTH = 24           # characters of a column (``textcols.py``'s)
WANDER = 1               # characters a column's line may stand left or right of the rest
MIN_OPENING = 0.25       # share of the body's lines opening a word at the right column's start
MIN_WIDE = 0.5           # share of those opening after more than a word space


def widen_tight_gutter(lines: list[str], furniture: set[str] = frozenset()) -> list[str] | None:
    """The page's lines with a one-blank gutter between two text columns widened to
    ``MIN_GUTTER`` blanks at one position, or None when no such gutter is found. Lines of
    ``furniture`` (``repeated_lines``) with text left of the gutter are left whole."""
    body = [ln.rstrip() for ln in lines if ln.strip()]
    if len(body) < MIN_LINES:
        return None
    start = _gutter(body)
    if start is None:
        return None
    out = []
    for ln in lines:
        cut = _cut(ln.rstrip(), start)
        if cut is None or (ln.rstrip() in furniture and ln[:cut].strip()):
            out.append(ln)      # no right part, a word across the gutter, or a masthead across it
        else:       # the right part opens MIN_GUTTER blanks past the widest left line
            out.append(ln[:cut].rstrip().ljust(start + MIN_GUTTER) + ln[cut + 1:])
    return out


def _gutter(body: list[str]) -> int | None:
    """Where the right column starts (within ``WANDER``): the position after which most
    lines open a word, with the fewest lines crossing it; None when no position has (nearly)
    none crossing and a quarter of the lines opening there, half of them after more than a
    word space."""
    width = max(len(ln) for ln in body)
    limit = max(1, len(body) // 15)     # a masthead, a footer, a closing note across the page
    best = None
    for start in range(MIN_WIDTH + WANDER + 1, width - MIN_WIDTH + 1):
        crossing = opening = wide = 0
        for ln in body:
            if len(ln) <= start - WANDER:
                continue            # the left column's line alone
            cut = _cut(ln, start)
            if cut is None:
                crossing += 1
                if crossing > limit:
                    break
            elif ln[cut + 1:cut + 2].strip():
                opening += 1
                wide += not ln[cut - 1:cut].strip()
        if crossing <= limit and opening >= MIN_OPENING * len(body) and wide >= MIN_WIDE * opening and \
                (best is None or (crossing, -opening) < best[1:]):
            best = (start, crossing, -opening)
    return best[0] if best else None


def _cut(line: str, start: int) -> int | None:
    """The blank that ends the left column's part of ``line``: its last blank among the
    positions before ``start`` (within ``WANDER``); None when the line holds no text right
    of them, or carries a word across them."""
    if len(line) <= start - WANDER:
        return None
    return next((p for p in range(start + WANDER - 1, start - WANDER - 2, -1) if line[p:p + 1] == " "), None)


def repeated_lines(page_texts: list[str]) -> set[str]:
    """Lines printed alike, at the same place, on two or more pages: a masthead or a running
    title across the columns, whose word space may fall where the gutter is (a column's line
    is not printed again at its place with the other column's line beside it)."""
    seen = Counter(t for text in page_texts for t in {ln.rstrip() for ln in text.splitlines()} if t)
    return {t for t, n in seen.items() if n >= 2}
