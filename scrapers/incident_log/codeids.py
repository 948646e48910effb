"""Record numbers that are random codes of capitals and digits (``J2HE-3MKX``, ``7QDW4MZT``).

The record-number finder (``text.ID_RE``) wants a number: three digits or more, the token
ending in a digit. A records system that issues random codes (characters drawn at random
from letters and digits, no sequence) prints ids most of which it misses, and whatever
other column of numbers it does find (a citation number in the outcome cell of a few
rows) is taken for the records. A scan's OCR fix (``ocrletters.py``) takes the codes'
``0`` and ``1`` between letters for misread letters, and rewrites the ids.

Told from the text, with one pass over the line starts: many lines led, near the margin,
by a token of capitals and digits (both) of one printed form (same length, dashes in the
same places), nearly all different, whose letter-and-digit patterns vary from line to line
(a drawn code; a structured number keeps its letters and digits in place, and the finder
reads it already). There every token of that form is a number: leading its line, the
row's record number (all letters too, as a draw may be); elsewhere in a row (an earlier
report cited, printed in the same form), a related number of that row.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from prr.scrapers.incident_log.anchors import COLUMN_WIDTH, Anchors

# a line led (near the margin) by capitals and digits, both, maybe parted by dashes, then a gap
_LED = re.compile(r"\n {0,6}((?=[A-Z-]*\d)(?=[\d-]*[A-Z])[A-Z\d]{2,}(?:-[A-Z\d]{2,}){0,3}) {2,}\S")
MIN_LINES = 5
MIN_LEN, MAX_LEN = 6, 16      # a code's printed length: shorter ones are words or small numbers
FORM_SHARE = 0.8        # share of the led tokens in the one form
DISTINCT = 0.9          # share of the tokens that are all different
PATTERNS = 0.5          # distinct letter-and-digit patterns per token: a random draw
_FORM = str.maketrans({**{c: "X" for c in "0123456789"}, **{chr(c): "X" for c in range(65, 91)}})
_PATTERN = str.maketrans({**{c: "9" for c in "0123456789"}, **{chr(c): "A" for c in range(65, 91)}})


def code_form(text: str) -> re.Pattern | None:
    """The pattern of a document's random record codes, or None where its lines are not
    led by such codes."""
    tokens = [m.group(1) for m in _LED.finditer("\n" + text)]
    if len(tokens) < MIN_LINES:
        return None
    form = drawn_form(tokens)
    if form is None:
        return None
    parts = "-".join(f"[A-Z\\d]{{{len(p)}}}" for p in form.split("-"))
    return re.compile(rf"(?<![A-Za-z\d-])({parts})(?![A-Za-z\d-])")


def drawn_form(tokens: list[str]) -> str | None:
    """The printed form (``XXXX-XXXX``) nearly all ``tokens`` share when they are drawn
    codes: nearly all different, their letters and digits in varying places; or None."""
    forms = Counter(map(printed_form, tokens))
    if not forms:
        return None
    form, n = forms.most_common(1)[0]
    if n < MIN_LINES or n < FORM_SHARE * len(tokens) or not MIN_LEN <= len(form) <= MAX_LEN:
        return None
    tokens = [tok for tok in tokens if printed_form(tok) == form]
    if len(set(tokens)) < DISTINCT * n or len({tok.translate(_PATTERN) for tok in tokens}) < PATTERNS * n:
        return None
    return form


def is_drawn_code(token: str, rx: re.Pattern | None) -> bool:
    """Whether ``token`` is one of the document's drawn codes (``rx`` from ``code_form``)."""
    return rx is not None and rx.fullmatch(token) is not None


def printed_form(token: str) -> str:
    """The token's printed form: each capital or digit an ``X``, the dashes kept."""
    return token.translate(_FORM)


def add_code_ids(text: str, starts: list[int], lines: list[str],
                 ids: list[list[tuple[int, str]]]) -> re.Pattern | None:
    """Put a document's random record codes into ``ids`` (in place), in place of any part
    of them the number finder read; the codes' pattern, or None where there are none."""
    rx = code_form(text)
    if rx is None:
        return None
    for m in rx.finditer(text):
        tok = m.group(1)
        i = bisect_right(starts, m.start(1)) - 1
        col = m.start(1) - starts[i]
        leads = not lines[i][:col].strip()
        if not leads and not (any(c.isdigit() for c in tok) and any(c.isalpha() for c in tok)):
            continue            # a word of the code's length in a row's text: no number
        end = col + len(tok)
        ids[i] = sorted([(x, t) for x, t in ids[i] if not col <= x < end] + [(col, tok)])
    return rx


def code_column(lines: list[str], ids: list[list[tuple[int, str]]], rx: re.Pattern) -> Anchors | None:
    """The record-number column of the codes leading their lines (the number column is
    looked for shape by shape, and drawn codes have nearly as many shapes as rows)."""
    led = {i: found[0] for i, found in enumerate(ids)
           if found and rx.fullmatch(found[0][1]) and not lines[i][:found[0][0]].strip()}
    if len(led) < MIN_LINES:
        return None
    # (a code cited in a row's text and wrapped to a line's start stands right of the column)
    lo = Counter(x for x, _ in led.values()).most_common(1)[0][0] - COLUMN_WIDTH
    order = [i for i in sorted(led) if abs(led[i][0] - lo - COLUMN_WIDTH) <= COLUMN_WIDTH]
    return Anchors("id_column", order, {i: led[i][1] for i in order}, (lo, lo + 2 * COLUMN_WIDTH))
