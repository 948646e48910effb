"""An answer's header block read directly when it is a plain one, as http.client reads it.

The event loop's fetcher (:mod:`fetch_wire`) read every header block through http.client's
own ``begin`` over the gathered bytes: a buffered reader, the status line, the lines one by
one, an ``HTTPMessage`` and its lookups, ~30 us an answer (a tenth of a page's fetching).
Nearly every answer is an ``HTTP/1.1`` status line with a code of 200-599 and a printable
reason, then plain ``Name: value`` lines ending in CRLF; for those, :func:`plain_head`
gives what ``begin`` gives the fetcher (status, headers, framing, keep-alive) in a few
microseconds. Anything else (HTTP/1.0, 100 Continue, folded or odd lines, a multipart or
message content type, 100 headers or more, a block over 64 KiB) returns None, and the
caller reads it with http.client as before, so its errors stay those of http.client.
"""
from __future__ import annotations

import re

from prr.scrapers.fetch_headers import _MIME_TYPES

# A status line http.client splits into exactly these parts: "HTTP/1.1", a code it accepts
# that is not 1xx, and a reason without any character str.split treats as a separator.
_STATUS_LINE = re.compile(rb"HTTP/1\.1 ([2-5][0-9][0-9])(?: ([\x21-\x7e](?:[ \x21-\x7e]*[\x21-\x7e])?))?\r\n")
_PLAIN_BLOCK = re.compile(rb"(?:[\x21-\x39\x3b-\x7e]+:[^\r\n]*\r\n)*\r\n")
# A plain line's name and value (the value without the spaces and tabs before it).
_PAIR = re.compile(r"([^:\r\n]+):[ \t]*([^\r\n]*)\r\n")
_MAX_LINE = 65536               # http.client's _MAXLINE
_MAX_HEADERS = 100              # http.client's _MAXHEADERS, counting the empty line
_FRAMING = ("transfer-encoding", "connection", "content-length")


class PlainHead:
    """What the fetcher reads of ``begin``'s answer: ``status``, ``headers`` (the fetcher's
    dict: names lower-cased, repeated values joined by ", "), ``chunked``, ``length`` and
    ``will_close``, by http.client's rules."""

    __slots__ = ("status", "reason", "headers", "chunked", "length", "will_close")


def plain_head(block: bytes) -> PlainHead | None:
    """``block``: a whole header block (status line to the empty line). None when it is not
    a plain HTTP/1.1 one (then http.client must read it)."""
    if len(block) > _MAX_LINE:
        return None
    status_match = _STATUS_LINE.match(block)
    if status_match is None:
        return None
    start = status_match.end()
    # Every line a plain one (fetch_headers' _PLAIN_LINE, CRLF ends), then the empty line.
    if not _PLAIN_BLOCK.fullmatch(block, start):
        return None
    lower = block.lower()
    if (b"multipart/" in lower or b"message/" in lower) and _MIME_TYPES.search(block):
        return None
    pairs = _PAIR.findall(block[start:].decode("iso-8859-1"))
    if len(pairs) + 1 > _MAX_HEADERS:
        return None
    headers: dict[str, str] = {}
    first: dict[str, str] = {}          # HTTPMessage.get: a header's first value
    for name, value in pairs:
        key = name.lower()
        if key in headers:
            headers[key] = headers[key] + ", " + value
        else:
            headers[key] = value
            if key in _FRAMING:
                first[key] = value
    head = PlainHead()
    head.status = status = int(status_match.group(1))
    head.reason = (status_match.group(2) or b"").decode("iso-8859-1")
    head.headers = headers
    _framing(head, status, first)
    return head


def _framing(head: PlainHead, status: int, first: dict[str, str]) -> None:
    """http.client's ``begin`` from the headers on, for HTTP/1.1 and a GET."""
    tr_enc = first.get("transfer-encoding")
    head.chunked = bool(tr_enc) and tr_enc.lower() == "chunked"
    conn = first.get("connection")
    head.will_close = bool(conn) and "close" in conn.lower()
    length = first.get("content-length")
    head.length = None
    if length and not head.chunked:
        try:
            head.length = int(length)
        except ValueError:
            head.length = None
        else:
            if head.length < 0:
                head.length = None
    if status == 204 or status == 304:
        head.length = 0
    if not head.will_close and not head.chunked and head.length is None:
        head.will_close = True
