"""docs extract/import, search and browse."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from prr.cli.common import check_slugs, console, err_console, fail, open_db, plain, print_json, safe

docs_app = typer.Typer(help="Documents agencies sent back: extract text, tables and log rows; import.",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    from prr.cli.incidents import incidents_cmd

    app.add_typer(docs_app, name="docs")
    app.command("incidents")(incidents_cmd)
    app.command("search")(search_cmd)
    app.command("browse")(browse)


@docs_app.command("extract")
def extract(file: Optional[Path] = typer.Argument(None, help="A PDF file; without one, every document "
                                                            "waiting in the store (e.g. reply attachments)."),
            as_json: bool = typer.Option(False, "--json", help="Print the full extraction as JSON."),
            no_ocr: bool = typer.Option(False, "--no-ocr", help="Skip OCR of pages without a text layer.")) -> None:
    """Extract text (text layer or OCR), tables and incident-log records from a PDF (nothing is
    stored); with no file, extract and index the stored documents still pending."""
    from prr.scrapers.pdf.isolated import extract_pdf_limited

    if file is None:
        _extract_pending(as_json, not no_ocr)
        return
    if not file.exists():
        fail(f"{file} does not exist", "Check the path.")
    with err_console.status("reading (in a child process with CPU, memory and page limits)") as status:
        doc = extract_pdf_limited(file, ocr=not no_ocr,
                                  progress=lambda message: status.update(f"{safe(file.name)}: {safe(message)}"))
    if as_json:
        print_json(doc.to_json())
    else:
        _summary(file, doc)
    if doc.status != "ok":
        raise typer.Exit(1)


def _extract_pending(as_json: bool, ocr: bool) -> None:
    """Reply ingestion queues attachments; this reads them (as the extract-documents flow does)."""
    from rich.progress import Progress

    from prr.db.documents import pending_document_ids
    from prr.documents.documents import process_documents

    conn = open_db()
    ids = pending_document_ids(conn)
    results = []
    with Progress(console=err_console, transient=True, disable=as_json) as progress:
        task = progress.add_task("Extracting", total=len(ids))
        for doc_id in ids:
            results += process_documents(conn, [doc_id], ocr=ocr)
            progress.advance(task)
    if as_json:
        print_json(results)
        return
    for r in results:
        console.print(f"document {r['document_id']}: {r['status']}"
                      + (f" ({safe(str(r.get('error')))})" if r.get("error") else ""), highlight=False)
    console.print(f"{len(results)} pending document(s) extracted.")


def _summary(file: Path, doc) -> None:
    from rich.table import Table

    if doc.status != "ok":
        err_console.print(f"[bold red]{safe(file.name)}: {doc.status}[/] — {safe(doc.error)}", soft_wrap=True, highlight=False)
        return
    methods = {}
    for p in doc.pages:
        methods[p.method] = methods.get(p.method, 0) + 1
    tables = sum(len(p.tables) for p in doc.pages)
    console.print(f"[bold]{safe(file.name)}[/]: {len(doc.pages)} pages ("
                  + ", ".join(f"{n} {m}" for m, n in methods.items())
                  + f"), {tables} tables, {len(doc.records)} log records ({doc.records_status})")
    if doc.records_reason:
        console.print(f"[yellow]records:[/] {safe(doc.records_reason)}", soft_wrap=True, highlight=False)
    for note in doc.notes:
        console.print(f"[yellow]note:[/] {safe(note)}", soft_wrap=True, highlight=False)
    if doc.records:
        table = Table(title=f"first {min(10, len(doc.records))} of {len(doc.records)} records")
        for col in ("record_no", "type", "reported_at", "disposition", "location"):
            table.add_column(col)
        for r in doc.records[:10]:
            table.add_row(*(safe(r.get(c)) for c in ("record_no", "type", "reported_at", "disposition",
                                                         "location")))
        console.print(table)
    else:
        first = next((p.text for p in doc.pages if p.text.strip()), "")
        console.print(plain(first[:1200]), highlight=False, markup=False)


@docs_app.command("process")
def process_cmd(ids: Optional[List[int]] = typer.Argument(None, help="Document ids (default: every pending or "
                                                                    "failed document)."),
                no_ocr: bool = typer.Option(False, "--no-ocr", help="Skip OCR of pages without a text layer."),
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Extract and index stored documents (what the extract-documents flow does on a schedule)."""
    from prr.cli.common import cli_context, print_report
    from prr.workflows import extract_documents as workflow

    with cli_context(open_db(), workflow.WORKERS) as ctx:
        report = workflow.run(ctx, list(ids) if ids else None, ocr=not no_ocr)
    print_report(report, as_json)
    if report.data["by_status"].keys() - {"ok"}:
        raise typer.Exit(1)


