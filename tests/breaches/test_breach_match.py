"""Organisation names -> registry cities (the case table drives it)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from prr.breaches.breaches import MATCH_THRESHOLD, CityIndex, best_candidate, match_city
from prr.registry.registry import load_registry

REPO = Path(__file__).resolve().parents[2]
CASES = yaml.safe_load((Path(__file__).parent / "cases" / "match_names.yaml").read_text())


@pytest.fixture(scope="module")
def index() -> CityIndex:
    cities, errors = load_registry(REPO / "registry")
    assert len(cities) > 400 and not errors
    return CityIndex(cities)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_match_case(case, index):
    m = match_city(case["org"], index)
    if case["city"] is None:
        assert m is None, f"{case['org']!r} matched {m.city_slug} ({m.reason})"
    else:
        assert m is not None, f"{case['org']!r} did not match; best: {best_candidate(case['org'], index)}"
        assert m.city_slug == case["city"]
        assert m.score >= MATCH_THRESHOLD and m.reason


def test_near_miss_is_a_candidate_below_the_threshold(index):
    near = best_candidate("Oxnard Union High School District", index)
    assert near.city_slug == "oxnard" and near.score < MATCH_THRESHOLD
    assert "another organisation" in near.reason
    assert match_city("Oxnard Union High School District", index, threshold=0) is not None


def test_department_match_names_the_department(index):
    m = match_city("Mission Viejo Police Department", index)
    assert m.department == "police department" and 0.75 <= m.score < 1.0
    assert match_city("City of Mission Viejo", index).score == 1.0


def test_typo_in_a_long_name_matches_with_a_lower_score(index):
    m = match_city("City of Missoin Viejo", index)
    assert m.city_slug == "mission-viejo" and m.score < 0.95 and "similarity" in m.reason


def test_plain_dicts_work_too():
    assert match_city("City of Oxnard", [{"slug": "oxnard", "name": "Oxnard"}]).city_slug == "oxnard"
    assert match_city("City of Oxnard", [{"slug": "ventura", "name": "Ventura"}]) is None
