"""A reply whose status the reader is not sure of changes nothing until a person confirms
it: it waits in `prr inbox review` with its request and status as suggestions, and
`confirm` (or one key in `walk`) applies it. Accepting only the match ties the reply but
leaves the status waiting (`status_review`)."""
from __future__ import annotations

import json

from replies_kit import build_mail
from typer.testing import CliRunner

from prr.cli import app
from prr.db.events import events_for
from prr.db.replies import get_communication, list_reviewable
from prr.db.requests import get_request
from prr.replies.ingest import assign, ingest_raw
from prr.replies.reply_review import confirm_status, suggestions

# A reading the reader is unsure of: two contradicting statuses, neither sure
UNSURE = {"status": "denied", "confidence": 0.55, "evidence": "The records may be exempt.",
          "statuses": [{"status": "denied", "confidence": 0.55, "evidence": "The records may be exempt."},
                       {"status": "acknowledged", "confidence": 0.5, "evidence": "We have your request."}],
          "tracking_numbers": [], "dates": [], "fees": [], "exemptions": [], "notes": []}


def _unsure_reply(conn, request, prr_env, monkeypatch):
    import prr.replies.ingest as ingest

    monkeypatch.setattr(ingest, "_classify", lambda parsed, refs: (dict(UNSURE), None))
    raw = build_mail(subject=f"Re: records request [{request['token']}]", body="The records may be exempt.")
    return ingest_raw(conn, raw, source="eml:unsure", settings=prr_env)


def test_unsure_status_waits_then_confirm_applies(conn, prr_env, file_request, monkeypatch):
    request = file_request()
    result = _unsure_reply(conn, request, prr_env, monkeypatch)
    comm = get_communication(conn, result.communication_id)
    assert (comm["status"], comm["candidate_request_id"], comm["request_id"]) == ("review", request["id"], None)
    assert "reading held for review" in comm["match_reason"]
    assert get_request(conn, request["id"])["status"] == "filed"          # nothing changed
    assert "reply_received" not in [e["kind"] for e in events_for(conn, request["id"])]
    assert [i["id"] for i in list_reviewable(conn)] == [comm["id"]]
    (s,) = suggestions(conn)
    assert (s.status, s.evidence, s.request_id) == ("denied", "The records may be exempt.", request["id"])
    assert "needs a person" in s.why

    actions = confirm_status(conn, comm["id"])
    assert "status denied" in actions
    assert get_request(conn, request["id"])["status"] == "denied"
    assert get_communication(conn, comm["id"])["status"] == "matched"
    assert list_reviewable(conn) == []
    assert [e["kind"] for e in events_for(conn, request["id"])].count("reply_received") == 1


def test_accepting_the_match_leaves_the_status_waiting(conn, prr_env, file_request, monkeypatch):
    request = file_request()
    comm_id = _unsure_reply(conn, request, prr_env, monkeypatch).communication_id
    actions = assign(conn, comm_id).actions
    assert any("confirm with `prr inbox review confirm" in a for a in actions), actions
    comm = get_communication(conn, comm_id)
    assert (comm["status"], comm["request_id"]) == ("status_review", request["id"])
    assert get_request(conn, request["id"])["status"] == "filed"
    (s,) = suggestions(conn)
    assert (s.comm_id, s.status) == (comm_id, "denied")
    confirm_status(conn, comm_id)
    assert get_request(conn, request["id"])["status"] == "denied"
    assert get_communication(conn, comm_id)["status"] == "matched"


def test_confirm_another_status_it_read_and_bad_input(conn, prr_env, file_request, monkeypatch):
    request = file_request()
    comm_id = _unsure_reply(conn, request, prr_env, monkeypatch).communication_id
    import pytest

    with pytest.raises(ValueError, match="unknown status 'maybe'"):
        confirm_status(conn, comm_id, "maybe")
    confirm_status(conn, comm_id, "acknowledged")
    assert get_request(conn, request["id"])["status"] == "acknowledged"
    stored = json.loads(get_communication(conn, comm_id)["classification_json"])
    assert (stored["status"], stored["evidence"]) == ("acknowledged", "We have your request.")
    with pytest.raises(ValueError, match="no status waiting for review"):
        confirm_status(conn, comm_id)


def test_cli_lists_suggestion_and_walk_confirms_with_one_key(conn, prr_env, file_request, monkeypatch):
    request = file_request()
    comm_id = _unsure_reply(conn, request, prr_env, monkeypatch).communication_id
    runner = CliRunner()
    out = runner.invoke(app, ["inbox", "review", "--json"])
    assert out.exit_code == 0, out.output
    (item,) = json.loads(out.stdout)
    assert (item["id"], item["status"]) == (comm_id, "review")
    out = runner.invoke(app, ["inbox", "review"])
    assert out.exit_code == 0 and "(0.55)" in out.output and "exempt" in out.output, out.output
    out = runner.invoke(app, ["inbox", "review", "walk"], input="y")
    assert out.exit_code == 0, out.output
    assert "status denied" in out.output
    assert get_request(conn, request["id"])["status"] == "denied"
    assert get_communication(conn, comm_id)["status"] == "matched"
    out = runner.invoke(app, ["inbox", "review", "confirm", str(comm_id)])
    assert out.exit_code == 1 and "no status waiting" in out.output
