"""How a numbered line opens: the form most entries' first lines share (the words before
the number, what follows it) tells an entry's number from one cited in a sentence."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.listednumbers import group_end
from prr.scrapers.incident_log.text import shape

# (a word, a bullet, or the entry's time: "1038 CLC-25-0702" over the entry's lines)
_PREFIX = re.compile(r"^(?:[A-Za-z][A-Za-z.#]{0,11}|[•▪◦‣·*–—(\[#-]|(?:[01]\d|2[0-3]):?[0-5]\d)$")

_WORD_DIGITS = re.compile(r"\d+")
# an outline or list item number: "1.2.3", "2.1", "12.", "(4)", "[4]", "4)"
_ITEM = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[(\[]\d{1,3}[)\]])$")
_ITEM_MARK = "<item>"
_WORD_LETTERS = re.compile(r"[A-Za-z]+")


def opening_form(line: str, x: int, token: str, inline: bool = False) -> tuple | None:
    """How a numbered line opens: (id shape, words before it, what follows it), or None
    when the number is not at the start (more than two short words before it). With
    `inline`, a number inside the line is described by the shape of the two words just
    before it ("At 6:11 a.m. (25-3302) ..." -> "a.a. ("), whatever opens the line."""
    # "Case #25-018203": a number sign glued to the number belongs to the word before it
    before = line[:x].removesuffix("#").split()
    # a group of numbers, "A through B", read as its first number where the words before
    # it say a group (the plural of a label: "Incidents A to B" opens as "Incident A"
    # does) or inside a sentence ("took reports A through B (theft)"); a range of pages
    # under a short mark ("pp. A through B") stays a range (listednumbers.py)
    end = group_end(line, x, token)
    after = line[x + len(token):].lstrip()
    if end > x + len(token) and (inline or before and len(before[-1]) > 3 and before[-1].endswith("s")):
        after = line[end:].lstrip()
        if not inline:
            before[-1] = before[-1][:-1]
    follow = "" if not after else "a" if after[0].isalnum() else after[0]
    if inline:
        if len(before) <= 2:
            return None
        near = " ".join(_WORD_LETTERS.sub("a", _WORD_DIGITS.sub("9", w)) for w in before[-2:])
        return shape(token), "inline", near, follow
    # an item's own number before it ("1.2.3", "(4)", "12."): a bullet, whatever its count
    before = [_ITEM_MARK if _ITEM.match(w) else w for w in before]
    if len(before) > 2 or any(not (w == _ITEM_MARK or _PREFIX.match(w)) for w in before):
        return None
    return shape(token), " ".join(_WORD_DIGITS.sub("9", w) for w in before), follow    # any time alike
