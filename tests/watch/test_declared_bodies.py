"""A body the page declares the city's own is found in every wording the pattern reads,
not only in those a quick pre-check happened to name."""
from __future__ import annotations

import pytest

from prr.scrapers.contacts.city_services import declared_own_bodies


@pytest.mark.parametrize("text,words", [
    ("The Elm Fire Protection District, a subsidiary district of the City, answers calls.",
     {"elm", "fire", "protection", "district"}),
    ("Elm Sanitary District (governed by the City Council) bills quarterly.", {"elm", "sanitary", "district"}),
    ("The Elm Housing Authority, a City agency, keeps its own files.", {"elm", "housing", "authority"}),
    ("Elm Parking Authority is the City-owned agency for garages.", {"elm", "parking", "authority"}),
])
def test_declared_body_is_found(text, words):
    assert declared_own_bodies(text) == (frozenset(words),)


def test_a_body_not_declared_the_citys_is_not_found():
    assert declared_own_bodies("The Elm Water District, a separate agency, serves the City.") == ()
