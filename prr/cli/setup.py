"""``prr setup`` (requester profile and mail servers) and ``prr doctor`` (is it ready?)."""
from __future__ import annotations

from typing import Optional

import typer

from prr.cli.common import console, err_console, fail, open_db, print_json, safe

PROMPTS = {
    "name": "Your name (letters are signed with it)",
    "email": "Your email address (agencies reply to it)",
    "phone": "Your phone number (optional)",
    "address": "Your postal address, one line (optional)",
    "organisation": "Organisation (optional)",
    "smtp_url": "SMTP server to send letters, e.g. smtp://you@mail.example.org:587 (optional; empty = outbox)",
    "imap_url": "IMAP mailbox to read replies, e.g. imaps://you@imap.example.org/INBOX (optional)",
}


def register(app: typer.Typer) -> None:
    app.command("setup")(setup)
    app.command("doctor")(doctor)


def _current(settings) -> dict:
    p = settings.profile
    from prr.core.settings import PLACEHOLDER_EMAIL, PLACEHOLDER_NAME, reveal

    cur = {"name": "" if p.name == PLACEHOLDER_NAME else p.name,
           "email": "" if p.email == PLACEHOLDER_EMAIL else p.email,
           "phone": p.phone, "address": p.address, "organisation": p.organisation}
    from prr.core.validate import without_password

    for key, url in (("smtp_url", settings.smtp_url), ("imap_url", settings.imap_url)):
        cur[key] = without_password(reveal(url))[0] if url else ""
    return cur


def _ask(key: str, default: str) -> str:
    from prr.core.setup_home import check_value

    while True:
        value = typer.prompt(PROMPTS[key], default=default or "", show_default=bool(default))
        try:
            return check_value(key, value)
        except ValueError as e:
            err_console.print(f"[red]{safe(str(e))}[/]")


def setup(
    name: Optional[str] = typer.Option(None, "--name", help="Your name, as letters are signed."),
    email: Optional[str] = typer.Option(None, "--email", help="Your email address; replies go to it."),
    phone: Optional[str] = typer.Option(None, "--phone", help="Your phone number."),
    address: Optional[str] = typer.Option(None, "--address", help="Your postal address (one line)."),
    organisation: Optional[str] = typer.Option(None, "--organisation", "--org", help="Organisation, if any."),
    smtp_url: Optional[str] = typer.Option(None, "--smtp-url", help="smtp(s)://user@host:port (the password is "
                                           "not written: use PRR_SMTP_PASSWORD)."),
    imap_url: Optional[str] = typer.Option(None, "--imap-url", help="imap(s)://user@host/INBOX."),
    reply_to: Optional[str] = typer.Option(None, "--reply-to", help="Plus address with {token}, "
                                           "e.g. requests+{token}@example.org."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Ask nothing: use the flags and the current values."),
) -> None:
    """Write your requester profile and mail servers to the settings file in the prr home."""
    from prr.core.settings import get_settings
    from prr.core.setup_home import check_value, write_settings

    settings = get_settings()
    current = _current(settings)
    given = {"name": name, "email": email, "phone": phone, "address": address, "organisation": organisation,
             "smtp_url": smtp_url, "imap_url": imap_url, "reply_to": reply_to}
    values: dict = {}
    console.print(f"prr home: [bold]{safe(str(settings.home))}[/] ({safe(settings.home_source)})")
    for key, value in given.items():
        if value is not None:
            try:
                values[key] = check_value(key, value)
            except ValueError as e:
                fail(str(e), f"Fix --{key.replace('_', '-')} and run `prr setup` again.")
        elif not yes and key in PROMPTS:
            values[key] = _ask(key, current.get(key, ""))
    for key in ("name", "email"):
        if not (values.get(key) or current.get(key)):
            fail(f"no requester {key}: letters need a real name and email address",
                 f"Pass --{key} (with --yes) or run `prr setup` without --yes to be asked.")
    result = write_settings(settings.home, {k: v for k, v in values.items() if v or k not in ("name", "email")})
    conn = open_db()     # created, migrated and loaded on first use
    conn.close()
    fresh = get_settings()
    console.print(f"Wrote [bold]{safe(str(result.settings_file))}[/]. Letters will be signed "
                  f"{safe(fresh.profile.name)} <{safe(fresh.profile.email)}>.", soft_wrap=True)
    for note in result.notes:
        console.print(f"[yellow]note:[/] {safe(note)}", soft_wrap=True)
    console.print("Next: `prr doctor` checks the mail servers and tools; `prr request new --preview` shows a letter.")


def doctor(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Check the home, database, registry, profile, mail servers and tools; say what to fix."""
    from prr.workflows.doctor import run_checks

    checks = run_checks()
    broken = [c for c in checks if c.status == "fail"]
    if as_json:
        print_json({"ok": not broken, "checks": [c.to_json() for c in checks]})
    else:
        colour = {"ok": "green", "warn": "yellow", "fail": "red"}
        for c in checks:
            console.print(f"[{colour[c.status]}]{c.status:<4}[/] [bold]{safe(c.name)}[/]: {safe(c.detail)}",
                          soft_wrap=True, highlight=False)
            if c.fix and c.status != "ok":
                console.print(f"       [dim]{safe(c.fix)}[/]", soft_wrap=True, highlight=False)
        console.print(f"{len(broken)} problem(s) to fix." if broken else "Ready: nothing needed is missing.")
    if broken:
        raise typer.Exit(1)
