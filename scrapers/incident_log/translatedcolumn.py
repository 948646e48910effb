"""Pages printing their entries twice side by side: the entries in the left column and their
translation in the right one, each entry of both columns opened by the same record number:

    VC-0101 Reported 03/09/2026 00:21          VC-0101
    Stolen vehicle                             <the report time in the other language>
    Location: 4200 block of Elm Ave            <the type in the other language>
    Disposition: Arrest made                   <...>
                                               <a line the other language needs more>
    VC-0102 Reported 03/09/2026 01:54
    ...                                        VC-0102

The columns flow on their own (one language takes more lines), so ``pdftotext -layout`` sets
one entry's lines beside another's: read across, the lines give a record another record's
values. The right column repeats numbers the left column prints: it holds no records of its
own and none of its lines is a value of a left entry. The right column is taken off where a
page shows it so: at least ``MIN_REPEATS`` numbers opening entries at one position right of the
left column's, every one of them printed again in the left column (each once), and lines of
text under them that carry no number (an entry's lines, not a table's column of numbers, which
a table repeating a number in two of its cells would be). Lines crossing the gutter (a
masthead, a closing line across the page) stay whole.
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.text import page_ids, rewrite_pages

MIN_REPEATS = 3         # numbers repeated in the right column of a page
MIN_LEFT = 24           # characters between the left column's numbers and the right column's
DRIFT = 2               # characters a column's openings may wander


def drop_translated_column(page_texts: list[str]) -> list[str] | None:
    """The pages with a right column repeating the left one's entries taken off, or None."""
    return rewrite_pages(page_texts, _left_column)


def _openings(line: str, ids: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbers opening the line or a part of it after a gap of two blanks or more."""
    return [(x, tok) for x, tok in ids if not line[:x].strip() or line[max(0, x - 2):x] == "  "]


def _left_column(text: str) -> str | None:
    lines = text.split("\n")
    ids = page_ids(text)
    opened = [(i, x, tok) for i, (line, found) in enumerate(zip(lines, ids)) for x, tok in _openings(line, found)]
    if len(opened) < 2 * MIN_REPEATS:
        return None
    left = min(x for _, x, _ in opened)
    rights = Counter(x for _, x, _ in opened if x >= left + MIN_LEFT)
    if not rights:
        return None
    at = rights.most_common(1)[0][0]
    right = [(i, x, tok) for i, x, tok in opened if abs(x - at) <= DRIFT]
    lefts = [tok for _, x, tok in opened if x <= left + DRIFT]
    twice = [tok for _, _, tok in right]
    if len(right) < MIN_REPEATS or len(set(twice)) < len(twice) or not set(twice) <= set(lefts) \
            or len(set(lefts)) < len(lefts):
        return None
    cut = min(x for _, x, _ in right)
    # the right column's entries run on under their numbers, in lines with no number
    id_lines = {i for i, _, _ in right}
    under = sum(1 for i, line in enumerate(lines) if i not in id_lines and len(line) > cut
                and line[cut - 2:cut] == "  " and line[cut:cut + DRIFT + 1].strip() and not ids[i])
    if under < len(right):
        return None
    kept = [line[:cut].rstrip() if len(line) > cut and line[cut - 2:cut] == "  " else line for line in lines]
    return "\n".join(kept)
