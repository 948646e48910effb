"""A dispatch centre's log of every agency it serves, released by one of them: that
department's calls only.

A consolidated 911 or regional dispatch centre numbers the calls of every agency it
dispatches (police, fire and ambulance of several towns) in one series and prints them
together. When one department releases the centre's log, it names itself at the head of
the document (its title or letterhead), and each call names the agency it was dispatched to:
a column or labelled value holding a code ("Agency: XPD"), or the same word before a code in
each entry's text, or the words opening each entry's prose after its time ("Anytown
Police were sent to ..."). The department's incidents are its own calls; the other agencies' calls
printed between them are no records.

The department is told by what the document prints, not by any agency's words: a call's
agency value names the department when it is built from a run of capitalised words at the
head, each of its words either one of the run's words or the initials of several of them
("Anytown Police Department" -> "APD", "Anytown PD", "Anytown Police"), below the head's
first line (the centre's letterhead; a department heading its own log keeps every entry).
The rule fires only when the calls' agency values are few and several (one agency's log is
left alone), exactly one of them names a department at the head (a head naming nobody, or
naming two of the calls' agencies, is left alone), and that department's calls are at least
a few.
"""
from __future__ import annotations

import re
from collections import Counter

MIN_KEPT = 5            # the department's calls: fewer is a chance match of initials
MAX_AGENCIES = 12       # distinct values of an agency slot: more is a free-text column
MIN_COVER = 0.8         # share of the records the slot is found in
HEAD_LINES = 8          # lines above the first record read as the document's head
COLUMN_SLACK = 3        # characters a column's numbers may stand apart in extracted text

_SEGMENT_SEP = re.compile(r"[^\w\s'\u2019-]+")      # punctuation that ends a run of words
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
_VALUE_WORD = re.compile(r"[A-Za-z]+")
_LEAD = re.compile(r"^[\d/:.,\s]*\d[\d/:.,\s]*[\u2014\u2013-]+\s+([A-Z].*)", re.S)
_CODE_AFTER_WORD = re.compile(r"\b([A-Za-z]{3,})[:.]?\s+\(?([A-Z]{2,8})\b")


def releasing_agency_only(records: list[dict], page_texts: list[str]) -> list[dict]:
    """The records of the department that released a multi-agency dispatch log; the
    records as given when the document does not show one (see the module's doc)."""
    if len(records) < 2 * MIN_KEPT or not page_texts:
        return records
    runs = _head_runs(records, page_texts)
    if not runs:
        return records
    for values, titles, subjects in _agency_slots(records, page_texts):
        # (a column-title line names the columns, not who released the document)
        kept = _keep_department(records, values, [run for line, run in runs if line != titles], subjects)
        if kept is not None:
            return kept
    return records


def _head_runs(records: list[dict], page_texts: list[str]) -> list[tuple[str, list[str]]]:
    """Runs of capitalised words on the first page above its first record (its head),
    each with its line. None of the head's first line: a log whose letterhead is the
    department's own is its own log, every call in it its record, an agency column naming
    the others it worked with; a centre's log heads with the centre's name, the department
    releasing it named below."""
    # (the head ends at the first line citing a record's number, or at the first record's
    # text where it opens above its number's line)
    raw = (records[0].get("raw") or "").strip().split("\n")[0]
    opening = " ".join(raw.split()[:6])
    numbers = {n for r in records if (n := (r.get("record_no") or "").strip())}
    lines = page_texts[0].splitlines()
    end = next((i for i, line in enumerate(lines[:HEAD_LINES])
                if (opening and opening in " ".join(line.split())) or any(n in line for n in numbers)), HEAD_LINES)
    head = [line for line in lines[:end] if line.strip()][1:]
    runs: list[tuple[str, list[str]]] = []
    for line in head:
        text = re.sub(r"\[[^\]]*\]", " ", line)       # a bracketed note is no part of a name
        for segment in _SEGMENT_SEP.split(text):
            run: list[str] = []
            for word in _WORD.findall(segment.replace("-", " ")):
                if word[0].isupper():
                    run.append(word)
                    continue
                if len(run) >= 2:
                    runs.append((line.strip(), run))
                run = []
            if len(run) >= 2:
                runs.append((line.strip(), run))
    return runs


def _agency_slots(records: list[dict], page_texts: list[str]):
    """Per candidate slot, each record's agency value (None where the record has none):
    first the records' named values (a column or a label), then a word before a code in
    the records' text ("Agency XPD"), then the heading of the column each record's number
    is written in; the slot found in most records first."""
    slots: list[tuple] = []       # (records found in, values, column-title line, subjects)
    names = Counter(k for r in records for k, v in (r.get("fields") or {}).items()
                    if v and not k.startswith("_"))
    for name, count in names.items():
        if count < MIN_COVER * len(records):
            continue
        values = [_short_value((r.get("fields") or {}).get(name)) for r in records]
        if not any(v and v == r.get("record_no") for v, r in zip(values, records)):
            slots.append((count, values, None, False))
    texts = [r.get("raw") or r.get("summary") or "" for r in records]
    found = [{} for _ in records]
    for i, text in enumerate(texts):
        for word, code in _CODE_AFTER_WORD.findall(text):
            found[i].setdefault(word.lower(), code)
    words = Counter(w for f in found for w in f)
    for word, count in words.items():
        if count >= MIN_COVER * len(records):
            slots.append((count, [f.get(word) for f in found], None, False))
    leads = [_lead_run(t) for t in texts]
    if sum(v is not None for v in leads) >= MIN_COVER * len(records):
        slots.append((sum(v is not None for v in leads), leads, None, True))
    column = _column_slot(records, page_texts)
    if column is not None:
        slots.append((sum(v is not None for v in column[0]), *column, False))
    slots.sort(key=lambda s: -s[0])
    for _, values, titles, subjects in slots:
        distinct = {v for v in values if v}
        if 2 <= len(distinct) <= MAX_AGENCIES:
            yield values, titles, subjects


