"""Worker processes forked ahead of a watch flow run (before Prefect starts its threads)
are the ones the run uses, with the pages they started fetching when the run checks the
same ones; unused ones are stopped; and a flow run's heartbeat thread
does not keep the run waiting once its work is done. Each worker test runs in a fresh
process: forking ahead needs a process with a single thread, which pytest's is not."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time

from watchpages import clerk

from prr.db import pages as store

AHEAD = textwrap.dedent("""
    import json, multiprocessing, os, threading, time
    from prr.watch import workers

    started = workers.start_workers(2)
    pool, queue = workers.worker_pool(2)       # takes the workers forked ahead
    pids = {f.result() for f in [pool.submit(os.getppid) for _ in range(4)]}
    pool.shutdown(); queue.close()
    unused = workers.start_workers(2)
    left_before = len(multiprocessing.active_children())
    workers.release_workers()
    left_after = len(multiprocessing.active_children())
    threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
    print(json.dumps({"started": started, "parents": sorted(pids), "me": os.getpid(), "unused": unused,
                      "left_before": left_before, "left_after": left_after,
                      "with_threads": workers.start_workers(2), "ahead_now": workers.started_ahead()}))
""")


def _last_json(out: subprocess.CompletedProcess) -> dict:
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_workers_forked_ahead_are_used_then_unused_ones_stopped(tmp_path):
    (tmp_path / "ahead_main.py").write_text(AHEAD)
    got = _last_json(subprocess.run([sys.executable, "ahead_main.py"], cwd=tmp_path, capture_output=True,
                                    text=True, timeout=120))
    assert got["started"] is True
    assert got["parents"] == [got["me"]]          # forked by this process, not by a fork server
    assert got["unused"] is True and got["left_before"] == 2 and got["left_after"] == 0
    # With another thread running, forking is not safe: nothing is started ahead.
    assert got["with_threads"] is False and got["ahead_now"] is False


JOBS_AHEAD = textwrap.dedent("""
    import dataclasses, json, multiprocessing, socket, time
    from prr.core.settings import get_settings
    from prr.scrapers.fetch import PoliteFetcher
    from prr.watch import workers

    silent = socket.socket()            # accepts connections, never answers: fetching waits
    silent.bind(("127.0.0.1", 0)); silent.listen(50)
    base = f"http://127.0.0.1:{silent.getsockname()[1]}"
    pages = [{"id": n, "url": f"{base}/p{n}", "etag": None, "last_modified": None, "city_slug": "x",
              "kind": "records", "content_hash": None} for n in range(4)]
    settings, items = get_settings(), workers.work_items(pages)
    config = workers.worker_config(PoliteFetcher(settings), 2)
    started = workers.start_workers(2, settings=settings, items=items)
    plain_pool_refused = workers.started_ahead()
    other = workers.take_jobs_ahead(settings, config, items[:3], 2)      # other pages
    after_other = [workers.started_ahead(), len(multiprocessing.active_children())]
    # A setting the fetcher refuses: workers are forked, nothing fetched ahead (the run,
    # inside its flow run, meets the error and reports it).
    bad = dataclasses.replace(settings, allow_networks=("not a network",))
    bad_started = [workers.start_workers(2, settings=bad, items=items), workers.started_ahead(),
                   workers.take_jobs_ahead(bad, config, items, 2) is None]
    workers.release_workers()
    workers.start_workers(2, settings=settings, items=items)
    t0 = time.perf_counter()
    workers.release_workers()           # never taken: ended, not waited for
    released_s = time.perf_counter() - t0
    print(json.dumps({"started": started, "ahead": plain_pool_refused, "other": other is None,
                      "after_other": after_other, "released_s": released_s, "bad": bad_started,
                      "left": len(multiprocessing.active_children())}))
