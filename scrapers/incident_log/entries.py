"""Free-text entries led by their record number: the number at the start of a line (alone,
or after one repeated word such as "Case"), the entry running to the next such line.

Read when the other readers find the numbers but no type, date or place beside them: a
bulletin's "2025-10411" on its own line over a "TYPE — place" heading and a narrative,
or a press summary's paragraphs opening "Case 25-04024 — Theft. Around 12:09 a.m. ...".
The entry form is found from the document: the form most numbered lines share (the
word before the number, what follows it, the indent) is the anchor, so a number cited
inside a sentence, wrapped to the start of a line, is not an entry. The blocks between
anchors must be consistent (text in nearly every one, no block many times longer than
the others); otherwise the document keeps its "no records" status and reason.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.centred import centred_openings
from prr.scrapers.incident_log.cutnumbers import cut_openings
from prr.scrapers.incident_log.entryform import opening_form
from prr.scrapers.incident_log.entryparts import labelled_cells, read_stamp_line, stamped_second_line
from prr.scrapers.incident_log.entryvalues import (
    _GAP,
    _LABEL_LINE,
    _OWN,
    _entry_values,
    _labelled_then_prose,
    _read_parts,
    _repeated_labels,
    _second_line_is_a_value,
    _second_line_parts,
    name_read,
    name_stacked,
    one_value_a_line,
    read_titled,
    read_value_lines,
    timed_value_entry,
    titled_first_lines,
)
from prr.scrapers.incident_log.fields import ADDRESS
from prr.scrapers.incident_log.headings import section_headings
from prr.scrapers.incident_log.itemmarks import misread_item_lines
from prr.scrapers.incident_log.pageshift import page_shifts
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.sideheaded import read_side_headed, side_column
from prr.scrapers.incident_log.text import DATE_ONLY_RE, indent, parse_datetime, shape, squash

MIN_ENTRIES = 3
# a day heading between entries: "Tuesday, June 3", "June 3", "06/03/2025"
_DAY = re.compile(r"^(?:[A-Z][a-z]+day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                  r"(?:,?\s+\d{4})?$")


def opening_anchors(doc, found) -> list[int]:
    """The anchors of consistent entries: numbers at a line's start, else (tried only
    then) numbers at one consistent place inside the entries' first lines."""
    for inline in (False, True):
        more: dict[int, str] = {}
        starts = entry_anchors(doc, found, inline, more if inline else None)
        if len(starts) >= MIN_ENTRIES and consistent([entry_lines(doc, s, e) for s, e in entry_spans(doc, starts)]):
            found.ids.update(more)
            return starts
    return []


def entry_anchors(doc, found, inline: bool = False, more: dict[int, str] | None = None) -> list[int]:
    """The numbered lines that open entries: those of the form most of them share, at one
    indent (within a character). With ``more``, numbers inside their lines off the column
    found (after a longer title) open entries too when their lines have that form and the
    entry's text hangs under them; they are put in ``more``."""
    forms: dict[int, tuple] = {}
    at_x: dict[int, tuple[int, str]] = {}
    for i, token in found.ids.items():
        x = next((x for x, tok in doc.ids[i] if tok == token), None)
        if x is None or i in doc.skip:
            continue
        form = opening_form(doc.lines[i], x, token, inline)
        if form is not None:
            forms[i], at_x[i] = form, (x, token)
    if not forms:
        return []
    best = Counter(forms.values()).most_common(1)[0][0]
    lines = [i for i, f in forms.items() if f == best]
    if not inline:      # a number whose end a box covers opens its entry all the same (cutnumbers.py)
        lines += cut_openings(doc.lines, at_x, forms, best)
        lines += misread_item_lines(doc, found, at_x, lines, best)     # "3,  E26-00868" (itemmarks.py)
    if more is not None:
        for i, line_ids in enumerate(doc.ids):
            # (only a title line with its entry's text hanging under it: a number inside a
            # paragraph's sentence opens nothing; a line without numbers is not looked at)
            if not line_ids or i in forms or i in doc.skip or not text_hangs_under(doc, [i]):
                continue
            hit = next((tok for x, tok in line_ids
                        if shape(tok) == best[0] and opening_form(doc.lines[i], x, tok, True) == best), None)
            if hit:
                more[i] = hit
                lines.append(i)
    indents = Counter(indent(doc.lines[i]) for i in lines)
    at = indents.most_common(1)[0][0]
    # (centred type: no indent is the entries', the lines' middle is; centred.py)
    out = sorted(set(i for i in lines if abs(indent(doc.lines[i]) - at) <= 1) | centred_openings(doc, lines))
    # a page none of whose entries opens there, printed at another left offset: its
    # indents less its shift
    kept = {doc.pages[i] for i in out}
    if {doc.pages[i] for i in lines} - kept and (shifts := page_shifts(doc, lines)):
        out = sorted(set(out) | {i for i in lines if doc.pages[i] not in kept and doc.pages[i] in shifts
                                 and abs(indent(doc.lines[i]) - shifts[doc.pages[i]] - at) <= 1})
    if more:
        for i in set(more) - set(out):
            del more[i]
    return out


