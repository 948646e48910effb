"""A text editor's line-number gutter printed beside the text: blanked.

A file opened in a text editor and printed keeps the editor's gutter: each line of the
file opens with its line number (right-aligned, 1, 2, 3 ...), a line the editor wraps goes
on below without one. The numbers count the file's lines, not records, and they hide what
opens each line (a CSV row's opening quote, a JSON key). Told from the text: at least
``MIN_LINES`` lines open with a bare number ending at one column, then a gap; the numbers
start at 1 and run on by one from line to line (95% of the steps, over the page breaks
too); the lines between them start right of the gutter (the editor's wraps). There the
numbers are blanked, so every line keeps its place.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.numberorder import steps_by_one

MIN_LINES = 20
MIN_STEPS = 0.95
# (no leading zero: an editor prints none; "01000" under "CCSO-2024-" is a number's wrapped end)
_NUMBERED = re.compile(r"(?m)^( *)([1-9]\d{0,5})(?= {2,}\S| *$)")


def blank_line_numbers(page_texts: list[str]) -> list[str] | None:
    """The pages with the gutter's numbers blanked, or None where no gutter is printed."""
    first = page_texts[0] if page_texts else ""
    if not _NUMBERED.search(first):
        return None
    found = [(m.end(2) - m.start(0), int(m.group(2))) for t in page_texts for m in _NUMBERED.finditer(t)]
    if len(found) < MIN_LINES:
        return None
    end = Counter(e for e, _ in found).most_common(1)[0][0]     # where the gutter's numbers end
    numbers = [n for e, n in found if e == end]
    steps = steps_by_one(numbers)
    # the file printed from its first line (a running count of entries starts anywhere)
    if len(numbers) < MIN_LINES or numbers[0] != 1 or steps < MIN_STEPS * (len(numbers) - 1) or not _beside_text(page_texts, end):
        return None

    def blank(m: re.Match) -> str:
        return " " * len(m.group(0)) if m.end(2) - m.start(0) == end else m.group(0)
    return [_NUMBERED.sub(blank, t) for t in page_texts]


def _beside_text(page_texts: list[str], end: int) -> bool:
    """Between a page's numbered lines, the other lines are the editor's wraps: they start
    where the numbered lines' text starts, right of the gutter (95% of them)."""
    wraps = inside = 0
    for t in page_texts:
        lines = t.splitlines()
        numbered = [_NUMBERED.match(ln) for ln in lines]     # each line matched once
        at = [i for i, m in enumerate(numbered) if m and m.end(2) == end]
        if not at:
            continue
        for ln, m in zip(lines[at[0]:at[-1] + 1], numbered[at[0]:at[-1] + 1]):
            if not ln.strip() or m:
                continue
            wraps += 1
            inside += len(ln) - len(ln.lstrip()) > end
    return inside >= MIN_STEPS * wraps
