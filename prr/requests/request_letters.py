"""Letters about a request already filed (follow-up, escalation, clarification-reply):
what they may say about the request, and sending one."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from prr.channels.base import ChannelError
from prr.db import requests as store
from prr.db.cities import current_contact
from prr.db.core import now_utc, write
from prr.db.events import add_event
from prr.requests.filing_common import (
    FilingError,
    MissingContactError,
    _build_draft,
    _city,
    _get_channel,
    _settings,
    _template,
    local_date,
)
from prr.requests.letters import LetterError, render


def request_context(conn, request: dict) -> dict:
    """What follow-up letters may say about their request."""
    ctx = dict(request)
    ctx["filed_on"] = request.get("received_on") or (request.get("filed_at") or "")[:10] or None
    ctx["tracking_numbers"] = store.tracking_numbers_for(conn, request["id"])
    ctx["followups"] = store.count_events(conn, request["id"], "followup_sent")
    return ctx


def determination_due(conn, request: dict):
    """The request's CPRA deadlines (prr.deadlines.request_deadlines), cached on the row; None until
    the request has been received by the city."""
    from prr.deadlines.request_deadlines import refresh_deadlines

    return refresh_deadlines(conn, request["id"])


def send_letter(conn, request_id: int, *, kind: str, params: dict, to: str | None = None, settings=None,
                today: dt.date | None = None) -> int:
    """Send a letter about an existing request (follow-up, escalation, clarification-reply)
    through the request's email channel (outbox unless it was filed by smtp, or smtp is
    configured). The recipient defaults to the city's *current* contact of the kind the
    template names, read now, so an accepted contact change re-routes it. Returns the id
    of the outgoing communication recorded."""
    from prr.channels.mail import new_message_id
    from prr.channels.smtp import smtp_url

    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None:
        raise FilingError(f"no request {request_id}", request_id=request_id, retryable=False)
    city = _city(conn, request["city_slug"])
    tpl = _template(kind, settings)
    if not tpl.meta.about_request:
        raise FilingError(f"{kind!r} is not a letter about an existing request", retryable=False)
    if request["status"] in ("draft", "filing", "failed", "awaiting_submission"):
        raise FilingError(f"request {request_id} has not been filed yet ({request['status']})",
                          request_id=request_id, retryable=False)
    ctx = request_context(conn, request)
    deadlines = determination_due(conn, request)
    due = deadlines.effective_due if deadlines is not None else None
    if deadlines is not None:
        # The letter names the original deadline and, separately, any extended one.
        ctx["due_on"] = deadlines.due.isoformat() if deadlines.due else None
        ctx["extended_due_on"] = deadlines.extended_due.isoformat() if deadlines.extended_due else None
    if tpl.meta.requires_overdue:
        today = today or dt.datetime.now(ZoneInfo(city.get("timezone") or settings.timezone)).date()
        if due is None or today <= due:
            raise FilingError(
                f"request {request_id}: an {kind} letter is only sent after the 10 days have run; "
                + (f"the determination is due {due.isoformat()}" if due else "the deadline is not known yet"),
                request_id=request_id, city_slug=city["slug"], retryable=False)
    try:
        letter = render(tpl, params, city=city, profile=settings.profile, request=ctx, token=request["token"],
                        allow_unknown=True)
    except LetterError as e:
        raise FilingError(f"request {request_id}: {e}", request_id=request_id, retryable=False) from None
    kind_channel = request["channel"] if request["channel"] in ("outbox", "smtp") else (
        "smtp" if smtp_url(settings) else "outbox")
    ch = _get_channel(kind_channel, settings, None)
    contact = None
    if to is None:
        contact = current_contact(conn, city["slug"], tpl.meta.recipient)
        if contact is None:
            raise MissingContactError(
                f"{city['name']} ({city['slug']}) has no current {tpl.meta.recipient} contact for the {kind} letter",
                request_id=request_id, city_slug=city["slug"],
                hint=f"Add a {tpl.meta.recipient} contact to the registry and run `prr init`, or pass to=ADDRESS.")
        to = contact["value"]
    message_id = new_message_id(request["token"], settings.profile.email)
    draft = _build_draft(request, city, settings, message_id=message_id, contact=None, contact_kind=None, to=to,
                         subject=letter.subject, body=letter.body, kind=kind, in_reply_to=request["message_id"])
    try:
        receipt = ch.file(draft)
    except ChannelError as e:
        add_event(conn, "letter_failed", request_id=request_id, city_slug=city["slug"], kind=kind,
                  channel=kind_channel, error=str(e))
        raise FilingError(f"request {request_id}: the {kind} letter was not sent: {e}", request_id=request_id,
                          city_slug=city["slug"]) from None
    finally:
        ch.close()
    with write(conn):
        comm_id = store.add_communication(
            conn, request_id=request_id, city_slug=city["slug"], direction="out", channel=kind_channel,
            message_id=message_id, in_reply_to=request["message_id"], references_=request["message_id"],
            from_addr=draft.from_addr, to_addr=to, subject=letter.subject, body=letter.body,
            sent_at=receipt.sent_at, raw_path=receipt.path, status="recorded")
        add_event(conn, "letter_sent", request_id=request_id, city_slug=city["slug"], kind=kind,
                  channel=kind_channel, communication_id=comm_id, message_id=message_id, to=to)
        if kind == "clarification-reply":
            add_event(conn, "resumed", request_id=request_id, city_slug=city["slug"], communication_id=comm_id,
                      on=local_date(receipt.sent_at or now_utc(), city.get("timezone") or settings.timezone))
    return comm_id
