"""Shared helpers for CLI modules."""
from __future__ import annotations

import json
import sys
from typing import NoReturn

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)


def fail(message: str, hint: str | None = None, code: int = 1) -> NoReturn:
    """Print what went wrong and what to do next, then exit."""
    err_console.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False)
    if hint:
        err_console.print(f"[dim]{hint}[/]")
    raise typer.Exit(code)


def open_db():
    """Open (creating and migrating if needed) the database named by the settings."""
    from prr.core.settings import get_settings
    from prr.db import connect

    settings = get_settings()
    return connect(settings.db_path)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
