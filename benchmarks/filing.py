"""Filing throughput: 500 requests filed by SMTP to a local server, against plain smtplib
sending the same 500 messages in the same run.

prr's per-request work on top of the send: compare-and-set state changes and events in
SQLite (WAL), the fsync'd sent-journal append, the outgoing communication record.
Prints requests/s for both and prr's overhead per request; the last line is JSON.
"""
from __future__ import annotations

import json
import os
import shutil
import smtplib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N = int(os.environ.get("PRR_BENCH_REQUESTS", "500"))
GOAL_RATE = 50.0          # requests/s filed by prr, end to end
GOAL_OVERHEAD_MS = 15.0   # prr's cost per request on top of the plain SMTP send (fsync included)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-filing-"))
    registry = tmp / "registry" / "ca"
    registry.mkdir(parents=True)
    for slug in ("oxnard", "mission-viejo"):
        shutil.copy(ROOT / "registry" / "ca" / f"{slug}.yaml", registry / f"{slug}.yaml")
    for k in [k for k in os.environ if k.startswith("PRR_") and k != "PRR_BENCH_REQUESTS"]:
        del os.environ[k]
    os.environ.update(PRR_HOME=str(tmp / "home"), PRR_REGISTRY=str(tmp / "registry"),
                      PRR_REQUESTER_NAME="Dana Reporter", PRR_REQUESTER_EMAIL="dana@example.org")

    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.demo.localservers import SmtpSink
    from prr.registry.registry import sync_registry
    from prr.requests.filing import draft_request, file_batch

    try:
        with SmtpSink() as sink, SmtpSink() as baseline_sink:
            os.environ["PRR_SMTP_URL"] = sink.url
            settings = get_settings()
            conn = connect(settings.db_path)
            sync_registry(conn, settings.registry_dir)
            t0 = time.perf_counter()
            ids = []
            for i in range(N):
                slug = ("oxnard", "mission-viejo")[i % 2]
                ids.append(draft_request(conn, slug, "incident-logs",
                                         {"incident": f"incident number {i}", "start": "2026-01-01",
                                          "end": "2026-01-31"}, settings=settings, confirm_similar=True))
            draft_s = time.perf_counter() - t0

            t0 = time.perf_counter()
            outcomes = file_batch(conn, ids, channel="smtp", settings=settings)
            prr_s = time.perf_counter() - t0
            assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok][:3]
            assert len(sink.received) == N

            # Baseline: the very same messages, plain smtplib, one connection.
            messages = [(r.mail_from, r.rcpt_tos, r.data) for r in sink.received]
            t0 = time.perf_counter()
            with smtplib.SMTP(baseline_sink.host, baseline_sink.port) as smtp:
                for mail_from, rcpts, data in messages:
                    smtp.sendmail(mail_from, rcpts, data)
            base_s = time.perf_counter() - t0
            assert len(baseline_sink.received) == N
            conn.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    prr_rate, base_rate = N / prr_s, N / base_s
    overhead_ms = (prr_s - base_s) / N * 1000
    print(f"drafted {N} requests in {draft_s:.2f} s ({N / draft_s:.0f}/s)")
    print(f"prr filed {N} requests by SMTP in {prr_s:.2f} s: {prr_rate:.1f} requests/s")
    print(f"plain smtplib sent the same {N} messages in {base_s:.2f} s: {base_rate:.1f} messages/s")
    print(f"prr overhead per request: {overhead_ms:.2f} ms ({prr_s / base_s:.2f}x the plain send time)")
    goals_met = prr_rate >= GOAL_RATE and overhead_ms <= GOAL_OVERHEAD_MS
    print(json.dumps({
        "benchmark": "filing", "requests": N,
        "prr_seconds": round(prr_s, 3), "baseline_seconds": round(base_s, 3), "draft_seconds": round(draft_s, 3),
        "prr_requests_per_s": round(prr_rate, 1), "baseline_messages_per_s": round(base_rate, 1),
        "overhead_ms_per_request": round(overhead_ms, 2), "time_ratio_prr_vs_baseline": round(prr_s / base_s, 2),
        "goals": {"prr_requests_per_s_min": GOAL_RATE, "overhead_ms_per_request_max": GOAL_OVERHEAD_MS},
        "goals_met": goals_met,
    }))


if __name__ == "__main__":
    main()
