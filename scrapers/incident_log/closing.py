"""Free-text entries closed by their record number: a press log's paragraph that opens
with a place or a heading and ends with "[25-018202]", "(25-4410)" or "— 25-4410".

Read only when no other reader finds records (one pass over the numbers already found
per line, none over the text). The closing form is found from the document: the numbers
that end their line (nothing after them but a bracket or a full stop), by the shape of
the number, the bracket or dash before it and whether the line ends a paragraph; the
form most such lines share delimits the entries. A number cited inside a sentence and
wrapped to the end of a line has another form, so it ends no entry. The entries must be
as consistent as numbered entries (text in nearly every one, lines of text rather than
of cells, no entry many times longer than the others), or the document keeps its
"no records" status.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.entries import MIN_ENTRIES, consistent, entry_lines
from prr.scrapers.incident_log.entryvalues import PROSE_TIME, name_read
from prr.scrapers.incident_log.fields import ADDRESS
from prr.scrapers.incident_log.hangclose import (
    HeadingDates,
    ends_paragraph,
    hanging_start,
    next_text,
    outcome_sentences,
    split_category_place,
    split_type_place,
)
from prr.scrapers.incident_log.itemcounters import drop_item_counters, item_spans
from prr.scrapers.incident_log.knownplaces import place_after_extra_part
from prr.scrapers.incident_log.namedplaces import named_beside_plain
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import SENTENCE_STOP, indent, shape, squash

_OPENERS = "[({<—–-"
_NUMBER_LABEL = re.compile(r"\s*[\[(][^\[\]()]{0,20}$")
_CLOSERS = re.compile(r"^[\])}>]?[.;,]?$")
# the heading's parts: "2000 BLOCK OF CANAL ST — Welfare Check, Monday, Oct. 13"
# a kicker over an entry: words in capitals parted by bars ("THEFT | NORTH END")
_KICKER = re.compile(r"^([A-Z0-9][A-Z0-9 &/'.,-]*?)\s+\|\s+[A-Z0-9][A-Z0-9 &/'.,|-]*$")
_DASHES = ("—", "–", "-")
TRAILER_INDENT = 20     # characters a trailer line starts right of its paragraph's last line
_PART_SPLIT = re.compile(r"\s+[—–]+\s+|\s+-{1,2}\s+|:\s+|\s+/\s+")
# where a date starts inside the heading: ", Monday, Oct. 13", ", Oct. 13", ", 10/13/25", " on October 14"
_DATE_START = re.compile(r"(?:,|\s+on)\s+(?=(?:[A-Z][a-z]+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                         r"\d{1,2}/\d{1,2}))")


def _form(doc, i: int) -> tuple | None:
    """(shape, opener, closer, ends a paragraph) of the number that ends line ``i``."""
    if not doc.ids[i] or i in doc.skip:
        return None
    line = doc.lines[i].rstrip()
    x, token = doc.ids[i][-1]
    after = line[x + len(token):].strip()
    if not _CLOSERS.match(after):
        return None
    before = line[:x].rstrip()
    opener = before[-1] if before and before[-1] in _OPENERS else ""
    if opener in "—–-" and not line[:x].endswith(" "):
        opener = ""             # "25-4410" glued to a word by a hyphen is no dash
    if i in doc.closed:
        opener = doc.closed[i]      # "Log 1236.": the word every entry closes with (labelledclose.py)
    return shape(token), opener, after[:1], ends_paragraph(doc, i)


# a place inside a sentence: a house number or hundred block and the capitalised words after it
_PLACE_IN = re.compile(r"\b\d+[A-Z]?\s+(?:block\s+of\s+|blk\s+)?[A-Z][A-Za-z.']*(?:\s+[A-Z][A-Za-z.']*)*")
_LEAD_CLOCK = re.compile(r"([01]\d|2[0-3])([0-5]\d)\s+(?=\S)")
# the clock's unit after it, one lowercase word closed by a full stop or a dash ("0454 hours.",
# "02:24 hrs.", "1325 hrs -")
_CLOCK_UNIT = re.compile(r"[a-z]{2,5}(?:\.|\s+[-\u2013\u2014])\s+(?=\S)")
# a heading naming what happened, a short joining word and the house-numbered place at its
# end ("Burglary - residential at 2958 Fallowmere Way"): the type and the place, whatever
# the joining word's language
_TYPE_AT_PLACE = re.compile(r"^(\S.*?\S)\s+[a-z]{1,4}\s+(\d+[A-Z]?\s+[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,5})$")
# a day heading over the day's first entry: a date, or a weekday and a date without the year
_DAY_LINE = re.compile(r"^(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})$"
                       r"|^[A-Z][a-z]+day,?\s+[A-Z][a-z]+\.?\s+\d{1,2}$")
# a date before the time opening an entry ("March 2, 4:28 p.m. — Assault, ..."): the time's
_LEAD_DATE = re.compile(r"(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:at\s+)?(?=\d{1,2}:\d{2})")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?![-/:])")
# a day heading of a weekday and a date without the year ("Tuesday, March 17")
_YEARLESS_DAY = re.compile(r"^[A-Z][a-z]+day,?\s+([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})$")
_CLOCK_ONLY = re.compile(r"^\d{2}:\d{2}$")
_WEEKDAY_DATE = re.compile(r"^(?:[A-Z][a-z]+day,?\s+)?([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2}),?\s+(?:at\s+)?"
                           r"(\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?)$")


def closing_anchors(doc) -> list[int]:
    """The lines whose closing number ends an entry: those of the most common form, when
    the form is marked (a bracket or dash before the number, or the end of a paragraph).
    A form marked by its bracket or dash ends entries whether or not a blank line follows
    (paragraphs set one under the other, a blank line only before a day heading)."""
    forms = {i: f for i in range(len(doc.lines)) if (f := _form(doc, i)) is not None}
    if not forms:
        return []
    _one_line_entries(doc, forms)
    best, _ = Counter(forms.values()).most_common(1)[0]
    if not best[1] and not best[3]:
        return []
    if best[1]:                 # bracketed: the last entry of a day or page closes the same way
        return sorted(i for i, f in forms.items() if f[:3] == best[:3])
    return sorted(i for i, f in forms.items() if f == best)


def closed_by_trailers(doc, ends: list[int]) -> bool:
    """Nearly every closing number stands on a trailer (``is_trailer``)."""
    return len(ends) >= MIN_ENTRIES and sum(1 for i in ends if is_trailer(doc, i)) >= 0.8 * len(ends)


def is_trailer(doc, i: int) -> bool:
    """A number's line of its own after its paragraph, set far right of the paragraph's
    text (``Case no. XX25-000123`` right-aligned under a press item): it closes that
    paragraph and opens none, and its words are the number's label."""
    line, above = doc.lines[i], doc.lines[i - 1] if i else ""
    below = doc.lines[i + 1] if i + 1 < len(doc.lines) and doc.pages[i + 1] == doc.pages[i] else ""
    return bool(above.strip()) and not below.strip() and \
        len(line) - len(line.lstrip()) >= len(above) - len(above.lstrip()) + TRAILER_INDENT


