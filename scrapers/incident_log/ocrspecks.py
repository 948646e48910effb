"""Specks of a scanned page read as marks at a line's start or end: taken off.

An OCR engine reads dust, toner specks, a fax's streaks and a stamp's edge as marks of
punctuation (``|``, ``:``, ``.``, ``;``, ``-``, ``'``) and sets each where it lay: before a
row's first cell or after its last. The row then opens with a mark, not with its number,
so a reader looking for a column of numbers down the line starts sees only the rows the
scanner left clean.

Told from the page, not from any mark: a speck is a token of one or two marks, no letter
or digit, standing alone (a space after it, or the line's end). A page is read as specked
where ``MIN_LINES`` or more lines carry one at their start and the specks are of
``MIN_KINDS`` or more different marks (a list's bullets or a typed table's rules are one
mark, repeated: specks fall at random). There a line's leading specks are taken off only
where what follows opens as most of the page's clean lines open (the same shape of first
token: the row's number, the item's number, the label), so a line the page's layout does
not repeat keeps its marks (a mark touching that first token, ``.   "Reported``, is a
speck too where the token without it so opens); and the specks after a line's last cell
are taken off, with one or two letters set apart past a wide gap (``Officer #354.    oo``;
capitals alone may be a code column's cell and stay). The layout of a page with a real
text layer shows no such mix of marks and is left alone (``specked`` tells such a page).
"""
from __future__ import annotations

import re
from collections import Counter

MIN_LINES = 3
MIN_KINDS = 3
_MARKS = "|:.;,-_—–~'‘’\"`*=°^"
_SPECK = r"[" + re.escape(_MARKS) + r"]{1,2}"
_LEAD = re.compile(r"^(\s*)((?:" + _SPECK + r"\s+)+)(?=\S)")
_TRAIL = re.compile(r"(?<=\S)((?:\s+" + _SPECK + r")+)\s*$")
_FIRST = re.compile(r"\S+")
# a speck read as one or two letters, set apart after a line's last cell (``Officer #354.
# oo``): not capitals only (a code column's last cell) and past a gap no sentence leaves
_TRAIL_LETTERS = re.compile(r"(?<=\S)\s{4,}(?![A-Z]{1,2}\s*$)[A-Za-z]{1,2}\s*$")


def _shape(token: str) -> str:
    """A token's shape: digits as 9, letters as a, marks as printed (``26-004465`` -> ``99-999999``)."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d", "9", token))


def drop_ocr_specks(page_texts: list[str]) -> list[str] | None:
    """The pages with a scan's specks taken off the line ends, or None where no page shows them."""
    out = []
    changed = False
    for text in page_texts:
        page = _clean_page(text)
        changed |= page is not None
        out.append(page if page is not None else text)
    return out if changed else None


def specked(text: str) -> bool:
    """Whether a page shows a scan's specks (its text an OCR engine's)."""
    return _specks(text.split("\n")) is not None


def _specks(lines: list[str]) -> list | None:
    """The lines led by specks, where they are of enough kinds to be a scan's; else None."""
    led = [(i, m) for i, line in enumerate(lines) if (m := _LEAD.match(line))]
    if len(led) < MIN_LINES:
        return None
    kinds = {c for _, m in led for c in m.group(2) if not c.isspace()}
    kinds |= {c for line in lines if (t := _TRAIL.search(line)) for c in t.group(1) if not c.isspace()}
    return led if len(kinds) >= MIN_KINDS else None


def _clean_page(text: str) -> str | None:
    lines = text.split("\n")
    led = _specks(lines)
    if led is None:
        return None
    # the shapes the page's clean lines open with, and how many open so
    marked = {i for i, _ in led}
    opens = Counter(_shape(f.group(0)) for i, line in enumerate(lines)
                    if i not in marked and (f := _FIRST.search(line)))
    changed = False
    for i, m in led:
        rest = lines[i][m.end():]
        first = _FIRST.match(rest)
        if first and opens[_shape(first.group(0))] >= MIN_LINES:
            lines[i] = m.group(1) + rest
            changed = True
        elif first and (word := first.group(0).lstrip(_MARKS)) and word != first.group(0) and \
                opens[_shape(word)] >= MIN_LINES:
            # a speck touching the word after the first (``.   "Reported``): a speck too
            lines[i] = m.group(1) + rest[len(first.group(0)) - len(word):]
            changed = True
    for i, line in enumerate(lines):
        end = len(line)
        while (t := _TRAIL.search(line, 0, end) or _TRAIL_LETTERS.search(line, 0, end)) is not None:
            end = t.start()
        if end < len(line):
            lines[i] = line[:end]
            changed = True
    return "\n".join(lines) if changed else None
