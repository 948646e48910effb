"""Deadlines of stored requests: events in, cached dates on the request row out."""
from __future__ import annotations

import datetime as dt

from prr.db.events import add_event
from prr.db.requests import get_request
from prr.deadlines.request_deadlines import overdue_requests, refresh_deadlines

D = dt.date


def test_refresh_caches_due_dates_on_the_row(conn, make_request):
    rid = make_request(received_on="2026-03-02")
    result = refresh_deadlines(conn, rid)
    assert result.due == D(2026, 3, 12)
    assert get_request(conn, rid)["due_on"] == "2026-03-12"
    assert get_request(conn, rid)["extended_due_on"] is None


def test_after_hours_timestamp_in_filed_event_moves_receipt(conn, make_request):
    # 2026-03-04T02:15Z is Tue 2026-03-03 18:15 PST: after Mission Viejo's 17:00 close.
    rid = make_request(received_on="2026-03-03", sent_at="2026-03-04T02:15:00+00:00")
    result = refresh_deadlines(conn, rid)
    assert result.received_on == D(2026, 3, 4)
    assert result.due == D(2026, 3, 16)
    assert any("after the office closed" in line for line in result.explanation)


def test_oxnard_registry_fridays_move_the_deadline(conn, make_request):
    rid = make_request(city="oxnard", received_on="2026-03-03", sent_at="2026-03-03T18:00:00+00:00")
    assert refresh_deadlines(conn, rid).due == D(2026, 3, 16)


def test_extension_pause_and_estimate_from_events(conn, make_request):
    rid = make_request(received_on="2026-03-02")
    add_event(conn, "paused", request_id=rid, on="2026-03-05", why="clarification", communication_id=None)
    assert refresh_deadlines(conn, rid).due is None          # waiting on the requester
    assert get_request(conn, rid)["due_on"] is None
    add_event(conn, "resumed", request_id=rid, on="2026-03-09", communication_id=None)
    add_event(conn, "extension", request_id=rid, notice_on="2026-03-16", reason="voluminous records",
              extended_to="2026-03-31", communication_id=None)
    add_event(conn, "extension", request_id=rid, notice_on="2026-03-28", reason="voluminous records",
              communication_id=None)
    add_event(conn, "estimated_production", request_id=rid, on="2026-05-01", communication_id=None)
    result = refresh_deadlines(conn, rid)
    assert result.due == D(2026, 3, 17)
    assert result.extended_due == D(2026, 4, 1)             # 03-31 is Cesar Chavez Day
    assert result.estimated == D(2026, 5, 1)
    assert any("allows one extension" in line for line in result.explanation)
    row = get_request(conn, rid)
    assert (row["due_on"], row["extended_due_on"], row["estimated_on"]) == ("2026-03-17", "2026-04-01", "2026-05-01")


def test_not_filed_has_no_deadline(conn):
    from prr.db.requests import insert_request

    rid = insert_request(conn, city_slug="oxnard", kind="incident-logs", params={}, dedupe_key="x",
                         token="PRR-AAAAAAAA", subject="s", body="b", channel="outbox", recipient=None)
    assert refresh_deadlines(conn, rid) is None


def test_overdue_only_after_the_due_day_and_only_awaiting_determination(conn, make_request):
    late = make_request(received_on="2026-03-02")                       # due 03-12
    make_request(received_on="2026-03-02", status="released")            # answered
    make_request(received_on="2026-03-02", status="withdrawn")
    make_request(received_on="2026-03-05")                               # due 03-16 (Sun 15 -> Mon 16)
    assert overdue_requests(conn, D(2026, 3, 12)) == []
    got = overdue_requests(conn, D(2026, 3, 13))
    assert [r["id"] for r, _ in got] == [late]
    assert len(overdue_requests(conn, D(2026, 3, 17))) == 2


def test_submission_marked_later_counts_from_the_stated_receipt_date(conn, make_request):
    """A portal filing recorded days later by hand: the `filed` event's received_on wins
    over the time the event was written."""
    from prr.db.requests import update_request

    rid = make_request(received_on="2026-03-02")
    conn.execute("UPDATE requests SET filed_at=NULL WHERE id=?", (rid,))
    add_event(conn, "filed", request_id=rid, channel="manual", received_on="2026-03-02",
              at="2026-03-09T20:00:00+00:00")
    update_request(conn, rid, received_on="2026-03-02")
    assert refresh_deadlines(conn, rid).due == D(2026, 3, 12)
