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
not repeat keeps its marks; and the specks after a line's last cell are taken off. The
layout of a page with a real text layer shows no such mix of marks and is left alone.
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


def _clean_page(text: str) -> str | None:
    lines = text.split("\n")
    led = [(i, m) for i, line in enumerate(lines) if (m := _LEAD.match(line))]
    if len(led) < MIN_LINES:
        return None
    kinds = {c for _, m in led for c in m.group(2) if not c.isspace()}
    kinds |= {c for line in lines if (t := _TRAIL.search(line)) for c in t.group(1) if not c.isspace()}
    if len(kinds) < MIN_KINDS:
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
    for i, line in enumerate(lines):
        t = _TRAIL.search(line)
        if t:
            lines[i] = line[:t.start()]
            changed = True
    return "\n".join(lines) if changed else None
