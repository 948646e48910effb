"""A row's leading number printed touching its neighbour: a code cell right after it
(``25-008446MISS``) or a list's item number right before it (``12.25-4819``), parted by a
space before any reader looks for numbers.

A table set with gutters of a point or less, or a numbered list whose item numbers are
right-aligned against the text, can print a row's record number with no space between it
and the cell beside it. The number pattern wants a word boundary on both sides, so neither
``25-008446MISS`` nor ``12.25-4819`` (which reads like a decimal) is a number: no record is
found by its own number, only the few earlier incidents some rows cite apart.

Told from the document, not from any code or item format: many lines open (near the margin)
with a token that is a number of one shape with something of one kind glued to it, and
nearly every line led by a number of that shape is led so.

- After the number, letters: a code column. The letters come from a small vocabulary used
  again and again (several codes, each on many rows); letters that are the same on every
  row are the series' own letters, and letters all different are no column of codes:
  both are left as printed.
- Before the number, an item number and its full stop or bracket: a list's count. The item
  numbers run on by one from line to line, as a list's do; a decimal or a date does not.

In both, the numbers are nearly all different (a record series, not a code or a time).
Then one space is set between the number and its neighbour on those lines only; every
other line, and every document where no such run is found (nearly all), is left as is.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from prr.scrapers.incident_log.numberorder import steps_by_one
from prr.scrapers.incident_log.text import is_id, shape

MIN_ROWS = 5
LED_SHARE = 0.8         # of the lines led by a number of the shape, led glued so
DISTINCT = 0.95         # of the glued numbers, different from one another
CODE_REPEAT = 0.5       # at most this many different codes per glued row: a vocabulary
MIN_CODES = 3           # fewer different letter parts: the series' own letters
COUNT_STEPS = 0.9       # of the item numbers' steps, adding one

_NUMBER = r"[A-Z]{0,4}-?\d[\d-]*\d"
_END = r"(?=[ \t,;:]|$)"
# a number, then letters with no space: a code cell touching the number's cell
_SUFFIXED = re.compile(rf"(?m)^([ \t]{{0,8}})({_NUMBER})([A-Z][A-Za-z]{{1,11}}){_END}")
SAMPLE_PAGES = 3        # pages looked at before the whole document is
# an item number and its full stop or bracket, then a number with no space
_PREFIXED = re.compile(rf"(?m)^([ \t]{{0,8}})(\d{{1,4}}[.)])({_NUMBER}){_END}")
# any line's leading number of the document (glued or apart), to count the lines it leads
_LEAD = re.compile(r"(?m)^[ \t]{0,8}(?:\d{1,4}[.)][ \t]*)?([A-Z]{0,4}-?\d[\d-]*\d)")


def part_glued_leads(page_texts: list[str]) -> list[str] | None:
    """The page texts with a space set between each row's leading number and the code or
    item number glued to it, or None when the document prints no such run."""
    # a printing that glues its numbers does so from the first rows: the first pages tell
    if not any(rx.search(t) for t in page_texts[:SAMPLE_PAGES] for rx in (_SUFFIXED, _PREFIXED)):
        return None
    suffixed = _glued(page_texts, _SUFFIXED, 2)
    prefixed = _glued(page_texts, _PREFIXED, 3)
    if not suffixed and not prefixed:
        return None
    led = Counter(shape(m.group(1)) for text in page_texts for m in _LEAD.finditer(text))
    suffix_shape = _run_of_codes(suffixed, led)
    prefix_shape = _run_of_items(prefixed, led)
    if suffix_shape is None and prefix_shape is None:
        return None
    out = []
    for text in page_texts:
        if suffix_shape is not None:
            text = _SUFFIXED.sub(lambda m: _parted(m, m.group(2), suffix_shape), text)
        if prefix_shape is not None:
            text = _PREFIXED.sub(lambda m: _parted(m, m.group(3), prefix_shape), text)
        out.append(text)
    return out


def _glued(page_texts: list[str], rx: re.Pattern, number_group: int) -> dict[str, list[re.Match]]:
    """The matches of ``rx`` whose number is a record number, by the number's shape."""
    by_shape: dict[str, list[re.Match]] = defaultdict(list)
    for text in page_texts:
        for m in rx.finditer(text):
            number = m.group(number_group)
            if is_id(number):
                by_shape[shape(number)].append(m)
    return by_shape


def _series(by_shape: dict[str, list[re.Match]], led: Counter, number_group: int) -> tuple[str, list] | None:
    """The shape glued on the most lines, when it leads nearly every line its shape leads
    and its numbers are nearly all different."""
    if not by_shape:
        return None
    form, found = max(by_shape.items(), key=lambda kv: len(kv[1]))
    if len(found) < MIN_ROWS or len(found) < LED_SHARE * led[form]:
        return None
    numbers = [m.group(number_group) for m in found]
    if len(set(numbers)) < DISTINCT * len(numbers):
        return None
    return form, found


def _run_of_codes(by_shape: dict[str, list[re.Match]], led: Counter) -> str | None:
    """The shape of numbers with codes glued after them, when the codes are a vocabulary."""
    series = _series(by_shape, led, 2)
    if series is None:
        return None
    form, found = series
    codes = {m.group(3) for m in found}
    # one code on every row: the series' letters; a different one on nearly every row: no codes
    return form if MIN_CODES <= len(codes) <= CODE_REPEAT * len(found) else None


def _run_of_items(by_shape: dict[str, list[re.Match]], led: Counter) -> str | None:
    """The shape of numbers with item numbers glued before them, when those count up by one."""
    series = _series(by_shape, led, 3)
    if series is None:
        return None
    form, found = series
    items = [int(m.group(2)[:-1]) for m in found]
    return form if steps_by_one(items) >= COUNT_STEPS * (len(items) - 1) else None


def _parted(m: re.Match, number: str, form: str) -> str:
    """The match with a space between the number and what is glued to it (a number of
    another shape is left as printed)."""
    if shape(number) != form:
        return m.group(0)
    head, first, second = m.group(1), m.group(2), m.group(3)
    return f"{head}{first} {second}"
