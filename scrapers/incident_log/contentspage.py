"""A contents page in front of daily logs bound into one packet: each line names one daily
report (its date, its count, sometimes its report number) and ends with the page the report
starts on. Its lines read like rows, a report number of the incidents' shape like a record's
number, so the page is read as blank (the page count stays, so the records keep their pages).

Told by the page numbers alone: nearly every dated line of a leading page ends with a whole
number, those numbers rise line by line, the first is the page right after the contents and
the last is a page of the document. Cheap: only the first pages are looked at."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.text import DATE_RE

MAX_CONTENTS_PAGES = 2      # leading pages looked at
MIN_LINES = 5               # report lines on a contents page
MIN_SHARE = 0.9             # share of the page's dated lines ending with a page number

_PAGE_END = re.compile(r"\s{2,}(\d{1,4})\s*$")


def _listed_pages(page: str) -> list[int] | None:
    """The page numbers ending the page's dated lines, when nearly all of them end with one."""
    dated = [ln for ln in page.split("\n") if DATE_RE.search(ln)]
    pages = []
    for ln in dated:
        m = _PAGE_END.search(ln)
        if m and not DATE_RE.search(ln[m.start(1):]):
            pages.append(int(m.group(1)))
    if len(pages) < MIN_LINES or len(pages) < MIN_SHARE * len(dated):
        return None
    return pages


def blank_contents_page(page_texts: list[str]) -> list[str] | None:
    """``page_texts`` with a leading contents page of daily reports read as blank, or None
    when the document opens with none."""
    for k, page in enumerate(page_texts[:min(MAX_CONTENTS_PAGES, len(page_texts) - 1)]):
        pages = _listed_pages(page)
        if pages is None:
            continue
        rising = all(b > a for a, b in zip(pages, pages[1:]))
        if rising and pages[0] == k + 2 and pages[-1] <= len(page_texts):
            return page_texts[:k] + [""] + page_texts[k + 1:]
        return None
    return None
