"""Flow: check watched city pages (prr.workflows.watch_pages), one summary artifact per run."""
from __future__ import annotations

import inspect
from typing import Any

from prefect.task_runners import ThreadPoolTaskRunner

from prr.flows.runtime import Flow, flow, flow_context, publish
from prr.workflows import watch_pages as workflow


class WatchPagesFlow(Flow):
    """Called in a process (``prr flow watch-pages``, a script), a large run's worker
    processes are forked before the flow run starts Prefect's threads, instead of
    through a fork server once they run (~1 s later on 2 cores, measured)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from prr.core.settings import get_settings

        params = {k: v for k, v in kwargs.items() if k not in ("return_state", "wait_for")}
        slugs = inspect.signature(self.fn).bind_partial(*args, **params).arguments.get("city_slugs")
        with workflow.workers_started_ahead(get_settings(), slugs):
            return super().__call__(*args, **kwargs)


@flow(cls=WatchPagesFlow, name="watch-pages", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def watch_pages(city_slugs: list[str] | None = None, confirm: str = "recheck",
                batch_size: int | None = None) -> dict:
    """Check the pages of CITY_SLUGS (default: every watched page) and record confirmed changes."""
    with flow_context(retries=1) as ctx:
        return publish(workflow.run(ctx, city_slugs, confirm=confirm, batch_size=batch_size))


if __name__ == "__main__":
    watch_pages()
