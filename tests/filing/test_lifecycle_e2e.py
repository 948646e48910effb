"""A request's life driven through the CLI as a user would, in a fresh home: drafted,
filed (outbox: ready to send, then `prr request sent`; SMTP: sent), overdue, followed
up through the same channel. Every state, due date and letter is checked at each step,
and every status change recorded is a move the state machine (prr.lifecycle) allows."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import json

import pytest
from typer.testing import CliRunner

from prr.requests.lifecycle import allowed

PARAMS = ["--param", "incident=the ransomware attack disclosed on 2026-01-12", "--param", "start=2026-01-01",
          "--param", "end=2026-01-31"]


def cli(*args: str):
    from prr.cli import app

    result = CliRunner().invoke(app, list(args))
    return result


def show(rid: int) -> dict:
    out = cli("request", "show", str(rid), "--json")
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def state(rid: int) -> tuple:
    r = show(rid)["request"]
    return r["status"], r["received_on"], r["extended_due_on"] or r["due_on"]


def assert_moves_allowed(rid: int) -> None:
    moves = [(e["detail"]["old"], e["detail"]["new"]) for e in show(rid)["events"] if e["kind"] == "status_changed"]
    assert moves and all(allowed(a, b) for a, b in moves), moves


def _eml(path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def test_outbox_life_from_draft_to_follow_up(prr_env):
    assert cli("init").exit_code == 0
    pv = cli("request", "new", "oxnard", "--kind", "incident-logs", *PARAMS, "--preview")
    assert pv.exit_code == 0, pv.output
    assert "Channel: outbox (PRR_SMTP_URL is not set" in pv.output
    assert "From: Dana Reporter <dana@example.org>" in pv.output and "To: cityclerk@oxnard.org" in pv.output

    assert cli("request", "new", "oxnard", "--kind", "incident-logs", *PARAMS).exit_code == 0
    assert state(1) == ("draft", None, None)

    filed = cli("request", "file", "--all")
    assert filed.exit_code == 0 and "ready_to_send" in filed.output and "prr request sent 1" in filed.output
    assert state(1) == ("ready_to_send", None, None)            # nothing left: no clock
    (letter,) = sorted(prr_env.outbox_dir.glob("*.eml"))
    original = _eml(letter)
    assert original["To"] == "cityclerk@oxnard.org" and original["From"] == "Dana Reporter <dana@example.org>"
    # no due date, so never overdue and never followed up, however late it gets
    late = cli("followups", "--today", "2026-12-31")
    assert late.exit_code == 0 and "No request is past its deadline" in late.output
    assert len(list(prr_env.outbox_dir.glob("*.eml"))) == 1

    sent = cli("request", "sent", "1", "--on", "2026-02-02")
    assert sent.exit_code == 0, sent.output
    assert state(1) == ("filed", "2026-02-02", "2026-02-18")
    assert cli("request", "sent", "1").exit_code == 1           # once

    on_due_day = cli("followups", "--today", "2026-02-18")
    assert "No request is past its deadline" in on_due_day.output
    day_after = cli("followups", "--today", "2026-02-19")
    assert day_after.exit_code == 0, day_after.output
    assert "written to outbox: follow-up to oxnard via outbox" in day_after.output
    assert "Nothing has left this machine" in day_after.output
    (follow,) = [p for p in prr_env.outbox_dir.glob("*.eml") if p != letter]
    msg = _eml(follow)
    assert msg["In-Reply-To"].strip() == original["Message-ID"].strip() and msg["To"] == "cityclerk@oxnard.org"
    assert "On February 2, 2026 I sent the City a request" in msg.get_content()
    assert "February 18, 2026" in msg.get_content()
    assert state(1) == ("filed", "2026-02-02", "2026-02-18")
    kinds = [e["kind"] for e in show(1)["events"]]
    assert kinds.count("followup_sent") == 1 and kinds.count("filed") == 1
    assert [e["detail"]["channel"] for e in show(1)["events"] if e["kind"] == "followup_sent"] == ["outbox"]
    assert_moves_allowed(1)


def test_smtp_life_from_setup_to_follow_up(prr_env, smtp_sink, monkeypatch):
    from prr.deadlines.deadlines import calendar_for_office, due_dates
    from prr.requests.followups import local_today

    # A new user: no requester in the environment; `prr setup` writes the profile.
    for k in ("PRR_REQUESTER_NAME", "PRR_REQUESTER_EMAIL"):
        monkeypatch.delenv(k)
    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    setup = cli("setup", "--name", "Dana Reporter", "--email", "dana@example.org", "--yes")
    assert setup.exit_code == 0, setup.output
    assert (prr_env.home / "settings.toml").exists() and "Dana Reporter" in setup.output
    assert cli("init").exit_code == 0
    pv = cli("request", "new", "oxnard", "--kind", "incident-logs", *PARAMS, "--preview")
    assert "Channel: smtp (PRR_SMTP_URL is set and the city has a records_email)" in pv.output
    assert "From: Dana Reporter <dana@example.org>" in pv.output
    assert cli("request", "new", "oxnard", "--kind", "incident-logs", *PARAMS).exit_code == 0
    assert state(1) == ("draft", None, None)
    assert "Channel: smtp when filed" in cli("request", "show", "1").output

    filed = cli("request", "file", "--all")
    assert filed.exit_code == 0 and "filed request 1 (oxnard) via smtp" in filed.output, filed.output
    (got,) = smtp_sink.received
    assert got.rcpt_tos == ["cityclerk@oxnard.org"]
    assert got.message["From"] == "Dana Reporter <dana@example.org>"     # the profile `prr setup` wrote
    today = local_today()
    status, received, due = state(1)
    from prr.db import connect
    from prr.db.cities import get_city

    c = connect(prr_env.db_path)
    filed_at = dt.datetime.fromisoformat(c.execute("select filed_at from requests where id = 1").fetchone()[0])
    # from the moment it left: after the office closes, the next open day counts as received
    expected = due_dates(filed_at, calendar_for_office(get_city(c, "oxnard")["office"])).due
    c.close()
    assert (status, received, due) == ("filed", today.isoformat(), expected.isoformat())

    assert "No request is past its deadline" in cli("followups", "--today", expected.isoformat()).output
    after = (expected + dt.timedelta(days=1)).isoformat()
    out = cli("followups", "--today", after)
    assert out.exit_code == 0 and "sent: follow-up to oxnard via smtp" in out.output, out.output
    assert len(smtp_sink.received) == 2
    follow = smtp_sink.received[1].message
    assert follow["In-Reply-To"].strip() == got.message["Message-ID"].strip()
    assert f"On {today:%B} {today.day}, {today.year} I sent the City a request" in follow.get_content()
    assert list(prr_env.outbox_dir.glob("*.eml")) == []                 # nothing went to the outbox
    again = cli("followups", "--today", after)                            # same day: nothing new
    assert len(smtp_sink.received) == 2 and "sent: follow-up" not in again.output
    assert_moves_allowed(1)


def test_placeholder_requester_cannot_send(prr_env, smtp_sink, monkeypatch):
    for k in ("PRR_REQUESTER_NAME", "PRR_REQUESTER_EMAIL"):
        monkeypatch.delenv(k)
    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    assert cli("init").exit_code == 0
    pv = cli("request", "new", "oxnard", "--kind", "incident-logs", *PARAMS, "--preview")
    assert 'From: "A. Requester" <requester@example.org>' in pv.output or "From: A. Requester" in pv.output
    assert "prr setup" in pv.output
    assert cli("request", "new", "oxnard", "--kind", "incident-logs", *PARAMS).exit_code == 0
    out = cli("request", "file", "1")
    assert out.exit_code == 1 and "no requester profile" in out.output
    assert "prr setup" in out.output and "PRR_REQUESTER_EMAIL" in out.output
    assert state(1) == ("draft", None, None) and smtp_sink.received == []
    # The outbox is allowed: nothing leaves, the user can edit the .eml before sending it.
    assert cli("request", "file", "1", "--channel", "outbox").exit_code == 0
    assert state(1)[0] == "ready_to_send"


@pytest.mark.parametrize("city_channel,smtp,expected", [
    ("outbox", False, "outbox"), ("outbox", True, "smtp"), ("smtp", False, "outbox"),
    ("nextrequest", True, "nextrequest"), ("manual", True, "manual")])
def test_one_channel_rule(city_channel, smtp, expected, conn, prr_env, monkeypatch):
    from prr.core.settings import get_settings
    from prr.db.cities import get_city
    from prr.requests.filing import choose_channel

    if smtp:
        monkeypatch.setenv("PRR_SMTP_URL", "smtp://127.0.0.1:2525")
    city = dict(get_city(conn, "oxnard"), channel=city_channel)
    chosen, why = choose_channel(conn, city, get_settings())
    assert chosen == expected and why
    assert choose_channel(conn, city, get_settings(), explicit="govqa") == ("govqa", "chosen with --channel")
