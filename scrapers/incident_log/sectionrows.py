"""Rows listed under section headings, an incident printed again under each section it concerns.

A register sorted by something other than the incident (by person, by booking, by unit)
prints a heading line per section ("<number>  <unit>  <class>") over the rows of that
section's incidents. An incident concerning two sections (two persons involved) is printed
in both, far apart, with the same number and the same values (date, place, type); only
what is the section's own (a role, an outcome for that person) differs. Read as a table,
such a column has too many repeated numbers to be a record column (and no run of rows
under one number explains them), so the headings' own numbers, distinct, were taken for
the records instead.

Told from the layout alone: the column's repeated numbers never stand on the line right
after their first listing, and nearly every later listing reprints its first listing's
leading values (the words right after the number, up to where the two lines part). The later
listings stand scattered, not in runs following their first listings (a page sent again
reprints a run of rows: another reader's, ``supplement.py``). The headings are then the
lines right over a section's first row, a blank line or a rule above them, no column
titles; the incidents' repeats stand under other headings than their first listing.

What is read: each row is read as a table row (the headings kept out of the rows and
passed over when the column titles are looked for); the heading above is kept with the
row as its section, and the listings of one number are one record: the first listing's
values, the sections (and what the later listings add, their related numbers) joined to it.
"""
from __future__ import annotations

from bisect import bisect_right

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.text import is_rule, squash

MIN_RECORDS = 5
MIN_AGREEING = 0.9      # later listings reprinting their first listing's leading values
MAX_IN_RUNS = 1 / 3     # later listings continuing a run of the first listings (a page sent again)
MIN_DISTINCT = 0.5      # distinct numbers per listing: an incident printed twice on average at most
MIN_SHARED = 2          # words after the number a later listing shares with its first
SHARED_PART = 1 / 3     # ... and at least this part of the shorter line's words
MIN_HEADINGS = 3
HEADED_SHARE = 0.8      # sections (runs of rows) opened by a heading line


def listed_again(lines: list[str], members: dict[int, str]) -> bool:
    """The column's numbers printed again far from their first listing, each later listing
    reprinting the values its first listing opens with: one incident listed under each
    section it concerns, not numbers of several records."""
    distinct = len(set(members.values()))
    if distinct < MIN_RECORDS or distinct < MIN_DISTINCT * len(members):
        return False
    first: dict[str, int] = {}
    previous = None
    later: list[tuple[int, int]] = []
    for i in sorted(members):
        tok = members[i]
        if tok == previous:
            return False        # rows of one incident one under another: another layout's (``anchors._runs``)
        if tok in first:
            later.append((i, first[tok]))
        else:
            first[tok] = i
        previous = tok
    if not later or _in_runs(sorted(members), later) > MAX_IN_RUNS * len(later):
        return False
    agreeing = sum(1 for i, f in later if _same_lead(lines[i], lines[f], members[i]))
    return agreeing >= MIN_AGREEING * len(later)


def _in_runs(order: list[int], later: list[tuple[int, int]]) -> int:
    """Later listings following the one before in the order of their first listings: a page
    sent again reprints its rows in a run (``supplement.py``'s), a section register scatters
    them, each under the section it concerns."""
    at = {i: k for k, i in enumerate(order)}
    return sum(1 for (a, fa), (b, fb) in zip(later, later[1:]) if at[b] == at[a] + 1 and at[fb] == at[fa] + 1)


def _same_lead(line: str, first: str, number: str) -> bool:
    """The two lines, after the number, open with the same words (as many as the part of the
    lines the incident's values take, not a word or two both lines happen to share)."""
    a = line[line.find(number) + len(number):].split()
    b = first[first.find(number) + len(number):].split()
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared >= MIN_SHARED and shared >= SHARED_PART * min(len(a), len(b))


def section_headings(doc, found) -> dict[int, str]:
    """Heading lines (index -> the heading's text) over the sections of a column whose
    numbers are listed again under other sections, or {} when the rows are not so."""
    if found is None or found.kind != "id_column" or len(found.lines) < MIN_RECORDS:
        return {}
    if len(set(found.ids.values())) == len(found.ids) or not listed_again(doc.lines, found.ids):
        return {}       # every number once, or printed again for another reason: no sections
    lines, rows = doc.lines, set(found.lines)
    heads: dict[int, str] = {}
    sections = 0
    for k, s in enumerate(found.lines):
        if k and _rows_between(lines, found.lines[k - 1], s, doc.skip):
            continue        # a row right under the one before: the same section goes on
        sections += 1
        i = s - 1
        if i < 0 or i in rows or i in doc.skip or not lines[i].strip() or is_rule(lines[i]) or is_title_line(lines[i]):
            continue        # (column titles over each section's rows are no heading)
        above = i - 1
        if above < 0 or not lines[above].strip() or is_rule(lines[above]) or above in doc.skip:
            heads[i] = squash(lines[i])
    if len(heads) < MIN_HEADINGS or len(heads) < HEADED_SHARE * sections:
        return {}
    if not _repeats_apart(found, heads):
        return {}
    for i in heads:     # a heading's number (the person's) is the section's, kept with its text
        doc.ids[i] = []     # (left in, it is a related number of the row above, in whose span it stands)
    return heads


def _rows_between(lines: list[str], a: int, b: int, skip: set[int]) -> bool:
    """Rows ``a`` and ``b`` stand in one run: nothing but the row's own wrapped lines between
    them (no blank line, no page break)."""
    return all(lines[j].strip() and j not in skip for j in range(a + 1, b))


def _repeats_apart(found, heads: dict[int, str]) -> bool:
    """Every number listed again stands under another heading than its first listing."""
    marks = sorted(heads)
    under: dict[str, set[int]] = {}
    listings: dict[str, int] = {}
    for i in found.lines:
        k = bisect_right(marks, i)
        tok = found.ids[i]
        under.setdefault(tok, set()).add(k)
        listings[tok] = listings.get(tok, 0) + 1
    again = [tok for tok, n in listings.items() if n > 1]
    return bool(again) and all(len(under[tok]) == listings[tok] for tok in again)


def section_values(record_spans: list[tuple[int, int]], records: list[dict], heads: dict[int, str]) -> None:
    """Each row's section, the heading above it, kept with the row (in place); only where the
    rows' numbers are listed again under other headings (``section_headings``)."""
    if not heads:
        return
    numbers = [r.get("record_no") for r in records]
    if len(set(numbers)) == len(numbers):
        return
    marks = sorted(heads)
    for rec, (s, _) in zip(records, record_spans):
        k = bisect_right(marks, s)
        if k:
            rec["fields"]["section"] = heads[marks[k - 1]]


def join_section_repeats(records: list[dict]) -> list[dict]:
    """The listings of one number under several sections as one record: the first listing's
    values, each later listing's section and related numbers added, its row to the raw text."""
    if len(records) < MIN_RECORDS or not any(r.get("fields", {}).get("section") for r in records):
        return records
    first: dict[str, dict] = {}
    out: list[dict] = []
    for rec in records:
        number = rec.get("record_no")
        into = first.get(number) if number else None
        if into is None or not rec["fields"].get("section"):
            if number:
                first.setdefault(number, rec)
            out.append(rec)
            continue
        fields = into["fields"]
        fields["section"] = f"{fields.get('section') or ''} // {rec['fields']['section']}".lstrip(" /")
        related = list(into.get("related_numbers") or [])
        into["related_numbers"] = related + [n for n in rec.get("related_numbers") or () if n not in related]
        if into.get("raw") and rec.get("raw"):
            into["raw"] = f"{into['raw']}\n{rec['raw']}"
    return out
