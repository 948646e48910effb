"""A type a reader took with the place after it, from an entry's text run together:

    Noise Complaint - complainant at 530 Tilbrook Ct      (place known: "530 Tilbrook Ct")
    Suspicious vehicle at 3200 block of Quorn Dr
    BURGLARY at snack bar, main deck                       (no place known)

Where the record's place is the type's end, the type is cut before it (and before the
words leading to it: "at", a dash, "- complainant at"). Where no place is known, the type
is cut at its last "at" only when most of the document's types hold one, the words before
it a short title: the rest is the place. Called by ``entrytext.py``.
"""
from __future__ import annotations

import re

_LEAD = re.compile(r"(?:\s+(?:at|in|on|near)(?:\s+the)?|\s+@|\s*[-,;:])\s*$", re.I)
_PROSE_DASH = re.compile(r"\s+-\s+(?=[a-z])")      # "Theft - caller reports ...": the title ends there
MAX_TITLE_WORDS = 6
MIN_SHARE = 0.6


def _title(head: str) -> str | None:
    cut = _PROSE_DASH.search(head)
    if cut:
        head = head[:cut.start()]
    else:
        end = _LEAD.search(head)
        if not end:
            return None
        head = head[:end.start()]
    head = head.strip(" -,;:")
    ok = head and len(head.split()) <= MAX_TITLE_WORDS and head[0].isalpha() and not any(c.isdigit() for c in head)
    return head if ok else None


def _retype(rec: dict, title: str) -> None:
    """The type cut to its title, in the offences listing it too."""
    rec["offences"] = [title if o == rec["type"] else o for o in rec.get("offences") or []]
    rec["type"] = title


def types_before_places(records: list[dict]) -> None:
    """In place: each type holding its record's place after its title loses the place (see above)."""
    typed = [r for r in records if isinstance(r.get("type"), str) and r["type"]]
    for rec in typed:
        place = rec.get("location")
        if place and len(rec["type"]) > len(place) and rec["type"].lower().endswith(place.lower()):
            title = _title(rec["type"][:-len(place)])
            if title:
                _retype(rec, title)
    loose = [r for r in typed if not r.get("location")]
    parts = [r["type"].rpartition(" at ") for r in loose]
    if len(loose) < 3 or sum(1 for t, at, p in parts if at and _title(t + " at")) < MIN_SHARE * len(typed):
        return
    for rec, (head, at, place) in zip(loose, parts):
        title = _title(head + " at") if at else None
        if title and place.strip() and len(place.split()) <= 10:
            _retype(rec, title)
            rec["location"] = place.strip(" .")
            rec.setdefault("fields", {}).setdefault("location", rec["location"])
