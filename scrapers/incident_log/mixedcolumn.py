"""A record-number column whose values come in several shapes (one per agency).

A dispatch centre printing several agencies' incidents prints each agency's number as
issued: ``25-S-08801``, ``25-0451 OPD``, ``VPD.25.0332``, ``TTP2500081`` in one column.
The column is found from the shapes the id finder knows; then, in place:

* a row opening like the column's rows (its first cell of the same shape: the date and
  time) whose cell at the column's position is a number of a shape the id finder does not
  take (``VPD.25.0332``, dots between the parts) is a record too, that cell its number;
* a row of that kind leaving the column blank, its number under the neighbouring title
  (a number column per service, ``eithercolumn.py``), is a record too, that number its own;
* a shape whose values all carry the same word after one space (``25-0451 OPD``, the
  agency's letters) is read whole: the word is part of that series' number.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from prr.scrapers.incident_log.apartpanels import apart_panels
from prr.scrapers.incident_log.eithercolumn import neighbour_column_numbers
from prr.scrapers.incident_log.text import cells, line_starts, shape, shapes

SAMPLE = 60            # rows whose first cell is looked at
MIN_SHARE = 0.6         # share of the column's rows opening with the same first-cell shape
SUFFIX_SHARE = 0.9      # share of a shape's values followed by the same word
_NUMBERISH = re.compile(r"[A-Z0-9]+(?:[.\-/][A-Z0-9]+)+|[A-Z]{1,4}\d{4,}")
_SUFFIX = re.compile(r" ([A-Z]{2,6})(?=\s{2,}|\s*$)")
_CELL = re.compile(r"\S+(?: \S+)*")       # a cell, as ``text.cells`` reads them


def mixed_number_column(doc, found) -> None:
    """Join to ``found`` (an id column) the rows whose number the id finder missed, and
    read a series' trailing letters as part of its numbers (in place)."""
    # first, a wide table's other panels on pages of their own: their numbers are no rows'
    apart_panels(doc, found)
    if found is None or found.kind != "id_column" or len(found.ids) < 4:
        return
    lines = doc.lines
    sample = list(found.ids)[:SAMPLE]
    lead, n = Counter(_first_shape(lines[i]) for i in sample).most_common(1)[0]
    if lead is None or n < MIN_SHARE * len(sample):
        return
    _suffixes(lines, found)
    led = _lines_led_like(lines, lead, found.ids, getattr(doc, "text", None), getattr(doc, "starts", None))
    if not led:
        return
    where = {i: lines[i].find(tok) for i, tok in found.ids.items()}
    xs = sorted(x for x in where.values() if x >= 0)
    lo, hi = xs[len(xs) // 10], xs[-1 - len(xs) // 10]
    seen = set(found.ids.values())
    added, blank = {}, []
    for i in led:
        if i in found.ids or i in doc.skip or _first_shape(lines[i]) != lead:
            continue
        for x, _, text in cells(lines[i]):
            if lo - 2 <= x <= hi + 2:
                tok = text.split(" ")[0]
                if _NUMBERISH.fullmatch(tok) and sum(c.isdigit() for c in tok) >= 4 and tok not in seen:
                    added[i] = tok
                    seen.add(tok)
                break
        else:
            blank.append(i)
    # rows leaving the column blank: their number may stand in a neighbouring titled column
    added.update(neighbour_column_numbers(lines, found, blank, (lo, hi), seen))
    if added:
        found.ids.update(added)
        found.ids = {i: found.ids[i] for i in sorted(found.ids)}
        found.lines = sorted(set(found.lines) | set(added))


def _lines_led_like(lines: list[str], lead: str, lines_with_ids, text: str | None = None,
                    starts: list[int] | None = None) -> list[int]:
    """Indexes of the lines opening with a cell of shape ``lead`` (one pass over the text;
    ``text``, ``starts``: the lines joined by newlines and where each starts, when known)."""
    # led by the newline before a line, in "\n" + text: tried only where lines start (led
    # by "^", a pattern is tried at every character)
    rx = re.compile(r"\n[ \t]*" + "".join(r"\d" if c == "9" else "[A-Z]" if c == "A" else re.escape(c) for c in lead))
    after_newline = "\n" + ("\n".join(lines) if text is None else text)
    if len(rx.findall(after_newline)) <= len(lines_with_ids):
        return []       # no row led like the column's rows but without a number of it
    starts = line_starts(lines) if starts is None else starts
    return [bisect_right(starts, m.start()) - 1 for m in rx.finditer(after_newline)]


def _first_shape(line: str) -> str | None:
    first = _CELL.search(line)      # the line's first cell (``cells``' first, without the others)
    if not first or not any(c.isdigit() for c in first.group()):
        return None
    return shape(first.group())


def _suffixes(lines: list[str], found) -> None:
    by_shape: dict[str, list[int]] = defaultdict(list)
    for i, sh in zip(found.ids, shapes(found.ids.values())):     # (the shapes in one C-level map)
        by_shape[sh].append(i)
    for rows in by_shape.values():
        words = _words_after(lines, found, rows)
        if words is None:
            continue
        word, n = Counter(words).most_common(1)[0]
        if word is None or len(rows) < 2 or n < SUFFIX_SHARE * len(rows):
            continue
        for i, w in zip(rows, words):
            if w == word:
                found.ids[i] = f"{found.ids[i]} {word}"


def _words_after(lines: list[str], found, rows: list[int]) -> list[str | None] | None:
    """The word after each row's number, or None once too many numbers have none (no word can
    then be shared by enough of them)."""
    words, bare = [], 0
    for i in rows:
        words.append(_word_after(lines[i], lines[i].find(found.ids[i]), found.ids[i]))
        bare += words[-1] is None
        if bare > (1 - SUFFIX_SHARE) * len(rows):
            return None
    return words


def _word_after(line: str, x: int, tok: str) -> str | None:
    if x < 0:
        return None
    m = _SUFFIX.match(line, x + len(tok))
    return m.group(1) if m else None
