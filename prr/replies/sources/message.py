"""Reading a raw RFC 5322 message robustly.

Mail from city systems is often malformed: a missing or wrong charset, headers that do
not parse, MIME with no boundary, transfer encodings nobody knows. :func:`parse_message`
never raises. It returns what it could read plus two lists: ``fatal`` problems (part of
the content could not be read, so the message must not change a request without a
person looking at it) and ``notes`` (a fallback was used; the content is still sound).

Hostile mail is bounded before the mail library sees it (``settings.limits``): a message
over the size limit is read for its headers only; an oversized header field (20,000
encoded words in a Subject, 50,000 recipients) is replaced by a marker; too many MIME
parts or too deep a nesting stops the body from being walked; an attachment whose
encoded size already exceeds the decoded limit is not decoded. Each is a ``fatal``
reason, so the message goes to review with it.
"""
from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import errors as email_errors
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from prr.core.files import safe_filename
from prr.replies.matching import Envelope

KNOWN_CTE = {"", "7bit", "8bit", "binary", "base64", "quoted-printable",
             "x-uuencode", "uuencode", "uue", "x-uue"}
# Headers added in transit: the same message fetched from IMAP and from an mbox differs
# only in these (and in line endings), so they are left out of the content hash.
TRACE_HEADERS = {"received", "return-path", "delivered-to", "x-original-to", "status", "x-status",
                 "x-keywords", "x-uid", "content-length", "lines", "authentication-results",
                 "received-spf", "x-envelope-from", "x-envelope-to"}
TRACE_PREFIXES = ("x-mozilla-", "x-spam-", "arc-", "x-gm-", "x-ms-exchange-")
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024     # default; settings.limits.attachment_bytes wins
_ENCODED_WORD = re.compile(rb"=\?[^?\s]*\?[bBqQ]\?[^?\s]*\?=")
_ADDRESS_HEADERS = (b"to", b"cc", b"bcc", b"resent-to", b"resent-cc", b"reply-to", b"from", b"sender")
_MSGID = re.compile(r"<[^<>\s]+>")
_URL = re.compile(r"https?://[^\s<>\"')]+", re.IGNORECASE)
_FATAL_DEFECTS = (email_errors.NoBoundaryInMultipartDefect, email_errors.StartBoundaryNotFoundDefect,
                  email_errors.MultipartInvariantViolationDefect)


@dataclass
class Attachment:
    filename: str          # safe name, as stored
    original_name: str | None
    content_type: str
    data: bytes

    @property
    def is_pdf(self) -> bool:
        return (self.content_type == "application/pdf" or self.filename.lower().endswith(".pdf")
                or self.data[:5] == b"%PDF-")


@dataclass
class ParsedMessage:
    message: Message | None
    envelope: Envelope
    from_line: str = ""
    date_header: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    fatal: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def has_link(self) -> bool:
        return bool(_URL.search(self.envelope.body or ""))


def content_hash(raw: bytes) -> str:
    """sha256 of the message without transit headers, with line endings normalised."""
    data = raw.replace(b"\r\n", b"\n")
    head, sep, body = data.partition(b"\n\n")
    kept: list[bytes] = []
    keep = True
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):       # continuation of a folded header
            if keep:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower().decode("latin-1")
        keep = not (name in TRACE_HEADERS or name.startswith(TRACE_PREFIXES))
        if keep:
            kept.append(line)
    return hashlib.sha256(b"\n".join(kept) + sep + body).hexdigest()


def message_ids(value: str | None) -> list[str]:
    return _MSGID.findall(value or "")


def _raw_header(msg: Message, name: str) -> str:
    for k, v in msg.raw_items():
        if k.lower() == name.lower():
            try:
                return str(make_header(decode_header(v)))
            except Exception:
                return v if isinstance(v, str) else str(v)
    return ""


def header(msg: Message, name: str, notes: list[str] | None = None) -> str:
    """A header as text; an unparseable one falls back to its raw value (noted)."""
    try:
        v = msg.get(name)
        return "" if v is None else str(v)
    except Exception as e:
        if notes is not None:
            notes.append(f"header {name} could not be parsed ({e.__class__.__name__}); raw value used")
        return _raw_header(msg, name)


def _addresses(values: list[str]) -> list[str]:
    return [addr for _, addr in getaddresses(values) if addr]


def _decode_text(part: Message, where: str, notes: list[str]) -> str:
    data = part.get_payload(decode=True) or b""
    declared = part.get_param("charset")
    charset = declared if isinstance(declared, str) else None
    if charset:
        try:
            return data.decode(charset)
        except LookupError:
            notes.append(f"unknown charset {charset!r} in {where}")
        except UnicodeDecodeError:
            notes.append(f"{where} is not valid {charset}")
    else:
        try:
            return data.decode("ascii")
        except UnicodeDecodeError:
            notes.append(f"no charset declared for 8-bit text in {where}")
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        notes.append(f"{where} decoded as {best.encoding} (detected)")
        return str(best)
    notes.append(f"{where} decoded as UTF-8 with replacement characters")
    return data.decode("utf-8", errors="replace")


