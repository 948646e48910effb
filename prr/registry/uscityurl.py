"""Import skeleton cities from the UScityURL dataset (CC BY 4.0; see registry.UAS_ATTRIBUTION).

An import creates a registry file for each new city and fills only empty fields of
existing ones (GEOID, website): curated fields are never overwritten, and a second
import of the same data changes nothing.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from prr.registry.registry import UAS_ATTRIBUTION, City, load_registry, save_city, slugify

DEFAULT_SOURCE = "https://raw.githubusercontent.com/caimeng2/UScityURL/main/UScityURL.csv"

STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
    "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
    "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
    "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR",
    "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD",
    "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA",
    "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}


@dataclass
class ImportReport:
    rows: int = 0             # rows for the state in the source
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)   # rows that could not be used, with reason

    @property
    def changes(self) -> int:
        return len(self.created) + len(self.updated)


def read_source(source: str) -> str:
    if source.startswith(("http://", "https://")):
        import requests

        resp = requests.get(source, timeout=60)
        resp.raise_for_status()
        return resp.text
    return Path(source).read_text(encoding="utf-8-sig")


def _geoid(raw: str) -> str | None:
    tail = raw.strip().split("US")[-1]
    return tail if len(tail) == 7 and tail.isdigit() else None


def import_uscityurl(text: str, registry_dir: Path, *, state: str = "CA") -> ImportReport:
    state = state.upper()
    report = ImportReport()
    existing, _errors = load_registry(registry_dir)
    by_geoid = {c.geoid: c for c in existing if c.geoid}
    by_slug = {(c.state, c.slug): c for c in existing}
    seen_slugs: set[str] = set()
    for rec in csv.DictReader(io.StringIO(text)):
        abbrev = STATES.get((rec.get("STATE") or "").strip())
        if abbrev != state:
            continue
        report.rows += 1
        name = (rec.get("MUNICIPALITY") or "").strip()
        geoid = _geoid(rec.get("GEOID") or "")
        website = (rec.get("WEBSITE_URL") or "").strip() if (rec.get("WEBSITE_AVAILABLE") or "").strip() == "1" else ""
        if not name:
            report.skipped.append(f"row {report.rows}: no MUNICIPALITY")
            continue
        slug = slugify(name) if state == "CA" else f"{slugify(name)}-{state.lower()}"
        if slug in seen_slugs:
            slug = f"{slug}-{geoid}"
        seen_slugs.add(slug)
        city = by_geoid.get(geoid) or by_slug.get((state, slug))
        if city is None:
            city = City(slug=slug, name=name, state=state, geoid=geoid, website=website or None,
                        source="uscityurl", attribution=UAS_ATTRIBUTION,
                        pages=[{"url": website, "kind": "home"}] if website else [])
            save_city(registry_dir, city)
            report.created.append(slug)
            continue
        patch = {}
        if not city.geoid and geoid:
            patch["geoid"] = geoid
        if not city.website and website:
            patch["website"] = website
        if patch:
            save_city(registry_dir, city.model_copy(update=patch))
            report.updated.append(city.slug)
        else:
            report.unchanged += 1
    return report
