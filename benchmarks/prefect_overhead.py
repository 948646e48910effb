"""Benchmark: Prefect's share of three workloads' wall time, against a running Prefect server.

The same work runs with and without Prefect, as the CLI and the flow run it: the same
workflow function (prr.workflows), the same concurrency (the workflow's WORKERS), once
with this process's threads as the fan-out and once as the Prefect flow (tasks, logs,
one summary artifact) reporting to a Prefect server started here beforehand:

- watch:  a first pass over 1,000 pages on 20 local hosts (50 ms latency each, per-host
          limit 2; the page servers run in their own process);
- filing: 500 cities drafted and filed by SMTP to a local server (aiosmtpd);
- ingest: 1,000 replies read from a Maildir, matched to 20 requests and applied.

Each run is a fresh process with fresh data (the set-up is not timed); runs alternate
between the two ways (interleaved), ``--rounds`` of each. Timed: the workflow call or the
flow call, after imports (Prefect's import is reported on its own as
``prefect_import_s``); CPU time of the process and its children beside the wall time.
The server serves one untimed flow run before the rounds (its first requests after
starting are slow). ``<workload>_share`` = (median with Prefect - median without) / median with Prefect.
Goal (issue: "Prefect adds little"): <= 0.15 for each.

    .venv/bin/python benchmarks/prefect_overhead.py [--rounds 3] [--baseline-python OLD_VENV/bin/python]

``--baseline-python`` runs every workload both ways with another interpreter too (the
venv of an earlier checkout: the code before a change), interleaved in the same rounds,
reported as ``baseline_<workload>_share``.

The Prefect server runs with a temporary PREFECT_HOME on a free port and is stopped at
the end; nothing is left behind. The last line is one JSON object. With Prefect, the
watch's worker processes are forked before the flow run starts Prefect's threads, as in
any process that calls the flow, so their CPU is counted both ways. (Code from before
2026-11-30's later changes, run with ``--baseline-python``, starts them from a fork
server, whose CPU is not counted: compare its wall times only.) In a deployment's run,
whose engine has threads before the flow is called, they still start from a fork server
(``benchmarks/worker_start.py`` times that).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
WORKLOADS = ("watch", "filing", "ingest")
GOAL_SHARE = 0.15
PAGES, HOSTS, LATENCY, PER_HOST = 1000, 20, 0.05, 2
CITIES, REPLIES = 500, 1000


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


# --- set-up in the child (not timed) ------------------------------------------------------

def setup_watch(conn, ports: list[int]) -> dict:
    from prr.db.cities import sync_cities
    from prr.db.pages import add_page
    from prr.registry.registry import City

    sync_cities(conn, [City(slug=f"bench-{i}", name=f"Bench {i}", website=f"http://127.0.0.1:{p}/")
                       for i, p in enumerate(ports)])
    for i, p in enumerate(ports):
        for n in range(PAGES // HOSTS):
            add_page(conn, f"bench-{i}", f"http://127.0.0.1:{p}/page/{n}", "records")
    return {}


def setup_filing(conn, smtp_url: str) -> dict:
    from prr.db.cities import sync_cities
    from prr.registry.registry import City

    cities = [City(slug=f"city-{i}", name=f"City {i}", channel="smtp",
                   contacts=[{"kind": "records_email", "value": f"clerk@city{i}.example.gov"}]) for i in range(CITIES)]
    sync_cities(conn, cities)
    os.environ["PRR_SMTP_URL"] = smtp_url
    return {"city_slugs": [c.slug for c in cities], "kind": "incident-logs", "channel": "smtp",
            "params": {"incident": "incidents logged in January 2026", "start": "2026-01-01", "end": "2026-01-31"}}


def setup_ingest(conn, settings) -> dict:
    import mailbox

    sys.path.insert(0, str(HERE))
    from ingest_replies import make_messages, seed_filed_requests

    tokens = seed_filed_requests(conn, settings, dedupe_prefix="b")
    box = mailbox.Maildir(str(settings.inbox_dir), create=True)
    for raw in make_messages(tokens, REPLIES):
        box.add(raw)
    return {}


def run_child(workload: str, mode: str, ports: list[int]) -> dict:
    """One timed run in this (fresh) process; returns its figures."""
    import contextlib

    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.demo.localservers import SmtpSink

    settings = get_settings()
    conn = connect(settings.db_path)
    # Only filing needs the SMTP server (a thread): the watch's worker processes are forked,
    # and so counted in the CPU time, only while this process has a single thread.
    with (SmtpSink() if workload == "filing" else contextlib.nullcontext()) as sink:
        args = {"watch": lambda: setup_watch(conn, ports), "filing": lambda: setup_filing(conn, sink.url),
                "ingest": lambda: setup_ingest(conn, settings)}[workload]()
        conn.close()
        t0 = time.perf_counter()
        if mode == "prefect":
            import prefect  # noqa: F401
        import_s = time.perf_counter() - t0
        fn = _prefect_call(workload, args) if mode == "prefect" else _plain_call(workload, args)
        cpu0, t0 = _cpu(), time.perf_counter()
        result = fn()
        wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
        sent = len(sink.received) if sink is not None else 0
    return {"wall_s": wall, "cpu_s": cpu, "import_s": import_s, "check": _check(workload, result, sent)}


def _plain_call(workload: str, args: dict):
    from prr.core.settings import get_settings
    from prr.workflows import file_requests, ingest_replies, watch_pages
    from prr.workflows.base import Context, InProcess

    module = {"watch": watch_pages, "filing": file_requests, "ingest": ingest_replies}[workload]

    def call():
        with Context(settings=get_settings(), fanout=InProcess(module.WORKERS)) as ctx:
            if workload == "filing":
                return module.run(ctx, args["city_slugs"], args["kind"], args["params"],
                                  channel=args["channel"]).data["rows"]
            return module.run(ctx).to_json()

    return call


def _prefect_call(workload: str, args: dict):
    if workload == "watch":
        from prr.flows.watch_pages import watch_pages

        return watch_pages
    if workload == "filing":
        from prr.flows.file_requests import file_requests

        return lambda: file_requests(**args)
    from prr.flows.ingest_replies import ingest_replies

    return ingest_replies


def _check(workload: str, result, sent: int) -> str:
    """The work was done (the same in both ways): a short proof for the log."""
    if workload == "watch":
        assert result["outcomes"].get("baseline") == PAGES, result["outcomes"]
        return f"{result['outcomes']}"
    if workload == "filing":
        assert sent == CITIES and all(r["status"] == "filed" for r in result), (sent, result[:3])
        return f"{sent} filed"
    assert sum(result["totals"].values()) == REPLIES, result["totals"]
    return f"{result['totals']}"


# --- the parent: servers, interleaved runs, figures -----------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_prefect(home: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_UI_ENABLED="false")
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(api + "/health", timeout=2) as r:
                if r.status == 200:
                    return proc, api
        except OSError:
            time.sleep(0.5)
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with {proc.returncode}")
    stop(proc)
    raise RuntimeError("prefect server not healthy after 300 s")


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def one_run(workload: str, mode: str, tmp: Path, api: str, ports: list[int], n: int,
            python: str = sys.executable) -> dict:
    run_dir = tmp / f"{workload}-{mode}-{n}-{Path(python).parent.parent.name}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    env.update(PRR_HOME=str(run_dir / "home"), PRR_REGISTRY=str(ROOT / "registry"), PREFECT_API_URL=api,
               PREFECT_HOME=str(tmp / "prefect-client"), PRR_ALLOW_PRIVATE_ADDRESSES="1",
               PRR_ALLOW_NETWORKS="127.0.0.0/8", PRR_PER_HOST_INTERVAL="0", PRR_PER_HOST_CONCURRENCY=str(PER_HOST),
               PRR_GLOBAL_CONCURRENCY=str(HOSTS * PER_HOST), PRR_REQUESTER_NAME="Dana Reporter",
               PRR_REQUESTER_EMAIL="dana@example.org", PREFECT_LOGGING_LEVEL="WARNING",
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_API_REQUEST_TIMEOUT="30",
               PREFECT_LOGGING_EXTRA_LOGGERS="prr")
    # The baseline interpreter runs from a neutral directory, so it imports its own prr.
    out = subprocess.run([python, __file__, "--child", workload, "--mode", mode, "--ports", json.dumps(ports)],
                         env=env, capture_output=True, text=True, timeout=1800,
                         cwd=None if python == sys.executable else tempfile.gettempdir())
    shutil.rmtree(run_dir, ignore_errors=True)
    if out.returncode != 0:
        raise RuntimeError(f"{workload}/{mode} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def summarise(runs: dict, workloads, prefix: str = "") -> dict:
    figures = {}
    for w in workloads:
        plain, pref = runs[(w, prefix + "plain")], runs[(w, prefix + "prefect")]
        pw, fw = [r["wall_s"] for r in plain], [r["wall_s"] for r in pref]
        with_s, without_s = statistics.median(fw), statistics.median(pw)
        figures[w] = {
            "without_prefect_wall_s": round(without_s, 2), "without_prefect_spread_s": [round(min(pw), 2), round(max(pw), 2)],
            "with_prefect_wall_s": round(with_s, 2), "with_prefect_spread_s": [round(min(fw), 2), round(max(fw), 2)],
            "without_prefect_cpu_s": round(statistics.median(r["cpu_s"] for r in plain), 2),
            "with_prefect_cpu_s": round(statistics.median(r["cpu_s"] for r in pref), 2),
            "share": round(max(0.0, with_s - without_s) / with_s, 3),
            "prefect_overhead_s": round(with_s - without_s, 2),
            "prefect_import_s": round(statistics.median(r["import_s"] for r in pref), 2),
        }
    return figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", choices=WORKLOADS, action="append")
    ap.add_argument("--baseline-python", help="also run with this interpreter (earlier code), interleaved")
    ap.add_argument("--child", choices=WORKLOADS, help=argparse.SUPPRESS)
    ap.add_argument("--mode", choices=("plain", "prefect"), help=argparse.SUPPRESS)
    ap.add_argument("--ports", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.mode, json.loads(args.ports))))
        return
    workloads = tuple(args.only or WORKLOADS)
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-prefect-"))
    pages = prefect = None
    try:
        pages = subprocess.Popen([sys.executable, str(HERE / "watch.py"), "--serve", "validators", "--pages", str(PAGES), "--hosts",
                                  str(HOSTS), "--latency", str(LATENCY)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        ports = json.loads(pages.stdout.readline())
        t0 = time.perf_counter()
        prefect, api = start_prefect(tmp / "prefect-server")
        print(f"Prefect server up at {api} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        # A server that has just started answers its first requests slowly (0.7-1.6 s
        # measured, on the first run's first API call): one untimed flow run first, so that
        # the server is "already running" for every timed run, whichever comes first.
        one_run(workloads[0], "prefect", tmp, api, ports, -1)
        modes = ("plain", "prefect") + (("baseline-plain", "baseline-prefect") if args.baseline_python else ())
        runs: dict = {(w, m): [] for w in WORKLOADS for m in modes}
        for n in range(args.rounds):
            for w in workloads:
                for m in (modes if n % 2 == 0 else modes[::-1]):
                    python = args.baseline_python if m.startswith("baseline-") else sys.executable
                    r = one_run(w, m.removeprefix("baseline-"), tmp, api, ports, n, python)
                    runs[(w, m)].append(r)
                    print(f"round {n + 1} {w:<7} {m:<16} wall {r['wall_s']:6.2f} s cpu {r['cpu_s']:6.2f} s  "
                          f"{r['check']}  load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    finally:
        stop(prefect)
        if pages is not None:
            pages.stdin.close()
            pages.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    figures = summarise(runs, workloads)
    for w, f in figures.items():
        print(f"{w:<7} without Prefect {f['without_prefect_wall_s']:6.2f} s (cpu {f['without_prefect_cpu_s']:.2f}), "
              f"with {f['with_prefect_wall_s']:6.2f} s (cpu {f['with_prefect_cpu_s']:.2f}): share {f['share']:.3f}")
    shares = {f"{w}_share": f["share"] for w, f in figures.items()}
    baseline = {}
    if args.baseline_python:
        old = summarise(runs, workloads, "baseline-")
        baseline = {"baseline_python": args.baseline_python, "baseline_workloads": old,
                    **{f"baseline_{w}_share": f["share"] for w, f in old.items()}}
    print(json.dumps({"benchmark": "prefect_overhead", "rounds": args.rounds, "workloads": figures, **shares,
                      **baseline, "load_average_1m": round(os.getloadavg()[0], 2),
                      "goals": {f"{w}_share_max": GOAL_SHARE for w in figures},
                      "goals_met": all(s <= GOAL_SHARE for s in shares.values())}))


if __name__ == "__main__":
    main()
