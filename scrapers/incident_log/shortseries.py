"""Short numbers that only a running series tells from ranges and codes.

A small agency's own numbers can be as short as a year and a serial of three digits
(``25-101``), a shape the record-number finder leaves out everywhere else (a range of
pages, a radio code ``10-8``, a score). Inside entries already found by their layout
(led by a time, their text hanging), such a token is believed to be the entry's own
number only when the document shows a series of them: one shape carried by most
entries, at most once each, its values all different and nearly always rising from
entry to entry. Then the entries citing none (an errand, a meeting noted between the
calls) are no records of the series."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import shape

# a year-like lead and a short serial parted by a dash, standing alone or after "#" or "("
_SHORT = re.compile(r"(?<![\w/.:,$-])\d{1,3}-\d{2,3}(?![\w/-]|[.,:]\d)")
MIN_ENTRIES = 5
MIN_SHARE = 0.6     # of the entries carrying the series
RISING = 0.8        # of consecutive values that rise


def short_series(blocks: list[list[str]]) -> dict[int, str] | None:
    """{entry index: its number} where the entries carry a series of short dash numbers,
    else None (the lines are no such series: ranges, codes, scores)."""
    per = [_SHORT.findall(" ".join(b)) for b in blocks]
    counts = Counter(sh for toks in per for sh in {shape(t) for t in toks})
    if not counts:
        return None
    series, carried = counts.most_common(1)[0]
    if carried < max(MIN_ENTRIES, MIN_SHARE * len(blocks)):
        return None
    own = [[t for t in toks if shape(t) == series] for toks in per]
    if sum(len(c) > 1 for c in own) > 0.1 * carried:
        return None         # cited twice in many entries: a range or a pair, not an entry's number
    found = {k: c[0] for k, c in enumerate(own) if c}
    values = [int(t.replace("-", "")) for t in found.values()]
    if len(set(values)) < len(values):
        return None
    rising = sum(b > a for a, b in zip(values, values[1:]))
    return found if rising >= RISING * (len(values) - 1) else None