def text_hangs_under(doc, lines: list[int]) -> bool:
    """Nearly every line a number ends has the next line right under it indented deeper:
    the number closes an entry's title line (``Theft (EHU-25-0301)`` over its text), not
    the entry."""
    under = sum(1 for i in lines if i + 1 < len(doc.lines) and doc.lines[i + 1].strip()
                and indent(doc.lines[i + 1]) > indent(doc.lines[i]) + 1)
    return under >= 0.8 * len(lines)


def _is_day(line: str) -> bool:
    text = line.strip()
    return bool(_DAY.match(text) or DATE_ONLY_RE.match(text))


def entry_spans(doc, starts: list[int]) -> list[tuple[int, int]]:
    """Each entry runs to the next anchor, over page breaks (page furniture is skipped),
    and ends early at a day heading; the last one ends at the first blank line that is not
    part of a page break."""
    out = []
    n = len(doc.lines)
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else n
        stop = s + 1
        while stop < nxt:
            line = doc.lines[stop]
            if stop not in doc.skip and line.strip() and _is_day(line):
                break
            if k + 1 == len(starts) and not line.strip() and not _near_page_break(doc, stop):
                break
            stop += 1
        out.append((s, stop))
    return out


def _near_page_break(doc, i: int) -> bool:
    """A blank line in the run of blank lines around page furniture or a page change."""
    j = i
    while j < len(doc.lines) and not doc.lines[j].strip():
        j += 1
    k = i
    while k >= 0 and not doc.lines[k].strip():
        k -= 1
    return (j < len(doc.lines) and (j in doc.skip or doc.pages[j] != doc.pages[i])) or \
        (k >= 0 and (k in doc.skip or doc.pages[k] != doc.pages[i]))


def entry_lines(doc, s: int, e: int, leave=()) -> list[str]:
    """An entry's lines as printed, without blank lines and the page furniture of a break
    (nor the lines in ``leave``: section headings)."""
    return [doc.lines[i].strip() for i in range(s, e)
            if i not in doc.skip and doc.lines[i].strip() and i not in leave]


