"""Captions printed under their values (a form of ruled boxes whose small labels sit at
the foot of each box: ``KR25-00306   09/04/2025 07:06   Gym`` over ``Incident No.
Date/Time Reported   Location``), set back above them so the blocks read as labels
printed above their values (``stacked.py``).

Found from repetition and alignment, not from words, on the first lines of the log: lines
without digits that come back record after record (three times or more, two kinds of
them or more), nearly every time right under a line whose cells start where theirs
start, and seldom so over the line below them. Each such caption line is moved above
the lines it captions: the one line right above it, or, for a caption of one cell (a
summary's, full width), the lines above it up to the previous caption or blank line
(a value that wraps). Nothing changes when the captions are not of that shape.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.entryresults import stacked_blocks
from prr.scrapers.incident_log.formboxes import form_pages
from prr.scrapers.incident_log.parse import Doc, LazyContext, find_anchors
from prr.scrapers.incident_log.stacked import _aligned, _label_line
from prr.scrapers.incident_log.text import cells, find_ids

SAMPLE = 400            # lines looked at to find the caption lines
MIN_REPEATS = 3
MIN_SHARE = 0.8
LABELS_FIRST_ENDS = 0.02     # caption lines closing their block, at most, where labels come first
_SENTENCE_END = re.compile(r"\b[a-z]+\.$")


def _key(line: str) -> str:
    return " ".join(line.split())


def caption_lines(page_texts: list[str]) -> set[str] | None:
    """The caption lines (their words), when the log's first lines print captions under
    their values, else None."""
    lines: list[str] = []
    for text in page_texts:
        lines.extend(text.splitlines())
        if len(lines) >= SAMPLE:
            break
    lines = lines[:SAMPLE]
    # lines printed three times or more, as they are (a cheap count first: most logs have
    # none that are captions, and their lines are not looked at one by one)
    repeated = {t for t, n in Counter(ln.strip() for ln in lines).items()
                if n >= MIN_REPEATS and t and _label_line(t) and _caption(t)}
    if not repeated:
        return None
    at: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.strip() in repeated:
            at.setdefault(_key(ln), []).append(i)
    found, numbered = set(), False
    for key, where in at.items():
        if len(where) < MIN_REPEATS:
            continue
        above = [lines[i - 1] for i in where if i > 0 and lines[i - 1].strip()]
        if sum(1 for i in where if i > 0 and lines[i - 1].strip() and _aligned(lines[i], lines[i - 1])) \
                < MIN_SHARE * len(where):
            continue
        found.add(key)
        # the record's number opens the line right above its first caption line (above
        # the labels, as a form prints them, the number's line is under them)
        numbered = numbered or sum(1 for ln in above if _opens_with_number(ln)) >= MIN_SHARE * len(where)
    return found if len(found) >= 2 and numbered and not _labels_first(lines, found) else None


def _labels_first(lines: list[str], found: set[str]) -> bool:
    """Each caption line alone with its value in turn, and no block ending with one: the
    lines are labels printed above their values (a phone app's card, ``Received`` over
    ``11/01/2025 00:53``), each followed by its value, not captions under them."""
    at = [i for i, ln in enumerate(lines) if _key(ln) in found]
    if any(len(cells(lines[i])) > 1 for i in at):
        return False        # (a form's row of captions under a row of values)
    # a value printed often ("Unfounded") stands right under its label, never under a value
    # as a caption does: the labels are the others
    under = Counter(_key(lines[i]) for i in at if i > 0 and _key(lines[i - 1]) in found)
    seen = Counter(_key(lines[i]) for i in at)
    at = [i for i in at if under[_key(lines[i])] < 0.5 * seen[_key(lines[i])]]
    ends = sum(1 for i in at if i + 1 >= len(lines) or not lines[i + 1].strip())
    return ends <= LABELS_FIRST_ENDS * len(at)


def _caption(line: str) -> bool:
    """Short cells (four words at most), none a sentence ending with a full stop after a
    word in lower case ("Patrol log checked." is a value; "Incident No." a caption)."""
    return all(len(c[2].split()) <= 4 and not _SENTENCE_END.search(c[2]) for c in cells(line))


def _opens_with_number(line: str) -> bool:
    found = find_ids(line)
    return bool(found) and found[0][0] == len(line) - len(line.lstrip())


def captions_above(page_texts: list[str]) -> list[str] | None:
    """The pages with each caption line moved above the lines it captions, or None when
    the log does not print captions under values."""
    keys = caption_lines(page_texts)
    if keys is None:        # or forms whose numbered box labels stand above their values
        return form_pages(page_texts)
    out = []
    for text in page_texts:
        new: list[str] = []
        free = 0            # the first line not yet under a caption
        for ln in text.split("\n"):
            if _key(ln) not in keys or len(new) <= free or not new[-1].strip():
                new.append(ln)
                continue
            k = len(new) - 1
            if len(cells(ln)) == 1:
                # one caption for a value that may wrap: the lines up to a blank line or one captioned
                while k - 1 >= free and new[k - 1].strip():
                    k -= 1
            new.insert(k, ln)
            free = len(new)
        out.append("\n".join(new))
    return out


def read_captioned(page_texts: list[str]):
    """Captions printed under their values: set above them, the blocks are read as labels
    printed above their values (a ``LogResult``), or None."""
    moved = captions_above(page_texts)
    if moved is None:
        return None
    doc = Doc.from_pages(moved)
    found = find_anchors(doc, None)
    return stacked_blocks(doc, found, LazyContext(doc), doc.skip) if found is not None and found.ids else None
