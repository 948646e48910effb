"""Time-led entries of a post log whose records open with a new number of a series, read as rows.

A post or control-room log may print one entry per logged moment, a time and a sentence,
under shift headings, and open the entries that are incidents with the incident's number
(``0914  CR 31-0402: Fall from bunk in W2-17. ...``) among far more routine entries that
carry none (a count, a round, a request taken). Later entries open by citing an incident
already logged (``1020  Update on CR 31-0402: ...``), and an incident's entry may cite
another number of the same shape further on (a disciplinary report written). Read as rows
of a time column and a text column, every entry was a row, none numbered.

Told from the rows themselves, not from any word: of the rows (none numbered), those whose
first words cite a number, the shape most of them cite there is the series, when the
numbers first cited so run upward (a series issued as the log goes) and nearly every row
citing the series cites it among its first words. Then:

- a row opening with a number of the series not seen before is a record, numbered by it;
- a row opening with one already seen follows that record up: joined to it
  (``fields["updates"]``), no record of its own;
- a row citing no number of the series is a log line, no record;
- a row opening with none but citing further on only numbers opened above (``1259 Results
  received for CR 31-0402, ...``) follows that record up too: the follow-ups of a log may
  name their record anywhere in the sentence, and so are not counted against the series
  standing at the rows' openings;
- other numbers of the series later in a record's text are related, not records.

The values are read from the text after the number as for journals closed by their
number (``closedrows.py``): the first sentence what happened and where, the last the outcome.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.logresult import MIN_RECORDS
from prr.scrapers.incident_log.record import add_field_line, record_number
from prr.scrapers.incident_log.text import CLOCK, shape, squash

OPENING_WORDS = 4       # the number among an entry's first words (after a tag, "update on")
TIMED = 0.9             # of the rows, those led by a clock time: time-led entries
AT_OPENING = 0.9        # of the rows citing the series, those citing it among their first words
RISING = 0.9            # of the new numbers, those above the one before: a series as issued
_STRIP = " .;,:()[]#"
_CLOCK = re.compile(rf"(?:{CLOCK})")
_LEAD_WORD = re.compile(r"\s+[^\W\d]+:\s")     # a word and a colon after the number: the opening's end


def opening_rows(records: list[dict]) -> list[dict] | None:
    """The rows opening with a number new to the log's series, numbered by it, their
    follow-ups joined to them; None when the rows are not such a log (then unchanged)."""
    if len(records) <= MIN_RECORDS or any(record_number(r) for r in records):
        return None
    words = [_words(rec) for rec in records]
    if sum(1 for w in words if w is not None) < TIMED * len(records):
        return None
    opening = [_opening_number(w) if w else None for w in words]
    shapes: dict[str, int] = {}
    for number in opening:
        if number:
            shapes[shape(number)] = shapes.get(shape(number), 0) + 1
    if not shapes:
        return None
    series = max(shapes, key=lambda s: (shapes[s], s))
    opened = [n if n and shape(n) == series else None for n in opening]
    later = _later_citations(words, opened, series)
    citing = sum(1 for w in words if w and any(shape(x.strip(_STRIP)) == series for x in w))
    numbered = sum(1 for n in opened if n)
    # a row citing further on only a number opened above follows it up (a result received
    # for it): no sign that the series is cited anywhere in the text
    if numbered < AT_OPENING * (citing - len(later)) or numbered == len(records):
        return None     # the series cited anywhere in the text, or on every row: not this log
    new = list(dict.fromkeys(n for n in opened if n))
    if len(new) < MIN_RECORDS or sum(1 for a, b in zip(new, new[1:]) if _key(b) > _key(a)) < \
            RISING * (len(new) - 1):
        return None
    kept: list[dict] = []
    by_number: dict[str, dict] = {}
    for i, (rec, number, w) in enumerate(zip(records, opened, words)):
        if not number and i in later:
            number = later[i]
        if not number:
            continue        # a routine line of the log: no record
        if number in by_number:
            _join(by_number[number], rec, number)
            continue
        rec["record_no"] = number
        rec["related_numbers"] = [x for x in rec.get("related_numbers") or [] if x != number]
        rec["summary"] = _after_number(rec.get("summary") or " ".join(w[1:]), number) or rec.get("summary")
        by_number[number] = rec
        kept.append(rec)
    from prr.scrapers.incident_log.closedrows import _sentence_values  # (only for such logs)

    _sentence_values(kept, series)
    return kept


def _words(rec: dict) -> list[str] | None:
    """The row's words, led by its time; None when no clock time leads it."""
    raw = rec.get("raw")
    words = squash(raw if isinstance(raw, str) else "\n".join(raw or [])).split()
    return words if words and _CLOCK.fullmatch(words[0]) and len(words) > 1 else None


def _opening_number(words: list[str]) -> str | None:
    """The first number among the words after the time (digits and a dash or letters:
    no count, no time), when it stands among the first few."""
    for w in words[1:1 + OPENING_WORDS]:
        token = w.strip(_STRIP)
        if any(c.isdigit() for c in token) and any(c.isalpha() or c == "-" for c in token):
            return token
    return None


def _later_citations(words: list, opened: list, series: str) -> dict[int, str]:
    """The rows opening with no number of the series that cite one further on, every one
    they cite opened by a row above: row index to the first number cited."""
    seen: set[str] = set()
    later: dict[int, str] = {}
    for i, (w, number) in enumerate(zip(words, opened)):
        if number:
            seen.add(number)
            continue
        cited = [x.strip(_STRIP) for x in w or []]
        cited = [x for x in cited if shape(x) == series]
        if cited and all(x in seen for x in cited):
            later[i] = cited[0]
    return later


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(d) for d in re.findall(r"\d+", number))


def _after_number(text: str, number: str) -> str | None:
    """The entry's text after its number and the mark after it ("CR 31-0402: Fall ..."),
    or after one word and a colon closing the opening ("H7-031 filed: Fall ...")."""
    at = text.find(number)
    if at < 0:
        return None
    rest = text[at + len(number):]
    lead = _LEAD_WORD.match(rest)
    return (rest[lead.end():] if lead else rest).lstrip(_STRIP + "-\u2013\u2014") or None


def _join(rec: dict, later: dict, number: str) -> None:
    """A follow-up entry: its text under the record's updates, its other numbers related."""
    add_field_line(rec, "updates", squash(later.get("raw") or ""))
    related = rec.setdefault("related_numbers", [])
    for x in later.get("related_numbers") or []:
        if x != number and x not in related:
            related.append(x)
