"""Blocks whose labels are printed above their values (a media log's form: a row of
small capital labels, "EVENT NO.   RECEIVED   ZONE", then a row of values under them,
then "NATURE OF EVENT   WHERE" over the next row, "REMARKS" over a paragraph).

Found from repetition and alignment, not from words: lines without digits that come back
block after block, each with a line under it whose cells start where its labels start.
Tried only when the table and entry readers find no records with fields (the labels
read as a repeated header there), on the first lines of the log.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.denserseries import own_series_label
from prr.scrapers.incident_log.entries import _near_page_break
from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import cells

SAMPLE = 600            # lines looked at to find the label lines
MIN_REPEATS = 3
_DIGIT = re.compile(r"\d")


def _label_line(line: str) -> bool:
    """Words without digits, dates or numbers, most of them with letters."""
    if _DIGIT.search(line) or not line.strip():
        return False
    words = line.split()
    return sum(1 for w in words if any(c.isalpha() for c in w)) >= 0.7 * len(words)


def _aligned(label: str, value: str) -> bool:
    """The value line's cells start where the label line's cells start (within a
    character), and they fill half of the labels or more."""
    heads = [c[0] for c in cells(label)]
    vals = [c[0] for c in cells(value)]
    if not vals or not heads:
        return False
    if any(min(abs(v - h) for h in heads) > 1 for v in vals):
        return False
    return len(vals) >= 0.5 * len(heads) and abs(vals[0] - heads[0]) <= 1


def _next_line(doc, i: int, stop: int) -> int | None:
    j = i + 1
    while j < stop and (j in doc.skip or not doc.lines[j].strip()):
        j += 1
    return j if j < stop else None


def stacked_labels(doc, ids: dict[int, str]) -> tuple[set[str], str, str | None] | None:
    """The label lines (their words, spacing aside: pages set them at other positions) and
    the one over the records' numbers, when the log's first lines are blocks of labels
    over values: the line over the numbers comes back once per record, and so do the
    other label lines, each over a line whose cells start where its labels start."""
    stop = min(len(doc.lines), SAMPLE)
    keys: dict[int, str] = {}
    for i in range(stop):
        if i not in doc.skip and _label_line(doc.lines[i]):
            keys[i] = " ".join(doc.lines[i].split())
    seen = Counter(keys.values())
    over: Counter = Counter()
    below: dict[int, int | None] = {}
    under: dict[str, list[str]] = {}
    for i, key in keys.items():
        j = below[i] = _next_line(doc, i, len(doc.lines))
        if j is not None and j in ids:
            over[key] += 1
            under.setdefault(key, []).append(ids[j])
    if not over:
        return None
    anchor, n = over.most_common(1)[0]
    own = None
    # once per record (a table's header repeated per page stands over one row of many)
    if n < MIN_REPEATS or n < 0.8 * sum(1 for i in ids if i < stop) or n < 0.8 * seen[anchor]:
        # two label lines over a number in every card (a call's, the record's): the card
        # opens at the first, the record's number is under the one over the denser series
        paired = own_series_label(under, {k: min(i for i in keys if keys[i] == k) for k in under})
        if paired is None:
            return None
        (anchor, own), n = paired, over[paired[0]]
        if n < 0.8 * seen[anchor] or sum(over[k] for k in over if over[k] >= 0.8 * n) < 0.8 * sum(
                1 for i in ids if i < stop):
            return None
    once = {k for k, m in seen.items() if 0.8 * n <= m <= 1.2 * n}
    good: Counter = Counter()
    for i, key in keys.items():
        j = below[i]
        if key in once and j is not None and keys.get(j) not in once and _aligned(doc.lines[i], doc.lines[j]):
            good[key] += 1
    labels = {k for k in once if good[k] >= 0.8 * seen[k]}
    if len(labels) >= 2 and anchor in labels:
        # a label line over a row of check boxes lines up with none of them; printed with
        # every block, set apart by a blank line above it and ending no sentence, it is one
        # too (a wrapped value's line repeated by every block follows its first line)
        apart = Counter(key for i, key in keys.items() if i > 0 and not doc.lines[i - 1].strip())
        labels |= {k for k in once if seen[k] >= 0.9 * n and apart[k] == seen[k] and not k.endswith((".", ","))}
        return (labels, anchor, own) if own is None or own in labels else None
    return None


def form_label_lines(doc, ids: dict[int, str]) -> set[int]:
    """The label lines taken for page furniture: a form printed one a page repeats its
    label lines page after page, as a page's header does. When the label lines, those
    lines let back in, stand over the records' values (``stacked_labels``), they are
    labels, not furniture: their line indexes (none otherwise)."""
    saved = doc.skip
    doc.skip = {i for i in saved if not _label_line(doc.lines[i])}
    try:
        found = stacked_labels(doc, ids) if doc.skip != saved else None
    finally:
        doc.skip = saved
    if found is None:
        return set()
    labels = found[0]
    return {i for i in saved if _key(doc.lines[i]) in labels}


def read_stacked(doc, ids: dict[int, str], context) -> tuple[list[dict], list[tuple[int, int]]] | None:
    """Records of a log of labels printed above their values, with their line spans."""
    found = stacked_labels(doc, ids)
    if found is None:
        return None
    labels, anchor, own = found
    starts = [i for i, ln in enumerate(doc.lines) if i not in doc.skip and _key(ln) == anchor]
    if len(starts) < MIN_REPEATS:
        return None
    spans, read = [], []
    titles = _titles(doc, starts)
    for k, s in enumerate(starts):
        nxt = _head_above(doc, s, starts[k + 1], labels) if k + 1 < len(starts) else len(doc.lines)
        values, e = _read_block(doc, s, nxt, labels, last=k + 1 == len(starts), titles=titles)
        if not any(values.values()):        # labels with no value under any: an unfilled form
            continue
        spans.append((s, e))
        read.append(values)
    fields = list(dict.fromkeys(name for values in read for name in values))
    numbers = {k: _number(doc, s, e, ids, own) for k, (s, e) in enumerate(spans)}
    sample = [[values.get(f, "") for f in fields] for values in read[:400]]
    same = [sum(1 for k, values in enumerate(read[:400]) if numbers.get(k) and values.get(f) == numbers[k])
            for f in fields]
    id_col = max(range(len(fields)), key=same.__getitem__) if fields and max(same) >= 0.8 * len(sample) else None
    names = dict(zip(fields, name_columns(fields, sample, id_col, by_values=True)))
    records = [build(values, names, page=doc.pages[s], number=numbers.get(k),
                     raw=doc.raw(s, e),
                     context_date=context[s])
               for k, ((s, e), values) in enumerate(zip(spans, read))]
    return records, spans


HEAD_LINES = 2      # a card's head lines above its first label, at most


def _head_above(doc, s: int, nxt: int, labels: set[str]) -> int:
    """Where a block ends before the next one: a line or two set apart by a blank line right
    above the next block's first label, no label among them, head that card (an app's icon
    tags and unit, "[car] P4 Unit C36"), not the last value of this one."""
    i = nxt - 1
    while i > s and nxt - i <= HEAD_LINES and doc.lines[i].strip() and i not in doc.skip \
            and _key(doc.lines[i]) not in labels:
        i -= 1
    return i if s < i < nxt - 1 and not doc.lines[i].strip() else nxt


def _number(doc, s: int, e: int, ids: dict[int, str], own: str | None = None) -> str | None:
    """The block's first number, or the one under its label ``own`` (``denserseries.py``)."""
    if own is not None:
        return next((ids[j] for i in range(s, e) if _key(doc.lines[i]) == own
                     and (j := _next_line(doc, i, e)) is not None and j in ids), None)
    return next((ids[i] for i in range(s, e) if i in ids), None)


