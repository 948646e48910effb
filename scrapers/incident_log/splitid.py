"""A record number printed in two columns (year and serial, prefix and number, district
and serial) joined into the number as the document itself cites it.

Some logs never print a record's number whole: a column ``Yr`` holds ``25``, the next one
``Case`` holds ``004812``, and the number people cite is ``25-004812``. The serial alone is
not the record's number (it starts again every year, or in every district), so the parts are
joined, in the form the document shows:

1. a legend or footer giving the form as a pattern (``cited YY-NNNNNN``, ``##-######``), its
   parts as long as the columns' values;
2. else numbers of that form printed in the document (a remark citing an earlier case,
   ``Supplement to 25-004665``): one of the prefixes, a separator, a serial as long as the
   column's;
3. else, when the prefix is the record's year (``25`` on a record of 2025), the common
   ``YY-NNNNNN`` form.

Otherwise the document does not say how its numbers are cited: the parts are left as printed
(each in ``fields``) and the log's reason says so, rather than a guessed form.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.record import record_years

SAMPLE = 200
RISING_SLIPS = 0.02     # falls per step of serials rising on their own
_PREFIX = re.compile(r"[A-Za-z0-9]{1,4}")
_SERIAL = re.compile(r"\d{3,10}")
# a pattern of placeholders: the prefix one repeated letter or "#", the serial likewise
_TEMPLATE = re.compile(r"(?<![\w#-])(Y{2}|Y{4}|([A-Z#])\2{0,3})([-/.])([NX#])\4{2,11}(?![\w#-])")


def join_split_numbers(records: list[dict], page_texts: list[str]) -> str | None:
    """Join the two printed parts of each record's number in place. Returns a note when the
    numbers are printed in two columns but the document gives no form to join them in."""
    split = _split_columns(records)
    if split is None:
        return None
    key, prefix_title, number_title = split
    parts = [(rec, rec["fields"].get(prefix_title, ""), rec[key]) for rec in records if rec.get(key)]
    parts = [(rec, p, s) for rec, p, s in parts if _PREFIX.fullmatch(p) and _SERIAL.fullmatch(s)]
    form = _cited_form(parts, "\n".join(page_texts))
    if form is None:
        return (f"record numbers are printed in two columns ({prefix_title!r} and {number_title!r}) and the "
                f"document does not show how they are cited: kept as printed, the {number_title!r} column as "
                f"the number")
    sep, prefix_first = form
    for rec, p, s in parts:
        joined = f"{p}{sep}{s}" if prefix_first else f"{s}{sep}{p}"
        rec[key] = joined
        if joined in rec.get("related_numbers", ()):
            rec["related_numbers"].remove(joined)
    return None


def _split_columns(records: list[dict]) -> tuple[str, str, str] | None:
    """(number key, prefix title, number title) when nearly every record's number is a bare
    serial whose column has, just left of it, a short code repeated over many records."""
    sample = [r for r in records[:SAMPLE] if r.get("fields")]
    if len(sample) < 3:
        return None
    key = "record_no" if sum(1 for r in sample if r.get("record_no")) >= 0.5 * len(sample) else "case_no"
    pairs: Counter = Counter()
    for rec in sample:
        number = rec.get(key)
        if not number or not _SERIAL.fullmatch(number):
            continue
        titles = list(rec["fields"])
        at = next((j for j, t in enumerate(titles) if rec["fields"][t] == number), None)
        if at:
            pairs[(titles[at - 1], titles[at])] += 1
    if not pairs:
        return None
    (prefix_title, number_title), n = pairs.most_common(1)[0]
    if n < 0.9 * len(sample):
        return None
    prefixes = [r["fields"].get(prefix_title) or "" for r in sample]      # (an empty cell is None)
    shaped = [p for p in prefixes if _PREFIX.fullmatch(p)]
    # a code shared by many records (a year, a district): a running line number is not one
    if len(shaped) < 0.9 * len(sample) or len(set(shaped)) > max(3, len(sample) // 5):
        return None
    numbers = [r.get(key) or "" for r in sample]
    if len(set(shaped)) > 3 and _bare_like(shaped, numbers) and _rising_alone(numbers):
        return None     # a call print's district beside its call number: the calls are one series
    return key, prefix_title, number_title


def _bare_like(prefixes: list[str], numbers: list[str]) -> bool:
    """The codes bare digits as wide as the serials ("0902" beside "0875"): another column
    of numbers, not a letter or a year a number is cited with."""
    widths = {len(n) for n in numbers if n}
    return len(widths) == 1 and all(p.isdigit() and len(p) in widths for p in prefixes)


def _rising_alone(numbers: list[str]) -> bool:
    """The serials all different and rising from record to record through the log (a slip
    aside): one series of their own, which a code beside them (a district) does not part.
    Serials restarting per district or per year interleave and fall."""
    values = [int(n) for n in numbers if n.isdigit()]
    if len(values) < 10 or len(set(values)) < len(values):
        return False
    return sum(1 for a, b in zip(values, values[1:]) if b <= a) <= RISING_SLIPS * (len(values) - 1)


def _cited_form(parts, text: str) -> tuple[str, bool] | None:
    """(separator, prefix first) as the document cites its numbers, or None."""
    p_len = Counter(len(p) for _, p, _ in parts).most_common(1)[0][0]
    s_len = Counter(len(s) for _, _, s in parts).most_common(1)[0][0]
    for m in _TEMPLATE.finditer(text):
        head, sep, tail = m.group(1), m.group(3), m.group(0)[len(m.group(1)) + 1:]
        if len(head) == p_len and len(tail) == s_len:
            return sep, True
    prefixes = sorted({p for _, p, _ in parts}, key=len, reverse=True)
    alts = "|".join(map(re.escape, prefixes))
    serial = rf"\d{{{s_len}}}"
    seen: Counter = Counter()
    for prefix_first, pattern in ((True, rf"(?<![\w-])(?:{alts})([-/.]?){serial}(?![\w-])"),
                                  (False, rf"(?<![\w-]){serial}([-/.]?)(?:{alts})(?![\w-])")):
        for m in re.finditer(pattern, text):
            seen[(m.group(1), prefix_first)] += 1
    # a separator shown once is a citation; digits run together need more than one
    good = [(n, f) for f, n in seen.items() if n >= (1 if f[0] else 2)]
    if good:
        return max(good)[1]
    if _years(parts) >= 0.9 * len(parts):
        return "-", True
    return None


def _years(parts) -> int:
    """Records whose prefix is their own year (``25`` or ``2025`` on a record of 2025)."""
    n = 0
    for rec, p, _ in parts:
        if p.isdigit() and p in record_years(rec):
            n += 1
    return n
