"""A daily log reissued right after its first issue in a bound packet: the corrected log,
titled as the first with a `REVISED` mark (``Daily Press Log — Saturday, March 7, 2026 —
REVISED``), replaces it, so each incident of the day is one record with the revised values,
in the revised log's order. The first issue's pages are read as blank (the page count stays,
so the records keep their pages).

Told by the title alone, checked by the numbers: a page whose head holds a title with the
mark, the nearest page before it whose head holds the same title without the mark no more
than a few pages back, and nearly all the record numbers of the pages between printed again
in the reissue. Cheap: one regular expression over each page's first lines."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import find_ids

HEAD_LINES = 6              # a title stands among a page's first lines
MAX_ISSUE_PAGES = 4         # pages of one day's first issue
MIN_PRINTED_AGAIN = 0.8     # share of the first issue's numbers printed again in the reissue

_REVISED = re.compile(r"^\s*(\S.*?\S)\s*[—–-]+\s*REVISED\s*$", re.IGNORECASE)


def _head(page: str) -> list[str]:
    return [ln.strip() for ln in page.split("\n") if ln.strip()][:HEAD_LINES]


def _numbers(pages: list[str]) -> set[str]:
    return {tok for page in pages for ln in page.split("\n") for _, tok in find_ids(ln)}


def blank_first_issues(page_texts: list[str]) -> list[str] | None:
    """``page_texts`` with the first issue of each day reissued as REVISED right after it
    read as blank, or None when no day is reissued so."""
    if "REVISED" not in "".join(page_texts).upper():
        return None
    out = list(page_texts)
    changed = False
    for r, page in enumerate(page_texts):
        titles = [m.group(1) for ln in _head(page) if (m := _REVISED.match(ln))]
        if not titles:
            continue
        first = next((p for p in range(r - 1, max(-1, r - 1 - MAX_ISSUE_PAGES), -1)
                      if titles[0] in _head(page_texts[p])), None)
        if first is None:
            continue
        # (the reissue's numbers looked for on as many pages as a first issue may take)
        issued = _numbers(page_texts[first:r])
        again = _numbers(page_texts[r:r + MAX_ISSUE_PAGES])
        if not issued or len(issued & again) < MIN_PRINTED_AGAIN * len(issued):
            continue
        for p in range(first, r):
            out[p] = ""
        changed = True
    return out if changed else None
