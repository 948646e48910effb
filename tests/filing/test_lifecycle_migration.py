"""An existing database upgrades in place: outbox letters it called `filed` (nothing had
left the machine) become `ready_to_send` without a due date, the move recorded as an
event; requests really sent keep their state and dates."""
from __future__ import annotations

from prr.db import connect
from prr.db.events import events_for
from prr.db.migrate import applied_migrations, available_migrations, migrate
from prr.db.requests import get_request


def test_outbox_filed_becomes_ready_to_send_on_upgrade(tmp_path):
    names = [p.name for p in available_migrations()]
    conn = connect(tmp_path / "old.db", migrate=False)
    migrate(conn, upto="0004_breaches.sql")
    conn.execute("INSERT INTO cities (slug, name, updated_at) VALUES ('testville', 'Testville', 'x')")
    for i, (channel, status) in enumerate([("outbox", "filed"), ("smtp", "filed"), ("outbox", "acknowledged"),
                                           ("outbox", "draft")], start=1):
        conn.execute("INSERT INTO requests (id, city_slug, kind, dedupe_key, token, status, channel, created_at,"
                     " filed_at, received_on, due_on) VALUES (?, 'testville', 'incident-logs', ?, ?, ?, ?, 'x',"
                     " '2026-02-02T17:00:00+00:00', '2026-02-02', '2026-02-12')",
                     (i, f"k{i}", f"PRR-TEST000{i}", status, channel))
    conn.commit()
    conn.close()
    conn = connect(tmp_path / "old.db")          # upgrades on open
    assert applied_migrations(conn) == names
    outbox = get_request(conn, 1)
    assert (outbox["status"], outbox["received_on"], outbox["due_on"], outbox["filed_at"]) == \
        ("ready_to_send", None, None, None)
    (ev,) = [e for e in events_for(conn, 1) if e["kind"] == "status_changed"]
    assert (ev["detail"]["old"], ev["detail"]["new"]) == ("filed", "ready_to_send")
    assert "prr request sent 1 --on DATE" in ev["detail"]["reason"]
    for rid, status in ((2, "filed"), (3, "acknowledged"), (4, "draft")):
        r = get_request(conn, rid)
        assert r["status"] == status and r["received_on"] == "2026-02-02"
    assert conn.execute("SELECT count(*) FROM known_senders").fetchone()[0] == 0
