"""Store: migrations, upgrade from every earlier migration, WAL/FKs, backup and restore, events."""
from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest

from prr.db import applied_migrations, available_migrations, connect, migrate, write
from prr.db.backup import backup
from prr.db.cities import get_city, list_cities
from prr.db.events import add_event, events_for


def test_fresh_database_has_every_table_and_policy(prr_env):
    conn = connect(prr_env.db_path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in ("cities", "contacts", "pages", "snapshots", "changes", "requests", "communications",
                  "tracking_numbers", "documents", "document_pages", "events", "incidents"):
        assert table in names
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(available_migrations())
    assert applied_migrations(conn) == [p.name for p in available_migrations()]


@pytest.mark.parametrize("stop", range(1, len(available_migrations()) + 1))
def test_database_at_earlier_migration_upgrades_with_data_intact(tmp_path, stop):
    names = [p.name for p in available_migrations()]
    conn = connect(tmp_path / "old.db", migrate=False)
    migrate(conn, upto=names[stop - 1])
    assert applied_migrations(conn) == names[:stop]
    conn.execute("INSERT INTO cities (slug, name, updated_at) VALUES ('testville', 'Testville', '2026-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO contacts (city_slug, kind, value, first_seen, last_seen)"
                 " VALUES ('testville','records_email','clerk@testville.gov','x','x')")
    conn.close()
    conn = connect(tmp_path / "old.db")   # upgrades on open
    assert applied_migrations(conn) == names
    assert get_city(conn, "testville")["name"] == "Testville"
    assert conn.execute("SELECT value FROM contacts WHERE city_slug='testville'").fetchone()[0] == "clerk@testville.gov"


def test_events_are_append_only(conn):
    eid = add_event(conn, "note", city_slug="oxnard", text="hello")
    assert events_for(conn, None) == [] and eid > 0
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE events SET kind='x' WHERE id=?", (eid,))
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM events WHERE id=?", (eid,))


def test_concurrent_writers_do_not_lock_out(prr_env, conn):
    """Eight threads, each with its own connection, 50 write transactions each: no lock errors."""
    errors = []

    def worker(n):
        c = connect(prr_env.db_path)
        try:
            for i in range(50):
                with write(c):
                    count = c.execute("SELECT count(*) FROM events").fetchone()[0]
                    c.execute("INSERT INTO events (city_slug, kind, at, detail_json) VALUES (?,?,?,?)",
                              ("oxnard", "load", "t", f'{{"n": {n}, "i": {i}, "seen": {count}}}'))
        except Exception as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)
        finally:
            c.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert conn.execute("SELECT count(*) FROM events WHERE kind='load'").fetchone()[0] == 400


def test_backup_then_restore_round_trip(prr_env, conn, tmp_path):
    add_event(conn, "before-backup", city_slug="oxnard")
    dest = backup(conn, tmp_path / "backups" / "prr-backup.db")
    with pytest.raises(FileExistsError):
        backup(conn, dest)
    # Damage the live database after the backup ...
    conn.execute("DELETE FROM contacts WHERE city_slug='oxnard'")
    conn.execute("UPDATE cities SET name='Broken' WHERE slug='oxnard'")
    conn.close()
    # ... restore = copy the backup back over it (prr stopped), removing stale WAL files.
    for suffix in ("-wal", "-shm"):
        p = prr_env.db_path.with_name(prr_env.db_path.name + suffix)
        if p.exists():
            p.unlink()
    shutil.copy(dest, prr_env.db_path)
    restored = connect(prr_env.db_path)
    assert get_city(restored, "oxnard")["name"] == "Oxnard"
    assert restored.execute("SELECT count(*) FROM contacts WHERE city_slug='oxnard'").fetchone()[0] == 6
    assert restored.execute("SELECT count(*) FROM events WHERE kind='before-backup'").fetchone()[0] == 1
    assert {r["slug"] for r in list_cities(restored)} == {"oxnard", "mission-viejo"}
