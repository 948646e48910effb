"""Benchmark: a first and a second watch of 1,000 city pages on 20 hosts, prr versus
urlwatch, both as whole processes (what a user starts from a shell) with the same number
of concurrent requests, in the same run.

Twenty local HTTP servers (one separate process) add --latency (50 ms) to every answer.
They run twice: once sending ETag and Last-Modified (and answering If-None-Match /
If-Modified-Since with 304), once sending neither (so a re-check downloads every page and
only a body hash can tell it is unchanged). For each server mode and each repeat, in
alternating order:

- ``urlwatch`` (its worker pool set to --workers through its hooks file) and
  ``prr watch --json`` (PRR_GLOBAL_CONCURRENCY=--workers, per-host limit 2, no interval),
  each from a fresh state: first pass, then a second pass over the unchanged pages;
- wall time and CPU time (the process and everything it started, helpers that outlive it
  included: this process adopts orphans and reaps them before reading rusage);
- requests, bytes and the largest number of requests in flight seen by the servers;
- for prr, the same command on a one-page database (start-up, imports, output): the CPU
  per page is (first pass CPU - that) / pages; the whole-process figure is printed beside it.

The politeness floor is pages / min(workers, hosts x per-host limit) x latency. Goals
(issue figures): prr's first pass <= 0.5x urlwatch's wall time and <= 1.5x the floor;
prr's CPU <= 1.5 ms per page (first pass, whole process); second pass against servers
with validators >= 95% answered 304 or skipped by hash and <= 10% of the first pass's
bytes. Medians over --reps with min..max. Last line: one JSON object.

``--baseline-python PATH`` also runs ``prr watch`` with another interpreter (e.g. the
venv of an earlier checkout: the code before a change) in the same rounds, interleaved,
reported as ``prr_baseline_*`` with its CPU per page beside prr's.

    .venv/bin/python benchmarks/watch.py [--pages 1000] [--hosts 20] [--latency 0.05] [--workers 20] [--reps 3]
        [--baseline-python OLD_VENV/bin/python]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watch_site import serve, server_stats  # noqa: E402  (after sys.path is set)


def adopt_orphans() -> None:
    """Make this process the reaper of its orphaned descendants (Linux), so that a tool's
    helper processes that outlive it (e.g. a multiprocessing fork server and its workers)
    are waited for here and their CPU time is counted."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)    # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def reap(keep: set[int], timeout: float = 10.0) -> None:
    """Wait until every child of this process but ``keep`` (the servers) has exited and was reaped."""
    deadline = time.monotonic() + timeout
    me = str(os.getpid())
    while time.monotonic() < deadline:
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                break
        left = []
        for d in os.listdir("/proc"):
            if d.isdigit() and int(d) not in keep:
                try:
                    with open(f"/proc/{d}/stat") as f:
                        if f.read().rsplit(")", 1)[1].split()[1] == me:
                            left.append(d)
                except (OSError, IndexError):
                    continue
        if not left:
            return
        time.sleep(0.02)


SERVER_PIDS: set[int] = set()


def children_cpu() -> float:
    """CPU seconds of this process's finished (waited-for) children and their descendants."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd: list[str], env: dict, **kw) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall s, CPU s, result) of one whole process."""
    cpu0, t0 = children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    reap(SERVER_PIDS)           # helpers that outlived the tool: their CPU counts too
    cpu = children_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}): {proc.stderr[-800:]}")
    return wall, cpu, proc


# --- the two tools -----------------------------------------------------------------------

def setup_prr(home: Path, ports: list[int], per_host_pages: int) -> None:
    os.environ["PRR_HOME"] = str(home)
    from prr.db import connect
    from prr.db.cities import sync_cities
    from prr.db.pages import add_page
    from prr.registry.registry import City

    conn = connect(home / "prr.db")
    cities = [City(slug=f"bench-{i}", name=f"Bench {i}", website=f"http://127.0.0.1:{p}/")
              for i, p in enumerate(ports)]
    sync_cities(conn, cities)
    for i, p in enumerate(ports):
        for n in range(per_host_pages):
            add_page(conn, f"bench-{i}", f"http://127.0.0.1:{p}/page/{n}", "records")
    conn.close()


def prr_env(home: Path, registry: Path, workers: int, per_host: int) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    env.update(PRR_HOME=str(home), PRR_REGISTRY=str(registry), PRR_ALLOW_PRIVATE_ADDRESSES="1",
               PRR_GLOBAL_CONCURRENCY=str(workers), PRR_PER_HOST_CONCURRENCY=str(per_host),
               PRR_PER_HOST_INTERVAL="0", PRR_CONTACT="bench@example.org")
    return env


def prr_run(home: Path, registry: Path, workers: int, per_host: int,
            python: str = sys.executable) -> tuple[float, float, dict]:
    # The baseline interpreter runs from a neutral directory, so it imports its own prr.
    wall, cpu, proc = timed([python, "-m", "prr", "watch", "--json"], prr_env(home, registry, workers, per_host),
                            cwd=ROOT if python == sys.executable else tempfile.gettempdir())
    return wall, cpu, json.loads(proc.stdout)