def _one_line_entries(doc, forms: dict[int, tuple]) -> None:
    """Entries set with a hanging indent, one under the other: a closing number on a line
    at the margin, the next line at the margin too, ends a one-line entry (the next line
    opens another), as a wrapped entry's closing line ends where the margin comes back.
    Told from the document: the wrapped entries' closing lines, most of a form's, hang at
    one depth over the margin that follows them."""
    hanging = Counter((f[:3], indent(doc.lines[j])) for i, f in forms.items()
                      if f[3] and (j := next_text(doc, i)) is not None and indent(doc.lines[j]) < indent(doc.lines[i]))
    if not hanging:
        return
    (form, margin), count = hanging.most_common(1)[0]
    if count < 0.3 * sum(1 for f in forms.values() if f[:3] == form):
        return
    for i, f in forms.items():
        if f[:3] == form and not f[3] and indent(doc.lines[i]) == margin and \
                (j := next_text(doc, i)) is not None and indent(doc.lines[j]) == margin:
            forms[i] = (*form, True)


def _hang_margin(doc, ends: list[int]) -> int | None:
    """The margin the entries' wrapped lines hang from, when a third or more of the entries
    hang (their closing line deeper than the next entry's first line)."""
    backs = Counter(indent(doc.lines[j]) for e in ends
                    if (j := next_text(doc, e)) is not None and indent(doc.lines[j]) < indent(doc.lines[e]))
    if not backs or sum(backs.values()) < 0.3 * len(ends):
        return None
    return backs.most_common(1)[0][0]


