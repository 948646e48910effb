"""Flow: read the Attorney General's data-breach list and draft incident-log requests
for breached cities; one alert per newly matched entry.

Two kinds of task: one reads the whole list (fetch, parse, store, match), then one
per matched city (notice PDFs, facts, drafts, and filing only when opted in). Both
share one polite fetcher, so the AG's server sees one request at a time.
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


@task(name="read-breach-list", cache_policy=None, retries=1, retry_delay_seconds=60)
def read_list(list_url: str | None, csv_url: str | None, fetcher_key: str) -> dict:
    from prr.breaches.breaches import read_breach_list
    from prr.core.settings import get_settings
    from prr.db import connect

    logger = get_run_logger()
    settings = get_settings()
    conn = connect(settings.db_path)
    try:
        result = read_breach_list(conn, list_url=list_url, csv_url=csv_url, settings=settings,
                                  fetcher=_fetchers[fetcher_key])
    finally:
        conn.close()
    for p in result.problems:
        logger.warning("skipped row %s: %s", p["row"], p["reason"])
    for e in result.errors:
        logger.warning("could not read %s: %s", e["url"], e["error"])
    if result.errors and not result.seen:
        raise RuntimeError("the breach list could not be read: "
                           + "; ".join(f"{e['url']}: {e['error']}" for e in result.errors))
    logger.info("%d entries read, %d new, %d newly matched", result.seen, len(result.new_ids),
                len(result.matched_ids))
    return result.to_json()


@task(name="act-on-city-breaches", cache_policy=None)
def act_on_city(entry_ids: list[int], autofile: bool, fetcher_key: str) -> list[dict]:
    """One city's matched entries, in order: two entries of one incident must not both
    draft (the second links the first's request)."""
    from prr.breaches.breaches import act_on_entry
    from prr.core.settings import get_settings
    from prr.db import connect

    logger = get_run_logger()
    settings = get_settings()
    conn = connect(settings.db_path)
    out = []
    try:
        for entry_id in entry_ids:
            outcome = act_on_entry(conn, entry_id, autofile=autofile, settings=settings,
                                   fetcher=_fetchers[fetcher_key])
            if outcome.error:
                logger.warning("%s (%s): %s", outcome.organization, outcome.city_slug, outcome.error)
            out.append(outcome.to_json())
    finally:
        conn.close()
    return out


@flow(name="watch-breach-list", task_runner=ThreadPoolTaskRunner(max_workers=2))
def watch_breach_list(list_url: str | None = None, csv_url: str | None = None,
                      autofile: bool | None = None) -> dict:
    """Check the list; ``autofile`` (default PRR_BREACH_AUTOFILE, off) files the drafts."""
    from prr.breaches.breaches import EntryOutcome, alert_markdown, notify, resolve_autofile
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.breaches import entries_to_act_on
    from prr.scrapers.fetch import PoliteFetcher

    logger = get_run_logger()
    settings = get_settings()
    do_file = resolve_autofile(autofile, settings)
    key = uuid.uuid4().hex
    fetcher = PoliteFetcher(settings)
    with _lock:
        _fetchers[key] = fetcher
    try:
        read = read_list(list_url, csv_url, key)
        conn = connect(settings.db_path)
        try:
            by_city: dict[str, list[int]] = {}
            for e in entries_to_act_on(conn):
                by_city.setdefault(e["city_slug"], []).append(e["id"])
        finally:
            conn.close()
        futures = [act_on_city.submit(ids, do_file, key) for ids in by_city.values()]
        outcomes = [EntryOutcome(**o) for f in futures for o in f.result()]
    finally:
        with _lock:
            _fetchers.pop(key, None)
        fetcher.close()
    new_matched = [o for o in outcomes if o.entry_id in set(read["matched_ids"])]
    for o in new_matched:
        create_markdown_artifact(markdown=alert_markdown(o), key=f"breach-entry-{o.entry_id}",
                                 description=f"Data breach matched to {o.city_slug}")
    sent = notify(new_matched, settings)
    lines = ["# Data-breach list", "",
             f"{read['seen']} entries read, {len(read['new_ids'])} new, {len(read['matched_ids'])} newly matched; "
             f"filing {'on' if do_file else 'off (opt-in)'}.", ""]
    if outcomes:
        lines += ["| entry | organisation | city | status | request | dates | problem |",
                  "|---|---|---|---|---|---|---|"]
        lines += [f"| {o.entry_id} | {o.organization} | {o.city_slug} | {o.status} | {o.request_id or ''} | "
                  f"{o.params.get('start', '')} to {o.params.get('end', '')} | {o.error or ''} |" for o in outcomes]
    if read["problems"]:
        lines += ["", "## Rows that could not be read", ""]
        lines += [f"- row {p['row']}: {p['reason']}" for p in read["problems"]]
    if read["errors"]:
        lines += ["", "## Sources that could not be read", ""]
        lines += [f"- {e['url']}: {e['error']}" for e in read["errors"]]
    create_markdown_artifact(markdown="\n".join(lines), key="watch-breach-list-summary",
                             description="Breach list entries read, matched, drafted")
    logger.info("breach list: %d read, %d new, %d matched; %d acted on; alerts %s", read["seen"],
                len(read["new_ids"]), len(read["matched_ids"]), len(outcomes), sent)
    return {"read": read, "outcomes": [o.to_json() for o in outcomes], "alerts": len(new_matched),
            "notified": sent, "autofile": do_file}


if __name__ == "__main__":
    watch_breach_list()
