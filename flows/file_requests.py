"""Flows that draft and file requests for a batch of cities, and run saved plans.

Drafting is safe to retry (an identical request is found by its dedupe key, never
drafted twice), so it has task retries. Filing has none: a filing step that fails
leaves the request `failed` (or `filing`, reconciled on the next run) and is retried
on purpose, by the user or the next scheduled run, never blindly by Prefect.
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
    from prr.requests.filing import DuplicateRequestError, FilingError, draft_request

    conn = _conn()
    try:
        rid = draft_request(conn, city_slug, kind, params, channel=channel, confirm_similar=confirm_similar)
        return {"city": city_slug, "request_id": rid, "drafted": True, "note": ""}
    except DuplicateRequestError as e:
        return {"city": city_slug, "request_id": e.existing_id, "drafted": False, "note": "identical request exists"}
    except FilingError as e:
        return {"city": city_slug, "request_id": None, "drafted": False, "note": str(e)}
    finally:
        conn.close()


@task(retries=0, task_run_name="file-{city_slug}")
def file_for_city(city_slug: str, request_id: int | None, channel: str | None = None) -> dict:
    from prr.db.requests import get_request
    from prr.requests.filing import FilingError, file_request

    if request_id is None:
        return {"status": "not drafted", "error": None}
    conn = _conn()
    try:
        r = get_request(conn, request_id)
        if r["status"] not in ("draft", "failed", "filing"):
            return {"status": r["status"], "error": None, "skipped": True}
        receipt = file_request(conn, request_id, channel=channel)
        return {"status": receipt.status, "error": None, "tracking_number": receipt.tracking_number,
                "to": receipt.to or receipt.detail.get("portal_url") or receipt.path}
    except FilingError as e:
        r = get_request(conn, request_id)
        return {"status": r["status"] if r else "missing", "error": str(e), "hint": e.hint}
    finally:
        conn.close()


@flow(name="file-requests", task_runner=ThreadPoolTaskRunner(max_workers=4), log_prints=False)
def file_requests(city_slugs: list[str], kind: str, params: dict, channel: str | None = None,
                  confirm_similar: bool = False) -> list[dict]:
    """Draft and file one request per city; a city that fails never stops the others."""
    logger = get_run_logger()
    drafts = [draft_for_city.submit(slug, kind, params, channel, confirm_similar) for slug in city_slugs]
    drafted = [f.result() for f in drafts]
    filings = [file_for_city.submit(d["city"], d["request_id"], channel) for d in drafted]
    rows = []
    for d, f in zip(drafted, filings):
        res = f.result()
        row = {"city": d["city"], "request_id": d["request_id"], "status": res["status"],
               "note": res.get("error") or d["note"] or ("already " + res["status"] if res.get("skipped") else "")}
        rows.append(row)
        (logger.warning if res.get("error") or d["request_id"] is None else logger.info)(
            "%s: request %s %s %s", row["city"], row["request_id"], row["status"], row["note"])
    filed = sum(1 for r in rows if r["status"] in ("filed", "awaiting_submission") and not r["note"].startswith("already"))
    create_table_artifact(key="file-requests", table=rows,
                          description=f"{kind}: {filed} of {len(rows)} cities filed or prepared in this run")
    return rows


def period_dates(period: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The date range a relative period names, seen from ``today``."""
    if period == "previous_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    if period == "previous_week":   # Monday to Sunday of last week
        end = today - dt.timedelta(days=today.weekday() + 1)
        return end - dt.timedelta(days=6), end
    if period == "previous_quarter":
        q_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = q_start - dt.timedelta(days=1)
        return dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end
    if period.startswith("last_") and period.endswith("_days"):
        n = int(period[5:-5])
        return today - dt.timedelta(days=n), today - dt.timedelta(days=1)
    raise ValueError(f"unknown period {period!r}: use previous_month, previous_week, previous_quarter "
                     "or last_N_days")


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def resolve_plan(data: dict, today: dt.date, conn=None) -> tuple[list[str], str, dict, str | None]:
    """(cities, kind, params, channel) of a plan for a run on ``today``."""
    kind = data.get("kind")
    if not kind:
        raise ValueError("plan needs a `kind` (a template kind, e.g. incident-logs)")
    params = dict(data.get("params") or {})
    fill = {}
    if data.get("period"):
        start, end = period_dates(data["period"], today)
        params.setdefault("start", start.isoformat())
        params.setdefault("end", end.isoformat())
        fill = {"start": start.isoformat(), "end": end.isoformat(),
                "month": f"{start:%B %Y}" if start.month == end.month else f"{start:%B %Y} to {end:%B %Y}"}
    params = {k: v.format_map(_Keep(fill)) if isinstance(v, str) else v for k, v in params.items()}
    cities = data.get("cities") or []
    if isinstance(cities, dict) and cities.get("with_contact"):
        from prr.db.core import rows

        cities = [r["city_slug"] for r in rows(conn, "SELECT DISTINCT city_slug FROM contacts WHERE kind=?"
                                               " AND status='current' AND value IS NOT NULL ORDER BY city_slug",
                                               (cities["with_contact"],))]
    if not isinstance(cities, list) or not cities:
        raise ValueError("plan needs `cities`: a list of registry slugs or {with_contact: records_email}")
    return cities, kind, params, data.get("channel")


@flow(name="file-request-plan", log_prints=False)
def file_request_plan(plan: str, today: str | None = None) -> list[dict]:
    """Run a saved request plan (YAML) with its dates resolved relative to today."""
    import yaml

    path = Path(plan)
    if not path.is_absolute() and not path.exists():
        path = PROJECT_ROOT / plan
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    from zoneinfo import ZoneInfo

    # Periods are California months and weeks, whatever the machine's time zone.
    run_day = dt.date.fromisoformat(today) if today else dt.datetime.now(ZoneInfo("America/Los_Angeles")).date()
    conn = _conn()
    try:
        cities, kind, params, channel = resolve_plan(data, run_day, conn)
    finally:
        conn.close()
    get_run_logger().info("plan %s (%s): %s for %d cities, %s", path.name, data.get("name", ""), kind,
                          len(cities), {k: params[k] for k in ("start", "end") if k in params})
    return file_requests(cities, kind, params, channel=channel)
