"""What the rest of a city's data says about one of its pages: boilerplate, area codes.

Site boilerplate: what a city's pages all repeat is not any page's news.

The watch compares each checked page with the latest snapshots of the same city's
other watched pages. Paragraphs repeated across them (a contact widget, a sidebar,
a footer the normaliser did not recognise) are boilerplate: contacts in them are
flagged (``Contact.boilerplate``), so they map to no registry kind, are never proposed
and never create a change, and their text is left out of the paragraph diff. When the
template changes on every page at once, no page reports it.
"""
from __future__ import annotations

from prr.db import pages as store
from prr.scrapers.contacts import area_codes_of, mark_boilerplate
from prr.scrapers.contacts.boilerplate import block_keys, is_repeated, repeated_keys  # noqa: F401  (is_repeated: re-exported)

# Block keys of snapshots by the hash of their paragraphs (same paragraphs, same keys).
# Each page checked compares itself with every other page of its city; decoding and keying
# all of them again for each page made a first check quadratic in the pages per city
# (measured, `prr watch` on 1,000 pages of 20 cities: 20.7 s of CPU, 3.8 s with this cache).
_SNAPSHOT_KEYS: dict[str, frozenset[str]] = {}
_SNAPSHOT_KEYS_MAX = 50_000


def city_paragraphs(conn, city_slug: str, *, exclude_page_id: int) -> list[list[str]]:
    """Latest snapshot paragraphs of the city's other pages (one query)."""
    return store.other_pages_paragraphs(conn, city_slug, exclude_page_id)


def city_block_keys(conn, city_slug: str, *, exclude_page_id: int) -> list[frozenset[str]]:
    """Block keys of the latest snapshots of the city's other pages, keyed once per
    distinct snapshot content (its hash of the paragraphs)."""
    latest = store.other_pages_latest_snapshots(conn, city_slug, exclude_page_id)
    missing = [sid for sid, h in latest if h not in _SNAPSHOT_KEYS]
    if len(_SNAPSHOT_KEYS) + len(missing) > _SNAPSHOT_KEYS_MAX:
        _SNAPSHOT_KEYS.clear()
        missing = [sid for sid, _ in latest]
    for h, paragraphs in store.snapshot_paragraphs(conn, missing):
        _SNAPSHOT_KEYS[h] = block_keys(paragraphs)
    return [_SNAPSHOT_KEYS[h] for _, h in latest if h in _SNAPSHOT_KEYS]


def site_repeated(conn, page: dict, paragraphs: list[str]) -> set[str]:
    """Paragraphs of this page that the city's other pages repeat (normalised)."""
    others = city_block_keys(conn, page["city_slug"], exclude_page_id=page["id"])
    if not others:
        return set()
    return repeated_keys([block_keys(paragraphs), *others])


def flag_boilerplate(contacts, repeated: set[str]):
    return mark_boilerplate(contacts, repeated)


def area_codes_for(conn, city_slug: str) -> tuple[str, ...]:
    """The city's area codes, from the phone numbers the registry has for it: a
    seven-digit number on the city's own page is completed with the first."""
    from prr.db.cities import contacts_for

    return area_codes_of(c["value"] for c in contacts_for(conn, city_slug)
                         if c["value"] and (c["kind"] or "").endswith(("_phone", "_fax")))
