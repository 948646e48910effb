"""Filing a draft at most once, and settling filings an interrupted run left behind.

A request moves ``draft -> filing -> filed | ready_to_send | awaiting_submission |
failed | send_unconfirmed`` (prr.lifecycle has the whole machine). Every move is a
compare-and-set (``set_status(expect=...)``) recorded as an event, so two runs cannot
file the same draft and the audit trail has every step.

At most once, for email and portals: the Message-ID is chosen and stored with the move
to ``filing``; the channel journals (fsync'd) its intent to send before connecting and
the server's 250 (or the portal's number) right after; only then is ``filed`` recorded.
A request found in ``filing`` (its process gone) is reconciled: a journalled 250, the
IMAP Sent folder (when configured) or the outbox file is evidence it went out; no
journalled intent means the send never started, so it is done now; an intent without
a confirmation means nobody knows, and the request becomes ``send_unconfirmed``. So do
a timeout or a dropped connection after the message was handed over. Such a request is
never sent again automatically: the journal, the Sent folder or the user settles it
(``prr request sent ID`` / ``prr request resend ID``, see prr.filing_settle).
"""
from __future__ import annotations

import datetime as dt
import os
import socket

from prr.channels.base import Channel, ChannelError, Draft, Receipt
from prr.db import requests as store
from prr.db.core import now_utc, write
from prr.db.events import add_event
from prr.requests.filing_common import (
    FilingError,
    MissingContactError,
    _build_draft,
    _city,
    _contact_for,
    _get_channel,
    _settings,
    _template,
    choose_channel,
    local_date,
    require_profile,
)

FILABLE = ("draft", "failed")
# A filing whose process we cannot see (another machine) is presumed alive this long.
FILING_LEASE_S = 15 * 60


# --- recording each move ---

def _record_failure(conn, request: dict, channel: str, error: str, *, permanent: bool, expect) -> None:
    with write(conn):
        changed = store.set_status(conn, request["id"], "failed", reason=error, expect=expect, channel=channel)
        if changed or request["status"] == "failed":
            store.update_request(conn, request["id"], last_error=error)
            add_event(conn, "filing_failed", request_id=request["id"], city_slug=request["city_slug"],
                      channel=channel, error=error, retryable=True, permanent=permanent)


def _record_unconfirmed(conn, request: dict, channel: str, error: str) -> None:
    with write(conn):
        if store.set_status(conn, request["id"], "send_unconfirmed", reason=error, expect=("filing",),
                            channel=channel):
            store.update_request(conn, request["id"], last_error=error)
            add_event(conn, "send_unconfirmed", request_id=request["id"], city_slug=request["city_slug"],
                      channel=channel, message_id=request.get("message_id"), error=error)


UNCONFIRMED_HINT = ("Check your Sent folder or ask the city. Then `prr request sent {id}` if it arrived, or "
                    "`prr request resend {id}` to send it again (same Message-ID). prr will not re-send it on "
                    "its own.")


def _record_success(conn, request: dict, city: dict, draft: Draft, receipt: Receipt) -> None:
    tz = city.get("timezone") or "America/Los_Angeles"
    if receipt.sent_at:
        receipt.received_on = local_date(receipt.sent_at, tz)
    with write(conn):
        existing = store.outgoing_letter(conn, request["id"], draft.message_id)
        if existing is None:
            comm_id = store.add_communication(
                conn, request_id=request["id"], city_slug=city["slug"], direction="out", channel=receipt.channel,
                message_id=draft.message_id, from_addr=draft.from_addr,
                to_addr=draft.to or draft.portal_url or draft.address, subject=draft.subject, body=draft.body,
                sent_at=receipt.sent_at, raw_path=receipt.path, status="recorded")
        else:
            comm_id = existing["id"]
        receipt.detail.setdefault("communication_id", comm_id)
        fields = dict(channel=receipt.channel, message_id=draft.message_id,
                      recipient=draft.to or draft.portal_url or draft.address, last_error=None)
        if receipt.status == "filed":
            fields.update(filed_at=receipt.sent_at, received_on=receipt.received_on)
        store.update_request(conn, request["id"], **fields)
        if not store.set_status(conn, request["id"], receipt.status, expect=("filing",),
                                reason=f"via {receipt.channel}", channel=receipt.channel):
            raise FilingError(f"request {request['id']} left the filing state while it was being filed",
                              request_id=request["id"], retryable=False)
        if receipt.status == "filed":
            add_event(conn, "filed", request_id=request["id"], city_slug=city["slug"], channel=receipt.channel,
                      message_id=draft.message_id, sent_at=receipt.sent_at, received_on=receipt.received_on,
                      to=fields["recipient"], communication_id=comm_id,
                      receipt={k: v for k, v in receipt.detail.items() if k != "fields"})
        elif receipt.status == "ready_to_send":
            add_event(conn, "letter_ready", request_id=request["id"], city_slug=city["slug"],
                      channel=receipt.channel, message_id=draft.message_id, communication_id=comm_id,
                      to=fields["recipient"], path=receipt.path)
        else:
            add_event(conn, "submission_prepared", request_id=request["id"], city_slug=city["slug"],
                      channel=receipt.channel, message_id=draft.message_id, communication_id=comm_id,
                      portal_url=receipt.detail.get("portal_url"), fields=receipt.detail.get("fields"),
                      path=receipt.path)
        if receipt.tracking_number:
            store.add_tracking_number(conn, request["id"], receipt.tracking_number, source="portal",
                                      communication_id=comm_id)
        if receipt.status == "filed":
            from prr.deadlines.request_deadlines import refresh_deadlines

            refresh_deadlines(conn, request["id"])     # the clock starts now: cache the due date


