"""Free-text entries made of run-in labels: one paragraph per record in which words in
capitals name the values that follow them, all flowing and wrapping wherever the line
ends ("RECEIVED 10/22/2025 00:22 INCIDENT 25-041422 NATURE Welfare Check LOCATION 1627
Dovetail Way DEPUTY 2221 STATUS Arrest made REMARKS Subject was located ...").

Recognised from the entries themselves: words of three or more capitals that open nearly
every entry's text and come back once in nearly every entry (the core labels), plus words
of capitals that some entries add between them (optional labels), unless such a word
mostly follows another label directly (an agency's initials opening a value: "ASSIST VSP
25-124318"), or the labels open their lines and the word stands inside one (a value's word). The last core label's value runs to the entry's end (a remark may hold words
in capitals). The values are named by their labels and their shapes, as a table's columns
(the label holding the record's own number is the number).
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.record import rebuilt, record_number

_CAPS = re.compile(r"(?<![\w/-])[A-Z]{3,}(?![\w/-])")
_LINE_OPENING = re.compile(r"^[ \t]*([A-Z]{3,})(?![\w/-])", re.M)
SAMPLE = 60
MIN_SHARE = 0.8           # share of entries holding a core label (once) and opened by the first
MIN_OPTIONAL = 2          # entries holding an optional label
MIN_CORE = 3


def _labels(texts: list[str], printed: list[str] = ()) -> list[str] | None:
    """The labels in their printed order, or None when the entries are not written so
    (``printed``: the entries' lines as printed)."""
    seen = [Counter(m.group(0) for m in _CAPS.finditer(t)) for t in texts]
    once = Counter(w for c in seen for w, n in c.items() if n == 1)
    core = [w for w, n in once.items() if n >= MIN_SHARE * len(texts)]
    if len(core) < MIN_CORE:
        return None
    first = Counter(m.group(0) for t in texts for m in [_CAPS.match(t)] if m)
    if not first or first.most_common(1)[0][1] < MIN_SHARE * len(texts) or first.most_common(1)[0][0] not in core:
        return None
    # the printed order of the core labels, then the optional ones where they stand
    where, total, pairs = Counter(), Counter(), Counter()
    for t in texts:
        tokens = list(_CAPS.finditer(t))
        for k, m in enumerate(tokens):
            total[m.group(0)] += 1
            where[m.group(0)] += m.start() / max(1, len(t))
            if k and not t[tokens[k - 1].end():m.start()].strip():
                pairs[(tokens[k - 1].group(0), m.group(0))] += 1    # one right after the other
    present = Counter(w for c in seen for w in c)
    last_core = max(core, key=lambda w: where[w] / total[w])
    # an optional label, like a core one, is printed once in an entry ("Assisted VSP ASSIST
    # VSP 25-124318": VSP twice, a value's word)
    optional = {w for w, n in present.items() if w not in core and n >= MIN_OPTIONAL and n == total[w]
                and where[w] / total[w] < where[last_core] / total[last_core]}
    # labels that open their lines (half the core labels or more, nearly every time: a
    # ticket printing one label a line, "TYPE FRAUD - BANK CARD"): a word in capitals inside
    # a line is a value's word, however often it comes back, no optional label
    opening = Counter(m.group(1) for t in printed for m in _LINE_OPENING.finditer(t))
    if sum(1 for w in core if opening[w] >= MIN_SHARE * total[w]) >= 0.5 * len(core):
        optional = {w for w in optional if opening[w] >= 0.5 * total[w]}
    # a word mostly right after a label opens that label's value ("ASSIST VSP 25-124318"):
    # the most so is dropped first, then the shares are looked at again without it
    while optional:
        labels = set(core) | optional
        # in sorted order, so that of two words as often right after a label the same one
        # goes first in every process (a set's order varies with the hash seed)
        share = {w: sum(n for (a, b), n in pairs.items() if b == w and a in labels) / total[w]
                 for w in sorted(optional)}
        worst = max(share, key=share.get)
        if share[worst] < 0.5:
            break
        optional.discard(worst)
    return sorted(core + sorted(optional), key=lambda w: where[w] / total[w])


def _split(text: str, labels: list[str], last: str) -> dict[str, str]:
    """Label -> value: each label's value runs to the next label; the last core label's
    to the end."""
    out: dict[str, str] = {}
    pos = 0
    marks = []
    for m in _CAPS.finditer(text):
        if m.group(0) in labels and m.group(0) not in out and m.start() >= pos:
            marks.append(m)
            out[m.group(0)] = ""
            pos = m.end()
            if m.group(0) == last:
                break
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        out[m.group(0)] = text[m.end():end].strip()
    return out


def _text(rec: dict) -> str:
    """The entry's text as one paragraph (the summary, or its printed lines joined)."""
    return rec.get("summary") or " ".join((rec.get("raw") or "").split())


def read_run_in_labels(records: list[dict]) -> bool:
    """Entries rebuilt from their run-in labels, in place; False when they are not
    written so (told from a sample of entries: a few of them may have been read in part
    as a heading, the labels' values taken for a type or a place)."""
    sample = records[:SAMPLE]
    if len(sample) < 3:
        return False
    texts = [_text(r) for r in sample]
    labels = _labels(texts, [r.get("raw") or "" for r in sample])
    if labels is None:
        return False
    last = labels[-1]
    split = [_split(_text(r), labels, last) for r in records]
    rows = [[s.get(w, "") for w in labels] for s in split[:100]]
    numbers = [(record_number(r) or "") for r in records]
    id_col = next((k for k in range(len(labels))
                   if sum(1 for s, n in zip(split, numbers) if n and s.get(labels[k]) == n) >= MIN_SHARE * len(split)),
                  None)
    titles = [w.title() for w in labels]
    mapping = dict(zip(titles, name_columns(titles, rows, id_col, by_values=True)))
    for k, (rec, values) in enumerate(zip(records, split)):
        if labels[0] not in values:
            continue
        records[k] = rebuilt(rec, {w.title(): values.get(w, "") for w in labels}, mapping, numbers[k] or None)
    return True
