"""prr incidents: the incident-log rows found in documents, filtered, shown or exported."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from prr.cli.common import console, fail, open_db

EXPORT_COLUMNS = ("id", "city_slug", "request_id", "document_id", "filename", "page_number", "record_no", "case_no",
                  "type", "reported_at", "occurred_at", "occurred_to", "location", "disposition", "summary")


def incidents_cmd(city: Optional[str] = typer.Option(None, "--city", help="City slug."),
                  request: Optional[int] = typer.Option(None, "--request", help="Request id."),
                  type_: Optional[str] = typer.Option(None, "--type", help="Type/offence contains this text."),
                  since: Optional[str] = typer.Option(None, "--since", help="Reported on or after (YYYY-MM-DD)."),
                  until: Optional[str] = typer.Option(None, "--until", help="Reported on or before (YYYY-MM-DD)."),
                  text: Optional[str] = typer.Option(None, "--text", help="Any text field contains this."),
                  limit: Optional[int] = typer.Option(None, "--limit", help="At most this many rows."),
                  export: Optional[str] = typer.Option(None, "--export", help="csv or json (to stdout or --out)."),
                  out: Optional[Path] = typer.Option(None, "--out", help="Write the export to this file.")) -> None:
    """List incident-log rows found in documents (newest first), or export them as CSV/JSON."""
    from prr.db.documents import find_incidents

    if export not in (None, "csv", "json"):
        fail(f"unknown export format {export!r}", "Use --export csv or --export json.")
    for name, value in (("--since", since), ("--until", until)):
        if value and not _is_date(value):
            fail(f"{name} {value!r} is not a date", "Give it as YYYY-MM-DD.")
    rows = find_incidents(open_db(), city=city, request_id=request, type_=type_, since=since, until=until,
                          text=text, limit=limit)
    if export:
        data = _csv(rows) if export == "csv" else json.dumps(
            [{**{c: r.get(c) for c in EXPORT_COLUMNS}, "fields": json.loads(r.get("fields_json") or "{}")}
             for r in rows], indent=2, ensure_ascii=False) + "\n"
        if out:
            out.write_text(data, encoding="utf-8")
            console.print(f"{len(rows)} incidents written to {escape(str(out))}", highlight=False)
        else:
            sys.stdout.write(data)
        return
    _table(rows)


def _is_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
        return True
    except ValueError:
        return False


def _csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _table(rows: list[dict]) -> None:
    from rich.table import Table

    if not rows:
        console.print("No incidents match. Import logs with `prr docs import` or widen the filters.")
        return
    table = Table(title=f"{len(rows)} incidents")
    for col in ("city", "number", "type", "reported", "location", "disposition"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(*(escape(str(v or "")) for v in (r["city_slug"], r["record_no"] or r["case_no"], r["type"],
                                                         r["reported_at"] or r["occurred_at"], r["location"],
                                                         r["disposition"])))
    console.print(table)
