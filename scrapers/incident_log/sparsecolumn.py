"""A second number column filled only on a record's first line, beside a first one filled
on every line: the sparse column's numbers are the records', the lines under each its own.

A booking register or a charge sheet printed one line per person (or per charge, per
vehicle) opens every line with that line's own number: the person's booking or citation
number, all different. The incident the person belongs to is numbered in a later column,
printed with the incident's date, place and status on its first line only; the incident's
other lines leave those cells blank. The id finder takes the first column (a number on
every line, all different: more numbers than the incident column has) and makes a record
of every person. The record is the incident: its number is the sparse column's, the lines
under it (blank there) are its own lines, and the per-line numbers are its related numbers.

Told from the id column's own lines, no pass over the rest of the document: on a sample of
them, a second number stands right of the column's number on some lines (a share between
``MIN_SHARE`` and ``MAX_SHARE``) at one position. Then all the column's lines are looked
at: the second numbers line up, are all different, the first line carries one, every line
without one is blank at that position, and the values a record prints once stand only on
the lines with one: a date or a time on nearly all of them and on nearly none of the
others. A column of notes or of other offices' numbers filled here and there is not this:
the lines without a number there are records of their own, each with its date.
"""
from __future__ import annotations

from collections import Counter
from itertools import islice

from prr.scrapers.incident_log.anchors import Anchors
from prr.scrapers.incident_log.text import DATE_RE, TIME_ONLY_RE, cells

MIN_LINES = 8           # lines of the id column before a second column is looked for
SAMPLE = 60             # the column's first lines looked at before anything else
MIN_SHARE = 0.3         # of the lines, those carrying a second number: fewer is a note column
MAX_SHARE = 0.9         # more: nearly every line is a record of its own
IN_WINDOW = 0.9         # of the second numbers, those lining up at one position
WIDTH = 8               # characters a column's start may wander
DATED = 0.8             # of the lines with a second number, those carrying a date or time
UNDATED = 0.9           # of the lines without one, those carrying none


def sparse_number_column(doc, found: Anchors | None) -> tuple[Anchors, set[int]] | None:
    """The sparse column as the records' number column (lines and ids), with the lines a
    page opens with before its first record (the last record's lines carried over the page
    break), or None when the id column ``found`` has no such neighbour (see the module's
    docstring)."""
    if found is None or found.kind != "id_column" or len(found.lines) < MIN_LINES:
        return None
    sample = list(islice(found.lines, SAMPLE))
    if not MIN_SHARE * len(sample) <= sum(_second(doc, found, i) is not None for i in sample) <= MAX_SHARE * len(sample):
        return None
    seconds = {i: s for i in found.lines if (s := _second(doc, found, i)) is not None}
    if not MIN_SHARE * len(found.lines) <= len(seconds) <= MAX_SHARE * len(found.lines):
        return None
    lo, n = _window([x for x, _ in seconds.values()])
    if n < IN_WINDOW * len(seconds):
        return None
    ids = {i: tok for i, (x, tok) in seconds.items() if lo <= x <= lo + WIDTH}
    if len(set(ids.values())) < len(ids) or found.lines[0] not in ids:
        return None
    rest = [i for i in found.lines if i not in ids]
    lines = doc.lines
    # the lines under a record leave its number's place blank (no other cell runs into it)
    if any(lines[i][lo:lo + WIDTH].strip() for i in rest):
        return None
    dated = sum(1 for i in ids if _dated(lines[i]))
    undated = sum(1 for i in rest if not _dated(lines[i]))
    if dated < DATED * len(ids) or undated < UNDATED * len(rest):
        return None
    order = sorted(ids)
    first_on_page: dict[int, int] = {}
    for i in order:
        first_on_page.setdefault(doc.pages[i], i)
    carried = {i for i in rest if i > order[0] and i < first_on_page.get(doc.pages[i], len(lines))}
    return Anchors("id_column", order, {i: ids[i] for i in order}), carried


def _second(doc, found: Anchors, i: int) -> tuple[int, str] | None:
    """The first number right of the column's own on line ``i``: (position, number)."""
    own = found.ids.get(i)
    past = False
    for x, tok in doc.ids[i]:
        if past:
            return x, tok
        past = tok == own
    return None


def _window(xs: list[int]) -> tuple[int, int]:
    """The start of the ``WIDTH``-wide window holding the most positions, and how many."""
    counts = Counter(xs)
    return max(((x, sum(n for y, n in counts.items() if x <= y <= x + WIDTH)) for x in counts),
               key=lambda c: (c[1], -c[0]))


def _dated(line: str) -> bool:
    """A date on the line, or a cell holding a time alone."""
    return DATE_RE.search(line) is not None or any(TIME_ONLY_RE.match(text) for _, _, text in cells(line))
