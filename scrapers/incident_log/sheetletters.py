"""A spreadsheet's column letters (``A  B  C ...`` printed over the header row) left out.

A log printed from a spreadsheet with its headings shows a band of column letters above the
header. The letters are centred over the columns, not where the titles start, so they join
the titles (``E Disposition``), and a title no longer names its field. Told from the letters
themselves, whatever the titles: a line holding only single capital letters that run in
alphabet order from ``A`` (three or more), repeated above each page's header. It is blanked
(kept as an empty line, so line numbers stay).
"""
from __future__ import annotations

import re

# a line of single letters from "A", spaced out (searched for on the first pages)
_LETTERS = re.compile(r"^ *A {2,}B {2,}C(?: {2,}[D-Z])* *$", re.M)


def blank_column_letters(page_texts: list[str]) -> list[str]:
    """The page texts with spreadsheet column-letter lines blanked; the same list when none."""
    if not any(_LETTERS.search(t) for t in page_texts[:3]):      # printed on every page: the first tell
        return page_texts
    return [_LETTERS.sub(_blank, t) for t in page_texts]


def _blank(m: re.Match) -> str:
    letters = m.group(0).split()
    in_order = all(ord(b) == ord(a) + 1 for a, b in zip(letters, letters[1:]))
    return "" if in_order else m.group(0)
