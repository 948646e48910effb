"""Labelled blocks whose labels are joined to their values by ``=``: one ``LABEL=value`` a line.

A notification or export written by a program as settings-style lines (``CASE=24-01000``,
``TIME=2024-04-01 10:09``, ``NATURE=Theft``), one label a line and a block a record, is a
labelled block like any other, but the label readers know a label by the colon (or number
mark) ending it. Glued by ``=``, label and value are one word: no label is seen, and the
record's number is no word of its own either, so the blocks are read under a wrong number
or not at all. (A line of several pairs, ``EVT=... NATURE=... LOC=...``, one record a line,
is ``keyvalue.py``'s and is left alone here.)

Told from the document, not from any label's name: lines holding a single pair, the label
opening the line (a word or up to three, starting with a letter), and at least
``MIN_LABELS`` labels each opening ``MIN_RECORDS`` such lines or more, as labels repeating
once per record do. Those lines are printed ``LABEL: value``; every other line, and every
line of a document with no such labels, stays as printed. Other logs pay one substring test
per page and, where ``=`` is printed, one regular expression per line.
"""
from __future__ import annotations

import re
from collections import Counter

MIN_RECORDS = 5         # lines a label opens: fewer is no label repeating per record
MIN_LABELS = 3          # labels so repeated
# a line's only pair: its label (up to three words) glued by "=" to its value
_PAIR = re.compile(r"^(\s*)([A-Za-z][\w#./-]*(?: [A-Za-z][\w#./-]*){0,2})=(?!=)(.*)$")
# a second pair in the value: a line of several pairs (keyvalue.py)
_OTHER = re.compile(r'(?<![\w"=])[A-Za-z_][\w.]*=')


def colon_labels(page_texts: list[str]) -> list[str] | None:
    """The pages with each repeated ``LABEL=value`` line printed ``LABEL: value``, or None
    where no label is so joined to its values."""
    if not any("=" in t for t in page_texts):
        return None
    counts: Counter = Counter()
    for text in page_texts:
        for line in text.splitlines():
            if "=" in line and (m := _pair(line)):
                counts[m.group(2)] += 1
    labels = {label for label, n in counts.items() if n >= MIN_RECORDS}
    if len(labels) < MIN_LABELS:
        return None
    out = []
    for text in page_texts:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if "=" in line and (m := _pair(line)) and m.group(2) in labels:
                lines[i] = f"{m.group(1)}{m.group(2)}: {m.group(3).strip()}".rstrip()
        out.append("\n".join(lines))
    return out


def _pair(line: str) -> re.Match | None:
    m = _PAIR.match(line)
    return m if m is not None and not _OTHER.search(m.group(3)) else None
