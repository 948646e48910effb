"""Table rows set in under group headings set out at the margin: each row ends at the next heading.

A run sheet (one heading line per train run, bus trip, sailing or patrol shift, its fields
spaced out along the line: the run's number, route, times, vehicles) prints the run's
incidents under its heading as rows set in from the margin, one line each, or a line
saying the run had none. The rows' spans run to the next row, so the last row of a run
takes in the next run's heading, and with it any empty runs after it (their headings and
their "none" lines): those lines, spread over the rows' column gaps, join every column into
one and hold a date and numbers of their own, and most rows end a run (runs hold a row or
two), so the lines are no occasional group line (``grouplines.py``) either.

Told from the document: on each page the rows' first lines start at one indent, and lines
inside the rows' spans start left of it (set out by two characters or more); such lines of
two cells or more (a heading's fields, not a sentence wrapped under its row) stand in
``MIN_GROUPS`` spans or more, and one stands right above the first row (a heading is over
its rows: a note under each row is not above the first). Each row then ends at the first
line set out left of the rows: the heading, and what stands under it up to the next row,
are the group's, no row's text; a date it prints (a day heading, an event's date) is the
date of the rows under it (``grouplines.dated_by_group``). A page whose rows start at its
margin (pdftotext sets each page from its own left edge) has nothing set out and is left
as it is.
"""
from __future__ import annotations

from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.text import cells

MIN_GROUPS = 3      # spans holding a set-out heading
SET_OUT = 2         # characters left of the rows' indent a heading starts, at least
SLACK = 1           # characters a row's start may wander (pdftotext layout)


def end_at_set_out_headings(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """``spans`` each cut at its first line set out left of its page's rows, when the
    document sets its rows in under such headings; None where it does not."""
    if len(spans) < MIN_GROUPS:
        return None
    indent = _row_indents(doc, spans)
    if not indent:
        return None

    def set_out(i: int) -> bool:
        x = indent.get(doc.pages[i])
        line = doc.lines[i]
        return x is not None and i not in doc.skip and bool(line.strip()) and \
            len(line) - len(line.lstrip()) <= x - SET_OUT

    cut = [next((i for i in range(s + 1, e) if set_out(i)), e) for s, e in spans]
    headed = sum(1 for (_, e), c in zip(spans, cut) if c < e and len(cells(doc.lines[c])) >= 2)
    if headed < MIN_GROUPS or not _heading_above(doc, spans[0][0], set_out):
        return None
    return [(s, c) for (s, _), c in zip(spans, cut)]


def _row_indents(doc: Doc, spans: list[tuple[int, int]]) -> dict[int, int]:
    """Page -> the indent its rows' first lines share, on pages where they share one set in
    from the margin (two characters or more)."""
    by_page: dict[int, list[int]] = {}
    for s, _ in spans:
        line = doc.lines[s]
        by_page.setdefault(doc.pages[s], []).append(len(line) - len(line.lstrip()))
    return {page: min(xs) for page, xs in by_page.items() if min(xs) >= SET_OUT and max(xs) - min(xs) <= SLACK}


def _heading_above(doc: Doc, first: int, set_out) -> bool:
    """The text line right above the first row is set out, of two cells or more."""
    i = first - 1
    while i >= 0 and doc.pages[i] == doc.pages[first] and (i in doc.skip or not doc.lines[i].strip()):
        i -= 1
    return i >= 0 and doc.pages[i] == doc.pages[first] and set_out(i) and len(cells(doc.lines[i])) >= 2
