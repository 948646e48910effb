"""Labels run into another label's value without a colon, in capitals: a printout that
puts several labelled values on one line ("INC# TR2510-0101 DT/TM 10/01/25 10:37 TYP
ALARM", "LOC 7091 HOLLIN CT DSP REF").

The reader finds the labels that open lines ("INC#", "LOC"); the ones inside a line stay
in the value before them, so the place ends "... HOLLIN CT DSP REF" and the type and
outcome are lost. Told from the log itself: a word in capitals that stands inside one
label's value on nearly every record, with text before and after it, and that names a
common field by the words any log uses (``fields.column_for``: "DSP" the disposition,
"TYP" the type, "DT/TM" the time). A word that names no field ("BLK" in a block address,
a word in the middle of a place) stays in the value; one closing the value with a number
after a number sign ("BURGLARY    DEP #430", a deputy's badge) is cut off and kept in
``fields`` only. Each value is cut at those words, the part before kept under its own
label, each part after under its word; a common field gets a part only where it is empty
or held the whole uncut value.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import DATETIME_RE, TIME_ONLY_RE, parse_datetime

MIN_RECORDS = 5
SHARE = 0.8             # of the records whose value holds the word
SAMPLE = 40             # records looked at to find the words
_WORD = re.compile(r"(?<=\S )([A-Z]{2,8}(?:/[A-Z]{2,4})?#?)(?= \S)")
_FIELDS = ("type", "location", "disposition", "reported_at", "occurred_at")


def split_run_in_labels(records: list[dict]) -> None:
    """Cut each label's value at the run-in labels found in it (in place)."""
    if len(records) < MIN_RECORDS:
        return
    sample = records[:SAMPLE]
    names = Counter(n for r in sample for n, v in (r.get("fields") or {}).items() if v and not n.startswith("_"))
    for name, count in names.items():
        if count < SHARE * len(sample):
            continue
        seen = Counter(w for r in sample for w in set(_WORD.findall((r.get("fields") or {}).get(name) or "")))
        words = {w: column_for(w) for w, n in seen.items() if n >= SHARE * len(sample)}
        # a word naming no field, closing the value with a number after a number sign on nearly
        # every record ("BURGLARY    DEP #430"): who handled it, a cell of its own run in
        words.update({w: "" for w, f in words.items() if f is None and sum(
            1 for r in sample if re.search(rf"\s{re.escape(w)} #\d+$", (r.get("fields") or {}).get(name) or ""))
            >= SHARE * len(sample)})
        # a word naming a place, type or outcome that only ever has a date-time after it is the
        # value's last word before the record's clock ("961 TRAFFIC STOP 03/01/2019 07:00"): a
        # label's value is never only a time
        words = {w: f for w, f in words.items() if f in (None, "", "reported_at", "occurred_at")
                 or not _clock_after(sample, name, w)}
        # (a word that is a label of its own on these records is a table's title caught in a
        # cell, "LUGAR" of a second title line: no run-in label)
        words = {w: f for w, f in words.items()
                 if (f in _FIELDS or f == "") and w not in names and w.rstrip("#") not in names and f != column_for(name)}
        if words:
            # (the pattern built once, not per record; a value holding none of the words
            # literally cannot be cut and is passed over without the pattern)
            rx = re.compile(r"\s(" + "|".join(map(re.escape, words)) + r")\s")
            for rec in records:
                _cut(rec, name, words, rx)


def _clock_after(sample: list[dict], name: str, word: str) -> bool:
    """Whether the text after ``word`` in the sample's ``name`` values is a date-time on nearly
    every record that holds it."""
    rx = re.compile(rf"\s{re.escape(word)}\s+(.*)$")
    afters = [m.group(1) for r in sample if (m := rx.search((r.get("fields") or {}).get(name) or ""))]
    clocks = sum(1 for a in afters if DATETIME_RE.fullmatch(a.strip()) or TIME_ONLY_RE.match(a.strip()))
    return bool(afters) and clocks >= SHARE * len(afters)


def _cut(rec: dict, name: str, words: dict[str, str], rx: re.Pattern) -> None:
    fields = rec.get("fields") or {}
    value = fields.get(name)
    if not value or not isinstance(value, str) or not any(w in value for w in words):
        return
    parts = rx.split(value)
    if len(parts) < 3:
        return
    fields[name] = parts[0].strip()
    for col in ("type", "location", "disposition"):
        if rec.get(col) == value:       # the uncut value filled it: its own part now
            rec[col] = fields[name] or None
            if col == "type":
                rec["offences"] = [rec[col]] if rec[col] else []
    for word, part in zip(parts[1::2], parts[2::2]):
        part = part.strip()
        fields.setdefault(word, part)
        col = words[word]
        if not part or not col or rec.get(col):
            continue
        if col in ("reported_at", "occurred_at"):
            rec[col] = parse_datetime(part)
        elif not part[0].isalpha() and col != "location" or TIME_ONLY_RE.match(part):
            continue        # a unit's stage and its clock ("DISP 00:58"): no outcome
        else:
            rec[col] = part
            if col == "type":
                rec["offences"] = [part]
