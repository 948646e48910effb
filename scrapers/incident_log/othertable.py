"""A second table after the log, under a title of its own and the log's column titles printed
again, numbering another desk's entries from a range of its own (a paper's fire runs after
its police blotter): no records.

A newspaper may print its police blotter as a table and, right after the last row, a smaller
table of another service's calls in the very same columns, under a short title line and
the column titles printed again. Its numbers take the log's shape (``25-40763`` after
``25-30758``), so read as one table its rows count as records, and the title line is read
as the log's last row's text.

Told from the document alone, never from a word: the records' numbers, of one shape, rise
in two runs, the second starting after a jump far wider than any step of the first (another
range, not the log's next page); the second run is the shorter one; and right above its
first row stand a title line (letters, no digit, printed once in the document) and a line
printing the log's column titles again (the same words printed above rows earlier on). The
rows are read where they stand on the page, beside other columns' text too (a newspaper's
story on the same baselines): from the row's own column on. A log that continues its own
series under a new heading, a log in sections of several services titled alike
(``servicesections.py``), a table without its titles printed again: left as read.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.aftercount import rises
from prr.scrapers.incident_log.record import record_numbers
from prr.scrapers.incident_log.text import shape

MIN_LOG = 5             # rows of the log, at least
MIN_AFTER = 2           # rows of the other table, at least
FAR = 10                # the jump to the other range, times the log's widest step
MAX_TITLE_WORDS = 6
_LETTER, _DIGIT = re.compile(r"[^\W\d_]"), re.compile(r"\d")


def _serial(number: str) -> int:
    return int("".join(ch for ch in number if ch.isdigit()) or 0)



def _place(pages: list[list[str]], rec: dict, number: str) -> tuple[int, int, int] | None:
    """(page index, line index, column) of the record's number on its first line as printed
    (the row's column: a story's text beside it may be read into the row), else None."""
    raw, page = rec.get("raw"), rec.get("page")
    if not raw or not isinstance(page, int) or not 1 <= page <= len(pages):
        return None
    first = raw.split("\n", 1)[0].strip()
    for j, line in enumerate(pages[page - 1]):
        if first and first in line and number in line:
            return page - 1, j, line.find(number)
    return None


def _words(line: str) -> str:
    return " ".join(line.split())


def _titled_again(pages: list[list[str]], at: tuple[int, int, int]) -> str | None:
    """The title line right above the column titles right above the row at ``at`` (both read
    from the row's column on), when the titles are printed earlier on too; else None."""
    p, j, col = at
    above = [_words(ln[col:]) for ln in pages[p][:j]]
    above = [a for a in above if a]
    if len(above) < 2:
        return None
    titles, title = above[-1], above[-2]
    if not _LETTER.search(title) or _DIGIT.search(title) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    printed = [_words(ln) for page in pages for ln in page]
    if sum(title in ln for ln in printed) != 1:
        return None
    earlier = [_words(ln) for page in pages[:p] for ln in page] + [_words(ln) for ln in pages[p][:j - 1]]
    return title if sum(titles in ln for ln in earlier) >= 1 else None


def drop_other_table(records: list[dict], page_texts: list[str]) -> list[dict]:
    """``records`` without the other desk's titled table after the log (the same list when
    the document shows none, see the module's docstring)."""
    n = len(records)
    if n < MIN_LOG + MIN_AFTER:
        return records
    numbers = record_numbers(records)
    if any(not x for x in numbers) or len({shape(x) for x in numbers}) != 1:
        return records
    serials = [_serial(x) for x in numbers]
    steps = [b - a for a, b in zip(serials, serials[1:])]
    end = max(range(len(steps)), key=steps.__getitem__) + 1      # the widest step: the other range's start
    log, after = serials[:end], serials[end:]
    if len(log) < MIN_LOG or not MIN_AFTER <= len(after) < len(log) or not rises(log) or not rises(after):
        return records
    if steps[end - 1] <= FAR * max(steps[:end - 1]):
        return records
    pages = [text.split("\n") for text in page_texts]
    at = _place(pages, records[end], numbers[end])
    title = _titled_again(pages, at) if at is not None else None
    if title is None:
        return records
    _cut_title(records[end - 1], title)
    return records[:end]


def _cut_title(rec: dict, title: str) -> None:
    """The other table's title, read as the log's last row's text: left out of it."""
    raw = rec.get("raw") or ""
    lines = raw.split("\n")
    for k, line in enumerate(lines[1:], 1):
        if _words(line) == title:
            rec["raw"] = "\n".join(lines[:k])
            break
    if rec.get("summary") and _words(rec["summary"]) == title:
        rec["summary"] = None
        (rec.get("fields") or {}).pop("_summary", None)
