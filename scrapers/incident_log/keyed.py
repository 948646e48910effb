"""A sheet too wide for the page, printed in parts: a page of the rows' right-hand
columns that repeats the rows' key (the record number, or the sheet's line number) from
an earlier page of their left-hand columns, right after it or several pages later.

Read line by line, such a page is a log of its own: each record's number printed twice
(two records for one), or rows with no number at all, their disposition and summary lost
to the record. Told from the pages themselves: the first words of a page's lines with
digits in them, distinct, stand in the same order as whole words at one position on the
lines of an earlier page (the key column there), nearly all of them. Each such line is then
joined to the end of its earlier line (its key left out, not to print it twice), the part's
title line to the earlier title line, and the lines that wrap a part's row follow their
row; what else the page prints (its title, its foot, a count) stays on it. A word that
opens lines on many pages (a pleading paper's line numbers, a tab name with a digit over
every page of a sheet printed down then across) is the pages' own, no row's key.

A cheap test first: some page's first words must be words of the first page (the first
right-hand page always belongs to the first left-hand one).
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from prr.scrapers.incident_log.text import cells

SAMPLE_KEYS = 12         # first keys of a page the cheap test looks at
MIN_ROWS = 5             # keyed lines of a right-hand page
MIN_SHARE = 0.9          # of a page's keys found on the earlier page, in order
MAX_PAGES = 3            # pages a row's key opens lines on (its own, and two parts of it)
MIN_TITLES = 3           # words of a title line that can tell a page of the same columns
SAME_TITLES = 0.8        # share of a part's title words on the earlier title line: the same columns
GAP = 3                  # spaces between the left part and the joined right part
_FIRST = re.compile(r"(?m)^[^\S\n]*(\S*\d\S*)")       # a line's first word, if it has a digit
# the same led by the newline before a line, searched in "\n" + text (tried only where lines
# start; led by "^" it is tried at every character)
# (the digit looked ahead for in one pass over the word, no backtracking through it)
_FIRST_AFTER_NEWLINE = re.compile(r"\n[^\S\n]*+(?=[^\s\d]*+\d)(\S++)")
_SPACED_WORD = re.compile(r" (\S+)")    # a word and the space before it (where ``_word_at`` finds it)


def join_keyed_pages(page_texts: list[str]) -> list[str] | None:
    """The page texts with every right-hand page's rows joined to the rows of the page
    they continue, or None when no page repeats another's keys."""
    if len(page_texts) < 2:
        return None
    first = set(page_texts[0].split())
    # the cheap test on each page's first keys only (a right-hand page opens with its rows)
    if not any(_may_repeat([m.group(1) for m in islice(_FIRST_AFTER_NEWLINE.finditer("\n" + t), SAMPLE_KEYS)], first)
               for t in page_texts[1:]):
        return None
    keys = [_FIRST_AFTER_NEWLINE.findall("\n" + t) for t in page_texts]
    pages = [t.split("\n") for t in page_texts]
    # numbers that open lines on many pages are the page's own (a pleading paper's line
    # numbers 1-28 on every page), no row's key
    on_pages = Counter(k for found in keys for k in set(found))
    # (a tab name with a digit in it heading every page is the pages' own too)
    own = {k for k, n in on_pages.items() if n > MAX_PAGES}
    right: set[int] = set()
    for p in range(1, len(pages)):
        if not _may_repeat(keys[p], None) or \
                sum(1 for k in keys[p] if k in own) > (1 - MIN_SHARE) * len(keys[p]):
            continue
        for q in range(p):
            if q in right:
                continue
            match = _match(pages[p], pages[q], own)
            if match is not None:
                pages[p], pages[q] = _join(pages[p], pages[q], match)
                right.add(p)
                break
    if not right:
        return None
    return ["\n".join(lines) for lines in pages]


def _may_repeat(keys: list[str], first: set[str] | None) -> bool:
    if len(keys) < MIN_ROWS or len(set(keys)) < MIN_SHARE * len(keys):
        return False
    return first is None or sum(1 for k in keys if k in first) >= MIN_SHARE * len(keys)


