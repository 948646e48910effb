"""Flows that draft and file requests for a batch of cities, and run saved plans.

Drafting is safe to retry (an identical request is found by its dedupe key, never
drafted twice), so it has task retries. Filing has none: a filing step that fails
leaves the request `failed` (or `filing`, reconciled on the next run) and is retried
on purpose, by the user or the next scheduled run, never blindly by Prefect; a send
whose outcome is unknown becomes `send_unconfirmed` and is never retried by a run.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import prr.flows.runtime  # noqa: F401  (Prefect defaults before prefect is imported)

# isort: split
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _conn():
    from prr.core.settings import get_settings
    from prr.db import connect

    return connect(get_settings().db_path)


@task(retries=2, retry_delay_seconds=2, task_run_name="draft-{city_slug}")
def draft_for_city(city_slug: str, kind: str, params: dict, channel: str | None = None,
                   confirm_similar: bool = False) -> dict:
    from prr.workflows.plans import draft_one

    conn = _conn()
    try:
        return draft_one(conn, city_slug, kind, params, channel, confirm_similar)
    finally:
        conn.close()


@task(retries=0, task_run_name="file-{city_slug}")
def file_for_city(city_slug: str, request_id: int | None, channel: str | None = None) -> dict:
    from prr.workflows.plans import file_one

    conn = _conn()
    try:
        return file_one(conn, request_id, channel)
    finally:
        conn.close()


@flow(name="file-requests", task_runner=ThreadPoolTaskRunner(max_workers=4), log_prints=False)
def file_requests(city_slugs: list[str], kind: str, params: dict, channel: str | None = None,
                  confirm_similar: bool = False) -> list[dict]:
    """Draft and file one request per city; a city that fails never stops the others."""
    from prr.workflows.plans import outcome_row

    logger = get_run_logger()
    drafts = [draft_for_city.submit(slug, kind, params, channel, confirm_similar) for slug in city_slugs]
    drafted = [f.result() for f in drafts]
    filings = [file_for_city.submit(d["city"], d["request_id"], channel) for d in drafted]
    rows = []
    for d, f in zip(drafted, filings):
        res = f.result()
        row = outcome_row(d, res)
        rows.append(row)
        (logger.warning if res.get("error") or d["request_id"] is None else logger.info)(
            "%s: request %s %s %s", row["city"], row["request_id"], row["status"], row["note"])
    filed = sum(1 for r in rows if r["status"] in ("filed", "ready_to_send", "awaiting_submission")
                and not r["note"].startswith("already"))
    create_table_artifact(key="file-requests", table=rows,
                          description=f"{kind}: {filed} of {len(rows)} cities filed, written to the outbox or "
                                      f"prepared in this run")
    return rows


@flow(name="file-request-plan", log_prints=False)
def file_request_plan(plan: str, today: str | None = None) -> list[dict]:
    """Run a saved request plan (YAML) with its dates resolved relative to today."""
    from prr.workflows.plans import load_plan

    conn = _conn()
    try:
        p = load_plan(plan, dt.date.fromisoformat(today) if today else None, conn)
    finally:
        conn.close()
    get_run_logger().info("plan %s (%s): %s for %d cities, %s", p.path.name, p.name, p.kind,
                          len(p.cities), {k: p.params[k] for k in ("start", "end") if k in p.params})
    return file_requests(p.cities, p.kind, p.params, channel=p.channel)
