"""What every flow shares: the Prefect fan-out, the context a workflow runs in, and the
one artifact per run.

Nothing here runs at import time. Prefect's own settings (server, timeouts, logging) are
the user's, or, for runs prr starts itself (``prr demo``, ``prr serve``, a one-off run),
:data:`prr.flows.local.DEFAULTS` set in the environment of that process before Prefect
is imported. A worker uses its own profile; the deployments in prefect.yaml add
``PREFECT_LOGGING_EXTRA_LOGGERS=prr`` so the library's log records reach the run's log.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from prr.workflows.base import Context, Report

log = logging.getLogger(__name__)


@task(name="run-item", cache_policy=NO_CACHE)
def run_item(fn: Callable[[Any], Any], item: Any) -> Any:
    return fn(item)


class PrefectTasks:
    """A fan-out that runs each item as a Prefect task on the flow's task runner.
    Items are batches (a task run costs ~10 ms of API calls), never single pages.
    A single item runs in the flow itself, with the same retries: a task run would add
    its API calls and the task engine's import (~0.2 s, measured) and show nothing the
    flow run does not."""

    def __init__(self, retries: int = 0, retry_delay_seconds: float = 5):
        self.retries, self.retry_delay_seconds = retries, retry_delay_seconds

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], *, name: str = "item") -> list[Any]:
        items = list(items)
        if len(items) == 1:
            return [self._inline(fn, items[0], name)]
        runner = run_item.with_options(name=name, retries=self.retries,
                                       retry_delay_seconds=self.retry_delay_seconds)
        futures = [runner.submit(fn, item) for item in items]
        return [f.result() for f in futures]

    def _inline(self, fn: Callable[[Any], Any], item: Any, name: str) -> Any:
        import time

        for attempt in range(self.retries + 1):
            try:
                return fn(item)
            except Exception as e:
                if attempt == self.retries:
                    raise
                get_run_logger().warning("%s failed (%s: %s); retrying in %s s (retry %d of %d)", name,
                                         type(e).__name__, e, self.retry_delay_seconds, attempt + 1, self.retries)
                time.sleep(self.retry_delay_seconds)


def flow_context(retries: int = 0) -> Context:
    """The context of one flow run: fresh settings, tasks as the fan-out."""
    from prr.core.settings import get_settings

    return Context(settings=get_settings(), fanout=PrefectTasks(retries=retries))


def publish(report: Report) -> dict:
    """The run's one artifact and log lines; the report's JSON is the flow's result.
    A failed run (e.g. a source down) raises after publishing, so the outage shows."""
    from prefect.artifacts import create_markdown_artifact

    logger = get_run_logger()
    logger.info(report.headline)
    for problem in report.problems[:20]:
        logger.warning(problem)
    try:
        create_markdown_artifact(key=report.workflow, markdown=report.markdown(), description=report.headline)
    except Exception as e:      # the work is done and stored; a lost summary must not undo it
        logger.warning("could not publish the run's summary artifact: %s", e)
    if report.failed:
        raise RuntimeError("; ".join(report.problems) or report.headline)
    return report.to_json()
