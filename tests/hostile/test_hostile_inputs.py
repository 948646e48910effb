"""Generated hostile replies and PDFs through the real ingest and document steps: each
ends in a status with a reason, within its limits, and nothing lands outside the store."""
from __future__ import annotations

import time

import hostile_messages
import hostile_pdfs
import pytest

MESSAGES = hostile_messages.generate()
PDFS = hostile_pdfs.generate()


@pytest.mark.parametrize("case_id, raw, allowed", MESSAGES,
                         ids=[f"{len(MESSAGES)}-{c[0]}" for c in MESSAGES])
def test_hostile_messages(case_id, raw, allowed, conn, prr_env, outside_the_store):
    from prr.db.core import row
    from prr.replies.ingest import ingest_raw

    started = time.monotonic()
    result = ingest_raw(conn, raw, source=f"hostile:{case_id}", settings=prr_env)
    elapsed = time.monotonic() - started
    assert result.status in allowed, (result.status, result.reason)
    assert elapsed < 10, f"{case_id} took {elapsed:.1f} s"
    if result.status in ("review", "error"):
        assert result.reason, "a message sent to review must say why"
    if result.communication_id:
        stored = row(conn, "SELECT status, error, match_reason FROM communications WHERE id=?",
                     (result.communication_id,))
        assert stored["status"] not in (None, "", "recorded"), "the message must end in a status"
        assert stored["status"] not in ("review", "error") or (stored["error"] or stored["match_reason"])
    for path in prr_env.files_dir.rglob("*") if prr_env.files_dir.exists() else []:
        assert prr_env.files_dir in path.resolve().parents


def test_hostile_message_limits_give_their_reason(prr_env):
    from prr.replies.sources.message import parse_message

    by_id = {c[0]: c[1] for c in MESSAGES}
    expect = {"subject-20000-encoded-words": "PRR_LIMIT_HEADER_BYTES", "to-50000-recipients": "PRR_LIMIT_HEADER_BYTES",
              "mime-10000-parts": "PRR_LIMIT_MIME_PARTS", "mime-depth-300": "MIME",
              "one-header-200kb": "header x-long", "header-block-1mb": "PRR_LIMIT_HEADER_BYTES"}
    for cid, says in expect.items():
        parsed = parse_message(by_id[cid])
        assert any(says in f for f in parsed.fatal), (cid, parsed.fatal)
    huge = parse_message(by_id["message-80mb"])
    assert any("PRR_LIMIT_MESSAGE_BYTES" in f for f in huge.fatal) and not huge.attachments
    from prr.core.settings import Limits

    big = parse_message(by_id["attachment-3mb"], limits=Limits(attachment_bytes=1024 * 1024))
    assert not big.attachments and any("PRR_LIMIT_ATTACHMENT_BYTES" in n for n in big.notes)


@pytest.mark.parametrize("case_id, data, allowed", PDFS, ids=[f"{len(PDFS)}-{c[0]}" for c in PDFS])
def test_hostile_pdfs(case_id, data, allowed, conn, prr_env, tight_limits, outside_the_store):
    from prr.db import documents as store
    from prr.documents.documents import add_document, process_document

    doc_id = add_document(conn, data, filename=f"{case_id}.pdf", settings=prr_env)
    started = time.monotonic()
    result = process_document(conn, doc_id)
    elapsed = time.monotonic() - started
    assert result["status"] in allowed, (result["status"], result["error"])
    assert elapsed < 40, f"{case_id} took {elapsed:.1f} s"
    if result["status"] != "ok":
        assert result["error"], "a document that could not be read must say why"
    assert store.get_document(conn, doc_id)["status"] == result["status"]


def test_limits_name_what_was_hit(conn, prr_env, tight_limits):
    from prr.documents.documents import add_document, process_document

    by_id = {c[0]: c[1] for c in PDFS}
    heavy = process_document(conn, add_document(conn, by_id["paths-1e6-one-page"], filename="p.pdf", settings=prr_env))
    # The CPU limit, or on a machine busy enough that 4 s of CPU take longer than the wall limit, that one.
    assert heavy["status"] == "timed_out" and ("PRR_LIMIT_PDF_CPU_SECONDS" in heavy["error"]
                                               or "PRR_LIMIT_PDF_WALL_SECONDS" in heavy["error"])
    many = process_document(conn, add_document(conn, by_id["pages-over-limit"], filename="m.pdf", settings=prr_env))
    assert many["status"] == "too_large" and "PRR_LIMIT_PDF_PAGES" in many["error"]
    blank = process_document(conn, add_document(conn, by_id["blank-30-pages-ocr-capped"], filename="b.pdf",
                                                settings=prr_env))
    assert blank["status"] == "empty" and "OCR limited to 2 of 30" in blank["error"]


@pytest.mark.parametrize("where", ["eml", "maildir"])
def test_an_oversized_message_file_is_read_only_up_to_the_limit(where, conn, prr_env, tmp_path, monkeypatch):
    import mailbox

    from prr.replies.ingest import ingest_source
    from prr.replies.sources import source_for_path

    monkeypatch.setenv("PRR_LIMIT_MESSAGE_BYTES", str(64 * 1024))
    from prr.core.settings import get_settings

    raw = hostile_messages.message(hostile_messages.base_headers(), b"x" * (1024 * 1024))
    if where == "eml":
        path = tmp_path / "big.eml"
        path.write_bytes(raw)
    else:
        path = tmp_path / "Maildir"
        mailbox.Maildir(str(path), create=True).add(raw)
    summary = ingest_source(conn, source_for_path(path, settings=get_settings()), get_settings())
    (result,) = summary.results
    assert result.status in ("review", "error") and "PRR_LIMIT_MESSAGE_BYTES" in result.reason
