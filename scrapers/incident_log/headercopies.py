"""A table's header printed again over each group of its rows, each copy at its own positions.

A roster or a day sheet prints one small table per group (a shift, a unit, a day): the
same column titles over each, but every copy laid out to its own rows' widths ("Nature"
24 characters wide over one group, 40 over the next). Columns inferred from the gaps of
a whole page's rows then mix the groups: a gap one group leaves, another fills, and two
columns run together ("Shoplifting 800 blk Brannock St" read as one cell, the time and the
unit as one). When the copies in force over one page's rows are printed differently, the
page's rows are read group by group, each under the copy it stands under (the copy in
force may be on an earlier page: a group carried over a page break keeps its header).
Pages whose rows all stand under copies printed alike are read as before, page by page.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from prr.scrapers.incident_log.pagecolumns import page_columns
from prr.scrapers.incident_log.pagefurniture import line_offsets, mask, masks_rx
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.text import line_starts

NOISE = 2        # characters a copy of the titles may stand off the others without being laid out anew
_WORD = re.compile(r"\S+")


def header_groups(doc: Doc, spans, headers: dict[int, list[str]],
                  id_x: dict[int, int]) -> list[tuple[int, list[int], list[str] | None]]:
    """(page, its record indices, the header copy they stand under or None when the page's
    records are read under the page's header as before), in document order."""
    by_page: dict[int, list[int]] = {}
    for k, (s, _) in enumerate(spans):
        by_page.setdefault(doc.pages[s], []).append(k)
    copies = _copies(doc, headers)
    at = [i for i, _, _ in copies]
    out: list[tuple[int, list[int], list[str] | None]] = []
    header: list[str] = []
    for page, ks in by_page.items():
        header = headers.get(page, header)
        in_force = {k: bisect_right(at, spans[k][0]) - 1 for k in ks} if copies else {}
        if not _moved({copies[c][1:] for c in in_force.values() if c >= 0}):
            out.append((page, ks, None))
            continue
        groups: dict[int, list[int]] = {}
        for k in ks:
            groups.setdefault(in_force[k], []).append(k)
        split = [(page, group, list(copies[c][2]) if c >= 0 else None) for c, group in groups.items()]
        # (read whole when that parts the columns as well: the groups only where it joins them)
        whole = len(page_columns(doc, [spans[k] for k in ks], header, id_x)[0])
        more = any(len(page_columns(doc, [spans[k] for k in group], own, id_x)[0]) > whole
                   for _, group, own in split if own)
        out.extend(split if more else [(page, ks, None)])
    return out


def _moved(printed: set[tuple[tuple[str, ...], tuple[str, ...]]]) -> bool:
    """Two copies of the same titles over one page's rows with a title at another place:
    more than ``NOISE`` characters apart (layout text sets a copy a character or two off)."""
    by_titles: dict[tuple[str, ...], list[list[int]]] = {}
    for titled, lines in printed:
        if len(lines) > 1:
            continue        # (titles stacked on two lines wrap their words anew in each copy: no measure)
        by_titles.setdefault(titled, []).append([m.start() for ln in lines for m in _WORD.finditer(ln)])
    return any(abs(x - y) > NOISE for starts in by_titles.values() for other in starts[1:]
               for x, y in zip(starts[0], other))


def _copies(doc: Doc, headers: dict[int, list[str]]) -> list[tuple[int, tuple[str, ...], tuple[str, ...]]]:
    """(first line, its titles masked, the copy's lines as printed) of every copy of the
    headers' titles, in document order."""
    titled = {tuple(mask(ln) for ln in rows) for rows in headers.values() if rows}
    if not titled:
        return []
    rx = masks_rx({t[0] for t in titled}, after_newline=True)
    if doc.text is None:
        doc.text, doc.starts = "\n".join(doc.lines), line_starts(doc.lines)
    out = []
    for x in line_offsets(rx, "\n" + doc.text):
        i = bisect_right(doc.starts, x) - 1
        for t in titled:
            rows = doc.lines[i:i + len(t)]
            if tuple(mask(ln) for ln in rows) == t:
                out.append((i, t, tuple(ln.rstrip() for ln in rows)))
                break
    return out


def first_printings(ks: list[int], numbers: dict[int, str]) -> list[int]:
    """The records of a group whose number no earlier record printed. A row repeating an
    earlier row's number (a call still open, printed again at the head of the next group)
    is that record again, its text a note running across the columns: the columns are
    the other rows' gaps (all the group's rows when none is left)."""
    first: dict[str, int] = {}
    for k, number in sorted(numbers.items()):
        first.setdefault(number, k)
    own = [k for k in ks if first.get(numbers.get(k), k) == k]
    return own or ks
