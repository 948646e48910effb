"""Fetching many pages on one thread: an event loop (:mod:`fetch_sel`, on ``selectors``) with
keep-alive connections.

:meth:`PoliteFetcher.fetch_many` fetches through here when it talks to sites directly (no
proxy variables: through a proxy it keeps its threads and requests). A thread per request
over urllib3 cost ~0.45 ms of CPU a page in a watch (urllib3's pool manager, connection pool
and response wrapper per request, and the GIL handed between ten threads); here a page's
request costs a fraction of that. Each page goes through the same steps as
:meth:`PoliteFetcher.fetch`, in the same order, with the fetcher's own checks: the URL's
scheme and resolved address on every hop (:meth:`PoliteFetcher._check_url`), robots.txt
(the fetcher's cache, so a later one-off fetch sees it), the host's gate (at most
``per_host`` requests in flight, starts ``interval`` s apart, Crawl-delay, Retry-After),
the global limit, redirects, conditional requests, the size cap, bot challenges and the
typed errors with the same messages (:mod:`fetch_wire` reads answers the way urllib3 does).

The loop runs while the caller asks for the next result, so the caller's own work (parsing
a page) happens on the same thread, between the loop's turns, with no thread switching.
"""
from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Iterator

from prr.scrapers.fetch_guard import retry_wait
from prr.scrapers.fetch_io import drain, raise_connect_error
from prr.scrapers.fetch_sel import ConnectFailed, Connections, SelectLoop, Slot, send_all, sleep_until
from prr.scrapers.fetch_types import Fetched, FetchError
from prr.scrapers.fetch_wire import read_answer

_NOT_READ = object()
_REDIRECTS = (301, 302, 303, 307, 308)


