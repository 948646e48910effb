"""Flow: follow up every request past its CPRA deadline (weekday mornings, California time).

One planning task reads the overdue requests; then one task per city sends that city's
single message of the day (a digest when several of its requests are late) or drafts
escalations. A table artifact lists the overdue requests with their due dates.
"""
from __future__ import annotations

import prr.flows.runtime  # noqa: F401  (Prefect defaults before prefect is imported)

# isort: split
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner


@task(name="plan-follow-ups", cache_policy=None)
def plan_task(today: str) -> dict:
    import datetime as dt

    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.requests.followups import plan_followups

    settings = get_settings()
    conn = connect(settings.db_path)
    try:
        overdue, plans, skipped = plan_followups(conn, dt.date.fromisoformat(today), settings=settings)
    finally:
        conn.close()
    return {"overdue": overdue, "plans": [p.to_json() for p in plans], "skipped": skipped}


@task(name="follow-up-city", cache_policy=None)
def city_task(plans: list[dict], today: str, dry_run: bool) -> list[dict]:
    import datetime as dt

    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.requests.followups import execute_plan, plan_from_json

    logger = get_run_logger()
    settings = get_settings()
    conn = connect(settings.db_path)
    out = []
    try:
        for data in plans:
            plan = execute_plan(conn, plan_from_json(data), dt.date.fromisoformat(today),
                                dry_run=dry_run, settings=settings)
            log = logger.error if plan.outcome == "failed" else logger.info
            log("%s %s for %s, request(s) %s%s", plan.outcome, plan.kind, plan.city, plan.request_ids,
                f": {plan.reason}" if plan.reason else "")
            out.append(plan.to_json())
    finally:
        conn.close()
    return out


@flow(name="follow_up", task_runner=ThreadPoolTaskRunner(max_workers=4), log_prints=False)
def follow_up(today: str | None = None, dry_run: bool = False) -> dict:
    """Send today's follow-ups (one per city) and draft escalations; ``today`` (YYYY-MM-DD)
    defaults to the current California date; ``dry_run`` sends and records nothing."""
    from prr.core.settings import get_settings
    from prr.requests.followups import local_today

    logger = get_run_logger()
    day = today or local_today(get_settings().timezone).isoformat()
    planned = plan_task(day)
    by_city: dict[str, list[dict]] = {}
    for p in planned["plans"]:
        by_city.setdefault(p["city"], []).append(p)
    futures = [city_task.submit(plans, day, dry_run) for plans in by_city.values()]
    messages = [m for f in futures for m in f.result()]
    errors = [m for m in messages if m["outcome"] == "failed"]
    rows = [{"request": o["request_id"], "city": o["city"], "status": o["status"], "due": o["due"],
             "days late": o["days_late"], "follow-ups before": o["followups"], "action": o["action"]}
            for o in planned["overdue"]]
    create_table_artifact(
        key="overdue-requests", table=rows or [{"request": "", "city": "", "status": "", "due": "",
                                                 "days late": "", "follow-ups before": "", "action": "none overdue"}],
        description=f"Requests past their CPRA deadline on {day}" + (" (dry run)" if dry_run else ""))
    logger.info("%s: %d overdue, %d message(s), %d failed", day, len(planned["overdue"]), len(messages), len(errors))
    return {"today": day, "dry_run": dry_run, "overdue": planned["overdue"], "messages": messages,
            "skipped": planned["skipped"], "errors": [m.get("reason") for m in errors]}


if __name__ == "__main__":
    follow_up()