def _lead_run(text: str) -> str | None:
    """The capitalised words opening an entry's prose after its date, clock and dash
    ("03/04/2025 05:35 - Anytown Police were sent to ...": "Anytown Police"): the
    sentence's subject, the agency sent."""
    m = _LEAD.match(text)
    if m is None:
        return None
    words = []
    for word in m.group(1).split()[:5]:
        if not _VALUE_WORD.fullmatch(word) or not word[0].isupper():
            break
        words.append(word)
    return " ".join(words[:4]) or None


def _column_slot(records: list[dict], page_texts: list[str]) -> tuple[list[str | None], str] | None:
    """A running sheet writing each call in the column of the agency or discipline
    dispatched, under a heading naming it: each record's column heading (the text of the
    head's column-title line from its column's start to the next's), and that line. None
    when the numbers stand in one column, or no line above them titles every column."""
    places: list[tuple[int, int] | None] = []
    for r in records:
        number, page = r.get("record_no"), r.get("page")
        if not number or not isinstance(page, int) or not 1 <= page <= len(page_texts):
            places.append(None)
            continue
        lines = page_texts[page - 1].splitlines()
        places.append(next(((i, line.find(number)) for i, line in enumerate(lines) if number in line), None))
    starts = sorted({p[1] for p in places if p})
    clusters: list[list[int]] = []
    for x in starts:
        if clusters and x - clusters[-1][-1] <= COLUMN_SLACK:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    if len(clusters) < 2:
        return None
    edges = [c[0] - COLUMN_SLACK for c in clusters]
    first = next((p for r, p in zip(records, places) if p and r.get("page") == records[0].get("page")), None)
    if first is None:
        return None
    head = page_texts[records[0]["page"] - 1].splitlines()[max(0, first[0] - HEAD_LINES):first[0]]
    titles, title_line = None, ""
    for line in reversed(head):
        cells = [line[max(0, a):b].strip() for a, b in zip(edges, [*edges[1:], None])]
        if all(cells) and len(line[:max(0, edges[0])].strip().split()) <= 2:
            titles = [" ".join(c.split()[:6]) if _VALUE_WORD.search(c) else None for c in cells]
            title_line = line.strip()
            break
    if titles is None or len(set(titles)) < len(titles):
        return None
    column = []
    for p in places:
        at = p and max((k for k, e in enumerate(edges) if e <= p[1]), default=None)
        column.append(titles[at] if at is not None else None)
    return column, title_line


def _short_value(value) -> str | None:
    """A value that may be an agency's name or code: a few words of letters only."""
    if not value or len(value) > 40:
        return None
    words = value.replace("(", " ").replace(")", " ").split()
    if not 1 <= len(words) <= 4 or not all(_VALUE_WORD.fullmatch(w) for w in words):
        return None
    return " ".join(words)


def _keep_department(records: list[dict], values: list[str | None], runs: list[list[str]],
                     subjects: bool) -> list[dict] | None:
    """The records whose slot value names the department at the head; None when not
    exactly one of the slot's values does, or its records are too few. ``subjects``: the
    values are the entries' subjects, which may name the department by its first words."""
    named = {v for v in set(values) if v and any(_names_in(v, run, subjects) for run in runs)}
    if len(named) != 1:
        return None
    own = named.pop()
    kept = [r for r, v in zip(records, values) if v is None or v == own]
    if sum(v == own for v in values) < MIN_KEPT or len(kept) == len(records):
        return None
    return kept


def _names_in(value: str, run: list[str], subjects: bool) -> bool:
    """Whether the value, or a part of it in brackets, names a stretch of the run ("LAW
    (ANYTOWN PD)" names "Anytown Police Department")."""
    parts = [value, *re.findall(r"\(([^()]*)\)", value)]
    return any(_names(_VALUE_WORD.findall(part), run, subjects) for part in parts)


def _names(value: list[str], run: list[str], subjects: bool = False) -> bool:
    """Whether the value's words abbreviate a stretch of at least two of the run's words,
    each value word one run word or the initials of several ("Anytown PD", "APD"); for
    the subject of an entry's sentence, also the run's first words, the ones after them
    left out ("Anytown Police" were sent). A column's value spelling the run's words as
    they are is no agency's code (a type or an outcome as a heading prints it), nor is a
    lone code of two letters (the initials of any two words)."""
    if len(value) == 1 and len(value[0]) < 3:
        return False
    words = [w.lower() for w in run]
    value = [w.lower() for w in value]
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            if (len(value) < end - start or subjects and end < len(words)) and _spells(value, words[start:end]):
                return True
    return False


def _spells(value: list[str], words: list[str]) -> bool:
    if not value:
        return not words
    if not words:
        return False
    head, rest = value[0], value[1:]
    if head == words[0] and _spells(rest, words[1:]):
        return True
    # the initials of the next two or more words
    for n in range(2, min(len(head), len(words)) + 1):
        if "".join(w[0] for w in words[:n]) == head and len(head) == n and _spells(rest, words[n:]):
            return True
    return False
