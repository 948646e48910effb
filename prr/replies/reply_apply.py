"""What a reply's reading does to its request: status changes with their guards (never
backwards, one extension, ``released`` only with an attachment or link, unsure readings
held for review), clock pauses and resumes, tracking numbers, and a new sender offered
as a records contact."""
from __future__ import annotations

import sqlite3
from datetime import date

from prr.db import replies as store
from prr.db.requests import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    add_tracking_number,
    get_request,
    last_event,
    set_status,
    update_communication,
)
from prr.replies.sources.message import ParsedMessage

PAUSE_STATUSES = ("clarification", "fee")
FINAL_STATUSES = ("released", "no_records", "denied", "closed")
# Before this, a reply cannot move a request (it was never sent).
UNFILED_STATUSES = ("draft", "filing", "failed", "ready_to_send", "send_unconfirmed")


def _offer_contact(conn, city_slug: str, parsed: ParsedMessage) -> list[str]:
    from prr.replies.matching import city_for_domain, sender_domain

    addr = parsed.envelope.from_addr
    if city_for_domain(store.city_domains(conn), sender_domain(addr)) != city_slug:
        return []
    if addr in store.city_addresses(conn, city_slug):
        return []
    evidence = f"From: {parsed.from_line}; Date: {parsed.date_header or parsed.envelope.date.isoformat()}"
    change_id = store.propose_contact(conn, city_slug, addr, evidence)
    return [f"proposed {addr} as a records contact for {city_slug} (change {change_id})"] if change_id else []


def apply_classification(conn: sqlite3.Connection, request_id: int, comm_id: int, cls: dict, *, on: date,
                         has_attachment: bool, has_link: bool, confirmed: bool = False) -> list[str]:
    """Apply a classification (``Classification.to_json()``) to a request, with guards:
    never backwards (a closed request stays closed, an extension is not undone by a late
    acknowledgement), one extension, ``released`` only with an attachment or a link.
    A reading ``decide_apply`` is not sure of changes nothing: the message goes to the
    review queue (``prr inbox review``) until a person confirms it (``confirmed``)."""
    from prr.replies.reply_reading import DELIVERED_OTHERWISE_NOTE, decide_apply

    request = get_request(conn, request_id)
    current = request["status"]
    status = cls.get("status") or "other"
    evidence = (cls.get("evidence") or "")[:500]
    actions: list[str] = []
    for number in cls.get("tracking_numbers") or []:
        if add_tracking_number(conn, request_id, number, source="reply", communication_id=comm_id):
            actions.append(f"tracking number {number}")
    if current in UNFILED_STATUSES:
        return actions + [f"status not changed: request is {current}, not filed"
                          + (f"; if the city has it, record that with `prr request sent {request_id} --on DATE`"
                             if current in ("ready_to_send", "send_unconfirmed") else "")]
    if status != "other" and not confirmed:
        sure, why = decide_apply(cls)
        if not sure:
            update_communication(conn, comm_id, status="status_review")
            actions.append(f"status not changed: {why}; confirm with `prr inbox review confirm {comm_id}`")
            return actions
    if status == "released" and not (has_attachment or has_link) and DELIVERED_OTHERWISE_NOTE not in (cls.get("notes") or []):
        actions.append("reads as released, but there is no attachment or download link: status not changed")
        status = "other"
    dates = {d.get("role"): d.get("date") for d in cls.get("dates") or []}
    reason = f"reply {comm_id}: {evidence[:200]}"
    if current in CLOSED_STATUSES:
        if status != "other":
            actions.append(f"request already {current}: status {status} not applied")
        return actions
    _apply_status(conn, request, comm_id, cls, status, on=on, evidence=evidence, reason=reason, dates=dates,
                  confirmed=confirmed, actions=actions)
    _note_estimated_production(conn, request, comm_id, dates.get("estimated_production"), actions)
    return actions


def _apply_status(conn: sqlite3.Connection, request: dict, comm_id: int, cls: dict, status: str, *, on: date,
                  evidence: str, reason: str, dates: dict, confirmed: bool, actions: list[str]) -> None:
    """The status change a reading asks for, with its events (clock paused/resumed,
    acknowledgement, extension, final): compare-and-set, so a request never goes back."""
    from prr.replies.reply_reading import sure_extension

    request_id, slug, current = request["id"], request["city_slug"], request["status"]
    last_pause = last_event(conn, request_id, ("paused", "resumed"))
    if current in PAUSE_STATUSES and status not in PAUSE_STATUSES and status != "other" \
            and last_pause and last_pause["kind"] == "paused":
        store.record_event(conn, "resumed", request_id, slug, communication_id=comm_id, on=on.isoformat())
        actions.append("clock resumed")
    if status == "acknowledged":
        if not store.has_event(conn, request_id, "acknowledged"):
            store.record_event(conn, "acknowledged", request_id, slug, communication_id=comm_id, on=on.isoformat())
        if set_status(conn, request_id, "acknowledged", reason=reason,
                      expect=("filed", "awaiting_submission") + PAUSE_STATUSES):
            actions.append("status acknowledged")
        ext = sure_extension(cls, confirmed)
        if ext:   # an acknowledgement that also takes the extension: the deadlines need it
            evidence, reason = ext["evidence"][:500], f"reply {comm_id}: {ext['evidence'][:200]}"
            status = "extension"
    if status == "extension":
        # Recorded even when it is not the first: the deadline rules count the first and
        # explain that the CPRA allows no second one.
        second = store.has_event(conn, request_id, "extension")
        store.record_event(conn, "extension", request_id, slug, communication_id=comm_id,
                           notice_on=on.isoformat(), reason=evidence, extended_to=dates.get("extended_to"))
        actions.append("a second extension notice: the CPRA allows one; the first stands" if second else
                       f"extension noticed on {on.isoformat()}"
                       + (f", to {dates['extended_to']}" if dates.get("extended_to") else ""))
        if set_status(conn, request_id, "extension", reason=reason,
                      expect=("filed", "awaiting_submission", "acknowledged") + PAUSE_STATUSES):
            actions.append("status extension")
    elif status in PAUSE_STATUSES:
        if not (last_pause and last_pause["kind"] == "paused"):
            store.record_event(conn, "paused", request_id, slug, communication_id=comm_id, on=on.isoformat(),
                               why=status)
            actions.append(f"clock paused ({status})")
        if set_status(conn, request_id, status, reason=reason, expect=OPEN_STATUSES):
            actions.append(f"status {status}")
    elif status == "partial" or status in FINAL_STATUSES:
        store.record_event(conn, status, request_id, slug, communication_id=comm_id, evidence=evidence)
        if set_status(conn, request_id, status, reason=reason, expect=OPEN_STATUSES):
            actions.append(f"status {status}")


def _note_estimated_production(conn: sqlite3.Connection, request: dict, comm_id: int, est: str | None,
                               actions: list[str]) -> None:
    """Record the date the agency expects to produce records, once per date given."""
    if not est:
        return
    request_id = request["id"]
    last = last_event(conn, request_id, "estimated_production")
    if not last or last["detail"].get("on") != est:
        store.record_event(conn, "estimated_production", request_id, request["city_slug"], on=est,
                           communication_id=comm_id)
        actions.append(f"estimated production {est}")
