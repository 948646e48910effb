"""contacts extract, watch, changes, cities discover."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from prr.cli.common import check_slugs, console, err_console, fail, open_db, print_json, safe

contacts_app = typer.Typer(help="Contacts on a page: extract emails, phones, addresses, portals.",
                           no_args_is_help=True)
changes_app = typer.Typer(help="Changes found on watched pages: list, accept, reject.",
                          invoke_without_command=True)


def register(app: typer.Typer) -> None:
    from prr.cli.core import cities_app

    app.add_typer(contacts_app, name="contacts")
    app.command("watch")(watch)
    app.add_typer(changes_app, name="changes")
    cities_app.command("discover")(cities_discover)


def _progress(auto_refresh: bool = True):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err_console, transient=True, auto_refresh=auto_refresh)


class _Ticker:
    """Advance a progress task and redraw at most every 0.1 s, from the caller's thread.
    `prr watch` draws its bar this way, without rich's refresh thread: with no other thread
    running, the watch forks its worker processes (instant) instead of starting a fork
    server that imports prr again (~1 s of CPU, measured)."""

    def __init__(self, progress, task):
        import time

        self.progress, self.task, self.clock, self.last = progress, task, time.monotonic, 0.0
        # Where nothing is drawn (output to a file or pipe), rich would still lay out the
        # whole bar on every refresh: 0.03 ms of the writing process's CPU per page, measured.
        console = progress.console
        self.draws = console.is_jupyter or (console.is_terminal and not console.is_dumb_terminal)

    def __call__(self, _item=None) -> None:
        self.progress.advance(self.task)
        if not self.draws:
            return
        now = self.clock()
        if now - self.last >= 0.1:
            self.last = now
            self.progress.refresh()


@contacts_app.command("extract")
def contacts_extract(
    source: str = typer.Argument(..., help="An .html or .txt file, or an http(s) URL."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Extract emails, phones (fax told apart), mailing addresses and portal URLs."""
    from prr.scrapers.contacts import extract_contacts

    base_url = None
    if source.startswith(("http://", "https://")):
        from prr.scrapers.fetch import FetchError, fetch_url

        try:
            fetched = fetch_url(source)
        except FetchError as e:
            hints = {"robots": "The site's robots.txt forbids it: save the page from a browser and pass the file.",
                     "bot_challenge": "The site blocks automated clients: save the page from a browser and pass the file.",
                     "dns": "Check the host name and your connection, then retry.",
                     "timeout": "The site is slow or down: retry later.",
                     "connection": "The site is unreachable: retry later.",
                     "too_large": "Save the page from a browser and pass the file."}
            fail(f"could not fetch {source}: {e.kind}: {e.message}",
                 hints.get(e.kind, "Check the URL in a browser, or save the page and pass the file."))
        text, base_url = fetched.text, fetched.url
    else:
        path = Path(source)
        if not path.is_file():
            fail(f"no such file: {source}", "Give an .html or .txt file, or an http(s) URL.")
        from prr.scrapers.fetch import detect_encoding

        raw = path.read_bytes()
        text = raw.decode(detect_encoding(raw, None), errors="replace")
    contacts = extract_contacts(text, base_url)
    data = contacts.to_json()
    chosen = contacts.records_contact()
    data["records_contact"] = {t: (c.value if c else None) for t, c in chosen.items()}
    if as_json:
        print_json({k: data[k] for k in ("emails", "phones", "addresses", "portals", "contacts", "ignored",
                                         "records_contact")})
        return
    if not contacts.items:
        console.print("No contacts found.")
        return
    for c in contacts.items:
        extra = ", ".join(x for x in (c.vendor, c.contact_kind, None if c.owner == "city" else f"owner: {c.owner}",
                                      None if c.region == "main" else c.region) if x)
        console.print(f"{c.type:<8} {safe(c.display()):<50} [dim]{c.role} ({safe(extra)})"
                      f"{' - ' + safe(c.label[:50]) if c.label else ''}[/]", soft_wrap=True, highlight=False)
    for i in contacts.ignored:
        console.print(f"[dim]ignored  {safe(i.written):<50} {safe(i.reason)}[/]", soft_wrap=True, highlight=False)
    picked = [f"{t} {c.display()}" for t, c in chosen.items() if c]
    console.print("Records contact: " + (safe(", ".join(picked)) if picked else "none found on this page"))


