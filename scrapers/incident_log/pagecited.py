"""Pages of one incident each whose notes cite the incident again: other numbers the notes
cite are no records.

A slide deck printed as speaker-notes pages (and any print of one item a page: a case
summary sheet above the reviewer's remarks) puts one incident on each page, its number in
the slide's title, and under it the presenter's notes, which name the incident's number
again ("briefed on CB-25-1486 at roll call") and may cite another case shaped like the
ids ("same address as earlier case CB-24-2848"). Read as a column of numbers, the cited
case is a record of its own: the log counts one record too many per citation.

Told from the document itself: on nearly every page holding records, exactly one record's
number is printed at least twice (the page's own incident, cited again in its notes), and
the pages hold one or two records each (a table prints many rows a page). A record on
such a page whose number is printed only once in the whole document, inside a sentence
(words on both sides of it), below the first printing of the page's own number, is a
citation in the notes: left out, its number the page's own record's related number.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.record import record_numbers

MIN_PAGES = 5           # pages of one incident each: fewer say nothing of the layout
OWN_SHARE = 0.8         # of the pages holding records: those with one number printed twice
MAX_PER_PAGE = 2.0      # records a page on average: a table prints many more
_WORD = re.compile(r"[A-Za-z]{2,}")


def drop_notes_citations(records: list[dict], page_texts: list[str]) -> list[dict]:
    """``records`` without the numbers the notes of a one-incident page cite."""
    # the test below on the document's pages first: a long log is passed over at once
    if len(page_texts) < MIN_PAGES or len(records) > MAX_PER_PAGE * len(page_texts):
        return records
    numbers = record_numbers(records)
    by_page: dict[int, list[int]] = {}
    for k, rec in enumerate(records):
        page = rec.get("page")
        if numbers[k] and isinstance(page, int) and 1 <= page <= len(page_texts):
            by_page.setdefault(page, []).append(k)
    # (cheap: most logs print many records a page, and are passed over here)
    if len(by_page) < MIN_PAGES or len(records) > MAX_PER_PAGE * len(by_page):
        return records
    own: dict[int, int] = {}        # page -> the record printed twice on it
    for page, ks in by_page.items():
        text = page_texts[page - 1]
        twice = [k for k in ks if text.count(numbers[k]) >= 2]
        if len(twice) == 1:
            own[page] = twice[0]
    if len(own) < OWN_SHARE * len(by_page):
        return records
    whole = "\n".join(page_texts)
    drop: dict[int, int] = {}
    for page, ks in by_page.items():
        if page not in own:
            continue
        text, mine = page_texts[page - 1], own[page]
        for k in ks:
            if k != mine and whole.count(numbers[k]) == 1 and \
                    _cited_below(text, numbers[k], text.find(numbers[mine])):
                drop[k] = mine
    if not drop:
        return records
    for k, mine in drop.items():
        related = records[mine].get("related_numbers")
        if related is None:
            related = records[mine]["related_numbers"] = []
        if numbers[k] not in related:
            related.append(numbers[k])
    return [rec for k, rec in enumerate(records) if k not in drop]


def _cited_below(text: str, number: str, own_at: int) -> bool:
    """``number`` stands in ``text`` below the page's own number, inside a sentence."""
    at = text.find(number)
    if at <= own_at:
        return False
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    before, after = line[:at - start], line[at - start + len(number):]
    return bool(_WORD.search(before)) and bool(_WORD.search(after))
