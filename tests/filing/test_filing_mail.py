"""Messages, SMTP URLs and sending against a real SMTP server (aiosmtpd on 127.0.0.1)."""
from __future__ import annotations

import email
import email.policy

import pytest
from filing_helpers import load_cases
from mailservers import self_signed_cert
from tcprelay import TcpRelay

from prr.channels.mail import SendError, SentJournal, SmtpSender, build_message, new_message_id, parse_smtp_url
from prr.requests.letters import HeaderInjectionError

URLS = load_cases("smtp_urls.yaml")


@pytest.mark.parametrize("case", URLS, ids=[c["id"] for c in URLS])
def test_smtp_url_parsing(case):
    c = parse_smtp_url(case["url"])
    assert (c.host, c.port, c.implicit_tls, c.starttls, c.username, c.password) == (
        case["host"], case["port"], case["implicit_tls"], case["starttls"], case["username"], case["password"])
    assert case["password"] is None or case["password"] not in repr(c)


@pytest.mark.parametrize("url,error", [("http://mail.example.org", "smtp:// or smtps://"),
                                       ("smtp://", "no host"), ("smtp://h?starttls=maybe", "starttls must be")])
def test_bad_smtp_urls_are_explained(url, error):
    with pytest.raises(ValueError, match=error):
        parse_smtp_url(url)


def _message(**kw):
    args = dict(from_name="Dana Reporter", from_addr="dana@example.org", to="clerk@city.example.gov",
                subject="Records request", body="Please send the records.\n", token="PRR-7K3M9QXD",
                message_id=new_message_id("PRR-7K3M9QXD", "dana@example.org"))
    args.update(kw)
    return build_message(**args)


def test_message_has_token_unique_id_and_plus_reply_to():
    msg = _message(reply_to="requests+prr-7k3m9qxd@example.org")
    parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    assert parsed["Subject"] == "Records request [PRR-7K3M9QXD]"
    assert parsed["Reply-To"] == "requests+prr-7k3m9qxd@example.org"
    assert parsed["From"] == "Dana Reporter <dana@example.org>"
    assert parsed["Message-ID"].startswith("<") and parsed["Message-ID"].endswith("@example.org>")
    assert "prr-7k3m9qxd" in parsed["Message-ID"]
    assert parsed.get_content().replace("\r\n", "\n") == "Please send the records.\n"
    ids = {new_message_id("PRR-7K3M9QXD", "dana@example.org") for _ in range(200)}
    assert len(ids) == 200
    # the token is not added twice
    assert _message(subject="Re: x [PRR-7K3M9QXD]")["Subject"] == "Re: x [PRR-7K3M9QXD]"


@pytest.mark.parametrize("field", ["to", "subject", "reply_to", "from_name", "in_reply_to"])
def test_header_values_with_line_breaks_are_refused(field):
    with pytest.raises(HeaderInjectionError):
        _message(**{field: "x@example.org\r\nBcc: all@example.org"})


def _sender(url, **kw):
    return SmtpSender(parse_smtp_url(url), backoff=0.01, **kw)


def test_sends_and_retries_421_and_451(smtp_sink):
    smtp_sink.fail_next("451 4.3.0 Mailbox temporarily unavailable", "421 4.3.2 Service shutting down")
    with _sender(smtp_sink.url) as s:
        s.send(_message(), from_addr="dana@example.org")
    assert len(smtp_sink.received) == 1
    got = smtp_sink.received[0].message
    assert got["Subject"] == "Records request [PRR-7K3M9QXD]"
    assert smtp_sink.received[0].rcpt_tos == ["clerk@city.example.gov"]


def test_gives_up_after_repeated_4xx_and_says_so(smtp_sink):
    smtp_sink.fail_next(*["451 4.3.0 try later"] * 3)
    with _sender(smtp_sink.url, attempts=3) as s, pytest.raises(SendError) as info:
        s.send(_message())
    assert not info.value.permanent and "after 3 attempts" in str(info.value) and "451" in str(info.value)
    assert smtp_sink.received == []


def test_5xx_is_permanent_with_the_servers_reason(smtp_sink):
    smtp_sink.fail_next("554 5.7.1 Message rejected: spam suspected")
    with _sender(smtp_sink.url) as s, pytest.raises(SendError) as info:
        s.send(_message())
    assert info.value.permanent and info.value.code == 554
    assert "Message rejected: spam suspected" in str(info.value)
    assert smtp_sink.received == []


def test_dropped_connection_is_retried(smtp_sink):
    proxy = TcpRelay(smtp_sink.port, hang_up=2)
    try:
        with _sender(f"smtp://127.0.0.1:{proxy.port}") as s:
            s.send(_message())
    finally:
        proxy.close()
    assert proxy.connections == 3
    assert len(smtp_sink.received) == 1


def test_refused_connection_is_temporary():
    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    with _sender(f"smtp://127.0.0.1:{port}", attempts=2) as s, pytest.raises(SendError) as info:
        s.send(_message())
    assert not info.value.permanent


def test_authentication_and_reused_connection():
    from prr.demo.localservers import SmtpSink

    with SmtpSink(auth=("dana", "s3cret")) as sink:
        with _sender(f"smtp://dana:s3cret@127.0.0.1:{sink.port}") as s:
            for i in range(3):
                s.send(_message(subject=f"letter {i}", message_id=new_message_id("PRR-7K3M9QXD", "dana@example.org")))
        assert [r.message["Subject"] for r in sink.received] == [f"letter {i} [PRR-7K3M9QXD]" for i in range(3)]


def test_starttls_is_used_when_offered(tmp_path):
    import ssl

    from aiosmtpd.controller import Controller

    from prr.demo.localservers import _Handler

    cert, key = self_signed_cert(tmp_path)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    handler = _Handler()
    seen_tls = []

    class TlsHandler(type(handler)):
        async def handle_DATA(self, server, session, envelope):
            seen_tls.append(session.ssl is not None)
            return await super().handle_DATA(server, session, envelope)

    handler = TlsHandler()
    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=ctx, require_starttls=True)
    controller.start()
    try:
        with _sender(f"smtp://127.0.0.1:{port}?cafile={cert}") as s:
            s.send(_message())
        assert seen_tls == [True] and len(handler.received) == 1
        with _sender(f"smtp://127.0.0.1:{port}?starttls=never") as s, pytest.raises(SendError) as info:
            s.send(_message())
        assert info.value.permanent and "530" in str(info.value)
    finally:
        controller.stop()


def test_journal_survives_torn_lines(tmp_path):
    j = SentJournal(tmp_path / "journal.jsonl")
    j.append("<a@x>", request_id=1)
    with open(j.path, "a") as f:
        f.write('{"message_id": "<b@x>", "req')     # a crash mid-write
    assert j.find("<a@x>")["request_id"] == 1
    assert j.find("<b@x>") is None
    j2 = SentJournal(tmp_path / "journal.jsonl")
    assert j2.find("<c@x>") is None
