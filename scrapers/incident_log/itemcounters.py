"""Entries closed by their number inside a list of numbered items: a daily activity report
whose notes are numbered 1, 2, 3 ... afresh under each day's heading, each note a
paragraph (``4. 1325 hours - Type - Place. What was done. Outcome. Filed as No.
XX-0000.``), only the notes ending with a number of the series being records, the
routine ones (a patrol, a count) sharing the numbering.

The closing-number reader (``closing.py``) finds the entries, but reads their values from
the entry's first words: the item's own counter stands before the clock, so the clock is
not seen and the counter is taken for a heading. And the words filing the entry under its
number ("Report No.") end in a full stop of their own, so they read as the last sentence,
hiding the outcome before them. A day's last entry, no blank line between its items, took
in the routine items before it.

Told from the document: nearly every entry opens with a small counter closed by a full
stop or a bracket, and the counters go back down at least once (a list numbered afresh,
not a series of ids); those counters are the list's, no value of the entry. The filing
words are the same few words, ending in a full stop, before the number in nearly every
entry: they are the number's label, no sentence of the entry."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.text import indent

SHARE = 0.9             # of the entries opening with a counter
LABEL_SHARE = 0.8       # of the entries closing with the same label before the number
LABEL_WORDS = 4         # a label is a few words, no sentence
_COUNTER = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(?=\S)")
# the words after the last sentence stop, closed by an abbreviation's full stop ("Report No.")
_LABEL = re.compile(r"(?:^|(?<=[.!?;])\s+)((?:[A-Z][\w-]*\.?\s+){0,3}[A-Za-z][a-z]{0,2}\.)$")


def item_spans(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each entry from its own item on, where the entries are numbered items: the routine
    items before it (no number closes them, a day's last entry takes them in) are none of
    its text. An item opens at a line with a counter, no deeper than the entry's closing
    line (wrapped lines hang deeper; a page may shift the whole text by a character)."""
    firsts = [next((i for i in range(s, e) if i not in doc.skip and doc.lines[i].strip()), None) for s, e in spans]
    counters = [_COUNTER.match(doc.lines[i]) if i is not None else None for i in firsts]
    if not _numbered(counters, len(spans)):
        return spans
    out = []
    for s, e in spans:
        opened = [i for i in range(s, e) if i not in doc.skip and _COUNTER.match(doc.lines[i])
                  and indent(doc.lines[i]) <= indent(doc.lines[e - 1])]
        out.append((opened[-1] if opened else s, e))
    return out


def _numbered(counters: list, n: int) -> bool:
    """Nearly every entry opens with a counter, and the counters go back down at least once."""
    values = [int(m.group(2)) for m in counters if m]
    return len(values) >= SHARE * n and any(b <= a for a, b in zip(values, values[1:]))


def drop_item_counters(blocks: list[list[str]]) -> None:
    """Each entry's lines without the item counter opening them and without the label
    closing them before the number, where the entries are so numbered and labelled."""
    counters = [_COUNTER.match(b[0]) if b else None for b in blocks]
    if _numbered(counters, len(blocks)):
        for block, m in zip(blocks, counters):
            if m:
                block[0] = m.group(1) + block[0][m.end():]
    _drop_number_label(blocks)


def _drop_number_label(blocks: list[list[str]]) -> None:
    # (read on the entry's text: the label may wrap over its last two lines)
    labels = [m.group(1) if b and (m := _LABEL.search(" ".join(" ".join(b).split()))) else None for b in blocks]
    counted = Counter(label for label in labels if label)
    if not counted:
        return
    label, count = counted.most_common(1)[0]
    if count < LABEL_SHARE * len(blocks) or len(label.split()) > LABEL_WORDS:
        return
    for block, found in zip(blocks, labels):
        if found == label:
            _drop_last_words(block, len(label.split()))


def _drop_last_words(block: list[str], n: int) -> None:
    """The block without its last ``n`` words (its lines emptied by it left out)."""
    while n and block:
        words = block[-1].split()
        block[-1] = " ".join(words[:max(0, len(words) - n)])
        n -= min(n, len(words))
        if not block[-1] and len(block) > 1:
            block.pop()
