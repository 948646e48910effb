"""`prr breaches`: the California Attorney General's data-breach list."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from prr.cli.common import check_slugs, console, err_console, fail, open_db, print_json, safe

breaches_app = typer.Typer(help="The California Attorney General's data-breach list: check it, list entries.",
                           no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(breaches_app, name="breaches")


@breaches_app.command("check")
def check(
    url: Optional[str] = typer.Option(None, "--url", help="List page URL (default: PRR_AG_BREACH_LIST_URL)."),
    csv_url: Optional[str] = typer.Option(None, "--csv-url", help="CSV export URL (default: PRR_AG_BREACH_CSV_URL)."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read a saved copy of the list (HTML or CSV) instead.",
                                        exists=True, dir_okay=False, readable=True),
    autofile: Optional[bool] = typer.Option(None, "--autofile/--no-autofile",
                                            help="File the drafted requests (default: PRR_BREACH_AUTOFILE, off)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Read the list, store new entries, match them to registry cities and draft incident-log requests."""
    from rich.progress import BarColumn, Progress, TextColumn

    from prr.cli.common import cli_context
    from prr.db.cities import has_cities
    from prr.workflows import breach_list as workflow

    conn = open_db()
    if not has_cities(conn):
        fail("no cities in the database, so nothing can match", "Run `prr init` to load the registry first.")
    data = file.read_bytes() if file else None
    with cli_context(conn, workflow.WORKERS) as ctx, Progress(TextColumn("{task.description}"), BarColumn(),
                                            TextColumn("{task.completed} matched"), console=err_console,
                                            transient=True, disable=as_json) as progress:
        task = progress.add_task("reading the breach list", total=None)
        report = workflow.run(ctx, list_url=url, csv_url=csv_url, data=data, data_name=str(file) if file else None,
                              autofile=autofile, on_entry=lambda o: progress.advance(task))
    if as_json:
        print_json(report.to_json())
    else:
        console.print(safe(report.headline), soft_wrap=True, highlight=False)
        for p in report.problems:
            err_console.print(f"[yellow]{safe(p)}[/]", soft_wrap=True, highlight=False)
        for o in report.data["outcomes"]:
            _print_outcome(o)
        if report.data["outcomes"] and not report.data["autofile"]:
            console.print("[dim]Nothing was filed: filing is opt-in (--autofile or PRR_BREACH_AUTOFILE=1).[/]")
        if report.alerts["notified"] or report.alerts["failed"]:
            console.print(f"Alerts: {report.alerts['notified']} sent, {report.alerts['failed']} failed.")
    if report.failed:
        fail("the breach list could not be read", "Check the URL and your connection, or pass --file with a saved copy.")


def _print_outcome(o: dict) -> None:
    what = {"filed": "[green]filed[/]", "drafted": "[cyan]drafted[/]",
            "awaiting_submission": "[yellow]awaiting portal submission[/]",
            "existing": "[dim]already requested[/]"}.get(o["status"], "[red]error[/]")
    line = f"{what} {safe(o['organization'])} -> {o['city_slug']}"
    if o["request_id"]:
        line += f"  request #{o['request_id']}" + (" (dates overlap it)" if o["status"] == "existing" else "")
    if o["params"]:
        line += f"  {safe(o['params']['start'])}..{safe(o['params']['end'])}"
    console.print(line, soft_wrap=True, highlight=False)
    if o["error"]:
        err_console.print(f"  [red]{safe(o['error'])}[/] (retried on the next check)", soft_wrap=True, highlight=False)


@breaches_app.command("list")
def list_(
    matched: bool = typer.Option(False, "--matched", help="Only entries matched to a registry city."),
    city: Optional[str] = typer.Option(None, help="Only entries for this city slug."),
    limit: int = typer.Option(50, help="At most this many, newest reported first."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Stored entries of the breach list with their match and what was done."""
    from rich.table import Table

    from prr.db.breaches import list_entries

    conn = open_db()
    check_slugs(conn, city)
    entries = list_entries(conn, matched=matched, city_slug=city, limit=limit)
    if as_json:
        print_json(entries)
        return
    table = Table(title=f"{len(entries)} breach entries")
    for col in ("id", "organization", "breach dates", "reported", "city", "score", "action", "first seen"):
        table.add_column(col)
    for e in entries:
        action = e["action_status"] or ""
        if e["request_id"]:
            action += f" #{e['request_id']}"
        table.add_row(str(e["id"]), safe(e["organization"]), safe(e["breach_dates_text"] or ", ".join(e["breach_dates"])),
                      e["reported_on"] or "", (e["city_slug"] or "") if e["match_status"] == "matched" else
                      (f"[dim]{safe(e['city_slug'])}?[/]" if e["city_slug"] else ""),
                      f"{e['match_score']:.2f}" if e["match_score"] is not None else "", action,
                      e["first_seen_at"])
    console.print(table)
