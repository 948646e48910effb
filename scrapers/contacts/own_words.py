"""What a page names as the city's own (its named services, the bodies and acronyms it declares
its own), masked out of a text before an owner is read from it: the part of
:class:`~prr.scrapers.contacts.extract.Extractor` that keeps the city's own names from being
taken for another body's."""
from __future__ import annotations

from prr.scrapers.contacts.city_services import (
    declared_own_bodies,
    mask_acronyms,
    mask_city_services,
    mask_declared,
    own_acronyms,
)


class OwnWords:
    """Mixed into the extractor: needs ``page`` and ``city_tokens``."""

    def _read_own_words(self, text: str) -> None:
        self._masked: dict[int, str] = {}
        self._own_bodies = declared_own_bodies(text)     # "X District, a subsidiary district of the City"
        self._own_acronyms = own_acronyms(text, self.city_tokens)   # "Elm Municipal Utility Services (EMUS)"

    def _mask_own(self, text: str) -> str:
        """Bodies and acronyms the page gives as the city's own, masked (see :mod:`.city_services`)."""
        if not self._own_bodies and not self._own_acronyms:
            return text       # (most pages declare none: ~18 calls a page skip both maskers)
        return mask_acronyms(mask_declared(text, self._own_bodies), self._own_acronyms)

    def _own_words(self, text: str) -> str:
        """The text with everything the page names as the city's own masked: its named services
        ("Elmford Transit"), then the bodies and acronyms it declares its own."""
        return self._mask_own(mask_city_services(text, self.city_tokens))

    def _own_services_masked(self, bi: int) -> str:
        """The block's text with the city's own named services masked, once per block."""
        got = self._masked.get(bi)
        if got is None:
            got = self._masked[bi] = self._own_words(self.page.blocks[bi].text)
        return got
