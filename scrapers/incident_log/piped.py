"""Records printed as one line of fields joined by a separator ("WC25-004410 | 10/09/2025
01:43 | TRESPASS | 304 Cottonwood Ave | Dep. 1-21 | Report taken"), long ones wrapped
onto indented continuation lines.

Recognised from the records themselves, on a sample: the first printed line of nearly
every record splits at " | " into one steady number of parts (four or more), the record's
own number in the first. Only then is every record split: its first line and the
continuation lines under it (indented as most records' second lines are; a section's
total or the next section's heading are not), each part a value. The parts are named by a
title line printed with the same separator (a page header "Case No. | Time | Call | ...")
when there is one, and by their values otherwise (dates, addresses, repeated categories).
A record whose parts do not come out at that number keeps what the text reader gave it.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import name_columns
from prr.scrapers.incident_log.record import rebuilt, record_number
from prr.scrapers.incident_log.text import indent

SEP = " | "
MIN_PARTS = 4
SAMPLE = 40
MAX_WRAP_INDENT = 24
TITLE_LINES = 40        # a page's first lines, where a title line is looked for
_GAP = re.compile(r"\s{2,}")


def read_piped(records: list[dict], page_texts: list[str]) -> bool:
    """Records rebuilt from their " | "-joined fields, in place; False when the records
    are not printed that way (told from a sample: no per-record cost otherwise)."""
    sample = records[:SAMPLE]
    if len(sample) < 3 or sum(1 for r in sample if SEP in r.get("raw", "")) < 0.8 * len(sample):
        return False
    counts = Counter(r["raw"].split("\n", 1)[0].count(SEP) + 1 for r in sample)
    parts_n, seen = counts.most_common(1)[0]
    if parts_n < MIN_PARTS or seen < 0.8 * len(sample):
        return False
    lines = [ln for text in page_texts for ln in text.split("\n")]
    starts = _first_lines(records, lines)
    # records open at the margin; a line indented a little under one goes on with it
    # (a right-aligned total stands far to the right)
    second = Counter(indent(lines[j + 1]) for j in starts if j is not None and j + 1 < len(lines)
                     and lines[j + 1].strip() and 0 < indent(lines[j + 1]) <= MAX_WRAP_INDENT)
    wrap_at = second.most_common(1)[0][0] if second else None
    split = [_parts(lines, j, r["raw"].count("\n"), wrap_at) for r, j in zip(records, starts)]
    rows = [p for p in split if p is not None and len(p) == parts_n]
    if len(rows) < 0.8 * len(records):
        return False
    number_of = [(record_number(r) or "") for r in records]
    id_col = next((k for k in range(parts_n)
                   if sum(1 for p, n in zip(split, number_of) if p and len(p) == parts_n and n and n in p[k])
                   >= 0.8 * len(rows)), None)
    titles = _titles(page_texts, parts_n) or [f"column {k + 1}" for k in range(parts_n)]
    names = name_columns(titles, rows[:100], id_col, by_values=True)
    mapping = dict(zip(titles, names))
    for k, (rec, parts) in enumerate(zip(records, split)):
        if parts is None or len(parts) != parts_n:
            continue
        records[k] = rebuilt(rec, dict(zip(titles, parts)), mapping, number_of[k] or None)
    return True


def _first_lines(records: list[dict], lines: list[str]) -> list[int | None]:
    """The printed line each record starts on (its raw text's first line), in order."""
    out: list[int | None] = []
    cur = 0
    for rec in records:
        first = rec["raw"].split("\n", 1)[0].strip()
        j = next((j for j in range(cur, min(len(lines), cur + 400)) if lines[j].strip() == first), None)
        out.append(j)
        if j is not None:
            cur = j + 1
    return out


def _parts(lines: list[str], j: int | None, more: int, wrap_at: int | None) -> list[str] | None:
    """The record's parts: its first line and up to ``more`` continuation lines indented
    at ``wrap_at`` (a section's total or the next heading stand elsewhere)."""
    if j is None or SEP not in lines[j]:
        return None
    text = [lines[j].strip()]
    for line in lines[j + 1:j + 1 + more]:
        if not line.strip() or wrap_at is None or wrap_at == 0 or abs(indent(line) - wrap_at) > 1:
            break
        text.append(line.strip())
    return [p.strip() for p in " ".join(text).split(SEP)]


def _titles(page_texts: list[str], parts_n: int) -> list[str] | None:
    """A line of titles joined by the same separator near the top of the first pages."""
    for text in page_texts[:2]:
        # (a mail's headers, printed with the message it carried, may stand a few dozen lines above it)
        for line in text.split("\n")[:TITLE_LINES]:
            if line.count(SEP) != parts_n - 1:
                continue
            tail = _GAP.split(line.strip())[-1]
            titles = [t.strip() for t in tail.split(SEP)]
            if len(titles) == parts_n and all(t and len(t) <= 30 and not any(c.isdigit() for c in t)
                                              for t in titles):
                return titles
    return None
