"""Full-text search over letters, replies and document pages, kept current by triggers."""
from __future__ import annotations

import subprocess
import sys

import pytest

from prr.db.requests import add_communication, insert_request, update_request
from prr.documents.documents import add_document, process_document
from prr.documents.search import MARK_END, MARK_START, SearchQueryError, rebuild_index, search


@pytest.fixture
def filled(conn, made):
    ox = insert_request(conn, city_slug="oxnard", kind="incident-logs", params={}, dedupe_key="ox", token="PRR-AAAA0001",
                        subject="Ransomware incident response report", body="All records of the ransomware attack "
                        "on city servers, including the incident response report.", channel="outbox", recipient="x")
    mv = insert_request(conn, city_slug="mission-viejo", kind="vendor", params={}, dedupe_key="mv",
                        token="PRR-AAAA0002", subject="Vendor contracts", body="Contracts with the IT vendor.",
                        channel="outbox", recipient="y")
    add_communication(conn, request_id=mv, city_slug="mission-viejo", direction="in", subject="Re: Vendor contracts",
                      body="We need a 14-day extension to search for the vendor invoices.",
                      sent_at="2026-03-02T17:00:00+00:00")
    add_communication(conn, request_id=ox, city_slug="oxnard", direction="out", subject="Follow-up",
                      body="Following up about the vendor invoices.", sent_at="2026-03-03T17:00:00+00:00")
    doc = add_document(conn, made / "block_log.pdf", filename="seaside-log.pdf", request_id=ox)
    process_document(conn, doc)
    return {"ox": ox, "mv": mv, "doc": doc}


def test_letter_reply_and_document_hits(conn, filled):
    hits = search(conn, "ransomware")
    assert [h.kind for h in hits] == ["letter"]
    assert hits[0].request_id == filled["ox"] and hits[0].title == "Ransomware incident response report"
    assert f"{MARK_START}Ransomware{MARK_END}" in hits[0].snippet or f"{MARK_START}ransomware{MARK_END}" in hits[0].snippet

    replies = search(conn, "invoices", kind="reply")
    assert len(replies) == 1 and replies[0].city_slug == "mission-viejo"   # the outgoing follow-up is not a reply

    docs = search(conn, "vandalism", kind="document")
    assert docs and all(h.document_id == filled["doc"] and h.request_id == filled["ox"] for h in docs)
    assert docs[0].title == "seaside-log.pdf" and docs[0].page in (1, 2, 3, 4, 5)
    assert f"{MARK_START}Vandalism{MARK_END}" in docs[0].snippet


def test_ranking_best_first(conn, filled):
    insert_request(conn, city_slug="oxnard", kind="misc", params={}, dedupe_key="ox2", token="PRR-AAAA0003",
                   subject="Budget", body="Mentions ransomware once among many other words " * 3, channel="outbox",
                   recipient="x")
    hits = search(conn, "ransomware", kind="letter")
    assert hits[0].request_id == filled["ox"]
    assert hits[0].rank <= hits[1].rank


def test_filters_city_kind_since(conn, filled):
    assert {h.city_slug for h in search(conn, "vendor")} == {"mission-viejo"}
    assert search(conn, "vendor", city="oxnard") == []
    assert search(conn, "extension", since="2026-03-01", kind="reply")
    assert search(conn, "extension", since="2026-03-05", kind="reply") == []
    assert search(conn, "burglary", city="oxnard", kind="document")
    assert search(conn, "burglary", city="mission-viejo") == []
    assert len(search(conn, "burglary OR vandalism", kind="document", limit=2)) == 2


def test_prefix_phrase_and_porter_stemming(conn, filled):
    assert search(conn, "ransom*")
    assert search(conn, '"incident response report"')
    assert search(conn, "contract", kind="letter")          # porter: contract ~ contracts


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "NEAR(", "10-6", "foo:bar", ")"])
def test_bad_syntax_is_a_clear_error(conn, filled, query):
    with pytest.raises(SearchQueryError) as e:
        search(conn, query)
    assert "double quotes" in str(e.value)


@pytest.mark.parametrize("kwargs,words", [({"kind": "memo"}, "unknown kind"), ({"since": "last week"}, "date"),
                                          ({}, "empty")])
def test_bad_filters(conn, kwargs, words):
    with pytest.raises(SearchQueryError, match=words):
        search(conn, "" if not kwargs else "x", **kwargs)


def test_triggers_keep_index_current(conn, filled):
    update_request(conn, filled["mv"], subject="Vendor contracts and cyber insurance")
    assert [h.request_id for h in search(conn, "insurance")] == [filled["mv"]]
    update_request(conn, filled["mv"], due_on="2026-03-16")    # not an indexed column: index unchanged
    assert len(search(conn, "insurance")) == 1
    conn.execute("DELETE FROM incidents WHERE document_id=?", (filled["doc"],))
    conn.execute("DELETE FROM document_pages WHERE document_id=?", (filled["doc"],))
    assert search(conn, "vandalism") == []
    rebuild_index(conn)
    assert search(conn, "insurance") and search(conn, "vandalism") == []
    # SQLite raises "database disk image is malformed" when the index disagrees with its content.
    conn.execute("INSERT INTO document_pages_fts(document_pages_fts) VALUES('integrity-check')")


def test_cli_search_output(prr_env, conn, filled):
    out = subprocess.run([sys.executable, "-m", "prr", "search", "vandalism", "--kind", "document"],
                         capture_output=True, text=True, timeout=60, env={**__import__("os").environ, "COLUMNS": "200"})
    assert out.returncode == 0, out.stderr
    assert "seaside-log.pdf" in out.stdout and f"document {filled['doc']} page" in out.stdout
    assert f"request {filled['ox']}" in out.stdout and "Vandalism" in out.stdout


def test_cli_search_bad_syntax(prr_env, conn, filled):
    out = subprocess.run([sys.executable, "-m", "prr", "search", '"unbalanced'], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1
    assert "cannot search for" in out.stderr and "Traceback" not in out.stderr


def test_bulk_save_indexes_pages_and_restores_trigger(conn, made, tmp_path):
    from prr.documents.documents import process_documents

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"")
    ids = [add_document(conn, made / n, filename=n) for n in ("block_log.pdf", "caps_log.pdf")]
    ids.append(add_document(conn, bad, filename="bad.pdf"))
    results = process_documents(conn, ids)
    assert [r["status"] for r in results] == ["ok", "ok", "empty"]
    assert search(conn, "vandalism", kind="document")
    assert {h.document_id for h in search(conn, "vandalism", kind="document", limit=50)} == set(ids[:2])
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert "document_pages_ai" in triggers
    process_document(conn, add_document(conn, made / "table_log.pdf", filename="t.pdf"))   # trigger path again
    assert search(conn, '"Harbor City"', kind="document")
    conn.execute("INSERT INTO document_pages_fts(document_pages_fts) VALUES('integrity-check')")
