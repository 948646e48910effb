"""``prr classify FILE``: read one reply (.txt or .eml) and say what the agency said."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from prr.cli.common import console, fail, print_json, safe


def register(app: typer.Typer) -> None:
    @app.command("classify")
    def classify_cmd(
        file: Optional[Path] = typer.Argument(None, help="A reply as a .txt or .eml file."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a summary."),
        message_date: Optional[str] = typer.Option(
            None, "--date", help="Date the reply was sent, YYYY-MM-DD (.txt only; .eml uses its Date header). "
                                 "'Within N days' is counted from it; default today."),
        attachment: bool = typer.Option(
            False, "--attachment", help="The reply came with an attachment (.txt only)."),
        retrain: bool = typer.Option(
            False, "--retrain", help="Refit the reader from its labelled sentences (prr/replies/rules/sentences/)."),
        corpus: Optional[Path] = typer.Option(
            None, "--corpus", help="With --retrain: also learn from the replies of this corpus folder "
                                   "(e.g. ../shared/corpus) and our reading of them."),
    ) -> None:
        """Statuses (each with the sentence that decided it), tracking numbers, dates, fees, exemptions."""
        from datetime import date

        from prr.replies.classify import classify_email, classify_text

        if retrain:
            _retrain(corpus)
            return
        if file is None:
            fail("no reply given", "Give the path of a saved reply (.txt or .eml), or --retrain.")
        if not file.exists():
            fail(f"{file} does not exist", "Give the path of a saved reply (.txt or .eml).")
        suffix = file.suffix.lower()
        if suffix not in (".txt", ".eml"):
            fail(f"{file.name}: unsupported file type {suffix or '(none)'}",
                 "Save the reply as plain text (.txt) or as a raw message (.eml).")
        notes: list[str] = []
        if suffix == ".eml":
            import email
            from email import policy

            msg = email.message_from_bytes(file.read_bytes(), policy=policy.default)
            result = classify_email(msg)
        else:
            when = date.today()
            if message_date:
                try:
                    when = date.fromisoformat(message_date)
                except ValueError:
                    fail(f"--date {message_date!r} is not a date", "Use YYYY-MM-DD, e.g. --date 2026-03-27.")
            else:
                notes.append(f"message date taken as today ({when}); pass --date to count from the real one")
            text = file.read_bytes().decode("utf-8", errors="replace")
            result = classify_text(text, message_date=when, has_attachment=attachment)
        result.notes = notes + result.notes
        data = result.to_json()
        if as_json:
            print_json(data)
            return
        _summary(data)


def _retrain(corpus_dir: Path | None) -> None:
    import time

    from prr.replies.reply_model import retrain

    start = time.perf_counter()
    with console.status("fitting the reply reader…"):
        try:
            n, path = retrain(corpus_dir=corpus_dir)
        except FileNotFoundError as e:
            fail(str(e), "Give the corpus folder (the one holding replies/replies.jsonl), or retrain without --corpus.")
    console.print(f"Fitted on {n} labelled sentences in {time.perf_counter() - start:.1f} s; saved to {path}")


def _summary(data: dict) -> None:
    console.print(f"[bold]status:[/] {data['status']}  [dim](confidence {data['confidence']}, "
                  f"{'applied without review' if data.get('apply') else 'needs review'})[/]")
    if data.get("apply_reason"):
        console.print(f"[dim]{safe(data['apply_reason'])}[/]", soft_wrap=True)
    for s in data.get("statuses") or []:
        console.print(f"[bold]reads as {s['status']}[/] ({s['confidence']}): “{safe(s['evidence'])}”",
                      soft_wrap=True)
    if data["evidence"] and not data.get("statuses"):
        console.print(f"[bold]evidence:[/] “{safe(data['evidence'])}”", soft_wrap=True)
    fee = data.get("fee") or {}
    if fee:
        parts = [f"{k} ${fee[k]:,.2f}" for k in ("total", "deposit", "balance") if k in fee]
        console.print(f"[bold]fee asked:[/] {', '.join(parts) or '-'}"
                      + ("; payment before work goes on" if fee.get("before_work") else ""))
    if data["tracking_numbers"]:
        console.print(f"[bold]tracking numbers:[/] {safe(', '.join(data['tracking_numbers']))}")
    for d in data["dates"]:
        console.print(f"[bold]date:[/] {d['date']} ({d['role']})")
    for f in data["fees"]:
        console.print(f"[bold]fee:[/] ${f['amount']:,.2f} — {safe(f['text'])}", soft_wrap=True)
    if data["exemptions"]:
        console.print(f"[bold]exemptions:[/] {', '.join(data['exemptions'])}")
    for n in data["notes"]:
        console.print(f"[yellow]note:[/] {safe(n)}", soft_wrap=True)
