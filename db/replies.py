"""Store functions for incoming replies: communications, the review queue, source
positions (IMAP UIDs), city domains for matching, contact-change proposals and
the documents a reply carried."""
from __future__ import annotations

import json
import sqlite3
from urllib.parse import urlsplit

from prr.db.core import first, get, insert, marks, now_utc, row, rows, table, write
from prr.db.events import add_event
from prr.db.events import has_event as has_event  # one function, reached from here too

# review: not tied to a request; status_review: tied, but its status waits for a person
REVIEWABLE = ("review", "status_review", "error")


# --- communications -------------------------------------------------------------------

def find_incoming_duplicate(conn: sqlite3.Connection, message_id: str | None, content_hash: str) -> dict | None:
    """An incoming message already stored with the same Message-ID and content hash
    (or, for a message without Message-ID, the same content hash)."""
    return first(conn, "communications", "direction = 'in' AND coalesce(message_id, '') = ? AND content_hash = ?",
                 [message_id or "", content_hash])


def is_outgoing_message_id(conn: sqlite3.Connection, message_id: str | None) -> bool:
    if not message_id:
        return False
    return row(conn, "SELECT 1 AS x FROM communications WHERE direction='out' AND message_id=? UNION ALL "
                     "SELECT 1 FROM requests WHERE message_id=? LIMIT 1", (message_id, message_id)) is not None


def insert_incoming(conn: sqlite3.Connection, **cols) -> int:
    cols.setdefault("created_at", now_utc())
    cols["direction"] = "in"
    return insert(conn, "communications", cols)


def get_communication(conn: sqlite3.Connection, comm_id: int) -> dict | None:
    return get(conn, "communications", comm_id)


def list_reviewable(conn: sqlite3.Connection, statuses: tuple[str, ...] = REVIEWABLE) -> list[dict]:
    return list(table(conn, "communications").rows_where(
        f"direction = 'in' AND status IN ({marks(statuses)})", list(statuses), order_by="id",
        select="id, status, from_addr, subject, sent_at, candidate_request_id, request_id, match_score,"
               " match_reason, error, source_ref, classification_json"))


def count_incoming_by_status(conn: sqlite3.Connection) -> dict[str, int]:
    return {r["status"]: r["n"] for r in rows(
        conn, "SELECT status, count(*) AS n FROM communications WHERE direction='in' GROUP BY status")}


# --- what matching looks at ----------------------------------------------------------

def request_tokens(conn: sqlite3.Connection) -> list[dict]:
    return list(table(conn, "requests").rows_where("parent_id IS NULL", select="id, token, city_slug, status"))


def known_tracking_numbers(conn: sqlite3.Connection) -> list[dict]:
    return rows(conn, "SELECT t.number, t.request_id, r.city_slug FROM tracking_numbers t"
                      " JOIN requests r ON r.id=t.request_id")


def open_requests_for_city(conn: sqlite3.Connection, city_slug: str, statuses: tuple[str, ...]) -> list[dict]:
    return list(table(conn, "requests").rows_where(
        f"city_slug = ? AND parent_id IS NULL AND status IN ({marks(statuses)})", [city_slug, *statuses],
        select="id, token, subject, status, kind", order_by="id"))


def _host(value: str) -> str | None:
    value = (value or "").strip().lower()
    if "@" in value and "/" not in value:
        return value.rpartition("@")[2] or None
    if "//" not in value:
        value = "http://" + value
    host = urlsplit(value).hostname
    return host[4:] if host and host.startswith("www.") else host


_DOMAINS_CACHE: dict[tuple, dict[str, str]] = {}


def city_domains(conn: sqlite3.Connection) -> dict[str, str]:
    """Mail/web domain -> city slug, from current contacts (emails, portal and web URLs)
    and the city website. A domain claimed by two cities (a shared vendor) is dropped.
    Cached per database until its cities or contacts change (it is read for every message)."""
    path = row(conn, "PRAGMA database_list")["file"]
    stamp = tuple(row(
        conn, "SELECT (SELECT count(*) FROM cities), (SELECT max(updated_at) FROM cities),"
              " (SELECT count(*) FROM contacts), (SELECT max(id) FROM contacts),"
              " (SELECT max(last_seen) FROM contacts), (SELECT count(*) FROM contacts WHERE status='removed')"
    ).values())
    key = (path, stamp)
    if key not in _DOMAINS_CACHE:
        if len(_DOMAINS_CACHE) > 16:
            _DOMAINS_CACHE.clear()
        _DOMAINS_CACHE[key] = _city_domains(conn)
    return _DOMAINS_CACHE[key]


