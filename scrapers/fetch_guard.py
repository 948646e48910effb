"""What the fetcher checks on every hop and every answer: the resolved address
against the allowed networks, the per-host pace, Retry-After, bot challenges and the
text encoding."""
from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from email.utils import parsedate_to_datetime

from prr.scrapers.fetch_types import FetchError

# --- addresses -------------------------------------------------------------------------

def parse_allow(allow) -> tuple:
    """The networks internal addresses may be in: ``True`` allows every range (code
    only, never from a setting), a CIDR string or an iterable of them allows just those."""
    if allow is True:
        return (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
    if isinstance(allow, tuple) and all(isinstance(n, (ipaddress.IPv4Network, ipaddress.IPv6Network)) for n in allow):
        return allow          # already parsed (the fetcher parses its setting once)
    if not allow:
        return ()
    if isinstance(allow, str):
        allow = [allow]
    nets = []
    for n in allow:
        try:
            nets.append(ipaddress.ip_network(str(n).strip(), strict=False))
        except ValueError:
            raise ValueError(f"{n!r} is not a network like 127.0.0.0/8 or ::1/128") from None
    return tuple(nets)


def _is_internal(ip) -> bool:
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
            or ip.is_reserved or ip.is_unspecified)


def check_address(host: str, port: int, allow) -> list[str]:
    """Resolve ``host`` and refuse internal addresses outside the allowed networks
    (checks every resolved IP, not the name)."""
    nets = parse_allow(allow)
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as e:
        raise FetchError("dns", host, f"cannot resolve {host}: {e.strerror or e}") from None
    addrs = sorted({info[4][0] for info in infos})
    for a in addrs:
        ip = ipaddress.ip_address(a.split("%")[0])
        if getattr(ip, "ipv4_mapped", None):
            ip = ip.ipv4_mapped
        if _is_internal(ip) and not any(ip.version == n.version and ip in n for n in nets):
            raise FetchError("blocked_address", host,
                             f"{host} resolves to internal address {ip}; refused "
                             "(add its range to PRR_ALLOW_NETWORKS to allow it, e.g. 127.0.0.0/8)")
    return addrs


# --- politeness ------------------------------------------------------------------------

class HostGate:
    """At most ``limit`` requests in flight to one host, starts ``interval`` s apart."""

    def __init__(self, limit: int, interval: float):
        self.sem = threading.BoundedSemaphore(max(1, limit))
        self.lock = threading.Lock()
        self.interval = interval
        self.next_start = 0.0

    def acquire(self) -> None:
        self.sem.acquire()
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.interval
        if start > now:
            time.sleep(start - now)

    def release(self) -> None:
        self.sem.release()

    def push_back(self, seconds: float) -> None:
        """The host asked us to wait (Retry-After): nobody starts before then."""
        with self.lock:
            self.next_start = max(self.next_start, time.monotonic() + seconds)


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# Interstitials that stand in for the page. A reCAPTCHA on a real page (a records
# request form) is not one, so the weak markers only count on an error status.
_CHALLENGE_STRONG = ("just a moment...", "cf-chl-", "/cdn-cgi/challenge-platform", "checking your browser",
                     "_incapsula_resource", "captcha-delivery.com", "px-captcha", "ddos protection by")
_CHALLENGE_WEAK = ("attention required! | cloudflare", "g-recaptcha", "are you a robot", "access denied",
                   "request unsuccessful")
_CHALLENGE_STRONG_BYTES = tuple(m.encode() for m in _CHALLENGE_STRONG)
_CHALLENGE_WEAK_BYTES = tuple(m.encode() for m in _CHALLENGE_WEAK)


def _looks_like_challenge(status: int, headers: dict, body: bytes) -> bool:
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return True
    if len(body) > 50000:          # challenge pages are small; a big page is the page
        return False
    if body.isascii():
        # The markers are ASCII: an ASCII page is searched as bytes (decoding and
        # lower-casing the text of every page fetched cost 5x this, measured).
        head, strong, weak = body.lower(), _CHALLENGE_STRONG_BYTES, _CHALLENGE_WEAK_BYTES
    else:
        head, strong, weak = body.decode("utf-8", "replace").lower(), _CHALLENGE_STRONG, _CHALLENGE_WEAK
    if any(m in head for m in strong):
        return True
    return status in (403, 429, 503) and any(m in head for m in weak)



def retry_wait(url: str, status: int, headers: dict, body: bytes, location: str | None, *,
               accept_errors: bool, may_retry: bool, max_retry_after: float) -> float | None:
    """What one answer means for its request, the same for the fetcher's threads and its
    event loop: ``None`` when the answer stands (a page, a redirect, 304, or an error the
    caller accepts); a number of seconds to wait before asking again (429 or 503 with a
    Retry-After short enough, while ``may_retry``); else the :class:`FetchError` it is."""
    if location is not None or status == 304 or 200 <= status < 300:
        if status == 200 and _looks_like_challenge(status, headers, body):
            raise FetchError("bot_challenge", url, "the site answered with a bot challenge page", status=status)
        return None
    if accept_errors:
        return None
    if _looks_like_challenge(status, headers, body):
        raise FetchError("bot_challenge", url, f"HTTP {status} bot challenge; the site blocks automated clients",
                         status=status)
    wait = parse_retry_after(headers.get("retry-after"))
    if status in (429, 503) and may_retry:
        wait = 1.0 if wait is None else wait
        if wait <= max_retry_after:
            return wait
    kind = "http_4xx" if status < 500 else "http_5xx"
    raise FetchError(kind, url, f"HTTP {status}", status=status, retry_after=wait)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-:.]+)""", re.I)


def detect_encoding(body: bytes, content_type: str | None) -> str:
    """Declared charset (header, then <meta>), else charset-normalizer's best guess."""
    if content_type:
        m = re.search(r"charset=[\"']?([\w\-:.]+)", content_type, re.I)
        if m and _valid_codec(m.group(1)):
            return m.group(1).lower()
    m = _META_CHARSET.search(body[:4096])
    if m and _valid_codec(m.group(1).decode("ascii", "ignore")):
        return m.group(1).decode("ascii").lower()
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200000]).best()
    guess = best.encoding if best else "cp1252"
    # Undeclared single-byte text on a US site is nearly always windows-1252 (the HTML
    # default); short samples make the detector pick a neighbour like cp1250.
    if guess.replace("_", "").lower() in _SINGLE_BYTE_NEIGHBOURS:
        try:
            body.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return guess


_SINGLE_BYTE_NEIGHBOURS = {"cp1250", "cp1252", "cp1254", "cp1257", "latin1", "latin2", "iso88591",
                           "iso885915", "iso88592", "iso88599", "iso885913", "macroman", "windows1252",
                           "windows1250", "cp850", "cp437", "maclatin2"}


def _valid_codec(name: str) -> bool:
    import codecs

    try:
        codecs.lookup(name)
        return True
    except LookupError:
        return False