def consistent(blocks: list[list[str]]) -> bool:
    """Entries, not numbers scattered through a document or a table's rows: text beside
    or under nearly every number, lines of text rather than of cells, and no block many
    times longer than the usual one."""
    if len(blocks) < MIN_ENTRIES:
        return False
    lines = [ln for b in blocks for ln in b]
    # entries of three lines or more: their narrative is text (a heading line and a line of
    # values over it may be cells: "MC-24-01000   Burglary   04/01/2024 10:09")
    long = [b for b in blocks if len(b) >= 3]
    told = [ln for b in long for ln in b[2:]] if len(long) >= 0.8 * len(blocks) else lines
    if sum(1 for ln in told if len(_GAP.findall(ln)) >= 2) > 0.2 * len(told):
        return False
    words = [len(" ".join(b).split()) for b in blocks]
    if sum(1 for w, b in zip(words, blocks) if w >= 4 or timed_value_entry(b)) < 0.8 * len(blocks):
        return False
    from statistics import median  # (imported here: most logs never get this far)

    sizes = [len(b) for b in blocks]
    usual = median(sizes)
    return sum(1 for n in sizes if n > max(4, 3 * usual)) <= 0.1 * len(blocks)


def _has_heading(blocks: list[list[str]]) -> bool:
    """Entries whose number stands alone on its line, over a short heading line (no full
    stop at its end) and the narrative below it."""
    alone = [b for b in blocks if len(b[0].split()) <= 2 and len(b) >= 3]
    if len(alone) < 0.6 * len(blocks):
        return False
    width = max(len(ln) for b in blocks for ln in b)
    short = sum(1 for b in alone if len(b[1]) < 0.8 * width and not b[1].endswith("."))
    return short >= 0.8 * len(alone)


def read_entries(doc, found, starts: list[int], context) -> list[dict] | None:
    """One record per entry opened at ``starts`` (``opening_anchors``), or None when the
    numbers do not open consistent entries (no starts)."""
    if not starts:
        return None
    spans = entry_spans(doc, starts)
    sections = section_headings(doc, spans)
    heads = card_headings(doc, starts)
    leave = set(sections[1] if sections else ()) | set(heads.values())
    blocks = [entry_lines(doc, s, e, leave) for s, e in spans]
    side = side_column(doc, spans[:50], found.ids) if len(spans) >= MIN_ENTRIES else None
    if side is not None:
        return read_side_headed(doc, spans, found.ids, side, context)
    stacked = one_value_a_line(blocks)       # a narrow column's entries: one value a line
    titled = not stacked and titled_first_lines(blocks, [found.ids[s] for s, _ in spans])
    stacked = stacked or titled
    heading = not stacked and _has_heading(blocks)
    labels = _repeated_labels(blocks)
    stamped = not heading and stamped_second_line(blocks)
    parts = not heading and not stamped and _second_line_parts(blocks)
    second = not heading and not parts and not stamped and not stacked and _second_line_is_a_value(blocks)
    read = []
    for (s, _), block in zip(spans, blocks):
        values = {} if stacked else _entry_values(block, found.ids[s], heading)
        if stacked:
            (read_titled if titled else read_value_lines)(block, found.ids[s], values)
        for ln in block[1:]:
            m = _LABEL_LINE.match(ln)
            if m and m.group(1) in labels:
                values.setdefault(m.group(1), m.group(2))
        if second and len(block) > 1 and not _LABEL_LINE.match(block[1]):
            values["line 2"] = block[1]
        if parts and len(block) > 1:
            _read_parts(block, values)
        if stamped and len(block) > 1:
            read_stamp_line(block, values)
        read.append(values)
    if labels:
        labelled_cells(read)
        for values, block in zip(read, blocks):
            if values.get("summary") == squash(" ".join(block[1:])):
                # the narrative is what the labels do not hold
                values["summary"] = squash(" ".join(ln for ln in block[1:] if not (
                    (m := _LABEL_LINE.match(ln)) and m.group(1) in labels))) or None
    names = name_read(read)
    if titled:      # "Theft (EHU-25-0301)" over its place and its narrative
        names.update({"occurred": "occurred_at", "outcome": "disposition", "line 2": "location"})
    elif stacked:
        name_stacked(names, read)
    if parts and not any(f == "location" for t, f in names.items() if t not in _OWN) and \
            not any(values.get("location") for values in read):
        # "Boat Ramp 2 / Ranger 318 / Disposition: Warning" under the line saying what and
        # when: its first part, named by nothing else, says where
        names["line 2"] = "location"
    records = [build(values, names, page=doc.pages[s], number=found.ids[s], raw=block, context_date=context[s])
               for (s, _), block, values in zip(spans, blocks, read)]
    _dotted_meta(records, blocks)
    for k, i in heads.items():      # a card's own heading, printed above its number
        head = doc.lines[i].strip()
        if not records[k]["type"]:
            records[k]["type"], records[k]["offences"] = head, [head]
            records[k]["fields"]["_heading"] = head
    if sections:
        for rec, head in zip(records, sections[0]):
            if head and not rec["type"]:
                rec["type"], rec["offences"] = head, [head]
                rec["fields"]["_heading"] = head
    return records


