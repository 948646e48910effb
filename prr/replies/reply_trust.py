"""Who may change a request by email.

A matched reply is applied only when its sender is known for the request's city and no
authentication check the receiving server recorded failed. Known senders are:

* an address the city's registry lists (any ``*_email`` contact, not removed), e.g. the
  records email, or a portal's notification address recorded as a contact;
* an address at a domain the city owns (its website, its email and portal hosts, and
  their sub-domains), as :func:`db.replies.city_domains` maps them;
* an address a person accepted a reply from before (``known_senders``, learned by
  ``prr inbox accept``).

``Authentication-Results`` headers (RFC 8601) are read where present: a ``fail`` for
DMARC, SPF or DKIM holds the message, whatever its sender claims. Anything held goes to
the review queue with the reason; a token or a thread header alone never applies a
status, since anyone who saw a letter can quote them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from prr.db import replies as store
from prr.replies.matching import city_for_domain, sender_domain

_ADDR = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+")
_RESULT = re.compile(r"(?<![\w.-])(dmarc|spf|dkim)\s*=\s*([a-z]+)", re.IGNORECASE)
FAILING = ("fail",)


@dataclass
class Trust:
    ok: bool
    reason: str


def authentication_failures(message) -> list[str]:
    """``dmarc=fail``-style verdicts from the message's Authentication-Results headers."""
    out = []
    try:
        headers = message.get_all("Authentication-Results") or []
    except Exception:   # a header the parser cannot read is not a pass
        return ["Authentication-Results unreadable"]
    for value in headers:
        for method, result in _RESULT.findall(str(value)):
            if result.lower() in FAILING:
                out.append(f"{method.lower()}={result.lower()}")
    return sorted(set(out))


def ambiguous_sender(message) -> str:
    """Why the From header cannot be trusted to name one sender ("" when it can): several
    From headers, or several addresses in one (``cityclerk@oxnard.org <x@evil.example>``
    is parsed differently by different programs)."""
    try:
        values = [str(v) for k, v in message.raw_items() if k.lower() == "from"]
    except Exception:
        return "the From header cannot be read"
    if len(values) > 1:
        return f"{len(values)} From headers"
    found = {a.lower().rstrip(".") for v in values for a in _ADDR.findall(v)}
    if len(found) > 1:
        return f"the From header holds several addresses ({', '.join(sorted(found))})"
    return ""


def sender_trust(conn, city_slug: str, from_addr: str, message=None) -> Trust:
    """Whether a reply from ``from_addr`` may change a request of ``city_slug``."""
    failures = authentication_failures(message) if message is not None else []
    if failures:
        return Trust(False, f"authentication failed ({', '.join(failures)})")
    ambiguous = ambiguous_sender(message) if message is not None else ""
    if ambiguous:
        return Trust(False, f"sender unknown: {ambiguous}")
    addr = (from_addr or "").strip().lower()
    if not addr:
        return Trust(False, "sender unknown (no From address)")
    if addr in store.city_addresses(conn, city_slug) or addr in store.known_senders(conn, city_slug):
        return Trust(True, f"sender {addr} is known for {city_slug}")
    owner = city_for_domain(store.city_domains(conn), sender_domain(addr))
    if owner == city_slug:
        return Trust(True, f"sender {addr} is at {city_slug}'s domain")
    if owner is not None:
        return Trust(False, f"sender unknown: {addr} is at {owner}'s domain, not {city_slug}'s")
    return Trust(False, f"sender unknown: {addr} is not an address or domain known for {city_slug}")
