"""Entries of one sentence each, several to a paragraph, found by the number each cites
(``seriesentries.py`` finds entries by the form of their opening sentence; this is its
fallback where the entries open in several ways: "On ...", "Then on ...", "Later, on ...").

A report to a board gives a paragraph per site holding all of its incidents for the month,
each a sentence citing its own number of the log's series: ``On Oct 7 at 03:12
(MHA25-0413), a non-resident was found ... at Bldg 4, Apt 32; the resident was referred
...``. Between them stand sentences of another kind citing numbers of another series (a
maintenance ticket: ``Maintenance: work order WO 25-14353, ...``): no records, and no part
of the entry before them. Read so only where the layout is that: nearly every sentence
citing the series cites one number of it, and most numbers share their paragraph with
others (one entry a paragraph is ``paras.py``'s).

Each entry runs from its sentence to the next one citing the series, leaving out the
sentences of the other kind and what follows them. Values are read from the sentence's
shape where nearly every entry has it: after the number, what happened, `` at `` the place
(it holds a digit), and after a semicolon the outcome."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.serieswords import clock_of
from prr.scrapers.incident_log.text import shape

MIN_RECORDS = 5
ONE_NUMBER = 0.9        # of the sentences citing the series: citing one number of it
SHARED = 0.5            # of the numbers: in a paragraph citing two or more
SHAPED = 0.8            # of the entries: what, place and outcome in that order
MIN_WORDS = 8           # of a sentence citing the series
OTHER_KIND = 3          # sentences of one opening word citing another series: items of their own
_AFTER_NUMBER = re.compile(r"^[)\]]?,?\s*(?P<what>[^;]+)\s+(?:at|on|in|near)\s+(?P<where>[^;]*\d[^;]*?)\s*;\s*(?P<out>[^;]+?)\.?$")


def _first_word(text: str) -> str:
    return text.split(None, 1)[0] if text.strip() else ""


def cited_entries(paragraphs: list, series: str) -> list[tuple[str, list]] | None:
    """(number, the entry's sentences) per sentence citing one number of ``series``, or None
    when the paragraphs are not laid out so. ``paragraphs``: lists of sentence pieces
    (``seriesparagraphs.Piece``: ``text``, ``ids``)."""
    citing = [(k, piece) for k, para in enumerate(paragraphs) for piece in para
              if any(shape(t) == series for t in piece.ids)]
    if len(citing) < MIN_RECORDS:
        return None
    # sentences of prose, not a table's rows or a number standing alone ("RPT 25-A01202.")
    if sum(1 for _, piece in citing if len(piece.text.split()) >= MIN_WORDS and " | " not in piece.text) \
            < ONE_NUMBER * len(citing):
        return None
    own = [[t for t in piece.ids if shape(t) == series] for _, piece in citing]
    if sum(1 for o in own if len(o) == 1) < ONE_NUMBER * len(own):
        return None
    per_para = Counter(k for k, _ in citing)
    if sum(1 for k, _ in citing if per_para[k] >= 2) < SHARED * len(citing):
        return None
    others = _other_kind(paragraphs, series)
    entries: list[tuple[str, list]] = []
    for para in paragraphs:
        current: list | None = None
        for piece in para:
            numbers = [t for t in piece.ids if shape(t) == series]
            if numbers:
                current = [piece]
                entries.append((numbers[0], current))
            elif _first_word(piece.text) in others and piece.ids:
                current = None          # another kind of item: it ends the entry
            elif current is not None:
                current.append(piece)
    return entries if len(entries) >= MIN_RECORDS else None


def _other_kind(paragraphs: list, series: str) -> set[str]:
    """Opening words of sentences citing numbers of other series only, never the series,
    found several times: items of another kind (a maintenance ticket's sentence)."""
    other: Counter = Counter()
    mine: set[str] = set()
    for para in paragraphs:
        for piece in para:
            word = _first_word(piece.text)
            if any(shape(t) == series for t in piece.ids):
                mine.add(word)
            elif piece.ids:
                other[word] += 1
    return {w for w, n in other.items() if n >= OTHER_KIND and w not in mine}


def sentence_values(records: list[dict]) -> None:
    """What happened, the place and the outcome read from each entry's sentence after its
    number (``..., (N), a noise complaint was made at Bldg 5, Apt 1; the unit was
    inspected.``), in place, where nearly every entry is so shaped."""
    found = []
    for rec in records:
        first = str(rec.get("raw") or "").split("\n", 1)[0]
        number = rec.get("record_no") or ""
        at = first.find(number) if number else -1
        found.append((_AFTER_NUMBER.match(first[at + len(number):].strip()), clock_of(first[:at], number))
                     if at >= 0 else (None, None))
    if sum(1 for m, _ in found if m) < SHAPED * len(records):
        return
    for rec, (m, clock) in zip(records, found):
        fields = rec.setdefault("fields", {})
        if clock and not rec.get("reported_at"):
            fields["time"] = clock      # a day without its year makes no date-time
        if m is None:
            continue
        rec["type"] = fields["type"] = m.group("what")
        rec["offences"] = [m.group("what")]
        rec["location"] = fields["location"] = m.group("where")
        rec["disposition"] = fields["disposition"] = m.group("out")
