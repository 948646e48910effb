"""An entry's first line as parts set apart by one separator, the same on most entries:

    2025-CS-01342 ; 09OCT25 0015 ; TRAFFIC CRASH ; 8386 SEA OAT ST ; REFERRED
    Report No. 25-10443 - 10/13/2025 0210 - Assault - simple - 2700 block of Camino Alto - Advised.
    25-1110-002 // DAMAGE TO GOVERNMENT PROPERTY // BLDG 775 (HANGAR 3)

Read for records whose reader kept the line as text only (``entrytext.py`` calls it). The
lead parts are the entry's own number and its date or time; the place is the first part
after them shaped like one (a house or block number, then words); the parts between are
the type (joined again: a type may hold the separator, "Assault - simple"); the last part
after the place is the outcome where the document's outcomes come back from entry to
entry. Where no part is shaped like a place, every entry must print the same number of
parts, two after the lead: the type, then the place. Nothing is set unless the reading
holds on most entries.
"""
from __future__ import annotations

import csv
import re
from collections import Counter

from prr.scrapers.incident_log.leadnumbers import own_lead_numbers
from prr.scrapers.incident_log.text import parse_datetime

_SEPS = ("|", " // ", ";", " - ", " \u2014 ", " \u00b7 ")
# a place: a house or block number, then a word ("8386 SEA OAT ST", "2700 block of Camino Alto", "1993 FM 619")
# or two roads crossing ("CR 305 / FM 1460", "Elm & 3rd")
_PLACE = re.compile(r"^(?:\d{1,6}[A-Za-z]?\s+(?:block\s+of\s+|blk\.?\s+)?[A-Za-z]|[A-Za-z0-9][\w .'-]*\s(?:/|&)\s[A-Za-z0-9])",
                    re.I)
_NUMBERED = re.compile(r"\S*\d\S*")
MIN_SHARE = 0.6
MAX_TITLE_WORDS = 6
MAX_OUTCOME_WORDS = 6
MAX_DISTINCT = 0.5


def separated_parts(texts: list, fill) -> None:
    """``texts``: (record, text) pairs; ``fill(record, field, value)`` sets an empty field."""
    # the entry's first line as printed, or its whole text where its parts wrap onto more
    # lines: whichever more entries read (then more with an outcome)
    best = None
    for lines in ([(rec, " ".join((rec.get("raw") or t).split("\n")[0].split())) for rec, t in texts], texts):
        sep = _separator(lines)
        read = [_read(rec, line, sep) for rec, line in lines] if sep else []
        score = (sum(map(bool, read)), sum(1 for r in read if r and r[2]))
        if read and (best is None or score > best[2]):
            best = lines, read, score, sep
    if best is None:
        return
    lines, read, _, sep = best
    counts = Counter(r[3] for r in read if r)
    if not _most([r and r[0] for r in read], lines):
        return
    # a call number opening each line, the report number issued in order after it (leadnumbers.py)
    own_lead_numbers([(rec, _split(line, sep)) for rec, line in lines])
    for (rec, _), r in zip(lines, read):
        if not r or (not r[4] and counts[r[3]] < MIN_SHARE * len(lines)):
            continue            # no place shaped as one: the parts' count must be the document's
        fill(rec, "type", r[0])
        fill(rec, "location", r[1])
    offsets = Counter(r[2][0] for r in read if r and r[2])
    if not offsets:
        return
    column = offsets.most_common(1)[0][0]
    ends = [r[2][1] if r and r[2] and r[2][0] == column else None for r in read]
    kinds = Counter(_NUMBERED.sub("", e).strip(" ,;.").lower() for e in ends if e)
    if not _most(ends, lines) or len(kinds) > MAX_DISTINCT * sum(1 for e in ends if e):
        return
    for (rec, _), end in zip(lines, ends):
        if end and kinds[_NUMBERED.sub("", end).strip(" ,;.").lower()] >= 2:
            fill(rec, "disposition", end)


def _most(hits: list, lines: list) -> bool:
    return len(lines) >= 3 and sum(1 for h in hits if h) >= MIN_SHARE * len(lines)


def _separator(lines: list) -> str | None:
    """The separator at least twice on most entries' first lines (the most common such)."""
    best, n = None, 0
    for sep in _SEPS:
        k = sum(1 for _, line in lines if line.count(sep) >= 2)
        if k > n:
            best, n = sep, k
    return best if n >= MIN_SHARE * len(lines) else None


def _is_lead(rec: dict, part: str) -> bool:
    """The entry's own number, its date or time, or a list number."""
    if any(own and own in part for own in (rec.get("record_no"), rec.get("case_no"))):
        return True
    alnum = [c for c in part if c.isalnum()]
    digits = sum(1 for c in alnum if c.isdigit())
    # (a date is the whole part: a short one, no sentence ending with a date)
    return bool(alnum) and (digits >= 0.5 * len(alnum) or (len(part.split()) <= 5 and parse_datetime(part) is not None))


def _split(line: str, sep: str) -> list[str]:
    """The line's parts, trimmed, no empty part closing it."""
    if len(sep) == 1:       # a one-character separator: quoted parts may hold it ("THEFT, REPORT ONLY")
        parts = [p.strip() for p in next(csv.reader([line], delimiter=sep, skipinitialspace=True))]
    else:
        parts = [p.strip() for p in line.split(sep)]
    while parts and not parts[-1]:
        parts.pop()
    return parts


def _read(rec: dict, line: str, sep: str) -> tuple[str, str, tuple[int, str] | None, int, bool] | None:
    """(type, place, (parts after the place, last worded part after it) or None, number of
    parts, whether the place is shaped as one) or None."""
    parts = _split(line, sep)
    lead = 0
    while lead < len(parts) and _is_lead(rec, parts[lead]):
        lead += 1
    rest = parts[lead:]
    if not lead or not rest:
        return None
    at = next((j for j, p in enumerate(rest) if _PLACE.match(p)), None)
    if at is None:          # no part shaped as a place: type, then place
        if len(rest) != 2 or rest[1].endswith(".") or ". " in rest[1]:
            return None         # (a sentence there is an outcome or a note, no place)
        title, place, end = rest[0], rest[1], None
    elif at == 0:
        return None
    else:                   # the parts before the place are the type, joined as printed
        title = " ".join(sep.join(rest[:at]).split())
        place = rest[at]
        # how it ended: the last part after the place holding a word (a report number may follow it)
        end = next(((k, rest[k].rstrip(".")) for k in range(len(rest) - 1, at, -1)
                    if _NUMBERED.sub("", rest[k]).strip(" ,;.-")), None)
    if not title or len(title.split()) > MAX_TITLE_WORDS or any(c.isdigit() for c in title) \
            or not title[0].isalpha() or len(place.split()) > 10:
        return None
    if end and (len(end[1].split()) > MAX_OUTCOME_WORDS or not re.match(r"[A-Za-z]{2}", end[1])):
        end = None
    elif end:       # (its place counted from the place's: the same column on most entries)
        end = (end[0] - at, end[1])
    return title, place, end, len(parts), at is not None
