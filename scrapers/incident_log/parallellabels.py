"""Entries whose labels are printed in several languages at once, the names joined by slashes
with no space ("Lugar/Location:", "Reportado/Reported 03/02/2026 05:36"), and whose values
are printed in the same languages in the same order, parted by spaced slashes ("Arresto /
Arrest made", "Robo a comercio / Burglary - commercial"):

    2. Caso Núm. SB26-0120 — Reportado/Reported 03/02/2026 07:20. Alteración / Disturbance.
       Lugar/Location: 3400 block of Elm Way. Resultado/Disposition: Arresto / Arrest made.

One slash-joined label names one field: the one its known name says. The language a field is
read in is the one the labels are known in: the position, among a label's names, that names a
field on most of the document's labels (the document prints its languages in one order), and a
value parted into as many pieces as its label has names gives the piece at that position. The
unlabelled sentence after the opening date (what happened) is read the same way when it is
parted so. Read only where most records' texts repeat such labels.

The dates a record prints under its own labels are its dates: a date the reader took from the
text around the entry (a day heading, a date-time wrapped to a line's start in an earlier
entry) gives way to them.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.entrytime import MIN_RECORDS, MIN_SHARE
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import DATETIME_RE, parse_range

# names of one label, each opening with a letter, joined by slashes without spaces, then a
# colon or a space ("Lugar/Location:", "Reportado/Reported 03/02")
_LABEL = re.compile(r"(?<![\w/.])((?:[^\W\d_][^\s/:]*/)+[^\W\d_][^\s/:]*?)(?=:|\s)")
_PIECES = re.compile(r"\s+/\s+")
_SLASH_LETTER = re.compile(r"/[^\W\d_]")
_SENTENCE_BREAK = re.compile(r"(?<=[^\W_])\.\s+(?=[^\W\d_])")
_DATES = ("reported_at", "occurred_at")
_VALUE_FIELDS = ("type", "location", "disposition")
MAX_PIECE_WORDS = 8


def read_parallel_labels(records: list[dict]) -> None:
    """In place: the fields of entries labelled in several languages (see the module's note)."""
    if len(records) < MIN_RECORDS:
        return
    texts = [(r, _text(r)) for r in records]
    texts = [(r, t) for r, t in texts if t and "/" in t]
    if len(texts) < MIN_SHARE * len(records):
        return
    # (a label has a letter right after a slash: a record without one, a date's "03/15",
    # adds no label; where too few have one, no label is common)
    slashed = [t for _, t in texts if _SLASH_LETTER.search(t)]
    if len(slashed) < MIN_SHARE * len(texts):
        return
    seen: Counter = Counter()
    for t in slashed:
        seen.update({m.group(1) for m in _LABEL.finditer(t)})
    common = {lab for lab, n in seen.items() if n >= MIN_SHARE * len(texts)}
    # (a label only some entries need, "Occurred", is read where it stands too, when it
    # has as many names as the labels on most entries)
    sizes = {lab.count("/") for lab in common}
    repeated = common | {lab for lab, n in seen.items() if n >= MIN_RECORDS and lab.count("/") in sizes}
    named = {lab: column_for(lab) for lab in repeated}
    named = {lab: f for lab, f in named.items() if f and f not in ("record_no", "case_no")}
    if len(common & set(named)) < 2:
        return
    at = _known_position(named)
    if at is None:
        return
    for rec, text in texts:
        _read(rec, text, repeated, named, at)


def _text(rec: dict) -> str:
    """The record's lines as printed (else the text a reader kept), on one line."""
    raw = rec.get("raw")
    text = "\n".join(raw) if isinstance(raw, list) else raw
    text = text or rec.get("summary") or (rec.get("fields") or {}).get("summary") or ""
    return " ".join(text.split()) if isinstance(text, str) else ""


def _known_position(named: dict[str, str]) -> int | None:
    """The position of the names that name a field on most labels of one length (the language
    the reader knows), or None where no position does."""
    sizes = Counter(lab.count("/") + 1 for lab in named)
    size = sizes.most_common(1)[0][0]
    told: Counter = Counter()
    for lab in named:
        parts = lab.split("/")
        if len(parts) == size:
            told.update(i for i, p in enumerate(parts) if column_for(p) == named[lab])
    if not told:
        return None
    (pos, n), = told.most_common(1)
    return pos if n >= MIN_SHARE * sum(1 for lab in named if lab.count("/") + 1 == size) else None


def _piece(value: str, label: str, at: int) -> str:
    """The value in the known language: its piece at the label's known position when it is
    parted into as many pieces as the label has names (else all of it)."""
    pieces = _PIECES.split(value)
    size = label.count("/") + 1
    if len(pieces) == size and at < size and all(p and len(p.split()) <= MAX_PIECE_WORDS for p in pieces):
        return pieces[at].strip()
    return value


def _read(rec: dict, text: str, repeated: set[str], named: dict[str, str], at: int) -> None:
    hits = [m for m in _LABEL.finditer(text) if m.group(1) in repeated]
    found: dict[str, str] = {}
    printed: dict[str, str] = {}        # the value as printed after its label, every language
    loose: list[tuple[str, str]] = []       # (label, text after its value): an unlabelled sentence
    for k, m in enumerate(hits):
        label = m.group(1)
        end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        value = text[m.end():end].lstrip(": ").strip()
        field = named.get(label)
        if field in _DATES:
            stamp = DATETIME_RE.match(value)
            if stamp is None or not stamp.group(2):
                continue
            # "03/02/2026 13:02 - 03/02/2026 14:59. <the next sentence>"
            parts = _SENTENCE_BREAK.split(value, maxsplit=1)
            start, stop = parse_range(parts[0])
            if start and field not in found:
                found[field] = start
                if field == "occurred_at" and stop and stop != start:
                    found["occurred_to"] = stop
            if len(parts) > 1:
                loose.append((label, parts[1]))
        elif field in _VALUE_FIELDS and field not in found:
            parts = _SENTENCE_BREAK.split(value, maxsplit=1)
            piece = _piece(parts[0].rstrip(". "), label, at)
            if piece:
                found[field], printed[field] = piece, value
    if "type" not in found:
        for label, sentence in loose:
            sentence = sentence.strip().rstrip(". ")
            if _PIECES.search(sentence) and (piece := _piece(sentence, label, at)) != sentence:
                found["type"] = piece
                break
    fields = rec.setdefault("fields", {})
    for field, value in found.items():
        if field in _DATES or field == "occurred_to":
            # the record's own date, printed under its label, over one taken from around it
            rec[field] = value
        elif not rec.get(field) and not (field == "type" and rec.get("offences")) or \
                _run_on(rec.get(field), printed.get(field)):
            rec[field] = value
            fields.setdefault(field, value)
    if "type" in found and rec.get("type") == found["type"] and not rec.get("offences"):
        rec["offences"] = [found["type"]]


def _run_on(have: str | None, printed: str | None) -> bool:
    """A reader's value that is this label's printed text read on (all its languages, or
    into the next label): the same words opening both."""
    if not have or not printed:
        return False
    have, printed = " ".join(have.split()), " ".join(printed.split())
    n = min(len(have), len(printed))
    return n >= 3 and have[:n] == printed[:n] and have != printed[:len(have)] or have == printed \
        or (printed.startswith(have) and _PIECES.search(printed) is not None)
