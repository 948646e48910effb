"""init, cities and db commands."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from prr.cli.common import city_or_fail, console, err_console, fail, open_db, print_json, safe

cities_app = typer.Typer(help="The city registry: list, show, import.", no_args_is_help=True)
db_app = typer.Typer(help="The SQLite database: migrate, back up.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.add_typer(cities_app, name="cities")
    app.add_typer(db_app, name="db")


def _load_registry(conn) -> tuple[dict, list]:
    from prr.core.settings import get_settings
    from prr.registry.registry import sync_registry

    totals, errors, cities = sync_registry(conn, get_settings().registry_dir)
    for e in errors:
        err_console.print(f"[red]registry error:[/] {safe(e)}", soft_wrap=True, highlight=False)
    return totals, errors


def init() -> None:
    """Create the database (or migrate it) and load the city registry."""
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.cities import list_cities

    settings = get_settings()
    conn = connect(settings.db_path)     # not open_db: this command loads the registry itself
    totals, errors = _load_registry(conn)
    rows = list_cities(conn)
    with_contacts = sum(1 for r in rows if r["records_contacts"])
    console.print(f"Database [bold]{settings.db_path}[/] ready.")
    console.print(f"Registry {settings.registry_dir}: {len(rows)} cities "
                  f"({with_contacts} with records contacts, {len(rows) - with_contacts} still to discover); "
                  f"{totals.get('city', 0)} cities and {totals.get('contacts_added', 0)} contacts changed by this load.")
    if errors:
        fail(f"{len(errors)} registry file(s) could not be loaded; see the errors above",
             "Fix each file named above (the message names the field), then run `prr init` again.")


@cities_app.command("list")
def cities_list(
    state: Optional[str] = typer.Option(None, help="Two-letter state, e.g. CA."),
    missing_contacts: bool = typer.Option(False, "--missing-contacts",
                                          help="Only cities with no records email, phone or portal."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List registry cities with their contact counts."""
    from rich.table import Table

    from prr.db.cities import list_cities

    conn = open_db()
    rows = list_cities(conn, state=state, missing_contacts=missing_contacts)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} cities")
    for col in ("slug", "name", "county", "channel", "records contacts", "source"):
        table.add_column(col)
    for r in rows:
        table.add_row(safe(r["slug"]), safe(r["name"]), safe(r["county"]), safe(r["channel"]), str(r["records_contacts"]),
                      safe(r["source"]))
    console.print(table)


