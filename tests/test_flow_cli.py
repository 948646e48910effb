"""`prr flow NAME`: a one-off run reuses a running Prefect server, or starts a local one
whose Prefect home persists in prr's home (created once), and leaves nothing running."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def _run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "prr", *args], env=env, capture_output=True, text=True,
                          timeout=600)


def _env(prr_env, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PRR_HOME=str(prr_env.home), PREFECT_SERVER_ANALYTICS_ENABLED="false", **extra)
    return env


def test_a_running_server_is_reused(prr_env, prefect_server):
    from prefect.settings import PREFECT_API_URL

    out = _run(["flow", "extract-documents"], _env(prr_env, PREFECT_API_URL=PREFECT_API_URL.value()))
    assert out.returncode == 0, out.stderr
    assert "the running Prefect server at" in out.stdout
    assert json.loads(out.stdout[out.stdout.index("{"):])["documents"] == 0
    assert not (prr_env.home / "prefect").exists()


@pytest.mark.slow
def test_a_local_server_with_a_persistent_home(prr_env):
    first = _run(["flow", "follow-up", "dry_run=true"], _env(prr_env))
    assert first.returncode == 0, first.stderr
    assert "first run" in first.stdout
    assert (prr_env.home / "prefect" / "prr-migrated").is_file()
    second = _run(["flow", "follow-up", "dry_run=true"], _env(prr_env))
    assert second.returncode == 0, second.stderr
    assert "database already migrated" in second.stdout
    assert json.loads(second.stdout[second.stdout.index("{"):])["dry_run"] is True


def test_unknown_flow_and_parameter(prr_env):
    out = _run(["flow", "nothing"], _env(prr_env))
    assert out.returncode == 1 and "watch-pages" in out.stderr
