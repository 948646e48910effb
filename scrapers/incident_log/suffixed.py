"""Record numbers with a letter part after the serial (``2025-001876-A``, ``24-0311.B``).

The number pattern ends a number at its last digit, so a letter printed after a dash or a
dot is left out and the record's number is read short (and two records ``-A`` and ``-B``
of one serial would read the same). Told from the document: nearly every number of the
record-number column is followed, with no space, by a dash or dot and one to three
capitals, and the numbers so extended share one shape: the letter part belongs to the
number. A column whose numbers are followed by other text, or by letter parts of many
shapes (a code glued to some numbers only), keeps its numbers as they are.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import shape

MIN_SHARE = 0.9
MIN_NUMBERS = 3
# right after the number: a dash or a dot, one to three capitals, then a space or the line's end
_LETTER_PART = re.compile(r"[-.][A-Z]{1,3}(?=\s|$)")


def read_letter_parts(doc, found) -> None:
    """Extend the column's numbers (and the document's numbers on those lines) by their
    letter part, where the column's numbers share one shape with it (above)."""
    ids = found.ids if found is not None else None
    if not ids or len(ids) < MIN_NUMBERS:
        return
    # cheap first test on a sample: most logs print nothing right after their numbers
    sample = list(ids.items())[:MIN_NUMBERS * 4]
    if sum(1 for line, number in sample if _whole(doc, line, number)) < MIN_SHARE * len(sample):
        return
    whole = {}
    for line, number in ids.items():
        found_at = _whole(doc, line, number)
        if found_at:
            whole[line] = found_at
    shapes = Counter(shape(tok) for _, tok, _ in whole.values())
    if not shapes:
        return
    main, count = shapes.most_common(1)[0]
    if count < MIN_SHARE * len(ids):
        return
    for line, (x, tok, number) in whole.items():
        if shape(tok) != main:
            continue
        ids[line] = tok
        doc.ids[line] = [(at, tok if at == x and t == number else t) for at, t in doc.ids[line]]


def _whole(doc, line: int, number: str) -> tuple[int, str, str] | None:
    """(column, number with its letter part, number) when a letter part follows it."""
    text = doc.lines[line]
    for x, tok in doc.ids[line]:
        if tok == number:
            m = _LETTER_PART.match(text, x + len(tok))
            return (x, tok + m.group(), number) if m else None
    return None
