"""The parts of a reply e-mail that are read: body text (plain, else HTML), text
attachments, whether a real attachment came, and the Date header as a local date."""
from __future__ import annotations

import re
from datetime import date
from email.message import Message

TIMEZONE = "America/Los_Angeles"


def _decode(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:   # broken transfer encoding: read nothing rather than fail the reply
        return ""
    if payload is None:
        inner = part.get_payload()
        return inner if isinstance(inner, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:   # unknown charset name: keep what can be read
        return payload.decode("utf-8", errors="replace")


_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_HTML_BODY = re.compile(r"^\s*(?:<!doctype|<html|<body|<div|<p\b|<table)", re.IGNORECASE)


def _strip_html(text: str) -> str:
    """Mail that reached us as HTML source in a text body: read its text, not its tags."""
    return _html_to_text(text) if _HTML_BODY.match(text[:200]) else text


def _html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


def message_local_date(msg: Message, timezone: str = TIMEZONE) -> date | None:
    """The Date header as a California calendar date (None when missing or unreadable)."""
    from email.utils import parsedate_to_datetime
    from zoneinfo import ZoneInfo

    raw = msg.get("Date")
    if not raw:
        return None
    try:
        dt = parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    if dt.tzinfo is None:
        return dt.date()
    return dt.astimezone(ZoneInfo(timezone)).date()


def reply_parts(msg: Message) -> tuple[str, str, bool]:
    """(body text, text of text attachments, has a real attachment) of a message."""
    plain, html, attached, has_attachment = [], [], [], False
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        # images referenced from the HTML (Content-ID) are signatures and logos, not records
        is_logo = part.get_content_maintype() == "image" and part.get("Content-ID") is not None
        if (filename or disposition == "attachment") and not is_logo:
            has_attachment = True
            if ctype == "text/plain":
                attached.append(_decode(part))
            continue
        if ctype == "text/plain":
            plain.append(_decode(part))
        elif ctype == "text/html":
            html.append(_decode(part))
    body = "\n\n".join(plain) if plain else "\n\n".join(_html_to_text(h) for h in html)
    return body, "\n\n".join(attached), has_attachment

