"""Requests, their communications and tracking numbers.

Status changes always go through :func:`set_status`, which appends a ``status_changed``
event in the same transaction, so the audit trail cannot miss one. Event kinds are
listed in ``docs/events.md``.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

from prr.db.core import first, get, insert, marks, now_utc, row, table, update, where_all, write
from prr.db.events import add_event

OPEN_STATUSES = ("filed", "awaiting_submission", "acknowledged", "extension", "clarification",
                 "fee", "partial")
CLOSED_STATUSES = ("released", "no_records", "denied", "closed", "withdrawn")


def _decode(r: dict | None) -> dict | None:
    if r is not None and "params_json" in r:
        r["params"] = json.loads(r["params_json"] or "{}")
    return r


def date_range(params: dict) -> tuple[dt.date, dt.date] | None:
    """The days a request is about (its ``start`` and ``end`` parameters), or None when
    either is missing or not a date. A breach request asks for records up to the day it
    was drafted, so two breaches of one city would always overlap by their request
    periods: it is compared by the breach itself (``breach_start``..``breach_end``)."""
    try:
        if params.get("breach_start"):
            start, end = params["breach_start"], params.get("breach_end") or params["breach_start"]
        else:
            start, end = params.get("start"), params.get("end")
        if not start or not end:
            return None
        start = start if isinstance(start, dt.date) else dt.date.fromisoformat(str(start))
        end = end if isinstance(end, dt.date) else dt.date.fromisoformat(str(end))
        return start, end
    except (ValueError, TypeError):
        return None


def insert_request(conn: sqlite3.Connection, *, city_slug: str, kind: str, params: dict,
                   dedupe_key: str, token: str, subject: str, body: str, channel: str | None,
                   recipient: str | None, parent_id: int | None = None) -> int:
    """Insert a draft. Raises sqlite3.IntegrityError if the dedupe key exists."""
    span = date_range(params)
    start, end = (span[0].isoformat(), span[1].isoformat()) if span else (None, None)
    with write(conn):
        rid = table(conn, "requests").insert({
            "city_slug": city_slug, "kind": kind, "params_json": json.dumps(params, sort_keys=True, default=str),
            "dedupe_key": dedupe_key, "token": token, "status": "draft", "channel": channel,
            "recipient": recipient, "subject": subject, "body": body, "parent_id": parent_id,
            "created_at": now_utc(), "range_start": start, "range_end": end}).last_rowid
        add_event(conn, "drafted", request_id=rid, city_slug=city_slug, kind=kind)
    return rid


def get_request(conn: sqlite3.Connection, request_id: int) -> dict | None:
    return _decode(get(conn, "requests", request_id))


def find_by_dedupe_key(conn: sqlite3.Connection, key: str) -> dict | None:
    return _decode(first(conn, "requests", "dedupe_key = ?", [key]))


def find_by_token(conn: sqlite3.Connection, token: str) -> dict | None:
    return _decode(first(conn, "requests", "token = ?", [token.upper()]))


def find_by_message_id(conn: sqlite3.Connection, message_id: str) -> dict | None:
    """The request whose outgoing letter (or any stored communication) had this Message-ID."""
    mid = message_id.strip()
    r = first(conn, "requests", "message_id = ?", [mid])
    if r is None:
        r = row(conn, "SELECT r.* FROM requests r JOIN communications c ON c.request_id=r.id"
                      " WHERE c.message_id=? LIMIT 1", (mid,))
    return _decode(r)


def list_requests(conn: sqlite3.Connection, *, status: str | None = None, city_slug: str | None = None,
                  open_only: bool = False) -> list[dict]:
    where, args = where_all({"status": status or None, "city_slug": city_slug or None})
    where = " AND ".join(filter(None, ["parent_id IS NULL", where,
                                       f"status IN ({marks(OPEN_STATUSES)})" if open_only else None]))
    args += list(OPEN_STATUSES) if open_only else []
    return [_decode(r) for r in table(conn, "requests").rows_where(where, args, order_by="id")]


def update_request(conn: sqlite3.Connection, request_id: int, **fields) -> None:
    """Set plain columns (not status: use set_status)."""
    assert "status" not in fields, "use set_status() so the change is recorded as an event"
    update(conn, "requests", request_id, fields)


def set_status(conn: sqlite3.Connection, request_id: int, status: str, *, reason: str = "",
               expect: tuple[str, ...] | None = None, **detail) -> bool:
    """Change status and record it. With ``expect``, only changes from those statuses
    (compare-and-set, so two workers cannot both move a draft to filing). Returns whether it changed."""
    with write(conn):
        cur = first(conn, "requests", "id = ?", [request_id], select="status, city_slug")
        if cur is None:
            raise KeyError(f"no request {request_id}")
        if expect is not None and cur["status"] not in expect:
            return False
        if cur["status"] == status:
            return False
        # Read and written inside one BEGIN IMMEDIATE transaction: no other writer between.
        closed = {"closed_at": now_utc()} if status in CLOSED_STATUSES else {}
        table(conn, "requests").update(request_id, {"status": status, **closed})
        add_event(conn, "status_changed", request_id=request_id, city_slug=cur["city_slug"],
                  old=cur["status"], new=status, reason=reason, **detail)
    return True


def add_tracking_number(conn: sqlite3.Connection, request_id: int, number: str, *, source: str,
                        communication_id: int | None = None) -> bool:
    """Record an agency reference number; returns False if the request already had it."""
    number = number.strip()
    with write(conn):
        if first(conn, "tracking_numbers", "request_id = ? AND number = ?", [request_id, number], select="id"):
            return False
        table(conn, "tracking_numbers").insert({"request_id": request_id, "number": number, "source": source,
                                                "communication_id": communication_id, "first_seen": now_utc()})
        add_event(conn, "tracking_number", request_id=request_id, number=number, source=source)
        return True


def tracking_numbers_for(conn: sqlite3.Connection, request_id: int) -> list[str]:
    return [r["number"] for r in table(conn, "tracking_numbers").rows_where(
        "request_id = ?", [request_id], select="number", order_by="id")]


def add_communication(conn: sqlite3.Connection, **fields) -> int:
    """Insert a communication row (in or out). ``created_at`` is filled in."""
    fields.setdefault("created_at", now_utc())
    return insert(conn, "communications", fields)


def communications_for(conn: sqlite3.Connection, request_id: int) -> list[dict]:
    return list(table(conn, "communications").rows_where(
        "request_id = ?", [request_id], order_by="coalesce(sent_at, created_at), id"))


def requests_overlapping(conn: sqlite3.Connection, city_slug: str, kind: str, start: dt.date, end: dt.date,
                         *, limit: int = 20) -> list[dict]:
    """Requests of a kind to a city, not withdrawn, whose date range overlaps start..end
    (oldest first, at most ``limit``). One query on the ``requests_similar`` index."""
    return [_decode(r) for r in table(conn, "requests").rows_where(
        "city_slug = ? AND kind = ? AND range_start <= ? AND range_end >= ? AND status != 'withdrawn'",
        [city_slug, kind, end.isoformat(), start.isoformat()], order_by="id", limit=limit)]


def update_communication(conn: sqlite3.Connection, communication_id: int, **fields) -> None:
    update(conn, "communications", communication_id, fields)


def outgoing_letter(conn: sqlite3.Connection, request_id: int, message_id: str) -> dict | None:
    """The outgoing communication that carried a request's letter (by its Message-ID)."""
    return first(conn, "communications", "request_id = ? AND direction = 'out' AND message_id = ?",
                 [request_id, message_id], order_by="id")


