"""Fixtures: requests stored the way filing and reply tracking store them (events)."""
from __future__ import annotations

import pytest


@pytest.fixture
def make_request(conn):
    """make_request(city, received_on, sent_at=None, status="filed", **cols) -> request id,
    with the `filed` event of docs/events.md."""
    from prr.db.events import add_event
    from prr.db.requests import insert_request, set_status, update_request
    from prr.requests.tokens import new_token

    counter = {"n": 0}

    def make(city="mission-viejo", received_on="2026-03-02", sent_at=None, status="filed",
             channel="smtp", recipient=None, subject=None):
        counter["n"] += 1
        n = counter["n"]
        rid = insert_request(conn, city_slug=city, kind="incident-logs", params={"n": n},
                             dedupe_key=f"{city}:incident-logs:{n}", token=new_token(),
                             subject=subject or f"Incident logs request {n}",
                             body=f"Please send the incident logs ({n}).", channel=channel,
                             recipient=recipient or f"clerk@{city}.example.org")
        sent_at = sent_at or f"{received_on}T17:00:00+00:00"
        update_request(conn, rid, filed_at=sent_at, received_on=received_on,
                       message_id=f"<req{n}@example.org>")
        set_status(conn, rid, "filed", reason="test")
        add_event(conn, "filed", request_id=rid, city_slug=city, channel=channel,
                  message_id=f"<req{n}@example.org>", sent_at=sent_at, received_on=received_on, receipt="test")
        if status != "filed":
            set_status(conn, rid, status, reason="test")
        return rid

    return make
