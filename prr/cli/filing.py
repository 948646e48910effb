"""request new / file / submitted / show / kinds, and the requests list."""
from __future__ import annotations

from typing import List, Optional

import typer

from prr.cli.common import check_slugs, console, err_console, fail, open_db, plain, print_json, safe

request_app = typer.Typer(help="Draft, file and inspect CPRA requests.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(request_app, name="request")
    app.command("requests")(requests_list)


def _parse_params(pairs: list[str]) -> dict:
    params: dict = {}
    for p in pairs:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            fail(f"--param {p!r} is not key=value", "Example: --param start=2026-01-01")
        params[key.strip()] = value
    return params


def _error(e) -> None:
    err_console.print(f"[bold red]error:[/] {safe(e)}", soft_wrap=True, highlight=False)
    if getattr(e, "hint", ""):
        err_console.print(f"[dim]{safe(e.hint)}[/]", soft_wrap=True, highlight=False)


def print_preview(pv, settings=None) -> None:
    """A letter as it would go out: the channel and why, who it is from (warning on the
    built-in example identity, which only the outbox accepts), to whom, the subject and
    the text."""
    from prr.core.settings import get_settings

    profile = (settings or get_settings()).profile
    console.rule(safe(f"{pv.city_slug}: {pv.kind} via {pv.channel}"), characters="-")
    reason = getattr(pv, "channel_reason", "")
    console.print(plain(f"Channel: {pv.channel}" + (f" ({reason})" if reason else "")
                        + f"\nFrom: {profile.name} <{profile.email}>\nTo: {pv.recipient or '(no contact yet)'}\n"
                        f"Subject: {pv.subject}\n"), highlight=False, soft_wrap=True, markup=False)
    if getattr(pv, "profile_problem", ""):
        err_console.print(f"[bold yellow]warning:[/] {safe(pv.profile_problem)}", soft_wrap=True, highlight=False)
    elif profile.is_placeholder:
        err_console.print(f"[bold yellow]warning:[/] this letter is from the built-in example identity "
                          f"({safe(profile.name)} <{safe(profile.email)}>): replies to it are lost. "
                          "Run `prr setup` to give your name and address.", soft_wrap=True, highlight=False)
    console.print(plain(pv.body), highlight=False, soft_wrap=True, markup=False)


@request_app.command("new")
def request_new(
    cities: List[str] = typer.Argument(..., help="Registry slugs, e.g. oxnard mission-viejo."),
    kind: str = typer.Option(..., "--kind", "-k", help="Template kind, e.g. incident-logs (see `prr request kinds`)."),
    param: List[str] = typer.Option([], "--param", "-p", help="Template parameter key=value (repeatable)."),
    preview: bool = typer.Option(False, "--preview", help="Show the letters; save nothing."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Draft even if a similar request (overlapping dates) exists."),
    channel: Optional[str] = typer.Option(None, "--channel", help="Channel to file through (default: the city's)."),
) -> None:
    """Draft one request per city from a template (file them with `prr request file`)."""
    from prr.requests.filing import FilingError, draft_request, preview_request

    conn = open_db()
    params = _parse_params(param)
    failed = 0
    for slug in cities:
        try:
            if preview:
                print_preview(preview_request(conn, slug, kind, params, channel=channel))
            else:
                rid = draft_request(conn, slug, kind, params, confirm_similar=yes, channel=channel)
                console.print(f"Drafted request [bold]{rid}[/] for {safe(slug)} ({safe(kind)}).")
        except FilingError as e:
            failed += 1
            _error(e)
    if not preview and len(cities) > failed:
        console.print("[dim]File them with `prr request file --all` (or by id).[/]")
    if failed:
        raise typer.Exit(1)


@request_app.command("file")
def request_file(
    ids: List[int] = typer.Argument(None, help="Request ids to file."),
    all_: bool = typer.Option(False, "--all", help="Every draft, failed filing and interrupted filing."),
    channel: Optional[str] = typer.Option(None, "--channel", help="Override the channel: outbox, smtp, "
                                          "nextrequest, govqa, manual."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """File drafts through each city's channel (exactly once; interrupted filings are reconciled)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from prr.db.requests import requests_to_file
    from prr.requests.filing import file_batch

    conn = open_db()
    if all_:
        waiting = _settle_unconfirmed(conn, as_json)
        ids = [r["id"] for r in requests_to_file(conn)]
        if not ids:
            console.print("Nothing to file: no drafts, failed or interrupted filings. "
                          "Draft one with `prr request new`; `prr requests` lists them all.")
            if waiting:   # sends only the user can settle: say so with the exit code too
                raise typer.Exit(1)
            return
    if not ids:
        fail("nothing to file", "Give request ids, or --all to file every draft.")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True, disable=as_json) as progress:
        task = progress.add_task("Filing", total=len(ids))
        outcomes = file_batch(conn, ids, channel=channel, on_done=lambda o: progress.advance(task), listed=all_)
    if as_json:
        print_json([o.to_json() for o in outcomes])
    else:
        for o in outcomes:
            if o.ok:
                r = o.receipt
                where = r.to or r.detail.get("portal_url") or r.path or ""
                extra = f", tracking {r.tracking_number}" if r.tracking_number else ""
                extra += " (reconciled: it had gone out before an interruption)" if r.detail.get("reconciled") else ""
                console.print(f"[green]{o.status}[/] request {o.request_id} ({safe(o.city_slug)}) via {r.channel} "
                              f"-> {safe(where)}{safe(extra)}", highlight=False, soft_wrap=True)
                if r.status == "ready_to_send":
                    console.print(f"  [dim]Nothing has left this machine. Send {safe(r.path or '')} yourself, "
                                  f"then `prr request sent {o.request_id} [--on DATE]`.[/]", soft_wrap=True)
                if r.status == "awaiting_submission":
                    console.print(f"  [dim]Submit it ({safe(r.detail.get('portal_url') or r.path)}), then "
                                  f"`prr request submitted {o.request_id} --tracking NUMBER`.[/]", soft_wrap=True)
            elif o.other_run:
                console.print(f"[yellow]{o.error}[/]: request {o.request_id} ({safe(o.city_slug)})",
                              highlight=False, soft_wrap=True)
            else:
                label = "outcome unknown" if o.status == "send_unconfirmed" else "not filed"
                err_console.print(f"[red]{label}[/] request {o.request_id} ({safe(o.city_slug)}): {safe(o.error)}",
                                  highlight=False, soft_wrap=True)
                if o.hint:
                    err_console.print(f"  [dim]{safe(o.hint)}[/]", soft_wrap=True)
        ok = sum(o.ok for o in outcomes)
        others = sum(o.other_run for o in outcomes)
        console.print(f"{ok} of {len(outcomes)} filed, written to the outbox or prepared"
                      + (f"; {others} taken by another run." if others else "."))
    if not all(o.ok or o.other_run for o in outcomes):
        raise typer.Exit(1)


@request_app.command("submitted")
def request_submitted(
    request_id: int = typer.Argument(..., help="Request id."),
    tracking: List[str] = typer.Option([], "--tracking", "-t", help="Reference number the portal or office gave."),
    on: Optional[str] = typer.Option(None, "--on", help="Date it was submitted (YYYY-MM-DD; default today)."),
) -> None:
    """Record that you submitted a prepared request (GovQA, printed letter), with its reference number."""
    from prr.requests.filing import FilingError, mark_submitted

    conn = open_db()
    day = _parse_day(on)
    try:
        r = mark_submitted(conn, request_id, tracking=tracking, on=day)
    except (FilingError, ValueError) as e:
        _error(e)
        raise typer.Exit(1) from None
    console.print(f"Request {request_id} is {safe(r['status'])}"
                  + (f", received {r['received_on']}" if r.get("received_on") else "")
                  + (f"; tracking {safe(', '.join(tracking))}" if tracking else "") + ".", highlight=False)


def _settle_unconfirmed(conn, quiet: bool) -> int:
    """Before a --all run: settle unknown sends from evidence (journal, IMAP Sent folder).
    They are never re-sent here; those still unknown are listed with what to do. Returns
    how many still wait for the user."""
    from prr.db.requests import list_requests
    from prr.requests.filing import settle_unconfirmed

    waiting = 0
    for r in list_requests(conn, status="send_unconfirmed"):
        after = settle_unconfirmed(conn, r["id"])
        waiting += after.get("status") == "send_unconfirmed"
        if quiet:
            continue
        if after.get("status") == "filed":
            console.print(f"[green]filed[/] request {r['id']} ({r['city_slug']}): found in the sent journal or "
                          "Sent folder", highlight=False)
        else:
            err_console.print(f"[yellow]outcome unknown[/] request {r['id']} ({r['city_slug']}): not re-sent. "
                              f"`prr request sent {r['id']}` if it arrived, `prr request resend {r['id']}` "
                              "if not.", highlight=False, soft_wrap=True)
    return waiting


def _parse_day(on: Optional[str]):
    import datetime as dt

    try:
        return dt.date.fromisoformat(on) if on else None
    except ValueError:
        fail(f"--on {on!r} is not a date", "Use YYYY-MM-DD.")


@request_app.command("sent")
def request_sent(
    request_id: int = typer.Argument(..., help="Request id."),
    on: Optional[str] = typer.Option(None, "--on", help="Day you sent it (YYYY-MM-DD; default today)."),
) -> None:
    """Record that you sent an outbox letter (or that an unconfirmed send did arrive): it is filed and
    the CPRA clock starts on that day."""
    from prr.requests.filing import FilingError, mark_sent

    conn = open_db()
    day = _parse_day(on)
    try:
        r = mark_sent(conn, request_id, on=day)
    except FilingError as e:
        _error(e)
        raise typer.Exit(1) from None
    due = r.get("extended_due_on") or r.get("due_on")
    console.print(f"Request {request_id} is filed, received {r['received_on']}"
                  + (f"; determination due {due}" if due else "") + ".", highlight=False)


@request_app.command("resend")
def request_resend(request_id: int = typer.Argument(..., help="Request id.")) -> None:
    """Send again a letter whose first send has an unknown outcome (after checking it did not arrive)."""
    from prr.requests.filing import FilingError, resend_request

    conn = open_db()
    try:
        receipt = resend_request(conn, request_id)
    except FilingError as e:
        _error(e)
        raise typer.Exit(1) from None
    console.print(f"[green]{receipt.status}[/] request {request_id} via {receipt.channel} -> "
                  f"{safe(receipt.to or receipt.path or '')}", highlight=False, soft_wrap=True)


def _deadlines(conn, request_id: int):
    from prr.deadlines.request_deadlines import refresh_deadlines

    try:
        return refresh_deadlines(conn, request_id)
    except Exception as e:  # noqa: BLE001 - show the request anyway
        err_console.print(f"[yellow]due dates unavailable: {safe(e)}[/]")
        return None


@request_app.command("show")
def request_show(request_id: int, as_json: bool = typer.Option(False, "--json"),
                 letter: bool = typer.Option(True, "--letter/--no-letter", help="Print the letter text.")) -> None:
    """Show a request: letter, channel, timeline, tracking numbers and due dates with the reasons."""
    from prr.db.events import events_for
    from prr.db.requests import communications_for, get_request, tracking_numbers_for

    conn = open_db()
    r = get_request(conn, request_id)
    if r is None:
        fail(f"no request {request_id}", "List requests with `prr requests`.")
    events = events_for(conn, request_id)
    tracking = tracking_numbers_for(conn, request_id)
    deadlines = _deadlines(conn, request_id)
    comms = communications_for(conn, request_id)
    if as_json:
        print_json({"request": r, "tracking_numbers": tracking, "events": events, "communications": comms,
                    "deadlines": deadlines.to_json() if deadlines is not None else None})
        return
    console.print(f"[bold]Request {r['id']}[/] {safe(r['kind'])} to {safe(r['city_slug'])}: [bold]{r['status']}[/]"
                  f"  token {safe(r['token'])}", highlight=False)
    from prr.core.settings import get_settings
    from prr.db.cities import get_city
    from prr.requests.filing import choose_channel
    from prr.requests.lifecycle import REQUEST_STATES

    console.print(f"  [dim]{safe(REQUEST_STATES.get(r['status'], ''))}[/]", highlight=False, soft_wrap=True)
    if r["channel"]:
        how = f"{r['channel']}"
    else:
        settings = get_settings()
        chosen, why = choose_channel(conn, get_city(conn, r["city_slug"]) or {"slug": r["city_slug"]}, settings)
        how = f"{chosen} when filed ({why})"
    console.print(safe(f"Channel: {how}   To: {r['recipient'] or '-'}"), highlight=False, soft_wrap=True)
    if r["filed_at"]:
        console.print(f"Filed {r['filed_at']} (received {r['received_on']})   Message-ID {safe(r['message_id'])}",
                      highlight=False, soft_wrap=True)
    if r["last_error"]:
        console.print(f"[red]Last error:[/] {safe(r['last_error'])}", highlight=False, soft_wrap=True)
    console.print(f"Tracking numbers: {safe(', '.join(tracking)) if tracking else 'none yet'}", highlight=False)
    if deadlines is not None:
        console.print(f"[bold]Due[/] {deadlines.due}" + (f", extended to {deadlines.extended_due}"
                                                            if deadlines.extended_due else "")
                      + (f"; agency estimate {deadlines.estimated}" if deadlines.estimated else ""), highlight=False)
        for line in deadlines.explanation:
            console.print(f"  [dim]{safe(line)}[/]", highlight=False, soft_wrap=True)
    else:
        console.print("Due dates: none" + ("" if r["received_on"] else " (not filed yet)"))
    console.print("[bold]Timeline[/]")
    for e in events:
        d = {k: v for k, v in e["detail"].items() if k not in ("fields", "host", "pid") and v not in (None, "", [])}
        summary = ", ".join(f"{k}={v}" for k, v in d.items())
        console.print(f"  {e['at']}  {e['kind']:<18} [dim]{safe(summary)}[/]", highlight=False, soft_wrap=True)
    if len(comms) > 1:
        console.print("[bold]Letters and replies[/]")
        for c in comms:
            console.print(f"  {c['sent_at'] or c['created_at']}  {c['direction']:<3} {safe(c['subject'])}",
                          highlight=False, soft_wrap=True)
    if letter:
        console.rule("Letter")
        console.print(f"Subject: {plain(r['subject'])}\n", highlight=False, soft_wrap=True, markup=False)
        console.print(plain(r["body"]), highlight=False, soft_wrap=True, markup=False)


@request_app.command("kinds")
def request_kinds(as_json: bool = typer.Option(False, "--json")) -> None:
    """List letter templates (built-in and your own, PRR_TEMPLATES) with their parameters."""
    from prr.requests.letters import discover_templates, template_problems

    templates = discover_templates()
    for why in template_problems().values():
        err_console.print(f"[yellow]skipped template[/] {safe(why)}", soft_wrap=True, highlight=False)
    if as_json:
        print_json([t.meta.to_json() for t in templates.values()])
        return
    for kind, t in sorted(templates.items()):
        m = t.meta
        console.print(f"[bold]{safe(kind)}[/]  {safe(m.title)}  [dim]({safe(m.path)})[/]", highlight=False, soft_wrap=True)
        for p in m.params.values():
            console.print(f"    {safe(p.name)} ({p.type}{', required' if p.required else ''})  [dim]{safe(p.help)}[/]",
                          highlight=False, soft_wrap=True)


def requests_list(
    status: Optional[str] = typer.Option(None, "--status", help="Only this status, e.g. draft, ready_to_send, send_unconfirmed, filed, failed."),
    city: Optional[str] = typer.Option(None, "--city", help="Only this city slug."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List requests with their status and due date."""
    from rich.table import Table

    from prr.db.requests import list_requests

    conn = open_db()
    check_slugs(conn, city)
    rows = list_requests(conn, status=status, city_slug=city)
    for r in rows:   # fill the cached due date for filed requests that have none yet
        if r["received_on"] and not r["due_on"]:
            d = _deadlines(conn, r["id"])
            if d is not None:
                r["due_on"] = str(d.due)
                r["extended_due_on"] = str(d.extended_due) if d.extended_due else None
    if as_json:
        print_json(rows)
        return
    from rich import box

    # Dates and tokens are copied and compared: never cut them; long words wrap instead.
    table = Table(title=f"{len(rows)} requests", box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("id", "city", "kind", "status"):
        table.add_column(col, overflow="fold")
    for col in ("due", "token"):
        table.add_column(col, no_wrap=True, min_width=12 if col == "token" else 10)
    table.add_column("channel", overflow="fold")
    for r in rows:
        due = r["extended_due_on"] or r["due_on"] or ""
        table.add_row(str(r["id"]), safe(r["city_slug"]), safe(r["kind"]), safe(r["status"]), safe(due),
                      safe(r["token"]), safe(r["channel"]))
    console.print(table)
