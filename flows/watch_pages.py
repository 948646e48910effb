"""Flow: check watched city pages, record confirmed changes, alert once per changed fact.

Tasks are batches of cities (Prefect costs ~10 ms per task run): inside a batch
the polite fetcher runs pages concurrently. All batches share one fetcher, so
the per-host limits hold across the whole run.
"""
from __future__ import annotations

import prr.flows.runtime  # noqa: F401  (Prefect defaults; must precede prefect)

# isort: split

import threading
import uuid

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

_fetchers: dict[str, object] = {}
_lock = threading.Lock()


@task(name="check-city-batch", cache_policy=None)
def check_city_batch(city_slugs: list[str], fetcher_key: str, confirm: str = "recheck") -> dict:
    from prr.core.alerts import alert_changes
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.pages import get_change
    from prr.watch.watch import WatchOptions, watch

    logger = get_run_logger()
    settings = get_settings()
    conn = connect(settings.db_path)
    try:
        # Batches already run side by side; worker processes per batch would oversubscribe
        # the CPUs, and a daily run is bound by politeness delays, not parsing.
        summary = watch(conn, city_slugs, fetcher=_fetchers[fetcher_key],
                        options=WatchOptions(confirm=confirm, parallel_from=0))
        changes = [get_change(conn, cid) for cid in summary.change_ids]
        alerts = alert_changes(changes, settings=settings, artifacts=True)
    finally:
        conn.close()
    for r in summary.results:
        if r.error:
            logger.warning("%s %s: %s", r.city_slug, r.url, r.error)
    logger.info("%d cities, %d pages: %s; %d changes", len(city_slugs), len(summary.results),
                summary.counts(), len(changes))
    return {"summary": summary.to_json(), "changes": changes, "alerts": alerts}


@flow(name="watch-pages", task_runner=ThreadPoolTaskRunner(max_workers=4))
def watch_pages(city_slugs: list[str] | None = None, confirm: str = "recheck", batch_size: int = 25) -> dict:
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.pages import list_pages
    from prr.scrapers.fetch import PoliteFetcher

    logger = get_run_logger()
    settings = get_settings()
    conn = connect(settings.db_path)
    try:
        slugs = sorted({p["city_slug"] for p in list_pages(conn, city_slugs)})
    finally:
        conn.close()
    key = uuid.uuid4().hex
    fetcher = PoliteFetcher(settings)
    with _lock:
        _fetchers[key] = fetcher
    try:
        batches = [slugs[i:i + batch_size] for i in range(0, len(slugs), batch_size)]
        futures = [check_city_batch.submit(b, key, confirm) for b in batches]
        results = [f.result() for f in futures]
    finally:
        with _lock:
            _fetchers.pop(key, None)
        fetcher.close()
    outcomes: dict[str, int] = {}
    changes, failures = [], []
    offline = bool(results) and all(r["summary"]["offline"] for r in results)
    for r in results:
        for k, v in r["summary"]["outcomes"].items():
            outcomes[k] = outcomes.get(k, 0) + v
        changes.extend(r["changes"])
        failures.extend(r["summary"]["failures"])
    lines = ["# Page watch", ""] + (["**Offline**: every host failed with DNS or connection errors; nothing "
                                     "was compared or proposed.", ""] if offline else []) + [f"{len(slugs)} cities, {sum(outcomes.values())} pages checked; "
             f"{fetcher.requests_made} requests, {fetcher.bytes_received} bytes.", "",
             "| outcome | pages |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(outcomes.items())]
    if changes:
        lines += ["", "## Changes", "", "| # | city | kind | field | new | page |", "|---|---|---|---|---|---|"]
        lines += [f"| {c['id']} | {c['city_slug']} | {c['kind']} | {c['field'] or ''} | {c['new_value'] or ''} |"
                  f" {c['url'] or ''} |" for c in changes]
    if failures:
        lines += ["", "## Failures", ""] + [f"- {f['url']}: {f['error']}" for f in failures]
    create_markdown_artifact(markdown="\n".join(lines), key="watch-pages-summary",
                             description="Pages checked, changes found, failures")
    logger.info("watched %d cities: %s; %d changes", len(slugs), outcomes, len(changes))
    checked = sum(outcomes.values())
    if checked and not any(k not in ("failed", "broken", "offline", "robots") for k in outcomes):
        # Nothing was read: the run failed (a scheduler must see it), though each page is recorded.
        raise RuntimeError("offline: every host failed with DNS or connection errors; nothing proposed"
                           if offline else f"every one of the {checked} page fetches failed; see the artifact")
    return {"cities": len(slugs), "outcomes": outcomes, "changes": [c["id"] for c in changes],
            "failures": failures, "offline": offline}


if __name__ == "__main__":
    watch_pages()
