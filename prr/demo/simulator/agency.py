"""The agency at the other end: it reads the requests that reached it and answers by email.

Requests arrive by email (the SMTP sink) or through the portal. The agency answers in
stages, the way California clerks do: an acknowledgement with a tracking number, a
written extension notice citing a reason from Gov. Code 7922.535(c) before the ten days
run out, then the release with the records attached. Each city follows its own script
(a city that extends and then goes quiet is how follow-ups get exercised).

Replies are real RFC 5322 messages delivered into a Maildir. They thread on the
request (In-Reply-To and References carry the request's Message-ID; the subject keeps
its ``[PRR-...]`` token) and their Date headers follow the scenario's calendar, which
runs ahead of the wall clock: the agency's "day 8" is eight days after the request was
received, whatever the time is now.
"""
from __future__ import annotations

import email.policy
import mailbox
import re
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from prr.demo.simulator.incident_pdf import incident_log_pdf, make_events
from prr.demo.simulator.portal import Portal
from prr.registry.registry import City
from prr.requests.tokens import find_tokens

PACIFIC = ZoneInfo("America/Los_Angeles")
STAGES = ("ack", "extension", "release")

# Local time of day and scenario day (days after receipt) of each stage.
STAGE_TIMING = {"ack": (1, time(9, 47)), "extension": (8, time(14, 5)), "release": (17, time(11, 20))}


@dataclass
class ReceivedRequest:
    """A request as the agency saw it arrive."""
    city_slug: str
    via: str                       # email | portal
    received_at: datetime          # aware, UTC
    subject: str
    body: str
    requester_email: str
    requester_name: str
    message_id: str | None = None
    token: str | None = None
    tracking_number: str = ""
    answered: list[str] = field(default_factory=list)       # stages sent
    reply_ids: list[str] = field(default_factory=list)      # Message-IDs of our replies, in order

    @property
    def received_on(self) -> date:
        return self.received_at.astimezone(PACIFIC).date()


@dataclass
class Delivered:
    city_slug: str
    stage: str
    message_id: str
    subject: str
    date: datetime
    maildir_key: str
    tracking_number: str
    attachment: str | None = None


def _weekday_on_or_before(d: date, open_days=(0, 1, 2, 3)) -> date:
    while d.weekday() not in open_days:
        d -= timedelta(days=1)
    return d


def _weekday_on_or_after(d: date, open_days=(0, 1, 2, 3)) -> date:
    while d.weekday() not in open_days:
        d += timedelta(days=1)
    return d


