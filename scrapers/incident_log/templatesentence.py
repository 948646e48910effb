"""Entries whose opening sentence is written from one template: after the entry's date and
clock, the same words in nearly every entry, then what happened, ``at``, and where
(``Tuesday, May 5, 0815 hrs. Deputies were sent to a report of noise at Elm Park.``).

The shared words are read from the document itself, as the longest run of words opening
nearly every such sentence once its date and clock are set aside: what follows them up to
the first ``at`` is the type, the rest of the sentence the place. Only where no type was
read otherwise (``seriesentries.py`` calls it last)."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.sentenceforms import DATE_FORM, form

MIN_SHARE = 0.8         # of the entries opening with the same words
MIN_WORDS = 2           # a shared run of one word is any sentence's subject
MAX_WORDS = 12
TYPE_WORDS = 6          # a type longer than that is a narrative, not a template's slot
# the entry's clock closing its lead ("0815 hrs.", "8:15 a.m.", "08:15,")
_CLOCK = re.compile(r"(?<![\d:])(?:\d{4}\s*hrs\b\.?|\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)[,.\s-]*")
_AT = re.compile(r"\s+at\s+")


def _after_lead(first: str) -> str | None:
    """The sentence after its date and clock, None where it opens with no date."""
    if form(first) != DATE_FORM:
        return None
    m = _CLOCK.search(first[:60])
    return first[m.end():].strip() if m else None


def template_type_place(records: list[dict]) -> None:
    """Type and location from a templated opening sentence, in place, where no record has a type."""
    if not records or any(rec.get("type") for rec in records):
        return
    rests = []
    for rec in records:
        raw = rec.get("raw")
        first = (raw[0] if isinstance(raw, list) and raw else str(raw or "").split("\n", 1)[0]).strip()
        rests.append(_after_lead(first))
    words = [r.split() if r else [] for r in rests]
    shared: tuple[str, ...] = ()
    for n in range(MIN_WORDS, MAX_WORDS + 1):
        counts = Counter(tuple(w[:n]) for w in words if len(w) > n)
        if not counts:
            break
        run, k = counts.most_common(1)[0]
        if k < MIN_SHARE * len(records):
            break
        shared = run
    if not shared:
        return
    read = []
    for w in words:
        if tuple(w[:len(shared)]) != shared:
            read.append(None)
            continue
        parts = _AT.split(" ".join(w[len(shared):]).rstrip("."), maxsplit=1)
        ok = len(parts) == 2 and parts[0] and parts[1] and len(parts[0].split()) <= TYPE_WORDS
        read.append((parts[0], parts[1]) if ok else None)
    # the template's slot: a type and a place in nearly every entry, else no such sentence
    if sum(1 for r in read if r) < MIN_SHARE * len(records):
        return
    for rec, found in zip(records, read):
        if found:
            rec["type"], rec["location"] = found
            fields = rec.setdefault("fields", {})
            fields["type"], fields["where"] = found
