"""A numbered entry written as one run-in sentence opened by its date-time: ``Reported
07/06/2026 09:49 - Theft - shoplifting at Elm Road and Pine Avenue. Occurred 07/06/2026
05:27 to 07/06/2026 10:18. Unit 4. Disposition: Report taken.``

The form is told by its opening alone: a label word or none, a date with its clock, a dash,
then the first sentence saying what happened ``at`` where (the place need not open with a
house number: a crossing, a named building). The sentences after it are named by their
own first word: ``Label: value`` under its label, a word naming a date field and a date
(``Occurred <date-time> to <date-time>``) under that word; the rest is the narrative. The
opening date-time is when the entry was reported unless its label word names another
date field. Values are those of the entry's own sentences only.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import DATE_RE, DATETIME_RE, split_sentences

# a label word or none, then the date-time and a dash: "Reported 07/06/2026 09:49 - "
_OPENING = re.compile(r"^(?:([A-Z][A-Za-z'.]{1,11}) )?(?=\d)")
_DASH = re.compile(r"\s*[-\u2013\u2014]\s+")
# what, then where: the first "at" past the type's first word
_AT = re.compile(r"^([A-Z][^.:;]{1,60}?)\s+at\s+(\S[^:;]{1,80}?)\.?$")
_LABELLED = re.compile(r"^([A-Z][A-Za-z/#]*(?: [A-Za-z/#]+){0,2}):\s+(\S.*?)\.?$")
_WORD_DATE = re.compile(r"^([A-Z][a-z]{2,11})\s+(?=\d)(.*?)\.?$")
_DATE_FIELDS = {"reported_at", "occurred_at"}
_STOP = re.compile(r"\.\s+(?=[A-Z])")


def _cut(value: str) -> tuple[str, str, str]:
    """``value`` up to its first full stop before a capital, and what follows it."""
    m = _STOP.search(value)
    return (value[:m.start()], ".", value[m.end():]) if m else (value, "", "")


def stamped_sentence(text: str) -> dict[str, str] | None:
    """The values of an entry opened by its date-time and a dash before a sentence of
    ``<type> at <place>``, or None when the entry is not of that form."""
    lead = _OPENING.match(text)
    stamp = DATETIME_RE.match(text, lead.end()) if lead else None
    if not stamp or not stamp.group(2):
        return None
    dash = _DASH.match(text, stamp.end())
    if not dash:
        return None
    sentences = split_sentences(text[dash.end():])
    what = _AT.match(sentences[0]) if sentences else None
    if not what:
        return None
    word = lead.group(1)
    named = column_for(word) if word else None
    # the opening date-time: reported, unless its word names another date ("Occurred")
    key = word if named in _DATE_FIELDS and named != "reported_at" else "time"
    out = {key: stamp.group(0).strip(), "type": what.group(1).strip(), "location": what.group(2).strip()}
    told = []
    for sentence in sentences[1:]:
        labelled = _LABELLED.match(sentence)
        dated = _WORD_DATE.match(sentence)
        if labelled and labelled.group(1) not in out:
            # (a value in capitals ends its sentence too: "Referred to CID. Daily log - ..."
            # is the value and then the page's next heading)
            value, _, rest = _cut(labelled.group(2))
            out[labelled.group(1)] = value.strip()
            if rest:
                told.append(rest)
        elif dated and column_for(dated.group(1)) in _DATE_FIELDS and DATE_RE.match(dated.group(2)) \
                and dated.group(1) not in out:
            out[dated.group(1)] = dated.group(2).strip()
        else:
            told.append(sentence)
    out["summary"] = " ".join(told)
    return out
