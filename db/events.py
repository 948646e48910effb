"""The append-only audit trail (``events``)."""
from __future__ import annotations

import json
import sqlite3

from prr.db.core import now_utc, table, write


def add_event(conn: sqlite3.Connection, kind: str, /, *, request_id: int | None = None,
              city_slug: str | None = None, at: str | None = None, **detail) -> int:
    # ``kind`` is positional-only so a detail field may also be called ``kind`` (drafted).
    with write(conn):
        return table(conn, "events").insert({
            "request_id": request_id, "city_slug": city_slug, "kind": kind, "at": at or now_utc(),
            "detail_json": json.dumps(detail, default=str, sort_keys=True),
        }).last_rowid


def events_for(conn: sqlite3.Connection, request_id: int) -> list[dict]:
    out = list(table(conn, "events").rows_where("request_id = ?", [request_id], order_by="id"))
    for e in out:
        e["detail"] = json.loads(e.pop("detail_json") or "{}")
    return out
