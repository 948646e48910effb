"""Paragraphs, each citing one number of the log's own series somewhere inside it.

A press bulletin or news-style log prints each incident as a paragraph (often under a
headline of its own), blank lines between them, and cites the incident's number wherever
the sentence puts it (``The incident, logged as XX-25-01403, began ...``): never at a line
start, in no column, after no label, so no other reader finds the records. The numbers
still give the layout away: one shape of number stands once in most paragraphs, its values
all different (the series), while other numbers (a citation, another agency's case) stand
in a few. Each paragraph citing one number of the series is one record; paragraphs without
one (a masthead, a week's counts, a closing line) are none.

Read from the values: the first date-time printed is when it was reported; a headline (a
first line in capitals) is the type, up to the joining word before a place the paragraph
names too (``CRASH ON ROUTE 9`` over ``... on Route 9 near mile 12.``: type ``CRASH``,
place ``Route 9 near mile 12``); without a headline, a short sentence between the first and
the last of a type, a comma and a place opening with its house number (``Burglary, 100
block of Elm St.``) gives the two; the last sentence is the outcome (without a label naming
it, ``Result: ...``), those between the first and the last the summary (a sentence citing
the number without the words up to it, or left out when it only cites it).

A page whose text lost the blank lines between its paragraphs (a page printed upside down)
reads as one paragraph citing many numbers: parted first where the others open
(``runtogether.py``).

Looked for only where the other readers found no records or only free text, and first on
a sample (paragraphs and numbers of the first pages), so other logs pay nothing."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.cellparas import are_cells, cell_values
from prr.scrapers.incident_log.citedagain import all_different_but_follow_ups, told_many_more
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.itemfields import item_values, list_labels
from prr.scrapers.incident_log.itemlead import lead_records
from prr.scrapers.incident_log.numbereditems import numbered_items
from prr.scrapers.incident_log.ownline import own_numbers
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.risingseries import digit_pairs, rising_series
from prr.scrapers.incident_log.runtogether import part_run_together
from prr.scrapers.incident_log.text import (
    DATETIME_RE,
    PLACE_WORDS,
    is_id,
    parse_datetime,
    shape,
    split_sentences,
    squash,
)

MIN_RECORDS = 5
MIN_SHARE = 0.6         # of the text paragraphs citing one number of the series
TRAILER_INDENT = 20     # characters a trailer line starts right of the line above it
TRAILED_SHARE = 0.8     # of the paragraphs citing one number, those closed by a trailer
_HEADLINE = re.compile(r"^[A-Z0-9][A-Z0-9 ,.'&/-]{3,80}$")
_JOIN = re.compile(f" (?:{PLACE_WORDS.upper()}) ")
# a number in a sentence, its letters in one or more dashed groups too ("XX-B-25-01403"),
# which the id pattern of line starts and columns leaves alone
_TOKEN = re.compile(r"(?<![\w/.:$-])((?:[A-Z]{1,4}-)*[A-Z]{0,4}\d[\dA-Z-]*\d)(?![\w/]|-\w|\.\d|,\d)")
_NAMES = {"type": "type", "where": "location", "outcome": "disposition", "told": "summary", "when": None}
# a short sentence "<Type>, <house number> <street>": a type of a few words, then a place
# opening with its number and closing with a capitalised word (a street's name or kind)
_TYPE_PLACE = re.compile(r"^([A-Z][a-z][^,.:;\d]{1,40}),\s+(\d+[A-Z]?\s+[^,;:]*\b[A-Z][\w.]*?)\.?$")
_LEAD_TYPE_PLACE = re.compile(r"^([A-Z][A-Za-z][^,.:;\d]{1,40}),\s+([^,;:]+?)\.?$")
# a sentence of one word naming a time, then the time ("Occurred 01/05/2026 11:27 to ...")
_NAMED_TIME = re.compile(r"^([A-Z][a-z]+) (\d.*?)\.?$")
_LABELLED = re.compile(r"^([A-Z][a-z]+(?: [a-z]+)?):\s+(\S.*)$")
# a footnote's raised mark (superscript or subscript digits, daggers), then words
_RAISED_MARK = re.compile(r"^[\u00b9\u00b2\u00b3\u2070-\u2079\u2080-\u2089\u2020\u2021]+\s*[(A-Za-z]")
_RULE = re.compile(r"^[_\-=\u2014\u2500 ]+$")


def numbered_paragraphs(page_texts: list[str], result):
    """``result`` or, where the paragraphs of the text are the records, a better one."""
    if result.status == "records" and result.layout != "free text":
        return result
    paras = plain = _paragraphs(page_texts)
    series = _series([p for _, p in paras])
    if series is not None:      # a page whose text lost its blank lines: parted where the others open
        paras = part_run_together(paras, lambda text: _cited(text, series), _is_text)
    labels = None
    if series is None:      # no blank line between entries: items opened by their list number
        paras = numbered_items(page_texts)
        series = _series([p for _, p in paras]) if paras else None
        labels = list_labels([squash(" ".join(p)) for _, p in paras])
    again = series is None and (not paras or bool(result.records)) and \
        (series := _series([p for _, p in plain], follow_ups=True)) is not None
    if again:       # paragraphs citing an earlier one's number again: follow-ups (citedagain.py)
        paras, labels = plain, None
    if series is None:      # the record's number beside each item's list number (itemlead.py),
        # where no reader found any record (a list the others read stays theirs)
        led = lead_records(paras, lambda page, lines, number: _lead_record(page, lines, number, labels)) \
            if labels is not None and not result.records else None
        return type(result)(led, "records", None, "numbered paragraphs") if led else result
    paras = paras[:_last_new(paras, series) + 1]     # a closing list citing the numbers again is no record
    # paragraphs citing one number of the series, and those citing several that print one
    # where the others print theirs (linked earlier cases further down: ownline.py); a page's
    # footnotes (a raised mark opening them) are no paragraph of the log
    mine = own_numbers([p for p in paras if not _notes(p[1])],
                       lambda line: [(m.start(1), m.group(1)) for m in _TOKEN.finditer(line)
                                     if shape(m.group(1)) == series])
    mine = _trailed(mine, page_texts)
    # a series read by its order in the paragraphs of text (risingseries.py): a short note
    # citing one of its numbers (a follow-up on an earlier case) is no record; the other
    # readers, blind to such numbers, took another office's for the records'
    ordered = bool(mine) and not is_id(mine[0][2])
    if ordered:
        mine = [m for m in mine if _is_text(m[1])]
    # short lines of cells rather than sentences: read cell by cell (``cellparas.py``)
    celled = labels is None and are_cells([lines for _, lines, _ in mine])
    records = [_cell_record(page, lines, number) if celled else _record(page, lines, number, labels)
               for page, lines, number in mine]
    if len(records) < MIN_RECORDS or len(records) < len(result.records):
        return result
    if again and not told_many_more({number for _, _, number in mine}, result.records):
        return result
    if len(records) == len(result.records) and not ordered and not (celled and _named(records) > _named(result.records)):
        return result       # as many records: taken only for the fields read from cells
    return type(result)(records, "records", None, "numbered paragraphs")


def _trailed(mine: list, page_texts: list[str]) -> list:
    """Where nearly every paragraph's number stands alone after it, on a last line set far
    right of the text (a trailer: ``Case  XX25-000123``), the paragraphs of the records
    without that line; a paragraph citing a number of the series inside its text cites an
    earlier case (an update) and is no record."""
    ends = {}
    for text in page_texts:
        lines = text.splitlines()
        for i, ln in enumerate(lines[1:], start=1):
            if ln.strip() and (i + 1 == len(lines) or not lines[i + 1].strip()) and lines[i - 1].strip():
                ends[ln.strip()] = _indent(ln) - _indent(lines[i - 1])
    trailed = [k for k, (_, lines, number) in enumerate(mine)
               if len(lines) >= 3 and lines[-1].endswith(number) and len(lines[-1].split()) <= 6
               and ends.get(lines[-1], 0) >= TRAILER_INDENT]
    if len(trailed) < MIN_RECORDS or len(trailed) < TRAILED_SHARE * len(mine):
        return mine
    return [(page, lines[:-1], number) for page, lines, number in (mine[k] for k in trailed)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _named(records: list[dict]) -> int:
    return sum(1 for r in records for f in ("type", "location", "disposition") if r.get(f))


def _paragraphs(page_texts: list[str]) -> list[tuple[int, list[str]]]:
    out: list[tuple[int, list[str]]] = []
    for page, text in enumerate(page_texts, start=1):
        block: list[str] = []
        for line in text.splitlines() + [""]:
            if line.strip():
                block.append(line.strip())
            elif block:
                out.append((page, block))
                block = []
    return out


def _notes(lines: list[str]) -> bool:
    """A page's footnotes: the paragraph's first line of words (under a rule) opens with a
    raised note mark (``¹ Same address as report 24-15942.``), which no entry does: a number
    of the series it cites is no record's."""
    first = next((ln for ln in lines if not _RULE.match(ln)), "")
    return bool(_RAISED_MARK.match(first))


