"""The watch's one-thread fetching loop against the per-request fetcher, on a real local
server that misbehaves in exact ways (tests/watch/cases/fetch_failures.yaml): the same
pages, the same typed errors with the same messages (they are stored in ``last_error``),
and the same requests sent."""
from __future__ import annotations

import hashlib
import json
import re
import socket
from pathlib import Path

import pytest
import yaml
from rawsite import RawSite

from prr.scrapers.fetch import Fetched, FetchError, PoliteFetcher

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "fetch_failures.yaml").read_text())


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def summary(outcome) -> dict:
    if isinstance(outcome, FetchError):
        return {"kind": outcome.kind, "url": outcome.url, "message": outcome.message, "status": outcome.status,
                "retry_after": None if outcome.retry_after is None else round(outcome.retry_after),
                "location": outcome.location, "str": str(outcome)}
    assert isinstance(outcome, Fetched)
    return {"url": outcome.url, "status": outcome.status, "headers": outcome.headers,
            "body": hashlib.sha256(outcome.body).hexdigest(), "encoding": outcome.encoding,
            "not_modified": outcome.not_modified, "requested_url": outcome.requested_url,
            "redirects": outcome.redirects}


def run_case(case: dict, prr_env, *, loop: bool) -> tuple[dict, list[bytes], int]:
    scripts = {p: [list(s) for s in v] if v and isinstance(v[0], list) else v
               for p, v in (case.get("scripts") or {}).items()}
    with RawSite(scripts) as site:
        closed = _closed_port()
        url = case.get("url", site.url("/p")).replace("{closed_port}", str(closed))
        options = dict(case.get("fetcher") or {})
        if "timeout" in options:
            options["timeout"] = tuple(options["timeout"])
        fetch_kw = case.get("fetch") or {}
        with PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], interval=0.0, max_retry_after=3.0,
                           **options) as f:
            if loop:
                [(_item, outcome)] = list(f.fetch_many([dict(url=url, **fetch_kw)]))
            else:
                try:
                    outcome = f.fetch(url, **fetch_kw)
                except FetchError as e:
                    outcome = e
            # Each run has its own server: its port is named, not compared.
            ports = {str(site.port): "SITE_PORT", str(closed): "CLOSED_PORT"}
            return (_unported(summary(outcome), ports), [_unported(r.decode("latin-1"), ports) for r in site.requests],
                    f.requests_made)


def _unported(value, ports: dict):
    # a port as URLs, Host headers and errors print it (after ":" or "=", no digit after): the same
    # digits inside a body's hash are no port
    text = json.dumps(value)
    for port, name in ports.items():
        text = re.sub(rf"(?<=[:=]){port}(?!\d)", name, text)
    return json.loads(text)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_loop_answers_as_the_request_fetcher(case, prr_env):
    one, one_requests, one_made = run_case(case, prr_env, loop=False)
    many, many_requests, many_made = run_case(case, prr_env, loop=True)
    expect = case["expect"]
    if "kind" in expect:
        assert one.get("kind") == expect["kind"], one
    else:
        assert one.get("status") == expect["status"], one
    assert many == one
    assert many_requests == one_requests
    assert many_made == one_made


# --- TLS: the same verification and the same errors -------------------------------------

@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for localhost and 127.0.0.1 (made with the openssl tool)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("the openssl tool is needed to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "key.pem"),
                    "-out", str(d / "cert.pem"), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True, capture_output=True)
    return d / "cert.pem", d / "key.pem"


def _tls_server(cert, key):
    import ssl
    import threading

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            try:
                tls = ctx.wrap_socket(conn, server_side=True)
                while b"\r\n\r\n" not in tls.recv(65536):
                    pass
                tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 11\r\n\r\n<p>tls</p>\n")
                tls.close()
            except (OSError, ValueError):
                conn.close()
    threading.Thread(target=serve, daemon=True).start()
    return listener


@pytest.mark.parametrize("host,trusted", [("127.0.0.1", False), ("localhost", True), ("127.0.0.1", True)],
                         ids=["self_signed_refused", "trusted_page", "trusted_by_address"])
def test_tls_as_the_request_fetcher(certificate, prr_env, monkeypatch, host, trusted):
    import requests.certs

    cert, key = certificate
    if trusted:      # both ways of fetching trust the CA bundle requests names
        monkeypatch.setattr(requests.certs, "where", lambda: str(cert))
    listener = _tls_server(cert, key)
    try:
        url = f"https://{host}:{listener.getsockname()[1]}/robots.txt"
        got = []
        for loop in (False, True):
            with PoliteFetcher(prr_env, allow_private=["127.0.0.0/8", "::1/128"], interval=0.0,
                               respect_robots=False) as f:
                if loop:
                    [(_item, outcome)] = list(f.fetch_many([url]))
                else:
                    try:
                        outcome = f.fetch(url)
                    except FetchError as e:
                        outcome = e
                got.append(summary(outcome))
    finally:
        listener.close()
    assert got[0].get("status" if trusted else "kind") == (200 if trusted else "tls"), got[0]
    assert got[1] == got[0]


# --- keep-alive: a connection the server closed while idle is not reused -----------------

@pytest.mark.parametrize("ending", ["close", "reset", "stray_bytes"])
def test_idle_connection_ended_by_the_server_is_not_reused(prr_env, ending):
    # /a is answered as a kept-alive page, then the server ends the connection (or sends
    # bytes nobody asked for) while it waits idle for /b's turn (interval 0.3 s).
    after = {"close": [{"close": True}], "reset": [{"reset": True}],
             "stray_bytes": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray"}]}[ending]
    scripts = {"/a": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na"}, {"sleep": 0.05}] + after,
               "/b": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb"}]}
    got = []
    for loop in (False, True):
        with RawSite(scripts) as site, PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], interval=0.3,
                                                     per_host=1, respect_robots=False) as f:
            urls = [site.url("/a"), site.url("/b")]
            if loop:
                outcomes = [o for _it, o in f.fetch_many(urls, workers=1)]
            else:
                outcomes = []
                for u in urls:
                    try:
                        outcomes.append(f.fetch(u))
                    except FetchError as e:
                        outcomes.append(e)
            ports = {str(site.port): "SITE_PORT"}
            got.append(([_unported(summary(o), ports) for o in outcomes],
                        [_unported(r.decode("latin-1"), ports) for r in site.requests], f.requests_made))
    assert [o.get("status") for o in got[0][0]] == [200, 200], got[0]
    assert got[1] == got[0]
