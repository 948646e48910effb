"""Paragraphs run together: a page of a paragraph log whose text has no blank lines.

A report printing one paragraph per incident, blank lines between them, can carry a page
whose text layer comes without those blank lines (a page printed turned, upside down: the
text is given in reading order, but its lines are spaced as one run). The whole page then
reads as one paragraph citing many numbers of the series and no paragraph citing one, so
every record on it is lost.

The document's other paragraphs say where a paragraph opens: nearly all of those citing
one number of the series cite it on their first line, at about the same place in it (after
a list number, at the margin). A paragraph citing two or more numbers of the series, each
new (not cited by any paragraph before it) and each on a line of its own at that place, is
parted before each of those lines; the lines before the first (a page heading, the end of
the paragraph the page before cut) stay a paragraph of their own. Each part must read as a
paragraph of text like the others (``is_text``), else the paragraph is left whole: an index
or a table relisting the numbers, one a line, is never parted (its numbers are not new, and
its rows are no paragraphs)."""
from __future__ import annotations

from collections.abc import Callable

MIN_PARAS = 5           # paragraphs citing one number, to learn where they cite it
FIRST_LINE_SHARE = 0.8  # of those, citing it on their first line within one narrow span
SPAN = 6                # characters the number's place on the first line may wander


def part_run_together(paras: list[tuple[int, list[str]]], cite: Callable[[str], list[str]],
                      is_text: Callable[[list[str]], bool]) -> list[tuple[int, list[str]]]:
    """``paras``: (page, lines) of each paragraph; ``cite(text)``: the numbers of the series
    the text cites. The paragraphs, those run together parted, or ``paras`` itself."""
    span = _opening_place(paras, cite, is_text)
    if span is None:
        return paras
    out: list[tuple[int, list[str]]] = []
    seen: set[str] = set()
    changed = False
    for page, lines in paras:
        cited = cite(" ".join(lines))
        parts = _parts(lines, cite, span, seen) if len(set(cited)) >= 2 else None
        if parts is not None and all(is_text(p) for p in parts[1:]):
            out.extend((page, p) for p in parts if p)
            changed = True
        else:
            out.append((page, lines))
        seen |= set(cited)
    return out if changed else paras


def _opening_place(paras, cite, is_text) -> tuple[int, int] | None:
    """The span of characters where the paragraphs citing one number cite it on their first
    line, when nearly all of them do so there; else None."""
    places: list[int] = []
    singles = 0
    for _, lines in paras:
        if not is_text(lines):
            continue
        own = cite(" ".join(lines))
        if len(own) != 1:
            continue
        singles += 1
        if own[0] in cite(lines[0]):
            places.append(lines[0].find(own[0]))
    if singles < MIN_PARAS or not places:
        return None
    places.sort()
    best = max(((p, sum(1 for q in places if p <= q <= p + SPAN)) for p in places), key=lambda t: t[1])
    if best[1] < FIRST_LINE_SHARE * singles:
        return None
    inside = [q for q in places if best[0] <= q <= best[0] + SPAN]
    return min(inside), max(inside)


def _parts(lines: list[str], cite, span: tuple[int, int], seen: set[str]) -> list[list[str]] | None:
    """The lines before the first opening line, then one part per opening line: a line citing
    one new number of the series at the place the paragraphs cite theirs. None when fewer
    than two lines open so, or when the paragraph cites numbers elsewhere than on them."""
    starts: list[int] = []
    opened: set[str] = set()
    for k, line in enumerate(lines):
        own = cite(line)
        if len(own) == 1 and own[0] not in seen and own[0] not in opened \
                and span[0] <= line.find(own[0]) <= span[1]:
            starts.append(k)
            opened.add(own[0])
    if len(starts) < 2 or set(cite(" ".join(lines))) - opened:
        return None
    bounds = starts + [len(lines)]
    return [lines[:starts[0]]] + [lines[a:b] for a, b in zip(bounds, bounds[1:])]
