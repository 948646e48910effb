"""An index at the front of a packet: a page listing the released record numbers (often
several to a line, each with the page it is printed on), then the log itself. The index's
numbers stand where a log's number column stands, and each is printed again in the log, so
read with the log the index takes the numbers and the log's rows read as its repeats.

The index is told by the document alone: a leading page whose numbers (of one shape, each
once) stand on lines that carry no date, while nearly all of them are printed again on the
pages after it. Such pages are read as blank (the page count stays, so the records keep
their pages); the log after them is read alone.

Cheap: only the first pages are looked at, and the rest of the document is searched only
when a leading page holds many numbers and no dates beside them (a log's first page dates
its rows)."""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.text import DATE_RE, find_ids, find_ids_by_line, shape

MAX_INDEX_PAGES = 3         # an index longer than this is a document of its own
MIN_LISTED = 10             # numbers on an index page
MAX_DATED = 0.1             # share of the index's number lines that carry a date
MIN_PRINTED_AGAIN = 0.9     # share of the index's numbers printed again after it


def _listed(page: str) -> list[str] | None:
    """The numbers a page lists, when it may be an index: many numbers of one shape, each
    once, on lines that nearly never carry a date. None otherwise."""
    lines = [(ln, find_ids(ln)) for ln in page.split("\n")]
    lines = [(ln, ids) for ln, ids in lines if ids]
    if sum(len(ids) for _, ids in lines) < MIN_LISTED:
        return None
    top, count = Counter(shape(tok) for _, ids in lines for _, tok in ids).most_common(1)[0]
    numbers = [tok for _, ids in lines for _, tok in ids if shape(tok) == top]
    if count < MIN_LISTED or len(set(numbers)) < 0.95 * len(numbers):
        return None
    holding = [ln for ln, ids in lines if any(shape(tok) == top for _, tok in ids)]
    if sum(1 for ln in holding if DATE_RE.search(ln)) > MAX_DATED * len(holding):
        return None
    return numbers


def blank_front_index(page_texts: list[str]) -> list[str] | None:
    """``page_texts`` with the index pages at the front read as blank, or None when the
    document opens with no index of the numbers printed after it."""
    listed: list[list[str]] = []
    for page in page_texts[:min(MAX_INDEX_PAGES, len(page_texts) - 1)]:
        numbers = _listed(page)
        if numbers is None:
            break
        listed.append(numbers)
    if not listed:
        return None
    # the longest run of leading pages whose numbers are printed again after the run
    for k in range(len(listed), 0, -1):
        rest = page_texts[k:]
        lines = "\n".join(rest).split("\n")
        after = {tok for ids in find_ids_by_line(lines) for _, tok in ids}
        numbers = [tok for page in listed[:k] for tok in page]
        if len(after) >= MIN_LISTED and sum(1 for tok in numbers if tok in after) >= MIN_PRINTED_AGAIN * len(numbers):
            return [""] * k + rest
    return None