def _last_new(paras: list[tuple[int, list[str]]], series: str) -> int:
    """The index of the last paragraph citing a number of the series not cited before, or
    citing again only the number of that paragraph right before it (the body under a
    heading that repeats the number)."""
    seen: set[str] = set()
    last = -1
    before: set[str] = set()
    for k, (_, lines) in enumerate(paras):
        cited = {t for t in _ids(" ".join(lines), series) if shape(t) == series}
        if cited - seen or (cited and cited == before and last == k - 1):
            seen |= cited
            last = k
        before = cited
    return last


def _ids(text: str, series: str | None = None) -> list[str]:
    """``series``: a shape of the series read, taken even where alone it reads as a range."""
    return [m.group(1) for m in _TOKEN.finditer(text) if is_id(m.group(1)) or shape(m.group(1)) == series]


def _cited(text: str, series: str) -> list[str]:
    """The numbers of the series ``text`` cites."""
    return [t for t in _ids(text, series) if shape(t) == series]


def _series(paras: list[list[str]], follow_ups: bool = False) -> str | None:
    """The shape cited once in the most paragraphs of text, its values all different (but
    for a few following up an earlier paragraph, with ``follow_ups``: citedagain.py)."""
    texts = [p for p in paras if _is_text(p)]
    if len(texts) < MIN_RECORDS:
        return None
    once: dict[str, list[str]] = {}
    told: dict[str, list[tuple[str, str]]] = {}     # (value, paragraph) for follow_ups
    ranged: dict[str, list[str]] = {}
    for p in texts:
        text = " ".join(p)
        cited = _ids(text)
        counts = Counter(map(shape, cited))
        for t in cited:
            if counts[shape(t)] == 1:
                once.setdefault(shape(t), []).append(t)
                told.setdefault(shape(t), []).append((t, text))
        if len(pair := digit_pairs(m.group(1) for m in _TOKEN.finditer(text))) == 1:
            ranged.setdefault(shape(pair[0]), []).append(pair[0])
    good = [(len(v), sh) for sh, v in once.items() if len(v) >= MIN_SHARE * len(texts) and len(set(v)) >= 0.95 * len(v)]
    if not good and follow_ups:     # some cited again by later paragraphs following them up
        good = [(len(v), sh) for sh, v in once.items()
                if len(v) >= MIN_SHARE * len(texts) and all_different_but_follow_ups(told[sh])]
    if not good:
        return None
    # series cited once in as many paragraphs: the one given in order (risingseries.py)
    most = max(good)[0]
    tied = {sh: once[sh] for n, sh in good if n == most}
    tied.update({sh: v for sh, v in ranged.items() if len(v) == most and len(set(v)) == len(v)})
    return rising_series(tied) or max(good)[1]


