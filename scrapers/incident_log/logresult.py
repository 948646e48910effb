"""What reading a log found: its records with a status and the reason, and the tests that
say whether records make a log or the text says it lists none."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from prr.scrapers.incident_log.parse import Doc

MIN_RECORDS = 2
# "0 incident(s) listed", "No incidents to report": how an empty period is printed.
# ("no records responsive" in a letter is not an empty log: records is not a log's word)
_EMPTY = re.compile(r"\b(?:0|no|zero|none)\s+(?:\w+\s+){0,2}(?:incidents?|events?|calls?|entries|"
                    r"offen[cs]es?|activity)(?:\(s\))?\b", re.I)


@dataclass
class LogResult:
    records: list[dict] = field(default_factory=list)
    status: str = "no_records_recognised"      # records | empty_log | no_records_recognised
    reason: str | None = None
    layout: str | None = None                  # labelled blocks | table | free text


def text_lines(doc: Doc, skip: set[int]):
    """The document's non-blank lines, page furniture left out, as they come."""
    return (ln for i, ln in enumerate(doc.lines) if ln.strip() and i not in skip)


def nothing_found(doc: Doc, skip: set[int], reason: str) -> LogResult:
    lines = list(islice(text_lines(doc, skip), 201))
    text = "\n".join(lines[:200])
    if len(lines) <= 40 and _EMPTY.search(text):
        return LogResult(status="empty_log", reason="the log says it lists no incidents")
    return LogResult(status="no_records_recognised", reason=reason)


def is_log(records: list[dict], layout: str = "table") -> bool:
    """Records carry an identifier plus a date or a place, and say what happened: a type
    or a place (a table of payments has numbers and dates too), or, for free-text
    entries, a narrative."""
    if len(records) < MIN_RECORDS:
        return False
    good, need = 0, 0.6 * len(records)
    for r in records:
        ident = r["record_no"] or r["case_no"] or r["type"] or r["summary"]
        where_when = r["reported_at"] or r["occurred_at"] or r["location"]
        what = r["type"] or r["location"] or (layout == "text" and r["summary"])
        if ident and where_when and what:
            good += 1
            if good >= need:
                return True     # (the share reached: the rest need not be looked at)
    return False
