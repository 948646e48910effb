"""Contacts on a city page: emails, phones (fax and TDD told apart), addresses, portals.

Each contact is typed (its ``role`` and ``contact_kind``: records, clerk, department,
general, fax, TDD, mailing list, webmaster, portal), attributed (``owner``: this city,
another agency, a vendor) and carries its ``evidence``, the sentence or block it was
read from. Only the city's own contacts map to registry kinds; the records contact is
chosen by its evidence (:meth:`Contacts.records_contact`). Meeting dial-ins, Zoom IDs and
broadcast lines are not contacts (they are listed in ``Contacts.ignored`` with why).

Modules: :mod:`.page` (visible text and links, by region), :mod:`.phones`,
:mod:`.emails`, :mod:`.portals`, :mod:`.addresses`, :mod:`.attribution` (owner,
distractors), :mod:`.records_contact` (which one is the records contact),
:mod:`.boilerplate` (blocks repeated across a site), :mod:`.city_services` (the city's own
named services, "Elmford Transit", told from other agencies).
"""
from __future__ import annotations

from prr.scrapers.contacts.boilerplate import mark_boilerplate, repeated_blocks
from prr.scrapers.contacts.extract import Extractor
from prr.scrapers.contacts.layout import count_contacts, mask_contacts
from prr.scrapers.contacts.model import ROLE_PATTERNS, Contact, Contacts, Ignored, classify_role
from prr.scrapers.contacts.page import read_page
from prr.scrapers.contacts.phones import has_local_numbers
from prr.scrapers.contacts.portals import PORTAL_VENDORS, portal_vendor

__all__ = ["Contact", "Contacts", "Ignored", "ROLE_PATTERNS", "PORTAL_VENDORS", "area_codes_of", "classify_role",
           "count_contacts", "extract_contacts", "has_local_numbers", "mark_boilerplate", "mask_contacts", "portal_vendor",
           "repeated_blocks"]


def extract_contacts(source, base_url: str | None = None, *, area_codes=(), city_domains=()) -> Contacts:
    """Contacts from HTML, plain text, or an already normalised :class:`PageText`.

    ``area_codes``: the city's area codes (from its registry phones, see
    :func:`area_codes_of`); a seven-digit number on the page is completed with the first.
    ``city_domains``: the city's web/email domains, to tell its addresses from others'.
    """
    page = read_page(source, base_url)
    return Extractor(page, area_codes=tuple(area_codes), city_domains=tuple(city_domains)).run()


def area_codes_of(phones) -> tuple[str, ...]:
    """Area codes of a city's known phone numbers (E.164 or as written), most used first."""
    import re
    from collections import Counter

    counts = Counter()
    for p in phones:
        digits = re.sub(r"\D", "", p or "")
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        if len(digits) == 10 and not digits.startswith(("800", "888", "877", "866", "855", "844", "833")):
            counts[digits[:3]] += 1
    return tuple(a for a, _ in counts.most_common())
