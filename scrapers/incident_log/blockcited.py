"""A number in the record column on a line inside a block: an earlier record cited, no record.

A log of small blocks set apart by blank lines (a form print, one block per incident) opens
each block with the record's number on its first line. A block citing an earlier incident
prints that one's number on a line of its own lower down, under a label that reads like the
opening one (both cut to the same few letters by a narrow label cell, "Incident No." and
"Incident Ref."; or a longer label ending in the opening one): the cited number stands in the
record column too, and read line by line each such line opened a record of its own.

Told from the layout and the numbers, not from any word: nearly every other line of the
column opens its block (a blank line, or the page's head, above it) and nearly every block
holds lines without a number of the column; the lines inside a block, under the line that
opened it, are a minority, and each carries a number seen before as a record's (opening a
block above), or, where the openers' numbers rise down the log, one lower than its own
block's number: an earlier record's. A column whose every line is so placed is no chance;
any line inside a block carrying a later number (rows grouped under blank lines, each
group several records) leaves the column as it was. The cited lines stay their block's
text, their numbers its related numbers.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.numberorder import rising_share

MIN_BLOCKS = 5
OPEN_SHARE = 0.95       # share of the column's other lines that open their block
INSIDE_SHARE = 1 / 3    # at most this many lines inside blocks per block opened
WORDED_SHARE = 0.8      # share of blocks holding a line with no number of the column
RISING = 0.8            # share of steps up the openers' numbers take to run in order
_DIGIT = re.compile(r"\d")


def without_cited_in_blocks(found, lines: list[str], pages: list[int], skip: set[int]):
    """The number column without the lines inside a block that cite an earlier record
    (``found`` itself when there are none or the layout does not show it)."""
    if found is None or found.kind != "id_column" or len(found.lines) < MIN_BLOCKS:
        return found
    members = set(found.lines)
    opener: dict[int, int] = {}         # a line inside a block -> the column line opening it
    opens: list[int] = []
    for i in found.lines:
        j = i - 1
        while j >= 0 and j in skip:
            j -= 1
        if j < 0 or pages[j] != pages[i] or not lines[j].strip():
            opens.append(i)
            continue
        # the block's lines above, back to its blank line: one opened by the column? (a
        # block's line printed alike on every page is taken for furniture: still the block's)
        while j >= 0 and pages[j] == pages[i] and lines[j].strip() and j not in members:
            j -= 1
        # (a line of the block between: a row right under a row is a table's, not a block's)
        if j >= 0 and j in members and pages[j] == pages[i] and j < i - 1:
            opener[i] = j
    others = len(found.lines) - len(opener)
    if not opener or len(opens) < max(MIN_BLOCKS, OPEN_SHARE * others) or len(opener) > INSIDE_SHARE * len(opens):
        return found
    # blocks, not rows grouped under blank lines: nearly every block holds a line of words
    worded = sum(1 for a, b in zip(opens, opens[1:] + [len(lines)])
                 if any(lines[k].strip() and k not in skip and k not in members for k in range(a + 1, b)))
    if worded < WORDED_SHARE * len(opens):
        return found
    ids = found.ids
    # the label the openers' numbers follow: the cited one's ends in the same word (a
    # number a sentence cites, wrapped to a line's start, follows other words)
    words = Counter(_word_before(lines[i], ids[i]) for i in opens)
    word, n = words.most_common(1)[0]
    if not word or n < OPEN_SHARE * len(opens) or any(_word_before(lines[i], ids[i]) != word for i in opener):
        return found
    seen: dict[str, int] = {}
    for i in opens:
        seen.setdefault(ids[i], i)
    rising = rising_share({i: ids[i] for i in opens}) >= RISING
    before = {k: p for p, k in zip(opens, opens[1:])}      # each block's opener -> the one above
    for i, k in opener.items():
        tok = ids[i]
        if tok in seen and seen[tok] < i:
            continue            # a record's number above, cited again
        # lower than its own block's number and the block's above: no place in the run
        # between them (a record printed inside the block above it would have one)
        if not (rising and _lower(tok, ids[k]) and (k not in before or _lower(tok, ids[before[k]]))):
            return found        # a later number inside a block: another layout's
    keep = [i for i in found.lines if i not in opener]
    return type(found)(found.kind, keep, {i: ids[i] for i in keep}, found.column, found.updates,
                       found.others, found.counts)


def _word_before(line: str, tok: str) -> str:
    """The word right before the number on its line ("" when none)."""
    x = line.find(tok)
    words = line[:x].split() if x > 0 else []
    return words[-1] if words else ""


def _lower(tok: str, own: str) -> bool:
    """``tok`` is of ``own``'s shape (digits aside) and lower than it."""
    if _DIGIT.sub("9", tok) != _DIGIT.sub("9", own):
        return False
    a, b = "".join(_DIGIT.findall(tok)), "".join(_DIGIT.findall(own))
    return int(a) < int(b)