_HEADING = re.compile(r"^[A-Z][A-Za-z/&'()-]*(?: [A-Za-z/&'()-]+){0,5}$")


_DOT = " \u00b7 "      # a middle dot between a web page's values


def _dotted_meta(records: list[dict], blocks: list[list[str]]) -> None:
    """Entries whose number line holds values parted by middle dots (``Case #25-018203 ·
    Reported Oct 20, 2025, 3:15 PM · 1200 block of N Larch St``), in nearly all of them:
    a part with a date is when it was reported, an address the place, the lines under it
    the narrative."""
    if sum(1 for b in blocks if b and b[0].count(_DOT) >= 2) < 0.8 * max(1, len(blocks)):
        return
    for rec, block in zip(records, blocks):
        if not block or block[0].count(_DOT) < 2:
            continue
        if rec["type"] and _DOT.strip() in rec["type"]:
            rec["type"], rec["offences"] = None, []      # the meta line's rest: no type
        for part in block[0].split(_DOT)[1:]:
            if rec["reported_at"] is None and (when := parse_datetime(part)):
                rec["reported_at"] = when
            elif rec["location"] is None and ADDRESS.search(part):
                rec["location"] = part.strip()
        if rec["summary"] and rec["summary"].startswith(block[0][:20]):
            rec["summary"] = squash(" ".join(block[1:])) or None


def card_headings(doc, starts: list[int]) -> dict[int, int]:
    """Entry -> the line just above its number line, when nearly every entry has one there:
    a few words without digits or a colon, after a blank line (a web log's card: the type
    as a heading over the line with the number). That line is the entry's, not the end of
    the entry before."""
    heads: dict[int, int] = {}
    for k, s in enumerate(starts):
        i = s - 1
        while i >= 0 and i in doc.skip:
            i -= 1
        if i <= 0 or not _HEADING.match(doc.lines[i].strip()) or (k and i <= starts[k - 1]):
            continue
        j = i - 1
        while j >= 0 and j in doc.skip:
            j -= 1
        if j < 0 or not doc.lines[j].strip() or doc.pages[j] != doc.pages[i]:
            heads[k] = i
    return heads if len(heads) >= max(MIN_ENTRIES, 0.8 * len(starts)) else {}


def headed_entries(doc, spans: list[tuple[int, int]]) -> bool:
    """Records of three lines or more: a heading line of cells with a date-time, a line of
    values under it, then a narrative (``_second_line_parts``), in nearly all of them."""
    blocks = [entry_lines(doc, s, e) for s, e in spans]
    blocks = [b for b in blocks if b]
    if len(blocks) < MIN_ENTRIES or sum(1 for b in blocks if len(b) >= 3) < 0.8 * len(blocks):
        return False
    # the lines under the second are sentences (a table row's wrapped cells are short)
    prose = [ln for b in blocks for ln in b[2:]]
    if sum(1 for ln in prose if not _GAP.search(ln)) < 0.8 * len(prose) or \
            sum(ln.count(" ") + 1 for ln in prose) < 5 * len(prose):
        return False
    return _second_line_parts(blocks) or _labelled_then_prose(blocks)
