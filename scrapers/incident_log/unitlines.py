"""A unit status log: one line per unit's status change, an incident's number on each.

A dispatch system printed from the units' side gives a line for every status a unit
takes (dispatched, en route, on scene, clear), the incident's number repeated on each,
lines of one incident mixed with other incidents' lines (sorted by time) or printed again
under a second unit; lines of a unit's own status (a break, out of service) carry no
number. Each status change is read as a record (a unit name shaped like an id, ``1A12``,
left of the number can hide the number column; a number column read as the records'
own keeps a record a line); the records are the incidents, once each, in order of first
appearance.

Told from the records already read (the first 240, a few counts per column, so other
logs pay next to nothing): a column of one-word, id-shaped values (not a date or time)
on most lines, each value on two lines or so on average, a value's lines close together
(an incident's statuses follow each other within a stretch; a zip or an offence code
recurs all through a log), and a column of a few short words or codes (the statuses:
``ONSC``, ``10-97``) that changes between the lines of one number. Where two columns
qualify (a per-unit response number beside the incident's), the one with fewer values
is the incident's, the other related. A column of the records' own dates printed as bare
digits ("20240401") repeats on a day's lines as a number would, and is no incident's.

A message log (a mobile data terminal's message switch) is the same log written as
messages: one short message a line, the incident's number inside its text at no fixed
place, so no column holds it and the rows, read as a table, name nothing and are no log.
There (``join_message_lines``, tried only on such rows) the number each row cites in its
text is the key, told as the column is (cited on most rows, twice or so each, its rows
close together, its messages differing), and the values are read from the labels the
messages carry (``TYPE: ... ADDR: ...``).

A report keyed by each unit's response prints that response's number first on each of its
status lines: the table reader joins those lines into one record per response (its status
cell holding the statuses one after another), and the incident's number is then shared by
a few records only. Each record is counted as the lines printing the number, and a cell
of as many status words as those lines as their statuses, so the response number and the
incident's qualify as they would line by line, and the incident's (fewer values) joins the
responses; only records whose lines each repeat the number are counted so.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.record import compact_date
from prr.scrapers.incident_log.text import shape

_ID = re.compile(r"^(?=.*\d{3})[A-Z0-9][A-Z0-9#/-]*[0-9]$", re.I)
_DATE_OR_TIME = re.compile(r"^\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{1,4})?$")
_STATUS = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,9}$", re.I)     # a word or a code ("ONSC", "10-97")
SAMPLE = 240            # lines looked at to tell the layout
MIN_LINES = 8
MIN_REPEAT = 1.8        # lines per number, on average
MAX_STATUSES = 12       # distinct words of the status column
MAX_SPREAD = 0.25       # an incident's lines lie within this share of the lines looked at


_OWN = ("record_no", "case_no")     # the record's own numbers, as read, beside its columns


def _value(record: dict, column: str):
    v = record.get(column) if column in _OWN else (record.get("fields") or {}).get(column)
    return v.strip() if isinstance(v, str) else None


def _lines(record: dict, value: str) -> int:
    """The printed lines a record joins that carry ``value`` (one for a record of one
    line, or whose number is printed once)."""
    raw = record.get("raw") or ""
    if raw.count(value) < 2:        # most records: printed once (a C-speed count first)
        return 1
    return sum(1 for line in raw.splitlines() if value in line.split()) or 1


def _id_share(values: list) -> float:
    return sum(1 for v in values if v and _ID.match(v) and not _DATE_OR_TIME.match(v)) / len(values)


def _spread(values: list, counts: list[int] | None = None) -> float:
    """How far apart the lines of one value lie, as a share of the lines looked at (the
    median over values printed twice or more): an incident's status lines follow each
    other within a stretch, a code (a zip, an offence code) recurs all through the log.
    ``counts``: the lines each record stands for (one each where not given)."""
    where: dict[str, list[int]] = {}
    printed: dict[str, int] = {}
    for i, (v, n) in enumerate(zip(values, counts or [1] * len(values))):
        if v:
            where.setdefault(v, []).append(i)
            printed[v] = printed.get(v, 0) + n
    spans = sorted(w[-1] - w[0] for v, w in where.items() if printed[v] >= 2)
    return spans[len(spans) // 2] / len(values) if spans else 1.0


def _statuses(record: dict, col: str, lines: int) -> list[str]:
    """The statuses a record's cell gives: one, or one per line of a record joining
    several status lines (one word a line)."""
    v = _value(record, col)
    if not v:
        return []
    parts = v.split()
    if 1 < len(parts) <= lines and all(_STATUS.match(w) for w in parts):
        return parts
    return [v]


def _status_column(sample: list[dict], key: str, columns: list[str], counts: list[int]) -> str | None:
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(sample):
        k = _value(r, key)
        if k:
            groups.setdefault(k, []).append(i)
    multi = [g for g in groups.values() if sum(counts[i] for i in g) >= 2]
    if len(multi) < 3:
        return None
    for col in columns:
        if col == key:
            continue
        cells = [_statuses(r, col, n) for r, n in zip(sample, counts)]
        present = [c for c in cells if c]
        words = {w for c in present for w in c if _STATUS.match(w)}
        # a few cells may hold two lines' words run together
        if len(present) < 0.8 * len(sample) or sum(c[0] in words for c in present) < 0.95 * len(present):
            continue
        if len(words) > MAX_STATUSES or len(words) < 2:
            continue
        changing = sum(1 for g in multi if len({w for i in g for w in cells[i]}) > 1)
        if changing >= 0.8 * len(multi):
            return col
    return None


def _own_dates(sample: list[dict], vals: list) -> bool:
    """The column holds each record's own date as bare digits ("20240401", read as its
    date): a day's lines repeat it, and a column beside it can change like statuses (a
    zone, a beat), but it numbers no incident."""
    present = [(r, v) for r, v in zip(sample, vals) if v]
    dated = sum(1 for r, v in present if (iso := compact_date(v)) != v
                and any((r.get(f) or "").startswith(iso) for f in ("reported_at", "occurred_at")))
    return dated >= 0.8 * len(present)


def _key_column(records: list[dict]) -> str | None:
    sample = records[:SAMPLE]
    columns = list(_OWN) + list(dict.fromkeys(c for r in sample[:20] for c in (r.get("fields") or {})))
    found = []
    for col in columns:
        vals = [_value(r, col) for r in sample]
        present = [v for v in vals if v]
        if len(present) < 0.6 * len(sample) or _id_share(present) < 0.95 or _own_dates(sample, vals):
            continue
        distinct = len(set(present))
        # a record joining status lines that each print the number counts as those lines
        counts = [_lines(r, v) if v else 1 for r, v in zip(sample, vals)]
        if sum(n for n, v in zip(counts, vals) if v) < MIN_REPEAT * distinct:
            continue
        if _spread(vals, counts) > MAX_SPREAD:
            continue
        if _status_column(sample, col, columns[len(_OWN):], counts) is not None:
            found.append((distinct, col))
    return min(found)[1] if found else None


def join_unit_lines(records: list[dict]) -> list[dict]:
    """The records of a unit status log joined into one per incident number, lines with
    no number left out; other records unchanged."""
    if len(records) < MIN_LINES:
        return records
    key = _key_column(records)
    if key is None:
        return records
    joined = _joined(records, lambda r: (k if (k := _value(r, key)) and _ID.match(k) else None), key)
    return joined if len(joined) >= 2 else records


def _joined(records: list[dict], number_of, key: str, cited=lambda r: None) -> list[dict]:
    """One record per number (``number_of(record)``, None on a line of no incident), in
    order of first appearance, its values those of its first line filled from the later
    ones, its result the last line's; ``cited(record)``: a number a line cites that is no
    incident's (an earlier one), related to the incident of the line before."""
    joined: dict[str, dict] = {}
    last = None
    for r in records:
        k = number_of(r)
        if not k:
            c = cited(r)
            if c and last is not None and c not in last["related_numbers"]:
                last["related_numbers"].append(c)
            continue
        # a number read as the record's own that is not the incident's (a unit's
        # response number): related
        others = [r.get(name) for name in _OWN if r.get(name) and r.get(name) != k]
        first = joined.get(k)
        opens = first is None
        if opens:
            first = joined[k] = dict(r, fields=dict(r.get("fields") or {}))
            first.update({name: None for name in _OWN})
            first[key if key in _OWN else "record_no"] = k
            if first.get("type") == k:
                first["type"] = None
            for name in ("offences", "related_numbers"):
                if isinstance(first.get(name), list):
                    first[name] = [v for v in first[name] if v != k]
            first["related_numbers"] = list(first.get("related_numbers") or [])
        last = first
        for v in others:
            if v not in first["related_numbers"]:
                first["related_numbers"].append(v)
        if opens:
            continue
        for col, v in (r.get("fields") or {}).items():
            if v and not first["fields"].get(col):
                first["fields"][col] = v
        for name in ("location", "occurred_to", "summary"):
            if r.get(name) and not first.get(name):
                first[name] = r[name]
        if r.get("disposition"):
            first["disposition"] = r["disposition"]
    return list(joined.values())


