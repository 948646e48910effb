"""Footnote marks printed glued to a record's number: the number without them.

A word processor draws a footnote reference as a raised small digit right after the value
it annotates, with no gap, and ``pdftotext`` prints it on the line as one more digit of
that value: ``BX-7702214`` is ``BX-77022`` with note 14, ``21:0903`` is 21:09 with note 3.
The number pattern takes the digits as the number's, so a marked record is read under a
number that is not its own. The text gives no size or rise of the glyphs, so the marks are
told by the series itself: most numbers of the record column share one length and the few
longer by one or two trailing digits keep the shape of the others before them, and the
page prints numbered footnotes (a line opening with that number, then words) - the page's
own notes name the extra digits as a mark. Only then are the digits dropped from the
number, and, on the record lines of such a document, from a clock time (no minute has
three digits) and from a word's end (``Rd4``) where a note of that page carries them.
The text as printed stays the record's ``raw``.

Other logs pay one count of their numbers' lengths: a column of one length is left alone.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import shape

MIN_NUMBERS = 5
MAIN_SHARE = 0.6        # of the column's numbers at the series' own length
MAX_MARK_DIGITS = 2
# a footnote at the page foot: its number, then words ("3 Also reported ...", "7 (continued) ...")
_NOTE = re.compile(r"^ {0,12}(\d{1,3}) {1,3}[(A-Za-z]")
# a clock time with more digits glued after its minutes
_CLOCK_MARK = re.compile(r"(?<![\d:])(\d{1,2}:[0-5]\d)(\d{1,2})(?![\d:])")
# a word (lower-case letters, or a full stop) with digits glued at its end, then a cell gap or the line's end
_WORD_MARK = re.compile(r"(?<=[a-z.])(\d{1,2})(?=  |$)")


def drop_note_marks(doc, found) -> None:
    """Drop footnote marks glued to the record column's numbers (and, on those documents,
    to the record lines' times and words), where the series and the page's notes show them."""
    ids = found.ids if found is not None else None
    if not ids or len(ids) < MIN_NUMBERS:
        return
    lengths = Counter(map(len, ids.values()))
    if len(lengths) == 1:           # the common case: one length, nothing glued on
        return
    main_len, count = lengths.most_common(1)[0]
    if count < MAIN_SHARE * len(ids):
        return
    main_shape = Counter(shape(t) for t in ids.values() if len(t) == main_len).most_common(1)[0][0]
    if main_shape[-1] != "9":   # a mark glues to a number's last digit
        return
    longer = {line: tok for line, tok in ids.items()
              if 0 < len(tok) - main_len <= MAX_MARK_DIGITS and shape(tok[:main_len]) == main_shape
              and tok[main_len:].isdigit()}
    if not longer:
        return
    notes = _page_notes(doc, set(ids))
    marked = {line: tok for line, tok in longer.items() if int(tok[main_len:]) in notes.get(doc.pages[line], ())}
    # most of the longer numbers are so explained: a series that only grows longer (9999, then
    # 10000) is not marks, even if a note's number happens to match one of them
    if len(marked) < 0.8 * len(longer):
        return
    own = set(ids.values())
    for line, tok in marked.items():
        number = tok[:main_len]
        if number in own:           # the same number on two rows: no mark to drop
            continue
        ids[line] = number
        doc.ids[line] = [(x, number if t == tok else t) for x, t in doc.ids[line]]
        _blank(doc, line, _at(doc, line, tok) + main_len, len(tok) - main_len)
    _drop_value_marks(doc, found, notes)


def _page_notes(doc, record_lines: set[int]) -> dict[int, set[int]]:
    """{page: the numbers of the footnotes printed at its foot}: below the page's last record,
    lines opening with a number and then words, numbered one after another (n, n+1, ...) -
    an address or a count opening a wrapped line is no such run."""
    last_record: dict[int, int] = {}
    for line in record_lines:
        page = doc.pages[line]
        last_record[page] = max(line, last_record.get(page, line))
    candidates: dict[int, list[int]] = {}
    for page, after in last_record.items():
        end = doc.first_line(page + 1)
        for line in doc.lines[after + 1:end]:
            m = _NOTE.match(line)
            if m:
                candidates.setdefault(page, []).append(int(m.group(1)))
    notes: dict[int, set[int]] = {}
    for page, numbers in candidates.items():
        run = _longest_run(numbers)
        if len(run) >= 2 or len(numbers) == 1:
            notes[page] = set(run)
    return notes


def _longest_run(numbers: list[int]) -> list[int]:
    """The longest chain of numbers each one more than the one before, in line order."""
    best: list[int] = []
    chains: dict[int, list[int]] = {}       # the next number a chain waits for -> the chain
    for n in numbers:
        chain = chains.pop(n, None)
        chain = chain + [n] if chain else [n]
        chains[n + 1] = chain
        if len(chain) > len(best):
            best = chain
    return best


def _drop_value_marks(doc, found, notes: dict[int, set[int]]) -> None:
    """On each record line, a clock time's or a word's glued digits that number a note of
    its page are blanked (the value then reads as printed without its mark)."""
    for line in found.ids:
        page_notes = notes.get(doc.pages[line])
        if not page_notes:
            continue
        text = doc.lines[line]
        numbers = [(x, x + len(t)) for x, t in doc.ids[line]]
        for rx in (_CLOCK_MARK, _WORD_MARK):
            for m in rx.finditer(text):
                group = m.lastindex
                at = m.start(group)
                if int(m.group(group)) in page_notes and not any(x <= at < end for x, end in numbers):
                    _blank(doc, line, m.start(group), len(m.group(group)))


def _at(doc, line: int, tok: str) -> int:
    return next((x for x, t in doc.ids[line] if t == tok), doc.lines[line].find(tok))


def _blank(doc, line: int, start: int, width: int) -> None:
    """Blank ``width`` characters of a line (its columns stay where they are); the line as
    printed is kept for the record's ``raw``."""
    if start < 0:
        return
    if doc.printed is None:
        doc.printed = list(doc.lines)
    text = doc.lines[line]
    doc.lines[line] = text[:start] + " " * width + text[start + width:]
    if doc.text is not None and doc.starts is not None:
        at = doc.starts[line] + start
        doc.text = doc.text[:at] + " " * width + doc.text[at + width:]
