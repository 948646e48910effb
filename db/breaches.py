"""Entries of the Attorney General's data-breach list and the checks that read it."""
from __future__ import annotations

import json
import sqlite3

from prr.db.core import get, now_utc, table, write


def _decode(r: dict | None) -> dict | None:
    if r is None:
        return None
    r["breach_dates"] = json.loads(r.pop("breach_dates_json") or "[]")
    r["extra"] = json.loads(r.pop("extra_json") or "{}")
    r["notice_facts"] = json.loads(r.pop("notice_facts_json") or "null")
    return r


def upsert_entry(conn: sqlite3.Connection, *, entry_key: str, organization: str, breach_dates: list[str],
                 breach_dates_text: str = "", breach_is_range: bool = False, reported_on: str | None = None,
                 detail_url: str | None = None, source: str, source_url: str | None = None,
                 extra: dict | None = None) -> tuple[int, bool]:
    """Store an entry once (by key). Returns (id, is_new); a known entry gets its
    last-seen time and, if it had none, the detail link."""
    now = now_utc()
    with write(conn):
        entries = table(conn, "breach_entries")
        known = next(iter(entries.rows_where("entry_key = ?", [entry_key], select="id, detail_url")), None)
        if known is None:
            return entries.insert({
                "entry_key": entry_key, "organization": organization,
                "breach_dates_json": json.dumps(sorted(breach_dates)), "breach_dates_text": breach_dates_text,
                "breach_is_range": int(breach_is_range), "reported_on": reported_on, "detail_url": detail_url,
                "source": source, "source_url": source_url, "extra_json": json.dumps(extra or {}, sort_keys=True),
                "first_seen_at": now, "last_seen_at": now,
            }).last_rowid, True
        entries.update(known["id"], {"last_seen_at": now, "detail_url": known["detail_url"] or detail_url})
        return known["id"], False


def get_entry(conn: sqlite3.Connection, entry_id: int) -> dict | None:
    return _decode(get(conn, "breach_entries", entry_id))


def set_match(conn: sqlite3.Connection, entry_id: int, *, status: str, city_slug: str | None,
              score: float | None, reason: str) -> None:
    assert status in ("matched", "unmatched")
    with write(conn):
        table(conn, "breach_entries").update(entry_id, {"match_status": status, "city_slug": city_slug,
                                                        "match_score": score, "match_reason": reason})


def update_action(conn: sqlite3.Connection, entry_id: int, **fields) -> None:
    """Record what was done for a matched entry (notice, facts, request, status, error)."""
    if "notice_facts" in fields:
        fields["notice_facts_json"] = json.dumps(fields.pop("notice_facts"), sort_keys=True, default=str)
    fields.setdefault("processed_at", now_utc())
    with write(conn):
        entry = get(conn, "breach_entries", entry_id)
        if entry is not None:
            table(conn, "breach_entries").update(entry_id, dict(fields, attempts=entry["attempts"] + 1))


def entries_to_match(conn: sqlite3.Connection) -> list[dict]:
    return [_decode(r) for r in table(conn, "breach_entries").rows_where("match_status = 'pending'", order_by="id")]


def entries_to_act_on(conn: sqlite3.Connection) -> list[dict]:
    """Matched entries with nothing drafted yet, or whose last attempt failed."""
    return [_decode(r) for r in table(conn, "breach_entries").rows_where(
        "match_status = 'matched' AND (action_status IS NULL OR action_status = 'error')", order_by="id")]


def list_entries(conn: sqlite3.Connection, *, matched: bool = False, city_slug: str | None = None,
                 limit: int | None = None) -> list[dict]:
    where, args = ["1 = 1"], []
    if matched:
        where.append("match_status = 'matched'")
    if city_slug:
        where.append("city_slug = ?")
        args.append(city_slug)
    return [_decode(r) for r in table(conn, "breach_entries").rows_where(
        " AND ".join(where), args, order_by="coalesce(reported_on, '') DESC, id DESC", limit=int(limit) if limit else None)]


def start_check(conn: sqlite3.Connection, *, list_url: str | None, csv_url: str | None) -> int:
    with write(conn):
        return table(conn, "breach_checks").insert(
            {"started_at": now_utc(), "list_url": list_url, "csv_url": csv_url}).last_rowid


def finish_check(conn: sqlite3.Connection, check_id: int, *, entries_seen: int, entries_new: int,
                 matched_new: int, problems: list[dict], errors: list[dict]) -> None:
    with write(conn):
        table(conn, "breach_checks").update(check_id, {
            "finished_at": now_utc(), "entries_seen": entries_seen, "entries_new": entries_new,
            "matched_new": matched_new, "problems_json": json.dumps(problems), "errors_json": json.dumps(errors)})


def last_checks(conn: sqlite3.Connection, limit: int = 10) -> list[dict]:
    out = list(table(conn, "breach_checks").rows_where(order_by="id DESC", limit=limit))
    for r in out:
        r["problems"] = json.loads(r.pop("problems_json") or "[]")
        r["errors"] = json.loads(r.pop("errors_json") or "[]")
    return out


def city_names(conn: sqlite3.Connection) -> list[dict]:
    """Registry cities (slug, name) for matching."""
    return list(table(conn, "cities").rows_where(select="slug, name", order_by="slug"))
