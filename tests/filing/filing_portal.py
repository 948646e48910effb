"""A NextRequest-like portal on 127.0.0.1 for tests: form with a per-session CSRF token
and a session cookie, a POST that refuses a wrong token or a missing cookie (422), and
a confirmation page naming the request ("Request 23-145")."""
from __future__ import annotations

import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

COOKIE = "_nextrequest_session"


class PortalState:
    def __init__(self, first_number: int = 145):
        self.sessions: dict[str, str] = {}
        self.submissions: list[dict] = []
        self.rejections: list[str] = []
        self.next_number = first_number
        self.lock = threading.Lock()
        self.fail_with: int | None = None     # answer the next POST with this status


def _handler(state: PortalState):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _cookies(self) -> dict:
            out = {}
            for part in (self.headers.get("Cookie") or "").split(";"):
                k, _, v = part.strip().partition("=")
                if k:
                    out[k] = v
            return out

        def _send(self, status: int, body: str, headers: dict | None = None):
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path in ("/", "/requests/new"):
                with state.lock:
                    sid = self._cookies().get(COOKIE)
                    if sid not in state.sessions:
                        sid = secrets.token_hex(8)
                        state.sessions[sid] = secrets.token_urlsafe(24)
                    token = state.sessions[sid]
                page = f"""<html><head><meta name="csrf-token" content="{token}"></head><body>
<form id="new_request" action="/requests" method="post">
<input type="hidden" name="authenticity_token" value="{token}">
<textarea name="request[request_text]" required></textarea>
<input type="text" name="requester[name]">
<input type="email" name="requester[email]" required>
<input type="tel" name="requester[phone_number]">
<input type="submit" name="commit" value="Make Request">
</form></body></html>"""
                self._send(200, page, {"Set-Cookie": f"{COOKIE}={sid}; Path=/; HttpOnly"})
            elif self.path.startswith("/requests/"):
                number = self.path.rsplit("/", 1)[-1]
                self._send(200, f"<html><title>Request {number}</title><body><h1>Request {number}</h1>"
                                "<p>Your request has been submitted.</p></body></html>")
            else:
                self._send(404, "<h1>Not found</h1>")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            fields = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            with state.lock:
                if state.fail_with:
                    status, state.fail_with = state.fail_with, None
                    return self._send(status, "<h1>Service unavailable</h1>")
                expected = state.sessions.get(self._cookies().get(COOKIE, ""))
                if expected is None or fields.get("authenticity_token") != expected:
                    state.rejections.append("csrf")
                    return self._send(422, "<h1>The change you wanted was rejected.</h1>")
                number = f"23-{state.next_number}"
                state.next_number += 1
                state.submissions.append(dict(fields, number=number))
            self.send_response(302)
            self.send_header("Location", f"/requests/{number}")
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


class Portal:
    def __init__(self):
        self.state = PortalState()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.state))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
