"""Helpers for the reply tests: real RFC 5322 messages, real PDFs, and a TCP relay that
drops an IMAP connection part-way."""
from __future__ import annotations

import socket
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def build_mail(*, subject: str = "Your records request", body: str = "Thank you.",
               sender: str = "City Clerk <cityclerk@oxnard.org>", to: str = "dana@example.org",
               in_reply_to: str | None = None, date: datetime | None = None,
               message_id: str | None = None, attachments: list[tuple[str, bytes, str]] = (),
               headers: dict | None = None) -> bytes:
    """A well-formed RFC 5322 message as bytes (CRLF line ends, as on the wire)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2026, 3, 5, 18, 30, tzinfo=timezone.utc))
    msg["Message-ID"] = message_id or make_msgid(domain="oxnard.org")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    from email.policy import SMTP

    return msg.as_bytes(policy=SMTP)


def make_pdf(text_lines: list[str]) -> bytes:
    """A real one-page PDF with text (reportlab)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    y = 720
    for line in text_lines:
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


class DroppingProxy:
    """A TCP relay to the IMAP port. The first connection is cut (both directions) once
    the server has sent ``cut_after`` bytes on it: a connection dropped in the middle of
    a FETCH. Later connections pass through untouched, as after the network recovers."""

    def __init__(self, target_port: int, cut_after: int):
        import threading

        self.target_port = target_port
        self.cut_after = cut_after
        self.connections = 0
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(4)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        import threading

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            limit = self.cut_after if self.connections == 1 else None
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, upstream, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, limit), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                if limit is not None:
                    data = data[:limit - sent]
                    sent += len(data)
                dst.sendall(data)
                if limit is not None and sent >= limit:
                    break
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self.listener.close()
