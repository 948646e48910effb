"""Drafting and filing requests, exactly once.

A request moves ``draft -> filing -> filed | failed`` (or ``awaiting_submission`` for
channels a person completes). Every move is a compare-and-set (``set_status(expect=...)``)
recorded as an event, so two runs cannot file the same draft and the audit trail has
every step.

Exactly once, for email: the Message-ID is chosen and stored with the move to
``filing``; the channel appends it to an fsync'd sent journal right after the server's
250; only then is ``filed`` recorded. A request found in ``filing`` (its filing process
gone) is reconciled: the journal (and an IMAP Sent folder, when configured; the .eml
file for the outbox) is consulted, and only if none shows the message is it sent
again, with the same Message-ID. The window that remains is a crash between the
server's 250 and the journal's fsync: the letter is then sent twice, both copies with
one Message-ID. Portals are never re-submitted blindly: without journal evidence the
request is marked failed with a note to check the portal first.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import socket
import sqlite3
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from db.cities import current_contact, get_city
from db.core import now_utc, write
from db.events import add_event
from db import requests as store
from prr.channels.base import Channel, ChannelError, Draft, Receipt
from prr.letters import LetterError, Template, get_template, render

FILABLE = ("draft", "failed")
# A filing whose process we cannot see (another machine) is presumed alive this long.
FILING_LEASE_S = 15 * 60


class FilingError(Exception):
    """Filing could not proceed; ``hint`` says what to do next."""

    def __init__(self, message: str, *, request_id: int | None = None, city_slug: str | None = None,
                 hint: str = "", retryable: bool = True):
        super().__init__(message)
        self.request_id = request_id
        self.city_slug = city_slug
        self.hint = hint
        self.retryable = retryable


class MissingContactError(FilingError):
    pass


class DuplicateRequestError(FilingError):
    def __init__(self, message: str, *, existing_id: int, **kw):
        super().__init__(message, retryable=False, **kw)
        self.existing_id = existing_id


class SimilarRequestError(FilingError):
    def __init__(self, message: str, *, similar_ids: list[int], **kw):
        super().__init__(message, retryable=False, **kw)
        self.similar_ids = similar_ids


# --- crash points (tests kill the process at each step to prove nothing is lost) ---

_crash_counts: dict[str, int] = {}


def crash_point(step: str) -> None:
    """With PRR_CRASH_AT=step (or step:N for the N-th time), die here with SIGKILL."""
    spec = os.environ.get("PRR_CRASH_AT")
    if not spec:
        return
    name, _, nth = spec.partition(":")
    if name != step:
        return
    _crash_counts[step] = _crash_counts.get(step, 0) + 1
    if _crash_counts[step] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


# --- helpers ---

def _settings(settings):
    if settings is None:
        from prr.settings import get_settings

        settings = get_settings()
    return settings


def _profile(settings) -> dict:
    p = settings.profile
    return {k: getattr(p, k) for k in ("name", "email", "phone", "address", "organisation")}


def local_date(utc_iso: str, tz: str = "America/Los_Angeles") -> str:
    """The California calendar date of a UTC timestamp (what the CPRA counts from)."""
    when = dt.datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(ZoneInfo(tz)).date().isoformat()


def normalise_params(values: dict) -> dict:
    out = {}
    for k, v in sorted(values.items()):
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, dt.date):
            v = v.isoformat()
        elif isinstance(v, str):
            v = " ".join(v.split()).casefold()
        elif isinstance(v, (list, tuple)):
            v = sorted(" ".join(str(x).split()).casefold() for x in v)
        out[k] = v
    return out


def dedupe_key(city_slug: str, kind: str, values: dict) -> str:
    """city + kind + a digest of the normalised parameters (case and spacing ignored)."""
    digest = hashlib.sha256(json.dumps(normalise_params(values), sort_keys=True).encode()).hexdigest()[:24]
    return f"{city_slug}:{kind}:{digest}"


def _date_range(params: dict) -> tuple[dt.date, dt.date] | None:
    try:
        start, end = params.get("start"), params.get("end")
        if not start or not end:
            return None
        start = start if isinstance(start, dt.date) else dt.date.fromisoformat(str(start))
        end = end if isinstance(end, dt.date) else dt.date.fromisoformat(str(end))
        return start, end
    except ValueError:
        return None


def find_similar(conn, city_slug: str, kind: str, values: dict) -> list[dict]:
    """Earlier requests of the same kind to the same city whose date ranges overlap."""
    mine = _date_range(values)
    if mine is None:
        return []
    out = []
    for r in store.requests_like(conn, city_slug, kind):
        if r["status"] == "withdrawn":
            continue
        theirs = _date_range(r["params"])
        if theirs and mine[0] <= theirs[1] and theirs[0] <= mine[1]:
            out.append(r)
    return out


def _city(conn, slug: str) -> dict:
    city = get_city(conn, slug)
    if city is None:
        raise FilingError(f"no city {slug!r} in the database", city_slug=slug, retryable=False,
                          hint="Check the slug with `prr cities list`; run `prr init` after adding a registry file.")
    return city


def _template(kind: str, settings) -> Template:
    try:
        return get_template(kind, settings.templates_dirs)
    except LetterError as e:
        raise FilingError(str(e), retryable=False) from None


# --- drafting ---

@dataclass
class Preview:
    city_slug: str
    kind: str
    channel: str
    recipient: str | None
    subject: str
    body: str
    params: dict = field(default_factory=dict)
    dedupe_key: str = ""


def preview_request(conn, city_slug: str, kind: str, params: dict, *, settings=None,
                    channel: str | None = None, token: str = "PRR-XXXXXXXX") -> Preview:
    """Render the letter a draft would hold, without saving anything."""
    from prr.mail import subject_with_token

    settings = _settings(settings)
    city = _city(conn, city_slug)
    tpl = _template(kind, settings)
    if not tpl.meta.standalone:
        raise FilingError(f"a {kind!r} letter is about an existing request; send it with send_letter "
                          "(the follow-up flow does)", retryable=False)
    try:
        letter = render(tpl, params, city=city, profile=settings.profile, token=token)
    except LetterError as e:
        raise FilingError(f"{city_slug}: {e}", city_slug=city_slug, retryable=False) from None
    contact = current_contact(conn, city_slug, tpl.meta.recipient)
    return Preview(city_slug, kind, channel or city["channel"], contact["value"] if contact else None,
                   subject_with_token(letter.subject, token), letter.body, letter.params,
                   dedupe_key(city_slug, kind, letter.params))


def draft_request(conn, city_slug: str, kind: str, params: dict, *, settings=None, confirm_similar: bool = False,
                  channel: str | None = None) -> int:
    """Save a draft letter for one city. Refuses an identical request (naming it) and, unless
    ``confirm_similar``, one whose date range overlaps an earlier request of the same kind."""
    from prr.tokens import new_token

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
    similar = find_similar(conn, city_slug, kind, pv.params)
    if similar and not confirm_similar:
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


# --- filing ---

def _channel_class(kind: str) -> type[Channel]:
    import prr.channels  # noqa: F401  (registers every channel)

    try:
        return Channel.get(kind)
    except KeyError as e:
        raise FilingError(str(e.args[0]), retryable=False) from None


def _contact_for(conn, city: dict, ch_cls: type[Channel], recipient_kind: str) -> tuple[str | None, dict | None]:
    needed = recipient_kind if ch_cls.needs == "recipient" else ch_cls.needs
    if needed is None:
        return None, None
    contact = current_contact(conn, city["slug"], needed)
    if contact is None:
        raise MissingContactError(
            f"{city['name']} ({city['slug']}) has no current {needed} contact, which the {ch_cls.kind} channel needs",
            city_slug=city["slug"],
            hint=f"Add a {needed} contact to the city's registry file and run `prr init`, "
                 f"or file through another channel with --channel.")
    if needed == "portal_url" and contact.get("vendor") and contact["vendor"] != ch_cls.kind:
        raise MissingContactError(
            f"{city['name']} ({city['slug']}): its portal_url is a {contact['vendor']} portal, "
            f"not {ch_cls.kind}", city_slug=city["slug"], hint=f"File with --channel {contact['vendor']}.")
    return needed, contact


def _build_draft(request: dict, city: dict, settings, *, message_id: str, contact: dict | None,
                 contact_kind: str | None, to: str | None = None, subject: str | None = None,
                 body: str | None = None, kind: str | None = None, in_reply_to: str | None = None) -> Draft:
    from prr.tokens import plus_address

    prof = _profile(settings)
    email_to = to
    if email_to is None and contact is not None and contact_kind and contact_kind.endswith("_email"):
        email_to = contact["value"]
    return Draft(
        request_id=request["id"], city_slug=city["slug"], city_name=city["name"], kind=kind or request["kind"],
        token=request["token"], subject=subject or request["subject"], body=body or request["body"],
        message_id=message_id, from_name=prof["name"], from_addr=prof["email"], to=email_to,
        reply_to=plus_address(settings.reply_to, request["token"]) if settings.reply_to else None,
        in_reply_to=in_reply_to,
        portal_url=contact["value"] if contact and contact_kind == "portal_url" else None,
        portal_vendor=contact.get("vendor") if contact and contact_kind == "portal_url" else None,
        address=contact["value"] if contact and contact_kind == "address" else None,
        profile=prof, params=request.get("params") or {})


def _record_failure(conn, request: dict, channel: str, error: str, *, permanent: bool, expect) -> None:
    with write(conn):
        changed = store.set_status(conn, request["id"], "failed", reason=error, expect=expect, channel=channel)
        if changed or request["status"] == "failed":
            store.update_request(conn, request["id"], last_error=error)
            add_event(conn, "filing_failed", request_id=request["id"], city_slug=request["city_slug"],
                      channel=channel, error=error, retryable=True, permanent=permanent)


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
        else:
            add_event(conn, "submission_prepared", request_id=request["id"], city_slug=city["slug"],
                      channel=receipt.channel, message_id=draft.message_id, communication_id=comm_id,
                      portal_url=receipt.detail.get("portal_url"), fields=receipt.detail.get("fields"),
                      path=receipt.path)
        if receipt.tracking_number:
            store.add_tracking_number(conn, request["id"], receipt.tracking_number, source="portal",
                                      communication_id=comm_id)


def _deliver(conn, request: dict, city: dict, channel: Channel, draft: Draft) -> Receipt:
    crash_point("before_send")
    try:
        receipt = channel.file(draft)
    except ChannelError as e:
        _record_failure(conn, request, channel.kind, str(e), permanent=e.permanent, expect=("filing",))
        raise FilingError(f"{city['slug']}: request {request['id']} failed: {e}", request_id=request["id"],
                          city_slug=city["slug"],
                          hint=f"Fix the cause, then retry with `prr request file {request['id']}`.") from None
    crash_point("after_send")
    _record_success(conn, request, city, draft, receipt)
    crash_point("after_record")
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
    return (dt.datetime.now(dt.timezone.utc) - started).total_seconds() < FILING_LEASE_S


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
        hint = (f"Submit it, then record it with `prr request submitted {request_id} --tracking NUMBER`."
                if request["status"] == "awaiting_submission" else f"See it with `prr request show {request_id}`.")
        raise FilingError(f"request {request_id} is {request['status']}, not a draft: nothing to file",
                          request_id=request_id, city_slug=request["city_slug"], retryable=False, hint=hint)
    city = _city(conn, request["city_slug"])
    kind = channel or request["channel"] or city["channel"] or "outbox"
    ch = _get_channel(kind, settings, channels)
    tpl = _template(request["kind"], settings)
    try:
        contact_kind, contact = _contact_for(conn, city, type(ch), tpl.meta.recipient)
    except MissingContactError as e:
        e.request_id = request_id
        _record_failure(conn, request, kind, str(e), permanent=True, expect=FILABLE)
        raise
    from prr.mail import new_message_id

    message_id = request["message_id"] or new_message_id(request["token"], settings.profile.email)
    parent = store.get_request(conn, request["parent_id"]) if request.get("parent_id") else None
    draft = _build_draft(request, city, settings, message_id=message_id, contact=contact, contact_kind=contact_kind,
                         in_reply_to=(parent or {}).get("message_id"))
    with write(conn):
        if not store.set_status(conn, request_id, "filing", expect=FILABLE, reason=f"filing via {kind}",
                                channel=kind):
            raise FilingError(f"request {request_id} is already being filed by another run",
                              request_id=request_id, retryable=False)
        store.update_request(conn, request_id, channel=kind, message_id=message_id,
                             recipient=draft.to or draft.portal_url or draft.address)
        add_event(conn, "filing_started", request_id=request_id, city_slug=city["slug"], channel=kind,
                  message_id=message_id, to=draft.to or draft.portal_url or draft.address,
                  pid=os.getpid(), host=socket.gethostname())
    request = store.get_request(conn, request_id)
    return _deliver(conn, request, city, ch, draft)


def reconcile_request(conn, request_id: int, *, settings=None, channels: dict[str, Channel] | None = None) -> Receipt:
    """Settle a request left in `filing` by an interrupted run: record it as filed if the
    channel has evidence the letter went out, otherwise send it again with the same
    Message-ID (email) or mark it failed for the user to check (portals)."""
    settings = _settings(settings)
    request = store.get_request(conn, request_id)
    if request is None or request["status"] != "filing":
        raise FilingError(f"request {request_id} is not in the filing state", request_id=request_id,
                          retryable=False)
    if _filing_alive(conn, request):
        raise FilingError(f"request {request_id} is being filed by another run right now", request_id=request_id,
                          retryable=False, hint="Wait for it to finish, then look again with `prr request show`.")
    city = _city(conn, request["city_slug"])
    kind = request["channel"] or city["channel"] or "outbox"
    ch = _get_channel(kind, settings, channels)
    tpl = _template(request["kind"], settings)
    started = store.last_event(conn, request_id, "filing_started")
    message_id = request["message_id"] or (started or {}).get("detail", {}).get("message_id")
    try:
        contact_kind, contact = _contact_for(conn, city, type(ch), tpl.meta.recipient)
    except MissingContactError:
        contact_kind, contact = None, None
    to = (started or {}).get("detail", {}).get("to") if type(ch).sends_email else None
    draft = _build_draft(request, city, settings, message_id=message_id, contact=contact,
                         contact_kind=contact_kind, to=to or request["recipient"] if type(ch).sends_email else None)
    receipt = ch.reconcile(draft) if message_id else None
    if receipt is not None:
        if receipt.sent_at is None and receipt.status == "filed":
            receipt.sent_at = (started or {}).get("at") or now_utc()
        add_event(conn, "filing_reconciled", request_id=request_id, city_slug=city["slug"], found=True,
                  how=receipt.detail.get("evidence", kind), message_id=message_id)
        _record_success(conn, request, city, draft, receipt)
        receipt.detail["reconciled"] = True
        return receipt
    add_event(conn, "filing_reconciled", request_id=request_id, city_slug=city["slug"], found=False,
              how="sent journal" + (", IMAP Sent folder" if settings.imap_url else ""), message_id=message_id)
    if not type(ch).resend_after_crash or not message_id:
        note = (f"filing through {kind} was interrupted and prr cannot tell whether it went through; "
                f"check the portal for a request mentioning {request['token']} before retrying")
        _record_failure(conn, request, kind, note, permanent=False, expect=("filing",))
        raise FilingError(f"{city['slug']}: request {request_id}: {note}", request_id=request_id,
                          city_slug=city["slug"], hint=f"Then `prr request file {request_id}` files it again, "
                          f"or `prr request submitted {request_id} --tracking NUMBER` records the portal's number.")
    if draft.to is None and type(ch).sends_email:
        _record_failure(conn, request, kind, "no recipient address", permanent=True, expect=("filing",))
        raise FilingError(f"request {request_id} has no recipient address", request_id=request_id)
    add_event(conn, "filing_started", request_id=request_id, city_slug=city["slug"], channel=kind,
              message_id=message_id, to=draft.to, pid=os.getpid(), host=socket.gethostname(), resend=True)
    return _deliver(conn, request, city, ch, draft)


def _get_channel(kind: str, settings, channels: dict[str, Channel] | None) -> Channel:
    cls = _channel_class(kind)
    if channels is None:
        return cls(settings)
    if kind not in channels:
        channels[kind] = cls(settings)
    return channels[kind]


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

    def to_json(self) -> dict:
        return {"request_id": self.request_id, "city": self.city_slug, "ok": self.ok, "status": self.status,
                "error": self.error, "hint": self.hint,
                "receipt": self.receipt.to_json() if self.receipt else None}


def file_batch(conn, request_ids, *, channel: str | None = None, settings=None, on_done=None) -> list[Outcome]:
    """File several requests; one failing (missing contact, refused mail) never stops the others.
    SMTP connections are reused across the batch."""
    settings = _settings(settings)
    channels: dict[str, Channel] = {}
    out: list[Outcome] = []
    try:
        for rid in dict.fromkeys(request_ids):
            try:
                receipt = file_request(conn, rid, channel=channel, settings=settings, channels=channels)
                o = Outcome(rid, None, True, receipt.status, receipt)
            except FilingError as e:
                o = Outcome(rid, e.city_slug, False, (store.get_request(conn, rid) or {}).get("status", "missing"),
                            error=str(e), hint=e.hint)
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
        from prr.letters import check_single_line

        check_single_line("tracking number", number)
    city = _city(conn, request["city_slug"])
    with write(conn):
        for number in tracking:
            store.add_tracking_number(conn, request_id, number, source="user")
        if request["status"] == "awaiting_submission":
            sent_at = now_utc()
            received_on = on.isoformat() if on else local_date(sent_at, city.get("timezone") or settings.timezone)
            if on:
                sent_at = dt.datetime.combine(on, dt.time(12), ZoneInfo(city.get("timezone") or settings.timezone)) \
                    .astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()
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


def request_context(conn, request: dict) -> dict:
    """What follow-up letters may say about their request."""
    ctx = dict(request)
    ctx["filed_on"] = request.get("received_on") or (request.get("filed_at") or "")[:10] or None
    ctx["tracking_numbers"] = store.tracking_numbers_for(conn, request["id"])
    ctx["followups"] = store.count_events(conn, request["id"], "followup_sent")
    return ctx


def determination_due(conn, request: dict):
    """The request's CPRA deadlines (prr.request_deadlines), cached on the row; None until
    the request has been received by the city."""
    from prr.request_deadlines import refresh_deadlines

    return refresh_deadlines(conn, request["id"])


def send_letter(conn, request_id: int, *, kind: str, params: dict, to: str | None = None, settings=None,
                today: dt.date | None = None) -> int:
    """Send a letter about an existing request (follow-up, escalation, clarification-reply)
    through the request's email channel (outbox unless it was filed by smtp, or smtp is
    configured). The recipient defaults to the city's *current* contact of the kind the
    template names, read now, so an accepted contact change re-routes it. Returns the id
    of the outgoing communication recorded."""
    from prr.channels.smtp import smtp_url
    from prr.mail import new_message_id

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
