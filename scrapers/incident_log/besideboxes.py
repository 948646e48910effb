"""Labelled boxes printed side by side: two or more across the page (a dashboard's pop-up
or tooltip boxes captured in pairs, a sheet printing its cards two to a row), the others
one under another.

``pdftotext -layout`` prints such a band of boxes line by line across all of them, so the
block reader takes the band for one block: its values joined ("Theft // Fraud") and the
numbers of all but the first box lost. The band is told from the labels alone: a line on
which the block-starting label stands twice or more, each after a blank gutter, and under
it, down to the first blank line, lines carrying a label at each of those columns (a value
wrapped under its label may leave a line without). Each such band is cut at those columns
and its boxes printed one after another, a blank line after each, as the other blocks are.
(A grid of three or more records led by their numbers is ``grid.py``'s, whole pages in two
columns ``twocol.py``'s.) Cheap: a log whose starting label stands once a line (nearly all)
leaves at the first look at its label hits.
"""
from __future__ import annotations

import re

GUTTER = 2          # blank characters before each box's starting label
WANDER = 1          # characters a box's labels may stand off its column
MIN_LABELLED = 0.5  # of a band's lines beside its head, those holding a label at every column


def split_side_by_side(doc, labels, page_texts: list[str]) -> list[str] | None:
    """The page texts with every band of side-by-side labelled boxes rewritten as one box
    after another, or None when the document has no such band."""
    anchor = labels.anchor
    # (one search over the text: the starting label twice on a line, or no band)
    label = re.escape(anchor).replace(r"\ ", " +")
    text = doc.text if doc.text is not None else "\n".join(doc.lines)
    if _twice_on_a_line(text, label) is None:
        return None
    hits = doc.label_hits(labels)
    heads: dict[int, list[int]] = {}
    for i, hs in hits.items():
        xs = [h[2] for h in hs if h[0] == anchor]
        if len(xs) > 1 and i not in doc.skip and _band_head(doc.lines[i], xs):
            heads[i] = xs
    if not heads:
        return None
    out = list(page_texts)
    changed = False
    for page in sorted({doc.pages[i] for i in heads}):
        start = doc.first_line(page)
        lines = page_texts[page - 1].splitlines()
        if page == doc.pages[-1] and start + len(lines) != len(doc.lines) or \
                page < doc.pages[-1] and start + len(lines) != doc.first_line(page + 1):
            continue        # (the page's lines not the document's: left as printed)
        page_heads = {i - start: xs for i, xs in heads.items() if doc.pages[i] == page}
        rewritten = _rewrite(lines, page_heads, {i - start: hits.get(i, ()) for i in range(start, start + len(lines))})
        if rewritten is not None:
            out[page - 1] = "\n".join(rewritten)
            changed = True
    return out if changed else None


def _twice_on_a_line(text: str, label: str) -> re.Match | None:
    """The first line holding ``label`` twice, each time after a blank or the line's start.
    (The pattern opens with the label itself, so the search skips to its hits; a blank
    before the second label is one of the line's, never the line break.)"""
    pattern = re.compile(rf"{label}[^\n]*[^\S\n]{label}(?=\s|$)", re.M)
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start() == 0 or text[m.start() - 1].isspace():
            return m
        pos = m.start() + 1
    return None


def _band_head(line: str, xs: list[int]) -> bool:
    """The starting labels after a blank gutter each, the first one opening its box: no
    text left of it but the margin."""
    return not line[:xs[0]].strip() and all(not line[x - GUTTER:x].strip() for x in xs[1:])


def _rewrite(lines: list[str], heads: dict[int, list[int]], hits: dict[int, tuple]) -> list[str] | None:
    """The page's lines, each band of boxes printed box after box; None where no band
    is one (lines beside a head without labels at its columns: a table's titles, not boxes).
    A band runs from the blank line above its head to the blank line under it (the starting
    label need not open the box)."""
    bands: list[tuple[int, int, list[int]]] = []
    for k, xs in sorted(heads.items()):
        if bands and k < bands[-1][1]:
            continue
        first, end = k, k + 1
        while first > 0 and lines[first - 1].strip() and (not bands or first - 1 >= bands[-1][1]):
            first -= 1
        while end < len(lines) and lines[end].strip() and end not in heads:
            end += 1
        if _boxes([j for j in range(first, end) if j != k], xs, hits):
            bands.append((first, end, xs))
    if not bands:
        return None
    out: list[str] = []
    at = 0
    for first, end, xs in bands:
        out.extend(lines[at:first])
        cells = [_cut(ln, xs) for ln in lines[first:end]]
        for c in range(len(xs)):
            box = [row[c].rstrip() for row in cells if row[c].strip()]
            out.extend([*box, ""])
        at = end
    out.extend(lines[at:])
    return out


def _boxes(under: list[int], xs: list[int], hits: dict[int, tuple]) -> bool:
    """Most lines beside the head carry a label at each of the head's columns."""
    if not under:
        return False
    labelled = sum(1 for j in under
                   if all(any(abs(h[2] - x) <= WANDER for h in hits.get(j, ())) for x in xs))
    return labelled >= MIN_LABELLED * len(under)


def _cut(line: str, xs: list[int]) -> list[str]:
    """A line cut at the boxes' columns (the first box from the margin); a word straddling
    a cut stays with the box it starts in."""
    cuts = [0]
    for x in xs[1:]:
        c = x
        while 0 < c < len(line) and line[c - 1] != " " and line[c] != " ":
            c -= 1
        cuts.append(min(c, len(line)))
    cuts.append(max(len(line), cuts[-1]))
    # each box keeps its own margin (its labels' indent), as the boxes printed alone do
    return [line[a:b] if n == 0 else " " * xs[0] + line[a:b] for n, (a, b) in enumerate(zip(cuts, cuts[1:]))]
