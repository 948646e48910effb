"""Shared fixtures: a throwaway PRR_HOME with the seed registry, a migrated database,
a real SMTP server, the real-world corpus, and one Prefect server per test session."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# Test servers and builders used by several test folders (tests/kit/*.py).
sys.path.insert(0, str(REPO / "tests" / "kit"))
SEED_CITIES = ("oxnard", "mission-viejo")

# Prefect reads these at import time: set them before any test imports a flow.
os.environ.setdefault("PREFECT_HOME", str(REPO / ".pytest_cache" / "prefect-home"))
os.makedirs(os.environ["PREFECT_HOME"], exist_ok=True)   # a fresh clone has no .pytest_cache yet
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
# The real-world corpus (test set-up, not a product setting): PRR_CORPUS, else the
# repository's sibling shared/corpus folder. Read before the PRR_ variables are cleared.
CORPUS = Path(os.environ.get("PRR_CORPUS") or REPO.parent / "shared" / "corpus").expanduser()
for _k in [k for k in os.environ if k.startswith("PRR_")]:
    del os.environ[_k]   # a developer's own settings must not leak into tests
# A test that sets no PRR_HOME must not reach the developer's own user data folder
# (prr.home falls back to it): point the platform's data folder at a throwaway one.
import atexit  # noqa: E402
import tempfile  # noqa: E402

_XDG = tempfile.mkdtemp(prefix="prr-test-xdg-")
atexit.register(shutil.rmtree, _XDG, True)
os.environ["XDG_DATA_HOME"] = _XDG


@pytest.fixture
def registry_dir(tmp_path) -> Path:
    """A registry holding copies of the seed cities (tests may edit it freely)."""
    reg = tmp_path / "registry"
    (reg / "ca").mkdir(parents=True)
    for slug in SEED_CITIES:
        shutil.copy(REPO / "registry" / "ca" / f"{slug}.yaml", reg / "ca" / f"{slug}.yaml")
    return reg


@pytest.fixture
def prr_env(tmp_path, registry_dir, monkeypatch):
    """PRR_HOME in a temp dir, the seed registry; returns the Settings."""
    from prr.core.settings import get_settings

    home = tmp_path / "home"
    monkeypatch.setenv("PRR_HOME", str(home))
    monkeypatch.setenv("PRR_REGISTRY", str(registry_dir))
    monkeypatch.setenv("PRR_REQUESTER_NAME", "Dana Reporter")
    monkeypatch.setenv("PRR_REQUESTER_EMAIL", "dana@example.org")
    return get_settings()


@pytest.fixture
def conn(prr_env):
    """A migrated database with the seed registry loaded."""
    from prr.db import connect
    from prr.registry.registry import sync_registry

    c = connect(prr_env.db_path)
    totals, errors, _ = sync_registry(c, prr_env.registry_dir)
    assert not errors
    yield c
    c.close()


@pytest.fixture
def smtp_sink():
    """A real SMTP server (aiosmtpd) on 127.0.0.1; ``.received`` holds what arrived."""
    from prr.demo.localservers import SmtpSink

    with SmtpSink() as sink:
        yield sink


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus: skipped with a reason locally when absent, a failure in CI."""
    path = CORPUS
    if not (path / "README.md").exists():
        msg = f"real-world corpus not found at {path} (set PRR_CORPUS)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return path


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server for the whole session (flows run against it)."""
    import prr.flows.runtime  # noqa: F401  (environment defaults before prefect)
    # isort: split
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            yield
