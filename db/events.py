"""The append-only audit trail (``events``)."""
from __future__ import annotations

import json
import sqlite3

from prr.db.core import now_utc, rows, write


def add_event(conn: sqlite3.Connection, kind: str, /, *, request_id: int | None = None,
              city_slug: str | None = None, at: str | None = None, **detail) -> int:
    # ``kind`` is positional-only so a detail field may also be called ``kind`` (drafted).
    with write(conn):
        cur = conn.execute(
            "INSERT INTO events (request_id, city_slug, kind, at, detail_json) VALUES (?,?,?,?,?)",
            (request_id, city_slug, kind, at or now_utc(), json.dumps(detail, default=str, sort_keys=True)),
        )
        return cur.lastrowid


def events_for(conn: sqlite3.Connection, request_id: int) -> list[dict]:
    out = rows(conn, "SELECT * FROM events WHERE request_id=? ORDER BY id", (request_id,))
    for e in out:
        e["detail"] = json.loads(e.pop("detail_json") or "{}")
    return out
