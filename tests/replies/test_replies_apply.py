"""Applying a reply to its request, with guards (cases/apply.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from replies_kit import build_mail

from prr.db.core import row
from prr.db.events import add_event, events_for
from prr.db.replies import insert_incoming
from prr.db.requests import get_request, insert_request, set_status, tracking_numbers_for
from prr.replies.ingest import apply_reply
from prr.replies.sources.message import parse_message

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "apply.yaml").read_text())


def _bring_to(conn, request, status):
    rid, slug = request["id"], request["city_slug"]
    if status in ("acknowledged", "extension"):
        add_event(conn, "acknowledged", request_id=rid, city_slug=slug, on="2026-03-03")
        set_status(conn, rid, "acknowledged")
    if status == "extension":
        add_event(conn, "extension", request_id=rid, city_slug=slug, notice_on="2026-03-04", reason="search")
        set_status(conn, rid, "extension")
    if status == "clarification":
        add_event(conn, "paused", request_id=rid, city_slug=slug, on="2026-03-03", why="clarification")
        set_status(conn, rid, "clarification")
    if status == "released":
        set_status(conn, rid, "released")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_apply(case, conn, prr_env, file_request):
    if case["before"] == "draft":
        rid = insert_request(conn, city_slug="oxnard", kind="incident-logs", params={}, dedupe_key="d1",
                             token="PRR-AAAAAAAA", subject="s", body="b", channel="outbox", recipient=None)
        request = get_request(conn, rid)
    else:
        request = file_request()
        _bring_to(conn, request, case["before"])
    assert get_request(conn, request["id"])["status"] == case["before"]
    body = case["reading"].get("evidence") or "Note."
    if case.get("link"):
        body += "\nhttps://records.oxnard.org/download/123"
    attachments = [("records.pdf", b"%PDF-1.4 small", "application/pdf")] if case.get("attachment") else []
    parsed = parse_message(build_mail(subject=f"Re: [{request['token']}]", body=body, attachments=attachments))
    mark = row(conn, "SELECT coalesce(max(id), 0) AS m FROM events")["m"]
    reading = {"tracking_numbers": [], "dates": [], "fees": [], "exemptions": [], "confidence": 0.8, **case["reading"]}
    comm_id = insert_incoming(conn, content_hash=case["id"], status="matched", request_id=request["id"])
    actions = apply_reply(conn, comm_id, request["id"], parsed, reading, documents=len(attachments), settings=prr_env)

    after = get_request(conn, request["id"])
    assert after["status"] == case["after"], actions
    new = [e for e in events_for(conn, request["id"]) if e["id"] > mark]
    kinds = [e["kind"] for e in new if e["kind"] != "deadlines_refreshed"]
    assert kinds == case["events"], actions
    for kind, detail in case.get("detail", {}).items():
        got = next(e["detail"] for e in new if e["kind"] == kind)
        assert {k: got.get(k) for k in detail} == detail
    for number in case["reading"].get("tracking_numbers", []):
        assert number in tracking_numbers_for(conn, request["id"])
