"""The Prefect fan-out: several items are task runs; a single item runs in the flow itself
(no task run to create, report and import the engine for) with the same retries."""
from __future__ import annotations

import pytest


@pytest.fixture
def fanout_flow(prefect_server):
    from prefect import flow

    from prr.flows.runtime import PrefectTasks

    @flow(name="fanout-test")
    def run(items: list[int], fail_first: int, retries: int) -> dict:
        from prefect.context import TaskRunContext

        calls: list[int] = []
        in_task: list[bool] = []

        def work(item: int) -> int:
            calls.append(item)
            in_task.append(TaskRunContext.get() is not None)
            if len(calls) <= fail_first:
                raise RuntimeError("a passing outage")
            return item * 10

        fanout = PrefectTasks(retries=retries, retry_delay_seconds=0)
        results = fanout.map(work, items, name="work")
        return {"results": results, "calls": len(calls), "in_task": in_task}

    return run


def test_one_item_runs_in_the_flow_and_is_retried(fanout_flow):
    out = fanout_flow([4], fail_first=1, retries=1)
    assert out["results"] == [40] and out["calls"] == 2
    assert out["in_task"] == [False, False]


def test_one_item_fails_the_flow_after_its_retries(fanout_flow):
    with pytest.raises(RuntimeError, match="a passing outage"):
        fanout_flow([4], fail_first=5, retries=1)


def test_several_items_are_task_runs(fanout_flow):
    out = fanout_flow([1, 2, 3], fail_first=0, retries=0)
    assert out["results"] == [10, 20, 30]
    assert out["in_task"] == [True, True, True]


@pytest.mark.parametrize("cities,size,runs", [(10, 25, 1), (100, 25, 4), (500, 125, 4), (2000, 250, 8)],
                         ids=["few", "hundred", "five-hundred", "two-thousand"])
def test_filing_batches_one_per_worker_within_bounds(cities, size, runs):
    from prr.workflows.base import batches
    from prr.workflows.file_requests import batch_size_for

    assert batch_size_for(cities) == size
    assert len(batches(list(range(cities)), size)) == runs
