"""Records-request portals, registered by kind on :class:`Portal` (base.py): nextrequest."""
from prr.scrapers.portals.base import Confirmation, Portal, PortalError
from prr.scrapers.portals.nextrequest import NextRequestPortal

__all__ = ["Confirmation", "NextRequestPortal", "Portal", "PortalError"]
