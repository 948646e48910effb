"""Matching signals, driven by cases/matching.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from replies_kit import build_mail

from prr.db.requests import add_tracking_number
from prr.replies.matching import match_message, subject_similarity
from prr.replies.sources.message import parse_message

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "matching.yaml").read_text())


@pytest.fixture
def requests3(conn, file_request):
    a = file_request("oxnard", "California Public Records Act request: incident logs")
    b = file_request("oxnard", "California Public Records Act request: vendor communications", kind="vendor")
    c = file_request("mission-viejo", "California Public Records Act request: incident logs")
    add_tracking_number(conn, a["id"], "R000061-012323", source="reply")
    return {"a": a, "b": b, "c": c}


def _swap_first_distinct_pair(body: str) -> str:
    """Swap the first two neighbouring characters that differ (tokens are random: swapping
    "77" would leave the token unchanged and the case would test nothing)."""
    i = next(i for i in range(len(body) - 1) if body[i] != body[i + 1])
    return body[:i] + body[i + 1] + body[i] + body[i + 2:]


def _fill(text: str, reqs: dict) -> str:
    for name, r in reqs.items():
        body = r["token"].split("-", 1)[1]
        typo = "PRR-" + _swap_first_distinct_pair(body)          # two characters swapped
        for key, value in {"token": r["token"], "token_lower": r["token"].lower(), "token_body": body,
                           "token_body_lower": body.lower(), "typo": typo, "message_id": r["message_id"]}.items():
            text = text.replace(f"{{{name}.{key}}}", value)
    return text


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_match(case, conn, requests3):
    raw = build_mail(sender=case["sender"], subject=_fill(case["subject"], requests3),
                     to=_fill(case.get("to", "dana@example.org"), requests3),
                     body=_fill(case.get("body", "Thank you."), requests3),
                     in_reply_to=_fill(case["in_reply_to"], requests3) if case.get("in_reply_to") else None,
                     headers={k: _fill(v, requests3) for k, v in case.get("headers", {}).items()})
    match = match_message(conn, parse_message(raw).envelope)
    assert match.applied is case["applied"], match.reason
    if "request" in case:
        expected = requests3[case["request"]]["id"] if case["request"] else None
        assert match.request_id == expected, match.reason
    assert case["reason"] in match.reason
    assert (match.score >= 0.7) is case["applied"] or "conflict" in match.reason


def test_a_closed_request_gets_no_domain_guess(conn, file_request):
    from prr.db.requests import set_status

    r = file_request("mission-viejo", "California Public Records Act request: incident logs")
    set_status(conn, r["id"], "released")
    raw = build_mail(sender="cityclerk@cityofmissionviejo.org",
                     subject="RE: California Public Records Act request: incident logs")
    match = match_message(conn, parse_message(raw).envelope)
    assert match.request_id is None and "no open request" in match.reason


@pytest.mark.parametrize("a,b,low,high", [
    ("RE: California Public Records Act request: incident logs [PRR-AAAAAAAA]",
     "California Public Records Act request: incident logs", 0.99, 1.0),
    ("Holiday closure notice", "California Public Records Act request: incident logs", 0.0, 0.4),
])
def test_subject_similarity(a, b, low, high):
    assert low <= subject_similarity(a, b) <= high
