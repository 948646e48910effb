"""Follow-ups through a real SMTP server: never early, one per city per day, digests,
reruns, closed requests, escalation to the City Attorney."""
from __future__ import annotations

import datetime as dt
import json

from prr.db.events import add_event, events_for
from prr.db.requests import get_request, set_status
from prr.requests.followups import run_followups

D = dt.date


def kinds(conn, rid, kind):
    return [e for e in events_for(conn, rid) if e["kind"] == kind]


def test_never_before_the_deadline_has_passed(conn, mail_env, smtp_sink, filed):
    rid = filed(received_on="2026-03-02")                 # due Thu 2026-03-12
    for day in (D(2026, 3, 5), D(2026, 3, 12)):
        run = run_followups(conn, today=day, settings=mail_env)
        assert run.overdue == [] and run.messages == []
    assert smtp_sink.received == []
    run = run_followups(conn, today=D(2026, 3, 13), settings=mail_env)
    assert run.sent == 1 and not run.errors
    assert len(smtp_sink.received) == 1
    msg = smtp_sink.received[0].message
    assert smtp_sink.received[0].rcpt_tos == ["cityclerk@cityofmissionviejo.org"]   # current registry contact
    assert msg["Subject"].startswith("Follow-up:")
    assert "March 12, 2026" in msg.get_content()     # the due date the letter cites
    sent = kinds(conn, rid, "followup_sent")
    assert len(sent) == 1 and sent[0]["detail"]["number"] == 1 and sent[0]["detail"]["on"] == "2026-03-13"


def test_one_digest_per_city_and_one_message_per_city(conn, mail_env, smtp_sink, filed):
    a = filed(received_on="2026-03-02")
    b = filed(received_on="2026-03-03")
    c = filed(city="oxnard", received_on="2026-03-03")      # due Mon 03-16 (Fri 13 closed)
    run = run_followups(conn, today=D(2026, 3, 17), settings=mail_env)
    assert run.sent == 2
    assert sorted(len(m["request_ids"]) for m in run.messages) == [1, 2]
    assert len(smtp_sink.received) == 2
    by_to = {r.rcpt_tos[0]: r.message for r in smtp_sink.received}
    digest = by_to["cityclerk@cityofmissionviejo.org"].get_content()
    token_b = get_request(conn, b)["token"]
    assert token_b in digest                                 # the other late request is listed
    for rid in (a, b):
        [ev] = kinds(conn, rid, "followup_sent")
        assert ev["detail"]["digest_of"] == [a, b]
    assert kinds(conn, c, "followup_sent")


def test_rerun_same_day_sends_nothing(conn, mail_env, smtp_sink, filed):
    filed(received_on="2026-03-02")
    run_followups(conn, today=D(2026, 3, 13), settings=mail_env)
    again = run_followups(conn, today=D(2026, 3, 13), settings=mail_env)
    assert len(smtp_sink.received) == 1
    assert again.sent == 0


def test_a_new_late_request_waits_for_tomorrow_if_the_city_had_its_message(conn, mail_env, smtp_sink, filed):
    filed(received_on="2026-03-02")
    run_followups(conn, today=D(2026, 3, 13), settings=mail_env)
    filed(received_on="2026-03-01")   # a late one discovered after today's message went out
    again = run_followups(conn, today=D(2026, 3, 13), settings=mail_env)
    assert again.sent == 0 and len(smtp_sink.received) == 1
    assert any(m["outcome"] == "skipped" for m in again.messages)


def test_closed_and_withdrawn_requests_are_left_alone(conn, mail_env, smtp_sink, filed):
    rid = filed(received_on="2026-03-02")
    filed(received_on="2026-03-02", status="withdrawn")
    set_status(conn, rid, "released", reason="records arrived")
    run = run_followups(conn, today=D(2026, 3, 20), settings=mail_env)
    assert run.overdue == [] and smtp_sink.received == []


def test_extension_and_pause_move_the_followup(conn, mail_env, smtp_sink, filed):
    rid = filed(received_on="2026-03-02")
    add_event(conn, "extension", request_id=rid, notice_on="2026-03-10", reason="voluminous records")
    assert run_followups(conn, today=D(2026, 3, 20), settings=mail_env).overdue == []   # extended to 03-26
    assert run_followups(conn, today=D(2026, 3, 26), settings=mail_env).overdue == []
    assert run_followups(conn, today=D(2026, 3, 27), settings=mail_env).sent == 1
    other = filed(received_on="2026-03-02")
    add_event(conn, "paused", request_id=other, on="2026-03-05", why="fee")
    assert all(o["request_id"] != other for o in
               run_followups(conn, today=D(2026, 4, 20), settings=mail_env).overdue)


