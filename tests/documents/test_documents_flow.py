"""The extract-documents flow: batches of documents, bad ones recorded, a summary artifact."""
from __future__ import annotations

from prr.db.documents import get_document, incidents_for
from prr.documents.documents import add_document


def test_batch_task_directly(conn, prr_env, made, tmp_path):
    from prr.flows.documents import extract_batch

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"<html>not a pdf</html>")
    ids = [add_document(conn, made / "caps_log.pdf", filename="caps.pdf"), add_document(conn, bad, filename="bad.pdf")]
    results = extract_batch.fn(ids, str(prr_env.db_path))
    assert [r["status"] for r in results] == ["ok", "not_pdf"]
    assert len(incidents_for(conn, ids[0])) == 60


def test_flow_run_extracts_pending(prefect_server, conn, prr_env, made, tmp_path):
    from prr.flows.documents import extract_documents

    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    ids = [add_document(conn, made / name, filename=name) for name in ("block_log.pdf", "table_log.pdf")]
    ids.append(add_document(conn, bad, filename="empty.pdf"))
    summary = extract_documents(batch_size=2)
    assert summary["documents"] == 3
    assert summary["by_status"] == {"ok": 2, "empty": 1}
    assert [get_document(conn, i)["status"] for i in ids] == ["ok", "ok", "empty"]
    assert len(incidents_for(conn, ids[1])) == 40
    # Nothing pending any more: a second run has nothing to do.
    assert extract_documents()["documents"] == 0   # the empty file stays "empty", not re-queued
