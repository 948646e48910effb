"""A record number wrapped in its narrow cell: the part before a separator on one line, the
rest under it on the next, joined back into one number before anything reads the page.

A word processor breaks ``XYZ-25-0412`` after its last dash when the first column is too
narrow, so ``pdftotext -layout`` prints ``XYZ-25-`` at the start of the row's first line and
``0412`` at the same position on the line below. Neither part is a record number, and the
row's second line (the rest of each stacked cell: a time under a date, a wrapped type) reads
as a row of its own. Told from the document, not from any prefix: many lines open with the
same shape of token ending in a separator (``-`` or ``/``), and nearly every one has, right
under its start, a run of digits. The digits are then written after the separator and the
page is widened by as many blanks at the end of that column, so the other columns still line
up; the number then reads as any record number in a column of its own.
"""
from __future__ import annotations

import re
from collections import Counter

MIN_PAIRS = 3
SAMPLE_PAGES = 3
# a token opening a line (a little indented at most) and ending in a separator: "XYZ-25-"
_OPEN = re.compile(r"^( {0,12})([A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*[-/])(?= |$)", re.M)
_REST = re.compile(r"\d{2,10}(?= |$)")
_SHAPE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                       "A" * 52 + "9" * 10)


def join_wrapped_numbers(page_texts: list[str]) -> list[str]:
    """The page texts with every wrapped record number joined, or the same list when the
    document has no series of them (a regular-expression search of the first pages decides)."""
    if not any(_OPEN.search(t) for t in page_texts[:SAMPLE_PAGES]):      # a series shows on the first pages
        return page_texts
    found = [_pairs(t.splitlines()) for t in page_texts]
    pairs = [p for page in found for p in page[0]]
    opened = sum(page[1] for page in found)
    if len(pairs) < MIN_PAIRS or len(pairs) < 0.8 * opened:
        return page_texts
    shape, n = Counter(p[2].translate(_SHAPE) for p in pairs).most_common(1)[0]
    if n < 0.8 * len(pairs):
        return page_texts
    out = []
    for text, (page_pairs, _) in zip(page_texts, found):
        page_pairs = [p for p in page_pairs if p[2].translate(_SHAPE) == shape]
        out.append(_rewrite(text, page_pairs) if page_pairs else text)
    return out


def _pairs(lines: list[str]) -> tuple[list[tuple[int, int, str, str]], int]:
    """(line, column, prefix, digits under it) of each wrapped number on a page, and how many
    lines open with a token ending in a separator."""
    pairs, opened = [], 0
    for i, line in enumerate(lines):
        m = _OPEN.match(line)
        if not m:
            continue
        opened += 1
        x, prefix = len(m.group(1)), m.group(2)
        below = lines[i + 1] if i + 1 < len(lines) else ""
        rest = _REST.match(below, x)
        if rest is None or below[:x].strip():
            continue
        digits = rest.group(0)
        # one cell as wide as its wider part: the line below holds only blanks where the
        # prefix ends ("XYZ-25-" over "0412"), or the line above holds only blanks where the
        # digits end ("25-" over "004417", a cell narrower than the number): nothing else is cut
        if len(digits) <= len(prefix):
            cut = below[x + len(digits):x + len(prefix)]
        else:
            cut = line[x + len(prefix):x + len(digits) + 1]
        if not cut.strip():
            pairs.append((i, x, prefix, digits))
    return pairs, opened


def _rewrite(text: str, pairs: list[tuple[int, int, str, str]]) -> str:
    lines = text.splitlines()
    width = max(len(p[3]) for p in pairs)
    at = Counter(x + len(prefix) for _, x, prefix, _ in pairs).most_common(1)[0][0]
    done = set()
    for i, x, prefix, digits in pairs:
        end = x + len(prefix)
        if end != at:
            continue
        first, below = lines[i], lines[i + 1]
        below = below[:x] + " " * len(digits) + below[x + len(digits):]      # the digits move up
        lines[i] = first[:end] + digits.ljust(width + 1) + first[end:]      # a gap of two blanks: a cell's end
        lines[i + 1] = " " * (end + width + 1) + below[end:]
        done.update((i, i + 1))
    for i, line in enumerate(lines):
        if i not in done:
            lines[i] = _widen(line, at, width + 1)
    return "\n".join(lines) + ("\n" if text.endswith("\n") else "")


def _widen(line: str, at: int, width: int) -> str:
    """``width`` blanks inserted where the number column ends, or at the first gap of two
    blanks after a word crossing it (a line crossing it with single blanks, a band's title,
    is in no column: left as it is)."""
    if len(line) <= at:
        return line
    if line[at] != " " and line[at - 1] != " ":
        at = line.find("  ", at)
        if at < 0:
            return line
    return line[:at] + " " * width + line[at:]
