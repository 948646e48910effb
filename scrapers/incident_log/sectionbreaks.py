"""A titled table cut into sections: each section's heading over the titles printed again,
and its tally under its last row.

A log kept per occasion (an event, a shift, a match) prints each occasion as a section of one
table: a heading line (the occasion's number, its date, what it was), the column titles
printed again under it, the rows, and a tally line closing it ("subtotal: 15 ..."); the
document closes with its own total. The rows print the time only: the date is the
heading's. The heading and the tally fall inside the span of the row above them (the last
row of the section before) and, printed across the rows' column gaps, join the columns into
one; read as that row's text they also leave every row without a date.

Told from the layout: the column titles printed again inside the record spans, under a
row of the same page rather than at a page's top, at least ``MIN_SECTIONS`` times; in each
such span the first line under the row that reaches over a gap between the rows' columns
worded the same, its counts aside, and holding a count: the tally closing every section;
and the sections hold several rows (titles over every row or two are a form's, a line of
one wording under most rows the rows' own second line). A day's rows
under titles repeated per day close on no such line, or on narratives of their own
wording; a form's second title line counts nothing. From each tally on (the last section's too, and one at a page's foot), a span's lines are the tally,
the next section's heading or the document's total: kept out of the rows (their numbers
no row's related numbers), and their dates date the rows under them
(``grouplines.dated_by_group``).
"""
from __future__ import annotations

from prr.scrapers.incident_log.columns import gaps_to_columns
from prr.scrapers.incident_log.pagefurniture import mask
from prr.scrapers.incident_log.parse import Doc

MIN_SECTIONS = 2        # titles printed again under a row, at least, to call the table sectioned
MIN_ROWS = 6            # rows whose gaps are read
MAX_SECTION_SHARE = 1 / 3   # of the spans, those closing a section: sections hold several rows


def section_breaks(doc: Doc, spans, headers: dict[int, list[str]]) -> set[int]:
    """The heading, tally and total lines of a titled table cut into sections; empty where
    the titles are not printed again under rows, or the sections close on no tally line
    of one wording."""
    firsts = [doc.lines[s] for s, _ in spans if s not in doc.skip]
    if len(firsts) < MIN_ROWS:
        return set()
    titles = {mask(h) for rows in headers.values() for h in rows}
    repeated = [i for i in sorted(doc.skip) if mask(doc.lines[i]) in titles]
    # (titles at a page's top fall in the span of the page before's last row: not those)
    closing = [(s, e) for s, e in spans if any(s < i < e and doc.pages[i] == doc.pages[s] for i in repeated)]
    if len(closing) < MIN_SECTIONS or len(closing) > MAX_SECTION_SHARE * len(spans):
        return set()        # (titles over every row or two: a form's, no sections)
    cols = gaps_to_columns(firsts)
    gaps = [(a[1], b[0]) for a, b in zip(cols, cols[1:])]
    if len(gaps) < 2:
        return set()
    # the first line under each section's last row reaching over the rows' gaps: one
    # wording in every section (its counts aside), or these are no tallies
    tallies = set()
    for s, e in closing:
        cross = next((i for i in range(s + 1, e) if i not in doc.skip and doc.lines[i].strip()
                      and _crosses(doc.lines[i], gaps)), None)
        if cross is None:
            return set()
        tallies.add(mask(doc.lines[cross]))
    if len(tallies) != 1 or "0" not in next(iter(tallies)):
        return set()        # (a tally counts: a line of words alone is a second title line)
    # (the last section's tally too, and a section ending at a page's foot)
    found = [(next((i for i in range(s + 1, e) if i not in doc.skip and mask(doc.lines[i]) in tallies), None), e)
             for s, e in spans]
    if sum(1 for t, _ in found if t is not None) > MAX_SECTION_SHARE * len(spans):
        return set()        # (a wording under most rows is the rows' own second line)
    out: set[int] = set()
    for tally, e in found:
        if tally is not None:
            out.update(i for i in range(tally, e) if i not in doc.skip and doc.lines[i].strip())
    for i in out:       # the occasion's number on its heading is no related number of the row above
        doc.ids[i] = []
    return out


def _crosses(line: str, gaps: list[tuple[int, int]]) -> bool:
    """A word of the line stands over a gap between the rows' columns."""
    pos = 0
    for w in line.split():
        pos = line.index(w, pos)
        if any(pos < hi and pos + len(w) > lo for lo, hi in gaps):
            return True
        pos += len(w)
    return False
