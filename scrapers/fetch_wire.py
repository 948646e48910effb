"""HTTP/1.1 answers read without blocking (on the loop of :mod:`fetch_sel`), read the way
the fetcher's urllib3 connections read them.

An answer's bytes are gathered from the socket first (the header block, then the body by
its framing: Content-Length, chunked, or up to the close), and only then read as HTTP:
the header block by http.client's own ``begin`` (the status line, 100 Continue, the
framing and keep-alive rules, headers through :mod:`fetch_headers`), so a malformed
answer fails with the same exception. A plain body (Content-Length, no Content-Encoding,
all there) is the bytes themselves; any other (chunked, compressed, cut short, timed out)
is read back through http.client and urllib3's response over the gathered bytes, ending
in the socket's own error where it came, so its errors and their messages are those the
fetcher's urllib3 path gives (the fetcher stores them in ``last_error``).
"""
from __future__ import annotations

import io

from prr.scrapers.fetch_head import plain_head
from prr.scrapers.fetch_headers import LeanResponse
from prr.scrapers.fetch_sel import read_into

MAX_HEAD = 65536 * 101         # http.client's line length limit times its header count limit


class ReplayRaw(io.RawIOBase):
    """Bytes read from a socket, then what the socket did next: end of stream or an error."""

    def __init__(self, data: bytes, error: BaseException | None):
        self._view = memoryview(data)
        self._pos = 0
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), len(self._view) - self._pos)
        if n == 0:
            if self._error is not None and not isinstance(self._error, EOFError):
                raise self._error
            return 0
        b[:n] = self._view[self._pos:self._pos + n]
        self._pos += n
        return n


class _ReplaySock:
    def __init__(self, data: bytes, error: BaseException | None):
        self._data, self._error = data, error

    def makefile(self, mode):
        return io.BufferedReader(ReplayRaw(self._data, self._error))


def _head_end(buf: bytes | bytearray, start: int) -> int:
    """Where the header block starting at ``start`` ends (after its empty line), past any
    100 Continue answers before it, as http.client reads them; -1 when not all there yet."""
    pos = start
    while True:
        line_end = buf.find(b"\n", pos)
        if line_end < 0:
            return -1
        status_line = bytes(buf[pos:line_end + 1])
        cur = line_end + 1
        while True:
            nl = buf.find(b"\n", cur)
            if nl < 0:
                return -1
            line = buf[cur:nl + 1]
            cur = nl + 1
            if line in (b"\r\n", b"\n"):
                break
        parts = status_line.split(None, 2)
        if len(parts) >= 2 and parts[1] == b"100" and parts[0].startswith(b"HTTP/"):
            pos = cur
            continue
        return cur


class WireAnswer:
    """One answer read off a connection: ``status`` and ``headers`` as the fetcher's urllib3
    path gives them, the body by :meth:`chunks`."""

    def __init__(self, url: str, data: bytes, head_end: int, begun, error: BaseException | None,
                 headers: dict | None = None):
        self.url = url
        self._data = data
        self._head_end = head_end
        self._begun = begun
        self._error = error
        self.status = begun.status
        self.headers = _headers(begun.msg) if headers is None else headers
        self.complete = False        # the whole body was read (the connection can be reused)

    def plain(self) -> bool:
        b = self._begun
        return (self._error is None and not b.chunked and b.length is not None
                and len(self._data) - self._head_end >= b.length and "content-encoding" not in self.headers)

    def chunks(self, size: int):
        if self.plain():
            body = self._data[self._head_end:self._head_end + self._begun.length]
            for i in range(0, len(body), size):
                yield body[i:i + size]
            return
        yield from _replayed(self.url, self._data, self._error).stream(size, decode_content=True)


def _headers(msg) -> dict:
    """The fetcher's headers dict from an answer's message: names lower-cased, a repeated
    header's values joined with ", " (urllib3's ``HTTPHeaderDict``, then the fetcher's own
    lower-casing). Built directly when no value holds a folded line (what urllib3 rewrites)."""
    out: dict[str, str] = {}
    for name, value in msg.items():
        if not isinstance(value, str) or "\r\n" in value:
            headers = _headers_dict(msg)
            return {k.lower(): headers[k] for k in headers}
        key = name.lower()
        out[key] = value if key not in out else out[key] + ", " + value
    return out


def _replayed(url: str, data: bytes, error: BaseException | None):
    """urllib3's answer over the gathered bytes, as its connection pool makes it."""
    from urllib3.response import HTTPResponse

    raw = begin(url, data, error)
    return HTTPResponse(body=raw, headers=_headers_dict(raw.msg), status=raw.status, version=raw.version,
                        version_string="HTTP/1.1", reason=raw.reason, preload_content=False,
                        decode_content=True, original_response=raw, enforce_content_length=True,
                        request_method="GET", request_url=url)


