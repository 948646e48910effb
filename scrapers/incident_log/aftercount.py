"""Tables after a log's own count line: a briefing bulletin whose incident log is one titled
table among others, closed by the line that counts its rows ("Incident log: 64 entries"),
and followed by another titled table in the very same column titles (warrants served,
citations written, arrests made) whose rows read like incidents (a date and time, a
charge, a place, an officer, an outcome) and whose number column holds numbers of the
log's shape. Read as one table, those rows count as records; they are entries of another
kind, numbered from a range of their own.

Told from the document alone: the records' highest number is not the last one (in a
log read in order it is); the records up to it rise, as a log's numbers are issued, and
the line just after it counts exactly as many rows of that rising run, beside a word
naming records (``seriestally.printed_counts``'s form): the log closes there. Every
record after it has a number of the same shape, all below the log's range and not in
order (numbers of another desk's series, listed by date), and a title line stands between
the count and the first of them, printed once in the document, naming no records (the
column titles printed again are no title). Those records are dropped.

An index after the count is no records either: a cross-reference listing under a heading
of its own whose lines are shaped like the log's (a number at the margin, a date and time,
words), each opening with a record's number again or with another incident's number and
citing a record of the log (the incidents that cite or are cited by the log's, listed by
the referenced number: in order, some numbers more than once). Told where the line right
after the log's highest number counts exactly every record read up to it (the log closes
there), a heading printed once in the document (letters, no digit; it may name records)
stands between the count and the listing, and every record after it repeats or cites a
number of the log, at least two repeating one. Those records are dropped too.

Not dropped: sections after a count that continue the log's series (a day's rows after
the previous day's count), sections of another shape (a fire service's runs after the
police log's count: records of their own series), sections whose numbers rise (a second
log of an earlier range), a log read newest first (its highest number comes first).
Cheap: one pass for the highest number; the text is looked at only between the log's last
record and the next one, and only when the highest number is not the last one.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.seriestally import RECORD_WORD, counts_re
from prr.scrapers.incident_log.text import shape

MIN_LOG = 5         # rows of the counted log, at least
MIN_AFTER = 2       # rows after its count, at least
_NAMES_RECORDS = re.compile(rf"(?i)\b{RECORD_WORD}\b")
_LETTER, _DIGIT = re.compile(r"[^\W\d_]"), re.compile(r"\d")


def line_at(page_texts: list[str], rec: dict) -> tuple[int, int] | None:
    """(page index, line index) of the record's first line, else None."""
    raw, page = rec.get("raw"), rec.get("page")
    if not raw or not isinstance(page, int) or not 1 <= page <= len(page_texts):
        return None
    first = raw.split("\n", 1)[0].strip()
    for j, line in enumerate(page_texts[page - 1].split("\n")):
        if line.strip() == first:
            return page - 1, j
    return None


def lines_between(page_texts: list[str], before: dict, after: dict) -> list[str] | None:
    """The text's lines between the two records' first lines, else None."""
    a, b = line_at(page_texts, before), line_at(page_texts, after)
    if a is None or b is None or a >= b:
        return None
    return [ln for p in range(a[0], b[0] + 1) for j, ln in enumerate(page_texts[p].split("\n"))
            if a < (p, j) < b]


def printed_once(page_texts: list[str], line: str) -> bool:
    words = line.split()
    return sum(ln.split() == words for text in page_texts for ln in text.split("\n")) == 1


def _title(page_texts: list[str], lines: list[str]) -> bool:
    """Whether one of ``lines`` is a title naming no records: letters, no digit, printed
    once in the document (column titles are printed again on each page and table)."""
    return any(_LETTER.search(ln) and not _DIGIT.search(ln) and not _NAMES_RECORDS.search(ln)
               and printed_once(page_texts, ln) for ln in lines)


def _heading(page_texts: list[str], lines: list[str]) -> bool:
    """Whether one of ``lines`` is a heading: letters, no digit, printed once in the document."""
    return any(_LETTER.search(ln) and not _DIGIT.search(ln) and printed_once(page_texts, ln) for ln in lines)


def _index_of_log(records: list[dict], numbers: list, end: int) -> bool:
    """Whether every record after the first ``end`` repeats one of their numbers or cites
    one (a related number), at least ``MIN_AFTER`` repeating one: an index of the log."""
    log = set(numbers[:end])
    repeats = sum(x in log for x in numbers[end:])
    return repeats >= MIN_AFTER and all(
        x in log or any(r in log for r in rec.get("related_numbers") or ())
        for x, rec in zip(numbers[end:], records[end:]))


def rises(numbers: list) -> bool:
    """Whether the numbers rise, each above the one before (a record without a number
    breaks the run: nothing to compare)."""
    return None not in numbers and all(a < b for a, b in zip(numbers, numbers[1:]))


def drop_tables_after_count(records: list[dict], page_texts: list[str]) -> list[dict]:
    """``records`` without the titled table of another range after the log's count line
    (the same list when the document shows none, see the module's docstring)."""
    n = len(records)
    if n < MIN_LOG + MIN_AFTER:
        return records
    numbers = record_numbers(records)
    top = max(range(n), key=lambda i: numbers[i] or "")
    end = top + 1                           # the log's rows end here, if anything closes it
    if end > n - MIN_AFTER or end < MIN_LOG or not rises(numbers[end - MIN_LOG:end]):
        return records
    series_shape = shape(numbers[top])
    after = numbers[end:]
    if any(not x or shape(x) != series_shape for x in after):
        return records
    index = _index_of_log(records, numbers, end)
    if rises(after) and not index:
        return records
    lines = lines_between(page_texts, records[top], records[end])
    if not lines:
        return records
    for k, line in enumerate(lines):
        counts = {int(m.group(1) or m.group(2)) for m in counts_re().finditer(line)}
        for count in counts:
            log = numbers[end - count:end] if MIN_LOG <= count <= end else []
            if not (log and all(x and shape(x) == series_shape for x in log) and rises(log)):
                continue
            if max(after) < log[0] and _title(page_texts, lines[k + 1:]):
                return records[:end]
            # (an index: the count closes the whole log, every record read up to it)
            if index and count == end and _heading(page_texts, lines[k + 1:]):
                return records[:end]
    return records