def _long(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


class Agency:
    """Answers requests received by ``sink`` (email) and ``portals`` into ``inbox`` (a Maildir).

    ``scripts`` maps a city slug to the stages its clerk goes through, e.g.
    ``{"oxnard": ("ack", "extension", "release"), "mission-viejo": ("ack", "extension")}``.
    """

    def __init__(self, cities: dict[str, City], sink, portals: dict[str, Portal], inbox: Path, *,
                 scripts: dict[str, tuple[str, ...]] | None = None,
                 incident_window: dict[str, tuple[date, date]] | None = None):
        self.cities = cities
        self.sink = sink
        self.portals = portals
        self.inbox = Path(inbox)
        self.scripts = scripts or {slug: STAGES for slug in cities}
        self.incident_window = incident_window or {}     # city slug -> period the log covers
        self.requests: list[ReceivedRequest] = []
        self.followups: list[dict] = []          # later messages on a known request (follow-ups)
        self.unrouted: list[str] = []            # messages to an address no city uses
        self.delivered: list[Delivered] = []
        self._seen_email = 0
        self._seen_portal: dict[str, int] = {}
        self._lock = threading.Lock()
        self._sequence = 142
        # Extra addresses a city answers on (e.g. a new records address announced on its page).
        self.extra_addresses: dict[str, str] = {}

    # -- intake ---------------------------------------------------------------------------

    def _city_for_address(self, addresses: list[str]) -> str | None:
        lowered = {a.lower() for a in addresses}
        for slug, city in self.cities.items():
            own = {c.value.lower() for c in city.contacts if c.value and "@" in c.value}
            own |= {a.lower() for a, s in self.extra_addresses.items() if s == slug}
            if lowered & own:
                return slug
        return None

    def collect(self) -> list[ReceivedRequest]:
        """Take in what arrived since the last call; returns the new requests."""
        new: list[ReceivedRequest] = []
        with self._lock:
            received = self.sink.received[self._seen_email:]
            self._seen_email += len(received)
            for item in received:
                self._take_email(item, new)
            for slug, portal in self.portals.items():
                start = self._seen_portal.get(slug, 0)
                subs = portal.submissions[start:]
                self._seen_portal[slug] = start + len(subs)
                for sub in subs:
                    tokens = find_tokens(sub.description)
                    req = ReceivedRequest(
                        city_slug=slug, via="portal", received_at=sub.submitted_at,
                        subject=f"Public records request {sub.number}", body=sub.description,
                        requester_email=sub.email, requester_name=sub.name,
                        token=tokens[0] if tokens else None, tracking_number=sub.number)
                    self.requests.append(req)
                    new.append(req)
        return new

    def _take_email(self, item, new: list[ReceivedRequest]) -> None:
        msg = item.message
        rcpts = [a for _, a in getaddresses(list(item.rcpt_tos) + msg.get_all("To", []))]
        slug = self._city_for_address(rcpts)
        subject = str(msg.get("Subject", ""))
        if slug is None:
            self.unrouted.append(subject)
            return
        tokens = find_tokens(subject)
        token = tokens[0] if tokens else None
        known = next((r for r in self.requests if token and r.token == token), None)
        body_part = msg.get_body(preferencelist=("plain",))
        body = body_part.get_content() if body_part is not None else ""
        if known is not None:
            self.followups.append({"city_slug": slug, "token": token, "subject": subject,
                                   "message_id": str(msg.get("Message-ID", "")).strip()})
            return
        try:
            sent = parsedate_to_datetime(str(msg["Date"])).astimezone(UTC)
        except (TypeError, ValueError):
            sent = datetime.now(UTC)
        reply_to = msg.get("Reply-To") or msg.get("From") or ""
        name, addr = (getaddresses([str(reply_to)]) or [("", "")])[0]
        from_name = getaddresses([str(msg.get("From", ""))])[0][0] or name
        req = ReceivedRequest(
            city_slug=slug, via="email", received_at=sent, subject=subject, body=body,
            requester_email=addr, requester_name=from_name,
            message_id=str(msg.get("Message-ID", "")).strip() or None, token=token)
        req.tracking_number = self._govqa_number(req.received_on)
        self.requests.append(req)
        new.append(req)

    def _govqa_number(self, received_on: date) -> str:
        self._sequence += 1
        return f"R{self._sequence:06d}-{received_on:%m%d%y}"

    # -- answers --------------------------------------------------------------------------

    def stage_date(self, req: ReceivedRequest, stage: str) -> datetime:
        """When the clerk sends ``stage`` (aware, Pacific): business days, before the deadline."""
        day, at = STAGE_TIMING[stage]
        open_days = (0, 1, 2, 3) if req.city_slug == "oxnard" else (0, 1, 2, 3, 4)
        target = req.received_on + timedelta(days=day)
        # The extension must reach the requester before day 10; everything else waits for an open day.
        d = _weekday_on_or_before(target, open_days) if stage == "extension" else _weekday_on_or_after(target, open_days)
        return datetime.combine(d, at, tzinfo=PACIFIC)

    def answer(self, stage: str) -> list[Delivered]:
        """Send ``stage`` for every request whose city's script includes it and has not had it."""
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}; stages are {', '.join(STAGES)}")
        out = []
        for req in list(self.requests):
            if stage not in self.scripts.get(req.city_slug, ()) or stage in req.answered:
                continue
            out.append(self._deliver(req, stage))
        return out

    def _deliver(self, req: ReceivedRequest, stage: str) -> Delivered:
        city = self.cities[req.city_slug]
        when = self.stage_date(req, stage)
        msg = EmailMessage()
        clerk = city.contact("records_email")
        domain = clerk.value.split("@", 1)[1] if clerk and clerk.value else "example.gov"
        msg["From"] = f"City of {city.name} - City Clerk <{clerk.value if clerk else 'clerk@' + domain}>"
        msg["To"] = f"{req.requester_name} <{req.requester_email}>" if req.requester_name else req.requester_email
        msg["Subject"] = self._subject(req, stage)
        msg["Date"] = format_datetime(when)
        mid = f"<{uuid.uuid4().hex}@{domain}>"
        msg["Message-ID"] = mid
        if req.message_id:
            msg["In-Reply-To"] = req.message_id
            msg["References"] = " ".join([req.message_id] + req.reply_ids)
        elif req.reply_ids:
            msg["In-Reply-To"] = req.reply_ids[-1]
            msg["References"] = " ".join(req.reply_ids)
        msg["Delivered-To"] = req.requester_email
        msg.set_content(self._body(req, stage, city))
        attachment = None
        if stage == "release":
            start, end = self.incident_window.get(req.city_slug) or (req.received_on - timedelta(days=45),
                                                                     req.received_on - timedelta(days=15))
            events = make_events(start, end, seed=sum(map(ord, req.city_slug)))
            pdf = incident_log_pdf(city.name, start, end, events, printed_on=when.date())
            attachment = f"{city.name.replace(' ', '-')}-IT-Event-Register-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.pdf"
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment)
        for sub in ("tmp", "new", "cur"):
            (self.inbox / sub).mkdir(parents=True, exist_ok=True)
        box = mailbox.Maildir(str(self.inbox), create=False)
        # Long subjects stay on one line (folding a subject is legal but reads badly).
        key = box.add(msg.as_bytes(policy=email.policy.default.clone(max_line_length=998)))
        req.answered.append(stage)
        req.reply_ids.append(mid)
        d = Delivered(req.city_slug, stage, mid, str(msg["Subject"]), when, key, req.tracking_number, attachment)
        self.delivered.append(d)
        return d

    def _subject(self, req: ReceivedRequest, stage: str) -> str:
        if req.via == "email":
            base = req.subject if re.match(r"(?i)re:", req.subject) else f"RE: {req.subject}"
            return base
        # Portal mail carries the portal's request number, never the requester's token.
        return f"[Records Center] City of {self.cities[req.city_slug].name} public records request {req.tracking_number}"

    def _body(self, req: ReceivedRequest, stage: str, city: City) -> str:
        name = req.requester_name or "Requester"
        received = _long(req.received_on)
        phone = city.contact("records_phone")
        sign = (f"\n\nSincerely,\n\nOffice of the City Clerk\nCity of {city.name}\n"
                f"{phone.label if phone else ''}\n")
        ref = f"Reference: {req.tracking_number}\n\n"
        if stage == "ack":
            return (f"Dear {name},\n\n"
                    f"The City of {city.name} received your California Public Records Act request on {received}. "
                    f"Your request has been assigned tracking number {req.tracking_number}. "
                    f"Please refer to this number in any future correspondence about this request.\n\n"
                    f"The City is reviewing your request and will notify you of its determination "
                    f"as required by Government Code section 7922.535." + sign)
        if stage == "extension":
            due = req.received_on + timedelta(days=10)
            return (f"Dear {name},\n\n" + ref +
                    f"This letter concerns your public records request received on {received}. "
                    f"Pursuant to Government Code section 7922.535(b), the City is extending the time to "
                    f"respond to your request by 14 days because of the need to search for, collect, and "
                    f"appropriately examine a voluminous amount of separate and distinct records that are "
                    f"demanded in a single request (Gov. Code section 7922.535(c)(2)), and the need to "
                    f"consult with the City's information technology vendor, which has a substantial "
                    f"interest in the determination of the request.\n\n"
                    f"The City expects to make its determination and produce any disclosable records "
                    f"on or before {_long(due + timedelta(days=14))}." + sign)
        return (f"Dear {name},\n\n" + ref +
                f"The City has completed its search for records responsive to your request received on "
                f"{received}. Attached please find the records responsive to your request: the Information "
                f"Technology event register for the period you requested.\n\n"
                f"This completes the City's response to your request." + sign)