def last_event(conn: sqlite3.Connection, request_id: int, kind: str | tuple[str, ...]) -> dict | None:
    """A request's latest event of this kind (or of any of these kinds)."""
    kinds = (kind,) if isinstance(kind, str) else kind
    e = first(conn, "events", f"request_id = ? AND kind IN ({marks(kinds)})", [request_id, *kinds],
              order_by="id DESC")
    if e is not None:
        e["detail"] = json.loads(e.pop("detail_json") or "{}")
    return e


def count_events(conn: sqlite3.Connection, request_id: int, kind: str) -> int:
    return table(conn, "events").count_where("request_id = ? AND kind = ?", [request_id, kind])


def requests_to_file(conn: sqlite3.Connection) -> list[dict]:
    """Drafts, failed filings (retryable) and filings interrupted mid-send (to reconcile)."""
    return [_decode(r) for r in table(conn, "requests").rows_where(
        "status IN ('draft', 'failed', 'filing') AND parent_id IS NULL", order_by="id")]


def open_requests_sent_to(conn: sqlite3.Connection, city_slug: str, recipient: str) -> list[int]:
    """Ids of the city's open requests addressed to ``recipient`` (case-insensitive)."""
    return [r["id"] for r in table(conn, "requests").rows_where(
        f"city_slug = ? AND lower(recipient) = lower(?) AND status IN ({marks(OPEN_STATUSES)})",
        [city_slug, recipient, *OPEN_STATUSES], select="id", order_by="id")]
