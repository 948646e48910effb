"""A card pinned to the top of every page: blanked before any reader looks for records.

A phone or tablet app printing its list of cards may keep one card pinned above the list
(a notice, a lookout, a standing order) and print it again at the top of every page. It
carries the same labels as the records' cards and a number of their shape, so every
reader takes it for one more record, a record printed once a page, whose number repeats
and spoils the column of record numbers.

Told from the pages alone, not from words: a block of lines (blank lines around it)
among the first blocks of nearly every page, printed the same on each, digits and all
(a record is printed once; a record continued on the next page repeats its number, not
its whole text), holding a number of the record shape, and whose digit-free lines (its
labels) stand in the page's other blocks too (the records' cards share its labels; a
page header shares none). Its lines are blanked: the line count and the pages stay as
they are.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import find_ids

TOP_BLOCKS = 3          # blocks from a page's top looked at (a header, a title, the pinned card)
MIN_PAGES = 3
PAGE_SHARE = 0.9        # of the pages printing the block
MIN_LINES = 3           # a card: a label, a number and more
MIN_SHARED_LABELS = 2   # its digit-free lines also printed in the records' blocks
_DIGIT = re.compile(r"\d")


def _blocks(lines: list[str], most: int) -> list[tuple[int, int]]:
    """(first, end) line indexes of the runs of filled lines, the first ``most`` of them
    (the lines after those not looked at: a page's top blocks are read, not all of it)."""
    # (each line stripped by one C-level map; a block's end found by ``list.index`` of the
    # next blank line, not by a Python step per line of a long page)
    filled = list(map(str.strip, lines))
    out: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while len(out) < most:
        while i < n and not filled[i]:
            i += 1
        if i >= n:
            break
        try:
            end = filled.index("", i)
        except ValueError:
            end = n
        out.append((i, end))
        i = end
    return out


def _key(lines: list[str], s: int, e: int) -> tuple[str, ...]:
    return tuple(" ".join(ln.split()) for ln in lines[s:e])


def blank_pinned_cards(page_texts: list[str]) -> list[str] | None:
    """The pages with the card pinned at the top of each blanked, or None when there is none."""
    if len(page_texts) < MIN_PAGES:
        return None
    pages = [t.splitlines() for t in page_texts]
    spans = [_blocks(lines, TOP_BLOCKS) for lines in pages]
    # cheap test first: a block printed the same on most pages opens with the same line on
    # them; only blocks of a card's length whose first line comes back so often are keyed whole
    # (the others are no pinned card: keyed as nothing)
    need = max(MIN_PAGES, PAGE_SHARE * len(pages))
    opening = Counter(k for lines, top in zip(pages, spans) for k in {" ".join(lines[s].split()) for s, _ in top})
    # (and a block printed the same has the same length and last line: a page's title glued to
    # its body, opening each page alike, is not keyed whole when its ends differ)
    ends = [[(s, e, (" ".join(lines[s].split()), e - s, " ".join(lines[e - 1].split()))) for s, e in top
             if e - s >= MIN_LINES and opening[" ".join(lines[s].split())] >= need] for lines, top in zip(pages, spans)]
    alike = Counter(k for found in ends for k in {k for _, _, k in found})
    keyed = {(p, s) for p, found in enumerate(ends) for s, _, k in found if alike[k] >= need}
    tops = [[(s, e, _key(lines, s, e) if (p, s) in keyed else None)
             for s, e in top] for p, (lines, top) in enumerate(zip(pages, spans))]
    if all(k is None for top in tops for _, _, k in top):
        return None
    seen = Counter(k for top in tops for k in {k for _, _, k in top} if k is not None)
    pinned = {k for k, n in seen.items() if n >= max(MIN_PAGES, PAGE_SHARE * len(pages)) and _card(k, pages, tops)}
    if not pinned:
        return None
    out = []
    for text, lines, top in zip(page_texts, pages, tops):
        blank = {i for s, e, k in top if k in pinned for i in range(s, e)}
        if not blank:
            out.append(text)
            continue
        kept = ["" if i in blank else ln for i, ln in enumerate(lines)]
        out.append("\n".join(kept) + ("\n" if text.endswith("\n") else ""))
    return out


def _card(key: tuple[str, ...], pages: list[list[str]], tops) -> bool:
    """A record's card: several lines, a number of the record shape, and labels (its
    digit-free lines) printed again in the pages' other blocks."""
    if len(key) < MIN_LINES or not any(find_ids(ln) for ln in key):
        return False
    labels = {ln for ln in key if ln and not _DIGIT.search(ln)}
    if len(labels) < MIN_SHARED_LABELS:
        return False
    elsewhere: Counter = Counter()
    for lines, top in zip(pages, tops):
        inside = {i for s, e, k in top if k == key for i in range(s, e)}
        elsewhere.update({" ".join(ln.split()) for i, ln in enumerate(lines) if i not in inside} & labels)
    # each shared label printed on other lines of most pages: the records' cards carry it
    shared = [lab for lab in labels if elsewhere[lab] >= 0.5 * len(pages)]
    return len(shared) >= MIN_SHARED_LABELS
