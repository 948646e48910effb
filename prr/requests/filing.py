"""Drafting and filing requests: the entry points, and every public filing name.

A request moves ``draft -> filing -> filed | ready_to_send | awaiting_submission |
failed | send_unconfirmed`` (the whole machine is in :mod:`prr.lifecycle`); each move
is a compare-and-set recorded as an event.
The parts live in their own modules and are re-exported here:

- :mod:`prr.requests.lifecycle`: the states of a request and of a reply, and the allowed moves
- :mod:`prr.requests.filing_preview`: a draft's letter before it is saved; the dedupe key
- :mod:`prr.requests.filing_state`: filing at most once, and reconciling interrupted filings
- :mod:`prr.requests.filing_settle`: the user says it was sent; evidence settles an unknown send; resend
- :mod:`prr.requests.request_letters`: letters about a request already filed
- :mod:`prr.requests.filing_common`: errors, lookups, and the channel and Draft a filing uses
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from prr.channels.base import Channel, Receipt
from prr.db import requests as store
from prr.db.core import now_utc, write
from prr.db.events import add_event
from prr.requests.filing_common import (
    DuplicateRequestError,
    FilingError,
    MissingContactError,
    SimilarRequestError,
    _channel_class,
    _city,
    _settings,
    choose_channel,
    local_date,
    require_profile,
)
from prr.requests.filing_preview import Preview, dedupe_key, find_similar, normalise_params, preview_request
from prr.requests.filing_settle import mark_sent, resend_request, settle_unconfirmed
from prr.requests.filing_state import FILABLE, FILING_LEASE_S, file_request, reconcile_request
from prr.requests.letters import check_single_line
from prr.requests.request_letters import determination_due, request_context, send_letter

__all__ = [
    "FILABLE", "FILING_LEASE_S", "DuplicateRequestError", "FilingError", "MissingContactError", "Outcome",
    "Preview", "SimilarRequestError", "choose_channel", "dedupe_key", "determination_due", "draft_request",
    "file_batch", "file_request", "find_similar", "local_date", "mark_sent", "mark_submitted",
    "normalise_params", "preview_request", "reconcile_request", "request_context", "require_profile",
    "resend_request", "send_letter", "settle_unconfirmed",
]


def draft_request(conn, city_slug: str, kind: str, params: dict, *, settings=None, confirm_similar: bool = False,
                  channel: str | None = None) -> int:
    """Save a draft letter for one city. Refuses an identical request (naming it) and, unless
    ``confirm_similar``, one whose date range overlaps an earlier request of the same kind."""
    from prr.requests.tokens import new_token

    settings = _settings(settings)
    if channel is not None:
        _channel_class(channel)
    token = new_token()
    pv = preview_request(conn, city_slug, kind, params, settings=settings, channel=channel, token=token)
    existing = store.find_by_dedupe_key(conn, pv.dedupe_key)
    if existing is not None:
        raise DuplicateRequestError(
            f"{city_slug}: an identical {kind} request already exists: request {existing['id']} "
            f"({existing['status']}, created {existing['created_at']})", existing_id=existing["id"],
            request_id=existing["id"], city_slug=city_slug,
            hint=f"See it with `prr request show {existing['id']}`; change a parameter for a new request.")
    similar = [] if confirm_similar else find_similar(conn, city_slug, kind, pv.params)
    if similar:
        ids = [r["id"] for r in similar]
        desc = ", ".join(f"{r['id']} ({r['params'].get('start')}..{r['params'].get('end')}, {r['status']})"
                         for r in similar)
        raise SimilarRequestError(
            f"{city_slug}: an earlier {kind} request covers overlapping dates: request {desc}",
            similar_ids=ids, city_slug=city_slug,
            hint="Confirm to draft it anyway (--yes on the command line, confirm_similar=True).")
    try:
        return store.insert_request(conn, city_slug=city_slug, kind=kind, params=pv.params,
                                    dedupe_key=pv.dedupe_key, token=token, subject=pv.subject, body=pv.body,
                                    channel=channel or None, recipient=pv.recipient)
    except sqlite3.IntegrityError:  # drafted concurrently by another run
        existing = store.find_by_dedupe_key(conn, pv.dedupe_key)
        raise DuplicateRequestError(f"{city_slug}: an identical {kind} request already exists: request "
                                    f"{existing['id'] if existing else '?'}",
                                    existing_id=existing["id"] if existing else 0, city_slug=city_slug) from None


# --- batches ---

@dataclass
class Outcome:
    request_id: int
    city_slug: str | None
    ok: bool
    status: str
    receipt: Receipt | None = None
    error: str | None = None
    hint: str = ""
    other_run: bool = False      # another run took it: not a failure of this one

    def to_json(self) -> dict:
        return {"request_id": self.request_id, "city": self.city_slug, "ok": self.ok, "status": self.status,
                "error": self.error, "hint": self.hint, "other_run": self.other_run,
                "receipt": self.receipt.to_json() if self.receipt else None}


def file_batch(conn, request_ids, *, channel: str | None = None, settings=None, on_done=None,
               listed: bool = False) -> list[Outcome]:
    """File several requests; one failing (missing contact, refused mail) never stops the others.
    SMTP connections are reused across the batch. ``listed``: the ids were listed as ready
    to file just before (``--all``), so one that another run took since is reported as
    such, not as a failure."""
    settings = _settings(settings)
    channels: dict[str, Channel] = {}
    out: list[Outcome] = []
    try:
        for rid in dict.fromkeys(request_ids):
            try:
                receipt = file_request(conn, rid, channel=channel, settings=settings, channels=channels)
                o = Outcome(rid, None, True, receipt.status, receipt)
            except FilingError as e:
                status = (store.get_request(conn, rid) or {}).get("status", "missing")
                # Listed as ready a moment ago, not filable when this run reached it: another run took it.
                taken = e.other_run or (listed and getattr(e, "not_filable", False))
                o = Outcome(rid, e.city_slug, False, status, error=str(e), hint=e.hint, other_run=taken)
                if taken:
                    o.error = ("being filed by another run" if status == "filing"
                               else f"{status.replace('_', ' ')} by another run")
                    o.hint = f"See it with `prr request show {rid}`."
            if o.city_slug is None:
                o.city_slug = (store.get_request(conn, rid) or {}).get("city_slug")
            out.append(o)
            if on_done is not None:
                on_done(o)
    finally:
        for ch in channels.values():
            ch.close()
    return out


# --- after filing ---

def mark_submitted(conn, request_id: int, *, tracking: list[str] = (), on: dt.date | None = None,
                   settings=None) -> dict:
    """Record that a person submitted a prepared request (GovQA, manual letter) and the
    reference numbers the portal or office gave; or add numbers to a filed request."""
    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None:
        raise FilingError(f"no request {request_id}", request_id=request_id, retryable=False)
    for number in tracking:
        check_single_line("tracking number", number)
    city = _city(conn, request["city_slug"])
    if request["status"] in ("ready_to_send", "send_unconfirmed"):
        raise FilingError(f"request {request_id} is {request['status']}: an email, not a portal submission",
                          request_id=request_id, retryable=False,
                          hint=f"Record that you sent it with `prr request sent {request_id} [--on DATE]`.")
    with write(conn):
        for number in tracking:
            store.add_tracking_number(conn, request_id, number, source="user")
        if request["status"] == "awaiting_submission":
            sent_at = now_utc()
            received_on = on.isoformat() if on else local_date(sent_at, city.get("timezone") or settings.timezone)
            if on:
                sent_at = dt.datetime.combine(on, dt.time(12), ZoneInfo(city.get("timezone") or settings.timezone)) \
                    .astimezone(dt.UTC).replace(microsecond=0).isoformat()
            store.update_request(conn, request_id, filed_at=sent_at, received_on=received_on)
            comm = store.outgoing_letter(conn, request_id, request["message_id"] or "")
            if comm is not None:
                store.update_communication(conn, comm["id"], sent_at=sent_at)
            store.set_status(conn, request_id, "filed", expect=("awaiting_submission",), reason="submitted by hand")
            add_event(conn, "filed", request_id=request_id, city_slug=city["slug"], channel=request["channel"],
                      message_id=request["message_id"], sent_at=sent_at, received_on=received_on,
                      to=request["recipient"], communication_id=comm["id"] if comm else None,
                      receipt={"submitted_by": "user", "tracking_numbers": list(tracking)})
        elif request["status"] in ("draft", "filing", "failed"):
            raise FilingError(f"request {request_id} is {request['status']}; file it first "
                              f"(`prr request file {request_id}`)", request_id=request_id, retryable=False)
    return store.get_request(conn, request_id)
