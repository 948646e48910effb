"""Filing throughput and drafting at scale.

Filing: 500 requests filed by SMTP to a local server, against plain smtplib sending the
same 500 messages in the same run. prr's per-request work on top of the send:
compare-and-set state changes and events in SQLite (WAL), the fsync'd sent-journal
append, the outgoing communication record.

Drafting: 1,000 and 2,000 requests drafted into a fresh database through
prr.filing.draft_request (what `prr request new` and the flows call: letter rendering,
the identical-request check and the overlapping-dates check), each asking about its own
week, so every draft runs the similarity check and none is refused. Baseline in the same
run: the previous similarity check (every earlier request of the kind decoded from JSON),
swapped in for the same drafts. Runs are interleaved (new 1,000, new 2,000, old 1,000,
old 2,000, repeated); median and spread of wall and CPU time. Goal: linear, i.e. the
2,000/1,000 time ratio <= 2.3 (2 plus noise).

    .venv/bin/python benchmarks/filing.py            # PRR_BENCH_REQUESTS=500 for filing
    PRR_BENCH_DRAFT_REPS=3 PRR_BENCH_OLD_REPS=1 ...    # drafting repeats (new / old check)
The last line is JSON.
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
DRAFT_SIZES = (1000, 2000)
DRAFT_REPS = int(os.environ.get("PRR_BENCH_DRAFT_REPS", "3"))
OLD_REPS = int(os.environ.get("PRR_BENCH_OLD_REPS", "1"))
GOAL_DRAFT_RATIO = 2.3    # time(2,000) / time(1,000): linear is 2
GOAL_RATE = 50.0          # requests/s filed by prr, end to end
GOAL_OVERHEAD_MS = 15.0   # prr's cost per request on top of the plain SMTP send (fsync included)


def old_find_similar(conn, city_slug, kind, values):
    """The check before the date columns: decode every earlier request of the kind."""
    import json as json_mod

    from prr.db.core import rows
    from prr.db.requests import date_range

    mine = date_range(values)
    if mine is None:
        return []
    out = []
    for r in rows(conn, "SELECT * FROM requests WHERE city_slug=? AND kind=? ORDER BY id", (city_slug, kind)):
        r["params"] = json_mod.loads(r["params_json"] or "{}")
        theirs = date_range(r["params"]) if r["status"] != "withdrawn" else None
        if theirs and mine[0] <= theirs[1] and theirs[0] <= mine[1]:
            out.append(r)
    return out


def draft_run(tmp: Path, n: int, label: str, old: bool) -> tuple[float, float]:
    """Draft n requests into a fresh database; (wall s, CPU s) of the drafting alone."""
    import datetime as dt

    import prr.requests.filing as filing
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.registry.registry import sync_registry

    settings = get_settings()
    conn = connect(tmp / f"draft-{label}.db")
    sync_registry(conn, settings.registry_dir)
    saved = filing.find_similar
    if old:
        filing.find_similar = old_find_similar
    try:
        t, c = time.perf_counter(), time.process_time()
        for i in range(n):
            start = dt.date(2000, 1, 3) + dt.timedelta(weeks=i // 2)
            filing.draft_request(conn, ("oxnard", "mission-viejo")[i % 2], "incident-logs",
                                 {"incident": f"incident number {i}", "start": start.isoformat(),
                                  "end": (start + dt.timedelta(days=6)).isoformat()}, settings=settings)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
    finally:
        filing.find_similar = saved
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        (tmp / f"draft-{label}.db{suffix}").unlink(missing_ok=True)
    return wall, cpu


def drafting(tmp: Path) -> dict:
    import statistics

    runs: dict[str, list[tuple[float, float]]] = {}
    for rep in range(max(DRAFT_REPS, OLD_REPS)):
        for old in (False, True):
            if (old and rep >= OLD_REPS) or (not old and rep >= DRAFT_REPS):
                continue
            for n in DRAFT_SIZES:
                key = f"{'old' if old else 'new'}_{n}"
                runs.setdefault(key, []).append(draft_run(tmp, n, f"{key}-{rep}", old))
                print(f"drafted {n} ({'old' if old else 'new'} similarity check): wall {runs[key][-1][0]:.2f} s, "
                      f"CPU {runs[key][-1][1]:.2f} s", file=sys.stderr)

    def stat(key, i):
        xs = [r[i] for r in runs[key]]
        return {"median": round(statistics.median(xs), 3), "min": round(min(xs), 3), "max": round(max(xs), 3)}

    out = {f"draft_{k}_{'wall' if i == 0 else 'cpu'}_s": stat(k, i) for k in runs for i in (0, 1)}
    small, big = DRAFT_SIZES
    for way in ("new", "old"):
        out[f"draft_ratio_{way}_{big}_vs_{small}_cpu"] = round(
            out[f"draft_{way}_{big}_cpu_s"]["median"] / out[f"draft_{way}_{small}_cpu_s"]["median"], 2)
        out[f"draft_ratio_{way}_{big}_vs_{small}_wall"] = round(
            out[f"draft_{way}_{big}_wall_s"]["median"] / out[f"draft_{way}_{small}_wall_s"]["median"], 2)
    out[f"draft_speedup_vs_old_at_{big}_cpu"] = round(
        out[f"draft_old_{big}_cpu_s"]["median"] / out[f"draft_new_{big}_cpu_s"]["median"], 2)
    out[f"drafts_per_s_at_{big}"] = round(big / out[f"draft_new_{big}_wall_s"]["median"], 1)
    return out


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
        draft = drafting(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    prr_rate, base_rate = N / prr_s, N / base_s
    overhead_ms = (prr_s - base_s) / N * 1000
    print(f"drafted {N} requests in {draft_s:.2f} s ({N / draft_s:.0f}/s)")
    print(f"prr filed {N} requests by SMTP in {prr_s:.2f} s: {prr_rate:.1f} requests/s")
    print(f"plain smtplib sent the same {N} messages in {base_s:.2f} s: {base_rate:.1f} messages/s")
    print(f"prr overhead per request: {overhead_ms:.2f} ms ({prr_s / base_s:.2f}x the plain send time)")
    small, big = DRAFT_SIZES
    linear = draft[f"draft_ratio_new_{big}_vs_{small}_cpu"] <= GOAL_DRAFT_RATIO
    goals_met = prr_rate >= GOAL_RATE and overhead_ms <= GOAL_OVERHEAD_MS and linear
    print(json.dumps({
        "benchmark": "filing", "requests": N,
        "prr_seconds": round(prr_s, 3), "baseline_seconds": round(base_s, 3), "draft_seconds": round(draft_s, 3),
        "prr_requests_per_s": round(prr_rate, 1), "baseline_messages_per_s": round(base_rate, 1),
        "overhead_ms_per_request": round(overhead_ms, 2), "time_ratio_prr_vs_baseline": round(prr_s / base_s, 2),
        **draft, "load_average_1m": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
        "goals": {"prr_requests_per_s_min": GOAL_RATE, "overhead_ms_per_request_max": GOAL_OVERHEAD_MS,
                  f"draft_ratio_new_{big}_vs_{small}_cpu_max": GOAL_DRAFT_RATIO},
        "goals_met_each": {"filing_rate": prr_rate >= GOAL_RATE, "overhead": overhead_ms <= GOAL_OVERHEAD_MS,
                           "drafting_linear": linear},
        "goals_met": goals_met,
    }))


if __name__ == "__main__":
    main()
