"""Typed daily reports: entries led by a clock time, in prose wrapped under the text, the
date only in the heading over each officer's (or unit's) report. Most entries are work
with no record (a meal, a patrol, a stop); an entry is a record only when its prose cites
a number of the document's one series of incident numbers, and an incident worked by
several officers is cited by each of their entries: one record, where it is first cited.

No label or word tells the series: it is the shape of token (letters and digits, a dash)
with the most distinct values, some cited again by a second entry (the incident's other
officer), those values running close together as one numbering does. Speeds, house numbers, badge numbers and mileage are plain
digits, a code such as ``10-7`` repeats one value, and a citation or arrest number in an
outcome is cited by a few entries only: none of them is the series.

The entry's nature and place are read from the clause holding a house-numbered address
(the words before it the nature), its outcome from a label that names an outcome.
The records replace those read otherwise only when these numbers are not already theirs.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.logresult import LogResult
from prr.scrapers.incident_log.record import build, record_numbers
from prr.scrapers.incident_log.text import DATE_RE, parse_datetime, shape

MIN_IDS = 8             # distinct numbers of the series needed to call it one
SPREAD = 20             # a series' numbers span at most this many times their count
PROSE = 0.8             # of the entries written as prose, no cells lined up in columns
EDGE = 2                # lines at a page's top and foot looked at for running furniture
_ENTRY = re.compile(r"^(\d{4}|\d{1,2}:\d{2})\s+(\S.*)$")
# ``_ENTRY`` on a page's text after a line break, as on one line (its spaces no line break)
_PAGE_ENTRY = re.compile(r"\n(?:\d{4}|\d{1,2}:\d{2})[^\S\n]+(\S.*)")
# an identifier: digits (after a few letters, maybe a dash) with dashes, or letters then four digits or more
_ID = re.compile(r"(?<![\w/:.-])(?:(?:[A-Za-z]{1,4}-?)?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Za-z]{1,4}\d{4,})(?![\w/-])")
_LABEL = re.compile(r"(?:^|(?<=[.,;]\s))([A-Z][A-Za-z ]{1,24}):\s+")
_PLACE = re.compile(r"(?<![#\w])\d{1,5}[A-Z]?\s+[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*)*")
_GAP = re.compile(r"\S {3,}\S")
_CLAUSE = re.compile(r"[,.;]\s+")
_BRACKETED = re.compile(r"\(([^()]*\d[^()]*)\)")


def related_in(value: str | None) -> list[str]:
    """Numbers in brackets in an outcome (a citation, an arrest): related to the record, not its own."""
    return _BRACKETED.findall(value or "")



def id_tokens(text: str) -> list[str]:
    """Identifier-shaped tokens in ``text``: four digits or more, not a date."""
    return [t for t in _ID.findall(text) if sum(c.isdigit() for c in t) >= 4 and not DATE_RE.fullmatch(t)]


def one_series(tokens: list[str]) -> set[str] | None:
    """The values of the shape with the most distinct values, when they number as one
    series (enough of them, close together); else None."""
    by_shape: dict[str, set[str]] = {}
    for t in tokens:
        by_shape.setdefault(shape(t), set()).add(t)
    if not by_shape:
        return None
    values = max(by_shape.values(), key=len)
    if len(values) < MIN_IDS:
        return None
    tails = [int(re.findall(r"\d+", v)[-1]) for v in values]
    return values if max(tails) - min(tails) <= SPREAD * len(values) else None


def _furniture(page_texts: list[str]) -> set[str]:
    """Lines at the pages' tops and feet printed on several pages (page numbers aside)."""
    seen: Counter = Counter()
    for text in page_texts:
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        seen.update({re.sub(r"\d+", "9", ln) for ln in lines[:EDGE] + lines[-EDGE:]})
    return {ln for ln, n in seen.items() if n >= 2}


def _entries(page_texts: list[str]) -> list[list]:
    """[page, heading date, time, lines] of each time-led entry."""
    furniture = _furniture(page_texts) if len(page_texts) > 1 else set()
    entries: list[list] = []
    day, open_entry = None, False
    for page_no, text in enumerate(page_texts, 1):
        for line in text.split("\n"):
            if not line.strip():
                continue
            m = _ENTRY.match(line)
            if m:
                entries.append([page_no, day, m.group(1), [m.group(2)]])
                open_entry = True
            elif line[:1].isspace():
                if open_entry:
                    entries[-1][3].append(line.strip())
            elif re.sub(r"\d+", "9", line.strip()) not in furniture:
                # a heading: the entries under it are of its date (furniture runs on across pages)
                open_entry = False
                if DATE_RE.search(line):
                    day = (parse_datetime(line) or "")[:10] or day
    return entries


