"""Cities, their contacts and watched pages, as loaded from the registry."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Protocol

from prr.db.core import database, get, now_utc, rows, table, write


class CityLike(Protocol):  # prr.registry.registry.City; db imports nothing of ours but plain data
    slug: str


def _first(tbl, where: str, args: list, **kw) -> dict | None:
    return next(iter(tbl.rows_where(where, args, limit=1, **kw)), None)


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
    db = database(conn)
    with write(conn):
        cities = db.table("cities")
        old = _first(cities, "slug = ?", [city.slug])
        if old is None:
            cities.insert(dict(fields, slug=city.slug, updated_at=now))
            changed["city"] = 1
        elif any(old[k] != v for k, v in fields.items()):
            cities.update(city.slug, dict(fields, updated_at=now))
            changed["city"] = 1
        seen_ids = set()
        contacts = db.table("contacts")
        for c in city.contacts:
            existing = _first(contacts, "city_slug = ? AND kind = ? AND coalesce(value, '') = ?",
                              [city.slug, c.kind, c.value or ""])
            now_fields = dict(label=c.label, vendor=c.vendor, source_url=c.source_url,
                              verified_on=c.verified_on.isoformat() if c.verified_on else None,
                              status=c.status)
            if existing is None:
                seen_ids.add(contacts.insert(dict(now_fields, city_slug=city.slug, kind=c.kind, value=c.value,
                                                  first_seen=now, last_seen=now)).last_rowid)
                changed["contacts_added"] += 1
            else:
                seen_ids.add(existing["id"])
                if any(existing[k] != v for k, v in now_fields.items()):
                    contacts.update(existing["id"], dict(now_fields, last_seen=now))
        for old_c in contacts.rows_where("city_slug = ? AND status != 'removed'", [city.slug], select="id"):
            if old_c["id"] not in seen_ids:
                contacts.update(old_c["id"], {"status": "removed", "last_seen": now})
                changed["contacts_removed"] += 1
        changed["pages_added"] = _sync_pages(db, city)
    return changed


def _sync_pages(db, city) -> int:
    """Add the registry's pages; one that discovery had proposed becomes active."""
    pages = db.table("pages")
    added = 0
    for p in city.pages:
        if not p.url:
            continue
        existing = _first(pages, "city_slug = ? AND url = ?", [city.slug, p.url], select="id, status")
        if existing is None:
            pages.insert({"city_slug": city.slug, "url": p.url, "kind": p.kind})
            added += 1
        elif existing["status"] == "proposed":
            pages.update(existing["id"], {"status": "active"})
    return added


def sync_cities(conn: sqlite3.Connection, cities: Iterable, paths: dict[str, str] | None = None) -> dict:
    totals: dict[str, int] = {}
    with write(conn):
        for city in cities:
            for k, v in sync_city(conn, city, (paths or {}).get(city.slug)).items():
                totals[k] = totals.get(k, 0) + v
    return totals


def get_city(conn: sqlite3.Connection, slug: str) -> dict | None:
    c = get(conn, "cities", slug)
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
    where = "city_slug = ?" + ("" if include_removed else " AND status != 'removed'")
    return list(table(conn, "contacts").rows_where(where, [slug], order_by="kind, id"))


def pages_for(conn: sqlite3.Connection, slug: str) -> list[dict]:
    return list(table(conn, "pages").rows_where("city_slug = ?", [slug], order_by="kind, url"))


def current_contact(conn: sqlite3.Connection, slug: str, kind: str) -> dict | None:
    return _first(table(conn, "contacts"), "city_slug = ? AND kind = ? AND status = 'current' AND value IS NOT NULL",
                  [slug, kind], order_by="id")


def count_cities(conn: sqlite3.Connection) -> int:
    """How many cities are loaded (works on a read-only connection)."""
    return table(conn, "cities").count


def has_cities(conn: sqlite3.Connection) -> bool:
    return next(iter(table(conn, "cities").rows_where(select="slug", limit=1)), None) is not None


def city_slugs(conn: sqlite3.Connection) -> list[str]:
    return [r["slug"] for r in table(conn, "cities").rows_where(select="slug", order_by="slug")]


def registry_location(conn: sqlite3.Connection, slug: str) -> dict | None:
    """The city's registry file (``registry_path``) and ``state``, or None if unknown."""
    return _first(table(conn, "cities"), "slug = ?", [slug], select="registry_path, state")


def office_json(conn: sqlite3.Connection, slug: str) -> str:
    """The city's office hours and closures as stored (JSON text; ``{}`` if unknown)."""
    r = _first(table(conn, "cities"), "slug = ?", [slug], select="office_json")
    return (r or {}).get("office_json") or "{}"


def city_row(conn: sqlite3.Connection, slug: str) -> dict | None:
    """The city's row as stored (``office_json`` undecoded), for letter templates."""
    return get(conn, "cities", slug)


def slugs_with_contact(conn: sqlite3.Connection, kind: str) -> list[str]:
    """Cities with a current contact of this kind (e.g. ``records_email``)."""
    return [r["city_slug"] for r in table(conn, "contacts").rows_where(
        "kind = ? AND status = 'current' AND value IS NOT NULL", [kind],
        select="DISTINCT city_slug", order_by="city_slug")]
