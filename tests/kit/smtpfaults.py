"""An SMTP server (aiosmtpd on 127.0.0.1) that fails the way real ones do after the
message was handed over: it stores the message and then drops the connection
(``drop``), stores it and stalls past the client's timeout (``stall``), or drops the
connection without storing it (``lost``). Queue faults with ``fault_next``."""
from __future__ import annotations

import asyncio

from prr.demo.localservers import Received, SmtpSink, _Handler


class FaultHandler(_Handler):
    def __init__(self, stall_s: float = 5.0):
        super().__init__()
        self.faults: list[str] = []
        self.stall_s = stall_s
        self.sessions_dropped = 0

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            fault = self.faults.pop(0) if self.faults else None
        if fault is None:
            return await super().handle_DATA(server, session, envelope)
        if fault in ("drop", "stall"):
            with self.lock:
                self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                              bytes(envelope.original_content or envelope.content)))
        if fault == "stall":
            await asyncio.sleep(self.stall_s)
            return "250 2.0.0 OK queued (too late)"
        self.sessions_dropped += 1
        server.transport.abort()
        return "421 connection dropped"


class FaultySmtp(SmtpSink):
    """``with FaultySmtp() as s: s.fault_next("drop"); ...``"""

    def __init__(self, stall_s: float = 5.0, **kw):
        super().__init__(**kw)
        self.handler = FaultHandler(stall_s)
        self.controller.handler = self.handler

    def fault_next(self, *faults: str) -> None:
        assert all(f in ("drop", "stall", "lost") for f in faults), faults
        self.handler.faults.extend(faults)

    def url_with_timeout(self, seconds: float) -> str:
        return f"{self.url}?timeout={seconds}"
