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


def _no_none(row):      # one line with and without an extension: None sorts first
    return tuple("" if x is None else x for x in row)


def _extract(case):
    return extract_contacts(case.get("html") or case["text"], case.get("url"),
                            area_codes=tuple(case.get("area_codes") or ()))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_contacts_found(case):
    contacts, exp = _extract(case), case["expect"]
    out = contacts.to_json()
    assert sorted(out["emails"]) == sorted(e.lower() for e in exp["emails"])
    own = sorted(((c.value, c.ext, c.kind) for c in contacts.phones if c.owner == "city"), key=_no_none)
    assert own == sorted(((p["e164"], p["ext"], p["kind"]) for p in exp.get("phones", [])), key=_no_none)
    others = sorted((c.value, c.owner) for c in contacts.items if c.owner != "city")
    assert others == sorted((str(o["value"]).lower() if "@" in str(o["value"]) else o["value"], o["owner"])
                            for o in exp.get("others", []))
    assert sorted((p["url"], p["vendor"]) for p in out["portals"]) == \
        sorted((p["url"], p["vendor"]) for p in exp.get("portals", []))
    assert sorted(out["addresses"]) == sorted(exp.get("addresses", []))
    ignored = {i.value for i in contacts.ignored}
    for value in exp.get("ignored", []):
        assert value in ignored, f"{value} should be set aside as not a contact; ignored: {sorted(ignored)}"
    for value in exp.get("absent", []):
        assert not _find(contacts, value), f"{value} should not be extracted"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_contacts_typed(case):
    contacts, exp = _extract(case), case["expect"]
    for role in ("records", "it", "attorney"):
        for value in exp.get(role, []):
            found = _find(contacts, value)
            assert found, f"{value} not found"
            wanted = ("records", "portal", "address") if role == "records" else (role,)
            assert any((c.registry_kind(case["kind"]) or "").startswith(wanted) for c in found), \
                f"{value}: roles {[(c.role, c.region, c.owner) for c in found]}, expected {role}"
    for value in exp.get("not_records", []):
        found = _find(contacts, value)
        assert found, f"{value} should be found (but not as a records contact)"
        assert all(c.registry_kind(case["kind"]) is None or not c.registry_kind(case["kind"]).startswith("records")
                   for c in found), f"{value} taken for a records contact: {[(c.role, c.label) for c in found]}"
    for value, kind in (exp.get("kinds") or {}).items():
        assert [c.contact_kind for c in _find(contacts, value)] == [kind], value
    for value, region in (exp.get("regions") or {}).items():
        assert [c.region for c in _find(contacts, value)] == [region], value
    for c in contacts.items:
        assert c.evidence, f"{c.value} has no evidence"


@pytest.mark.parametrize("case", [c for c in CASES if "records_contact" in c["expect"]],
                         ids=[c["id"] for c in CASES if "records_contact" in c["expect"]])
def test_records_contact_chosen_by_evidence(case):
    chosen = _extract(case).records_contact(case["kind"])
    got = {t: (c.value.lower() if c else None) for t, c in chosen.items()}
    want = {t: (str(v).lower() if v is not None else None) for t, v in case["expect"]["records_contact"].items()}
    assert {t: got[t] for t in want} == want


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
    phone = next(p for p in data["phones"] if p["e164"] == "+19165550142")
    assert {"ext": "204", "kind": "voice", "owner": "city"}.items() <= phone.items()
    assert data["portals"][0]["vendor"] == "govqa"


def test_cli_extract_missing_file_says_what_to_do(prr_env):
    from typer.testing import CliRunner

    from prr.cli import app

    result = CliRunner().invoke(app, ["contacts", "extract", "/nonexistent/page.html"])
    assert result.exit_code == 1
    assert "no such file" in result.output
