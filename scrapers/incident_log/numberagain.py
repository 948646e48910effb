"""Labelled blocks that print their number label again further down: several records.

A block may open with a label of its own (a release's or a bulletin's number, a sheet's
heading) and carry the record's number under another label lower down. Where one block
holds several incidents (a release reporting a series of thefts), that number label
stands again under the first incident's labels, with a new number, followed by the same
labels once more. Each such repeat opens a record of its own: the block is split there.
The lines above a block's first number label then head every incident of the block (the
release's own number, date, contact and headline), so in such a document each record
starts at its number label, the heading no incident's values; a block printing no number
label (a release reporting no incident) is left as it was. A number label printed again
with the same number (a copy of the block's own), or not followed by the labels the first
incident printed after it (a related number cited under a label of the same words),
splits nothing.
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.parse import Doc

NEARLY_ALL = 0.9       # share of the numbered blocks whose number follows the same label
_BETWEEN = " :#.\t"    # what may stand between the label and its number
_COLUMN = 2            # how far a repeated label may stand from the first one's column


def split_at_number_label(doc: Doc, record_spans: list[tuple[int, int]], ids: dict[int, str],
                          labels) -> list[tuple[int, int]] | None:
    """The spans split at each repeat of the number label, or None where no block repeats
    it (or the blocks' numbers follow no one label, or it is the block-opening label: the
    blocks already start at each)."""
    hits = doc.label_hits(labels)
    label = _number_label(doc, record_spans, ids, hits)
    if label is None or label == labels.anchor:
        return None
    found = [(s, e, _repeats(doc, s, e, ids, hits, label)) for s, e in record_spans]
    if not any(cuts for _, _, cuts in found):
        return None
    # the lines above a block's first number label head all its records (a release's
    # number, date and headline): no incident's values, so no record's lines
    out: list[tuple[int, int]] = []
    for s, e, cuts in found:
        first = _first_number(doc, s, e, ids, hits, label)
        bounds = [s if first is None else first, *cuts, e]
        out.extend(zip(bounds, bounds[1:]))
    return out


def _labelled_number(doc: Doc, i: int, ids: dict[int, str], hits: dict) -> tuple[str, int] | None:
    """(label, column) of the label the number on line ``i`` follows, or None."""
    tok = ids.get(i)
    if tok is None:
        return None
    line = doc.lines[i]
    for label, _, start, end in hits.get(i, ()):
        at = line.find(tok, end)
        if at >= 0 and not line[end:at].strip(_BETWEEN):
            return label, start
    return None


def _number_label(doc: Doc, record_spans: list[tuple[int, int]], ids: dict[int, str],
                  hits: dict) -> str | None:
    """The label every numbered block prints its first number after, or None."""
    lines = sorted(ids)
    found: list[str | None] = []
    j = 0
    for s, e in record_spans:
        while j < len(lines) and lines[j] < s:
            j += 1
        if j < len(lines) and lines[j] < e:
            got = _labelled_number(doc, lines[j], ids, hits)
            found.append(got[0] if got else None)
    if not found:
        return None
    label, n = Counter(found).most_common(1)[0]
    return label if label is not None and n >= NEARLY_ALL * len(found) else None


def _first_number(doc: Doc, s: int, e: int, ids: dict[int, str], hits: dict, label: str) -> int | None:
    got = (i for i in range(s, e) if i not in doc.skip and (n := _labelled_number(doc, i, ids, hits)) and n[0] == label)
    return next(got, None)


def _labels_in(hits: dict, a: int, b: int, skip: set) -> set[str]:
    return {h[0] for i in range(a, b) if i not in skip for h in hits.get(i, ())}


def _repeats(doc: Doc, s: int, e: int, ids: dict[int, str], hits: dict, label: str) -> list[int]:
    """Lines inside block (s, e) where the number label stands again at the first one's
    column with a new number and the first incident's labels follow it again."""
    at = [(i, got[1]) for i in range(s, e) if i not in doc.skip
          and (got := _labelled_number(doc, i, ids, hits)) is not None and got[0] == label]
    if len(at) < 2:
        return []
    first, column = at[0]
    seen = {ids[first]}
    cand = []
    for i, col in at[1:]:
        if abs(col - column) <= _COLUMN and ids[i] not in seen:
            cand.append(i)
            seen.add(ids[i])
    if not cand:
        return []
    # the labels the first incident prints under its number: each repeat prints them too
    # (most of them: a value left out drops its label in some forms)
    bounds = [first, *cand, e]
    after = _labels_in(hits, first + 1, cand[0], doc.skip) - {label}
    if len(after) < 2:
        return []
    cuts = []
    for k, i in enumerate(cand):
        again = _labels_in(hits, i + 1, bounds[k + 2], doc.skip)
        if len(after & again) >= max(2, 0.5 * len(after)):
            cuts.append(i)
    return cuts if len(cuts) == len(cand) else []
