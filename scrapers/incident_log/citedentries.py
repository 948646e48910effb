"""Entries numbered only in their text, an incident's later entries citing its number again.

A journal kept by the day prints each entry as a time and a sentence; the incident's
number stands inside the sentence, after a word saying what the entry does ("Opened
WF25-0413 - ...", "Continued WF25-0413 ..."). The entries are read as rows with no number
of their own. When nearly every entry cites one number of one shape in its first line,
that number is the entry's: its first entry is the record, later entries citing it are
joined to it (``fields["updates"]``, as ``journalupdates.py`` does for a number column),
and the word before the number tells openings from follow-ups, learnt from the document:
the words before numbers cited again later (openings) and before their later citations
(follow-ups). An entry citing, with a follow-up's word, a number no entry opens here is a
follow-up of a case opened before the document: no record of it.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.record import add_field_line, record_number
from prr.scrapers.incident_log.text import SENTENCE_STOP, find_ids, squash

MIN_SHARE = 0.9         # of the records citing a number of the common shape in their first line
MIN_RECORDS = 8
# (patterns as strings, compiled at first use by ``re``'s cache: imports stay cheap)
_DIGIT = r"\d"
_WORD = r"([A-Za-z]+)\W*$"
_LEAD_SEP = r"^[\s:;,.\u2013\u2014-]+"
_HEAD_END = r";\s+"
# where a place starts in the entry's first clause: a house number before a capitalised word
_PLACE = r"(?:^|(?<=[\s,]))\d+[A-Za-z]?\s+[A-Z]"
# between the type and the place: punctuation, or else a short word leading to it ("at")
_PUNCT_END = r"[\s,;:\u2013\u2014-]+$"
_CONNECTOR = r"\s+[a-z]{1,5}$"


def join_cited_entries(records: list[dict]) -> list[dict]:
    """The records with their numbers taken from their first lines and later entries on
    the same number joined to the first; the records unchanged when they are not so."""
    if len(records) < MIN_RECORDS:
        return records
    # records numbered already: counted only until too many are (most logs: their first tenth)
    numbered, most = 0, (1 - MIN_SHARE) * len(records)
    for r in records:
        if record_number(r):
            numbered += 1
            if numbered > most:
                return records
    cited = [_first_cited(r) for r in records]
    shapes = Counter(re.sub(_DIGIT, "9", c[0]) for c in cited if c)
    if not shapes:
        return records
    shape, n = shapes.most_common(1)[0]
    if n < MIN_SHARE * len(records):
        return records
    cited = [c if c and re.sub(_DIGIT, "9", c[0]) == shape else None for c in cited]
    first: dict[str, int] = {}
    for i, c in enumerate(cited):
        if c:
            first.setdefault(c[0], i)
    repeated = {c[0] for i, c in enumerate(cited) if c and first[c[0]] != i}
    if not repeated:
        return records
    opening = {c[1] for i, c in enumerate(cited) if c and c[0] in repeated and first[c[0]] == i}
    follow = {c[1] for i, c in enumerate(cited) if c and first[c[0]] != i} - opening
    out: list[dict] = []
    by_number: dict[str, dict] = {}
    for rec, c in zip(records, cited):
        if c is None:
            out.append(rec)
            continue
        number, word = c
        if number in by_number:
            _join(by_number[number], rec, number)
            continue
        if word in follow and word not in opening:
            continue        # a follow-up of a case opened before the document
        rec["record_no"] = number
        rec["related_numbers"] = [x for x in rec.get("related_numbers") or [] if x != number]
        _values_after(rec, number)
        by_number[number] = rec
        out.append(rec)
    return out


def _first_cited(rec: dict) -> tuple[str, str] | None:
    """The first number in the record's first line and the word right before it."""
    line = (rec.get("raw") or "").split("\n", 1)[0]
    found = find_ids(line)
    if not found:
        return None
    at, number = found[0]
    m = re.search(_WORD, line[:at])
    return number, (m.group(1).lower() if m else "")


def _join(rec: dict, later: dict, number: str) -> None:
    add_field_line(rec, "updates", squash(later.get("raw") or ""))
    related = rec.setdefault("related_numbers", [])
    for x in later.get("related_numbers") or []:
        if x != number and x not in related:
            related.append(x)


def _values_after(rec: dict, number: str) -> None:
    """Type, place and summary from the text after the number ("WF25-0413 - Welfare check,
    1877 Kelderby Rd. Wallet turned in ..."): its first clause the type up to the place (a
    house number and a name), the rest the summary; nothing when a value was read."""
    text = rec.get("summary") or ""
    at = text.find(number)
    if at < 0 or rec.get("type") or rec.get("location"):
        return
    rest = re.sub(_LEAD_SEP, "", text[at + len(number):])
    head, *more = SENTENCE_STOP.split(rest, maxsplit=1)
    clause = re.split(_HEAD_END, head, maxsplit=1)
    m = re.search(_PLACE, clause[0])
    if m is None or m.start() == 0:
        return
    pre = clause[0][:m.start()].rstrip()
    kind = re.sub(_PUNCT_END, "", pre) if re.search(_PUNCT_END, pre) else re.sub(_CONNECTOR, "", pre)
    rec["type"], rec["offences"], rec["location"] = kind, [kind], clause[0][m.start():].strip().rstrip(".")
    summary = " ".join([*clause[1:], *more]).strip()
    rec["summary"] = summary or None
