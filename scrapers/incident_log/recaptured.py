"""A list captured screen after screen while scrolling, each capture read by OCR: every
capture but the first begins with the last entries of the one before.

A records screen (a dashboard list, a search grid) longer than its window is captured,
scrolled down, captured again; a scroll short of a full window shows the last entries
of one capture again at the top of the next. Read in turn, each such entry counts twice
and the record numbers stop rising at every break. Unlike a terminal's screens
(``scrolled.py``) the captures have no fixed frame and OCR reads the same line a little
differently each time, so the repeat is told by the entries' numbers: where the first
numbered lines after most page breaks are the last numbered lines before it, in the same
order and reading alike, those lines (and the lines of their entries) are taken out of
the later page.

Cheap: the words opening each page's lines are looked at first; the numbers only where
a word opens lines on two neighbouring pages and no others at two breaks or more."""
from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from prr.scrapers.incident_log.text import find_ids_by_line

MIN_BREAKS = 2
OVERLAP_SHARE = 0.75      # of the breaks between pages with numbered lines
ALIKE = 0.8               # how alike a repeated line reads to its first printing (letters and digits)


def _opened(lines: list[str], text: str) -> list[tuple[int, str]]:
    """(line, number) of the lines a number opens."""
    out = []
    for i, ids in enumerate(find_ids_by_line(lines, text)):
        if ids:
            ln = lines[i]
            if ids[0][0] == len(ln) - len(ln.lstrip()):
                out.append((i, ids[0][1]))
    return out


def _key(line: str) -> str:
    return "".join(c for c in line if c.isalnum())


def _alike(a: str, b: str) -> bool:
    return SequenceMatcher(None, a, b).ratio() >= ALIKE


def _filled_before(lines: list[str], i: int) -> str:
    """The letters and digits of the last filled line above line ``i`` ("" if none)."""
    for ln in reversed(lines[:i]):
        key = _key(ln)
        if key:
            return key
    return ""


def _overlap(before: list[tuple[int, str]], after: list[tuple[int, str]],
             before_lines: list[str], after_lines: list[str]) -> int:
    """How many numbered lines opening ``after`` repeat the last ones of ``before``
    (fewer than all of ``after``: a page printed again whole is no scroll). The line
    above the first repeat must differ on the two pages: where it is the same, the
    entries begin above their numbers (a number closing its entry), and what repeats
    is more than the numbered lines."""
    for k in range(min(len(before), len(after) - 1), 0, -1):
        if [n for _, n in before[-k:]] == [n for _, n in after[:k]] and all(
                _alike(_key(before_lines[a]), _key(after_lines[b])) for (a, _), (b, _) in zip(before[-k:], after[:k])):
            above = _filled_before(after_lines, after[0][0])
            if above and _alike(above, _filled_before(before_lines, before[-k][0])):
                return 0
            return k
    return 0


def _may_repeat(pages: list[list[str]]) -> bool:
    """The cheap first test: a word with a digit opening lines on two pages only, side by
    side, at ``MIN_BREAKS`` breaks or more."""
    firsts = [{ln.split(None, 1)[0] for ln in lines if ln.strip()} for lines in pages]
    pages_of = Counter(w for f in firsts for w in f)
    shared = 0
    for a, b in zip(firsts, firsts[1:]):
        shared += any(pages_of[w] == 2 and any(c.isdigit() for c in w) for w in a & b)
        if shared >= MIN_BREAKS:
            return True
    return False


def drop_recaptured(page_texts: list[str]) -> list[str] | None:
    """The pages with each capture's repeat of the entries ending the one before taken
    out, or None where the pages are no scrolled captures."""
    if len(page_texts) < 3:
        return None
    pages = [t.splitlines() for t in page_texts]
    if not _may_repeat(pages):
        return None
    opened = [_opened(lines, text) for lines, text in zip(pages, page_texts)]
    # a number on more than two pages, or twice on one, is a frame's or a heading's (a
    # terminal's id, a report's number), not an entry's seen again over one break
    pages_of = Counter(n for o in opened for n in {n for _, n in o})
    twice = {n for o in opened for n, c in Counter(n for _, n in o).items() if c > 1}
    opened = [[e for e in o if pages_of[e[1]] <= 2 and e[1] not in twice] for o in opened]
    numbered = [p for p, o in enumerate(opened) if o]
    breaks = [(p, q, _overlap(opened[p], opened[q], pages[p], pages[q])) for p, q in zip(numbered, numbered[1:])]
    hits = [b for b in breaks if b[2]]
    if len(hits) < MIN_BREAKS or len(hits) < OVERLAP_SHARE * len(breaks):
        return None
    out = list(page_texts)
    for _, q, k in hits:
        first, stop = opened[q][0][0], opened[q][k][0]
        out[q] = "\n".join(ln for i, ln in enumerate(pages[q]) if not first <= i < stop)
    return out
