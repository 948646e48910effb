"""Time-led entries that print their number at one place of their opening words, among
entries that print none: those citing none are no records.

A desk log may set, in each entry worth a report, the report's number right after the
time and a short tag (``0059 RPT 25-3212 NOISE COMPLAINT - ...``), and log the desk's
routine between them in the same form without one (``0625 CHECKED DOWNTOWN BUSINESSES,
ALL SECURE.``, a shift change, a patrol). Where most entries (two thirds) carry a number
of the series, nearly all of those (90%) at the same word of their first line, one of the
first few, and the others cite no number of the series anywhere, the number is the
entry's heading field, as a table's number cell is: the entries without it are the
routine notes, no records (as rows whose number cell is empty, ``unnumbered.py``).
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.text import shape

MIN_NUMBERED = 5
NUMBERED_SHARE = 2 / 3      # of the entries, those carrying a number of the series
SAME_PLACE = 0.9            # of the numbered entries, those printing it at the same word
OPENING_WORDS = 4           # the number among an entry's first words: after its time and a tag


def numbered_at_one_place(blocks: list[list[str]], numbers: dict[int, str], series: str) -> list[int] | None:
    """The indexes of the entries carrying their number at one place of their opening
    words, when the others cite no number of the series (routine notes), else None."""
    if len(numbers) < MIN_NUMBERED or len(numbers) == len(blocks) or \
            len(numbers) < NUMBERED_SHARE * len(blocks):
        return None
    if not _at_one_place([(blocks[k][0] if blocks[k] else "", number) for k, number in numbers.items()]):
        return None
    for k, block in enumerate(blocks):
        if k not in numbers and any(shape(w.strip(" .;,()[]#:")) == series for ln in block for w in ln.split()):
            return None     # a number of the series elsewhere in an entry: no heading field
    return sorted(numbers)


def numbers_open_records(records: list[dict]) -> bool:
    """Nearly every record prints its number at one place of its first line's opening
    words (the reading above kept only those): the routine notes were told apart."""
    return len(records) >= MIN_NUMBERED and _at_one_place(
        [((r.get("raw") or "").partition("\n")[0], r.get("record_no") or "") for r in records])


def _at_one_place(firsts: list[tuple[str, str]]) -> bool:
    """Nearly all (90%) of the numbers stand at the same word of their first line, one of
    its first few words after the time."""
    places: Counter = Counter()
    for line, number in firsts:
        words = [w.strip(" .;,()[]#:") for w in line.split()[:OPENING_WORDS + 1]]
        places[words.index(number) if number and number in words else -1] += 1
    place, n = places.most_common(1)[0] if places else (-1, 0)
    return place >= 1 and n >= SAME_PLACE * len(firsts)
