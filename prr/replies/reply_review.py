"""Confirming a reply's status by hand: the second half of the review queue.

A reply whose reading ``decide_apply`` is not sure of changes nothing on its request. It
waits either as ``review`` (held before it was tied: ``process_message`` asks
``reading_allows``), with its request as the suggestion, or as ``status_review`` (tied
by a person, status still waiting). ``confirm_status`` applies it once a person agrees
(optionally with another of the statuses it read, or any status they name);
``prr inbox review confirm ID`` and the one-key ``prr inbox review walk`` call it.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from prr.db import replies as store
from prr.db.requests import get_request, update_communication

KNOWN = ("acknowledged", "extension", "clarification", "fee", "released", "partial", "denied",
         "no_records", "closed")


@dataclass
class Suggestion:
    comm_id: int
    request_id: int | None
    subject: str
    status: str
    confidence: float
    evidence: str
    statuses: list[dict]
    why: str


def suggestions(conn: sqlite3.Connection) -> list[Suggestion]:
    """Replies waiting for a person to confirm their status, oldest first."""
    from prr.replies.reply_reading import decide_apply

    out = []
    for it in store.list_reviewable(conn, ("review", "status_review")):
        cls = json.loads(it["classification_json"] or "{}")
        held = it["status"] == "review" and it["candidate_request_id"] and (cls.get("status") or "other") != "other" \
            and not decide_apply(cls)[0]
        if it["status"] == "review" and not held:
            continue    # a match question, not a status one: `prr inbox review accept`
        out.append(Suggestion(it["id"], it["request_id"] or it["candidate_request_id"], it["subject"] or "",
                              cls.get("status") or "other",
                              float(cls.get("confidence") or 0), cls.get("evidence") or "",
                              cls.get("statuses") or [], decide_apply(cls)[1]))
    return out


def confirm_status(conn: sqlite3.Connection, comm_id: int, status: str | None = None, *, settings=None) -> list[str]:
    """Apply a reply's suggested status (or ``status``) to its request, as a person confirmed it.
    Raises ValueError saying what to do when that is not possible."""
    from prr.db.cities import get_city
    from prr.db.core import write
    from prr.deadlines.request_deadlines import refresh_deadlines
    from prr.replies.ingest import _local_date, _reparse, _settings, apply_classification, assign

    comm = store.get_communication(conn, comm_id)
    if comm is None or comm["direction"] != "in":
        raise ValueError(f"no incoming message {comm_id}; list them with `prr inbox review`")
    held = comm["status"] == "review" and comm["candidate_request_id"]
    if not (held or (comm["status"] == "status_review" and comm["request_id"])):
        raise ValueError(f"message {comm_id} has no status waiting for review (it is {comm['status']}); "
                         "`prr inbox review accept` ties an unmatched message to a request")
    rid = comm["request_id"] or comm["candidate_request_id"]
    if get_request(conn, rid) is None:
        raise ValueError(f"request {rid} of message {comm_id} no longer exists")
    cls = json.loads(comm["classification_json"] or "{}")
    if status:
        if status not in KNOWN:
            raise ValueError(f"unknown status {status!r}; use one of: {', '.join(KNOWN)}")
        chosen = next((s for s in cls.get("statuses") or [] if s.get("status") == status), None)
        cls.update(status=status, evidence=(chosen or {}).get("evidence") or cls.get("evidence") or "")
    if (cls.get("status") or "other") == "other":
        raise ValueError(f"message {comm_id} has no suggested status; give one with --status")
    if held:    # not tied yet: tie it and apply the confirmed reading in one go
        result = assign(conn, comm_id, None, settings=settings, how="status confirmed in review",
                        confirmed=True, classification=cls)
        return result.actions + ["confirmed in review"]
    parsed = _reparse(comm)
    docs = len(store.documents_for_communication(conn, comm_id))
    update_communication(conn, comm_id, status="matched", classification_json=json.dumps(cls))
    # reply_received was recorded when the reply arrived: only the status is applied now
    request = get_request(conn, rid)
    tz = (get_city(conn, request["city_slug"]) or {}).get("timezone") or _settings(settings).timezone
    with write(conn):
        actions = apply_classification(conn, request["id"], comm_id, cls, on=_local_date(parsed.envelope.date, tz),
                                       has_attachment=docs > 0, has_link=parsed.has_link, confirmed=True)
    refresh_deadlines(conn, request["id"])
    return actions + ["confirmed in review", "deadlines refreshed"]
