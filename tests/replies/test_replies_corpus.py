"""Real agency replies (../shared/corpus/replies) go through the whole pipeline as RFC 5322
messages: each is matched by its token, read, and applied within the guards."""
from __future__ import annotations

import json

from replies_kit import build_mail

from prr.db.core import rows
from prr.db.requests import get_request
from prr.replies.ingest import ingest_raw


def test_corpus_replies_through_the_pipeline(corpus, conn, prr_env, file_request):
    replies = [json.loads(line) for line in (corpus / "replies" / "replies.jsonl").read_text().splitlines() if line]
    assert len(replies) >= 50
    outcomes = []
    for i, rep in enumerate(replies):
        r = file_request()
        attachments = [("letter.txt", rep["attachment_text"].encode(), "text/plain")] if rep.get("attachment_text") else []
        raw = build_mail(subject=f"RE: Public records request [{r['token']}]", body=rep["text"] or "(no text)",
                         message_id=f"<corpus-{i}@agency.example>", attachments=attachments)
        res = ingest_raw(conn, raw, source=f"corpus:{rep['id']}", settings=prr_env)
        comm = rows(conn, "SELECT classification_json, candidate_request_id FROM communications WHERE id=?",
                    (res.communication_id,))[0]
        reading = json.loads(comm["classification_json"])
        after = get_request(conn, r["id"])["status"]
        outcomes.append((rep["id"], reading["status"], after, bool(attachments)))
        # Guards hold on real text: never released without an attachment or link.
        if after == "released":
            assert attachments or "http" in (rep["text"] or ""), rep["id"]
        if reading["status"] != "other" and not reading["apply"]:
            # not sure: nothing changes, the reply waits for a person with its request suggested
            assert (res.status, after, comm["candidate_request_id"]) == ("review", "filed", r["id"]), rep["id"]
            assert "reading held for review" in res.reason
        else:
            assert res.status == "matched" and res.request_id == r["id"], (rep["id"], res.reason)
    moved = [o for o in outcomes if o[2] != "filed"]
    # Measured: 0.46 of real replies are sure enough to change their request unseen (the
    # goal is 0.70; docs/classify.md says what limits it). The floor catches a regression.
    assert len(moved) >= 0.40 * len(outcomes), outcomes