class LoopFetch:
    """One run of :meth:`PoliteFetcher.fetch_many` on an event loop (the fetcher's settings,
    gates, robots cache and counters)."""

    def __init__(self, fetcher, loop: SelectLoop):
        self.f = fetcher
        self.loop = loop
        timeout = fetcher.timeout
        connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
        self.read_timeout = read
        self.conns = Connections(loop, connect, read)
        self._slots: dict[str, Slot] = {}
        self._global = Slot(loop, max(1, fetcher.global_limit))
        self._robots_locks: dict[str, Slot] = {}
        self._head_cache: dict[str, bytes] = {}

    # -- a page: PoliteFetcher.fetch's steps --

    async def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        f = self.f
        started = time.monotonic()
        current = url
        seen: set[str] | None = None
        hops: list[tuple[int, str]] = []
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        while True:
            parts = f._check_url(current)
            if f.respect_robots:
                await self._check_robots(current, parts)
            resp_status, headers, body, location = await self._request(current, parts, conditional)
            if location is None:
                return f._answered(url, current, resp_status, headers, body, hops, started)
            current, seen = f._follow(url, current, resp_status, location, hops, seen)

    async def _check_robots(self, url: str, parts) -> None:
        f = self.f
        netloc = parts.netloc.lower()
        rp = f._robots.get(netloc, _NOT_READ)
        if rp is _NOT_READ:
            lock = self._robots_locks.get(netloc)
            if lock is None:
                lock = self._robots_locks[netloc] = Slot(self.loop, 1)
            await lock.acquire()
            try:
                if netloc not in f._robots:
                    f._robots[netloc] = await self._load_robots(parts)
            finally:
                lock.release()
            rp = f._robots[netloc]
        if rp is not None and not rp.can_fetch(f.user_agent, url):
            raise FetchError("robots", url, "robots.txt disallows this URL for our user agent")

    async def _load_robots(self, parts):
        f = self.f
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            status, _headers, body, location = await self._request(robots_url, parts, {}, retry=False,
                                                                  accept_errors=True)
        except FetchError:
            return None
        return f._robots_from(robots_url, parts, status, body, location)

    # -- one request: PoliteFetcher._request's steps --

    async def _request(self, url: str, parts, extra_headers: dict, *, retry: bool = True,
                       accept_errors: bool = False):
        f = self.f
        netloc = parts.netloc.lower()
        gate = f._gate(netloc)
        slot = self._slots.get(netloc)
        if slot is None:
            slot = self._slots[netloc] = Slot(self.loop, max(1, f.per_host))
        attempts = 0
        while True:
            attempts += 1
            await slot.acquire()
            try:
                await _pace(gate)
                await self._global.acquire()
                try:
                    status, headers, body, location = await self._exchange(url, parts, extra_headers)
                finally:
                    self._global.release()
            finally:
                slot.release()
            wait = retry_wait(url, status, headers, body, location, accept_errors=accept_errors,
                              may_retry=retry and attempts <= f.retries, max_retry_after=f.max_retry_after)
            if wait is None:
                return status, headers, body, location
            gate.push_back(wait)

    async def _exchange(self, url: str, parts, extra_headers: dict):
        """Send the GET and read the answer: (status, headers, body, location)."""
        import urllib3.exceptions as exc

        f = self.f
        key, request = self._request_bytes(url, extra_headers)
        try:
            conn = await self.conns.get(key)
        except ConnectFailed as e:
            raise_connect_error(url, e.error, f.timeout)
        answer = None
        try:
            try:
                await send_all(conn, request, self.read_timeout)
                answer = await read_answer(conn, url, self.read_timeout, self._body_limit)
            except TimeoutError:         # nothing within the read timeout (urllib3: ReadTimeoutError)
                raise_connect_error(url, exc.ReadTimeoutError(
                    None, url, f"Read timed out. (read timeout={self.read_timeout})"), f.timeout)
            except (OSError, ValueError) as e:      # ValueError: not reached, http.client raised first
                raise_connect_error(url, exc.ProtocolError("Connection aborted.", e), f.timeout)
            except Exception as e:       # http.client's reading of the header block (BadStatusLine...)
                import http.client

                if isinstance(e, http.client.HTTPException):
                    raise_connect_error(url, exc.ProtocolError("Connection aborted.", e), f.timeout)
                raise
            f.requests_made += 1
            status, headers = answer.status, answer.headers
            location = headers.get("location") if status in _REDIRECTS else None
            if location is not None or status == 304:
                body = b""
                drain(answer)
            else:
                body = f._read_body(answer, url, headers)
        finally:
            if answer is not None and answer.complete:
                self.conns.put_back(key, conn)
            else:
                conn.close()
        return status, headers, body, location

    def _body_limit(self, headers: dict, status: int) -> int | None:
        """How many body bytes to gather at most: none past a declared length over the cap
        (refused unread), and well past the cap otherwise (1 MiB: a read of the gathered
        bytes sees the cap exceeded long before it reaches their end, whatever the framing
        and the sizes urllib3 reads in)."""
        f = self.f
        if (headers.get("location") is not None and status in _REDIRECTS) or status == 304:
            return 65536            # drained as the urllib3 path does, at most this much
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > f.max_bytes:
            return 0
        if "content-encoding" in headers:
            return 2 * f.max_bytes + 2 ** 20
        return f.max_bytes + 2 ** 20

    def _request_bytes(self, url: str, extra_headers: dict) -> tuple[tuple, bytes]:
        """The connection's key and the request as urllib3 sends it (request line, Host,
        then the fetcher's headers in order)."""
        scheme, host, port, request_uri = request_target(url)
        key = (scheme, host, port)
        default = 443 if scheme == "https" else 80
        host_header = (f"[{host}]" if ":" in host else host) if port == default else \
            (f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
        head = self._head_cache.get(host_header)
        if head is None:
            lines = [f"Host: {host_header}"] + [f"{k}: {v}" for k, v in self.f._headers.items()]
            head = self._head_cache[host_header] = ("\r\n".join(lines) + "\r\n").encode("latin-1")
        extra = "".join(f"{k}: {v}\r\n" for k, v in extra_headers.items()).encode("latin-1") if extra_headers else b""
        return key, b"GET " + request_uri.encode("latin-1") + b" HTTP/1.1\r\n" + head + extra + b"\r\n"


# A URL urllib3's parse_url leaves as it is: a lower-case scheme and host name, a port, a path
# without dot segments and a query of characters it does not percent-encode (no "%": it
# upper-cases percent escapes), no fragment.
_PLAIN_URL = re.compile(r"(https?)://([a-z0-9][a-z0-9.-]*)(?::([0-9]{1,5}))?"
                        r"(/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?")


def request_target(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, request URI) of ``url`` as urllib3 sends a GET for it (its
    ``parse_url``: ~10 us a URL; a plain one is read here directly)."""
    m = _PLAIN_URL.fullmatch(url)
    if m is not None and (m.group(3) is None or int(m.group(3)) <= 65535) and "/." not in (m.group(4) or ""):
        scheme, host, port, path, query = m.groups()
        port = int(port) if port else None
        uri = (path or "/") + (query or "")
    else:
        from urllib3.util.url import parse_url

        p = parse_url(url)
        scheme, host, port, uri = p.scheme or "http", p.host, p.port, p.request_uri
    return scheme, host, port or (443 if scheme == "https" else 80), uri


async def _pace(gate) -> None:
    """The host gate's pacing (HostGate.acquire's, its slot taken already): starts at least
    ``interval`` apart, none before a Retry-After's time."""
    now = time.monotonic()
    start = max(now, gate.next_start)
    gate.next_start = start + gate.interval
    if start > now:
        await sleep_until(start)


def fetch_in_loop(fetcher, todo: deque, n: int) -> Iterator[tuple]:
    """``n`` coroutines, each taking the next item until none is left (as the threads of
    :func:`fetch_in_threads` do), and the results as they come. The loop runs only while
    the caller waits for the next result; when it stops early, the coroutines are closed
    (their connections with them)."""
    loop = SelectLoop()
    run = LoopFetch(fetcher, loop)
    results: deque = deque()
    running = [max(1, n)]

    async def worker() -> None:
        try:
            while todo:
                it = todo.popleft()
                try:
                    if isinstance(it, str):
                        out = await run.fetch(it)
                    else:
                        out = await run.fetch(it["url"], it.get("etag"), it.get("last_modified"))
                except FetchError as e:
                    out = e
                except Exception as e:      # handed to the caller, raised there
                    results.append((None, e))
                    return
                results.append((it, out))
        finally:
            running[0] -= 1

    workers = [worker() for _ in range(max(1, n))]
    for w in workers:
        loop.start(w)
    try:
        while True:
            while results:
                got = results.popleft()
                if got[0] is None and isinstance(got[1], BaseException):
                    raise got[1]
                yield got
            if running[0] == 0:
                break
            loop.run_ready()
            if not results and running[0]:
                loop.poll()
    finally:
        for w in workers:
            w.close()
        run.conns.close_all()
        loop.close()
