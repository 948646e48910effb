"""Rows opened by a short year-serial number (``25-118``), one call a line, typed by hand
with whatever separator the typist used that week: `` | `` cells under one header, then
`` - `` under another, then columns lined up with spaces under a third, the date written
another way in each (``10/01/2025 0752``, ``10/13/25 07:23``, ``Oct 21 0710``).

Such a number has the shape of a range (``10-15``), which the shared number pattern never
takes as a record number, so a log numbered this way shows no column of numbers: at best
the rows under one of its headers are read, without their numbers. The layout is told
cheaply, by one pattern over the text: many lines open with a two-digit year, a dash and a
serial, the year the same on nearly all and the serials going up a little from line to
line (a range or a score never runs so). Each such line is one record. Its cells are split
by its own separator; when they are as many as the titles of the header above them (split
the same way), each is named by its title; when some are left out (a call with no place,
or no result), each is named by what it holds: the date, a place led by a house number,
the first of the others the type and a later one the result. A date without its year takes
the year of the rows dated in full before it, else the one year in the document's first
lines.

The records replace those read otherwise only when these numbers are not already theirs.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from prr.scrapers.incident_log.fields import ADDRESS, column_for
from prr.scrapers.incident_log.logresult import LogResult
from prr.scrapers.incident_log.record import build, record_numbers
from prr.scrapers.incident_log.text import parse_datetime
from prr.scrapers.incident_log.yearless import _DAY, _MON

MIN_ROWS = 8                # numbered lines needed to call it this layout
MIN_SHARE = 0.9             # of them sharing the year, going up, dated
MAX_STEP = 50               # a serial's step to the next line: skipped calls, not another series
HEAD_LINES = 6              # first lines looked at for the year of yearless dates
_OPEN = re.compile(r"(?m)^[ \t]*(\d{2})-(\d{3})(?=[ \t]|$)")
_ROW = re.compile(r"^\s*(\d{2}-\d{3})(?=\s|$)(.*)$")
_PIPE = re.compile(r"^\s*\|")
_DASH = re.compile(r"^\s+-\s")
_SPACES = re.compile(r"\s{2,}|\t")
_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d(?!\d)")


def _serial_lines(text: str) -> list[str] | None:
    """The opening numbers, when they run as one series (the cheap test)."""
    found = _OPEN.findall(text)
    if len(found) < MIN_ROWS:
        return None
    year, count = Counter(y for y, _ in found).most_common(1)[0]
    if count < MIN_SHARE * len(found):
        return None
    serials = [int(s) for y, s in found if y == year]
    rising = sum(1 for a, b in zip(serials, serials[1:]) if 0 < b - a <= MAX_STEP)
    if rising < MIN_SHARE * (len(serials) - 1):
        return None
    return [f"{y}-{s}" for y, s in found if y == year]


def _split(rest: str) -> tuple[str, list[str]]:
    """The separator a line uses and its cells after the number."""
    if _PIPE.match(rest):
        cells = [c.strip() for c in rest.split("|")[1:]]
        if cells and not cells[-1]:
            cells.pop()             # the closing bar
        return "|", cells
    if _DASH.match(rest):
        return "-", [c.strip() for c in re.split(r"\s+-\s+", rest.strip()[1:].strip())]
    return " ", [c.strip() for c in _SPACES.split(rest.strip()) if c.strip()]


def _titles(line: str, kind: str) -> list[str]:
    if kind == "|":
        return [c.strip() for c in line.split("|") if c.strip()]
    if kind == "-":
        return [c.strip() for c in re.split(r"\s+-\s+", line.strip())]
    return [c.strip() for c in _SPACES.split(line.strip()) if c.strip()]


def _is_header(line: str, kind: str) -> bool:
    titles = _titles(line, kind)
    return len(titles) >= 3 and not any(ch.isdigit() for ch in line)


def _yearless(cell: str, year: int | None) -> str | None:
    m = _DAY.match(cell)
    if not m or year is None or not m.group("h"):
        return None
    if m.group("m"):
        month, day = int(m.group("m")), int(m.group("d"))
    else:
        month = _MON.index((m.group("mon") or m.group("mon2")).lower()) + 1
        day = int(m.group("d2") or m.group("d3"))
    try:
        return datetime(year, month, day, int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)).isoformat()
    except ValueError:
        return None


def _by_content(cells: list[str]) -> dict[str, str | None]:
    """Cells named by what they hold: the date, a place led by a house number, the type
    first among the others and the result after it."""
    names: dict[str, str | None] = {}
    rest = []
    for i, cell in enumerate(cells):
        if not cell:
            continue
        if "reported_at" not in names.values() and (parse_datetime(cell) or _DAY.match(cell)):
            names[str(i)] = "reported_at"
        elif "location" not in names.values() and rest and ADDRESS.search(cell):
            names[str(i)] = "location"
        else:
            rest.append(str(i))
    if rest:
        names[rest[0]] = "type"
    if len(rest) > 1:
        names[rest[-1]] = "disposition"
    return names


def _read(page_texts: list[str], numbers: set[str]) -> list[dict]:
    head = "\n".join(page_texts[0].splitlines()[:HEAD_LINES]) if page_texts else ""
    head_years = set(_YEAR.findall(head))
    year = int(head_years.pop()) if len(head_years) == 1 else None
    records: list[dict] = []
    above: list[str] = []       # the lines since the last row: where a new header stands
    header: tuple[str, list[str]] | None = None
    for page_no, text in enumerate(page_texts, 1):
        for line in text.split("\n"):
            m = _ROW.match(line)
            if not m or m.group(1) not in numbers:
                above.append(line)
                continue
            number, rest = m.groups()
            kind, cells = _split(rest)
            titled = next((t for t in reversed(above) if t.strip() and _is_header(t, kind)), None)
            if titled is not None:
                header = (kind, _titles(titled, kind))
            above = []
            titles = header[1] if header and header[0] == kind else []
            named = {t: column_for(t) for t in titles[1:]} if len(titles) == len(cells) + 1 else {}
            if "reported_at" in named.values() and "type" in named.values():
                values, names = dict(zip(titles[1:], cells)), named
            else:
                values = {str(i): c for i, c in enumerate(cells)}
                names = _by_content(cells)
            rec = build(values, names, page=page_no, number=number, raw=[line.strip()])
            rec["record_no"] = number
            cell = next((values[k] for k, n in names.items() if n == "reported_at"), None)
            if cell and _DAY.match(cell):
                # a month and day with a clock: "Oct 30 2008" is 20:08, not a year
                rec["reported_at"] = _yearless(cell, year)
            elif rec["reported_at"] and rec["reported_at"][:4].isdigit():
                year = int(rec["reported_at"][:4])      # the year of the rows dated in full
            records.append(rec)
    return records


def read_serial_rows(page_texts: list[str], result: LogResult) -> LogResult:
    """``result``, or the rows opened by a short year-serial number when those numbers
    are not its records' own."""
    numbers = _serial_lines("\n".join(page_texts))
    if numbers is None:
        return result
    have = set(record_numbers(result.records)) if result.status == "records" else set()
    if sum(1 for n in numbers if n in have) >= 0.5 * len(numbers):
        return result
    records = _read(page_texts, set(numbers))
    dated = sum(1 for r in records if r["reported_at"])
    if len(records) < MIN_ROWS or dated < MIN_SHARE * len(records) or len(records) < len(result.records):
        return result
    return LogResult(records, "records", None, "table")
