"""Polite HTTP fetching for watched city pages.

One :class:`PoliteFetcher` per run holds one ``requests.Session`` (connection
reuse), a per-host gate (at most ``per_host`` requests in flight and at least
``interval`` seconds between request starts to the same host) inside a global
concurrency limit, and a robots.txt cache (Crawl-delay raises the host's
interval). Redirects are followed by hand so that every hop is checked: only
http/https, at most ``max_redirects`` hops, no loops, and the *resolved* address
of each host must not be private, loopback or link-local unless its network is
allowed (``PRR_ALLOW_NETWORKS``, e.g. ``127.0.0.0/8``).

:meth:`PoliteFetcher.fetch_many` (a watch's pages) runs on one thread, an event loop
(:mod:`fetch_loop`), when it talks to the sites directly; through a proxy, on threads.

Failures are typed (:class:`FetchError.kind`) so callers can tell "the page is
gone" from "the network hiccuped"; an error page never comes back as a
:class:`Fetched`, so it can never be stored as a snapshot.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from prr.scrapers.fetch_guard import (  # noqa: F401  (public names, importable from here as before)
    HostGate,
    _looks_like_challenge,
    check_address,
    detect_encoding,
    parse_allow,
    parse_retry_after,
    retry_wait,
)
from prr.scrapers.fetch_headers import lean_pool_manager
from prr.scrapers.fetch_io import RequestsResponse, Urllib3Response, drain, raise_connect_error, short
from prr.scrapers.fetch_loop import fetch_in_loop
from prr.scrapers.fetch_threads import fetch_in_threads
from prr.scrapers.fetch_types import FAILURE_KINDS, Fetched, FetchError  # noqa: F401

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "FAILURE_KINDS", "FetchError", "Fetched", "HostGate",
           "PoliteFetcher", "check_address", "detect_encoding", "fetch_url", "parse_allow", "parse_retry_after"]
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TIMEOUT = (10.0, 30.0)        # connect, read (per chunk)
MAX_CRAWL_DELAY_S = 60.0              # a silly Crawl-delay must not stall a run for hours
# A host's resolved addresses are checked again after this long. (Not per request: the
# connection resolves the name itself anyway, so checking it more often stops nothing
# more, and it was a name lookup per page fetched.)
ADDRESS_CHECK_TTL_S = 60.0
_NOT_READ = object()                  # a host whose robots.txt was not read yet

# --- the fetcher -----------------------------------------------------------------------

class PoliteFetcher:
    """Fetch pages politely. Thread-safe; share one instance for a whole run."""

    def __init__(self, settings=None, *, allow_private=None, per_host: int | None = None,
                 interval: float | None = None, global_limit: int | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, timeout=DEFAULT_TIMEOUT,
                 max_redirects: int = 10, max_retry_after: float = 30.0, retries: int = 2,
                 respect_robots: bool = True, user_agent: str | None = None):
        import requests
        from requests.adapters import HTTPAdapter

        if settings is None:
            from prr.core.settings import get_settings

            settings = get_settings()
        self.settings = settings
        self.allow_private = settings.allow_networks if allow_private is None else allow_private
        self._allowed = parse_allow(self.allow_private)   # a bad network fails here, not on the first fetch
        self._address_checked: dict[tuple[str, int], float] = {}     # (host, port) -> when it passed
        self.per_host = per_host if per_host is not None else settings.per_host_concurrency
        self.interval = interval if interval is not None else settings.per_host_interval_s
        self.global_limit = global_limit if global_limit is not None else settings.global_concurrency
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.max_retry_after = max_retry_after
        self.retries = retries
        self.respect_robots = respect_robots
        self.user_agent = user_agent or settings.user_agent
        self.session = requests.Session()
        import os

        pool = max(10, self.global_limit)
        self._headers = {"User-Agent": self.user_agent,
                         "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                         "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"}
        # Without proxy variables, requests is skipped for urllib3 (which requests itself uses):
        # requests' per-request work (settings merging, environment and netrc lookups, hooks)
        # was two thirds of a request's CPU, measured. With proxy variables, requests honours them.
        self._http = None
        if not any(k.lower().endswith("_proxy") for k in os.environ):
            # The CA bundle requests would use.
            import urllib3
            from requests.certs import where as ca_bundle

            self.session.trust_env = False
            # Its answers' headers are read without the email package (fetch_headers).
            self._http = lean_pool_manager(num_pools=pool, maxsize=pool, retries=False, ca_certs=ca_bundle())
            self._timeout = urllib3.Timeout(connect=timeout[0], read=timeout[1]) \
                if isinstance(timeout, tuple) else urllib3.Timeout(connect=timeout, read=timeout)
        adapter = HTTPAdapter(pool_connections=pool, pool_maxsize=pool, max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update(self._headers)
        self._global = threading.BoundedSemaphore(max(1, self.global_limit))
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.bytes_received = 0
        self.requests_made = 0

    def config(self) -> dict:
        """Keyword arguments that rebuild an equivalent fetcher (e.g. in a worker process)."""
        return dict(allow_private=self.allow_private, per_host=self.per_host, interval=self.interval,
                    global_limit=self.global_limit, max_bytes=self.max_bytes, timeout=self.timeout,
                    max_redirects=self.max_redirects, max_retry_after=self.max_retry_after,
                    retries=self.retries, respect_robots=self.respect_robots, user_agent=self.user_agent)

    def close(self) -> None:
        self.session.close()
        if self._http is not None:
            self._http.clear()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- public --

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` politely; raises :class:`FetchError` on any failure."""
        started = time.monotonic()
        current = url
        seen: set[str] | None = None      # the URLs visited, made when a redirect comes
        hops: list[tuple[int, str]] = []
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        while True:
            parts = self._check_url(current)
            if self.respect_robots:
                self._check_robots(current, parts)
            # Validators belong to the watched URL; send them to every hop (a stable
            # redirect still lets the final server answer 304).
            resp_status, headers, body, location = self._request(current, parts, conditional)
            if location is None:
                return self._answered(url, current, resp_status, headers, body, hops, started)
            current, seen = self._follow(url, current, resp_status, location, hops, seen)

    def _follow(self, url: str, current: str, status: int, location: str, hops: list,
                seen: set[str] | None) -> tuple[str, set[str]]:
        """The next hop of a redirect from ``current`` (recorded in ``hops``), unless it goes
        over ``max_redirects`` or back to a URL ``seen`` (made at the first redirect)."""
        target = urljoin(current, location)
        hops.append((status, target))
        if len(hops) > self.max_redirects:
            raise FetchError("redirects", url, f"more than {self.max_redirects} redirects", status=status, location=target)
        seen = seen or {self._canonical(url)}
        key = self._canonical(target)
        if key in seen:
            raise FetchError("redirect_loop", url, f"redirect loop back to {target}", status=status, location=target)
        seen.add(key)
        return target, seen

    @staticmethod
    def _answered(url: str, current: str, status: int, headers: dict, body: bytes, hops: list,
                  started: float) -> Fetched:
        """The page (or 304) that ends a fetch, its body hashed here, off the caller's thread."""
        if status == 304:
            return Fetched(url=current, status=304, headers=headers, not_modified=True,
                           requested_url=url, redirects=hops, elapsed_s=time.monotonic() - started)
        fetched = Fetched(url=current, status=status, headers=headers, body=body,
                          encoding=detect_encoding(body, headers.get("content-type")),
                          requested_url=url, redirects=hops, elapsed_s=time.monotonic() - started)
        fetched.sha256  # noqa: B018
        return fetched

    def fetch_many(self, items: Iterable, *, workers: int | None = None) -> Iterator[tuple]:
        """Fetch many pages concurrently within the politeness limits.

        ``items`` are URLs or dicts with ``url`` and optional ``etag`` /
        ``last_modified``. Yields ``(item, Fetched | FetchError)`` as they finish.
        Work is interleaved across hosts so threads rarely wait on a busy host.
        """
        items = list(items)
        by_host: dict[str, deque] = {}
        for it in items:
            u = it if isinstance(it, str) else it["url"]
            by_host.setdefault(urlsplit(u).netloc.lower(), deque()).append(it)
        ordered = []
        queues = list(by_host.values())
        while queues:
            for q in list(queues):
                ordered.append(q.popleft())
                if not q:
                    queues.remove(q)
        n = workers or min(self.global_limit, max(1, len(by_host) * self.per_host), max(1, len(items)))
        if self._http is not None:
            # Direct to the sites: one thread, an event loop (fetch_loop); through a proxy, threads.
            yield from fetch_in_loop(self, deque(ordered), n)
        else:
            yield from fetch_in_threads(self, deque(ordered), n)

    # -- internals --

    @staticmethod
    def _canonical(url: str) -> str:
        p = urlsplit(url)
        return f"{p.scheme.lower()}://{p.netloc.lower()}{p.path or '/'}?{p.query}"

    def _check_url(self, url: str):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError("scheme", url, f"only http and https are fetched, not {parts.scheme or 'no scheme'!r}")
        if not parts.hostname:
            raise FetchError("dns", url, "URL has no host name")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        key = (parts.hostname, port)
        if time.monotonic() - self._address_checked.get(key, float("-inf")) < ADDRESS_CHECK_TTL_S:
            return parts
        try:
            check_address(parts.hostname, port, self._allowed)
            self._address_checked[key] = time.monotonic()
        except FetchError as e:
            e.url = url
            e.args = (f"{e.kind}: {e.message} ({url})",)
            raise
        return parts

    # A host's gate and robots.txt are made once and never replaced: once there, they are
    # read without taking the run's lock (every fetching thread took it for each request).

    def _gate(self, netloc: str) -> HostGate:
        gate = self._gates.get(netloc)
        if gate is not None:
            return gate
        with self._lock:
            gate = self._gates.get(netloc)
            if gate is None:
                gate = self._gates[netloc] = HostGate(self.per_host, self.interval)
            return gate

    def _check_robots(self, url: str, parts) -> None:
        netloc = parts.netloc.lower()
        rp = self._robots.get(netloc, _NOT_READ)
        if rp is _NOT_READ:
            with self._lock:
                lock = self._robots_locks.setdefault(netloc, threading.Lock())
            with lock:
                if netloc not in self._robots:
                    self._robots[netloc] = self._load_robots(parts)
            rp = self._robots[netloc]
        if rp is not None and not rp.can_fetch(self.user_agent, url):
            raise FetchError("robots", url, "robots.txt disallows this URL for our user agent")

    def _load_robots(self, parts) -> RobotFileParser | None:
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            status, _headers, body, location = self._request(robots_url, parts, {}, retry=False,
                                                            accept_errors=True)
        except FetchError:
            return None          # unreachable robots.txt: the page fetch will report the real error
        return self._robots_from(robots_url, parts, status, body, location)

    def _robots_from(self, robots_url: str, parts, status: int, body: bytes,
                     location: str | None) -> RobotFileParser | None:
        """What robots.txt's answer allows (``None``: everything), its Crawl-delay put on the
        host's gate; the same for the threads and the event loop (fetch_loop)."""
        if location is not None or status >= 500 or status == 404 or status == 410:
            return None          # no usable robots.txt: everything allowed
        rp = RobotFileParser(robots_url)
        if status in (401, 403):
            rp.disallow_all = True
            return rp
        if status >= 400:
            return None
        rp.parse(body.decode("utf-8", "replace").splitlines())
        delay = rp.crawl_delay(self.user_agent)
        if delay:
            gate = self._gate(parts.netloc.lower())
            gate.interval = max(gate.interval, min(float(delay), MAX_CRAWL_DELAY_S))
        return rp

    def _request(self, url: str, parts, extra_headers: dict, *, retry: bool = True,
                 accept_errors: bool = False):
        """One GET (with bounded Retry-After retries). Returns (status, headers, body, location)."""
        gate = self._gate(parts.netloc.lower())
        attempts = 0
        while True:
            attempts += 1
            gate.acquire()
            try:
                with self._global:
                    resp = self._send(url, extra_headers) if self._http is not None else \
                        RequestsResponse(self._send_requests(url, extra_headers))
                    try:
                        with self._lock:
                            self.requests_made += 1
                        status = resp.status
                        headers = resp.headers
                        location = headers.get("location") if status in (301, 302, 303, 307, 308) else None
                        if location is not None or status == 304:
                            body = b""
                            drain(resp)        # so the connection goes back to the pool
                        else:
                            body = self._read_body(resp, url, headers)
                    finally:
                        resp.close()
            finally:
                gate.release()
            wait = retry_wait(url, status, headers, body, location, accept_errors=accept_errors,
                              may_retry=retry and attempts <= self.retries, max_retry_after=self.max_retry_after)
            if wait is None:
                return status, headers, body, location
            gate.push_back(wait)

    def _send(self, url: str, extra_headers: dict) -> Urllib3Response:
        import urllib3

        headers = dict(self._headers, **extra_headers) if extra_headers else self._headers
        try:
            resp = self._http.request("GET", url, headers=headers, timeout=self._timeout, redirect=False,
                                      retries=False, preload_content=False, decode_content=True)
        except urllib3.exceptions.MaxRetryError as e:     # not raised with retries=False; kept safe
            raise_connect_error(url, e.reason or e, self.timeout)
        except (urllib3.exceptions.HTTPError, OSError) as e:
            raise_connect_error(url, e, self.timeout)
        return Urllib3Response(resp)

    def _send_requests(self, url: str, extra_headers: dict):
        import requests

        try:
            return self.session.get(url, headers=extra_headers, timeout=self.timeout,
                                    allow_redirects=False, stream=True)
        except requests.exceptions.SSLError as e:
            raise FetchError("tls", url, f"TLS error: {short(e)}") from None
        except requests.exceptions.Timeout:
            raise FetchError("timeout", url, f"no answer within {self.timeout} s") from None
        except requests.exceptions.ConnectionError as e:
            text = str(e)
            kind = "dns" if ("NameResolution" in text or "getaddrinfo" in text) else "connection"
            raise FetchError(kind, url, f"cannot connect: {short(e)}") from None

    def _read_body(self, resp, url: str, headers: dict) -> bytes:
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError("too_large", url, f"body of {int(declared)} bytes exceeds the "
                             f"{self.max_bytes} byte cap", status=resp.status)
        chunks, size = [], 0
        try:
            for chunk in resp.chunks(65536):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError("too_large", url, f"body exceeds the {self.max_bytes} byte cap",
                                     status=resp.status)
                chunks.append(chunk)
        except FetchError:
            raise
        except Exception as e:  # a read timeout or a reset mid-body
            import requests
            import urllib3

            if isinstance(e, (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError)) or "timed out" in str(e):
                raise FetchError("timeout", url, "body read timed out") from None
            raise FetchError("connection", url, f"connection lost while reading: {short(e)}") from None
        with self._lock:
            self.bytes_received += size
        return b"".join(chunks)


_default: PoliteFetcher | None = None
_default_lock = threading.Lock()


def fetch_url(url: str, *, settings=None, etag: str | None = None, last_modified: str | None = None,
              **kw) -> Fetched:
    """One-off fetch. Options other than ``etag``/``last_modified`` build a fresh
    :class:`PoliteFetcher`; otherwise a shared default one is reused (keeps robots and
    per-host timing across calls in one process)."""
    global _default
    if kw or settings is not None:
        with PoliteFetcher(settings, **kw) as f:
            return f.fetch(url, etag=etag, last_modified=last_modified)
    with _default_lock:
        if _default is None:
            _default = PoliteFetcher()
    return _default.fetch(url, etag=etag, last_modified=last_modified)
