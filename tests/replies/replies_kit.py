"""Real RFC 5322 messages for the reply tests."""
from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def build_mail(*, subject: str = "Your records request", body: str = "Thank you.",
               sender: str = "City Clerk <cityclerk@oxnard.org>", to: str = "dana@example.org",
               in_reply_to: str | None = None, date: datetime | None = None,
               message_id: str | None = None, attachments: list[tuple[str, bytes, str]] = (),
               headers: dict | None = None) -> bytes:
    """A well-formed RFC 5322 message as bytes (CRLF line ends, as on the wire)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2026, 3, 5, 18, 30, tzinfo=UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="oxnard.org")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    from email.policy import SMTP

    return msg.as_bytes(policy=SMTP)
