"""Contacts on realistic city pages, driven by cases/contacts.yaml (a new case needs no code)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from prr.scrapers.contacts import extract_contacts, portal_vendor

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "contacts.yaml").read_text())


def _find(contacts, value):
    return [c for c in contacts.items if c.value.lower() == str(value).lower()]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_contacts_on_page(case):
    source = case.get("html") or case["text"]
    contacts = extract_contacts(source, case.get("url"))
    exp = case["expect"]
    out = contacts.to_json()
    assert sorted(out["emails"]) == sorted(e.lower() for e in exp["emails"])
    assert sorted((p["e164"], p["ext"], p["kind"]) for p in out["phones"]) == \
        sorted((p["e164"], p["ext"], p["kind"]) for p in exp["phones"])
    assert sorted((p["url"], p["vendor"]) for p in out["portals"]) == \
        sorted((p["url"], p["vendor"]) for p in exp["portals"])
    assert sorted(out["addresses"]) == sorted(exp["addresses"])
    for role in ("records", "it", "attorney"):
        for value in exp.get(role, []):
            found = _find(contacts, value)
            assert found, f"{value} not found"
            assert any(c.role == role or (c.role == "general" and case["kind"] == role) for c in found), \
                f"{value}: roles {[c.role for c in found]}, expected {role}"
            assert any((c.registry_kind(case["kind"]) or "").startswith(role if role != "records" else ("records", "portal", "address"))
                       for c in found)
    for value in exp.get("not_records", []):
        found = _find(contacts, value)
        assert found, f"{value} should be found (but not as a records contact)"
        assert all(c.role != "records" and c.registry_kind(case["kind"]) is None for c in found), \
            f"{value} taken for a records contact: {[(c.role, c.label) for c in found]}"
    for value in exp.get("absent", []):
        assert not _find(contacts, value), f"{value} should not be extracted"


def test_bare_host_portal_and_vendor_names():
    c = extract_contacts("Public records: file at cityofx.nextrequest.com or call 805-555-0100.")
    assert [(p.value, p.vendor) for p in c.portals] == [("https://cityofx.nextrequest.com/", "nextrequest")]
    assert portal_vendor("https://cityofx.mycusthelp.com/WEBAPP/_rs/")[0] == "govqa"
    assert portal_vendor("https://x.govqa.us/WEBAPP")[0] == "govqa"
    assert portal_vendor("https://www.example.org/about") == (None, False)


def test_cli_extract_json(tmp_path, prr_env):
    from typer.testing import CliRunner

    from prr.cli import app

    case = next(c for c in CASES if c["id"] == "granicus-opencities-records")
    page = tmp_path / "records.html"
    page.write_text(case["html"], encoding="utf-8")
    result = CliRunner().invoke(app, ["contacts", "extract", str(page), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"emails", "phones", "addresses", "portals"}
    assert {"e164": "+19165550142", "ext": "204", "kind": "voice"}.items() <= data["phones"][0].items()
    assert data["portals"][0]["vendor"] == "govqa"


def test_cli_extract_missing_file_says_what_to_do(prr_env):
    from typer.testing import CliRunner

    from prr.cli import app

    result = CliRunner().invoke(app, ["contacts", "extract", "/nonexistent/page.html"])
    assert result.exit_code == 1
    assert "no such file" in result.output