def test_escalation_after_unanswered_followups(conn, mail_env, smtp_sink, filed, monkeypatch):
    monkeypatch.setenv("PRR_FOLLOWUPS_BEFORE_ESCALATION", "2")
    from prr.core.settings import get_settings

    settings = get_settings()
    rid = filed(city="oxnard", received_on="2026-03-03")     # due 03-16
    assert run_followups(conn, today=D(2026, 3, 17), settings=settings).sent == 1
    assert run_followups(conn, today=D(2026, 3, 18), settings=settings).sent == 1
    run = run_followups(conn, today=D(2026, 3, 19), settings=settings)
    assert run.sent == 0 and run.drafted == 1
    assert len(smtp_sink.received) == 2                      # the escalation is a draft, not sent
    [esc] = kinds(conn, rid, "escalation_drafted")
    assert esc["detail"]["attorney_contact_missing"] is True  # Oxnard's attorney email is to discover
    draft = get_request(conn, esc["detail"]["escalation_id"])
    assert draft["parent_id"] == rid and draft["status"] == "draft" and draft["kind"] == "escalation"
    assert "City Attorney" in draft["body"] and "2 follow-ups" in draft["body"]
    assert "attorney_email" in run.messages[0]["reason"]
    later = run_followups(conn, today=D(2026, 3, 20), settings=settings)
    assert later.sent == 0 and later.drafted == 0 and len(smtp_sink.received) == 2


def test_a_reply_resets_the_unanswered_count(conn, mail_env, smtp_sink, filed, monkeypatch):
    monkeypatch.setenv("PRR_FOLLOWUPS_BEFORE_ESCALATION", "2")
    from prr.core.settings import get_settings

    settings = get_settings()
    rid = filed(received_on="2026-03-02")
    run_followups(conn, today=D(2026, 3, 13), settings=settings)
    run_followups(conn, today=D(2026, 3, 16), settings=settings)
    add_event(conn, "reply_received", request_id=rid, communication_id=None, match_reason="test", score=1.0)
    run = run_followups(conn, today=D(2026, 3, 17), settings=settings)
    assert run.sent == 1 and run.drafted == 0
    assert kinds(conn, rid, "followup_sent")[-1]["detail"]["number"] == 3


def test_interval_between_followups(conn, prr_env, smtp_sink, filed, monkeypatch):
    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    from prr.core.settings import get_settings

    settings = get_settings()                                 # default: 7 days apart
    filed(received_on="2026-03-02")
    assert run_followups(conn, today=D(2026, 3, 13), settings=settings).sent == 1
    assert run_followups(conn, today=D(2026, 3, 16), settings=settings).sent == 0
    assert run_followups(conn, today=D(2026, 3, 20), settings=settings).sent == 1


def test_dry_run_sends_and_records_nothing(conn, mail_env, smtp_sink, filed):
    rid = filed(received_on="2026-03-02")
    run = run_followups(conn, today=D(2026, 3, 13), dry_run=True, settings=mail_env)
    assert [m["outcome"] for m in run.messages] == ["would send"]
    assert smtp_sink.received == []
    assert not kinds(conn, rid, "followup_sent") and not kinds(conn, rid, "followup_claimed")
    assert run_followups(conn, today=D(2026, 3, 13), settings=mail_env).sent == 1


def test_send_failure_is_recorded_and_retried(conn, mail_env, smtp_sink, filed):
    rid = filed(received_on="2026-03-02")
    smtp_sink.fail_next(*["554 5.7.1 rejected"] * 5)
    run = run_followups(conn, today=D(2026, 3, 13), settings=mail_env)
    assert run.sent == 0 and run.errors and "retried" in run.errors[0]
    assert not kinds(conn, rid, "followup_sent")
    smtp_sink.handler.fail_next.clear()
    assert run_followups(conn, today=D(2026, 3, 13), settings=mail_env).sent == 1
    assert len(smtp_sink.received) == 1


def test_cli_dry_run_json(conn, mail_env, smtp_sink, filed):
    from typer.testing import CliRunner

    from prr.cli import app

    filed(received_on="2026-03-02")
    r = CliRunner().invoke(app, ["followups", "--dry-run", "--today", "2026-03-13", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["dry_run"] and data["overdue"][0]["due"] == "2026-03-12"
    assert data["messages"][0]["outcome"] == "would send"
    assert smtp_sink.received == []
    r = CliRunner().invoke(app, ["followups", "--today", "2026-03-13"])
    assert r.exit_code == 0, r.output
    assert len(smtp_sink.received) == 1


def test_cli_dry_run_prints_the_letters_and_sends_nothing(conn, mail_env, smtp_sink, filed):
    from typer.testing import CliRunner

    from prr.cli import app

    rid = filed(received_on="2026-03-02")
    r = CliRunner().invoke(app, ["followups", "--dry-run", "--today", "2026-03-13"], terminal_width=200)
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert "follow-up to mission-viejo (request" in out
    assert "From: Dana Reporter <dana@example.org>" in out and "To: cityclerk@cityofmissionviejo.org" in out
    assert "Subject: Follow-up: Incident logs, request" in out
    assert "March 12, 2026" in out                       # the deadline that passed, in the letter
    assert "Please send the incident logs" in out         # the original request quoted below
    assert "7922.540" in out
    assert smtp_sink.received == [] and not kinds(conn, rid, "followup_sent")
