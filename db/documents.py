"""Store functions for documents, their pages and incident-log rows."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from prr.db.core import insert, now_utc, row, rows, write

INCIDENT_COLUMNS = ("record_no", "case_no", "type", "occurred_at", "reported_at", "disposition",
                    "location", "summary")


def find_document(conn: sqlite3.Connection, sha256: str, *, request_id: int | None,
                  communication_id: int | None) -> dict | None:
    """The same bytes for the same request are one document (for the same message, when
    no request is known yet; with neither, one unattached document)."""
    if request_id is not None:
        return row(conn, "SELECT * FROM documents WHERE sha256=? AND request_id=? ORDER BY id LIMIT 1",
                   (sha256, request_id))
    if communication_id is not None:
        return row(conn, "SELECT * FROM documents WHERE sha256=? AND communication_id=? ORDER BY id LIMIT 1",
                   (sha256, communication_id))
    return row(conn, "SELECT * FROM documents WHERE sha256=? AND request_id IS NULL AND communication_id IS NULL"
                     " ORDER BY id LIMIT 1", (sha256,))


def insert_document(conn: sqlite3.Connection, **cols) -> int:
    cols.setdefault("created_at", now_utc())
    cols.setdefault("status", "pending")
    return insert(conn, "documents", cols)


def get_document(conn: sqlite3.Connection, document_id: int) -> dict | None:
    return row(conn, "SELECT * FROM documents WHERE id=?", (document_id,))


def list_documents(conn: sqlite3.Connection, *, status: str | None = None, request_id: int | None = None,
                   city_slug: str | None = None) -> list[dict]:
    sql, params = "SELECT * FROM documents WHERE 1=1", []
    for col, val in (("status", status), ("request_id", request_id), ("city_slug", city_slug)):
        if val is not None:
            sql += f" AND {col}=?"
            params.append(val)
    return rows(conn, sql + " ORDER BY id", params)


def pending_document_ids(conn: sqlite3.Connection) -> list[int]:
    return [r["id"] for r in rows(conn, "SELECT id FROM documents WHERE status IN ('pending','error') ORDER BY id")]


def _fields_json(r: dict) -> str:
    extra = {k: r[k] for k in ("offences", "related_numbers") if r.get(k)}
    return json.dumps({**r.get("fields", {}), **({"_" + k: v for k, v in extra.items()})}, ensure_ascii=False)


def save_extraction(conn: sqlite3.Connection, document_id: int, *, status: str, error: str | None,
                    pages: list[dict], records: list[dict], records_status: str | None = None,
                    records_reason: str | None = None) -> None:
    """Replace a document's pages and incidents with a fresh extraction, in one transaction
    (the FTS triggers keep the search index in step)."""
    with write(conn):
        conn.execute("DELETE FROM incidents WHERE document_id=?", (document_id,))
        conn.execute("DELETE FROM document_pages WHERE document_id=?", (document_id,))
        conn.executemany(
            "INSERT INTO document_pages (document_id, number, text, method, tables_json) VALUES (?,?,?,?,?)",
            [(document_id, p["number"], p["text"], p["method"],
              json.dumps(p["tables"]) if p.get("tables") else None) for p in pages])
        conn.executemany(
            "INSERT INTO incidents (document_id, page_number, record_no, case_no, type, occurred_at, reported_at,"
            " disposition, location, summary, fields_json, occurred_to, raw) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(document_id, r.get("page"), *(r.get(c) for c in INCIDENT_COLUMNS), _fields_json(r),
              r.get("occurred_to"), r.get("raw")) for r in records])
        conn.execute("UPDATE documents SET status=?, error=?, page_count=?, extracted_at=?, records_status=?,"
                     " records_reason=? WHERE id=?",
                     (status, error, len(pages), now_utc(), records_status, records_reason, document_id))


def pages_for(conn: sqlite3.Connection, document_id: int) -> list[dict]:
    return rows(conn, "SELECT * FROM document_pages WHERE document_id=? ORDER BY number", (document_id,))


def incidents_for(conn: sqlite3.Connection, document_id: int) -> list[dict]:
    return rows(conn, "SELECT * FROM incidents WHERE document_id=? ORDER BY id", (document_id,))


@contextmanager
def bulk_pages(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction for many pages: the per-row insert trigger is set aside and
    the new pages are indexed with one INSERT ... SELECT at the end (FTS5 builds one
    segment instead of one per document). The trigger is restored in the same
    transaction, so other connections never see it missing."""
    with write(conn):
        trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type='trigger' AND name='document_pages_ai'"
                               ).fetchone()
        before = conn.execute("SELECT coalesce(max(id), 0) FROM document_pages").fetchone()[0]
        if trigger:
            conn.execute("DROP TRIGGER document_pages_ai")
        yield conn
        if trigger:
            conn.execute("INSERT INTO document_pages_fts (rowid, text) SELECT id, text FROM document_pages WHERE id > ?",
                         (before,))
            conn.execute(trigger[0])


def save_extractions(conn: sqlite3.Connection, items: list[dict]) -> None:
    """Save several extractions (dicts with the arguments of :func:`save_extraction`) in
    one transaction, indexing their pages in bulk."""
    with bulk_pages(conn):
        for item in items:
            save_extraction(conn, item["document_id"], status=item["status"], error=item["error"],
                            pages=item["pages"], records=item["records"],
                            records_status=item.get("records_status"), records_reason=item.get("records_reason"))


def find_incidents(conn: sqlite3.Connection, *, city: str | None = None, request_id: int | None = None,
                   type_: str | None = None, since: str | None = None, until: str | None = None,
                   text: str | None = None, limit: int | None = None) -> list[dict]:
    """Incident rows with their document's city and request, newest report first.
    ``type_`` and ``text`` match case-insensitively inside the type / any text column;
    ``since``/``until`` are ISO dates compared with the reported (else occurred) time."""
    sql, params = "SELECT * FROM incident_rows WHERE 1=1", []
    if city:
        sql += " AND city_slug = ?"
        params.append(city)
    if request_id is not None:
        sql += " AND request_id = ?"
        params.append(request_id)
    if type_:
        sql += " AND type LIKE ?"
        params.append(f"%{type_}%")
    when = "coalesce(reported_at, occurred_at)"
    if since:
        sql += f" AND {when} >= ?"
        params.append(since)
    if until:
        sql += f" AND {when} < ?"
        params.append(until + "\uffff" if len(until) == 10 else until)
    if text:
        sql += (" AND (coalesce(type,'') || ' ' || coalesce(location,'') || ' ' || coalesce(summary,'') || ' ' ||"
                " coalesce(disposition,'') || ' ' || coalesce(record_no,'') || ' ' || coalesce(case_no,'')) LIKE ?")
        params.append(f"%{text}%")
    sql += f" ORDER BY {when} DESC, id"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return rows(conn, sql, params)