def _headers_dict(msg):
    from urllib3._collections import HTTPHeaderDict
    from urllib3.connection import _normalize_header_values

    return HTTPHeaderDict(_normalize_header_values(msg))


def begin(url: str, data: bytes, error: BaseException | None):
    """http.client's reading of an answer's header block over the gathered bytes; raises
    what it raises (BadStatusLine, RemoteDisconnected, the socket's error...)."""
    raw = LeanResponse(_ReplaySock(data, error), method="GET", url=url)
    raw.begin()
    return raw


async def read_answer(conn, url: str, read_timeout: float, body_limit) -> WireAnswer:
    """Gather one answer's bytes from ``conn`` (:mod:`fetch_sel`) and read it. ``body_limit(headers)``: how
    many body bytes to gather at most (None: all). Raises what http.client's ``begin``
    raises for a malformed or missing header block."""
    buf = bytearray()
    error: BaseException | None = None
    end = -1
    plain = None
    while end < 0:
        error = await read_into(conn, buf, read_timeout)
        if error is not None or len(buf) > MAX_HEAD:
            break
        # A plain HTTP/1.1 block (fetch_head) ends at its first CRLF CRLF; any other is
        # read line by line as http.client reads it.
        crlf2 = buf.find(b"\r\n\r\n")
        plain = plain_head(bytes(buf[:crlf2 + 4])) if crlf2 >= 0 else None
        end = crlf2 + 4 if plain is not None else _head_end(buf, 0)
    if end < 0:
        begin(url, bytes(buf), error)      # raises what http.client raises on these bytes
        raise ValueError("header block without an end")      # (not reached: begin raises)
    answer = WireAnswer(url, b"", end, plain, None, plain.headers) if plain is not None else \
        WireAnswer(url, b"", end, begin(url, bytes(buf[:end]), None), None)
    begun = answer._begun
    limit = body_limit(answer.headers, answer.status)
    frame = _Framing(begun, end)
    need = frame.end(buf)
    # The cap counts the body's bytes (a chunked body's without its chunk lines: 1-byte
    # chunks must not stop the gathering before the reading sees the cap exceeded).
    while error is None and need is None and (limit is None or frame.gathered(buf) <= limit):
        error = await read_into(conn, buf, read_timeout)
        need = frame.end(buf)
    answer._data = bytes(buf)
    answer._error = error
    if isinstance(error, EOFError):      # the end of the stream: the reading sees it as such
        error = None if need is None else error
    answer.complete = error is None and need is not None and len(buf) == need and not begun.will_close
    return answer


class _Framing:
    """Where the body starting at ``start`` ends, as its bytes come: at once for answers
    without a body, by Content-Length, after the last chunk (scanned once, as the bytes
    come), or at the close (None until then)."""

    def __init__(self, begun, start: int):
        self.start = start
        self.chunked = begun.chunked
        self.length = begun.length
        if begun.status in (204, 304) or 100 <= begun.status < 200:
            self.length, self.chunked = 0, False
        self._pos = start            # the next chunk line (chunked)
        self._payload = 0            # chunk bytes seen so far
        self._done: int | None = None
        self._partial = 0            # bytes of the chunk at _pos counted in _payload already

    def gathered(self, buf: bytearray) -> int:
        return self._payload if self.chunked else len(buf) - self.start

    def end(self, buf: bytearray) -> int | None:
        if self.chunked:
            if self._done is None:
                self._done = self._scan(buf)
            return self._done
        if self.length is not None:
            end = self.start + self.length
            return end if len(buf) >= end else None
        return None

    def _scan(self, buf: bytearray) -> int | None:
        pos = self._pos
        while True:
            nl = buf.find(b"\n", pos)
            if nl < 0:
                return None
            try:
                size = int(bytes(buf[pos:nl]).split(b";", 1)[0].strip(), 16)
            except ValueError:
                return nl + 1       # a broken chunk: nothing more to gather, the reading says what is wrong
            if size == 0:
                trailer = nl + 1
                while True:         # trailers, up to the empty line
                    nl = buf.find(b"\n", trailer)
                    if nl < 0:
                        return None
                    line, trailer = buf[trailer:nl + 1], nl + 1
                    if line in (b"\r\n", b"\n"):
                        return trailer
            if nl + 1 + size + 2 > len(buf):
                seen = min(size, max(0, len(buf) - (nl + 1)))
                self._payload += seen - self._partial
                self._partial = seen
                self._pos = pos
                return None
            self._payload += size - self._partial
            self._partial = 0
            pos = self._pos = nl + 1 + size + 2
