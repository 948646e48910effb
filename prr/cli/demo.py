"""``prr demo``: the offline end-to-end demonstration."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo() -> None:
    """Set up the database and registry and print a summary (no network needed)."""
    from prr.cli.core import cities_list, init

    init()
    cities_list(state="CA", missing_contacts=False, as_json=False)
