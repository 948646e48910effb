"""An appendix after a log's own total line, numbered from the log's own series: a traffic
log whose rows (collisions) end on a line counting them ("Collision events: 47"), then,
under a title and column titles of its own, a table of other entries of the same desk
(stops, citations) whose numbers were issued from the very same series, in the same date
and time columns. Read as one table, those rows count as records; they are not incidents
of the log. ``aftercount.py`` drops such a table when its numbers come from another range
and out of order; here they interleave with the log's own numbers, so that rule can't tell.

Told from the document alone: the line just after a record counts exactly the records read
so far, from the first one (a total of the whole log, not a day's or a page's subtotal),
beside a word naming records, and no line after it counts records again (a log in groups
counts each: its first group's count counts all rows read so far); those records rise, of
one number shape; the next record's number falls back below the log's last (a series
restarting, where a log read on continues upward), and the numbers after it reach back
into the log's own range (above its first number: interleaved with it), none repeating one
of the log's, all of one shape; and a line printed once in the document stands between the
count and that record (the appendix's title or its own column titles; column titles
printed again on every page are no title). The records from there on are dropped.

Not dropped: a day's rows after the previous day's count (they continue upward), a second
log of an earlier range (below the first number: ``aftercount.py``'s case), a subtotal (it
counts fewer rows than were read), a table relisting the log's numbers. A log in groups, a
count after each, keeps them all.
Cheap: the text is looked at only where the series falls back, once at most.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.aftercount import line_at, lines_between, printed_once, rises
from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.seriestally import counts_re
from prr.scrapers.incident_log.text import shape

MIN_LOG = 5         # rows of the counted log, at least
MIN_AFTER = 2       # rows after its count, at least
_LETTER = re.compile(r"[^\W\d_]")


def drop_counted_appendix(records: list[dict], page_texts: list[str]) -> list[dict]:
    """``records`` without an appendix of the log's own series after its total line (the
    same list when the document shows none, see the module's docstring)."""
    n = len(records)
    if n < MIN_LOG + MIN_AFTER:
        return records
    numbers = record_numbers(records)
    # the first place the series falls back: the log's rows are the ones before it
    end = next((i for i in range(1, n) if numbers[i] and numbers[i - 1]
                and numbers[i] < numbers[i - 1]), None)
    if end is None or end < MIN_LOG or end > n - MIN_AFTER:
        return records
    log, after = numbers[:end], numbers[end:]
    series_shape = shape(log[0]) if log[0] else None
    if not series_shape or any(not x or shape(x) != series_shape for x in numbers) \
            or not rises(log) or max(after) < log[0] or set(after) & set(log):
        return records
    lines = lines_between(page_texts, records[end - 1], records[end])
    if not lines:
        return records
    for k, line in enumerate(lines):
        counts = {int(m.group(1) or m.group(2)) for m in counts_re().finditer(line)}
        if end in counts and any(_LETTER.search(ln) and printed_once(page_texts, ln)
                                 for ln in lines[k + 1:]) \
                and not any(counts_re().search(ln) for ln in lines[k + 1:] + _rest(page_texts, records[end])):
            return records[:end]
    return records


def _rest(page_texts: list[str], rec: dict) -> list[str]:
    """The text's lines from the record's first line to the document's end (a log in
    groups counts each group: its first group's count is followed by the others')."""
    at = line_at(page_texts, rec)
    if at is None:
        return []
    return page_texts[at[0]].split("\n")[at[1]:] + [ln for t in page_texts[at[0] + 1:] for ln in t.split("\n")]
