"""``prr inbox``: import and poll replies, and the review queue."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from prr.cli.common import console, err_console, fail, open_db, print_json, safe

inbox_app = typer.Typer(help="Replies: import mail files, poll the inbox, review unmatched messages.",
                        no_args_is_help=True)
review_app = typer.Typer(help="Messages that need a person: list, accept, reassign, ignore.",
                         invoke_without_command=True)


def register(app: typer.Typer) -> None:
    app.add_typer(inbox_app, name="inbox")
    inbox_app.add_typer(review_app, name="review")


def _run_sources(sources, as_json: bool) -> None:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from prr.core.settings import get_settings
    from prr.replies.ingest import ingest_source

    settings = get_settings()
    conn = open_db()
    summaries = []
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} messages"),
                  TimeElapsedColumn(), console=err_console, disable=as_json, transient=True) as bar:
        for source in sources:
            task = bar.add_task(safe(source.describe()), total=None)
            summaries.append(ingest_source(conn, source, settings,
                                           progress=lambda r, t=task: bar.advance(t)))
    if as_json:
        print_json([s.to_json() for s in summaries])
    else:
        for s in summaries:
            counts = ", ".join(f"{n} {k}" for k, n in sorted(s.counts.items())) or "no messages"
            console.print(f"[bold]{safe(s.source)}[/]: {counts}", soft_wrap=True, highlight=False)
            for r in s.results:
                if r.status in ("matched", "review", "error"):
                    target = f"request {r.request_id}" if r.request_id else r.status
                    line = f"  message {r.communication_id} -> {target}: {safe(r.reason)}"
                    if r.actions:
                        line += f" \\[{safe('; '.join(r.actions))}]"
                    console.print(line, soft_wrap=True, highlight=False)
            if s.note:
                console.print(f"  [yellow]{safe(s.note)}[/]", soft_wrap=True)
    failed = [s for s in summaries if s.error]
    for s in failed:
        err_console.print(f"[bold red]error:[/] {safe(s.error)}", soft_wrap=True, highlight=False)
    review = sum(s.counts.get("review", 0) + s.counts.get("error", 0) for s in summaries)
    if review and not as_json:
        console.print(f"{review} message(s) need a look: [bold]prr inbox review[/]")
    if failed:
        err_console.print("[dim]Messages read before the failure are kept; run the command again to resume.[/]")
        raise typer.Exit(1)


@inbox_app.command("import")
def inbox_import(paths: List[Path] = typer.Argument(..., help=".eml files, .mbox files or Maildir folders."),
                 as_json: bool = typer.Option(False, "--json")) -> None:
    """Ingest replies from files: each is matched to its request, read and applied."""
    from prr.replies.sources import SourceError, source_for_path

    sources = []
    for p in paths:
        try:
            sources.append(source_for_path(p))
        except SourceError as e:
            fail(str(e), "Give .eml files, an .mbox file or a Maildir folder (with cur/ and new/).")
    _run_sources(sources, as_json)


@inbox_app.command("poll")
def inbox_poll(as_json: bool = typer.Option(False, "--json")) -> None:
    """Read new replies from the configured sources: the Maildir PRR_HOME/inbox, and IMAP
    when PRR_IMAP_URL is set (read-only, resumes from the last message read)."""
    from prr.core.settings import get_settings
    from prr.replies.sources import ImapSource, MaildirSource, SourceError

    settings = get_settings()
    sources = [MaildirSource(settings=settings)]
    if settings.imap_url:
        try:
            sources.append(ImapSource(settings=settings))
        except SourceError as e:
            fail(str(e), "Fix PRR_IMAP_URL, e.g. imaps://user:password@mail.example.org:993/INBOX")
    _run_sources(sources, as_json)


@review_app.callback()
def review_list(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """List messages waiting for review (unmatched or unreadable), with the suggested request."""
    if ctx.invoked_subcommand is not None:
        return
    import json

    from rich.table import Table

    from prr.db.replies import list_reviewable

    items = list_reviewable(open_db())
    if as_json:
        print_json(items)
        return
    if not items:
        console.print("Nothing to review.")
        return
    table = Table(title=f"{len(items)} message(s) to review")
    for col in ("id", "status", "from", "subject", "suggested", "score", "why"):
        table.add_column(col, overflow="fold")
    for it in items:
        why = it["error"] or it["match_reason"] or ""
        suggested = str(it["candidate_request_id"] or "")
        cls = json.loads(it["classification_json"] or "{}")
        if (cls.get("status") or "other") != "other" and not cls.get("apply") and it["status"] != "error":
            # the status waits for a person: show it with its evidence
            rid = it["request_id"] or it["candidate_request_id"]
            suggested = f"request {rid or '?'}: {cls.get('status')} ({float(cls.get('confidence') or 0):.2f})"
            why = f"“{cls.get('evidence') or ''}”"
        table.add_row(str(it["id"]), it["status"], safe(it["from_addr"]), safe(it["subject"]),
                      safe(suggested), f"{it['match_score'] or 0:.2f}", safe(why))
    console.print(table)
    console.print("[dim]prr inbox review accept ID [--request RID] | reassign ID RID | ignore ID | "
                  "confirm ID [--status S] | walk (one key per reply)[/]")


def _assign(comm_id: int, request_id: Optional[int], how: str) -> None:
    from prr.replies.ingest import assign

    conn = open_db()
    try:
        result = assign(conn, comm_id, request_id, how=how)
    except ValueError as e:
        fail(str(e))
    console.print(f"Message {comm_id} tied to request {result.request_id}"
                  + (f": {safe('; '.join(result.actions))}" if result.actions else "."), soft_wrap=True)


@review_app.command("accept")
def review_accept(comm_id: int = typer.Argument(..., metavar="ID"),
                  request: Optional[int] = typer.Option(None, "--request", help="Request id (default: the suggested one).")) -> None:
    """Accept a message for its suggested request (or --request RID) and apply it."""
    _assign(comm_id, request, "accepted in review")


@review_app.command("reassign")
def review_reassign(comm_id: int = typer.Argument(..., metavar="ID"),
                    request_id: int = typer.Argument(..., metavar="RID")) -> None:
    """Tie a message to another request (also one already matched) and apply it there."""
    _assign(comm_id, request_id, "reassigned in review")


@review_app.command("ignore")
def review_ignore(comm_id: int = typer.Argument(..., metavar="ID")) -> None:
    """Take a message out of the review queue without applying it (it stays stored)."""
    from prr.replies.ingest import ignore

    try:
        ignore(open_db(), comm_id)
    except ValueError as e:
        fail(str(e))
    console.print(f"Message {comm_id} ignored.")


@review_app.command("confirm")
def review_confirm(comm_id: int = typer.Argument(..., metavar="ID"),
                   status: Optional[str] = typer.Option(None, "--status",
                                                        help="Apply this status instead of the suggested one.")) -> None:
    """Apply the status suggested for a reply (or --status S) to its request."""
    from prr.replies.reply_review import confirm_status

    try:
        actions = confirm_status(open_db(), comm_id, status)
    except ValueError as e:
        fail(str(e))
    console.print(f"Message {comm_id}: {'; '.join(actions)}", soft_wrap=True)


def _one_key(click) -> str:
    """One keystroke from a terminal; from a pipe or script, the first character of a line."""
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        return click.getchar()
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line[:1] or "q"


@review_app.command("walk")
def review_walk() -> None:
    """Go through the replies whose status waits for you: y applies the suggestion, n skips,
    i ignores the reply, a digit applies another status it read, q stops."""
    import click

    from prr.replies.reply_review import confirm_status, suggestions

    conn = open_db()
    items = suggestions(conn)
    if not items:
        console.print("No reply is waiting for a status.")
        return
    for it in items:
        console.print(f"\n[bold]#{it.comm_id}[/] request {it.request_id}: {safe(it.subject)}")
        console.print(f"  suggested [bold]{it.status}[/] ({it.confidence:.2f}): “{safe(it.evidence)}”", soft_wrap=True)
        others = [s for s in it.statuses if s.get("status") != it.status]
        for n, s in enumerate(others, 1):
            console.print(f"  {n}: {s['status']} ({float(s['confidence']):.2f}): “{safe(s['evidence'])}”", soft_wrap=True)
        console.print("  [dim]y apply · n skip · i ignore · q quit" + (" · 1-9 apply that one" if others else "") + "[/]")
        key = _one_key(click)
        if key in ("q", "Q", "\x03"):
            break
        if key in ("n", "N"):
            continue
        if key in ("i", "I"):
            from prr.replies.ingest import ignore

            ignore(conn, it.comm_id)
            console.print("  ignored")
            continue
        chosen = it.status if key in ("y", "Y", "\r", "\n") else (
            others[int(key) - 1]["status"] if key.isdigit() and 0 < int(key) <= len(others) else None)
        if chosen is None:
            console.print("  skipped")
            continue
        try:
            console.print("  " + "; ".join(confirm_status(conn, it.comm_id, chosen)), soft_wrap=True)
        except ValueError as e:
            console.print(f"  [red]{safe(str(e))}[/]")
