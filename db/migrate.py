"""Schema migrations on ``sqlite_utils.migrations.Migrations``.

Every file ``db/migrations/NNNN_name.sql`` (or ``.py`` defining ``migrate(conn)``, given the
``sqlite3.Connection``; ``sqlite_utils.Database(conn)`` wraps it) is one migration,
registered in name order in the set ``prr``.
sqlite-utils records applied migrations by name in ``_sqlite_migrations``, so a migration
added later with a lower number than one already applied is still applied. ``PRAGMA
user_version`` mirrors the count for outside tools.

What this thin layer adds to ``Migrations.apply`` and why:

- **The write lock first.** ``apply`` reads the pending list, then opens a plain (deferred)
  ``BEGIN`` per migration. Two processes opening a new database at once (Prefect tasks
  do) would both see a migration pending and the second would fail on
  "table already exists". Here each migration runs inside our ``BEGIN IMMEDIATE``
  (``prr.db.core.write``), which ``atomic`` joins as a savepoint, and the pending list is
  read again once the lock is held. Still one migration per transaction.
- **Databases from before.** prr used to record names in ``schema_migrations``; those
  names are carried over into ``_sqlite_migrations`` once (:data:`RENAMED` maps files that
  were renumbered since), so an old database upgrades in place and nothing runs twice.
"""
from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from prr.db.core import write

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations
# (sqlite-utils is imported when migrations run: it imports numpy, ~0.2 s, and processes
# that never open the database, such as a watch's worker processes, import prr.db.)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SET_NAME = "prr"
LEGACY_TABLE = "schema_migrations"
# Migration files renamed since databases recorded them: old recorded name -> file name today.
# (The numbers had gaps; a database that recorded the old names upgrades without re-running.)
RENAMED: dict[str, str] = {
    "0003_replies.sql": "0002_replies.sql",
    "0004_search.sql": "0003_search.sql",
    "0006_breaches.sql": "0004_breaches.sql",
    "0007_lifecycle.sql": "0005_lifecycle.sql",
    "0008_page_health.sql": "0006_page_health.sql",
    "0012_incident_log_status.sql": "0007_incident_log_status.sql",
    "0013_search_merge.sql": "0008_search_merge.sql",
    "0014_request_dates.py": "0009_request_dates.py",
}


def available_migrations() -> list[Path]:
    files = [p for p in MIGRATIONS_DIR.iterdir()
             if p.suffix in (".sql", ".py") and p.name[:4].isdigit()]
    return sorted(files, key=lambda p: p.name)


def _run_sql(db: sqlite_utils.Database, script: str) -> None:
    # executescript() would COMMIT the transaction we run in: statement by statement.
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                db.execute(buf)
            buf = ""
    if buf.strip():
        db.execute(buf)


def _step(path: Path):
    if path.suffix == ".sql":
        def run(db: sqlite_utils.Database) -> None:
            _run_sql(db, path.read_text())
    else:
        def run(db: sqlite_utils.Database) -> None:
            spec = importlib.util.spec_from_file_location(f"prr_migration_{path.stem}", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            module.migrate(db.conn)
    run.__name__ = path.name
    return run


def migration_set() -> Migrations:
    """The ``prr`` migration set, one step per file (read each time: new files count)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(SET_NAME)
    for path in available_migrations():
        migrations(name=path.name)(_step(path))
    return migrations


def _db(conn: sqlite3.Connection | sqlite_utils.Database) -> sqlite_utils.Database:
    import sqlite_utils

    return conn if isinstance(conn, sqlite_utils.Database) else sqlite_utils.Database(conn)


def _legacy_names(db: sqlite_utils.Database) -> list[str]:
    if not db[LEGACY_TABLE].exists():
        return []
    return [RENAMED.get(r["name"], r["name"])
            for r in db[LEGACY_TABLE].rows_where(select="name", order_by="name")]


def applied_migrations(conn: sqlite3.Connection | sqlite_utils.Database) -> list[str]:
    """Names of the applied migrations, in name order. Read-only (works on a read-only
    connection), and counts a database from before that has not been opened for writing
    since (its ``schema_migrations``)."""
    db = _db(conn)
    names = {m.name for m in migration_set().applied(db)} | set(_legacy_names(db))
    return sorted(names)


def _adopt_legacy(db: sqlite_utils.Database, migrations: Migrations) -> None:
    """Record in ``_sqlite_migrations`` what ``schema_migrations`` says was applied, then
    drop the old table (inside the caller's write transaction)."""
    if not db[LEGACY_TABLE].exists():
        return
    migrations.ensure_migrations_table(db)
    done = {m.name for m in migrations.applied(db)}
    for r in db[LEGACY_TABLE].rows_where(order_by="name"):
        name = RENAMED.get(r["name"], r["name"])
        if name not in done:
            db[migrations.migrations_table].insert(
                {"migration_set": SET_NAME, "name": name, "applied_at": r["applied_at"]})
    db[LEGACY_TABLE].drop()


def _set_user_version(db: sqlite_utils.Database, migrations: Migrations) -> None:
    db.execute(f"PRAGMA user_version={len(migrations.applied(db))}")


def migrate(conn: sqlite3.Connection | sqlite_utils.Database, *, upto: str | None = None) -> list[str]:
    """Apply pending migrations in name order (up to and including ``upto``, a file name or
    its prefix, old names of renamed files accepted); return the names applied now."""
    db = _db(conn)
    upto = RENAMED.get(upto, upto) if upto else upto
    migrations = migration_set()
    if not db[LEGACY_TABLE].exists() and not migrations.pending(db):
        return []      # up to date: no write lock taken
    ran: list[str] = []
    while True:
        with write(db.conn):
            _adopt_legacy(db, migrations)
            pending = [m.name for m in migrations.pending(db)
                       if upto is None or m.name <= upto or m.name.startswith(upto)]
            if not pending:
                _set_user_version(db, migrations)
                return ran
            # Exactly one migration per transaction: stop before every other pending one.
            later = [m.name for m in migrations.pending(db) if m.name != pending[0]]
            migrations.apply(db, stop_before=later)
            _set_user_version(db, migrations)
        ran.append(pending[0])
