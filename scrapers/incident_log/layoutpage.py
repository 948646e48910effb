"""A fixed-width data file printed after its record-layout page: page 1 documents the
record layout (one line per field: its name, then two numbers, where it starts and how
long it is or where it ends, then a type or a description), the pages after it are the
file's records, one a line, with no column titles over them.

The records are no table the page shows (no titles; the columns are wherever the values
happen to be wide), so they are cut where the layout says: each field's characters,
counted from the line's margin. A printout keeps the characters of a run of text (values
one blank apart) in place but may print a long run of blanks a column or two too short or
too long, so a run starting a couple of columns off a field's start is put back at it
first. The fields' names are the layout's, named like a table's column titles and typed by
their values; the record's number is the field whose values number the records (all
different, shaped like case numbers), as for lines of ``KEY=value`` pairs. Lines of other
kinds (a header and a trailer record, the printer's head and foot lines) are left out: a
one-character first field is the record-type code, and the records are the lines of the
most common code whose number has the numbers' common shape. Other numbers in fields no
common name tells (a CAD call number, a related incident's number) are related numbers.

Told from page 1 alone (four or more lines of a name and two numbers that chain into
consecutive column spans), so other logs pay one pattern match on one page."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.keyvalue import _record_key
from prr.scrapers.incident_log.pagefurniture import furniture, mask
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import cells, shape

MIN_FIELDS = 4          # lines of a layout, at least (fewer say nothing of a record's shape)
MAX_GAP = 1             # blanks a layout may leave between two fields
DRIFT = 3               # columns a printed run of text may stand off its field's start
_LAYOUT_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)\s+(\d{1,4})\s+(\d{1,4})(?:\s|$)")
_THREE_DIGITS = re.compile(r"\d{3}")


def read_layout_page(page_texts: list[str]):
    """The records of a fixed-width file printed after its layout (a ``LogResult``), or None."""
    from prr.scrapers.incident_log.log import LogResult

    if len(page_texts) < 2:
        return None
    fields = record_layout(page_texts[0].splitlines())
    if fields is None:
        return None
    names = [name for name, _, _ in fields]
    pages = [text.splitlines() for text in page_texts[1:]]
    page_marks = furniture(pages)       # the printer's head and foot lines: no records
    lines = [(page, line) for page, page_lines in enumerate(pages, start=2)
             for line in page_lines if line.strip() and mask(line) not in page_marks]
    if not lines:
        return None
    margin = Counter(len(line) - len(line.lstrip(" ")) for _, line in lines).most_common(1)[0][0]
    rows = [(page, line, cut_fields(line[margin:], fields)) for page, line in lines]
    if fields[0][2] - fields[0][1] == 1:
        # a one-character first field: the record-type code (header, detail, trailer records)
        detail = Counter(values[0] for _, _, values in rows).most_common(1)[0][0]
        rows = [row for row in rows if row[2][0] == detail]
    dicts = [{name: value for name, value in zip(names, values) if value} for _, _, values in rows]
    key = _record_key(dicts)
    if key is None:
        return None
    common = Counter(shape(d.get(key, "")) for d in dicts).most_common(1)[0][0]
    kept = [(row, d) for row, d in zip(rows, dicts) if shape(d.get(key, "")) == common]
    if len(kept) < 3:
        return None
    id_col = names.index(key)
    kinds = name_columns(names, [row[2] for row, _ in kept[:400]], id_col, by_values=True)
    named = dict(zip(names, kinds))
    out = []
    for (page, line, _values), pairs in kept:
        number = pairs[key]
        rec = build(pairs, named, page=page, number=number, raw=[line])
        rec["related_numbers"] = list(dict.fromkeys(
            v for k, v in pairs.items() if k != key and not named.get(k) and v != number
            and _THREE_DIGITS.search(v) and " " not in v))
        out.append(rec)
    return LogResult(out, "records", None, "fixed-width records")


def record_layout(lines: list[str]) -> list[tuple[str, int, int]] | None:
    """(name, start, end) of each field, counted from 0, from the longest run of layout
    lines whose numbers chain into consecutive spans; None when the page has none."""
    best: list[tuple[str, int, int]] | None = None
    run: list[tuple[str, int, int]] = []
    for line in lines + [""]:
        m = _LAYOUT_LINE.match(line)
        if m:
            run.append((m.group(1), int(m.group(2)), int(m.group(3))))
            continue
        spans = _spans(run) if len(run) >= MIN_FIELDS else None
        if spans and (best is None or len(spans) > len(best)):
            best = spans
        run = []
    return best


def _spans(run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """The fields' spans: the two numbers read as start and length, or as start and end,
    whichever makes each field end just before the next begins."""
    first = run[0][1]
    for ends in (lambda a, b: a + b, lambda a, b: b + 1):     # (exclusive end, 1-based)
        spans = [(name, a, ends(a, b)) for name, a, b in run]
        if all(a < end and 0 <= after[1] - end <= MAX_GAP for (_, a, end), after in zip(spans, spans[1:])):
            base = min(first, 1)      # positions counted from 1 (or from 0 when one is 0)
            return [(name, a - base, end - base) for name, a, end in spans]
    return None


def cut_fields(line: str, fields: list[tuple[str, int, int]]) -> list[str]:
    """Each field's value, stripped, after putting back runs printed a little off their field."""
    starts = [a for _, a, _ in fields]
    placed: list[str] = []
    for start, _end, text in cells(line):
        at = min(starts, key=lambda a: abs(a - start))
        # (never onto text already placed: a run that close to a start is that field's value)
        if abs(at - start) <= DRIFT and at >= len(placed) + (1 if placed else 0):
            start = at
        placed += [" "] * (start - len(placed)) + list(text)
    fixed = "".join(placed)
    return [fixed[a:end].strip() for _, a, end in fields]
