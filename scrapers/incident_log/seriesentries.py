"""Entries run together in paragraphs, each citing one number of the log's own series
anywhere inside it: at its end (``... DR 25-104101 at 00:01:26.``), mid-sentence
(``... at the 1400 block of Elm St (case FS25-1113). ...``) or after the narrative of
an entry that starts mid-line (``At 1446, ICU: Suspicious person. ... Report X25-03106,
unit secured. At 1452, ...``).

No other reader finds these records: the numbers open no line, stand in no column and
close no paragraph, and a paragraph holds several entries (a bulleted list, a block of
hanging-indented entries, an hour's paragraph of incidents). Two things give the layout
away, both read from the document:

- the **series**: the shape of number with the most different values in the text, its
  values all different (another agency's case or a citation has another shape, or is
  cited in a few entries only);
- the **entry opener**: how the sentence that starts each entry begins, its leading mark
  (a bullet, a bracket), a date written out (``Dec. 17, 8:00 a.m.``) or its first word
  and the kind of the next (``At 1446``), the form found once between nearly every two
  numbers of the series, and before the first (``sentenceforms.py``). Where two forms are
  so found, the one opening the most paragraphs: the entry's date, not the sentence
  citing its number (``Case 25-7172; unfounded.``) after an earlier case's.

Each entry runs from its opener to the next opener, or to a break in the text (a blank
line, a line set further left, a margin label): a heading, a count, a letter's closing
lines are no part of it. An entry citing two numbers of the series (a follow-up citing an
earlier report) takes the one at the place where the other entries hold theirs (first or
last), unless an earlier entry holds that one and the other is new: an update on it run on
(``runonupdates.py``). Opener lines without a number of the series are no records.

Looked for only where the records read otherwise cover few of the series' numbers
(a sample of the first pages first), so other logs pay one regular expression on three
pages. Values are read by ``serieswords.py``."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from prr.scrapers.incident_log.citedsentences import cited_entries, sentence_values
from prr.scrapers.incident_log.closingsentence import numbers_inside_paragraphs, read_from_their_numbers
from prr.scrapers.incident_log.crossreflines import without_cross_references
from prr.scrapers.incident_log.earliercited import earlier_entries, numbered_by_citations
from prr.scrapers.incident_log.nesteditems import nested_lines, outer_lead
from prr.scrapers.incident_log.paras import _ids
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.runonupdates import own_numbers
from prr.scrapers.incident_log.sentenceforms import DATE_FORM, SENTENCE_END, comma_opening, form
from prr.scrapers.incident_log.seriesparagraphs import Piece, text_paragraphs
from prr.scrapers.incident_log.serieswords import clock_of, entry_record, has_date, opened_entries, verb_type_place
from prr.scrapers.incident_log.templatesentence import template_type_place
from prr.scrapers.incident_log.text import DATE_RE, shape

MIN_RECORDS = 5
MIN_SHARE = 0.8         # of the gaps between two numbers holding the opener once
SAMPLE_PAGES = 3
COVERED = 0.9        # of the series cited on the sample pages: the records read are taken


def read_series_entries(page_texts: list[str], result):
    """``result`` or, where entries of one series of numbers run together in paragraphs,
    a better one."""
    # every number read, but each record from its number's line on, its paragraph opened
    # lines above: the paragraphs are taken only where they mend that (closingsentence.py)
    closing = not worth_a_look(page_texts, result)
    if closing and not _closed_paragraphs(page_texts, result):
        return result
    doc = Doc.from_pages(page_texts)
    entries = series_entries(doc, len(result.records) if result.status == "records" else 0)
    if closing and (entries is None or not read_from_their_numbers(entries, result.records)):
        return result
    if entries is None or len(entries) < len(result.records) or \
            len(entries) == len(result.records) and not numbered_by_citations(entries, result.records) \
            and not closing:
        return result
    dates = _dates_in_force(doc, entries)
    places = _place_lines(doc, entries)
    records = [_entry(number, pieces, day, place) for (number, pieces), day, place in zip(entries, dates, places)]
    if not any(r.get("type") for r in records):
        sentence_values(records)        # "..., (N), what at place; outcome."
        verb_type_place(records)        # "05/11/26 0202 hrs. Theft reported at Elm Park."
        template_type_place(records)    # "Tuesday, May 5, 0815 hrs. Deputies were sent to noise at Elm Park."
    return type(result)(records, "records", None, "free text")


def _entry(number: str, pieces: list[Piece], day: str | None, place: str | None) -> dict:
    """The entry's record from its own sentences; its sub-items' numbers are related ones."""
    own = [p.text for p in pieces if not p.nested] or [p.text for p in pieces]
    rec = entry_record(number, own, pieces[0].page, day, place)
    if len(own) < len(pieces):
        rec["raw"] = "\n".join(p.text for p in pieces)
        cited = [t for p in pieces if p.nested for t in _ids(p.text) if t != number]
        rec["related_numbers"] = list(dict.fromkeys(rec["related_numbers"] + cited))
    return rec


def _place_lines(doc: Doc, entries) -> list[str | None]:
    """The line right above each entry when nearly every entry has one of its own: set
    further left, citing no number, not a heading in capitals (a location line over each
    entry: ``T16S R21E Sec. 21, Chalk Wash trail 7``); else none."""
    out: list[str | None] = []
    for _number, pieces in entries:
        i = pieces[0].line
        j = i - 1
        while j >= 0 and (j in doc.skip or not doc.lines[j].strip()):
            j -= 1
        line = doc.lines[j] if j >= 0 and j >= i - 2 else ""
        text = " ".join(line.split())
        lead = len(line) - len(line.lstrip())
        own = doc.lines[i]
        ok = text and lead < len(own) - len(own.lstrip()) and not _ids(text) and text != text.upper() \
            and own.strip().startswith(pieces[0].text[:12])
        out.append(text if ok else None)
    return out if sum(1 for x in out if x) >= MIN_SHARE * len(out) else [None] * len(out)


def _dates_in_force(doc: Doc, entries) -> list[str | None]:
    """The date printed last before each entry (a heading's, the title's). Where that line
    prints two dates (a night shift's), the second for a clock before the start of the
    heading's hours when they run past midnight (``2300-0700``), else once the clock
    goes back."""
    inside = {p.line for _, pieces in entries for p in pieces}
    out: list[str | None] = []
    at, current, k, last, start = 0, [], 0, None, None
    for number, pieces in entries:
        while at < pieces[0].line:
            found = [] if at in inside else [m.group(0) for m in DATE_RE.finditer(doc.lines[at])]
            if found:
                current, k, last, start = found, 0, None, _night_start(doc.lines[at])
            at += 1
        text = " ".join(p.text for p in pieces)
        clock = clock_of(text, number)
        if not has_date(text, number) and clock and len(current) > 1:
            minutes = _minutes(clock)
            if start is not None:
                k = 1 if minutes < start else 0
            elif last is not None and minutes < last and k + 1 < len(current):
                k += 1
            last = minutes
        out.append(current[k] if current else None)
    return out


_HOURS = re.compile(r"(?<![\d:])([01]\d|2[0-3]):?([0-5]\d)\s*[-\u2013]\s*([01]\d|2[0-3]):?([0-5]\d)(?![\d:])")


def _night_start(line: str) -> int | None:
    """The start (HHMM) of hours printed on a heading that run past midnight."""
    m = _HOURS.search(line)
    if m is None:
        return None
    start, end = int(m.group(1) + m.group(2)), int(m.group(3) + m.group(4))
    return start if start > end else None


def _minutes(clock: str) -> int:
    """HHMM of a clock time ("0553", "5:53", "17:52:10"; a.m. and p.m. not told apart here)."""
    if ":" not in clock:
        return int(clock[:4])
    hours, rest = clock.split(":", 1)
    return int(hours) * 100 + int(rest[:2])


@lru_cache(maxsize=8)
def line_ids(text: str) -> tuple[tuple[int, list[str]], ...]:
    """(line, the numbers cited on it) for a page's lines citing any: found once for the
    sample pages both this reader and ``closingparas.py`` look at."""
    return tuple((i, ts) for i, line in enumerate(text.splitlines()) if (ts := _ids(line)))


def worth_a_look(page_texts: list[str], result) -> bool:
    """The records read cover few numbers of the series cited on the first pages."""
    sample = page_texts[:SAMPLE_PAGES]
    ids = [t for text in sample for _, ts in line_ids(text) for t in ts]
    found = Counter(shape(t) for t in set(ids))
    if not found or found.most_common(1)[0][1] < MIN_RECORDS:
        return False
    if result.status != "records":
        return True
    top = found.most_common(1)[0][0]
    cited = {t for t in ids if shape(t) == top}
    have = {r.get(f) for r in result.records if (r.get("page") or 1) <= SAMPLE_PAGES
            for f in ("record_no", "case_no")}
    return len(cited & have) < COVERED * len(cited)


def _closed_paragraphs(page_texts: list[str], result) -> bool:
    """Free-text records read, the first pages' numbers inside their paragraphs."""
    return result.status == "records" and result.layout == "free text" and \
        numbers_inside_paragraphs([(text.splitlines(), list(line_ids(text))) for text in page_texts[:SAMPLE_PAGES]])


def series_entries(doc: Doc, read: int = 0) -> list[tuple[str, list[Piece]]] | None:
    """(number, the entry's sentences) per entry, or None when the text is not so; ``read``:
    how many records the other readers found (entries found by their numbers alone are
    looked for only where those are fewer than half the series' numbers)."""
    outer = outer_lead(doc.lines, doc.skip)
    paragraphs = [_sentences(para) for para in text_paragraphs(doc, outer)]
    nested = nested_lines(doc.lines, doc.skip, outer)     # a sub-item's numbers: not its entry's own
    for para in paragraphs:
        for piece in para:
            if piece.line in nested:
                piece.ids, piece.nested = [], True
    by_shape: dict[str, list[str]] = {}
    for para in paragraphs:
        for piece in para:
            for t in piece.ids:
                by_shape.setdefault(shape(t), []).append(t)
    if not by_shape:
        return None
    series = max(by_shape, key=lambda s: len(set(by_shape[s])))
    paragraphs = without_cross_references(_before_closing_list(paragraphs, series), series, doc.lines)  # (crossreflines.py)
    values = [t for para in paragraphs for piece in para for t in piece.ids if shape(t) == series]
    if len(set(values)) < MIN_RECORDS or len(set(values)) < 0.9 * len(values):
        return None
    opener = _opener(paragraphs, series)
    if opener:
        paragraphs = _comma_stops(paragraphs, opener, series)
    # no such form where some entries cite an earlier number beside their own (earliercited.py)
    entries = _split(paragraphs, opener, series, doc.lines) if opener else earlier_entries(paragraphs, series, form)
    # entries opening in several ways: each sentence citing a number of the series is one
    if entries is None and opener is None:
        entries = cited_entries(paragraphs, series) if read < 0.5 * len(set(values)) else None
    if entries is None:
        return None
    return entries if len(entries) >= MIN_RECORDS else None


def _before_closing_list(paragraphs: list[list[Piece]], series: str) -> list[list[Piece]]:
    """The paragraphs up to the one citing the series' last new number: what follows only
    cites its numbers again (a closing table of notices and the entries they came from,
    an index) and opens no entry."""
    seen: set[str] = set()
    last = -1
    for k, para in enumerate(paragraphs):
        for piece in para:
            for t in piece.ids:
                if shape(t) == series and t not in seen:
                    seen.add(t)
                    last = k
    return paragraphs[:last + 1]


def _sentences(para: list[Piece]) -> list[Piece]:
    """The paragraph's sentences, each with the page and line it starts on."""
    text, at = "", []
    for piece in para:
        at.append((len(text) + (1 if text else 0), piece))
        text = f"{text} {piece.text}" if text else piece.text
    out, k, pos = [], 0, 0
    for s in SENTENCE_END.split(text):
        if not s:
            continue
        pos = text.find(s, pos)
        while k + 1 < len(at) and at[k + 1][0] <= pos:
            k += 1
        out.append(Piece(s, at[k][1].page, at[k][1].line))
        pos += len(s)
    return out


def _opener(paragraphs: list[list[Piece]], series: str) -> str | None:
    """The form of sentence found once between nearly every two numbers of the series."""
    gaps: list[Counter] = [Counter()]
    leading: Counter = Counter()        # how often each form opens a paragraph
    citing: Counter = Counter()         # how often a sentence of each form cites the series
    for para in paragraphs:
        for k, piece in enumerate(para):
            f = form(piece.text)
            cites = any(shape(t) == series for t in piece.ids)
            if f:
                gaps[-1][f] += 1
                leading[f] += k == 0
                citing[f] += cites
            if cites:
                gaps.extend(Counter() for t in piece.ids if shape(t) == series)
    gaps = gaps[:-1]        # what follows the last number opens no entry of the series
    if len(gaps) < MIN_RECORDS:
        return None
    once = Counter(f for g in gaps for f, n in g.items() if n == 1)
    if not once:
        return None
    # of the forms found once in as many gaps, the one opening paragraphs the most (the
    # sentence citing the number is found once between two numbers too); of two opening
    # as many, the one citing the number (a place line of its own above each entry is none)
    good = [f for f, n in once.items() if n >= MIN_SHARE * len(gaps)]
    return max(good, key=lambda f: (leading[f], citing[f], once[f])) if good else None


COMMA_STOPS = 0.1     # of the sentences of the opener's form: its words after a comma instead


def _comma_stops(paragraphs: list[list[Piece]], opener: str, series: str) -> list[list[Piece]]:
    """The paragraphs with a sentence cut where the opener's words follow a comma and cite a
    new number of the series (``A neighbor called it in, Report 24-01009, advised.``): OCR read the
    full stop as a comma. Only where such commas are few beside the opener's full stops
    (a writer's style cites the number so throughout; OCR misreads now and then)."""
    seen: set[str] = set()
    cuts: dict[int, int] = {}
    opened = 0
    for para in paragraphs:
        for piece in para:
            own = [t for t in piece.ids if shape(t) == series]
            at = None if piece.nested or form(piece.text) == opener else comma_opening(piece.text, opener)
            opened += form(piece.text) == opener
            if at is not None and not any(shape(t) == series for t in _ids(piece.text[:at])):
                tail = [t for t in _ids(piece.text[at:]) if shape(t) == series]
                if tail and tail[0] not in seen:
                    cuts[id(piece)] = at
            seen.update(own)
    if not cuts or len(cuts) > COMMA_STOPS * opened:
        return paragraphs
    out = []
    for para in paragraphs:
        cut: list[Piece] = []
        for piece in para:
            at = cuts.get(id(piece))
            if at is None:
                cut.append(piece)
                continue
            cut.append(Piece(piece.text[:at].rstrip(), piece.page, piece.line))
            cut.append(Piece(piece.text[at:], piece.page, piece.line))
        out.append(cut)
    return out


def _split(paragraphs: list[list[Piece]], opener: str, series: str,
           lines: list[str]) -> list[tuple[str, list[Piece]]]:
    """The entries: from each opener to the next, or to the end of its paragraph."""
    entries = opened_entries(paragraphs, opener, form)
    # (an entry opened by when it happened is an incident of its own, however far its
    # number stands from its neighbours': a log sorted by street or offence runs them out
    # of order; only a citing sentence taken for the opener opens a mere citation)
    entries = entries if opener == DATE_FORM else _cited_apart(entries, series)
    single = [_where(e, series) for e in entries]
    lasts = [w for w in single if w is not None and len(w[1]) == 1]
    take_last = sum(1 for w in lasts if w[0] > 0.5) > 0.5 * len(lasts)
    # the number at that place, an earlier entry's: an update run on after the entry (runonupdates.py)
    return own_numbers(entries, [w and w[1] for w in single], take_last, series, lines)


def _cited_apart(entries: list[list[Piece]], series: str) -> list[list[Piece]]:
    """Entries whose only number stands far out of its neighbours' run (``24-00903``
    between ``24-01003`` and ``24-01004``): an earlier report cited on a line of its own,
    part of the entry before it."""
    values = [_value(e, series) for e in entries]
    out: list[list[Piece]] = []
    for k, entry in enumerate(entries):
        if out and 0 < k < len(entries) - 1 and None not in values[k - 1:k + 2]:
            before, this, after = values[k - 1:k + 2]
            if not min(before, after) <= this <= max(before, after) and \
                    4 * abs(after - before) < min(abs(this - before), abs(this - after)):
                out[-1] = out[-1] + entry
                continue
        out.append(entry)
    return out


def _value(entry: list[Piece], series: str) -> int | None:
    own = [t for p in entry for t in p.ids if shape(t) == series]
    return int("".join(c for c in own[0] if c.isdigit())) if len(own) == 1 else None


def _where(entry: list[Piece], series: str) -> tuple[float, list[str]] | None:
    """Where the entry's number stands (0 its start, 1 its end) and its numbers of the series."""
    text = " ".join(p.text for p in entry)
    own = [t for p in entry for t in p.ids if shape(t) == series]     # (a nested item's are not)
    if not own:
        return None
    return text.find(own[0]) / max(len(text), 1), own
