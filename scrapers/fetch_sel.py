"""A small event loop on :mod:`selectors` for the watch's fetching (:mod:`fetch_loop`), and
its keep-alive connections (plain and TLS), made and read without blocking.

asyncio's streams cost a future, a timer handle and a task switch per read, and a future
and ``run_until_complete`` per result handed to the caller: ~0.1 ms of CPU a page. Here the
fetching coroutines (plain ``async def``) are driven by :meth:`SelectLoop.turn`; what they
wait for is a tuple they yield (a socket to be readable or writable before a deadline, a
time, a place in a queue), so a read costs one ``select`` event, one ``recv`` into the
answer's buffer and one heap entry for its deadline (left in the heap when the read comes
first, skipped when reached). Sockets stay registered while open: an idle kept-alive one
that turns readable was closed by the server (or sent what no request asked for), and is
not reused (urllib3 checks the same before reusing a connection).

The errors are those the asyncio streams gave (and urllib3's blocking sockets give): the
socket's own (``ConnectionResetError``...), ``TimeoutError("timed out")`` for a read with
nothing within the read timeout, and for a connection the urllib3 exception the fetcher's
urllib3 path raises (:class:`ConnectFailed`).
"""
from __future__ import annotations

import errno
import heapq
import os
import selectors
import socket
import types
from collections import deque
from time import monotonic

READ = selectors.EVENT_READ
WRITE = selectors.EVENT_WRITE
_IO, _SLEEP, _PARK = 0, 1, 2
_IN_PROGRESS = (errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, errno.EINTR)


@types.coroutine
def wait_io(conn: Conn, events: int, deadline: float):
    """Until ``conn``'s socket is ready for ``events`` (True) or ``deadline`` passes (False)."""
    return (yield (_IO, conn, events, deadline))


@types.coroutine
def sleep_until(when: float):
    yield (_SLEEP, when)


@types.coroutine
def _park(waiters: deque):
    yield (_PARK, waiters)


class Slot:
    """A semaphore for coroutines of one :class:`SelectLoop`: first come, first served (a
    released place goes to the longest waiter, as asyncio's does)."""

    __slots__ = ("free", "waiters", "ready")

    def __init__(self, loop: SelectLoop, places: int):
        self.free = places
        self.waiters: deque = deque()
        self.ready = loop.ready

    async def acquire(self) -> None:
        if self.free > 0 and not self.waiters:
            self.free -= 1
            return
        await _park(self.waiters)       # woken holding the place release() handed over

    def release(self) -> None:
        if self.waiters:
            self.ready.append((self.waiters.popleft(), None))
        else:
            self.free += 1


class Conn:
    """A socket registered with the loop; ``waiter``: the coroutine waiting on it."""

    __slots__ = ("sock", "fd", "events", "waiter", "wait_seq", "tls", "loop")

    def __init__(self, loop: SelectLoop, sock: socket.socket, events: int):
        self.loop = loop
        self.sock = sock
        self.fd = sock.fileno()
        self.events = events
        self.waiter = None
        self.wait_seq = 0
        self.tls = False
        loop.sel.register(self.fd, events, self)

    def close(self) -> None:
        if self.fd >= 0:            # (-1: closed, by the loop when it turned readable while idle)
            self.loop.sel.unregister(self.fd)
            self.fd = -1
            self.sock.close()


