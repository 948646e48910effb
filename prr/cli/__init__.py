"""The ``prr`` command line: a thin shell over plain library functions.

Each area registers its commands from its own module. Modules here must stay light
to import (typer and rich only at top level; Prefect, pdfplumber and the like inside
the command functions) so that ``prr --help`` stays fast.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="prr",
    help="California Public Records Act requests: file, track, follow up, extract, search.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _home_check() -> None:
    """Say once, before any command, when the data folder depends on the current folder."""
    from prr.cli.common import err_console, fail
    from prr.core.home import resolve_home, stray_database

    try:
        home = resolve_home()
    except ValueError as e:   # a broken prr.toml
        fail(str(e), "Fix or remove the project file (docs/setup.md).")
    for warning in (home.warning, stray_database(home.path)):
        if warning:
            err_console.print(f"warning: {warning}", style="yellow", soft_wrap=True, highlight=False, markup=False)


# One module per area; each defines register(app).
AREAS = ("core", "setup", "plans", "filing", "replies", "deadlines", "classify", "documents", "watch",
         "breaches", "serve", "demo")

for _area in AREAS:
    importlib.import_module(f"prr.cli.{_area}").register(app)


def main() -> None:
    app()
