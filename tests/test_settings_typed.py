"""PRR_* variables are parsed by one typed model: a bad value names its variable (and
never shows a credential), booleans parse one way everywhere, empty means default."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from prr.core.settings import SettingsError, get_settings, read_env, reveal


@pytest.mark.parametrize("name,value", [
    ("PRR_PER_HOST_CONCURRENCY", "abc"), ("PRR_GLOBAL_CONCURRENCY", "0"), ("PRR_PER_HOST_INTERVAL", "soon"),
    ("PRR_FOLLOWUP_INTERVAL_DAYS", "1.5"), ("PRR_BREACH_AUTOFILE", "maybe"), ("PRR_TIMEZONE", "Mars/Olympus"),
])
def test_a_bad_value_names_its_variable(prr_env, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=name):
        get_settings()


def test_a_bad_credential_url_is_named_but_not_shown(prr_env, monkeypatch):
    monkeypatch.setenv("PRR_SMTP_URL", "smtp://u:hunter2@h")
    monkeypatch.setenv("PRR_GLOBAL_CONCURRENCY", "x")
    with pytest.raises(SettingsError) as e:
        get_settings()
    assert "hunter2" not in str(e.value)


@pytest.mark.parametrize("value,expected", [("1", True), ("true", True), ("Yes", True), ("on", True),
                                            ("0", False), ("false", False), ("no", False), ("off", False),
                                            ("", False)])
def test_booleans_parse_one_way(prr_env, monkeypatch, value, expected):
    monkeypatch.setenv("PRR_BREACH_AUTOFILE", value)
    monkeypatch.setenv("PRR_PREFECT_SECRETS", value)
    assert get_settings().breach_autofile is expected
    assert read_env().prefect_secrets is expected


def test_credentials_are_secret_in_the_typed_model(prr_env, monkeypatch):
    monkeypatch.setenv("PRR_SMTP_URL", "smtp://u:hunter2@mail.example.org:587")
    typed = read_env()
    assert "hunter2" not in repr(typed) and "hunter2" not in str(typed.smtp_url)
    assert reveal(get_settings().smtp_url) == "smtp://u:hunter2@mail.example.org:587"
    assert "hunter2" not in repr(get_settings())
    assert "hunter2" not in str(get_settings().smtp_url) and "hunter2" not in f"{get_settings().smtp_url}"


def test_the_cli_stops_on_a_bad_variable_with_its_name(prr_env, monkeypatch):
    from prr.cli import app

    monkeypatch.setenv("PRR_PER_HOST_CONCURRENCY", "many")
    out = CliRunner().invoke(app, ["requests"])
    assert out.exit_code == 2 and "PRR_PER_HOST_CONCURRENCY='many'" in out.output
