"""Workflow: follow up every request past its CPRA deadline.

One plan for the day (which requests are late, what each city gets); then each city is
an item of the fan-out and sends its single message of the day (a digest when several
of its requests are late) or drafts escalations, in order.
"""
from __future__ import annotations

import datetime as dt
import logging

from prr.workflows.base import Context, Report

log = logging.getLogger(__name__)

NAME = "follow-up"
WORKERS = 4
COLUMNS = ("request", "city", "status", "due", "days late", "follow-ups before", "action")


def _execute(ctx: Context, today: dt.date, dry_run: bool):
    from prr.requests.followups import execute_plans

    def execute(plans: list) -> list[dict]:
        with ctx.connection() as conn:
            return execute_plans(conn, plans, today, dry_run=dry_run, settings=ctx.settings)

    return execute


def run(ctx: Context, *, today: dt.date | None = None, dry_run: bool = False) -> Report:
    """Send today's follow-ups and draft escalations (``dry_run``: send and record nothing);
    ``today`` defaults to the current date in the settings' timezone."""
    from prr.requests.followups import FollowupRun, by_city, local_today, plan_followups

    today = today or local_today(ctx.settings.timezone)
    overdue, plans, skipped = plan_followups(ctx.main_connection(), today, settings=ctx.settings)
    results = ctx.fanout.map(_execute(ctx, today, dry_run), by_city(plans), name="follow-up-city")
    run = FollowupRun(today=today, dry_run=dry_run, overdue=overdue, skipped=skipped,
                      messages=[m for group in results for m in group])
    run.errors = [m["failure"] for m in run.messages if m.get("failure")]
    headline = (f"{today}: {len(overdue)} request(s) overdue; {run.sent} follow-up(s) sent, {run.drafted} "
                f"escalation(s) drafted, {len(run.errors)} failed" + (" (dry run: nothing sent)" if dry_run else "."))
    log.info(headline)
    rows = [(o["request_id"], o["city"], o["status"], o["due"], o["days_late"], o["followups"], o["action"])
            for o in overdue]
    return Report(workflow=NAME, headline=headline, columns=COLUMNS, rows=rows, problems=run.errors,
                  more="prr requests --json", data=run.to_json())
