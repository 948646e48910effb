"""Blocks of another kind among labelled records, sharing some of their labels.

A shift briefing may print, before or after its incidents, blocks of other notices
(lookouts, alerts, warnings) in the same label-and-value form: each under a heading of
its own, its number under a label of its own ("Ref ...:") and of the very series the
records use, then some of the records' labels (when reported, where). Where such a shared
label was chosen to open the records (it is printed first in the document), every notice
read as a record and each record's number fell into the block above it.

Told from the blocks themselves, never by a word of one document: the blocks are parted
by blank lines and most of them print their number under one label of the records (the
id label). A block without that label that prints a number of the records' form on a
line holding none of the records' labels is of another kind: it opens no record and ends
the record above it. Each record then starts at its block's first line (the id label
above the shared one). Looked for only where the starting label is printed more often
than another label of the records (one count over the label hits found already). A
section after the records read again alone (``sections.py``) is not joined when its
blocks so number under a label of their own beside the records' shared labels.

Not so where the blocks under a label of their own all stand before the records (or all
after them), each opening with a label line, numbered below the records (or above them):
the same log, its labels changed partway by whoever typed it, numbered on across the
change (notices cite the records' own numbers or older ones, wherever they stand).
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from operator import itemgetter

from prr.scrapers.incident_log.parse import Doc

MIN_IDS = 5          # blocks printing their number under the id label
MIN_OTHER = 2        # blocks of another kind: several, not one stray notice
MAX_BLOCK = 40       # lines walked up or down from a block's starting label
_DIGITS = re.compile(r"\d+")


def _form(token: str) -> str:
    """A number's form: its letters and separators, each run of digits as one digit."""
    return _DIGITS.sub("9", token)


def other_kind_blocks(doc: Doc, starts: list[int], labels) -> tuple[list[int], list[int]] | None:
    """(the records' starts, the first lines of the blocks of another kind), or None when
    no block is of another kind (the starts then stand as they are)."""
    hits, lines, skip, ids = doc.label_hits(labels), doc.lines, doc.skip, doc.ids
    if len(starts) < MIN_IDS + MIN_OTHER:
        return None
    counts = Counter(map(itemgetter(0), chain.from_iterable(hits.values())))
    opened = counts[labels.anchor]
    if not any(opened - n >= MIN_OTHER for label, n in counts.items() if label != labels.anchor):
        return None         # every label as often as the starting one: one kind of block
    id_label, id_lines = _id_label(hits, ids, labels.anchor)
    if id_label is None:
        return None
    forms = Counter(_form(tok) for i in id_lines for _, tok in ids[i])
    form = forms.most_common(1)[0][0]

    def blank(j: int) -> bool:
        return j in skip or not lines[j].strip()

    records, others, opening, prev = [], [], Counter(), -1
    numbered: list[tuple[bool, tuple[int, ...]]] = []      # (a record's?, its number) per block
    for k, a in enumerate(starts):
        first = a
        while first - 1 > prev and a - first < MAX_BLOCK and not blank(first - 1):
            first -= 1
        if first - 1 <= prev and k:
            return None     # the block above runs into this one: no blank line parts them
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        last = a + 1
        while last < stop and last - a < MAX_BLOCK and not blank(last):
            last += 1
        mine = [tok for i in range(first, last) for _, tok in ids[i] if _form(tok) == form]
        if any(i in id_lines for i in range(first, last)):
            numbered += [(True, _serial(tok)) for tok in mine[:1]]
            # (from its first label line: a section's title or count right above is not its)
            # (a start that is no label line of its own, a block's number above its labels: kept)
            first = next((i for i in range(first, a + 1) if i in hits), a)
            records.append(first)
            if first in hits:
                opening[hits[first][0][0]] += 1
        elif mine:
            others.append(first)        # its number under a label of its own: another kind, maybe
            numbered.append((False, _serial(mine[0])))
        else:
            records.append(first)       # a record without a number still opens one
        prev = a
    # another kind opens its blocks otherwise than the records (a heading of its own)
    own = opening.most_common(1)[0][0] if opening else None
    others = [j for j in others if j not in hits or hits[j][0][0] != own]
    if len(others) < MIN_OTHER or len(records) < MIN_IDS + len(others):
        return None
    if _numbered_on(numbered) and all(j in hits for j in others):
        return None         # the same records, their labels changed partway
    return records, others


def _serial(token: str) -> tuple[int, ...]:
    return tuple(map(int, _DIGITS.findall(token)))


def _numbered_on(numbered: list[tuple[bool, tuple[int, ...]]]) -> bool:
    """The blocks of the other labels stand together before the records (or after them),
    their numbers all below the records' (or above): one log numbered on across a change of
    its labels (typed anew partway), not notices citing the records' numbers or older ones."""
    theirs = [n for own, n in numbered if not own]
    ours = [n for own, n in numbered if own]
    if not theirs or not ours:
        return False
    kinds = [own for own, _ in numbered]
    if kinds == sorted(kinds):          # theirs first
        return max(theirs) < min(ours)
    if kinds == sorted(kinds, reverse=True):
        return min(theirs) > max(ours)
    return False


def _id_label(hits: dict, ids: list, anchor: str) -> tuple[str | None, set[int]]:
    """The records' label whose value is a number on most of its lines, other than the
    starting label, and those lines; (None, set()) when no label carries numbers."""
    carried: dict[str, set[int]] = {}
    printed: Counter = Counter()
    for i, hs in hits.items():
        for label, _, _, end in hs:
            if label == anchor:
                continue
            printed[label] += 1
            if any(pos >= end for pos, _ in ids[i]):
                carried.setdefault(label, set()).add(i)
    if not carried:
        return None, set()
    label, found = max(carried.items(), key=lambda kv: len(kv[1]))
    if len(found) < MIN_IDS or len(found) < 0.8 * printed[label]:
        return None, set()
    return label, found


def end_before_others(record_spans: list[tuple[int, int]], others: list[int]) -> list[tuple[int, int]]:
    """Each record's span ended before the first block of another kind inside it."""
    out, k = [], 0
    for s, e in record_spans:
        while k < len(others) and others[k] <= s:
            k += 1
        out.append((s, others[k]) if k < len(others) and others[k] < e else (s, e))
    return out


def number_label(records: list[dict]) -> str | None:
    """The label under which most of the labelled records print their number, or None."""
    counts: Counter = Counter()
    for rec in records[:50]:
        number = rec.get("record_no") or rec.get("case_no")
        fields = rec.get("fields") or {}
        counts.update(key for key, value in fields.items() if number and isinstance(value, str) and number in value)
    if not counts:
        return None
    label, n = counts.most_common(1)[0]
    return label if n >= 0.8 * min(len(records), 50) else None


def another_kind(records: list[dict], section: list[dict]) -> bool:
    """A section read alone (``sections.py``) is of another kind than the records: its
    blocks print their number under a label of their own, the records' label absent, while
    they share others of the records' labels (a section of notices after the incidents)."""
    ours = number_label(records)
    theirs = number_label(section) if ours else None
    if theirs is None or theirs == ours:
        return False
    mine = {key for rec in records[:50] for key in rec.get("fields") or {}}
    keys = [set(rec.get("fields") or {}) for rec in section]
    return all(ours not in k for k in keys) and all(len((k & mine) - {"_text"}) >= 2 for k in keys)
