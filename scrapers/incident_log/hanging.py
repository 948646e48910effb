"""Entries led by their time whose text hangs at a deeper indent, the number inside them.

A watch or desk log may print each entry as one paragraph that opens with its time and
runs on in sentences, its wrapped lines indented under the text (a hanging indent), and
cite the record's number somewhere in the paragraph (``0614 Unit 4 to 1400 ELM RD for
theft. Case 25-01234. Area checked. Report taken.``), on its first line or, when the first
sentence is long, on the second. A time followed by one space is no table cell, and the
numbers stand wherever the sentences put them: a column found among them by chance holds
only the entries whose number happens to fall at one place.

Told cheaply on the whole text (one regular expression over line starts): lines opening
with a clock time, one space and a capital, at one indent, and the line under most of
them (when it is not the next entry) indented deeper. Each entry runs from its time over
its deeper lines (over page breaks) to the next line at its indent or shallower (a
watch's count, a day banner). Read from the values:

- the **time**, dated by the day banner above (``reported_at``);
- the **number**: of the shape most entries carry, the first one that continues the
  series of its neighbours (a record it follows up, cited after it, is related);
- sentences that only cite a number of the series (``Case 25-01234.``) are references;
  of the others, the first says what and where: its **place** the words from a house
  number on, in capitals, its **type** the words after the place (or, when most entries
  print nothing after it, the ones before), without the words every entry sets there
  (a joining word); the last sentence is the **disposition**, those between the
  **summary**.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from prr.scrapers.incident_log.anchors import first_ids
from prr.scrapers.incident_log.caseseries import case_entries
from prr.scrapers.incident_log.entries import consistent, entry_lines
from prr.scrapers.incident_log.openednumber import numbered_at_one_place
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.shortseries import short_series
from prr.scrapers.incident_log.text import indent, parse_datetime, shape, split_sentences, squash

MIN_ENTRIES = 3
_NAMES = {"type": "type", "what": "type", "place": "location", "outcome": "disposition", "narrative": "summary"}
MIN_SHARE = 0.8
MIN_WRAPPED = 0.2     # of the entries whose text goes on on a line under their first
ALL_CLOSED = 0.95    # of the entries citing the series, those ending with a number of it (closed by it)
# a line opening with a clock time ("0614", "14:05"), one space, then a capital; or with
# the time in brackets ("[0102]", "(14:05)") in a margin of its own, any gap after it (the
# brackets, not the spacing, mark it as the entry's time rather than a table cell)
_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}:[0-5]\d"
_DATE = r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
# (after a date, a code's digits may follow the time: "04/01/24 1009 459PC ...")
# (or "#" and the entry's number: "1912 #25-103 Reckless driver ...")
# or with its unit glued to it, the hours and minutes perhaps parted by a dot ("06.25hrs",
# "1415h"): the unit, like the brackets, marks it as the entry's time in a margin
_UNIT_CLOCK = r"(?:[01]\d|2[0-3])\.?[0-5]\d(?:hrs?|hours|h)\.?"
_LEAD = re.compile(rf"\n( *)(?:{_DATE} ({_CLOCK}) (?=[A-Z(\d])|({_CLOCK})(?: [a-z]{{1,5}}\.?)? (?=[A-Z(]|#\d))"
                   rf"|\n( *)([\[(](?:{_CLOCK})[\])]|{_UNIT_CLOCK}) +(?=[A-Z(])")
_GLUED_UNIT = re.compile(r"((?:[01]\d|2[0-3]))\.?([0-5]\d)[a-z]+\.?")
# a unit word after an entry's time ("hrs.", "h"), in lower case
_UNIT = re.compile(r"^[a-z]{1,5}\.?\s+(?=[A-Z(])")
# a place from its house number: "4291 COLDHARBOUR HWY", "88 N Pelican Wy"
_LOWER = re.compile(r"\b[a-z]{2,}\b")
_CAPS_BREAK = re.compile(r"(?<=[A-Z0-9)][A-Z0-9)]\.)\s+(?=[A-Z(])")
# a short sentence in capitals that only gives a number under a label ("OFC 1836.",
# "BKG 25-B47560.", "OTHER AGCY CASE SCSO 25-958101."): a reference, not the account
_LABELLED_NUMBER = re.compile(r"^[A-Z][A-Z/&#-]*(?: [A-Z][A-Z/&#-]*){0,4} #?[A-Z]{0,4}[ -]?\d[\dA-Z-]*\.?$")
# a short code and its word parted by a slash: "AO/OPEN", "CA/ARREST"
_CODE_WORD = re.compile(r"([A-Z]{1,3})/([A-Z]{4,}(?: [A-Z]+)*)\.?")
_PLACE = re.compile(r"(?<!\S)\d{1,6}[A-Z]?(?: (?:[A-Z][A-Za-z.'&-]*|\d+(?:st|nd|rd|th)|[NSEW]\.?))+(?=[ ,.;]|$)")


def hanging_lines(doc) -> list[int]:
    """The lines opening hanging time-led entries, or [] (one pass of a regular expression
    over the text; the rest only where it finds some)."""
    if doc.text is None:
        return []
    hits = [(m.start(), len(m.group(1) if m.group(1) is not None else m.group(4)))
            for m in _LEAD.finditer("\n" + doc.text)]
    if len(hits) < MIN_ENTRIES:
        return []
    at = Counter(x for _, x in hits).most_common(1)[0][0]
    lines = [bisect_right(doc.starts, pos) - 1 for pos, x in hits if abs(x - at) <= 1]
    lines = [i for i in lines if i not in doc.skip and len(doc.lines[i].split()) >= 4]
    if len(lines) < MIN_ENTRIES or len(lines) < MIN_SHARE * len(hits):
        return []
    # the text hangs: the line under an entry's first, when it is not the next entry,
    # is indented deeper (wrapped text under a margin time, not a paragraph of prose)
    opening, under, deeper = set(lines), 0, 0
    for i in lines[:60]:
        j = i + 1
        while j < len(doc.lines) and (j in doc.skip or not doc.lines[j].strip()):
            j += 1
        if j >= len(doc.lines) or j in opening or j > i + 1:
            continue
        under += 1
        deeper += indent(doc.lines[j]) > at + 1
    # (entries of a line or two: a fifth that wrap, all deeper, tell it as well)
    if under < max(MIN_ENTRIES, MIN_WRAPPED * min(60, len(lines))) or deeper < MIN_SHARE * under:
        return []
    return lines


def hanging_spans(doc, starts: list[int]) -> list[tuple[int, int]]:
    """Each entry: its first line and the deeper lines under it, over page furniture and the
    blank lines of a page break (a blank run inside a page ends it)."""
    out = []
    opening = set(starts)
    n = len(doc.lines)
    for s in starts:
        at, j, end = indent(doc.lines[s]), s + 1, s + 1
        while j < n and j not in opening:
            line = doc.lines[j]
            if j in doc.skip or not line.strip():
                j += 1
                continue
            if indent(line) <= at + 1:
                break
            if j > end and doc.pages[j] == doc.pages[end - 1] and not any(k in doc.skip for k in range(end, j)):
                break
            j += 1
            end = j
        out.append((s, end))
    return out


def case_entry_starts(doc, starts: list[int]) -> list[int] | None:
    """The entries' first lines, of those citing a series the words before it name as the
    case number (``caseseries.py``), or None."""
    keep = case_entries(doc.lines, doc.ids, hanging_spans(doc, starts))
    return [starts[k] for k in keep] if keep else None


def read_hanging_entries(doc, starts: list[int], context) -> tuple[list[dict], list[tuple[int, int]]] | None:
    """Records of the hanging time-led entries opened at ``starts``, with their spans, or
    None when they are not consistent entries."""
    spans = hanging_spans(doc, starts)
    blocks = [entry_lines(doc, s, e) for s, e in spans]
    if not consistent(blocks):
        return None
    series = _series(doc, spans)
    ids = [[(x, t) for x, t in line if shape(t) == series] for line in doc.ids] if series else doc.ids
    numbers = first_ids(doc.lines, spans, ids) or {} if series else {}
    if not numbers and (short := short_series(blocks)):
        # a series of short numbers ("25-101"): the entries citing none are no records
        keep = sorted(short)
        spans, blocks = [spans[k] for k in keep], [blocks[k] for k in keep]
        numbers = {n: short[k] for n, k in enumerate(keep)}
        series = shape(numbers[0])
    if series and (opened := numbered_at_one_place(blocks, numbers, series)) is not None:
        # the number at one place of the opening words, routine notes between: those none
        spans, blocks = [spans[k] for k in opened], [blocks[k] for k in opened]
        numbers = {n: numbers[k] for n, k in enumerate(opened)}
    elif series and (closing := _closed_by_number(blocks, numbers, series)) is not None:
        # occurrences closed by their number among routine entries that carry none: those only
        kept = sorted(closing)
        spans, blocks = [spans[k] for k in kept], [blocks[k] for k in kept]
        numbers = {n: closing[k] for n, k in enumerate(kept)}
    read = [_values(" ".join(b), series) for b in blocks]
    # "type, place" apart by one comma only where every entry is numbered (a routine note
    # "Gate checked, padlock in place." among numbered incidents is none of those)
    _name_parts(read, comma=len(numbers) == len(blocks))
    _outcome_values(read)
    records = []
    for k, ((s, _), block, values) in enumerate(zip(spans, blocks, read)):
        date = values.pop("date", None) or context[s]()
        rec = build(values, _NAMES, page=doc.pages[s], number=numbers.get(k), raw=block)
        rec["reported_at"] = parse_datetime(f"{date} {values['time']}") if date else None
        records.append(rec)
    return records, spans


def _closed_by_number(blocks: list, numbers: dict[int, str], series: str) -> dict[int, str] | None:
    """Each entry's closing number of the series, when nearly every numbered entry ends
    with one (the number closes what is recorded; one cited before it is an earlier
    record): the entries without one are no records (a watch on duty, a patrol). Else None."""
    closing, citing = {}, 0
    for k, block in enumerate(blocks):
        words = [w.strip(" .;,()[]") for w in " ".join(block).split()]
        citing += any(shape(w) == series for w in words)
        if words and shape(words[-1]) == series:
            closing[k] = words[-1]
    if len(closing) < MIN_ENTRIES or len(closing) < ALL_CLOSED * max(citing, len(numbers)):
        return None
    return closing


def _series(doc, spans: list[tuple[int, int]]) -> str | None:
    """The shape of the entries' own numbers: carried by the most entries with values
    nearly all different (a unit's call sign is in every entry too, but repeats), each
    entry's first of the shape or its last (an earlier record cited before its own)."""
    firsts: dict[str, list[str]] = {}
    lasts: dict[str, dict[int, str]] = {}
    for k, (s, e) in enumerate(spans):
        seen = set()
        for line in doc.ids[s:e]:
            for _, tok in line:
                sh = shape(tok)
                lasts.setdefault(sh, {})[k] = tok
                if sh not in seen:
                    seen.add(sh)
                    firsts.setdefault(sh, []).append(tok)
    good = [(len(v), sh) for sh, v in firsts.items() if len(v) >= 0.5 * len(spans)
            and max(len(set(v)), len(set(lasts[sh].values()))) >= MIN_SHARE * len(v)]
    return max(good)[1] if good else None


def _values(text: str, series: str | None) -> dict:
    """The entry's time and its sentences: references set apart, the first (what and
    where) kept whole for ``_name_parts``, the last the outcome, those between the
    narrative."""
    time, _, rest = squash(text).partition(" ")
    date = None
    if re.fullmatch(_DATE, time):       # "10/14/25 0729 ...": the entry's own date before its time
        date, (time, _, rest) = time, rest.partition(" ")
    time = time.strip("[]()")
    if m := _GLUED_UNIT.fullmatch(time):     # "06.25hrs": the clock without its unit
        time = f"{m.group(1)}:{m.group(2)}"
    rest = _UNIT.sub("", rest, count=1)      # "0214 hrs. Theft at ...": the time's unit is no sentence
    # in capitals a full stop after a word of capitals ends a sentence too ("AT 12 ELM LN. RPT ...")
    sentences = split_sentences(rest) if _LOWER.search(rest) else [t.strip() for t in _CAPS_BREAK.split(rest)]
    refs, told = [], []
    lead, _, after = sentences[0].partition(" ") if sentences else ("", "", "")
    if series and after and shape(lead.strip("#(),")) == series:
        refs, sentences[0] = [lead], after      # the entry's number before its words: "#25-103 Reckless ..."
    for k, t in enumerate(sentences):
        words = t.removesuffix(".").split()
        cited = [w for w in words if series and shape(w.strip(",;()#")) == series]
        if not cited and told and len(words) <= 2 and k + 1 < len(sentences) and _cites_only(sentences[k + 1], series):
            cited = words       # a label cut off its number at an abbreviation's stop: "(Case no." "25-0612)"
        (refs if cited and len(words) - len(cited) <= 3 or told and _LABELLED_NUMBER.match(t) else told).append(t)
    values = {"time": time, "_first": told[0].rstrip(".") if told else ""}
    if date:
        values["date"] = date
    if refs:
        values["reference"] = " ".join(refs)
    if len(told) >= 2:
        values["outcome"] = told[-1]
    if len(told) >= 3:
        values["narrative"] = " ".join(told[1:-1])
    return values


def _cites_only(sentence: str, series: str | None) -> bool:
    """The sentence is a number of the series alone (in brackets, after a mark)."""
    words = sentence.removesuffix(".").split()
    return bool(series) and len(words) == 1 and shape(words[0].strip(",;()#")) == series


def _outcome_values(read: list[dict]) -> None:
    """Outcomes that nearly all open with one word (a label: "CLR AO/OPEN.") lose it, and
    an outcome printed as a short code and its word ("AO/OPEN") is the word."""
    outcomes = [v["outcome"] for v in read if v.get("outcome")]
    heads = Counter(o.split()[0] for o in outcomes if len(o.split()) > 1)
    label = heads.most_common(1)[0][0] if heads else None
    if not label or heads[label] < MIN_SHARE * len(read):
        return
    for values in read:
        words = (values.get("outcome") or "").split()
        if len(words) > 1 and words[0] == label:
            m = _CODE_WORD.fullmatch(" ".join(words[1:]))
            values["outcome"] = m.group(2) if m else " ".join(words[1:])


def _name_parts(read: list[dict], comma: bool = False) -> None:
    """The first sentence cut at its place: the type after it (before it when most
    entries print nothing after it), without the words every entry sets beside the place."""
    cut = []
    for values in read:
        m = _PLACE.search(values["_first"])
        rest = values["_first"][m.end():].split() if m else []
        if m and len(rest) == 1 and rest[0].isdigit():      # a road's number after its name: "County Road 14"
            cut.append((values["_first"][:m.start()].split(), f"{m.group(0)} {rest[0]}", []))
            continue
        cut.append((values["_first"][:m.start()].split(), m.group(0), rest) if m else None)
    placed = [c for c in cut if c]
    if len(placed) < MIN_SHARE * len(read):
        for values in read:
            values["what"] = values.pop("_first") or None
        _headed_type_place(read) or comma and _comma_type_place(read) or _verb_type_place(read)
        return
    after = sum(1 for c in placed if c[2]) >= 0.5 * len(placed)
    parts = [(c[2] if after else c[0][::-1]) if c else [] for c in cut]
    # the words every entry sets next to its place ("for", "re", "reported at"): not the type
    drop = 0
    while True:
        heads = Counter(p[drop].lower() for p in parts if len(p) > drop + 1)
        if not heads or heads.most_common(1)[0][1] < MIN_SHARE * len(placed):
            break
        drop += 1
    if not after and not drop and _joined_place(read, cut, len(placed)):
        return
    for values, c, p in zip(read, cut, parts):
        first = values.pop("_first")
        if not c:
            values["what"] = first or None
            continue
        words = p[drop:] if after else p[drop:][::-1]
        if not after:       # what leads the sentence before the type: a unit, a call sign
            words = [w for w in words if not any(ch.isdigit() for ch in w)]
        values["place"] = c[1]
        values["type"] = " ".join(words).strip(" ,;:-") or None
        rest = " ".join(c[0]) if after else " ".join(c[2])
        if rest:
            values["lead" if after else "detail"] = rest


def _joined_place(read: list[dict], cut: list, placed: int) -> bool:
    """Type and place joined by one word in lower case that nearly every entry prints in
    the last two words before its house number ("Theft at 12 Elm St", "Theft at Hwy 34
    Mile 81", the place found late): the type the words before it, the place the rest of
    the sentence after it."""
    joins = Counter(w for c in cut if c for w in dict.fromkeys(c[0][-2:]) if w.isalpha() and w.islower())
    if not joins or joins.most_common(1)[0][1] < MIN_SHARE * placed:
        return False
    word = joins.most_common(1)[0][0]
    for values, c in zip(read, cut):
        first = values.pop("_first")
        k = len(c[0]) - 1 - c[0][::-1].index(word) if c and word in c[0][-2:] else None
        if k is None:
            values["what"] = first or None
            continue
        values["type"] = " ".join(c[0][:k]).strip(" ,;:-") or None
        values["place"] = " ".join(c[0][k + 1:] + [c[1]] + c[2])
    return True


# a heading in capitals closed by a full stop, then "type, place": "NORTH SECTOR. Lost dog, Pier 3"
_HEADED = re.compile(r"^([A-Z][A-Z0-9 .'&/-]*[A-Z0-9])\.\s+([^,]+), ([^,]+)$")


def _headed_type_place(read: list[dict]) -> bool:
    """First sentences without a house number that nearly all print a heading in capitals
    (an area, a unit) and then a type and a place parted by one comma: the three apart."""
    matches = [_HEADED.match(values.get("what") or "") for values in read]
    if sum(1 for m in matches if m) < 0.9 * len(read):
        return False
    for values, m in zip(read, matches):
        if m:
            values["lead"], values["what"], values["place"] = m.groups()
    return True


def _comma_type_place(read: list[dict]) -> None:
    """First sentences that nearly all print a type and a place parted by one comma
    ("Open door, 141 Church St", "Scam call, rest area"; few have a house number): apart."""
    parts = [(values.get("what") or "").split(", ") for values in read]
    if sum(1 for p in parts if len(p) == 2 and all(p)) < 0.9 * len(read):
        return
    for values, p in zip(read, parts):
        if len(p) == 2 and all(p):
            values["what"], values["place"] = p



# the word before an entry's place at the end of its first sentence ("... at the Fish Dock")
_AT_PLACE = re.compile(r" (?:at|off) ((?:the )?[A-Z0-9][^.;]*)$")


def _verb_type_place(read: list[dict]) -> bool:
    """First sentences without a house number that nearly all set one word in lower case
    among their first words, after the type ("Assault reported outside the terminal at
    the Fish Dock", "Theft of fuel reported from ..."): the type the words before it, the
    place what follows the sentence's last "at" or "off" (that word itself, too: "Theft at
    800 blk Elm St, Town", a block number no house number), and the part after its comma
    when the sentence was cut there (``_comma_type_place``): the town of the street."""
    whats = [(values.get("what") or "").split() for values in read]
    # (each entry's words once, in the order printed: of words as common as each other, the
    # one printed first wins, the same in every process; a set's order is the hash seed's)
    heads = Counter(w for words in whats for w in dict.fromkeys(words[1:6]) if w.isalpha() and w.islower())
    if not heads:
        return False
    word, n = heads.most_common(1)[0]
    if n < 0.9 * len(read):
        return False
    for values, words in zip(read, whats):
        if word not in words[1:6]:
            continue
        k = words.index(word)
        values["what"] = " ".join(words[:k]).strip(" ,;:-")
        if m := _AT_PLACE.search(" " + " ".join(words[k:])):
            values["place"] = ", ".join(p for p in (m.group(1), values.get("place")) if p)
    return True
