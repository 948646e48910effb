"""A header's titles packed one space apart over table rows whose cells are one space apart.

``columns.merge_spanned`` joins two columns one space apart when one run of words (words
one space apart) stands over both: the run is taken for one title ("Arrest Location" over
house numbers and streets split at the blank between them). Some logs print all titles one
space apart ("Time Unit/Cell Booking No. Incident Type") over rows whose cells are one space
apart too ("06:13 F2-122B   2025-011034 Self-harm attempt"): read as one title, the run
joined a time to a cell and a number to the type, and the rows lost their type and place.
The layout tells the two apart: a run reaching over a gap the rows leave wider than a word
space holds more than one title (a title does not span two columns set apart), so its single
spaces part titles; a column under it keeps its own title when that title is whole, not a
mark or the inside of brackets continuing the title before it ("Age / Sex" over "28 / M",
"Occurred (from - to)" over a date, a time and a dash stay one column each).
"""
from __future__ import annotations

import re

# columns under a run for its words standing flush over them to part titles: over two, a
# two-word title lines up by chance where a page's few values share a first word's length
# ("General Location" over "Science Bldg D", "Parking Deck C")
MIN_FLUSH = 3
# a title of its own: opens with a letter, ends on no joining mark or open bracket
_WHOLE_TITLE = re.compile(r"[A-Za-z].*[^/&,(-]|[A-Za-z]")


def packed_titles(cols: list[tuple[int, int]], head: tuple[int, int], left: str, right: str,
                  line: str = "") -> bool:
    """The run of header words at ``head`` (character span) over two neighbouring columns
    titled ``left`` and ``right`` is titles packed one space apart, not one title: it
    reaches over a wide gap between two of the columns under it, or its words stand flush
    over the columns under it (``line``: the header line), and both titles are whole."""
    a, b = head
    under = [c for c in cols if c[0] < b and c[1] > a]
    if not any(d[0] - c[1] > 1 for c, d in zip(under, under[1:])) and not _flush(under, line[a:b], a):
        return False
    return all(_WHOLE_TITLE.fullmatch(t) and t.count("(") == t.count(")") for t in (left, right))


def _flush(under: list[tuple[int, int]], run: str, at: int) -> bool:
    """Each column under the run starts where one of its words starts, and every word ends
    inside the column it starts in: titles set flush left over columns one space apart
    ("Hour Ticket Spot" over "0915 TK-7731 Pier 4"). One title over two columns lines up
    with one of them at most ("Arrest Location" over "2389 Alder Dr": "Location" starts
    past the street's column start, "Arrest" runs past the number's end). Three columns at
    least (``MIN_FLUSH``)."""
    words = [(at + m.start(), at + m.end()) for m in re.finditer(r"\S+", run)]
    starts = {s for s, _ in words}
    if len(under) < MIN_FLUSH or any(c[0] not in starts for c in under):
        return False
    for s, e in words:
        home = next((c for c in reversed(under) if c[0] <= s), None)
        if home is None or e > home[1]:
            return False
    return True
