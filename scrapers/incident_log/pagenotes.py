"""Notes at a page's foot, called by marks after the values of the records above them.

Call abstracts, patrol sheets: some values carry a short mark after them (``[2]``, ``(b)``,
``*``), marked afresh on every page, and the page's foot explains each mark on a line of its
own led by the mark (``[2] Booked into county jail, booking ...``), sometimes with a key of
the page's codes under the notes. Read from that structure, whatever the marks and words:

- a record whose number cell holds a mark instead of a number (a number issued after the
  page was printed, ``pending [4]``) takes the number its page's note of that mark gives:
  the note's one number of the series the other records are numbered in, one no other
  record has;
- the foot, from its first note down (the notes and any key under them), is no record's
  text: it is cut from the page's last record, into whose values and numbers it had run,
  and each note's numbers are the related numbers of the records whose values carry its
  mark;
- the marks are taken off the values they follow.

Told cheaply, from the records once read: most of their numbers share one shape (one pass
at C speed); only a number cell of another shape holding a mark sends the reader to its own
page's foot, and only a note there giving one number of that shape, no record's yet, makes
the document's notes page-foot notes. Marks elsewhere (``** WITHHELD **`` set off, ``(1)``
titling a column, a numbered list) touch nothing in a document without such a block."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import find_ids, shape, shapes, squash

# a mark: one or two digits or a small letter in brackets or parentheses, or one to three
# reference symbols
_MARK = r"(?:\[(?:\d{1,2}|[a-z])\]|\((?:\d{1,2}|[a-z])\)|[*\u2020\u2021\u00a7\u00b6]{1,3})"
_NOTE_LINE = re.compile(rf"(?m)^([ \t]*)({_MARK})[ \t]+(\S.*)$")
_MARKS_AFTER = re.compile(rf"(?:\s+{_MARK})+$")      # the marks ending a value
_ONE_MARK = re.compile(_MARK)
_THREE_DIGITS = re.compile(r"\d{3}")
_VALUE_COLUMNS = ("type", "location", "disposition", "summary", "case_no")


def read_page_notes(records: list[dict], page_texts: list[str]) -> None:
    """Numbers from the notes for the records whose number cell holds a mark; where one is
    so found, on every page the foot cut from the records, the notes' numbers related to the
    records citing them and the marks taken off the values (in place)."""
    numbers = [rec.get("record_no") or "" for rec in records]
    forms = shapes(numbers)
    series = _series(forms)
    if series is None:
        return
    unnumbered = [rec for rec, number, form in zip(records, numbers, forms)
                  if form != series and _ONE_MARK.search(number)]
    if not unnumbered:
        return      # (a pass over the records' numbers at C speed, one pattern on the few others)
    taken, notes_of, found = set(numbers), {}, False
    for rec in unnumbered:
        mark, page = _mark_in_number(rec, series), rec.get("page")
        if mark is None or not isinstance(page, int) or not 0 < page <= len(page_texts):
            continue
        if page not in notes_of:
            notes_of[page] = _notes(page_texts[page - 1])
        number = _note_number(notes_of[page].get(mark, ""), series, taken)
        if number is not None:
            rec["record_no"] = number
            taken.add(number)
            _uncut(rec)
            found = True
    if not found:
        return
    # the document's marks call notes at its pages' feet: every page's foot is no record's
    by_page: dict[int, list[dict]] = {}
    for rec in records:
        by_page.setdefault(rec.get("page"), []).append(rec)
    for page, recs in by_page.items():
        if not isinstance(page, int) or not 0 < page <= len(page_texts):
            continue
        notes = notes_of.get(page) or _notes(page_texts[page - 1])
        if not notes:
            continue
        foot = _foot_lines(recs[-1], set(notes))
        if foot:
            _cut_foot(recs[-1], foot)
        for rec in recs:
            marks = _marks_in_values(rec)
            _unmark(rec)
            for mark in marks:
                for number in _note_numbers(notes.get(mark, "")):
                    if number != rec.get("record_no") and number not in rec["related_numbers"]:
                        rec["related_numbers"].append(number)


def _series(forms: list[str]) -> str | None:
    """The shape most of the records' numbers share ("AA99-99999"), if most share one."""
    best = Counter(forms).most_common(1)
    return best[0][0] if best and best[0][0] and best[0][1] * 2 > len(forms) else None


