"""An appendix reprinting an earlier period's listing after the log: a monthly report's
incident listing closed by the line counting it ("Incidents listed for May: 82"), then,
under an appendix heading, the previous month's listing printed again in the very same
table for comparison. Its rows read like records of the log (same columns, numbers of the
same series), but they are the earlier report's incidents, counted there.

``aftercount.py`` drops a table after the count whose numbers come from another range out
of order, ``countedappendix.py`` one whose numbers interleave with the log's; an earlier
listing rises, below the log's range, and is kept by both (it could be a second log of an
earlier range bound after the first). What the document says here is that it is an
appendix: told from the document alone, the numbers fall back once, the log's rows before
rising, of one shape, and the rows after all below the log's first number, of that shape;
every row after is reported before the log's first reported day (an earlier period, not
late entries of this one); and between the log's last row and the first one after stand
the line counting exactly the log's rows, beside a word naming records, and after it a
heading opening with the word for an appendix, printed once in the document. The rows
from there on are dropped.

Not dropped: a second log of an earlier range with no appendix heading, an appendix of
rows reported in the log's own period (late entries), a count that is a subtotal.
Cheap: the text is looked at only where the series falls back, once at most.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.aftercount import lines_between, printed_once, rises
from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.seriestally import RECORD_WORD, counts_re
from prr.scrapers.incident_log.text import shape

MIN_LOG = 5         # rows of the counted log, at least
MIN_AFTER = 2       # rows of the appendix, at least
_APPENDIX = re.compile(r"(?i)^\s*(?:appendix|annex)\b")
# "Incidents listed for May 2026: 82": the count closing the line after a colon (the
# year between is no count)
_CLOSING_COUNT = re.compile(rf"(?i)\b{RECORD_WORD}\b.*[:=]\s*(\d{{1,5}})\s*\.?\s*$")


def drop_earlier_appendix(records: list[dict], page_texts: list[str]) -> list[dict]:
    """``records`` without an appendix reprinting an earlier period's listing after the
    log's count (the same list when the document shows none, see the module's docstring)."""
    n = len(records)
    if n < MIN_LOG + MIN_AFTER:
        return records
    numbers = record_numbers(records)
    end = next((i for i in range(1, n) if numbers[i] and numbers[i - 1]
                and numbers[i] < numbers[i - 1]), None)
    if end is None or end < MIN_LOG or end > n - MIN_AFTER:
        return records
    log, after = numbers[:end], numbers[end:]
    series_shape = shape(log[0]) if log[0] else None
    if not series_shape or any(not x or shape(x) != series_shape for x in numbers) \
            or not rises(log) or max(after) >= log[0]:
        return records
    log_days = [d for d in map(_day, records[:end]) if d]
    after_days = [_day(r) for r in records[end:]]
    if not log_days or None in after_days or max(after_days) >= min(log_days):
        return records
    lines = lines_between(page_texts, records[end - 1], records[end])
    for k, line in enumerate(lines or []):
        if end in _counts(line) and any(_APPENDIX.match(ln) and printed_once(page_texts, ln)
                                        for ln in lines[k + 1:]):
            return records[:end]
    return records


def _counts(line: str) -> set[int]:
    found = {int(m.group(1) or m.group(2)) for m in counts_re().finditer(line)}
    closing = _CLOSING_COUNT.search(line)
    return found | {int(closing.group(1))} if closing else found


def _day(rec: dict) -> str | None:
    """The record's reported day as ``YYYY-MM-DD``, else None."""
    value = rec.get("reported_at")
    day = str(value)[:10] if value else ""
    return day if re.fullmatch(r"\d{4}-\d\d-\d\d", day) else None
