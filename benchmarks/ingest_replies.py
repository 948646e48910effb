"""Reply ingestion throughput: prr's full pipeline (parse, dedupe, store raw, match,
classify, apply, refresh deadlines) on a Maildir of realistic replies, against a
baseline measured in the same run: parse each message with the standard library and
insert it into SQLite (the least any ingester does). Also times a second poll of the
same Maildir (every message a duplicate), which is what a 15-minute schedule mostly does.

Goals: a burst of 1,000 new replies handled in under a minute (>= 20 msg/s: a city
rarely sends more than a few a day), and a re-poll of a large inbox that costs next to
nothing (>= 500 msg/s, i.e. duplicates are recognised without parsing the message).

    .venv/bin/python benchmarks/ingest_replies.py [N]
"""
from __future__ import annotations

import email
import email.policy
import json
import mailbox
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BODIES = [
    "Your request has been received and assigned reference number R{n:06d}-012323. We will respond within 10 days.",
    "Pursuant to Government Code section 7922.535(b), the City is extending the time to respond by 14 days "
    "due to the need to search for and collect records from field facilities.",
    "Please clarify which date range you are requesting.",
    "We anticipate producing the records by April 15, 2026. Thank you for your patience.",
    "Thank you for contacting the City. This mailbox is monitored during business hours.",
]


def make_messages(tokens: list[str], n: int) -> list[bytes]:
    out = []
    start = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)
    for i in range(n):
        msg = EmailMessage()
        msg["From"] = "City Clerk <cityclerk@oxnard.org>"
        msg["To"] = "dana@example.org"
        token = tokens[i % len(tokens)]
        # Most replies carry the token; some only come from the city's domain (review queue).
        msg["Subject"] = f"RE: California Public Records Act request [{token}]" if i % 5 else "Your request"
        msg["Date"] = format_datetime(start + timedelta(hours=i))
        msg["Message-ID"] = make_msgid(domain="oxnard.org")
        msg.set_content(BODIES[i % len(BODIES)].format(n=i) + "\n\n" + "Regards,\nCity Clerk\n" * 3)
        out.append(bytes(msg))
    return out


def baseline(messages: list[bytes], db_path: Path) -> float:
    t = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, message_id TEXT, subject TEXT, body TEXT, raw BLOB)")
    for raw in messages:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(("plain",)).get_content()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO m (message_id, subject, body, raw) VALUES (?,?,?,?)",
                     (msg["Message-ID"], msg["Subject"], body, raw))
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - t


def seed_filed_requests(conn, settings, *, count: int = 20, dedupe_prefix: str = "bench") -> list[str]:
    """``count`` requests to Oxnard, filed on 2026-03-02, for replies to match: their tokens.
    The same set-up for this benchmark and ``prefect_overhead.py``'s ingest workload."""
    from prr.db.events import add_event
    from prr.db.requests import insert_request, set_status, update_request
    from prr.registry.registry import sync_registry
    from prr.requests.tokens import new_token

    sync_registry(conn, settings.registry_dir)
    tokens = []
    for i in range(count):
        token = new_token()
        rid = insert_request(conn, city_slug="oxnard", kind="incident-logs", params={"i": i},
                             dedupe_key=f"{dedupe_prefix}-{i}", token=token, subject=f"CPRA request {i} [{token}]",
                             body="...", channel="outbox", recipient="cityclerk@oxnard.org")
        set_status(conn, rid, "filing")
        update_request(conn, rid, received_on="2026-03-02", filed_at="2026-03-02T17:00:00+00:00")
        set_status(conn, rid, "filed")
        add_event(conn, "filed", request_id=rid, city_slug="oxnard", received_on="2026-03-02",
                  sent_at="2026-03-02T17:00:00+00:00", channel="outbox", message_id=None)
        tokens.append(token)
    return tokens


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-ingest-"))
    try:
        os.environ["PRR_HOME"] = str(tmp / "home")
        from prr.core.settings import get_settings
        from prr.db import connect
        from prr.replies.ingest import ingest_source
        from prr.replies.sources import MaildirSource

        settings = get_settings()
        conn = connect(settings.db_path)
        tokens = seed_filed_requests(conn, settings, dedupe_prefix="bench")
        messages = make_messages(tokens, n)
        box = mailbox.Maildir(str(tmp / "Maildir"), create=True)
        for raw in messages:
            box.add(raw)

        base_s = baseline(messages, tmp / "baseline.db")
        t = time.perf_counter()
        first = ingest_source(conn, MaildirSource(tmp / "Maildir"), settings)
        prr_s = time.perf_counter() - t
        t = time.perf_counter()
        again = ingest_source(conn, MaildirSource(tmp / "Maildir"), settings)
        repoll_s = time.perf_counter() - t
        assert first.total == n and again.counts == {"duplicate": n}, (first.counts, again.counts)

        figures = {
            "messages": n,
            "counts": first.counts,
            "baseline_msgs_per_s": round(n / base_s, 1),
            "prr_msgs_per_s": round(n / prr_s, 1),
            "repoll_msgs_per_s": round(n / repoll_s, 1),
        }
        ratios = {"prr_vs_baseline_time": round(prr_s / base_s, 2), "repoll_vs_baseline_time": round(repoll_s / base_s, 2)}
        goals = {"prr_msgs_per_s_min": 20, "repoll_msgs_per_s_min": 500}
        met = figures["prr_msgs_per_s"] >= goals["prr_msgs_per_s_min"] and \
            figures["repoll_msgs_per_s"] >= goals["repoll_msgs_per_s_min"]
        print(f"baseline (parse + insert): {figures['baseline_msgs_per_s']} msg/s")
        print(f"prr full pipeline:         {figures['prr_msgs_per_s']} msg/s "
              f"({ratios['prr_vs_baseline_time']}x the baseline's time)")
        print(f"prr re-poll (duplicates):  {figures['repoll_msgs_per_s']} msg/s "
              f"({ratios['repoll_vs_baseline_time']}x)")
        print(json.dumps({"benchmark": "ingest_replies", "figures": figures, "ratios": ratios, "goals": goals,
                          "goals_met": met}))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
