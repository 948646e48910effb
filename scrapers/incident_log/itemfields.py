"""Fields of a numbered item read from its values: the clause after its date-time, and a
label that most items repeat.

An item of a list tells its incident in one run of clauses: ``..., <date-time>, <type>,
at <place>. <Label>: <value>. ...``. After the first date-time, up to the end of its
sentence, a clause of a few words without digits is the type, and a clause opened by a
joining word (at, near, on, in, along) the place. A label followed by a colon that most
items print (``Result:``) names its value by the label, through the same names as a
column title; its value runs to the end of its sentence (a period inside brackets, as in
``(no. 12)``, does not end it)."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import DATETIME_RE, PLACE_WORDS

MIN_SHARE = 0.6         # of the items printing a label for it to be the list's
_LABEL = re.compile(r"(?:^|(?<=[.;,]\s))([A-Z][A-Za-z]+(?: [a-z]+)?):\s+(?=\S)")
_PLACE = re.compile(rf"^(?:{PLACE_WORDS})\s+(\S.*)$")
_TYPE = re.compile(r"^[A-Z][A-Za-z'&/ -]{2,60}$")


def list_labels(texts: list[str]) -> set[str]:
    """Labels printed in most items whose name says a common field."""
    seen = Counter(label for t in texts for label in {m.group(1) for m in _LABEL.finditer(t)})
    return {k for k, n in seen.items() if n >= MIN_SHARE * len(texts) and column_for(k)}


def item_values(text: str, labels: set[str]) -> dict[str, str]:
    """type, location and the labelled fields of one item's text (common field names)."""
    out: dict[str, str] = {}
    m = DATETIME_RE.search(text)
    if m:
        for part in _sentence_from(text, m.end()).split(", "):
            part = part.strip()
            place = _PLACE.match(part)
            if place and "location" not in out:
                out["location"] = place.group(1)
            elif not place and "type" not in out and _TYPE.match(part) and len(part.split()) <= 6:
                out["type"] = part
    for lm in _LABEL.finditer(text):
        field = column_for(lm.group(1)) if lm.group(1) in labels else None
        if field and field not in out:
            out[field] = _sentence_from(text, lm.end()).strip()
    return out


def _sentence_from(text: str, start: int) -> str:
    """The text from ``start`` to the end of its sentence: a period followed by a blank
    or the end, outside brackets."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "." and depth == 0 and (i + 1 == len(text) or text[i + 1] == " "):
            return text[start:i]
    return text[start:].rstrip(".")
