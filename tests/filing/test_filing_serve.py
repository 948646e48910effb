"""`prr serve`: a real Prefect server plus the deployments, schedules firing, clean stop."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import yaml

from prr.db.requests import list_requests


def _post(url: str, body: dict) -> list:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())


@pytest.mark.slow
def test_serve_runs_scheduled_plans_and_stops_cleanly(conn, prr_env, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(yaml.safe_dump({"kind": "incident-logs", "cities": ["oxnard"], "period": "previous_month",
                                    "params": {"incident": "incidents logged in {month}"}}))
    deployments = tmp_path / "prefect.yaml"
    deployments.write_text(yaml.safe_dump({"deployments": [
        {"name": "plan-every-few-seconds", "entrypoint": "flows/file_requests.py:file_request_plan",
         "parameters": {"plan": str(plan), "today": "2026-04-01"}, "schedules": [{"interval": 5}]},
        {"name": "not-there", "entrypoint": "flows/missing.py:missing"},
    ]}))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_RUNNER_POLL_FREQUENCY="2")
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "prr", "serve", "--port", str(port), "--prefect-yaml",
                             str(deployments), "--kill-timeout", "10"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 150
        found = []
        while time.monotonic() < deadline and not any(r["status"] == "ready_to_send" for r in found):
            time.sleep(2)
            assert proc.poll() is None, proc.stdout.read()
            found = list_requests(conn)
        assert [r["status"] for r in found] == ["ready_to_send"], "no scheduled run filed the plan in time"
        assert found[0]["params"]["start"] == "2026-03-01"
        (dep,) = _post(f"{api}/deployments/filter", {})
        assert dep["name"] == "plan-every-few-seconds"
        assert dep["schedules"][0]["schedule"]["interval"] == 5.0
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert "not-there" in out and "skipped" in out
    assert "Stopped." in out
    try:
        urllib.request.urlopen(f"{api}/health", timeout=2)
        raise AssertionError("the Prefect server is still answering after prr serve stopped")
    except OSError:
        pass
