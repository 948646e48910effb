"""Connection policy.

Concurrent Prefect tasks share one database file. Measured on this machine: plain
sqlite-utils writes from 200 tasks failed 36-50% with "database is locked", and a
read-then-write inside a deferred transaction fails at once whatever the busy timeout.
So: WAL, one short-lived connection per task with a 30 s busy timeout, autocommit
mode, and every multi-statement write inside ``write(conn)`` (BEGIN IMMEDIATE).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_S = 30.0


def now_utc() -> str:
    """UTC timestamp, ISO 8601, second precision (what every *_at column stores)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def connect(path: str | Path, *, migrate: bool = True) -> sqlite3.Connection:
    """Open the database with prr's policy; create and migrate it unless told not to."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA synchronous=NORMAL")
    if migrate:
        from prr.db.migrate import migrate as run_migrations

        run_migrations(conn)
    return conn


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils view of a connection opened by :func:`connect` (same policy)."""
    return sqlite_utils.Database(conn)


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction that takes the write lock up front (BEGIN IMMEDIATE).

    Nested use joins the outer transaction, so store functions can be composed.
    """
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def rows(conn: sqlite3.Connection, sql: str, params: tuple | dict = ()) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, params).fetchall()]


def row(conn: sqlite3.Connection, sql: str, params: tuple | dict = ()) -> dict | None:
    r = conn.execute(sql, params).fetchone()
    return dict(r) if r is not None else None


def insert(conn: sqlite3.Connection, table: str, fields: dict) -> int:
    """Insert one row from column -> value; returns its id. ``table`` and the column
    names come from code, never from input."""
    names = ", ".join(fields)
    with write(conn):
        cur = conn.execute(f"INSERT INTO {table} ({names}) VALUES ({','.join('?' * len(fields))})",
                           tuple(fields.values()))
        return cur.lastrowid


def update(conn: sqlite3.Connection, table: str, row_id: int, fields: dict) -> None:
    """Set columns of the row with this id (nothing to set: nothing done)."""
    if not fields:
        return
    sets = ", ".join(f"{k}=?" for k in fields)
    with write(conn):
        conn.execute(f"UPDATE {table} SET {sets} WHERE id=?", (*fields.values(), row_id))
