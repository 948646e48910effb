"""Paragraphs whose lines are cells: an entry of a few short lines, values set apart by wide
gaps rather than written as sentences (``<date-time>   <lane 4>   Plate: X`` over ``<type>``
over ``Outcome: ...   No. <number>``), one entry between blank lines or rules.

Read from the values, cell by cell: a cell ``Label: value`` is named by its label through
the names of column titles (a label no name tells stays under its own name); a cell that
goes on from a value left open (a bracket not closed, a joining word at its end) is joined
to it; the first date-time is when it was reported; a line holding one cell of a few words
without digits is the type; the first other cell of words with a number in it (``Gate 4``,
``100 Main St``) the place. The record's own number and the mark before it are no value.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import DATETIME_RE, find_ids

MIN_SHARE = 0.8
_GAP = re.compile(r"\s{3,}")
_LABELLED = re.compile(r"^([^\W\d][^:]{0,60}?):\s+(\S.*)$")
_OPEN_END = re.compile(r"\([^)]*$|(?:[,/&-]|\b(?:to|of|and|or|at|from|by|with|for|in|on))$")
_MARK = re.compile(r"(?:\b(?:No|Nr|Ref)\.?|#)\s*$", re.I)
_TYPE = re.compile(r"^[^\W\d][^\d:]{2,60}$")
_NAMES = {"when": None, "type": "type", "where": "location"}


def are_cells(paras: list[list[str]]) -> bool:
    """Most paragraphs have two or more lines split by wide gaps (cells, not prose)."""
    celled = sum(1 for p in paras if sum(1 for ln in p if _GAP.search(ln)) >= 2)
    return bool(paras) and celled >= MIN_SHARE * len(paras)


def cell_values(lines: list[str], number: str) -> tuple[dict[str, str], dict[str, str | None]]:
    """(values by name, name -> common field) of one paragraph of cells."""
    values: dict[str, str] = {}
    names = dict(_NAMES)
    open_name = None
    for line in lines:
        cells = [c for c in (_own_number_out(c, number) for c in _GAP.split(line.strip())) if c]
        for k, cell in enumerate(cells):
            if open_name and k == 0 and _OPEN_END.search(values[open_name]):
                values[open_name] += " " + cell
                continue
            open_name = None
            labelled = _LABELLED.match(cell)
            if labelled and not DATETIME_RE.match(cell):
                name = labelled.group(1).strip()
                values[name] = labelled.group(2).strip()
                names[name] = column_for(name)
                open_name = name
                continue
            when = DATETIME_RE.search(cell)
            if when and "when" not in values:
                values["when"] = when.group(0)
                rest = (cell[:when.start()] + cell[when.end():]).strip()
                if not rest:
                    continue
                cell = rest
            if len(cells) == 1 and "type" not in values and _TYPE.match(cell) and len(cell.split()) <= 6:
                values["type"] = cell
            elif "where" not in values and re.search(r"\d", cell) and re.search(r"[^\W\d]{3}", cell) \
                    and not find_ids(cell):
                values["where"] = cell
    return values, names


def _own_number_out(cell: str, number: str) -> str:
    """The cell without the record's own number and the mark before it ("No. 25-0311")."""
    at = cell.find(number)
    if at < 0:
        return cell.strip()
    before = _MARK.sub("", cell[:at]).strip()
    return (before + " " + cell[at + len(number):].strip()).strip()
