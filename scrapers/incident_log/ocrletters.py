"""Letters an OCR engine read as digits: ``PR0PERTY``, ``CASE N0.``, ``1NC#``, ``Ca1ler``.

A scanned log's text layer is what the OCR engine wrote, and engines often read the letter
O as the digit 0 and l or I as 1 inside words. The numbers are read right; the words are
not, so one label is printed under several spellings (``LOCATION``, ``L0CATION``) and a
record-opening word (``INC#``, ``CASE NO.``) is missed where it carries a digit. Told from
the text: at least ``MIN_WORDS`` words holding a 0 or 1 between two letters (``FOLL0W``),
which typed text does not print. There, in every word made of letters and only 0s and 1s
(never a token holding another digit, so ids, dates and times stay as printed), a 0 or 1
between letters, a 0 opening a word of letters (a 1 before two letters or more: ``1st`` and
``1A`` stay), a 0 closing a word of letters or a 1 closing a lower-case word is read as
the letter (0 -> O, 1 -> I beside capitals, l otherwise). Each digit becomes one letter, so every column keeps its position.
Record numbers drawn at random (``codeids.py``, ``W0GK-1C1R``) print 0 and 1 between
letters as issued: they stay as printed, and only the other words' errors are counted.
So do the groups of a dash-joined code one of whose groups mixes letters with a digit
other than 0 or 1 (a GUID ``7c3e-ab0e-4d92``, a hash): a misread word is seldom joined
to such a group, and a drawn group (``ab0e``, ``fe1d``, ``ca1e``) is no word; they are neither
counted nor folded, wherever the code stands in its line (after a label, not only leading).
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.codeids import code_form

MIN_WORDS = 3
_MIXED = re.compile(r"[A-Za-z][01][A-Za-z]")
# a page holding one at all: led by the digit, the engine skips ahead to the next 0 or 1
# (a page's letters outnumber them), for the count above only on the pages that have one
_MIXED_ANY = re.compile(r"[01](?<=[A-Za-z][01])[A-Za-z]")
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z01]*[A-Za-z][A-Za-z01]*(?![A-Za-z0-9])")
_ORDINAL = re.compile(r"1(?:st|ST|th|TH)$")
# a token of letters and digits parted by dashes, and a group of it holding a letter and a
# digit 2-9: a misread word is seldom joined to one, while nearly every GUID or hash has one
_JOINED = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")
_DRAWN_GROUP = re.compile(r"(?<![A-Za-z0-9])(?=[0-9]*[A-Za-z])(?=[A-Za-z01]*[2-9])[A-Za-z0-9]+(?![A-Za-z0-9])")


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a dash-joined code with a drawn group."""
    a, b = start, end
    while a and (text[a - 1].isalnum() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalnum() or text[b] == "-"):
        b += 1
    token = text[a:b].strip("-")
    return _JOINED.fullmatch(token) is not None and _DRAWN_GROUP.search(token) is not None


def fold_ocr_letters(page_texts: list[str]) -> list[str] | None:
    """The pages with OCR digits in words read as letters, or None where no OCR errors show."""
    seen = 0
    for t in page_texts:
        if _MIXED_ANY.search(t):
            seen += sum(not _in_code(t, m.start(), m.end()) for m in _MIXED.finditer(t))
        if seen >= MIN_WORDS:
            break
    else:
        return None
    # drawn record codes (``codeids``) print 0 and 1 between letters as issued: kept, and
    # the text folded only where its other words show OCR errors
    codes = code_form("\n".join(page_texts))
    if codes is not None:
        if sum(not _in_code(u, m.start(), m.end()) for t in page_texts
               for u in (codes.sub(" ", t),) for m in _MIXED.finditer(u)) < MIN_WORDS:
            return None
        return ["".join(_fold_between(t, codes)) for t in page_texts]
    return [_WORD.sub(_fold_word, t) for t in page_texts]


def _fold_between(text: str, codes: re.Pattern):
    """``text`` folded, with the codes matched by ``codes`` as printed."""
    at = 0
    for m in codes.finditer(text):
        yield _WORD.sub(_fold_word, text[at:m.start()])
        yield m.group(0)
        at = m.end()
    yield _WORD.sub(_fold_word, text[at:])


def _fold_word(m: re.Match) -> str:
    word = m.group(0)
    if "0" not in word and "1" not in word or _ORDINAL.match(word) or _in_code(m.string, m.start(), m.end()):
        return word
    chars = list(word)
    n = len(chars)
    for i, c in enumerate(chars):
        if c not in "01":
            continue
        before = chars[i - 1] if i else ""
        after = chars[i + 1] if i + 1 < n else ""
        between = before.isalpha() and after.isalpha()
        rest = word[1:]
        opening = i == 0 and rest.isalpha() and (len(rest) >= 2 or c == "0")
        closing = i == n - 1 and n >= 2 and word[:-1].isalpha() and (c == "0" or n >= 3 and word[:-1].islower())
        if between or opening or closing:
            chars[i] = _letter(c, before, after, opening)
    return "".join(chars)


def _letter(digit: str, before: str, after: str, opening: bool) -> str:
    lower = (before + after).islower() and not opening     # a word's first letter: a capital
    if digit == "0":
        return "o" if lower else "O"
    return "l" if lower else "I"