class SelectLoop:
    """Coroutines driven by ``select``: :meth:`turn` runs the ready ones, then waits for
    sockets and deadlines and makes their coroutines ready."""

    def __init__(self):
        self.sel = selectors.DefaultSelector()
        self.ready: deque = deque()     # (coroutine, value to send it)
        self.timers: list = []          # (when, seq, conn or None, coroutine)
        self._seq = 0

    def start(self, coro) -> None:
        self.ready.append((coro, None))

    def run_ready(self) -> None:
        ready, timers = self.ready, self.timers
        while ready:
            coro, value = ready.popleft()
            try:
                req = coro.send(value)
            except StopIteration:
                continue
            kind = req[0]
            self._seq += 1
            if kind == _IO:
                conn, events = req[1], req[2]
                conn.waiter = coro
                conn.wait_seq = self._seq
                if events != conn.events:
                    self.sel.modify(conn.fd, events, conn)
                    conn.events = events
                heapq.heappush(timers, (req[3], self._seq, conn, coro))
            elif kind == _SLEEP:
                heapq.heappush(timers, (req[1], self._seq, None, coro))
            else:
                req[1].append(coro)

    def poll(self) -> None:
        """Wait for the first socket or deadline (none if coroutines are ready), and make
        the coroutines waiting for them ready."""
        timers, ready = self.timers, self.ready
        if ready:
            timeout = 0.0
        elif timers:
            timeout = max(0.0, timers[0][0] - monotonic())
        else:
            timeout = None
        for key, _mask in self.sel.select(timeout):
            conn = key.data
            coro = conn.waiter
            if coro is None:            # idle: closed by the server, or unasked-for bytes
                conn.close()            # (now: its descriptor is not held until the run ends)
                continue
            conn.waiter = None
            ready.append((coro, True))
        if timers:
            now = monotonic()
            while timers and timers[0][0] <= now:
                _when, seq, conn, coro = heapq.heappop(timers)
                if conn is None:
                    ready.append((coro, None))
                elif conn.wait_seq == seq and conn.waiter is coro:
                    conn.waiter = None
                    ready.append((coro, False))

    def close(self) -> None:
        self.ready.clear()
        self.timers.clear()
        self.sel.close()


class ConnectFailed(Exception):
    """A connection that could not be made; ``error`` is the urllib3 exception the fetcher's
    urllib3 path raises for it."""

    def __init__(self, error: BaseException):
        super().__init__(str(error))
        self.error = error


class _ConnName:
    """What urllib3's messages name a connection by (``LeanHTTPConnection(host=..., port=...)``)."""

    def __init__(self, scheme: str, host: str, port: int):
        self.text = f"{'LeanHTTPSConnection' if scheme == 'https' else 'LeanHTTPConnection'}(host={host!r}, port={port!r})"

    def __str__(self) -> str:
        return self.text


async def read_into(conn: Conn, buf: bytearray, read_timeout: float) -> BaseException | None:
    """One read into ``buf``: None when bytes came, else what ended it (an EOFError at the
    end of the stream, ``TimeoutError("timed out")`` after ``read_timeout`` s with nothing,
    the socket's error)."""
    if conn.tls:
        return await _read_tls(conn, buf, monotonic() + read_timeout)
    sock = conn.sock
    while True:
        if not await wait_io(conn, READ, monotonic() + read_timeout):
            return TimeoutError("timed out")   # socket.timeout is this
        try:
            data = sock.recv(65536)
        except BlockingIOError:
            continue
        except OSError as e:
            return e
        if not data:
            return EOFError()
        buf += data
        return None


async def _read_tls(conn: Conn, buf: bytearray, deadline: float) -> BaseException | None:
    import ssl

    while True:
        try:
            data = conn.sock.recv(65536)    # may be decrypted already: tried before waiting
        except ssl.SSLWantReadError:
            events = READ
        except ssl.SSLWantWriteError:
            events = WRITE
        except OSError as e:
            return e
        else:
            if not data:
                return EOFError()
            buf += data
            return None
        if not await wait_io(conn, events, deadline):
            return TimeoutError("timed out")


async def send_all(conn: Conn, data: bytes, timeout: float) -> None:
    """Send ``data`` (raises the socket's error, or TimeoutError when it cannot be sent)."""
    import ssl

    view = memoryview(data)
    deadline = monotonic() + timeout
    while view:
        try:
            sent = conn.sock.send(view)
        except (BlockingIOError, ssl.SSLWantWriteError):
            events = WRITE
        except ssl.SSLWantReadError:
            events = READ
        else:
            view = view[sent:]
            continue
        if not await wait_io(conn, events, deadline):
            raise TimeoutError("timed out")
    if conn.events != READ:
        conn.loop.sel.modify(conn.fd, READ, conn)
        conn.events = READ


