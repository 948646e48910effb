"""Clients for public-records request portals (NextRequest, ...)."""