def _is_text(lines: list[str]) -> bool:
    """A paragraph of text: two lines or more, fifteen words or more."""
    return len(lines) >= 2 and len(" ".join(lines).split()) >= 15


def _record(page: int, lines: list[str], number: str, labels: set[str] | None = None) -> dict:
    """``labels``: the list's labels when the paragraph is a numbered item (read from its
    values, ``itemfields.py``)."""
    head = lines[0] if len(lines) > 1 and _HEADLINE.match(lines[0]) and not lines[0].endswith(".") else None
    text = squash(" ".join(lines[1:] if head else lines))
    sentences = split_sentences(text)
    values: dict[str, str | None] = {"when": None}
    m = DATETIME_RE.search(text)
    if m:
        values["when"] = m.group(0)
    if head:
        values["type"], values["where"] = _type_and_place(head, text)
    if len(sentences) >= 2:
        values["outcome"] = _unlabelled(sentences[-1])
    if not head and (read := _type_place(sentences[1:-1])):
        values["type"], values["where"] = read
    if len(sentences) >= 3:
        told = [_without_reference(t, number) for t in sentences[1:-1]]
        values["told"] = " ".join(t for t in told if t) or None
    if labels is not None:
        read = item_values(text, labels)
        values.update({k: read[f] for k, f in (("type", "type"), ("where", "location"), ("outcome", "disposition"))
                       if read.get(f)})
    rec = build(values, _NAMES, page=page, number=number, raw=lines)
    rec["reported_at"] = parse_datetime(values["when"]) if values["when"] else None
    rec["related_numbers"] = [t for t in dict.fromkeys(_ids(text)) if t != number]
    return rec


