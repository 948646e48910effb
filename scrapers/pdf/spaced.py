"""Pages set one character per cell at a fixed pitch, joined back into words and columns.

A display board printed as tiles (split-flap boards, LED panels, some forms with a box per
letter) draws every character as a text object of its own, a fixed pitch apart. When that
pitch is much wider than the characters, ``pdftotext -layout`` prints each character as a
word of its own, one space between them (``B U R G L A R Y``), and the spaces that part
words and columns come out of any width: the words, the record numbers and the columns are
lost to every reader.

Such a page is told from its layout text alone (cheap; ordinary pages pay one look): most
of its tokens are single characters, most of its lines hold runs of four or more single
characters one space apart, and most of its characters stand in such runs; the glyphs of
a word must then stand one pitch apart, whatever their width (cells of one size). Only then are the page's glyph boxes read (``pdftotext
-bbox``) and the lines set again on the pitch's grid: characters one pitch apart make a
word, one blank cell between them a space, more a column gap, each run put at its cell's
column (its x over the pitch), so rows line up as the board does.
"""
from __future__ import annotations

import html
import re
import statistics
import subprocess
from pathlib import Path

_SPACED_RUN = re.compile(r"(?<!\S)\S(?: \S){3,}(?!\S)")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
MIN_TOKENS = 40             # a page with fewer tokens is left as it is
SINGLE_SHARE = 0.6          # share of the tokens that are single characters
SPACED_LINE_SHARE = 0.5     # share of the lines holding a run of letter-spaced characters
SPACED_CHAR_SHARE = 0.6     # share of the page's characters in those runs
FIXED_PITCH_SHARE = 0.9     # share of a word's glyph steps that are the pitch
FIXED_PITCH_TOLERANCE = 0.03
BBOX_TIMEOUT_S = 60


def letter_spaced(text: str) -> bool:
    """The page's layout text prints its characters one space apart, nearly everywhere."""
    tokens = text.split()
    if len(tokens) < MIN_TOKENS or sum(1 for t in tokens if len(t) == 1) < SINGLE_SHARE * len(tokens):
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if sum(1 for ln in lines if _SPACED_RUN.search(ln)) < SPACED_LINE_SHARE * len(lines):
        return False
    # most of the page's characters stand in such runs (not a page of words with a few
    # single letters or codes beside each other)
    spaced = sum(len(m.group()) - m.group().count(" ") for m in _SPACED_RUN.finditer(text))
    return spaced >= SPACED_CHAR_SHARE * sum(len(t) for t in tokens)


def rejoin_letter_spaced(path: Path | None, texts: list[str]) -> list[str]:
    """``texts`` (one per page) with each letter-spaced page set again from its glyph boxes."""
    if path is None:
        return texts
    out = list(texts)
    for i, text in enumerate(texts):
        if letter_spaced(text):
            rebuilt = _page_from_boxes(path, i + 1)
            if rebuilt and not letter_spaced(rebuilt):
                out[i] = rebuilt
    return out


def _page_from_boxes(path: Path, number: int) -> str | None:
    try:
        proc = subprocess.run(["pdftotext", "-bbox", "-f", str(number), "-l", str(number), str(path), "-"],
                              capture_output=True, text=True, timeout=BBOX_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return None
    page = _PAGE.search(proc.stdout) if proc.returncode == 0 else None
    if page is None:
        return None
    boxes = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in _WORD.findall(page.group(1))]
    return _set_on_grid(boxes)


def _set_on_grid(boxes: list[tuple[float, float, float, float, str]]) -> str | None:
    lines = _lines(boxes)
    steps = [b[0] - a[0] for ln in lines for a, b in zip(ln, ln[1:]) if len(a[4]) == 1 and len(b[4]) == 1]
    widths = [b[2] - b[0] for b in boxes if len(b[4]) == 1]
    if len(steps) < MIN_TOKENS or not widths:
        return None
    pitch = statistics.median_low(steps)
    if pitch <= 0:
        return None
    # cells of one width: the glyphs of a word stand a pitch apart, whatever their own width
    # (spaced-out text set in a proportional font steps by each glyph's width)
    inside = [d for d in steps if d < 1.5 * pitch]
    if sum(1 for d in inside if abs(d - pitch) <= FIXED_PITCH_TOLERANCE * pitch) < FIXED_PITCH_SHARE * len(inside):
        return None
    heights = [ln[0][3] - ln[0][1] for ln in lines]
    tops = [ln[0][1] for ln in lines]
    gap = statistics.median([b - a for a, b in zip(tops, tops[1:])] or [0])
    out: list[str] = []
    for k, ln in enumerate(lines):
        if k and gap and tops[k] - tops[k - 1] > 1.6 * gap and tops[k] - tops[k - 1] > 2 * max(heights):
            out.append("")
        out.append(_grid_line(ln, pitch))
    return "\n".join(out) + "\n"


def _lines(boxes: list[tuple[float, float, float, float, str]]) -> list[list[tuple]]:
    """Boxes grouped into printed lines (tops within half a glyph's height), each left to right."""
    lines: list[list[tuple]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        if lines and abs(box[1] - lines[-1][0][1]) <= 0.5 * (box[3] - box[1]):
            lines[-1].append(box)
        else:
            lines.append([box])
    return [sorted(ln, key=lambda b: b[0]) for ln in lines]


def _grid_line(boxes: list[tuple], pitch: float) -> str:
    """One printed line: characters a pitch apart joined, a blank cell a space, more a new column."""
    runs: list[list] = []           # [column, text, x of the last glyph's start, x of its end, a glyph alone]
    for x0, _, x1, _, word in boxes:
        glyph = len(word) == 1
        if runs:
            run = runs[-1]
            cells = (x0 - run[2]) / pitch       # from the last glyph's start, in cells
            if glyph and run[4] and cells <= 1.5:
                run[1:] = [run[1] + word, x0, x1, True]
                continue
            if (glyph and run[4] and cells <= 2.5) or (not (glyph and run[4]) and x0 - run[3] <= pitch):
                run[1:] = [f"{run[1]} {word}", x0, x1, glyph]
                continue
        runs.append([round(x0 / pitch), word, x0, x1, glyph])
    line = ""
    for column, text, *_ in runs:
        line = line.ljust(max(column, len(line) + 2) if line else column) + text
    return line
