"""Store: migrations, upgrade from every earlier migration (and from databases the old
migrator left), WAL/FKs, backup and restore, events."""
from __future__ import annotations

import importlib
import json
import shutil
import sqlite3
import threading

import legacy_migrate
import pytest

from prr.db import applied_migrations, available_migrations, connect, migrate, write
from prr.db.backup import backup
from prr.db.cities import get_city, list_cities
from prr.db.events import add_event, events_for

migrate_module = importlib.import_module("prr.db.migrate")   # prr.db.migrate is also a function


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


def _legacy_folder(tmp_path):
    """The migration files under the names the old migrator recorded."""
    old_name = {new: old for old, new in migrate_module.RENAMED.items()}
    folder = tmp_path / "legacy-migrations"
    folder.mkdir()
    for p in available_migrations():
        shutil.copy(p, folder / old_name.get(p.name, p.name))
    return folder


@pytest.mark.parametrize("stop", range(1, len(available_migrations()) + 1))
def test_database_left_by_the_old_migrator_upgrades_in_place(tmp_path, stop):
    folder = _legacy_folder(tmp_path)
    old_names = [p.name for p in legacy_migrate.available_migrations(folder)]
    path = tmp_path / "old.db"
    conn = connect(path, migrate=False)
    legacy_migrate.migrate(conn, folder, upto=old_names[stop - 1])
    conn.execute("INSERT INTO cities (slug, name, updated_at) VALUES ('testville', 'Testville', 'x')")
    conn.execute("INSERT INTO events (city_slug, kind, at) VALUES ('testville', 'note', 'x')")
    stamps = dict(conn.execute("SELECT name, applied_at FROM schema_migrations").fetchall())
    conn.close()

    # prr doctor reads it read-only, before any upgrade: the old record counts.
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    expected_done = sorted(migrate_module.RENAMED.get(n, n) for n in old_names[:stop])
    assert applied_migrations(ro) == expected_done
    ro.close()

    conn = connect(path)   # upgrades on open
    names = [p.name for p in available_migrations()]
    assert applied_migrations(conn) == names
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "schema_migrations" not in tables and "_sqlite_migrations" in tables
    recorded = {r["name"]: r["applied_at"] for r in conn.execute("SELECT * FROM _sqlite_migrations")}
    assert len(recorded) == len(names)
    for old, at in stamps.items():   # what ran before keeps its time: it did not run again
        assert recorded[migrate_module.RENAMED.get(old, old)] == at
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(names)
    assert get_city(conn, "testville")["name"] == "Testville"
    assert conn.execute("SELECT count(*) FROM events WHERE city_slug='testville'").fetchone()[0] == 1
    assert migrate(conn) == []


def test_many_connections_opening_a_new_database_at_once_apply_each_migration_once(tmp_path):
    path = tmp_path / "new.db"
    start = threading.Barrier(8)
    errors = []

    def opener():
        start.wait()
        try:
            connect(path).close()
        except Exception as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=opener) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    conn = connect(path)
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(available_migrations())


@pytest.fixture
def migrations_copy(tmp_path, monkeypatch):
    folder = tmp_path / "migrations"
    folder.mkdir()
    for p in available_migrations():
        shutil.copy(p, folder / p.name)
    monkeypatch.setattr(migrate_module, "MIGRATIONS_DIR", folder)
    return folder


def test_a_migration_added_later_with_a_lower_number_is_applied(tmp_path, migrations_copy):
    conn = connect(tmp_path / "a.db")
    (migrations_copy / "0002_late.sql").write_text("CREATE TABLE late_arrival (id INTEGER PRIMARY KEY);\n")
    (migrations_copy / "9001_python.py").write_text(
        "import sqlite_utils\n\n\ndef migrate(conn):\n"
        "    sqlite_utils.Database(conn)['made_by_python'].create({'id': int, 'name': str}, pk='id')\n"
        "    conn.executemany('INSERT INTO made_by_python (name) VALUES (?)', [('a',), ('b',)])\n")
    assert migrate(conn) == ["0002_late.sql", "9001_python.py"]
    assert {"late_arrival", "made_by_python"} <= set(connect(tmp_path / "a.db").execute(
        "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type='table'").fetchone()[0].split())
    assert conn.execute("SELECT count(*) FROM made_by_python").fetchone()[0] == 2
    assert migrate(conn) == []