def _lead_record(page: int, lines: list[str], number: str, labels: set[str]) -> dict:
    """An item whose lead (list number, record number) is cut: its first sentence may be a
    type, a comma and a place (``Burst main, 40 Quay Rd.``), which ``_record`` looks for
    only between the first and the last. A later sentence of one word naming when it
    occurred, then the time or a ``to`` range (``Occurred 01/05/2026 11:27.``), gives that time."""
    rec = _record(page, lines, number, labels)
    sentences = split_sentences(squash(" ".join(lines)))
    first = sentences[:1]
    if not rec.get("type") and (read := _type_place(first) or _lead_type_place(first)):
        rec["type"], rec["location"] = read[0], rec.get("location") or read[1]
        rec["offences"] = rec.get("offences") or [read[0]]
    for s in sentences[1:]:     # "Occurred 01/05/2026 11:27 [to ...]": a sentence the word names
        m = _NAMED_TIME.match(s)
        times = m.group(2).split(" to ") if m else []
        if m and column_for(m.group(1)) == "occurred_at" and not rec.get("occurred_at") \
                and len(times) <= 2 and all(DATETIME_RE.fullmatch(t) for t in times):
            rec["occurred_at"] = parse_datetime(times[0])
            rec["occurred_to"] = parse_datetime(times[1]) if len(times) == 2 else rec.get("occurred_to")
    return rec


def _lead_type_place(first: list[str]) -> tuple[str, str] | None:
    """An item's first sentence after its lead, a type of a few words without digits, a
    comma, a place of a few words (``Assault, Elm Street and Oak Lane``): the lead tells the
    sentence opens the item, so the place need not open with a house number."""
    m = _LEAD_TYPE_PLACE.match(first[0]) if first else None
    if m and len(m.group(1).split()) <= 5 and 2 <= len(m.group(2).split()) <= 8:
        return m.group(1).strip(), m.group(2).strip()
    return None


def _cell_record(page: int, lines: list[str], number: str) -> dict:
    values, names = cell_values(lines, number)
    rec = build(values, names, page=page, number=number, raw=lines)
    rec["reported_at"] = parse_datetime(values["when"]) if values.get("when") else None
    rec["related_numbers"] = [t for t in dict.fromkeys(_ids(" ".join(lines))) if t != number]
    return rec


def _unlabelled(sentence: str) -> str:
    """The last sentence without a label naming it the outcome ("Result: ..."): the
    label says what the value is, it is no part of it."""
    m = _LABELLED.match(sentence)
    return m.group(2).rstrip(" .") if m and column_for(m.group(1)) == "disposition" else sentence


def _type_place(sentences: list[str]) -> tuple[str, str] | None:
    """Type and place from the first short sentence between the first and the last that
    is a type of a few words, a comma, a place opening with its house number."""
    for s in sentences:
        m = _TYPE_PLACE.match(s) if len(s.split()) <= 12 else None
        if m and len(m.group(1).split()) <= 5:
            return m.group(1).strip(), m.group(2).strip()
    return None


def _without_reference(sentence: str, number: str) -> str:
    """A sentence citing the record's own number without the words that cite it ("The
    incident, logged as N, began when ..." -> "began when ..."); empty when little is left."""
    at = sentence.find(number)
    if at < 0:
        return sentence
    rest = sentence[at + len(number):].lstrip(")]").lstrip(",;:").strip()
    return rest if len(rest.split()) >= 3 else ""


def _type_and_place(head: str, text: str) -> tuple[str, str | None]:
    """The headline up to the last joining word before a place the paragraph names too
    (the place read on in the paragraph to the end of its clause), else the whole headline."""
    low = text.lower()
    for m in reversed(list(_JOIN.finditer(head))):
        place = head[m.end():].strip()
        at = low.find(place.lower())
        if place and at >= 0:
            clause = re.split(r"[.,;]\s", text[at:] + " ", maxsplit=1)[0].strip().rstrip(".")
            return head[:m.start()].strip(), clause
    return head, None