@docs_app.command("import")
def import_cmd(paths: List[Path] = typer.Argument(..., help="PDF files or folders of PDFs."),
               request: Optional[int] = typer.Option(None, "--request", help="Tie the documents to this request id."),
               city: Optional[str] = typer.Option(None, "--city", help="The city the documents came from "
                                                  "(default: the request's city).")
               ) -> None:
    """Add PDFs that arrived outside email (portal downloads), extract and index them."""
    from rich.progress import Progress, TimeElapsedColumn

    from prr.db.requests import get_request
    from prr.documents.documents import add_document, expand_paths, process_document

    conn = open_db()
    req = get_request(conn, request) if request is not None else None
    if request is not None and req is None:
        fail(f"no request {request}", "List requests with `prr requests` and pass an existing id.")
    check_slugs(conn, city)
    if req is not None and city and req["city_slug"] != city:
        fail(f"request {request} is to {req['city_slug']}, not {city}", "Leave out --city, or give the right request.")
    city = city or (req["city_slug"] if req is not None else None)
    files = expand_paths(paths)
    missing = [p for p in files if not p.exists()]
    for p in missing:
        err_console.print(f"[red]missing:[/] {safe(p)}")
    files = [p for p in files if p.exists()]
    if not files:
        fail("nothing to import", "Give PDF files or folders that contain PDFs.")
    results = []
    columns = (*Progress.get_default_columns(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        bar = progress.add_task("extracting", total=len(files))
        for p in files:
            def stage(message: str, name: str = p.name) -> None:
                progress.update(bar, description=f"{safe(name)}: {safe(message)}")

            doc_id = add_document(conn, p, filename=p.name, request_id=request, city_slug=city)
            results.append((p, process_document(conn, doc_id, progress=stage)))
            progress.advance(bar)
    bad = 0
    for p, r in results:
        if r["status"] == "ok":
            records = {"records": f"{r['records']} log records", "empty_log": "an empty log (no incidents listed)",
                       "no_records_recognised": "no log records recognised"}.get(r.get("records_status"),
                                                                                  f"{r['records']} log records")
            why = f" ({safe(r['records_reason'])})" if r.get("records_reason") and r["records"] == 0 else ""
            console.print(f"[green]ok[/] {safe(p.name)}: document {r['document_id']}, {r['pages']} pages, "
                          f"{records}{why}", highlight=False)
        else:
            bad += 1
            console.print(f"[red]{r['status']}[/] {safe(p.name)}: document {r['document_id']}: {safe(r['error'])}",
                          soft_wrap=True, highlight=False)
    if bad:
        console.print(f"[yellow]{bad} of {len(results)} could not be read; they are recorded with their reason. "
                      "Fix the file (or install the missing tool) and import it again.[/]")
    if bad or missing:
        raise typer.Exit(1)


def search_cmd(query: str = typer.Argument(..., help='FTS5 query, e.g. trespass* or "case number"'),
               city: Optional[str] = typer.Option(None, "--city", help="City slug."),
               kind: Optional[str] = typer.Option(None, "--kind", help="letter, reply or document."),
               since: Optional[str] = typer.Option(None, "--since", help="Only items from this date (YYYY-MM-DD)."),
               limit: int = typer.Option(20, "--limit"),
               as_json: bool = typer.Option(False, "--json")) -> None:
    """Search letters, replies and document pages; best matches first (bm25; when a word is
    very common, among its newest 100 matches of each kind), with the number of matches."""
    from rich.text import Text

    from prr.documents.search import MARK_END, MARK_START, SearchQueryError, search_and_count

    conn = open_db()
    check_slugs(conn, city)
    try:
        hits, total = search_and_count(conn, query, city=city, kind=kind, since=since, limit=limit,
                                       count=not as_json)
    except SearchQueryError as e:
        fail(str(e))
    if as_json:
        print_json([h.to_json() for h in hits])
        return
    if not hits:
        console.print(f"No results for {safe(repr(query))}.", highlight=False)
        return
    for i, h in enumerate(hits, start=1):
        where = [h.kind]
        if h.document_id:
            where.append(f"document {h.document_id} page {h.page}")
        if h.communication_id and h.kind == "reply":
            where.append(f"reply {h.communication_id}")
        where.append(f"request {h.request_id}" if h.request_id else "no request")
        if h.city_slug:
            where.append(h.city_slug)
        head = Text(f"{i:>2}. ", style="bold")
        head.append(plain(h.title), style="bold")
        head.append(plain(f"  ({', '.join(where)}; {h.at or ''})"), style="dim")
        console.print(head)
        snippet = Text("    ")
        for k, part in enumerate(h.snippet.replace(MARK_END, MARK_START).split(MARK_START)):
            snippet.append(plain(part), style="bold yellow" if k % 2 else "")
        console.print(snippet)
    console.print(f"{len(hits)} shown of {total} matches.", style="dim", highlight=False)


def browse(port: int = typer.Option(8001, "--port"), host: str = typer.Option("127.0.0.1", "--host"),
           open_browser: bool = typer.Option(False, "--open", help="Open a browser window.")) -> None:
    """Browse the database in Datasette (search, facets, canned queries)."""
    import os
    import subprocess
    import sys

    from prr.core.settings import get_settings

    settings = get_settings()
    open_db().close()   # create/migrate first so the FTS tables exist
    from prr.documents.browse import metadata_for

    metadata = metadata_for(settings.db_path)
    cmd = [sys.executable, "-m", "datasette", "serve", str(settings.db_path), "--metadata", str(metadata),
           "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "5000"]
    if open_browser:
        cmd.append("--open")
    console.print(f"Datasette on http://{host}:{port}/ (Ctrl-C to stop)")
    if hasattr(os, "execv"):
        # Become Datasette rather than wait for it: a SIGTERM to this process then reaches
        # the server itself, and no child is left running when prr is stopped.
        sys.stdout.flush()
        sys.stderr.flush()
        os.execv(sys.executable, cmd)
    try:
        raise typer.Exit(subprocess.call(cmd))
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
