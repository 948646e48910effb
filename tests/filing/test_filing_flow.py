"""The file_requests flow over a batch of three cities, and saved plans with relative dates."""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from prr.db.requests import list_requests


@pytest.mark.parametrize("period,today,start,end", [
    ("previous_month", "2026-03-01", "2026-02-01", "2026-02-28"),
    ("previous_month", "2026-01-15", "2025-12-01", "2025-12-31"),
    ("previous_week", "2026-03-04", "2026-02-23", "2026-03-01"),
    ("previous_quarter", "2026-05-10", "2026-01-01", "2026-03-31"),
    ("last_30_days", "2026-03-31", "2026-03-01", "2026-03-30"),
])
def test_relative_periods(period, today, start, end):
    from prr.workflows.plans import period_dates

    assert period_dates(period, dt.date.fromisoformat(today)) == (dt.date.fromisoformat(start),
                                                                  dt.date.fromisoformat(end))


def test_saved_plan_resolves_dates_and_text():
    from prr.workflows.plans import PROJECT_ROOT, resolve_plan

    data = yaml.safe_load((PROJECT_ROOT / "plans" / "incident-logs-monthly.yaml").read_text())
    cities, kind, params, channel = resolve_plan(data, dt.date(2026, 11, 1))
    assert cities == ["oxnard", "mission-viejo"] and kind == "incident-logs" and channel is None
    assert (params["start"], params["end"]) == ("2026-10-01", "2026-10-31")
    assert "October 2026" in params["incident"]


def test_flow_files_a_batch_of_three_cities(prefect_server, conn, add_city, prr_env, smtp_sink, monkeypatch,
                                            incident_params):
    from prr.flows.file_requests import file_requests

    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    add_city("ventura", "Ventura")
    cities = ["oxnard", "mission-viejo", "ventura"]
    rows = file_requests(cities, "incident-logs", incident_params, channel="smtp")
    assert [(r["city"], r["status"]) for r in rows] == [(c, "filed") for c in cities]
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.received) == [
        "cityclerk@cityofmissionviejo.org", "cityclerk@oxnard.org", "clerk@ventura.example.gov"]
    # the same batch again files nothing new (exactly once)
    again = file_requests(cities, "incident-logs", incident_params, channel="smtp")
    assert all(r["note"] == "identical request exists" or r["note"].startswith("already") for r in again)
    assert len(smtp_sink.received) == 3
    assert [r["status"] for r in list_requests(conn)] == ["filed"] * 3


def test_plan_flow_runs_with_relative_dates(prefect_server, conn, prr_env, tmp_path):
    from prr.flows.file_requests import file_request_plan

    plan = tmp_path / "plan.yaml"
    plan.write_text(yaml.safe_dump({"name": "monthly", "kind": "incident-logs", "cities": ["oxnard", "atlantis"],
                                    "period": "previous_month",
                                    "params": {"incident": "incidents logged in {month}"}}))
    rows = file_request_plan(str(plan), today="2026-04-01")
    by_city = {r["city"]: r for r in rows}
    assert by_city["oxnard"]["status"] == "ready_to_send"     # no PRR_SMTP_URL: the outbox
    assert by_city["atlantis"]["request_id"] is None and "no city 'atlantis'" in by_city["atlantis"]["note"]
    (req,) = list_requests(conn)
    assert req["params"]["start"] == "2026-03-01" and req["params"]["end"] == "2026-03-31"
    assert "incidents logged in March 2026" in req["body"]


def _plan_file(tmp_path, cities):
    plan = tmp_path / "plan.yaml"
    plan.write_text(yaml.safe_dump({"name": "monthly", "kind": "incident-logs", "cities": cities,
                                    "period": "previous_month",
                                    "params": {"incident": "incidents logged in {month}"}}))
    return plan


def test_plan_preview_shows_each_letter_and_saves_nothing(conn, prr_env, tmp_path):
    from typer.testing import CliRunner

    from prr.cli import app

    r = CliRunner().invoke(app, ["plan", "preview", str(_plan_file(tmp_path, ["oxnard", "mission-viejo"])),
                                 "--today", "2026-04-01"], terminal_width=200)
    assert r.exit_code == 0, r.output
    assert "2026-03-01 to 2026-03-31" in r.stdout
    assert r.stdout.count("From: Dana Reporter <dana@example.org>") == 2
    assert "To: cityclerk@oxnard.org" in r.stdout and "To: cityclerk@cityofmissionviejo.org" in r.stdout
    assert "incidents logged in March 2026" in r.stdout
    assert list_requests(conn) == []


def test_plan_run_from_the_cli_files_once_and_reports_a_bad_city(conn, prr_env, tmp_path):
    from typer.testing import CliRunner

    from prr.cli import app

    plan = str(_plan_file(tmp_path, ["oxnard", "oxnrd"]))
    r = CliRunner().invoke(app, ["plan", "run", plan, "--today", "2026-04-01", "--json"], terminal_width=200)
    assert r.exit_code == 1                          # one city could not be drafted
    rows = {x["city"]: x for x in yaml.safe_load(r.stdout)}
    assert rows["oxnard"]["request_id"] is not None and rows["oxnard"]["status"] not in ("failed", "not drafted")
    assert "did you mean oxnard" in rows["oxnrd"]["note"]
    again = CliRunner().invoke(app, ["plan", "run", plan, "--today", "2026-04-01", "--json"], terminal_width=200)
    assert yaml.safe_load(again.stdout)[0]["note"] in ("identical request exists",) or \
        yaml.safe_load(again.stdout)[0]["note"].startswith("already")
    assert len(list_requests(conn)) == 1             # exactly once
    bad = CliRunner().invoke(app, ["plan", "preview", str(tmp_path / "missing.yaml")])
    assert bad.exit_code == 1 and "no plan file" in bad.output
