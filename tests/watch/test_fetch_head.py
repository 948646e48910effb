"""The event loop's direct reading of plain header blocks gives what http.client's begin gives."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from prr.scrapers.fetch_head import plain_head
from prr.scrapers.fetch_wire import _headers, begin

CASES = Path(__file__).parent / "cases"
STATUS = yaml.safe_load((CASES / "status_lines.yaml").read_text(encoding="utf-8"))
BLOCKS = yaml.safe_load((CASES / "header_blocks.yaml").read_text(encoding="utf-8"))
URL = "http://127.0.0.1:1/page"


def _by_http_client(block: bytes):
    try:
        raw = begin(URL, block, None)
    except Exception as e:          # http.client refuses it: the direct reader must not take it
        return type(e).__name__
    return raw.status, raw.reason, _headers(raw.msg), raw.chunked, raw.length, raw.will_close


def _direct(block: bytes):
    head = plain_head(block)
    if head is None:
        return None
    return head.status, head.reason, head.headers, head.chunked, head.length, head.will_close


@pytest.mark.parametrize("status", STATUS, ids=[s["id"] for s in STATUS])
@pytest.mark.parametrize("case", BLOCKS, ids=[c["id"] for c in BLOCKS])
def test_same_reading_as_http_client(status, case):
    block = (status["line"] + case["block"]).encode("iso-8859-1")
    got = _direct(block)
    if got is not None:
        assert got == _by_http_client(block)
    crlf_only = b"\n" not in case["block"].encode("iso-8859-1").replace(b"\r\n", b"")
    assert (got is not None) == (status["direct"] and case["plain"] and crlf_only)


FRAMING = ["Content-Length: 12", "Content-Length: 0", "Content-Length: -3", "Content-Length: x1",
           "Content-Length:  12 ", "Content-Length: 1_0", "content-length: 7", "Transfer-Encoding: chunked",
           "Transfer-Encoding: CHUNKED", "Transfer-Encoding: gzip, chunked", "transfer-encoding: chunked",
           "Connection: close", "Connection: Keep-Alive", "connection: CLOSE", "Connection: keep-alive, close",
           "Content-Type: text/html", "Content-Type: multipart/mixed; boundary=x", "Content-Type: message/rfc822",
           "ETag: \"a\"", "X-Odd: a\x85b", "Set-Cookie: a=1", "X-Empty:", "Location: /next", "Folded: a\r\n b",
           "NoColon", "From x", "Content-Encoding: gzip"]


def test_random_blocks_read_the_same():
    """Random blocks of framing headers in any order and repetition (first value wins in
    http.client), under random status lines: wherever the direct reader answers, the same."""
    rng = random.Random(20261130)
    taken = 0
    for _ in range(3000):
        line = rng.choice(STATUS)["line"]
        lines = [rng.choice(FRAMING) for _ in range(rng.randint(0, 6))]
        block = (line + "".join(x + "\r\n" for x in lines) + "\r\n").encode("iso-8859-1")
        got = _direct(block)
        if got is not None:
            taken += 1
            assert got == _by_http_client(block), block
    assert taken > 500


def test_limits_left_to_http_client():
    many = ("HTTP/1.1 200 OK\r\n" + "X-A: b\r\n" * 101 + "\r\n").encode()
    assert plain_head(many) is None and _by_http_client(many) == "HTTPException"
    for count in (99, 100):      # http.client counts the empty line too
        block = ("HTTP/1.1 200 OK\r\n" + "X-A: b\r\n" * count + "\r\n").encode()
        assert _direct(block) == _by_http_client(block) or (count == 100 and plain_head(block) is None)
    assert _by_http_client(("HTTP/1.1 200 OK\r\n" + "X-A: b\r\n" * 100 + "\r\n").encode()) == "HTTPException"
    long = ("HTTP/1.1 200 OK\r\nX-A: " + "b" * 70000 + "\r\n\r\n").encode()
    assert plain_head(long) is None and _by_http_client(long) == "LineTooLong"
