"""Every registered alert sender, run for real: configured by its settings, it delivers
each (title, markdown) message to a local endpoint and counts it. A sender kind without
a case here fails (add one)."""
from __future__ import annotations

import json

import pytest

from prr.core.alerts import AlertSender, send_alerts


def _apprise(monkeypatch, httpserver):
    httpserver.expect_request("/hook", method="POST").respond_with_data("")
    monkeypatch.setenv("PRR_APPRISE_URLS", "json://" + httpserver.url_for("/hook").split("://", 1)[1])
    return lambda: [json.loads(req.get_data())["title"] for req, _ in httpserver.log if req.path == "/hook"]


CASES = {"apprise": _apprise}   # kind -> set up its settings; returns a reader of what arrived


@pytest.mark.parametrize("kind", sorted(AlertSender.kinds()))
def test_each_message_arrives_once(kind, prr_env, monkeypatch, httpserver):
    from prr.core.settings import get_settings

    assert kind in CASES, f"alert sender {kind!r} has no round-trip case here: add one"
    arrived = CASES[kind](monkeypatch, httpserver)
    settings = get_settings()
    sender = AlertSender.get(kind)
    assert sender.configured(settings)
    messages = [("oxnard: new records_email", "- new: `records@oxnard.org`"), ("second", "body")]
    assert sender(settings).send(messages) == {"notified": 2, "failed": 0}
    assert arrived() == ["oxnard: new records_email", "second"]


@pytest.mark.parametrize("kind", sorted(AlertSender.kinds()))
def test_unconfigured_senders_send_nothing(kind, prr_env, monkeypatch):
    from prr.core.settings import get_settings

    monkeypatch.delenv("PRR_APPRISE_URLS", raising=False)
    assert not AlertSender.get(kind).configured(get_settings())
    assert send_alerts([("t", "b")], get_settings()) == {"notified": 0, "failed": 0}
