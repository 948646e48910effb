"""A NextRequest-like public records portal.

It behaves the way the hosted portals do where a filing client can get it wrong:
``GET /requests/new`` sets a session cookie and embeds a per-session CSRF token
(``authenticity_token``) in the form; ``POST /requests`` refuses a missing or wrong
token or a missing cookie (422), requires a description and an email, and answers
with a redirect to ``/requests/<number>``, whose page shows "Request <number>".
Request numbers look like NextRequest's (``26-318``: year, then a sequence).
"""
from __future__ import annotations

import html
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qs

COOKIE = "_nextrequest_session"

# Field names of the form, as NextRequest's public request form names them.
DESCRIPTION_FIELD = "request[request_text]"
EMAIL_FIELD = "requester[email]"
FORM_FIELDS = (
    (DESCRIPTION_FIELD, "textarea", "Request description", True),
    ("requester[name]", "text", "Name", False),
    (EMAIL_FIELD, "email", "Email", True),
    ("requester[phone_number]", "tel", "Phone", False),
    ("requester[address]", "text", "Street address", False),
    ("requester[company]", "text", "Company / Organization", False),
)


@dataclass
class PortalSubmission:
    number: str
    fields: dict[str, str]
    submitted_at: datetime

    @property
    def description(self) -> str:
        return self.fields.get(DESCRIPTION_FIELD) or _first_long_value(self.fields)

    @property
    def email(self) -> str:
        if self.fields.get(EMAIL_FIELD):
            return self.fields[EMAIL_FIELD]
        return next((v for k, v in self.fields.items() if "email" in k.lower() and "@" in v), "")

    @property
    def name(self) -> str:
        return next((v for k, v in self.fields.items() if k.lower().endswith("name]") or k.lower() == "name"), "")


def _first_long_value(fields: dict[str, str]) -> str:
    return max(fields.values(), key=len, default="")


@dataclass
class Portal:
    """State of one agency's portal; the HTTP handler calls :meth:`handle`."""
    agency: str
    year: int = field(default_factory=lambda: datetime.now().year % 100)
    next_sequence: int = 318
    sessions: dict[str, str] = field(default_factory=dict)       # cookie value -> CSRF token
    submissions: list[PortalSubmission] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)             # why a POST was refused
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, method: str, path: str, prefix: str, cookies: dict[str, str],
               body: bytes) -> tuple[int, dict[str, str], str]:
        """(status, headers, html) for a request whose path is below the portal's prefix."""
        if method == "GET" and path in ("", "/", "/requests/new"):
            return self._form(prefix, cookies)
        if method == "POST" and path in ("/requests", "/requests/"):
            return self._submit(prefix, cookies, body)
        if method == "GET" and path.startswith("/requests/"):
            return self._confirmation(path.rsplit("/", 1)[-1])
        return 404, {}, "<h1>Not found</h1>"

    def _form(self, prefix: str, cookies: dict[str, str]) -> tuple[int, dict[str, str], str]:
        with self.lock:
            session = cookies.get(COOKIE)
            if session not in self.sessions:
                session = secrets.token_hex(16)
                self.sessions[session] = secrets.token_urlsafe(32)
            token = self.sessions[session]
        inputs = []
        for name, kind, label, required in FORM_FIELDS:
            req = " required" if required else ""
            if kind == "textarea":
                inputs.append(f'<label for="{name}">{label}</label><textarea name="{name}" id="{name}"{req}></textarea>')
            else:
                inputs.append(f'<label for="{name}">{label}</label><input type="{kind}" name="{name}" id="{name}"{req}>')
        page = f"""<!DOCTYPE html><html><head><title>Make a Request - {html.escape(self.agency)}</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="{token}"></head>
<body><h1>Make a Public Records Request</h1><p>{html.escape(self.agency)}</p>
<form id="new_request" action="{prefix}/requests" method="post" accept-charset="UTF-8">
<input type="hidden" name="utf8" value="&#x2713;">
<input type="hidden" name="authenticity_token" value="{token}">
{''.join(inputs)}
<input type="submit" name="commit" value="Make Request">
</form></body></html>"""
        return 200, {"Set-Cookie": f"{COOKIE}={session}; path=/; HttpOnly; SameSite=Lax"}, page

    def _submit(self, prefix: str, cookies: dict[str, str], body: bytes) -> tuple[int, dict[str, str], str]:
        fields = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
        with self.lock:
            session = cookies.get(COOKIE)
            expected = self.sessions.get(session or "")
            if expected is None:
                self.rejected.append("no session cookie")
                return 422, {}, "<h1>Your session has expired. Please reload the form.</h1>"
            if fields.get("authenticity_token") != expected:
                self.rejected.append("bad CSRF token")
                return 422, {}, "<h1>The change you wanted was rejected (invalid authenticity token).</h1>"
            data = {k: v for k, v in fields.items() if k not in ("authenticity_token", "utf8", "commit")}
            sub = PortalSubmission("", data, datetime.now(UTC))
            if not sub.description.strip() or "@" not in sub.email:
                self.rejected.append("missing description or email")
                return 422, {}, "<h1>Please describe the records you want and give an email address.</h1>"
            sub.number = f"{self.year:02d}-{self.next_sequence}"
            self.next_sequence += 1
            self.submissions.append(sub)
        return 302, {"Location": f"{prefix}/requests/{sub.number}"}, ""

    def _confirmation(self, number: str) -> tuple[int, dict[str, str], str]:
        with self.lock:
            sub = next((s for s in self.submissions if s.number == number), None)
        if sub is None:
            return 404, {}, "<h1>Request not found</h1>"
        page = f"""<!DOCTYPE html><html><head><title>Request {number} - {html.escape(self.agency)}</title></head>
<body><div class="flash notice">Your request has been submitted. You will receive an email confirmation.</div>
<h1 class="request-title">Request {number}</h1>
<p class="request-state">Open</p>
<div class="request-text">{html.escape(sub.description)}</div>
<p>Received {sub.submitted_at:%B %d, %Y} via web</p></body></html>"""
        return 200, {}, page
