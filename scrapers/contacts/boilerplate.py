"""Site boilerplate: text blocks a city repeats on its pages (footer, header, sidebar).

A contact in such a block is the site's, not the page's: it must not outrank the
page's own contacts and must never create a change (it appears, or vanishes, on every
page at once when the site template changes). Recognised by comparing pages of one
site: a block is boilerplate when it appears on at least ``min(3, number of pages)``
of them, and on at least two. Structural chrome (``<footer>``, ``role=contentinfo``,
"site-footer" classes) is known from one page already (``Contact.region``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from scrapers.contacts.model import Contacts

_NUMBERISH = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _NUMBERISH.sub(" ", text).strip().lower()


def repeated_blocks(pages: Iterable[Iterable[str]]) -> set[str]:
    """Normalised blocks (paragraphs) repeated across the given pages of one site."""
    pages = [{_norm(b) for b in blocks if b and b.strip()} for blocks in pages]
    if len(pages) < 2:
        return set()
    need = max(2, min(3, len(pages)))
    counts = Counter(b for blocks in pages for b in blocks)
    return {b for b, n in counts.items() if n >= need}


def mark_boilerplate(contacts: Contacts, repeated: set[str]) -> Contacts:
    """Flag the contacts whose evidence sits in a repeated block; returns ``contacts``."""
    if not repeated:
        return contacts
    for c in contacts.items:
        ev = _norm(c.evidence)
        if ev and (ev in repeated or any(ev in block for block in repeated if len(block) >= len(ev))):
            c.boilerplate = True
    return contacts
