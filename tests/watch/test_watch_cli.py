"""`prr watch` and `prr cities discover` end to end against a local site."""
from __future__ import annotations

import json

from typer.testing import CliRunner
from watchpages import clerk

from prr.cli import app
from prr.db import pages as store


def _env(monkeypatch):
    monkeypatch.setenv("PRR_ALLOW_NETWORKS", "127.0.0.0/8")
    monkeypatch.setenv("PRR_PER_HOST_INTERVAL", "0")


def test_prr_watch_reports_changes(conn, site, monkeypatch):
    _env(monkeypatch)
    conn.execute("DELETE FROM pages")
    store.add_page(conn, "oxnard", site.page("/clerk", clerk()), "records")
    runner = CliRunner()
    out = runner.invoke(app, ["watch", "oxnard", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["outcomes"] == {"baseline": 1}
    site.page("/clerk", clerk(email="records@oxnard.org"))
    out = runner.invoke(app, ["watch", "oxnard"])
    assert out.exit_code == 0, out.output
    assert "records_email" in out.output and "records@oxnard.org" in out.output
    out = runner.invoke(app, ["watch", "mission-viejo"])
    assert out.exit_code == 1 and "no watched pages" in out.output


def test_prr_cities_discover(conn, site, monkeypatch):
    _env(monkeypatch)
    site.page("/", '<html><body><a href="/public-records">Public Records Requests</a></body></html>')
    site.page("/public-records", clerk(email="pra@oxnard.org"))
    conn.execute("UPDATE cities SET website=? WHERE slug='oxnard'", (site.url("/"),))
    out = CliRunner().invoke(app, ["cities", "discover", "oxnard", "--no-common-paths", "--json"])
    assert out.exit_code == 0, out.output
    (r,) = json.loads(out.output)
    assert [p["url"] for p in r["pages"]] == [site.url("/public-records")]
    assert any(c["value"] == "pra@oxnard.org" for c in r["pages"][0]["contacts"])
    kinds = {c["kind"] for c in store.list_changes(conn)}
    assert kinds == {"page_proposed", "contact_added"}