def _html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    text = soup.get_text("\n")
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _filename(part: Message, notes: list[str]) -> str | None:
    try:
        return part.get_filename()
    except Exception as e:
        notes.append(f"attachment name could not be decoded ({e.__class__.__name__})")
        return part.get_param("filename", header="content-disposition") or part.get_param("name")


def _walk(msg: Message, parsed: ParsedMessage, max_attachment: int = MAX_ATTACHMENT_BYTES) -> tuple[list[str], list[str]]:
    plain: list[str] = []
    html: list[str] = []
    for index, part in enumerate(msg.walk()):
        where = f"part {index} ({part.get_content_type()})"
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        if part.get_content_maintype() == "multipart":
            # A multipart that could not be split: keep its text readable for review.
            plain.append(str(part.get_payload()))
            continue
        cte = str(part.get("Content-Transfer-Encoding", "") or "").strip().lower()
        if cte not in KNOWN_CTE:
            parsed.fatal.append(f"unknown transfer encoding {cte!r} in {where}; its content was not decoded")
            continue
        name = _filename(part, parsed.notes)
        disposition = part.get_content_disposition()
        maintype = part.get_content_maintype()
        if name or disposition == "attachment" or maintype not in ("text",):
            encoded = part.get_payload()
            # base64 decodes to 3/4 of its size: a part that cannot fit is never decoded.
            estimate = len(encoded) * 3 // 4 if isinstance(encoded, str) and cte == "base64" else None
            data = b"" if estimate is not None and estimate > max_attachment else part.get_payload(decode=True) or b""
            if (estimate or len(data)) > max_attachment:
                parsed.notes.append(f"attachment {name!r} is {(estimate or len(data)) // (1024 * 1024)} MB, over the "
                                    f"{max_attachment // (1024 * 1024)} MB limit (PRR_LIMIT_ATTACHMENT_BYTES); "
                                    "not saved (the raw message is kept)")
                continue
            ctype = part.get_content_type()
            safe = safe_filename(name, default=f"attachment-{index}")
            if name and safe != name:
                parsed.notes.append(f"attachment name {name!r} saved as {safe!r}")
            parsed.attachments.append(Attachment(safe, name, ctype, data))
            continue
        text = _decode_text(part, where, parsed.notes)
        (html if part.get_content_subtype() == "html" else plain).append(text)
    # After decoding: base64 problems are only found then.
    for index, part in enumerate(msg.walk()):
        where = f"part {index} ({part.get_content_type()})"
        for d in getattr(part, "defects", []):
            if isinstance(d, _FATAL_DEFECTS):
                parsed.fatal.append(f"broken MIME in {where}: {d.__class__.__name__}")
            else:
                parsed.notes.append(f"{where}: {d.__class__.__name__}")
    return plain, html


def _plausible(when: datetime, received_at: datetime | None) -> bool:
    """A date every later step can use: convertible to UTC and to any local zone (a year
    9999 date with a negative offset overflows), and within reason: not before 1990, not a
    year ahead (clocks drift and simulated agencies date ahead, so a little is allowed)."""
    from datetime import timedelta

    try:
        utc = when.astimezone(UTC)
        (utc + timedelta(days=2)) - timedelta(days=2)
    except (OverflowError, ValueError):
        return False
    now = received_at or datetime.now(UTC)
    return datetime(1990, 1, 1, tzinfo=UTC) <= utc <= now + timedelta(days=366)


