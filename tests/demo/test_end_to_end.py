"""The demo's scenario as the project's end-to-end test: every step checked in the database.

One run of :func:`prr.demo.demo.run_demo` (real Prefect flows, real SMTP, real HTTP, real
PDFs, all on 127.0.0.1) is shared by the assertions below; each test reads what that
run left in its SQLite database.
"""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from prr.demo.simulator import OXNARD_NEW_RECORDS_EMAIL


@pytest.fixture(scope="module")
def demo(tmp_path_factory, prefect_server):
    from prr.demo.demo import run_demo

    report = run_demo(tmp_path_factory.mktemp("demo") / "home", quiet=True)
    return report


@pytest.fixture
def db(demo):
    from prr.db import connect

    conn = connect(demo.db_path)
    yield conn
    conn.close()


def _request(db, slug: str) -> dict:
    from prr.db.requests import list_requests

    found = list_requests(db, city_slug=slug)
    assert len(found) == 1, f"expected one request to {slug}, found {len(found)}"
    return found[0]


def _events(db, request_id: int) -> list[dict]:
    from prr.db.events import events_for

    return events_for(db, request_id)


def _incoming(db, request_id: int) -> list[dict]:
    from prr.db.requests import communications_for

    return [c for c in communications_for(db, request_id) if c["direction"] == "in"]


def test_every_step_ran(demo):
    failed = [(s.name, s.summary) for s in demo.steps if not s.ok]
    assert not failed
    assert not demo.problems
    assert demo.simulator["mail_received"] >= 1 and demo.simulator["portal_submissions"] == 1
    assert demo.simulator["portal_rejections"] == []


def test_requests_filed_through_each_channel(db, demo):
    ox = _request(db, "oxnard")
    mv = _request(db, "mission-viejo")
    assert ox["channel"] == "smtp" and ox["recipient"] == "cityclerk@oxnard.org"
    assert ox["message_id"] and ox["filed_at"] and ox["received_on"]
    assert mv["channel"] == "nextrequest" and mv["filed_at"]
    for req in (ox, mv):
        filed = [e for e in _events(db, req["id"]) if e["kind"] == "filed"]
        assert len(filed) == 1 and filed[0]["detail"]["channel"] == req["channel"]
    # The portal's request number was read from its confirmation page.
    from prr.db.requests import tracking_numbers_for

    assert any(n.startswith(f"{date.today():%y}-") for n in tracking_numbers_for(db, mv["id"]))


def test_replies_matched_for_the_right_reasons(db):
    ox = _request(db, "oxnard")
    mv = _request(db, "mission-viejo")
    ox_in = _incoming(db, ox["id"])
    mv_in = _incoming(db, mv["id"])
    assert len(ox_in) == 3 and len(mv_in) == 2
    assert all(c["status"] == "matched" for c in ox_in + mv_in)
    # Oxnard's clerk replied in the thread; the portal's mail carries only its request number.
    assert all("In-Reply-To" in c["match_reason"] for c in ox_in)
    assert all("tracking number" in c["match_reason"] for c in mv_in)
    classified = [json.loads(c["classification_json"])["status"] for c in ox_in]
    assert classified == ["acknowledged", "extension", "released"]


def test_statuses_tracking_numbers_and_deadlines(db):
    from prr.db.requests import tracking_numbers_for

    ox = _request(db, "oxnard")
    mv = _request(db, "mission-viejo")
    assert ox["status"] == "released" and ox["closed_at"]
    assert mv["status"] == "extension"
    received = date.fromisoformat(ox["received_on"])
    assert any(n.startswith("R") and n.endswith(f"{received:%m%d%y}") for n in tracking_numbers_for(db, ox["id"]))
    for req in (ox, mv):
        kinds = [e["kind"] for e in _events(db, req["id"])]
        assert "acknowledged" in kinds and "extension" in kinds
        due = date.fromisoformat(req["due_on"])
        extended = date.fromisoformat(req["extended_due_on"])
        rec = date.fromisoformat(req["received_on"])
        # Ten calendar days, moved forward to an open day; then at most 14 more, moved likewise.
        assert rec + timedelta(days=10) <= due <= rec + timedelta(days=16)
        assert due.weekday() < 5 and (req["city_slug"] != "oxnard" or due.weekday() != 4)
        assert due + timedelta(days=14) <= extended <= due + timedelta(days=18)
    assert "released" in [e["kind"] for e in _events(db, ox["id"])]


def test_released_pdf_extracted_to_incident_rows_and_searchable(db):
    from prr.db.documents import incidents_for, list_documents
    from prr.demo.demo import REQUEST_PARAMS
    from prr.demo.simulator.incident_pdf import make_events
    from prr.documents.search import search

    ox = _request(db, "oxnard")
    docs = list_documents(db)
    assert len(docs) == 1
    doc = docs[0]
    assert doc["request_id"] == ox["id"] and doc["status"] == "ok" and doc["page_count"] == 3
    rows = incidents_for(db, doc["id"])
    p = REQUEST_PARAMS
    expected = make_events(date.fromisoformat(p["start"]), date.fromisoformat(p["end"]),
                           seed=sum(map(ord, "oxnard")))
    assert sorted(r["record_no"] for r in rows) == sorted(e.event_no for e in expected)
    by_no = {r["record_no"]: r for r in rows}
    first = expected[0]
    assert first.type_code in (by_no[first.event_no]["type"] or "")
    assert first.location in (by_no[first.event_no]["location"] or "")
    hits = search(db, "ransomware")
    assert any(getattr(h, "document_id", None) == doc["id"] for h in hits)


def test_follow_up_sent_for_the_silent_city_only(db, demo):
    ox = _request(db, "oxnard")
    mv = _request(db, "mission-viejo")
    assert "followup_sent" in [e["kind"] for e in _events(db, mv["id"])]
    assert "followup_sent" not in [e["kind"] for e in _events(db, ox["id"])]
    assert demo.simulator["follow_ups_received"] >= 1


def test_contact_change_detected_and_pending(db):
    from prr.db.pages import list_changes

    changes = [c for c in list_changes(db, status="pending", city_slug="oxnard")
               if c["kind"] == "contact_added" and c["field"] == "records_email"]
    assert len(changes) == 1
    c = changes[0]
    assert c["new_value"] == OXNARD_NEW_RECORDS_EMAIL
    assert c["old_value"] == "cityclerk@oxnard.org"
    assert "/oxnard/city-department/city-clerk/" in c["url"]
    assert not list_changes(db, status="pending", city_slug="mission-viejo")


def test_printed_report_explains_each_step(demo, db):
    from rich.console import Console

    from prr.demo.demo import render

    console = Console(record=True, width=200)
    render(demo, console)
    text = console.export_text()
    ox = _request(db, "oxnard")
    for expected in ("Requests filed, and how", f"filed by email to {ox['recipient']}", "through the portal",
                     "matched: In-Reply-To", "matched: tracking number", "because: ", "day 10 is",
                     "extended due", "follow-up sent on", "30 incident row(s)",
                     f"cityclerk@oxnard.org -> {OXNARD_NEW_RECORDS_EMAIL}", f"export PRR_HOME={demo.home}",
                     "prr browse", "prr search", "prefect server start", "prr serve", "Demo completed"):
        assert expected in text, expected
