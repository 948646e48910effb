"""The migrator prr used before its migrations moved onto sqlite-utils, kept verbatim
(the folder is a parameter here) so tests can build databases exactly as it left them:
names in ``schema_migrations``, ``PRAGMA user_version`` = count."""
from __future__ import annotations

import importlib.util
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def available_migrations(folder: Path) -> list[Path]:
    files = [p for p in folder.iterdir()
             if p.suffix in (".sql", ".py") and p.name[:4].isdigit()]
    return sorted(files, key=lambda p: p.name)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]


def _run_one(conn: sqlite3.Connection, path: Path) -> None:
    if path.suffix == ".sql":
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


def migrate(conn: sqlite3.Connection, folder: Path, *, upto: str | None = None) -> list[str]:
    done = set(applied_migrations(conn))
    ran = []
    for path in available_migrations(folder):
        if upto is not None and path.name > upto and not path.name.startswith(upto):
            break
        if path.name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
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
