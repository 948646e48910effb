"""Where in a record its number stands: records open at the line that opens them.

A number column marks one line per record, but that line need not be the record's first:
an event printed over two lines may carry its number on the last one (under the line
with its date, type and place, and under any wrapped lines), and an index line whose
number stands at the right margin carries it on its second line when the entry wraps.
Read from the number's line, every such record would take the next one's first line.

The lines that open records are found from the document: lines at the left margin that
start with a date or a time (a weekday may lead it). When they pair one to one with the
column's numbers -- each number at or below its own opening line and above the next --
and at least one number stands below its opening line, the records open at those lines;
each keeps the number found inside it. The first record of every page must have its
opening line above (or on) its number too: a log whose numbers open their records and
whose rows carry a date on a later line has no such line above its first number.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from prr.scrapers.incident_log import anchors as anchor_mod
from prr.scrapers.incident_log.text import WEEKDAY

# a line opened at the margin by a date or a time (a weekday, abbreviated or not, may lead it)
_OPENING_AFTER_NEWLINE = re.compile(
    rf"\n {{0,3}}(?:(?:{WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),? +)?"
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)\b")
_OPENING = re.compile(_OPENING_AFTER_NEWLINE.pattern.removeprefix("\\n"))
_SENTENCE = re.compile(r"[a-z]{2}[.;]\s+[A-Z]|[a-z]{2}\.\s*$")
MIN_PAIRED = 0.95        # share of numbers with exactly one opening line of their own
SAMPLE = 60              # numbers looked at before the whole text is searched


def _opened_above(doc, numbered: list[int]) -> bool:
    """Some of the first numbers stand below a line that opens their record (between the
    number before and their own line)."""
    prev = -1
    for line in numbered:
        if any(_OPENING.match(doc.lines[i]) for i in range(max(prev + 1, line - 8), line) if i not in doc.skip):
            return True
        prev = line
    return False


def open_at_first_lines(doc, found: anchor_mod.Anchors) -> anchor_mod.Anchors | None:
    """The column's records re-anchored at their opening lines, or None when the numbers
    already open their records (the common case: nothing is changed)."""
    if found.kind != "id_column" or len(found.lines) < anchor_mod.MIN_RECORDS:
        return None
    if doc.text is None or not _opened_above(doc, sorted(found.ids)[:SAMPLE]):
        return _closing_numbers(doc, found)     # the common case (None), told on a sample
    return _opened_by_dates(doc, found) or _closing_numbers(doc, found)


def _opened_by_dates(doc, found: anchor_mod.Anchors) -> anchor_mod.Anchors | None:
    """Records opened at the line above their number that starts with a date or a time."""
    openers = sorted({bisect_right(doc.starts, m.start()) for m in _OPENING_AFTER_NEWLINE.finditer(doc.text)}
                     - doc.skip)
    # ``m.start()`` is the newline ending the line before, so bisect gives the opened line
    if len(openers) < anchor_mod.MIN_RECORDS:
        return None
    numbered = sorted(found.ids)
    opened, below, paired = [], 0, 0
    prev = -1
    j = 0
    for k, line in enumerate(numbered):
        while j < len(openers) and openers[j] <= prev:
            j += 1
        own = []
        while j < len(openers) and openers[j] <= line:
            own.append(openers[j])
            j += 1
        first_on_page = k == 0 or doc.pages[numbered[k - 1]] != doc.pages[line]
        if len(own) == 1 and doc.pages[own[0]] == doc.pages[line]:
            paired += 1
            below += own[0] < line
            opened.append(own[0])
        elif first_on_page and not own:
            return None         # a page's first number with nothing opening it above
        else:
            opened.append(own[-1] if own else line)
        prev = line
    if not below or paired < MIN_PAIRED * len(numbered):
        return None
    return anchor_mod.Anchors(found.kind, opened, found.ids, found.column)


def _closing_numbers(doc, found: anchor_mod.Anchors) -> anchor_mod.Anchors | None:
    """Entries set apart by blank lines, each closing with its number (a list item of a
    title, a place and a line of number, time and status): opened at their first lines.
    Told on a sample: nearly every number ends a block of two lines or more (the line
    below it blank, the one above printed); None otherwise, or when a block holds two numbers."""
    numbered = sorted(found.ids)

    def printed(i: int, page: int) -> bool:
        return 0 <= i < len(doc.lines) and doc.pages[i] == page and i not in doc.skip and bool(doc.lines[i].strip())

    sample = numbered[:SAMPLE]
    closing = sum(1 for i in sample if printed(i - 1, doc.pages[i]) and not printed(i + 1, doc.pages[i]))
    if closing < MIN_PAIRED * len(sample):
        return None
    numbers = set(numbered)
    opened = []
    for line in numbered:
        top = line
        while printed(top - 1, doc.pages[line]):
            top -= 1
            if top in numbers:
                return None
        opened.append(top)
    # short values a line, not paragraphs of prose closed by a case reference
    sentences = sum(1 for top, line in zip(opened[:SAMPLE], sample)
                    if any(_SENTENCE.search(doc.lines[i]) for i in range(top, line + 1)))
    if sentences > 0.1 * len(sample):
        return None
    # nothing but one-line headings (a day band) between one entry and the next: a block of
    # lines without a number (a message's body under its header block) belongs to an entry
    loose = sum(1 for k in range(1, len(sample)) if doc.pages[sample[k - 1]] == doc.pages[sample[k]]
                and any(printed(i, doc.pages[i]) and printed(i + 1, doc.pages[i])
                        for i in range(sample[k - 1] + 1, opened[k] - 1)))
    if loose > 0.1 * len(sample):
        return None
    if sum(1 for top, line in zip(opened, numbered) if top < line) < MIN_PAIRED * len(numbered):
        return None
    return anchor_mod.Anchors(found.kind, opened, found.ids, found.column)
