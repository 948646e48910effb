"""Numbered migrations in ``db/migrations/``: ``NNNN_name.sql`` or ``NNNN_name.py``.

Applied migrations are recorded by name in ``schema_migrations`` (so a migration
added later with a lower number than one already applied is still applied), and
``PRAGMA user_version`` mirrors the count for outside tools. A ``.py`` migration
defines ``migrate(conn)``. Each migration runs in its own transaction.
"""
from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from prr.db.core import now_utc

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def available_migrations() -> list[Path]:
    files = [p for p in MIGRATIONS_DIR.iterdir()
             if p.suffix in (".sql", ".py") and p.name[:4].isdigit()]
    return sorted(files, key=lambda p: p.name)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]


def _run_one(conn: sqlite3.Connection, path: Path) -> None:
    if path.suffix == ".sql":
        # executescript would COMMIT our transaction; run statement by statement instead.
        script = path.read_text()
        buf = ""
        for line in script.splitlines(keepends=True):
            buf += line
            if sqlite3.complete_statement(buf):
                if buf.strip():
                    conn.execute(buf)
                buf = ""
        if buf.strip():
            conn.execute(buf)
    else:
        spec = importlib.util.spec_from_file_location(f"prr_migration_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.migrate(conn)


def migrate(conn: sqlite3.Connection, *, upto: str | None = None) -> list[str]:
    """Apply pending migrations in name order (up to and including ``upto``); return their names."""
    done = set(applied_migrations(conn))
    ran = []
    for path in available_migrations():
        if upto is not None and path.name > upto and not path.name.startswith(upto):
            break
        if path.name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have applied it while we waited for the lock.
            if conn.execute("SELECT 1 FROM schema_migrations WHERE name=?", (path.name,)).fetchone():
                conn.execute("ROLLBACK")
                continue
            _run_one(conn, path)
            conn.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                         (path.name, now_utc()))
            count = conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
            conn.execute(f"PRAGMA user_version={int(count)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        ran.append(path.name)
    return ran
