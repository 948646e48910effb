"""What the rest of a city's data says about one of its pages: boilerplate, area codes.

Site boilerplate: what a city's pages all repeat is not any page's news.

The watch compares each checked page with the latest snapshots of the same city's
other watched pages. Paragraphs repeated across them (a contact widget, a sidebar,
a footer the normaliser did not recognise) are boilerplate: contacts in them are
flagged (``Contact.boilerplate``), so they map to no registry kind, are never proposed
and never create a change, and their text is left out of the paragraph diff. When the
template changes on every page at once, no page reports it.
"""
from __future__ import annotations

from collections import Counter

from prr.db import pages as store
from prr.scrapers.contacts import area_codes_of, mark_boilerplate
from prr.scrapers.contacts.boilerplate import block_keys, is_repeated, repeated_keys  # noqa: F401  (is_repeated: re-exported)

# Block keys of snapshots by the hash of their paragraphs (same paragraphs, same keys).
# Each page checked compares itself with every other page of its city; decoding and keying
# all of them again for each page made a first check quadratic in the pages per city
# (measured, `prr watch` on 1,000 pages of 20 cities: 20.7 s of CPU, 3.8 s with this cache).
_SNAPSHOT_KEYS: dict[str, frozenset[str]] = {}
_SNAPSHOT_KEYS_MAX = 50_000


def city_paragraphs(conn, city_slug: str, *, exclude_page_id: int) -> list[list[str]]:
    """Latest snapshot paragraphs of the city's other pages (one query)."""
    return store.other_pages_paragraphs(conn, city_slug, exclude_page_id)


def city_block_keys(conn, city_slug: str, *, exclude_page_id: int) -> list[frozenset[str]]:
    """Block keys of the latest snapshots of the city's other pages, keyed once per
    distinct snapshot content (its hash of the paragraphs)."""
    latest = store.other_pages_latest_snapshots(conn, city_slug, exclude_page_id)
    _keys_of(conn, latest)
    return [_SNAPSHOT_KEYS[h] for _, h in latest if h in _SNAPSHOT_KEYS]


def site_repeated(conn, page: dict, paragraphs: list[str]) -> set[str]:
    """Paragraphs of this page that the city's other pages repeat (normalised)."""
    others = city_block_keys(conn, page["city_slug"], exclude_page_id=page["id"])
    if not others:
        return set()
    return repeated_keys([block_keys(paragraphs), *others])


def _keys_of(conn, snapshots: list[tuple[int, str]]) -> None:
    """Key the snapshots (id, hash) whose hash is not keyed yet."""
    missing = [sid for sid, h in snapshots if h not in _SNAPSHOT_KEYS]
    if len(_SNAPSHOT_KEYS) + len(missing) > _SNAPSHOT_KEYS_MAX:
        _SNAPSHOT_KEYS.clear()
        missing = [sid for sid, _ in snapshots]
    for h, paragraphs in store.snapshot_paragraphs(conn, missing):
        _SNAPSHOT_KEYS[h] = block_keys(paragraphs)


class _CityKeys:
    """How many of a city's pages (their latest snapshots) have each block key, kept up
    to date by difference: read once (:meth:`load`), then given the city's snapshots added
    since (:meth:`add`; a run adds snapshots, it deletes none), a page's newer snapshot
    replacing its older one in the counts, instead of counting every page's keys for every
    page checked."""

    def __init__(self):
        self.latest: dict[int, tuple[int, frozenset[str]]] = {}     # page id -> (snapshot id, its keys)
        self.counts: Counter = Counter()
        self.shared: set[str] = set()       # the keys counted at least twice (only they can repeat)
        self.seen_id = 0                    # every snapshot of the city up to this id is counted
        self.waiting: dict[int, tuple[int, str]] = {}   # page id -> its newest snapshot (id, hash) not counted yet

    def load(self, conn, city_slug: str) -> None:
        """The latest snapshot of each of the city's pages; every snapshot up to the table's
        newest is then counted (the city's are in the counts, the others are not its pages')."""
        newest = store.last_snapshot_id(conn)
        rows = store.city_latest_snapshots(conn, city_slug)
        self.seen_id = max([newest, *(sid for _, sid, _ in rows)])
        self._count(conn, rows)

    def add(self, page_id: int, snapshot_id: int, content_hash: str) -> None:
        """A snapshot of one of the city's pages, newer than those given before."""
        if snapshot_id > self.seen_id:
            self.waiting[page_id] = (snapshot_id, content_hash)

    def refresh(self, conn) -> None:
        """Count the snapshots given since the last call (each page's newest)."""
        if self.waiting:
            rows = [(pid, sid, h) for pid, (sid, h) in self.waiting.items()]
            self.waiting = {}
            self.seen_id = max(self.seen_id, max(sid for _, sid, _ in rows))
            self._count(conn, rows)

    def _count(self, conn, rows: list[tuple[int, int, str]]) -> None:
        if not rows:
            return
        _keys_of(conn, [(sid, h) for _, sid, h in rows])
        dropped = [self.latest.pop(pid)[1] for pid, _, _ in rows if pid in self.latest]
        counts, shared = self.counts, self.shared
        for keys in dropped:
            counts.subtract(keys)
            for k in keys:
                if counts[k] < 2:
                    shared.discard(k)
        for pid, sid, h in rows:
            keys = _SNAPSHOT_KEYS.get(h)
            if keys is not None:
                self.latest[pid] = (sid, keys)
                counts.update(keys)
                shared.update(k for k in keys if counts[k] >= 2)
        if dropped:
            for k in [k for k, n in counts.items() if n <= 0]:
                del counts[k]

    def repeated(self, page_id: int, mine: frozenset[str]) -> set[str]:
        """What :func:`repeated_keys` gives for this page's keys and the others' latest."""
        own = self.latest.get(page_id, (None, frozenset()))[1]
        others = len(self.latest) - (page_id in self.latest)
        if not others:
            return set()
        need = max(2, min(3, others + 1))
        # Only the keys counted twice or more, and this page's own, can reach ``need`` (>= 2):
        # the rest of the city's keys (every page's own blocks) are not looked at again.
        counts = self.counts
        out = {k for k in self.shared if k not in mine and counts[k] - (k in own) >= need}
        out.update(k for k in mine if counts[k] - (k in own) + 1 >= need)
        return out


