"""Free-text entries whose record number stands inside their first sentence, with the
entry's date and time: ``At 0930 hrs on 10/14/2025 officers took report XY25-0412
(vessel theft) at Pier 4, slip 22. <narrative>. <outcome>.``

Read as plain free text, the whole paragraph is a summary (or the words after the number
a type). Told from the entries themselves, not from any word: in nearly every entry the
first sentence holds the record's own number, a date and a clock time, and the other
sentences follow it. The values are then named by their shapes:

- **reported** date-time: the first sentence's date and its clock time;
- **type**: words in parentheses right after the number (``(vessel theft)``);
- **place**: what follows the type in that sentence after a preposition (``at``, ``on``,
  ``in``, ``near``);
- **outcome** (disposition): the last sentence, when the entries' last sentences take few
  forms once their numbers are set aside (an outcome repeats: "A report was written.");
- **summary**: the sentences between.

A closing sentence nearly every entry repeats (a desk's formula, digits aside) tells
nothing of the record: set aside, it is no outcome. Where the first sentence
tells it all, the type and the place stand between the clock and the number
(``10/20/2025 0147 hrs THEFT at 12 ELM ST, logged as XY25-0412; ...``) and the clauses
after the number are parted by semicolons: the last is the outcome when the entries' last
clauses take few forms, those between the summary.

A second form: the first sentence is only a lead, the entry's day and clock time and then
its number, which closes it (``Mon., Oct. 13, 1:23 a.m. — Report 25-3302. Theft in the 100
block of Elm St. <narrative>.``; the day may have no year, then no date is made up). The
account is then the text after the lead, whole (the **summary**), and its first sentence
names the **type** and, after a preposition, the **place**.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import ADDRESS
from prr.scrapers.incident_log.record import rebuilt, record_number
from prr.scrapers.incident_log.text import CLOCK, DATE_RE, parse_datetime, split_sentences

SAMPLE = 60
MIN_SHARE = 0.8
MAX_OUTCOMES = 0.5        # distinct last sentences per entry when they are outcomes
FORMULA_SHARE = 0.9       # entries repeating one sentence that is then no outcome
FORMULA_WORDS = 6         # words (in lower case) of such a sentence: a formula, not "Report taken."
_CLOCK = re.compile(rf"(?<![\d/:.-])({CLOCK})(?![\d/:-])")
# a full stop ending a sentence: not after a one-to-three-letter capitalised word ("Co.")
_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.\s+(?=[A-Z])")
# a memo's or an outline's item number opening the paragraph: "3.", "(3)", "1.2.3", "[3]"
_ITEM = re.compile(r"^\s*(?:\(?\d{1,4}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|\[\d{1,4}\])\s+")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\b[a-z]{2,}\b")        # a word in lower case: prose
_PLACE = re.compile(r"^\s*(?:at|on|in|near)\s+(\S.*?)\.?$")
_LEAD_WORDS = 9
# the account's first sentence: a type (a figure's comma inside: "Theft under $1,500"), then a
# preposition and a place ("Theft in the 100 block of Elm St")
_TYPE_PLACE = re.compile(r"^([A-Z](?:[^.,;]|(?<=\d)[.,](?=\d)){1,60}?) (?:at|on|in|near) (?:the )?(\S.{2,80}?)\.?$")


def read_number_sentences(records: list[dict]) -> bool:
    """Entries rebuilt from their sentences, in place; False when they are not written so."""
    sample = records[:SAMPLE]
    # entries another reader already split into a place or an outcome are left as read
    if len(sample) < 3 or sum(1 for r in sample if r.get("location") or r.get("disposition")) > 0.2 * len(sample):
        return False
    parts = [_parts(r) for r in sample]
    if sum(1 for p in parts if p is not None) < MIN_SHARE * len(sample):
        return False
    formula = _formula(parts)
    parts = [(p[0], _without(p[1], formula), p[2]) if p else None for p in parts]
    lasts = [_DIGITS.sub("#", p[1][-1]) for p in parts if p is not None and p[1]]
    outcomes = len(lasts) >= MIN_SHARE * len(sample) and len(set(lasts)) <= MAX_OUTCOMES * len(lasts)
    clauses = [_last_clause(p[0], p[2]) for p in parts if p is not None]
    clauses = [c for c in clauses if c]
    clause_outcomes = not outcomes and len(clauses) >= MIN_SHARE * len(sample) and \
        len(set(clauses)) <= MAX_OUTCOMES * len(clauses)
    for k, rec in enumerate(records):
        found = _parts(rec)
        if found is not None:
            first, rest, number = found
            rest = _without(rest, formula)
            records[k] = rebuilt(rec, *_values(first, rest, number, outcomes, clause_outcomes), record_number(rec))
            if not records[k]["reported_at"] and rec.get("reported_at"):
                records[k]["reported_at"] = rec["reported_at"]     # a clock under its day's heading
            head = (rec.get("fields") or {}).get("_heading")
            if head and not records[k]["type"]:     # the type its section's heading gave
                records[k].update(type=head, offences=[head])
                records[k]["fields"]["_heading"] = head
    return True


def _formula(parts: list) -> str | None:
    """A closing sentence every entry repeats (digits aside: "Desk notified the day shift
    at 0700 ..."), nine entries in ten or more: a formula, no entry's outcome."""
    counts = Counter(_DIGITS.sub("#", p[1][-1]) for p in parts if p is not None and p[1])
    if not counts:
        return None
    form, n = counts.most_common(1)[0]
    return form if n >= FORMULA_SHARE * len(parts) and len(_WORD.findall(form)) >= FORMULA_WORDS else None


def _without(rest: list[str], formula: str | None) -> list[str]:
    """The sentences after the first, a closing formula left out."""
    return rest[:-1] if formula and rest and _DIGITS.sub("#", rest[-1]) == formula else rest


def _last_clause(first: str, number: str) -> str | None:
    """The last of the clauses a first sentence strings after its number with semicolons
    ("...; unit 4 responded, ...; cleared by arrest."), digits aside; None if fewer than two."""
    clauses = first[first.find(number) + len(number):].split(";")
    if len(clauses) < 3 or not clauses[-1].strip():
        return None
    return _DIGITS.sub("#", clauses[-1].strip().rstrip(".").lower())


def _parts(rec: dict) -> tuple[str, list[str], str] | None:
    """(first sentence, the other sentences, number) when the first sentence holds the
    entry's number, a date and a clock time after its opening."""
    number = record_number(rec)
    text = " ".join((rec.get("raw") or "").split())
    if not number or not text:
        return None
    text = _ITEM.sub("", text, count=1)
    sentences = [s.strip() for s in _END.split(text) if s.strip()]
    first = sentences[0] if sentences else ""
    at = first.find(number)
    if at > 0 and _is_lead(first, at, number) and len(sentences) > 1:
        return first, sentences[1:], number
    if at > 0 and _clock_lead(first, at, number) and len(sentences) > 1:
        return first, sentences[1:], number     # "Ref. AB-2510-0121, 1:03 p.m." under a day heading
    if at == 0 and _stamp_place(first, number):
        return first, sentences[1:], number     # "25-0412 Reported 10/06/2025 1231 hrs, 1700 blk Elm St."
    # inside the sentence: words before it (not a number printed as a heading's first value)
    if at <= 0 or len(_WORD.findall(first[:at])) < 2 or not DATE_RE.search(first) or not _clock(first, number):
        return None
    return first, sentences[1:], number


# after the number opening the sentence: one word at most, a date and a clock, a comma (or
# "at") and a place
_STAMP_PLACE = re.compile(r"^\s*(?:[A-Za-z][a-z']{1,11}\s+)?(" + DATE_RE.pattern + r")\s+(\S+)(?:\s+hrs\.?)?(?:,|\s+at)\s+(.+)$")


def _stamp_place(first: str, number: str) -> tuple[str, str, str] | None:
    """(date, clock, place) of a first sentence that opens with the number, then its date
    and clock time and, after a comma or "at", the place (a house number or a block)."""
    m = _STAMP_PLACE.match(first[len(number):])
    if not m or _clock(m.group(2), number) is None or not ADDRESS.search(m.group(3)):
        return None
    return m.group(1), m.group(2), m.group(3).strip().rstrip(".")


_CLOCK_ONLY = re.compile(rf"^[\s,;:–—-]*(?:{CLOCK})\.?$")


def _clock_lead(first: str, at: int, number: str) -> bool:
    """The first sentence is a lead of the number and then only its clock time (the day is
    a heading's), at most one word before the number."""
    return len(first[:at].split()) <= 1 and not _WORD.search(first[:at]) and \
        bool(_CLOCK_ONLY.match(first[at + len(number):]))


def _is_lead(first: str, at: int, number: str) -> bool:
    """The first sentence is a lead: a clock time, few words, and the number closing it."""
    return first.rstrip(" .").endswith(number) and len(first[:at].split()) <= _LEAD_WORDS and \
        _clock(first, number) is not None and not _WORD.search(first[:at].replace("a.m.", "").replace("p.m.", ""))


def _clock(sentence: str, number: str) -> str | None:
    bare = DATE_RE.sub(" ", sentence.replace(number, " "))
    m = _CLOCK.search(bare)
    return m.group(1) if m else None


def _values(first: str, rest: list[str], number: str, outcomes: bool, clause_outcomes: bool = False):
    values: dict[str, str] = {}
    names: dict[str, str | None] = {}
    if _is_lead(first, first.find(number), number):
        return _lead_values(first, rest, number)
    if _clock_lead(first, first.find(number), number):
        return _clock_lead_values(rest, outcomes)
    stamped = _stamp_place(first, number) if first.startswith(number) else None
    if stamped:
        values["when"], names["when"] = f"{stamped[0]} {stamped[1]}", "reported_at"
        # the place is one clause: a full stop inside it ("Canyon Rd. Entry ...") ends it
        place, stop, more = stamped[2].partition(". ")
        values["location"], names["location"] = place.rstrip("."), "location"
        return _rest_values(values, names, [more, *rest] if stop and more else rest, outcomes)
    date = DATE_RE.search(first).group(0)
    when = parse_datetime(f"{date} {_clock(first, number)}")
    if when:
        values["when"], names["when"] = f"{date} {_clock(first, number)}", "reported_at"
    after = first[first.find(number) + len(number):]
    m = re.match(r"\s*\(([^()]{2,60})\)(.*)$", after)
    if m:
        values["type"], names["type"] = m.group(1).strip(), "type"
        place = _PLACE.match(m.group(2))
        if place:
            values["location"], names["location"] = place.group(1).strip(), "location"
    else:
        told = _type_place_before(first[:first.find(number)])
        if told:
            values["type"], values["location"] = told
            names["type"], names["location"] = "type", "location"
    if clause_outcomes and _last_clause(first, number):
        # "...; <narrative clauses>; <outcome>." the first sentence tells it all
        clauses = [c.strip() for c in after.split(";")]
        values["outcome"], names["outcome"] = clauses[-1].rstrip("."), "disposition"
        told_rest = [c for c in clauses[1:-1] if c]
        rest = ["; ".join(told_rest)] + rest if told_rest else rest
    return _rest_values(values, names, rest, outcomes)


_HRS = re.compile(r"^\s*(?:hrs|hours)\.?\s+")    # a clock's unit word


def _type_place_before(head: str) -> tuple[str, str] | None:
    """(type, place) told between the entry's clock and its number: "<date> <clock> hrs
    SHOPLIFTING at 2923 ELM ST, logged as" (words after the place's comma lead to the number)."""
    bare = DATE_RE.sub(lambda d: " " * len(d.group(0)), head)
    clock = _CLOCK.search(bare)
    if not clock:
        return None
    text = _HRS.sub("", head[clock.end():]).strip()
    text = text.rsplit(",", 1)[0] if "," in text else text
    m = _TYPE_PLACE.match(text)
    if not m or not ADDRESS.search(m.group(2)):
        return None
    return m.group(1).strip(), m.group(2).strip().rstrip(".")


def _rest_values(values: dict, names: dict, rest: list[str], outcomes: bool):
    if outcomes and rest:
        values["outcome"], names["outcome"] = _sentence(rest[-1]), "disposition"
        rest = rest[:-1]
    if rest:
        values["summary"], names["summary"] = " ".join(_sentence(s) for s in rest), "summary"
    return values, names


def _lead_values(first: str, rest: list[str], number: str):
    """A lead (day, time, number) and the account after it: the account whole is the
    summary; its first sentence gives the type and the place."""
    values: dict[str, str] = {}
    names: dict[str, str | None] = {}
    m = DATE_RE.search(first)
    when = parse_datetime(f"{m.group(0)} {_clock(first, number)}") if m else None
    values["when"], names["when"] = first[:first.find(number)].strip(" —–-:,"), "reported_at" if when else None
    # a street's abbreviation closes the place: "Elm St. Officer ..." ends the sentence
    m = _TYPE_PLACE.match(split_sentences(" ".join(rest))[0])
    if m:
        values["type"], names["type"] = m.group(1).strip(), "type"
        values["location"], names["location"] = m.group(2).strip(), "location"
    values["summary"], names["summary"] = " ".join(_sentence(s) for s in rest), "summary"
    return values, names


def _clock_lead_values(rest: list[str], outcomes: bool):
    """After a lead of number and clock (the record keeps the date-time read with its day
    heading): the first sentence gives the type and the place, the last the outcome (its
    label set aside: "Status: Closed."), those between the summary."""
    values: dict[str, str] = {}
    names: dict[str, str | None] = {}
    m = _TYPE_PLACE.match(rest[0])
    if m:
        # the place is one clause: a full stop inside it ("Main St. Officers ...") ends it
        place, stop, more = m.group(2).partition(". ")
        values["type"], names["type"] = m.group(1).strip(), "type"
        values["location"], names["location"] = place.strip().rstrip("."), "location"
        rest = [more, *rest[1:]] if stop and more else rest[1:]
    if outcomes and rest:
        values["outcome"], names["outcome"] = _sentence(_LABEL_LEAD.sub("", rest[-1])), "disposition"
        rest = rest[:-1]
    if rest:
        values["summary"], names["summary"] = " ".join(_sentence(s) for s in rest), "summary"
    return values, names


_LABEL_LEAD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:\s+")


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."
