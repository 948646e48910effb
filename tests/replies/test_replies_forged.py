"""Forged replies never change a request: a token, plus address or thread header from
an unknown sender, or a failed DMARC/SPF/DKIM, goes to review with the reason (case
table: cases/forged.yaml). Accepting a held reply learns its sender."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from replies_kit import build_mail
from simplepdf import make_pdf

from prr.db.core import rows
from prr.db.events import events_for
from prr.db.replies import get_communication
from prr.db.requests import get_request
from prr.replies.ingest import assign, ingest_raw

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "forged.yaml").read_text())


def _typo(token: str) -> str:
    body = token.split("-", 1)[1]
    swapped = body[1] + body[0] + body[2:] if body[0] != body[1] else body[:-1] + ("A" if body[-1] != "A" else "B")
    return "PRR-" + swapped


def _raw(case: dict, r: dict) -> bytes:
    fill = dict(token=r["token"], token_lower=r["token"].lower(), token_typo=_typo(r["token"]),
                message_id=r["message_id"])
    headers = {}
    if case.get("auth"):
        headers["Authentication-Results"] = case["auth"]
    if case.get("references"):
        headers["References"] = r["message_id"]
    return build_mail(sender=case["from"], to=case.get("to", "dana@example.org").format(**fill),
                      subject=case["subject"].format(**fill), body=case["body"].format(**fill),
                      in_reply_to=r["message_id"] if case.get("in_reply_to") else None, headers=headers,
                      attachments=[("records.pdf", make_pdf(["Fake records"]), "application/pdf")]
                      if case.get("pdf") else ())


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_forged_reply_is_held(case, conn, prr_env, file_request):
    r = file_request()
    before = [e["kind"] for e in events_for(conn, r["id"])]
    res = ingest_raw(conn, _raw(case, r), source=f"case:{case['id']}", settings=prr_env)
    after = get_request(conn, r["id"])
    if case.get("applies"):
        assert res.status == "matched", res.reason
        assert after["status"] == case["applies"]
        return
    c = get_communication(conn, res.communication_id)
    assert (res.status, c["status"]) == ("review", "review"), res.reason
    assert case["reason"] in c["match_reason"]
    assert c["request_id"] is None and after["status"] == "filed" and after["closed_at"] is None
    assert [e["kind"] for e in events_for(conn, r["id"])] == before     # nothing happened to the request
    assert rows(conn, "SELECT id FROM documents WHERE request_id=?", (r["id"],)) == []


def test_forged_counts(conn, prr_env, file_request):
    """All cases in one database: how many were tried, held, and how many controls applied."""
    held = applied = 0
    forged = [c for c in CASES if not c.get("applies")]
    for case in forged:
        r = file_request()
        res = ingest_raw(conn, _raw(case, r), source=f"case:{case['id']}", settings=prr_env)
        held += res.status == "review" and get_request(conn, r["id"])["status"] == "filed"
    for case in CASES:
        if case.get("applies"):
            r = file_request()
            applied += ingest_raw(conn, _raw(case, r), source="ok", settings=prr_env).status == "matched"
    print({"forged_tried": len(forged), "forged_held": held, "controls_applied": applied})
    assert held == len(forged) >= 13 and applied == sum(1 for c in CASES if c.get("applies"))


def test_accepting_a_held_reply_learns_its_sender(conn, prr_env, file_request):
    r = file_request()
    first = build_mail(sender="Clerk <clerk.oxnard@gmail.com>", subject=f"Re: [{r['token']}]",
                       body="We received your request.")
    res = ingest_raw(conn, first, source="x", settings=prr_env)
    assert res.status == "review" and "token matched, sender unknown" in res.reason
    assign(conn, res.communication_id, settings=prr_env)           # a person vouches for it
    assert get_request(conn, r["id"])["status"] == "acknowledged"
    assert rows(conn, "SELECT address, source FROM known_senders") == [
        {"address": "clerk.oxnard@gmail.com", "source": "accepted_reply"}]
    second = build_mail(sender="clerk.oxnard@gmail.com", subject=f"Re: [{r['token']}]",
                        body="The City is extending the time to respond by 14 days to consult another agency.")
    assert ingest_raw(conn, second, source="y", settings=prr_env).status == "matched"
    assert get_request(conn, r["id"])["status"] == "extension"
    # learned for Oxnard only
    other = file_request(city="mission-viejo")
    third = build_mail(sender="clerk.oxnard@gmail.com", subject=f"Re: [{other['token']}]", body="Denied.")
    assert ingest_raw(conn, third, source="z", settings=prr_env).status == "review"