def watch(
    slugs: Optional[List[str]] = typer.Argument(None, help="City slugs (default: every watched page)."),
    confirm: str = typer.Option("recheck", help="Confirm a change by: recheck (immediate re-fetch), "
                                                "next_check (two checks in a row), none."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Check watched pages now and record confirmed changes; alerts go to PRR_APPRISE_URLS."""
    from prr.cli.common import cli_context, print_report
    from prr.db.pages import list_pages
    from prr.watch.watch import WatchOptions
    from prr.workflows import watch_pages as workflow

    conn = open_db()
    try:
        WatchOptions(confirm=confirm)
    except ValueError as e:
        fail(str(e))
    check_slugs(conn, slugs)
    total = len(list_pages(conn, slugs))
    if total == 0:
        fail("no watched pages" + (f" for {', '.join(slugs)}" if slugs else ""),
             "Add pages to a city's registry file, or run `prr cities discover SLUG`.")
    # The bar redraws from the calling thread (no rich refresh thread), so the watch can
    # fork its worker processes instead of starting a fork server.
    with cli_context(conn) as ctx, _progress(auto_refresh=False) as progress:
        fetching = progress.add_task("Fetching pages", total=total)
        checking = progress.add_task("Comparing", total=total)
        report = workflow.run(ctx, slugs, confirm=confirm, on_fetched=_Ticker(progress, fetching),
                              on_result=_Ticker(progress, checking))
    print_report(report, as_json, rows=False)
    if report.rows and not as_json:
        from prr.db.pages import get_changes

        _print_changes(get_changes(conn, report.data["changes"]))   # old -> new, page and time: readable at 80 columns
        console.print("Review with `prr changes`; accept with `prr changes accept ID`.")
    if report.data["offline"]:
        fail("offline: every host failed with DNS or connection errors, so nothing was compared or proposed",
             "Check this machine's network connection, then run `prr watch` again.")
    if report.data["all_failed"]:
        fail(f"every one of the {total} page fetches failed; nothing was compared",
             "See the errors above; the pages are recorded with their reasons.")


def _print_changes(changes: list[dict]) -> None:
    for c in changes:
        arrow = f"{c['old_value'] or '-'} -> {c['new_value'] or '-'}"
        if c["kind"] == "policy_changed":
            arrow = ("edited: " if c["old_value"] and c["new_value"] else
                     "added: " if c["new_value"] else "removed: ") + (c["new_value"] or c["old_value"])[:100]
        console.print(f"  #{c['id']:<5} {c['city_slug']:<18} {c['kind']:<16} {c['field'] or '':<15} {safe(arrow)}",
                      soft_wrap=True, highlight=False)
        if c.get("url"):
            console.print(f"         [dim]{safe(c['url'])} ({c['detected_at']})[/]", soft_wrap=True, highlight=False)


@changes_app.callback()
def changes_default(ctx: typer.Context) -> None:
    """With no subcommand: list pending changes."""
    if ctx.invoked_subcommand is None:
        changes_list(status="pending", city=None, as_json=False)


@changes_app.command("list")
def changes_list(
    status: str = typer.Option("pending", help="pending | accepted | rejected | unconfirmed | all"),
    city: Optional[str] = typer.Option(None, help="Only this city slug."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List changes (pending by default)."""
    from prr.db.pages import list_changes

    conn = open_db()
    check_slugs(conn, city)
    rows = list_changes(conn, status=None if status == "all" else status, city_slug=city)
    if as_json:
        print_json(rows)
        return
    if not rows:
        console.print(f"No {status} changes.")
        return
    console.print(f"{len(rows)} {status} change(s):")
    _print_changes(rows)


@changes_app.command("accept")
def changes_accept(change_id: int, note: Optional[str] = typer.Option(None, help="Why (kept with the decision).")) -> None:
    """Write the change into the city's registry file and re-route follow-ups."""
    from prr.core.settings import get_settings
    from prr.watch.proposals import ChangeError, accept_change

    conn = open_db()
    try:
        out = accept_change(conn, change_id, get_settings().registry_dir, note=note)
    except ChangeError as e:
        fail(str(e))
    console.print(f"Accepted change #{change_id}."
                  + (f" Updated {out['registry_file']}." if out["registry_file"] else " No registry edit needed."))
    if out["rerouted_requests"]:
        console.print(f"Follow-ups for request(s) {', '.join(map(str, out['rerouted_requests']))} now go to the new contact.")


@changes_app.command("reject")
def changes_reject(change_id: int, note: Optional[str] = typer.Option(None, help="Why (kept with the decision).")) -> None:
    """Record that the change is wrong so it is not proposed again."""
    from prr.watch.proposals import ChangeError, reject_change

    conn = open_db()
    try:
        reject_change(conn, change_id, note)
    except ChangeError as e:
        fail(str(e))
    console.print(f"Rejected change #{change_id}; it will not be proposed again.")


def cities_discover(
    slugs: Optional[List[str]] = typer.Argument(None, help="City slugs."),
    all_cities: bool = typer.Option(False, "--all", help="Every city with a website."),
    no_common_paths: bool = typer.Option(False, "--no-common-paths", help="Do not probe common paths."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Find records, IT, City Attorney and privacy pages and propose them (with their contacts)."""
    from prr.db.cities import list_cities
    from prr.watch.discover import discover

    conn = open_db()
    if all_cities:
        slugs = [c["slug"] for c in list_cities(conn) if c["website"]]
    if not slugs:
        fail("name one or more city slugs, or --all", "See `prr cities list`.")
    check_slugs(conn, slugs)
    results = []
    with _progress() as progress:
        bar = progress.add_task("Discovering", total=len(slugs))
        results = discover(conn, list(slugs), probe_common=not no_common_paths,
                           on_city=lambda r: progress.advance(bar))
    if as_json:
        print_json([r.to_json() for r in results])
        return
    for r in results:
        console.print(f"[bold]{r.city_slug}[/]: {len(r.pages)} page(s), {len(r.changes)} new proposal(s)")
        for p in r.pages:
            console.print(f"  {p.kind:<9} {safe(p.url)}  [dim]{safe(p.why)}; {len(p.contacts)} contact(s)[/]",
                          soft_wrap=True, highlight=False)
        for e in r.errors:
            console.print(f"  [yellow]{safe(e)}[/]", soft_wrap=True, highlight=False)
    if any(r.changes for r in results):
        console.print("Review with `prr changes`; accept with `prr changes accept ID`.")