def urlwatch_setup(workdir: Path, urls: list[str], workers: int) -> None:
    workdir.mkdir(parents=True)
    (workdir / "urls.yaml").write_text("\n---\n".join(f"url: {u}" for u in urls) + "\n")
    # urlwatch's thread pool size is a module constant; its hooks file runs before the jobs.
    (workdir / "hooks.py").write_text(f"import urlwatch.worker\nurlwatch.worker.MAX_WORKERS = {workers}\n")


def urlwatch_run(workdir: Path) -> tuple[float, float]:
    exe = Path(sys.executable).parent / "urlwatch"
    cmd = [str(exe), "--urls", str(workdir / "urls.yaml"), "--config", str(workdir / "urlwatch.yaml"),
           "--hooks", str(workdir / "hooks.py"), "--cache", str(workdir / "cache.db")]
    env = dict(os.environ, HOME=str(workdir))
    wall, cpu, _ = timed(cmd, env)
    return wall, cpu


def spread(xs: list[float], digits: int = 3) -> dict:
    return {"median": round(statistics.median(xs), digits), "min": round(min(xs), digits),
            "max": round(max(xs), digits)}


def one_round(tool: str, tmp: Path, tag: str, ports: list[int], urls: list[str], args) -> dict:
    """A first and a second pass of one tool from a fresh state, with the servers' counts."""
    out = {}
    python = args.baseline_python if tool == "prr_baseline" else sys.executable
    if tool.startswith("prr"):
        home = tmp / f"{tool}-{tag}"
        setup_prr(home, ports, args.pages // args.hosts)
        (tmp / "registry").mkdir(exist_ok=True)
    else:
        workdir = tmp / f"urlwatch-{tag}"
        urlwatch_setup(workdir, urls, args.workers)
    for name in ("first", "second"):
        server_stats(ports[0], reset=True)
        if tool.startswith("prr"):
            wall, cpu, summary = prr_run(home, tmp / "registry", args.workers, args.per_host, python)
            out[f"{name}_outcomes"] = summary["outcomes"]
            out[f"{name}_failures"] = summary["failures"][:3]
        else:
            wall, cpu = urlwatch_run(workdir)
        st = server_stats(ports[0])
        out[name] = {"wall": wall, "cpu": cpu, "requests": st["requests"], "bytes": st["bytes"],
                     "not_modified": st["not_modified"], "max_in_flight": st["max_in_flight"]}
    shutil.rmtree(home if tool.startswith("prr") else workdir, ignore_errors=True)
    if tool.startswith("prr"):       # the same command on one page: start-up, imports and output
        one = tmp / f"{tool}-one-{tag}"
        setup_prr(one, ports[:1], 1)
        wall, cpu, _ = prr_run(one, tmp / "registry", args.workers, args.per_host, python)
        out["startup"] = {"wall": wall, "cpu": cpu}
        shutil.rmtree(one, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--per-host", type=int, default=2)
    ap.add_argument("--workers", type=int, default=20, help="concurrent requests, the same for both tools")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--baseline-python", help="also run prr with this interpreter (earlier code), interleaved")
    ap.add_argument("--serve", choices=("validators", "none"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.hosts, args.pages, args.latency, args.serve == "validators")
        return
    args.pages = args.pages // args.hosts * args.hosts
    servers, ports = {}, {}
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-watch-"))
    runs: dict = {}
    adopt_orphans()
    try:
        for mode in ("validators", "none"):
            servers[mode] = subprocess.Popen(
                [sys.executable, __file__, "--serve", mode, "--pages", str(args.pages), "--hosts", str(args.hosts),
                 "--latency", str(args.latency)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            ports[mode] = json.loads(servers[mode].stdout.readline())
            SERVER_PIDS.add(servers[mode].pid)
        for rep in range(args.reps):
            for mode in (("validators", "none") if rep % 2 == 0 else ("none", "validators")):
                urls = [f"http://127.0.0.1:{p}/page/{n}" for p in ports[mode] for n in range(args.pages // args.hosts)]
                tools = ("urlwatch", "prr") + (("prr_baseline",) if args.baseline_python else ())
                for tool in (tools if rep % 2 == 0 else tools[::-1]):
                    r = one_round(tool, tmp, f"{mode}-{rep}", ports[mode], urls, args)
                    runs.setdefault((mode, tool), []).append(r)
                    print(f"rep {rep + 1} {mode:<10} {tool:<8} first {r['first']['wall']:.2f} s wall "
                          f"{r['first']['cpu']:.2f} s CPU (max {r['first']['max_in_flight']} in flight); second "
                          f"{r['second']['wall']:.2f} s, {r['second']['bytes']:,} bytes; load "
                          f"{os.getloadavg()[0]:.1f}", file=sys.stderr)
    finally:
        for proc in servers.values():
            proc.stdin.close()
            proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(summarise(args, runs)))


def summarise(args, runs: dict) -> dict:
    concurrency = min(args.workers, args.hosts * args.per_host)
    floor = args.pages / concurrency * args.latency
    out = {"benchmark": "watch", "pages": args.pages, "hosts": args.hosts, "latency_s": args.latency,
           "urlwatch_workers": args.workers, "prr_workers": args.workers, "prr_per_host_limit": args.per_host,
           "floor_s": round(floor, 3), "reps": args.reps, "cpus": os.cpu_count(),
           "load_average_1m": round(os.getloadavg()[0], 2)}
    for (mode, tool), rs in sorted(runs.items()):
        key = f"{tool}_{mode}"
        for p in ("first", "second"):
            out[f"{key}_{p}_wall_s"] = spread([r[p]["wall"] for r in rs])
            out[f"{key}_{p}_cpu_s"] = spread([r[p]["cpu"] for r in rs])
            out[f"{key}_{p}_bytes"] = int(statistics.median([r[p]["bytes"] for r in rs]))
            out[f"{key}_{p}_max_in_flight"] = max(r[p]["max_in_flight"] for r in rs)
        if tool.startswith("prr"):
            out[f"{key}_first_outcomes"] = rs[-1]["first_outcomes"]
            out[f"{key}_second_outcomes"] = rs[-1]["second_outcomes"]
            out[f"{key}_first_failures"] = rs[-1]["first_failures"]
    for mode in ("validators", "none"):
        prr_w = statistics.median([r["first"]["wall"] for r in runs[(mode, "prr")]])
        uw_w = statistics.median([r["first"]["wall"] for r in runs[(mode, "urlwatch")]])
        prr_c = statistics.median([r["first"]["cpu"] for r in runs[(mode, "prr")]])
        out[f"ratio_prr_vs_urlwatch_{mode}"] = round(prr_w / uw_w, 3)
        out[f"ratio_prr_vs_urlwatch_cpu_{mode}"] = round(
            prr_c / statistics.median([r["first"]["cpu"] for r in runs[(mode, "urlwatch")]]), 3)
        out[f"ratio_prr_vs_floor_{mode}"] = round(prr_w / floor, 3)
        startup = statistics.median([r["startup"]["cpu"] for r in runs[(mode, "prr")]])
        out[f"prr_startup_cpu_s_{mode}"] = round(startup, 3)
        out[f"prr_cpu_ms_per_page_whole_process_{mode}"] = round(prr_c / args.pages * 1000, 3)
        out[f"prr_cpu_ms_per_page_{mode}"] = round((prr_c - startup) / (args.pages - 1) * 1000, 3)
        seconds = [r["second"] for r in runs[(mode, "prr")]]
        firsts = [r["first"] for r in runs[(mode, "prr")]]
        out[f"prr_second_pass_bytes_ratio_{mode}"] = round(
            statistics.median(s["bytes"] / f["bytes"] for s, f in zip(seconds, firsts)), 4)
        outcomes = runs[(mode, "prr")][-1]["second_outcomes"]
        out[f"prr_second_pass_share_304_or_skipped_{mode}"] = round(
            (outcomes.get("not_modified", 0) + outcomes.get("same_hash", 0)) / args.pages, 4)
        out[f"prr_cpu_ms_per_page_spread_{mode}"] = spread(
            [(r["first"]["cpu"] - r["startup"]["cpu"]) / (args.pages - 1) * 1000 for r in runs[(mode, "prr")]])
        if (mode, "prr_baseline") in runs:
            base = runs[(mode, "prr_baseline")]
            out[f"prr_baseline_cpu_ms_per_page_{mode}"] = spread(
                [(r["first"]["cpu"] - r["startup"]["cpu"]) / (args.pages - 1) * 1000 for r in base])
            out[f"ratio_prr_vs_baseline_cpu_per_page_{mode}"] = round(
                out[f"prr_cpu_ms_per_page_spread_{mode}"]["median"] / out[f"prr_baseline_cpu_ms_per_page_{mode}"]["median"], 3)
            out[f"ratio_prr_baseline_vs_floor_{mode}"] = round(
                statistics.median(r["first"]["wall"] for r in base) / floor, 3)
    goals = {"ratio_prr_vs_urlwatch_max": 0.5, "ratio_prr_vs_floor_max": 1.5, "prr_cpu_ms_per_page_max": 1.5,
             "second_pass_304_or_skipped_min": 0.95, "second_pass_bytes_ratio_max": 0.10}
    met = {
        "vs_urlwatch": max(out["ratio_prr_vs_urlwatch_validators"], out["ratio_prr_vs_urlwatch_none"]) <= 0.5,
        "vs_floor": max(out["ratio_prr_vs_floor_validators"], out["ratio_prr_vs_floor_none"]) <= 1.5,
        "cpu_per_page": max(out["prr_cpu_ms_per_page_validators"], out["prr_cpu_ms_per_page_none"]) <= 1.5,
        "second_pass_skipped": min(out["prr_second_pass_share_304_or_skipped_validators"],
                                   out["prr_second_pass_share_304_or_skipped_none"]) >= 0.95,
        "second_pass_bytes": out["prr_second_pass_bytes_ratio_validators"] <= 0.10,
    }
    out.update(goals=goals, goals_met_each=met, goals_met=all(met.values()))
    return out


if __name__ == "__main__":
    main()
