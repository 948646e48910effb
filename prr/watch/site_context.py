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

import json

from prr.scrapers.contacts import area_codes_of, mark_boilerplate, repeated_blocks
from prr.scrapers.contacts.boilerplate import is_repeated  # noqa: F401  (re-exported for the watch)


def city_paragraphs(conn, city_slug: str, *, exclude_page_id: int) -> list[list[str]]:
    """Latest snapshot paragraphs of the city's other pages (one query)."""
    rows = conn.execute(
        "SELECT s.paragraphs_json FROM snapshots s JOIN pages p ON p.id = s.page_id "
        "WHERE p.city_slug = ? AND p.id != ? AND s.id = (SELECT MAX(id) FROM snapshots WHERE page_id = p.id)",
        (city_slug, exclude_page_id)).fetchall()
    return [json.loads(r[0] or "[]") for r in rows]


def site_repeated(conn, page: dict, paragraphs: list[str]) -> set[str]:
    """Paragraphs of this page that the city's other pages repeat (normalised)."""
    others = city_paragraphs(conn, page["city_slug"], exclude_page_id=page["id"])
    if not others:
        return set()
    return repeated_blocks([paragraphs, *others])


def flag_boilerplate(contacts, repeated: set[str]):
    return mark_boilerplate(contacts, repeated)


def area_codes_for(conn, city_slug: str) -> tuple[str, ...]:
    """The city's area codes, from the phone numbers the registry has for it: a
    seven-digit number on the city's own page is completed with the first."""
    from prr.db.cities import contacts_for

    return area_codes_of(c["value"] for c in contacts_for(conn, city_slug)
                         if c["value"] and (c["kind"] or "").endswith(("_phone", "_fax")))