def _city_domains(conn: sqlite3.Connection) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for r in table(conn, "cities").rows_where("website IS NOT NULL", select="slug, website"):
        if (h := _host(r["website"])):
            found.setdefault(h, set()).add(r["slug"])
    for r in table(conn, "contacts").rows_where(
            "value IS NOT NULL AND status != 'removed' AND (kind LIKE '%email' OR kind LIKE '%url')",
            select="city_slug, kind, value"):
        if (h := _host(r["value"])):
            found.setdefault(h, set()).add(r["city_slug"])
    return {d: next(iter(s)) for d, s in found.items() if len(s) == 1}


def city_addresses(conn: sqlite3.Connection, city_slug: str) -> set[str]:
    """Email addresses the registry lists for a city (removed ones excluded)."""
    return {r["value"].strip().lower() for r in table(conn, "contacts").rows_where(
        "city_slug = ? AND value LIKE '%@%' AND status != 'removed'", [city_slug], select="value")}


def known_senders(conn: sqlite3.Connection, city_slug: str) -> set[str]:
    """Addresses a person accepted a reply from, for this city."""
    return {r["address"] for r in table(conn, "known_senders").rows_where("city_slug = ?", [city_slug],
                                                                          select="address")}


def learn_sender(conn: sqlite3.Connection, city_slug: str, address: str, *, source: str,
                 communication_id: int | None = None) -> bool:
    """Remember an address as a sender for a city; False if it was known already."""
    address = (address or "").strip().lower()
    if "@" not in address:
        return False
    with write(conn):
        if first(conn, "known_senders", "city_slug = ? AND address = ?", [city_slug, address], select="id"):
            return False
        table(conn, "known_senders").insert({"city_slug": city_slug, "address": address, "source": source,
                                             "communication_id": communication_id, "learned_at": now_utc()})
        add_event(conn, "sender_learned", city_slug=city_slug, address=address, source=source,
                  communication_id=communication_id)
        return True


def matched_but_unapplied(conn: sqlite3.Connection) -> list[dict]:
    """Replies tied to a request whose effect was never recorded (a run died in between,
    before storing and applying became one transaction)."""
    return rows(conn, "SELECT * FROM communications c WHERE direction='in' AND status='matched'"
                      " AND request_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE"
                      " e.request_id=c.request_id AND e.kind='reply_received'"
                      " AND json_extract(e.detail_json, '$.communication_id')=c.id) ORDER BY id")


# --- contact changes -----------------------------------------------------------------

def propose_contact(conn: sqlite3.Connection, city_slug: str, address: str, evidence: str,
                    field: str = "records_email") -> int | None:
    """A pending ``contact_added`` change, unless one for this address already exists
    (in any status: a rejected proposal is not offered again)."""
    address = address.strip().lower()
    with write(conn):
        if first(conn, "changes", "city_slug = ? AND kind = 'contact_added' AND field = ? AND lower(new_value) = ?",
                 [city_slug, field, address], select="id"):
            return None
        return table(conn, "changes").insert({
            "city_slug": city_slug, "kind": "contact_added", "field": field, "new_value": address,
            "evidence": evidence, "detected_at": now_utc(), "status": "pending"}).last_rowid


# --- documents of a reply ------------------------------------------------------------

def documents_for_communication(conn: sqlite3.Connection, comm_id: int) -> list[dict]:
    return list(table(conn, "documents").rows_where("communication_id = ?", [comm_id], order_by="id"))


def link_documents(conn: sqlite3.Connection, comm_id: int, request_id: int, city_slug: str | None) -> None:
    with write(conn):
        documents = table(conn, "documents")
        for d in list(documents.rows_where("communication_id = ?", [comm_id], select="id, city_slug")):
            documents.update(d["id"], {"request_id": request_id, "city_slug": d["city_slug"] or city_slug})


# --- events --------------------------------------------------------------------------

def record_event(conn: sqlite3.Connection, kind: str, request_id: int, city_slug: str | None, **detail) -> int:
    return add_event(conn, kind, request_id=request_id, city_slug=city_slug, **detail)


# --- source positions ----------------------------------------------------------------

def get_source_state(conn: sqlite3.Connection, source: str) -> dict | None:
    r = get(conn, "source_state", source)
    if r is not None:
        r["detail"] = json.loads(r.pop("detail_json") or "{}")
    return r


def save_source_state(conn: sqlite3.Connection, source: str, *, uidvalidity: int | None, last_uid: int,
                      detail: dict | None = None) -> None:
    with write(conn):
        table(conn, "source_state").upsert(
            {"source": source, "uidvalidity": uidvalidity, "last_uid": last_uid,
             "detail_json": json.dumps(detail or {}, sort_keys=True), "updated_at": now_utc()}, pk="source")
