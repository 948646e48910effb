"""A record number printed in a gutter beside a later line of its entry (its middle line),
not beside the line that opens it.

``pdftotext -layout`` then prints the entry's opening line (``Rec'd 10/20/2025 01:19 ...``)
above the number, where it reads as the end of the entry before. Told from the document:
the numbers stand alone at the margin, the entries' text at one position right of them
(a gutter blank on every other line), and the line that opens an entry is known from the
first one, whose lines above its number run up to the page header: a first word they
start with opens the lines just above nearly every number, and the number's own line
does not start with it. The number is then moved beside that opening line, so the
entries read as any entries led by their number.
"""
from __future__ import annotations

from collections import Counter

MIN_NUMBERS = 5
MAX_ABOVE = 4            # lines of an entry printed above its number


def raise_gutter_numbers(doc, page_texts: list[str]) -> list[str] | None:
    """The page texts with each gutter number moved up beside its entry's opening line,
    or None when the numbers already stand beside the lines that open their entries."""
    numbers = []         # (line, where the text beside the number starts)
    for i, found in enumerate(doc.ids):
        if not found or i in doc.skip:
            continue
        x, tok = found[0]
        line = doc.lines[i]
        end = x + len(tok)
        if x > 3 or line[:x].strip() or line[end:end + 2].strip():
            continue
        rest = line[end:]
        body = end + len(rest) - len(rest.lstrip())
        if body < len(line):
            numbers.append((i, body))
    if len(numbers) < MIN_NUMBERS:
        return None
    body, n = Counter(b for _, b in numbers).most_common(1)[0]
    if n < 0.8 * len(numbers):
        return None
    lines_of = [i for i, b in numbers if b == body]
    regions = [_above(doc, i, body) for i in lines_of]
    if not regions[0]:
        return None
    opener = _opener(doc, lines_of, regions)
    if opener is None:
        return None
    moves = {}
    for i, region in zip(lines_of, regions):
        at = [j for j in region if _first_word(doc.lines[j]) == opener]
        if at:
            moves[i] = at[-1]
    if len(moves) < 0.8 * len(lines_of):
        return None
    return _rewrite(doc, page_texts, moves, body)


def _above(doc, i: int, body: int) -> list[int]:
    """The lines right above a number line whose text starts where the entries' does,
    the gutter blank (up to ``MAX_ABOVE``, on the same page)."""
    out = []
    j = i - 1
    while j >= 0 and len(out) < MAX_ABOVE and doc.pages[j] == doc.pages[i] and j not in doc.skip:
        line = doc.lines[j]
        if not line.strip() or line[:body].strip() or doc.ids[j] and doc.ids[j][0][0] < body:
            break
        out.append(j)
        j -= 1
    return out[::-1]


def _first_word(line: str) -> str:
    words = line.split(None, 1)
    return words[0] if words else ""


def _opener(doc, lines_of: list[int], regions: list[list[int]]) -> str | None:
    """The first word of a line over the first number that opens the lines above nearly
    every number, and not the numbers' own lines."""
    for j in regions[0]:
        word = _first_word(doc.lines[j])
        if not word:
            continue
        hits = sum(1 for region in regions if any(_first_word(doc.lines[k]) == word for k in region))
        own = sum(1 for i in lines_of if doc.lines[i].split()[1:2] == [word])
        if hits >= 0.8 * len(regions) and own <= 0.2 * len(lines_of):
            return word
    return None


def _rewrite(doc, page_texts: list[str], moves: dict[int, int], body: int) -> list[str]:
    out = list(page_texts)
    for page in sorted({doc.pages[i] for i in moves}):
        start = doc.first_line(page)
        lines = page_texts[page - 1].splitlines()
        for i, j in moves.items():
            if doc.pages[i] == page:
                a, b = i - start, j - start
                lines[b] = lines[a][:body].rstrip().ljust(body) + lines[b][body:]
                lines[a] = " " * body + lines[a][body:]
        out[page - 1] = "\n".join(lines)
    return out
