"""A record number printed in spaced digit groups ("E 254 418 213", "04 771 209"): the number
as printed, not the whole value after its label.

The id pattern stops at a space, so no number was found in such a value and the label's
whole value (the number and whatever stands beside it on the line: a second label and its
value, "Category  Fraud") was taken as the number. When (nearly) every record's value under
one label starts with digit groups of one shape (an optional word of one to three capitals,
then three or more groups of two to four digits, each group as long as the others), that run
is the number. The rest of the value, when it starts with the same word on (nearly) every
record, is a second label beside the first: its value goes under its own name (and to the
common field that name fills, when that field is still empty).
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import column_for

SAMPLE = 60
_SHARE = 0.9
_SPACED = re.compile(r"((?:[A-Z]{1,3} )?(\d{2,4})(?: \2){2,5})(?=\s|$)")
_DIGITS = re.compile(r"\d")
_LABEL = re.compile(r"([A-Z][A-Za-z]{1,20})[:.]?\s+(\S.*)")


def _shape(value: str) -> str | None:
    m = _SPACED.match(_DIGITS.sub("9", value))
    return m.group(1) if m else None


def spaced_numbers(records: list[dict]) -> None:
    """Cut each record's number, printed in spaced digit groups, out of its label's value, in
    place (see the module's docstring); nothing changes unless the numbers share one shape."""
    sample = [r for r in records[:SAMPLE] if r.get("record_no")]
    if len(sample) < 5 or not any(" " in r["record_no"] for r in sample[:5]):
        return
    title = _number_title(sample)
    if title is None:
        return
    beside = Counter(_beside(r["fields"][title])[0] for r in sample if r["fields"].get(title))
    word, n = beside.most_common(1)[0]
    if word is None or n < _SHARE * len(sample):
        word = None
    for rec in records:
        value = (rec.get("fields") or {}).get(title) or ""
        shape = _shape(value)
        if shape is None:
            continue
        number = value[:len(shape)]
        old = rec.get("record_no")
        rec["record_no"] = number
        related = [x for x in rec.get("related_numbers") or () if x != number]
        if old and old != number and _DIGITS.search(old) and not old.startswith(number):
            related.append(old)     # a number of another series found in the block first
        rec["related_numbers"] = related
        for other in related:       # taken for the block's own number, cut out of its value
            _put_back(rec, other)
        label, rest = _beside(value)
        if word is not None and label == word:
            rec["fields"][title] = number
            rec["fields"][word] = rest
            key = column_for(word)
            if key in rec and key not in ("record_no", "case_no") and not rec[key]:
                rec[key] = rest


def _put_back(rec: dict, old: str) -> None:
    """Put a number of another series, taken for the block's own (its number in spaced
    groups was not seen as one) and cut out of the value that printed it ("Notice
    H76914770"), back into that value as printed; nothing when no value lost it."""
    for line in (rec.get("raw") or "").split("\n"):
        if old not in line:
            continue
        printed = " ".join(line.split())
        for name, value in rec["fields"].items():
            if not value or not printed.startswith(name + " "):
                continue
            whole = printed[len(name):].strip()
            if " ".join(whole.replace(old, " ").split()) == value:
                rec["fields"][name] = whole
                for key, got in rec.items():
                    if got == value and key not in ("fields", "raw"):
                        rec[key] = whole
                return


def _number_title(sample: list[dict]) -> str | None:
    """The label whose values start with one spaced-groups shape on (nearly) every record,
    and run on past it on some (else nothing is wrong)."""
    for title, value in (sample[0].get("fields") or {}).items():
        shape = _shape(value or "")
        if shape is None:
            continue
        values = [(r.get("fields") or {}).get(title) or "" for r in sample]
        same = [v for v in values if _shape(v) == shape]
        if len(same) >= _SHARE * len(sample) and any(len(v) > len(shape) for v in same):
            return title
    return None


def _beside(value: str) -> tuple[str | None, str]:
    """(the word after the number, the rest after that word), or (None, "")."""
    shape = _shape(value)
    rest = value[len(shape):].strip() if shape else ""
    m = _LABEL.fullmatch(rest)
    return (m.group(1), m.group(2)) if m else (None, "")
