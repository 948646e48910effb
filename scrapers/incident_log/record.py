"""One record built from its named values: the common fields filled (dates joined with their
times, a range's end kept, a type's narrative parted, the offences listed), every value also
kept under its own name in ``fields`` and the record's lines in ``raw``. Which common field
each name fills is ``fields.py``'s to say."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from prr.scrapers.incident_log.text import DATETIME_RE, TIME_ONLY_RE, parse_datetime, parse_range, squash
from prr.scrapers.incident_log.valuetails import without_furniture

COLUMNS = ("record_no", "case_no", "type", "occurred_at", "reported_at", "disposition", "location", "summary")
_TYPE_THEN_TEXT = re.compile(r"^([^:.]{3,60}?):+\s+(\S.{19,})$", re.S)
_COLON_SPACE = re.compile(r":\s")      # what _TYPE_THEN_TEXT needs somewhere (cheaper to look for)
_OFFENCE_SEP = re.compile(r"\s+//\s+|\n")


_EMPTY_RECORD: dict = {"page": None, **{c: None for c in COLUMNS}, "occurred_to": None, "offences": None,
                      "related_numbers": None}


def build(values: dict[str, str], names: dict[str, str | None], *, page: int, number: str | None,
          raw: list[str], context_date: str | None = None, loose: list[str] = ()) -> dict:
    """A record from named values (``names``: value name -> common field or None)."""
    rec: dict = _EMPTY_RECORD.copy()
    rec["page"], rec["offences"], rec["related_numbers"] = page, [], []
    fields: dict[str, str | None] = {}
    dates: dict[str, list[str]] | None = None
    for name, value in values.items():
        # squash() inlined (four values a record, tens of thousands of records a log)
        if not value:
            value = ""
        elif "  " in value or "\n" in value or "\t" in value or value != value.strip():
            value = " ".join(value.split())
        fields[_field_name(name)] = value or None
        col = names.get(name)
        if not col or not value:
            continue
        if col == "reported_at" or col == "occurred_at":
            if dates is None:
                dates = {"reported_at": [], "occurred_at": []}
            dates[col].append(value)
        elif rec[col] is None:
            rec[col] = value
    if dates is not None:
        for col, parts in dates.items():
            _set_dates(rec, col, parts, context_date)
    for col in ("type", "location", "disposition"):
        if rec[col]:        # (a total line or a screen's keys caught at a value's end)
            rec[col] = without_furniture(rec[col])
    if loose:
        if rec["reported_at"] is None and rec["occurred_at"] is None:
            # (the first date only: the loose text after it is not read for one)
            rec["reported_at"] = next(filter(None, map(parse_datetime, loose)), None)
        text_loose = [x for x in loose if not DATETIME_RE.fullmatch(x.strip())]
        if number:      # the record's own number beside its labels (a card's title bar)
            text_loose = [t for t in (x.replace(number, " ").strip() for x in text_loose) if t]
        if text_loose:
            fields["_text"] = squash(" ".join(text_loose))
            if rec["summary"] is None:
                rec["summary"] = fields["_text"]
    if number:
        for col in ("case_no", "record_no"):
            if rec[col] and rec[col] != number and number in rec[col].split():
                rec[col] = number
        if rec["record_no"] is None and rec["case_no"] != number:
            rec["record_no"] = number
        for col in ("type", "location", "disposition"):
            if rec[col] and number in rec[col]:
                rec[col] = squash(rec[col].replace(number, " ")).strip(" /") or None
    kind = rec["type"]
    if kind:
        if rec["summary"] is None:
            # "Theft: A staff member reported ...": a type and its narrative in one cell
            # (most types have no colon at all: told by ``in`` before any pattern runs)
            m = _TYPE_THEN_TEXT.match(kind) if ":" in kind and _COLON_SPACE.search(kind) else None
            if m:
                kind, rec["summary"] = m.group(1).strip(), m.group(2).strip()
                rec["type"] = kind
        # (``kind`` is squashed by now: one offence is the type itself)
        rec["offences"] = [kind] if "//" not in kind and "\n" not in kind else _offences(kind)
    rec["fields"] = fields
    rec["raw"] = "\n".join(raw)
    return rec


def rebuilt(rec: dict, values: dict[str, str], names: dict[str, str | None], number: str | None) -> dict:
    """``rec`` read again from its named values (a reader that found the record's own
    structure after the first pass): the new record, keeping the old one's related numbers
    and whatever else it had that the new one does not."""
    new = build(values, names, page=rec["page"], number=number, raw=(rec.get("raw") or "").split("\n"))
    new["related_numbers"] = rec.get("related_numbers") or []
    for key, value in rec.items():
        if key not in new:
            new[key] = value
    return new


@lru_cache(maxsize=4096)
def _field_name(name: str) -> str:
    return name.rstrip(":").strip() or name


def _offences(kind: str) -> list[str]:
    if "//" not in kind and "\n" not in kind:
        return [squash(kind)] if kind.strip() else []
    return [squash(t) for t in _OFFENCE_SEP.split(kind) if t.strip()]


def compact_date(part: str) -> str:
    """A date printed as eight bare digits in a date column ("20251014", a mainframe's
    YYYYMMDD) as ISO; anything else (or digits that are no valid date) as printed."""
    if len(part) != 8 or not part.isdigit() or not 1900 <= int(part[:4]) <= 2099:
        return part
    try:
        return _dt.date(int(part[:4]), int(part[4:6]), int(part[6:])).isoformat()
    except ValueError:
        return part


_GLUED_SPAN = re.compile(r"(\d{1,2}:\d{2})-(?=\d{1,2}/\d{1,2}/\d{2,4}\b)")
_EIGHT_DIGITS = re.compile(r"(?<![\w/.-])\d{8}(?![\w/.-])")


def _set_dates(rec: dict, col: str, parts: list[str], context_date: str | None) -> None:
    """Join a date column with a time column beside it; keep a range's end."""
    if not parts:
        return
    # (eight bare digits as the cell's first word or after "to": "20260302 0115 to 20260302 0916")
    text = " ".join(_EIGHT_DIGITS.sub(lambda m: compact_date(m.group()), p) for p in parts)
    # a span printed without spaces, its dash glued to a time and the next date
    # ("08/02/26 15:51-08/03/26 04:48"): both ends read, as with spaces round the dash
    text = _GLUED_SPAN.sub(r"\1 - ", text)
    start, end = parse_range(text)
    if start and "T" not in start:
        times = [p for p in parts if TIME_ONLY_RE.match(p.strip())]
        if times:
            start = parse_datetime(f"{text.split()[0]} {times[0]}") or start
    if callable(context_date):
        context_date = context_date()
    if start is None and context_date and TIME_ONLY_RE.match(text.split()[0] if text.split() else ""):
        start = parse_datetime(f"{context_date} {text.split()[0]}")
    if start is None:
        return
    rec[col] = start
    if col == "occurred_at" and end is None and "T" in start and " - " in text:
        # a span ending on the same day, its end a time only ("09/01/2025 09:10 - 10:36")
        tail = text.rsplit(" - ", 1)[1].strip()
        end = parse_datetime(f"{start[:10]} {tail}") if TIME_ONLY_RE.fullmatch(tail) else None
    if col == "occurred_at" and end and end != start:
        rec["occurred_to"] = end


def record_number(rec: dict) -> str | None:
    """A record's own number: its record number, else its case number."""
    return rec.get("record_no") or rec.get("case_no")


def record_numbers(records: list[dict]) -> list[str | None]:
    """``record_number`` of each record, in one pass (no call per record: the passes over
    every record of a yearly log read them)."""
    return [r.get("record_no") or r.get("case_no") for r in records]


def add_field_line(rec: dict, name: str, line: str) -> None:
    """One more line under ``fields[name]``: a field's value is its printed text (every
    reader after this one treats it as a string), several lines joined by line breaks."""
    fields = rec.setdefault("fields", {})
    fields[name] = f"{fields[name]}\n{line}" if fields.get(name) else line


def record_years(rec: dict) -> set[str]:
    """The record's own year as a number may print it, four digits and two ("2025", "25"),
    from its reported or occurred date; empty when it has neither."""
    year = (rec.get("reported_at") or rec.get("occurred_at") or "")[:4]
    return {year, year[2:]} if year.isdigit() else set()
