"""Paragraphs told apart by the indent of their first line alone: justified prose with no
blank line between paragraphs (a shift summary typed in a word processor).

Each paragraph's first line is set a few characters right of the text's margin and its
other lines run at the margin, so a paragraph starts where a line stands further right
than the one before it. Readers of run-together entries (``seriesentries.py``) end a
paragraph where a line stands further LEFT than the one before (an entry's hanging lines,
a heading): in such prose that cuts every paragraph after its first line and glues the
first line to the paragraph before it.

Told from the document, not from any word: the lines standing further right than the
line before them nearly all open a sentence (a capital or a digit first) after a line
that closes one, and have the margin again on the line after them (or the next one-line
paragraph). A hanging
entry's wrapped lines, set further right too, go on with the sentence the line above left
off. One pass over the lines, made only by the readers that look for such entries."""
from __future__ import annotations

import re

MIN_PARAGRAPHS = 5
SHARE = 0.9         # of the lines set further right: a sentence opened after one closed
_CLOSED = re.compile(r"[.!?:][\"')\]]?$")


def lead(line: str) -> int:
    return len(line) - len(line.lstrip())


def first_line_margins(lines: list[str], skip: set[int], pages: list[int]) -> dict[int, int] | None:
    """Where the text's paragraphs are told by their first lines set further right: each
    page's margin (a line set right of it opens a paragraph, a one-line paragraph too);
    else None."""
    right = opened = 0
    margin: dict[int, int] = {}
    for i in range(1, len(lines) - 1):
        line, before, after = lines[i], lines[i - 1], lines[i + 1]
        if i in skip or not line.strip():
            continue
        margin[pages[i]] = min(margin.get(pages[i], lead(line)), lead(line))
        if i - 1 in skip or not before.strip() or lead(line) <= lead(before) + 1:
            continue
        right += 1
        text = line.lstrip()
        opened += bool(_CLOSED.search(before.rstrip())) and (text[0].isupper() or text[0].isdigit()) \
            and bool(after.strip()) and lead(after) <= lead(line)
    return margin if opened >= MIN_PARAGRAPHS and opened >= SHARE * right else None
