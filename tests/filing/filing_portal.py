"""A NextRequest-like portal on 127.0.0.1 for tests (pytest-httpserver): form with a
per-session CSRF token and a session cookie, a POST that refuses a wrong token or a missing
cookie (422), and a confirmation page naming the request ("Request 23-145")."""
from __future__ import annotations

import re
import secrets
import threading

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

COOKIE = "_nextrequest_session"


class PortalState:
    def __init__(self, first_number: int = 145):
        self.sessions: dict[str, str] = {}
        self.submissions: list[dict] = []
        self.rejections: list[str] = []
        self.next_number = first_number
        self.lock = threading.Lock()
        self.fail_with: int | None = None     # answer the next POST with this status


def _page(status: int, body: str, headers: dict | None = None) -> Response:
    return Response(body, status=status, headers=headers or {}, content_type="text/html; charset=utf-8")


def _form(state: PortalState, request: Request) -> Response:
    with state.lock:
        sid = request.cookies.get(COOKIE)
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
    return _page(200, page, {"Set-Cookie": f"{COOKIE}={sid}; Path=/; HttpOnly"})


def _submit(state: PortalState, request: Request) -> Response:
    fields = request.form.to_dict()
    with state.lock:
        if state.fail_with:
            status, state.fail_with = state.fail_with, None
            return _page(status, "<h1>Service unavailable</h1>")
        expected = state.sessions.get(request.cookies.get(COOKIE, ""))
        if expected is None or fields.get("authenticity_token") != expected:
            state.rejections.append("csrf")
            return _page(422, "<h1>The change you wanted was rejected.</h1>")
        number = f"23-{state.next_number}"
        state.next_number += 1
        state.submissions.append(dict(fields, number=number))
    return Response(b"", status=302, headers={"Location": f"/requests/{number}"})


def _confirmation(request: Request) -> Response:
    number = request.path.rsplit("/", 1)[-1]
    return _page(200, f"<html><title>Request {number}</title><body><h1>Request {number}</h1>"
                      "<p>Your request has been submitted.</p></body></html>")


class Portal:
    def __init__(self):
        self.state = PortalState()
        self.server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        form = lambda request: _form(self.state, request)  # noqa: E731
        self.server.expect_request("/", method="GET").respond_with_handler(form)
        self.server.expect_request("/requests/new", method="GET").respond_with_handler(form)
        self.server.expect_request("/requests", method="POST").respond_with_handler(
            lambda request: _submit(self.state, request))
        self.server.expect_request(re.compile("/requests/.+"), method="GET").respond_with_handler(_confirmation)
        self.server.no_handler_status_code = 404

    @property
    def url(self) -> str:
        return self.server.url_for("/")

    def __enter__(self):
        self.server.start()
        return self

    def __exit__(self, *exc):
        self.server.clear()
        self.server.stop()
