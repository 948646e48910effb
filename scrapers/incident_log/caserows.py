"""Rows of a register cross-referenced to incidents: the incidents are the records.

A register of something other than incidents (a school's discipline referrals, one row
per student; a court's charges, one row per defendant) may print, beside its own row
number, a column titled a case, incident or report number naming the incident a row
belongs to. The rows of one incident follow one another, each printing the incident's
number again with values of its own (a grade, an action taken); rows that led to no
incident print a dash or nothing there. Read row by row, every row counts as a record
under the register's number and the incident's number is only a related one.

Told from the table itself: the rows' own numbers are all different and their column is
titled neither a case or report number nor a log's count of its entries (a log's entries
are its records, ``casenumber.own_case_column``); another column titled a case, incident
or report number holds one number or nothing (a dash) in every row; some rows carry none;
numbers printed on several rows do so only on consecutive rows, all of one date (a log
listing a case again further down is ``relisted.py``'s), and several numbers span more
than one row. Then each run of rows sharing a number is one record under it: the first
row's values, every row's offences listed, the rows' own numbers related; the rows
without a number are no incident and no record.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.casenumber import _series_rank as series_rank
from prr.scrapers.incident_log.text import find_ids

MIN_SHARED = 2          # incidents printed on more than one row: a pattern, not chance
_WORDS = re.compile(r"[a-z]+")
_NO_VALUE = re.compile(r"[^A-Za-z0-9]*")        # a blank cell, a dash, an em dash


def _own_column(records: list[dict]) -> str | None:
    """The column holding each row's own number, the same column in every row."""
    fields = records[0].get("fields") or {}
    number = records[0].get("record_no")
    names = [k for k, v in fields.items() if v and v == number]
    if len(names) != 1:
        return None
    name = names[0]
    return name if all((r.get("fields") or {}).get(name) == r.get("record_no") for r in records) else None


def _names_incident(title: str) -> bool:
    return (series_rank(title) or 0) >= 2 or "incident" in _WORDS.findall(title.lower())


def _incident_numbers(records: list[dict], title: str) -> list[str | None] | None:
    """Each row's number in the column (None on a dash or blank); None when a cell holds
    anything else or a row lacks the column (rows of another table)."""
    out: list[str | None] = []
    for rec in records:
        fields = rec.get("fields") or {}
        if title not in fields:
            return None
        cell = (fields[title] or "").strip()
        if _NO_VALUE.fullmatch(cell):
            out.append(None)
            continue
        found = find_ids(cell)
        if len(found) != 1 or len(cell.split()) != 1:
            return None
        out.append(found[0][1])
    return out


def _runs(numbers: list[str | None]) -> list[tuple[int, int]] | None:
    """(first row, end) of each run of rows sharing a number; None where a number comes
    again after another row."""
    runs: list[tuple[int, int]] = []
    seen: set[str] = set()
    k = 0
    while k < len(numbers):
        n = numbers[k]
        end = k + 1
        while end < len(numbers) and numbers[end] == n:
            end += 1
        if n is not None:
            if n in seen:
                return None
            seen.add(n)
            runs.append((k, end))
        k = end
    return runs


def _one_date(rows: list[dict]) -> bool:
    dates = {(r.get("reported_at") or r.get("occurred_at") or "")[:10] for r in rows}
    return len(dates) == 1


def _incident(rows: list[dict], number: str, own: str) -> dict:
    first = dict(rows[0])
    offences: list[str] = []
    related: list[str] = []
    for row in rows:
        for offence in row.get("offences") or ([row["type"]] if row.get("type") else []):
            if offence not in offences:
                offences.append(offence)
        for n in [row["fields"][own], *(row.get("related_numbers") or ())]:
            if n and n != number and n not in related:
                related.append(n)
    if offences:
        first["offences"], first["type"] = offences, " // ".join(offences)
    first["record_no"], first["related_numbers"] = number, related
    if first.get("case_no") == number:
        first["case_no"] = None
    if all(r.get("raw") for r in rows):
        first["raw"] = "\n".join(r["raw"] for r in rows)
    return first


def join_case_rows(records: list[dict]) -> list[dict]:
    """``records`` as incidents where they are rows of a register cross-referenced to
    incidents (above); unchanged otherwise."""
    if len(records) < 2 * MIN_SHARED or not records[0].get("fields"):
        return records
    own = _own_column(records)
    if own is None or series_rank(own) is not None or \
            len({r["record_no"] for r in records}) != len(records):
        return records
    titles = [t for t in records[0]["fields"] if t != own and _names_incident(t)]
    for title in titles:
        numbers = _incident_numbers(records, title)
        if numbers is None or None not in numbers:
            continue
        runs = _runs(numbers)
        if runs is None or sum(end - start > 1 for start, end in runs) < MIN_SHARED:
            continue
        if not all(_one_date(records[start:end]) for start, end in runs):
            continue
        return [_incident(records[start:end], numbers[start], own) for start, end in runs]
    return records
