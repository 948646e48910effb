"""`prr deadline` prints the date and every step that produced it."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from prr.cli import app

runner = CliRunner()


def run(*args):
    result = runner.invoke(app, ["deadline", *args])
    return result


def test_json_statute_example():
    r = run("2026-03-27", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["due"] == "2026-04-06"
    assert "extended_due" not in data
    assert data["explanation"] == ["received Fri 2026-03-27", "day 1 is Sat 2026-03-28", "day 10 is Mon 2026-04-06",
                                   "Mon 2026-04-06 is open: due Mon 2026-04-06"]


def test_json_city_extension_and_pause(prr_env):
    r = run("2026-03-03", "--city", "oxnard", "--extended-on", "2026-03-10", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["due"] == "2026-03-16"                 # Fri 03-13 closed in Oxnard
    assert data["extended_due"] == "2026-03-30"
    r = run("2026-03-02", "--paused", "2026-03-05:2026-03-09", "--json")
    assert json.loads(r.stdout)["due"] == "2026-03-17"
    r = run("2026-03-02", "--paused", "2026-03-05:", "--json")
    data = json.loads(r.stdout)
    assert data["due"] is None and data["paused_since"] == "2026-03-05"


def test_plain_output_explains():
    r = run("2026-02-02")
    assert r.exit_code == 0
    assert "Lincoln Day" in r.stdout and "Due Fri 2026-02-13" in r.stdout


def test_bad_input_says_what_to_do(prr_env):
    r = run("27/03/2026")
    assert r.exit_code == 1 and "YYYY-MM-DD" in r.output
    r = run("2026-03-02", "--paused", "2026-03-05")
    assert r.exit_code == 1 and "FROM:TO" in r.output
    r = run("2026-03-02", "--city", "atlantis")
    assert r.exit_code == 1 and "cities list" in r.output
