"""A row's text cut in the table and carried to items after the log, named by a mark.

A table with a cell of fixed height (a narrative printed on three lines at most) cuts a
longer text and ends the cell with a mark naming where the rest is: ``... Video from a
(cont. C-1)``. After the log come the items it names, each headed by a line repeating the
row's number (and date) with the item's key (``C-1  KM25-3303  10/01/2025  continued from
the log``), the rest of the text under it. The heading lines cite numbers read before, so
they are taken for a journal's later lines on a record (``anchors.later_citations``:
skipped while the rows are read, no records); their text lines belong to no row.

Here such a heading whose key (a word with a digit) is the last word of a bracketed mark
closing one of its record's cells is no update: the lines under it (up to a blank line,
the next heading or a row; over a page break when the next page goes on at the text's
indent below a few header lines) are the rest of that cell, joined to it in place of the
mark, and the heading and text lines are added to the record's ``raw``. Told cheaply:
nothing is done unless the document has such later lines and some record's cell ends
with a bracket.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from prr.scrapers.incident_log.record import COLUMNS, record_number
from prr.scrapers.incident_log.text import squash

# a bracketed mark closing a cell, its last word the key ("(cont. C-1)", "[see R12]")
_MARK = re.compile(r"\s*[(\[]([^()\[\]\n]{0,40}?)(\S*\d\S*)[)\]]\s*$")
_WORD_EDGE = ".,;:()[]"
MAX_HEAD_LINES = 3      # lines of a page's header an item's text goes on below


def join_overflow_items(doc, records: list[dict], record_spans: list[tuple[int, int]]) -> int:
    """The rest of each marked cell from the item naming it (in place); the items' heading
    lines are taken out of ``doc.updates``. Returns the number of cells completed."""
    if not doc.updates:
        return 0
    marks = _marked_cells(records)
    if not marks:
        return 0
    starts = [s for s, _ in record_spans]
    joined = 0
    for i in sorted(doc.updates):
        number = doc.updates[i]
        keys = {w.strip(_WORD_EDGE) for w in doc.lines[i].split()}
        key = next((k for k in keys if (number, k) in marks), None)
        body = _item_lines(doc, i, starts, record_spans) if key is not None else []
        if not body:
            continue
        rec, name, at = marks.pop((number, key))
        old = rec["fields"][name]
        new = f"{old[:at].rstrip()} {squash(' '.join(doc.lines[k] for k in body))}".strip()
        rec["fields"][name] = new
        for col in COLUMNS:
            if rec.get(col) == old:
                rec[col] = new
        printed = doc.printed or doc.lines
        rec["raw"] = "\n".join([rec.get("raw") or "", *(printed[k].rstrip() for k in (i, *body))]).lstrip("\n")
        del doc.updates[i]
        joined += 1
    return joined


def _marked_cells(records: list[dict]) -> dict[tuple[str, str], tuple[dict, str, int]]:
    """(record number, key) -> the record, the cell's name and where its mark starts."""
    out: dict[tuple[str, str], tuple[dict, str, int]] = {}
    for rec in records:
        fields = rec.get("fields") or {}
        for name, value in fields.items():
            if isinstance(value, str) and value[-1:] in ")]":
                m = _MARK.search(value)
                number = record_number(rec)
                if m and number:
                    out.setdefault((number, m.group(2).strip(_WORD_EDGE)), (rec, name, m.start()))
    return out


def _item_lines(doc, head: int, starts: list[int], record_spans: list[tuple[int, int]]) -> list[int]:
    """The text lines under an item's heading: up to a blank line, the next heading or a
    row's line; a page break is passed over when the next page goes on at the text's
    indent below at most a few lines of its header."""
    lines, out = doc.lines, []
    indent = None
    j = head + 1
    while j < len(lines):
        if j in doc.updates or _in_row(j, starts, record_spans):
            break
        ln = lines[j]
        if j in doc.skip or not ln.strip():
            if not out or not ln.strip() and not _page_ends_blank(doc, j):
                break
            j += 1
            continue
        if out and doc.pages[j] != doc.pages[out[-1]]:
            j = _goes_on_at(doc, j, indent, starts, record_spans)
            if j is None:
                break       # the next page opens with something else: the item ended at the break
            ln = lines[j]
        if indent is None:
            indent = len(ln) - len(ln.lstrip())
        out.append(j)
        j += 1
    return out


def _goes_on_at(doc, j: int, indent: int | None, starts: list[int],
                record_spans: list[tuple[int, int]]) -> int | None:
    """The first line of page ``doc.pages[j]`` at the text's indent, below at most
    ``MAX_HEAD_LINES`` lines of the page's header (furniture and blank lines left out)."""
    page, passed = doc.pages[j], 0
    while j < len(doc.lines) and doc.pages[j] == page and passed <= MAX_HEAD_LINES:
        ln = doc.lines[j]
        if j in doc.updates or _in_row(j, starts, record_spans):
            return None
        if j not in doc.skip and ln.strip():
            if indent is not None and abs(len(ln) - len(ln.lstrip()) - indent) <= 1:
                return j
            passed += 1
        j += 1
    return None


def _page_ends_blank(doc, j: int) -> bool:
    """Only blank and furniture lines from ``j`` to the end of its page: the text may go on
    over the break."""
    page = doc.pages[j]
    while j < len(doc.lines) and doc.pages[j] == page:
        if j not in doc.skip and doc.lines[j].strip():
            return False
        j += 1
    return True


def _in_row(j: int, starts: list[int], record_spans: list[tuple[int, int]]) -> bool:
    k = bisect_right(starts, j) - 1
    return k >= 0 and record_spans[k][0] <= j < record_spans[k][1]
