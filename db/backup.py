"""Online backup with SQLite's backup API (safe while flows are writing).

Restore is copying the backup file back over the database (with prr stopped).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path


def backup(conn: sqlite3.Connection, dest: str | Path) -> Path:
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        raise FileExistsError(f"{dest} exists; choose a new path so no backup is overwritten")
    target = sqlite3.connect(str(dest))
    try:
        conn.backup(target)
        # A single-file backup: no -wal beside it.
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    return dest
