"""Workflow: check watched city pages, record confirmed changes, alert once per changed fact.

Concurrency is decided here for every shell: by default the whole run is one item,
inside which the polite fetcher runs pages concurrently and large runs parse in worker
processes (``WatchOptions.parallel_from``). ``batch_size`` splits the cities into items
for a fan-out that spreads them (e.g. over Prefect workers); every item shares the
context's fetcher, so per-host limits hold across the run.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from prr.workflows.base import Context, Report, alert, batches

log = logging.getLogger(__name__)

NAME = "watch-pages"
WORKERS = 4             # items at once when the run is split into batches
COLUMNS = ("change", "city", "kind", "field", "new", "page")


def _check(ctx: Context, options, on_fetched, on_result) -> Callable[[list[str]], dict]:
    from prr.db.pages import get_changes
    from prr.watch.watch import watch

    def check(city_slugs: list[str]) -> dict:
        with ctx.connection() as conn:
            summary = watch(conn, city_slugs, settings=ctx.settings, fetcher=ctx.fetcher, options=options,
                            on_fetched=on_fetched, on_result=on_result)
            changes = get_changes(conn, summary.change_ids)
        for r in summary.results:
            if r.error:
                log.warning("%s %s: %s", r.city_slug, r.url, r.error)
        return {"summary": summary.to_json(), "changes": changes}

    return check


def _warm_worker_start() -> None:
    """Large runs parse in worker processes, which start from a forkserver whenever this
    process has other threads (a flow engine's, a progress bar's). Start that server now:
    its imports (~2 s here) then overlap with the rest of the set-up instead of following it."""
    import multiprocessing
    import threading

    from prr.watch.workers import started_ahead

    if (threading.active_count() > 1 and not started_ahead()
            and "forkserver" in multiprocessing.get_all_start_methods()):
        from multiprocessing import forkserver

        from prr.watch.workers import forkserver_preload

        multiprocessing.get_context("forkserver").set_forkserver_preload(forkserver_preload())
        forkserver.ensure_running()


@contextmanager
def workers_started_ahead(settings, city_slugs: list[str] | None = None) -> Iterator[bool]:
    """For the block: when the run will parse in worker processes, fork them now (see
    :func:`prr.watch.workers.start_workers`), before the block starts threads, and set
    them fetching and parsing the run's pages, so that the block's set-up (a flow run's
    API calls) overlaps the first pages. The run takes them and their results when it
    checks the same pages with the same settings; otherwise, and if it never checks
    them, they are stopped at the end, having written nothing. Yields whether they were
    started."""
    import threading

    from prr.watch.workers import release_workers, start_workers

    started = False
    try:
        if threading.active_count() == 1:
            from prr.db import connect
            from prr.db.pages import list_pages
            from prr.watch.site_context import SiteContext
            from prr.watch.watch import WatchOptions
            from prr.watch.workers import work_items

            items = None
            try:
                conn = connect(settings.db_path)
                try:
                    pages = list_pages(conn, city_slugs)
                    if len(pages) >= WatchOptions().parallel_from > 0:
                        items = work_items(pages, SiteContext(conn).area_codes)
                finally:
                    conn.close()
            except Exception:   # the run meets it again inside the flow run, which records it
                log.debug("not starting workers ahead", exc_info=True)
            started = items is not None and start_workers(settings=settings, items=items)
        yield started
    finally:
        release_workers()


def run(ctx: Context, city_slugs: list[str] | None = None, *, confirm: str = "recheck",
        batch_size: int | None = None, on_fetched=None, on_result=None) -> Report:
    """Check every active page of ``city_slugs`` (all watched cities when None)."""
    from prr.core.alerts import markdown_for, title_for
    from prr.db.pages import list_pages
    from prr.watch.watch import WatchOptions

    options = WatchOptions(confirm=confirm)     # ValueError names the allowed modes
    pages = list_pages(ctx.main_connection(), city_slugs)
    if len(pages) >= options.parallel_from > 0:
        _warm_worker_start()
    slugs = sorted({p["city_slug"] for p in pages})
    log.info("checking %d pages of %d cities", len(pages), len(slugs))
    results = ctx.fanout.map(_check(ctx, options, on_fetched, on_result), batches(slugs, batch_size),
                             name="check-pages")
    outcomes: Counter = Counter()
    changes: list[dict] = []
    failures: list[dict] = []
    offline = bool(results) and all(r["summary"]["offline"] for r in results)
    all_failed = bool(results) and all(r["summary"]["all_failed"] for r in results)
    for r in results:
        outcomes.update(r["summary"]["outcomes"])
        changes.extend(r["changes"])
        failures.extend(r["summary"]["failures"])
    sent = alert(ctx, [(title_for(c), markdown_for(c)) for c in changes])
    headline = ("Offline: every host failed with DNS or connection errors; nothing was compared or proposed. "
                if offline else "") + (f"{len(slugs)} cities, {len(pages)} pages checked: "
                + (", ".join(f"{v} {k}" for k, v in sorted(outcomes.items())) or "nothing to check")
                + f"; {len(changes)} change(s).")
    log.info(headline)
    return Report(
        workflow=NAME, headline=headline, columns=COLUMNS,
        rows=[(c["id"], c["city_slug"], c["kind"], c["field"], c["new_value"], c["url"]) for c in changes],
        problems=[f"{f['url']}: {f['error']}" for f in failures], more="prr changes --json", alerts=sent,
        # Nothing read at all fails the run (a scheduler must see it); each page is still recorded.
        failed=all_failed,
        data={"cities": len(slugs), "pages": len(pages), "outcomes": dict(outcomes),
              "changes": [c["id"] for c in changes], "failures": failures, "offline": offline,
              "all_failed": all_failed})
