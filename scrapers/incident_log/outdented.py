"""Rows indented under lines set out at the page's edge: a section heading, a closing total.

A log printed in sections (a unit's heading over that unit's status lines, a tally after
them) may set the heading further left than the rows under it. A page's margin is the
leftmost start of its lines of two cells or more, so on a page that carries such a
heading (``VESSEL H-5    SKIPPER 3309``, two cells) or the closing totals the heading is
the margin, and the time-led rows indented under it do not start at the margin: the page
gives no rows, though its rows are those of the pages around it.

Told from the rows already found and the lines already parsed for the margin (a document
whose rows start every page's margin, or that has none, returns at once): on a page that
gave none, the lines led the same way are its rows when they share one indent (the page's
own: each page's text is set from its own left edge) and the lines left of them are a few
(a heading or two: at most one per ``MAX_SET_OUT_SHARE`` rows; a total under the last row
counts for none), none opening with a date or a time (a day's date over its times is a
heading of another kind, read as such elsewhere).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from prr.scrapers.incident_log.text import DATE_RE, TIME_ONLY_RE

MIN_ROWS = 2            # led lines at one indent for a page to be read
INDENT_SLACK = 2        # characters a row's start may wander (pdftotext layout)
MAX_SET_OUT_SHARE = 4   # rows per line set out left of them, at least
SAME_INDENT = 0.9       # share of a page's led lines at one indent


def rows_under_set_out_lines(parsed: list[list[tuple[int, int, str]]], pages: list[int], rows: list[int],
                             leads: Callable[[list[tuple[int, int, str]]], bool], opening: str) -> list[int]:
    """``rows`` (lines at their page's margin led as ``leads`` tells) with the lines led
    alike on the pages that gave none, where lines set out left of them took the margin.
    ``opening``: the characters such a line can start with (the others cost no pattern)."""
    if not rows:
        return rows
    read = {pages[i] for i in rows}
    if len(read) == len(set(pages)):        # every page led by its rows: nothing set out
        return rows
    by_page: dict[int, list[int]] = {}
    for i, cs in enumerate(parsed):
        if cs and pages[i] not in read:
            by_page.setdefault(pages[i], []).append(i)
    more = []
    for lines in by_page.values():
        more.extend(_page_rows(parsed, lines, leads, opening))
    return sorted(rows + more) if more else rows


def _page_rows(parsed: list[list[tuple[int, int, str]]], lines: list[int],
               leads: Callable[[list[tuple[int, int, str]]], bool], opening: str) -> list[int]:
    """A page's led lines, when they share one indent (the page's own: pdftotext sets each
    page's text from its own left edge) and the lines left of it are a few set-out lines."""
    led = [i for i in lines if len(parsed[i]) >= 2 and parsed[i][0][2][0] in opening and leads(parsed[i])]
    if len(led) < MIN_ROWS:
        return []
    indent = Counter(parsed[i][0][0] for i in led).most_common(1)[0][0]
    at = [i for i in led if abs(parsed[i][0][0] - indent) <= INDENT_SLACK]
    if len(at) < SAME_INDENT * len(led):
        return []
    left = [i for i in lines if parsed[i][0][0] < indent - INDENT_SLACK]
    # (a total under the page's last row closes the log: a few rows above it are enough)
    if not left or MAX_SET_OUT_SHARE * sum(1 for i in left if i < at[-1]) > len(at):
        return []
    if any(_dated_or_timed(parsed[i][0][2]) for i in left):
        return []
    return at


def _dated_or_timed(cell: str) -> bool:
    return bool(DATE_RE.match(cell)) or bool(TIME_ONLY_RE.match(cell.split()[0]))
