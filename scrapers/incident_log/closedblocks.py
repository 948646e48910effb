"""Entries set apart by blank lines that close with their number: a list of items as an
app or a web page prints them (a title with the day at the right, a place, then the
number, the time and a status on one small line, parted by dots or wide gaps).

Such an entry has no column titles to name its values (a row of filter words above the
first one is no header) and no labels: its values are named by what they are. The
record's number; a clock time (and a date beside it) is when it was reported; a place
(a house number, a block) its location; the entry's first words its type; the words
after the number and the time on the number's line its outcome. Each entry ends at its
number's line (a day band or the screen's furniture below it is not the entry's).

A list printed screen by screen repeats an entry at the top of a screen that closed the
screen before (it scrolled into view twice): the same number and the same words on two
pages in a row are one record.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import ADDRESS
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import DATE_RE

MIN_CLOSED = 0.9         # share of entries whose number line is followed by a blank
_PARTS = re.compile(r"\s{2,}|\s+[\u00b7\u2022|]\s+")
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?$")
_MONTH_DAY = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$", re.I)
_WORDY = re.compile(r"[A-Za-z0-9]")
_NAMES = {"type": "type", "date": "reported_at", "time": "reported_at", "place": "location", "status": "disposition"}


def number_lines(doc, record_spans, numbers: dict[int, str]) -> dict[int, int] | None:
    """span index -> the line of its number, when nearly every entry closes with its
    number (the line below it blank, or the page's end) and holds lines above it; else None."""
    at: dict[int, int] = {}
    for k, (s, e) in enumerate(record_spans):
        number = numbers.get(k)
        line = next((i for i in range(s, e) if number and number in doc.lines[i]), None)
        if line is None or line == s:
            continue
        after = line + 1
        if after >= len(doc.lines) or doc.pages[after] != doc.pages[line] or not doc.lines[after].strip():
            at[k] = line
    return at if len(at) >= max(2, MIN_CLOSED * len(record_spans)) else None


def read_closed_blocks(doc, record_spans, numbers: dict[int, str], at: dict[int, int], context) -> list[dict]:
    """One record per entry, its values named from what they are (see the module)."""
    out: list[dict] = []
    last: tuple[int, str, str] | None = None        # (page, number, words) of the record before
    for k, (s, e) in enumerate(record_spans):
        number = numbers.get(k)
        end = at.get(k, e - 1) + 1
        lines = [doc.lines[i] for i in range(s, end) if i not in doc.skip and doc.lines[i].strip()]
        if not lines:
            continue
        words = " ".join(" ".join(lines).split())
        if last and last[1] == number and last[2] == words and last[0] != doc.pages[s]:
            continue            # the entry that closed the screen before, scrolled in again
        last = (doc.pages[s], number, words)
        values, names = _named(lines, number)
        out.append(build(values, names, page=doc.pages[s], number=number, raw=lines, context_date=context[s]))
    return out


def _named(lines: list[str], number: str | None) -> tuple[dict[str, str], dict[str, str | None]]:
    values: dict[str, str] = {}
    for n, line in enumerate(lines):
        parts = [p.strip() for p in _PARTS.split(line.strip()) if _WORDY.search(p)]
        own = number is not None and any(number in p for p in parts)
        for p in parts:
            if number and p == number:
                continue
            if _TIME.match(p):
                name = "time"
            elif _MONTH_DAY.match(p) or DATE_RE.fullmatch(p):
                name = "date"
            elif own and number and number not in p:
                name = "status"
            elif n == 0 and "type" not in values:
                name = "type"
            elif ADDRESS.search(p):
                name = "place"
            else:
                name = f"line {n + 1}"
            key = name
            while key in values:
                key += "'"
            values[key] = p
    # the date before the time, as a reader says them ("Oct 14 2:54 AM")
    ordered = {k: values[k] for k in sorted(values, key=lambda k: (k.rstrip("'") != "date", 0))}
    return ordered, {k: _NAMES.get(k) for k in ordered}