def _values(text: str, number: str) -> tuple[dict, dict]:
    text = re.sub(rf"(?:\b[A-Za-z]+\.?\s*)?#?\s*{re.escape(number)}", " ", text)
    parts = _LABEL.split(text)
    values: dict[str, str] = {}
    names: dict[str, str | None] = {}
    prose = [parts[0]]
    for label, value in zip(parts[1::2], parts[2::2]):
        if column_for(label) == "disposition" and "disposition" not in names.values():
            # (its first sentence: a closing remark such as the shift's end may follow it)
            values[label], names[label] = re.split(r"\.\s+", value)[0].strip(" .,;"), "disposition"
        else:
            prose.append(value)
    for clause in _CLAUSE.split(" ".join(prose)):
        place = _PLACE.search(clause)
        if place and "location" not in names.values():
            values["place"], names["place"] = place.group(0).strip(), "location"
            nature = re.sub(r"\s+[a-z]{1,4}$", "", clause[:place.start()].strip(" ,"))
            if nature:
                values["nature"], names["nature"] = nature, "type"
    return values, names


def _leads(natures: list[tuple[str, str | None]]) -> list[str]:
    """Words the sentences open with before the nature ("Sent to "): where one incident's
    entries give its nature alone and after such words, the words; longest first."""
    by_number: dict[str, set[str]] = {}
    for number, nature in natures:
        if nature:
            by_number.setdefault(number, set()).add(nature)
    leads = {long[:-len(short)] for found in by_number.values() for long in found for short in found
             if long != short and long.endswith(" " + short)}
    return sorted(leads, key=len, reverse=True)


def read_cited_prose(page_texts: list[str], result: LogResult) -> LogResult:
    """``result``, or the time-led prose entries citing the document's incident series,
    one record per number, when those numbers are not its records' own."""
    # prose runs on with single spaces; rows of cells lined up in columns are the table readers'
    # (told first from the entries' opening lines alone, one match a line: the furniture and
    # the headings' dates, read on every line, only where the document has such entries)
    # (one pattern over each page, opening with a line break, not a match per line)
    firsts = [f for text in page_texts for f in _PAGE_ENTRY.findall("\n" + text)]
    if len(firsts) < MIN_IDS or sum(1 for f in firsts if _GAP.search(f)) > (1 - PROSE) * len(firsts):
        return result
    entries = _entries(page_texts)
    if len(entries) < MIN_IDS or sum(1 for e in entries if _GAP.search(e[3][0])) > (1 - PROSE) * len(entries):
        return result
    texts = [" ".join(e[3]) for e in entries]
    # (an entry's leading token is its own number, not a citation: those logs are read elsewhere)
    cites = [{t for t in id_tokens(text) if not text.startswith(t)} for text in texts]
    # an incident worked by two is cited by both their entries: a shape never cited twice
    # (a check's or a message's own number, one an entry) is no incident series
    again = {shape(t) for t, n in Counter(t for ts in cites for t in ts).items() if n >= 2}
    series = one_series([t for ts in cites for t in sorted(ts) if shape(t) in again])
    if series is None:
        return result
    have = set(record_numbers(result.records)) if result.status == "records" else set()
    if len(series & have) >= 0.5 * len(series):
        return result
    cited = [(k, number) for k, text in enumerate(texts)
             if (number := next((t for t in id_tokens(text) if t in series), None))]
    read = {k: _values(texts[k], number) for k, number in cited}
    leads = _leads([(number, read[k][0].get("nature")) for k, number in cited])
    records: list[dict] = []
    done: set[str] = set()
    for k, number in cited:
        if number in done:
            continue
        done.add(number)
        (page, day, time, lines), (values, names) = entries[k], read[k]
        lead = next((p for p in leads if values.get("nature", "").startswith(p)), None)
        if lead:
            values["nature"] = values["nature"][len(lead):]
        if day:
            values["when"], names["when"] = f"{day} {time[:-2].rstrip(':')}:{time[-2:]}", "reported_at"
        rec = build(values, names, page=page, number=number, raw=[f"{time} {lines[0]}", *lines[1:]])
        rec["record_no"], rec["related_numbers"] = number, related_in(rec["disposition"])
        records.append(rec)
    if len(records) < len(result.records):
        return result
    return LogResult(records, "records", None, "free text")
