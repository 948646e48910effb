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


def load_deployment_specs(prefect_yaml: Path, only: list[str] | None = None) -> tuple[list[dict], list[str]]:
    """(deployments whose entrypoint file exists, warnings for the others)."""
    import yaml

    data = yaml.safe_load(prefect_yaml.read_text(encoding="utf-8")) or {}
    specs, warnings = [], []
    for d in data.get("deployments") or []:
        if only and d.get("name") not in only:
            continue
        entry = d.get("entrypoint", "")
        path, _, func = entry.partition(":")
        resolved = _resolve(prefect_yaml, path)
        if not func or resolved is None:
            warnings.append(f"deployment {d.get('name')}: entrypoint {entry!r} not found; skipped")
            continue
        specs.append(dict(d, _path=str(resolved), _func=func))
    return specs, warnings


def _resolve(prefect_yaml: Path, path: str) -> Path | None:
    for base in (prefect_yaml.parent, PROJECT_ROOT):
        p = (base / path).resolve()
        if p.is_file():
            return p
    return None


def _schedules(spec: dict) -> list:
    from prefect.schedules import Cron, Interval

    out = []
    for s in spec.get("schedules") or []:
        if s.get("cron"):
            out.append(Cron(s["cron"], timezone=s.get("timezone") or "UTC"))
        elif s.get("interval"):
            out.append(Interval(float(s["interval"]), timezone=s.get("timezone")))
    return out


def run_deployments(prefect_yaml: Path, only: list[str] | None = None) -> None:
    """The runner process: build every deployment and serve them (blocks)."""
    import importlib.util

    import prr.flows.runtime  # noqa: F401

    # isort: split
    from prefect import serve as prefect_serve

    specs, warnings = load_deployment_specs(prefect_yaml, only)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr, flush=True)
    deployments = []
    for spec in specs:
        path = Path(spec["_path"])
        try:
            rel = path.relative_to(PROJECT_ROOT).with_suffix("")
            module = __import__(".".join(("prr", *rel.parts)), fromlist=[spec["_func"]])
        except ValueError:
            module_spec = importlib.util.spec_from_file_location(path.stem, path)
            module = importlib.util.module_from_spec(module_spec)
            module_spec.loader.exec_module(module)
        except Exception as e:  # noqa: BLE001 - one broken flow must not stop the others
            print(f"warning: deployment {spec['name']}: cannot import {spec['entrypoint']}: {e}; skipped",
                  file=sys.stderr, flush=True)
            continue
        flow_obj = getattr(module, spec["_func"], None)
        if flow_obj is None or not hasattr(flow_obj, "to_deployment"):
            print(f"warning: deployment {spec['name']}: {spec['entrypoint']} is not a flow; skipped",
                  file=sys.stderr, flush=True)
            continue
        deployments.append(flow_obj.to_deployment(
            name=spec["name"], description=spec.get("description"), parameters=spec.get("parameters") or {},
            schedules=_schedules(spec)))
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
    specs, warnings = load_deployment_specs(prefect_yaml, only or None)
    for w in warnings:
        err_console.print(f"[yellow]warning:[/] {safe(w)}", highlight=False, soft_wrap=True)
    if not specs:
        fail("no deployment to serve", f"Check the entrypoints in {prefect_yaml}.")

    from prr.core.settings import get_settings

    logs = get_settings().home / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    api_url = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_API_URL=api_url,
               PRR_PROJECT_DIR=str(PROJECT_ROOT))
    env.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED", "false")
    server = runner = None
    stopping = False

    def on_signal(signum, frame):
        nonlocal stopping
        stopping = True

    old_int = signal.signal(signal.SIGINT, on_signal)
    old_term = signal.signal(signal.SIGTERM, on_signal)
    code = 0
    try:
        server_log = open(logs / "prefect-server.log", "ab")
        # Own process groups: Ctrl-C reaches only this supervisor, which stops them in order.
        server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                   "--port", str(port)], env=env, stdout=server_log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
        console.print(f"Starting Prefect server on 127.0.0.1:{port} (log: {logs / 'prefect-server.log'})")
        deadline = time.monotonic() + startup_timeout
        while not _healthy(api_url):
            if stopping:
                return
            if server.poll() is not None:
                fail(f"the Prefect server exited with code {server.returncode} before it was healthy",
                     f"See {logs / 'prefect-server.log'}; is port {port} already in use? Try --port.")
            if time.monotonic() > deadline:
                fail(f"the Prefect server was not healthy after {startup_timeout:.0f} s",
                     f"See {logs / 'prefect-server.log'}; raise --startup-timeout on a slow machine.")
            time.sleep(0.5)
        console.print(f"Prefect server healthy: UI at http://127.0.0.1:{port}")
        cmd = [sys.executable, "-m", "prr", "serve", "--run-deployments", "--prefect-yaml", str(prefect_yaml)]
        for name in only:
            cmd += ["--only", name]
        runner = subprocess.Popen(cmd, env=env, start_new_session=True, cwd=str(PROJECT_ROOT))
        console.print(f"Serving {len(specs)} deployment(s) with their schedules; Ctrl-C to stop.")
        while not stopping:
            if server.poll() is not None:
                err_console.print(f"[red]the Prefect server exited (code {server.returncode}); stopping[/]")
                code = 1
                break
            if runner.poll() is not None:
                err_console.print(f"[red]the deployment runner exited (code {runner.returncode}); stopping[/]")
                code = 1
                break
            time.sleep(0.5)
    finally:
        console.print("Stopping the deployment runner and the Prefect server...")
        _stop(runner, "the deployment runner", signal.SIGINT, kill_timeout)
        _stop(server, "the Prefect server", signal.SIGTERM, kill_timeout)
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)
        console.print("Stopped.")
    if code:
        raise typer.Exit(code)