def _masked(line: str) -> str:
    return _DIGIT.sub("0", " ".join(line.split()))


def _titles(doc, starts: list[int]) -> set[str]:
    """Lines printed with every block, digits aside (a form's title beside its serial
    number): once per block or more, never a value."""
    seen = Counter(_masked(doc.lines[i]) for i in range(len(doc.lines)) if i not in doc.skip and doc.lines[i].strip())
    return {k for k, n in seen.items() if n >= 0.8 * len(starts)}


def _read_block(doc, s: int, nxt: int, labels: set[str], last: bool,
                titles: frozenset = frozenset()) -> tuple[dict[str, str], int]:
    """One block's values under their labels; a value line goes under the label cell it
    starts under (a label alone on its line takes every line up to the next label line)."""
    values: dict[str, str] = {}
    heads: list[tuple[int, str]] = []
    waiting = False         # a label line with no value under it yet (a blank line may part them)
    head_page = doc.pages[s] if s < len(doc.pages) else 0
    i = s
    while i < nxt:
        line = doc.lines[i]
        if i in doc.skip or not line.strip():
            # the last block ends at its first blank line that no page break explains
            if last and not line.strip() and values and not waiting and not _near_page_break(doc, i) \
                    and not _more_below(doc, i, labels):
                break
            i += 1
            continue
        text = line.rstrip()
        waiting = _key(text) in labels
        if waiting:
            heads = [(x, word) for x, _, word in cells(text)]
            head_page = doc.pages[i]
        elif heads and doc.pages[i] != head_page and _masked(text) in titles:
            pass        # the title of the next form's page (its serial aside): no value
        elif heads:
            for x, _, value in cells(text):
                name = max((h for h in heads if h[0] <= x + 1), default=heads[0])[1]
                values[name] = f"{values[name]} {value}" if values.get(name) else value
        i += 1
    return values, i


MORE_BELOW = 3     # lines looked at below a blank line for a label line


def _more_below(doc, i: int, labels: set[str]) -> bool:
    """A label line follows after the blank lines, or a few lines further (a row of check
    boxes under a label line of its own first): the block goes on."""
    j = i
    for _ in range(MORE_BELOW):
        j = _next_line(doc, j, len(doc.lines))
        if j is None:
            return False
        if _key(doc.lines[j]) in labels:
            return True
    return False


def _key(line: str) -> str:
    return " ".join(line.split()) if line and not _DIGIT.search(line) else ""
