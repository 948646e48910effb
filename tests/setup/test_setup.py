"""`prr setup` writes the profile and settings (never a password); preview says who a
letter is from and warns on the built-in example identity."""
from __future__ import annotations

import tomllib

import pytest
from typer.testing import CliRunner

from prr.cli import app


@pytest.fixture
def fresh_env(prr_env, monkeypatch):
    """A temp home with no requester in the environment (setup's file is what counts)."""
    for k in ("PRR_REQUESTER_NAME", "PRR_REQUESTER_EMAIL"):
        monkeypatch.delenv(k, raising=False)
    return prr_env


def _settings_file(env):
    return env.home / "settings.toml"


def test_setup_non_interactive_writes_profile_and_keeps_password_out(fresh_env, monkeypatch):
    r = CliRunner().invoke(app, ["setup", "--name", "Dana Reporter", "--email", "Dana@Example.NET",
                                 "--phone", "805 385 7803", "--address", "1 Main St, Oxnard, CA 93030",
                                 "--smtp-url", "smtp://dana:s3cret-pw@127.0.0.1:2525",
                                 "--imap-url", "imaps://dana:imap-pw@127.0.0.1/INBOX", "--yes"],
                           terminal_width=200)
    assert r.exit_code == 0, r.output
    text = _settings_file(fresh_env).read_text()
    assert "s3cret-pw" not in text and "imap-pw" not in text
    data = tomllib.loads(text)
    assert data["profile"] == {"name": "Dana Reporter", "email": "Dana@example.net", "phone": "(805) 385-7803",
                               "address": "1 Main St, Oxnard, CA 93030"}
    assert data["mail"] == {"smtp_url": "smtp://dana@127.0.0.1:2525", "imap_url": "imaps://dana@127.0.0.1/INBOX"}
    assert "PRR_SMTP_PASSWORD" in r.output and "PRR_IMAP_PASSWORD" in r.output
    assert fresh_env.db_path.exists()          # created and migrated on first use
    from prr.core.settings import get_settings, reveal

    s = get_settings()
    assert (s.profile.name, s.profile.email) == ("Dana Reporter", "Dana@example.net")
    assert reveal(s.smtp_url) == "smtp://dana@127.0.0.1:2525"
    monkeypatch.setenv("PRR_SMTP_PASSWORD", "s3cret/pw")          # from the environment, never the file
    assert reveal(get_settings().smtp_url) == "smtp://dana:s3cret%2Fpw@127.0.0.1:2525"
    monkeypatch.setenv("PRR_REQUESTER_NAME", "Env Wins")
    assert get_settings().profile.name == "Env Wins"


@pytest.mark.parametrize("args,message", [
    (["--name", "Dana", "--email", "not-an-address"], "is not an email address"),
    (["--name", "Dana", "--email", "requester@example.org"], "built-in example"),
    (["--name", "A. Requester", "--email", "dana@example.net"], "built-in example"),
    (["--name", "Dana", "--email", "dana@example.net", "--phone", "12"], "not a valid US phone number"),
    (["--name", "Dana", "--email", "dana@example.net", "--smtp-url", "http://mail.example.org"], "smtp://"),
    (["--email", "dana@example.net"], "no requester name"),
], ids=["bad-email", "placeholder-email", "placeholder-name", "bad-phone", "bad-smtp-url", "no-name"])
def test_setup_refuses_bad_values_and_writes_nothing(fresh_env, args, message):
    r = CliRunner().invoke(app, ["setup", *args, "--yes"], terminal_width=200)
    assert r.exit_code == 1
    assert message in r.output
    assert not _settings_file(fresh_env).exists()


def test_setup_interactive_asks_again_on_a_bad_answer(fresh_env):
    answers = "Dana Reporter\nnope\ndana@example.net\n\n\n\n\n\n"
    r = CliRunner().invoke(app, ["setup"], input=answers, terminal_width=200)
    assert r.exit_code == 0, r.output
    assert "is not an email address" in r.output
    assert tomllib.loads(_settings_file(fresh_env).read_text())["profile"] == {
        "name": "Dana Reporter", "email": "dana@example.net"}


def _preview(conn):
    return CliRunner().invoke(
        app, ["request", "new", "oxnard", "--kind", "incident-logs", "-p", "incident=the March outage",
              "-p", "start=2026-03-01", "-p", "end=2026-03-31", "--preview"], terminal_width=200)


def test_preview_shows_the_sender_and_warns_on_the_placeholder(fresh_env, conn):
    r = _preview(conn)
    assert r.exit_code == 0, r.output
    assert "From: A. Requester <requester@example.org>" in r.stdout
    assert "built-in example identity" in r.stderr and "prr setup" in r.stderr
    assert CliRunner().invoke(app, ["setup", "--name", "Dana Reporter", "--email", "dana@example.net",
                                    "--yes"]).exit_code == 0
    r = _preview(conn)
    assert "From: Dana Reporter <dana@example.net>" in r.stdout
    assert "built-in example" not in r.stderr
    assert "Dana Reporter" in r.stdout.split("Thank you,")[-1]       # the letter is signed with it
