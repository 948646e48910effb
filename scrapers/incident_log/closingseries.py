"""Paragraphs closed by their own number, the numbers of several series: a press bulletin
grouped by district (or ward, or station), one paragraph per incident, each district
numbering its incidents in its own series, the number cited last (``... No arrest was
made. (Ref #AB25-0412)``), the citation often broken over the paragraph's last two lines.

The readers looking for one series of numbers take the shape with the most values and
leave the other districts' paragraphs out (or, the series being close in size, find no
form opening the entries). What tells a record here is where its number stands, not the
number's shape: at the very end of its paragraph, nothing but closing marks after it.
Paragraphs citing a number only mid-text (an update on an earlier case, a note) are no
records; a number cited mid-text in a record's paragraph (a case of an earlier year) is
a related number. Paragraphs run from a blank line to the next; one cut by a page's end
mid-sentence goes on on the next page.

Told from the document: on a sample of the first pages, most paragraphs citing a number
close with one; taken only where the closing numbers are of two series or more, all
different, outnumbering the records read (free text or paragraphs: labelled blocks and
tables read as such stand), which hold few of them. Values are read as for entries run
together (``serieswords.py``)."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.paras import _ids
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.serieswords import entry_record
from prr.scrapers.incident_log.text import shape

MIN_RECORDS = 5
MIN_SERIES = 2          # closing numbers of a series, for it to count as one
SAMPLE_PAGES = 3
COVERED = 0.9           # of the closing numbers: the records read are taken
SHARE = 0.6             # of the sample's paragraphs citing a number that close with one
PROSE = ("free text", "numbered paragraphs")     # the layouts of records read that it may replace
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=\S)(?![A-Z]+\d)")
_TYPE_LEAD = re.compile(r"^([A-Z][A-Za-z ,'/&()]{2,60}?)\s*(?: [-\u2013\u2014]|:)\s+(?=[A-Z][a-z])")
_CLOSING_MARKS = " \t.,;)]}>\"'"


def read_closing_series(page_texts: list[str], result):
    """``result`` or, where paragraphs close with numbers of several series, a better one."""
    # labelled blocks and tables read as such (a block whose last label holds the number)
    # are no paragraphs of sentences
    if result.status == "records" and result.layout not in PROSE or not _closes_paragraphs(page_texts[:SAMPLE_PAGES]):
        return result
    doc = Doc.from_pages(page_texts)
    paragraphs = _paragraphs(doc)
    closed = [(number, text, page) for text, page in paragraphs if (number := _closing(text))]
    if len(closed) < MIN_RECORDS or len(closed) <= len(result.records if result.status == "records" else []):
        return result
    series = Counter(shape(number) for number, _, _ in closed)
    closed = [c for c in closed if series[shape(c[0])] >= MIN_SERIES]
    numbers = [number for number, _, _ in closed]
    if sum(1 for n in series.values() if n >= MIN_SERIES) < 2 or len(set(numbers)) < len(numbers):
        return result
    # the records read hold nearly all the closing numbers already: theirs stand
    have = {r.get(f) for r in result.records for f in ("record_no", "case_no")} if result.status == "records" else set()
    if len(have & set(numbers)) >= COVERED * len(numbers):
        return result
    records = []
    for number, text, page in closed:
        # the offence leading the paragraph before a dash or a colon: the type, the rest
        # read as the entry's sentences
        lead = _TYPE_LEAD.match(text)
        rest = text[lead.end():] if lead else text
        rec = entry_record(number, [s for s in _SENTENCE_END.split(rest) if s], page, None)
        if lead:
            rec["type"] = lead.group(1)
            rec["offences"] = [lead.group(1)]
        rec["related_numbers"] = [t for t in _ids(text) if t != number]
        rec["raw"] = text
        records.append(rec)
    return type(result)(records, "records", None, "free text")


def _closing(text: str) -> str | None:
    """The paragraph's number when it stands at its very end."""
    ids = _ids(text)
    if not ids:
        return None
    last = ids[-1]
    at = text.rfind(last)
    return last if at >= 0 and not text[at + len(last):].strip(_CLOSING_MARKS) else None


def _closes_paragraphs(page_texts: list[str]) -> bool:
    """Most of the sample's blank-line paragraphs citing a number close with it (one
    regular expression per paragraph: other documents pay a split and a search)."""
    citing = closing = 0
    for text in page_texts:
        for para in text.split("\n\n"):
            if not _ids(para):
                continue
            citing += 1
            closing += _closing(" ".join(para.split())) is not None
    return closing >= MIN_RECORDS and closing >= SHARE * citing


def _paragraphs(doc: Doc) -> list[tuple[str, int]]:
    """(text, page) of each run of text lines between blank lines, furniture left out; a
    run cut by a page's end mid-sentence goes on over the next page's first run."""
    out: list[tuple[str, int]] = []
    block: list[str] = []
    first = last = 0        # the pages of the run's first and last lines
    for i, line in enumerate(doc.lines):
        if i in doc.skip or not line.strip():
            # (a run ending a sentence or closed by its number ends at the page's end too)
            if block and (doc.pages[i] == last or block[-1][-1] in ".!?" or _closing(block[-1])):
                out.append((" ".join(block), first))
                block = []
            continue
        if not block:
            first = doc.pages[i]
        block.append(" ".join(line.split()))
        last = doc.pages[i]
    if block:
        out.append((" ".join(block), first))
    return out
