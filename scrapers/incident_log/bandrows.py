"""Rows of records under a band: a call summary whose blocks each hold a small titled table
of the call's own reports, one a row, each numbered in its service's series.

A dispatch centre's call summary opens every call with a band holding the call's number,
its time and its place, printed once, then a line of column titles (``Agency  Incident No.
Incident Type  Disposition``, in each centre's own words) over one to three rows, one per
service that answered, each with the number that service gave it; a note may follow. Read
as labelled blocks, the band's number opens each block and the rows' numbers fall among
its related numbers: one record per call, none with its own number, type or outcome. The
rows are the records: each takes its cells by the titles above them and shares the band's
time, place and note; the band's number is a related one (the call it came from).

Told from the blocks read: the first block's line under its band is a title line of three
cells or more (words only, no value after a colon), the same titles under the band of
nearly every block (90%). The rows are the lines under the titles holding a number whose
position falls in one title's column (the same column on most rows: a number printed close
to the cell before it still counts); all those numbers different and none a band's. No
label, title or prefix is known beforehand."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import find_ids

MIN_BLOCKS = 5
SHARE = 0.9         # of the blocks: titled under their band, each with a row or more
_CELL = re.compile(r"\S+(?: \S+)*")
_LABEL_LEAD = re.compile(r"^\s*[A-Za-z][\w .#/]{0,24}:(?:\s|$)")     # "Notes: ...": a labelled line


def rows_under_bands(records: list[dict]) -> list[dict] | None:
    """One record per row of the small table under each band, or None when the blocks
    hold no such table."""
    if len(records) < MIN_BLOCKS or _titles(records[0]) is None:
        return None         # (the first block's second line: the cheap test before any other)
    head = _titles(records[0])
    key = _words(head)
    titled = [r for r in records if (t := _titles(r)) is not None and _words(t) == key]
    if len(titled) < SHARE * len(records):
        return None
    starts = [m.start() for m in _CELL.finditer(head)]
    id_col = _id_column(titled, starts)
    if id_col is None:
        return None
    bands = {r.get("record_no") for r in records}
    under_titles = {id(r) for r in titled}
    out: list[dict] = []
    numbers: list[str] = []
    for rec in records:
        rows = _rows(rec, id_col) if id(rec) in under_titles else None
        if not rows:
            out.append(rec)
            continue
        out += _row_records(rec, rows, id_col)
        numbers += [number for _, number, _ in rows]
    unread = len(out) - len(numbers)      # the blocks left as they were
    if len(records) - unread < SHARE * len(records) or len(set(numbers)) < len(numbers) or bands & set(numbers):
        return None
    return out


def _lines(rec: dict) -> list[str]:
    return [line for line in (rec.get("raw") or "").split("\n") if line.strip()]


def _titles(rec: dict) -> str | None:
    """The block's line under its band when it is a line of three column titles or more."""
    number = rec.get("record_no")
    lines = _lines(rec)
    if not number or len(lines) < 3 or number not in lines[0]:
        return None
    line = lines[1]
    cells = _CELL.findall(line)
    if len(cells) < 3 or any(c.endswith(":") or ": " in c for c in cells) or \
            any(ch.isdigit() for ch in line) or not is_title_line(line):
        return None
    return line


def _words(line: str) -> str:
    return " ".join(line.split())


def _column(starts: list[int], at: int) -> int:
    """The title whose column holds position ``at``: the last one starting at or before it
    (two characters' slack: a cell set a little left of its title)."""
    col = 0
    for k, s in enumerate(starts):
        if s <= at + 2:
            col = k
    return col


def _id_column(titled: list[dict], starts: list[int]) -> int | None:
    """The column holding the rows' numbers: the title nearest the first number of the
    lines under the titles on nearly all of them (80%) (a number printed left of its title,
    close to the cell before it, is still nearer its own title than that cell's)."""
    seen: Counter = Counter()
    for rec in titled[:50]:
        for line in _lines(rec)[2:]:
            if _LABEL_LEAD.match(line):
                break
            found = find_ids(line)
            if found:
                seen[min(range(len(starts)), key=lambda k: abs(starts[k] - found[0][0]))] += 1
    if sum(seen.values()) < MIN_BLOCKS:
        return None
    col, n = seen.most_common(1)[0]
    return col if n >= 0.8 * sum(seen.values()) else None


def _rows(rec: dict, id_col: int) -> list[tuple[str, str, int]] | None:
    """The block's rows under its titles: (line, number, where the number stands); the
    lines after the last row (a note) are the block's, shared by its rows."""
    lines = _lines(rec)
    starts = [m.start() for m in _CELL.finditer(lines[1])]
    lo = starts[id_col - 1] if id_col > 0 else -1
    hi = starts[id_col + 1] if id_col + 1 < len(starts) else 10 ** 6
    rows = []
    for line in lines[2:]:
        if _LABEL_LEAD.match(line):
            break
        # the number nearest the id column's title, inside its span (a number printed close
        # to the cell before it stands left of the title, right of the cell's start)
        inside = [(at, n) for at, n in find_ids(line) if lo < at < hi]
        if not inside:
            break
        at, number = min(inside, key=lambda x: abs(x[0] - starts[id_col]))
        rows.append((line, number, at))
    return rows


def _cells(line: str, number: str, at: int, starts: list[int], titles: list[str], id_col: int) -> dict[str, str]:
    """The row's values by the titles above them: the number under its own title, the
    words before and after it each under the title their position falls in."""
    values: dict[str, str] = {titles[id_col]: number}
    for text, start in ((line[:at], 0), (line[at + len(number):], at + len(number))):
        for m in _CELL.finditer(text):
            col = _column(starts, start + m.start())
            if col == id_col:       # words printed into the number's column: the cell beside
                col = id_col - 1 if start == 0 and id_col > 0 else min(id_col + 1, len(titles) - 1)
            title = titles[col]
            values[title] = f"{values[title]} {m.group()}" if title in values else m.group()
    return values


def _row_records(band: dict, rows: list[tuple[str, str, int]], id_col: int) -> list[dict]:
    lines = _lines(band)
    head = lines[1]
    starts = [m.start() for m in _CELL.finditer(head)]
    titles = [m.group() for m in _CELL.finditer(head)]
    rest = lines[2 + len(rows):]        # a note under the rows: the call's
    own = {number for _, number, _ in rows}
    shared = [n for n in band.get("related_numbers") or [] if n not in own]
    out = []
    for line, number, at in rows:
        values = _cells(line, number, at, starts, titles, id_col)
        names = {t: ("record_no" if t == titles[id_col] else column_for(t)) for t in values}
        if names[titles[id_col]] != "record_no":
            names[titles[id_col]] = "record_no"
        rec = build(values, names, page=band.get("page") or 1, number=number, raw=[lines[0], head, line] + rest)
        rec["record_no"] = number
        for key in ("reported_at", "occurred_at", "occurred_to", "location", "summary", "case_no"):
            if not rec.get(key) and band.get(key):
                rec[key] = band[key]
        others = [n for _, n in find_ids(line) if n != number]
        rec["related_numbers"] = [band["record_no"]] + [n for n in shared + others if n != band["record_no"]]
        rec["fields"] = {**(band.get("fields") or {}), **rec["fields"]}
        out.append(rec)
    return out
