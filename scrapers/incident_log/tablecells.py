"""The cells of a table row read into fields: note lines under a row, a time printed in the
next column, offences stacked in the type column, a number cell holding more text."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.columns import nearest
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import DATE_RE, DATETIME_RE, TIME_ONLY_RE, is_id, shape, squash

_WORD = re.compile(r"\S+")
# A note under a table row, in words rather than cells: a capitalised word and up to three
# more, then a colon or a date ("Occurred between 05/04/2025 16:20 and ...", "Reported
# 05/05/2025 01:35", "Arrest: 1 adult, booking no. ...")
_NOTE = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+){0,3}(?::\s| \S*\d)")
_NOTE_HEAD = re.compile(r"([A-Z][a-z]+(?: [a-z]+){0,3})(:\s+| (?=\S*\d))")
_LABEL_BEFORE_DATE = re.compile(rf"(?<!\S)([A-Z][a-z]+(?: [a-z]+){{0,3}}):? (?={DATE_RE.pattern})")


def _is_note(line: str) -> bool:
    text = squash(line)
    m = _NOTE_HEAD.match(text)
    return bool(m) and (m.group(2).startswith(":") or bool(DATE_RE.match(text, m.end())))


# A line under a row citing another series' number in words, no colon, no date ("Town PD
# case TPD-25-28602", "Booking # BK25-9836"): a few words, then the number ending the line
# (led by a capital: a line led by a small letter, "booking MCJ-25-2711", goes on a cell's
# sentence; no sentence ends before the number)
_REFERENCE = re.compile(r"\s*[A-Z][A-Za-z.#]*(?: [A-Za-z.#]+){0,5} (\S+)\s*$")
_SENTENCE_END = re.compile(r"[a-z]{2}\. ")
_AFTER_NUMBER = re.compile(r"(?:[-.][A-Z]{1,3})?")


def is_reference(line: str, ids: list[tuple[int, str]], own: str | None) -> bool:
    """A record's later line that only cites a number of another shape than the record's
    own (a related number, kept in related_numbers): no continuation of a cell. The number
    has five digits or more (a wrapped place's "Suite 101-A" is no reference)."""
    if len(ids) != 1 or own is None:
        return False
    m = _REFERENCE.match(line)
    tok = ids[0][1]
    # (the number may carry a letter part, "MSP 25-3816-AB", that the number pattern leaves out)
    return bool(m) and m.group(1).startswith(tok) and _AFTER_NUMBER.fullmatch(m.group(1), len(tok)) is not None \
        and shape(tok) != shape(own) and sum(map(str.isdigit, tok)) >= 5 and not _SENTENCE_END.search(line)


def _read_notes(lines, values: dict[str, str], mapping: dict) -> None:
    for line in lines:
        if not _is_note(line):      # a reference line: its number is a related number, no value
            continue
        _read_note(line, values, mapping)


def _read_note(line: str, values: dict[str, str], mapping: dict) -> None:
    """A note's dates under the words before each ("Occurred between" -> occurred_at,
    "Reported" -> reported_at); a "Label: text" note is kept under its label."""
    text = squash(line)
    found = list(_LABEL_BEFORE_DATE.finditer(text))
    if not found:
        label, _, rest = text.partition(":")
        # a note whose label names a field no column of the row has named ("Location: ...")
        field = column_for(label)
        taken = field in mapping.values() or field in ("record_no", "case_no", "reported_at", "occurred_at")
        values[label], mapping[label] = rest.strip(), field if field and not taken else None
        return
    for m, nxt in zip(found, found[1:] + [None]):
        label = m.group(1)
        values[label] = text[m.end():nxt.start() if nxt else len(text)].strip()
        field = column_for(label)
        mapping[label] = field if field in ("reported_at", "occurred_at") and field not in mapping.values() else None
_LEADING_ID = re.compile(r"([A-Z]{0,4}-?\d[\dA-Z-]*\d)\s*/\s*")


def _cut_at(line: str, cols: list[tuple[int, int]], col: int, x: int) -> tuple[str, str]:
    """The words of column ``col`` on a line: those ending before position ``x``, the rest."""
    if 0 < x < len(line) and line[x - 1] != " ":
        line = line[:x] + " " + line[x:]     # a number glued to the word before it
    left, right = [], []
    for m in _WORD.finditer(line):
        if nearest(cols, (m.start() + m.end() - 1) / 2) == col:
            (left if m.end() < x else right).append(m.group())
    return " ".join(left), " ".join(right)


_LEADING_TIME = re.compile(r"^((?:[01]\d|2[0-3])[0-5]\d|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\s+(\S.*)$")


def _time_in_next_column(fields_of: list, rows: list[list[str]]) -> tuple[int, int] | None:
    """(date column, its neighbour) when the dates carry no time and nearly every value of
    the next column starts with one: the time printed one space into the neighbour belongs
    to the date ("March 2, 2016 | 0057 Darnall Hall" under "Date/Time Occurred | Location")."""
    for k in range(len(fields_of) - 1):
        if fields_of[k] not in ("reported_at", "occurred_at") or fields_of[k + 1] in ("reported_at", "occurred_at"):
            continue
        dates = [r[k] for r in rows if k < len(r) and r[k]]
        after = [r[k + 1] for r in rows if k + 1 < len(r) and r[k + 1]]
        if len(after) < 3 or len(dates) < 3:
            continue
        matches = [DATETIME_RE.search(v) for v in dates]
        if sum(1 for m in matches if m and not m.group(2)) < 0.8 * len(dates):
            continue
        if sum(1 for v in after if _LEADING_TIME.match(v)) >= 0.8 * len(after):
            return k, k + 1
    return None


# the time moved with its AM/PM, whether or not words follow ("8:30 PM" leaves nothing)
_TIME_TO_MOVE = re.compile(r"^((?:[01]\d|2[0-3])[0-5]\d|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?(?!\w))?)"
                           r"(?:\s+(\S.*))?$")
_TIMES_ONLY = re.compile(r"[-\u2013\s\d:./AaPpMm]*")


def _move_time(vals: list[str], date_col: int, next_col: int) -> list[str]:
    m = _TIME_TO_MOVE.match(vals[next_col]) if next_col < len(vals) else None
    if not m or not vals[date_col]:
        return vals
    vals = list(vals)
    rest = m.group(2) or ""
    # what is left of a range of times ("1:00 PM - 2:10 PM") is no value of the column
    vals[date_col], vals[next_col] = f"{vals[date_col]} {m.group(1)}", "" if _TIMES_ONLY.fullmatch(rest) else rest
    return vals


def _offences(lines: list[list[str]], col: int) -> str:
    """The type cell of a record: a later line that fills the type column and other columns
    too (its own date, or two more cells) is another offence of the same incident; a line
    that only continues the type column (and maybe a wrapped place) is the cell wrapping."""
    out = ""
    numbered = False
    for n, parts in enumerate(lines):
        piece = parts[col] if col < len(parts) else ""
        if not piece:
            continue
        # charges numbered "1) 2) 3)", one a line: each number starts an offence (dropped)
        m = _ENUMERATED.match(piece) if piece[0] in _ENUM_FIRST else None
        if not out:
            numbered = m is not None
        if m and numbered:
            piece = piece[m.end():]
            if out:
                out = f"{out} // {piece}"
                continue
        filled = [p for p in parts if p]
        if n and out and len(filled) >= 2 and (len(filled) >= 3 or any(DATE_RE.search(p) or TIME_ONLY_RE.match(p)
                                                                       for p in filled)
                                               or _coded(lines[0], parts, col)):
            out = f"{out} // {piece}"
        else:
            out = f"{out} {piece}".strip()
    return out


_ENUMERATED = re.compile(r"\(?\d{1,2}[).]\s+(?=\S)")
_CODE = re.compile(r"[0-9A-Z]{1,4}")


def _coded(first: list[str], parts: list[str], col: int) -> bool:
    """A later line whose other cell is a short code in a column where the first line has
    one too ("90Z  All Other Offenses" under "90C  Disorderly Conduct"): an offence with
    its own code, not the type cell wrapping."""
    return any(p and j != col and j < len(first) and _CODE.fullmatch(p) and _CODE.fullmatch(first[j])
               for j, p in enumerate(parts))
_ENUM_FIRST = frozenset("(0123456789")


def _split_number_cell(values: dict[str, str], mapping: dict, name: str, number: str) -> None:
    """A cell holding the record number and more text ("22-000602 / Theft From Building.
    Complainant reported ..."): the number is the number; the text after it is the type
    (to the first full stop) and the summary, unless other columns hold those. Text before
    it belongs to a column merged into this one: its title's first word says which
    ("Location Case Number / ..." -> location)."""
    cell = values.get(name) or ""
    before, _, after = cell.partition(number)
    values[name] = number
    mapped = set(mapping.values())
    if before.strip():
        words = name.split()
        field = next((column_for(" ".join(words[:n])) for n in (1, 2) if len(words) > n), None)
        if field and field not in mapped and field not in ("case_no", "record_no"):
            values[f"{name} (before number)"] = before.strip()
            mapping[f"{name} (before number)"] = field
            mapped.add(field)
        else:
            values[f"{name} (before number)"] = before.strip()
    rest = squash(after).strip(" /-:")
    # another number printed after it ("22-000282 / 21-008021 / Stalking") is a related
    # number (kept in related_numbers), not the start of the type
    while True:
        m = _LEADING_ID.match(rest)
        if not m or not is_id(m.group(1)):
            break
        rest = rest[m.end():]
    if not rest:
        return
    if DATETIME_RE.fullmatch(rest) and not mapped & {"reported_at", "occurred_at"}:
        # "TC25-01203 09/03/2025 03:46" under "Report No. Date/Time": the cell's date, when
        # no column gives one, is the report's (not a type)
        values["_reported"] = rest
        mapping["_reported"] = "reported_at"
        return
    if "type" not in mapped:
        head, _, tail = rest.partition(". ")
        values["_type"] = head.strip()
        mapping["_type"] = "type"
        rest = tail
    if rest and "summary" not in mapped:
        values["_summary"] = rest
        mapping["_summary"] = "summary"
