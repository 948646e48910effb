"""Connection policy.

Concurrent Prefect tasks share one database file. Measured on this machine: plain
sqlite-utils writes from 200 tasks failed 36-50% with "database is locked", and a
read-then-write inside a deferred transaction fails at once whatever the busy timeout.
So: WAL, one short-lived connection per task with a 30 s busy timeout, autocommit
mode, and every multi-statement write inside ``write(conn)`` (BEGIN IMMEDIATE).

Rows are read and written through sqlite-utils' Table API (:func:`table`). Its writes
wrap themselves in ``Database.atomic()``, a plain deferred ``BEGIN`` on its own and a
savepoint inside a transaction: so every Table-API write runs inside ``write(conn)``,
where it joins our ``BEGIN IMMEDIATE``.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

# sqlite-utils is imported where it is used: it imports numpy (~0.2 s), and processes
# that never open the database (a watch's worker processes) import this module.

BUSY_TIMEOUT_S = 30.0


def now_utc() -> str:
    """UTC timestamp, ISO 8601, second precision (what every *_at column stores). The text
    is made once a second (a watch stamps a few rows for every page it writes)."""
    global _NOW
    second = int(time.time())
    if second != _NOW[0]:
        _NOW = (second, datetime.fromtimestamp(second, UTC).isoformat())
    return _NOW[1]


_NOW: tuple[int, str] = (-1, "")


def connect(path: str | Path, *, migrate: bool = True) -> sqlite3.Connection:
    """Open the database with prr's policy; create and migrate it unless told not to."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    _use_wal(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA synchronous=NORMAL")
    if migrate:
        from prr.db.migrate import migrate as run_migrations

        run_migrations(conn)
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL. While another connection switches a new file at the same
    moment, SQLite answers "database is locked" at once, without its busy handler: the
    switch is retried for up to the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils view of a connection opened by :func:`connect` (same policy).

    No ``recursive_triggers`` (sqlite-utils turns it on by default; our triggers were
    written without it) and no sqlite-utils plugins on our connections."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def table(conn: sqlite3.Connection, name: str) -> Table:
    """The sqlite-utils Table ``name``; write through it inside :func:`write`."""
    return database(conn).table(name)


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
        rolled_back(conn)
        raise
    else:
        conn.execute("COMMIT")


@contextmanager
def savepoint(conn: sqlite3.Connection, name: str = "step") -> Iterator[sqlite3.Connection]:
    """A part of the current transaction that is undone alone if it raises (the
    exception still propagates): one item's failure keeps the others' writes."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        rolled_back(conn)
        raise
    else:
        conn.execute(f"RELEASE {name}")


# Called with a connection whose writes were just undone: what the store keeps in memory of
# the rows it wrote through it (see ``prr.db.pages.known_changes``) is forgotten.
ROLLBACK_LISTENERS: list[Callable[[sqlite3.Connection], None]] = []


def rolled_back(conn: sqlite3.Connection) -> None:
    for listener in ROLLBACK_LISTENERS:
        listener(conn)


class WriteBatch:
    """Group the writes of many small items into one ``BEGIN IMMEDIATE`` transaction,
    committed every ``max_items`` items or ``max_s`` seconds, instead of a commit per item.
    ``begin()`` before an item's writes, ``done()`` after, ``commit()`` when idle or at the end."""

    def __init__(self, conn: sqlite3.Connection, max_items: int = 200, max_s: float = 0.5):
        self.conn, self.max_items, self.max_s = conn, max_items, max_s
        self.count, self.started = 0, 0.0

    def begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.count, self.started = 0, time.monotonic()

    def done(self) -> None:
        self.count += 1
        if self.count >= self.max_items or time.monotonic() - self.started > self.max_s:
            self.commit()

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")


def rows(conn: sqlite3.Connection, sql: str, params: tuple | list | dict = ()) -> list[dict]:
    """The rows of a real query (a join, an aggregate, a subquery): sqlite-utils' ``query``."""
    return list(database(conn).query(sql, params))


def row(conn: sqlite3.Connection, sql: str, params: tuple | list | dict = ()) -> dict | None:
    """The first row of a real query, or None."""
    return next(iter(database(conn).query(sql, params)), None)


def first(conn: sqlite3.Connection, table_name: str, where: str | None = None, args: list | tuple = (),
          **kw) -> dict | None:
    """The first row of ``table_name`` matching ``where`` (``Table.rows_where``; keyword
    arguments such as ``select`` and ``order_by`` passed on), or None."""
    return next(iter(table(conn, table_name).rows_where(where, list(args), limit=1, **kw)), None)


def where_all(conditions: dict[str, object]) -> tuple[str | None, list]:
    """``rows_where`` arguments for "every column equals its value", skipping None values:
    ``{"status": "x", "city_slug": None}`` -> ``("status = ?", ["x"])``."""
    kept = {k: v for k, v in conditions.items() if v is not None}
    return (" AND ".join(f"[{k}] = ?" for k in kept) or None), list(kept.values())


def marks(values) -> str:
    """``?, ?, ?``: one placeholder per value, for an ``IN (...)`` list."""
    return ", ".join("?" * len(values))


def get(conn: sqlite3.Connection, table_name: str, key) -> dict | None:
    """The row with this primary key, or None."""
    from sqlite_utils.db import NotFoundError

    try:
        return table(conn, table_name).get(key)
    except NotFoundError:
        return None


def insert(conn: sqlite3.Connection, table_name: str, fields: dict) -> int:
    """Insert one row from column -> value; returns its id. A column the table lacks is an
    error (the schema changes only by migration)."""
    with write(conn):
        return table(conn, table_name).insert(fields).last_rowid


def update(conn: sqlite3.Connection, table_name: str, row_id, fields: dict) -> None:
    """Set columns of the row with this primary key (nothing to set, or no such row:
    nothing done)."""
    if not fields:
        return
    from sqlite_utils.db import NotFoundError

    with write(conn):
        try:
            table(conn, table_name).update(row_id, fields)
        except NotFoundError:
            pass
