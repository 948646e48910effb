"""``prr plan preview|run PLAN.yaml``: saved request plans from the command line."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from prr.cli.common import console, err_console, fail, open_db, print_json, safe

plan_app = typer.Typer(help="Saved request plans (plans/*.yaml): preview or run one now.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan")


def _load(conn, plan: Path, today: Optional[str]):
    import datetime as dt

    from prr.workflows.plans import load_plan

    try:
        day = dt.date.fromisoformat(today) if today else None
    except ValueError:
        fail(f"--today {today!r} is not a date", "Use YYYY-MM-DD.")
    try:
        return load_plan(plan, day, conn)
    except ValueError as e:
        fail(str(e), "See plans/incident-logs-monthly.yaml for a commented example.")


def _header(p) -> None:
    dates = f"{p.params.get('start')} to {p.params.get('end')}" if p.params.get("start") else "no period"
    console.print(f"Plan [bold]{safe(p.name)}[/] ({safe(str(p.path))}) as of {p.today}: {safe(p.kind)} "
                  f"for {len(p.cities)} cities, {dates}", soft_wrap=True, highlight=False)


@plan_app.command("preview")
def plan_preview(plan: Path = typer.Argument(..., help="Plan file, e.g. plans/incident-logs-monthly.yaml."),
                 today: Optional[str] = typer.Option(None, "--today", help="Resolve dates as if today were this "
                                                     "day (YYYY-MM-DD)."),
                 as_json: bool = typer.Option(False, "--json")) -> None:
    """Show each city's letter the plan would file today; save nothing."""
    from prr.cli.filing import print_preview
    from prr.requests.filing import FilingError, preview_request

    conn = open_db()
    p = _load(conn, plan, today)
    previews, failed = [], 0
    if not as_json:
        _header(p)
    for slug in p.cities:
        try:
            pv = preview_request(conn, slug, p.kind, p.params, channel=p.channel)
        except FilingError as e:
            failed += 1
            err_console.print(f"[red]{safe(slug)}:[/] {safe(str(e))}", soft_wrap=True)
            continue
        previews.append(pv)
        if not as_json:
            print_preview(pv)
    if as_json:
        print_json({"plan": p.name, "today": p.today, "cities": p.cities, "params": p.params,
                    "letters": [pv.__dict__ for pv in previews]})
    if failed:
        raise typer.Exit(1)


@plan_app.command("run")
def plan_run(plan: Path = typer.Argument(..., help="Plan file, e.g. plans/incident-logs-monthly.yaml."),
             today: Optional[str] = typer.Option(None, "--today", help="Resolve dates as if today were this day."),
             as_json: bool = typer.Option(False, "--json")) -> None:
    """Draft and file the plan's requests now (exactly once: a period already filed files nothing new)."""
    from prr.workflows.plans import run_plan

    conn = open_db()
    p = _load(conn, plan, today)
    if not as_json:
        _header(p)
    rows = run_plan(conn, p)
    if as_json:
        print_json(rows)
    else:
        for r in rows:
            bad = r["request_id"] is None or r["status"] in ("failed", "not drafted", "missing")
            console.print(f"[{'red' if bad else 'green'}]{safe(r['status'])}[/] {safe(r['city'])}"
                          f" request {r['request_id'] or '-'} {safe(r['note'])}", soft_wrap=True, highlight=False)
    if any(r["request_id"] is None or r["status"] in ("failed", "not drafted", "missing") for r in rows):
        raise typer.Exit(1)
