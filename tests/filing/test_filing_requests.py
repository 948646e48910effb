"""Drafting and filing: dedupe, channels, failures, the record kept, letters about a request."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
from pathlib import Path

import pytest
import yaml

from prr.db.events import events_for
from prr.db.requests import communications_for, get_request, tracking_numbers_for
from prr.requests.filing import (
    DuplicateRequestError,
    FilingError,
    MissingContactError,
    SimilarRequestError,
    draft_request,
    file_batch,
    file_request,
    mark_submitted,
    send_letter,
)


def _kinds(conn, rid):
    return [e["kind"] for e in events_for(conn, rid)]


def test_identical_request_is_refused_naming_the_first(conn, incident_params):
    first = draft_request(conn, "oxnard", "incident-logs", incident_params)
    same_but_spaced = dict(incident_params, incident="  The RANSOMWARE attack   disclosed on 2026-01-12 ")
    with pytest.raises(DuplicateRequestError) as info:
        draft_request(conn, "oxnard", "incident-logs", same_but_spaced)
    assert info.value.existing_id == first
    assert f"request {first}" in str(info.value)
    # another city is another request
    assert draft_request(conn, "mission-viejo", "incident-logs", incident_params) != first


def test_overlapping_dates_need_confirmation(conn, incident_params):
    first = draft_request(conn, "oxnard", "incident-logs", incident_params)
    overlapping = dict(incident_params, incident="the January intrusion", start="2026-01-20", end="2026-02-15")
    with pytest.raises(SimilarRequestError) as info:
        draft_request(conn, "oxnard", "incident-logs", overlapping)
    assert info.value.similar_ids == [first] and "2026-01-01..2026-01-31" in str(info.value)
    second = draft_request(conn, "oxnard", "incident-logs", overlapping, confirm_similar=True)
    assert second != first
    later = dict(incident_params, incident="the March intrusion", start="2026-03-01", end="2026-03-31")
    assert draft_request(conn, "oxnard", "incident-logs", later)   # no overlap, no question


def test_unknown_city_and_kind_are_explained(conn, incident_params):
    with pytest.raises(FilingError, match="no city 'atlantis'"):
        draft_request(conn, "atlantis", "incident-logs", incident_params)
    with pytest.raises(FilingError, match="no template of kind 'poem'"):
        draft_request(conn, "oxnard", "poem", {})
    with pytest.raises(FilingError, match="about an existing request"):
        draft_request(conn, "oxnard", "follow-up", {})


def test_outbox_writes_a_complete_eml_and_records_everything(conn, prr_env, incident_params):
    from prr.requests.filing import mark_sent

    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    receipt = file_request(conn, rid)
    r = get_request(conn, rid)
    # Nothing left the machine: ready to send, no receipt date, no due date, no `filed` event.
    assert r["status"] == "ready_to_send" and r["channel"] == "outbox"
    assert (r["received_on"], r["filed_at"], r["due_on"]) == (None, None, None)
    assert _kinds(conn, rid) == ["drafted", "status_changed", "filing_started", "status_changed", "letter_ready"]
    msg = email.message_from_bytes(open(receipt.path, "rb").read(), policy=email.policy.default)
    assert msg["To"] == "cityclerk@oxnard.org"
    assert msg["Subject"].endswith(f"[{r['token']}]")
    assert msg["Message-ID"] == r["message_id"] == receipt.message_id
    assert msg["From"] == "Dana Reporter <dana@example.org>"
    assert "Gov. Code 7920.000 et seq." in msg.get_content()
    assert receipt.path.startswith(str(prr_env.outbox_dir))
    r = mark_sent(conn, rid)                      # the user sent it today
    filed = [e for e in events_for(conn, rid) if e["kind"] == "filed"][0]["detail"]
    assert filed["channel"] == "outbox" and filed["message_id"] == r["message_id"]
    sent_at = dt.datetime.fromisoformat(filed["sent_at"])
    assert sent_at.utcoffset() == dt.timedelta(0)
    from zoneinfo import ZoneInfo

    assert filed["received_on"] == sent_at.astimezone(ZoneInfo("America/Los_Angeles")).date().isoformat()
    assert r["received_on"] == filed["received_on"] and r["filed_at"] == filed["sent_at"]
    assert r["status"] == "filed" and r["due_on"]
    assert _kinds(conn, rid) == ["drafted", "status_changed", "filing_started", "status_changed", "letter_ready",
                                 "status_changed", "filed"]
    (comm,) = communications_for(conn, rid)
    assert (comm["direction"], comm["message_id"], comm["to_addr"]) == ("out", r["message_id"], "cityclerk@oxnard.org")
    assert comm["subject"] == r["subject"] and "7922.535" in comm["body"]
    with pytest.raises(FilingError, match="is filed, not a draft"):
        file_request(conn, rid)


def test_smtp_delivers_with_token_and_plus_reply_to(conn, smtp_settings, smtp_sink, incident_params, monkeypatch):
    from prr.core.settings import get_settings

    monkeypatch.setenv("PRR_REPLY_TO", "requests@example.org")
    rid = draft_request(conn, "mission-viejo", "incident-logs", incident_params)
    receipt = file_request(conn, rid, channel="smtp", settings=get_settings())
    r = get_request(conn, rid)
    (got,) = smtp_sink.received
    msg = got.message
    assert got.rcpt_tos == ["cityclerk@cityofmissionviejo.org"]
    assert f"[{r['token']}]" in msg["Subject"]
    assert msg["Reply-To"] == f"requests+{r['token'].lower()}@example.org"
    assert msg["Message-ID"] == r["message_id"] == receipt.message_id
    body = msg.get_content()
    for cite in ("7920.000 et seq.", "7922.570", "7922.535", "7922.600", "7922.530", "segregable"):
        assert cite in body
    assert r["status"] == "filed" and r["channel"] == "smtp"
    journal = [json.loads(line) for line in (smtp_settings.home / "sent-journal.jsonl").read_text().splitlines()]
    assert [(e["message_id"], e["phase"]) for e in journal] == [(r["message_id"], "sending"), (r["message_id"], "sent")]


def test_5xx_fails_with_reason_and_the_user_can_retry(conn, smtp_settings, smtp_sink, incident_params):
    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    smtp_sink.fail_next("550 5.1.1 <cityclerk@oxnard.org>: mailbox unavailable")
    with pytest.raises(FilingError) as info:
        file_request(conn, rid, channel="smtp", settings=smtp_settings)
    assert "mailbox unavailable" in str(info.value) and f"prr request file {rid}" in info.value.hint
    r = get_request(conn, rid)
    assert r["status"] == "failed" and "550" in r["last_error"]
    failed = [e for e in events_for(conn, rid) if e["kind"] == "filing_failed"][0]["detail"]
    assert failed["retryable"] is True and "mailbox unavailable" in failed["error"]
    assert smtp_sink.received == []
    file_request(conn, rid, channel="smtp", settings=smtp_settings)   # the user retries
    assert get_request(conn, rid)["status"] == "filed"
    (got,) = smtp_sink.received
    assert got.message["Message-ID"] == get_request(conn, rid)["message_id"]


def test_batch_goes_on_past_a_city_without_the_contact(conn, add_city, incident_params, smtp_settings, smtp_sink):
    add_city("nowhere", "Nowhere", contacts=[{"kind": "records_phone", "value": "+18055550100"}])
    ids = [draft_request(conn, slug, "incident-logs", incident_params)
           for slug in ("oxnard", "nowhere", "mission-viejo")]
    outcomes = file_batch(conn, ids, channel="smtp", settings=smtp_settings)
    assert [o.ok for o in outcomes] == [True, False, True]
    bad = outcomes[1]
    assert bad.city_slug == "nowhere"
    assert "Nowhere (nowhere) has no current records_email contact" in bad.error
    assert "registry" in bad.hint
    assert get_request(conn, ids[1])["status"] == "failed"
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.received) == ["cityclerk@cityofmissionviejo.org",
                                                                 "cityclerk@oxnard.org"]


def test_missing_smtp_setting_is_explained(conn, incident_params, prr_env):
    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    with pytest.raises(FilingError, match="needs PRR_SMTP_URL"):
        file_request(conn, rid, channel="smtp")
    assert get_request(conn, rid)["status"] == "failed"


def test_manual_letter_and_submission(conn, prr_env, incident_params):
    rid = draft_request(conn, "oxnard", "incident-logs", incident_params, channel="manual")
    receipt = file_request(conn, rid)
    assert receipt.status == "awaiting_submission"
    page = open(receipt.path, encoding="utf-8").read()
    assert "300 West Third Street" in page and "7922.535" in page and "<script" not in page
    assert get_request(conn, rid)["received_on"] is None
    r = mark_submitted(conn, rid, tracking=["C-2026-044"], on=dt.date(2026, 2, 2))
    assert r["status"] == "filed" and r["received_on"] == "2026-02-02"
    filed = [e for e in events_for(conn, rid) if e["kind"] == "filed"][0]["detail"]
    assert filed["received_on"] == "2026-02-02" and filed["channel"] == "manual" and filed["sent_at"]
    assert tracking_numbers_for(conn, rid) == ["C-2026-044"]


def _filed_request(conn, incident_params) -> int:
    """An outbox request the user then sent (a letter about it goes to the outbox too)."""
    from prr.requests.filing import mark_sent

    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    file_request(conn, rid)
    mark_sent(conn, rid)
    return rid


def test_send_letter_goes_to_the_current_contact(conn, registry_dir, incident_params, prr_env):
    import yaml

    from prr.registry.registry import sync_registry

    rid = _filed_request(conn, incident_params)
    first = send_letter(conn, rid, kind="follow-up", params={"note": "Any news?"})
    # the city's records address changes (an accepted contact change updates the registry)
    path = registry_dir / "ca" / "oxnard.yaml"
    data = yaml.safe_load(path.read_text())
    for c in data["contacts"]:
        if c["kind"] == "records_email":
            c["value"] = "records@oxnard.org"
    path.write_text(yaml.safe_dump(data))
    sync_registry(conn, registry_dir)
    second = send_letter(conn, rid, kind="follow-up", params={})
    comms = {c["id"]: c for c in communications_for(conn, rid)}
    assert comms[first]["to_addr"] == "cityclerk@oxnard.org"
    assert comms[second]["to_addr"] == "records@oxnard.org"
    original = get_request(conn, rid)["message_id"]
    for cid in (first, second):
        c = comms[cid]
        assert c["direction"] == "out" and c["in_reply_to"] == original and c["message_id"] != original
        assert c["subject"].startswith("Follow-up:") and get_request(conn, rid)["token"] in c["subject"]
    assert "Any news?" in comms[first]["body"]
    eml = sorted(prr_env.outbox_dir.glob("*.eml"))
    assert len(eml) == 3
    # Through the request's own channel, the outbox: written, not sent.
    assert _kinds(conn, rid).count("letter_ready") == 3 and "letter_sent" not in _kinds(conn, rid)
    assert {comms[first]["status"], comms[second]["status"]} == {"ready_to_send"}


def test_escalation_only_after_the_ten_days(conn, add_city, incident_params):
    rid = _filed_request(conn, incident_params)
    received = dt.date.fromisoformat(get_request(conn, rid)["received_on"])
    with pytest.raises(FilingError, match="only sent after the 10 days"):
        send_letter(conn, rid, kind="escalation", params={}, to="attorney@oxnard.org",
                    today=received + dt.timedelta(days=9))
    assert "letter_sent" not in _kinds(conn, rid)
    later = received + dt.timedelta(days=40)
    with pytest.raises(MissingContactError, match="attorney_email"):
        send_letter(conn, rid, kind="escalation", params={}, today=later)
    cid = send_letter(conn, rid, kind="escalation", params={}, to="attorney@oxnard.org", today=later)
    (c,) = [c for c in communications_for(conn, rid) if c["id"] == cid]
    assert c["to_addr"] == "attorney@oxnard.org"
    assert "7922.540" in c["body"] and "court" not in c["body"].lower() and "petition" not in c["body"].lower()


def test_clarification_reply_records_the_resumption(conn, incident_params):
    rid = _filed_request(conn, incident_params)
    cid = send_letter(conn, rid, kind="clarification-reply", params={"answer": "Only the billing system."})
    resumed = [e for e in events_for(conn, rid) if e["kind"] == "resumed"]
    assert resumed and resumed[0]["detail"]["communication_id"] == cid


def test_letters_need_a_filed_request(conn, incident_params):
    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    with pytest.raises(FilingError, match="has not been filed yet"):
        send_letter(conn, rid, kind="follow-up", params={})


SIMILAR_CASES = yaml.safe_load((Path(__file__).parent / "cases" / "similar.yaml").read_text())["cases"]


def _store_earlier(conn, i: int, spec: dict) -> int:
    from prr.db.requests import insert_request, set_status

    params = {k: str(spec[k]) for k in ("start", "end") if k in spec}
    rid = insert_request(conn, city_slug=spec.get("city", "oxnard"), kind="incident-logs",
                         params={"incident": f"earlier {i}", **params}, dedupe_key=f"earlier-{i}",
                         token=f"PRR-SIM{i:05d}", subject="s", body="b", channel="outbox", recipient="r")
    if spec.get("status"):
        set_status(conn, rid, spec["status"])
    return rid


@pytest.mark.parametrize("case", SIMILAR_CASES, ids=[c["id"] for c in SIMILAR_CASES])
def test_similar_requests_case_table(conn, incident_params, case):
    ids = [_store_earlier(conn, i, spec) for i, spec in enumerate(case["earlier"])]
    new = dict(incident_params, incident="the new one", start=str(case["start"]), end=str(case["end"]))
    expected = [ids[i] for i in case["expect"]]
    if expected:
        with pytest.raises(SimilarRequestError) as info:
            draft_request(conn, "oxnard", "incident-logs", new)
        assert info.value.similar_ids == expected
    else:
        assert draft_request(conn, "oxnard", "incident-logs", new)


def test_similar_check_lists_at_most_twenty(conn, incident_params):
    ids = [_store_earlier(conn, i, {"start": "2026-01-01", "end": "2026-01-31"}) for i in range(25)]
    with pytest.raises(SimilarRequestError) as info:
        draft_request(conn, "oxnard", "incident-logs", incident_params)
    assert info.value.similar_ids == ids[:20]


def test_request_dates_migration_backfills_existing_requests(tmp_path):
    """A database from before the date columns: its requests get their ranges, and the
    similarity check finds them."""
    import json

    from prr.db import connect, migrate

    conn = connect(tmp_path / "old.db", migrate=False)
    migrate(conn, upto="0008")
    conn.execute("INSERT INTO cities (slug, name, updated_at) VALUES ('oxnard', 'Oxnard', 't')")
    for i, params in enumerate([{"start": "2026-01-01", "end": "2026-01-31"}, {"start": "2026-01-01"},
                                {"start": "2026-13-01", "end": "2026-01-31"}, {},
                                {"breach_start": "2026-03-02", "start": "2025-03-02", "end": "2026-11-01"}]):
        conn.execute("INSERT INTO requests (city_slug, kind, params_json, dedupe_key, token, created_at) "
                     "VALUES ('oxnard', 'incident-logs', ?, ?, ?, 't')", (json.dumps(params), f"k{i}", f"T{i}"))
    conn.commit()
    assert "0009_request_dates.py" in migrate(conn)
    got = conn.execute("SELECT range_start, range_end FROM requests ORDER BY id").fetchall()
    assert [tuple(r) for r in got] == [("2026-01-01", "2026-01-31"), (None, None), (None, None), (None, None),
                                       ("2026-03-02", "2026-03-02")]
    from prr.requests.filing import find_similar
    assert [r["id"] for r in find_similar(conn, "oxnard", "incident-logs",
                                          {"start": "2026-01-15", "end": "2026-02-01"})] == [1]
    plan = " ".join(r[-1] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM requests WHERE city_slug='oxnard' AND kind='incident-logs' "
        "AND range_start <= '2026-02-01' AND range_end >= '2026-01-15'"))
    assert "requests_similar" in plan


@pytest.mark.parametrize("params,expected", [
    ({"start": "2026-01-01", "end": "2026-01-31"}, ("2026-01-01", "2026-01-31")),
    ({"breach_start": "2026-01-05", "start": "2025-01-01", "end": "2026-11-29"}, ("2026-01-05", "2026-01-05")),
    ({"breach_start": "2026-01-05", "breach_end": "2026-02-01", "end": "2026-11-29"}, ("2026-01-05", "2026-02-01")),
    ({"start": "2026-01-01"}, None),
    ({"start": "2026-02-30", "end": "2026-03-01"}, None),
    ({}, None),
], ids=["start-end", "breach-day", "breach-range", "no-end", "not-a-date", "none"])
def test_request_date_range(params, expected):
    from prr.db.requests import date_range

    got = date_range(params)
    assert (tuple(d.isoformat() for d in got) if got else None) == expected
