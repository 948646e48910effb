"""The Portal plugin family: a records-request portal's public form, filled and submitted.

A portal knows one vendor's pages (NextRequest, ...): it finds the request form at the
city's portal URL, fills what the requester profile gives, submits it and reads the
confirmation. Filing goes through it from a ``PortalChannel`` (prr.channels.portal),
which adds the sent journal and the Receipt. Outside packages add a vendor with an entry
point in ``prr.portal`` (see prr.core.plugins).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from prr.core.plugins import Plugin


class PortalError(Exception):
    """The portal did not take the request. ``permanent``: retrying as is will not help
    (no form, a field prr cannot fill, a 4xx refusal)."""

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass
class Confirmation:
    """What the portal showed after the submission (``number``: its request number, None
    when the page named none)."""
    number: str | None
    url: str
    html: str


class Portal(Plugin):
    """A records-request portal vendor: ``submit`` files one request through its public form."""

    registry: ClassVar[dict[str, type]] = {}
    group = "portal"
    contract = ("submit",)

    def submit(self, portal_url: str, *, description: str, email: str, name: str = "", phone: str = "",
               address: str = "", organisation: str = "", user_agent: str | None = None,
               timeout: float = 30.0) -> Confirmation:
        """File the request; raises :class:`PortalError` when the portal does not take it."""
        raise NotImplementedError
