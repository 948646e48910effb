"""Several incident numbers given for one entry: a range (``A thru B``, ``A through B``,
``A to B``, ``A-B``) or a list (``A, B and C``) in the number's cell, label or sentence.

A log may print one line for a group of incidents reported together (four cars broken
into on one street): the line's values are shared, but each number is an incident of its
own. The readers take the first number as the record's and the rest as related numbers.
Here the record's own number is followed, in its text, by numbers of the same series
(same prefix, same width) joined to it by a connector alone: each of those numbers is a
record of its own, the entry's values shared. A range is believed only when it rises and
is short (a block of years or of addresses is no group of incidents); a number already
read as a record of its own is not made again.
"""
from __future__ import annotations

import re

# what may stand between two numbers of a group: a list's comma or "and", a range's word
# or dash (the words of ranges in English; the numbers' own series decides the rest)
_LIST = r"(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)"
_RANGE = r"(?:\s*[-\u2013\u2014]\s*|\s+(?:thru|through|to|till|until)\s+)"
_CONNECTOR = re.compile(rf"{_RANGE}|{_LIST}")
_CONNECTOR_CHARS = (",", "&", "-", "\u2013", "\u2014")
# a range's or list's words, under a part each shares with the others looked for at once
# ("thr" for thru and through, "til" for till and until): a part absent, none of its words
# is looked for after a space, a line break or a tab (a scan each, over a yearly log's text)
_CONNECTOR_WORDS = {"thr": ("thru", "through"), "to": ("to",), "til": ("till", "until"), "and": ("and",)}
_DANGLING = re.compile(r"\s+(?:thru|through|to|till|until|and|&)\s*$")
_SHAPE = re.compile(r"^(.*?)(\d+)$")
MAX_SPAN = 30           # numbers in one range: more is a block of something else


def _series(number: str) -> tuple[str, int] | None:
    m = _SHAPE.match(number)
    if not m or len(m.group(2)) < 3:
        return None
    return m.group(1), len(m.group(2))


def listed_numbers(number: str, text: str) -> list[str]:
    """The numbers after ``number`` in ``text`` that the text groups with it, in order.
    (String search and one fixed pattern first: a pattern built per record would be
    compiled anew for every record of a long log.)"""
    at = text.find(number) if number and text else -1
    while at >= 0:
        end = at + len(number)
        if (at == 0 or not _wordchar(text[at - 1])) and (end == len(text) or not _wordchar(text[end])):
            return _group(number, text, end)[0] if _CONNECTOR.match(text, end) else []
        at = text.find(number, at + 1)
    return []


def _wordchar(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def group_end(line: str, x: int, number: str) -> int:
    """Where the group of numbers opened by ``number`` (at ``x`` in ``line``) ends: a group
    reads as one number does, so an entry's first line "reports A through B (theft)" has
    the form of "report A (theft)"; a connector left at the line's end (the group wrapped)
    is the group's too."""
    end = _group(number, line, x + len(number))[1]
    return len(line) if _DANGLING.match(line, end) and _series(number) else end


def _group(number: str, text: str, pos: int) -> tuple[list[str], int]:
    shape = _series(number)
    if shape is None or not text:
        return [], pos
    prefix, width = shape
    tok = rf"(?<![\w-]){re.escape(prefix)}(\d{{{width}}})(?![\w-])"
    out, last = [], int(number[len(prefix):])
    step = re.compile(rf"({_RANGE}|{_LIST}){tok}")
    while True:
        m = step.match(text, pos)
        if not m:
            break
        value = int(m.group(2))
        if re.fullmatch(_RANGE, m.group(1)):
            if not 0 < value - last <= MAX_SPAN:
                break
            out += [f"{prefix}{n:0{width}d}" for n in range(last + 1, value + 1)]
        else:
            if value == last:
                break
            out.append(f"{prefix}{m.group(2)}")
        last, pos = value, m.end()
    return out, pos


def _fold_other_series_lines(records: list[dict]) -> list[dict]:
    """A line holding only a labelled number of another series ("Dispatch: C25-465031")
    read as a row of its own under an entry: the entry's related number, no record. (An
    entry's blocks read as a table make each labelled line a row; the entries' own
    numbers are one series, the other series' lines carry no date, place or text.)"""
    series = [_series(r.get("record_no") or r.get("case_no") or "") for r in records]
    shapes = [s for s in series if s]
    if len(shapes) < 4:
        return records
    main = max(set(shapes), key=shapes.count)
    out: list[dict] = []
    for rec, shape in zip(records, series):
        bare = not any(rec.get(k) for k in ("location", "reported_at", "occurred_at", "summary",
                                              "disposition"))
        if out and shape and shape != main and bare and "\n" not in (rec.get("raw") or "\n"):
            number = rec.get("record_no") or rec.get("case_no")
            out[-1]["related_numbers"] = (out[-1].get("related_numbers") or []) + [number]
            continue
        out.append(rec)
    return out


def _has_connector(text: str) -> bool:
    """Whether ``text`` holds a connector's character, or one of its words after a space."""
    return any(c in text for c in _CONNECTOR_CHARS) or any(
        f"{space}{word}" in text for part, words in _CONNECTOR_WORDS.items() if part in text
        for word in words for space in " \n\t")


def split_listed_numbers(records: list[dict]) -> list[dict]:
    """One record per number of a range or list in an entry's own text, values shared."""
    # (what every group needs, looked for once in all the entries' text with string
    # searches: a connector's character or word; a long log without one is passed over
    # without a look at each record)
    text = "\n".join(r.get("raw") or "" for r in records)
    if not _has_connector(text):
        return records
    if not any(listed_numbers(r.get("record_no") or r.get("case_no") or "", r.get("raw") or "")
               for r in records):
        return records
    records = _fold_other_series_lines(records)
    known = {r.get("record_no") or r.get("case_no") for r in records}
    out = []
    for rec in records:
        out.append(rec)
        key = "record_no" if rec.get("record_no") else "case_no"
        number = rec.get(key)
        if not number:
            continue
        more = [n for n in listed_numbers(number, rec.get("raw") or "") if n not in known]
        if not more:
            continue
        rest = [n for n in rec.get("related_numbers") or [] if n not in more]
        rec["related_numbers"] = rest
        for n in more:
            known.add(n)
            copy = dict(rec, fields=dict(rec.get("fields") or {}), related_numbers=list(rest),
                        offences=list(rec.get("offences") or []))
            copy[key] = n
            out.append(copy)
    return out
