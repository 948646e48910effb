"""A call printed again further down a table on a shorter row: its follow-up, not a record.

A dispatch log sorted by time of entry prints each call where it was received; a call
opened again later (reopened, a caller calling back) is printed a second time where that
happened, under its own number, with a line that refers back to the first listing and the
remark lines of the follow-up under it. The second row fills only some of the row's
columns (no outcome, no case number: the follow-up has none of its own), its words running
over the column boundaries. Read row by row, the call counts twice; it is one incident.

Told from the records already read, in a table whose numbers are otherwise unique: the
numbers printed again are few (a third of the cases at most), and nearly every later
listing (90%) is a shorter row: its first line ends before the last cell of its first
listing's first line begins (the columns the follow-up does not fill left blank), and it is
not dated before the first listing. Compared with the call's own first row, not with a
header, as the record's text keeps the row's spacing from the number on (the named values
of such a row are no guide: its words are read into whichever column they run over). A case
listed again in full (another group's table, ``relisted.py``; a number that names two
records, each row complete) reaches its last column as the first listing does and is left
to the others. The record stays where the call is first listed, its values its own; the
follow-up's lines are added to its text.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers

MIN_RECORDS = 5
MAX_REPEATED = 1 / 3        # later listings per distinct number
MIN_SHORTER = 0.9           # later listings on a shorter row than their first listing
_DATES = ("reported_at", "occurred_at")
_CELL = re.compile(r"\S+(?: \S+)*")     # a cell: words one space apart


def _first_line(record: dict) -> str:
    return (record.get("raw") or "").split("\n", 1)[0].rstrip()


def _follows(first: dict, later: dict) -> bool:
    """``later``'s first line stops before the last cell of ``first``'s first line, and
    ``later`` is not dated before ``first`` (where both are dated)."""
    row, again = _first_line(first), _first_line(later)
    cells = list(_CELL.finditer(row))
    if len(cells) < 2 or not again or len(again) > cells[-1].start():
        return False
    for key in _DATES:          # ISO date-times: compared as text
        if first.get(key) and later.get(key) and str(later[key]) < str(first[key]):
            return False
    return True


def join_follow_up_rows(records: list[dict]) -> list[dict]:
    """``records`` with each call printed again on a shorter row joined into its first
    listing; unchanged where no number is printed twice or the later rows are not shorter."""
    if len(records) < MIN_RECORDS:
        return records
    numbers = record_numbers(records)
    named = [n for n in numbers if n]
    distinct = set(named)
    if len(distinct) == len(named) or len(named) - len(distinct) > MAX_REPEATED * len(distinct):
        return records
    first: dict[str, int] = {}
    later: list[tuple[int, int]] = []       # (later listing, first listing)
    for k, n in enumerate(numbers):
        if n and n in first:
            later.append((k, first[n]))
        elif n:
            first[n] = k
    shorter = [(k, f) for k, f in later if _follows(records[f], records[k])]
    if len(shorter) < MIN_SHORTER * len(later):
        return records
    for k, f in shorter:
        if records[f].get("raw") and records[k].get("raw"):
            records[f]["raw"] = f"{records[f]['raw']}\n{records[k]['raw']}"
    drop = {k for k, _ in shorter}
    return [r for k, r in enumerate(records) if k not in drop]
