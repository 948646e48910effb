"""IMAP mailboxes, read incrementally by UID.

``PRR_IMAP_URL`` looks like ``imaps://user:password@mail.example.org:993/INBOX``.
Options go in the query string: ``cafile=/path/ca.pem`` (trust a private CA or a
self-signed server), ``batch=25`` (messages per FETCH), ``timeout=60`` (seconds),
``mark_seen=1`` (let the server set \\Seen; off by default), ``tls=no`` (allow a
cleartext ``imap://`` login to a non-local server; off by default), ``since=2026-01-01``
(ignore mail that arrived before that day: useful on a first poll of a large mailbox).

The mailbox is opened read-only (EXAMINE) and bodies are fetched with ``BODY.PEEK[]``,
so nothing on the server changes. The position is the last UID whose message is
committed to the database, stored with the folder's UIDVALIDITY: if the server
renumbers the folder, reading starts over and the ingest step's duplicate check
skips what was already stored. A connection dropped mid-fetch loses nothing: the
messages not yet committed are fetched again on the next poll.
"""
from __future__ import annotations

import imaplib
import ipaddress
import re
import ssl
from collections.abc import Iterator
from datetime import date
from urllib.parse import parse_qs, unquote

from prr.core.settings import parse_credential_url
from prr.replies.sources.base import Source, SourceError

_UID = re.compile(rb"UID (\d+)")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # not locale-dependent


def _is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


IMAP_URL_OPTIONS = ("cafile", "batch", "timeout", "mark_seen", "tls", "since")


def _number(opts: dict, name: str, default, kind, what: str):
    if name not in opts:
        return default
    try:
        return kind(opts[name])
    except ValueError:
        raise SourceError(f"IMAP URL option {name}= must be {what}, got {opts[name]!r}") from None


