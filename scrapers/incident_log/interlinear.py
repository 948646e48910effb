"""Corrections written between the lines of a double-spaced log, set in place.

A log printed double-spaced for review is corrected the proofreader's way: the wrong value
struck through and the right one written in the space above it. The text layer holds both,
the written value on a line of its own right above the line it corrects, starting where
the struck value starts. Left so, the struck number opens its entry and the written one is
read as the end of the entry before. Told from the page, not from any word:

- the page is double-spaced: its lines are nearly all followed by a blank line, so a line
  standing right on top of the next one is written between them;
- the line holds one value only (a record number, a date, a time: something with digits)
  and the line under it holds, at the same column, a value of the same shape that differs;
- such lines are few beside the entries (a correction here and there, not a layout).

The written value takes the struck one's place and its own line is blanked.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import shape

DOUBLE = 0.6            # share of a page's lines followed by a blank line: double-spaced
MOST_SHARE = 1 / 3      # corrections on at most this share of the page's lines
_ONE_VALUE = re.compile(r"^( *)(\S+(?: \S+)?)\s*$")     # one value, or a date and its time
SLACK = 1               # columns the written value may stand off the struck one's start


def interlinear_corrections(page_texts: list[str]) -> list[str] | None:
    """The pages with each value written above a struck one put in its place, or None
    when no page is corrected so."""
    out, changed = [], False
    for text in page_texts:
        lines = text.split("\n")
        changed = _correct(lines) or changed
        out.append("\n".join(lines))
    return out if changed else None


def _double_spaced(lines: list[str]) -> bool:
    filled = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    return len(filled) >= 4 and sum(not lines[i + 1].strip() for i in filled) >= DOUBLE * len(filled)


def _correct(lines: list[str]) -> bool:
    if not _double_spaced(lines):
        return False
    found = []
    for i in range(len(lines) - 1):
        if not lines[i + 1].strip():
            continue        # not a line standing right on top of the next one (in the blank
            # line between two, it may stand right under the one before as well)
        m = _ONE_VALUE.match(lines[i])
        if m is None or not any(c.isdigit() for c in m.group(2)):
            continue
        struck = _under(lines[i + 1], len(m.group(1)), m.group(2))
        if struck is not None:
            found.append((i, m.group(2), struck))
    filled = sum(bool(line.strip()) for line in lines)
    if not found or len(found) > MOST_SHARE * filled:
        return False
    for i, written, (start, end) in found:
        below = lines[i + 1]
        lines[i + 1] = below[:start] + written + below[end:]
        lines[i] = ""
    return True


def _under(line: str, column: int, written: str) -> tuple[int, int] | None:
    """Where in ``line`` a value of ``written``'s shape starts within ``SLACK`` of
    ``column`` and differs from it."""
    form = shape(written)
    for start in range(max(column - SLACK, 0), column + SLACK + 1):
        if start and not line[start - 1].isspace():
            continue        # a value starts after a space
        end = start + len(written)
        token = line[start:end]
        if (len(token) == len(written) and token != written and shape(token) == form
                and (end == len(line) or not line[end].isalnum())):
            return start, end
    return None
