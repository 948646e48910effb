"""Letters about a request already filed (follow-up, escalation, clarification-reply):
what they may say about the request, and sending one."""
from __future__ import annotations

import datetime as dt
from typing import NoReturn
from zoneinfo import ZoneInfo

from prr.channels.base import ChannelError
from prr.db import requests as store
from prr.db.cities import current_contact
from prr.db.core import now_utc, write
from prr.db.events import add_event
from prr.requests.filing_common import (
    EMAIL_CHANNELS,
    FilingError,
    MissingContactError,
    _build_draft,
    _city,
    _get_channel,
    _settings,
    _template,
    local_date,
    require_profile,
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


class LetterUnconfirmed(FilingError):
    """The letter was handed to the server but not confirmed: it may have arrived. It is
    recorded (communication ``communication_id``) and must not be sent again automatically."""

    def __init__(self, message: str, *, communication_id: int, **kw):
        super().__init__(message, retryable=False, **kw)
        self.communication_id = communication_id


def letter_channel(request: dict, settings) -> tuple[str, str]:
    """(channel, why) for a letter about a request: the email channel it was filed
    through; a portal or paper request is followed up by email (smtp when PRR_SMTP_URL
    is set, else the outbox), since portals take no letters about a request."""
    from prr.channels.smtp import smtp_url

    if request.get("channel") in EMAIL_CHANNELS:
        return request["channel"], f"the request was filed through {request['channel']}"
    email_kind = "smtp" if smtp_url(settings) else "outbox"
    return email_kind, (f"the request was filed through {request.get('channel') or 'no channel'}, which takes no "
                        f"letters about it; by email through {email_kind}")


def send_letter(conn, request_id: int, *, kind: str, params: dict, to: str | None = None, settings=None,
                today: dt.date | None = None, channel: str | None = None) -> int:
    """Send a letter about an existing request (follow-up, escalation, clarification-reply)
    through ``channel``, by default the request's own (:func:`letter_channel`). The recipient
    defaults to the city's *current* contact of the kind the template names, read now, so an
    accepted contact change re-routes it. Returns the id of the outgoing communication
    recorded; an outbox letter is recorded as ``ready_to_send`` (the user sends it)."""
    from prr.channels.mail import new_message_id

    settings = _settings(settings)
    request, city, tpl = _filed_request(conn, request_id, kind, settings)
    ctx = _letter_context(conn, request, city, tpl, kind, settings, today)
    try:
        letter = render(tpl, params, city=city, profile=settings.profile, request=ctx, token=request["token"],
                        allow_unknown=True)
    except LetterError as e:
        raise FilingError(f"request {request_id}: {e}", request_id=request_id, retryable=False) from None
    kind_channel = channel or letter_channel(request, settings)[0]
    require_profile(settings, kind_channel, request_id)
    ch = _get_channel(kind_channel, settings, None)
    to = to if to is not None else _recipient(conn, city, tpl, kind, request_id)
    message_id = new_message_id(request["token"], settings.profile.email)
    draft = _build_draft(request, city, settings, message_id=message_id, contact=None, contact_kind=None, to=to,
                         subject=letter.subject, body=letter.body, kind=kind, in_reply_to=request["message_id"])
    # What the outgoing communication row records, whatever the outcome.
    sent = dict(request_id=request_id, city_slug=city["slug"], direction="out", channel=kind_channel,
                message_id=message_id, in_reply_to=request["message_id"], references_=request["message_id"],
                from_addr=draft.from_addr, to_addr=to, subject=letter.subject, body=letter.body)
    try:
        receipt = ch.file(draft)
    except ChannelError as e:
        _letter_not_sent(conn, e, sent, kind)
    finally:
        ch.close()
    with write(conn):
        comm_id = store.add_communication(
            conn, **sent, sent_at=receipt.sent_at, raw_path=receipt.path,
            status="ready_to_send" if receipt.status == "ready_to_send" else "recorded")
        add_event(conn, "letter_ready" if receipt.status == "ready_to_send" else "letter_sent",
                  request_id=request_id, city_slug=city["slug"], kind=kind, channel=kind_channel,
                  communication_id=comm_id, message_id=message_id, to=to, path=receipt.path)
        if kind == "clarification-reply":
            add_event(conn, "resumed", request_id=request_id, city_slug=city["slug"], communication_id=comm_id,
                      on=local_date(receipt.sent_at or now_utc(), city.get("timezone") or settings.timezone))
    return comm_id


def _filed_request(conn, request_id: int, kind: str, settings) -> tuple[dict, dict, object]:
    """(request, city, template) for a letter of ``kind`` about a request the city has."""
    from prr.requests.lifecycle import CLOCK_STARTED

    request = store.get_request(conn, request_id)
    if request is None:
        raise FilingError(f"no request {request_id}", request_id=request_id, retryable=False)
    city = _city(conn, request["city_slug"])
    tpl = _template(kind, settings)
    if not tpl.meta.about_request:
        raise FilingError(f"{kind!r} is not a letter about an existing request", retryable=False)
    if request["status"] not in CLOCK_STARTED:
        raise FilingError(f"request {request_id} has not been filed yet ({request['status']}): the city does not "
                          f"have it, so there is nothing to follow up", request_id=request_id, retryable=False)
    return request, city, tpl


def _letter_context(conn, request: dict, city: dict, tpl, kind: str, settings, today: dt.date | None) -> dict:
    """The request as the template sees it, with its deadlines; an overdue-only letter
    (``requires_overdue``) is refused before the determination is late."""
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
                f"request {request['id']}: an {kind} letter is only sent after the 10 days have run; "
                + (f"the determination is due {due.isoformat()}" if due else "the deadline is not known yet"),
                request_id=request["id"], city_slug=city["slug"], retryable=False)
    return ctx


def _recipient(conn, city: dict, tpl, kind: str, request_id: int) -> str:
    """The city's current contact of the kind the template names, read now."""
    contact = current_contact(conn, city["slug"], tpl.meta.recipient)
    if contact is None:
        raise MissingContactError(
            f"{city['name']} ({city['slug']}) has no current {tpl.meta.recipient} contact for the {kind} letter",
            request_id=request_id, city_slug=city["slug"],
            hint=f"Add a {tpl.meta.recipient} contact to the registry and run `prr init`, or pass to=ADDRESS.")
    return contact["value"]


def _letter_not_sent(conn, e: ChannelError, sent: dict, kind: str) -> NoReturn:
    """Record a letter the channel did not deliver and raise: an unknown outcome is kept as
    an ``unconfirmed`` communication (never sent again automatically), a failure as an event."""
    request_id, city_slug, channel = sent["request_id"], sent["city_slug"], sent["channel"]
    if e.unconfirmed:
        with write(conn):
            comm_id = store.add_communication(conn, **sent, status="unconfirmed", error=str(e))
            add_event(conn, "letter_unconfirmed", request_id=request_id, city_slug=city_slug, kind=kind,
                      channel=channel, communication_id=comm_id, message_id=sent["message_id"], error=str(e))
        raise LetterUnconfirmed(f"request {request_id}: the {kind} letter's send has an unknown outcome: {e}",
                                communication_id=comm_id, request_id=request_id, city_slug=city_slug) from None
    add_event(conn, "letter_failed", request_id=request_id, city_slug=city_slug, kind=kind, channel=channel,
              error=str(e))
    raise FilingError(f"request {request_id}: the {kind} letter was not sent: {e}", request_id=request_id,
                      city_slug=city_slug) from None
