"""Values written only in an entry's own text, for records whose reader kept the text but
filled none of the common fields (a narrative entry, a paragraph):

    0331 hrs Burglary - Commercial - 1354 Sequoia Way. Report No. CH25-20411. ...
    Outcome: Report taken.

Read conservatively, each part only where the document's entries share its shape (layout
inference: the shape holds on most of the records that have text, not on one):

- **when**: a clock or a date-time opening the entry (after its list number or its own
  number), the clock marked as one ("hrs", "hours", a colon) or followed by the record's
  number; a clock alone takes the date of the day heading above it. Or the time after the
  general word for it ("reported 10/06/2025 0020").
- **disposition** (and a place) after an inline label that any log may use for it
  ("Disp:", "Outcome:", "Action:", "Location:"), to the end of its sentence.
- **place**: a street address in the text (a house or block number, the street's name,
  a street word: "5100 block of Farrowdale Ct"), the first one.
- **type**: the words between the entry's opening and that address, where they are a
  short title set apart from it ("Burglary - Commercial - 1354 ...", "Crash with
  injuries at 4100 block of ...", "Theft - caller reports 12 ..." cut where prose starts).

Only empty fields are filled: a value any reader found stays.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.partedlines import separated_parts
from prr.scrapers.incident_log.text import DATETIME_RE, parse_datetime
from prr.scrapers.incident_log.typeplace import types_before_places

MIN_SHARE = 0.6         # share of the records with text whose text has the shape
MIN_RECORDS = 3
SAMPLE = 100            # first records read for an opening time before all are
# the keys a reader keeps an entry's free text under
_TEXT_KEYS = ("summary", "told", "_narrative", "_text", "narrative", "details", "remarks", "text")

# an entry's opening: its list number ("4.", "(1)", "4.1"), its own number perhaps after a word for it
_LIST = r"(?:(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]|\d{1,3}\.\d{1,2}|[•·»]|\(?[a-z]\))\s+)?"
_CLOCK = r"(?:[01]\d[0-5]\d|2[0-3][0-5]\d|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?)"
_MARK = r"(?:\s*(?:hrs|hours|h|L)\b\.?)"
_NUMWORD = r"(?:(?:report|case|incident|call|event|file|complaint)(?:\s+(?:no|number|#)\.?)?:?\s+|no\.\s+)"
_YEARLESS = re.compile(rf"^(?:on\s+)?(?:(?:[A-Z][a-z]{{2,8}}\.?,?\s+)?(?P<mon>[A-Z][a-z]{{2,8}})\.?\s+(?P<day>\d{{1,2}})"
                       rf"|(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d))(?![/\d]),?\s+(?:at\s+)?(?!(?:19|20)\d\d\b\s*(?:,|at\b))"
                       rf"(?P<clock>{_CLOCK})(?!\d)", re.I)
_PERIOD_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-\u2013]\s*"
                          r"(?:[a-z]+\.?\s+)?\d{1,2})?,?\s+((?:19|20)\d\d)\b", re.I)
_NUM_LEAD = re.compile(rf"{_NUMWORD}?", re.I)
_WORDS_LEAD = re.compile(rf"(?:{_NUMWORD}|(?:[A-Za-z#]+\.?\s+){{1,3}})?[(\[]?", re.I)
_OWN_TAIL = re.compile(r"^[)\]]?[.,:;|]?\s*(?:[-\u2014\u00b7]\s+)?")
_CITED_WORDS = re.compile(r"(?:[A-Za-z.#]+\s+)*")
_OPEN_CLOCK = re.compile(rf"^{_LIST}(?P<clock>{_CLOCK})(?P<mark>{_MARK})?(?=[\s:.,-])", re.I)

# the general words for how an entry ended, and for its place, used as labels inside the text
_DISP_LABEL = re.compile(r"(?:^|(?<=[.;)]\s)|(?<=\s\s))(?:disp|dispo|disposition|outcome|result|action(?: taken)?|"
                         r"resolution|cleared)\s*:\s*(?P<v>[^.;]+?)\s*(?:[.;](?:\s|$)|$)", re.I)
_PLACE_LABEL = re.compile(r"(?:^|(?<=[.;)]\s)|(?<=\s\s))(?:location|address|place)\s*:\s*(?P<v>[^;]+?)\s*"
                          r"(?:\.(?:\s|$)|;|$)", re.I)
_REPORTED = re.compile(r"\b(?:reported|logged|received)(?:\s+(?:on|at))?\s+(?P<v>\S.{6,40})", re.I)

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
    every = [(r, _text(r)) for r in records]
    texts = [(r, t) for r, t in every if t]
    # cheap test: only where most records have text and most lack a common field
    if len(texts) >= MIN_SHARE * len(records) and sum(1 for r, _ in texts if not all(
            r.get(f) for f in ("reported_at", "type", "location", "disposition"))) >= MIN_SHARE * len(texts):
        every = None        # (the passes below may change the records: their texts read again)
        separated_parts(texts, _fill)       # "NUMBER ; date time ; TYPE ; 12 ELM ST ; OUTCOME" (partedlines.py)
        _disposition(texts)
        _places_and_types(texts)
        types_before_places([r for r, _ in texts])   # "Theft at 12 Elm St" as the type (typeplace.py)
        _parted_sentence(texts)
        _closing_outcome(texts)
    # the time opening each entry's first line, where most have none (a reader may have kept
    # the rest of the line as values and no text)
    if sum(1 for r in records if not r.get("reported_at") and not r.get("occurred_at")) >= MIN_SHARE * len(records):
        _when(every or [(r, _text(r)) for r in records], page_texts)


def _text(rec: dict) -> str:
    fields = rec.get("fields") or {}
    if not rec.get("summary") and fields.keys().isdisjoint(_TEXT_KEYS):
        return ""       # (no key a text is kept under: most records of a table, told in one look)
    for key in _TEXT_KEYS:
        v = fields.get(key) if key != "summary" else (rec.get("summary") or fields.get("summary"))
        if isinstance(v, str) and len(v.split()) >= 4:
            return " ".join(v.split())
    return ""


def _most(hits: list, texts: list) -> bool:
    return len(texts) >= MIN_RECORDS and sum(1 for h in hits if h) >= MIN_SHARE * len(texts)


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
        if not _most(hits, texts):
            continue
        for (rec, _), m in zip(texts, hits):
            if m and not rec.get(field) and len(m.group("v").split()) <= 12:
                _set(rec, field, m.group("v").strip(" -,"), name)


def _places_and_types(texts: list) -> None:
    found = [_ADDRESS.search(t) for _, t in texts]
    if not _most(found, texts):
        return
    titles = [_title(rec, t, m) if m else None for (rec, t), m in zip(texts, found)]
    fill_titles = _most(titles, texts)
    towns = [_town(rec, m.group("a")) if m else None for (rec, _), m in zip(texts, found)]
    with_town = sum(1 for t in towns if t) >= MIN_SHARE * sum(1 for m in found if m)
    for (rec, _), m, title, town in zip(texts, found, titles, towns):
        if m and not rec.get("location"):
            place = m.group("a").rstrip(".")
            _set(rec, "location", f"{place}, {town}" if with_town and town else place, "location")
        if fill_titles and title and not rec.get("type") and not rec.get("offences"):
            _set(rec, "type", title, "type")


def _parted_sentence(texts: list) -> None:
    """"Hazmat declaration missing - Passenger waiting room.", "Dog at large at Owl Canyon, lot 2.":
    the entry's first sentence after its opening, a short title then a place, parted the same way
    on most entries (a spaced dash once, or "at" before the place)."""
    if sum(1 for r, _ in texts if not r.get("location") and not r.get("type") and not r.get("offences")) \
            < MIN_SHARE * len(texts):
        return
    for sep in (" - ", " at "):
        parts = [_parts(rec, t, sep) for rec, t in texts]
        if _most(parts, texts):
            break
    else:
        return
    for (rec, _), p in zip(texts, parts):
        if p and not rec.get("location") and not rec.get("type") and not rec.get("offences"):
            _set(rec, "type", p[0], "type")
            _set(rec, "location", p[1], "location")


def _parts(rec: dict, text: str, sep: str) -> tuple[str, str] | None:
    first = _FIRST_SENTENCE.match(_strip_opening(rec, text))
    if not first:
        return None
    sentence = first.group(1)
    if sep == " - " and sentence.count(sep) != 1:
        return None
    title, _, place = sentence.rpartition(sep)
    if not _short_title(title) or not place or len(place.split()) > 10 or not place[0].isalnum():
        return None
    return title, place


_FIRST_SENTENCE = re.compile(r"^(.+?)\.(?:\s|$)")
_NUMBERED = re.compile(r"\S*\d\S*")
_RULE = re.compile(r"[-_=*]{3}")
MAX_OUTCOME_WORDS = 6
MAX_DISTINCT = 0.5      # distinct outcomes (numbers aside) per record: an outcome's words come back


def _closing_outcome(texts: list) -> None:
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
    if not _most(last, texts):
        return
    kinds = Counter(_NUMBERED.sub("", e).strip(" ,;").lower() for e in last if e)
    if len(kinds) < 2 or len(kinds) > MAX_DISTINCT * sum(1 for e in last if e):
        return
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
        s = _drop_own(rec, s, _NUM_LEAD)
        m = DATETIME_RE.match(s)
        if m:
            s = s[m.end():]
        m = _OPEN_CLOCK.match(s)
        if m:
            s = s[m.end():]
        s = re.sub(r"^(?:[A-Z][a-z]{2}\s+(?=[A-Z][a-z]{2}\s+\d))", "", s)     # a weekday before a date
        s = s.lstrip(" -:;,.")
        if s == before:
            break
    return s


def _when(texts: list, page_texts: list[str]) -> None:
    if sum(1 for r, _ in texts if not r.get("reported_at") and not r.get("occurred_at")) < MIN_SHARE * len(texts):
        return
    year = _doc_year(page_texts)
    # (the entry's opening as printed: its first line, where a reader kept the date apart from the text)
    # (each reading stops as soon as "most" is out of reach: where entries open with no time,
    # as on most logs, only the first misses are read, not every record twice)
    # (an empty text opens with nothing: not read)
    def opening(rec: dict, t: str):
        return _opening_time(rec, " ".join((rec.get("raw") or t).split("\n")[0].split()), year) \
            or (_opening_time(rec, t, year) if t else None)
    # a sample first on a long log: where none of its first SAMPLE entries opens with a time,
    # most cannot (a log's entries open alike); the exact reading stops early only after
    # 40% of the records (checked against every PDF of the corpus: no record changes)
    if len(texts) > 2 * SAMPLE and not any(opening(rec, t) for rec, t in texts[:SAMPLE]):
        got = None
    else:
        got = _most_read(opening, texts)
    if got is None:
        got = _most_read(_reported, texts)
        if got is None:
            return
    days = None
    for (rec, _), g in zip(texts, got):
        if not g or rec.get("reported_at") or rec.get("occurred_at"):
            continue
        iso, clock = g
        if iso is None:
            days = _day_dates(page_texts) if days is None else days
            day = _day_of(rec, days, page_texts)
            iso = f"{day}T{clock}:00" if day else None
        if iso:
            rec["reported_at"] = iso


def _reported(rec: dict, t: str) -> tuple[str, None] | None:
    m = _REPORTED.search(t)
    iso = parse_datetime(m.group("v")) if m else None
    return (iso, None) if iso and "T" in iso else None


def _most_read(read, texts: list) -> list | None:
    """``read(rec, text)`` of each record where ``_most`` holds of the results, else None;
    stopping at the miss after which the share it needs can no longer be reached (exact: the
    same answer as reading them all)."""
    if len(texts) < MIN_RECORDS:
        return None
    need = MIN_SHARE * len(texts)
    got, misses = [], 0
    for rec, t in texts:
        g = read(rec, t)
        got.append(g)
        if not g:
            misses += 1
            if len(texts) - misses < need:
                return None
    return got if len(texts) - misses >= need else None


def _drop_own(rec: dict, s: str, lead: re.Pattern) -> str:
    """``s`` without the record's own number opening it (after what ``lead`` allows), and the
    bracket, stop or dash after it. (String search: a pattern per record would be compiled anew.)"""
    for own in (rec.get("record_no"), rec.get("case_no")):
        at = s.find(own) if own else -1
        end = at + len(own) if at >= 0 else 0
        if at < 0 or at > 40 or not lead.fullmatch(s[:at]) or (end < len(s) and s[end].isalnum()):
            continue
        return _OWN_TAIL.sub("", s[end:], count=1)
    return s


def _opening_time(rec: dict, text: str, year: str | None) -> tuple[str | None, str | None] | None:
    """(date-time, None) for an entry opening with a date and time (one without its year
    given the document's), (None, "HH:MM") for one opening with a marked clock, else None."""
    s = re.sub(rf"^{_LIST}", "", text)
    s = _drop_own(rec, s, _WORDS_LEAD)     # perhaps after a word or two naming it ("Crash Report 25-2312,")
    s = re.sub(r"^[A-Z][a-z]{2}\.?\s+(?=[A-Z][a-z]{2}\.?\s+\d)", "", s)     # "Mon Oct 13, 2025 0038"
    s = re.sub(r"^on\s+(?=\S+\s+\d)", "", s, flags=re.I)                   # "On October 13, 2025 at 0153"
    m = DATETIME_RE.match(s)
    if m:
        iso = parse_datetime(m.group(0))
        return (iso, None) if iso and "T" in iso else None
    m = _YEARLESS.match(s)
    if m and year:          # "Oct 13, 09:28", "Mon. Oct. 13, 5:06 a.m.", "10/20 0021": the document's year
        date = f"{m.group('mon')} {m.group('day')}, {year}" if m.group("mon") else \
            f"{m.group('m')}/{m.group('d')}/{year}"
        iso = parse_datetime(f"{date} {m.group('clock')}")
        return (iso, None) if iso and "T" in iso else None
    m = _OPEN_CLOCK.match(s)
    if not m:
        return None
    rest = s[m.end():].lstrip(" -:.")
    # a clock, not a house number: marked as one, or followed by the record's own number
    if not (m.group("mark") or ":" in m.group("clock") or _drop_own(rec, rest, _NUM_LEAD) != rest):
        return None
    t = parse_datetime(f"01/01/2000 {m.group('clock')}")
    return (None, t[11:16]) if t else None


def _doc_year(page_texts: list[str]) -> str | None:
    """The year of the first full date on the first page (the log's period or issue date)."""
    m = DATETIME_RE.search(page_texts[0]) if page_texts else None
    iso = parse_datetime(m.group(0)) if m else None
    if iso:
        return iso[:4]
    # a period under a month's name: "October 13-19, 2025" (no bare number: "1900 block of ...")
    y = _PERIOD_YEAR.search(page_texts[0]) if page_texts else None
    return y.group(1) if y else None


def _day_dates(page_texts: list[str]) -> list[list[tuple[int, str]]]:
    """Per page, (line index, date) for each line outside the entries holding a date without
    a time (a day heading, a page's date, "Daily log for Wednesday Oct 22, 2025; ...")."""
    found = []
    for text in page_texts:
        marks = []
        for i, line in enumerate(text.splitlines()):
            s = line.strip()
            # (an entry opening with its clock is no heading)
            m = DATETIME_RE.search(s) if s and len(s) <= 100 and not _OPEN_CLOCK.match(s) else None
            # (a period, two dates, is no day's heading: "log 11/03/2025 - 11/04/2025")
            if m and len(s) - len(m.group(0)) <= 80 and not m.group(2) and not DATETIME_RE.search(s, m.end()):
                marks.append((i, m.group(1)))
        found.append(marks)
    # numeric dates read day first where the document's show it ("13/10/2025", none "10/13/2025")
    pairs = [tuple(map(int, n.groups())) for marks in found for _, d in marks
             if (n := re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-]", d))]
    day_first = any(a > 12 for a, _ in pairs) and not any(b > 12 for _, b in pairs)
    out = []
    for marks in found:
        dated = []
        for i, d in marks:
            if day_first:
                d = re.sub(r"^(\d{1,2})([/.-])(\d{1,2})\2", r"\3\2\1\2", d)
            if iso := parse_datetime(d):
                dated.append((i, iso[:10]))
        out.append(dated)
    return out


def _day_of(rec: dict, days: list, page_texts: list[str]) -> str | None:
    """The date of the last day heading above the record's first line (on its page or before)."""
    page = (rec.get("page") or 1) - 1
    if not 0 <= page < len(page_texts):
        return None
    first = (rec.get("raw") or "").split("\n")[0].strip()
    lines = page_texts[page].splitlines()
    at = next((i for i, ln in enumerate(lines) if first and first in ln), None)
    if at is None:
        return None
    above = [d for i, d in days[page] if i < at]
    if above:
        return above[-1]
    for p in range(page - 1, -1, -1):
        if days[p]:
            return days[p][-1][1]
    return None