@cities_app.command("show")
def cities_show(slug: str, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show a city's contacts (with where each came from) and watched pages."""
    from prr.db.cities import contacts_for, pages_for

    conn = open_db()
    city = city_or_fail(conn, slug)
    contacts = contacts_for(conn, slug)
    pages = pages_for(conn, slug)
    if as_json:
        print_json({"city": city, "contacts": contacts, "pages": pages})
        return
    console.print(f"[bold]{safe(city['name'])}[/] ({city['state']}, {safe(city['county'] or 'county unknown')} "
                  f"County) GEOID {city['geoid'] or '-'}  {safe(city['website'])}", highlight=False)
    console.print(f"Filing channel: {safe(city['channel'])}")
    # Plain lines, not a table: emails and URLs stay whole for copying, whatever the width.
    console.print("[bold]Contacts[/]")
    for c in contacts:
        value = c["value"] or "(to discover)"
        extra = [x for x in (c["label"] if c["label"] != c["value"] else None,
                             f"vendor {c['vendor']}" if c["vendor"] else None,
                             c["status"] if c["status"] != "current" else None) if x]
        source = f"source {c['source_url']}" if c["source_url"] else "source unknown"
        verified = f", verified {c['verified_on']}" if c["verified_on"] else ""
        console.print(f"  {c['kind']:<15} {safe(value)}" + (f" ({safe('; '.join(extra))})" if extra else "")
                      + f"  [dim]{safe(source)}{verified}[/]", soft_wrap=True, highlight=False)
    if pages:
        console.print("[bold]Watched pages[/]")
        for p in pages:
            console.print(f"  {p['kind']:<9} {safe(p['url'])}  [dim]{p['status']}, last checked "
                          f"{p['last_checked_at'] or 'never'}[/]", soft_wrap=True, highlight=False)
    office = city["office"]
    if office.get("note") or office.get("closures"):
        console.print(f"Office: {safe(office.get('note'))}")
        for c in office.get("closures", []):
            console.print(f"  closed: {c['kind']} {c.get('weekday') or c.get('date') or ''} {safe(c.get('reason'))}")


@cities_app.command("import-uscityurl")
def cities_import_uscityurl(
    source: str = typer.Argument(None, help="Path or URL of UScityURL.csv (default: the dataset on GitHub)."),
    state: str = typer.Option("CA", help="Two-letter state to import."),
) -> None:
    """Create skeleton registry entries (name, GEOID, website) from the UScityURL dataset."""
    from prr.core.settings import get_settings
    from prr.registry.registry import close_slugs, sync_registry
    from prr.registry.uscityurl import DEFAULT_SOURCE, STATES, import_uscityurl, read_source

    settings = get_settings()
    if state.upper() not in STATES.values():
        close = close_slugs(state.upper(), sorted(STATES.values()))
        fail(f"--state {state!r} is not a US state abbreviation"
             + (f"; did you mean {' or '.join(close)}?" if close else ""), "Use two letters, e.g. --state CA.")
    src = source or DEFAULT_SOURCE
    try:
        text = read_source(src)
    except Exception as e:  # network or file problem: say which and what to do
        fail(f"could not read {src}: {e}", "Pass a local copy: prr cities import-uscityurl PATH/uscityurl.csv")
    report = import_uscityurl(text, settings.registry_dir, state=state)
    conn = open_db()
    sync_registry(conn, settings.registry_dir)
    console.print(f"{report.rows} {state.upper()} cities in the source: {len(report.created)} created, "
                  f"{len(report.updated)} updated (empty fields filled), {report.unchanged} unchanged; "
                  f"{report.changes} changes.")
    for s in report.skipped:
        err_console.print(f"[yellow]skipped:[/] {safe(s)}")
    console.print("[dim]Data: UScityURL, CC BY 4.0 (Cai, Huang & Decaminada 2023).[/]")
    if report.rows == 0:
        fail(f"no {state.upper()} cities in {src}: nothing was imported",
             "Check --state (a two-letter US state, e.g. CA) and that the file is UScityURL.csv.")


@cities_app.command("set-contact")
def cities_set_contact(
    slug: str = typer.Argument(..., help="City slug, e.g. oxnard."),
    kind: str = typer.Argument(..., help="records_email, records_phone, records_fax, portal_url, it_email, "
                                         "it_phone, attorney_email, attorney_phone or address."),
    value: str = typer.Argument(..., help="The email, phone number, URL or address."),
    source: str = typer.Option(..., "--source", help="URL of the city page where you found it."),
    note: Optional[str] = typer.Option(None, "--note", help="A note kept with the contact."),
) -> None:
    """Set a city's contact in its registry file (checked, dated, with its source) and reload it."""
    from prr.core.settings import get_settings
    from prr.registry.registry import sync_registry
    from prr.registry.registry_edit import registry_file, set_contact

    settings = get_settings()
    conn = open_db()
    city_or_fail(conn, slug)
    try:
        path = registry_file(conn, settings.registry_dir, slug)
        result = set_contact(path, kind, value, source, note=note)
    except ValueError as e:
        fail(str(e), "Nothing was changed.")
    sync_registry(conn, settings.registry_dir)
    what = {"added": "added", "filled": "filled (it was waiting to be discovered)",
            "replaced": "set; the old value is kept as stale", "confirmed": "confirmed (same value, re-dated)"}
    console.print(f"{slug} {kind} {safe(result.value)}: {what[result.action]} in {safe(str(path))}."
                  + (f" Replaced: {safe(', '.join(result.replaced))}." if result.replaced else ""),
                  soft_wrap=True, highlight=False)


@db_app.command("migrate")
def db_migrate() -> None:
    """Apply pending schema migrations."""
    from prr.core.settings import get_settings
    from prr.db import applied_migrations, connect, migrate

    conn = connect(get_settings().db_path, migrate=False)
    ran = migrate(conn)
    console.print(f"Applied {len(ran)} migration(s){': ' + ', '.join(ran) if ran else ''}; "
                  f"schema at {len(applied_migrations(conn))} migrations.")


@db_app.command("backup")
def db_backup(path: Path) -> None:
    """Write an online backup of the database to PATH (restore: copy it back with prr stopped)."""
    from prr.db.backup import backup

    conn = open_db()
    try:
        dest = backup(conn, path)
    except FileExistsError as e:
        fail(str(e))
    console.print(f"Backup written to {dest} ({dest.stat().st_size:,} bytes). "
                  f"To restore, stop prr and copy it over the database file.")
