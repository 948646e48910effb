"""The type printed once, in a category heading above a table's rows ("THEFT / LARCENY
(38)", then "THEFT / LARCENY (continued)" after a page break), when the rows print none.

Read only when many rows of a table have no type (a quarter; a column of further
offences is empty on the others): the lines between one record and the
next (not the records themselves) are searched for a heading, a short run of words at
the margin without digits once a trailing count or "(continued)" is set aside. The
heading is the type of every record under it, the record's own offences (an "Additional
offences" column) after it. Day or district headings carry digits or dates and are not
read as types; tables that print a type keep it.

Free-text entries under such headings (``section_headings``): the heading at the margin,
the entries' text indented under their number, the heading right above an entry's number
(or re-announced inside an entry after a page break); the heading lines are left out of
the entries' text.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.softwraps import wrapped_tails
from prr.scrapers.incident_log.text import TIME_ONLY_RE, cells, squash

# "BURGLARY (9)", "THEFT / LARCENY  (continued)", "ASSAULT - 12", "Vandalism:"
_TRAILER = re.compile(r"\s*(?:\((?:\d+|[A-Za-z .']{0,20})\)|[-–—:]\s*\d*)\s*$")
_WORDS = re.compile(r"^[A-Za-z][A-Za-z /&,'.()-]{1,48}[A-Za-z)]$")


# an outline heading's own number ("1.2 Burglary"), its count in a cell of its own at the
# right ("7 reported"), a code in brackets after its words ("(stat 061)")
_OUTLINE = re.compile(r"^\s{0,6}\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[A-Za-z])")
_COUNT_CELL = re.compile(r"\s{2,}\d+(?:\s+[A-Za-z]+){0,2}\s*$")
_CODE_AFTER = re.compile(r"\s*\([A-Za-z .]{0,12}\d+\)\s*$")


def heading(line: str) -> str | None:
    if not line.strip():
        return None
    outline = _OUTLINE.match(line)
    if outline:         # numbered: its indent is the outline's, the entries' number deeper
        line = _CODE_AFTER.sub("", _COUNT_CELL.sub("", line[outline.end():]))
    elif len(line) - len(line.lstrip()) > 2:
        return None
    text = _TRAILER.sub("", line.strip())
    if len(cells(text)) != 1 or not _WORDS.match(text) or any(c.isdigit() for c in text):
        return None
    return squash(text)


def section_headings(doc, spans: list[tuple[int, int]]) -> tuple[list[str | None], set[int]] | None:
    """The category heading each entry sits under ("THEFT / LARCENY (5)" at the margin,
    the entries' text indented; again "(continued)" after a page break, inside an entry)
    and the heading lines, or None when the entries have no such sections: headings
    must stand right above an entry's number (most of them), come in two or more kinds,
    and head nearly every entry. Looked for on the first entries before the rest."""
    def heads_in(i0: int, i1: int):
        for i in range(i0, i1):
            if i not in doc.skip and (h := heading(doc.lines[i])):
                yield i, h
    first = spans[0][0] if spans else 0
    if len({h for s, e in spans[:60] for _, h in heads_in(s + 1, e)}) < 2:
        return None
    starts = {s for s, _ in spans}
    found: list[str | None] = []
    lines: set[int] = set()
    above = 0
    current = None
    for _, h in heads_in(max(0, first - 40), first):
        current = h
    for s, e in spans:
        found.append(current)
        if _bare(doc, s, e):
            continue
        for i, h in heads_in(s + 1, e):
            lines.add(i)
            nxt = next((j for j in range(i + 1, min(len(doc.lines), i + 4)) if doc.lines[j].strip()), None)
            above += nxt in starts or nxt == e
            current = h
    if not lines or above < 0.6 * len(lines) or not _headed(found, len(spans), 0.5):
        return None
    if wrapped_tails(doc.lines, [s for s, _ in spans], lines):
        return None         # a mail client's soft-wrapped line ends, no headings (softwraps.py)
    return found, lines


def _bare(doc, s: int, e: int) -> bool:
    """An entry whose number line carries no words (its number, a time) and whose only
    other lines could be headings: they are its text (a day box's call over its nature),
    not a heading over the next entry."""
    if any(tok.isalpha() or not any(ch.isdigit() for ch in tok) for tok in doc.lines[s].split()):
        return False
    text = [i for i in range(s + 1, e) if i not in doc.skip and doc.lines[i].strip()]
    return bool(text) and all(heading(doc.lines[i]) for i in text)


def _headings_above(record_spans: list[tuple[int, int]], heading_at) -> list[str | None]:
    """For each record, the last heading printed between the record before it and it (or the
    one before that, carried on): ``heading_at(i, start)`` names the heading line ``i`` holds
    above the record starting at ``start``, or None."""
    found: list[str | None] = []
    current, prev_end = None, 0
    for s, e in record_spans:
        for i in range(prev_end, s):
            current = heading_at(i, s) or current
        found.append(current)
        prev_end = max(prev_end, e)
    return found


def _headed(found: list[str | None], n: int, most_distinct: float) -> bool:
    """Headings group the records: nearly every record has one, there are at least two, and
    they are few beside the records (at most ``most_distinct`` of them)."""
    named = [h for h in found if h]
    return len(named) >= 0.8 * n and 2 <= len(set(named)) <= most_distinct * n


def type_from_headings(doc, record_spans: list[tuple[int, int]], records: list[dict]) -> None:
    """Give each typeless record the category heading above it, in place."""
    # a row repeating the number of the row before it is that record's later page (its
    # number repeated over the page's rest): judged with its record, not as one of its own
    numbers = [r.get("record_no") or r.get("case_no") for r in records]
    own = [k == 0 or not n or n != numbers[k - 1] for k, n in enumerate(numbers)]
    if not records or sum(1 for r, o in zip(records, own) if o and not r.get("type")) < 0.25 * sum(own):
        return
    found = _headings_above(record_spans, lambda i, s: heading(doc.lines[i])
                            if i not in doc.skip or not doc.ids[i] else None)
    if not _headed([h for h, o in zip(found, own) if o], sum(own), 0.2):
        return
    for rec, head, first in zip(records, found, own):
        if not head or not first:
            continue
        offences = [head] + [o for o in _more_offences(rec) or rec.get("offences") or [] if o != head]
        rec["offences"], rec["type"] = offences, " // ".join(offences)
        rec["fields"]["_heading"] = head


def _more_offences(rec: dict) -> list[str]:
    """The record's own further offences: a column titled for offences ("Add'l
    Offense(s)"), one offence per printed line (a continuation line's cell ends one)."""
    for title, value in rec["fields"].items():
        if not value or column_for(re.sub(r"\(s\)", "", title)) != "type":
            continue
        pieces = [value]
        for line in reversed(rec["raw"].splitlines()[1:]):     # the last line ends the value
            for _, _, text in cells(line):
                first = pieces[0]
                if first.endswith(" " + text):
                    pieces[:1] = [first[:-len(text) - 1], text]
        return pieces
    return []


# what a place column holds when its street is the heading above: a house number, a block,
# an intersection's other street ("1032", "1300 BLK", "@ SABINE ST")
_UNTITLED = re.compile(r"column \d+")      # a column the header gives no title (a street index titles it)
_HOUSE = re.compile(r"\d{1,6}[A-Z]?(?:\s+(?:BLK|BLOCK|Blk|Block))?|[@&]\s*\S.*")


def location_from_headings(doc, record_spans: list[tuple[int, int]], records: list[dict]) -> None:
    """Records grouped by street (a heading per street, rows under it whose first column
    holds only the house number or block): the location is the house number and the
    heading's street, in place. Read only when nearly no record has a location and one
    untitled-for-place column holds house numbers on nearly every record."""
    if len(records) < 4 or sum(1 for r in records if r.get("location")) > 0.2 * len(records):
        return
    column = _house_column(records)
    if column is None:
        return
    found = _headings_above(record_spans, lambda i, s: _street(doc.lines[i], len(doc.lines[s]) - len(
        doc.lines[s].lstrip())) if i not in doc.skip else None)
    if not _headed(found, len(records), 0.5):
        return
    for rec, street in zip(records, found):
        house = rec["fields"].get(column)
        if street and house and _HOUSE.fullmatch(house):
            rec["location"] = f"{street} {house}" if house[0] in "@&" else f"{house} {street}"
            rec["fields"]["_heading"] = street


def _house_column(records: list[dict]) -> str | None:
    """The titled field whose values are house numbers or blocks on nearly every record
    (the record's own number, a field named as another, are not)."""
    counts: dict[str, int] = {}
    for rec in records[:200]:
        own = {rec.get("record_no"), rec.get("case_no")}
        for title, value in rec["fields"].items():
            if value and value not in own and _HOUSE.fullmatch(value) and not column_for(title) \
                    and not _UNTITLED.fullmatch(title):
                counts[title] = counts.get(title, 0) + 1
    best = max(counts, key=counts.get, default=None)
    if best is None or counts[best] < 0.8 * min(len(records), 200):
        return None
    # a column of clock times ("0629" before an entry's text) holds no house numbers
    values = [v for v in (r["fields"].get(best) for r in records[:200]) if v]
    return best if sum(1 for v in values if TIME_ONLY_RE.match(v)) < 0.7 * len(values) else None


def _street(line: str, indent: int) -> str | None:
    """A street heading: one short cell at or left of the rows' margin, not a count."""
    cs = cells(line)
    if len(cs) != 1 or cs[0][0] > indent + 1 or ":" in cs[0][2]:
        return None
    text = _TRAILER.sub("", cs[0][2]).strip()
    if not text or len(text) > 40 or not any(ch.isalpha() for ch in text) or text.lower() == text:
        return None
    return squash(text)
