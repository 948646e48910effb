"""A record number partly covered: the entry it opens is still a record, under the part shown.

A release may box the end of some entries' own numbers (a juvenile case's last digits,
withheld with their exemption code printed beside the box): the text layer keeps the
visible start of the number (``26-0041``) and a gap where the rest stood, then the entry
goes on as every other one does. Read by the entry form alone, such a line opens no entry
(its number is of a shorter shape, and the box's code follows it rather than the entries'
separator), and the entry is run into the one before it.

Told from the layout only, never from a code or a word: a numbered line that opens as the
entries do (the same item mark or words before the number, at the same indent, checked by
the caller) whose number is the start of the entries' number shape (at least half of it,
every separator the shape has up to there kept) and is followed by a gap of blank reaching
at least to where a whole number of the shape would end (the box's place, no text there).
Its id is the part printed, as a reader sees it.

Counted apart from the records' series (``seriestally.py``), such numbers are no series of
their own only where each is the start of another record's number (the neighbours' numbers
share it: the cut hid the end of a number of the same run). A series of another kind whose
shape merely starts as the records' does (``SR-104233`` beside ``WO-1042339``) begins with
other characters and stays a series.
"""
from __future__ import annotations

from prr.scrapers.incident_log.text import shape

MIN_KEPT = 0.5      # share of the entries' number shape a cut number keeps, at least


def cut_openings(lines: list[str], xs: dict[int, tuple[int, str]], forms: dict[int, tuple],
                 best: tuple) -> list[int]:
    """Lines (keys of ``xs``: line -> (position, number) of the column's number there)
    opening an entry whose number is cut short by a box, of the entries' form ``best``
    (``entryform.opening_form``'s tuple: shape, words before, what follows); ``forms`` is
    each line's own form."""
    full = best[0]
    out = []
    for i, (x, token) in xs.items():
        form = forms.get(i)
        if form is None or form == best or len(form) != len(best) or form[1] != best[1]:
            continue
        if not cut_start(shape(token), full):
            continue
        rest = lines[i][x + len(token):]
        gap = len(rest) - len(rest.lstrip(" "))
        if rest.strip() and len(token) + gap >= len(full):
            out.append(i)
    return out


def cut_start(part: str, full: str) -> bool:
    """``part`` is the beginning of the shape ``full``, shorter, keeping enough of it."""
    return len(part) < len(full) and full.startswith(part) and len(part) >= MIN_KEPT * len(full) \
        and not part[-1:].isspace() and part[-1:].isalnum()


def cut_shapes(numbers: list[str]) -> set[str]:
    """Shapes of ``numbers`` (the records' numbers) that are the visible start of another
    shape's numbers: every number of the shorter shape begins another, longer number."""
    by_shape: dict[str, set[str]] = {}
    for number in numbers:
        if number:
            by_shape.setdefault(shape(number), set()).add(number)
    out = set()
    for part, cut in by_shape.items():
        longer = [n for full, ns in by_shape.items() if cut_start(part, full) for n in ns]
        if longer and all(any(n.startswith(c) for n in longer) for c in cut):
            out.add(part)
    return out
