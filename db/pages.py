"""Watched pages, their snapshots, and proposed changes (``pages``, ``snapshots``, ``changes``)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from prr.db.core import now_utc, row, rows, update, write

CHECKED_STATUSES = ("active", "moved", "broken")
OPEN_CHANGE_STATUSES = ("unconfirmed", "pending")


def list_pages(conn: sqlite3.Connection, city_slugs: Iterable[str] | None = None, *,
               statuses: tuple[str, ...] = CHECKED_STATUSES) -> list[dict]:
    sql = f"SELECT * FROM pages WHERE status IN ({','.join('?' * len(statuses))})"
    params: list = list(statuses)
    slugs = list(city_slugs or [])
    if slugs:
        sql += f" AND city_slug IN ({','.join('?' * len(slugs))})"
        params.extend(slugs)
    return rows(conn, sql + " ORDER BY city_slug, id", params)


def get_page(conn: sqlite3.Connection, page_id: int) -> dict | None:
    return row(conn, "SELECT * FROM pages WHERE id=?", (page_id,))


def find_page(conn: sqlite3.Connection, city_slug: str, url: str) -> dict | None:
    return row(conn, "SELECT * FROM pages WHERE city_slug=? AND url=?", (city_slug, url))


def add_page(conn: sqlite3.Connection, city_slug: str, url: str, kind: str, *, status: str = "active") -> tuple[int, bool]:
    """Insert a page unless it exists. Returns (id, created)."""
    with write(conn):
        cur = conn.execute("INSERT OR IGNORE INTO pages (city_slug, url, kind, status) VALUES (?,?,?,?)",
                           (city_slug, url, kind, status))
        if cur.rowcount:
            return cur.lastrowid, True
        return row(conn, "SELECT id FROM pages WHERE city_slug=? AND url=?", (city_slug, url))["id"], False


def update_page(conn: sqlite3.Connection, page_id: int, **fields) -> None:
    """Set columns of a page. One plain UPDATE: a watch sets every page it checks, and the
    generic ``update`` reads the table's schema on each call (a third of a page's writing)."""
    if not fields:
        return
    if not all(name.isidentifier() for name in fields) or any(isinstance(v, (dict, list)) for v in fields.values()):
        update(conn, "pages", page_id, fields)       # the generic path checks names, encodes JSON
        return
    with write(conn):
        conn.execute(f"UPDATE pages SET {', '.join(f'{name}=?' for name in fields)} WHERE id=?",
                     (*fields.values(), page_id))


def record_failure(conn: sqlite3.Connection, page_id: int, *, error: str, http_status: int | None,
                   at: str | None = None) -> tuple[int, str]:
    """Count one more failure in a row; returns the new count and when the run of
    failures started."""
    at = at or now_utc()
    with write(conn):
        conn.execute("UPDATE pages SET failures=failures+1, last_error=?, last_http_status=?, last_checked_at=?,"
                     " first_failed_at=CASE WHEN failures=0 OR first_failed_at IS NULL THEN ? ELSE first_failed_at END"
                     " WHERE id=?", (error, http_status, at, at, page_id))
        r = row(conn, "SELECT failures, first_failed_at FROM pages WHERE id=?", (page_id,))
        return r["failures"], r["first_failed_at"]


def record_fetch(conn: sqlite3.Connection, page_id: int, outcome: str, *, reason: str, at: str | None = None,
                 http_status: int | None = None, size: int | None = None, content_hash: str | None = None) -> int:
    """Record a fetch that was not compared (suspect page, offline run, robots refusal)."""
    with write(conn):
        cur = conn.execute("INSERT INTO page_fetches (page_id, fetched_at, outcome, reason, http_status, size,"
                           " content_hash) VALUES (?,?,?,?,?,?,?)",
                           (page_id, at or now_utc(), outcome, reason, http_status, size, content_hash))
        return cur.lastrowid


def page_fetches(conn: sqlite3.Connection, page_id: int, *, outcome: str | None = None) -> list[dict]:
    sql, params = "SELECT * FROM page_fetches WHERE page_id=?", [page_id]
    if outcome:
        sql += " AND outcome=?"
        params.append(outcome)
    return rows(conn, sql + " ORDER BY id", params)


def latest_snapshot(conn: sqlite3.Connection, page_id: int) -> dict | None:
    s = row(conn, "SELECT * FROM snapshots WHERE page_id=? ORDER BY id DESC LIMIT 1", (page_id,))
    if s is not None:
        s["paragraphs"] = json.loads(s.pop("paragraphs_json") or "[]")
        s["contacts"] = json.loads(s.pop("contacts_json") or "{}")
    return s


def add_snapshot(conn: sqlite3.Connection, page_id: int, *, http_status: int, final_url: str,
                 content_hash: str, text: str, paragraphs: list[str], contacts: dict) -> int:
    with write(conn):
        cur = conn.execute(
            "INSERT INTO snapshots (page_id, fetched_at, http_status, final_url, content_hash, text,"
            " paragraphs_json, contacts_json) VALUES (?,?,?,?,?,?,?,?)",
            (page_id, now_utc(), http_status, final_url, content_hash, text,
             json.dumps(paragraphs, ensure_ascii=False), json.dumps(contacts, ensure_ascii=False)))
        return cur.lastrowid


def snapshots_for(conn: sqlite3.Connection, page_id: int) -> list[dict]:
    return rows(conn, "SELECT id, fetched_at, http_status, final_url, content_hash FROM snapshots"
                      " WHERE page_id=? ORDER BY id", (page_id,))


# --- changes -----------------------------------------------------------------------------

def find_change(conn: sqlite3.Connection, city_slug: str, kind: str, field: str | None,
                old_value: str | None, new_value: str | None, *,
                statuses: tuple[str, ...] = ("unconfirmed", "pending", "accepted", "rejected"),
                page_id: int | None = None) -> dict | None:
    """An existing change for the same fact (used so a decided change is not proposed again)."""
    sql = (f"SELECT * FROM changes WHERE city_slug=? AND kind=? AND coalesce(field,'')=?"
           f" AND coalesce(old_value,'')=? AND coalesce(new_value,'')=?"
           f" AND status IN ({','.join('?' * len(statuses))})")
    params: list = [city_slug, kind, field or "", old_value or "", new_value or "", *statuses]
    if page_id is not None:
        sql += " AND page_id=?"
        params.append(page_id)
    return row(conn, sql + " ORDER BY id DESC LIMIT 1", params)


def change_keys(conn: sqlite3.Connection, city_slug: str, kind: str, new_values: Iterable[str], *,
                statuses: tuple[str, ...] = ("unconfirmed", "pending", "accepted", "rejected")) -> set[tuple]:
    """``(field, old_value, new_value)`` ('' for NULL) of the city's changes of this kind whose
    new value is one of ``new_values``: one query where :func:`find_change` would take one
    per value."""
    values = sorted(set(new_values))
    if not values:
        return set()
    sql = (f"SELECT coalesce(field,''), coalesce(old_value,''), coalesce(new_value,'') FROM changes"
           f" WHERE city_slug=? AND kind=? AND coalesce(new_value,'') IN ({','.join('?' * len(values))})"
           f" AND status IN ({','.join('?' * len(statuses))})")
    return {tuple(r) for r in conn.execute(sql, [city_slug, kind, *values, *statuses]).fetchall()}


def add_change(conn: sqlite3.Connection, *, city_slug: str, kind: str, page_id: int | None = None,
               field: str | None = None, old_value: str | None = None, new_value: str | None = None,
               evidence: str | None = None, url: str | None = None, status: str = "pending",
               confirmations: int = 1, detected_at: str | None = None) -> int:
    with write(conn):
        cur = conn.execute(
            "INSERT INTO changes (city_slug, page_id, kind, field, old_value, new_value, evidence, url,"
            " detected_at, confirmations, status) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (city_slug, page_id, kind, field, old_value, new_value, evidence, url, detected_at or now_utc(),
             confirmations, status))
        return cur.lastrowid


def get_change(conn: sqlite3.Connection, change_id: int) -> dict | None:
    return row(conn, "SELECT * FROM changes WHERE id=?", (change_id,))


def get_changes(conn: sqlite3.Connection, change_ids: list[int]) -> list[dict]:
    """Changes by id, in the order given (missing ids skipped): a few queries instead of
    one per change (a first watch of 1,000 pages proposes thousands)."""
    found: dict[int, dict] = {}
    ids = list(dict.fromkeys(change_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in rows(conn, f"SELECT * FROM changes WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            found[r["id"]] = r
    return [found[i] for i in change_ids if i in found]


def list_changes(conn: sqlite3.Connection, *, status: str | None = "pending",
                 city_slug: str | None = None) -> list[dict]:
    sql, params = "SELECT * FROM changes WHERE 1=1", []
    if status:
        sql += " AND status=?"
        params.append(status)
    if city_slug:
        sql += " AND city_slug=?"
        params.append(city_slug)
    return rows(conn, sql + " ORDER BY id", params)


def unconfirmed_changes(conn: sqlite3.Connection, page_id: int) -> list[dict]:
    return rows(conn, "SELECT * FROM changes WHERE page_id=? AND status='unconfirmed' ORDER BY id", (page_id,))


def confirm_change(conn: sqlite3.Connection, change_id: int) -> None:
    with write(conn):
        conn.execute("UPDATE changes SET status='pending', confirmations=confirmations+1 WHERE id=?"
                     " AND status='unconfirmed'", (change_id,))


def drop_change(conn: sqlite3.Connection, change_id: int) -> None:
    """Forget an unconfirmed change that did not show again (a flapping page)."""
    with write(conn):
        conn.execute("DELETE FROM changes WHERE id=? AND status='unconfirmed'", (change_id,))


def decide_change(conn: sqlite3.Connection, change_id: int, status: str, note: str | None = None) -> bool:
    """Accept or reject a pending change (compare-and-set: only from pending)."""
    assert status in ("accepted", "rejected")
    with write(conn):
        cur = conn.execute("UPDATE changes SET status=?, decided_at=?, decision_note=? WHERE id=?"
                           " AND status='pending'", (status, now_utc(), note, change_id))
        return cur.rowcount == 1


def move_page(conn: sqlite3.Connection, page_id: int, city_slug: str, new_url: str) -> None:
    """The page now lives at ``new_url`` and is active again; if the city already watches
    that URL as another page, this one is removed instead (one page per URL)."""
    with write(conn):
        conn.execute("DELETE FROM pages WHERE id=? AND EXISTS (SELECT 1 FROM pages q WHERE"
                     " q.city_slug=? AND q.url=? AND q.id != ?)", (page_id, city_slug, new_url, page_id))
        conn.execute("UPDATE OR IGNORE pages SET url=?, status='active' WHERE id=?", (new_url, page_id))


_OTHER_PAGES_LATEST = ("FROM snapshots s JOIN pages p ON p.id = s.page_id WHERE p.city_slug = ? AND p.id != ?"
                       " AND s.id = (SELECT MAX(id) FROM snapshots WHERE page_id = p.id)")


def other_pages_paragraphs(conn: sqlite3.Connection, city_slug: str, exclude_page_id: int) -> list[list[str]]:
    """Paragraphs of the latest snapshot of each of the city's other pages (one query)."""
    return [json.loads(r[0] or "[]") for r in conn.execute(
        f"SELECT s.paragraphs_json {_OTHER_PAGES_LATEST}", (city_slug, exclude_page_id))]


