"""``prr demo``: the offline end-to-end demonstration (see docs/demo.md)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo(
    home: Optional[Path] = typer.Option(
        None, "--home", help="Folder for the demo's data (must be empty or new). Default: a new temporary folder."),
    keep: bool = typer.Option(
        False, "--keep", help="Keep the simulated cities, portal and mail server running after the report "
                              "(until Ctrl-C), so you can run prr commands against them."),
) -> None:
    """Run the whole pipeline offline against a simulated Oxnard and Mission Viejo.

    Files two CPRA requests (email and portal), lets the simulated clerks acknowledge,
    extend and release records, ingests the replies, extracts the released incident log,
    follows up, and catches a changed contact on a city page, all through the real
    Prefect flows. Nothing leaves this machine. The data stays in the demo's folder.
    """
    from prr.cli.common import console, fail

    if home is not None and home.exists() and (home / "prr.db").exists():
        fail(f"{home} already holds a prr database", "Give an empty or new folder with --home, or leave it out.")
    from prr.demo.demo import run_demo

    try:
        report = run_demo(home, quiet=False, console=console, keep_running=keep)
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    if not report.ok:
        raise typer.Exit(1)
