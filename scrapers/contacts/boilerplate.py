"""Site boilerplate: text blocks a city repeats on its pages (footer, header, sidebar).

A contact in such a block is the site's, not the page's: it must not outrank the
page's own contacts and must never create a change (it appears, or vanishes, on every
page at once when the site template changes). Recognised by comparing pages of one
site: a block is boilerplate when it appears on at least ``min(3, number of pages)``
of them, and on at least two. Blocks with enough words of their own are compared with
their contacts masked, so a widget whose phone number changed on every page is still
the same widget while the pages are checked one after the other. Structural chrome (``<footer>``, ``role=contentinfo``,
"site-footer" classes) is known from one page already (``Contact.region``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from prr.scrapers.contacts.layout import mask_contacts
from prr.scrapers.contacts.model import Contacts

_NOT_WORDS = re.compile(r"<contact>|[\W\d_]+")
MIN_WORDS_MASKED = 25      # shorter blocks ("Phone: <contact>") are only the same when identical


def _norm(text: str) -> str:
    # (whitespace squashed by split and join: the same text as a sub of \s+ and a strip, where
    # str.split's whitespace is re's \s, ~3x faster; the writing process norms ~8 texts a page)
    return " ".join(text.split()).lower()


@lru_cache(maxsize=65536)
def block_key(text: str) -> str:
    """(Cached: a site repeats its blocks on every page, and the watch keys each block of
    every other page of the city for each page it checks.)"""
    masked = _norm(mask_contacts(text, "<contact>"))
    if len(_NOT_WORDS.sub("", masked)) >= MIN_WORDS_MASKED:
        return "~" + masked
    return _norm(text)


def repeated_blocks(pages: Iterable[Iterable[str]]) -> set[str]:
    """Normalised blocks (paragraphs) repeated across the given pages of one site."""
    return repeated_keys([block_keys(blocks) for blocks in pages])


def block_keys(blocks: Iterable[str]) -> frozenset[str]:
    """The keys of one page's blocks (what :func:`repeated_keys` compares)."""
    return frozenset(block_key(b) for b in blocks if b and b.strip())


def repeated_keys(pages: list[frozenset[str]]) -> set[str]:
    """:func:`repeated_blocks` for pages already keyed with :func:`block_keys`."""
    if len(pages) < 2:
        return set()
    need = max(2, min(3, len(pages)))
    counts = Counter(b for blocks in pages for b in blocks)
    return {b for b, n in counts.items() if n >= need}


def mark_boilerplate(contacts: Contacts, repeated: set[str]) -> Contacts:
    """Flag the contacts whose evidence sits in a repeated block; returns ``contacts``."""
    if not repeated:
        return contacts
    # "In any repeated block" as one search of the blocks joined by a newline, which no
    # key or evidence contains (both are whitespace-squashed): a page's contacts were
    # each compared with every block of the site, one at a time.
    every, plain = _joined(repeated)
    for c in contacts.items:
        key = block_key(c.evidence)
        exact = _norm(c.evidence)
        if not exact:
            continue
        masked = key[1:] if key.startswith("~") else None
        if key in repeated or (masked and masked in every) or exact in plain:
            c.boilerplate = True
    return contacts


_JOINED: tuple[int, frozenset, str, str] | None = None


def _joined(repeated: set[str]) -> tuple[str, str]:
    """(every block, the blocks not keyed masked) each joined by newlines; the last result
    is kept (the boilerplate of a page is flagged with the same set more than once)."""
    global _JOINED
    if _JOINED is not None and _JOINED[0] == len(repeated) and _JOINED[1] == repeated:
        return _JOINED[2], _JOINED[3]
    blocks = sorted(repeated)
    every = "\n".join(blocks)
    plain = "\n".join(b for b in blocks if not b.startswith("~"))
    _JOINED = (len(repeated), frozenset(repeated), every, plain)
    return every, plain


def is_repeated(text: str, repeated: set[str]) -> bool:
    return bool(repeated) and block_key(text) in repeated
