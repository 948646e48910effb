"""Shared helpers for CLI modules."""
from __future__ import annotations

import json
import re
import sys
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

console = Console(emoji=False)       # ":warning:" in a subject prints as itself
err_console = Console(stderr=True, emoji=False)

# Terminal escape sequences (CSI, OSC such as hyperlinks and titles, other ESC pairs) and
# the C0/C1 controls except tab and newline: outside text must not drive the terminal.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(value) -> str:
    """Outside text for places that print it without markup (``markup=False``, ``Text``):
    terminal escapes and control characters removed."""
    if value is None:
        return ""
    return _CONTROLS.sub("", _ESCAPES.sub("", str(value)))


def safe(value) -> str:
    """Outside text (a subject, a page paragraph, an address, an error quoting either) made
    safe to print with Rich: terminal escapes and control characters removed, then Rich
    markup escaped, so ``[/b]`` prints as itself and ``[link=...]`` cannot disguise a link."""
    return escape(plain(value))


def fail(message: str, hint: str | None = None, code: int = 1) -> NoReturn:
    """Print what went wrong and what to do next, then exit. Both are plain text (they
    often quote outside text), never markup."""
    err_console.print(f"[bold red]error:[/] {safe(message)}", soft_wrap=True, highlight=False)
    if hint:
        err_console.print(f"[dim]{safe(hint)}[/]", soft_wrap=True, highlight=False)
    raise typer.Exit(code)


def open_db():
    """Open the database named by the settings. On first use it is created, migrated and
    loaded with the city registry, so any command works in a new home (`prr init` reloads
    and validates the registry)."""
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.cities import has_cities

    settings = get_settings()
    conn = connect(settings.db_path)
    if not has_cities(conn):
        from prr.registry.registry import sync_registry

        _, errors, cities = sync_registry(conn, settings.registry_dir)
        if cities:
            err_console.print(f"[dim]New database {escape(str(settings.db_path))}: loaded {len(cities)} cities "
                              f"from {escape(str(settings.registry_dir))}.[/]", soft_wrap=True)
        if errors:
            err_console.print(f"[yellow]{len(errors)} registry file(s) could not be loaded; "
                              "`prr init` lists them.[/]")
    return conn


def check_slugs(conn, slugs) -> None:
    """Exit with "did you mean" on the first slug that names no city (None/empty: no check)."""
    for slug in ([slugs] if isinstance(slugs, str) else (slugs or [])):
        city_or_fail(conn, slug)


def city_or_fail(conn, slug: str) -> dict:
    """The city row for ``slug``, or exit with the closest slugs as a suggestion."""
    from prr.db.cities import get_city
    from prr.registry.registry import unknown_city_message

    city = get_city(conn, slug)
    if city is None:
        message, hint = unknown_city_message(conn, slug)
        fail(message, hint)
    return city


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def cli_context(conn=None, workers: int = 1):
    """The context a workflow runs in from the CLI: this process's threads as the fan-out."""
    from prr.core.settings import get_settings
    from prr.workflows.base import Context, InProcess

    return Context(settings=get_settings(), fanout=InProcess(workers), conn=conn)


def print_report(report, as_json: bool = False, *, rows: bool = True) -> None:
    """A workflow's report: JSON, or its headline, its changes as a table and its problems."""
    if as_json:
        print_json(report.to_json())
        return
    console.print(safe(report.headline), soft_wrap=True, highlight=False)
    if rows and report.rows:
        table = report.table(clean=safe)
        table.title = None
        console.print(table)
        if report.more:
            console.print(f"[dim]All of them: {safe(report.more)}[/]", highlight=False)
    for problem in report.problems:
        err_console.print(f"  [yellow]{safe(problem)}[/]", soft_wrap=True, highlight=False)
    alerts = report.alerts
    if alerts.get("notified") or alerts.get("failed"):
        console.print(f"Alerts: {alerts.get('notified', 0)} sent, {alerts.get('failed', 0)} failed.")
