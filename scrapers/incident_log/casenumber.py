"""The record's case number where the record is opened by another series.

A table whose first number column is the log's count of its entries (``Log No.``,
``Seq.``) and another column titled a case or report number: that column holds the
records' case numbers (``own_case_column``, asked by ``fields.name_columns``). So does a
column titled a number beside an id column of its shape when no title tells the log's
count from its case number (a dispatch's number first, the incident or report number
further on): the column whose numbers run clearly denser (``denserseries``) is the
records' own, since a dispatch numbers every call and only some make a record.

A CAD printout opens each event with the event number and prints the case (or report)
number only on a line inside the event, labelled as one (``CASE NO BT25-02215
ASSIGNED``, ``Report #: 7731-R``), among unit, booking, citation and other agencies'
numbers. The event number stays ``record_no``; the labelled number is the record's
``case_no``, not one more related number.

Told from the document: in (nearly) every record exactly one number stands right after
a case or report word, the numbers are of one shape, nearly all different, and of
another shape than the records' own series (a narrative citing earlier cases of the
log's own series is no second series). The records' own numbers must not be labelled
so themselves. A sample of records is looked at first: most logs stop there.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from prr.scrapers.incident_log.denserseries import denser
from prr.scrapers.incident_log.reexported import amended_exports
from prr.scrapers.incident_log.text import find_ids, is_id, shape

SAMPLE = 24
MIN_SHARE = 0.8           # records with one labelled case number
# "CASE NO BT25-02215", "Case #: 25-1234", "Report No. R-7731", "RPT# 2025-0042"; a number
# whose letters stand apart ("R-7731", "KC-25-01381") only after a number word: a report of
# another kind named by its own number ("Use of force report UOF-25-0129", "Sheriff's
# report: SO-25-1234") is not the record's case number
_LABELLED = re.compile(r"\b(?:case|report|rpt)\b\.?(?:(?:\s*(?:no\b\.?|number|num\b|nbr\b|#))?\s*[:#]?\s*"
                       r"([A-Za-z]{0,4}\d[\w-]*\d)\b|\s*(?:no\b\.?|number|num\b|nbr\b|#)\s*[:#]?\s*"
                       r"([A-Za-z]{1,4}-\d[\w-]*\d)\b)", re.I)
_HINT = re.compile(r"case|report|rpt", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _labelled(rec: dict) -> list[str]:
    raw = rec.get("raw") or ""
    if not _HINT.search(raw):
        return []
    own = rec.get("record_no")
    numbers = (m.group(1) or m.group(2) for m in _LABELLED.finditer(raw))
    return list(dict.fromkeys(n for n in numbers if is_id(n) and n != own))


def labelled_case_numbers(records: list[dict]) -> bool:
    """Set ``case_no`` from the one number each record labels a case number, where the
    records carry such a second series; True when done."""
    # the sample first (most logs stop there), before a pass over every record
    sample = list(islice((r for r in records if r.get("record_no") and not r.get("case_no")), SAMPLE))
    if len(sample) < 3 or not _series(sample):
        return False
    numbered = [r for r in records if r.get("record_no") and not r.get("case_no")]
    if len(numbered) < 0.9 * len(records):
        return False
    found = _series(numbered)
    if not found:
        return False
    for rec, number in found:
        rec["case_no"] = number
        rec["related_numbers"] = [n for n in rec.get("related_numbers") or [] if n != number]
    return True


def _series(records: list[dict]) -> list[tuple[dict, str]] | None:
    """Each record with its labelled case number, when they form a series."""
    one = {}
    for rec in records:
        nums = _labelled(rec)
        if len(nums) == 1:
            one[id(rec)] = (rec, nums[0])
    if len(one) < MIN_SHARE * len(records):
        return None
    shapes = Counter(shape(n) for _, n in one.values())
    main, count = shapes.most_common(1)[0]
    own_shapes = {shape(r["record_no"]) for r in records}
    found = [(rec, n) for rec, n in one.values() if shape(n) == main]
    # (a report exported again, amended, repeats its number citing the entry it amends:
    # one report, not a repeat of the series, ``reexported.py``)
    values = [n for _, n in found]
    if len(set(values)) < len(values):
        amends = amended_exports(found)
        values = [n for k, n in enumerate(values) if k not in amends]
    if count < 0.9 * len(one) or main in own_shapes or len(set(values)) < 0.9 * len(values):
        return None
    # the records' own numbers labelled a case number themselves: the label is theirs
    if any(rec["record_no"] in (m.group(1) or m.group(2) for m in _LABELLED.finditer(rec.get("raw") or ""))
           for rec in records):
        return None
    return found


def own_case_column(titles: list[str], samples: list[list[str]], id_col: int | None, k: int,
                    named: list[str | None]) -> bool:
    """A column titled a case or report number beside a record-number column titled a
    log, event, call or sequence number: the records' own case numbers (one distinct
    number in nearly every row), not one more related number; the other series, the log's
    count of its entries, stays ``record_no``. Where the titles do not tell so (neither
    the id column titled a case or report nor this one a count), a column of the id
    column's shape whose series runs clearly denser is the records' own the same way."""
    if id_col is None or "case_no" in named or not titles[id_col] or not titles[k]:
        return False
    own, other = _series_rank(titles[id_col]), _series_rank(titles[k])
    titled = own == 0 and (other or 0) >= 2
    # (else the two series themselves may tell, unless a title says the opposite: the id
    # column a case or report number, or this one the log's count)
    if not titled and ((own or 0) >= 2 or other == 0):
        return False
    vals = [s[k].strip() for s in samples if k < len(s)]
    ids = [v for v in vals if v and len(v.split()) == 1 and find_ids(v)]
    if not (len(ids) >= 0.9 * len(vals) and len(set(ids)) >= 0.9 * len(ids) >= 1):
        return False
    return titled or _denser_than_id(ids, [s[id_col] for s in samples if id_col < len(s)])


def _denser_than_id(ids: list[str], id_cells: list[str]) -> bool:
    """A second number column of the id column's shape whose series runs clearly denser:
    the records' own numbers beside a dispatch's, both a day (or year) and a serial. A
    dispatch numbers every call and only some make a record of the log, so its numbers
    skip many between two rows while the records' own skip few; which column comes first
    says nothing (the id finder takes the first number of the row)."""
    firsts = [found[0][1] for c in id_cells if (found := find_ids(c))]
    if len(firsts) < 0.9 * len(id_cells):
        return False
    main = Counter(map(shape, ids)).most_common(1)[0][0]
    if Counter(map(shape, firsts)).most_common(1)[0][0] != main:
        return False
    return denser(ids, firsts)


# what a number column's title says its series is: a case (3) or report (2) number, or
# a log's own count of its entries, events or calls (0)
_CASE_WORDS, _REPORT_WORDS = ("case",), ("report", "rpt", "dr")
_COUNT_WORDS = ("log", "seq", "sequence", "event", "evt", "cad", "entry", "item", "call", "cfs", "line", "serial")


def _series_rank(title: str) -> int | None:
    words = re.findall(r"[a-z]+", _CAMEL.sub(" ", title).lower())
    if any(w in _CASE_WORDS for w in words):
        return 3
    if any(w in _REPORT_WORDS for w in words):
        return 2
    return 0 if any(w in _COUNT_WORDS for w in words) else None