""")


def test_jobs_ahead_for_other_pages_or_never_taken_are_stopped(tmp_path, prr_env):
    (tmp_path / "jobs_main.py").write_text(JOBS_AHEAD)
    env = dict(os.environ, PRR_ALLOW_NETWORKS="127.0.0.0/8")
    got = _last_json(subprocess.run([sys.executable, "jobs_main.py"], cwd=tmp_path, env=env, capture_output=True,
                                    text=True, timeout=120))
    assert got["started"] is True and got["ahead"] is True
    # A run checking other pages does not take them: they are stopped, none left running.
    assert got["other"] is True and got["after_other"] == [False, 0]
    assert got["bad"] == [True, True, True]
    # Workers still fetching (a host that never answers) are ended at once, not waited for.
    assert got["released_s"] < 5 and got["left"] == 0


FLOW = textwrap.dedent("""
    import json
    from prr.watch import workers

    taken, adopted = [], []
    pool_of, jobs_of = workers.worker_pool, workers.take_jobs_ahead

    def spy(n):
        taken.append(workers.started_ahead())
        return pool_of(n)

    def jobs_spy(*args):
        got = jobs_of(*args)
        adopted.append(got is not None)
        return got

    workers.worker_pool, workers.take_jobs_ahead = spy, jobs_spy
    from prr.flows.watch_pages import watch_pages

    result = watch_pages()
    print(json.dumps({"outcomes": result["outcomes"], "taken": taken, "adopted": adopted,
                      "left": workers.started_ahead()}))
""")


def test_watch_flow_run_uses_workers_forked_and_fetching_before_prefects_threads(conn, site, prr_env, prefect_server, tmp_path):
    from prefect.settings import PREFECT_API_URL

    conn.execute("DELETE FROM pages")      # the seed registry's real pages: no network in tests
    for n in range(50):                    # a large run: parsed in worker processes
        store.add_page(conn, "oxnard", site.page(f"/clerk/{n}", clerk()), "records")
    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(), PRR_ALLOW_NETWORKS="127.0.0.0/8",
               PRR_PER_HOST_INTERVAL="0", PREFECT_FLOWS_HEARTBEAT_FREQUENCY="30")
    (tmp_path / "flow_main.py").write_text(FLOW)
    got = _last_json(subprocess.run([sys.executable, "flow_main.py"], cwd=tmp_path, env=env, capture_output=True,
                                    text=True, timeout=300))
    assert got["outcomes"] == {"baseline": 50}
    # start_workers' own pool (nothing ahead yet); the run takes those workers with the
    # pages they were already fetching, and asks for no other pool.
    assert got["taken"] == [False] and got["adopted"] == [True] and got["left"] is False


class _Engine:
    """What a flow run engine gives the heartbeat loop; the run ends after one heartbeat."""

    heartbeat_seconds = 30
    flow_run = None
    logger = None

    def __init__(self):
        self.beats = threading.Event()

    def _build_heartbeat_event_template(self):
        return {}, []

    def _emit_flow_run_heartbeat(self, resource, related):
        self.beats.set()


def test_heartbeat_thread_lets_the_run_end_at_once():
    from prefect import flow_engine

    from prr.flows import runtime

    assert flow_engine._send_heartbeats.__wrapped__ is runtime._prompt_heartbeats    # installed for every run
    engine = _Engine()
    before = threading.active_count()
    with flow_engine._send_heartbeats(engine):
        assert engine.beats.wait(10), "no heartbeat at the start of the run"
        assert threading.active_count() == before + 1
        ended = time.perf_counter()
    # Prefect's own loop sleeps in 1 s steps here and the run waits for it (~1 s).
    assert time.perf_counter() - ended < 0.5
    assert threading.active_count() == before          # the thread has ended


def test_no_heartbeat_thread_when_heartbeats_are_off():
    from prr.flows import runtime

    engine = _Engine()
    engine.heartbeat_seconds = None
    before = threading.active_count()
    with runtime.contextlib.contextmanager(runtime._prompt_heartbeats)(engine):
        assert threading.active_count() == before
    assert not engine.beats.is_set()
