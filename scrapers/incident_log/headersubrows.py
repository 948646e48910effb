"""Rows set in under each record of a table, titled once per page by the header's last
line: a header of two title lines, the second indented deeper than the first, over
records whose first line stands under the first titles and whose further lines (none,
one or several: a case's visits, an account's payments) stand at the second's indent,
each a row of cells. The second title line titles those rows, not the record's columns:
read as part of the record, its titles merge with the first line's ("Address Visit
type") and the rows' cells fall into the record's columns (a visit's date read as the
record's, its kind as the record's type).

Told from the layout: the header's last title line is indented (past the first's first
title) on every page, and on the first records lines at that indent follow the record's
first line in half of them or more, several such lines of three cells or more in some
(a table of rows: one line under each record would be the record's second row, read
with it by ``tworow``). The records are cut where those rows start; the rows are kept
as ``subtable`` keeps a small table titled under each record (in the record's fields
under the title line, rows joined by " // ", cells by " | "; their numbers related),
and the title line leaves the header.
"""
from __future__ import annotations

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.text import cells, indent

SAMPLE = 60
MIN_SHARE = 0.5         # records with rows at the title's indent, of those looked at
SEVERAL_SHARE = 0.2     # records with two rows or more there, of those looked at
MIN_CELLS = 3           # a row of the small table, not a wrapped sentence


def header_sub_rows(doc, spans: list[tuple[int, int]], headers: dict[int, list[str]]) -> \
        tuple[list[tuple[int, int]], dict[int, list[str]], str] | None:
    """As ``subtable.sub_tables`` (the spans cut where each record's rows start, its rows,
    the title line), the rows titled by the header's indented last line, which is taken
    out of ``headers`` (in place); None when the header and rows are not so."""
    title = _set_in_title(headers)
    if title is None or not spans:
        return None
    key, x = title
    looked = spans[:SAMPLE]
    rows_at = [[i for i in range(s + 1, e) if i not in doc.skip and doc.lines[i].strip()
                and abs(indent(doc.lines[i]) - x) <= 1] for s, e in looked]
    if sum(1 for r in rows_at if r) < MIN_SHARE * len(looked) or sum(
            1 for r in rows_at if sum(1 for i in r if len(cells(doc.lines[i])) >= MIN_CELLS) >= 2) \
            < SEVERAL_SHARE * len(looked):
        return None
    cut, subs = [], {}
    for k, (s, e) in enumerate(spans):
        start = next((i for i in range(s + 1, e) if i not in doc.skip and doc.lines[i].strip()
                      and abs(indent(doc.lines[i]) - x) <= 1), None)
        if start is None:
            cut.append((s, e))
            continue
        cut.append((s, start))
        subs[k] = [" | ".join(c[2] for c in cells(doc.lines[i])) for i in range(start, e)
                   if i not in doc.skip and doc.lines[i].strip()]
    for page, lines in headers.items():
        headers[page] = lines[:-1]
    return cut, subs, key


def _set_in_title(headers: dict[int, list[str]]) -> tuple[str, int] | None:
    """The header's last title line as printed (its words) and its indent, when every page's
    header has two title lines or more and ends with that line, indented past the first."""
    found = None
    for lines in headers.values():
        titled = [ln for ln in lines if ln.strip()]
        if len(titled) < 2 or len(titled) != len(lines):
            return None
        first, last = titled[0], titled[-1]
        x = indent(last)
        if x <= indent(first) + 1 or len(cells(last)) < MIN_CELLS or not is_title_line(last) \
                or not is_title_line(first):
            return None
        key = " ".join(last.split())
        if found is not None and found != (key, x):
            return None
        found = (key, x)
    return found
