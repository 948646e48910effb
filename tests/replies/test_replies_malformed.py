"""Malformed mail is recorded with its problem (raw kept) and never stops a run."""
from __future__ import annotations

import mailbox
import os
from pathlib import Path

import pytest
import yaml
from replies_kit import build_mail

from prr.db.core import rows
from prr.db.replies import documents_for_communication, get_communication
from prr.replies.ingest import ingest_raw, ingest_source
from prr.replies.sources import MboxSource

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "malformed.yaml").read_text())


def raw_for(case: dict, token: str) -> bytes:
    if "generate" in case:
        size = case["generate"]["attachment_mb"] * 1024 * 1024
        data = b"%PDF-1.4\n" + os.urandom(size - 9)
        return build_mail(subject=f"Re: records request [{token}]", body="The log is attached.",
                          message_id="<big@oxnard.org>", attachments=[("big-log.pdf", data, "application/pdf")])
    text = case["raw"].replace("{token}", token)
    return text.encode("latin-1" if case.get("latin1") else "utf-8")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_malformed_message(case, conn, prr_env, file_request):
    request = file_request()
    raw = raw_for(case, request["token"])
    result = ingest_raw(conn, raw, source=f"eml:{case['id']}", settings=prr_env)
    comm = get_communication(conn, result.communication_id)
    assert comm["status"] == case["status"], (comm["error"], comm["notes"], comm["match_reason"])
    assert Path(comm["raw_path"]).read_bytes() == raw          # the raw message is always kept
    if "error" in case:
        assert case["error"] in (comm["error"] or "")
    else:
        assert comm["error"] is None
    for note in [case.get("notes")] + case.get("also_notes", []):
        if note:
            assert note in (comm["notes"] or ""), comm["notes"]
    if case.get("body_contains"):
        assert case["body_contains"] in comm["body"]
    if case.get("candidate"):
        assert comm["candidate_request_id"] == request["id"] and comm["request_id"] is None
    if case["status"] == "matched":
        assert comm["request_id"] == request["id"]
    docs = documents_for_communication(conn, comm["id"])
    assert sorted(d["filename"] for d in docs) == sorted(case.get("attachments", []))
    files = prr_env.files_dir.resolve()
    for d in docs:
        path = Path(d["path"]).resolve()
        assert path.is_relative_to(files) and path.exists()
        assert path.parent.name == d["sha256"]                  # content-addressed
    if case["id"] == "attachment-25-mb":
        assert docs[0]["size"] == 25 * 1024 * 1024


def test_a_run_over_bad_mail_goes_on(conn, prr_env, file_request, tmp_path):
    request = file_request()
    box = mailbox.mbox(str(tmp_path / "mixed.mbox"))
    small = [c for c in CASES if "generate" not in c]
    for case in small:
        box.add(raw_for(case, request["token"]))
    box.add(build_mail(subject=f"Re: records request [{request['token']}]", body="All good.",
                       message_id="<good@oxnard.org>"))
    box.flush()
    box.close()
    summary = ingest_source(conn, MboxSource(tmp_path / "mixed.mbox"), prr_env)
    assert summary.error is None
    assert summary.total == len(small) + 1
    expected_errors = sum(1 for c in small if c["status"] == "error")
    assert summary.counts.get("error", 0) == expected_errors
    stored = rows(conn, "SELECT status, raw_path FROM communications WHERE direction='in'")
    assert len(stored) == len(small) + 1 and all(Path(r["raw_path"]).exists() for r in stored)
    good = rows(conn, "SELECT status FROM communications WHERE message_id='<good@oxnard.org>'")
    assert good == [{"status": "matched"}]
