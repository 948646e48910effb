"""Records printed as messages of ``LABEL/value/`` fields run together: a message log.

A message switch (a harbour's or a state system's formatted traffic) prints each message as
one run of fields joined by slashes, every value after the label that names it, often after
the message's own number and stamp:

    MSG 0112   0403 1512   EVT/24-0031/NAT/THEFT/LOC/
                           PIER 4/DISP/RPT TAKEN/

A long message wraps (at a field or at a space inside a value) onto lines set in under it.
No column holds the number and no label line opens the message, so neither the table nor
the block readers see one.

The labels are found because they stand where a label stands (before every other slash of
a run) on most messages, as ``keyvalue`` finds its keys; a part where a label belongs that
is no label (a value holding a slash itself, ``N/B``) goes back into the value before it.
Messages of the record kind carry most of the labels; a short message of another kind (a
correction, a status change) prints a record's number again under the same label, and is
that record's update (``fields["updates"]``), no record of its own. The record's label is
the one whose values on the record messages are all different and shaped like numbers; of
two (a CAD number beside the incident's), the one the other messages cite, else the first
printed. Another value of the number's shape is a related number.

Told from the first lines only, so other logs pay one look at a few lines.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.keyvalue import DIGIT, STRUCTURED, could_number
from prr.scrapers.incident_log.logresult import MIN_RECORDS, LogResult
from prr.scrapers.incident_log.record import add_field_line, build
from prr.scrapers.incident_log.text import indent, shape, squash

SAMPLE = 80             # lines looked at to tell the layout
MIN_PAIRS = 3           # labelled fields of a message
MIN_SHARE = 0.5         # of the sample's messages (and other printed lines) that are runs of fields
LABEL_SHARE = 0.5       # of the runs a label stands in
KEY_SHARE = 0.9         # of the record messages printing the record's label
_LABEL = re.compile(r"[A-Za-z][A-Za-z#.]{0,11}")
# where a run may start: a word straight before a slash, a value straight after it
_START = re.compile(r"(?<!\S)[A-Za-z][A-Za-z#.]{0,11}/(?=[^\s/])")


def read_slash_fields(page_texts: list[str]) -> LogResult | None:
    """The records of a log of ``LABEL/value/`` messages, or None when it is not one."""
    sample, left = [], SAMPLE
    for page, text in enumerate(page_texts, start=1):
        lines = text.splitlines()[:left]
        sample.extend(_messages(page, lines))
        left -= len(lines)
        if left <= 0:
            break
    runs = [fields for _, _, fields, _ in (_parsed(m, None) for m in sample) if len(fields) >= 2]
    if len(runs) < MIN_RECORDS:
        return None
    tally = Counter(label for fields in runs for label in fields)
    labels = {label for label, n in tally.items() if n >= LABEL_SHARE * len(runs)}
    carrying = sum(1 for fields in runs if len(labels & set(fields)) >= MIN_PAIRS)
    if len(labels) < MIN_PAIRS or carrying < max(MIN_SHARE * len(sample), 5):
        return None
    messages = [_parsed(m, labels) for page, text in enumerate(page_texts, start=1)
                for m in _messages(page, text.splitlines())]
    messages = [m for m in messages if m[2]]
    # record messages carry most of the labels; the others (corrections) a few of them
    is_full = [len(labels & set(m[2])) > len(labels) / 2 for m in messages]
    full = [m for m, f in zip(messages, is_full) if f]
    key = _record_label(full, [m for m, f in zip(messages, is_full) if not f])
    if key is None:
        return None
    order = list(dict.fromkeys(label for _, _, fields, _ in full for label in fields))
    rows = [[fields.get(k, "") for k in order] for _, _, fields, _ in full[:400]]
    names = dict(zip(order, name_columns(order, rows, order.index(key), by_values=True)))
    own_shape = Counter(shape(m[2][key]) for m in full).most_common(1)[0][0]
    records: list[dict] = []
    by_number: dict[str, dict] = {}
    for (page, lead, fields, raw), whole in zip(messages, is_full):
        number = fields.get(key)
        if not number:
            continue
        if number in by_number and not whole:
            # a shorter message citing a record read above it (a correction): its update
            add_field_line(by_number[number], "updates", squash(" ".join(raw)))
            continue
        rec = build(fields, names, page=page, number=number, raw=raw, loose=[lead] if lead else ())
        rec["related_numbers"] = [v for k, v in fields.items()
                                  if k != key and v != number and shape(v) == own_shape]
        records.append(rec)
        by_number.setdefault(number, rec)
    if len(records) < MIN_RECORDS:
        return None
    return LogResult(records, "records", None, "label/value messages")


def _messages(page: int, lines: list[str]) -> list[tuple[int, list[str]]]:
    """The page's printed lines, each with the lines indented under it joined on (a blank
    line, or a line back at its margin, starts the next)."""
    out: list[tuple[int, list[str]]] = []
    margin = None
    for line in lines:
        if not line.strip():
            margin = None
        elif margin is not None and indent(line) > margin:
            out[-1][1].append(line)
        else:
            out.append((page, [line]))
            margin = indent(line)
    return out


def _parsed(message: tuple[int, list[str]], labels: set[str] | None) -> tuple[int, str, dict[str, str], list[str]]:
    """(page, the words before the run, the run's fields by label, the printed lines).
    ``labels``: the log's labels, where known (a part where a label belongs that is none
    of them, and is followed by one, belongs to the value before it)."""
    page, lines = message
    text = " ".join(x.strip() for x in lines)
    for m in _START.finditer(text):
        parts = text[m.start():].split("/")
        fields: dict[str, str] = {}
        last = None
        k = 0
        while k + 1 < len(parts):
            label = parts[k].strip()
            named = _LABEL.fullmatch(label) and (labels is None or label in labels
                                                 or parts[k + 1].strip() not in labels)
            if not named:
                if last is None:
                    break
                fields[last] += "/" + parts[k].strip()      # a value holding a slash
                k += 1
                continue
            value = " ".join(parts[k + 1].split())
            fields[label] = f"{fields[label]}, {value}" if label in fields else value
            last, k = label, k + 2
        tail = parts[k].strip() if k < len(parts) else ""
        if last is not None and tail and not _LABEL.fullmatch(tail):
            fields[last] += "/" + tail      # the run ends inside a value holding a slash
        if len(fields) >= 2:
            return page, text[:m.start()].strip(), fields, lines
    return page, text.strip(), {}, lines


def _record_label(full: list, others: list) -> str | None:
    """The label numbering the record messages: on nearly all, all different, with digits,
    shaped like a number; of several, the one the other messages cite, else the first."""
    if len(full) < MIN_RECORDS:
        return None
    counts = Counter(label for _, _, fields, _ in full for label in fields)
    best, best_score = None, None
    for rank, (label, n) in enumerate(counts.items()):
        if n < KEY_SHARE * len(full):
            continue
        values = [fields[label] for _, _, fields, _ in full if label in fields]
        if not could_number(values):
            continue
        if sum(1 for v in values if DIGIT.search(v) and STRUCTURED.search(v)) < 0.9 * len(values):
            continue
        own = set(values)
        cited = sum(1 for _, _, fields, _ in others if fields.get(label) in own)
        score = (cited, -rank)
        if best_score is None or score > best_score:
            best, best_score = label, score
    return best
