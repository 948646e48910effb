"""`prr cities set-contact`: checked values, dated with their source, the rest of the file kept."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from prr.cli import app

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "set_contact.yaml").read_text())
SOURCE = "https://www.oxnard.org/city-department/city-clerk/"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_set_contact(case, prr_env, conn, registry_dir):
    path = registry_dir / "ca" / "oxnard.yaml"
    before = path.read_text()
    r = CliRunner().invoke(app, ["cities", "set-contact", "oxnard", case["kind"], case["value"],
                                 "--source", case.get("source", SOURCE)], terminal_width=300)
    if case.get("error"):
        assert r.exit_code == 1 and case["error"] in r.output
        assert path.read_text() == before
        return
    assert r.exit_code == 0, r.output
    after = path.read_text()
    data = yaml.safe_load(after)
    mine = [c for c in data["contacts"] if c["kind"] == case["kind"]]
    assert [[c["value"], c.get("status", "current")] for c in mine] == case["expect"]
    fresh = mine[0]
    assert fresh["source_url"] == SOURCE and fresh["verified_on"] == dt.date.today().isoformat()
    if case.get("label"):
        assert fresh["label"] == case["label"]
    if case.get("vendor"):
        assert fresh["vendor"] == case["vendor"]
    # The rest of the file is kept: its comment, the other contacts, pages and office.
    assert after.startswith("# Curated from the City of Oxnard's own pages")
    old = yaml.safe_load(before)
    for key in ("name", "county", "geoid", "website", "pages", "office", "channel"):
        assert data[key] == old[key]
    assert [c for c in data["contacts"] if c["kind"] != case["kind"]] == \
        [c for c in old["contacts"] if c["kind"] != case["kind"]]
    # ...and the database follows: the new value is the city's current contact.
    from prr.db.cities import current_contact

    assert current_contact(conn, "oxnard", case["kind"])["value"] == case["expect"][0][0]
