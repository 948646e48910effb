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


def city_events(conn: sqlite3.Connection, city_slug: str, kinds: list[str]) -> list[dict]:
    """Events about a city as a whole (no request), of these kinds, oldest first; ``detail`` decoded."""
    out = list(table(conn, "events").rows_where(
        f"city_slug = ? AND request_id IS NULL AND kind IN ({', '.join('?' * len(kinds))})",
        [city_slug, *kinds], order_by="id"))
    for e in out:
        e["detail"] = json.loads(e.pop("detail_json") or "{}")
    return out


def has_event(conn: sqlite3.Connection, request_id: int, kind: str) -> bool:
    return next(iter(table(conn, "events").rows_where(
        "request_id = ? AND kind = ?", [request_id, kind], select="id", limit=1)), None) is not None


def followup_sent_on(conn: sqlite3.Connection, city_slug: str, on: str, channel: str) -> bool:
    """Whether a request of this city had a follow-up sent on day ``on`` through ``channel``
    (an event that names no channel counts for every channel)."""
    return conn.execute(
        "SELECT 1 FROM events e JOIN requests r ON r.id = e.request_id WHERE r.city_slug = ?"
        " AND e.kind = 'followup_sent' AND json_extract(e.detail_json, '$.on') = ?"
        " AND coalesce(json_extract(e.detail_json, '$.channel'), ?) = ? LIMIT 1",
        (city_slug, on, channel, channel)).fetchone() is not None
