"""What every flow shares: the Prefect fan-out, the context a workflow runs in, and the
one artifact per run.

Importing this module makes Prefect's flow-run heartbeats stop as soon as their run
ends (:func:`_prompt_heartbeats`); nothing else runs at import time. Prefect's own settings (server, timeouts, logging) are
the user's, or, for runs prr starts itself (``prr demo``, ``prr serve``, a one-off run),
:data:`prr.flows.local.DEFAULTS` set in the environment of that process before Prefect
is imported. A worker uses its own profile; the deployments in prefect.yaml add
``PREFECT_LOGGING_EXTRA_LOGGERS=prr`` so the library's log records reach the run's log.
"""
from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.flows import Flow as PrefectFlow

from prr.workflows.base import Context, Report

log = logging.getLogger(__name__)


_JSON_SCALARS = (str, int, float, bool, type(None))


def _plain_json(value: Any) -> bool:
    """Made only of JSON's own types (what flow parameters given on a command line or
    in a deployment are)."""
    if type(value) in _JSON_SCALARS:
        return True
    if type(value) in (list, tuple):
        return all(_plain_json(v) for v in value)
    if type(value) is dict:
        return all(type(k) is str and _plain_json(v) for k, v in value.items())
    return False


class Flow(PrefectFlow):
    """A Prefect flow whose plain parameters are stored without FastAPI: Prefect's own
    ``serialize_parameters`` imports FastAPI's encoder in every flow run that creates its
    run (0.2-0.4 s measured, more than the rest of the run's set-up) to store
    ``None``, strings and lists of slugs. The same JSON results; anything else (dates,
    models, objects) still goes through Prefect's encoder."""

    def serialize_parameters(self, parameters: dict[str, Any]) -> dict[str, Any]:
        if all(_plain_json(v) for v in parameters.values()):
            return json.loads(json.dumps(parameters))
        return super().serialize_parameters(parameters)


def flow(cls: type[Flow] = Flow, **options: Any) -> Callable[[Callable[..., Any]], Flow]:
    """``@prefect.flow(**options)`` making a :class:`Flow` (or ``cls``, a subclass)."""
    return lambda fn: cls(fn, **options)


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


def _prompt_heartbeats(engine: Any, join_on_exit: bool = True) -> Iterator[None]:
    """Prefect's ``_send_heartbeats`` with the same heartbeats (one at the start, then
    one every ``heartbeat_frequency`` seconds until the run ends), whose thread wakes as
    soon as the run ends. Prefect's sleeps in 1 s steps and every run waits for it to
    wake: 0-1 s added to each deployment run (0.5-0.9 s measured on a 3 s watch)."""
    from prefect.flow_engine import MINIMUM_HEARTBEAT_INTERVAL

    seconds = engine.heartbeat_seconds
    if seconds is None:
        yield
        return
    seconds = max(seconds, MINIMUM_HEARTBEAT_INTERVAL)
    resource, related = engine._build_heartbeat_event_template()
    stop = threading.Event()

    def beat() -> None:
        while not stop.is_set():
            state = engine.flow_run.state if engine.flow_run else None
            if state is not None and state.is_final():
                return
            try:
                engine._emit_flow_run_heartbeat(resource, related)
            except Exception:   # a missed heartbeat must not touch the run
                engine.logger.debug("Failed to emit heartbeat", exc_info=True)
            stop.wait(seconds)

    # The thread runs in a copy of this context: it reports to this run's server.
    thread = threading.Thread(target=contextvars.copy_context().run, args=(beat,), daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        if join_on_exit:
            thread.join(timeout=2)


def _install_prompt_heartbeats() -> None:
    """Use :func:`_prompt_heartbeats` for every flow run of this process, when this Prefect
    has what it needs (else Prefect's own stays)."""
    from prefect import flow_engine
    from prefect.flow_engine import BaseFlowRunEngine

    needed = ("heartbeat_seconds", "_build_heartbeat_event_template", "_emit_flow_run_heartbeat")
    if hasattr(flow_engine, "_send_heartbeats") and all(hasattr(BaseFlowRunEngine, n) for n in needed):
        flow_engine._send_heartbeats = contextlib.contextmanager(_prompt_heartbeats)


_install_prompt_heartbeats()