def _split_head(raw: bytes) -> tuple[bytes, bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(sep)
        if found and b"\n\n" not in head and b"\r\n\r\n" not in head:
            return head, found, body
    return raw, b"", b""


def prescreen(raw: bytes, limits) -> tuple[bytes, list[str]]:
    """The bytes safe to hand to the mail parser, and why anything was left out."""
    fatal: list[str] = []
    if len(raw) > limits.message_bytes:
        fatal.append(f"too_large: the message is {len(raw) / 1e6:.1f} MB, over the {limits.message_bytes / 1e6:.0f} MB "
                     "limit (PRR_LIMIT_MESSAGE_BYTES); only its headers were read")
        head, sep, _ = _split_head(raw[:limits.header_bytes + 4])
        raw = head + (sep or b"\n\n")
    head, sep, body = _split_head(raw)
    if len(head) > limits.header_bytes:
        fatal.append(f"too_large: the headers are {len(head) // 1024} KB, over the {limits.header_bytes // 1024} KB "
                     "limit (PRR_LIMIT_HEADER_BYTES); the rest of them was not read")
        head = head[:limits.header_bytes].rsplit(b"\n", 1)[0]
    fields: list[list[bytes]] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    kept, recipients = [], 0
    for lines in fields:
        name = lines[0].split(b":", 1)[0].strip().lower()
        value = b"".join(lines)
        words = len(_ENCODED_WORD.findall(value)) if b"=?" in value else 0
        if name in _ADDRESS_HEADERS[:4]:
            recipients += value.count(b"@")
        why = (f"{len(value) // 1024} KB long" if len(value) > limits.header_field_bytes
               else f"{words} encoded words" if words > limits.encoded_words
               else f"{recipients} recipients so far" if name in _ADDRESS_HEADERS[:4] and recipients > limits.recipients
               else None)
        if why:
            fatal.append(f"too_large: header {name.decode('latin-1')[:40]} was {why}, over the limit; "
                         "it was left out")
            continue
        kept.extend(lines)
    boundaries = body.count(b"\n--") + body.startswith(b"--")
    if boundaries > limits.mime_parts * 2:     # a boundary line per part, plus closing and nested ones
        fatal.append(f"too_large: {boundaries} MIME boundary lines, more than {limits.mime_parts} parts can have "
                     "(PRR_LIMIT_MIME_PARTS); the body was not read")
        body = b""
    return b"\n".join(kept) + (sep or b"\n\n") + body, fatal


def _depth(msg: Message, limit: int) -> int:
    """Nesting depth of the MIME tree, without recursion (stops counting past ``limit``)."""
    deepest, stack = 0, [(msg, 1)]
    while stack:
        part, d = stack.pop()
        deepest = max(deepest, d)
        if d > limit:
            break
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend((p, d + 1) for p in payload)
    return deepest


def parse_message(raw: bytes, *, received_at: datetime | None = None, limits=None) -> ParsedMessage:
    if limits is None:
        from prr.core.settings import get_settings

        limits = get_settings().limits
    raw, fatal = prescreen(raw, limits)
    notes: list[str] = []
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as e:  # the parser is lenient; this is a last resort
        fatal.append(f"message could not be parsed: {e.__class__.__name__}: {e}")
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    parsed = ParsedMessage(message=msg, envelope=Envelope(), fatal=fatal, notes=notes)
    if not msg.keys():
        fatal.append("no RFC 5322 headers found")
    env = parsed.envelope
    mids = message_ids(header(msg, "Message-ID", notes))
    env.message_id = mids[0] if mids else None
    if env.message_id is None:
        notes.append("no Message-ID header; duplicates are recognised by content hash")
    env.in_reply_to = message_ids(header(msg, "In-Reply-To", notes))
    env.references = message_ids(header(msg, "References", notes))
    parsed.from_line = header(msg, "From", notes)
    froms = _addresses([parsed.from_line])
    env.from_addr = froms[0].lower() if froms else ""
    if not env.from_addr:
        notes.append("no sender address (From)")
    env.to_addrs = _addresses([header(msg, h, notes) for h in ("To", "Cc", "Delivered-To", "X-Original-To")])
    env.subject = header(msg, "Subject", notes)
    parsed.date_header = header(msg, "Date", notes)
    try:
        env.date = parsedate_to_datetime(parsed.date_header) if parsed.date_header else None
        if env.date is not None and env.date.tzinfo is None:
            env.date = env.date.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        notes.append(f"unreadable Date header {parsed.date_header!r}; the time it arrived is used")
        env.date = None
    if env.date is not None and not _plausible(env.date, received_at):
        notes.append(f"Date header {parsed.date_header!r} is out of range; the time it arrived is used")
        env.date = None
    if env.date is None:
        if not parsed.date_header:
            notes.append("no Date header; the time it arrived is used")
        env.date = received_at or datetime.now(UTC)
    try:
        depth = _depth(msg, limits.mime_depth)
        parts = sum(1 for _ in msg.walk()) if depth <= limits.mime_depth else 0
        if depth > limits.mime_depth or parts > limits.mime_parts:
            fatal.append(f"too_large: MIME nesting deeper than {limits.mime_depth} or more than {limits.mime_parts} "
                         "parts (PRR_LIMIT_MIME_DEPTH, PRR_LIMIT_MIME_PARTS); the body was not read")
            plain, html = [], []
        else:
            plain, html = _walk(msg, parsed, limits.attachment_bytes)
    except Exception as e:
        fatal.append(f"MIME structure could not be read: {e.__class__.__name__}: {e}")
        plain, html = [], []
    env.body = "\n\n".join(t for t in plain if t.strip()) or "\n\n".join(_html_to_text(h) for h in html)
    return parsed
