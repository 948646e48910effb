"""Activity sheets as numbered lists: one sheet per officer (or unit) and shift, each with
several lists under headings, the numbering starting again at 1 in every list of every
sheet. Some lists have each item led by an incident number (its date, time and nature
after it, its place and outcome on an indented line below); others list work with no
number (meals, breaks, checks), each item led by a clock time. Totals and counts between
them are no records. An incident several officers worked is listed on each one's sheet:
one record, where it is first listed.

The numbered lists are told by their numbering alone (1, 2, 3 ... and again 1). A list is
one of records when its items' leading tokens are identifiers (``citedprose.py``'s
shape: letters and digits with a dash) rather than times, and the leading tokens of all
such lists number as one series. Numbers inside an item (a citation or an arrest number
in its outcome) are not its own, so never read as records.
The records replace those read otherwise only when these numbers are not already theirs.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.citedprose import id_tokens, one_series, related_in
from prr.scrapers.incident_log.fields import ADDRESS, column_for
from prr.scrapers.incident_log.logresult import LogResult
from prr.scrapers.incident_log.record import build, record_numbers
from prr.scrapers.incident_log.text import DATETIME_RE

MIN_LISTS = 3           # lists numbered from 1 needed to call it this layout
ID_SHARE = 0.8          # of a list's items led by an identifier for the list to hold records
_ITEM = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(\S+)\s*(.*)$")
# ``_ITEM``'s number on a page's text after a line break, as on one line (no line break in its spaces)
_PAGE_ITEM = re.compile(r"\n[^\S\n]*(\d{1,3})[.)][^\S\n]+\S")
_ROLE = re.compile(r"\s*\(([^()]{1,20})\)$")
_LABEL = re.compile(r"(?:^|\s+-\s+|\s{2,}|;\s*)([A-Z][A-Za-z ]{1,24}):\s+")


def _lists(page_texts: list[str]) -> list[list[list]] | None:
    """Each list's items as [page, lead, rest of the first line, lines below], when the
    numbering runs 1, 2, 3 ... in each list; else None."""
    # (each list opens with an item numbered 1: counted first with one pattern over each page
    # opening with a line break, before any line is read one by one)
    if sum(1 for text in page_texts for n in _PAGE_ITEM.findall("\n" + text) if int(n) == 1) < MIN_LISTS:
        return None
    lists: list[list[list]] = []
    item = None
    for page_no, text in enumerate(page_texts, 1):
        for line in text.split("\n"):
            m = _ITEM.match(line)
            if m:
                n = int(m.group(2))
                if n == 1:
                    lists.append([])
                elif not lists or n != len(lists[-1]) + 1:
                    return None
                item = [page_no, m.group(3), m.group(4), []]
                lists[-1].append(item)
            elif line[:1].isspace() and line.strip() and item is not None:
                # (an item's lines below run on past a page's furniture, printed unindented)
                item[3].append(line.strip())
    return lists if len(lists) >= MIN_LISTS else None


def _values(rest: str, below: list[str], roles: set[str]) -> tuple[dict, dict]:
    values: dict[str, str] = {}
    names: dict[str, str | None] = {}
    when = DATETIME_RE.match(rest.strip())
    if when:
        values["when"], names["when"] = when.group(0), "reported_at"
        rest = rest.strip()[when.end():]
    role = _ROLE.search(rest)
    if role and role.group(1) in roles:
        values["role"], names["role"] = role.group(1), None
        rest = rest[:role.start()]
    if rest.strip():
        values["nature"], names["nature"] = rest.strip(), "type"
    parts = _LABEL.split(" ".join(below))
    lead = parts[0].strip(" -")
    if lead:
        key = "location" if ADDRESS.search(lead) else "summary"
        values[key], names[key] = lead, key
    for label, value in zip(parts[1::2], parts[2::2]):
        values[label], names[label] = value.strip(), column_for(label)
    return values, names


def read_restarted_lists(page_texts: list[str], result: LogResult) -> LogResult:
    """``result``, or the items of the numbered lists led by incident numbers, one record
    per number, when those numbers are not its records' own."""
    lists = _lists(page_texts)
    if lists is None:
        return result
    led = [lst for lst in lists if sum(1 for it in lst if id_tokens(it[1]) == [it[1]]) >= ID_SHARE * len(lst)]
    series = one_series([it[1] for lst in led for it in lst])
    if series is None:
        return result
    have = set(record_numbers(result.records)) if result.status == "records" else set()
    if len(series & have) >= 0.5 * len(series):
        return result
    items = [it for lst in led for it in lst if it[1] in series]
    # a note in brackets closing the first line, one of a few repeated on many items: the
    # officer's part in it (first on the scene, backing up), not the incident's nature
    notes = Counter(m.group(1) for it in items if (m := _ROLE.search(it[2])))
    roles = {n for n, k in notes.items() if k >= 2} if len(notes) <= max(2, len(items) // 5) else set()
    records: list[dict] = []
    done: set[str] = set()
    for page, number, rest, below in items:
        if number in done:
            continue
        done.add(number)
        values, names = _values(rest, below, roles)
        rec = build(values, names, page=page, number=number, raw=[f"{number} {rest}".strip(), *below])
        rec["record_no"], rec["related_numbers"] = number, related_in(rec["disposition"])
        records.append(rec)
    if len(records) < len(result.records) / 2:
        return result
    return LogResult(records, "records", None, "numbered paragraphs")
