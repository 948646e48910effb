"""Pages whose columns are groups, not fields: one column per town, district, beat or
desk, each entry printed only in its group's column, level with the time in a first
column.

A regional dispatch log may print its events in time order down the page but put each
one under the member town it happened in: ``pdftotext -layout`` then gives lines whose
words all stand under ONE heading of the title line (besides the leading time), and
consecutive entries jump between headings. A table's rows fill many of its headings at
once, a calendar's lines (``daycols.py``) hold several days' entries, text columns
(``textcols.py``) run side by side on every line: neither looks like this. Such a page
is told from itself: a title line of three or more headings besides the first, and body
lines opening at a heading's start, nearly all of them under one heading only, over at
least ``MIN_GROUPS`` headings, the lines that open in the first column (a row: its
time) too.

Each entry (a line opening in the first column and the lines under the same heading
after it) is rewritten as one row: its first column, then its lines as cells lined up
with the other entries' (the first line, the second ...), in the printed (time) order,
so the entries read as one table. Lines under several headings (a day's counts per
town) and lines in the first column only (a day band) stay as printed.

A duty board may use the same layout for kinds of work rather than places: one column
per series (``INCIDENTS``, ``CIVIL PROCESS``, ``TRANSPORTS``), every entry opening with
its number, all series numbered alike, so only the column tells an incident from a paper
served. When two or more headings hold numbered entries and exactly one heading names
records (``seriestally.RECORD_WORD``), and that one is among them, only the entries under
it are kept: the others are work of another kind. Headings naming places name no records,
and two headings naming records (calls and cases) keep everything.

Only the first ``SAMPLE_PAGES`` pages are looked at before deciding a document has none.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.seriestally import RECORD_WORD
from prr.scrapers.incident_log.text import cells

SAMPLE_PAGES = 3
HEAD_LINES = 12          # lines of a page its title line is looked for in
MIN_GROUPS = 3           # headings used by entries, besides the first column
MIN_LINES = 12           # body lines under one heading only
MIN_ROWS = 5             # rows opening in the first column, their words under one heading
MIN_SHARE = 0.8          # of the body lines under some heading, those under one only
SLACK = 2                # characters a cell may start away from its heading
NUMBERED_SHARE = 0.8     # of a heading's entries opening with a number: a numbered series
_NUMBER = re.compile(r"[A-Z]{0,4}\d+(?:[-/.][A-Z0-9]+)+\b|[A-Z]{0,4}\d{4,}\b")
_RECORD = re.compile(rf"(?i)\b{RECORD_WORD}\b")


def split_group_columns(page_texts: list[str]) -> list[str] | None:
    """The page texts with every page in group columns rewritten as one log, or None when
    none of the first ``SAMPLE_PAGES`` pages is (one pass over their title lines first)."""
    out = list(page_texts)
    pages = []
    for k, text in enumerate(page_texts):
        if k >= SAMPLE_PAGES and not pages:
            return None
        lines = text.splitlines()
        found = _group_page(lines, bool(pages))
        if found is not None:
            pages.append((k, lines, *found))
    if not pages:
        return None
    kept = _records_heading(pages)
    for k, lines, head, heads in pages:
        out[k] = _rewrite(lines, head, heads, kept)
    return out


def _heading_name(heads, group: int) -> str:
    """A heading's words, as every page prints them (its place moves from page to page)."""
    return " ".join(heads[group][1].upper().split())


def _records_heading(pages) -> str | None:
    """The one heading naming records among two or more whose entries open with a number
    (a series each), or None when the headings are not series of that kind."""
    entries: dict[str, list[bool]] = {}
    for _, lines, head, heads in pages:
        for ln in lines[head + 1:]:
            if not ln.strip():
                continue
            lead, group, start = _placed(ln, heads)
            if lead is not None and group not in (None, -1):
                entries.setdefault(_heading_name(heads, group), []).append(bool(_NUMBER.match(ln[start:])))
    numbered = {name for name, opened in entries.items() if sum(opened) >= NUMBERED_SHARE * len(opened)}
    named = [name for name in entries if _RECORD.search(name)]
    if len(numbered) >= 2 and len(named) == 1 and named[0] in numbered:
        return named[0]
    return None


