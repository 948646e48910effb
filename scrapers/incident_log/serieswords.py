"""The values of entries read by ``seriesentries.py``, named by their shapes and places in
the entry, never by a word of one log:

- **reported** date-time: a date printed in the entry, else the date in force (the last
  date printed before it, a day heading or the log's title; a heading giving two dates,
  a night shift's, moves to the second once the clock goes back past midnight), and the
  entry's clock time (``00:01:26``; four digits when a comma or "hrs" follows, ``At 0800,``);
- **type** and **place**, from the entry's first sentence once its lead (a mark, a code in
  brackets, the date and time) is set aside: ``place: type`` around a colon; a sentence in
  capitals (the type) before one opening with a house number or block (the place); or
  ``... of <Type> at <place>`` inside the sentence; after the entry's clock, ``<Type>,
  <place>`` or ``<Type> at <place>``, the place opening with its house number or block;
  where no entry names a type so and nearly every first sentence after the entry's date
  and clock sets one word in lower case after the type (``<Type> reported at <place>``):
  the words before it, and the place after its last "at" (``verb_type_place``);
- **occurred** date-time and its end: a sentence opened by a word naming when it happened
  and a date and clock, or two (``Occurred between 04/02/24 2210 hrs and 04/03/24 0140 hrs``);
- **outcome** (disposition): the words after the entry's number when they close its
  sentence (``Report N, unit secured.``, ``Case N; unfounded.``), or a sentence opened by
  a label naming one; after a lead-in of where, when and what, the entry's last sentence
  when it comes after the number's and cites no number of its series (an earlier case's
  sentence is no outcome);
- **summary**: the sentences between, the other numbers cited being related numbers.
"""
from __future__ import annotations

import re
from dataclasses import replace

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.paras import _ids
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.sentenceforms import DATE_FORM, DAY_LEAD, FIGURES_LEAD, after_label
from prr.scrapers.incident_log.text import DATE_RE, parse_datetime, shape

_COLON_CLOCK = re.compile(r"(?<![\d/:.-])(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)(?![\d:])")
_FOUR_CLOCK = re.compile(r"(?<![\d/:.-])((?:[01]\d|2[0-3])[0-5]\d)(?=,|\s*hrs\b)", re.I)
_LEAD_MARK = re.compile(r"^(?:\[[^\]]{1,8}\]\s*|\([^)]{1,8}\)\s*|[^\w\s]\s*)")
# the lead: "At 0800, ", "On 10/14/2025 at 02:44, "
_LEAD_WHEN = re.compile(r"^[A-Z][a-z]{1,7}\s+[^,]{0,30}?\d[^,]{0,20},\s+")
_CAPS = re.compile(r"^[A-Z0-9][A-Z0-9 ,&/'()-]{2,60}\.?$")
_PLACE_FIRST = re.compile(r"^\d+[A-Z]?\s+\S")
_OF_AT = re.compile(r"\bof\s+([A-Z][^.()]*?)\s+(?:at|on|in|near)\s+(?:the\s+)?(\S[^.()]*?)\s*(?:\(|\.|$)")
# the entry's clock leading it ("0815 hrs - ", "8:15 AM - ", "10:09 "), then "Type, 100 block
# of Elm St" or "Type at 100 Elm St": a type, then a place opening with its house number
_LEAD_CLOCK = re.compile(r"^(?:\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\d{4}(?:\s*hrs\b)?)\s*(?:[-\u2013\u2014]\s+)?")
_TYPE_PLACE = re.compile(r"^([A-Z][^,.:;]{2,60}?)(?:,| at| on| near)\s+(\d+[A-Z]?\s+\S[^;:]*?)\.?$")
_DASH_PLACE = re.compile(r"\s[-\u2013\u2014]\s+(\d+[A-Z]?\s+\S.*)$")
# where, when and what, parted by dashes, semicolons or commas: "PINE BLUFF PARK, pier 2 -
# 10/04/2025 1412 - Trespass.", "Carrow Hall, stairwell; 6/3/24 at 14:15; Vandalism."
_SEP = r"\s*[-\u2013\u2014;,|]\s*"
_DATED_LEAD = re.compile(rf"^(?P<where>[^.;:]{{2,80}}?){_SEP}(?P<day>{DATE_RE.pattern})"
                         rf"(?:\s+(?:at\s+)?(?P<clock>\d{{1,2}}:\d{{2}}|(?:[01]\d|2[0-3])[0-5]\d)(?:\s*hrs)?)?"
                         rf"{_SEP}(?P<what>[A-Z][^.;:]{{1,80}}?)\.?$")
