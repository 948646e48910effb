"""The fetcher's header reader gives the messages http.client's email parse gives."""
from __future__ import annotations

import http.client
import io
import socket
import threading
from pathlib import Path

import pytest
import yaml

from prr.scrapers import fetch_headers
from prr.scrapers.fetch import PoliteFetcher

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "header_blocks.yaml").read_text(encoding="utf-8"))


def _message_state(msg) -> dict:
    state = dict(vars(msg))
    state["defects"] = [repr(d) for d in msg.defects]
    state["_payload"] = [vars(m)["_headers"] for m in msg._payload] if isinstance(msg._payload, list) else msg._payload
    return state


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_same_message_as_the_email_parser(case, monkeypatch):
    block = case["block"].encode("iso-8859-1")
    want = http.client.parse_headers(io.BytesIO(block))
    used_email = []
    real = fetch_headers._stdlib_parse
    monkeypatch.setattr(fetch_headers, "_stdlib_parse", lambda *a: used_email.append(1) or real(*a))
    got = fetch_headers.lean_parse_headers(io.BytesIO(block))
    assert _message_state(got) == _message_state(want)
    assert list(got.items()) == list(want.items())
    assert (not used_email) == case["plain"]


def _raw_server(answer: bytes):
    """A real socket on 127.0.0.1 that answers every request on a connection with ``answer``."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()

    def serve():
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                conn.sendall(answer)

    threading.Thread(target=serve, daemon=True).start()
    return srv


@pytest.mark.parametrize("extra", [b"X-Long: first\r\n second\r\n", b"X-Long:  \tplain value \r\n",
                                   b"X-Long: caf\xe9\r\nX-Long: two\r\n"], ids=["folded", "plain", "repeated"])
def test_fetcher_headers_as_urllib3_reads_them(extra, monkeypatch):
    """Over a real socket, the fetcher's headers are those urllib3's own pool manager gives."""
    import os

    import urllib3

    for name in [k for k in os.environ if k.lower().endswith("_proxy")]:
        monkeypatch.delenv(name)        # with proxy variables the fetcher goes through requests instead
    body = b"<html><body><p>Records: clerk@example.gov</p></body></html>"
    answer = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + extra +
              b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    srv = _raw_server(answer)
    url = f"http://127.0.0.1:{srv.getsockname()[1]}/page"
    try:
        with PoliteFetcher(allow_private="127.0.0.0/8", respect_robots=False) as fetcher:
            assert fetcher._http.pool_classes_by_scheme["http"].ConnectionCls.response_class is fetch_headers.LeanResponse
            got = fetcher.fetch(url)
            fetcher._http = urllib3.PoolManager(retries=False)
            want = fetcher.fetch(url)
    finally:
        srv.close()
    assert got.status == want.status == 200 and got.body == want.body == body
    assert got.headers == want.headers and "x-long" in got.headers