def closing_spans(doc, ends: list[int]) -> list[tuple[int, int]]:
    """Entry k runs from the first text after entry k-1 (the first entry: from the start
    of its paragraph) through its closing line."""
    out = []
    margin = _hang_margin(doc, ends)
    for k, e in enumerate(ends):
        if margin is not None and indent(doc.lines[e]) == margin:
            out.append((e, e + 1))      # a one-line entry: a heading over it is not its text
            continue
        if k and not is_trailer(doc, e):
            s = ends[k - 1] + 1
        else:           # the first entry, or one closed by a trailer: from its paragraph's start
            s = e
            while s > 0 and (s - 1) not in doc.skip and doc.lines[s - 1].strip():
                s -= 1
        while s < e and (s in doc.skip or not doc.lines[s].strip()):
            s += 1
        out.append((s if is_trailer(doc, e) else hanging_start(doc, s, e), e + 1))
    return out


def read_closing_entries(doc, context) -> tuple[list[dict], list[tuple[int, int]]] | None:
    """One record per entry closed by its number, with the spans; None when the numbers
    do not close consistent entries."""
    ends = closing_anchors(doc)
    if len(ends) < MIN_ENTRIES:
        return None
    spans = item_spans(doc, closing_spans(doc, ends))      # a day's routine items before its last entry: none of it
    numbers = [doc.ids[e][-1][1] for e in ends]
    blocks = []
    for (s, e), number, end in zip(spans, numbers, ends):
        block = entry_lines(doc, s, e)
        if len(block) > 1 and is_trailer(doc, end):
            block.pop()         # the number on a trailer line, after its label
            blocks.append(block)
            continue
        last = block[-1]
        # a bracket opened before the number and its label inside it ("(Case no. 25-4410)") go with it
        block[-1] = last[:last.rfind(number)].rstrip(" " + _OPENERS)
        if not block[-1].strip() and len(block) > 1:
            block.pop()         # the number alone on the paragraph's last line, its label above it
        block[-1] = _NUMBER_LABEL.sub("", block[-1]).rstrip(" " + _OPENERS)
        blocks.append([ln for ln in block if ln])
    if not consistent([b or [""] for b in blocks]) or sum(1 for b in blocks if not b) > 0.1 * len(blocks):
        return None
    drop_item_counters(blocks)      # "4. 1325 hrs - ...": the list's counter, no value
    clocked = _lead_clocks(blocks)
    read = [_values(b, clocked) for b in blocks]
    split_type_place(read)
    split_category_place(read)      # "Welfare check, 4800 block of Hemlock Court"
    _glossed_types(read)
    outcome_sentences(read)
    context = HeadingDates(doc, context)
    year = _year(doc)
    day = None
    for block, values in zip(blocks, read):
        when = _WEEKDAY_DATE.match(values.get("time", ""))
        if when and year:       # "Monday, Oct. 20, 1:14 a.m.": the year is the log's
            values["time"] = f"{when.group(1)} {when.group(2)} {year} {when.group(3).replace('.', '')}"
        heading = _YEARLESS_DAY.match(block[0]) if clocked and len(block) > 1 else None
        day = (heading.group(1), heading.group(2)) if heading else day
        if day and year and _CLOCK_ONLY.match(values.get("time", "")):
            # "Tuesday, March 17" over the day's first entry: the day of it and the entries after it
            values["time"] = f"{day[0]} {day[1]} {year} {values['time']}"
    names = _lead_place_type(read, _place_heading(read, name_read(read)))
    place_after_extra_part(read, names, blocks)     # "Type - its detail - Place": the place is the last
    records = [build(values, names, page=doc.pages[e - 1], number=number, raw=entry_lines(doc, s, e), context_date=context[s])
               for (s, e), number, values in zip(spans, numbers, read)]
    return records, spans


