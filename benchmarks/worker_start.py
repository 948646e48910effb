"""Benchmark: how soon the watch's worker processes are ready in a flow run's process.

A flow run's process has other threads (Prefect's), so the watch's 4 worker processes
start through a fork server, and each runs the process's main module again before its
first job; a deployment's run starts as ``python -m prefect.engine``, whose imports are
all of Prefect. Timed here, as a whole process started as ``python -m``: a main module
that imports Prefect, starts one other thread (as the flow engine does) and asks
``worker_pool(4)`` for one answer from each worker; the time from the pool's creation to
the last answer. Baseline in the same rounds: the same module without the extra thread,
whose workers are forked (what the watch does outside Prefect), and the same with the
workers forked before the other thread starts (``start_workers``: what a watch flow run
called in a process does, before Prefect starts its threads), timed from that call.
``--baseline-python``
runs the same with another checkout's interpreter (the code before a change),
interleaved. Median, [min, max]; the last line is one JSON object.

    .venv/bin/python benchmarks/worker_start.py [--rounds 5] [--baseline-python OLD_VENV/bin/python]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

WORKERS = 4
MAIN = f'''
import os, sys, threading, time
import prefect  # noqa: F401  (as prefect.engine does)
from prr.watch import workers

if __name__ == "__main__":
    t0 = time.perf_counter()
    if sys.argv[1] == "ahead":      # forked before the flow run's threads start (a one-off run)
        workers.start_workers({WORKERS})
    if sys.argv[1] in ("threads", "ahead"):
        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
    pool, queue = workers.worker_pool({WORKERS})
    futures = [pool.submit(time.sleep, 0.3) for _ in range({WORKERS})]   # one job per worker
    for f in futures:
        f.result()
    print(time.perf_counter() - t0 - 0.3)
    pool.shutdown()
    queue.close()
'''


def one(python: str, how: str, where: Path) -> float:
    out = subprocess.run([python, "-m", "flow_run_main", how], cwd=where, capture_output=True, text=True,
                         timeout=300)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--baseline-python")
    args = ap.parse_args()
    pythons = {"new": sys.executable, **({"old": args.baseline_python} if args.baseline_python else {})}
    where = Path(tempfile.mkdtemp(prefix="prr-bench-workers-"))
    runs: dict[str, list[float]] = {}
    try:
        (where / "flow_run_main.py").write_text(MAIN)
        for n in range(args.rounds):
            cases = [(code, how) for code in pythons for how in ("threads", "single", "ahead")
                     if how != "ahead" or code == "new"]     # the code before cannot fork ahead
            for code, how in cases if n % 2 == 0 else cases[::-1]:
                s = one(pythons[code], how, where)
                runs.setdefault(f"{code}_{how}", []).append(s)
                print(f"round {n + 1} {code:<3} {how:<7} ready {s:5.2f} s  load {os.getloadavg()[0]:.1f}",
                      file=sys.stderr)
    finally:
        shutil.rmtree(where, ignore_errors=True)
    figures = {k: {"median_s": round(statistics.median(v), 2), "spread_s": [round(min(v), 2), round(max(v), 2)]}
               for k, v in runs.items()}
    result = {"benchmark": "worker_start", "workers": WORKERS, "rounds": args.rounds, "figures": figures,
              "flow_run_vs_forked": round(figures["new_threads"]["median_s"] / figures["new_single"]["median_s"], 2),
              "forked_ahead_s": figures["new_ahead"]["median_s"],
              "load_average_1m": round(os.getloadavg()[0], 2),
              # No goal of its own: part of the watch's Prefect share (prefect_overhead.py, <= 0.15).
              "goals": {}, "goals_met": None}
    if "old" in pythons:
        result["flow_run_new_vs_old"] = round(figures["new_threads"]["median_s"] / figures["old_threads"]["median_s"], 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
