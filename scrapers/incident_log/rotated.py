"""Column titles printed rotated (turned 90 degrees) in a band above the rows.

``pdftotext -layout`` prints no header line for them: each title's words come out on
lines of their own, one or two to a line, scattered over the band, each at its column's
position. Told from the document: above a page's first row, a run of lines of one or two
short cells without digits, whose starts stand where the rows' cells start. The titles
are set back on one line at their positions, so the table is read under its titles.
"""
from __future__ import annotations

from prr.scrapers.incident_log.columns import gaps_to_columns
from prr.scrapers.incident_log.text import cells

MIN_TITLES = 4


def scattered_titles(doc, starts: list[int]) -> dict[int, list[str]]:
    """page -> its header (one line of titles), for pages whose titles are scattered."""
    first_on_page: dict[int, list[int]] = {}
    for s in starts:
        first_on_page.setdefault(doc.pages[s], []).append(s)
    out: dict[int, list[str]] = {}
    for page, rows in first_on_page.items():
        fragments = _fragments(doc, rows[0])
        if len(fragments) < MIN_TITLES:
            continue
        # the columns the rows' gaps give: a title over a column that holds (nearly) no
        # value (a flag column seldom marked) is left out, not joined to its neighbour's
        col_starts = [a for a, _ in gaps_to_columns([doc.lines[s] for s in rows])]
        aligned = [(x, t) for x, t in fragments if any(abs(x - a) <= 2 for a in col_starts)]
        if len(aligned) < MIN_TITLES or len(aligned) < 0.5 * len(fragments):
            continue
        out[page] = [_one_line(aligned)]
    return out


def _fragments(doc, first: int) -> list[tuple[int, str]]:
    """The cells of the lines right above the first row while they are short titles."""
    found: list[tuple[int, str]] = []
    lines = 0
    i = first - 1
    while i >= 0 and doc.pages[i] == doc.pages[first]:
        line = doc.lines[i]
        i -= 1
        if not line.strip():
            continue
        cs = cells(line)
        if len(cs) > 2 or any(ch.isdigit() for ch in line) or any(len(c[2]) > 30 for c in cs):
            break
        lines += 1
        found.extend((c[0], c[2]) for c in cs)
    return found if lines >= 3 else []


def _one_line(fragments: list[tuple[int, str]]) -> str:
    """The titles at their positions; two that would overlap (a title on two rotated
    lines) are one title."""
    placed: list[list] = []
    for x, text in sorted(fragments):
        if placed and x <= placed[-1][0] + len(placed[-1][1]) + 1:
            placed[-1][1] = f"{placed[-1][1]} {text}"
        else:
            placed.append([x, text])
    line = ""
    for x, text in placed:
        line = line.ljust(max(x, len(line) + 2 if line else x)) + text
    return line
