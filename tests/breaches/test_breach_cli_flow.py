"""`prr breaches` commands and one real run of the watch_breach_list flow."""
from __future__ import annotations

import json

from breachsite import ROWS, list_csv
from typer.testing import CliRunner

from prr.cli import app

runner = CliRunner()


def test_cli_check_from_a_saved_file_and_list(conn, prr_env, tmp_path):
    saved = tmp_path / "list.csv"
    saved.write_text(list_csv(ROWS))
    out = runner.invoke(app, ["breaches", "check", "--file", str(saved)])
    assert out.exit_code == 0, out.output
    assert "4 entries read, 4 new, 2 newly matched" in out.output
    assert "skipped row 5" in out.output
    assert "Nothing was filed" in out.output
    listed = runner.invoke(app, ["breaches", "list", "--matched", "--json"])
    assert listed.exit_code == 0, listed.output
    entries = json.loads(listed.stdout)
    assert sorted(e["city_slug"] for e in entries) == ["mission-viejo", "oxnard"]
    assert all(e["action_status"] == "drafted" for e in entries)
    table = runner.invoke(app, ["breaches", "list"], env={"COLUMNS": "200"})
    assert "Oxnard Union High School District" in table.output


def test_cli_check_unreachable_url_fails_with_a_hint(conn, breach_site):
    out = runner.invoke(app, ["breaches", "check", "--url", breach_site.url("/nothing-here")])
    assert out.exit_code == 1
    assert "could not be read" in out.output


def test_flow_alerts_once_per_new_matched_entry(conn, breach_site, prefect_server, monkeypatch, httpserver):
    from prr.flows.watch_breach_list import watch_breach_list

    httpserver.expect_request("/alerts", method="POST").respond_with_data("ok")
    monkeypatch.setenv("PRR_APPRISE_URLS", "json://" + httpserver.url_for("/alerts").split("://", 1)[1])
    result = watch_breach_list()
    assert result["autofile"] is False
    assert result["alerts"] == 2 and result["notified"] == {"notified": 2, "failed": 0}
    assert sorted(o["city_slug"] for o in result["outcomes"]) == ["mission-viejo", "oxnard"]
    assert {o["status"] for o in result["outcomes"]} == {"drafted"}
    posted = [json.loads(req.get_data()) for req, _ in httpserver.log if req.path == "/alerts"]
    assert len(posted) == 2 and any("City of Oxnard matched oxnard" in p["title"] for p in posted)
    # A second run finds nothing new: no alert.
    again = watch_breach_list()
    assert again["alerts"] == 0 and again["read"]["new_ids"] == []
    assert len([1 for req, _ in httpserver.log if req.path == "/alerts"]) == 2
