"""One record per line of ``KEY=value`` pairs: a CAD audit or export extract.

Each event is printed as a line of pairs (``EVT=... NATURE="..." LOC="..."``), often after
a time stamp. The keys are found because they repeat line after line, as the labels of
labelled blocks do; the record's key is the one whose values are all different and shaped
like case numbers (letters or a separator beside the digits, over a bare audit sequence
that every line, record or not, carries). Lines without that key (a system's heartbeat,
a queue status) are not records. A long line wraps onto continuation lines that start
with a marker (``  > ``), sometimes inside a quoted value: joined back before the pairs
are read. An audit log printing each incident's events (opened, edited, closed) on lines
of their own has no such key: its lines are merged per incident (``eventthreads.py``).

Told from the first lines only, so other logs pay one look at a few lines.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.eventthreads import event_threads
from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.record import build

SAMPLE = 80             # lines looked at to tell the layout
MIN_PAIRS = 3           # pairs on a line of the extract
MIN_SHARE = 0.5         # of the sample's text lines that are lines of pairs
_PAIR = re.compile(r'(?<![\w"=])([A-Za-z_][\w.]*)=("[^"]*"?|\S+)')
_CONTINUED = re.compile(r"^\s+[>+|]\s?")
DIGIT = re.compile(r"\d")
# a case number's shape: letters, or digits parted by a separator
STRUCTURED = re.compile(r"[A-Za-z]|\d[-/ .]\d")
_THREE_DIGITS = re.compile(r"\d{3}")


def _is_pairs(line: str) -> bool:
    return len(_PAIR.findall(line)) >= MIN_PAIRS


def read_key_value_lines(page_texts: list[str]) -> list[dict] | None:
    """The records of a log printed as lines of ``KEY=value`` pairs, or None when it is
    not one."""
    sample = []
    for text in page_texts:
        sample.extend(x for x in text.splitlines() if x.strip())
        if len(sample) >= SAMPLE:
            break
    sample = [x for x in sample[:SAMPLE] if not _CONTINUED.match(x)]
    if not sample or sum(1 for x in sample if _is_pairs(x)) < max(MIN_SHARE * len(sample), 5):
        return None
    lines = _joined_lines(page_texts)
    parsed = [(page, lead, pairs, raw) for page, raw in lines for lead, pairs in [_pairs(raw)] if pairs]
    key = _record_key([p for _, _, p, _ in parsed])
    if key is not None:
        records_in = [(page, lead, pairs, [raw]) for page, lead, pairs, raw in parsed if key in pairs]
        events, threaded = parsed, False
    else:       # an audit log: each incident's events (opened, edited, closed) on lines of their own
        threads = event_threads(parsed)
        if threads is None:
            return None
        key, records_in = threads
        # the keys every event prints (its user, its kind) hold no other record's number
        events, threaded = [line for line in parsed if key in line[2]], True
    keys_on_all = {k for k in events[0][2] if all(k in p for _, _, p, _ in events)}
    keys = list(dict.fromkeys(k for _, _, pairs, _ in records_in for k in pairs))
    sample_rows = [[pairs.get(k, "") for k in keys] for _, _, pairs, _ in records_in[:400]]
    names = dict(zip(keys, name_columns(keys, sample_rows, keys.index(key), by_values=True)))
    out = []
    for page, lead, pairs, raw in records_in:
        number = pairs[key]
        rec = build(pairs, names, page=page, number=number, raw=raw, loose=[lead] if lead else ())
        # other numbers: in keys no common field names (a place's house number is no case)
        rec["related_numbers"] = [v for k, v in pairs.items() if k != key and k not in keys_on_all
                                  and not names.get(k) and v != number and _THREE_DIGITS.search(v)
                                  and (not threaded or STRUCTURED.search(v))]     # an edit's count of characters: none
        out.append(rec)
    return out


def _joined_lines(page_texts: list[str]) -> list[tuple[int, str]]:
    """Each line of pairs with its continuation lines joined on (with a space, as the
    wrapped words were printed)."""
    out: list[tuple[int, str]] = []
    for page, text in enumerate(page_texts, start=1):
        for line in text.splitlines():
            m = _CONTINUED.match(line)
            if m and out and out[-1][0] == page or m and out and _open_quote(out[-1][1]):
                out[-1] = (out[-1][0], out[-1][1] + " " + line[m.end():].strip())
            elif line.strip():
                out.append((page, line.strip()))
    return out


def _open_quote(line: str) -> bool:
    return line.count('"') % 2 == 1


def _pairs(line: str) -> tuple[str, dict[str, str]]:
    """The words before the first pair (a time stamp) and the pairs, quotes left out."""
    found = list(_PAIR.finditer(line))
    if len(found) < 2:
        return "", {}
    pairs = {m.group(1): " ".join(m.group(2).strip('"').split()) for m in found}
    return line[:found[0].start()].strip(), pairs


def could_number(values: list[str]) -> bool:
    """Values that could number records: nearly all different, short, without a blank."""
    return len(set(values)) >= 0.98 * len(values) and not any(len(v) > 24 or " " in v for v in values)


def _record_key(rows: list[dict[str, str]]) -> str | None:
    """The key whose values number the records: on most lines, all different, with
    digits; shaped like a case number (letters or separators too) over a bare counter."""
    counts: dict[str, int] = {}
    for row in rows:
        for k in row:
            counts[k] = counts.get(k, 0) + 1
    best, best_score = None, None
    for k, n in counts.items():
        if n < 0.5 * len(rows) or n < 5:
            continue
        values = [row[k] for row in rows if k in row]
        if not could_number(values) or sum(1 for v in values if DIGIT.search(v)) < 0.95 * len(values):
            continue
        shaped = sum(1 for v in values if STRUCTURED.search(v)) / len(values)
        score = (shaped >= 0.9, n)
        if best_score is None or score > best_score:
            best, best_score = k, score
    return best
