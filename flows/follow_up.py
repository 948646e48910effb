"""Flow: follow up requests past their CPRA deadline (prr.workflows.follow_up)."""
from __future__ import annotations

import datetime as dt

from prefect.task_runners import ThreadPoolTaskRunner

from prr.flows.runtime import flow, flow_context, publish
from prr.workflows import follow_up as workflow


@flow(name="follow-up", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def follow_up(today: str | None = None, dry_run: bool = False) -> dict:
    """Send today's follow-ups (one per city) and draft escalations; ``today`` (YYYY-MM-DD)
    defaults to the current California date; ``dry_run`` sends and records nothing."""
    # No task retries: a failed send is recorded and retried by the next run, never blindly.
    with flow_context() as ctx:
        return publish(workflow.run(ctx, today=dt.date.fromisoformat(today) if today else None, dry_run=dry_run))


if __name__ == "__main__":
    follow_up()
