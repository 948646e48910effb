"""A log in sections, one per service, each under a title line of its own, each numbering
its entries in a series of its own and writing them in a style of its own.

A town's weekly safety log for the paper prints its police calls, then its fire runs,
then its rescue calls, each section under a title line with day headings of its own;
the police close each entry with their number, the fire service opens each entry with
its run number, the rescue squad cites its number in a closing sentence. A joint call is written up once, by the lead service,
and cites the number another service drew in a sentence like that service's own (so the
rescue squad's numbers stand in police and fire entries too, where they are no records).

Read as one document, one reader's layout is inferred for all of it: the series with the
most values takes the text, the sections written another way are lost or cut at the
wrong places, and the numbers cited in other sections read as entries of their own. So
each section is read alone, by the whole-document reader, and the sections' records are
joined.

Told by the document alone: two titles or more (a line of a few capitalised words alone
after a blank line; a title recurring on several pages, not one after another, is a
page's heading, not a section's), and the sections' numbers of different series, the
series of most numbers in each section its own (digits set aside, letters and
punctuation kept: ``25-P-9999`` and ``25-R-9999`` are two series). A log grouped under
headings (by beat, street or offence) numbers every group in one series: not read so.
Other documents pay one regular expression on their first pages."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.pagefurniture import furniture, mask
from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.text import ID_RE, is_id

SAMPLE_PAGES = 2        # the first title stands on one of these
MAX_SECTIONS = 8
MIN_NUMBERS = 3         # of a section's own series, for the section to be told by it
MIN_RECORDS = 2         # read from a section for it to count
# a line of a few capitalised words alone (``FIRE``, ``Rescue Squad``), after a blank line
# and before a line of text: no digit, no comma, no full stop (a day heading, a sentence)
_TITLE = re.compile(r"(?m)^[^\S\n]*\n[^\S\n]*([A-Z][A-Za-z&/'-]+(?: (?:[A-Z&/'-][A-Za-z&/'-]*|and|of)){0,3})"
                    r"[^\S\n]*\n(?=[^\S\n]*\S)")
_SERIES = str.maketrans("0123456789", "9999999999")


def _titles(page_texts: list[str]) -> list[tuple[int, int, int, str]]:
    """(page, offset of the title line, offset after it, title) of each section title, in order."""
    if not any(_TITLE.search(text) for text in page_texts[:SAMPLE_PAGES]):
        return []
    found = [(p, m.start(1), m.end(), m.group(1)) for p, text in enumerate(page_texts) for m in _TITLE.finditer(text)]
    runs: list[tuple[int, int, int, str]] = []      # a title repeated one after another: one section
    for t in found:
        if not runs or runs[-1][3] != t[3]:
            runs.append(t)
    once = Counter(t[3] for t in runs)
    return [t for t in runs if once[t[3]] == 1]     # recurring apart: a page heading


def _section_pages(page_texts: list[str], start: tuple[int, int], end: tuple[int, int] | None,
                   kept: set[str]) -> list[str]:
    """Every page, with the lines from ``start`` (page, offset) to ``end`` (the next
    title's line) and the pages' headers and footers (``kept``), the other lines blank:
    the pages stay whole, so a section's records keep their pages and the furniture is
    told on all of them as in the whole document."""
    end = end or (len(page_texts), 0)
    out = []
    for p, text in enumerate(page_texts):
        if p < start[0] or p > end[0]:
            out.append("\n".join(ln if mask(ln) in kept else "" for ln in text.split("\n")))
            continue
        lines, at = [], 0
        for ln in text.split("\n"):
            inside = start <= (p, at) < end
            lines.append(ln if inside or mask(ln) in kept else "")
            at += len(ln) + 1
        out.append("\n".join(lines))
    return out


def _own_text(page_texts: list[str], start: tuple[int, int], end: tuple[int, int] | None) -> str:
    """The text from ``start`` (page, offset) to ``end`` (the next title's line)."""
    (p, at), (q, stop) = start, end or (len(page_texts) - 1, len(page_texts[-1]))
    if p == q:
        return page_texts[p][at:stop]
    return "\n".join([page_texts[p][at:]] + page_texts[p + 1:q] + [page_texts[q][:stop]])


def _series(text: str) -> tuple[str | None, int]:
    """The series of most numbers in ``text`` (digits as 9s) when it has enough of them,
    and how many numbers the text cites."""
    keys = Counter(m.group(1).translate(_SERIES) for m in ID_RE.finditer(text) if is_id(m.group(1)))
    told = Counter({k: c for k, c in keys.items() if not k.isdigit() and c >= MIN_NUMBERS})
    return (told.most_common(1)[0][0] if told else None), sum(keys.values())


def read_service_sections(page_texts: list[str], parse):
    """The records of each section read alone by ``parse`` (a whole-document reader) and
    joined, as a result of ``parse``'s kind; None where the document is not in sections
    of their own series."""
    titles = _titles(page_texts)
    if len(titles) < 2 or len(titles) > MAX_SECTIONS:
        return None
    # the part before the first title (a heading, a lead paragraph) is a section too when
    # it holds numbers of its own series
    starts = [(0, 0)] + [(p, after) for p, _, after, _ in titles]
    ends = [(p, at) for p, at, _, _ in titles] + [None]     # at the next title
    series = [_series(_own_text(page_texts, s, e)) for s, e in zip(starts, ends)]
    told = [s for s, _ in series if s]
    if len(told) < 2 or len(set(told)) != len(told):
        return None
    kept = furniture([text.split("\n") for text in page_texts])
    result, seen, read = None, set(), 0
    for start, end, (own, cited) in zip(starts, ends, series):
        if not cited:
            continue        # a lead paragraph, a heading: no numbers, no records
        # (a section of too few numbers to tell its series, two fire runs, is read too)
        found = parse(_section_pages(page_texts, start, end, kept))
        numbers = [record_number(r) for r in found.records] if found.status == "records" else []
        if not numbers or None in numbers or seen.intersection(numbers) or len(set(numbers)) != len(numbers):
            continue
        seen.update(numbers)
        if result is None:
            result = found
        else:
            result.records.extend(found.records)
        read += own is not None and len(numbers) >= MIN_RECORDS
    return result if read >= 2 else None