_LABEL = re.compile(r"^([A-Z][a-z]+(?: [a-z]+)?):\s+(\S.*?)\.?$")
_CODE_AFTER = re.compile(r"\s+\((?=[^()]*\d)[^()]*(?:\([^()]*\)[^()]*)*\)$")
_NAMES = {"when": "reported_at", "type": "type", "where": "location", "outcome": "disposition",
          "told": "summary"}


def clock_of(text: str, number: str) -> str | None:
    """The entry's clock time (not a date's, not inside its number)."""
    # (a date's year is no clock: "August 10, 2018, deputies" is no 20:18)
    undated = DATE_RE.sub(" ", text.replace(number, " "))
    m = _COLON_CLOCK.search(undated) or _FOUR_CLOCK.search(undated)
    return m.group(1) if m else None


def has_date(text: str, number: str) -> bool:
    return DATE_RE.search(text.replace(number, " ")) is not None


def entry_record(number: str, sentences: list[str], page: int, date: str | None, place: str | None = None) -> dict:
    """A record from an entry's sentences; ``date``: the date in force before it; ``place``:
    the entry's own location line above it, if it has one."""
    text = " ".join(sentences)
    values: dict[str, str | None] = {}
    m = DATE_RE.search(text.replace(number, " "))
    day = m.group(0) if m else date
    clock = clock_of(text, number)
    if day:
        values["when"] = f"{day} {clock}" if clock else day
    rest = list(sentences)
    first = _LEAD_WHEN.sub("", _LEAD_MARK.sub("", rest[0]), count=1).strip()
    when_only = DAY_LEAD.sub("", first).lstrip(", ")
    if len(rest) > 1 and _LEAD_CLOCK.fullmatch(when_only + " "):
        # a lead of when only, its clock's "a.m." read as a full stop ("Dec. 17, 8:00 a.m.
        # Welfare check, ..."): what and where follow in the same sentence
        first = f"{when_only} {rest[1]}"
        rest[:2] = [f"{rest[0]} {rest[1]}"]
    lead = None
    used = {0}
    if place:
        values["where"] = place
    if ": " in first and len(first.split(": ", 1)[0].split()) <= 6 and number not in first:
        head, values["type"] = (v.strip().rstrip(".") for v in first.split(": ", 1))
        if not DATE_RE.search(head):        # "reported 10/13/2025 1907 hrs: <type>": a when, no place
            values["where"] = head
        elif place:
            used.add(0)
    elif _CAPS.match(first):
        values["type"] = first.rstrip(".")
        if len(rest) > 1 and _PLACE_FIRST.match(rest[1]):
            values["where"] = rest[1].rstrip(".")
            used.add(1)
    elif (m := _OF_AT.search(first)) is not None:
        values["type"], values["where"] = m.group(1).strip(), m.group(2).strip()
    elif (m := _TYPE_PLACE.match(_LEAD_CLOCK.sub("", first, count=1))) is not None and number not in first:
        values["type"], values["where"] = m.group(1).strip(), m.group(2).strip()
    elif (lead := _DATED_LEAD.match(_LEAD_MARK.sub("", rest[0]))) is not None and number not in rest[0]:
        values["where"], values["type"] = lead["where"].strip(), lead["what"].strip()
        values["when"] = f"{lead['day']} {lead['clock']}" if lead["clock"] else lead["day"]
    if "where" not in values:
        # a date and time, a dash, a place opening with its house number ("Reported Oct
        # 19, 2025 5:42 PM - 800 block of Elm Ct")
        for k, s in enumerate(rest[:3]):
            m = _DASH_PLACE.search(s)
            if m and DATE_RE.search(s[:m.start()]) and number not in s:
                values["where"] = m.group(1).rstrip(".")
                used.add(k)
                break
    for k, s in enumerate(rest):
        if number in s:
            used.add(k)
            after = s.split(number, 1)[1].strip()
            if after.startswith((",", ";")) and not _COLON_CLOCK.search(after) and not DATE_RE.search(after):
                values["outcome"] = after.lstrip(",; ").rstrip(".")
        label = _LABEL.match(s)
        if label and column_for(label.group(1)) == "disposition" and k:
            values["outcome"] = label.group(2)
            used.add(k)
    occurred = _occurred(rest)
    if lead is not None and "outcome" not in values:
        _last_outcome(values, rest, used, number)
    if values.get("type"):      # a rule cited after the type, "(43 CFR 9212.1(f))": not the type
        values["type"] = _CODE_AFTER.sub("", values["type"]) or values["type"]
    told = [s for k, s in enumerate(rest) if k not in used]
    values["told"] = " ".join(told) or None
    rec = build(values, _NAMES, page=page, number=number, raw=sentences)
    if values.get("when") and not rec.get("reported_at"):
        rec["reported_at"] = parse_datetime(values["when"])
    if occurred and not rec.get("occurred_at"):
        rec["occurred_at"], rec["occurred_to"] = occurred
    # (a code in brackets leading the entry is no number cited)
    cited = _ids(_LEAD_MARK.sub("", text, count=1))
    rec["related_numbers"] = [t for t in dict.fromkeys(cited) if t != number]
    return rec


