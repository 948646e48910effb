"""`prr flow NAME`: one run of a scheduled flow now, from this machine."""
from __future__ import annotations

import json
from typing import List

import typer

from prr.cli.common import console, fail, print_json

# Deployment flow name -> (module in prr.flows, function)
FLOWS = {
    "watch-pages": ("watch_pages", "watch_pages"),
    "watch-breach-list": ("watch_breach_list", "watch_breach_list"),
    "ingest-replies": ("ingest_replies", "ingest_replies"),
    "follow-up": ("follow_up", "follow_up"),
    "extract-documents": ("documents", "extract_documents"),
    "file-requests": ("file_requests", "file_requests"),
    "file-request-plan": ("file_requests", "file_request_plan"),
}


def register(app: typer.Typer) -> None:
    app.command("flow")(flow_cmd)


def _params(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            fail(f"parameter {pair!r} is not KEY=VALUE", 'e.g. city_slugs=\'["oxnard"]\' or today=2026-03-13')
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value          # a plain string
    return out


def flow_cmd(name: str = typer.Argument(..., help="Flow name: " + ", ".join(FLOWS)),
             params: List[str] = typer.Argument(None, help="KEY=VALUE parameters (VALUE as JSON or text).")) -> None:
    """Run one flow now, reporting to the running Prefect server (PREFECT_API_URL) or to a
    local one started for the run (its Prefect home kept in prr's home, so only the
    first run creates its database)."""
    import importlib
    import inspect

    from prr.core.settings import get_settings
    from prr.flows.local import flow_runs

    if name not in FLOWS:
        fail(f"no flow {name!r}", "Flows: " + ", ".join(FLOWS))
    kwargs = _params(params or [])
    with flow_runs(get_settings().home) as local:
        # soft_wrap: a long home path stays whole on one line, copyable
        console.print(f"[dim]Flow runs report to {local.describe()}.[/]", highlight=False, soft_wrap=True)
        module, func = FLOWS[name]
        fl = getattr(importlib.import_module(f"prr.flows.{module}"), func)
        unknown = sorted(set(kwargs) - set(inspect.signature(fl.fn).parameters))
        if unknown:
            fail(f"{name} takes no parameter {', '.join(unknown)}",
                 f"It takes: {', '.join(inspect.signature(fl.fn).parameters)}.")
        state = fl(**kwargs, return_state=True)
    try:
        print_json(state.result(raise_on_failure=True))
    except Exception as e:  # noqa: BLE001 - the run's failure, shown with its reason
        fail(f"{name} failed: {e}", "The run's summary artifact and log are in the Prefect UI.")
