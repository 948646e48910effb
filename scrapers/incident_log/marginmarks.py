"""Marks printed in the left margin beside some lines of a paragraph: blanked.

A release reviewed by another office may carry that office's marks in the left margin
beside the lines it withheld from or reviewed (exemption codes, a reviewer's initials).
``pdftotext -layout`` prints each mark at the start of its line, before the paragraph's
own text, so the line reads as opening with a cell: a table row, a title line over the
rows below, or an entry opened by the number that follows the mark.

Told from the layout, not from any mark's words: a short cell opens a line, then a gap,
then text starting at the very column where the line just above, unmarked, starts its
text, and that text goes on with a lowercase word from a line that does not close a
sentence (a word wrap: the line is the middle of a paragraph, so what stands before it
opens nothing; a table's first column repeating a value down its rows has a cell of its
own on the line above too). A mark is the same text beside ``MIN_WRAPS`` or more such
lines. Then every line it opens (before a gap, its text starting where a line beside it
starts its own) has the mark blanked, so every line keeps its place. A log whose lines open with a code
that opens its entries (a unit, a time) is left alone: an entry's first line does not go
on with a wrapped sentence."""
from __future__ import annotations

import re

MIN_WRAPS = 3
MAX_MARK = 30       # a mark is short beside a line of text
_MARKED = re.compile(r"^( *)(\S(?:.*?\S)?)( {2,})(\S.*)$")
_SENTENCE_END = (".", "!", "?", ":", ";")
_GAP_LOWER = re.compile(r"  [a-z]")     # (a literal first: the engine scans for it fast)


def blank_margin_marks(page_texts: list[str]) -> list[str] | None:
    """The pages with the margin marks blanked, or None where none is printed."""
    # a mark's line holds a cell, a gap and a lowercase word: one scan of each page first
    if not any(_GAP_LOWER.search(t) for t in page_texts):
        return None
    pages = [t.split("\n") for t in page_texts]
    marks = _marks([lines for lines, t in zip(pages, page_texts) if _GAP_LOWER.search(t)])
    if not marks:
        return None
    changed = False
    for lines in pages:
        for i, line in enumerate(lines):
            m = _MARKED.match(line)
            if m and m.group(2) in marks and _beside_text(lines, i, m.group(2), m.start(4)):
                lines[i] = " " * m.start(4) + m.group(4)
                changed = True
    return ["\n".join(lines) for lines in pages] if changed else None


def _marks(pages: list[list[str]]) -> set[str]:
    """The cells seen beside ``MIN_WRAPS`` or more lines that go on with a wrapped sentence."""
    seen: dict[str, int] = {}
    for lines in pages:
        for i in range(1, len(lines)):
            # (string tests, not ``_MARKED``: this runs on every line of every log; the same
            # cell as ``_MARKED`` reads, its text starting at the unmarked line above's indent)
            above = lines[i - 1].rstrip()      # (unmarked: a table's first column repeats down its rows)
            if not above or above.endswith(_SENTENCE_END):
                continue
            at = len(above) - len(above.lstrip())
            line = lines[i]
            if at < 3 or len(line) <= at or not line[at].islower() or line[at - 2:at] != "  ":
                continue
            mark = line[:at].strip()
            if mark and len(mark) <= MAX_MARK and "  " not in mark:
                seen[mark] = seen.get(mark, 0) + 1
    return {mark for mark, n in seen.items() if n >= MIN_WRAPS}


def _indent(line: str) -> int | None:
    return len(line) - len(line.lstrip()) if line.strip() else None


def _continues(line: str, mark: str, at: int) -> bool:
    """A line of the same paragraph: its text starts at ``at``, with no cell before it or
    with the same mark."""
    if _indent(line) is None:
        return False
    if _indent(line) == at:
        return True
    m = _MARKED.match(line)
    return m is not None and m.group(2) == mark and m.start(4) == at


def _beside_text(lines: list[str], i: int, mark: str, at: int) -> bool:
    """The marked line's text starts where the line above or below starts its text (the
    paragraph's column, the mark left of it)."""
    return any(_continues(lines[j], mark, at) for j in (i - 1, i + 1) if 0 <= j < len(lines))
