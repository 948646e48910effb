"""Settling what filing could not finish alone: the user says an outbox letter (or a
send whose outcome was unknown) was sent; the journal or the IMAP Sent folder shows a
``send_unconfirmed`` letter arrived; or the user asks for it to be sent again.

Only these moves start the CPRA clock for such requests, and ``resend`` is the only way
a ``send_unconfirmed`` letter is ever sent a second time.
"""
from __future__ import annotations

import datetime as dt
import os
import socket
from zoneinfo import ZoneInfo

from prr.channels.base import Receipt
from prr.db import requests as store
from prr.db.core import now_utc, write
from prr.db.events import add_event
from prr.requests.filing_common import FilingError, _city, _settings, local_date, require_profile

SENDABLE_BY_USER = ("ready_to_send", "send_unconfirmed")


def _sent_moment(on: dt.date | None, tz: str) -> tuple[str, str]:
    """(UTC timestamp, local date) of a send the user reports; noon local on a given day."""
    if on is None:
        at = now_utc()
        return at, local_date(at, tz)
    at = dt.datetime.combine(on, dt.time(12), ZoneInfo(tz)).astimezone(dt.UTC).replace(microsecond=0)
    return at.isoformat(), on.isoformat()


def _record_filed(conn, request: dict, city: dict, *, sent_at: str, received_on: str, how: str,
                  expect: tuple[str, ...], receipt: dict) -> None:
    with write(conn):
        if not store.set_status(conn, request["id"], "filed", expect=expect, reason=how, channel=request["channel"]):
            raise FilingError(f"request {request['id']} changed state meanwhile; look again with "
                              f"`prr request show {request['id']}`", request_id=request["id"], retryable=False)
        store.update_request(conn, request["id"], filed_at=sent_at, received_on=received_on, last_error=None)
        comm = store.outgoing_letter(conn, request["id"], request["message_id"] or "")
        if comm is not None:
            store.update_communication(conn, comm["id"], sent_at=sent_at)
        add_event(conn, "filed", request_id=request["id"], city_slug=city["slug"], channel=request["channel"],
                  message_id=request["message_id"], sent_at=sent_at, received_on=received_on,
                  to=request["recipient"], communication_id=comm["id"] if comm else None, receipt=receipt)
    from prr.deadlines.request_deadlines import refresh_deadlines

    refresh_deadlines(conn, request["id"])


def mark_sent(conn, request_id: int, *, on: dt.date | None = None, settings=None) -> dict:
    """The user sent an outbox letter (or confirmed a send prr could not): the request is
    filed, received on ``on`` (default today), and the CPRA clock starts."""
    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None:
        raise FilingError(f"no request {request_id}", request_id=request_id, retryable=False,
                          hint="List requests with `prr requests`.")
    if request["status"] not in SENDABLE_BY_USER:
        hint = {"awaiting_submission": f"For a portal or paper request use `prr request submitted {request_id}`.",
                "draft": f"File it first: `prr request file {request_id}`.",
                "failed": f"It was not sent; retry with `prr request file {request_id}`."}.get(
            request["status"], f"See it with `prr request show {request_id}`.")
        raise FilingError(f"request {request_id} is {request['status']}: only a letter ready to send or a send "
                          f"whose outcome is unknown can be marked sent", request_id=request_id,
                          retryable=False, hint=hint)
    city = _city(conn, request["city_slug"])
    tz = city.get("timezone") or settings.timezone
    if on is not None and on > dt.datetime.now(ZoneInfo(tz)).date():
        raise FilingError(f"--on {on.isoformat()} is in the future", request_id=request_id, retryable=False,
                          hint="Give the day you sent it (YYYY-MM-DD), or leave --on out for today.")
    sent_at, received_on = _sent_moment(on, tz)
    _record_filed(conn, request, city, sent_at=sent_at, received_on=received_on,
                  how="sent by the requester" + (f" on {on.isoformat()}" if on else ""),
                  expect=SENDABLE_BY_USER, receipt={"sent_by": "user", "was": request["status"]})
    return store.get_request(conn, request_id)


def settle_unconfirmed(conn, request_id: int, *, settings=None) -> dict:
    """Look for evidence (sent journal, IMAP Sent folder) that a ``send_unconfirmed``
    letter arrived; record it as filed if so. Never sends anything."""
    from prr.requests.filing_state import _draft_again

    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None or request["status"] != "send_unconfirmed":
        return request or {}
    city = _city(conn, request["city_slug"])
    ch, draft, started = _draft_again(conn, request, city, settings, None)
    try:
        receipt: Receipt | None = ch.reconcile(draft) if draft.message_id else None
    finally:
        ch.close()
    if receipt is None or receipt.status != "filed":
        return request
    sent_at = receipt.sent_at or (started or {}).get("at") or now_utc()
    received_on = local_date(sent_at, city.get("timezone") or settings.timezone)
    how = receipt.detail.get("evidence", ch.kind)
    add_event(conn, "filing_reconciled", request_id=request_id, city_slug=city["slug"], found=True, how=how,
              message_id=draft.message_id)
    _record_filed(conn, request, city, sent_at=sent_at, received_on=received_on, how=f"found in the {how}",
                  expect=("send_unconfirmed",), receipt={"evidence": how})
    return store.get_request(conn, request_id)


def resend_request(conn, request_id: int, *, settings=None) -> Receipt:
    """The user checked and a ``send_unconfirmed`` letter did not arrive: send it again,
    with the same Message-ID (so a copy that did arrive is recognisably the same letter)."""
    from prr.requests.filing_state import _deliver, _draft_again

    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None:
        raise FilingError(f"no request {request_id}", request_id=request_id, retryable=False)
    if request["status"] != "send_unconfirmed":
        raise FilingError(f"request {request_id} is {request['status']}: only a send whose outcome is unknown "
                          f"is resent", request_id=request_id, retryable=False,
                          hint=f"Drafts and failed filings are sent with `prr request file {request_id}`.")
    city = _city(conn, request["city_slug"])
    require_profile(settings, request["channel"] or "outbox", request_id)
    ch, draft, _ = _draft_again(conn, request, city, settings, None)
    try:
        with write(conn):
            if not store.set_status(conn, request_id, "filing", expect=("send_unconfirmed",),
                                    reason="resent by the requester", channel=ch.kind):
                raise FilingError(f"request {request_id} changed state meanwhile", request_id=request_id,
                                  retryable=False)
            add_event(conn, "filing_started", request_id=request_id, city_slug=city["slug"], channel=ch.kind,
                      message_id=draft.message_id, to=draft.to, pid=os.getpid(), host=socket.gethostname(),
                      resend=True, by="user")
        return _deliver(conn, store.get_request(conn, request_id), city, ch, draft)
    finally:
        ch.close()
