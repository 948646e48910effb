"""Watched pages, their snapshots, and proposed changes (``pages``, ``snapshots``, ``changes``)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from prr.db.core import first, get, marks, now_utc, rows, table, update, where_all, write
from prr.db.known_changes import CHANGE_STATUSES, forget_known, known_changes, known_for  # noqa: F401  (known_changes: used from here)

CHECKED_STATUSES = ("active", "moved", "broken")
OPEN_CHANGE_STATUSES = ("unconfirmed", "pending")


# The fixed INSERTs of a watch (a snapshot and a few changes for every new page), as plain
# statements built once: sqlite-utils' insert read the table's schema and built its query on
# each call (measured: over a third of the writing process's CPU per page), and building
# the statement and entering ``write`` for each row still cost ~10 us of the ~50 a row takes.
_SNAPSHOT_SQL = ("INSERT INTO snapshots (page_id, fetched_at, http_status, final_url, content_hash, text,"
                 " paragraphs_json, contacts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_CHANGE_SQL = ("INSERT INTO changes (city_slug, page_id, kind, field, old_value, new_value, evidence, url,"
               " detected_at, confirmations, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_FETCH_SQL = ("INSERT INTO page_fetches (page_id, fetched_at, outcome, reason, http_status, size, content_hash)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)")
# ``json.dumps(x, ensure_ascii=False)`` builds an encoder on every call; this one is built once
# (the same output: the circular-reference check only guards against data a snapshot never has).
_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
# The JSON of each paragraph text, remembered: a city's pages repeat most of theirs (its
# header, menus, footer), and a list of them is then the remembered texts joined, byte for
# byte what ``_json`` writes (11.3 -> 6.4 us a page of the benchmark, a first watch).
_STRING_JSON: dict[str, str] = {}
_STRING_JSON_MAX = 50_000


def _json_strings(items: list) -> str:
    """``_json(items)`` for a list of strings (anything else: ``_json`` itself)."""
    pieces = _STRING_JSON
    out = []
    for text in items:
        if type(text) is not str:
            return _json(items)
        piece = pieces.get(text)
        if piece is None:
            if len(pieces) >= _STRING_JSON_MAX:
                pieces.clear()
            piece = pieces[text] = _json(text)
        out.append(piece)
    return "[" + ", ".join(out) + "]"


def _insert(conn: sqlite3.Connection, sql: str, values: tuple) -> int:
    """Run one of the INSERTs above and return the new row's id (inside the caller's write
    transaction when there is one, as :func:`write` would)."""
    if conn.in_transaction:
        return conn.execute(sql, values).lastrowid
    with write(conn):
        return conn.execute(sql, values).lastrowid


def _dicts(conn: sqlite3.Connection, sql: str, args: tuple) -> list[dict]:
    """Rows as dicts from a plain query (the per-page reads of a watch; cheaper than
    sqlite-utils' ``rows_where``, which builds its query and reads the schema on each call)."""
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def list_pages(conn: sqlite3.Connection, city_slugs: Iterable[str] | None = None, *,
               statuses: tuple[str, ...] = CHECKED_STATUSES) -> list[dict]:
    where, args = f"status IN ({marks(statuses)})", list(statuses)
    slugs = list(city_slugs or [])
    if slugs:
        where += f" AND city_slug IN ({marks(slugs)})"
        args.extend(slugs)
    return list(table(conn, "pages").rows_where(where, args, order_by="city_slug, id"))


def get_page(conn: sqlite3.Connection, page_id: int) -> dict | None:
    return get(conn, "pages", page_id)


def find_page(conn: sqlite3.Connection, city_slug: str, url: str) -> dict | None:
    return first(conn, "pages", "city_slug = ? AND url = ?", [city_slug, url])


def add_page(conn: sqlite3.Connection, city_slug: str, url: str, kind: str, *, status: str = "active") -> tuple[int, bool]:
    """Insert a page unless it exists. Returns (id, created)."""
    with write(conn):
        known = first(conn, "pages", "city_slug = ? AND url = ?", [city_slug, url], select="id")
        if known is not None:
            return known["id"], False
        return table(conn, "pages").insert({"city_slug": city_slug, "url": url, "kind": kind,
                                            "status": status}).last_rowid, True


def update_page(conn: sqlite3.Connection, page_id: int, **fields) -> None:
    """Set columns of a page. One plain UPDATE: a watch sets every page it checks, and the
    generic ``update`` reads the table's schema on each call (a third of a page's writing)."""
    if not fields:
        return
    names = tuple(fields)
    sql = _UPDATE_SQL.get(names)
    if sql is None:
        if not all(name.isidentifier() for name in names):
            update(conn, "pages", page_id, fields)       # the generic path checks names
            return
        sql = _UPDATE_SQL[names] = f"UPDATE pages SET {', '.join(f'{name}=?' for name in names)} WHERE id=?"
    values = (*fields.values(), page_id)
    for v in values:
        if isinstance(v, (dict, list)):
            update(conn, "pages", page_id, fields)   # the generic path encodes JSON
            return
    if conn.in_transaction:
        conn.execute(sql, values)
        return
    with write(conn):
        conn.execute(sql, values)


# The statement for each set of columns a watch sets (a handful), built once.
_UPDATE_SQL: dict[tuple[str, ...], str] = {}


def record_failure(conn: sqlite3.Connection, page_id: int, *, error: str, http_status: int | None,
                   at: str | None = None) -> tuple[int, str]:
    """Count one more failure in a row; returns the new count and when the run of
    failures started."""
    at = at or now_utc()
    with write(conn):   # read and written in one BEGIN IMMEDIATE transaction
        page = first(conn, "pages", "id = ?", [page_id], select="failures, first_failed_at")
        if page is None:
            raise KeyError(f"no page {page_id}")
        failures = page["failures"] + 1
        started = page["first_failed_at"] if page["failures"] and page["first_failed_at"] else at
        table(conn, "pages").update(page_id, {"failures": failures, "first_failed_at": started, "last_error": error,
                                              "last_http_status": http_status, "last_checked_at": at})
        return failures, started


def record_fetch(conn: sqlite3.Connection, page_id: int, outcome: str, *, reason: str, at: str | None = None,
                 http_status: int | None = None, size: int | None = None, content_hash: str | None = None) -> int:
    """Record a fetch that was not compared (suspect page, offline run, robots refusal)."""
    return _insert(conn, _FETCH_SQL, (page_id, at or now_utc(), outcome, reason, http_status, size, content_hash))


def page_fetches(conn: sqlite3.Connection, page_id: int, *, outcome: str | None = None) -> list[dict]:
    where, args = where_all({"page_id": page_id, "outcome": outcome or None})
    return list(table(conn, "page_fetches").rows_where(where, args, order_by="id"))


def latest_snapshot(conn: sqlite3.Connection, page_id: int) -> dict | None:
    s = _dicts(conn, "SELECT * FROM snapshots WHERE page_id = ? ORDER BY id DESC LIMIT 1", (page_id,))
    s = s[0] if s else None
    if s is not None:
        s["paragraphs"] = json.loads(s.pop("paragraphs_json") or "[]")
        s["contacts"] = json.loads(s.pop("contacts_json") or "{}")
    return s


def add_snapshot(conn: sqlite3.Connection, page_id: int, *, http_status: int, final_url: str,
                 content_hash: str, text: str, paragraphs: list[str], contacts: dict) -> int:
    return _insert(conn, _SNAPSHOT_SQL, (page_id, now_utc(), http_status, final_url, content_hash, text,
                                         _json_strings(paragraphs), _json(contacts)))


def snapshots_for(conn: sqlite3.Connection, page_id: int) -> list[dict]:
    return list(table(conn, "snapshots").rows_where(
        "page_id = ?", [page_id], select="id, fetched_at, http_status, final_url, content_hash", order_by="id"))


# --- changes -----------------------------------------------------------------------------

def find_change(conn: sqlite3.Connection, city_slug: str, kind: str, field: str | None,
                old_value: str | None, new_value: str | None, *,
                statuses: tuple[str, ...] = ("unconfirmed", "pending", "accepted", "rejected"),
                page_id: int | None = None) -> dict | None:
    """An existing change for the same fact (used so a decided change is not proposed again)."""
    where = (f"city_slug = ? AND kind = ? AND coalesce(field, '') = ? AND coalesce(old_value, '') = ?"
             f" AND coalesce(new_value, '') = ? AND status IN ({marks(statuses)})")
    args: list = [city_slug, kind, field or "", old_value or "", new_value or "", *statuses]
    if page_id is not None:
        where += " AND page_id = ?"
        args.append(page_id)
    return first(conn, "changes", where, args, order_by="id DESC")


def change_keys(conn: sqlite3.Connection, city_slug: str, kind: str, new_values: Iterable[str], *,
                statuses: tuple[str, ...] = CHANGE_STATUSES) -> set[tuple]:
    """``(field, old_value, new_value)`` ('' for NULL) of the city's changes of this kind whose
    new value is one of ``new_values``: one query where :func:`find_change` would take one
    per value (none inside :func:`known_changes`, after the city's first)."""
    values = sorted(set(new_values))
    if not values:
        return set()
    known = known_for(conn)
    if known is not None and statuses == CHANGE_STATUSES:
        return known.keys(city_slug, kind, values)
    # A plain query (one per new page in a watch): sqlite-utils' rows_where costs more than it.
    # Tuples, which the callers' keys are (a connection's sqlite3.Row equals no tuple).
    return {tuple(r) for r in conn.execute(
        "SELECT coalesce(field, ''), coalesce(old_value, ''), coalesce(new_value, '') FROM changes"
        f" WHERE city_slug = ? AND kind = ? AND coalesce(new_value, '') IN ({marks(values)})"
        f" AND status IN ({marks(statuses)})", [city_slug, kind, *values, *statuses])}


def add_change(conn: sqlite3.Connection, *, city_slug: str, kind: str, page_id: int | None = None,
               field: str | None = None, old_value: str | None = None, new_value: str | None = None,
               evidence: str | None = None, url: str | None = None, status: str = "pending",
               confirmations: int = 1, detected_at: str | None = None) -> int:
    change_id = _insert(conn, _CHANGE_SQL, (city_slug, page_id, kind, field, old_value, new_value, evidence, url,
                                            detected_at or now_utc(), confirmations, status))
    if status in CHANGE_STATUSES:
        known = known_for(conn)
        if known is not None:
            known.added(city_slug, kind, (field or "", old_value or "", new_value or ""))
    return change_id




def get_change(conn: sqlite3.Connection, change_id: int) -> dict | None:
    return get(conn, "changes", change_id)


def get_changes(conn: sqlite3.Connection, change_ids: list[int]) -> list[dict]:
    """Changes by id, in the order given (missing ids skipped): a few queries instead of
    one per change (a first watch of 1,000 pages proposes thousands)."""
    found: dict[int, dict] = {}
    ids = list(dict.fromkeys(change_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in table(conn, "changes").rows_where(f"id IN ({marks(chunk)})", chunk):
            found[r["id"]] = r
    return [found[i] for i in change_ids if i in found]


def list_changes(conn: sqlite3.Connection, *, status: str | None = "pending",
                 city_slug: str | None = None) -> list[dict]:
    where, args = where_all({"status": status or None, "city_slug": city_slug or None})
    return list(table(conn, "changes").rows_where(where, args, order_by="id"))


def unconfirmed_changes(conn: sqlite3.Connection, page_id: int) -> list[dict]:
    return _dicts(conn, "SELECT * FROM changes WHERE page_id = ? AND status = 'unconfirmed' ORDER BY id", (page_id,))


def confirm_change(conn: sqlite3.Connection, change_id: int) -> None:
    with write(conn):
        conn.execute("UPDATE changes SET status='pending', confirmations=confirmations+1 WHERE id=?"
                     " AND status='unconfirmed'", (change_id,))


def drop_change(conn: sqlite3.Connection, change_id: int) -> None:
    """Forget an unconfirmed change that did not show again (a flapping page)."""
    with write(conn):
        conn.execute("DELETE FROM changes WHERE id=? AND status='unconfirmed'", (change_id,))
    forget_known(conn)


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
    return [json.loads(r["paragraphs_json"] or "[]") for r in rows(
        conn, f"SELECT s.paragraphs_json {_OTHER_PAGES_LATEST}", [city_slug, exclude_page_id])]


def other_pages_latest_snapshots(conn: sqlite3.Connection, city_slug: str,
                                 exclude_page_id: int) -> list[tuple[int, str]]:
    """(snapshot id, content hash) of the latest snapshot of each of the city's other pages."""
    return [(r["id"], r["content_hash"]) for r in rows(
        conn, f"SELECT s.id, s.content_hash {_OTHER_PAGES_LATEST}", [city_slug, exclude_page_id])]


def city_latest_snapshots(conn: sqlite3.Connection, city_slug: str, *, after_id: int = 0) -> list[tuple[int, int, str]]:
    """(page id, snapshot id, content hash) of the latest snapshot of each of the city's
    pages; with ``after_id``, only of the pages whose latest snapshot is newer than that id."""
    # With ``after_id``, only the snapshots added since: read from the end of the table (CROSS
    # JOIN keeps that order), not by visiting every page of the city, which made a run checking
    # each page of a large city quadratic (1,000 pages of 2 cities: 0.24 s of the writing
    # process's CPU). Without it, the planner's order (by the city's pages) is the right one.
    join = "CROSS JOIN" if after_id > 0 else "JOIN"
    return [(r[0], r[1], r[2]) for r in conn.execute(
        f"SELECT p.id, s.id, s.content_hash FROM snapshots s {join} pages p ON p.id = s.page_id"
        " WHERE s.id > ? AND p.city_slug = ? AND s.id = (SELECT MAX(id) FROM snapshots WHERE page_id = p.id)",
        (after_id, city_slug))]


def snapshots_after(conn: sqlite3.Connection, after_id: int) -> list[tuple[str, int, int, str]]:
    """(city slug, page id, snapshot id, content hash) of every snapshot newer than
    ``after_id``, oldest first: read from the end of the table (a run reading what was
    added since its last read reads only that)."""
    return conn.execute(
        "SELECT p.city_slug, s.page_id, s.id, s.content_hash FROM snapshots s CROSS JOIN pages p"
        " ON p.id = s.page_id WHERE s.id > ? ORDER BY s.id", (after_id,)).fetchall()


def last_snapshot_id(conn: sqlite3.Connection) -> int:
    """The id of the newest snapshot of any page (0 when there is none)."""
    return conn.execute("SELECT coalesce(MAX(id), 0) FROM snapshots").fetchone()[0]


def snapshot_paragraphs(conn: sqlite3.Connection, snapshot_ids: list[int]) -> list[tuple[str, list[str]]]:
    """(content hash, paragraphs) of these snapshots, read in chunks of 500 ids."""
    out = []
    for i in range(0, len(snapshot_ids), 500):
        chunk = snapshot_ids[i:i + 500]
        out.extend((r["content_hash"], json.loads(r["paragraphs_json"] or "[]")) for r in table(
            conn, "snapshots").rows_where(f"id IN ({marks(chunk)})", chunk, select="content_hash, paragraphs_json"))
    return out
