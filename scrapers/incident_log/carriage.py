"""A line-printer file printed with its carriage-control column left in: that column taken off,
overprint lines folded into the line they print over.

A mainframe report is written for a line printer whose first column on every line is an
ASA control character, not data: ``1`` skip to a new page, ``0`` double space, ``-`` triple
space, ``+`` no advance (the line prints over the one above), blank single space. Printed
as text, that character stays glued to the line's data: the first row of a group reads
``0`` + its number, a title ``1`` + its words, and a row printed twice to make it bold (or
a line of underscores printed under titles) stands again as a line of its own opening with
``+``. Read as it stands, the glued control changes the first number of each group, and
each overprinted row counts as a second record.

Told from the text, cheaply: the first printed line of the first page opens with ``1``
glued to a word (or a blank), else nothing more is looked at; then every page's first
printed line opens with ``1``, every printed line opens with a control character (the scan
stops at the first line that does not), and at least one line opens with ``0``, ``-`` or
``+`` glued to its data. There the column is taken off every line, and each ``+`` line is
folded into the line above: its words that line already prints (a bold row's second
pass) and its underscores are dropped, a word it prints over blank paper is set there.
"""
from __future__ import annotations

import re

_CONTROLS = frozenset(" 01-+")
_NEW_PAGE = "1"
_OVERPRINT = "+"
_WORD = re.compile(r"\S+")
_SHIFT = 3          # columns an overprint's word may stand off the same word on the line above


def _printed(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def _opens_print_file(text: str) -> bool:
    """The page's first printed line opens with the new-page control, glued to a word or a blank."""
    for ln in text.split("\n"):
        if ln.strip():
            return ln[0] == _NEW_PAGE and len(ln) > 1 and (ln[1].isalpha() or ln[1] == " ")
    return False


def _is_print_file(page_texts: list[str]) -> bool:
    """Every page opens on a new-page control, every printed line opens with a control, and
    one control is glued to data (a plain log indented by a blank has no ``0``/``-``/``+``)."""
    glued = False
    for text in page_texts:
        lines = _printed(text)
        if not lines:
            continue
        if lines[0][0] != _NEW_PAGE:
            return False
        for ln in lines:
            if ln[0] not in _CONTROLS:
                return False
            glued = glued or (ln[0] in "0-+" and len(ln) > 1 and ln[1] != " ")
    return glued


def _fold(above: str, over: str) -> str:
    """``above`` with what ``over`` prints on blank paper set in: words ``above`` already
    prints near the same place (a second pass for bold) and underscores are not new."""
    out = list(above)
    for m in _WORD.finditer(over):
        word, start = m.group(0), m.start()
        if not word.strip("_"):
            continue
        near = above[max(0, start - _SHIFT):m.end() + _SHIFT]
        if word in near:
            continue
        if len(out) < m.end() + 1:
            out.extend(" " * (m.end() + 1 - len(out)))
        if "".join(out[max(0, start - 1):m.end() + 1]).strip():
            continue            # struck over other characters: the line above stands
        out[start:m.end()] = word
    return "".join(out).rstrip()


def _page(text: str) -> str:
    kept: list[str] = []
    last = None         # index in ``kept`` of the last printed line
    for ln in text.split("\n"):
        if not ln.strip():
            kept.append(ln)
            continue
        control, data = ln[0], ln[1:]
        if control == _OVERPRINT and last is not None:
            kept[last] = _fold(kept[last], data)
            continue
        last = len(kept)
        kept.append(data)
    return "\n".join(kept)


def strip_carriage_control(page_texts: list[str]) -> list[str] | None:
    """The pages with the control column taken off and overprints folded into the lines they
    print over, or None where the text is no print file with its controls left in."""
    if not page_texts or not _opens_print_file(page_texts[0]) or not _is_print_file(page_texts):
        return None
    return [_page(t) for t in page_texts]