def test_a_failing_migration_changes_nothing_and_stays_pending(tmp_path, migrations_copy):
    conn = connect(tmp_path / "b.db")
    (migrations_copy / "9000_fine.sql").write_text("CREATE TABLE fine (id INTEGER PRIMARY KEY);\n")
    (migrations_copy / "9001_broken.sql").write_text(
        "CREATE TABLE half_done (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n")
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        migrate(conn)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "fine" in names and "half_done" not in names
    assert applied_migrations(conn)[-1] == "9000_fine.sql"
    assert not conn.in_transaction
    (migrations_copy / "9001_broken.sql").write_text("CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n")
    assert migrate(conn) == ["9001_broken.sql"]


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


def test_city_lookups(conn):
    from prr.db import cities

    assert cities.count_cities(conn) == 2 and cities.has_cities(conn)
    assert cities.city_slugs(conn) == ["mission-viejo", "oxnard"]
    assert "oxnard" in cities.slugs_with_contact(conn, "records_email")
    assert cities.registry_location(conn, "oxnard")["state"] == "CA"
    assert cities.registry_location(conn, "nowhere") is None
    assert cities.office_json(conn, "oxnard").startswith("{") and cities.office_json(conn, "nowhere") == "{}"
    assert cities.city_row(conn, "oxnard")["office_json"]


def test_event_lookups(conn):
    from prr.db import events
    from prr.db.core import insert

    rid = insert(conn, "requests", {"city_slug": "oxnard", "kind": "incident-logs", "dedupe_key": "k1",
                                    "token": "t1", "created_at": "2026-03-01T00:00:00+00:00"})
    add_event(conn, "followup_claimed", city_slug="oxnard", on="2026-03-02", claim="c1")
    add_event(conn, "other", city_slug="oxnard")
    add_event(conn, "followup_sent", request_id=rid, city_slug="oxnard", on="2026-03-02", channel="smtp")
    add_event(conn, "followup_sent", request_id=rid, city_slug="oxnard", on="2026-03-04")
    assert [e["detail"]["claim"] for e in events.city_events(conn, "oxnard", ["followup_claimed", "x"])] == ["c1"]
    assert events.has_event(conn, rid, "followup_sent") and not events.has_event(conn, rid, "other")
    assert events.followup_sent_on(conn, "oxnard", "2026-03-02", "smtp")
    assert not events.followup_sent_on(conn, "oxnard", "2026-03-02", "outbox")     # another channel
    assert events.followup_sent_on(conn, "oxnard", "2026-03-04", "outbox")         # no channel: any
    assert not events.followup_sent_on(conn, "oxnard", "2026-03-03", "smtp")
    assert not events.followup_sent_on(conn, "mission-viejo", "2026-03-02", "smtp")


def test_savepoint_undoes_one_item_and_keeps_the_rest(conn):
    from prr.db.core import WriteBatch, savepoint

    batch = WriteBatch(conn, max_items=10)
    for i in range(3):
        batch.begin()
        try:
            with savepoint(conn, "item"):
                add_event(conn, "item", city_slug="oxnard", n=i)
                if i == 1:
                    raise ValueError("bad item")
        except ValueError:
            pass
        batch.done()
    assert conn.in_transaction          # fewer items than max_items: still one open transaction
    batch.commit()
    assert not conn.in_transaction
    assert [json.loads(r[0])["n"] for r in conn.execute("SELECT detail_json FROM events WHERE kind='item'")] == [0, 2]
