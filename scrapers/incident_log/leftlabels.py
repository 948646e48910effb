"""Labels printed in a column of their own at the left, without a colon, each value at one
position to their right ("Report Number      S25-002814"), found beside the labels that
repeat once per record (``labels.py``), and the two finders' hits merged."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.labelhit import MIN_RECORDS, Hit

# a line of a left label column: a few words at the margin, a wide gap, the value
_LEFT = re.compile(r"^( {0,3})([A-Za-z][^\s\d]*(?: [^\s\d]+){0,3})( {3,})\S")


def left_column_labels(sample: list[str]) -> tuple[list[Hit], set[str]]:
    """Labels printed in a column of their own at the left, without a colon, each value at
    one position to their right ("Report Number      S25-002814"): the words before a
    steady value position that come back line after line (a small vocabulary, not values)."""
    found = [(i, m) for i, m in ((i, _LEFT.match(ln)) for i, ln in enumerate(sample)) if m]
    if len(found) < 2 * MIN_RECORDS:
        return [], set()
    # one value position, or a few (record cards side by side, each read in turn, set
    # their values at their own position): each holds a good share of the lines
    at = Counter(m.end(3) for _, m in found)
    top = at.most_common(1)[0][1]
    steady = {p for p, n in at.items() if n >= max(2 * MIN_RECORDS, 0.3 * top)}
    lined = [(i, m) for i, m in found if any(abs(m.end(3) - p) <= 1 for p in steady)]
    # most lines are one label and one value (a table's rows have more cells, and a few
    # labels at the margin of a wider block do not make a label column)
    single = sum(1 for i, m in lined if _one_more_pair(sample[i][m.end(3):].rstrip()))
    if len(lined) < 0.5 * len(sample) or single < 0.8 * len(lined):
        return [], set()
    words = Counter(m.group(2) for _, m in lined)
    labels = {w for w, n in words.items() if n >= MIN_RECORDS}
    if sum(words[w] for w in labels) < 0.8 * len(lined) or len(labels) > 0.2 * len(lined):
        return [], set()
    return [Hit(m.group(2), i, m.start(2), m.end(2)) for i, m in lined if m.group(2) in labels], labels


_PAIR_BESIDE = re.compile(r"\S+(?: \S+)*? {3,}(?:[A-Z][a-z]{2,}|[A-Z]{3,}) {3,}\S+(?: \S+)*")


def _one_more_pair(rest: str) -> bool:
    """A label column's line: one value, or one value and one more pair of a bare label and
    its value beside it ("Nov 3, 2025 5:17 AM      Beat      2" on a dashboard's card)."""
    return "   " not in rest or bool(_PAIR_BESIDE.fullmatch(rest))


def merge_hits(hits: list[Hit], more: list[Hit], lines: list[str]) -> list[Hit]:
    """Hits of both finders; one inside a column label or its value ("Ptl." in "Officer   Ptl. #206") dropped,
    but not a second pair's label set a wide gap after the value and closed by a colon as the
    column's labels are ("CASE #:   FC26-0418      REPORTED: 06/01"): a line of the column may
    hold one more pair beside its value (``_one_more_pair``)."""
    taken = {(h.line, h.start) for h in more}
    spans = {}
    for h in more:
        spans.setdefault(h.line, []).append((h.start, h.end))
    colons = sum(h.label.endswith(":") for h in more) >= 0.8 * len(more)
    kept = [h for h in hits if (h.line, h.start) not in taken
            and not any(a <= h.start and not (colons and h.label.endswith(":") and _beside(lines[h.line][b:h.start]))
                        for a, b in spans.get(h.line, ()))]
    return sorted(kept + more, key=lambda h: (h.line, h.start))


def _beside(between: str) -> bool:
    """The text between a column label and a later label is a value closed by a wide gap."""
    return bool(between.strip()) and between.endswith("   ")