class SiteContext:
    """The site context of one watch run, read once per city: the registry's contacts and
    area codes (a run proposes changes, it does not edit the registry) and the block keys
    of the city's latest snapshots (updated on each call with the snapshots added since)."""

    def __init__(self, conn):
        self.conn = conn
        self._registry: dict[str, list[dict]] = {}
        self._area_codes: dict[str, tuple[str, ...]] = {}
        self._keys: dict[str, _CityKeys] = {}
        self._read_to: int | None = None    # snapshots up to this id were handed to the cities read

    def registry_contacts(self, city_slug: str) -> list[dict]:
        if city_slug not in self._registry:
            from prr.db.cities import contacts_for

            self._registry[city_slug] = contacts_for(self.conn, city_slug)
        return self._registry[city_slug]

    def area_codes(self, city_slug: str) -> tuple[str, ...]:
        got = self._area_codes.get(city_slug)
        if got is None:
            got = self._area_codes[city_slug] = _area_codes(self.registry_contacts(city_slug))
        return got

    def repeated(self, page: dict, paragraphs: list[str], content_hash: str | None = None) -> set[str]:
        """Paragraphs of this page that the city's other pages repeat (normalised).
        ``content_hash``: the hash its snapshot of these paragraphs will be stored under,
        so that snapshot is keyed now, not read back and keyed again."""
        mine = block_keys(paragraphs)
        if content_hash and len(_SNAPSHOT_KEYS) < _SNAPSHOT_KEYS_MAX:
            _SNAPSHOT_KEYS.setdefault(content_hash, mine)
        self._read_new()
        keys = self._keys.get(page["city_slug"])
        if keys is None:
            keys = self._keys[page["city_slug"]] = _CityKeys()
            keys.load(self.conn, page["city_slug"])
        else:
            keys.refresh(self.conn)
        return keys.repeated(page["id"], mine)

    def _read_new(self) -> None:
        """Hand the snapshots added since the last call to their cities: one read from the
        end of the table for every city (each city asking for its own re-read the others'
        snapshots added since, ~20 rows a page with 20 cities checked at once)."""
        if self._read_to is None:       # no city is read yet: nothing to hand on
            self._read_to = store.last_snapshot_id(self.conn)
            return
        rows = store.snapshots_after(self.conn, self._read_to)
        if not rows:
            return
        self._read_to = rows[-1][2]
        for city_slug, page_id, snapshot_id, content_hash in rows:
            keys = self._keys.get(city_slug)
            if keys is not None:
                keys.add(page_id, snapshot_id, content_hash)


def flag_boilerplate(contacts, repeated: set[str]):
    return mark_boilerplate(contacts, repeated)


def area_codes_for(conn, city_slug: str) -> tuple[str, ...]:
    """The city's area codes, from the phone numbers the registry has for it: a
    seven-digit number on the city's own page is completed with the first."""
    from prr.db.cities import contacts_for

    return _area_codes(contacts_for(conn, city_slug))


def _area_codes(registry_contacts: list[dict]) -> tuple[str, ...]:
    return area_codes_of(c["value"] for c in registry_contacts
                         if c["value"] and (c["kind"] or "").endswith(("_phone", "_fax")))
