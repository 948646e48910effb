"""Labelled blocks that print a value once and mark its repeats: ``Date: same``,
``Officer: same``, ``Location: do.`` (ditto) stand for the value of the block above.

A clerk typing a log by hand saves keystrokes the way a ledger does: a label whose value
is the same as in the entry above gets a mark instead of the value (``same``, ``do.``,
``ditto``, a ditto sign ``"``), the mark running on block after block and across page
breaks. Read as printed, such a record has no date or place of its own, and a label
whose values are mostly marks no longer reads as dates at all (the date is lost on
every record). Each mark is the value of the block right above, itself resolved first,
so a run of marks carries the last value printed.

A block whose *number* label carries the mark (``Case No.: same (cont'd)``, words or
none after it) is a later entry of the same case: a supplement or follow-up, no record
of its own. It is joined to the block above (its span, so a prior case it cites is that
record's related number, and its text), while its own values, a later date and time, are
still the "above" for the next block's marks.

Told from the values, no label's word: a mark is a whole value, and only a block with a
block above it has anything to repeat (the first block's marks stay as printed). The
number label is the one whose word names a number or, without one, the label holding each
block's own number on most blocks.
"""
from __future__ import annotations

import re
from collections import Counter

# a whole value that says "as above": the clerk's words, the ditto sign and its forms
_MARK = r"(?:same(?:\s+as\s+above)?|as\s+above|do\.|ditto|\"|''|〃|-\"-)"
_REPEAT = re.compile(_MARK, re.I)
# the number label's value: the mark, then words saying what the entry is, if any
_FOLLOW_UP = re.compile(_MARK + r"(?:\s*[(\[\-–—].*)?", re.I)
# a value that is a mark or a follow-up's number, found among all values joined by newlines
_ANY_MARK = re.compile(r"^\s*" + _MARK + r"(?:\s*[(\[\-–—].*)?\s*$", re.I | re.M)
_LONGEST_MARK = 40      # "same as above" with room for the spaces a printed value keeps


def fill_repeat_marks(values: list[dict[str, str]], number_labels: list[str], numbers: dict[int, str]) -> list[int]:
    """Each block's marked values set to the block above's, in place; the indices of the
    blocks whose number label carries the mark (follow-ups of the block above).
    ``number_labels``: the labels whose word names a number; without one, the label
    holding the block's own number (``numbers``) on most blocks is the number label."""
    # one search over every value first: most logs print no mark, and stop here
    if not _ANY_MARK.search("\n".join(v for block in values for v in block.values())):
        return []
    if not number_labels:
        number_labels = _label_of_numbers(values, numbers)
    follow_ups: list[int] = []
    for k in range(1, len(values)):
        above, block = values[k - 1], values[k]
        for label, value in block.items():
            # (a mark is a short value: the longer ones, most, need no match)
            if len(value) > _LONGEST_MARK or label in number_labels:
                continue
            if _REPEAT.fullmatch(value.strip()) and above.get(label):
                block[label] = above[label]
        if any(_FOLLOW_UP.fullmatch(block.get(label, "").strip()) for label in number_labels):
            follow_ups.append(k)
    return follow_ups


def _label_of_numbers(values: list[dict[str, str]], numbers: dict[int, str]) -> list[str]:
    holding = Counter(label for k, block in enumerate(values) if numbers.get(k)
                      for label, value in block.items() if value == numbers[k])
    label, times = holding.most_common(1)[0] if holding else ("", 0)
    return [label] if times > len(values) / 2 else []


def join_follow_ups(records: list[dict], spans: list, follow_ups: set[int]) -> list[dict]:
    """``records`` with each follow-up block joined to the record above: its lines to that
    record's span (``spans`` paired with the records, joined alike in place), its text to
    the record's summary. A follow-up with no record above stays as it is."""
    if not follow_ups:
        return records
    out, kept = [], []
    for k, (rec, span) in enumerate(zip(records, spans)):
        if k not in follow_ups or not out:
            out.append(rec)
            kept.append(span)
            continue
        case = out[-1]
        text = (rec.get("fields") or {}).get("_text") or rec.get("summary")
        if text:        # what the follow-up says ("Supplement: ..."): the case's later text
            case["summary"] = f"{case['summary']} / {text}" if case.get("summary") else text
        fields = case.setdefault("fields", {})
        for label, value in (rec.get("fields") or {}).items():
            fields.setdefault(label, value)     # what only the follow-up's labels say
        if case.get("raw") and rec.get("raw"):
            case["raw"] = f"{case['raw']}\n{rec['raw']}"
        kept[-1] = (kept[-1][0], span[1])
    spans[:] = kept
    return out