def _chunks(line: str) -> list[tuple[int, str]]:
    """The runs of words of a line (split at two spaces or more): (start, text)."""
    return [(start, text) for start, _, text in cells(line)]


def _column(heads: list[tuple[int, str]], x: int) -> int:
    """The heading a run of words starting at ``x`` stands under: the last one starting at
    or before it (within ``SLACK``)."""
    k = 0
    for c, (start, _) in enumerate(heads):
        if x + SLACK >= start:
            k = c
    return k


def _placed(line: str, heads) -> tuple[str | None, int | None, int]:
    """(the words in the first column, the one heading the rest stands under or None when
    it stands under several, where that rest starts); -1 for a line without words past
    the first column."""
    lead, group, start = None, -1, 0
    for x, text in _chunks(line):
        c = _column(heads, x)
        if c == 0:
            if x + len(text) > heads[1][0]:
                return None, -1, 0          # words past the first column's end: across the page
            if group != -1:
                return None, None, 0
            lead = text if lead is None else lead + " " + text
        elif group == -1:
            group, start = c, x
        elif c != group:
            return lead, None, 0
    return lead, group, start


def _group_page(lines: list[str], known: bool):
    """(title line index, headings) of a page in group columns, or None. Once a page of
    the document was (``known``), a short page (the last) needs only one entry."""
    least, rows_least, groups_least = (1, 1, 1) if known else (MIN_LINES, MIN_ROWS, MIN_GROUPS)
    row_share = MIN_SHARE / 2 if known else MIN_SHARE      # two entries and the day's counts
    for i, ln in enumerate(lines[:HEAD_LINES]):
        heads = _chunks(ln)
        if len(heads) < MIN_GROUPS + 1 or any(ch.isdigit() for _, t in heads for ch in t):
            continue
        single = several = rows = row_single = 0
        used = set()
        for body in lines[i + 1:]:
            if not body.strip():
                continue
            lead, group, _ = _placed(body, heads)
            if group == -1:
                continue
            if group is None:
                several += 1
            else:
                single += 1
                used.add(group)
            if lead is not None:
                rows += 1
                row_single += group is not None
        if single >= least and single >= MIN_SHARE * (single + several) and len(used) >= groups_least \
                and row_single >= rows_least and row_single >= row_share * rows:
            return i, heads
    return None


def _rewrite(lines: list[str], head: int, heads, kept: str | None = None) -> str:
    """The page with each entry on one line, in the order printed: its first column, then
    its lines as cells, padded so the cells line up as a table's columns (the entry's first
    line, then its second ...). The title line, whose headings are groups, is left out.
    With ``kept`` (the records' heading), entries under the other headings are left out."""
    placed = [_placed(ln, heads) if ln.strip() else (None, -1, 0) for ln in lines]
    out: list = lines[:head]
    entry = None
    for j in range(head + 1, len(lines)):
        lead, group, start = placed[j]
        if group in (None, -1):
            if entry is not None and group is None:
                out.append("")     # counts under the headings: not the entry's
            entry = None
            out.append(lines[j])
        elif lead is not None:
            entry = [lead, lines[j][start:].strip()]
            if kept is None or _heading_name(heads, group) == kept:
                out.append(entry)
        elif entry is not None:
            entry.append(lines[j][start:].strip())
        else:
            out.append(lines[j])
    entries = [e for e in out if isinstance(e, list)]
    widths = [max((len(e[c]) for e in entries if len(e) > c), default=0)
              for c in range(max(map(len, entries), default=0))]
    return "\n".join("  ".join(cell.ljust(widths[c]) for c, cell in enumerate(e)).rstrip()
                     if isinstance(e, list) else e for e in out)
