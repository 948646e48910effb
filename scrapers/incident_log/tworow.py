"""Tables whose records take two printed rows: the number, date and type on the first, the
place, disposition and reference on a second row, indented, under a header of two lines.

Read only when the table reader finds the number column but no type, date or place beside
it (the two rows' columns overlap, so their words mix). The shape is found from the
document: nearly every record ends with a line at one indent, deeper than its numbered
line (or, under a header of two title lines, deeper still where the line's first cells
are blank and it starts under a later title of the second title line), and most records
are just those two lines. Then each record's second row is joined
to the right of its first (the first rows padded to one width, so the second rows'
columns stay aligned), the header's two lines likewise, and the joined pages are read as
a one-row table; lines between the two rows (a second offence) stay below the joined row.
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.text import cells, indent

MIN_RECORDS = 3


def _second_titles(headers: dict[int, list[str]]) -> dict[int, list[int]]:
    """Where each page's second title line sets its titles (a header of two lines)."""
    return {page: [start for start, _, _ in cells(h[1])] for page, h in headers.items() if len(h) == 2}


def _at_second_row(doc, i: int, at: int, titles: dict[int, list[int]]) -> bool:
    """A line at the second rows' indent (within two characters), or deeper where its
    first cell stands under a later title of the header's second line (the title nearest
    it): the row's first cells left blank (no occurrence time printed), its values still
    under their titles."""
    start = indent(doc.lines[i])
    if abs(start - at) <= 2:
        return True
    starts = titles.get(doc.pages[i], ())
    if start <= at + 2 or not starts:
        return False
    # (the title nearest the cell, a few characters off at most: pdftotext sets a page's
    # columns a little apart from its titles)
    near = min(starts, key=lambda t: abs(start - t))
    return near > at + 2 and abs(start - near) <= 4


def _second_row(doc, lines: list[int], at: int, titles: dict[int, list[int]] | None = None) -> int | None:
    """The record's last line at the second rows' indent; else its last line starting
    under a later title of the second title line (a line of a third tier, under the
    second row, is no second row when the record has one at the indent)."""
    for i in reversed(lines[1:]):
        if _at_second_row(doc, i, at, {}):
            return i
    for i in reversed(lines[1:]):
        if _at_second_row(doc, i, at, titles or {}):
            return i
    return None


def _row_of_cells(doc, recs: list[list[int]], at: int, titles: dict[int, list[int]]) -> bool:
    """The second rows are rows of a table, not a description under a line: indented no
    deeper than where the first row's second column starts (a place under the date), and two
    cells or more in nearly all."""
    seconds = [(ls[0], _second_row(doc, ls, at, titles)) for ls in recs]
    seconds = [(first, second) for first, second in seconds if second is not None]
    under = [1 for first, second in seconds
             if len(cells(doc.lines[first])) >= 2 and at <= cells(doc.lines[first])[1][0]]
    several = [1 for _, second in seconds if len(cells(doc.lines[second])) >= 2]
    return len(under) >= 0.8 * len(recs) and len(several) >= 0.8 * len(recs)


def two_row_pages(doc, record_spans, headers: dict[int, list[str]]) -> list[str] | None:
    """Page texts with every record's two rows joined into one line, or None when the
    records do not share the two-row shape."""
    recs = [[i for i in range(s, e) if i not in doc.skip and doc.lines[i].strip()] for s, e in record_spans]
    recs = [ls for ls in recs if ls]
    if len(recs) < MIN_RECORDS:
        return None
    deeper = [ls for ls in recs if len(ls) >= 2 and indent(doc.lines[ls[-1]]) > indent(doc.lines[ls[0]]) + 1]
    if len(deeper) < 0.9 * len(recs) or sum(1 for ls in recs if len(ls) == 2) < 0.6 * len(recs):
        return None
    at = Counter(indent(doc.lines[ls[-1]]) for ls in deeper).most_common(1)[0][0]
    # pdftotext may set a row a character deeper under a wrapped line above it
    titles = _second_titles(headers)
    n = sum(1 for ls in deeper if _at_second_row(doc, ls[-1], at, titles))
    if n < 0.8 * len(recs) or not _row_of_cells(doc, recs, at, titles):
        return None
    two_line_headers = [h for h in headers.values() if len(h) == 2]
    width = max([len(doc.lines[ls[0]].rstrip()) for ls in recs] + [len(h[0].rstrip()) for h in two_line_headers]) + 4
    pages: dict[int, list[str]] = {}
    for ls in recs:
        page = doc.pages[ls[0]]
        out = pages.setdefault(page, [])
        if not out and len(headers.get(page, ())) == 2:
            top, below = headers[page]
            out.append(top.rstrip().ljust(width) + below)
        second = _second_row(doc, ls, at, titles)
        out.append(doc.lines[ls[0]].rstrip().ljust(width) + (doc.lines[second] if second else ""))
        out.extend(doc.lines[i] for i in ls[1:] if i != second)
    last = max(doc.pages) if doc.pages else 0
    return ["\n".join(pages.get(p, [])) for p in range(1, last + 1)]


def two_title_lines(doc, record_spans, headers: dict[int, list[str]], records: list[dict], read):
    """Records of two printed lines under a header of two title lines, each naming the
    values of its own line (``NATURE`` over the first line's type, ``DISPOSITION`` under
    it over the second line's): read (``read(pages)``, a LogResult) with each record's
    lines joined, as the two-row table, when that names more of the records' values (read
    as one row, the titles of both lines fall on one column and name neither)."""
    if not headers or sum(1 for h in headers.values() if len(h) == 2) < 0.8 * len(headers):
        return None
    pages = two_row_pages(doc, record_spans, headers)
    if pages is None:
        return None
    result = read(pages)
    if result.status == "records" and len(result.records) == len(records) and \
            named_fields(result.records) > named_fields(records):
        return result
    return None


def named_fields(records: list[dict]) -> int:
    """How many common fields the first records fill (a time counts beside its date)."""
    return sum(bool(r.get(f)) for r in records[:100] for f in ("type", "location", "disposition", "occurred_at")) + \
        sum("T" in (r.get("reported_at") or "") for r in records[:100])
