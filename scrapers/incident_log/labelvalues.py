"""Labelled blocks read: where the chosen labels occur and the value after each.
(``labels.py`` finds which labels a log uses.)"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, groupby, repeat
from operator import itemgetter, lt, neg, sub

from prr.scrapers.incident_log.labels import Hit, LabelSet
from prr.scrapers.incident_log.text import DATETIME_RE, TIME_ONLY_RE, is_rule, line_starts

_WIDE = re.compile(r"\s{3,}")


def split_value(value: str) -> tuple[str, list[str]]:
    """Cut date-times that sit in their own column out of a non-date value."""
    if "   " not in value.strip():
        return " ".join(value.split()), []
    parts = _WIDE.split(value.strip())
    keep, dates = [], []
    i = 0
    while i < len(parts):
        p = parts[i]
        if DATETIME_RE.fullmatch(p) or (dates and TIME_ONLY_RE.match(p)):
            if i + 1 < len(parts) and TIME_ONLY_RE.match(parts[i + 1]):
                p = p + " " + parts[i + 1]
                i += 1
            dates.append(p)
        elif keep or not dates:
            keep.append(p)
        i += 1
    return " ".join(" ".join(keep).split()), dates




def label_hits(lines: list[str], labels: LabelSet, text: str | None = None,
               starts: list[int] | None = None) -> dict[int, list[Hit]]:
    """Every occurrence of the chosen labels, by line (``text``: the lines joined by
    newlines, ``starts``: where each line starts in it, when the caller has them)."""
    # One literal-led pattern per label over the whole text: the regex engine scans for a
    # literal far faster than Python loops over lines. The hits of every label are sorted
    # together (by position, longest first, then label order) in one C-level sort and
    # their lines found with one bisect each, so the Python loop left is one short pass.
    if starts is None:
        starts = line_starts(lines)
    if text is None:
        text = "\n".join(lines)
    found: list[tuple[int, int, int, int]] = []
    for order, label in enumerate(labels.fields):
        # (a label starts the text or follows a space: the pattern says so, see _label_rx)
        matches = list(_label_rx(label, labels.margin).finditer(text))
        stops = list(map(re.Match.end, matches))
        found.extend(zip(map(re.Match.start, matches), map(neg, stops), repeat(order), stops))
    if not found:
        return {}
    found.sort()
    fields = labels.fields
    at = list(map(itemgetter(0), found))
    ends = list(map(itemgetter(3), found))
    if any(map(lt, at[1:], ends)):     # a hit starts inside the one before it
        return _hits_by_line(found, fields, starts)
    # no hit inside another (the usual case): hits made and grouped by line in bulk, as
    # plain (label, line, start, end) tuples (what a Hit is)
    # each hit's line: the line breaks between one hit and the next counted (the hits are
    # in order), which costs less than a bisect per hit
    rows = list(accumulate(map(text.count, repeat("\n"), [0, *at[:-1]], at)))
    bases = list(map(starts.__getitem__, rows))
    hits = zip(map(fields.__getitem__, map(itemgetter(2), found)), rows, map(sub, at, bases), map(sub, ends, bases))
    return {i: list(group) for i, group in groupby(hits, itemgetter(1))}


def _hits_by_line(found: list[tuple[int, int, int, int]], fields: list[str],
                  starts: list[int]) -> dict[int, list[Hit]]:
    """The hits by line, from (start, -end, label order, end) in order, a shorter label
    inside a longer one ("Type" in "Call Type") left out."""
    out: dict[int, list[Hit]] = {}
    line, base, kept, kept_end = -1, 0, None, -1
    for (s, _, order, e), i in zip(found, map(bisect_right, repeat(starts), [f[0] for f in found])):
        i -= 1
        if i != line:
            line, base = i, starts[i]
            kept = out[i] = [Hit(fields[order], i, s - base, e - base)]
        elif s >= kept_end:
            kept.append(Hit(fields[order], i, s - base, e - base))
        else:
            continue
        kept_end = e
    return out


_START = itemgetter(2)      # where a hit starts on its line


@lru_cache(maxsize=256)
def _label_rx(label: str, margin: bool = False) -> re.Pattern:
    body = re.escape(label).replace(r"\ ", " +") + r"(?=\s|$)"
    # a label of a left column only at the start of a line (the match starts at the label)
    if margin:
        return re.compile(rf"(?:(?<=^)|(?<=^ )|(?<=^  )|(?<=^   )){body}", re.M)
    # elsewhere after a space or at the start of the text: looked behind at after the
    # label's first word (led by a look-behind, the engine would no longer skip ahead to
    # the first word's letters)
    word = re.escape(label.split(" ")[0])
    return re.compile(rf"{word}(?<!\S{word}){body[len(word):]}", re.M)


def _value_start(line: str, end: int) -> int:
    """The column where the value after a label ending at ``end`` starts (text follows it)."""
    rest = line[end:]
    return end + len(rest) - len(rest.lstrip())


# a value line that cannot end a value: a bracket left open, or a joining word or mark
# at its end ("Theft (supplement to", "08:00 to 04/01/2024 |09:30") -- the next line goes on
_TIME_LINE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?")     # a date's time, wrapped
_OPEN_END = re.compile(r"\([^)]*$|(?:[,/&-]|\b(?:to|of|and|or|at|from|by|with|for|in|on))$")


def read_block(lines: list[str], start: int, stop: int, by_line: dict[int, list[Hit]],
               date_labels: set[str], width: int | None = None,
               through: set[int] = frozenset()) -> tuple[dict[str, str], list[str]]:
    """Label values of one record (a value left empty at the end of its line continues on
    the unlabelled lines below: "Narrative:" then the text), plus loose text.
    ``date_labels``: labels whose values are dates (kept whole, not cut at wide gaps).
    ``width``: labels one value per line: a line under a value that did not fill its line
    (its first word would have fitted) is another item ("Offense(s)" listed one per line),
    not the value wrapping. ``through``: blank lines of a page break, which a value goes on
    across.
    ``by_line``: the hits of each line, (label, line, start, end) tuples in order."""
    values: dict[str, str] = {}
    loose: list[str] = []
    open_label: str | None = None
    # (the last label of the labelled line above, its end, that line: where its value
    # started is told only when a line without labels follows, not on every labelled line)
    under: tuple[str, int, str] | None = None
    above = ""      # the line above
    for li in range(start, stop):
        line = lines[li]
        line_hits = by_line.get(li)     # sorted by start (label_hits)
        if not line_hits:
            stripped = line.strip()
            if not stripped and li in through:
                continue
            if not stripped or is_rule(line):
                open_label = under = None
            elif open_label is not None:
                values[open_label] = " ".join(f"{values[open_label]} {stripped}".split())
            elif under is not None and under[0] in values and \
                    len(line) - len(line.lstrip()) >= _value_start(under[2], under[1]) - 1:
                # a value wrapped onto the next line, aligned under where it started
                fits = width is not None and len(above.rstrip()) + 1 + len(stripped.split()[0]) <= width \
                    and not _OPEN_END.search(values[under[0]]) and not _TIME_LINE.fullmatch(stripped)
                values[under[0]] = f"{values[under[0]]}{' // ' if fits else ' '}{stripped}"
            else:
                loose.append(stripped)
            above = line
            continue
        above = line
        open_label = None
        last_label, _, _, last_end = line_hits[-1]
        rest = line[last_end:]
        under = (last_label, last_end, line) if rest and not rest.isspace() else None     # (else no value to wrap)
        first = line_hits[0][2]
        if first and line[:first].strip():
            loose.append(line[:first].strip())
        # each label's value runs to where the next label starts (the last one's to the end)
        for (label, _, _, end), upto in zip(line_hits, [*map(_START, line_hits[1:]), None]):
            raw = line[end:upto]
            # (a wide gap only before the next label, most values of a row of labels: as
            # without one, what split_value gives)
            if "   " not in raw or label in date_labels or "   " not in raw.strip():
                value = " ".join(raw.split())      # what split_value gives without a wide gap
            else:
                value, dates = split_value(raw)
                loose.extend(dates)
            if label not in values:
                values[label] = value
                if not value and upto is None:
                    open_label = label
            elif value:
                # the same label again in one record: several values (offences) kept
                values[label] = f"{values[label]} // {value}"
    return values, loose
