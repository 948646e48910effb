"""Outgoing mail: RFC 5322 messages, SMTP URLs, sending with retry, the sent journal.

Sending is the one step that cannot be undone, so it is bracketed:

* the Message-ID is fixed (and stored) before the send, so a resend after a crash is
  recognisably the same message;
* right after the server's ``250`` the Message-ID is appended to the sent journal
  (``PRR_HOME/sent-journal.jsonl``) and fsync'd, before anything else happens;
* transient failures (421, 451 and other 4xx replies, a dropped or refused connection)
  are retried with exponential backoff; a 5xx reply is permanent and reported with
  the server's own reason;
* at most once: once the server has said ``354`` and the message is on its way, a
  dropped connection or a timeout before the final reply is *not* retried: the server
  may have stored it. That :class:`SendError` has ``unconfirmed=True`` and filing
  records the request as ``send_unconfirmed`` for the journal, the IMAP Sent folder or
  the user to settle.
"""
from __future__ import annotations

import email.policy
import email.utils
import json
import os
import smtplib
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote

from prr.core.settings import is_loopback_host, parse_credential_url
from prr.requests.letters import MAX_HEADER_CHARS, HeaderInjectionError, check_single_line, has_line_break

POLICY = email.policy.SMTP.clone(max_line_length=78)


class SendError(Exception):
    """Sending failed. ``permanent`` says whether retrying the same message can help."""

    def __init__(self, message: str, *, code: int | None = None, permanent: bool = False,
                 unconfirmed: bool = False):
        super().__init__(message)
        self.code = code
        self.permanent = permanent
        self.unconfirmed = unconfirmed


class _PhaseMixin:
    """Remembers whether the message body was handed over (the server said 354 to DATA):
    from then on a lost connection leaves the outcome unknown."""
    body_handed_over = False
    _data_sent = False

    def putcmd(self, cmd, args=""):
        self._data_sent = cmd.lower() == "data"
        return super().putcmd(cmd, args)

    def getreply(self):
        code, msg = super().getreply()
        if self._data_sent and code == 354:
            self.body_handed_over = True
        self._data_sent = False
        return code, msg


class _SMTP(_PhaseMixin, smtplib.SMTP):
    pass


class _SMTP_SSL(_PhaseMixin, smtplib.SMTP_SSL):
    pass


def subject_with_token(subject: str, token: str) -> str:
    tag = f"[{token}]"
    return subject if tag.lower() in subject.lower() else f"{subject} {tag}"


def new_message_id(token: str, from_addr: str) -> str:
    domain = from_addr.rpartition("@")[2] or "prr.invalid"
    return email.utils.make_msgid(idstring=token.lower(), domain=domain)


def build_message(*, from_name: str, from_addr: str, to: str, subject: str, body: str, token: str,
                  message_id: str, reply_to: str | None = None, in_reply_to: str | None = None,
                  references: str | None = None, date: float | None = None,
                  cc: str | None = None) -> EmailMessage:
    """A complete message. Every header value is checked before (line breaks, encoded
    words, length) and after the mail library has parsed it (what it decoded), and the
    finished message must read back with exactly the headers written here."""
    for name, value in (("From name", from_name), ("From", from_addr), ("To", to), ("Subject", subject),
                        ("Reply-To", reply_to), ("Message-ID", message_id), ("In-Reply-To", in_reply_to),
                        ("References", references), ("Cc", cc)):
        check_single_line(name, value, max_chars=MAX_HEADER_CHARS)
    msg = EmailMessage(policy=POLICY)
    msg["From"] = email.utils.formataddr((from_name, from_addr)) if from_name else from_addr
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject_with_token(subject, token)
    msg["Date"] = email.utils.formatdate(date, localtime=False, usegmt=True)
    msg["Message-ID"] = message_id
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    msg["X-PRR-Token"] = token
    # Plain 7bit keeps .eml files readable; quoted-printable only when the text needs it.
    plain = body.isascii() and all(len(line) < 990 for line in body.splitlines())
    msg.set_content(body, cte="7bit" if plain else "quoted-printable")
    _check_headers(msg)
    return msg


_EXPECTED_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "reply-to", "in-reply-to",
                     "references", "x-prr-token", "content-type", "content-transfer-encoding", "mime-version"}


