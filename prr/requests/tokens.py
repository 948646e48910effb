"""Per-request tokens: how a reply finds its request.

A token looks like ``PRR-7K3M9QXD``: eight Crockford base32 characters (no I, L, O, U,
so it survives being read aloud or retyped). It goes in the subject (``[PRR-7K3M9QXD]``)
and, when a plus-address Reply-To is configured, in the address
(``requests+prr-7k3m9qxd@example.org``). :func:`find_tokens` tolerates the usual
mangling: any case, a missing or different separator, O for 0, I or L for 1.
"""
from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"   # Crockford base32
LENGTH = 8
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])PRR[\s_\-.:#]?([0-9A-Za-z]{8})(?![0-9A-Za-z])", re.IGNORECASE)


def new_token() -> str:
    return "PRR-" + "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(candidate: str) -> str | None:
    """``prr_7k3m9qxd`` -> ``PRR-7K3M9QXD``; None if it cannot be a token."""
    m = _CANDIDATE.fullmatch(candidate.strip())
    if not m:
        return None
    body = m.group(1).upper().translate(_CONFUSABLE)
    if any(ch not in ALPHABET for ch in body):
        return None
    return "PRR-" + body


def find_tokens(text: str) -> list[str]:
    """Every token-like string in ``text``, normalised, in order of appearance, unique."""
    found: list[str] = []
    for m in _CANDIDATE.finditer(text or ""):
        tok = normalise(m.group(0))
        if tok and tok not in found:
            found.append(tok)
    return found


def plus_address(reply_to: str, token: str) -> str:
    """``requests+{token}@example.org`` (or ``requests@example.org``) -> address carrying the token."""
    if "{token}" in reply_to:
        return reply_to.replace("{token}", token.lower())
    local, _, domain = reply_to.partition("@")
    return f"{local}+{token.lower()}@{domain}"
