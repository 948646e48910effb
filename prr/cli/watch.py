"""CLI commands for this area (registered into the main app)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