def _check_headers(msg: EmailMessage) -> None:
    """What the headers hold once decoded, and what a receiving server would parse."""
    for name, value in msg.items():
        decoded = str(value)
        if has_line_break(decoded) or len(decoded) > 4 * MAX_HEADER_CHARS:
            raise HeaderInjectionError(f"the {name} header would contain a line break or be too long once "
                                       "decoded; refusing to build the message")
    reread = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    names = [k.lower() for k in reread.keys()]
    unexpected = sorted(set(names) - _EXPECTED_HEADERS)
    if unexpected or len(names) != len(set(names)):
        raise HeaderInjectionError(f"the message would carry unexpected headers ({', '.join(unexpected) or 'a repeated one'}); "
                                   "refusing to build it")
    for name in reread.keys():
        if has_line_break(str(reread[name])):
            raise HeaderInjectionError(f"the {name} header decodes to a line break; refusing to build the message")


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    implicit_tls: bool = False
    starttls: str = "auto"            # auto (when offered) | require | never
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    cafile: str | None = None         # extra CA to trust (a private relay's certificate)
    # The URL said ?tls=none: a password may go in clear to a non-loopback host.
    allow_cleartext_auth: bool = False

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def __repr__(self) -> str:  # never show the password
        return (f"SmtpConfig(host={self.host!r}, port={self.port}, implicit_tls={self.implicit_tls}, "
                f"starttls={self.starttls!r}, username={self.username!r})")


SMTP_URL_OPTIONS = ("starttls", "tls", "timeout", "cafile")


def parse_smtp_url(url: str) -> SmtpConfig:
    """``smtp://user:pass@host:587`` (STARTTLS when offered), ``smtps://...:465`` (implicit TLS).
    ``?starttls=require`` refuses to send in clear; ``?starttls=never`` skips it;
    ``?cafile=PATH`` trusts a private CA; ``?tls=none`` allows a login without TLS to a
    host that is not this machine (refused otherwise: the password would go in clear)."""
    parts = parse_credential_url(url, what="SMTP")
    if parts.scheme not in ("smtp", "smtps"):
        raise ValueError(f"SMTP URL must start with smtp:// or smtps://, got {parts.scheme}://")
    try:
        raw_query = parse_qs(parts.query, strict_parsing=bool(parts.query))
    except ValueError:
        raise ValueError("SMTP URL options must be written ?name=value&name=value") from None
    query = {k: v[-1] for k, v in raw_query.items()}
    unknown = sorted(set(query) - set(SMTP_URL_OPTIONS))
    if unknown:
        raise ValueError(f"unknown SMTP URL option {', '.join(unknown)}; known: {', '.join(SMTP_URL_OPTIONS)}")
    starttls = query.get("starttls", "auto")
    if starttls not in ("auto", "require", "never"):
        raise ValueError(f"starttls must be auto, require or never, got {starttls!r}")
    tls = query.get("tls", "")
    if tls not in ("", "none"):
        raise ValueError(f"tls= only takes 'none' (allow a login without TLS), got {tls!r}")
    try:
        timeout = float(query.get("timeout", 30))
    except ValueError:
        raise ValueError(f"timeout must be a number of seconds, got {query['timeout']!r}") from None
    implicit = parts.scheme == "smtps"
    return SmtpConfig(
        host=parts.hostname, port=parts.port or (465 if implicit else 587), implicit_tls=implicit,
        starttls="never" if implicit else starttls, username=parts.username, password=parts.password,
        timeout=timeout, cafile=query.get("cafile"), allow_cleartext_auth=tls == "none")


