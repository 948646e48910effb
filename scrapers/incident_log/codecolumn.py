"""A table of every activity of the agency with a code column naming each row's kind, and a
legend saying which code is the incidents': the rows of that code are the records.

A daily activity log may print, in one time-ordered table, the incidents among other work
(papers served, prisoners moved, details worked), every row numbered in the same shape, so
neither the number nor a row count tells them apart. The document tells them apart by a
column of short codes ("INC", "CPS", "TRN") and a legend spelling each code out ("Codes: INC
incident, CPS civil process, TRN prisoner transport"). Told from the document itself: a
column other than the number's whose value on every row is one short word of capitals, two
to ``MAX_CODES`` of them; a legend printing each of these codes followed by the words it
stands for; exactly one code spelled out by a word naming records (``seriestally.RECORD_WORD``)
and every other code by words that name none; and that code's rows numbered in a series of
their own, no row of another code numbered among them (a code of outcome, "RPT report",
"RTF report to follow", falls on rows numbered all through the series). Then the rows of
that code are the records and the others are entries of another kind. Nothing changes when a code is not spelled out, when
two codes name records (calls and cases are both records), or when the code's rows are all
the rows: a code column without its legend is just as often a unit or a priority.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.seriestally import RECORD_WORD

MIN_ROWS = 10
MAX_CODES = 8           # more distinct codes than this: a column of units or beats, not kinds
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_DIGITS = re.compile(r"\d+")
_RECORD = re.compile(rf"(?i){RECORD_WORD}\b")


def coded_rows(records: list[dict], page_texts: list[str]) -> list[dict]:
    """The records without the rows whose code the legend spells out as another kind of
    entry (the same list when nothing says so, see the module's docstring)."""
    if len(records) < MIN_ROWS or not records[0].get("fields"):
        return records
    text = "\n".join(page_texts)
    for title, codes in _code_columns(records):
        kinds = {c: _spelled_out(c, text) for c in codes}
        if any(k is None for k in kinds.values()):
            continue        # a code the document does not spell out: no legend of kinds
        named = [c for c, k in kinds.items() if _RECORD.match(k)]
        if len(named) != 1:
            continue
        kept = [r for r in records if (r.get("fields") or {}).get(title) == named[0]]
        others = [r for r in records if (r.get("fields") or {}).get(title) != named[0]]
        if len(kept) >= MIN_ROWS and others and _own_series(kept, others):
            return kept
    return records


def _code_columns(records: list[dict]) -> list[tuple[str, Counter]]:
    """Each column other than the number's holding one short word of capitals on every
    row, two to ``MAX_CODES`` of them, with the rows of each."""
    found = []
    for title in records[0]["fields"]:
        values = [(r.get("fields") or {}).get(title) for r in records]
        if any(not isinstance(v, str) or not _CODE.fullmatch(v) for v in values):
            continue
        if any(v == record_number(r) for v, r in zip(values, records)):
            continue
        codes = Counter(values)
        if 2 <= len(codes) <= MAX_CODES:
            found.append((title, codes))
    return found


def _own_series(kept: list[dict], others: list[dict]) -> bool:
    """No row of another code numbered among the kept code's rows: the code's rows run in
    a series of their own (a code of outcome, by contrast, falls on rows all through)."""
    keys = [_number_key(r) for r in kept]
    if any(k is None for k in keys):
        return False
    low, high = min(keys), max(keys)
    return not any((k := _number_key(r)) is not None and k[0] == low[0] and low <= k <= high
                   for r in others) and low[0] == high[0]


def _number_key(rec: dict) -> tuple[str, int] | None:
    """The number's letters and signs, then its digits read as one number."""
    number = record_number(rec)
    if not number or not _DIGITS.search(number):
        return None
    return _DIGITS.sub("", number), int("".join(_DIGITS.findall(number)))


def _spelled_out(code: str, text: str) -> str | None:
    """The words a legend prints after ``code`` ("INC incident", "TRN = prisoner
    transport"): words, not the digits of a row, one space or a sign apart."""
    m = re.search(rf"(?<![\w-]){re.escape(code)}(?: ?[=:\u2013-] ?| )([^\W\d_]+(?: [^\W\d_]+){{0,3}})", text)
    return m.group(1) if m else None
