"""The city registry: one YAML file per city under ``registry/<state>/<slug>.yaml``.

Files are validated on load. A bad file yields one error line naming the file, the
field and what was expected; the other cities still load.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from prr.core.files import atomic_write

try:  # the C loader is ~10x faster on the 480-city registry
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

ContactKind = Literal[
    "records_email", "records_phone", "records_fax", "portal_url",
    "it_email", "it_phone", "attorney_email", "attorney_phone", "address",
]
PageKind = Literal["records", "it", "attorney", "privacy", "home", "other"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

UAS_ATTRIBUTION = (
    "UScityURL (CC BY 4.0): Cai, Huang & Decaminada (2023), \"Local data at a national scale: "
    "Introducing a dataset of official municipal websites in the United States for text-based "
    "analytics\", Environment and Planning B 50(7), 1988-1993, doi:10.1177/23998083231190961"
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Contact(_Strict):
    kind: ContactKind
    value: str | None = None          # None only with status to_discover
    label: str | None = None          # display form
    vendor: str | None = None         # portal vendor: govqa, nextrequest, justfoia, civicplus, ...
    source_url: str | None = None
    verified_on: dt.date | None = None
    status: Literal["current", "to_discover", "stale"] = "current"
    note: str | None = None

    @field_validator("value")
    @classmethod
    def _no_blank(cls, v):
        if v is not None and not v.strip():
            raise ValueError("must not be blank (leave it out and set status: to_discover)")
        return v


class Page(_Strict):
    url: str | None = None            # None: the page exists but its URL must be discovered
    kind: PageKind
    note: str | None = None


class Closure(_Strict):
    """A day the office is closed, beyond weekends and the base holiday calendar."""
    kind: Literal["weekday", "alternate_weekday", "date", "range"]
    weekday: Weekday | None = None    # weekday, alternate_weekday
    anchor: dt.date | None = None     # alternate_weekday: one date known to be a closed day
    date: dt.date | None = None       # date
    start: dt.date | None = None      # range
    end: dt.date | None = None
    reason: str | None = None


class Office(_Strict):
    timezone: str = "America/Los_Angeles"
    hours: dict[Weekday, str] = Field(default_factory=dict)   # "08:00-18:00"
    closures: list[Closure] = Field(default_factory=list)
    open_on_holidays: list[str] = Field(default_factory=list)  # base-calendar holidays the office keeps open
    note: str | None = None


class City(_Strict):
    slug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    state: str = Field(default="CA", pattern=r"^[A-Z]{2}$")
    county: str | None = None
    geoid: str | None = Field(default=None, pattern=r"^\d{7}$")
    website: str | None = None
    channel: str = "outbox"
    contacts: list[Contact] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    office: Office = Field(default_factory=Office)
    source: Literal["curated", "uscityurl"] = "curated"
    attribution: str | None = None
    notes: str | None = None

    def contact(self, kind: str) -> Contact | None:
        """The first current contact of a kind (the one letters go to)."""
        for c in self.contacts:
            if c.kind == kind and c.value and c.status == "current":
                return c
        return None


@dataclass
class RegistryError:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        where = ".".join(str(x) for x in e["loc"]) or "(file)"
        got = e.get("input")
        got_s = "" if isinstance(got, (dict, list)) else f", got {got!r}"
        parts.append(f"{where}: {e['msg']}{got_s}")
    return "; ".join(parts)


def load_city(path: Path) -> City:
    """Parse and validate one file; raises ValueError with a one-line message."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise ValueError(f"{where}not valid YAML ({getattr(e, 'problem', e)})") from None
    if not isinstance(data, dict):
        raise ValueError("expected a mapping of city fields at the top level")
    try:
        city = City.model_validate(data)
    except ValidationError as e:
        raise ValueError(_describe(e)) from None
    if city.slug != path.stem:
        raise ValueError(f"slug: expected {path.stem!r} (the file name), got {city.slug!r}")
    return city


def registry_files(registry_dir: Path) -> list[Path]:
    return sorted(p for p in registry_dir.glob("*/*.yaml"))


def load_registry(registry_dir: Path) -> tuple[list[City], list[RegistryError]]:
    cities, errors = [], []
    for path in registry_files(registry_dir):
        try:
            cities.append(load_city(path))
        except ValueError as e:
            errors.append(RegistryError(path, str(e)))
    return cities, errors


def city_path(registry_dir: Path, city: City) -> Path:
    return registry_dir / city.state.lower() / f"{city.slug}.yaml"


def dump_city(city: City) -> str:
    data = city.model_dump(mode="json", exclude_none=True, exclude_defaults=False)
    # Keep files short: drop empty collections and defaults that say nothing.
    for key in ("contacts", "pages"):
        if not data.get(key):
            data.pop(key, None)
    if data.get("office") == Office().model_dump(mode="json", exclude_none=True):
        data.pop("office")
    for c in data.get("contacts", []):
        if c.get("status") == "current":
            c.pop("status")
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def save_city(registry_dir: Path, city: City) -> Path:
    """Write a city's file atomically (rename over the old one)."""
    path = city_path(registry_dir, city)
    atomic_write(path, dump_city(city).encode("utf-8"))
    return path


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", ascii_name.lower()).strip("-")


def sync_registry(conn, registry_dir: Path) -> tuple[dict, list[RegistryError], list[City]]:
    """Load every registry file into the database. Bad files are reported, not fatal."""
    from prr.db.cities import sync_cities

    cities, errors = load_registry(registry_dir)
    paths = {c.slug: str(city_path(registry_dir, c)) for c in cities}
    totals = sync_cities(conn, cities, paths)
    return totals, errors, cities


def close_slugs(slug: str, slugs, n: int = 3) -> list[str]:
    """The registry slugs closest to a mistyped one (difflib), best first."""
    import difflib

    slugs = list(slugs)
    close = difflib.get_close_matches(slug.lower().strip(), slugs, n=n, cutoff=0.6)
    # "san-buenaventura" for "ventura", "mission-viejo" for "viejo": a slug containing the typed word.
    contains = [s for s in slugs if slug and slug.lower() in s and s not in close]
    return close + contains[: max(0, n - len(close))]


def unknown_city_message(conn, slug: str) -> tuple[str, str]:
    """(message, hint) for a slug that is not in the database, with "did you mean"."""
    from prr.db.cities import city_slugs

    slugs = city_slugs(conn)
    close = close_slugs(slug, slugs)
    if close:
        return f"no city {slug!r}; did you mean {' or '.join(close)}?", "`prr cities list` shows every slug."
    if not slugs:
        return f"no city {slug!r}: the database has no cities", "Run `prr init` to load the registry."
    return f"no city {slug!r}", "`prr cities list` shows every slug; a new city needs a registry file (README)."
