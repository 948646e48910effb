"""Turn pending changes into registry edits (accept) or recorded decisions (reject).

Accepting writes the new value into the city's YAML file with where it came from
(``source_url``) and when (``verified_on``), re-loads the city into the database,
and re-routes open requests that were addressed to the old contact. Rejecting
records the decision; :func:`prr.db.pages.find_change` then keeps the same change from
being proposed again.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from prr.db import pages as store
from prr.db.core import write

CONTACT_KINDS = ("records_email", "records_phone", "records_fax", "portal_url", "it_email", "it_phone",
                 "attorney_email", "attorney_phone", "address")


class ChangeError(Exception):
    """A change that cannot be applied, with what to do about it."""


def _load(registry_dir: Path, conn, slug: str):
    from prr.db.cities import registry_location
    from prr.registry.registry import load_city

    r = registry_location(conn, slug)
    path = Path(r["registry_path"]) if r and r["registry_path"] else None
    if path is None or not path.exists():
        state = ((r or {}).get("state") or "CA").lower()
        path = Path(registry_dir) / state / f"{slug}.yaml"
    if not path.exists():
        raise ChangeError(f"no registry file for {slug!r} at {path}; run `prr init` or check PRR_REGISTRY")
    try:
        return load_city(path)
    except ValueError as e:
        raise ChangeError(f"{path}: {e}; fix the file, then accept again") from None


def _split_phone(value: str) -> tuple[str, str | None]:
    if " ext. " in value:
        number, ext = value.split(" ext. ", 1)
        return number, ext
    return value, None


def _phone_label(value: str) -> str | None:
    import phonenumbers

    number, ext = _split_phone(value)
    try:
        n = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return None
    label = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
    return label + (f" ext. {ext}" if ext else "")


def apply_to_city(city, change: dict, today: dt.date):
    """The city with the change applied (pure: returns a new City)."""
    from prr.registry.registry import Contact, Page

    city = city.model_copy(deep=True)
    kind, field, old, new = change["kind"], change["field"], change["old_value"], change["new_value"]
    source = change["url"]
    if kind == "contact_added" and field in CONTACT_KINDS:
        vendor = None
        if field == "portal_url":
            from prr.scrapers.contacts import portal_vendor

            vendor = portal_vendor(new)[0]
        label = _phone_label(new) if field.endswith(("_phone", "_fax")) else None
        value = _split_phone(new)[0] + (f" ext. {_split_phone(new)[1]}" if _split_phone(new)[1] else "") \
            if field.endswith(("_phone", "_fax")) else new
        fresh = Contact(kind=field, value=value, label=label, vendor=vendor, source_url=source,
                        verified_on=today)
        target = None
        for i, c in enumerate(city.contacts):
            if c.kind == field and old is not None and c.value == old:
                target = i            # the replaced value
                break
        if target is None:
            for i, c in enumerate(city.contacts):
                if c.kind == field and c.status == "to_discover":
                    target = i        # fills a known gap
                    break
        if target is not None:
            note = city.contacts[target].note if city.contacts[target].status != "to_discover" else None
            city.contacts[target] = fresh.model_copy(update={"note": note})
        elif not any(c.kind == field and c.value == value for c in city.contacts):
            city.contacts.append(fresh)
    elif kind == "contact_removed" and field in CONTACT_KINDS:
        for i, c in enumerate(city.contacts):
            if c.kind == field and c.value == old:
                city.contacts[i] = c.model_copy(update={
                    "status": "stale", "note": f"no longer on {source} (checked {today.isoformat()})"})
    elif kind == "page_moved":
        for i, p in enumerate(city.pages):
            if p.url == old:
                city.pages[i] = p.model_copy(update={"url": new})
        for i, c in enumerate(city.contacts):
            if c.source_url == old:
                city.contacts[i] = c.model_copy(update={"source_url": new})
    elif kind == "page_broken":
        for i, c in enumerate(city.contacts):
            if c.source_url == old and c.status == "current":
                city.contacts[i] = c.model_copy(update={
                    "status": "stale", "note": f"source page broken ({today.isoformat()}): verify"})
    elif kind == "page_proposed":
        page_kind = field if field in ("records", "it", "attorney", "privacy", "home", "other") else "other"
        placeholder = next((i for i, p in enumerate(city.pages) if p.kind == page_kind and not p.url), None)
        if placeholder is not None:
            city.pages[placeholder] = Page(url=new, kind=page_kind, note=city.pages[placeholder].note)
        elif not any(p.url == new for p in city.pages):
            city.pages.append(Page(url=new, kind=page_kind))
    # policy_changed: nothing to write; accepting acknowledges it.
    return city


def reroute_open_requests(conn, change: dict) -> list[int]:
    """Open requests sent to the old records email now follow up to the new one."""
    from prr.db.events import add_event
    from prr.db.requests import open_requests_sent_to, update_request

    if change["kind"] != "contact_added" or change["field"] != "records_email" or not change["old_value"]:
        return []
    moved = []
    with write(conn):
        for rid in open_requests_sent_to(conn, change["city_slug"], change["old_value"]):
            update_request(conn, rid, recipient=change["new_value"])
            add_event(conn, "contact_rerouted", request_id=rid, city_slug=change["city_slug"],
                      old=change["old_value"], new=change["new_value"], change_id=change["id"])
            moved.append(rid)
    return moved


def accept_change(conn, change_id: int, registry_dir: Path | None = None, *,
                  today: dt.date | None = None, note: str | None = None) -> dict:
    """Apply a pending change to the registry file and the database. Returns a summary."""
    from prr.registry.registry import save_city

    if registry_dir is None:
        from prr.core.settings import get_settings

        registry_dir = get_settings().registry_dir
    change = store.get_change(conn, change_id)
    if change is None:
        raise ChangeError(f"no change {change_id}; `prr changes` lists pending ones")
    if change["status"] != "pending":
        raise ChangeError(f"change {change_id} is {change['status']}, not pending; nothing to do")
    today = today or dt.date.today()
    city = _load(Path(registry_dir), conn, change["city_slug"])
    updated = apply_to_city(city, change, today)
    path = None
    if updated != city:
        path = save_city(Path(registry_dir), updated)
    from prr.db.cities import sync_city
    from prr.registry.registry import city_path

    with write(conn):
        sync_city(conn, updated, str(city_path(Path(registry_dir), updated)))
        if change["kind"] == "page_proposed" and change["page_id"]:
            store.update_page(conn, change["page_id"], status="active")
        if change["kind"] == "page_moved" and change["page_id"]:
            store.move_page(conn, change["page_id"], change["city_slug"], change["new_value"])
        rerouted = reroute_open_requests(conn, change)
        if not store.decide_change(conn, change_id, "accepted", note):
            raise ChangeError(f"change {change_id} was decided by someone else meanwhile")
    return {"change": change_id, "registry_file": str(path) if path else None, "rerouted_requests": rerouted}


def reject_change(conn, change_id: int, note: str | None = None) -> None:
    change = store.get_change(conn, change_id)
    if change is None:
        raise ChangeError(f"no change {change_id}; `prr changes` lists pending ones")
    if not store.decide_change(conn, change_id, "rejected", note or "rejected"):
        raise ChangeError(f"change {change_id} is {change['status']}, not pending; nothing to do")
    if change["kind"] == "page_proposed" and change["page_id"]:
        # A rejected page is not watched; the row stays so discovery does not propose it again.
        store.update_page(conn, change["page_id"], status="rejected")
