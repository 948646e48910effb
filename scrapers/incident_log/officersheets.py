"""Officers' activity sheets compiled into one document: one record per incident.

A records unit asked for "the officers' logs" hands over every officer's sheet for each
shift, one after the other, each opened by a heading line of the same words (the sheet's
title, then the officer's own numbers). The unit of the printout is the officer's
activity, not the incident: an incident worked by several officers is printed again on
each of their sheets, and most lines of a sheet are no incident at all (breaks, checks,
stops that drew no number: a dash or a word in the number's place). Numbers of other
kinds stand on the sheets too: the sheet's own number, a reading taken on every line
(mileage), the officer's; none of them recurs on another sheet.

Told from the document alone: at least ``MIN_SHEETS`` heading lines at the page's margin
opening with the same words and differing after them (not once on every page: a running
head or foot); and one number form whose values recur on different sheets, at least
``MIN_SHARED`` of them and ``MIN_SHARE`` of the form's (the incidents worked by two
officers), listed once a sheet, several on most sheets (a sheet per report of one
incident is not an officer's list), none in a heading (the sheet's own number). Those
values are the incidents' numbers: each the record of its first listing; the entries or
rows carrying none of them are no records, and a reader that took another number for the
record's (the sheet's number, the reading) is read again on the numbered lines only.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from prr.scrapers.incident_log.text import parse_datetime, shape

MIN_SHEETS = 3
MIN_SHARED = 3
MIN_SHARE = 0.2         # of the form's values, recurring on another sheet
MIN_CARRYING = 0.5      # of the sheets, listing one of the form's values at least
MIN_PER_SHEET = 2       # values listed on a sheet carrying any, on average
MAX_TWICE = 0.1         # of the form's values, printed twice on one sheet
PLACE_SHARE = 0.5       # of the form's values, read inside the records' places: house numbers
SAME_NUMBERS = 0.8      # of the incidents' numbers, the records' own: read right; else read again
# a token that may be a number: letters, digits and joining dashes, four digits or more
_TOKEN = re.compile(r"(?<![\w/:.-])[A-Za-z]{0,4}-?\d[\dA-Za-z]*(?:-[\dA-Za-z]+)*(?![\w/:-])")
_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_TIME = re.compile(r"(?:[01]?\d|2[0-3]):?[0-5]\d")
# four digits that read as a time of day (the sheets' times recur with their shared incidents)
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# a heading's words: two or more, up to its first number (the sheet's, the officer's)
_HEADING = re.compile(r"\n([^\S\n]*)((?:[^\W\d_][\w'&.]*[^\S\n]+){2,}?)(?=\S*\d)")
_INDENT = re.compile(r"\n([^\S\n]*)\S")       # a line's indent, lines with text only



def sheet_starts(page_texts: list[str]) -> list[int]:
    """The indexes (in the document's lines, pages joined) of the lines opening a sheet
    ([] when the document has no such lines)."""
    # (each page searched with one pattern opening with a line's break, not line by line: a
    # yearly log's every line passes here, and few lines open with two words)
    found: dict[str, list[tuple[int, int, str, int]]] = defaultdict(list)
    base = 0        # the index of the page's first line
    for p, text in enumerate(page_texts):
        text = "\n" + text
        line, last = base - 1, 0
        for m in _HEADING.finditer(text):
            line += text.count("\n", last, m.start() + 1)
            last = m.start() + 1
            end = text.find("\n", last)
            found[" ".join(m.group(2).split())].append(
                (line, p, text[last:end if end >= 0 else len(text)].strip(), len(m.group(1))))
        base += text.count("\n")
    margins: dict[int, int] = {}
    best: list[int] = []
    per_page = [p for p, text in enumerate(page_texts) if text.strip()]
    for heads in found.values():
        if len(heads) < MIN_SHEETS:
            continue
        # (a heading starts at its page's margin, not set in as a sentence is)
        heads = [h for h in heads if h[3] <= _margin(page_texts, h[1], margins) + 1]
        if len(heads) < MIN_SHEETS or len({h[2] for h in heads}) < len(heads):
            continue        # a page's running title, a column title line: printed the same each time
        if sorted(h[1] for h in heads) == per_page:
            continue        # once on every page: the page's running head or foot (its page number)
        if len(heads) > len(best):
            best = [h[0] for h in heads]
    return best


def _margin(page_texts: list[str], page: int, margins: dict[int, int]) -> int:
    """The page's left margin: the least indent of its lines with text."""
    if page not in margins:
        indents = _INDENT.findall("\n" + page_texts[page])
        margins[page] = min(map(len, indents)) if indents else 0
    return margins[page]


def shared_numbers(lines: list[str], starts: list[int]) -> tuple[str, list[str]] | None:
    """The number form whose values recur on different sheets, and its values in order of
    first appearance; None when no form has ``MIN_SHARED`` such values, ``MIN_SHARE`` of
    its values, each listed once on a sheet (a place's house number recurs too, but
    beside many that do not, and twice on one sheet), on most sheets."""
    sheet_of = []
    sheet = -1
    start_set = set(starts)
    for k in range(len(lines)):
        if k in start_set:
            sheet += 1
        sheet_of.append(sheet)
    on: dict[str, list[int]] = defaultdict(list)       # each value: the sheet of each line printing it
    order: dict[str, list[str]] = defaultdict(list)
    for k, line in enumerate(lines):
        if sheet_of[k] < 0:
            continue
        for token in _TOKEN.findall(line):
            if sum(c.isdigit() for c in token) < 4 or _HHMM.fullmatch(token):
                continue
            if token not in on:
                order[shape(token)].append(token)
            on[token].append(sheet_of[k])
    counts = Counter(shape(t) for t, sheets in on.items() if len(set(sheets)) > 1)
    if not counts:
        return None
    series_shape, n = counts.most_common(1)[0]
    values = order[series_shape]
    twice = sum(1 for v in values if len(on[v]) > len(set(on[v])))
    if n < max(MIN_SHARED, MIN_SHARE * len(values)) or twice > MAX_TWICE * len(values):
        return None
    carrying = Counter(k for v in values for k in set(on[v]))
    if len(carrying) < MIN_CARRYING * len(starts):
        return None         # most sheets list no incident of the form: no sheets of incidents
    if sum(carrying.values()) < MIN_PER_SHEET * len(carrying):
        return None         # a sheet per incident (each report on one): no officer's list of them
    if any(v in lines[k] for k in starts for v in values):
        return None         # a sheet's own number (its heading's): no incident's
    return series_shape, values


def _lines(page_texts: list[str]) -> tuple[list[str], list[int]]:
    lines, pages = [], []
    for p, text in enumerate(page_texts):
        for line in text.split("\n"):
            lines.append(line)
            pages.append(p)
    return lines, pages


def read_officer_sheets(page_texts: list[str], result, parse):
    """``result`` with one record per incident where the document is officers' sheets
    (the same ``result`` otherwise); ``parse`` reads pages of text alone (``_read_log``)."""
    if result.status != "records" or not result.records:
        return result
    starts = sheet_starts(page_texts)
    if not starts:
        return result
    lines, pages = _lines(page_texts)
    found = shared_numbers(lines, starts)
    if found is None:
        return result
    values = found[1]
    if _in_places(result.records, values):
        return result       # the places' house numbers ("2400 block of ..." on many days): no incidents
    own = {n for r in result.records for n in (r.get("record_no"), r.get("case_no")) if n}
    if len(own & set(values)) < SAME_NUMBERS * len(values):
        # another number taken for the record's: the lines carrying the incidents' numbers read alone
        dates: dict[str, str] = {}
        reread = parse(_numbered_pages(lines, pages, starts, set(values), len(page_texts), dates))
        if reread.status != "records" or len(reread.records) < SAME_NUMBERS * len(values):
            return result
        _own_numbers(reread.records, set(values))
        _sheet_dates(reread.records, dates)
        result = reread
    result.records = _first_listings(result.records, set(values))
    return result


def _in_places(records: list[dict], values: list[str]) -> bool:
    """Most of the recurring values are read as part of the records' places: house numbers
    (a block's, rounded to the hundred, recurs across days), not incidents worked twice."""
    in_place = {t for r in records for t in _TOKEN.findall(r.get("location") or "")}
    return len(in_place.intersection(values)) >= PLACE_SHARE * len(values)


def _first_listings(records: list[dict], values: set[str]) -> list[dict]:
    """Each incident's first listing; the entries carrying none of the numbers left out."""
    kept, seen = [], set()
    for rec in records:
        number = next((n for n in (rec.get("record_no"), rec.get("case_no")) if n in values), None)
        if number is None or number in seen:
            continue
        seen.add(number)
        kept.append(rec)
    return kept


def _own_numbers(records: list[dict], values: set[str]) -> None:
    """A record read with another number as its own (a reading in its own column): the
    incident's number its line carries is its own."""
    for rec in records:
        if rec.get("record_no") in values or rec.get("case_no") in values:
            continue
        text = " ".join(str(v) for v in (rec.get("fields") or {}).values() if v)
        number = next((t for t in _TOKEN.findall(text) if t in values), None)
        if number is not None:
            rec["record_no"] = number


def _numbered_pages(lines: list[str], pages: list[int], starts: list[int], values: set[str],
                    n_pages: int, dates: dict[str, str]) -> list[str]:
    """The pages with only the lines carrying an incident's number at its first listing and
    the lines wrapped under them (blank where the number stands), under the column titles
    of the first sheet; ``dates`` told each number's sheet heading's date."""
    numbered = [k for k, line in enumerate(lines) if any(t in values for t in _TOKEN.findall(line))]
    if not numbered:
        return []
    titles = _titles(lines, starts, numbered[0])
    out: list[list[str]] = [[] for _ in range(n_pages)]
    seen: set[str] = set()
    start_set = set(starts)
    for k in numbered:
        number = next(t for t in _TOKEN.findall(lines[k]) if t in values)
        if number in seen:
            continue
        seen.add(number)
        heading = lines[max((s for s in starts if s <= k), default=starts[0])]
        if (date := _DATE.search(heading)) is not None:
            dates[number] = date.group(0)
        at = lines[k].index(number)
        out[pages[k]].append(lines[k])
        for j in range(k + 1, len(lines)):        # its wrapped lines: blank under the number
            line = lines[j]
            if j in start_set or pages[j] != pages[k] or not _wrapped(lines[k], line, at, len(number)):
                break
            out[pages[k]].append(line)
    return ["\n".join(titles + page) if page else "" for page in out]


def _titles(lines: list[str], starts: list[int], first: int) -> list[str]:
    """The column titles: the lines under the first sheet's heading printed again under
    another sheet's (the rows before the first numbered one are printed once)."""
    again = {" ".join(ln.split()) for s in starts[1:] for ln in lines[s + 1:s + 1 + (first - starts[0])]}
    return [ln for ln in lines[starts[0] + 1:first] if ln.strip() and " ".join(ln.split()) in again]


def _wrapped(row: str, line: str, at: int, width: int) -> bool:
    """``line`` is ``row``'s own wrapped on: blank under the number, and under most of the
    values before it (a line number of its own aside): a row of its own (a break, a check)
    prints its time and kind there."""
    if not line.strip() or line[at:at + width].strip():
        return False
    before = [(m.start(), m.end()) for m in re.finditer(r"\S+", row[:at])]
    blank = sum(1 for a, b in before if not line[a:b].strip())
    return 2 * blank >= len(before)


def _sheet_dates(records: list[dict], dates: dict[str, str]) -> None:
    """A row printing its time only: dated by its sheet's heading (the sheets' rows were read
    without their headings)."""
    for rec in records:
        date = dates.get(rec.get("record_no") or "")
        if date is None or rec.get("reported_at") or rec.get("occurred_at"):
            continue
        time = next((v for v in (rec.get("fields") or {}).values() if isinstance(v, str) and _TIME.fullmatch(v)), None)
        rec["reported_at"] = parse_datetime(f"{date} {time}" if time else date)
