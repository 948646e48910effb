"""A page photographed twice whole: one page, each line as the better shot reads it.

A log photographed page by page with a phone may carry a page twice: a first shot spoilt
(tilted, blurred, glared) and a retake, both kept in the PDF. Read in turn, every record
of that page counts twice, and a column of record numbers no longer nearly all distinct
is refused as a record column (``anchors.id_column``): the whole document is lost for one
repeated page. Each shot reads some lines better than the other (glare washes out a patch
of one, blur garbles letters of the other), so neither is simply dropped.

Told from the pages alone: two pages whose record numbers are nearly all the same
numbers, in the same order, each on a line laid out alike on both (an index or a list of
the numbers after the log prints them on lines of its own, shorter than the rows), and
read apart on nearly every such line, as two photographs' OCR reads. A page sent or
printed again, corrected or not, reads alike on most lines: it is left to the readers of
records printed again (the later printing stands as printed). The two shots are matched
line by line between the lines holding a shared number; where a stretch has as many
lines on both, each line is taken from the shot reading it better (more words the rest of
the document prints as well, more digits), else the stretch from the shot reading it
better as a whole. The merged page stands where the later shot stands (a retake comes
after its spoilt shot); the earlier is read as blank (the page count stays, so the
records keep their pages).

Cheap: pages are compared only where they share numbers (a number printed on more pages
than a page is shot is a journal's or a footer's, not looked at).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from prr.scrapers.incident_log.text import page_ids

MIN_NUMBERS = 3     # record numbers on each copy
SHARED = 0.7        # share of each copy's numbers printed on the other
ALIKE = 0.5         # share of a shared number's line's words printed on the other copy's line
MAX_PAGES = 2       # pages a number of a page shot twice prints on
_WORD = re.compile(r"[^\W\d_]{3,}")


def merge_retaken_pages(page_texts: list[str]) -> list[str] | None:
    """``page_texts`` with each page printed twice read once, line by line from the
    better shot, at the later shot's place (the earlier blank), or None where none is."""
    if len(page_texts) < 2:
        return None
    numbers = [_numbers(t) for t in page_texts]
    pages_of: dict[str, set[int]] = defaultdict(set)
    for p, found in enumerate(numbers):
        for _, tok in found:
            pages_of[tok].add(p)
    pairs: Counter = Counter()
    for pages in pages_of.values():
        if len(pages) == MAX_PAGES:
            pairs[tuple(sorted(pages))] += 1
    out = list(page_texts)
    used: set[int] = set()
    for (a, b), shared in sorted(pairs.items()):
        if a in used or b in used:
            continue
        # (a number printed on every page, a footer's phone number, is neither copy's own)
        mine = {t for _, t in numbers[a] if len(pages_of[t]) <= MAX_PAGES}
        theirs = {t for _, t in numbers[b] if len(pages_of[t]) <= MAX_PAGES}
        if shared < MIN_NUMBERS or shared < SHARED * len(mine) or shared < SHARED * len(theirs):
            continue
        merged = _merged(page_texts, a, b, numbers)
        if merged is None:
            continue
        out[a], out[b] = "", merged
        used.update((a, b))
    return out if used else None


def _numbers(text: str) -> list[tuple[int, str]]:
    """(line, number) of the first record number on each line of ``text``."""
    # (one pattern pass over the page: ``find_ids_by_line`` finds what ``find_ids`` does per line)
    return [(j, found[0][1]) for j, found in enumerate(page_ids(text)) if found]


def _merged(page_texts: list[str], a: int, b: int, numbers: list) -> str | None:
    """The two shots ``a`` < ``b`` merged, or None when their numbered lines do not pair up
    in order, laid out alike."""
    la, lb = page_texts[a].split("\n"), page_texts[b].split("\n")
    at_b = {tok: j for j, tok in numbers[b]}
    anchors, last = [], -1
    for j, tok in numbers[a]:
        k = at_b.get(tok)
        if k is not None and k > last:
            anchors.append((j, k))
            last = k
    if len(anchors) < SHARED * min(len(numbers[a]), len(numbers[b])):
        return None
    if sum(_alike(la[j], lb[k]) for j, k in anchors) < SHARED * len(anchors):
        return None
    # a page printed (sent, corrected) again reads the same on most numbered lines, or
    # differs where a value was corrected: the later printing stands as it is (read by
    # the readers of repeated records); two shots of one page read nearly every line apart
    if sum(" ".join(la[j].split()) == " ".join(lb[k].split()) for j, k in anchors) > (1 - SHARED) * len(anchors):
        return None
    # words the rest of the document prints too: what a shot reading a line right gives
    vocab = Counter(w.lower() for p, t in enumerate(page_texts) if p not in (a, b) for w in _WORD.findall(t))
    if not vocab:
        vocab = Counter(w.lower() for p in (a, b) for w in _WORD.findall(page_texts[p]))
    prefer_b = sum(_score(ln, vocab) for ln in lb) >= sum(_score(ln, vocab) for ln in la)
    out: list[str] = []
    bounds = [(0, 0), *anchors, (len(la), len(lb))]
    for (j0, k0), (j1, k1) in zip(bounds, bounds[1:]):
        sa, sb = la[j0:j1], lb[k0:k1]
        if len(sa) == len(sb):
            for x, y in zip(sa, sb):
                sx, sy = _score(x, vocab), _score(y, vocab)
                out.append(y if sy > sx or sy == sx and prefer_b else x)
        else:
            sx, sy = sum(_score(x, vocab) for x in sa), sum(_score(y, vocab) for y in sb)
            out.extend(sb if sy > sx or sy == sx and prefer_b else sa)
    return "\n".join(out)


def _alike(x: str, y: str) -> bool:
    """The two lines print mostly the same words (a row and its copy, not a row and an
    index line naming its number)."""
    wx, wy = {w.lower() for w in _WORD.findall(x)}, {w.lower() for w in _WORD.findall(y)}
    if not wx or not wy:
        return not wx and not wy
    return len(wx & wy) >= ALIKE * max(len(wx), len(wy))


def _score(line: str, vocab: Counter) -> int:
    """How well a shot reads a line: the letters of its words the document prints
    elsewhere too, and its digits (numbers, dates and times read whole)."""
    return sum(len(w) for w in _WORD.findall(line) if vocab[w.lower()]) + sum(ch.isdigit() for ch in line)
