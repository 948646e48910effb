"""Requests and letters: the filing state machine (exactly once, sent journal), previews,
letter templates and rendering, reply tokens, follow-ups and escalation.

May import: prr.channels, prr.registry, prr.deadlines, prr.replies, prr.core, prr.scrapers, prr.db.
"""
