"""Group headings with their row count at the right, between the rows of a table.

A report sorted by something other than time (by address, then house number; by zone; by
category) prints each group as a heading line over its rows: the group's value at the
left, how many rows follow at the right ("PREMISES: 40 Bluff St ... Events: 5", "ZONE 2
(NORTH) ... 14 ITEMS", "BURGLARY ... (9)"). Such a line is no row's text: left in, it joins the
row above it (its words fall into that row's cells) and, over a page's first row, it hides
the column titles above it. A row then has no column for what the heading holds (an
address history prints no place column: the place is the heading).

Told from the document, cheaply: among the lines between the first rows, a line of two
runs of text or more whose last run is a count (a number alone, or with a word after it,
or after a label and a colon), then the counts checked against the rows: nearly every such
heading counts exactly the rows up to the next one. A document without two such lines near
its first rows is left after that look.

What is read: the heading lines are kept out of the rows and passed over when the column
titles are looked for; a heading whose value carries its label ("PREMISES: 40 Bluff St")
gives the value to each row under it, in the field the label names (place, type, outcome),
where the row prints none.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import cells, squash

FIRST_ROWS = 60         # rows whose gaps are looked at before the whole document
ABOVE_FIRST = 8         # lines above the first row that may hold the first heading
MIN_HEADINGS = 2
MATCH_SHARE = 0.8       # share of the headings whose count must equal their rows
# the count at the right: "14", "(9)", "14 ITEMS", "3 calls total", "Events: 5", "No. of calls: 12"
_COUNT = re.compile(r"\(?\d{1,4}\)?(?: [A-Za-z]+\.?){0,2}|[A-Za-z][A-Za-z .#']{0,24}: ?\d{1,4}")
_NUMBER = re.compile(r"\d{1,4}")
# a heading's value with its label: "PREMISES: 40 Bluff St", "Nature: THEFT"
_LABELLED = re.compile(r"([A-Za-z][A-Za-z .#/']{0,24}?)\s*:\s+(\S.*)")
_GIVEN = ("location", "type", "disposition")     # fields a heading's label may give its rows


def counted_headings(doc, starts: list[int]) -> dict[int, str]:
    """Heading lines (index -> the heading's value, its count left out) of groups whose
    rows start at ``starts``, or {} when the rows are not grouped under counted headings."""
    if len(starts) < 2:
        return {}
    lines, row_lines = doc.lines, set(starts)
    near = starts[min(len(starts), FIRST_ROWS) - 1]
    if sum(1 for i in range(max(0, starts[0] - ABOVE_FIRST), near)
           if i not in row_lines and i not in doc.skip and _heading(lines[i])) < MIN_HEADINGS:
        return {}
    found: dict[int, tuple[str, int]] = {}
    for i in range(max(0, starts[0] - ABOVE_FIRST), starts[-1]):
        if i not in row_lines and i not in doc.skip and (head := _heading(lines[i])):
            found[i] = head
    if len(found) < MIN_HEADINGS or not _counts_hold(found, starts):
        return {}
    return {i: value for i, (value, _) in found.items()}


def _heading(line: str) -> tuple[str, int] | None:
    runs = cells(line)
    if len(runs) < 2:
        return None
    last = runs[-1][2]
    if not _COUNT.fullmatch(last) or _COUNT.fullmatch(runs[0][2]):
        return None
    return squash(" ".join(text for _, _, text in runs[:-1])), int(_NUMBER.search(last).group())


def _counts_hold(found: dict[int, tuple[str, int]], starts: list[int]) -> bool:
    """Nearly every heading counts the rows between it and the next heading."""
    marks = sorted(found)
    matched = 0
    for k, i in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else starts[-1] + 1
        rows = bisect_right(starts, end) - bisect_right(starts, i)
        matched += rows == found[i][1]
    return matched >= MATCH_SHARE * len(marks)


def heading_values(record_spans: list[tuple[int, int]], records: list[dict], heads: dict[int, str]) -> None:
    """Each row's value from the labelled heading above it, in the field its label names,
    where the row has none (in place)."""
    if not heads:
        return
    marks = sorted(heads)
    for rec, (s, _) in zip(records, record_spans):
        k = bisect_right(marks, s)
        if not k:
            continue
        labelled = _LABELLED.fullmatch(heads[marks[k - 1]])
        field = column_for(labelled.group(1)) if labelled else None
        if field not in _GIVEN or rec.get(field):
            continue
        rec[field] = labelled.group(2)
        rec["fields"]["_heading"] = heads[marks[k - 1]]
        if field == "type":
            rec["offences"] = [rec[field]] + [o for o in rec.get("offences") or [] if o != rec[field]]
