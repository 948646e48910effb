"""Filled-in forms: box numbers before the labels, and a row of check boxes where only the
marked one applies.

A form printed once per record numbers its boxes (``1. REPORT NUMBER   2. DATE``) and may
print every choice of a box on every form, marking one (``Report Taken   X Assist``). Read
as they are, the label lines carry digits (no reader takes them for labels) and the row of
choices reads as one value naming them all. Told from repetition, not from any word:

* **box numbers**: labels ``<n>. <WORDS IN CAPITALS>`` whose numbered words come back the
  same on many records (box 1 always says the same); the numbers are blanked, so the label
  lines are labels over their values;
* **check boxes**: a line of three or more cells, one of them opened by a mark (``X``,
  ``[X]``, ``(X)``, ``☒``, ``■``, ``✓``), whose unmarked words come back the same on many lines
  (the same choices printed on every form); only the marked choice is kept, under the
  box's label (the line above it).
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import cells

MIN_REPEATS = 3
SAMPLE_PAGES = 3
SAMPLE_CHARS = 30000
# (capitals glued to a digit, or to one by a dash or slash, are a number's letters, not a
# box's label: "1. SRP-25-1181" is an item opened by its report number)
_BOX = re.compile(r"(?<![\w.])(\d{1,2})\. (?=[A-Z]{2,}(?![A-Z]*[-/]?\d)(?: [A-Z/()&#.]+)*)")
_BOX_LABEL = re.compile(r"(?<![\w.])(\d{1,2})\. ([A-Z]{2,}(?![A-Z]*[-/]?\d)(?: [A-Z/&#.]+)*)")
_MARK = r"(?:\[[Xx]\]|\([Xx]\)|[X☒■✓✔])"
_MARK_TEXTS = ("X ", "[X]", "[x]", "(X)", "(x)", "☒", "■", "✓", "✔")     # looked for first, as text
_MARKED = re.compile(rf"(?<!\S){_MARK} (?=\S)")
_EMPTY_BOX = re.compile(r"(?<!\S)(?:\[ *\]|\( *\)|[☐□]) *(?=\S)")      # a box left blank


def read_form_boxes(page_texts: list[str], boxes: set[tuple[str, str]] | None = None) -> list[str]:
    """The page texts with box numbers and unmarked choices blanked; the same list when the
    document is not a stack of forms (two regular-expression searches of the first pages
    decide). ``boxes``: the numbered labels, when already found in the whole text."""
    sample = _sample(page_texts)
    boxed = "1. " in sample and "2. " in sample and _BOX.search(sample) is not None
    marked = any(m in sample for m in _MARK_TEXTS) and _MARKED.search(sample) is not None
    if not boxed and not marked:
        return page_texts
    if not boxed:
        boxes = set()
    elif boxes is None:
        boxes = _boxes("\n".join(page_texts))
    choices = _choices(page_texts) if marked else set()
    if not boxes and not choices:
        return page_texts
    out = []
    for page in page_texts:
        lines = page.split("\n")
        for i, line in enumerate(lines):
            if boxes and _BOX.search(line):
                # the label moved to where its number stood: over its value's first character
                line = _BOX_LABEL.sub(lambda m: m.group(2) + " " * (len(m.group(1)) + 2)
                                      if (m.group(1), m.group(2)) in boxes else m.group(0), line)
            if choices and _key(line) in choices:
                above = next((ln for ln in reversed(lines[:i]) if ln.strip()), "")
                line = _keep_marked(line, len(above) - len(above.lstrip()))
            lines[i] = line
        out.append("\n".join(lines))
    return out


def form_pages(page_texts: list[str]) -> list[str] | None:
    """The page texts read as forms (box numbers blanked, only marked choices kept) when the
    document numbers its boxes, else None: their labels then stand above their values."""
    sample = _sample(page_texts)
    if "1. " not in sample or not _BOX.search(sample):
        return None
    boxes = _boxes("\n".join(page_texts))        # the whole text scanned once
    return read_form_boxes(page_texts, boxes) if boxes else None


def _sample(page_texts: list[str]) -> str:
    """The first pages' text: forms repeat on every page, so a few pages tell them."""
    return "\n".join(page_texts[:SAMPLE_PAGES])[:SAMPLE_CHARS]


def _boxes(text: str) -> set[tuple[str, str]]:
    """(number, words) of the numbered labels repeating the same on several forms: boxes 1
    and 2 and one more at least, each number nearly always with the same words."""
    found = Counter((m.group(1), m.group(2)) for m in _BOX_LABEL.finditer(text))
    per_number = Counter(n for n, _ in found.elements())
    labels = {(n, w) for (n, w), c in found.items() if c >= MIN_REPEATS and c >= 0.8 * per_number[n]}
    numbers = {n for n, _ in labels}
    return labels if {"1", "2"} <= numbers and len(numbers) >= 3 else set()


def _key(line: str) -> str:
    """The line's cells without their marks: the same choices on every form."""
    return " | ".join(_EMPTY_BOX.sub("", _MARKED.sub("", cell, count=1), count=1) for *_, cell in cells(line))


def _choices(page_texts: list[str]) -> set[str]:
    """The rows of choices: lines of three cells or more with exactly one marked, whose
    unmarked form comes back on several lines."""
    seen: Counter = Counter()
    for page in page_texts:
        for line in page.split("\n"):
            marks = _MARKED.findall(line)
            if len(marks) == 1 and len(cells(line)) >= 3:
                seen[_key(line)] += 1
    return {k for k, n in seen.items() if n >= MIN_REPEATS}


def _keep_marked(line: str, at: int) -> str:
    """Only the marked choice, set at ``at`` (where the box's label starts, above it)."""
    for *_, cell in cells(line):
        m = _MARKED.match(cell)
        if m:
            return " " * at + cell[m.end():]
    return ""           # nothing marked: an unfilled form chose nothing
