"""Where a flow started from this machine (``prr demo``, a one-off run) reports to.

1. A Prefect server that is already running: ``PREFECT_API_URL`` set and answering its
   health check. Nothing to start.
2. Otherwise Prefect's temporary server (:class:`LocalServer`: the app Prefect starts on
   demand, started at once so it boots while the caller imports Prefect and prepares the
   run), with a Prefect home that persists under prr's home (``<prr home>/prefect``): its
   database is created and migrated on the first run only. Once that run has migrated it
   for this Prefect version, later runs start the server without the migration check (a
   marker file records the version).

Measured here (2 loaded cores): importing the server app alone takes ~13 s, a fresh
Prefect home adds its database creation and migrations. Nothing in this
module imports Prefect: the environment must be set before the first import.
"""
from __future__ import annotations

import contextlib
import os
import urllib.request
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

MARKER = "prr-migrated"      # in the Prefect home: the Prefect version it was migrated for

# Prefect settings for runs started by prr, unless the user's environment sets them.
# Measured here: a fresh home's temporary server takes 13-24 s to start (the 20 s default
# timeout is too close); analytics would try the network; a client call with no timeout
# once hung for 8 minutes on an artifact; the library logs under "prr"; the task-run
# recorder makes short runs stall ~2 s on the local server's SQLite locks.
DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_API_REQUEST_TIMEOUT": "30",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "prr",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
}


@dataclass
class LocalPrefect:
    """How flows run from this process; ``env`` is applied before Prefect is imported."""
    mode: str                  # "server" (a running one) | "temporary"
    api_url: str | None
    home: Path | None
    first_run: bool            # the persistent home is new or was migrated for another version
    env: dict[str, str]

    def describe(self) -> str:
        if self.mode == "server":
            return f"the running Prefect server at {self.api_url}"
        if self.first_run:
            return (f"Prefect's temporary server with a new home in {self.home}: first run, its database is "
                    "created and migrated once (20-50 s); later runs reuse it")
        return f"Prefect's temporary server with the home in {self.home} (database already migrated)"

    def mark_migrated(self) -> None:
        """Call after a flow ran against the temporary server: the database is up to date."""
        if self.mode == "temporary" and self.home is not None and self.first_run:
            (self.home / MARKER).write_text(version("prefect"), encoding="utf-8")


def reachable(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout) as resp:
            return resp.status == 200
    except (OSError, ValueError):
        return False


def local_prefect(prr_home: Path, environ: dict[str, str] | None = None) -> LocalPrefect:
    """Decide where flows run; reads ``environ`` (default: os.environ), changes nothing."""
    environ = os.environ if environ is None else environ
    api_url = environ.get("PREFECT_API_URL")
    base = {k: v for k, v in DEFAULTS.items() if k not in environ}
    if api_url and reachable(api_url):
        return LocalPrefect("server", api_url, None, False, base)
    home = Path(environ.get("PREFECT_HOME") or Path(prr_home).expanduser().resolve() / "prefect")
    home.mkdir(parents=True, exist_ok=True)
    marker = home / MARKER
    first = not (marker.exists() and marker.read_text(encoding="utf-8").strip() == version("prefect"))
    env = dict(base, PREFECT_HOME=str(home))
    env["PREFECT_API_URL"] = ""          # an unreachable URL falls back to the temporary server
    if not first:
        env["PREFECT_API_DATABASE_MIGRATE_ON_START"] = "false"
    return LocalPrefect("temporary", None, home, first, env)


def apply(local: LocalPrefect) -> dict[str, str | None]:
    """Set ``local.env`` in os.environ; returns the previous values (to restore)."""
    saved = {k: os.environ.get(k) for k in local.env}
    for k, v in local.env.items():
        if v == "":
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    return saved


def restore(saved: dict[str, str | None]) -> None:
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v



class LocalServer:
    """Prefect's temporary server (the same uvicorn app Prefect starts on demand), started
    by us at once so that it boots while this process imports Prefect and prepares the
    run, instead of after. ``wait()`` blocks until it answers; ``stop()`` ends it."""

    def __init__(self, local: LocalPrefect):
        self.local = local
        self.proc = None
        self.port = _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"

    def start(self) -> LocalServer:
        import subprocess
        import sys
        from importlib.util import find_spec

        app_dir = Path(find_spec("prefect").origin).parent.parent
        env = {k: v for k, v in {**os.environ, **self.local.env}.items() if v != ""}
        env.update(PREFECT_UI_ENABLED="0", PREFECT__SERVER_EPHEMERAL="1", PREFECT__SERVER_FINAL="1")
        env.pop("PREFECT_API_URL", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        return self

    def wait(self, timeout: float = 180.0) -> None:
        import time

        deadline = time.monotonic() + timeout
        while not reachable(self.api_url, timeout=1.0):
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"the local Prefect server exited with code {self.proc.returncode}: {err}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the local Prefect server did not answer within {timeout:.0f} s")
            time.sleep(0.1)

    def stop(self) -> None:
        import signal
        import subprocess

        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def flow_runs(prr_home: Path):
    """Run flows from this process for the duration of the block: against a running
    server, or a local one started now (persistent home) and stopped afterwards.
    Call before Prefect is imported, or its settings stay those of that import."""
    local = local_prefect(prr_home)
    saved = apply(local)
    server = LocalServer(local).start() if local.mode == "temporary" else None
    try:
        from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        if server is not None:
            server.wait()
            local.mark_migrated()
        # No heartbeats: they tell a server that a run nobody watches has crashed, and this
        # process is in the foreground; their thread sleeps in 1 s steps, so every run
        # ended up to 1 s late waiting for it (measured).
        settings = {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
        if server is not None:
            settings[PREFECT_API_URL] = server.api_url
        with temporary_settings(settings):
            yield local
    finally:
        if server is not None:
            server.stop()
        restore(saved)
