"""Entries of the Attorney General's data-breach list and the checks that read it."""
from __future__ import annotations

import json
import sqlite3

from prr.db.core import now_utc, row, rows, write


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
        cur = conn.execute(
            "INSERT OR IGNORE INTO breach_entries (entry_key, organization, breach_dates_json,"
            " breach_dates_text, breach_is_range, reported_on, detail_url, source, source_url, extra_json,"
            " first_seen_at, last_seen_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (entry_key, organization, json.dumps(sorted(breach_dates)), breach_dates_text,
             int(breach_is_range), reported_on, detail_url, source, source_url,
             json.dumps(extra or {}, sort_keys=True), now, now))
        if cur.rowcount:
            return cur.lastrowid, True
        conn.execute("UPDATE breach_entries SET last_seen_at=?, detail_url=coalesce(detail_url, ?)"
                     " WHERE entry_key=?", (now, detail_url, entry_key))
        return row(conn, "SELECT id FROM breach_entries WHERE entry_key=?", (entry_key,))["id"], False


def get_entry(conn: sqlite3.Connection, entry_id: int) -> dict | None:
    return _decode(row(conn, "SELECT * FROM breach_entries WHERE id=?", (entry_id,)))


def set_match(conn: sqlite3.Connection, entry_id: int, *, status: str, city_slug: str | None,
              score: float | None, reason: str) -> None:
    assert status in ("matched", "unmatched")
    with write(conn):
        conn.execute("UPDATE breach_entries SET match_status=?, city_slug=?, match_score=?, match_reason=?"
                     " WHERE id=?", (status, city_slug, score, reason, entry_id))


def update_action(conn: sqlite3.Connection, entry_id: int, **fields) -> None:
    """Record what was done for a matched entry (notice, facts, request, status, error)."""
    if "notice_facts" in fields:
        fields["notice_facts_json"] = json.dumps(fields.pop("notice_facts"), sort_keys=True, default=str)
    fields.setdefault("processed_at", now_utc())
    sets = ", ".join(f"{k}=?" for k in fields)
    with write(conn):
        conn.execute(f"UPDATE breach_entries SET {sets}, attempts=attempts+1 WHERE id=?",
                     (*fields.values(), entry_id))


def entries_to_match(conn: sqlite3.Connection) -> list[dict]:
    return [_decode(r) for r in rows(conn, "SELECT * FROM breach_entries WHERE match_status='pending'"
                                           " ORDER BY id")]


def entries_to_act_on(conn: sqlite3.Connection) -> list[dict]:
    """Matched entries with nothing drafted yet, or whose last attempt failed."""
    return [_decode(r) for r in rows(
        conn, "SELECT * FROM breach_entries WHERE match_status='matched'"
              " AND (action_status IS NULL OR action_status='error') ORDER BY id")]


def list_entries(conn: sqlite3.Connection, *, matched: bool = False, city_slug: str | None = None,
                 limit: int | None = None) -> list[dict]:
    sql = "SELECT * FROM breach_entries WHERE 1=1"
    params: list = []
    if matched:
        sql += " AND match_status='matched'"
    if city_slug:
        sql += " AND city_slug=?"
        params.append(city_slug)
    sql += " ORDER BY coalesce(reported_on, '') DESC, id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_decode(r) for r in rows(conn, sql, params)]


def start_check(conn: sqlite3.Connection, *, list_url: str | None, csv_url: str | None) -> int:
    with write(conn):
        return conn.execute("INSERT INTO breach_checks (started_at, list_url, csv_url) VALUES (?,?,?)",
                            (now_utc(), list_url, csv_url)).lastrowid


def finish_check(conn: sqlite3.Connection, check_id: int, *, entries_seen: int, entries_new: int,
                 matched_new: int, problems: list[dict], errors: list[dict]) -> None:
    with write(conn):
        conn.execute("UPDATE breach_checks SET finished_at=?, entries_seen=?, entries_new=?, matched_new=?,"
                     " problems_json=?, errors_json=? WHERE id=?",
                     (now_utc(), entries_seen, entries_new, matched_new, json.dumps(problems),
                      json.dumps(errors), check_id))


def last_checks(conn: sqlite3.Connection, limit: int = 10) -> list[dict]:
    out = rows(conn, "SELECT * FROM breach_checks ORDER BY id DESC LIMIT ?", (limit,))
    for r in out:
        r["problems"] = json.loads(r.pop("problems_json") or "[]")
        r["errors"] = json.loads(r.pop("errors_json") or "[]")
    return out


def city_names(conn: sqlite3.Connection) -> list[dict]:
    """Registry cities (slug, name) for matching."""
    return rows(conn, "SELECT slug, name FROM cities ORDER BY slug")
