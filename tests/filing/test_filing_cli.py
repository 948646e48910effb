"""The filing commands, end to end through the CLI."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from prr.cli import app

runner = CliRunner()
PARAMS = ["--param", "incident=the ransomware attack", "--param", "start=2026-01-01", "--param", "end=2026-01-31"]


def _run(*args):
    return runner.invoke(app, list(args))


@pytest.fixture
def cli_env(conn, prr_env):
    return prr_env


def test_preview_saves_nothing(cli_env, conn):
    out = _run("request", "new", "oxnard", "mission-viejo", "--kind", "incident-logs", *PARAMS, "--preview")
    assert out.exit_code == 0, out.output
    assert out.output.count("Gov. Code 7920.000 et seq.") == 2
    assert "To: cityclerk@oxnard.org" in out.output
    assert conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0


def test_new_file_list_show(cli_env, conn):
    out = _run("request", "new", "oxnard", "mission-viejo", "--kind", "incident-logs", *PARAMS)
    assert out.exit_code == 0, out.output
    assert "Drafted request 1 for oxnard" in out.output and "Drafted request 2 for mission-viejo" in out.output
    dup = _run("request", "new", "oxnard", "--kind", "incident-logs", *PARAMS)
    assert dup.exit_code == 1 and "identical incident-logs request already exists: request 1" in dup.output
    similar = _run("request", "new", "oxnard", "--kind", "incident-logs", "--param", "incident=another",
                   "--param", "start=2026-01-15", "--param", "end=2026-02-15")
    assert similar.exit_code == 1 and "--yes" in similar.output
    filed = _run("request", "file", "--all")
    assert filed.exit_code == 0, filed.output
    assert "2 of 2 filed, written to the outbox" in filed.output and "prr request sent 1" in filed.output
    listing = _run("requests", "--json")
    rows = json.loads(listing.output)
    assert [(r["city_slug"], r["status"], r["due_on"]) for r in rows] == [("oxnard", "ready_to_send", None),
                                                                           ("mission-viejo", "ready_to_send", None)]
    assert _run("requests", "--status", "draft", "--json").output.strip() == "[]"
    show = _run("request", "show", "1")
    assert show.exit_code == 0, show.output
    for text in ("ready_to_send", "outbox", "cityclerk@oxnard.org", "Timeline", "filing_started", "7922.535",
                 "Due dates: none (not filed yet)"):
        assert text in show.output
    sent = _run("request", "sent", "1", "--on", "2026-02-02")
    assert sent.exit_code == 0 and "filed, received 2026-02-02; determination due 2026-02-18" in sent.output
    show = _run("request", "show", "1")
    for text in ("filed", "Due", "2026-02-18"):
        assert text in show.output
    data = json.loads(_run("request", "show", "1", "--json").output)
    assert [e["kind"] for e in data["events"]][-1] == "filed"


def test_bad_param_and_missing_request(cli_env):
    out = _run("request", "new", "oxnard", "--kind", "incident-logs", "--param", "oops")
    assert out.exit_code == 1 and "is not key=value" in out.output
    out = _run("request", "show", "99")
    assert out.exit_code == 1 and "no request 99" in out.output
    out = _run("request", "file")
    assert out.exit_code == 1 and "nothing to file" in out.output


def test_file_reports_a_city_without_contact_and_files_the_rest(cli_env, add_city):
    add_city("nowhere", "Nowhere", contacts=[])
    _run("request", "new", "nowhere", "oxnard", "--kind", "incident-logs", *PARAMS)
    out = _run("request", "file", "--all")
    assert out.exit_code == 1
    assert "Nowhere (nowhere) has no current records_email contact" in out.output
    assert "1 of 2 filed" in out.output


def test_govqa_submitted(cli_env, add_city):
    add_city("qa-city", "QA City", channel="govqa",
             contacts=[{"kind": "portal_url", "value": "https://qacity.govqa.us/WEBAPP", "vendor": "govqa"}])
    _run("request", "new", "qa-city", "--kind", "incident-logs", *PARAMS)
    out = _run("request", "file", "1")
    assert out.exit_code == 0 and "awaiting_submission" in out.output and "prr request submitted 1" in out.output
    out = _run("request", "submitted", "1", "--tracking", "R000123-030226", "--on", "2026-03-02")
    assert out.exit_code == 0, out.output
    assert "filed, received 2026-03-02; tracking R000123-030226" in out.output


def test_kinds_lists_templates(cli_env):
    out = _run("request", "kinds", "--json")
    kinds = {t["kind"]: t for t in json.loads(out.output)}
    assert set(kinds) >= {"incident-logs", "follow-up", "clarification-reply", "escalation", "breach-report"}
    assert kinds["incident-logs"]["params"]["start"]["type"] == "date"
