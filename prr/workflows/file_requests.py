"""Workflow: draft and file one request per city (a batch, or a saved plan's cities).

Cities go in batches, each batch an item of the fan-out (a Prefect task run costs
~10 ms of API calls and more on a busy server, more than drafting a letter): as many
batches as the fan-out runs at once, of 25 to 250 cities. Inside a batch each city is drafted,
then filed, in turn; one city's failure never stops the others. Drafting is safe to
repeat (an identical request is found by its dedupe key); filing is exactly-once (a
request already past filing is skipped; a send whose outcome is unknown becomes
``send_unconfirmed`` and is never retried by a run), so a batch may be retried.
"""
from __future__ import annotations

import datetime as dt
import logging

from prr.workflows.base import Context, Report, batches

log = logging.getLogger(__name__)

NAME = "file-requests"
WORKERS = 4
BATCH_SIZE = 25          # smallest batch
MAX_BATCH_SIZE = 250     # largest: a retried batch drafts (finds) its cities again
COLUMNS = ("city", "request", "status", "note")
DONE = ("filed", "awaiting_submission", "ready_to_send")


def _file_cities(ctx: Context, kind: str, params: dict, channel: str | None, confirm_similar: bool):
    from prr.workflows.plans import draft_one, file_one, outcome_row

    def file_cities(city_slugs: list[str]) -> list[dict]:
        out = []
        with ctx.connection() as conn:
            for slug in city_slugs:
                drafted = draft_one(conn, slug, kind, params, channel, confirm_similar)
                filed = file_one(conn, drafted["request_id"], channel)
                row = outcome_row(drafted, filed)
                # One line per city at debug: at info, 500 cities would be 500 records sent to the API.
                (log.warning if filed.get("error") or drafted["request_id"] is None else log.debug)(
                    "%s: request %s %s %s", row["city"], row["request_id"], row["status"], row["note"])
                out.append(row)
        return out

    return file_cities


def batch_size_for(cities: int) -> int:
    """One batch per worker (500 cities: 4 task runs, not 20), within 25..250 cities."""
    return max(BATCH_SIZE, min(MAX_BATCH_SIZE, -(-cities // WORKERS)))


def run(ctx: Context, city_slugs: list[str], kind: str, params: dict, *, channel: str | None = None,
        confirm_similar: bool = False, batch_size: int | None = None, title: str = "") -> Report:
    """Draft and file ``kind`` with ``params`` for every city of ``city_slugs`` (in batches
    of ``batch_size``; default: one batch per worker, see :func:`batch_size_for`)."""
    fn = _file_cities(ctx, kind, params, channel, confirm_similar)
    batch_size = batch_size or batch_size_for(len(city_slugs))
    rows = [r for group in ctx.fanout.map(fn, batches(city_slugs, batch_size), name="file-cities") for r in group]
    filed = sum(1 for r in rows if r["status"] in DONE and not r["note"].startswith("already"))
    problems = [f"{r['city']}: {r['note']}" for r in rows
                if r["request_id"] is None or (r["note"] and not r["note"].startswith(("already", "identical")))]
    headline = (f"{title or kind}: {filed} of {len(rows)} cities filed, written to the outbox or prepared "
                "in this run.")
    log.info(headline)
    return Report(workflow=NAME, headline=headline, columns=COLUMNS,
                  rows=[(r["city"], r["request_id"], r["status"], r["note"]) for r in rows],
                  problems=problems, more="prr requests --json", data={"rows": rows, "filed": filed})


def run_plan(ctx: Context, plan: str, *, today: dt.date | None = None) -> Report:
    """A saved plan (YAML) with its dates resolved relative to ``today`` (default: today
    in the settings' timezone: periods are California months and weeks)."""
    from prr.workflows.plans import load_plan, local_today

    return run_loaded_plan(ctx, load_plan(plan, today or local_today(ctx.settings.timezone), ctx.main_connection()))


def run_loaded_plan(ctx: Context, p) -> Report:
    """A plan already loaded and resolved (prr.workflows.plans.Plan)."""
    log.info("plan %s (%s): %s for %d cities, %s", p.path.name, p.name, p.kind, len(p.cities),
             {k: p.params[k] for k in ("start", "end") if k in p.params})
    return run(ctx, p.cities, p.kind, p.params, channel=p.channel, title=f"plan {p.name}")
