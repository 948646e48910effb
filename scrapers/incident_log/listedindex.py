"""An index after the log listing every record's number again: no rows, and the column it cites.

A report may close with a cross-reference of its records (by district, by beat, by city):
after the last record, lines that print the records' numbers a second time, grouped some
other way. The index may print each number at the start of a line shaped exactly like a
record's first line (number, date, time, type), in the very column the records print
theirs, or several numbers to a line. Read with the records, its lines join the number
column: every number then stands twice, the column is no longer nearly all distinct, and
it is refused (with the records: another signal, a label or a stray number, is read in
its place). And where a record prints two numbers side by side (an event number first,
the case number after it) both columns hold as many distinct numbers on the same rows;
the one the index cites is the record's own (an index lists records by the number they
are filed under), the other a related number.

Told from the layout only, never from a word or a number's shape: after the column's last
line printing a number for the first time, the lines that follow print only numbers the
column printed before, and together they print nearly every one of them again (a listing
of the whole log, not a page or a row sent again, not a journal's update citing one
number); and the log's numbers open their rows (nothing before them but another column's
number: entries citing their number inside a sentence or after an item's mark are left to
the entry readers, which read the entries whatever follows them). Those column lines are
taken out of the column (the rest must still be judged distinct by the caller) and are no
record's rows. Of two columns on the same rows, as many distinct numbers each, the one
whose numbers such a listing prints again is the records' when the other's are printed
nowhere after the log.

A listing of only some records is such a tail too where the log closes on its count: an
appendix printing again, under each record's number, the values its row shows cut short
(or notes too long for a cell), one line per value, so a record may stand there several
times and most stand nowhere. Told from the layout: between the log's last row and the
first such line, a line prints the number of rows the log printed (its closing total,
words beside it), and no line there prints a record number (no other table between: a
reconciliation after a second system's rows cites the log from elsewhere; a number of
another shape inside a heading line, a phone or request number, is no row); the lines
after it print only numbers the column printed before, each opening its line as the rows
do (an item headed by a key before the number is the rest of a cell a mark in the row
names, ``overflowsheets.py``). The count says the log's rows end there, so the lines
citing them again are no rows (a journal's updates after its last new record stand under
no count of the records before them).
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import shape, shapes

MIN_LISTED = 0.9        # share of the log's numbers the index prints again
MIN_TAIL = 2            # column lines in the index, at least
SAME_ROWS = 0.9         # share of the chosen column's rows the cited column stands on
AS_MANY = 0.95          # the cited column numbers nearly as many records
UNCITED = 0.1           # at most this share of the chosen column's numbers printed after the log
ROWS = 0.9              # share of the log's column lines its number opens (a table's rows)
# a count standing alone: no part of a number, a date, a time or a code
_COUNT = re.compile(r"(?<![\w/.:,-])(\d{1,5})(?![\w/]|[-.:,]\d)")
_LETTER = re.compile(r"[^\W\d_]")


def index_tail(lines: list[str], ids_by_line: list[list[tuple[int, str]]], members: dict[int, str]) -> set[int]:
    """The column lines (keys of ``members``, line -> number) that belong to an index after
    the log (see the module's docstring), taken out of ``members`` in place; an empty set
    (nothing changed) when there is no such index or the rest is no table's rows."""
    order = sorted(members)
    seen: set[str] = set()
    last_new = -1
    for i in order:
        if members[i] not in seen:
            seen.add(members[i])
            last_new = i
    tail = [i for i in order if i > last_new]
    if len(tail) < MIN_TAIL:
        return set()
    head = {members[i] for i in order if i <= last_new}
    rows = [i for i in order if i <= last_new]
    # (nearly every number listed again: an index; or only some after the log's count: an appendix)
    if len(head) < MIN_TAIL or (_listed_after(ids_by_line, last_new, head) < MIN_LISTED * len(head) and
                                not _appendix(lines, ids_by_line, members, last_new, tail, {len(head), len(rows)})):
        return set()
    if sum(_opens_row(lines[i], ids_by_line[i], members[i]) for i in rows) < ROWS * len(rows):
        return set()
    for i in tail:
        del members[i]
    return set(tail)


def _opens_row(line: str, found: list[tuple[int, str]], number: str) -> bool:
    """The number opens its row: nothing before it on the line but other numbers (a column
    of event numbers left of it), not words of an entry's sentence or an item's mark."""
    x = next((x for x, tok in found if tok == number), None)
    if x is None:
        return False
    others = {tok for _, tok in found}
    return all(word in others for word in line[:x].split())


def _appendix(lines: list[str], ids_by_line: list[list[tuple[int, str]]], members: dict[int, str],
              last: int, tail: list[int], counts: set[int]) -> bool:
    """The tail is an appendix after the log's count: a line between the log's last row and
    the tail closes the log on its count (words and a number of ``counts`` standing alone),
    no line there prints a record number (another table's rows between them: the tail cites
    the log from elsewhere), and every tail line opens with its number as the rows do (an
    item headed by a key of its own before the number, ``Item R1: 24-01000``, is the rest
    of a marked cell, ``overflowsheets.py``)."""
    between = range(last + 1, tail[0])
    # (a phone or request number in the appendix's own heading is no row: only a number of
    # the records' shape, or one opening its line as a row's does, is another table's)
    own = set(shapes(members.values()))
    if any(shape(tok) in own or not lines[i][:x].strip() for i in between for x, tok in ids_by_line[i]) or \
            not all(_opens_row(lines[i], ids_by_line[i], members[i]) for i in tail):
        return False
    return any(_LETTER.search(lines[i]) and any(int(n) in counts for n in _COUNT.findall(lines[i]))
               for i in between)


def _listed_after(ids_by_line: list[list[tuple[int, str]]], last: int, numbers: set[str]) -> int:
    """How many of ``numbers`` are printed on the lines after line ``last`` (anywhere on them)."""
    return len({tok for found in ids_by_line[last + 1:] for _, tok in found} & numbers)


def cited_column(ids_by_line: list[list[tuple[int, str]]], candidates: list[tuple], chosen: tuple) -> tuple:
    """The candidate column to read as the records' numbers: ``chosen``, unless an index
    after the log prints its numbers nowhere while it prints nearly every number of another
    column standing on the same rows, as many distinct numbers: that column. Candidates
    are ``anchors.id_column``'s tuples (key, windows, members, ...)."""
    rows = chosen[2]
    distinct = set(rows.values())
    if not rows or _listed_after(ids_by_line, max(rows), distinct) > UNCITED * len(distinct):
        return chosen
    cited = []
    for c in candidates:
        own = c[2]
        numbers = set(own.values())
        if c is chosen or not own or not AS_MANY * len(distinct) <= len(numbers) <= len(distinct) / AS_MANY \
                or len(own.keys() & rows.keys()) < SAME_ROWS * len(rows):
            continue
        if _listed_after(ids_by_line, max(own), numbers) >= MIN_LISTED * len(numbers):
            cited.append(c)
    return max(cited, key=lambda c: c[0]) if cited else chosen
