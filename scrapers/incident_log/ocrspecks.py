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

On such a page a hole or a blot comes back as more than those marks: any sign (``@``,
``©``, ``]``), a sign beside one or two letters (``Y¥``, ``J/``, ``e@``), or one or two
letters alone (``e``, ``ry``, ``J``) -- led by a capital, after another blot or before a
gap of two blanks, as no wrapped sentence's word stands. Before a line's text they are
taken off on the same terms (what follows opens as the page's clean lines do; a sign
touching that token, ``(24-01007``, too); after its last cell, past a gap of two
blanks or more (``ELM ST &`` runs on one blank away). ``blotted`` tells a document
whose lines open with such blots before a gap although no page is specked.
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
# on a specked page, a hole or a blot read as any sign (``@``, ``©``, ``(``, ``]``) or as
# one or two letters beside a sign (``Y¥``, ``J/``, ``e@``, ``td]``): past a gap of two
# blanks or more after a line's last cell (``ELM ST &`` runs on: one blank), or before
# its first where what follows opens as the page's clean lines do
_SIGN = r"[^A-Za-z0-9\s]"
_BLOT = re.compile(rf"{_SIGN}{{1,3}}|{_SIGN}?[A-Za-z]{{1,2}}{_SIGN}{{1,2}}")
_STRAY = re.compile(r"[A-Za-z]{1,2}")
_TRAIL_BLOT = re.compile(rf"(?<=\S)\s{{2,}}(?:{_BLOT.pattern})\s*$")
_GAPPED = re.compile(rf"(?m)^[ \t]*({_BLOT.pattern}|[A-Za-z]{{1,2}})[ \t]{{2,}}(?=\S)")
_TOKEN = re.compile(r"(\S+)(\s+)")


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


def blotted(page_texts: list[str]) -> bool:
    """Whether a document's lines open with a scan's blots: ``MIN_LINES`` or more lines
    led, past a gap of two blanks or more, by a sign or by one or two letters not all
    capitals (a hole read as ``©`` or ``ce``), the blots of ``MIN_KINDS`` or more kinds.
    Typed text leaves no such gap after a line's first word, and a code column's cells
    are capitals."""
    seen = Counter(m.group(1) for t in page_texts for m in _GAPPED.finditer(t)
                   if _BLOT.fullmatch(m.group(1)) or not m.group(1).isupper())
    return sum(seen.values()) >= MIN_LINES and len(seen) >= MIN_KINDS


def _specks(lines: list[str]) -> list | None:
    """The lines led by specks, where they are of enough kinds to be a scan's; else None."""
    led = [(i, m) for i, line in enumerate(lines) if (m := _LEAD.match(line))]
    if len(led) < MIN_LINES:
        return None
    kinds = {c for _, m in led for c in m.group(2) if not c.isspace()}
    kinds |= {c for line in lines if (t := _TRAIL.search(line)) for c in t.group(1) if not c.isspace()}
    return led if len(kinds) >= MIN_KINDS else None


def _blots(line: str) -> int:
    """Where a specked line's text starts past the blots before it (0: none). One or two
    letters alone are a blot only past two blanks, after another blot or led by a capital
    (a word of a wrapped sentence is one blank before the next and lower case)."""
    at, n = len(line) - len(line.lstrip()), 0
    while n < 3 and (m := _TOKEN.match(line, at)) is not None:
        token, gap = m.group(1), m.group(2)
        stray = _STRAY.fullmatch(token) is not None and (len(gap) >= 2 or n or token[0].isupper())
        if not (_BLOT.fullmatch(token) or stray) or m.end() >= len(line):
            break
        at, n = m.end(), n + 1
    return at if n else 0


def _clean_page(text: str) -> str | None:
    lines = text.split("\n")
    led = _specks(lines)
    if led is None:
        return None
    # past the page's marks, any sign or stray letters standing where a hole or blot lies:
    # (line, its indent, where its text starts)
    led = [(i, line[:len(line) - len(line.lstrip())], m.end() if m else end) for i, line in enumerate(lines)
           if (m := _LEAD.match(line)) or (end := _blots(line))]
    # the shapes the page's clean lines open with, and how many open so
    marked = {i for i, _, _ in led}
    opens = Counter(_shape(f.group(0)) for i, line in enumerate(lines)
                    if i not in marked and (f := _FIRST.search(line)))
    changed = False
    for i, indent, at in led:
        rest = lines[i][at:]
        first = _FIRST.match(rest)
        if first and opens[_shape(first.group(0))] >= MIN_LINES:
            lines[i] = indent + rest
            changed = True
        elif first and (word := first.group(0).lstrip(_MARKS + "([{<")) and len(word) > 1 and \
                word != first.group(0) and opens[_shape(word)] >= MIN_LINES:
            # a speck touching the word after the first (``.   "Reported``, ``@ (24-01007``): a speck too
            lines[i] = indent + rest[len(first.group(0)) - len(word):]
            changed = True
    for i, line in enumerate(lines):
        end = len(line)
        while (t := _TRAIL.search(line, 0, end) or _TRAIL_LETTERS.search(line, 0, end) or
               _TRAIL_BLOT.search(line, 0, end)) is not None:
            end = t.start()
        if end < len(line):
            lines[i] = line[:end]
            changed = True
    return "\n".join(lines) if changed else None