def _deliver(conn, request: dict, city: dict, channel: Channel, draft: Draft) -> Receipt:
    try:
        receipt = channel.file(draft)
    except ChannelError as e:
        if e.unconfirmed:
            _record_unconfirmed(conn, request, channel.kind, str(e))
            raise FilingError(f"{city['slug']}: request {request['id']}: {e}", request_id=request["id"],
                              city_slug=city["slug"], retryable=False,
                              hint=UNCONFIRMED_HINT.format(id=request["id"])) from None
        _record_failure(conn, request, channel.kind, str(e), permanent=e.permanent, expect=("filing",))
        raise FilingError(f"{city['slug']}: request {request['id']} failed: {e}", request_id=request["id"],
                          city_slug=city["slug"],
                          hint=f"Fix the cause, then retry with `prr request file {request['id']}`.") from None
    _record_success(conn, request, city, draft, receipt)
    return receipt


def _filing_alive(conn, request: dict) -> bool:
    """Whether the run that moved this request to `filing` may still be working on it."""
    ev = store.last_event(conn, request["id"], "filing_started")
    if ev is None:
        return False
    d = ev["detail"]
    if d.get("host") == socket.gethostname() and d.get("pid"):
        if d["pid"] == os.getpid():
            return False
        try:
            os.kill(int(d["pid"]), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    started = dt.datetime.fromisoformat(ev["at"])
    return (dt.datetime.now(dt.UTC) - started).total_seconds() < FILING_LEASE_S


# --- filing and reconciling ---

def file_request(conn, request_id: int, *, channel: str | None = None, settings=None,
                 channels: dict[str, Channel] | None = None) -> Receipt:
    """File one draft (or retry a failed one) through its channel; a request found in
    `filing` is reconciled instead. ``channels`` shares open channel instances across a batch."""
    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None:
        raise FilingError(f"no request {request_id}", request_id=request_id, retryable=False,
                          hint="List requests with `prr requests`.")
    if request["status"] == "filing":
        return reconcile_request(conn, request_id, settings=settings, channels=channels)
    if request["status"] not in FILABLE:
        hint = {"awaiting_submission": f"Submit it, then record it with "
                                       f"`prr request submitted {request_id} --tracking NUMBER`.",
                "ready_to_send": f"It is in the outbox: send it, then `prr request sent {request_id}`.",
                "send_unconfirmed": UNCONFIRMED_HINT.format(id=request_id)}.get(
            request["status"], f"See it with `prr request show {request_id}`.")
        error = FilingError(f"request {request_id} is {request['status']}, not a draft: nothing to file",
                            request_id=request_id, city_slug=request["city_slug"], retryable=False, hint=hint)
        error.not_filable = True      # it left the draft state before this run started on it
        raise error
    city = _city(conn, request["city_slug"])
    tpl = _template(request["kind"], settings)
    kind = channel or request["channel"] or choose_channel(conn, city, settings,
                                                           recipient_kind=tpl.meta.recipient)[0]
    require_profile(settings, kind, request_id)
    ch = _get_channel(kind, settings, channels)
    try:
        contact_kind, contact = _contact_for(conn, city, type(ch), tpl.meta.recipient)
    except MissingContactError as e:
        e.request_id = request_id
        _record_failure(conn, request, kind, str(e), permanent=True, expect=FILABLE)
        raise
    from prr.channels.mail import new_message_id

    message_id = request["message_id"] or new_message_id(request["token"], settings.profile.email)
    parent = store.get_request(conn, request["parent_id"]) if request.get("parent_id") else None
    draft = _build_draft(request, city, settings, message_id=message_id, contact=contact, contact_kind=contact_kind,
                         in_reply_to=(parent or {}).get("message_id"))
    with write(conn):
        if not store.set_status(conn, request_id, "filing", expect=FILABLE, reason=f"filing via {kind}",
                                channel=kind):
            raise FilingError(f"request {request_id} is already being filed by another run",
                              request_id=request_id, retryable=False, other_run=True)
        store.update_request(conn, request_id, channel=kind, message_id=message_id,
                             recipient=draft.to or draft.portal_url or draft.address)
        add_event(conn, "filing_started", request_id=request_id, city_slug=city["slug"], channel=kind,
                  message_id=message_id, to=draft.to or draft.portal_url or draft.address,
                  pid=os.getpid(), host=socket.gethostname())
    request = store.get_request(conn, request_id)
    return _deliver(conn, request, city, ch, draft)


def reconcile_request(conn, request_id: int, *, settings=None, channels: dict[str, Channel] | None = None) -> Receipt:
    """Settle a request left in `filing` by an interrupted run: record it as filed (or
    ready to send) if the channel has evidence it went out; redo it if the send never
    started; otherwise mark it ``send_unconfirmed``: never sent twice."""
    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None or request["status"] != "filing":
        error = FilingError(f"request {request_id} is not in the filing state", request_id=request_id,
                            retryable=False)
        # Found in `filing` by the caller a moment ago and settled since: the run filing it finished.
        error.not_filable = request is not None
        raise error
    if _filing_alive(conn, request):
        raise FilingError(f"request {request_id} is being filed by another run right now", request_id=request_id,
                          retryable=False, other_run=True, hint="Wait for it to finish, then look again with `prr request show`.")
    city = _city(conn, request["city_slug"])
    ch, draft, started = _draft_again(conn, request, city, settings, channels)
    kind = ch.kind
    message_id = draft.message_id
    receipt = ch.reconcile(draft) if message_id else None
    if receipt is not None:
        if receipt.sent_at is None and receipt.status == "filed":
            receipt.sent_at = (started or {}).get("at") or now_utc()
        add_event(conn, "filing_reconciled", request_id=request_id, city_slug=city["slug"], found=True,
                  how=receipt.detail.get("evidence", kind), message_id=message_id)
        _record_success(conn, request, city, draft, receipt)
        receipt.detail["reconciled"] = True
        return receipt
    looked = "sent journal" + (", IMAP Sent folder" if settings.imap_url else "")
    if message_id and ch.attempted(draft):
        add_event(conn, "filing_reconciled", request_id=request_id, city_slug=city["slug"], found=False,
                  how=looked, message_id=message_id, attempted=True)
        note = (f"a run died while sending through {kind}; the {looked} do(es) not show whether "
                f"the city got it")
        _record_unconfirmed(conn, request, kind, note)
        raise FilingError(f"{city['slug']}: request {request_id}: {note}", request_id=request_id,
                          city_slug=city["slug"], retryable=False, hint=UNCONFIRMED_HINT.format(id=request_id))
    add_event(conn, "filing_reconciled", request_id=request_id, city_slug=city["slug"], found=False,
              how=looked, message_id=message_id, attempted=False)
    if draft.to is None and type(ch).sends_email:
        _record_failure(conn, request, kind, "no recipient address", permanent=True, expect=("filing",))
        raise FilingError(f"request {request_id} has no recipient address", request_id=request_id)
    add_event(conn, "filing_started", request_id=request_id, city_slug=city["slug"], channel=kind,
              message_id=message_id, to=draft.to, pid=os.getpid(), host=socket.gethostname(), resend=True)
    return _deliver(conn, request, city, ch, draft)


def _draft_again(conn, request: dict, city: dict, settings, channels) -> tuple[Channel, Draft, dict | None]:
    """The channel and the very letter (same Message-ID and recipient) an earlier filing used."""
    kind = request["channel"] or city["channel"] or "outbox"
    ch = _get_channel(kind, settings, channels)
    tpl = _template(request["kind"], settings)
    started = store.last_event(conn, request["id"], "filing_started")
    message_id = request["message_id"] or (started or {}).get("detail", {}).get("message_id")
    try:
        contact_kind, contact = _contact_for(conn, city, type(ch), tpl.meta.recipient)
    except MissingContactError:
        contact_kind, contact = None, None
    to = (started or {}).get("detail", {}).get("to") if type(ch).sends_email else None
    draft = _build_draft(request, city, settings, message_id=message_id, contact=contact,
                         contact_kind=contact_kind, to=to or request["recipient"] if type(ch).sends_email else None)
    return ch, draft, started
