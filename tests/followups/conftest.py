"""Fixtures: filed requests (as filing stores them) and a settings object that sends
through a real local SMTP server."""
from __future__ import annotations

import pytest


@pytest.fixture
def mail_env(prr_env, smtp_sink, monkeypatch):
    """Settings whose SMTP URL points at the local sink; follow-ups may repeat daily."""
    from prr.core.settings import get_settings

    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    monkeypatch.setenv("PRR_FOLLOWUP_INTERVAL_DAYS", "1")
    return get_settings()


@pytest.fixture
def filed(conn):
    """filed(city, received_on, status="filed") -> request id, with the `filed` event."""
    from prr.db.events import add_event
    from prr.db.requests import insert_request, set_status, update_request
    from prr.requests.tokens import new_token

    counter = {"n": 0}

    def make(city="mission-viejo", received_on="2026-03-02", status="filed", channel="smtp"):
        counter["n"] += 1
        n = counter["n"]
        rid = insert_request(conn, city_slug=city, kind="incident-logs", params={"n": n},
                             dedupe_key=f"{city}:incident-logs:{n}", token=new_token(),
                             subject=f"Incident logs, request {n}", body=f"Please send the incident logs ({n}).",
                             channel=channel, recipient=f"clerk@{city}.example.org")
        sent_at = f"{received_on}T17:00:00+00:00"
        update_request(conn, rid, filed_at=sent_at, received_on=received_on, message_id=f"<req{n}@example.org>")
        set_status(conn, rid, "filed", reason="test")
        add_event(conn, "filed", request_id=rid, city_slug=city, channel=channel, message_id=f"<req{n}@example.org>",
                  sent_at=sent_at, received_on=received_on, receipt="test")
        if status != "filed":
            set_status(conn, rid, status, reason="test")
        return rid

    return make