def _match(right: list[str], left: list[str], own: set[str]) -> list[tuple[int, int, int]] | None:
    """(right line, left line, key's column on the right line) of each keyed line, or None;
    the pages' ``own`` words are no keys."""
    words = set(" ".join(left).split())
    rows = [(i, m.group(1), m.start(1)) for i, ln in enumerate(right) if (m := _FIRST.match(ln))
            and m.group(1) not in own]
    if len(rows) < MIN_ROWS or sum(1 for _, k, _ in rows if k in words) < MIN_SHARE * len(rows):
        return None
    out, where = _walk(rows, left, None)
    if len(out) < MIN_SHARE * len(rows):
        return None
    mode = Counter(where).most_common(1)[0][0]
    if sum(1 for x in where if abs(x - mode) <= 2) < MIN_SHARE * len(where):
        return None
    # again, each key in the key column only (a title's "part 1" is no row 1; a sheet's
    # tab name with a digit in it heading every page is no first row)
    out, _ = _walk(rows, left, mode)
    if len(out) < MIN_SHARE * len(rows) or _above(right, out[0][0]) is None:
        return None     # (a part prints its column titles above its first row)
    if _same_titles(right, out[0][0], left, out[0][1]):
        return None     # (a page of the same columns again: its keys restart, a day's item numbers)
    # a key names one row: item numbers that restart under each heading ("[1]") do not
    in_column = Counter(m.group(1) for ln in left if (m := _SPACED_WORD.search(f" {ln} ", max(0, mode - 2)))
                        and m.start() <= mode + 2)
    once = sum(1 for i, _, _ in out if in_column[_FIRST.match(right[i]).group(1)] == 1)
    return out if once >= MIN_SHARE * len(out) else None


def _same_titles(right: list[str], row: int, left: list[str], first: int) -> bool:
    """The title line above a part's first row names the columns of the title line above
    its earlier row (``SAME_TITLES`` of its words): the same table again, no right-hand part."""
    words = right[_above(right, row)].split()
    above = _above(left, first)
    if len(words) < MIN_TITLES or above is None:
        return False
    on_left = set(left[above].split())
    return sum(1 for w in words if w in on_left) >= SAME_TITLES * len(words)


def _walk(rows: list[tuple[int, str, int]], left: list[str], column: int | None):
    """Each key's left line, in order (at ``column``, within two characters, if given)."""
    out, at, where = [], 0, []
    for i, key, col in rows:
        for j in range(at, len(left)):
            x = _word_at(left[j], key, column)
            if x >= 0:
                out.append((i, j, col))
                where.append(x)
                at = j + 1
                break
    return out, where


def _word_at(line: str, word: str, column: int | None) -> int:
    """Where ``word`` stands as a whole word on ``line`` (near ``column``, if given), or -1."""
    if column is None:
        return f" {line} ".find(f" {word} ")
    lo = max(0, column - 2)
    x = f" {line} ".find(f" {word} ", lo, column + 3 + len(word))
    return x


def _join(right: list[str], left: list[str], match: list[tuple[int, int, int]]) -> tuple[list[str], list[str]]:
    first_r, first_l = match[0][0], match[0][1]
    head_r = _above(right, first_r)
    head_l = _above(left, first_l)
    used = {i for i, _, _ in match}
    rows_l = [j for _, j, _ in match] + ([head_l] if head_l is not None else [])
    width = max(len(left[j].rstrip()) for j in rows_l) + GAP
    key_col = Counter(c for _, _, c in match).most_common(1)[0][0]
    key_len = max(len(_FIRST.match(right[i]).group(1)) for i, _, _ in match)
    joined = list(left)
    extra: dict[int, list[str]] = {}        # left line -> wrapped lines of its right part
    for n, (i, j, col) in enumerate(match):
        joined[j] = left[j].rstrip().ljust(width) + _blank(right[i], col, col + len(_FIRST.match(right[i]).group(1)))
        end = match[n + 1][0] if n + 1 < len(match) else i + 1
        wraps = [ln for ln in right[i + 1:end] if ln.strip()]
        extra[j] = [" " * width + ln for ln in wraps]
        used.update(range(i + 1, end))
    if head_r is not None and head_l is not None:
        joined[head_l] = left[head_l].rstrip().ljust(width) + _blank_words(right[head_r], key_col, key_col + key_len)
        used.add(head_r)
    out = []
    for j, ln in enumerate(joined):
        out.append(ln)
        out.extend(extra.get(j, []))
    return [ln for i, ln in enumerate(right) if i not in used], out


def _above(lines: list[str], i: int) -> int | None:
    """The nearest printed line above line ``i`` (a part's title line), if any."""
    return next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)


def _blank(line: str, a: int, b: int) -> str:
    return line[:a] + " " * (b - a) + line[b:]


def _blank_words(line: str, a: int, b: int) -> str:
    """``line`` with its words (cells) over columns ``a`` to ``b`` blanked: the key's title."""
    for start, end, _ in cells(line):
        if start < b and end > a:
            line = _blank(line, start, end)
    return line
