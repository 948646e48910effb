"""Paragraphs whose number stands in their last sentence, not on their first line.

A blotter may print each incident as a paragraph opened by its date and time and close it
with the sentence citing its number (``04/02/24 2215 hrs. Theft reported at Elm Park. ...
Report 24-5510, unfounded. Officer #12.``), the number wrapped onto the paragraph's second
or third line. The readers that anchor a record at its number's line then give each
record the end of its own paragraph and the whole of the next one: every value read is a
neighbour's. The records read cover every number, so the reader of entries run together
in paragraphs (``seriesentries.py``) would not look.

Told from the document, on the first pages: nearly every line citing one number of the
series is a paragraph's later line (the line above it printed, citing no number of the
series; the number not opening its line, unless the sentence above runs on to it; a
wrapped line may open with a date and time, ``Occurred about`` / ``04/02/24 2150 hrs.
Report 24-5510, ...``, and open no entry). Then the paragraphs are read as entries, and
taken where nearly each holds its number in its later half and the records read under
the same numbers nearly all miss their entry's opening sentence (they start at the
number's line, not at the paragraph's)."""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.text import shape

MIN_LINES = 5
MIN_SHARE = 0.8
OPENING = 25        # characters of an entry's first sentence looked for in the record read


def numbers_inside_paragraphs(sample: list[tuple[list[str], list[tuple[int, list[str]]]]]) -> bool:
    """``sample``: per page, its lines and (line, numbers cited) for the lines citing any.
    Nearly every line citing one number of the commonest shape continues a paragraph."""
    shapes = Counter(shape(t) for _, cited in sample for _, ts in cited for t in set(ts))
    if not shapes:
        return False
    series = shapes.most_common(1)[0][0]
    total = inside = 0
    for lines, cited in sample:
        numbered = {i for i, ts in cited if any(shape(t) == series for t in ts)}
        for i, ts in cited:
            if sum(1 for t in ts if shape(t) == series) != 1:
                continue
            total += 1
            above = lines[i - 1].strip() if i > 0 else ""
            # a number opening its line opens its entry, unless the line above runs on to it
            # mid-sentence ("... Report" / "24-5511, gone on arrival."); a wrapped line may
            # open with a date and time all the same
            opens = any(lines[i].split()[0].strip("#([").startswith(t) for t in ts if shape(t) == series)
            inside += bool(above) and i - 1 not in numbered and (not opens or above[-1] not in ".!?:;)")
    return total >= MIN_LINES and inside >= MIN_SHARE * total


def _flat(text) -> str:
    text = text if isinstance(text, str) else "\n".join(text or [])
    return " ".join(text.split())


def read_from_their_numbers(entries, records: list[dict]) -> bool:
    """The entries (number, pieces) close with their numbers while the records read under
    the same numbers nearly all lack the entry's opening sentence."""
    if not entries or len(entries) < MIN_LINES:
        return False
    by_number = {r.get("record_no"): r for r in records if r.get("record_no")}
    closing = missing = matched = 0
    for number, pieces in entries:
        text = " ".join(p.text for p in pieces)
        at = text.find(number)
        closing += at >= 0 and at > len(text) / 2
        rec = by_number.get(number)
        if rec is None:
            continue
        matched += 1
        opening = " ".join(pieces[0].text.split())[:OPENING]
        missing += opening not in _flat(rec.get("raw"))
    return closing >= MIN_SHARE * len(entries) and matched >= MIN_SHARE * len(entries) \
        and missing >= MIN_SHARE * matched