class ImapSource(Source):
    """Reads new messages from an IMAP folder (TLS, by UID, read-only unless told)."""

    kind = "imap"
    options = {'PRR_IMAP_URL': 'imap[s]://user:password@host:port/FOLDER (polled when set)'}

    @classmethod
    def polled(cls, settings) -> bool:
        return bool(settings.imap_url)

    def __init__(self, location: str | None = None, *, settings=None):
        if location is None:
            if settings is None:
                from prr.core.settings import get_settings

                settings = get_settings()
            from prr.core.settings import reveal

            location = reveal(settings.imap_url)
        if not location:
            raise SourceError("no IMAP URL configured (set PRR_IMAP_URL, e.g. imaps://user:pass@host:993/INBOX)")
        super().__init__(location, settings=settings)
        try:
            parts = parse_credential_url(location, what="IMAP")
        except ValueError as e:
            raise SourceError(str(e)) from None
        if parts.scheme not in ("imap", "imaps"):
            raise SourceError(f"IMAP URL must start with imap:// or imaps://, got {parts.scheme}://")
        self.tls = parts.scheme == "imaps"
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (993 if self.tls else 143)
        self.user = parts.username or ""
        self._password = parts.password or ""
        self.folder = unquote(parts.path.lstrip("/")) or "INBOX"
        opts = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        unknown = sorted(set(opts) - set(IMAP_URL_OPTIONS))
        if unknown:
            raise SourceError(f"unknown IMAP URL option {', '.join(unknown)}; known: {', '.join(IMAP_URL_OPTIONS)}")
        self.cafile = opts.get("cafile")
        self.batch = max(1, _number(opts, "batch", 25, int, "a whole number of messages per FETCH"))
        self.timeout = _number(opts, "timeout", 60.0, float, "a number of seconds")
        self.mark_seen = opts.get("mark_seen", "0").lower() in ("1", "yes", "true")
        self.allow_cleartext = opts.get("tls", "yes").lower() in ("0", "no", "false", "none")
        try:
            self.since = date.fromisoformat(opts["since"]) if opts.get("since") else None
        except ValueError:
            raise SourceError(f"since= must be a date like 2026-01-01, got {opts['since']!r}") from None
        self.state_key = f"imap://{self.user}@{self.host}:{self.port}/{self.folder}"
        self.uidvalidity: int | None = None
        self.last_uid = 0
        self.reset_reason: str | None = None
        self._stored: dict | None = None
        self._conn: imaplib.IMAP4 | None = None

    def describe(self) -> str:
        return self.state_key

    def resume(self, state: dict | None) -> None:
        self._stored = state

    def checkpoint(self, source_ref: str) -> dict | None:
        uid = int(source_ref.rsplit(":", 1)[1])
        self.last_uid = max(self.last_uid, uid)
        return {"uidvalidity": self.uidvalidity, "last_uid": self.last_uid}

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def _connect(self) -> imaplib.IMAP4:
        try:
            if self.tls:
                conn = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=self._context(), timeout=self.timeout)
            else:
                conn = imaplib.IMAP4(self.host, self.port, timeout=self.timeout)
                if "STARTTLS" in conn.capabilities:
                    conn.starttls(self._context())
                elif not (self.allow_cleartext or _is_local(self.host)):
                    conn.shutdown()
                    raise SourceError(f"{self.host} offers no STARTTLS; refusing to send the password in clear "
                                      "(use imaps://, or add ?tls=no to the URL to allow it)")
        except (OSError, ssl.SSLError, imaplib.IMAP4.error) as e:
            raise SourceError(f"cannot connect to {self.describe()}: {e}") from None
        try:
            conn.login(self.user, self._password)
        except imaplib.IMAP4.error:
            raise SourceError(f"login refused for {self.user} at {self.host}:{self.port}; "
                              "check the user and password in PRR_IMAP_URL") from None
        return conn

    def messages(self) -> Iterator[tuple[str, bytes]]:
        try:
            yield from self._messages()
        except (TimeoutError, OSError, ssl.SSLError, imaplib.IMAP4.abort) as e:
            raise SourceError(f"connection to {self.describe()} lost after UID {self.last_uid}: "
                              f"{e.__class__.__name__}: {e}; the next poll resumes from there") from None
        except imaplib.IMAP4.error as e:
            raise SourceError(f"IMAP error from {self.describe()}: {e}") from None
        finally:
            self.close()

    def _messages(self) -> Iterator[tuple[str, bytes]]:
        conn = self._conn = self._connect()
        typ, data = conn.select(_quote(self.folder), readonly=not self.mark_seen)
        if typ != "OK":
            raise SourceError(f"cannot open folder {self.folder!r} on {self.host}: {data}")
        self.uidvalidity = int(conn.response("UIDVALIDITY")[1][0])
        stored = self._stored or {}
        if stored.get("uidvalidity") not in (None, self.uidvalidity):
            self.reset_reason = (f"UIDVALIDITY changed from {stored['uidvalidity']} to {self.uidvalidity}; "
                                 "reading the folder again (duplicates are skipped)")
            self.last_uid = 0
        else:
            self.last_uid = int(stored.get("last_uid") or 0)
        criteria = f"UID {self.last_uid + 1}:*"
        if self.since is not None:
            criteria += f" SINCE {self.since.day}-{_MONTHS[self.since.month - 1]}-{self.since.year}"
        typ, data = conn.uid("SEARCH", None, criteria)
        # "N:*" always includes the highest UID, even when it is below N.
        uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > self.last_uid)
        item = "BODY[]" if self.mark_seen else "BODY.PEEK[]"
        for start in range(0, len(uids), self.batch):
            chunk = uids[start:start + self.batch]
            typ, data = conn.uid("FETCH", ",".join(map(str, chunk)), f"(UID {item})")
            if typ != "OK":
                raise SourceError(f"FETCH failed on {self.describe()}: {data}")
            fetched: dict[int, bytes] = {}
            for part in data:
                if isinstance(part, tuple) and (m := _UID.search(part[0])):
                    fetched[int(m.group(1))] = part[1]
            for uid in chunk:
                if uid in fetched:      # expunged meanwhile: nothing to read
                    yield f"imap:{self.folder}:{uid}", fetched[uid]

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.logout()
        except Exception:  # the connection may already be gone; nothing to save
            pass


def _quote(folder: str) -> str:
    return folder if re.fullmatch(r"[A-Za-z0-9._/-]+", folder) else '"' + folder.replace('"', '\\"') + '"'
