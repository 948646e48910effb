"""Small real servers on 127.0.0.1 for the offline demo, benchmarks and tests.

``SmtpSink`` is a real SMTP server (aiosmtpd) that keeps what it receives and can be
told to answer with an error code, so filing can be exercised end to end with no mail
leaving the machine.
"""
from __future__ import annotations

import email
import email.policy
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)


@dataclass
class _Handler:
    received: list[Received] = field(default_factory=list)
    # Queue of SMTP replies to give instead of accepting the next DATA, e.g. "451 4.3.0 try later".
    fail_next: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.fail_next:
                return self.fail_next.pop(0)
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content)))
        return "250 2.0.0 OK queued"


class SmtpSink:
    """``with SmtpSink() as s: ... s.port ... s.received``"""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, auth: tuple[str, str] | None = None):
        from aiosmtpd.controller import Controller

        self.handler = _Handler()
        kwargs = {}
        if auth is not None:
            user, password = auth

            def authenticator(server, session, envelope, mechanism, auth_data):
                from aiosmtpd.smtp import AuthResult, LoginPassword

                ok = isinstance(auth_data, LoginPassword) and \
                    (auth_data.login.decode(), auth_data.password.decode()) == (user, password)
                return AuthResult(success=ok)

            kwargs = dict(authenticator=authenticator, auth_require_tls=False)
        if port == 0:
            import socket

            with socket.socket() as s:
                s.bind((host, 0))
                port = s.getsockname()[1]
        self.controller = Controller(self.handler, hostname=host, port=port, **kwargs)
        self.host, self.port = host, port

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    def fail_next(self, *replies: str) -> None:
        self.handler.fail_next.extend(replies)

    def start(self) -> SmtpSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
