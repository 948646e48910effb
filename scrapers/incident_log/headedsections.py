"""A log pasted together from sections typed in different templates, each section under a
heading of the document's own ("Week of ...", "Shift report ...") and labelled its own way.

A campus log kept in a word processor may be assembled each month from weekly files, one
week typed with ``Case No.:`` / ``Reported:`` lines, the next with ``INCIDENT #`` /
``DATE/TIME`` lines, the next with run-in labels two pairs a line. Read as one document,
the labels are inferred on the first lines only: the first template's records are read,
the sections in another template are swallowed into a record or cut at the wrong places,
and the sections typed again in the first template after them are lost with them.

So the document is split at its own section headings and each section is read alone, by
the whole-document reader, its labels inferred on its own lines. Told by the document's
layout alone:

* a heading is a line standing alone between blank lines (not a page's header or footer),
  whose first cell has the shape of at least one other such line (digits and month names
  set aside: ``Week of October 6, 2025`` and ``Week of October 13, 2025`` are one shape);
* the sections under the headings open their records with different labels (the anchor
  each section's own lines give): a log under day headings typed in one template is never
  split;
* the sections' records, joined, are more than the whole document's read, numbered, each
  number once, and they keep nearly every number the whole read found.

Cheap for other documents: one pass over the lines for standalone lines; labels are
inferred per section only where two or more headings share a shape."""
from __future__ import annotations

import re
from collections import defaultdict

from prr.scrapers.incident_log.labels import detect_labels
from prr.scrapers.incident_log.pagefurniture import furniture, mask
from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.servicesections import _section_pages
from prr.scrapers.incident_log.text import cells

MIN_HEADINGS = 2
MAX_HEADINGS = 12       # more standalone lines of one shape: rows spaced apart, not sections
KEEP = 0.9              # of the whole read's numbers, found again by the sections
MIN_NUMBERED = 2        # lines with a digit, for a section's labels to count (a title page's do not)
_DIGIT = re.compile(r"\d")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?", re.I)


def _shape(line: str) -> str:
    """The first cell of a heading line, digits and month names set aside."""
    first = cells(line)[0][2]
    return mask(_MONTH.sub("M", first))


def _standalone(page_texts: list[str]) -> dict[str, list[tuple[int, int, int]]]:
    """(page, offset of the line, offset after it) of each line standing alone between blank
    lines (or a page's edge), by shape."""
    by_shape: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for p, text in enumerate(page_texts):
        lines = text.split("\n")
        filled = [bool(ln.strip()) for ln in lines] + [False]      # (each line stripped once)
        at = 0
        for i, ln in enumerate(lines):
            start, at = at, at + len(ln) + 1
            if filled[i] and not filled[i + 1] and (i == 0 or not filled[i - 1]):
                by_shape[_shape(ln)].append((p, start, start + len(ln)))
    return by_shape


def _headings(page_texts: list[str]) -> tuple[list[tuple[int, int, int]], set[str]]:
    """The headings, in order (the lines of the one shape that stands alone most often, when
    it does so two to ``MAX_HEADINGS`` times, a page's header or footer none of them), and
    the pages' headers and footers (masked)."""
    shapes = {k: v for k, v in _standalone(page_texts).items() if MIN_HEADINGS <= len(v) <= MAX_HEADINGS}
    if not shapes:
        return [], set()        # (the pages' furniture looked for only where headings may be)
    kept = furniture([text.split("\n") for text in page_texts])
    runs = [[h for h in found if mask(page_texts[h[0]][h[1]:h[2]]) not in kept] for found in shapes.values()]
    runs = [found for found in runs if len(found) >= MIN_HEADINGS]
    return (max(runs, key=len) if runs else []), kept


def _own_lines(page_texts: list[str], start: tuple[int, int], end: tuple[int, int] | None,
               kept: set[str]) -> list[str]:
    """The filled lines from ``start`` (page, offset) to ``end`` (the next heading's line),
    the pages' headers and footers left out."""
    (p, at), (q, stop) = start, end or (len(page_texts) - 1, len(page_texts[-1]))
    text = page_texts[p][at:stop] if p == q else \
        "\n".join([page_texts[p][at:]] + page_texts[p + 1:q] + [page_texts[q][:stop]])
    return [ln for ln in text.split("\n") if ln.strip() and mask(ln) not in kept]


def read_headed_sections(page_texts: list[str], result, parse):
    """``result`` (the whole document's read), or the records of each section under the
    document's headings read alone by ``parse`` (a whole-document reader) and joined, where
    the sections are labelled in different templates and their records are more."""
    heads, kept = _headings(page_texts)
    if not heads:
        return result
    # the text before the first heading is a section too (a first week typed with no heading)
    starts = [(0, 0)] + [(p, after) for p, _, after in heads]
    ends = [(p, at) for p, at, _ in heads] + [None]
    own = [_own_lines(page_texts, s, e, kept) for s, e in zip(starts, ends)]
    anchors = set()
    for lines in own:
        if sum(1 for ln in lines if _DIGIT.search(ln)) >= MIN_NUMBERED:
            labels = detect_labels(lines)
            anchors.add(labels.anchor if labels else None)
    if len(anchors) < 2:
        return result       # one template throughout: the whole read stands
    joined, seen = None, set()
    for start, end, lines in zip(starts, ends, own):
        if not lines:
            continue
        # the pages kept whole, the other sections' lines blank: each record keeps its page
        found = parse(_section_pages(page_texts, start, end, kept))
        numbers = [record_number(r) for r in found.records] if found.status == "records" else []
        if not numbers or None in numbers or seen.intersection(numbers) or len(set(numbers)) != len(numbers):
            continue
        seen.update(numbers)
        if joined is None:
            joined = found
        else:
            joined.records.extend(found.records)
    if joined is None or result.status != "records":
        return joined or result     # (the whole read found no records: the sections' stand)
    whole = {record_number(r) for r in result.records} - {None}
    # the whole read's numbers as the sections' own or cited beside them (another office's
    # number the whole read took for the records': risingseries.py)
    seen.update(n for r in joined.records for n in r.get("related_numbers") or ())
    if len(joined.records) <= len(result.records) or len(whole & seen) < KEEP * len(whole):
        return result
    return joined