def join_message_lines(records: list[dict]) -> list[dict] | None:
    """The rows of a message log joined into one record per incident number cited in their
    text, or None when the rows are not written so (they are read as they were)."""
    if len(records) < MIN_LINES:
        return None
    sample = records[:SAMPLE]       # (told on the first rows: a table that is no log pays little)
    if not _messages_per_number(sample, [_cited(r) for r in sample]):
        return None
    cited = [_cited(r) for r in records]
    lines: dict[str, int] = {}
    for c in cited:
        if c:
            lines[c] = lines.get(c, 0) + 1
    repeated = [c for c, n in lines.items() if n >= 2]
    shapes = {shape(c) for c in repeated}
    lowest = min(map(_order, repeated))
    # a number printed once, shaped as the incidents' and below them all, is an earlier
    # incident the message cites (a call at the same place before); one of another shape
    # is no incident number (a plate, a permit)
    own = {c for c, n in lines.items() if n >= 2 or shape(c) in shapes and _order(c) >= lowest}
    earlier = {c for c in lines if c not in own and shape(c) in shapes}
    by_row = {id(r): c for r, c in zip(records, cited)}
    joined = _joined(records, lambda r: c if (c := by_row[id(r)]) in own else None, "record_no",
                     lambda r: c if (c := by_row[id(r)]) in earlier else None)
    for rec in joined:
        rec["related_numbers"] = [v for v in rec["related_numbers"] if v != rec["record_no"]]
    for rec, rows in zip(joined, _rows_by_number(records, by_row, own)):
        _message_values(rec, rows)
    return joined if len(joined) >= 2 else None