def _year(doc) -> str | None:
    """The year the log's header prints ("Press Log • October 20 - 26, 2025")."""
    for line in doc.lines[:12]:
        m = _YEAR.search(line)
        if m:
            return m.group(0)
    return None


def _lead_clocks(blocks: list[list[str]]) -> bool:
    """Whether the entries open with the time as four digits ("1305 WARRANT SERVICE -
    ..."): nearly every one does and each is a clock; a column of hundred blocks ("2900
    BLOCK OF ...") is none, all its "minutes" being 00."""
    heads = [_LEAD_CLOCK.match(_undated(b)[0]) if _undated(b) else None for b in blocks]
    clocks = [m for m in heads if m]
    return len(clocks) >= 0.9 * len(blocks) and any(m.group(2) != "00" for m in clocks)


def _undated(block: list[str]) -> list[str]:
    """The block without the day heading over its first entry ("Monday, October 13, 2025")."""
    return block[1:] if len(block) > 1 and _DAY_LINE.match(block[0]) else block


def _values(block: list[str], clocked: bool = False) -> dict[str, str]:
    """The heading (to the first time, else the first sentence) in its parts, the date and
    time it gives, and the narrative after it as summary. Entries led by a clock: the
    clock is the time, the first sentence after it the heading."""
    text = squash(" ".join(_undated(block) if clocked else block))
    lead = _LEAD_CLOCK.match(text) if clocked else None
    if lead:
        unit = _CLOCK_UNIT.match(text, lead.end())
        head, _, rest = text[unit.end() if unit else lead.end():].partition(". ")
        values = {"summary": rest.strip(), "time": f"{lead.group(1)}:{lead.group(2)}"}
        _heading_parts(values, head)
        return values
    lines = _undated(block)
    opened = squash(" ".join(lines))
    dated = _LEAD_DATE.match(opened)
    lead = PROSE_TIME.match(opened, dated.end() if dated else 0)
    if lead:        # a time opens the entry ("4:42 a.m. - FRAUD, place. ..."): the heading follows it
        after = opened[lead.end():].lstrip(" -–—:,")
        unit = _CLOCK_UNIT.match(after)
        head, _, rest = after[unit.end() if unit else 0:].partition(". ")
        first = squash(lines[0])[lead.end():].lstrip(" -–—:,")      # (the date on the first line too)
        first = first[unit.end():] if unit else first
        if len(lines) > 1 and ". " not in first and not first.endswith(".") and \
                len(lines[1].partition(". ")[0].split()) > 3:
            # the heading alone on the time's line, no full stop after it: the line ends it
            head, rest = first, squash(" ".join(lines[1:]))
        clock = lead.group(1) + (lead.group(2) or "").replace(" ", "")
        values = {"summary": rest.strip(), "time": f"{dated.group(0)}{clock}" if dated else clock}
        _heading_parts(values, head)
        return values
    values: dict[str, str] = {}
    kicker = _KICKER.match(block[0]) if len(block) > 1 else None
    if kicker:      # "BURGLARY | WEST END" over the entry: its first part is the type
        values["type"] = kicker.group(1).strip()
        text = squash(" ".join(block[1:]))
    m = PROSE_TIME.search(text)
    if m and m.start() < 0.6 * len(text):
        head, rest = text[:m.end()], text[m.end():]
    else:
        head, _, rest = text.partition(". ")
    head = head.strip().rstrip(".,;") if not m else head.strip().rstrip(",;")
    values["summary"] = rest.strip().lstrip(".,;:— ")
    dateline = m and rest.lstrip()[:1] in _DASHES and _PLACE_IN.search(values["summary"].partition(". ")[0])
    if m and (values["summary"][:1].islower() or dateline):
        # the time's sentence goes on ("... at 5:36 a.m. to the 4600 block of Elm Road for
        # a theft call.", or a dateline's dash before a sentence naming the place): its rest
        # is no narrative; the place in it, by its house number (a first sentence after the
        # dash without a place, "— Three-vehicle collision.", stays the narrative's)
        clause, _, values["summary"] = values["summary"].partition(". ")
        place = _PLACE_IN.search(clause)
        if place:
            values["location"] = place.group(0)
    d = _DATE_START.search(head)
    if d:
        values["time"] = head[d.end():].strip()
        head = head[:d.start()]
    elif m:
        values["time"] = m.group(1) + (m.group(2) or "").replace(" ", "")
        head = head[:m.start()].rstrip(" ,at")
    for k, part in enumerate(p.strip() for p in _PART_SPLIT.split(head, maxsplit=2)):
        if part:
            values[f"heading {k + 1}"] = part
    return values


