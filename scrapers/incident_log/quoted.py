"""A log pasted into the quoted part of an e-mail: every line behind a quote mark.

A log forwarded by e-mail and printed from the mail client keeps the quoted text's marks:
each line of the log, its column titles included, starts with ``> `` (or ``>> `` when
quoted twice). The mark stands where the margin was, so the titles no longer start a
line and the first cell of each row is the mark. Told from the text: a run of at least
``MIN_QUOTED`` consecutive lines opening with the mark at one position (after the page's
indent; a mark opening a continuation line here and there, between unmarked lines, is
no quote); there the marks are blanked, so every column keeps its position.
"""
from __future__ import annotations

import re
from collections import Counter

MIN_QUOTED = 8
_MARK = re.compile(r"(?m)^( *)((?:> ?)*>)(?= |$)")


def unquote(page_texts: list[str]) -> list[str] | None:
    """The pages with the quote marks blanked, or None where no quoted run is printed."""
    if not any(">" in t for t in page_texts):
        return None
    at = Counter((len(m.group(1)), m.group(2)) for t in page_texts for m in _MARK.finditer(t))
    if not at:
        return None
    (indent, mark), n = at.most_common(1)[0]
    if n < MIN_QUOTED or _longest_run(page_texts, indent, mark) < MIN_QUOTED:
        return None

    def blank(m: re.Match) -> str:
        if len(m.group(1)) != indent or m.group(2) != mark:
            return m.group(0)
        return m.group(1) + " " * len(mark)
    return [_MARK.sub(blank, t) for t in page_texts]


def _longest_run(page_texts: list[str], indent: int, mark: str) -> int:
    """The most lines in a row that open with the mark at the indent."""
    best = run = 0
    opening = " " * indent + mark
    for t in page_texts:
        for line in t.splitlines():
            quoted = line.startswith(opening) and line[len(opening):len(opening) + 1] in ("", " ")
            run = run + 1 if quoted else 0
            best = max(best, run)
    return best
