"""Entries of a few parts between middle dots, the last one running text:

    • Monday morning (Oct. 6) · case 25-0402 · Car break-in. Tools were taken from a
      pickup overnight. It happened on the 900 block of Elm St. We are still looking into it.

A plain-language summary gives each entry its when, its number and then sentences: a short
first one that names what happened (the type), a sentence that names the place (a house
number or a block), one that says how it ended (the last), and what happened between them
(the summary). A first sentence led by the place before a dash (``300 block of Elm Ln —
Theft.``, the number and the when in the parts before) gives both. Told from a sample of
the records (most split into three parts or more, the number in one before the last, two
sentences or more in the last), so other logs pay nothing; a
record whose text does not split so keeps what the text reader gave it.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.text import split_sentences

SAMPLE = 30
MIN_SHARE = 0.8
MAX_TYPE_WORDS = 6
_SEP = re.compile(r"\s+[\u00b7\u2022]\s+")
_DASH = re.compile(r"\s+[\u2014\u2013]\s+")
_NUMBER_WORD = re.compile(r"\b(?:No|Nos|Nr)\.$", re.I)
_CAPITALS_STOP = re.compile(r"(?<=[A-Z])\.\s+(?=[A-Z])")
_PLACE = re.compile(r"\b(\d{1,6}[A-Z]?\s+(?:block\s+of\s+)?[A-Z0-9][\w.'-]*(?:\s+[A-Z0-9][\w.'-]*)*)")


def _parts(record: dict) -> tuple[list[str], list[str]] | None:
    """(the parts before the number, the sentences after it), or None when the entry is
    not printed so."""
    number = record_number(record)
    text = " ".join((record.get("raw") or "").split()).lstrip("\u2022*-\u2013 ")
    parts = [p.strip() for p in _SEP.split(text) if p.strip()]
    at = next((k for k, p in enumerate(parts) if number and number in p), None)
    if len(parts) < 3 or at is None or at > len(parts) - 2:
        return None         # the number in a part before the text (values after it are no sentences)
    sentences: list[str] = []
    for s in split_sentences(parts[-1]):
        if sentences and (sentences[-1].count("(") > sentences[-1].count(")") or _NUMBER_WORD.search(sentences[-1])):
            sentences[-1] = f"{sentences[-1]} {s}"      # "(no. T-340223)", "No. C-57": a stop inside
        else:
            sentences.append(s)
    if sentences:
        # a type in capitals ends its sentence unseen ("... — DUI. Caller reported ..."): cut there
        dash = _DASH.search(sentences[0])
        stop = _CAPITALS_STOP.search(sentences[0], dash.end()) if dash else None
        if stop and _place_lead(sentences[0][:stop.start()]) is not None:
            sentences[:1] = [sentences[0][:stop.start() + 1], sentences[0][stop.end():]]
    if len(sentences) < 2:
        return None
    if at < len(parts) - 2 and _place_lead(sentences[0]) is None:
        return None         # parts between the number and the text: only before a place-led text
    return parts[:at] + parts[at + 1:-1], sentences


def _place_lead(first: str) -> tuple[str, str] | None:
    """(place, type) of a first sentence led by the place before a dash, or None."""
    lead = _DASH.split(first.rstrip("."), maxsplit=1)
    if len(lead) == 2 and _PLACE.fullmatch(lead[0]) and len(lead[1].split()) <= MAX_TYPE_WORDS:
        return lead[0], lead[1]
    return None


def read_dot_parts(records: list[dict]) -> bool:
    """Type, place, outcome and summary of each such entry, in place; False when the
    records are not printed that way."""
    sample = records[:SAMPLE]
    if len(sample) < 3 or sum(1 for r in sample if _parts(r)) < MIN_SHARE * len(sample):
        return False
    for r in records:
        got = _parts(r)
        if got is None:
            continue
        before, sentences = got
        first = sentences[0].rstrip(".")
        place = None
        lead = _place_lead(first)
        if lead is not None:
            place, first = lead         # "300 block of Elm Ln — Theft.": the place, then the type
        kind = first if len(first.split()) <= MAX_TYPE_WORDS else None
        rest = sentences[1:] if kind else sentences
        place_at = next((k for k, s in enumerate(rest) if _PLACE.search(s)), None) if place is None else None
        if place_at is not None:
            place = _PLACE.search(rest[place_at]).group(1).rstrip(".")
        last = len(rest) - 1 if len(rest) >= 2 and place_at != len(rest) - 1 else None
        between = [s for k, s in enumerate(rest) if k not in (place_at, last)]
        if kind:
            r["type"], r["offences"] = kind, [kind]
        if place:
            r["location"] = place
        if last is not None:
            r["disposition"] = rest[last]
        r["summary"] = " ".join(between) or r.get("summary")
        r["fields"] = {**r.get("fields", {}), "when": " ".join(before) or None}
    return True
