"""Flows that draft and file requests for a batch of cities, and run saved plans
(prr.workflows.file_requests).

Batches of cities are tasks with one retry: drafting finds an identical request instead
of doubling it and filing is exactly-once, so a retried batch files nothing twice. A
filing that fails leaves the request `failed` and is retried on purpose, by the user
or the next scheduled run.
"""
from __future__ import annotations

import datetime as dt

from prefect.task_runners import ThreadPoolTaskRunner

from prr.flows.runtime import flow, flow_context, publish
from prr.workflows import file_requests as workflow


@flow(name="file-requests", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def file_requests(city_slugs: list[str], kind: str, params: dict, channel: str | None = None,
                  confirm_similar: bool = False) -> list[dict]:
    """Draft and file one request per city; a city that fails never stops the others."""
    with flow_context(retries=1) as ctx:
        return publish(workflow.run(ctx, city_slugs, kind, params, channel=channel,
                                    confirm_similar=confirm_similar))["rows"]


@flow(name="file-request-plan", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def file_request_plan(plan: str, today: str | None = None) -> list[dict]:
    """Run a saved request plan (YAML) with its dates resolved relative to today."""
    with flow_context(retries=1) as ctx:
        return publish(workflow.run_plan(ctx, plan, today=dt.date.fromisoformat(today) if today else None))["rows"]
