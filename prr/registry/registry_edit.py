"""Edit a city's registry file from the command line (``prr cities set-contact``).

The file is edited in place with ruamel.yaml's round-trip mode: comments, key order and
every other field stay as they were; only the contact changes. The result is validated
with the registry schema before it is written (atomically), so a bad value never lands
in the file.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from prr.core import validate

CONTACT_KINDS = ("records_email", "records_phone", "records_fax", "portal_url", "it_email", "it_phone",
                 "attorney_email", "attorney_phone", "address")


@dataclass
class SetContactResult:
    path: Path
    action: str                 # added | filled | replaced | confirmed
    value: str
    replaced: list[str] = field(default_factory=list)


def normalise_contact(kind: str, value: str) -> tuple[str, str | None, str | None]:
    """(value, label, vendor) for a contact of ``kind``; ValueError when it is not one."""
    if kind not in CONTACT_KINDS:
        raise ValueError(f"unknown contact kind {kind!r}: use one of {', '.join(CONTACT_KINDS)}")
    if kind.endswith("_email"):
        return validate.email_address(value), None, None
    if kind.endswith(("_phone", "_fax")):
        e164, national = validate.phone_number(value)
        return e164, national, None
    if kind == "portal_url":
        from prr.scrapers.contacts import portal_vendor

        url = validate.web_url(value)
        return url, None, portal_vendor(url)[0]
    value = " ".join(value.split())
    if not value:
        raise ValueError("the address is empty")
    return value, None, None


def registry_file(conn, registry_dir: Path, slug: str) -> Path:
    from prr.db.cities import registry_location

    r = registry_location(conn, slug)
    path = Path(r["registry_path"]) if r and r["registry_path"] else None
    if path is None or not path.exists():
        path = Path(registry_dir) / ((r or {}).get("state") or "CA").lower() / f"{slug}.yaml"
    if not path.exists():
        raise ValueError(f"no registry file for {slug!r} at {path}; check PRR_REGISTRY")
    return path


def _yaml():
    from ruamel.yaml import YAML

    y = YAML()          # round-trip: keeps comments and order
    y.preserve_quotes = True
    y.width = 4096      # never re-wrap lines the file already has
    y.indent(mapping=2, sequence=2, offset=0)
    return y


def set_contact(path: Path, kind: str, value: str, source_url: str, *, today: dt.date | None = None,
                note: str | None = None) -> SetContactResult:
    """Set a city's current contact of ``kind`` to ``value`` (seen on ``source_url`` today).

    The same value again only refreshes ``source_url`` and ``verified_on``; a contact
    waiting to be discovered is filled; a different current value is kept, marked
    ``stale`` with a note, and the new one takes its place (letters use the first current
    contact of a kind)."""
    from ruamel.yaml.comments import CommentedMap

    from prr.core.files import atomic_write
    from prr.registry.registry import load_city

    value, label, vendor = normalise_contact(kind, value)
    source_url = validate.web_url(source_url)
    today = today or dt.date.today()
    y = _yaml()
    data = y.load(path.read_text(encoding="utf-8"))
    contacts = data.get("contacts")
    if contacts is None:
        data["contacts"] = contacts = []
    fresh = CommentedMap([("kind", kind), ("value", value)])
    for k, v in (("label", label), ("vendor", vendor), ("source_url", source_url),
                 ("verified_on", today.isoformat()), ("note", note)):
        if v:
            fresh[k] = v
    same_kind = [i for i, c in enumerate(contacts) if c.get("kind") == kind]
    same = next((i for i in same_kind if _same(kind, contacts[i].get("value"), value)), None)
    result = SetContactResult(path, "added", value)
    if same is not None:
        c = contacts[same]
        c["source_url"], c["verified_on"] = source_url, today.isoformat()
        c.pop("status", None)
        result.action = "confirmed"
    else:
        gap = next((i for i in same_kind if contacts[i].get("status") == "to_discover"), None)
        current = [i for i in same_kind if contacts[i].get("value") and contacts[i].get("status", "current") == "current"]
        for i in current:
            contacts[i]["status"] = "stale"
            contacts[i]["note"] = f"replaced by {value} on {today.isoformat()} (source {source_url})"
            result.replaced.append(str(contacts[i]["value"]))
        if gap is not None:
            contacts[gap] = fresh
            result.action = "filled"
        elif current:
            contacts.insert(current[0], fresh)
            result.action = "replaced"
        else:
            contacts.append(fresh)
    out = io.StringIO()
    y.dump(data, out)
    text = out.getvalue()
    try:            # validate exactly what will be written: a bad change leaves the file untouched
        import yaml as pyyaml

        from prr.registry.registry import City

        City.model_validate(pyyaml.safe_load(text))
    except Exception as e:  # noqa: BLE001 - pydantic or YAML error, said in one line
        raise ValueError(f"{path}: the change would make the file invalid: {e}") from None
    atomic_write(path, text.encode("utf-8"))
    load_city(path)
    return result


def _same(kind: str, old, new: str) -> bool:
    if old is None:
        return False
    old = str(old)
    if kind.endswith("_email"):
        return old.strip().lower() == new.lower()
    return old.strip() == new
