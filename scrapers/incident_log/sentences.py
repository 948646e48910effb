"""A table cell written as one sentence per record: "Type, place. Disposition."

An index-style log may print, between its date and its number, a single untitled cell
that says what happened, where, and how it ended, as prose: ``Theft of bicycle, Lot 14.
Closed.`` The table reader then finds no type, date-free place or disposition, only a
summary. When nearly every record's summary has that shape, it is cut into its parts:

- the **type** is the longest opening of the sentence, cut at a comma, that every record
  opening with its shorter part opens with too (a category repeats: "Hit and run, parked
  vehicle" is printed whole on several records; "Drug law violation" opens many, with
  different places after it); a type printed once ends at the first comma;
- the **place** runs from there to the first full stop followed by a space (or, in a
  document whose sentences all part it so, to the first spaced dash: "Theft, 12 Elm St -
  Filed - no suspect");
- the **disposition** is the rest, without its closing full stop.

Nothing is done when the summaries do not share the shape, are long, or do not open with
a few repeating categories (a narrative column stays a summary), or when another column
tells a type, place or outcome. A column printing one word alike on every record (the
entry's kind, "Case") tells nothing, and the sentence's cell taken for the place (it names
one) is the sentence's own.
"""
from __future__ import annotations

import re
from collections import Counter

_STOP = re.compile(r"^(?P<head>[^.]+?), (?P<rest>.+?)\.\s+(?P<end>\S.*?)\.?$")
_DASH = re.compile(r"^(?P<head>[^.]+?), (?P<rest>.+?) - (?P<end>\S.*?)\.?$")
MIN_SHARE = 0.8           # share of the records whose summary has the shape
MAX_LENGTH = 120          # characters of the median sentence (a narrative is longer)
MAX_KINDS = 0.5           # distinct openings per record (a category repeats)
_FIELDS = ("type", "location", "disposition")
MIN_CONSTANT = 10        # records printing one word alike in a column before it is read as saying nothing
MIN_REPEAT = 2            # records that must open with a longer cut for the type to take it


def _openings(text: str, sep: str = ". ") -> list[str]:
    """The sentence's openings at each comma before its first full stop (or ``sep``)."""
    head = text.split(sep, 1)[0]
    parts = head.split(", ")
    return [", ".join(parts[:k]) for k in range(1, len(parts))]


def _sentences(records: list[dict], pattern: re.Pattern = _STOP) -> list[str]:
    """Each record's sentence: its summary, or the untitled cell that has the shape most often."""
    keys = [k for k, v in (records[0].get("fields") or {}).items() if isinstance(v, str)]
    best, best_n = None, sum(1 for r in records if pattern.match(r.get("summary") or ""))
    for key in keys:
        n = sum(1 for r in records[:100] if pattern.match((r.get("fields") or {}).get(key) or ""))
        if n > best_n:
            best, best_n = key, n
    if best is None:
        return [r.get("summary") or "" for r in records]
    return [(r.get("fields") or {}).get(best) or "" for r in records]


def _untold(records: list[dict], field: str, texts: list, sentences: bool = False) -> bool:
    """Whether no column but the sentence's own tells ``field``: empty on every record, the
    place holding the whole sentence (its cell taken for a place: it names one), or one
    word printed the same on every record (the entry's kind, "Case" in a column of its
    own, says nothing). ``sentences``: any place of the sentence's shape may be the sentence."""
    values = [r.get(field) for r in records]
    if field != "location":
        texts = [None] * len(values)
    return all(v is None or v == t or sentences and field == "location" and isinstance(v, str) and _STOP.match(v)
               for v, t in zip(values, texts)) or \
        (len(records) >= MIN_CONSTANT and len(set(values)) == 1 and len(str(values[0]).split()) == 1)


def split_sentence_cells(records: list[dict]) -> bool:
    """Type, place and disposition read out of sentence summaries; True when done."""
    head = records[:100]
    if not records or not all(_untold(head, field, [None] * len(head), sentences=True) for field in _FIELDS):
        return False        # (a cheap look at the first records: most tables tell these fields)
    found = next(((shape, sep, texts) for shape, sep in ((_STOP, ". "), (_DASH, " - "))
                  for texts in [_sentences(records, shape)]
                  if sum(1 for t in texts if shape.match(t)) >= MIN_SHARE * len(records)), None)
    if found is None or not all(_untold(records, field, found[2]) for field in _FIELDS):
        return False
    shape, sep, texts = found
    counts = Counter(o for t in texts for o in set(_openings(t, sep)))
    # index lines, not narratives: short, and opened by a few categories that repeat
    if sorted(map(len, texts))[len(texts) // 2] > MAX_LENGTH or \
            len({_openings(t, sep)[0] for t in texts if shape.match(t)}) > MAX_KINDS * len(records):
        return False
    for rec, text in zip(records, texts):
        m = shape.match(text)
        if not m:
            continue
        openings = _openings(text, sep)
        kind = openings[0]
        for longer in openings[1:]:
            if counts[longer] < MIN_REPEAT or counts[longer] < counts[kind]:
                break           # some records open with the shorter and go on otherwise
            kind = longer
        place, _, end = text[len(kind) + 2:].partition(sep)
        rec["type"], rec["location"] = kind, place.strip()
        rec["disposition"] = end.strip().removesuffix(".") or None
        rec["offences"] = [kind]
        rec["summary"] = None
    return True
