"""A ticket's status word over its outcome, and the comments threaded under its text.

A service desk prints each ticket's state the same way on nearly every ticket, the
incident's outcome in brackets after it (``Resolved (Assisted)``, ``Resolved (No
Report)``): the state says nothing of the incident, the bracket does. And it threads
comments under the description, each opened by a mark (``» Comment by dispatch 1 - 4h
later`` over its text): they are later notes, not the narrative. Told from the records:
where 80% of the dispositions are one word (one or two of them in all) and a bracket, the
bracket is the disposition; where a fifth of the summaries or more go on past a mark
(``»``, ``>>``) after a sentence's end, the summary stops there and the rest is kept under
``fields["comments"]``.
"""
from __future__ import annotations

import re

MIN_SHARE = 0.8
_STATE_OUTCOME = re.compile(r"^([A-Za-z]+)\s*\(([^()]+)\)$")
_THREAD = re.compile(r"(?<=[.!?])\s+(?:»|>>)\s+")


def split_ticket_parts(records: list[dict]) -> None:
    """Outcomes out of their state's brackets, comments off the narrative (in place)."""
    if len(records) < 5:
        return
    _outcomes(records)
    _threads(records)


def _enough(records: list[dict], has, share: float) -> bool:
    """At least ``share`` of the records pass the cheap test ``has`` (told as soon as too
    many fail it: on most logs after a few records, no pattern tried at all)."""
    can, least = len(records), share * len(records)
    for r in records:
        if not has(r):
            can -= 1
            if can < least:
                return False
    return True


def _outcomes(records: list[dict]) -> None:
    # (an outcome in brackets closes the value)
    if not _enough(records, lambda r: ")" in (r.get("disposition") or "")[-2:], MIN_SHARE):
        return
    dispositions = [r.get("disposition") or "" for r in records]
    found = [_STATE_OUTCOME.match(d) for d in dispositions]
    shaped = [m for m in found if m]
    if len(shaped) < MIN_SHARE * len(records) or len({m.group(1) for m in shaped}) > 2:
        return
    for rec, m in zip(records, found):
        if m:
            rec["disposition"] = m.group(2).strip()


def _marked(rec: dict) -> bool:
    s = rec.get("summary") or ""
    return "»" in s or ">>" in s


def _threads(records: list[dict]) -> None:
    # (a thread's mark in the summary)
    if not _enough(records, _marked, 0.2):
        return
    summaries = [r.get("summary") or "" for r in records]
    cut = [_THREAD.search(s) for s in summaries]
    if sum(1 for m in cut if m) < 0.2 * len(records):
        return
    for rec, m in zip(records, cut):
        if m:
            text = rec["summary"]
            rec["summary"] = text[:m.start()].strip()
            rec.setdefault("fields", {})["comments"] = text[m.end():].strip()
