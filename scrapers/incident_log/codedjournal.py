"""A journal of coded entry lines with no column titles: one line per entry, in the order
entered, each led by a date and a time (maybe after the journal's running count), a short
code in capitals saying what kind of entry it is, and an incident's number; the line that
opens an incident goes on with its cells (what, where, who, outcome) at fixed positions.

The entries are not the records: later entries of other kinds cite an opened incident's
number again (a supplement, an amended outcome), and some cite two (a number voided as a
duplicate of another). Nothing names the codes, so the document tells them: the opening
code is the one nearly every number is first printed under; the lines of the others are
the incident's updates (kept under ``fields["updates"]``, as ``journalupdates`` keeps a
journal's later lines). A later line citing two opened numbers whose opening lines print
the same cells, but for one (the officer who took it), says the later one was the same call
entered twice: it is no incident of its own. The columns have no titles (another kind's
text runs across them), so they are cut on the opening lines alone and typed by their
values; the place, when its values are as often named places and crossings as addresses,
is the column holding the addresses among the untitled ones.

Tried only when no other reader found records, so other logs never reach it; the line's
lead is one regular expression."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.columns import gaps_to_columns, split_line
from prr.scrapers.incident_log.fields import ADDRESS, name_columns
from prr.scrapers.incident_log.logresult import MIN_RECORDS, LogResult, is_log
from prr.scrapers.incident_log.record import add_field_line, build
from prr.scrapers.incident_log.text import CLOCK, DATE_RE, find_ids, is_id, squash

# (running count) date time CODE number rest
_LEAD = re.compile(rf"^\s*(?:\d{{1,6}}\s+)?({DATE_RE.pattern})\s+({CLOCK})\s+([A-Z]{{2,6}})\s+(\S+)(.*)$")
MAX_CODES = 6           # kinds of entry a journal codes; more are words, not codes
OPENING_SHARE = 0.9     # of the numbers first printed under the opening code, at least
ADDRESS_SHARE = 0.3     # of a place column's values printed as addresses, at least


def read_coded_journal(page_texts: list[str]) -> LogResult | None:
    """The incidents of a journal of coded entry lines (a ``LogResult``), or None."""
    entries = []        # (page, line, date, time, code, number, where the rest starts)
    for page, text in enumerate(page_texts, start=1):
        for line in text.splitlines():
            m = _LEAD.match(line)
            if m and is_id(m.group(4)):
                entries.append((page, line, m.group(1), m.group(2), m.group(3), m.group(4), m.end(4)))
    if len(entries) < 2 * MIN_RECORDS or len({e[4] for e in entries}) > MAX_CODES:
        return None
    first: dict[str, int] = {}
    for k, e in enumerate(entries):
        first.setdefault(e[5], k)
    code, n = Counter(entries[k][4] for k in first.values()).most_common(1)[0]
    if n < OPENING_SHARE * len(first) or n < MIN_RECORDS:
        return None
    opening = [k for k in first.values() if entries[k][4] == code]
    others = [k for k, e in enumerate(entries) if e[4] != code]
    # the other kinds' lines follow incidents up: most cite one opened above them
    if others and sum(1 for k in others if first.get(entries[k][5], k) < k) < 0.5 * len(others):
        return None
    cut = _cells(entries, opening)
    if cut is None:
        return None
    names, rows = cut
    dropped = _duplicates(entries, others, first, rows)
    samples = [rows[k] for k in opening[:400]]
    kinds = _place_column(name_columns(names, samples, None), samples)
    named = dict(zip(names, kinds))
    named["_reported"] = "reported_at"
    out, by_number = [], {}
    for k in opening:
        page, line, date, time, _code, number, _at = entries[k]
        if number in dropped:
            continue
        values = dict(zip(names, rows[k]))
        values["_reported"] = f"{date} {time}"
        rec = build(values, named, page=page, number=number, raw=[line])
        by_number[number] = rec
        out.append(rec)
    for k in others:
        rec = by_number.get(entries[k][5])
        if rec is not None:
            add_field_line(rec, "updates", squash(entries[k][1]))
    # (the opening lines must say what happened and when or where, as any log's records do)
    return LogResult(out, "records", None, "journal lines") if is_log(out) else None


def _cells(entries, opening: list[int]) -> tuple[list[str], dict[int, list[str]]] | None:
    """Untitled column names and each opening line's cells after its number, the columns
    cut on the opening lines only (their lead blanked: it is read apart). A page printed a
    character off the others' positions still leaves the columns' gaps."""
    tails = {k: " " * entries[k][6] + entries[k][1][entries[k][6]:] for k in opening}
    cols = gaps_to_columns(list(tails.values()))
    if len(cols) < 2:
        return None
    rows = {k: split_line(tail, cols) for k, tail in tails.items()}
    return [f"column {j + 1}" for j in range(len(cols))], rows


def _duplicates(entries, others: list[int], first: dict[str, int], rows: dict[int, list[str]]) -> set[str]:
    """Numbers of calls entered twice: a later line citing two opened numbers whose opening
    lines print the same cells but for one; the later-opened one is the duplicate."""
    out = set()
    for k in others:
        cited = [tok for _, tok in find_ids(entries[k][1][entries[k][6] - len(entries[k][5]):])]
        opened = sorted({first[t] for t in cited if first.get(t, k) < k and first[t] in rows})
        if len(opened) != 2:
            continue
        a, b = rows[opened[0]], rows[opened[1]]
        same = sum(1 for x, y in zip(a, b) if x and x == y)
        if same >= 2 and same >= len([x for x in a if x]) - 1:
            out.add(entries[opened[1]][5])
    return out


def _place_column(kinds: list[str | None], samples: list[list[str]]) -> list[str | None]:
    """No column typed as the place: the untyped one whose values are most often addresses,
    when enough are (crossings and named places fill the rest)."""
    if "location" in kinds:
        return kinds
    hits = [(sum(1 for s in samples if ADDRESS.search(s[j])), j) for j, kind in enumerate(kinds) if kind is None]
    best = max(hits, default=(0, None))
    if best[1] is None or best[0] < ADDRESS_SHARE * len(samples):
        return kinds
    return kinds[:best[1]] + ["location"] + kinds[best[1] + 1:]