def _retryable(exc: BaseException) -> tuple[bool, int | None, str]:
    """(retry?, code, reason) for an exception raised while talking to the server."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [c for c, _ in exc.recipients.values()]
        reason = "; ".join(f"{r}: {c} {m.decode(errors='replace') if isinstance(m, bytes) else m}"
                           for r, (c, m) in exc.recipients.items())
        code = max(codes) if codes else None
        return (code is not None and 400 <= code < 500), code, reason
    if isinstance(exc, smtplib.SMTPResponseException):
        msg = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return 400 <= exc.smtp_code < 500, exc.smtp_code, f"{exc.smtp_code} {msg}"
    if isinstance(exc, (smtplib.SMTPServerDisconnected, ConnectionError, socket.timeout, TimeoutError)):
        return True, None, f"connection lost: {exc or type(exc).__name__}"
    if isinstance(exc, ssl.SSLError):
        return False, None, f"TLS error: {exc}"
    if isinstance(exc, OSError):
        return True, None, f"could not connect: {exc}"
    if isinstance(exc, smtplib.SMTPException):
        return False, None, str(exc)
    return False, None, repr(exc)


class SmtpSender:
    """One SMTP connection reused across a batch; reconnects and retries as needed.

    ``send(msg)`` returns the server's reply to DATA or raises :class:`SendError`.
    """

    def __init__(self, config: SmtpConfig, *, attempts: int = 4, backoff: float = 1.0,
                 max_backoff: float = 30.0, sleep=time.sleep):
        self.config = config
        self.attempts = attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._smtp: smtplib.SMTP | None = None
        self._lock = threading.Lock()

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        if c.implicit_tls:
            smtp = _SMTP_SSL(c.host, c.port, timeout=c.timeout, context=c.tls_context())
            smtp.ehlo()
        else:
            smtp = _SMTP(c.host, c.port, timeout=c.timeout)
            smtp.ehlo()
            offered = smtp.has_extn("starttls")
            if c.starttls == "require" and not offered:
                smtp.close()
                raise SendError(f"{c.host} does not offer STARTTLS and the URL requires it", permanent=True)
            if offered and c.starttls != "never":
                smtp.starttls(context=c.tls_context())
                smtp.ehlo()
        if c.username:
            encrypted = c.implicit_tls or isinstance(getattr(smtp, "sock", None), ssl.SSLSocket)
            if not encrypted and not c.allow_cleartext_auth and not is_loopback_host(c.host):
                smtp.close()
                raise SendError(f"{c.host} offers no TLS (no STARTTLS), so the password would go in clear; "
                                "not logging in. Use smtps:// or a server with STARTTLS, or add ?tls=none "
                                "to PRR_SMTP_URL to allow it knowingly.", permanent=True)
            try:
                smtp.login(c.username, c.password or "")
            except smtplib.SMTPAuthenticationError as e:
                smtp.close()
                raise SendError(f"{c.host} refused the login: {e.smtp_code} "
                                f"{e.smtp_error.decode(errors='replace')}", code=e.smtp_code, permanent=True) from None
        return smtp

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except Exception:
                try:
                    self._smtp.close()
                except Exception:
                    pass
            self._smtp = None

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def send(self, msg: EmailMessage, *, from_addr: str | None = None, to_addrs: list[str] | None = None) -> str:
        last_reason = ""
        with self._lock:
            for attempt in range(1, self.attempts + 1):
                try:
                    if self._smtp is None:
                        self._smtp = self._connect()
                    self._smtp.body_handed_over = False
                    refused = self._smtp.send_message(msg, from_addr=from_addr, to_addrs=to_addrs)
                    if refused:
                        raise smtplib.SMTPRecipientsRefused(refused)
                    return "250 accepted"
                except SendError:
                    raise
                except Exception as e:  # noqa: BLE001 - classified below
                    retry, code, reason = _retryable(e)
                    last_reason = reason
                    handed_over = self._smtp is not None and self._smtp.body_handed_over and code is None
                    self._drop()
                    if handed_over:
                        # Lost after the message was handed over: it may be stored. Never again.
                        raise SendError(f"{self.config.host} took the message but the connection was lost "
                                        f"before it confirmed ({reason}): it may or may not have been stored",
                                        unconfirmed=True) from None
                    if not retry:
                        raise SendError(f"{self.config.host} refused the message: {reason}", code=code,
                                        permanent=True) from None
                    if attempt < self.attempts:
                        self._sleep(min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))
        raise SendError(f"{self.config.host} did not accept the message after {self.attempts} attempts: "
                        f"{last_reason}", permanent=False)

    def _drop(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.close()
            except Exception:
                pass
            self._smtp = None


class SentJournal:
    """Append-only, fsync'd record of messages a server accepted: the evidence reconciliation
    trusts after a crash between the send and the database update."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def append(self, message_id: str, **detail) -> None:
        line = json.dumps({"message_id": message_id, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                           **detail}, sort_keys=True, default=str) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line.encode())
                os.fsync(fd)
            finally:
                os.close(fd)

    def find(self, message_id: str, *, phase: str = "sent") -> dict | None:
        """The latest entry for a message in this phase: ``sent`` (the server or portal
        accepted it; entries without a phase are from before phases and mean sent) or
        ``sending`` (a send was started: written, fsync'd, before connecting)."""
        if not self.path.exists():
            return None
        found = None
        with self.path.open(encoding="utf-8") as f:
            for line in f:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue  # a line torn by a crash mid-write is not evidence
                if entry.get("message_id") == message_id and entry.get("phase", "sent") == phase:
                    found = entry
        return found


def imap_sent_has(imap_url: str, message_id: str, *, folder: str | None = None) -> bool | None:
    """Whether an IMAP Sent folder holds a message with this Message-ID (None: could not check).

    ``imap_url`` is ``imap(s)://user:pass@host[:port][/Folder][?cafile=PATH]``; ``folder``
    (default "Sent") wins over the URL's folder, which usually names the inbox.
    """
    import imaplib

    try:
        parts = parse_credential_url(imap_url, what="IMAP")
    except ValueError:
        return None
    mailbox = folder or unquote(parts.path.lstrip("/")) or "Sent"
    cafile = {k: v[-1] for k, v in parse_qs(parts.query).items()}.get("cafile")
    try:
        if parts.scheme == "imaps":
            imap = imaplib.IMAP4_SSL(parts.hostname, parts.port or 993,
                                     ssl_context=ssl.create_default_context(cafile=cafile))
        else:
            imap = imaplib.IMAP4(parts.hostname, parts.port or 143)
        try:
            if parts.username:
                imap.login(parts.username, parts.password or "")
            status, _ = imap.select(f'"{mailbox}"', readonly=True)
            if status != "OK":
                return None
            status, data = imap.search(None, "HEADER", "Message-ID", f'"{message_id}"')
            return status == "OK" and bool(data and data[0].split())
        finally:
            try:
                imap.logout()
            except Exception:
                pass
    except (OSError, imaplib.IMAP4.error):
        return None
