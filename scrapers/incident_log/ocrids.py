"""Record numbers an OCR engine split, joined or misread on a scanned page: read as printed.

An OCR engine reads a printed number with the same slips it makes in words: a space where
the glyphs stand a little apart (``26-001 030``), the dash lost (``26001047``), a speck set
against the number's first digit (``-26-001040``) or read as a lower-case letter before
its capitals (``wWC26-00317``), and letters for digits (``O`` for 0,
``l`` or ``I`` for 1, ``S`` for 5, ``B`` for 8). The number finder then misses the number,
and its record is merged into the one above.

An ink circle round a number comes back as a letter or a parenthesis glued before it
(``CRX24-0514``, ``(RX24-0525``): the number is the one inside, unless numbers so lettered
are a series of their own.

Told from the document, not from any number: the page is a scan's OCR text (its lines
carry specks of several kinds, ``ocrspecks.specked``, or open with a scan's blots before
a gap, ``ocrspecks.blotted``), and the document has a series of
numbers of one printed form (the form with the most different values among the numbers
found, at least ``MIN_SERIES``). There a token that reads as a number of that form once
those slips are undone -- one space taken out, the form's separators put back, a glued
mark parted, the four letters read as digits -- is read as that number where its value
lies between those of the series' numbers read right just before and after it (the log's
own order): a date, a phone number or a badge number never fits so. Each number keeps
its place in the line: the characters taken out or put in are made up by the spaces
after it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from prr.scrapers.incident_log.ocrspecks import blotted, specked
from prr.scrapers.incident_log.text import find_ids, rewrite_lines, shape

MIN_SERIES = 5
_DIGIT_FOR = str.maketrans({"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
_DIGIT = "[0-9OlISB]"
_MARK = "[-_.,;:'\"~—–|(]"
# a speck read as a lower-case letter glued before a number opening with the series'
# capitals (``wWC26-00317``): no number of the series opens in lower case
_GLUED_LETTER = "[a-z](?=[A-Z])"


def mend_ocr_ids(page_texts: list[str]) -> list[str] | None:
    """The pages with the series' numbers read as printed on scanned pages, or None."""
    scanned = [specked(t) for t in page_texts]
    if not any(scanned):
        # no page specked, but the lines open with a scan's blots: every page a scan's
        if not blotted(page_texts):
            return None
        scanned = [True] * len(page_texts)
    found = [[find_ids(line) for line in t.split("\n")] for t in page_texts]
    values: dict[str, set[str]] = defaultdict(set)
    for page in found:
        for ids in page:
            for _, tok in ids:
                values[shape(tok)].add(tok)
    if not values:
        return None
    form = max(values, key=lambda s: len(values[s]))
    if len(values[form]) < MIN_SERIES or not any(c == "9" for c in form):
        return None
    loose = _loose(form)
    # the series read right, in reading order: (page, line, column) -> value
    order = [((p, i, x), _value(tok)) for p, page in enumerate(found) for i, ids in enumerate(page)
             for x, tok in ids if shape(tok) == form]
    at = [k for k, _ in order]
    return rewrite_lines(page_texts, scanned, lambda line, p, i: _mend_line(line, p, i, loose, form, at, order, values))


def _loose(form: str) -> re.Pattern:
    """The form as an OCR engine may have read it: digits or their look-alike letters, its
    separators optional, one space anywhere inside, a mark glued before it."""
    parts = []
    for c in form:
        part = _DIGIT if c == "9" else "[A-Z]" if c == "A" else re.escape(c) + "?"
        parts.append(part)
    body = "(?: ?)".join(parts)
    # (a capital glued before the number: an ink circle's stroke, see ``_mend_line``)
    lead = f"(?:{_MARK}|{_GLUED_LETTER}|[A-Z])?" if form[0] == "A" else f"(?:{_MARK}|[A-Z])?"
    return re.compile(rf"(?:(?<=\s)|^)({lead})({body})(?![A-Za-z0-9-])")


def _value(token: str) -> int:
    return int("".join(c for c in token if c.isdigit()) or 0)


def _mend_line(line: str, page: int, index: int, loose: re.Pattern, form: str, at, order, values) -> str:
    pieces, last = [], 0
    for m in loose.finditer(line):
        mark, raw = m.group(1), m.group(2)
        number = _as_form(raw, form)
        # a letter glued before the number (an ink circle's stroke read as ``C``): the
        # number's, unless numbers so lettered are a series of their own
        if mark.isalpha() and number is not None and len(values.get(shape(mark + number), ())) >= MIN_SERIES:
            continue
        if number is None or number == raw and not mark or \
                not _fits(_value(number), (page, index, m.start(2)), at, order):
            continue
        new = (" " if mark else "") + number
        end = m.end()
        extra = len(new) - (end - m.start())
        # the line's later columns kept where they were: spaces after the number give or take
        while extra > 0 and line[end:end + 2] == "  ":
            end += 1
            extra -= 1
        pieces.append(line[last:m.start()] + new + " " * max(0, -extra))
        last = end
    if not pieces:
        return line
    return "".join(pieces) + line[last:]


def _as_form(raw: str, form: str) -> str | None:
    """``raw`` read in the series' form, or None: at most one space inside, its separators
    put back, look-alike letters read as digits where the form has a digit (most of its
    digits printed as digits)."""
    if raw.count(" ") > 1:
        return None
    chars = raw.replace(" ", "")
    out, k = [], 0
    for c in form:
        if c == "9" or c == "A":
            if k >= len(chars):
                return None
            ch = chars[k]
            out.append(ch.translate(_DIGIT_FOR) if c == "9" else ch)
            k += 1
        elif k < len(chars) and chars[k] == c:
            out.append(c)
            k += 1
        else:
            out.append(c)
    if k != len(chars):
        return None
    number = "".join(out)
    digits = sum(1 for c in form if c == "9")
    if shape(number) != form or sum(1 for c in raw if c.isdigit()) < max(1, digits - 1):
        return None
    return number


def _fits(value: int, where: tuple[int, int, int], at: list, order: list) -> bool:
    """Whether ``value`` lies strictly between the series' values read right just before
    and after ``where`` (a number with one neighbour: within the widest step between two
    neighbours)."""
    k = bisect_left(at, where)
    # (the number itself read right past a glued mark: not its own neighbour)
    j = k + 1 if k < len(at) and at[k] == where else k
    before = order[k - 1][1] if k > 0 else None
    after = order[j][1] if j < len(order) else None
    if before is not None and after is not None:
        return min(before, after) < value < max(before, after)
    steps = [abs(b[1] - a[1]) for a, b in zip(order, order[1:])]
    near = before if before is not None else after
    return near is not None and bool(steps) and 0 < abs(value - near) <= max(steps)
