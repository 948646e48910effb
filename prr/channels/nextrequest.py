"""NextRequest portals: submits the public request form and keeps the portal's number."""
from __future__ import annotations

from prr.channels.portal import PortalChannel


class NextRequestChannel(PortalChannel):
    """Files through a NextRequest portal's public form (CSRF token and session cookie
    carried), reads the confirmation and stores the portal's request number."""
    kind = portal = "nextrequest"
    portal_name = "NextRequest"
    options = {'portal_url': "the city's NextRequest portal (registry contact portal_url)"}
