"""``prr deadline`` (check a CPRA date by hand) and ``prr followups`` (follow up late requests)."""
from __future__ import annotations

from typing import List, Optional

import typer

from prr.cli.common import console, fail, open_db, print_json, safe


def register(app: typer.Typer) -> None:
    app.command("deadline")(deadline)
    app.command("followups")(followups)


def _date(value: str, what: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{what} {value!r} is not a date", "Write dates as YYYY-MM-DD, e.g. 2026-03-27.")


def _office_for(city: str):
    from prr.core.settings import get_settings
    from prr.registry.registry import load_registry

    settings = get_settings()
    cities, _ = load_registry(settings.registry_dir)
    for c in cities:
        if c.slug == city:
            return c.office.model_dump(mode="json")
    from prr.registry.registry import close_slugs

    close = close_slugs(city, [c.slug for c in cities])
    fail(f"no city {city!r} in the registry {settings.registry_dir}"
         + (f"; did you mean {' or '.join(close)}?" if close else ""),
         "See `prr cities list` for the slugs, e.g. oxnard.")


def deadline(
    received: str = typer.Argument(..., help="Date the agency received the request (YYYY-MM-DD), "
                                             "or a local time (YYYY-MM-DDTHH:MM) to apply office hours."),
    city: Optional[str] = typer.Option(None, "--city", help="Use this city's office hours and closures."),
    extended_on: Optional[str] = typer.Option(None, "--extended-on",
                                              help="Date of the agency's written extension notice."),
    reason: Optional[str] = typer.Option(None, "--reason", help="Reason the extension notice gives."),
    paused: List[str] = typer.Option([], "--paused", metavar="FROM:TO",
                                     help="Days the agency waited on you (TO empty while still waiting). Repeatable."),
    estimated_on: Optional[str] = typer.Option(None, "--estimated-on", help="Agency's estimated production date."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Compute a CPRA determination deadline and explain every step."""
    import datetime as dt

    from prr.deadlines.deadlines import due_dates

    try:
        when = dt.datetime.fromisoformat(received) if "T" in received else dt.date.fromisoformat(received)
    except ValueError:
        fail(f"received date {received!r} is not a date", "Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
    pauses = []
    for p in paused:
        start, sep, end = p.partition(":")
        if not sep:
            fail(f"--paused {p!r} needs FROM:TO", "e.g. --paused 2026-03-05:2026-03-09 (leave TO empty if still waiting)")
        a, b = _date(start, "--paused start"), (_date(end, "--paused end") if end else None)
        if b is not None and b < a:
            fail(f"--paused {p!r} ends before it starts", "Give the earlier date first.")
        pauses.append((a, b))
    office = _office_for(city) if city else None
    result = due_dates(when, office,
                       extension_notice_on=_date(extended_on, "--extended-on") if extended_on else None,
                       extension_reason_text=reason, pauses=tuple(pauses),
                       estimated_on=_date(estimated_on, "--estimated-on") if estimated_on else None)
    if as_json:
        print_json(result.to_json())
        return
    for line in result.explanation:
        console.print(f"  {safe(line)}", highlight=False, soft_wrap=True)
    if result.due is None:
        console.print(f"[bold]No deadline runs:[/] paused since {result.paused_since}.")
    else:
        console.print(f"[bold]Due {result.due:%a %Y-%m-%d}[/]" +
                      (f"; extended due [bold]{result.extended_due:%a %Y-%m-%d}[/]" if result.extended_due else ""))


def _print_letters(conn, messages: list[dict]) -> None:
    """The text of each letter a dry run would send (or draft), as it would be written."""
    from prr.requests.followup_preview import preview_planned
    from prr.requests.followups import plan_from_json

    for m in messages:
        try:
            letter = preview_planned(conn, plan_from_json(m))
        except Exception as e:  # noqa: BLE001 - one letter that cannot be shown does not hide the rest
            console.print(f"[red]cannot show the {m['kind']} letter for {m['city']}:[/] {e}", highlight=False)
            continue
        console.rule(f"{m['kind']} to {m['city']} (request {letter['request_id']})", characters="-")
        console.print(f"From: {letter['from']}\nTo: {letter['to'] or '(no address)'}\nSubject: {letter['subject']}\n",
                      highlight=False, soft_wrap=True, markup=False)
        console.print(letter["body"], highlight=False, soft_wrap=True, markup=False)


def followups(
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be sent; send and record nothing."),
    today: Optional[str] = typer.Option(None, "--today", help="Act as if today were this date (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Follow up every request past its CPRA deadline (one message per city per day)."""
    from prr.requests.followups import run_followups

    day = _date(today, "--today") if today else None
    conn = open_db()
    result = run_followups(conn, today=day, dry_run=dry_run)
    if as_json:
        print_json(result.to_json())
        return
    from rich.table import Table

    if not result.overdue:
        console.print(f"No request is past its deadline on {result.today}.")
    else:
        table = Table(title=f"Overdue on {result.today}" + (" (dry run: nothing sent)" if dry_run else ""))
        for col in ("request", "city", "status", "due", "action"):
            table.add_column(col)
        for item in result.overdue:
            table.add_row(str(item["request_id"]), safe(item["city"]), safe(item["status"]), safe(item["due"]),
                          safe(item["action"]))
        console.print(table)
    for m in result.messages:
        via = f" via {m['channel']}" if m.get("channel") else ""
        console.print(safe(f"{m['outcome']}: {m['kind']} to {m['city']}{via} ({m.get('to') or 'no address'}) "
                             f"for request(s) {', '.join(map(str, m['request_ids']))}"),
                      highlight=False, soft_wrap=True)
        if m["outcome"] == "written to outbox":
            console.print("  [dim]Nothing has left this machine: send it from the outbox yourself.[/]")
        elif m["outcome"] == "unconfirmed":
            console.print("  [yellow]The server did not confirm it: check your Sent folder; it is not re-sent.[/]")
    if dry_run and result.messages:
        _print_letters(conn, result.messages)
    for e in result.errors:
        console.print(f"[red]error[/] {safe(e)}", highlight=False, soft_wrap=True)
    if result.errors:
        raise typer.Exit(1)
