"""A table numbering most rows in the log's main series and the rest in a series of their
own, those rows printing their main-series number in another column: the main-series
number is each row's record number, the row's own number a related one.

A campus daily crime and fire log prints the crime log, each row opened by its report
number, then the fire log in columns of its own: the fire number first, the report number
of the same incident in the next column. Read as one table, the fire rows are numbered by
their fire numbers and the report number is kept as a related number; the incident the
log counts is the report, though, and the report numbers of both tables are one series
(one counter, fire reports falling between the crime reports). So it is with any log whose
rows of one kind lead with a number of their own (a fire number, an EMS run number, a
citation) before the main series' number that every row carries.

Told from the records already read, never from a column title: the most common shape of
record number is the main series; every other row carries exactly one related number of
that shape and the main series' letters, printed as a cell of its own (not a number cited
in a remark, as another agency's case number handed over is) and falling within the run
of the main series' numbers (one counter; another agency's numbers of the same shape lie
far off), none of them the number of a record read elsewhere (then it is a reference to
that record, for other passes) and no two alike. Then those rows take it as their record
number, their own number related. Rows of another series citing none (a log numbering its
police and fire calls alike, each in its own series) leave the table as read.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import shape

MIN_MAIN = 5            # rows numbered in the main series, at least
_LETTERS = re.compile(r"[A-Za-z]+")


def _letters(number: str) -> str:
    """The number's letters (``T25-00883`` -> ``T``): one series prints the same ones."""
    return "".join(_LETTERS.findall(number)).upper()


def _serial(number: str) -> int:
    return int("".join(ch for ch in number if ch.isdigit()) or 0)


def _in_run(number: str, serials: list[int]) -> bool:
    """Whether the number falls within the main series' run of numbers, give or take its
    widest step (a row of the other kind may come after the last main-series row)."""
    step = max((b - a for a, b in zip(serials, serials[1:])), default=0)
    return serials[0] - step <= _serial(number) <= serials[-1] + step


def _own_cell(rec: dict, number: str) -> bool:
    """Whether the number is printed as a cell of its own in the row, not inside a remark."""
    return any(isinstance(v, str) and v.strip() == number for v in (rec.get("fields") or {}).values())


def main_series_numbers(records: list[dict]) -> list[dict]:
    """The records, the rows numbered in another series renumbered by the main-series
    number they print (the same list, untouched, when the table is not so)."""
    numbers = [r.get("record_no") for r in records]
    if not all(numbers):
        return records          # rows without a number: not a table of one series and another
    shapes = Counter(map(shape, numbers))
    main, count = shapes.most_common(1)[0]
    if count == len(records) or count < MIN_MAIN:
        return records          # one series only (nearly every log): nothing to settle
    own = {n for n in numbers if shape(n) == main}
    letters = {_letters(n) for n in own}
    if len(letters) != 1:
        return records          # several prefixes of one shape: no single main series
    serials = sorted(map(_serial, own))
    cited: list[tuple[dict, str]] = []
    for rec, number in zip(records, numbers):
        if shape(number) == main:
            continue
        found = [n for n in rec.get("related_numbers") or () if shape(n) == main and _letters(n) in letters]
        if len(found) != 1 or found[0] in own:
            return records      # a row without the main series, or citing a record read elsewhere
        if not _own_cell(rec, found[0]) or not _in_run(found[0], serials):
            return records      # cited in a remark, or another agency's number of the same shape
        cited.append((rec, found[0]))
    if len({n for _, n in cited}) < len(cited):
        return records
    for rec, number in cited:
        # the row's own number is still printed beside the record's: kept as a related one
        rec["related_numbers"] = [rec["record_no"]] + [n for n in rec["related_numbers"] if n != number]
        rec["record_no"] = number
    return records