class Connections:
    """Keep-alive connections per (scheme, host, port), made without blocking."""

    def __init__(self, loop: SelectLoop, connect_timeout: float, read_timeout: float, ssl_context=None):
        self.loop = loop
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self._ssl = ssl_context
        self._idle: dict[tuple, list[Conn]] = {}

    def ssl_context(self):
        if self._ssl is None:
            from requests.certs import where as ca_bundle
            from urllib3.util.ssl_ import create_urllib3_context

            self._ssl = create_urllib3_context()
            self._ssl.load_verify_locations(ca_bundle())
        return self._ssl

    async def get(self, key: tuple) -> Conn:
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            if conn.fd >= 0 and not (conn.tls and conn.sock.pending()):
                return conn
            conn.close()
        return await self._connect(*key)

    def put_back(self, key: tuple, conn: Conn) -> None:
        self._idle.setdefault(key, []).append(conn)

    def close_all(self) -> None:
        for conns in self._idle.values():
            for conn in conns:
                conn.close()
        self._idle.clear()

    async def _connect(self, scheme: str, host: str, port: int) -> Conn:
        import urllib3.exceptions as exc

        name = _ConnName(scheme, host, port)
        try:
            infos = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise ConnectFailed(exc.NameResolutionError(host, name, e)) from None
        err: OSError | None = None
        conn = None
        for family, type_, proto, _name, address in infos:      # each address its own timeout, as urllib3's
            conn, err = await self._connect_to(family, type_, proto, address)
            if conn is not None:
                break
        if conn is None:
            raise ConnectFailed(self._connect_error(name, host, err or OSError("getaddrinfo returns an empty list")))
        if scheme == "https":
            await self._tls(conn, host, name)
        return conn

    async def _connect_to(self, family, type_, proto, address) -> tuple[Conn | None, OSError | None]:
        sock = socket.socket(family, type_, proto)
        sock.setblocking(False)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            code = sock.connect_ex(address)
        except OSError as e:        # raised rather than returned (an address it cannot use)
            sock.close()
            return None, type(e)(e.errno, os.strerror(e.errno)) if e.errno else e
        conn = Conn(self.loop, sock, WRITE)
        try:
            if code in _IN_PROGRESS:
                if not await wait_io(conn, WRITE, monotonic() + self.connect_timeout):
                    conn.close()
                    return None, TimeoutError("timed out")
                code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        except BaseException:
            conn.close()
            raise
        if code:
            conn.close()
            return None, OSError(code, os.strerror(code))     # ConnectionRefusedError...
        self.loop.sel.modify(conn.fd, READ, conn)
        conn.events = READ
        return conn, None

    async def _tls(self, conn: Conn, host: str, name: _ConnName) -> None:
        import ssl

        import urllib3.exceptions as exc

        deadline = monotonic() + self.connect_timeout
        try:
            try:
                conn.sock = self.ssl_context().wrap_socket(conn.sock, server_hostname=host,
                                                           do_handshake_on_connect=False)
                conn.tls = True
                while True:
                    try:
                        conn.sock.do_handshake()
                        break
                    except ssl.SSLWantReadError:
                        events = READ
                    except ssl.SSLWantWriteError:
                        events = WRITE
                    if not await wait_io(conn, events, deadline):
                        raise TimeoutError("timed out")
            except ssl_error_types() as e:
                raise ConnectFailed(exc.SSLError(e)) from None
            except OSError as e:
                raise ConnectFailed(self._connect_error(name, host, e)) from None
        except BaseException:
            conn.close()
            raise
        if conn.events != READ:
            self.loop.sel.modify(conn.fd, READ, conn)
            conn.events = READ

    def _connect_error(self, name, host: str, err: OSError):
        import urllib3.exceptions as exc

        if isinstance(err, TimeoutError):
            return exc.ConnectTimeoutError(name, f"Connection to {host} timed out. "
                                                 f"(connect timeout={self.connect_timeout})")
        return exc.NewConnectionError(name, f"Failed to establish a new connection: {err}")


def ssl_error_types() -> tuple:
    import ssl

    return (ssl.SSLError, ssl.CertificateError)
