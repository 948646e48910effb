"""Flow: the Attorney General's data-breach list (prr.workflows.breach_list)."""
from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from prr.flows.runtime import flow, flow_context, publish
from prr.workflows import breach_list as workflow


@flow(name="watch-breach-list", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def watch_breach_list(list_url: str | None = None, csv_url: str | None = None,
                      autofile: bool | None = None) -> dict:
    """Check the list; ``autofile`` (default PRR_BREACH_AUTOFILE, off) files the drafts."""
    # No task retries: with autofile on, a retry would file; a failed city is retried by the next check.
    with flow_context() as ctx:
        return publish(workflow.run(ctx, list_url=list_url, csv_url=csv_url, autofile=autofile))


if __name__ == "__main__":
    watch_breach_list()
