"""`prr plugins`: the plugin kinds installed (built in and from other packages), with their options."""
from __future__ import annotations

import typer

from prr.cli.common import console, print_json

# The modules that define the built-in plugins; outside packages come in through entry points.
BUILTIN_MODULES = ("prr.channels", "prr.replies.sources", "prr.scrapers.pdf.extractors", "prr.scrapers.portals",
                   "prr.core.alerts")


def register(app: typer.Typer) -> None:
    app.command("plugins")(plugins)


def families() -> list:
    """Every plugin family with its built-in plugins imported and its entry points loaded."""
    import importlib

    from prr.core.plugins import Plugin

    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    out = [f for f in Plugin.__subclasses__() if "registry" in f.__dict__]
    for f in out:
        f.load_entry_points()
    return out


def listing() -> list[dict]:
    rows = []
    for family in families():
        for kind, cls in family.kinds().items():
            builtin = cls.__module__.startswith("prr.")
            rows.append({"family": family.group or family.__name__, "kind": kind,
                         "from": "built in" if builtin else cls.__module__.split(".")[0],
                         "class": f"{cls.__module__}.{cls.__qualname__}",
                         "about": (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else "",
                         "options": dict(cls.options)})
    return rows


def plugins(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the installed plugins (channels, reply sources, document extractors, portals, alert senders)
    and their options."""
    from rich.markup import escape
    from rich.table import Table

    rows = listing()
    problems = [(f.group, p) for f in families() for p in f.load_entry_points()]
    if as_json:
        print_json({"plugins": rows, "problems": [{"family": g, "problem": p} for g, p in problems]})
        return
    table = Table(title="Installed plugins (outside packages add theirs with entry points prr.<family>)",
                  title_justify="left")
    for col in ("family", "kind", "from", "options"):
        table.add_column(col, no_wrap=col != "options", overflow="fold")
    for r in rows:
        opts = "\n".join(f"{k}: {v}" for k, v in r["options"].items()) or "-"
        table.add_row(r["family"], r["kind"], escape(r["from"]), escape(opts))
    console.print(table)
    for group, p in problems:
        console.print(f"[yellow]prr.{group}: {escape(p)}[/]", soft_wrap=True, highlight=False)