# the date and clock leading an entry's first sentence ("05/11/26 0202 hrs. "), and its full stop
_FIGURES_LEAD_END = re.compile(FIGURES_LEAD.pattern + r"\.?\s*(?:[-\u2013\u2014]\s+)?", re.IGNORECASE)


def verb_type_place(records: list[dict]) -> None:
    """Where no entry's type was read and nearly every first sentence after its date and
    clock sets one word in lower case after the type ("Theft reported at Elm Park."): the
    type the words before it, the place what follows the sentence's last "at" (as for
    hanging entries, ``hanging.py``), in place."""
    if any(rec.get("type") for rec in records):
        return
    from prr.scrapers.incident_log import hanging  # (only for such entries)

    read = []
    for rec in records:
        raw = rec.get("raw")
        first = (raw[0] if isinstance(raw, list) and raw else str(raw or "").split("\n", 1)[0]).strip()
        lead = _FIGURES_LEAD_END.match(first)
        number = rec.get("record_no") or ""
        what = first[lead.end():].rstrip(".") if lead and (not number or number not in first) else ""
        read.append({"what": what})
    if not hanging._verb_type_place(read):
        return
    for rec, values in zip(records, read):
        if values.get("place") and values.get("what"):
            rec["type"], rec["location"] = values["what"], values["place"]
            fields = rec.setdefault("fields", {})
            fields["type"], fields["where"] = values["what"], values["place"]


# a sentence opened by a word naming when it happened and its date and clock, or two
# ("Occurred about 05/11/26 0729 hrs.", "Occurred between 05/10/26 1953 hrs and 05/11/26 0807 hrs.")
_STAMP = rf"({DATE_RE.pattern}\s+(?:\d{{1,2}}:\d{{2}}|(?:[01]\d|2[0-3])[0-5]\d)\b)(?:\s*hrs\b)?"
_WHEN_SENTENCE = re.compile(rf"^([A-Z][a-z]+)(?:\s+[a-z]+)?\s+{_STAMP}(?:\s+(?:and|to|-)\s+{_STAMP})?(?:\.|$)")


def _occurred(sentences: list[str]) -> tuple[str, str | None] | None:
    """The occurred date-time (and its end) from a sentence naming them (a clock's "hrs."
    ends no sentence: the next one may run on in the same piece); None where none does."""
    for s in sentences[1:]:
        m = _WHEN_SENTENCE.match(s.strip())
        if m is None or column_for(m.group(1)) != "occurred_at":
            continue
        start = parse_datetime(m.group(2))
        if start:
            return start, parse_datetime(m.group(3)) if m.group(3) else None
    return None


def _last_outcome(values: dict, sentences: list[str], used: set[int], number: str) -> None:
    """The entry's last sentence as its outcome, when it follows the sentence citing the
    number and cites no other number of the series."""
    own = next((k for k, s in enumerate(sentences) if number in s), None)
    last = len(sentences) - 1
    if own is None or last <= own or any(shape(t) == shape(number) for t in _ids(sentences[last])):
        return
    values["outcome"] = sentences[last].rstrip(".")
    used.add(last)


def opened_entries(paragraphs, opener: str, form) -> list[list]:
    """Entries of paragraphs' pieces: from each piece whose ``form`` is ``opener`` to the
    next such piece, or to the end of its paragraph (pieces before the first are none's);
    a paragraph opened by a short label and a colon before a date-led opener opens one too."""
    entries: list[list] = []
    for para in paragraphs:
        current = None
        for k, piece in enumerate(para):
            # (a sub-item's piece, its numbers set aside by the reader, stays as it is)
            labelled = after_label(piece.text) if k == 0 and opener == DATE_FORM \
                and not getattr(piece, "nested", False) else None
            if labelled and form(labelled) == opener:
                # an entry of the same form under a label of its own (one typed in later,
                # at the page's foot): an entry all the same, read without its label
                piece = replace(piece, text=labelled)
                current = []
                entries.append(current)
            elif form(piece.text) == opener:
                current = []
                entries.append(current)
            if current is not None:
                current.append(piece)
    return entries
