"""A listing printing each incident on two lines, each line a tier of columns of its own,
and a number of the incident's shape on both, one right under the other.

A report writer's listing may print each incident as a first line (date, time, the
incident number, type, priority) over a second line with other columns (a CAD event
number, the place, the outcome), no rule between incidents, only shading (not in the
text) to pair the lines. The second line's number stands in the incident number's own
column, of the same shape, so the id finder reads one column with twice as many numbers
as incidents, and every second line becomes a record of its own, without a date.

Told from the column's lines themselves, never from a title: its lines come in pairs, one
right under the other with nothing between them, the first of each pair carrying a date
or a time and the second none (another tier of columns); nearly every line of the column
is in such a pair; and the second lines' numbers are a series of their own beside the
first lines' (the two ranges apart, or each rising on its own while, read in line order,
the column jumps down from every second line to the next first one). Then the first lines
are the records' and the second lines stay in the record above as its further line: their
numbers become its related numbers, their words its text.
"""
from __future__ import annotations

from prr.scrapers.incident_log.numberorder import RISING, UNORDERED, rising_share
from prr.scrapers.incident_log.subrownumbers import dated_line

MIN_PAIRS = 4           # fewer pairs say nothing of a layout
PAIRED = 0.9            # of the column's lines, those in a pair


def second_tier(doc, found) -> set[int]:
    """Take the second-tier lines out of ``found`` (an id column); the lines taken (empty
    when the column is no two-tier listing)."""
    if found is None or found.kind != "id_column" or len(found.lines) < 2 * MIN_PAIRS:
        return set()
    lines, column = doc.lines, found.lines
    members = set(column)
    pairs: list[tuple[int, int]] = []
    # lines left out of a pair past this many and the column is no two-tier listing: stop
    # there (a yearly log of dated rows is told so in its first tenth, not read through)
    budget, unpaired = (1 - PAIRED) * len(column), 0
    k = 0
    while k < len(column) - 1 and unpaired <= budget:
        first, second = column[k], column[k + 1]
        if _next_line(doc, first) == second and second in members and not dated_line(lines[second]) \
                and dated_line(lines[first]):
            pairs.append((first, second))
            k += 2
        else:
            unpaired += 1
            k += 1
    if unpaired > budget or len(pairs) < MIN_PAIRS or 2 * len(pairs) < PAIRED * len(column):
        return set()
    ones = {a: found.ids[a] for a, _ in pairs if a in found.ids}
    twos = {b: found.ids[b] for _, b in pairs if b in found.ids}
    if len(ones) < len(pairs) or len(twos) < len(pairs) or not _other_series(ones, twos):
        return set()
    taken = {b for _, b in pairs}
    found.lines = [i for i in column if i not in taken]
    found.ids = {i: tok for i, tok in found.ids.items() if i not in taken}
    return taken


def _next_line(doc, i: int) -> int | None:
    """The next printed line after ``i`` (blank lines end the search: a gap parts records)."""
    j = i + 1
    while j < len(doc.lines) and j in doc.skip and doc.lines[j].strip():
        j += 1
    return j if j < len(doc.lines) and doc.lines[j].strip() else None


def _other_series(ones: dict[int, str], twos: dict[int, str]) -> bool:
    """The second lines' numbers are a series apart from the first lines': their ranges do
    not meet, or each rises on its own while the two read together jump back and forth."""
    a, b = _values(ones), _values(twos)
    if not a or not b:
        return False
    if max(a) < min(b) or max(b) < min(a):
        return True
    both = {**ones, **twos}
    return rising_share(ones) >= RISING and rising_share(twos) >= RISING and rising_share(both) <= UNORDERED


def _values(members: dict[int, str]) -> list[int]:
    digits = ["".join(ch for ch in tok if ch.isdigit()) for tok in members.values()]
    return [int(d) for d in digits if d]
