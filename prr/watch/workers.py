"""Large watch runs: worker processes fetch and parse (each owning some hosts, so
per-host limits hold) while the main process writes; and the write batching."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from prr.db.core import WriteBatch
from prr.scrapers.fetch import Fetched, PoliteFetcher
from prr.watch.compare import PAGE_TYPES, analyse
from prr.watch.handover import ResultChannel


def needs_analysis(page: dict, fetched: Fetched) -> bool:
    return not fetched.not_modified and fetched.sha256 != page.get("content_hash")


def worker_count() -> int:
    """How many worker processes a large run uses: one a core, at most 4."""
    import os

    return min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass
class _Ahead:
    """What workers forked ahead were set fetching: the run takes their results only for the
    same pages with the same settings and fetcher."""
    settings: object
    config: dict | None
    items: list[dict]
    jobs: dict


@dataclass
class _Started:
    """Worker processes forked ahead of a run by :func:`start_workers`."""
    workers: int
    pool: object
    queue: object
    ahead: _Ahead | None = None


_ready: _Started | None = None


def start_workers(workers: int | None = None, *, settings=None, items: list[dict] | None = None) -> bool:
    """Fork the worker processes now, for the next :func:`worker_pool` call to use.

    For a caller about to start threads before the run reaches the pages (a Prefect flow
    run starts its engine's): forked now, while this is the process's only thread, they
    are ready in ~0.02 s; asked for later, they come through a fork server, ~1.1 s with
    Prefect's threads running (``benchmarks/worker_start.py``), all of it added to the
    run. Returns whether workers were started; release them with :func:`release_workers`
    if the run never asks for them.

    With ``items`` (:func:`work_items` of the run's pages) and ``settings``, the workers
    also start fetching and parsing them at once, with the fetcher those settings make:
    the caller's set-up (a flow run's API calls, ~0.2-1 s measured) then overlaps the
    first pages. Nothing is written until the run takes the results
    (:func:`take_jobs_ahead`, when it has the same pages and fetcher)."""
    global _ready
    workers = workers or worker_count()
    if _ready is not None or workers < 2 or not _can_fork():
        return False
    config = None
    if items:
        try:
            fetcher = PoliteFetcher(settings)
        except Exception:   # e.g. a bad network setting: the run itself reports it
            items = None
        else:
            config = worker_config(fetcher, workers)
            fetcher.close()
    pool, queue = worker_pool(workers)
    with _frozen_heap():
        # with "fork", the first job forks every worker at once
        jobs = _submit(pool, settings, config, items, workers) if items else None
        if jobs is None:
            pool.submit(int)
    _ready = _Started(workers, pool, queue, _Ahead(settings, config, items, jobs) if jobs else None)
    return True


def work_items(pages: list[dict], area_codes=None) -> list[dict]:
    """What the workers are given for ``pages``; ``area_codes(city_slug)``: the city's area
    codes, for their parsing."""
    items = [{"url": p["url"], "etag": p["etag"], "last_modified": p["last_modified"], "page": p}
             for p in pages]
    if area_codes is not None:
        for it in items:
            it["area_codes"] = area_codes(it["page"]["city_slug"])
    return items


def worker_config(fetcher: PoliteFetcher, workers: int) -> dict:
    """Each worker's fetcher: the run's, with its share of the global limit."""
    return dict(fetcher.config(), global_limit=max(1, fetcher.global_limit // workers))


def _submit(pool, settings, config: dict, items: list[dict], workers: int) -> dict:
    """{job: its share}, in the order of the shares (a job's last message names its place)."""
    return {pool.submit(fetch_and_analyse_job, settings, config, share, n): share
            for n, share in enumerate(shares(items, workers))}


def take_jobs_ahead(settings, config: dict, items: list[dict], workers: int):
    """(pool, queue, jobs) of the workers :func:`start_workers` set fetching ``items`` with
    the same settings and fetcher; None when there are none, or they fetch other pages
    (then they are stopped)."""
    global _ready
    started = _ready
    if started is None or started.ahead is None:
        return None
    ahead = started.ahead
    if (started.workers, ahead.settings, ahead.config, ahead.items) != (workers, settings, config, items):
        release_workers()
        return None
    _ready = None
    return started.pool, started.queue, ahead.jobs


def started_ahead() -> bool:
    """Whether workers forked by :func:`start_workers` wait for the next run."""
    return _ready is not None


@contextmanager
def _frozen_heap():
    """Workers forked in the block leave the objects they inherit out of their garbage
    collections (``gc.freeze``): those are never garbage there, and walking them (all of
    Prefect's in a flow run) costs CPU and copies the memory pages they share with this
    process. Unfrozen, this process's objects land in the oldest generation, which its
    young collections no longer walk while it writes. Measured on 1,000 pages (6 pairs of
    runs, load 7-9): this process's CPU 0.58 s against 0.66 s, the workers' 1.68 against 1.74."""
    import gc

    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def young_collections_less_often(threshold: int = 100_000):
    """Young-object collections every ``threshold`` allocations, not 700, while the run writes
    (restored after): pages are freed by their reference counts, and each of a first watch's
    ~110 collections walked the run's live objects again (~8 ms of CPU per 1,000 pages)."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(max(threshold, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def release_workers() -> None:
    """Stop workers started ahead by :func:`start_workers` that no run took; those still
    fetching for it are ended at once (they have written nothing)."""
    global _ready
    if _ready is not None:
        pool, queue, ahead = _ready.pool, _ready.queue, _ready.ahead
        _ready = None
        if ahead is not None:
            # ProcessPoolExecutor has no public way to end its workers before Python 3.14.
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        queue.close()


def _can_fork() -> bool:
    """Whether worker processes can be forked now. Forking is only safe while this is the
    process's only thread (another thread could hold a lock the children would inherit
    locked: Prefect's, a progress bar's, fetching threads')."""
    import multiprocessing
    import threading

    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def worker_pool(workers: int):
    """(pool, channel): worker processes and the channel (:mod:`prr.watch.handover`) they
    stream finished pages on; the ones :func:`start_workers` forked ahead when there are
    (as many)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _ready
    if _ready is not None and _ready.workers == workers and _ready.ahead is None:
        pool, queue = _ready.pool, _ready.queue
        _ready = None
        return pool, queue
    release_workers()       # others, or fetching other pages: not for this run
    # Forking is instant; forkserver has to start and import prr first (~0.2 s,
    # measured), so it is the fallback.
    if _can_fork():
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(forkserver_preload())
    queue = ResultChannel(ctx)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(queue,))
    return pool, queue


def forkserver_preload() -> list[str]:
    """What the fork server imports once, so that every worker process starts with it.

    Besides the watch's own modules: what this process's main module imports. A worker
    started through a fork server runs the main module again before its first job, and a
    flow run's main imports Prefect (``python -m prefect.engine`` for a deployment's run,
    a script or ``prr`` for a one-off run): measured, four workers on 2 cores were ready
    after 3.15 s instead of 1.08 s (median, load ~6). With those imports done once in the
    fork server, running the main again costs its own lines only. (Python 3.11's own
    ``"__main__"`` preload never reaches the fork server, so the imports are named.)"""
    import sys

    main = sys.modules.get("__main__")
    name = getattr(getattr(main, "__spec__", None), "name", None)
    if name:        # run with -m; a package's __main__ (python -m pytest) is not run again
        first = [] if name.endswith("__main__") else [name]
    else:
        first = [m for m in _imported_by(getattr(main, "__file__", None)) if m in sys.modules]
    return first + ["prr.watch.watch", "prr.watch.workers", "phonenumbers"]


def _imported_by(path: str | None) -> list[str]:
    """The modules a script imports at its top level (``import a.b``, ``from a.b import c``)."""
    import ast

    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read())
    except (TypeError, OSError, SyntaxError, ValueError):
        return []
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return list(dict.fromkeys(names))


_results_queue = None
STREAM_CHUNK = 25      # pages per message from a worker: writing starts while others are fetched


def _init_worker(queue) -> None:
    global _results_queue
    _results_queue = queue


def fetch_and_analyse_job(settings, fetcher_config: dict, items: list[dict], share_no: int = 0) -> tuple:
    """In a worker process: fetch a share of the hosts (a host is only ever in one share,
    so per-host limits hold) and parse what changed, both on this one thread (the fetcher's
    event loop runs while the next page is asked for: no fetching threads to hand the GIL
    to). Finished pages go to the writing process in lists of (page id, outcome, analysis)
    as they come, and last ``(share_no, the rest, requests made, bytes received)``; the
    job returns the same (without a channel, e.g. called directly, it is all it gives)."""
    out: list[tuple] = []
    with PoliteFetcher(settings, **fetcher_config) as fetcher:
        for item, outcome in fetcher.fetch_many(items):
            page = item["page"]
            analysis = None
            if (isinstance(outcome, Fetched) and needs_analysis(page, outcome)
                    and (not outcome.content_type or outcome.content_type in PAGE_TYPES)):
                try:
                    analysis = analyse(outcome.text, base_url=outcome.url, page_kind=page["kind"],
                                       area_codes=item.get("area_codes", ()))
                except Exception:   # parsed again in the main process, where the error is recorded
                    analysis = None
            out.append((page["id"], outcome, analysis))
            if _results_queue is not None and len(out) >= STREAM_CHUNK:
                _results_queue.put(out)
                out = []
        last = (share_no, out, fetcher.requests_made, fetcher.bytes_received)
    if _results_queue is None:
        return last
    _results_queue.put(last)
    return share_no, [], last[2], last[3]


def shares(items: list[dict], n: int) -> list[list[dict]]:
    """Split by host into n shares of similar page counts."""
    from urllib.parse import urlsplit

    by_host: dict[str, list] = {}
    for it in items:
        by_host.setdefault(urlsplit(it["url"]).netloc.lower(), []).append(it)
    shares: list[list[dict]] = [[] for _ in range(n)]
    for group in sorted(by_host.values(), key=len, reverse=True):
        min(shares, key=len).extend(group)
    return [s for s in shares if s]


def run_parallel(pages: list[dict], fetcher: PoliteFetcher, options, finish, batch: WriteBatch, on_fetched=None,
                 area_codes=None) -> None:
    """Fetch every page and hand each result to ``finish(page, outcome, analysis)`` in this
    thread: through worker processes for large runs, else through the fetcher's threads.
    ``area_codes(city_slug)``: the city's area codes, for the workers' parsing."""
    items = work_items(pages, area_codes)
    workers = worker_count()
    pool = queue = jobs = None
    if options.parallel_from and len(pages) >= options.parallel_from and workers > 1:
        ahead = take_jobs_ahead(fetcher.settings, worker_config(fetcher, workers), items, workers)
        if ahead is not None:
            pool, queue, jobs = ahead
        else:
            try:
                pool, queue = worker_pool(workers)
            except Exception:      # e.g. no usable __main__ for worker processes: parse here instead
                pool = queue = None
    # Without worker processes, results are written after the fetching, not during it:
    # every sqlite call releases the GIL, and getting it back from dozens of busy fetching
    # threads costs ~0.3 ms a call (measured: 1,000 pages' writes took 1.6 s during the
    # fetch, 0.13 s after it). ``buffer_pages`` bounds the memory this takes on huge runs.
    buffered: list = []

    def flush(commit: bool = True):
        for page, outcome, analysis in buffered:
            finish(page, outcome, analysis)
        buffered.clear()
        if commit:
            batch.commit()

    try:
        if pool is None:
            for item, outcome in fetcher.fetch_many(items):
                buffered.append((item["page"], outcome, None))
                if on_fetched:
                    on_fetched(item["page"])
                if len(buffered) >= options.buffer_pages:
                    flush()
            flush()
            return
        _run_in_workers(pages, items, fetcher, workers, pool, queue, buffered, flush, batch, on_fetched, jobs)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            queue.close()


def _run_in_workers(pages, items, fetcher, workers, pool, queue, buffered, flush, batch, on_fetched,
                    jobs=None) -> None:
    # Worker processes fetch and parse, each its own hosts (one process's GIL cannot keep
    # up with dozens of fetching threads plus the parsing); this one writes, as the pages
    # arrive (it runs no fetching threads, so its sqlite calls are cheap).
    by_id = {p["id"]: p for p in pages}
    handled: set[int] = set()
    if jobs is None:        # else started ahead (start_workers) on the same items
        with _frozen_heap():       # the first job forks the workers (when forking)
            jobs = _submit(pool, fetcher.settings, worker_config(fetcher, workers), items, workers)

    def take(done):
        for page_id, outcome, analysis in done:
            if page_id in handled:      # a dead worker's share re-checked here already had it
                continue
            handled.add(page_id)
            buffered.append((by_id[page_id], outcome, analysis))
            if on_fetched:
                on_fetched(by_id[page_id])
        flush(commit=False)

    running = dict(enumerate(jobs))      # share number -> job, until the job's last message
    while running:
        got = queue.get(0.02)
        if got is None:
            batch.commit()      # idle: do not hold the write lock while waiting
            got = queue.get(0.5)
        if isinstance(got, list):
            take(got)
        elif got is not None:        # a job's last message: its own come before it
            share_no, done, requests_made, bytes_received = got
            running.pop(share_no, None)
            with fetcher._lock:      # the run's totals include the workers' requests
                fetcher.requests_made += requests_made
                fetcher.bytes_received += bytes_received
            take(done)
        else:                   # nothing for a while: a job that failed (a worker died) is checked here
            for share_no, job in list(running.items()):
                if job.done() and job.exception() is not None:
                    del running[share_no]
                    rest = [it for it in jobs[job] if it["page"]["id"] not in handled]
                    take([(it["page"]["id"], outcome, None) for it, outcome in fetcher.fetch_many(rest)])
    missing = [it for it in items if it["page"]["id"] not in handled]
    if missing:
        take([(it["page"]["id"], outcome, None) for it, outcome in fetcher.fetch_many(missing)])
    flush()
