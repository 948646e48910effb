"""Documents store: content-addressed, one document per bytes and request, pages and
incidents stored, bad files recorded with a reason while the rest go on."""
from __future__ import annotations

import subprocess
import sys

from prr.db.documents import get_document, incidents_for, list_documents, pages_for
from prr.db.requests import add_communication, insert_request
from prr.documents.documents import add_document, import_paths, process_document


def _request(conn, city="oxnard", n=1) -> int:
    return insert_request(conn, city_slug=city, kind="incident-logs", params={"n": n}, dedupe_key=f"{city}-{n}",
                          token=f"PRR-TEST{n:04d}", subject=f"Records request {n}", body="Please send the logs.",
                          channel="outbox", recipient="clerk@example.gov")


def test_same_bytes_same_request_is_one_document(conn, prr_env, made):
    rid = _request(conn)
    data = (made / "block_log.pdf").read_bytes()
    a = add_document(conn, data, filename="log.pdf", request_id=rid)
    b = add_document(conn, data, filename="log-again.pdf", request_id=rid)
    c = add_document(conn, made / "block_log.pdf", filename="log.pdf", request_id=_request(conn, n=2))
    assert a == b != c
    doc = get_document(conn, a)
    assert doc["city_slug"] == "oxnard"                      # taken from the request
    assert doc["content_type"] == "application/pdf" and doc["size"] == len(data)
    assert doc["status"] == "pending"
    stored = prr_env.files_dir
    assert str(doc["path"]).startswith(str(stored)) and doc["sha256"] in doc["path"]


def test_hostile_filename_stays_in_files_dir(conn, prr_env, made):
    doc_id = add_document(conn, made / "table_log.pdf", filename="../../../etc/passwd.pdf")
    path = get_document(conn, doc_id)["path"]
    assert path.startswith(str(prr_env.files_dir)) and ".." not in path


def test_process_stores_pages_incidents_and_index(conn, made):
    doc_id = add_document(conn, made / "block_log.pdf", filename="block_log.pdf", city_slug="oxnard")
    result = process_document(conn, doc_id)
    assert result == {"document_id": doc_id, "status": "ok", "pages": 5, "records": 40, "records_status": "records",
                      "records_reason": None, "error": None}
    doc = get_document(conn, doc_id)
    assert doc["status"] == "ok" and doc["page_count"] == 5 and doc["extracted_at"]
    assert doc["records_status"] == "records"
    pages = pages_for(conn, doc_id)
    assert [p["number"] for p in pages] == [1, 2, 3, 4, 5] and pages[0]["method"] == "text"
    incidents = incidents_for(conn, doc_id)
    assert len(incidents) == 40
    assert incidents[0]["record_no"] == "24-01000" and incidents[0]["type"] == "Burglary"
    assert incidents[0]["reported_at"] == "2024-04-01T10:09:00"
    hits = conn.execute("SELECT rowid FROM document_pages_fts WHERE document_pages_fts MATCH 'burglary'").fetchall()
    assert hits
    # Processing again replaces, never duplicates.
    process_document(conn, doc_id)
    assert len(incidents_for(conn, doc_id)) == 40 and len(pages_for(conn, doc_id)) == 5
    n = conn.execute("SELECT count(*) FROM document_pages_fts WHERE document_pages_fts MATCH 'burglary'").fetchone()[0]
    assert n == len(hits)


def test_bad_files_recorded_and_others_processed(conn, tmp_path, made):
    html = tmp_path / "download.pdf"
    html.write_text("<html><body>Your session expired</body></html>")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    results = import_paths(conn, [html, empty, made / "caps_log.pdf"])
    assert [r["status"] for r in results] == ["not_pdf", "empty", "ok"]
    assert "HTML" in results[0]["error"] and results[2]["records"] == 60
    assert {d["status"] for d in list_documents(conn)} == {"not_pdf", "empty", "ok"}


def test_missing_stored_file_is_an_error_not_a_crash(conn, made, prr_env):
    doc_id = add_document(conn, made / "table_log.pdf", filename="t.pdf")
    from pathlib import Path

    Path(get_document(conn, doc_id)["path"]).unlink()
    result = process_document(conn, doc_id)
    assert result["status"] == "error" and "missing" in result["error"]
    assert get_document(conn, doc_id)["status"] == "error"


def test_document_from_communication_takes_its_request_and_city(conn, made):
    rid = _request(conn, city="mission-viejo")
    cid = add_communication(conn, request_id=rid, city_slug="mission-viejo", direction="in", subject="Records",
                            body="Attached.", created_at="2026-01-02T00:00:00+00:00")
    doc_id = add_document(conn, made / "grid_log.pdf", filename="grid.pdf", communication_id=cid)
    doc = get_document(conn, doc_id)
    assert (doc["request_id"], doc["city_slug"], doc["communication_id"]) == (rid, "mission-viejo", cid)


def test_cli_docs_import(prr_env, conn, made, tmp_path):
    rid = _request(conn)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing here")
    out = subprocess.run([sys.executable, "-m", "prr", "docs", "import", str(made / "table_log.pdf"), str(bad),
                          "--request", str(rid)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1           # one file could not be read
    assert "table_log.pdf" in out.stdout and "40 log records" in out.stdout
    assert "malformed" in out.stdout and "import it again" in out.stdout
    docs = list_documents(conn, request_id=rid)
    assert sorted(d["status"] for d in docs) == ["malformed", "ok"]


def test_cli_docs_import_unknown_request(prr_env, conn, made):
    out = subprocess.run([sys.executable, "-m", "prr", "docs", "import", str(made / "table_log.pdf"),
                          "--request", "999"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "no request 999" in out.stderr
    assert list_documents(conn) == []


def test_cli_import_with_city(prr_env, conn, made):
    from typer.testing import CliRunner

    from prr.cli import app
    from prr.db.core import rows

    r = CliRunner().invoke(app, ["docs", "import", str(made / "block_log.pdf"), "--city", "oxnard"])
    assert r.exit_code == 0, r.output
    (doc,) = rows(conn, "SELECT city_slug, request_id FROM documents")
    assert doc == {"city_slug": "oxnard", "request_id": None}
    wrong = CliRunner().invoke(app, ["docs", "import", str(made / "table_log.pdf"), "--city", "oxnrd"])
    assert wrong.exit_code == 1 and "did you mean oxnard" in wrong.output
    assert len(rows(conn, "SELECT id FROM documents")) == 1


def test_import_tells_each_stage_of_a_yearly_log(prr_env, conn, tmp_path):
    """A 2,000-record log read in the limited child: the stages it reaches (text, record
    signal, records) arrive before the answer, and every record is there."""
    import log_layouts

    pdf = log_layouts.grouped_by_day(tmp_path / "yearly.pdf", 2000)
    heard: list[str] = []
    doc_id = add_document(conn, pdf, filename=pdf.name, city_slug="oxnard")
    result = process_document(conn, doc_id, progress=heard.append)
    assert result["status"] == "ok" and result["records"] == 2000
    assert heard[0].startswith("reading the text of yearly.pdf")
    assert any("looking for the record signal in 56 pages" in m for m in heard)
    assert any("reading 2000 records" in m for m in heard)
