"""Record numbers broken at a line end after one of their own hyphens (automatic
hyphenation in justified prose), joined back before any reader looks for numbers.

A word processor that hyphenates a justified paragraph breaks ``AB-25-01234`` after a
hyphen of its own when the number does not fit the line: ``AB-`` or ``AB-25-`` ends one
line and ``25-01234.`` or ``01234.`` opens the next. Neither part is a number of the
series, so the paragraph reads as citing none and the record is lost (or the paragraph
is taken for part of its neighbour's). ``wrapid.py`` joins the same break in a narrow
table cell, where the rest stands under the part; here the rest opens the next line.

Told from the document, not from any prefix: the part is the last token of its line and
ends in a hyphen, the rest is the first token of the next line, and the two joined make a
number of the document's own series (the shape with the most different whole numbers in
the text). A booking or citation number broken the same way, of another shape, is left
as printed; so are hyphenated words and ranges. The rest (with the punctuation after it)
is moved up to the end of the first line and the next line keeps its lead, so the
paragraph's lines, indents and sentences read as before.

Only a regular expression over each page (a hyphen ending a line before a line opening
with a letter or digit) is paid by documents with no such break; the series is counted
only where a break whose joined form is a number is found."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.paras import _ids
from prr.scrapers.incident_log.text import is_id, shape

# a hyphen ending a line, then the next line's first token (letters or digits first)
_BREAK = re.compile(r"-[ \t]*\n([ \t]*)([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(\S*)")
_PART = re.compile(r"(?:[A-Za-z0-9]+-)+")
# what may stand right before a number's first part: a line start, a blank, a bracket or quote
_BEFORE = " \t\n([{\"'"


def join_hyphen_broken_numbers(page_texts: list[str]) -> list[str] | None:
    """The page texts with every broken number of the series joined, or None when the
    document has none."""
    found = [_breaks(text) for text in page_texts]
    if not any(found):
        return None
    series = _series(page_texts)
    if series is None:
        return None
    out, joined = [], 0
    for text, breaks in zip(page_texts, found):
        keep = [b for b in breaks if shape(b[1]) == series]
        joined += len(keep)
        out.append(_rewrite(text, keep) if keep else text)
    return out if joined else None


def _breaks(text: str) -> list[tuple[re.Match, str]]:
    """(the match of the break and the rest, the joined number) of each line-end break on
    the page whose two parts join into a number."""
    out = []
    for m in _BREAK.finditer(text):
        start = m.start() + 1
        while start > 0 and text[start - 1] not in _BEFORE:
            start -= 1
        part = text[start:m.start() + 1]
        if not _PART.fullmatch(part):
            continue        # "follow-" after a dash or dot, "(see-": not a number's part
        number = part + m.group(2)
        if is_id(number) and any(c.isdigit() for c in m.group(2)):
            out.append((m, number))
    return out


def _series(page_texts: list[str]) -> str | None:
    """The shape of whole number with the most different values in the text."""
    values: dict[str, set[str]] = {}
    for text in page_texts:
        for t in _ids(text):
            values.setdefault(shape(t), set()).add(t)
    if not values:
        return None
    return Counter({s: len(v) for s, v in values.items()}).most_common(1)[0][0]


def _rewrite(text: str, breaks: list[tuple[re.Match, str]]) -> str:
    """The rest of each broken number, with the punctuation after it, moved up to the end
    of the part's line; the next line keeps its lead (a line left with nothing is blank)."""
    pieces, at = [], 0
    for m, _number in breaks:
        if m.start() < at:
            continue
        lead, rest, tail = m.group(1), m.group(2), m.group(3)
        after = m.end()
        while after < len(text) and text[after] in " \t":
            after += 1
        # "...part-" + "rest." up on the first line, then the next line's own text at its lead
        next_line = "" if after >= len(text) or text[after] == "\n" else lead
        pieces.append(text[at:m.start() + 1] + rest + tail + "\n" + next_line)
        at = after
    pieces.append(text[at:])
    return "".join(pieces)