def _cited(record: dict) -> str | None:
    """The one number a row's text cites (not its own: none is read in a message log)."""
    if record.get("record_no") or record.get("case_no"):
        return None
    numbers = record.get("related_numbers") or ()
    return numbers[0] if len(numbers) == 1 and _ID.match(numbers[0]) else None


def _messages_per_number(sample: list[dict], cited: list[str | None]) -> bool:
    """Most rows cite one number in their text, each number on two rows or so on average,
    its rows close together, and its rows' messages differ (an assignment, then the
    unit's acknowledgement, arrival, clearing): the log of an incident's messages, not a
    column of numbers nor a page printed twice."""
    present = [c for c in cited if c]
    if len(present) < 0.6 * len(sample):
        return False
    rows: dict[str, list[dict]] = {}
    for r, c in zip(sample, cited):
        if c:
            rows.setdefault(c, []).append(r)
    multi = [(c, g) for c, g in rows.items() if len(g) >= 2]
    if len(multi) < 3 or sum(len(g) for _, g in multi) < MIN_REPEAT * len(multi):
        return False
    if sum(len(g) for _, g in multi) < 0.8 * len(present) or _spread(cited) > MAX_SPREAD:
        return False
    changing = sum(1 for c, g in multi if len({_message(r, c) for r in g}) > 1)
    return changing >= 0.8 * len(multi)


def _message(record: dict, number: str) -> str:
    """The text of the row's cell that holds the number, the number taken out."""
    for v in (record.get("fields") or {}).values():
        if isinstance(v, str) and number in v:
            return " ".join(v.replace(number, " ").split())
    return ""


def _order(number: str) -> int:
    """A number's place in its series: its digits read as one (a year, then a serial)."""
    return int("".join(_DIGITS.findall(number)) or 0)


def _rows_by_number(records: list[dict], by_row: dict, own: set[str]) -> list[list[dict]]:
    rows: dict[str, list[dict]] = {}
    for r in records:
        c = by_row[id(r)]
        if c in own:
            rows.setdefault(c, []).append(r)
    return list(rows.values())


def _message_values(rec: dict, rows: list[dict]) -> None:
    """Values the messages name with labels of their own (``TYPE: ...``, ``ADDR:...``): a
    type or place where none is read yet (the first message's), the result the last one's."""
    for row in rows:
        for v in (row.get("fields") or {}).values():
            if not isinstance(v, str) or ":" not in v:
                continue
            for field, value in _labelled(v):
                if field == "disposition" or not rec.get(field):
                    rec[field] = value
    if rec.get("type") and not rec.get("offences"):
        rec["offences"] = [rec["type"]]


_LABEL = re.compile(r"(?<![\w/#-])([A-Za-z]{2,12}):\s*")
_PART_END = re.compile(r"\s+(?://|\||;)\s*|\s{3,}")
_DIGITS = re.compile(r"\d+")
_NAMED = ("type", "location", "disposition")


def _labelled(text: str) -> list[tuple[str, str]]:
    """(common field, value) of each label in a message that names one of the common fields."""
    marks = list(_LABEL.finditer(text))
    out = []
    for m, after in zip(marks, marks[1:] + [None]):
        field = column_for(m.group(1))
        if field not in _NAMED:
            continue
        value = text[m.end():after.start() if after else len(text)]
        value = _PART_END.split(value, 1)[0].strip(" /|;,-")
        if value:
            out.append((field, value))
    return out
