"""What a run remembers of the ``changes`` table: "already proposed or decided?" answered
from a city's changes read once (see :func:`known_changes`)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from prr.db.core import ROLLBACK_LISTENERS, marks

CHANGE_STATUSES = ("unconfirmed", "pending", "accepted", "rejected")


class _KnownChanges:
    """The ``(field, old_value, new_value)`` of a city's changes of one kind, by new value, read
    once per city and kind and kept up to date with the changes added through the same
    connection; all of it forgotten when another connection commits (``data_version``), a
    change is deleted, or a write is rolled back. A first watch asks "already decided?" for
    every new page: a query each, where ``data_version`` costs ~2.5 us to ask."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.version = _data_version(conn)
        self.by_city: dict[tuple[str, str], dict[str, set[tuple]]] = {}

    def keys(self, city_slug: str, kind: str, values: list[str]) -> set[tuple]:
        version = _data_version(self.conn)
        if version != self.version:
            self.version, self.by_city = version, {}
        by_new = self.by_city.get((city_slug, kind))
        if by_new is None:
            by_new = self.by_city[(city_slug, kind)] = {}
            for key in self.conn.execute(
                    "SELECT coalesce(field, ''), coalesce(old_value, ''), coalesce(new_value, '') FROM changes"
                    f" WHERE city_slug = ? AND kind = ? AND status IN ({marks(CHANGE_STATUSES)})",
                    [city_slug, kind, *CHANGE_STATUSES]):
                by_new.setdefault(key[2], set()).add(tuple(key))
        out: set[tuple] = set()
        for v in values:
            got = by_new.get(v)
            if got:
                out |= got
        return out

    def added(self, city_slug: str, kind: str, key: tuple) -> None:
        by_new = self.by_city.get((city_slug, kind))
        if by_new is not None:
            by_new.setdefault(key[2], set()).add(key)


_KNOWN: dict[int, _KnownChanges] = {}     # by id(connection): sqlite3 connections take no weak references


def _data_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA data_version").fetchone()[0]


def known_for(conn: sqlite3.Connection) -> _KnownChanges | None:
    known = _KNOWN.get(id(conn))
    return known if known is not None and known.conn is conn else None


def forget_known(conn: sqlite3.Connection) -> None:
    known = known_for(conn)
    if known is not None:
        known.by_city = {}


ROLLBACK_LISTENERS.append(forget_known)


@contextmanager
def known_changes(conn: sqlite3.Connection) -> Iterator[None]:
    """Within the block, :func:`prr.db.pages.change_keys` answers from changes read once per
    city and kind (for a run writing through ``conn``: a watch)."""
    if known_for(conn) is not None:
        yield
        return
    _KNOWN[id(conn)] = _KnownChanges(conn)
    try:
        yield
    finally:
        _KNOWN.pop(id(conn), None)
