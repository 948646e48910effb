"""The labels of one kind of entry in a log of blocks of several kinds (reports, bookings,
papers served): marked labels printed together, once each, in a fair share of the blocks,
beside the labels every block prints (``labels.choose_fields`` calls this once its fields
are chosen)."""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.labelhit import Hit

MIN_KIND_LABELS = 3     # marked labels printed together in the blocks of one kind of entry
MIN_KIND_SHARE = 0.2    # of the blocks


def kind_labels(segs: list[list[Hit]], fields: list[str], marked: set[str]) -> list[str]:
    """Labels of one kind of entry: in a log of blocks of every kind (reports, bookings,
    papers served), the labels printed in every block are fields, and so are the marked
    labels that several print together, once each, in the same blocks (a report's
    "Nature:", "Location:", "Disposition:" absent from a booking's block), when those
    blocks are a fair share of the log."""
    where: dict[str, set[int]] = {}
    twice: set[str] = set()
    for k, seg in enumerate(segs):
        seen = Counter(h.label for h in seg)
        for label, n in seen.items():
            if label in marked and label not in fields:
                where.setdefault(label, set()).add(k)
                if n > 1:
                    twice.add(label)
    groups: dict[frozenset, list[str]] = {}
    for label, ks in where.items():
        if label not in twice and len(ks) >= MIN_KIND_SHARE * len(segs):
            groups.setdefault(frozenset(ks), []).append(label)
    return [f for g in _shifted(groups).values() if len(g) >= MIN_KIND_LABELS for f in g]


def _shifted(groups: dict[frozenset, list[str]]) -> dict[frozenset, list[str]]:
    """The groups with those of one run of blocks joined, where the starting label stands
    inside those blocks (their labels changed partway, the one label every block prints
    chosen): the labels under it fall in the block's own record, those above it in the
    record before, so the two groups cover one run of records shifted by one at its ends."""
    runs = {ks: (min(ks), max(ks)) for ks in groups if max(ks) - min(ks) + 1 == len(ks)}
    if len(runs) < 2:
        return groups
    out: dict[frozenset, list[str]] = {}
    taken: set[frozenset] = set()
    for ks, (lo, hi) in runs.items():
        if ks in taken:
            continue
        mates = [o for o, (a, b) in runs.items() if o != ks and o not in taken and abs(a - lo) <= 1 and abs(b - hi) <= 1]
        if len(mates) == 1 and not any(abs(a - lo) <= 1 and abs(b - hi) <= 1 for o, (a, b) in runs.items()
                                        if o not in (ks, mates[0]) and o not in taken):
            taken |= {ks, mates[0]}
            out[ks | mates[0]] = groups[ks] + groups[mates[0]]
    return out | {ks: labels for ks, labels in groups.items() if ks not in taken}
