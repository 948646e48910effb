"""An answer's header block read without the ``email`` package's feed parser.

http.client reads every answer's headers into an ``HTTPMessage`` through
``email.parser`` (a feed parser that cracks lines, looks for MIME parts and records
defects): about 24 us an answer, a tenth of a fetching thread's CPU for a page. A
header block of plain ``Name: value`` lines, which is what web servers send, gives a
message with just those ``(name, value)`` pairs; :func:`lean_parse_headers` builds that
message directly and hands anything else (folded lines, a line without a name, a bare
CR, a multipart or message content type, a block cut short) to the stdlib's parser, so
the headers are the same either way. The urllib3 pool manager of
:func:`lean_pool_manager` makes its connections answer through it.
"""
from __future__ import annotations

import email.parser
import http.client
import re
import types

# One header line as the feed parser reads it without a defect: a name of printable
# characters other than ':' (so not "From "), a colon, a value with no CR or LF in it.
_PLAIN_LINE = re.compile(rb"[\x21-\x39\x3b-\x7e]+:[^\r\n]*\r?\n")
# The feed parser reads a body after the headers for these (defects, sub-messages).
_MIME_TYPES = re.compile(rb"^content-type:[ \t]*(multipart|message)/", re.I | re.M)


def lean_parse_headers(fp, _class=http.client.HTTPMessage):
    """What ``http.client.parse_headers`` returns, without its ``email`` parse for plain
    header blocks (the same length and count limits: its own line reader)."""
    lines = http.client._read_headers(fp)
    if lines[-1] not in (b"\r\n", b"\n") or not all(map(_PLAIN_LINE.fullmatch, lines[:-1])):
        return _stdlib_parse(lines, _class)
    block = b"".join(lines)
    if _MIME_TYPES.search(block):
        return _stdlib_parse(lines, _class)
    msg = _class()
    msg._headers = [_pair(line.decode("iso-8859-1")) for line in lines[:-1]]
    msg._payload = ""
    return msg


def _pair(line: str) -> tuple[str, str]:
    # The feed parser's compat32 reading of a one-line header.
    name, value = line.split(":", 1)
    return name, value.lstrip(" \t").rstrip("\r\n")


def _stdlib_parse(lines: list[bytes], _class):
    return email.parser.Parser(_class=_class).parsestr(b"".join(lines).decode("iso-8859-1"))


class LeanResponse(http.client.HTTPResponse):
    """http.client's answer with its own ``begin`` (the status line, 1xx answers, framing
    and keep-alive rules: the stdlib's code itself), its headers read by
    :func:`lean_parse_headers`."""

    begin = types.FunctionType(
        http.client.HTTPResponse.begin.__code__,
        {**vars(http.client), "parse_headers": lean_parse_headers},
        "begin", http.client.HTTPResponse.begin.__defaults__, http.client.HTTPResponse.begin.__closure__)


def lean_pool_manager(**kw):
    """A urllib3 ``PoolManager`` whose connections read headers with :func:`lean_parse_headers`."""
    import urllib3
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class LeanHTTPConnection(HTTPConnection):
        response_class = LeanResponse

    class LeanHTTPSConnection(HTTPSConnection):
        response_class = LeanResponse

    class LeanHTTPConnectionPool(HTTPConnectionPool):
        ConnectionCls = LeanHTTPConnection

    class LeanHTTPSConnectionPool(HTTPSConnectionPool):
        ConnectionCls = LeanHTTPSConnection

    manager = urllib3.PoolManager(**kw)
    manager.pool_classes_by_scheme = {"http": LeanHTTPConnectionPool, "https": LeanHTTPSConnectionPool}
    return manager
