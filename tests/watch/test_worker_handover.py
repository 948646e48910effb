"""Pages handed over by the watch's worker processes are stored once each, and a worker that
dies on the way loses none: what it had not handed over is checked by the writing process."""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time

from watchpages import clerk

from prr.db import pages as store
from prr.watch.watch import WatchOptions, check_pages


def _pages(conn, site, n, **delayed):
    ids = []
    for i in range(n):
        url = site.page(f"/p{i}", clerk(email=f"clerk{i}@oxnard.org"), **delayed.get(f"p{i}", {}))
        ids.append(store.add_page(conn, "oxnard", url, "records")[0])
    return ids


def _stored_once(conn, ids):
    for i, pid in enumerate(ids):
        (snap,) = store.snapshots_for(conn, pid)
        assert f"clerk{i}@oxnard.org" in store.latest_snapshot(conn, pid)["contacts"]["emails"], snap


def test_every_page_handed_over_is_stored_once(conn, site, fetcher):
    ids = _pages(conn, site, 60)
    summary = check_pages(conn, [store.get_page(conn, i) for i in ids], fetcher=fetcher,
                          options=WatchOptions(parallel_from=10, reconcile_registry=False))
    assert summary.counts() == {"baseline": 60}
    _stored_once(conn, ids)
    # each page handed over is taken as the worker sent it, none fetched a second time here
    assert [len(site.hits_for(f"/p{i}")) for i in range(60)] == [1] * 60
    assert fetcher.requests_made >= 60          # the workers' requests are counted


def test_a_worker_killed_mid_share_loses_no_page(conn, site, fetcher):
    # /p27 answers after 3 s: when it is asked for, the worker has handed over a first
    # message of pages and holds the rest; every worker is then killed.
    ids = _pages(conn, site, 30, p27={"delay": 3.0})
    killed = []

    def kill_when_asked():
        deadline = time.monotonic() + 60
        while not site.hits_for("/p27") and time.monotonic() < deadline:
            time.sleep(0.01)
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)
            killed.append(child.pid)

    killer = threading.Thread(target=kill_when_asked, daemon=True)
    killer.start()
    summary = check_pages(conn, [store.get_page(conn, i) for i in ids], fetcher=fetcher,
                          options=WatchOptions(parallel_from=10, reconcile_registry=False))
    killer.join(timeout=60)
    assert killed
    assert summary.counts() == {"baseline": 30}
    _stored_once(conn, ids)
