"""Time-led entries of one log citing numbers of several series, one series per agency.

A dispatch centre's log may list, in time order, the entries of several agencies, each
entry citing its agency's own number inside its paragraph (``0038 [MRPD] ... Case
MR25/0331. ...``): the numbers take several shapes, none of them most of the entries', so
no reader looking for one series of numbers finds the records. Between the entries stand
lines led by a time that cite no number (a radio check, a shift briefing): no records.

The series are read from the document: the numbers cited after the word that leads
exactly one number in the most entries (``Case``; a citation or a booking cited beside
the agency's number follows other words), of two shapes or more, all different. Each entry
opens on a line led by a clock time at the entries' margin and runs on over the lines set
further right (a hanging indent) to a blank line or the next entry; the date in force is
the last one printed above it (a shift's heading).

Looked for only where a sample of the first pages holds lines led by a time and the
records read cover few of them."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.serieswords import entry_record
from prr.scrapers.incident_log.text import DATE_RE

MIN_RECORDS = 5
SAMPLE_PAGES = 3
JITTER = 2          # columns a line's lead may stray from its page's margin (the layout's rounding)
SHARE = 0.75        # of the time-led entries citing a number of the series
_CLOCK_LED = re.compile(r"^(\s*)(?:[01]\d|2[0-3]):?[0-5]\d\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)(?![A-Z]+\d)")
_LEAD = re.compile(r"^\S+\s+(?:[\[(][^\])]{1,12}[\])]\s+)?")
# a number of letters and digits joined by a dash, a slash or a dot, or run together
_NUMBER = re.compile(r"(?<![\w/.:-])([A-Z]{0,5}[-/.]?\d[\dA-Z]*(?:[-/.][\dA-Z]+)+|[A-Z]{1,5}\d{4,})(?![\w/-])")


def read_multi_series(page_texts: list[str], result):
    """``result`` or, where time-led entries cite numbers of several series, a better one."""
    sample = "\n".join(page_texts[:SAMPLE_PAGES])
    led = sum(1 for line in sample.splitlines() if _CLOCK_LED.match(line))
    if led < MIN_RECORDS or (result.status == "records" and len(result.records) >= 0.8 * led):
        return result
    doc = Doc.from_pages(page_texts)
    entries = _entries(doc)
    if len(entries) < MIN_RECORDS:
        return result
    texts = [" ".join(text for _, text in lines) for _, lines in entries]
    cited = [_numbers(text) for text in texts]
    own = _cued(texts)
    numbered = [(k, ts[0]) for k, ts in enumerate(own) if len(ts) == 1]
    if len(numbered) < max(MIN_RECORDS, SHARE * len(entries)) or len(numbered) <= len(result.records):
        return result
    values = [number for _, number in numbered]
    shapes = Counter(map(_shape, values))
    # several series, each its own: one series is the other readers' (seriesentries.py)
    if len(shapes) < 2 or len(set(values)) < len(values):
        return result
    records = []
    for k, number in numbered:
        date, lines = entries[k]
        text = " ".join(t for _, t in lines)
        clock = _CLOCK_LED.match(lines[0][1]).group(0).split()[0].replace(":", "")
        # the clock and the agency's tag lead the first sentence: the clock is the when's
        sentences = [x for x in _SENTENCE_END.split(_LEAD.sub("", text, count=1)) if x]
        when = f"{date} {clock[:2]}:{clock[2:]}" if date else None
        rec = entry_record(number, sentences, doc.pages[lines[0][0]], when)
        rec["record_no"] = number
        rec["related_numbers"] = [t for t in cited[k] if t != number]
        rec["raw"] = "\n".join(t for _, t in lines)
        records.append(rec)
    return type(result)(records, "records", None, "free text")


def _entries(doc: Doc) -> list[tuple[str | None, list[tuple[int, str]]]]:
    """(date in force, the entry's (line, text)) for each time-led entry at the entries' margin."""
    leads: dict[int, Counter] = {}      # the margin of each page (a page's text may sit further left)
    for i, line in enumerate(doc.lines):
        if i not in doc.skip and (m := _CLOCK_LED.match(line)):
            leads.setdefault(doc.pages[i], Counter())[len(m.group(1))] += 1
    if not leads:
        return []
    margins = {page: c.most_common(1)[0][0] for page, c in leads.items()}
    out: list[tuple[str | None, list[tuple[int, str]]]] = []
    current: list[tuple[int, str]] | None = None
    date = None
    for i, line in enumerate(doc.lines):
        if i in doc.skip:
            continue
        if not line.strip():
            current = None
            continue
        lead = len(line) - len(line.lstrip())
        margin = margins.get(doc.pages[i], -1)
        m = _CLOCK_LED.match(line)
        if m and abs(lead - margin) <= JITTER:
            current = [(i, " ".join(line.split()))]
            out.append((date, current))
        elif current is not None and lead > margin + JITTER:
            current.append((i, " ".join(line.split())))
        else:
            current = None
            found = [d.group(0) for d in DATE_RE.finditer(line)]
            if found:
                date = found[-1]
    return out


def _numbers(text: str) -> list[str]:
    out = []
    for m in _NUMBER.finditer(text):
        t = m.group(1).rstrip(".")
        if sum(c.isdigit() for c in t) >= 4 and not DATE_RE.fullmatch(t) and t not in out:
            out.append(t)
    return out


def _shape(token: str) -> str:
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in token)


def _cued(texts: list[str]) -> list[list[str]]:
    """Each entry's numbers led by the word that leads exactly one number in the most
    entries (the agencies' numbers are cited alike, a citation or a booking otherwise)."""
    led: list[dict[str, list[str]]] = []
    for text in texts:
        by_word: dict[str, list[str]] = {}
        for m in _NUMBER.finditer(text):
            t = m.group(1).rstrip(".")
            if sum(c.isdigit() for c in t) < 4 or DATE_RE.fullmatch(t):
                continue
            words = text[:m.start()].split()
            word = words[-1].strip(".,:;#()[]").lower() if words else ""
            if word.isalpha():
                by_word.setdefault(word, []).append(t)
        led.append(by_word)
    counts = Counter(w for by_word in led for w, ts in by_word.items() if len(ts) == 1)
    if not counts:
        return [[] for _ in texts]
    cue = counts.most_common(1)[0][0]
    return [by_word.get(cue, []) for by_word in led]
