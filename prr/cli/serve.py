"""`prr serve`: run every deployment in prefect.yaml on its schedule, on this machine.

Schedules only fire with a real Prefect server: against the temporary server that
Prefect starts on demand, `serve()` scheduled nothing (measured), and it can hang on
shutdown once the API is gone. So this command supervises two processes: `prefect
server start` on 127.0.0.1, and, once the server answers its health check, a runner
that calls `prefect.serve()` with every deployment and its schedules. Ctrl-C (or
SIGTERM) stops the runner, then the server, each with a kill timeout.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from prr.cli.common import console, err_console, fail, safe

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def load_deployments(prefect_yaml: Path, only: list[str] | None = None) -> tuple[list, list[str]]:
    """(runner deployments, warnings): prefect.yaml read by Prefect's own loader (the one
    `prefect deploy` uses, so every field it accepts - cron, interval, rrule, parameters,
    concurrency_limit, tags, paused - means the same here), each flow loaded from its
    entrypoint. A deployment that cannot load is skipped with a warning."""
    from prefect.cli.deploy._config import _load_deploy_configs_and_actions
    from prefect.cli.deploy._schedules import _schedule_config_to_deployment_schedule
    from prefect.flows import load_flow_from_entrypoint

    configs, _ = _load_deploy_configs_and_actions(prefect_yaml, console=err_console)
    deployments, warnings = [], []
    for c in configs:
        name = c.get("name") or "?"
        if only and name not in only:
            continue
        try:
            entrypoint, kind = _entrypoint(c.get("entrypoint") or "", prefect_yaml.parent)
            flow_obj = load_flow_from_entrypoint(entrypoint, use_placeholder_flow=False)
            schedules = [_schedule_config_to_deployment_schedule(s) for s in c.get("schedules") or []]
            deployments.append(flow_obj.to_deployment(
                name=name, description=c.get("description"), parameters=c.get("parameters") or {},
                schedules=schedules, concurrency_limit=c.get("concurrency_limit"), tags=c.get("tags"),
                version=c.get("version"), paused=c.get("paused"), entrypoint_type=kind))
        except Exception as e:  # noqa: BLE001 - one broken flow must not stop the others
            warnings.append(f"deployment {name}: cannot load {c.get('entrypoint')!r}: {e}; skipped")
    return deployments, warnings


def _entrypoint(entry: str, base: Path):
    """(entrypoint, type) to load and to run: a module path as given; a file of the flows/
    folder as its installed module (prr.flows.NAME.FUNC), so runs import the package; any
    other file by its absolute path."""
    from prefect.deployments.runner import EntrypointType

    if ".py:" not in entry:
        return entry, EntrypointType.MODULE_PATH
    path, func = entry.rsplit(":", 1)
    for root in (base, PROJECT_ROOT):
        p = (root / path).resolve()
        if p.is_file():
            try:
                rel = p.relative_to(PROJECT_ROOT / "flows").with_suffix("")
            except ValueError:
                return f"{p}:{func}", EntrypointType.FILE_PATH
            return ".".join(("prr", "flows", *rel.parts, func)), EntrypointType.MODULE_PATH
    return entry, EntrypointType.FILE_PATH


def run_deployments(prefect_yaml: Path, only: list[str] | None = None) -> None:
    """The runner process: build every deployment and serve them (blocks)."""
    from prefect import serve as prefect_serve

    deployments, warnings = load_deployments(prefect_yaml, only)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr, flush=True)
    if not deployments:
        print("error: no deployment could be loaded", file=sys.stderr, flush=True)
        sys.exit(2)
    print(f"Serving {len(deployments)} deployments: {', '.join(d.name for d in deployments)}", flush=True)
    prefect_serve(*deployments, print_starting_message=False)


def _healthy(api_url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


def _stop(proc: subprocess.Popen | None, name: str, sig: int, kill_timeout: float) -> None:
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=kill_timeout)
    except subprocess.TimeoutExpired:
        err_console.print(f"[yellow]{name} did not stop within {kill_timeout:.0f} s; killing it[/]")
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


def serve(
    port: int = typer.Option(4200, help="Port of the local Prefect server (UI at http://127.0.0.1:PORT)."),
    prefect_yaml: Optional[Path] = typer.Option(None, "--prefect-yaml", help="Deployments file (default: prefect.yaml)."),
    only: List[str] = typer.Option([], "--only", help="Serve only these deployment names (repeatable)."),
    startup_timeout: float = typer.Option(120.0, help="Seconds to wait for the server to become healthy."),
    kill_timeout: float = typer.Option(15.0, help="Seconds to wait for each process to stop before killing it."),
    run: bool = typer.Option(False, "--run-deployments", hidden=True),
) -> None:
    """Start a local Prefect server and serve every deployment with its schedule (Ctrl-C stops both)."""
    prefect_yaml = (prefect_yaml or PROJECT_ROOT / "prefect.yaml").resolve()
    if not prefect_yaml.is_file():
        fail(f"no deployments file at {prefect_yaml}", "Pass --prefect-yaml PATH.")
    if run:
        run_deployments(prefect_yaml, only or None)
        return
    specs, warnings = load_deployments(prefect_yaml, only or None)
    for w in warnings:
        err_console.print(f"[yellow]warning:[/] {safe(w)}", highlight=False, soft_wrap=True)
    if not specs:
        fail("no deployment to serve", f"Check the entrypoints in {prefect_yaml}.")
    code = _supervise(_Supervisor(port, startup_timeout, kill_timeout), prefect_yaml, only, len(specs))
    if code:
        raise typer.Exit(code)


class _Supervisor:
    """The two processes `prr serve` runs, where they log, and whether Ctrl-C/SIGTERM came."""

    def __init__(self, port: int, startup_timeout: float, kill_timeout: float):
        from prr.core.settings import get_settings
        from prr.flows.local import DEFAULTS

        self.port, self.startup_timeout, self.kill_timeout = port, startup_timeout, kill_timeout
        self.logs = get_settings().home / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.api_url = f"http://127.0.0.1:{port}/api"
        self.env = {**DEFAULTS, **os.environ, "PREFECT_API_URL": self.api_url}
        self.server: subprocess.Popen | None = None
        self.runner: subprocess.Popen | None = None
        self.stopping = False

    @property
    def server_log(self) -> Path:
        return self.logs / "prefect-server.log"

    def on_signal(self, signum, frame) -> None:
        self.stopping = True

    def start_server(self) -> None:
        # Own process groups: Ctrl-C reaches only this supervisor, which stops them in order.
        with open(self.server_log, "ab") as log:
            self.server = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        console.print(f"Starting Prefect server on 127.0.0.1:{self.port} (log: {self.server_log})")

    def wait_until_healthy(self) -> bool:
        """True once the server answers; False if stopped first; fails if it dies or times out."""
        deadline = time.monotonic() + self.startup_timeout
        while not _healthy(self.api_url):
            if self.stopping:
                return False
            if self.server.poll() is not None:
                fail(f"the Prefect server exited with code {self.server.returncode} before it was healthy",
                     f"See {self.server_log}; is port {self.port} already in use? Try --port.")
            if time.monotonic() > deadline:
                fail(f"the Prefect server was not healthy after {self.startup_timeout:.0f} s",
                     f"See {self.server_log}; raise --startup-timeout on a slow machine.")
            time.sleep(0.5)
        console.print(f"Prefect server healthy: UI at http://127.0.0.1:{self.port}")
        return True

    def start_runner(self, prefect_yaml: Path, only: list[str]) -> None:
        cmd = [sys.executable, "-m", "prr", "serve", "--run-deployments", "--prefect-yaml", str(prefect_yaml)]
        for name in only:
            cmd += ["--only", name]
        self.runner = subprocess.Popen(cmd, env=self.env, start_new_session=True, cwd=str(PROJECT_ROOT))

    def watch(self) -> int:
        """Until Ctrl-C/SIGTERM (0) or until one process exits (1)."""
        while not self.stopping:
            for proc, name in ((self.server, "the Prefect server"), (self.runner, "the deployment runner")):
                if proc.poll() is not None:
                    err_console.print(f"[red]{name} exited (code {proc.returncode}); stopping[/]")
                    return 1
            time.sleep(0.5)
        return 0

    def stop(self) -> None:
        console.print("Stopping the deployment runner and the Prefect server...")
        _stop(self.runner, "the deployment runner", signal.SIGINT, self.kill_timeout)
        _stop(self.server, "the Prefect server", signal.SIGTERM, self.kill_timeout)
        console.print("Stopped.")


def _supervise(sup: _Supervisor, prefect_yaml: Path, only: list[str], count: int) -> int:
    """Server first, the runner once it is healthy, then watch both; always stop both."""
    old_int = signal.signal(signal.SIGINT, sup.on_signal)
    old_term = signal.signal(signal.SIGTERM, sup.on_signal)
    try:
        sup.start_server()
        if not sup.wait_until_healthy():
            return 0
        sup.start_runner(prefect_yaml, only)
        console.print(f"Serving {count} deployment(s) with their schedules; Ctrl-C to stop.")
        return sup.watch()
    finally:
        sup.stop()
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)
