"""A page that prints records already read again, in a layout of its own: a custody or
booking supplement after a day's narrative, a list of the vehicles towed after a call
table, each row a number of its own (booking, slip) beside the number of the record it
belongs to. Read as a table, or as a section of its own (``sections.py``), its rows would
count as new records; they are the same incidents.

Told from the document alone: every record read on the page (two or more) cites exactly
one record read on an earlier page, as its own number or as a number it cites, each a
different one, its own number being the cited one or of another shape (a record of the
series citing an earlier record, "see 25-0412", is a record of its own). Those rows are folded into the records they cite (their other numbers
added to the record's related numbers) and are no records of their own. Cheap: one pass
over the records, a page given up at its first row that cites nothing read elsewhere."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_number

MIN_ROWS = 2
_DIGIT, _LETTER = re.compile(r"\d"), re.compile(r"[A-Za-z]")


def _shape(number: str) -> str:
    return _LETTER.sub("A", _DIGIT.sub("9", number))


def _cited(rec: dict, first: dict[str, int], records: list[dict], page: int) -> str | None:
    """The one number of a record read on an earlier page that ``rec`` carries, else None."""
    own = record_number(rec)
    hits = {n for n in (own, *(rec.get("related_numbers") or ()))
            if n in first and (records[first[n]].get("page") or page) < page}
    if len(hits) != 1:
        return None
    cited = hits.pop()
    # the row's own number is the one it cites, or of another series (a booking, a slip):
    # a record of the series citing an earlier one is a record of its own
    return cited if not own or own == cited or _shape(own) != _shape(cited) else None


def _page_cites(ks: list[int], first: dict[str, int], records: list[dict]) -> list[str] | None:
    page = records[ks[0]].get("page")
    cited = []
    for k in ks:
        n = _cited(records[k], first, records, page)
        if n is None:
            return None
        cited.append(n)
    return cited if len(set(cited)) == len(cited) else None


def fold_supplements(records: list[dict]) -> list[dict]:
    """``records`` without the rows of pages that print other pages' records again, their
    numbers added to the records they cite."""
    if len(records) < 2 * MIN_ROWS:
        return records
    # a row cites an earlier record by a number it carries: where no row has a related
    # number and no own number comes twice (most logs), none does (told at C speed)
    own = [r.get("record_no") or r.get("case_no") for r in records]
    numbered = list(filter(None, own))
    if len(set(numbered)) == len(numbered) and not any(r.get("related_numbers") for r in records):
        return records
    first: dict[str, int] = {}
    pages: dict[int, list[int]] = {}
    for k, r in enumerate(records):
        n = record_number(r)
        if n:
            first.setdefault(n, k)
        if isinstance(r.get("page"), int):
            pages.setdefault(r["page"], []).append(k)
    drop: set[int] = set()
    for ks in pages.values():
        if len(ks) < MIN_ROWS or len(ks) == len(records):
            continue
        cited = _page_cites(ks, first, records)
        if cited is None:
            continue
        for k, n in zip(ks, cited):
            rec, row = records[first[n]], records[k]
            own = rec.setdefault("related_numbers", [])
            for m in (record_number(row), *(row.get("related_numbers") or ())):
                if m and m != n and m not in own:
                    own.append(m)
        drop.update(ks)
    if not drop or len(drop) * 2 > len(records):
        return records
    return [r for k, r in enumerate(records) if k not in drop]
