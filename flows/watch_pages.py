"""Flow: check watched city pages (prr.workflows.watch_pages), one summary artifact per run."""
from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from prr.flows.runtime import flow, flow_context, publish
from prr.workflows import watch_pages as workflow


@flow(name="watch-pages", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def watch_pages(city_slugs: list[str] | None = None, confirm: str = "recheck",
                batch_size: int | None = None) -> dict:
    """Check the pages of CITY_SLUGS (default: every watched page) and record confirmed changes."""
    with flow_context(retries=1) as ctx:
        return publish(workflow.run(ctx, city_slugs, confirm=confirm, batch_size=batch_size))


if __name__ == "__main__":
    watch_pages()
