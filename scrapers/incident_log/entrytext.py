"""Values written only in an entry's own text, for records whose reader kept the text but
filled none of the common fields (a narrative entry, a paragraph):

    0331 hrs Burglary - Commercial - 1354 Sequoia Way. Report No. CH25-20411. ...
    Outcome: Report taken.

Read conservatively, each part only where the document's entries share its shape (layout
inference: the shape holds on most of the records that have text, not on one):

- **when**: a clock or a date-time opening the entry, or the time after the general word
  for it (``entrytime.py``).
- **disposition** (and a place) after an inline label that any log may use for it
  ("Disp:", "Outcome:", "Action:", "Location:"), to the end of its sentence.
- **place**: a street address in the text (a house or block number, the street's name,
  a street word: "5100 block of Farrowdale Ct"), the first one.
- **type**: the words between the entry's opening and that address, where they are a
  short title set apart from it ("Burglary - Commercial - 1354 ...", "Crash with
  injuries at 4100 block of ...", "Theft - caller reports 12 ..." cut where prose starts), or
  the first sentence parted into a title and a place the same way on most entries ("Fraud,
  Harbour Road.", "Lost dog - Quay 3.").
- **occurrence**: a sentence opened by the word for it and a date-time or a span
  ("Occurred 05/18/2026 1230 to 05/18/2026 1513.").

Only empty fields are filled: a value any reader found stays (but for a type that is the
whole first sentence, title and place run together: parted as the other entries are).
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.entrytime import LIST_MARK as _LIST
from prr.scrapers.incident_log.entrytime import (
    MIN_RECORDS,
    MIN_SHARE,
    NUM_LEAD,
    OPEN_CLOCK,
    drop_own,
    entry_times,
    most,
)
from prr.scrapers.incident_log.fields import ADDRESS, column_for
from prr.scrapers.incident_log.partedlines import separated_parts
from prr.scrapers.incident_log.text import DATETIME_RE, parse_range
from prr.scrapers.incident_log.typeplace import types_before_places

# the keys a reader keeps an entry's free text under
_TEXT_KEYS = ("summary", "told", "_narrative", "_text", "narrative", "details", "remarks", "text")
_CITED_WORDS = re.compile(r"(?:[A-Za-z.#]+\s+)*")

# the general words for how an entry ended, and for its place, used as labels inside the text
_DISP_LABEL = re.compile(r"(?:^|(?<=[.;)]\s)|(?<=\s\s))(?:disp|dispo|disposition|outcome|result|action(?: taken)?|"
                         r"resolution|cleared)\s*:\s*(?P<v>[^.;]+?)\s*(?:[.;](?:\s|$)|$)", re.I)
_PLACE_LABEL = re.compile(r"(?:^|(?<=[.;)]\s)|(?<=\s\s))(?:location|address|place)\s*:\s*(?P<v>[^;]+?)\s*"
                          r"(?:\.(?:\s|$)|;|$)", re.I)

# a street address: house or block number, one to three words of the street's name, a street word
_STREET = (r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Blvd|Boulevard|Pl|Place|Cir|Circle|"
           r"Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Trl|Trail|Loop|Row|Sq|Square|Plz|Plaza)")
_ADDRESS = re.compile(rf"(?<![\w/-])(?P<a>\d{{1,6}}[A-Za-z]?(?:\s+(?:block|blk)(?:\s+of)?)?"
                      rf"(?:\s+(?:[NSEW]|North|South|East|West)\.?)?(?:\s+[A-Z][A-Za-z'-]*){{1,3}}?"
                      rf"\s+(?:{_STREET}|{_STREET.upper()})\b\.?(?:\s+\d{{1,4}}(?=[,.)]|$))?)")
# the town after the address, closing its line or followed by a note: "2588 Sayer Ave, Osk Valley (...)"
_TOWN = re.compile(r"^,\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*(?:$|\(|\.(?:\s|$))")
# what sets a title apart from the address after it
_TITLE_END = re.compile(r"(?:\s+(?:at|in|on|near)(?:\s+the)?|\s+@|\s*[-,;:])\s*$", re.I)
_PROSE_DASH = re.compile(r"\s+-\s+(?=[a-z])")      # "Theft - caller reports ...": the title ends there
MAX_TITLE_WORDS = 6


def entry_text_fields(records: list[dict], page_texts: list[str]) -> None:
    """In place: empty common fields read from each record's own text (see the module's note)."""
    if len(records) < MIN_RECORDS:
        return
    # (``_text``'s first test inline: most records of a long log keep no text, told without a call)
    every = [(r, _text(r) if r.get("summary") or not (r.get("fields") or {}).keys().isdisjoint(_TEXT_KEYS) else "")
             for r in records]
    texts = [(r, t) for r, t in every if t]
    # cheap test: only where most records have text and most lack a common field
    if len(texts) >= MIN_SHARE * len(records):
        lacking = [not all(r.get(f) for f in _COMMON) for r, _ in texts]
        if sum(lacking) >= MIN_SHARE * len(texts):
            every = None        # (the passes below may change the records: their texts read again)
            _fill_in(texts, [])
        else:
            # a log in sections of two layouts, one read whole by its reader: the other
            # section's entries, still lacking, are read as a document of their own
            for group in _lacking_runs(texts, lacking):
                inside = {id(r) for r, _ in group}
                # (an outcome the other section states comes back too)
                _fill_in(group, [r.get("disposition") for r in records if id(r) not in inside])
                entry_times([(r, _text(r)) for r, _ in group], page_texts)
    # the time opening each entry's first line, where most have none (a reader may have kept
    # the rest of the line as values and no text)
    # (``entry_times`` tells itself whether most records have none: counted here only before
    # the texts are read again)
    if every is not None:
        entry_times(every, page_texts)
    elif sum(1 for r in records if not r.get("reported_at") and not r.get("occurred_at")) >= MIN_SHARE * len(records):
        entry_times([(r, _text(r)) for r in records], page_texts)
    if every is None:
        # (after the opening times: an occurrence read first would leave the entry's time unread)
        _worded_dates([(r, _text(r)) for r, _ in texts])


_COMMON = ("reported_at", "type", "location", "disposition")
MIN_SECTION = 10        # entries in a row lacking a field: a section with a shape of its own


def _lacking_runs(texts: list, lacking: list[bool]) -> list[list]:
    """The runs of consecutive records (in the document's order) that lack a common field,
    each long enough to be a section of its own."""
    runs, run = [], []
    for item, lacks in zip(texts + [None], lacking + [False]):
        if lacks:
            run.append(item)
            continue
        if len(run) >= MIN_SECTION:
            runs.append(run)
        run = []
    return runs


def _fill_in(texts: list, outcomes: list) -> None:
    """The fill-in passes over records whose texts share a shape (see the module's note);
    ``outcomes``: those the document's other records state."""
    separated_parts(texts, _fill)       # "NUMBER ; date time ; TYPE ; 12 ELM ST ; OUTCOME" (partedlines.py)
    _disposition(texts)
    _places_and_types(texts)
    types_before_places([r for r, _ in texts])   # "Theft at 12 Elm St" as the type (typeplace.py)
    _parted_sentence(texts)
    _closing_outcome(texts, outcomes)


def _text(rec: dict) -> str:
    fields = rec.get("fields") or {}
    if not rec.get("summary") and fields.keys().isdisjoint(_TEXT_KEYS):
        return ""       # (no key a text is kept under: most records of a table, told in one look)
    for key in _TEXT_KEYS:
        v = fields.get(key) if key != "summary" else (rec.get("summary") or fields.get("summary"))
        if isinstance(v, str) and len(v.split()) >= 4:
            return " ".join(v.split())
    return ""



def _fill(rec: dict, field: str, value: str) -> None:
    """``value`` as ``field`` where no reader set it (a type where no offences either)."""
    if value and not rec.get(field) and not (field == "type" and rec.get("offences")):
        _set(rec, field, value, field)


def _set(rec: dict, field: str, value: str, name: str) -> None:
    rec[field] = value
    rec.setdefault("fields", {}).setdefault(name, value)


def _disposition(texts: list) -> None:
    for field, rx, name in (("disposition", _DISP_LABEL, "disposition"), ("location", _PLACE_LABEL, "location")):
        hits = [rx.search(t) for _, t in texts]
        if not most(hits, texts):
            continue
        for (rec, _), m in zip(texts, hits):
            if m and not rec.get(field) and len(m.group("v").split()) <= 12:
                _set(rec, field, m.group("v").strip(" -,"), name)


def _places_and_types(texts: list) -> None:
    found = [_ADDRESS.search(t) for _, t in texts]
    if not most(found, texts):
        return
    titles = [_title(rec, t, m) if m else None for (rec, t), m in zip(texts, found)]
    fill_titles = most(titles, texts)
    towns = [_town(rec, m.group("a")) if m else None for (rec, _), m in zip(texts, found)]
    with_town = sum(1 for t in towns if t) >= MIN_SHARE * sum(1 for m in found if m)
    for (rec, _), m, title, town in zip(texts, found, titles, towns):
        if m and not rec.get("location"):
            place = m.group("a").rstrip(".")
            _set(rec, "location", f"{place}, {town}" if with_town and town else place, "location")
        if fill_titles and title and not rec.get("type") and not rec.get("offences"):
            _set(rec, "type", title, "type")


def _parted_sentence(texts: list) -> None:
    """"Hazmat declaration missing - Passenger waiting room.", "Dog at large at Owl Canyon, lot 2.",
    "Fraud - bank card, 1000 block of Elm Lane.": the entry's first sentence after its opening, a
    short title then a place, parted the same way on most entries (a spaced dash once, "at"
    before the place, or a comma before it where what follows the comma reads as a place, an
    address or a street's name, on most entries: a comma alone says nothing of what follows).
    A reader that took the whole sentence as the type (title and place run together) is read
    the same way: the sentence is the entry's, its parts are what the log prints apart."""
    if sum(1 for r, t in texts if _unparted(r, t)) < MIN_SHARE * len(texts):
        return
    for sep in (" - ", " at ", ", "):
        parts = [_parts(rec, t, sep) for rec, t in texts]
        if most(parts, texts) and (sep != ", " or most([p and _PLACE_READ.search(p[1]) for p in parts], texts)):
            break
    else:
        return
    for (rec, t), p in zip(texts, parts):
        if p and _unparted(rec, t):
            if rec.get("type"):
                rec["offences"] = [p[0] if o == rec["type"] else o for o in rec.get("offences") or []]
                if (rec.get("fields") or {}).get("type") == rec["type"]:
                    rec["fields"].pop("type")
                rec["type"] = None
            _set(rec, "type", p[0], "type")
            _set(rec, "location", p[1], "location")


# what reads as a place: a house or block number, a street's name (its street word), a crossing
_PLACE_READ = re.compile(rf"{ADDRESS.pattern}|\b{_STREET}\b", re.I)


def _unparted(rec: dict, text: str) -> bool:
    """No place read, and no type either, or one that is the whole first sentence after the
    entry's opening (a title and a place after it run together)."""
    if rec.get("location"):
        return False
    if not rec.get("type"):
        return not rec.get("offences")
    first = _FIRST_SENTENCE.match(_strip_opening(rec, text))
    return bool(first) and first.group(1) == rec["type"] and rec.get("offences", [rec["type"]]) in ([], [rec["type"]])


def _parts(rec: dict, text: str, sep: str) -> tuple[str, str] | None:
    first = _FIRST_SENTENCE.match(_strip_opening(rec, text))
    if not first:
        return None
    sentence = first.group(1)
    if sep == " - " and sentence.count(sep) != 1:
        return None
    # (a title holds no comma: the place after the first one may hold more, "Owl Canyon, lot 2")
    title, _, place = sentence.partition(sep) if sep == ", " else sentence.rpartition(sep)
    while sep == ", " and ", " in place and DATETIME_RE.search(place.split(", ", 1)[0]):
        place = place.split(", ", 1)[1]     # "reported 10/01/2025 04:22, Elm Road": a date is no place
    if not _short_title(title) or not place or len(place.split()) > 10 or not place[0].isalnum():
        return None
    return title, place


# a sentence opened by a word and a date-time, maybe a span: "Occurred 05/18/2026 1230 to 05/18/2026 1513."
_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:?\d{2}"
_WORDED_DATE = re.compile(rf"(?:^|(?<=\.\s))([A-Z][a-z]{{2,11}})\s+({_STAMP}(?:\s+(?:to|-)\s+{_STAMP})?)(?=\.(?:\s|$))")


def _worded_dates(texts: list) -> None:
    """A sentence of the entry opened by a word naming when it occurred and its date-time (or
    span): the entry's occurrence, where the log writes such sentences entry after entry
    (not all entries need one) and no reader set it."""
    hits = [(rec, m) for rec, t in texts for m in _WORDED_DATE.finditer(t) if column_for(m.group(1)) == "occurred_at"]
    if len(hits) < MIN_RECORDS:
        return
    for rec, m in hits:
        if rec.get("occurred_at"):
            continue
        start, stop = parse_range(m.group(2))
        if start:
            _set(rec, "occurred_at", start, m.group(1))
            if stop and stop != start:
                rec["occurred_to"] = stop


_FIRST_SENTENCE = re.compile(r"^(.+?)\.(?:\s|$)")
_NUMBERED = re.compile(r"\S*\d\S*")
_RULE = re.compile(r"[-_=*]{3}")
MAX_OUTCOME_WORDS = 6
MAX_DISTINCT = 0.5      # distinct outcomes (numbers aside) per record: an outcome's words come back


def _closing_outcome(texts: list, outcomes: list) -> None:
    """The entry's last sentence, short and (numbers aside) one of a few the document repeats
    ("Report taken.", "Referred to AST, AK25385572."): how it ended, on most entries."""
    if sum(1 for r, _ in texts if not r.get("disposition")) < MIN_SHARE * len(texts):
        return
    last = []
    for _, t in texts:
        sentences = re.split(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z])", t)
        end = sentences[-1].strip().rstrip(".") if len(sentences) >= 2 else ""
        end = end.rpartition(": ")[2]       # "The call was cleared: closed"
        # (not a pointer to another paper: "See offense report # 16-1807")
        last.append(end if _RULE.search(end) is None and re.match(r"(?!see\b|refer to\b)[A-Za-z]{2}", end, re.I)
                    and len(end.split()) <= MAX_OUTCOME_WORDS else None)
    if not most(last, texts):
        return
    kinds = Counter(_NUMBERED.sub("", e).strip(" ,;").lower() for e in last if e)
    if len(kinds) < 2 or len(kinds) > MAX_DISTINCT * sum(1 for e in last if e):
        return
    kinds.update({_NUMBERED.sub("", o).strip(" ,;").lower() for o in outcomes if isinstance(o, str) and o})
    for (rec, _), end in zip(texts, last):
        # (an outcome comes back: one printed once may be the page's foot run into the entry)
        if end and not rec.get("disposition") and kinds[_NUMBERED.sub("", end).strip(" ,;").lower()] >= 2:
            _set(rec, "disposition", end, "disposition")


def _short_title(head: str) -> bool:
    return bool(head) and len(head.split()) <= MAX_TITLE_WORDS and head[0].isalpha() and head[0].isupper() \
        and not any(c.isdigit() for c in head)


def _town(rec: dict, address: str) -> str | None:
    """The town printed after the address on its line, if any (read on the record's lines as printed)."""
    for line in (rec.get("raw") or "").split("\n"):
        line = " ".join(line.split())
        at = line.find(address)
        if at >= 0:
            m = _TOWN.match(line[at + len(address):])
            return m.group(1) if m else None
    return None


def _title(rec: dict, text: str, address: re.Match) -> str | None:
    """The short title between the entry's opening and its address, or None."""
    head = text[:address.start()]
    head = _strip_opening(rec, head)
    cut = _PROSE_DASH.search(head)
    if cut:
        head = head[:cut.start()]
    else:
        end = _TITLE_END.search(head)
        if not end:
            return None
        head = head[:end.start()]
    for own in (rec.get("record_no"), rec.get("case_no")):
        at = head.find(f"{own})") if own else -1
        if at >= 0:     # "Theft from Vehicle (Case 25-031203)": its own number cited beside it
            start = head.rfind("(", 0, at)
            if start >= 0 and _CITED_WORDS.fullmatch(head[start + 1:at]):
                head = (head[:start].rstrip() + " " + head[at + len(own) + 1:].lstrip()).strip()
    head = head.strip(" -,;:.")
    words = head.split()
    if not words or len(words) > MAX_TITLE_WORDS or not head[0].isalpha() or any(c.isdigit() for c in head) \
            or head.endswith((" the", " a", " to")):
        return None
    return head


def _strip_opening(rec: dict, head: str) -> str:
    """``head`` without the entry's list number, own number and opening date or clock."""
    s = head
    for _ in range(4):
        before = s
        s = re.sub(rf"^{_LIST}", "", s)
        s = drop_own(rec, s, NUM_LEAD)
        m = DATETIME_RE.match(s)
        if m:
            s = s[m.end():]
        m = OPEN_CLOCK.match(s)
        if m:
            s = s[m.end():]
        s = re.sub(r"^(?:[A-Z][a-z]{2}\s+(?=[A-Z][a-z]{2}\s+\d))", "", s)     # a weekday before a date
        s = s.lstrip(" -\u2013\u2014:;,.")      # (a dash of any length after the opening)
        if s == before:
            break
    return s
