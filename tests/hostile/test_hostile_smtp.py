"""An SMTP server that offers no STARTTLS, on an address that is not this machine's
loopback: prr must not send the password in clear unless the URL says ?tls=none."""
from __future__ import annotations

import socket

import pytest

from prr.channels.mail import SendError, SmtpSender, build_message, new_message_id, parse_smtp_url


def _outside_address() -> str | None:
    """This machine's address on its default route (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))
            ip = s.getsockname()[0]
    except OSError:
        return None
    return None if ip.startswith("127.") else ip


class PlainServer:
    """aiosmtpd with AUTH allowed without TLS and no STARTTLS offered; counts logins."""

    def __init__(self, host: str):
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        from prr.demo.localservers import _Handler

        self.logins: list[tuple[str, str]] = []

        def authenticator(server, session, envelope, mechanism, data):
            if isinstance(data, LoginPassword):
                self.logins.append((data.login.decode(), data.password.decode()))
            return AuthResult(success=True)

        with socket.socket() as s:
            s.bind((host, 0))
            self.port = s.getsockname()[1]
        self.handler = _Handler()
        self.controller = Controller(self.handler, hostname=host, port=self.port, authenticator=authenticator,
                                     auth_require_tls=False)
        self.host = host

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


@pytest.fixture
def remote_host(monkeypatch):
    ip = _outside_address()
    if ip is None:
        # No address but loopback here: treat loopback as another machine for this test.
        monkeypatch.setattr("prr.channels.mail.is_loopback_host", lambda host: False)
        ip = "127.0.0.1"
    return ip


def _message():
    return build_message(from_name="Dana", from_addr="dana@example.org", to="clerk@oxnard.org", subject="Records",
                         body="Hello", token="PRR-7K3M9QXD", message_id=new_message_id("PRR-7K3M9QXD", "example.org"))


def test_no_starttls_means_no_login_to_a_remote_host(remote_host):
    with PlainServer(remote_host) as server:
        url = f"smtp://dana:pa%23ss@{remote_host}:{server.port}"
        with SmtpSender(parse_smtp_url(url), backoff=0.01) as sender, pytest.raises(SendError) as info:
            sender.send(_message())
        assert info.value.permanent and "in clear" in str(info.value) and "?tls=none" in str(info.value)
        assert "pa#ss" not in str(info.value)
        assert server.logins == [] and server.handler.received == []


def test_tls_none_in_the_url_allows_it_knowingly(remote_host):
    with PlainServer(remote_host) as server:
        url = f"smtp://dana:pa%23ss@{remote_host}:{server.port}?tls=none"
        with SmtpSender(parse_smtp_url(url), backoff=0.01) as sender:
            sender.send(_message())
        assert server.logins == [("dana", "pa#ss")] and len(server.handler.received) == 1


def test_loopback_relay_may_log_in_without_tls():
    with PlainServer("127.0.0.1") as server:
        with SmtpSender(parse_smtp_url(f"smtp://dana:s3cret@127.0.0.1:{server.port}"), backoff=0.01) as sender:
            sender.send(_message())
        assert server.logins == [("dana", "s3cret")]


def test_filing_through_a_plaintext_remote_server_fails_with_the_reason(remote_host, conn, prr_env, monkeypatch):
    from prr.requests.filing import draft_request, file_batch

    with PlainServer(remote_host) as server:
        monkeypatch.setenv("PRR_SMTP_URL", f"smtp://dana:s3cret@{remote_host}:{server.port}")
        rid = draft_request(conn, "oxnard", "incident-logs",
                            {"incident": "the ransomware attack", "start": "2026-01-01", "end": "2026-01-31"},
                            channel="smtp")
        (outcome,) = file_batch(conn, [rid])
        assert not outcome.ok and "in clear" in outcome.error and outcome.status == "failed"
        assert server.logins == [] and "s3cret" not in outcome.error
