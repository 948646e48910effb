"""Cities, their contacts and watched pages, as loaded from the registry."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Protocol

from prr.db.core import now_utc, row, rows, write


class CityLike(Protocol):  # prr.registry.registry.City; db imports nothing of ours but plain data
    slug: str


def sync_city(conn: sqlite3.Connection, city, registry_path: str | None = None) -> dict:
    """Upsert one registry city with its contacts and pages. Returns counts of what changed.

    The registry is the source of truth for contacts: a contact no longer in the file is
    marked ``removed`` (kept for history). Pages found by discovery (status ``proposed``)
    are left alone.
    """
    now = now_utc()
    changed = {"city": 0, "contacts_added": 0, "contacts_removed": 0, "pages_added": 0}
    office = json.dumps(city.office.model_dump(mode="json"), sort_keys=True)
    fields = dict(name=city.name, state=city.state, county=city.county, geoid=city.geoid,
                  website=city.website, channel=city.channel, timezone=city.office.timezone,
                  office_json=office, source=city.source, registry_path=registry_path)
    with write(conn):
        old = row(conn, "SELECT * FROM cities WHERE slug=?", (city.slug,))
        if old is None:
            conn.execute(
                "INSERT INTO cities (slug, name, state, county, geoid, website, channel, timezone,"
                " office_json, source, registry_path, updated_at) VALUES"
                " (:slug,:name,:state,:county,:geoid,:website,:channel,:timezone,:office_json,"
                " :source,:registry_path,:updated_at)",
                dict(fields, slug=city.slug, updated_at=now))
            changed["city"] = 1
        elif any(old[k] != v for k, v in fields.items()):
            sets = ", ".join(f"{k}=:{k}" for k in fields)
            conn.execute(f"UPDATE cities SET {sets}, updated_at=:updated_at WHERE slug=:slug",
                         dict(fields, slug=city.slug, updated_at=now))
            changed["city"] = 1

        seen_ids = set()
        for c in city.contacts:
            existing = row(conn, "SELECT * FROM contacts WHERE city_slug=? AND kind=? AND coalesce(value,'')=?",
                           (city.slug, c.kind, c.value or ""))
            status = c.status
            verified = c.verified_on.isoformat() if c.verified_on else None
            if existing is None:
                cur = conn.execute(
                    "INSERT INTO contacts (city_slug, kind, value, label, vendor, source_url, verified_on,"
                    " first_seen, last_seen, status) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (city.slug, c.kind, c.value, c.label, c.vendor, c.source_url, verified, now, now, status))
                seen_ids.add(cur.lastrowid)
                changed["contacts_added"] += 1
            else:
                seen_ids.add(existing["id"])
                if (existing["label"], existing["vendor"], existing["source_url"], existing["verified_on"],
                        existing["status"]) != (c.label, c.vendor, c.source_url, verified, status):
                    conn.execute("UPDATE contacts SET label=?, vendor=?, source_url=?, verified_on=?,"
                                 " status=?, last_seen=? WHERE id=?",
                                 (c.label, c.vendor, c.source_url, verified, status, now, existing["id"]))
        for old_c in rows(conn, "SELECT id FROM contacts WHERE city_slug=? AND status != 'removed'", (city.slug,)):
            if old_c["id"] not in seen_ids:
                conn.execute("UPDATE contacts SET status='removed', last_seen=? WHERE id=?", (now, old_c["id"]))
                changed["contacts_removed"] += 1

        for p in city.pages:
            if not p.url:
                continue
            cur = conn.execute("INSERT OR IGNORE INTO pages (city_slug, url, kind) VALUES (?,?,?)",
                               (city.slug, p.url, p.kind))
            changed["pages_added"] += cur.rowcount
            if not cur.rowcount:
                conn.execute("UPDATE pages SET status='active' WHERE city_slug=? AND url=? AND status='proposed'",
                             (city.slug, p.url))
    return changed


def sync_cities(conn: sqlite3.Connection, cities: Iterable, paths: dict[str, str] | None = None) -> dict:
    totals: dict[str, int] = {}
    with write(conn):
        for city in cities:
            for k, v in sync_city(conn, city, (paths or {}).get(city.slug)).items():
                totals[k] = totals.get(k, 0) + v
    return totals


def get_city(conn: sqlite3.Connection, slug: str) -> dict | None:
    c = row(conn, "SELECT * FROM cities WHERE slug=?", (slug,))
    if c is not None:
        c["office"] = json.loads(c.pop("office_json") or "{}")
    return c


def list_cities(conn: sqlite3.Connection, *, state: str | None = None,
                missing_contacts: bool = False) -> list[dict]:
    """Cities with a count of current contacts; ``missing_contacts`` keeps those with no
    current records email, records phone or portal URL."""
    sql = ("SELECT c.slug, c.name, c.state, c.county, c.geoid, c.website, c.channel, c.source,"
           " (SELECT count(*) FROM contacts k WHERE k.city_slug=c.slug AND k.status='current'"
           "   AND k.value IS NOT NULL) AS contacts,"
           " (SELECT count(*) FROM contacts k WHERE k.city_slug=c.slug AND k.status='current'"
           "   AND k.value IS NOT NULL AND k.kind IN ('records_email','records_phone','portal_url'))"
           "   AS records_contacts"
           " FROM cities c WHERE 1=1")
    params: list = []
    if state:
        sql += " AND c.state=?"
        params.append(state.upper())
    if missing_contacts:
        sql += " AND records_contacts = 0"
    return rows(conn, sql + " ORDER BY c.name", params)


def contacts_for(conn: sqlite3.Connection, slug: str, *, include_removed: bool = False) -> list[dict]:
    sql = "SELECT * FROM contacts WHERE city_slug=?"
    if not include_removed:
        sql += " AND status != 'removed'"
    return rows(conn, sql + " ORDER BY kind, id", (slug,))


def pages_for(conn: sqlite3.Connection, slug: str) -> list[dict]:
    return rows(conn, "SELECT * FROM pages WHERE city_slug=? ORDER BY kind, url", (slug,))


def current_contact(conn: sqlite3.Connection, slug: str, kind: str) -> dict | None:
    return row(conn, "SELECT * FROM contacts WHERE city_slug=? AND kind=? AND status='current'"
                     " AND value IS NOT NULL ORDER BY id LIMIT 1", (slug, kind))
