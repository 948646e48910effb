"""Store functions for documents, their pages and incident-log rows."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from prr.db.core import database, first, get, insert, now_utc, row, table, where_all, write

INCIDENT_COLUMNS = ("record_no", "case_no", "type", "occurred_at", "reported_at", "disposition",
                    "location", "summary")


def find_document(conn: sqlite3.Connection, sha256: str, *, request_id: int | None,
                  communication_id: int | None) -> dict | None:
    """The same bytes for the same request are one document (for the same message, when
    no request is known yet; with neither, one unattached document)."""
    if request_id is not None:
        where, args = "sha256 = ? AND request_id = ?", [sha256, request_id]
    elif communication_id is not None:
        where, args = "sha256 = ? AND communication_id = ?", [sha256, communication_id]
    else:
        where, args = "sha256 = ? AND request_id IS NULL AND communication_id IS NULL", [sha256]
    return first(conn, "documents", where, args, order_by="id")


def insert_document(conn: sqlite3.Connection, **cols) -> int:
    cols.setdefault("created_at", now_utc())
    cols.setdefault("status", "pending")
    return insert(conn, "documents", cols)


def get_document(conn: sqlite3.Connection, document_id: int) -> dict | None:
    return get(conn, "documents", document_id)


def list_documents(conn: sqlite3.Connection, *, status: str | None = None, request_id: int | None = None,
                   city_slug: str | None = None) -> list[dict]:
    where, args = where_all({"status": status, "request_id": request_id, "city_slug": city_slug})
    return list(table(conn, "documents").rows_where(where, args, order_by="id"))


def pending_document_ids(conn: sqlite3.Connection) -> list[int]:
    return [r["id"] for r in table(conn, "documents").rows_where("status IN ('pending', 'error')", select="id",
                                                                 order_by="id")]


def _fields_json(r: dict) -> str:
    extra = {k: r[k] for k in ("offences", "related_numbers") if r.get(k)}
    return json.dumps({**r.get("fields", {}), **({"_" + k: v for k, v in extra.items()})}, ensure_ascii=False)


def save_extraction(conn: sqlite3.Connection, document_id: int, *, status: str, error: str | None,
                    pages: list[dict], records: list[dict], records_status: str | None = None,
                    records_reason: str | None = None) -> None:
    """Replace a document's pages and incidents with a fresh extraction, in one transaction
    (the FTS triggers keep the search index in step)."""
    with write(conn):
        table(conn, "incidents").delete_where("document_id = ?", [document_id])
        table(conn, "document_pages").delete_where("document_id = ?", [document_id])
        if pages:
            # (the part column only when a page has one: a file attached to the PDF, 0011_page_part.sql)
            parted = any(p.get("part") for p in pages)
            table(conn, "document_pages").insert_all(
                {"document_id": document_id, "number": p["number"], "text": p["text"], "method": p["method"],
                 "tables_json": json.dumps(p["tables"]) if p.get("tables") else None,
                 **({"part": p.get("part")} if parted else {})} for p in pages)
        if records:
            table(conn, "incidents").insert_all(
                {"document_id": document_id, "page_number": r.get("page"),
                 **{c: r.get(c) for c in INCIDENT_COLUMNS}, "fields_json": _fields_json(r),
                 "occurred_to": r.get("occurred_to"), "raw": r.get("raw")} for r in records)
        table(conn, "documents").update(document_id, {
            "status": status, "error": error, "page_count": len(pages), "extracted_at": now_utc(),
            "records_status": records_status, "records_reason": records_reason})


def pages_for(conn: sqlite3.Connection, document_id: int) -> list[dict]:
    return list(table(conn, "document_pages").rows_where("document_id = ?", [document_id], order_by="number"))


def incidents_for(conn: sqlite3.Connection, document_id: int) -> list[dict]:
    return list(table(conn, "incidents").rows_where("document_id = ?", [document_id], order_by="id"))


@contextmanager
def bulk_pages(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction for many pages: the per-row insert trigger is set aside and
    the new pages are indexed with one INSERT ... SELECT at the end (FTS5 builds one
    segment instead of one per document). The trigger is restored in the same
    transaction, so other connections never see it missing."""
    with write(conn):
        trigger = row(conn, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'document_pages_ai'")
        before = row(conn, "SELECT coalesce(max(id), 0) AS n FROM document_pages")["n"]
        if trigger:
            conn.execute("DROP TRIGGER document_pages_ai")
        yield conn
        if trigger:
            conn.execute("INSERT INTO document_pages_fts (rowid, text) SELECT id, text FROM document_pages WHERE id > ?",
                         (before,))
            conn.execute(trigger["sql"])


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
    when = "coalesce(reported_at, occurred_at)"
    searched = " || ' ' || ".join(f"coalesce({c}, '')" for c in
                                  ("type", "location", "summary", "disposition", "record_no", "case_no"))
    conds = [(city or None, "city_slug = ?", city), (request_id is not None, "request_id = ?", request_id),
             (type_, "type LIKE ?", f"%{type_}%"), (since, f"{when} >= ?", since),
             (until, f"{when} < ?", until + "\uffff" if until and len(until) == 10 else until),
             (text, f"({searched}) LIKE ?", f"%{text}%")]
    kept = [(cond, arg) for test, cond, arg in conds if test]
    return list(database(conn).view("incident_rows").rows_where(
        " AND ".join(c for c, _ in kept) or None, [a for _, a in kept], order_by=f"{when} DESC, id",
        limit=limit or None))