def other_pages_latest_snapshots(conn: sqlite3.Connection, city_slug: str,
                                 exclude_page_id: int) -> list[tuple[int, str]]:
    """(snapshot id, content hash) of the latest snapshot of each of the city's other pages."""
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT s.id, s.content_hash {_OTHER_PAGES_LATEST}", (city_slug, exclude_page_id))]


def city_latest_snapshots(conn: sqlite3.Connection, city_slug: str, *, after_id: int = 0) -> list[tuple[int, int, str]]:
    """(page id, snapshot id, content hash) of the latest snapshot of each of the city's
    pages; with ``after_id``, only of the pages whose latest snapshot is newer than that id."""
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT p.id, s.id, s.content_hash FROM snapshots s JOIN pages p ON p.id = s.page_id WHERE p.city_slug = ?"
        " AND s.id > ? AND s.id = (SELECT MAX(id) FROM snapshots WHERE page_id = p.id)", (city_slug, after_id))]


def snapshot_paragraphs(conn: sqlite3.Connection, snapshot_ids: list[int]) -> list[tuple[str, list[str]]]:
    """(content hash, paragraphs) of these snapshots, read in chunks of 500 ids."""
    out = []
    for i in range(0, len(snapshot_ids), 500):
        chunk = snapshot_ids[i:i + 500]
        out.extend((h, json.loads(p or "[]")) for h, p in conn.execute(
            f"SELECT content_hash, paragraphs_json FROM snapshots WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return out
