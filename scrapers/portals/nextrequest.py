"""A client for a NextRequest portal's public request form.

NextRequest (a Rails app) protects the form with a per-session CSRF token
(``authenticity_token``, also in ``<meta name="csrf-token">``) tied to a session
cookie, so the client must GET the form, keep the cookie, send the token back in the
POST, then follow the redirect to the confirmation page, which names the request
("Request 26-318"). Field names are found from the form itself rather than hard-coded,
so small differences between portal versions do not break filing.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from prr.scrapers.portals.base import Confirmation, Portal, PortalError

__all__ = ["Confirmation", "NextRequestPortal", "PortalError", "find_form", "submit_request"]

REQUEST_NUMBER = re.compile(r"\bRequest\s*(?:#|No\.?|Number)?\s*:?\s*(\d{2}-\d{1,7})\b", re.IGNORECASE)
URL_NUMBER = re.compile(r"/requests/(\d{2}-\d{1,7})(?:[/?#]|$)")


def _field_role(name: str, tag: str, input_type: str) -> str | None:
    n = name.lower()
    if tag == "textarea" or "request_text" in n or "description" in n:
        return "description"
    if input_type == "email" or "email" in n:
        return "email"
    if "phone" in n:
        return "phone"
    if "company" in n or "organi" in n:
        return "organisation"
    if "address" in n:
        return "address"
    if "name" in n:
        return "name"
    return None


def find_form(html: str, base_url: str):
    """(action URL, hidden fields, {role: field name}, required names) of the request form."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    form = None
    for f in soup.find_all("form"):
        if f.find("input", attrs={"name": "authenticity_token"}) or f.get("id") == "new_request":
            form = f
            break
    if form is None:
        return None
    hidden, roles, required = {}, {}, []
    for el in form.find_all(["input", "textarea", "select"]):
        name = el.get("name")
        if not name:
            continue
        itype = (el.get("type") or "text").lower()
        if itype == "hidden":
            hidden[name] = el.get("value", "")
            continue
        if itype == "submit":
            hidden[name] = el.get("value", "")
            continue
        role = _field_role(name, el.name, itype)
        if role and role not in roles:
            roles[role] = name
        if el.has_attr("required"):
            required.append(name)
    if "authenticity_token" not in hidden:
        meta = soup.find("meta", attrs={"name": "csrf-token"})
        if meta is not None:
            hidden["authenticity_token"] = meta.get("content", "")
    action = urljoin(base_url, form.get("action") or base_url)
    return action, hidden, roles, required


def _page_message(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    el = soup.find(["h1", "h2"]) or soup.find(class_=re.compile("error|alert|flash"))
    return " ".join(el.get_text(" ").split())[:200] if el else ""


def submit_request(portal_url: str, *, description: str, email: str, name: str = "", phone: str = "",
                   address: str = "", organisation: str = "", user_agent: str | None = None,
                   timeout: float = 30.0, session=None) -> Confirmation:
    """Fill and post the public request form; returns the confirmation (number may be None
    if the portal accepted the request but its page did not show one)."""
    import requests

    s = session or requests.Session()
    if user_agent:
        s.headers["User-Agent"] = user_agent
    candidates = [portal_url]
    parts = urlsplit(portal_url)
    if not parts.path.rstrip("/").endswith("/requests/new"):
        candidates.append(urljoin(portal_url if portal_url.endswith("/") else portal_url + "/", "requests/new"))
        candidates.append(f"{parts.scheme}://{parts.netloc}/requests/new")
    found = None
    try:
        for url in dict.fromkeys(candidates):
            resp = s.get(url, timeout=timeout)
            if resp.status_code == 200:
                found = find_form(resp.text, resp.url)
                if found:
                    form_url = resp.url
                    break
    except requests.RequestException as e:
        raise PortalError(f"could not load the portal form at {portal_url}: {e}") from None
    if not found:
        raise PortalError(f"no NextRequest request form found at {portal_url} "
                          "(check the city's portal_url contact)", permanent=True)
    action, data, roles, required = found
    values = {"description": description, "email": email, "name": name, "phone": phone,
              "address": address, "organisation": organisation}
    for role, field_name in roles.items():
        if values.get(role):
            data[field_name] = values[role]
    missing = [n for n in required if not data.get(n)]
    if missing:
        raise PortalError(f"the portal form requires {', '.join(missing)}, which prr cannot fill "
                          "(set the requester profile: PRR_REQUESTER_*)", permanent=True)
    try:
        resp = s.post(action, data=data, headers={"Referer": form_url}, timeout=timeout, allow_redirects=True)
    except requests.RequestException as e:
        raise PortalError(f"the portal did not answer the submission ({e}); check the portal for the "
                          "request before retrying") from None
    if resp.status_code >= 400:
        reason = _page_message(resp.text) or resp.reason
        raise PortalError(f"the portal refused the request: HTTP {resp.status_code} {reason}",
                          permanent=400 <= resp.status_code < 500 and resp.status_code not in (408, 422, 429))
    number = None
    m = URL_NUMBER.search(resp.url)
    if m:
        number = m.group(1)
    else:
        from bs4 import BeautifulSoup

        m = REQUEST_NUMBER.search(" ".join(BeautifulSoup(resp.text, "lxml").get_text(" ").split()))
        number = m.group(1) if m else None
    return Confirmation(number=number, url=resp.url, html=resp.text)


class NextRequestPortal(Portal):
    """NextRequest's public request form (a Rails app: CSRF token and session cookie carried;
    the confirmation page names the request, e.g. "Request 26-318")."""

    kind = "nextrequest"
    options = {"portal_url": "the city's NextRequest portal (registry contact portal_url)"}

    def submit(self, portal_url: str, **fields) -> Confirmation:
        return submit_request(portal_url, **fields)
