"""Registry: validation with clear errors, seeds, UScityURL import."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from prr.db.cities import contacts_for, list_cities
from prr.registry.registry import load_registry, sync_registry
from prr.registry.uscityurl import import_uscityurl


def test_seed_cities_carry_the_curated_facts(registry_dir):
    cities, errors = load_registry(registry_dir)
    assert errors == []
    by = {c.slug: c for c in cities}
    ox, mv = by["oxnard"], by["mission-viejo"]
    assert (ox.geoid, ox.county, ox.website) == ("0654652", "Ventura", "https://www.oxnard.org/")
    assert ox.contact("records_email").value == "cityclerk@oxnard.org"
    assert ox.contact("records_email").source_url == "https://www.oxnard.org/city-department/city-clerk/"
    assert ox.contact("records_phone").value == "+18053857803"
    assert "300 West Third Street, Fourth Floor" in ox.contact("address").value
    portal = [c for c in ox.contacts if c.kind == "portal_url"][0]
    assert (portal.vendor, portal.status, portal.value) == ("govqa", "to_discover", None)
    assert any(c.kind == "alternate_weekday" and c.weekday == "fri" for c in ox.office.closures)
    assert {p.kind for p in ox.pages} >= {"records", "it", "attorney", "privacy"}
    assert (mv.geoid, mv.county) == ("0648256", "Orange")
    assert mv.contact("records_email").value == "cityclerk@cityofmissionviejo.org"
    assert mv.contact("records_phone").value == "+19494703052"
    assert mv.contact("address").value == "200 Civic Center, Mission Viejo, CA 92691"


BAD_FILES = [
    ("bad-kind", "slug: bad-kind\nname: Bad\ncontacts:\n- kind: fax_machine\n  value: x\n", "contacts.0.kind"),
    ("bad-geoid", "slug: bad-geoid\nname: Bad\ngeoid: '12'\n", "geoid"),
    ("bad-yaml", "slug: bad-yaml\nname: [unclosed\n", "not valid YAML"),
    ("wrong-slug", "slug: other\nname: Bad\n", "slug: expected 'wrong-slug'"),
    ("missing-name", "slug: missing-name\n", "name: Field required"),
    ("extra-field", "slug: extra-field\nname: X\nemail: a@b.c\n", "email: Extra inputs are not permitted"),
]


@pytest.mark.parametrize("slug,text,expected", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_malformed_file_is_one_clear_error_and_the_rest_loads(registry_dir, slug, text, expected):
    (registry_dir / "ca" / f"{slug}.yaml").write_text(text)
    cities, errors = load_registry(registry_dir)
    assert {c.slug for c in cities} == {"oxnard", "mission-viejo"}
    assert len(errors) == 1
    line = str(errors[0])
    assert f"{slug}.yaml" in line and expected in line and "\n" not in line


def test_sync_marks_removed_contacts_and_keeps_history(conn, registry_dir):
    path = registry_dir / "ca" / "oxnard.yaml"
    path.write_text(path.read_text().replace("cityclerk@oxnard.org", "records@oxnard.org"))
    totals, errors, _ = sync_registry(conn, registry_dir)
    assert totals["contacts_added"] == 1 and totals["contacts_removed"] == 1
    emails = {(c["value"], c["status"]) for c in contacts_for(conn, "oxnard", include_removed=True)
              if c["kind"] == "records_email"}
    assert emails == {("records@oxnard.org", "current"), ("cityclerk@oxnard.org", "removed")}


@pytest.mark.corpus
def test_uscityurl_import_creates_482_then_changes_nothing(conn, registry_dir, corpus):
    text = (corpus / "cities" / "uscityurl.csv").read_text(encoding="utf-8-sig")
    before = (registry_dir / "ca" / "oxnard.yaml").read_text()
    first = import_uscityurl(text, registry_dir, state="CA")
    assert first.rows == 482
    assert len(first.created) == 480          # the two curated seeds already exist (matched by GEOID)
    assert first.updated == [] and first.unchanged == 2
    assert (registry_dir / "ca" / "oxnard.yaml").read_text() == before   # curated file untouched
    second = import_uscityurl(text, registry_dir, state="CA")
    assert second.rows == 482 and second.changes == 0
    cities, errors = load_registry(registry_dir)
    assert errors == [] and len(cities) == 482
    sf = [c for c in cities if c.geoid == "0667000"][0]
    assert (sf.name, sf.website, sf.source) == ("San Francisco", "https://sf.gov/", "uscityurl")
    assert "CC BY 4.0" in sf.attribution
    sync_registry(conn, registry_dir)
    assert len(list_cities(conn, state="CA")) == 482
    assert len(list_cities(conn, state="CA", missing_contacts=True)) == 480


def test_import_fills_only_empty_curated_fields(registry_dir):
    path = registry_dir / "ca" / "mission-viejo.yaml"
    path.write_text(path.read_text().replace("geoid: '0648256'\n", "").replace(
        "website: https://cityofmissionviejo.org/", "website: https://curated.example/"))
    csv_text = ("GEOID,MUNICIPALITY,STATE,WEBSITE_AVAILABLE,WEBSITE_URL\n"
                "1600000US0648256,Mission Viejo,California,1,https://cityofmissionviejo.org/\n")
    report = import_uscityurl(csv_text, registry_dir)
    assert report.updated == ["mission-viejo"]
    cities = {c.slug: c for c in load_registry(registry_dir)[0]}
    assert cities["mission-viejo"].geoid == "0648256"                  # filled
    assert cities["mission-viejo"].website == "https://curated.example/"  # kept


def test_cli_init_show_and_bad_file(prr_env, registry_dir):
    from prr.cli import app

    (registry_dir / "ca" / "broken.yaml").write_text("slug: broken\nname: Broken\ngeoid: nope\n")
    runner = CliRunner()
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 1, result.output       # a registry typo is an error, not a note
    assert "broken.yaml: geoid" in result.output
    assert "2 cities" in result.output
    show = runner.invoke(app, ["cities", "show", "oxnard"], terminal_width=200)
    assert show.exit_code == 0
    for fact in ("cityclerk@oxnard.org", "+18053857803", "300 West Third Street",
                 "https://www.oxnard.org/city-department/city-clerk/"):
        assert fact in show.output
    missing = runner.invoke(app, ["cities", "show", "atlantis"])
    assert missing.exit_code == 1 and "prr cities list" in missing.output


@pytest.mark.corpus
def test_cli_import_reports_482_then_0_changes(prr_env, corpus):
    from prr.cli import app

    runner = CliRunner()
    src = str(corpus / "cities" / "uscityurl.csv")
    first = runner.invoke(app, ["cities", "import-uscityurl", src, "--state", "CA"], terminal_width=200)
    assert first.exit_code == 0, first.output
    assert "482 CA cities in the source: 480 created" in first.output
    second = runner.invoke(app, ["cities", "import-uscityurl", src, "--state", "CA"], terminal_width=200)
    assert "0 changes" in second.output
