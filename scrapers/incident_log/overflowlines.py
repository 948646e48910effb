"""A listing printed by a program whose record is wider than the printer's line: what lies
past the line's last position is printed on the next line from its first position (an
overflow line). The record's last column then stands alone at the left margin under its
row, where the record numbers stand, and the column titles overflow the same way:

    INCIDENT NO LOGGED         CALL TYPE        ADDRESS              BEAT OUTCOME
    CROSS REF
    ==========================================================================
    HB24-01006 04/02/24 16:13 PROWLER          160 MAIN ST          B3   UNFOUNDED
    HB23-00350
    HB24-01007 04/02/24 17:05 MEDICAL AID      170 OCEAN AVE        B4   ARREST

A value of that column may be a number of the records' own series (an earlier year's case
cited), and the number column takes it for a record of no fields; any other value would be
joined to the row's first cell.

Told from the document: the header's last line holds one title alone at the margin, under
a title line of several titles (the title line's overflow), and rows are followed by a line
holding one value alone at that margin, the row reaching its last title's column (a full
row, which is what overflows). Those lines are the row's overflowing last column: no
record, no cell of the first column; the value is kept under the overflow title, its
number among the row's related numbers. When every row is one line (its overflow line
aside), what stands under a blank line after the last row on its page is the listing's
closing line (what it printed, its job), not that row's text. Only the header lines are
looked at first, so a document without such a header pays nothing more.
"""
from __future__ import annotations

from dataclasses import dataclass

from prr.scrapers.incident_log.text import cells

MIN_TITLES = 3      # titles of the line the overflow title is wrapped from


@dataclass
class Overflow:
    title: str                  # the overflow title, its column's name
    values: dict[int, str]      # overflow line -> the value it holds
    closing: set[int]           # the listing's closing lines under its last row


def _overflow_title(headers: dict[int, list[str]]) -> tuple[str, int] | None:
    """The title printed alone at the margin on the header's last line under a line of
    several titles, the same on every page with a header, and where the title line's last
    title starts; or None."""
    found = set()
    for lines in headers.values():
        if len(lines) < 2:
            return None
        last, above = cells(lines[-1]), cells(lines[-2])
        if len(last) != 1 or len(above) < MIN_TITLES or abs(last[0][0] - above[0][0]) > 1 \
                or any(ch.isdigit() for ch in last[0][2]):
            return None
        found.add((last[0][2], above[-1][0]))
    return next(iter(found)) if len(found) == 1 else None


def overflow_lines(doc, found, headers: dict[int, list[str]]) -> Overflow | None:
    """The lines holding rows' overflowing last column, taken out of the record starts (and
    out of the rows' cells: skipped); None (nothing changed) when the header prints no
    overflow title or no row overflows."""
    if not headers:
        return None
    titled = _overflow_title(headers)
    if titled is None:
        return None
    title, last_x = titled
    values: dict[int, str] = {}
    lines, n = doc.lines, len(doc.lines)
    for s in found.lines:
        row = lines[s]
        margin = len(row) - len(row.lstrip())
        if len(row.rstrip()) <= last_x:       # a row short of its last column: it does not overflow
            continue
        j = s + 1
        while j < n and not lines[j].strip() and doc.pages[j] == doc.pages[s]:
            j += 1
        if j >= n or j in doc.skip or doc.pages[j] != doc.pages[s]:
            continue
        cs = cells(lines[j])
        if len(cs) == 1 and abs(cs[0][0] - margin) <= 1:
            values[j] = cs[0][2]
    if not values:
        return None
    found.lines = [i for i in found.lines if i not in values]
    for j in values:
        found.ids.pop(j, None)
    closing = _listing_end(doc, found.lines, values)
    doc.skip = doc.skip | set(values) | closing
    return Overflow(title, values, closing)


def _listing_end(doc, starts: list[int], values: dict[int, str]) -> set[int]:
    """The lines past a blank line after the last row on its page, when every other row is
    one line and its overflow line: the listing's closing lines (what it printed, its job),
    not the last row's text. Nothing when a row elsewhere runs over more lines."""
    lines, n = doc.lines, len(doc.lines)
    for s, t in zip(starts, starts[1:]):
        if doc.pages[s] == doc.pages[t] and any(
                lines[j].strip() and j not in doc.skip and j not in values for j in range(s + 1, t)):
            return set()
    if not starts:
        return set()
    last = starts[-1]
    j = max([last, *(v for v in values if v > last)]) + 1     # under the last row's overflow line
    if j >= n or lines[j].strip() or doc.pages[j] != doc.pages[last]:
        return set()        # no blank line under the last row: what follows may be its own
    return {k for k in range(j, n) if doc.pages[k] == doc.pages[last] and lines[k].strip()}


def keep_overflow_values(doc, records: list[dict], record_spans, overflow: Overflow | None) -> None:
    """Each overflow line's value under its title in the record whose row it overflows, and
    on the record's printed text (the line was skipped while the cells were read); the
    title above it read without the overflow title (the header's lines are read as titles
    stacked over their columns: "INCIDENT NO" over "CROSS REF" read as one title). The last
    span is cut above the listing's closing lines."""
    if overflow is None:
        return
    if overflow.closing and record_spans:
        # the last record ends above the listing's closing lines: their counts and job
        # number are none of its related numbers (the list is the caller's, read after this)
        s, e = record_spans[-1]
        record_spans[-1] = (s, max(s + 1, min(e, min(overflow.closing))))
    joined = f" {overflow.title}"
    for rec, (s, e) in zip(records, record_spans):
        fields = rec.get("fields")
        if fields is not None and any(k.endswith(joined) for k in fields):
            rec["fields"] = fields = {k.removesuffix(joined) if k.endswith(joined) else k: v
                                      for k, v in fields.items()}
        for j in range(s + 1, e):
            value = overflow.values.get(j)
            if value is not None:
                rec.setdefault("fields", {})[overflow.title] = value
                rec["raw"] = f"{rec.get('raw') or ''}\n{doc.lines[j].rstrip()}".lstrip("\n")
