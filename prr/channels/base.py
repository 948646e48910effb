"""The Channel plugin family and what flows through it: a Draft in, a Receipt out."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from typing import Any, ClassVar

from prr.core.plugins import Plugin


class ChannelError(Exception):
    """The channel could not file. ``permanent``: retrying the same thing will not help
    until something changes (a contact, a setting); the user may still retry."""

    def __init__(self, message: str, *, permanent: bool = False, unconfirmed: bool = False):
        super().__init__(message)
        self.permanent = permanent
        # The letter may have reached the city (a drop after the message was handed over):
        # the request becomes send_unconfirmed and is never sent again automatically.
        self.unconfirmed = unconfirmed


@dataclass
class Draft:
    """Everything a channel needs to deliver one letter."""
    request_id: int
    city_slug: str
    city_name: str
    kind: str                      # template kind
    token: str
    subject: str
    body: str
    message_id: str                # fixed before the send; a resend after a crash reuses it
    from_name: str
    from_addr: str
    to: str | None = None          # email recipient (email channels)
    reply_to: str | None = None
    in_reply_to: str | None = None
    portal_url: str | None = None
    portal_vendor: str | None = None
    address: str | None = None     # postal address (manual)
    profile: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)

    def message(self) -> EmailMessage:
        from prr.channels.mail import build_message

        if not self.to:
            raise ChannelError(f"no recipient address for request {self.request_id}", permanent=True)
        return build_message(from_name=self.from_name, from_addr=self.from_addr, to=self.to,
                             subject=self.subject, body=self.body, token=self.token,
                             message_id=self.message_id, reply_to=self.reply_to,
                             in_reply_to=self.in_reply_to)


@dataclass
class Receipt:
    """What a channel reports back. ``status`` is ``filed`` (the city has it),
    ``ready_to_send`` (written to the outbox; the user sends it) or
    ``awaiting_submission`` (prepared; a person must submit it)."""
    request_id: int
    channel: str
    status: str
    message_id: str | None
    sent_at: str | None            # UTC ISO timestamp of delivery (None while awaiting submission)
    to: str | None = None
    tracking_number: str | None = None
    path: str | None = None        # file written (.eml, printable letter, saved fields)
    detail: dict[str, Any] = field(default_factory=dict)
    received_on: str | None = None  # filled in by filing: local date the agency received it

    def to_json(self) -> dict:
        return asdict(self)


class Channel(Plugin):
    """A way of delivering a request to a city."""
    registry: ClassVar[dict[str, type]] = {}
    contract = ("file", "reconcile")

    # Contact kind the channel needs from the registry; "recipient" means the email
    # contact the template names (records_email, it_email, attorney_email).
    needs: ClassVar[str | None] = "recipient"
    sends_email: ClassVar[bool] = False
    # Doing it again only rewrites the same local file (outbox, printable letter, portal
    # fields): after a crash it is simply done again.
    idempotent: ClassVar[bool] = False

    def __init__(self, settings, **options):
        self.settings = settings
        self.options = options

    def file(self, draft: Draft) -> Receipt:
        raise NotImplementedError

    def reconcile(self, draft: Draft) -> Receipt | None:
        """Evidence that an interrupted earlier attempt went through (None: no evidence)."""
        return None

    def attempted(self, draft: Draft) -> bool:
        """Whether an earlier run may have started delivering this letter (its intent is
        journalled before connecting). Without that, a crashed filing is safe to redo."""
        return not self.idempotent

    def close(self) -> None:
        """Release connections kept open across a batch."""

    @classmethod
    def check_contract(cls, member: type) -> None:
        assert member.needs in (None, "recipient", "portal_url", "address"), member.needs
