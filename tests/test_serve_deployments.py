"""`prr serve` builds its deployments with Prefect's own prefect.yaml loader."""
from __future__ import annotations

from pathlib import Path

import yaml

from prr.cli.serve import PROJECT_ROOT, load_deployments


def test_every_deployment_loads_with_its_schedule_and_one_run_at_a_time():
    deployments, warnings = load_deployments(PROJECT_ROOT / "prefect.yaml")
    assert warnings == []
    spec = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text())
    assert sorted(d.name for d in deployments) == sorted(d["name"] for d in spec["deployments"])
    for d in deployments:
        assert d.schedules, d.name
        assert d.concurrency_limit == 1, d.name
        # Module entrypoints: a worker imports the installed package, wherever it runs.
        assert not d.entrypoint.endswith(".py") and ".py:" not in d.entrypoint
        assert d.flow_name == d.flow_name.lower() and "_" not in d.flow_name
    by_name = {d.name: d for d in deployments}
    assert by_name["file-requests-monthly"].parameters == {"plan": "plans/incident-logs-monthly.yaml"}
    assert by_name["file-requests-monthly"].schedules[0].schedule.timezone == "America/Los_Angeles"
    assert spec["pull"] == []


def test_a_broken_entrypoint_is_skipped_with_a_warning(tmp_path: Path):
    p = tmp_path / "prefect.yaml"
    p.write_text(yaml.safe_dump({"deployments": [
        {"name": "ok", "entrypoint": "prr.flows.follow_up.follow_up", "schedules": [{"rrule": "FREQ=DAILY"}]},
        {"name": "broken", "entrypoint": "prr.flows.nothing_here.flow"}]}))
    deployments, warnings = load_deployments(p)
    assert [d.name for d in deployments] == ["ok"] and "rrule" in type(deployments[0].schedules[0].schedule).__name__.lower()
    assert len(warnings) == 1 and "broken" in warnings[0]
