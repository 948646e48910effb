"""Records opened at the page's left margin by a date (else a time) with more cells after it:
the anchors of a log with no number column, a day's rows under their date or time.

Split from ``anchors.py`` (the record-number column), whose ``Anchors`` it returns."""
from __future__ import annotations

from prr.scrapers.incident_log import anchors
from prr.scrapers.incident_log.outdented import rows_under_set_out_lines
from prr.scrapers.incident_log.text import DATE_RE, TIME_ONLY_RE, cells

_DIGITS = "0123456789"    # what a time opens with (a date: a month's name too)


def margin_anchors(lines: list[str], pages: list[int]) -> anchors.Anchors | None:
    """Lines starting at the page's left margin with a date (else a time) and more cells."""
    indent: dict[int, int] = {}
    parsed = []
    for i, ln in enumerate(lines):
        cs = cells(ln)
        parsed.append(cs)
        if len(cs) >= 2:
            indent[pages[i]] = min(indent.get(pages[i], 10_000), cs[0][0])
    dated, timed = [], []
    for i, cs in enumerate(parsed):
        if len(cs) < 2 or cs[0][0] > indent.get(pages[i], 0) + 2:
            continue
        if _dated(cs):
            dated.append(i)
        elif _timed(cs):
            timed.append(i)
    # a page whose margin a section's heading set out left of its rows took: its rows too
    dated = rows_under_set_out_lines(parsed, pages, dated, _dated, _DIGITS + "JFMASOND")
    if len(dated) >= anchors.MIN_RECORDS:
        return anchors.Anchors("margin_date", dated)
    timed = rows_under_set_out_lines(parsed, pages, timed, _timed, _DIGITS)
    if len(timed) >= anchors.MIN_RECORDS:
        return anchors.Anchors("margin_time", timed)
    return None


def _dated(cs: list[tuple[int, int, str]]) -> bool:
    m = DATE_RE.match(cs[0][2])
    return bool(m) and m.start() == 0


def _timed(cs: list[tuple[int, int, str]]) -> bool:
    return bool(TIME_ONLY_RE.match(cs[0][2].split()[0])) and cs[1][0] - cs[0][1] >= 2
