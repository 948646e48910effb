"""The text layer's characters read as the page shows them.

A PDF's text layer can hold characters the printed page does not show as such: digits in
full-width forms drawn with ordinary digit glyphs, zero-width spaces inside a number, a
record number's hyphens written as HYPHEN, NON-BREAKING HYPHEN, FIGURE DASH, MINUS SIGN or
an en dash, no-break and thin spaces, ligatures (``ﬁ`` for ``fi``), soft hyphens where a
word breaks over a line, a superscript footnote marker glued to a number. A reader of the
page sees ``QB25-004314``, ``LC-25-0389`` and ``25-00648`` with marker 1; a program reading
the characters sees other digits, a number in parts, or one digit too many. Every part of
prr (search, the log readers, the reply readers) reads the page text, so the characters are
made plain once, where the text layer is read:

* one for one: full-width ASCII forms to ASCII, the hyphen and minus characters to ``-``,
  the space characters to a space;
* an en dash between two letters or digits (``25–04118``, ``1–15``) to ``-``: between
  words (``Assault – simple``) it stays, as the separator the readers know;
* zero-width spaces dropped, ligatures spelled out, a soft hyphen ending a line printed as
  the hyphen the page shows (dropped elsewhere: there it is invisible);
* a superscript or subscript digit touching a digit is parted from it by a space: a
  footnote marker is not part of the number (compatibility folding, NFKC, would make
  ``25-00648¹`` the number ``25-006481``). The marker itself stays as it is.

In ``pdftotext -layout`` text a character column stands for a position on the page: a
ligature counted as one character, or a zero-width space counted as one, is laid out by its
glyph's place, so the text after it in the line is one or two characters off. The edits that
change a line's length give the difference back at the next gap between columns (two or more
spaces), so the columns stay where the page has them.

Cost: one ``isascii()`` and, for text with other characters, one search for the odd ones;
only pages holding them pay the edits. Over the text of the 970 log PDFs of the tests and
corpus (5,519 pages, 18.6 M characters; 677 pages not ASCII, 34 changed) it takes ~0.03 s (2 cores, shared).
"""
from __future__ import annotations

import re

_DASH = "-"
# one character for one: full-width ASCII forms (U+FF01-FF5E), hyphens and minus signs, spaces
_ONE_FOR_ONE = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_ONE_FOR_ONE.update({c: _DASH for c in "\u2010\u2011\u2012\u2212\ufe63"})
_ONE_FOR_ONE.update({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                     "\u2009\u200a\u202f\u205f\u3000"})
_EN_DASH = "\u2013"

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_ZERO_WIDTH = "\u200b\u2060\ufeff"
_SOFT_HYPHEN = "\u00ad"
_SCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079" + \
    "".join(chr(c) for c in range(0x2080, 0x208A))
_RESIZING = "".join(_LIGATURES) + _ZERO_WIDTH + _SOFT_HYPHEN + _SCRIPT_DIGITS

# Each pattern starts with a character class, so a search skips ordinary text at the regex
# engine's speed (str.translate with a table of non-ASCII characters costs ~5x more: it looks
# every character up). Pages that hold none of the characters pay one search.
_ODD = re.compile(f"[{''.join(_ONE_FOR_ONE)}{_EN_DASH}{_RESIZING}]")
_SAME_LENGTH = re.compile(f"[{''.join(_ONE_FOR_ONE)}{_EN_DASH}]")
_ANY_RESIZING = re.compile(f"[{_RESIZING}]")
# the characters that change a line's length, one match each
_RESIZE = re.compile(rf"[{''.join(_LIGATURES)}{_ZERO_WIDTH}{_SOFT_HYPHEN}]"
                     rf"|(?<=\d)[{_SCRIPT_DIGITS}]+|[{_SCRIPT_DIGITS}]+(?=\d)")
_GAP = re.compile(r" {2,}")


def plain_text(text: str) -> str:
    """``text`` with the characters above read as the page shows them (unchanged when it
    holds none of them, as nearly all text does)."""
    if text.isascii() or not _ODD.search(text):
        return text
    text = _SAME_LENGTH.sub(_same_length, text)
    if not _ANY_RESIZING.search(text):
        return text
    return "\n".join(_plain_line(line) if _ANY_RESIZING.search(line) else line for line in text.split("\n"))


def _same_length(match: re.Match) -> str:
    s = match.group()
    if s != _EN_DASH:
        return _ONE_FOR_ONE[s]
    # an en dash inside a word or number ("25–04118", "1–15"); one between words stays
    text, at = match.string, match.start()
    inside = 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalnum()
    return _DASH if inside else s


def _replacement(match: re.Match) -> str:
    s = match.group()
    if s in _LIGATURES:
        return _LIGATURES[s]
    if s in _ZERO_WIDTH:
        return ""
    if s == _SOFT_HYPHEN:
        # at the end of the line the page shows the hyphen; elsewhere it is not printed
        return _DASH if match.end() == len(match.string) else ""
    # a superscript/subscript run touching a digit: a space on the digit's side
    before = match.start() > 0 and match.string[match.start() - 1].isdecimal()
    return f" {s}" if before else f"{s} "


def _plain_line(line: str) -> str:
    """One line edited; what the edits add or take away is given back at the next gap of
    two or more spaces (a gap keeps at least two), so later columns keep their places."""
    out: list[str] = []
    carry = 0       # characters the edits so far added (+) or removed (-), not yet given back
    at = 0
    for gap in _GAP.finditer(line):
        part = line[at:gap.start()]
        edited = _RESIZE.sub(_replacement, part)
        carry += len(edited) - len(part)
        width = gap.end() - gap.start()
        keep = max(2, width - carry)
        carry -= width - keep
        out += [edited, " " * keep]
        at = gap.end()
    out.append(_RESIZE.sub(_replacement, line[at:]))
    return "".join(out)