def _notes(text: str) -> dict[str, str]:
    """Each mark's note in the page's foot: the last run of lines led by marks, each with
    its wrapped lines set in under its text (a line led and closed by the same mark,
    ``** WITHHELD **``, is set off, not a note)."""
    lines = text.split("\n")
    notes: dict[str, str] = {}
    i = len(lines) - 1
    while i >= 0 and (m := _NOTE_LINE.match(lines[i])) is None:
        i -= 1
    run: list[tuple[str, list[str]]] = []
    while i >= 0:
        m = _NOTE_LINE.match(lines[i])
        if m is not None and not m.group(3).rstrip().endswith(m.group(2)):
            parts, indent = [m.group(3)], len(m.group(1))
            for more in lines[i + 1:i + 3]:
                if not more.strip() or _NOTE_LINE.match(more) or len(more) - len(more.lstrip()) <= indent:
                    break
                parts.append(more.strip())
            run.append((m.group(2), parts))
        elif m is not None or not lines[i].strip() or lines[i][:1] not in " \t":
            break       # (a wrapped note's line, set in, goes on; anything else ends the run)
        i -= 1
    for mark, parts in reversed(run):
        notes.setdefault(mark, squash(" ".join(parts)))
    return notes


def _mark_in_number(rec: dict, series: str | None) -> str | None:
    """The mark in a record's number cell holding no number of the series."""
    number = rec.get("record_no")
    if not number or series is None or shape(number) == series:
        return None
    m = _ONE_MARK.search(number)
    if m is None or any(shape(tok) == series for _, tok in find_ids(number)):
        return None
    return m.group()


def _note_number(note: str, series: str | None, taken: set) -> str | None:
    """The note's one number of the records' series, unless another record has it."""
    numbers = {tok for _, tok in find_ids(note) if shape(tok) == series}
    if len(numbers) != 1:
        return None
    number = numbers.pop()
    return None if number in taken else number


def _uncut(rec: dict) -> None:
    """A value a number was cut from as the record's own (a block with none in its number
    cell was given the first one in it, a place's "19700 blk"): the value as printed."""
    printed = [squash(_MARKS_AFTER.sub("", v)) for v in (rec.get("fields") or {}).values() if isinstance(v, str)]
    for col in ("type", "location", "disposition"):
        value = rec.get(col)
        for whole in printed:
            if value and whole != value and value in whole and any(
                    squash(whole.replace(tok, " ")).strip(" /") == value for _, tok in find_ids(whole)):
                rec[col] = whole
                break


def _note_numbers(note: str) -> list[str]:
    return [tok for _, tok in find_ids(note) if _THREE_DIGITS.search(tok)]


def _value_texts(rec: dict):
    for col in _VALUE_COLUMNS:
        if isinstance(rec.get(col), str):
            yield rec[col]
    for value in (rec.get("fields") or {}).values():
        if isinstance(value, str):
            yield value


def _marks_in_values(rec: dict) -> list[str]:
    marks: list[str] = []
    for value in _value_texts(rec):
        m = _trailing_marks(value)
        if m is not None:
            marks += [mk for mk in _ONE_MARK.findall(m.group()) if mk not in marks]
    return marks


def _foot_lines(rec: dict, marks: set[str]) -> list[str]:
    """The record's lines from the first note line down (its page's foot)."""
    lines = (rec.get("raw") or "").split("\n")
    for i, line in enumerate(lines):
        m = _NOTE_LINE.match(line)
        if i and m is not None and m.group(2) in marks:
            return lines[i:]
    return []


def _cut_foot(rec: dict, foot: list[str]) -> None:
    """The foot's lines out of the record's text, values and related numbers."""
    raw = rec["raw"].split("\n")
    rec["raw"] = "\n".join(raw[:len(raw) - len(foot)])
    texts = [squash(line) for line in foot if line.strip()]
    for col in _VALUE_COLUMNS:
        if isinstance(rec.get(col), str):
            rec[col] = _without(rec[col], texts)
    fields = rec.get("fields") or {}
    for name in list(fields):
        if isinstance(fields[name], str):
            fields[name] = _without(fields[name], texts)
            if fields[name] is None and name.startswith("_"):
                del fields[name]
    if rec.get("offences"):
        rec["offences"] = [o for o in (_without(o, texts) for o in rec["offences"]) if o]
    kept = rec["raw"]
    rec["related_numbers"] = [n for n in rec.get("related_numbers") or [] if n in kept]


def _without(value: str, texts: list[str]) -> str | None:
    for text in texts:
        if text in value:
            value = value.replace(text, " ")
    return squash(value) or None


def _trailing_marks(value: str) -> re.Match | None:
    """The marks ending a value, unless the value opens with them too (``** ARREST **``:
    set off, not marked)."""
    m = _MARKS_AFTER.search(value)
    return None if m is None or value.startswith(m.group().split()[0]) else m


def _unmarked(value: str) -> str | None:
    m = _trailing_marks(value)
    return value if m is None else value[:m.start()] or None


def _unmark(rec: dict) -> None:
    """The marks off the ends of the record's values."""
    for col in _VALUE_COLUMNS:
        if isinstance(rec.get(col), str):
            rec[col] = _unmarked(rec[col])
    fields = rec.get("fields") or {}
    for name, value in fields.items():
        if isinstance(value, str):
            fields[name] = _unmarked(value)
    if rec.get("offences"):
        rec["offences"] = [_unmarked(o) or o for o in rec["offences"]]
