"""Sections no record was read from: a packet bundling several offices' logs into one PDF,
each section starting on a page of its own under its own title block (often behind a
separator page), printed in its own layout and numbered in its own scheme.

The reader settles on one layout for the whole document, so it reads the section of that
layout and nothing of the others; ``sections.py`` reads on after the last record only
where the rest is plainly more of the same log, and a section of labelled blocks after a
table shares some of its labels (``kindblocks.another_kind``) or prints its number at
another position (``apartpanels.other_panel``), which is how notices and a table's other
panels look as well.

Told from the pages themselves: whole pages after the first record holding no record at
all, read alone by the full reader (each run of such pages, then the pages of the run its
records still leave, before or after them: a section of its own each). A run's records are
kept only when they make a log by themselves (several records, nearly all numbered and
dated, each number once) and are numbered in a scheme of their own: no number of the form
of the records read so far (a form: the number's letters and separators, each run of
digits as one). A number already read is another section's record cited (mutual aid), no
record of this one; a section whose rows cite the records read so far on half of them or
more is a supplement to them (a custody table listing each booking's report number), no
section of its own. A cover letter, an index, a declaration or a page of statistics makes
no such log and stays without records. Cheap: only documents with pages left unread are
looked at, and a run is read only when it holds lines with numbers."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.logresult import is_log
from prr.scrapers.incident_log.record import record_numbers

MAX_READS = 8           # runs read alone, at most
MIN_DIGIT_LINES = 4     # lines with a run of 3+ digits a run of pages needs to be read
MIN_SECTION = 3         # records a section read alone needs
NUMBERED = 0.9          # share of a section's records numbered, and dated
CITING = 0.5            # share of a section's records citing the records read so far: a supplement
_TOKEN = re.compile(r"[\w/.-]*\d[\w/.-]*")
_DIGITS = re.compile(r"\d{3}")
_RUNS = re.compile(r"\d+")
_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|[01]?\d:[0-5]\d|[0-2]\d[0-5]\d)(?!\d)")


def _form(number: str) -> str:
    return _RUNS.sub("9", number)


def _runs(pages: set[int], first: int, last: int) -> list[tuple[int, int]]:
    """The runs of pages from ``first`` to ``last`` (inclusive) not in ``pages``."""
    out: list[tuple[int, int]] = []
    for p in range(first, last + 1):
        if p in pages:
            continue
        if out and out[-1][1] == p - 1:
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, p))
    return out


def _digit_lines(texts: list[str]) -> int:
    return sum(1 for text in texts for ln in text.split("\n") if _DIGITS.search(ln))


def _section(records: list[dict], layout: str | None, forms: set[str], seen: set[str]) -> bool:
    """``records`` (read alone from a run of pages) make a log of their own, numbered in a
    scheme of their own, and are no supplement citing the records read so far (``seen``)."""
    citing = sum(1 for r in records if seen.intersection(t.strip(".") for t in _TOKEN.findall(r.get("raw") or "")))
    if citing >= CITING * len(records):
        return False
    if len(records) < MIN_SECTION or not is_log(records, layout or "table"):
        return False
    numbers = record_numbers(records)
    given = [n for n in numbers if n]
    dated = sum(1 for r in records if r.get("reported_at") or r.get("occurred_at") or _DATE.search(r.get("raw") or ""))
    if len(given) < NUMBERED * len(records) or dated < NUMBERED * len(records) or len(set(given)) != len(given):
        return False
    return not any(_form(n) in forms for n in given)


def _own(records: list[dict], seen: set[str]) -> list[dict]:
    """``records`` without the numbers read already: another section's record cited (mutual
    aid) is that section's record, none of this one."""
    return [r for r in records if (r.get("record_no") or r.get("case_no")) not in seen]


def read_unread_sections(page_texts: list[str], result, parse) -> object:
    """``result`` with the records of the sections on pages it holds no record of (after its
    first record), each run of such pages read alone by ``parse`` (the full reader)."""
    records = result.records if result.status == "records" else []
    pages = [r.get("page") for r in records]
    if not records or not all(isinstance(p, int) for p in pages):
        return result
    queue = _runs(set(pages), min(pages) + 1, len(page_texts))
    if not queue:
        return result
    seen = set(record_numbers(records)) - {None}
    forms = {_form(n) for n in seen}
    if not forms:
        return result
    added: list[list[dict]] = []
    reads = 0
    while queue and reads < MAX_READS:
        a, b = queue.pop(0)
        texts = page_texts[a - 1:b]
        if _digit_lines(texts) < MIN_DIGIT_LINES:
            continue
        reads += 1
        found = parse(texts)
        if found.status != "records":
            continue
        held = [r["page"] for r in found.records if isinstance(r.get("page"), int)]
        if held and min(held) > 1 and reads < MAX_READS:
            # the records start pages into the run: the pages before are a section of their
            # own, whose text shaped this reading's patterns (a number's shape cut short):
            # the records' own pages read again alone, kept when they make a section
            # (up to the first page without records: a section of its own may follow)
            start = end = min(held)
            while end + 1 in held:
                end += 1
            again = parse(texts[start - 1:end])
            reads += 1
            mine = [dict(r, page=r["page"] + start - 1) for r in again.records if isinstance(r.get("page"), int)]
            if again.status == "records" and len(mine) == len(again.records) and \
                    _section(_own(mine, seen), again.layout, forms, seen):
                found.records, found.layout = mine, again.layout
        own = _own(found.records, seen)
        if any(not isinstance(r.get("page"), int) for r in own) or not _section(own, found.layout, forms, seen):
            continue
        section = [dict(r, page=r["page"] + a - 1) for r in own]
        added.append(section)
        numbers = set(record_numbers(section)) - {None}
        seen |= numbers
        forms |= {_form(n) for n in numbers}
        # the run's pages before and after the section's records: sections of their own
        held = [r["page"] for r in section]
        queue += [run for run in ((a, min(held) - 1), (max(held) + 1, b)) if run[0] <= run[1]]
    if not added:
        return result
    out = list(records)
    for section in sorted(added, key=lambda s: s[0]["page"]):
        # set in before the first record on a later page (reading order, section after section)
        at = next((k for k, r in enumerate(out) if r["page"] > section[0]["page"]), len(out))
        out[at:at] = section
    result.records = out
    return result