_GLOSS = re.compile(r"^(.*\S)\s+\(([^()]+)\)$")


def _glossed_types(read: list[dict]) -> None:
    """Types followed, in nearly every entry, by their words in another language in
    brackets ("Robo (theft)"): the first language is the type, the gloss kept beside it."""
    types = [values["type"] for values in read if values.get("type")]
    if len(types) < 0.8 * len(read) or sum(1 for t in types if _GLOSS.match(t)) < 0.9 * len(types):
        return
    for values in read:
        m = _GLOSS.match(values.get("type") or "")
        if m:
            values["type"], values["type (other language)"] = m.group(1), m.group(2)


def _heading_parts(values: dict[str, str], head: str) -> None:
    """The heading after the clock in its parts; one ending with its house-numbered place
    after a short joining word is the type and the place."""
    head = head.strip().rstrip(".,;")
    values["_head"] = head
    m = _TYPE_AT_PLACE.match(head)
    if m:
        values["type"], values["location"] = m.group(1), m.group(2)
        return
    for k, part in enumerate(p.strip() for p in _PART_SPLIT.split(head, maxsplit=2)):
        if part:
            values[f"heading {k + 1}"] = part


def _place_heading(read: list[dict], names: dict) -> dict:
    """A heading of a category and one other part ("2000 BLOCK OF CANAL ST — Welfare
    Check"): the other part is the place when addresses are the most of its values
    (intersections and landmarks are the rest)."""
    parts = sorted({k for values in read for k in values if k.startswith("heading ")})
    named = [names.get(k) for k in parts]
    if "location" in named or "type" not in named:
        return names
    types = [values[k] for values in read for k in parts if names.get(k) == "type" and values.get(k)]
    for k in parts:
        vals = [values[k] for values in read if values.get(k)]
        # (or named places without house numbers beside types in plain words: namedplaces.py)
        if names.get(k) is None and vals and (sum(1 for v in vals if ADDRESS.search(v)) >= 0.5 * len(vals) or
                                              types and named_beside_plain(vals, types)):
            return {**names, k: "location"}
    return names


_RUN_IN_LABEL = re.compile(r"^([A-Z][a-z]+):\s+(?=\S)")


def _lead_place_type(read: list[dict], names: dict) -> dict:
    """One heading part before the time, no type named ("MP 2.3 SB, Oct 18, 16:58 —
    Three-vehicle collision. ..."): when the narratives' first sentences recur (a few
    categories) and the heading's values mostly differ, the first sentence is the type
    and the heading the place."""
    parts = {k for values in read for k in values if k.startswith("heading ")}
    if parts != {"heading 1"} or names.get("heading 1") is not None or any(values.get("type") or values.get("location") for values in read):
        return names
    heads = [values["heading 1"] for values in read if values.get("heading 1") and values.get("time")]
    firsts = [SENTENCE_STOP.split(values.get("summary", ""))[0].strip().rstrip(".") for values in read]
    if len(heads) < 0.9 * len(read) or len(set(heads)) < 0.5 * len(heads) or not all(firsts) or \
            len(set(firsts)) > 0.3 * len(firsts) or max(len(f.split()) for f in firsts) > 8:
        return names
    labels = [_RUN_IN_LABEL.match(f) for f in firsts]
    if all(labels) and len({m.group(1) for m in labels}) == 1:
        # every first sentence run in after the same label ("Kind: ..."): the label names
        # the type, it is not among its words
        firsts = [f[m.end():] for f, m in zip(firsts, labels)]
    for values, first in zip(read, firsts):
        values["type"] = first
    return {**names, "heading 1": "location"}

