"""A data export printed as raw CSV text: a header line of quoted column names, then one
quoted, comma-separated row per record, word-wrapped over several printed lines (a fixed
width printer breaks a row wherever it reaches the margin, inside a field or between two).

The printed lines are no table (no columns line up) and no entries (a continuation line
starts anywhere), so the rows are put back together as the CSV reader sees them: lines are
joined (with the space the wrap took) until the quotes balance and the row holds as many
fields as the header; the header's names are the fields' names, read like a table's column
titles, and the record's number is the field whose values number the rows (all different,
shaped like case numbers), as for lines of ``KEY=value`` pairs.

Told from the first lines of page 1 (a line of four or more quoted names, commas between),
so other logs pay one pattern match on a few lines. A CSV file as written (quotes only around
cells that need them: a file attached to a PDF) has its names bare: a line of four or more
names without digits, commas between and no wide gaps; its rows start on any line."""
from __future__ import annotations

import csv
import re

from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.hardwrap import cut_at_delimiter, cut_width, join_printed, left_margin
from prr.scrapers.incident_log.keyvalue import _record_key
from prr.scrapers.incident_log.pagefurniture import furniture, mask
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import ID_RE, is_id

SAMPLE = 40             # lines of page 1 looked at for the header
MAX_LINES = 8           # printed lines one row may take
_HEADER = re.compile(r'^\s*"[A-Za-z][^"\d]{0,40}"(?:\s*[,;]\s*"[A-Za-z][^"\d]{0,40}"){3,}\s*$')
_BARE_HEADER = re.compile(r"^[A-Za-z][A-Za-z_ ./#()-]{0,40}(?:,[A-Za-z][A-Za-z_ ./#()-]{0,40}){3,}$")
_THREE_DIGITS = re.compile(r"\d{3}")


def _header(line: str) -> bool | None:
    """True for a header of quoted names, False for one of bare names, None for no header."""
    if _HEADER.match(line):
        return True
    if _BARE_HEADER.match(line) and "  " not in line:
        return False
    return None


def read_printed_csv(page_texts: list[str]):
    """The records of a CSV export printed as text (a ``LogResult``), or None when it is not one."""
    from prr.scrapers.incident_log.log import LogResult

    if not page_texts:
        return None
    first = page_texts[0].splitlines()[:SAMPLE]
    at = next((i for i, line in enumerate(first) if _header(line) is not None), None)
    if at is None:
        return None
    header_line = first[at]
    delim = "," if header_line.count(",") >= header_line.count(";") else ";"
    names = [n.strip() for n in _fields(header_line, delim)]
    rows = _rows(page_texts, header_line, delim, len(names), quoted=_header(header_line))
    if len(rows) < 3:
        return None
    dicts = [dict(zip(names, values)) for _, values, _ in rows]
    key = _record_key(dicts)
    if key is None:
        return None
    id_col = names.index(key)
    kinds = name_columns(names, [values for _, values, _ in rows[:400]], id_col, by_values=True)
    named = dict(zip(names, kinds))
    out = []
    for (page, _values, raw), pairs in zip(rows, dicts):
        number = pairs[key]
        rec = build(pairs, named, page=page, number=number, raw=raw)
        # other numbers in fields no common field names ("E4434382;E4418628"), and numbers
        # of the same shape cited in the text (an earlier record followed up)
        related = [n for k, v in pairs.items() if k != key and not named.get(k) and _THREE_DIGITS.search(v)
                   for n in re.split(r"[;,\s]+", v) if n]
        related += [m.group(1) for k, v in pairs.items() if k != key and named.get(k) == "summary"
                    for m in ID_RE.finditer(v) if is_id(m.group(1))]
        rec["related_numbers"] = list(dict.fromkeys(n for n in related if n != number))
        out.append(rec)
    return LogResult(out, "records", None, "csv rows")


def _fields(text: str, delim: str) -> list[str]:
    return next(csv.reader([text], delimiter=delim, skipinitialspace=True), [])


def _rows(page_texts: list[str], header_line: str, delim: str, n: int,
          quoted: bool = True) -> list[tuple[int, list[str], list[str]]]:
    """(page, values, printed lines) of every row, its wrapped lines joined back."""
    pages = [text.splitlines() for text in page_texts]
    # the printer's head and foot lines: a row cut at a page's end goes on after them
    page_marks = furniture(pages)
    printed = [line for lines in pages for line in lines if mask(line) not in page_marks]
    # an editor's hard wrap at a fixed width (hardwrap.py): cut lines join without a space
    width, indent = cut_width(printed), left_margin(printed)
    out = []
    open_row: list[str] = []
    page_of = 0
    for page, lines in enumerate(pages, start=1):
        for line in lines:
            if not line.strip() or line == header_line or page_marks and mask(line) in page_marks:
                continue
            if not open_row:
                if quoted and not line.lstrip().startswith('"'):
                    continue        # a comment, a page's header or footer: no row
                open_row, page_of = [line], page
            else:
                open_row.append(line)
            joined = join_printed(open_row, width, indent)
            if joined.count('"') % 2 == 0 and not cut_at_delimiter(line, width, delim):
                values = _fields(joined, delim)
                if len(values) == n and sum(1 for v in values if v.strip()) <= 1 < n - 2:
                    open_row = []       # a closing count in the first cell ("TOTAL RECORDS: 88",,,,,): no row
                    continue
                if len(values) == n:
                    out.append((page_of, [" ".join(v.split()) for v in values], open_row))
                    open_row = []
                    continue
                if len(values) > n:
                    open_row = []
                    continue
            if len(open_row) >= MAX_LINES:
                open_row = []
    return out
