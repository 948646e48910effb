"""The values of one numbered entry: what its first line and the lines under it say
(type, place, time, narrative), labels that come back entry after entry, and the names
the values are given. (``entries.py`` decides where entries are and which shape they have.)"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.entryparts import stamp
from prr.scrapers.incident_log.fields import ADDRESS, category_values, column_for, name_columns
from prr.scrapers.incident_log.stampsentence import stamped_sentence
from prr.scrapers.incident_log.text import DATETIME_RE, split_sentences, squash

_GAP = re.compile(r"\S {2,}(?=\S)")
# a time inside a sentence: "At approximately 1:20 a.m.", "Around 12:09 p.m.", "at 14:05"
PROSE_TIME = re.compile(r"(?<![\d:/])(\d{1,2}:\d{2}(?::\d{2})?)(\s?[AaPp]\.?[Mm]\b\.?)?")
_LEAD_TIME = re.compile(r"^(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\s+")
# "TYPE — place", "Type - place", "Type: place", "TYPE / place"
_HEAD_SPLIT = re.compile(r"\s+[—–-]+\s+|:\s+|\s+/\s+")
_SEPARATORS = " \t—–-:.|"


# "Units: E31, M12", "Disp: ASST": a label that comes back in entry after entry
_LABEL_LINE = re.compile(r"^([A-Z][A-Za-z/#.()& -]{0,24}?):\s+(\S.*)$")
_OWN = {"type": "type", "location": "location", "summary": "summary", "time": "reported_at"}


def _repeated_labels(blocks: list[list[str]]) -> set[str]:
    seen: Counter = Counter()
    for b in blocks:
        seen.update({m.group(1) for m in map(_LABEL_LINE.match, b[1:]) if m})
    return {lab for lab, n in seen.items() if n >= 0.6 * len(blocks)}


_PARTS = re.compile(r"\s+/\s+|\s{3,}")
_PART_LABEL = re.compile(r"^([A-Z][A-Za-z#. ]{0,24}?):\s*(\S.*)$")


def _second_line_parts(blocks: list[list[str]]) -> bool:
    """Entries whose first line holds number, type and date-time set apart as cells, and
    whose second line, in nearly every entry, is a few values cut by slashes or wide gaps
    ("Boat Ramp 2 / Ranger 318 / Disposition: Warning"), one of them labelled or not."""
    firsts = sum(1 for b in blocks if _GAP.search(b[0]) and DATETIME_RE.search(b[0]))
    seconds = [len(_PARTS.split(b[1])) for b in blocks if len(b) > 1 and not b[1].endswith(".")]
    if firsts < 0.8 * len(blocks) or not seconds:
        return False
    n, k = Counter(seconds).most_common(1)[0]
    return n >= 2 and k >= 0.8 * len(blocks)


def _labelled_then_prose(blocks: list[list[str]]) -> bool:
    """A first line of cells with a date-time, then lines under labels that come back in
    entry after entry ("Location: ...", "Disposition: ...") and a narrative, in nearly
    every entry: the narrative runs across any columns the first line suggests."""
    firsts = sum(1 for b in blocks if _GAP.search(b[0]) and DATETIME_RE.search(b[0]))
    return firsts >= 0.8 * len(blocks) and bool(_repeated_labels(blocks))


def _read_parts(block: list[str], values: dict[str, str]) -> None:
    """The second line's values: labelled ones under their label, the others under "line 2"
    and "line 2 (2)" ...; the narrative is what follows it."""
    k = 0
    for part in _PARTS.split(block[1]):
        m = _PART_LABEL.match(part)
        if m:
            values.setdefault(m.group(1), m.group(2))
        elif part:
            k += 1
            values["line 2" if k == 1 else f"line 2 ({k})"] = part
    values["summary"] = squash(" ".join(block[2:]))


def _cells(text: str) -> list[str]:
    return [c for c in re.split(r" {2,}", text.strip()) if c]


def _second_line_is_a_value(blocks: list[list[str]]) -> bool:
    """Entries whose first line holds number and type, and whose second line, in nearly
    every entry, is one short value without a label (a place, typed below by its values)."""
    seconds = [b[1] for b in blocks if len(b) > 1]
    short = [ln for ln in seconds if not _LABEL_LINE.match(ln) and len(ln.split()) <= 8 and not ln.endswith(".")]
    return len(short) >= 0.8 * len(blocks)


def name_read(read: list[dict]) -> dict[str, str | None]:
    """The reader's own values keep their fields; labels and the second line are named by
    their words and, failing that, their values (as a labelled block's are), beside the
    fields the reader's own values already fill."""
    sample = read[:400]
    own = [t for t in _OWN if any(values.get(t) for values in sample)]
    titles = own + sorted({k for values in read for k in values if k not in _OWN})
    rows = [[values.get(t, "") for t in titles] for values in sample]
    names: dict[str, str | None] = dict(_OWN)
    for title, field in zip(titles, name_columns(titles, rows, None, by_values=True)):
        if title not in _OWN:
            names[title] = field if field not in {_OWN[t] for t in own} else None
    return names


def _entry_values(block: list[str], number: str, heading: bool) -> dict[str, str]:
    first = block[0]
    after = first[first.find(number) + len(number):].lstrip(_SEPARATORS)
    values: dict[str, str] = {}
    if heading and not after and len(block) > 1:
        parts = _HEAD_SPLIT.split(block[1], maxsplit=1)
        head = parts[0]
        place = parts[1] if len(parts) > 1 else ""
        values["type"], values["location"] = head.strip(), place.strip()
        values["summary"] = squash(" ".join(block[2:]))
    else:
        lead = after
        m = _LEAD_TIME.match(after)
        if m:
            values["time"] = m.group(1).replace(" ", "")
            after = after[m.end():]
        cells = _GAP.search(after) and _cells(after)
        head = None if cells else _stamped_head(after)
        # "(LT-25-07105) Oct 13, ...", "[B-1042] ...": past the bracket closing round the number
        opened = None if cells or head else lead.lstrip(_SEPARATORS + ")]")
        punctuated = _punctuated(squash(" ".join([opened] + block[1:]))) \
            if opened and _STAMP_LEAD.match(opened) else None
        if punctuated:
            # "Oct 13, 09:28 - Dunmore Ave Station: Disorderly person; arrest made.": one
            # sentence of values set apart by punctuation, named by their places in it
            values.update(punctuated)
            kind = ""
        elif opened and (run_in := stamped_sentence(squash(" ".join([opened] + block[1:])))):
            # "Reported 07/06/2026 09:49 - Theft at Elm Rd and Oak St. Disposition: ...":
            # the sentences' values named by their own first words (stampsentence.py)
            values.update(run_in)
            kind = values.pop("type")
        elif head:
            # "Rec'd 10/20/2025 01:19 WARRANT SERVICE 344 Elmhurst Ave Dep. 208": one run
            # of words, told apart by their form: the date-time, the type in capitals, the
            # place from its house number, a badge at the end; the lines under it the narrative
            values.update(head)
            values["summary"] = squash(" ".join(block[1:]))
            kind = ""
        elif cells and any(stamp(c) for c in cells):
            # "Resource Damage      08/01/2025 0148": cells, not a sentence; the date-time is
            # the entry's (after its label: "Reported 10/20/2025 06:36"), the first other
            # cell its type, the lines under it the narrative
            values["time"] = next(stamp(c) for c in cells if stamp(c))
            kind = next((c for c in cells if not stamp(c)), "")
            values["summary"] = squash(" ".join(block[1:]))
        elif DATETIME_RE.fullmatch(after.strip()):
            # the number line holds only its date-time: when, not what (that is below it)
            values["time"], kind = after.strip(), ""
            values["summary"] = squash(" ".join(block[1:]))
        elif sentence := _day_stamped(squash(" ".join([lead] + block[1:]))):
            # "10/20 0021 Disturbance, 4100 blk Alder Lane. Narrative. Outcome: advised."
            values.update(sentence)
            kind = values.pop("type")
        else:
            kind = after.split(". ", 1)[0].rstrip(".")
            stamp_in = DATETIME_RE.search(kind)
            kind = "" if stamp_in and stamp_in.group(2) else kind   # a date and a time: when, not what
            values["summary"] = squash(" ".join(block))
        if kind and len(kind.split()) <= 8:
            values["type"] = kind.strip()
    if "time" not in values:
        m = PROSE_TIME.search(values.get("summary", ""))
        if m:
            values["time"] = m.group(1) + (m.group(2) or "").replace(" ", "")
    return values


# a day without its year and a clock opening the entry, a capital after: "10/20 0021 Theft"
_DAY_STAMP = re.compile(r"^\d{1,2}/\d{1,2}\s+(?:[01]\d|2[0-3]):?[0-5]\d\s+(?=[A-Z])")
# a label opening the entry's last sentence: "... Outcome: gone on arrival."
_LAST_LABEL = re.compile(r"(?:^|(?<=\.)\s+)([A-Z][a-z]+(?: [a-z]+)?):\s+([^:]+?)\.?$")


def _day_stamped(text: str) -> dict[str, str] | None:
    """The values of an entry run on from a day and clock (the year is the log's, not
    printed): a first sentence of a type, a comma and a place with a house number, the
    narrative, and a labelled last sentence as that label's value; None when the entry is
    not of that form. The time is left to the log's context (no year is made up here)."""
    m = _DAY_STAMP.match(text)
    if not m:
        return None
    first, _, rest = text[m.end():].partition(". ")
    kind, _, place = first.partition(", ")
    if not place or not ADDRESS.search(place) or len(kind.split()) > 5:
        return None
    out = {"type": kind.strip(), "location": place.strip().rstrip(".")}
    label = _LAST_LABEL.search(rest)
    if label:
        out[label.group(1)] = label.group(2).strip()
        rest = rest[:label.start()]
    out["summary"] = rest.strip()
    return out


# a date-time with its time opening a line (after one label word: "Rec'd", "Reported")
_STAMP_HEAD = re.compile(r"^(?:[A-Z][A-Za-z'.]{1,11} )?(?=\d)")
_CAPS_THEN_PLACE = re.compile(r"^([A-Z][A-Z/&,'()-]*(?: [A-Z][A-Z/&,'()-]*)*) (\d+[A-Z]?(?: [A-Za-z0-9.'/&,-]+)+)$")
_BADGE = re.compile(r" ([A-Z][a-z]{1,5}\.? ?#?\d{1,6})$")


def _stamped_head(text: str) -> dict[str, str] | None:
    """The values of a first line that runs date-time, type in capitals and place together
    with single spaces, or None when it is not of that form."""
    lead = _STAMP_HEAD.match(text)
    m = DATETIME_RE.match(text, lead.end()) if lead else None
    if not m or not m.group(2):
        return None
    rest = text[m.end():].strip()
    out = {"time": m.group(0)}
    badge = _BADGE.search(rest)
    if badge:
        out["unit"], rest = badge.group(1), rest[:badge.start()]
    parts = _CAPS_THEN_PLACE.match(rest)
    if not parts:
        return None
    out["type"], out["location"] = parts.group(1), parts.group(2)
    return out


# "Oct 13, 09:28 - ", "10/13 2:05 p.m. — ", "14:05, ": a date (its year may be left out)
# and a time, then a dash or comma, opening a sentence of values
_STAMP_LEAD = re.compile(r"^((?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},?|\d{1,2}/\d{1,2}(?:/\d{2,4})?) )?"
                         r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\s*(?:[-—–,]\s+)")
_VALUE_CUT = re.compile(r"(?<=\w):\s+|;\s+")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z(])")


def _punctuated(text: str) -> dict[str, str] | None:
    """The values of a sentence that opens with its date-time and sets its other values
    apart with a colon and semicolons ("place: type; outcome."), or None when the entry
    is not of that form (a narrative's sentences end with full stops, not these)."""
    m = _STAMP_LEAD.match(text)
    if not m:
        return None
    # the sentence ends at its full stop: a heading under the last entry is not its value
    sentence = _SENTENCE_END.split(text[m.end():], maxsplit=1)[0]
    parts = [p.strip().rstrip(".") for p in _VALUE_CUT.split(sentence)]
    if not 2 <= len(parts) <= 4 or not all(parts) or any(len(p.split()) > 12 for p in parts[:-1]):
        return None
    # named by their places in the sentence: a colon follows what the rest is about (the
    # place), the first value after it says what happened, the last one how it ended
    out = {"time": m.group(1)}
    if ":" in sentence and (";" not in sentence or sentence.find(":") < sentence.find(";")):
        out["location"], parts = parts[0], parts[1:]
    if len(parts) >= 2:
        out["disposition"] = parts.pop()
    out["type"] = parts[0]
    if len(parts) > 1:
        out["summary"] = "; ".join(parts[1:])
    return out


# the entry's time beside its number, before or after it: "1038 CLC-25-0702", "SYV25-0601  01:29"
_CLOCK_WORD = re.compile(r"(?<![\d:/.-])((?:[01]\d|2[0-3]):?[0-5]\d)(?![\d:/.-])")
MAX_VALUE_WORDS = 6


def _is_value(line: str) -> bool:
    return len(line.split()) <= MAX_VALUE_WORDS and not line.endswith(".") and not _LABEL_LINE.match(line)


def timed_value_entry(block: list[str]) -> bool:
    """An entry of two lines: its number and time alone on the first (``0714 25-01043``),
    one short value under it (a day box's call and its nature): text under its number,
    however few its words."""
    return len(block) == 2 and len(block[0].split()) == 2 and bool(_CLOCK_WORD.search(block[0])) and \
        _is_value(block[1]) and not any(ch.isdigit() for ch in block[1])


def one_value_a_line(blocks: list[list[str]]) -> bool:
    """Entries of a number line and, under it, short values one a line (type, place,
    outcome: no sentence, no label), in nearly every entry: a narrow column's stacked
    entries (a calendar's day cell). The values are named by their place under the number
    line and typed by their values across the entries."""
    stacked = [b for b in blocks if len(b) >= 3 or timed_value_entry(b)]
    if len(stacked) < 0.8 * len(blocks):
        return False
    lines = [ln for b in stacked for ln in b[1:]]
    return sum(map(_is_value, lines)) >= 0.9 * len(lines) and \
        sum(1 for b in stacked if len(b[0].split()) <= 3) >= 0.8 * len(stacked)


def read_value_lines(block: list[str], number: str, values: dict[str, str]) -> None:
    """The time on the number line, and each line under it as "line 2", "line 3" ...; a
    line that ends with a comma goes on on the next ("Referred to Cedar PD," / "CPD 25-1")."""
    rest = block[0].replace(number, " ")
    m = DATETIME_RE.search(rest) or _CLOCK_WORD.search(rest)       # its date too, when printed there
    if m:
        values["time"] = m.group(0).strip()
    joined: list[str] = []
    for ln in block[1:]:
        if joined and joined[-1].endswith(","):
            joined[-1] += " " + ln
        else:
            joined.append(ln)
    for k, ln in enumerate(joined, start=2):
        label, value = _gap_label(ln)
        values[label or f"line {k}"] = value


_LABEL_GAP = re.compile(r"^([A-Za-z][A-Za-z./#' ]{0,24}?)\s{2,}(\S.*)$")


def _gap_label(line: str) -> tuple[str | None, str]:
    """A line of a label, a wide gap and its value with no colon ("Nature      Noise
    complaint"): the value under its label where the label names a common field (a line
    of two values, "Burglary    Report taken", stays whole)."""
    m = _LABEL_GAP.match(line) if "  " in line else None
    if m and len(m.group(1).split()) <= 3 and column_for(m.group(1).strip()):
        return m.group(1).strip(), m.group(2).strip()
    return None, line


def name_stacked(names: dict[str, str | None], read: list[dict]) -> None:
    """Stacked values follow the order of what, where, how it ended. A place with no house
    number is no address (a category like an outcome, or names all different), so where no
    value was told to be the place, the line right under the type, named an outcome or
    nothing, is the place; the next line, when nothing named it and its values are a
    category, the outcome."""
    lines = sorted((t for t in names if t.startswith("line ")), key=lambda t: int(t.split()[1]))
    if any(names[t] == "location" for t in lines):
        return
    sample = read[:400]

    def values(t: str) -> list[str]:
        return [v[t] for v in sample if v.get(t)]
    for k, t in enumerate(lines[1:], start=1):
        if names[lines[k - 1]] != "type":
            continue
        vals = values(t)
        if names[t] in ("disposition", None) and len(vals) >= 0.5 * len(sample) and \
                sum(1 for v in vals if re.search(r"[A-Za-z]{3}", v)) >= 0.9 * len(vals):
            names[t] = "location"
            after = lines[k + 1] if k + 1 < len(lines) else None
            more = values(after) if after else []
            if after and names[after] is None and len(more) >= 0.5 * len(sample) and category_values(more):
                names[after] = "disposition"
        return


# a clock, or a span of two ("3:24am – 4:42am", "0915-1040"), leading the title line
_CLOCK = r"\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?|(?:[01]\d|2[0-3])[0-5]\d"
_WHEN = re.compile(rf"^({_CLOCK})(?:\s*[–—-]\s*({_CLOCK}))?$", re.I)
_BRACKETED = re.compile(r"\s*[(\[]\s*$")


def titled_first_lines(blocks: list[list[str]], numbers: list[str]) -> bool:
    """Entries whose first line is a title closed by the number in brackets (``Theft
    (EHU-25-0301)``), maybe after a time or a span, in nearly every entry."""
    titled = 0
    for block, number in zip(blocks, numbers):
        head, _, tail = block[0].partition(number)
        titled += bool(_BRACKETED.search(head)) and tail.strip() in (")", "]") and bool(_title_cells(head))
    return titled >= 0.8 * len(blocks)


def _title_cells(head: str) -> list[str]:
    return [c for c in re.split(r"\s{2,}", _BRACKETED.sub("", head).strip()) if c]


def read_titled(block: list[str], number: str, values: dict[str, str]) -> None:
    """The title is the type, a time or span before it when it happened (a span: from, to),
    a short line under it "line 2" (typed by its values), the narrative's last sentence
    the outcome and the sentences before it the summary."""
    cells = _title_cells(block[0].partition(number)[0])
    when = [m for m in map(_WHEN.match, cells[:-1]) if m]
    if cells and not _WHEN.match(cells[-1]):
        values["type"] = cells[-1]
    if when:
        start, end = when[0].groups()
        values["occurred" if end else "time"] = f"{start} - {end}" if end else start
    rest = block[1:]
    if rest and _is_value(rest[0]):
        values["line 2"], rest = rest[0], rest[1:]
    sentences = split_sentences(squash(" ".join(rest)))
    if len(sentences) >= 2:
        values["outcome"] = sentences[-1].rstrip(".")
        values["summary"] = " ".join(sentences[:-1])
    elif sentences:
        values["summary"] = sentences[0]
