"""Subjects are cut at word boundaries, never mid-word."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from prr.requests.letters import get_template, render

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "subjects.yaml").read_text())
PREFIX = "California Public Records Act request: records of "


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_subject_cut_at_a_word_boundary(case, prr_env):
    incident = case["incident"]
    letter = render(get_template("incident-logs", prr_env.templates_dirs),
                    {"incident": incident, "start": "2026-01-01", "end": "2026-01-31"},
                    city={"name": "Oxnard", "slug": "oxnard"}, profile=prr_env.profile, token="PRR-TEST")
    shown = letter.subject.removeprefix(PREFIX)
    if not case["cut"]:
        assert shown == incident
        return
    assert shown.endswith("...")
    kept = shown[:-3]
    assert incident.startswith(kept)
    assert kept and incident[len(kept)] in " -"          # what is kept ends where a word ends
    assert not kept.endswith((" ", "-"))
    assert len(shown) <= 73 or " " not in kept           # only one over-long word is kept whole
