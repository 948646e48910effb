"""What the demo leaves behind and how it is shown: the report (steps, requests, replies,
deadlines, documents, proposed changes) read back from the database, the checks a working
pipeline must pass, and the printed rich report."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass
class Step:
    name: str
    seconds: float
    ok: bool
    summary: str
    flow_run: str | None = None          # Prefect state name


@dataclass
class DemoReport:
    home: Path
    db_path: Path
    started_on: date
    scenario_today: date | None = None
    seconds: float = 0.0
    steps: list[Step] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)     # one per request, with deadlines and replies
    documents: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    simulator: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    prefect_home: Path | None = None     # set when the demo ran its own temporary Prefect server
    prefect: str = ""                    # where the flows reported (and what the first run cost)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps) and not self.problems

    def next_steps(self) -> list[str]:
        prefect = (f"PREFECT_HOME={self.prefect_home} prefect server start   # the Prefect UI "
                   f"(http://127.0.0.1:4200) with the demo's flow runs" if self.prefect_home else
                   "prefect server start                # the Prefect UI (http://127.0.0.1:4200)")
        return [
            f"export PRR_HOME={self.home} PRR_REGISTRY={self.home / 'registry'}",
            "prr browse                          # Datasette over the demo's database",
            "prr search ransomware               # full-text search over letters, replies and PDF pages",
            "prr requests                        # statuses and due dates; prr request show ID for one",
            "prr changes                         # the proposed contact change; prr changes accept ID",
            prefect,
            "prr serve                           # every flow on its schedule, on this machine",
        ]


def _check(report: DemoReport) -> None:
    """What a working pipeline must have left behind; anything else is listed as a problem."""
    for r in report.requests:
        for c in r["communications"]:
            if c["direction"] == "in" and c["status"] != "matched":
                report.problems.append(f"a reply to request {r['id']} was not applied ({c['status']}): "
                                       f"{c['subject']}: {c['match_reason']}")
    if not report.requests:
        report.problems.append("no request was filed")
    for r in report.requests:
        if r["status"] in ("draft", "filing", "failed"):
            report.problems.append(f"request {r['id']} to {r['city_slug']} was not filed: {r['status']}")
    for d in report.documents:
        if d["status"] != "ok":
            report.problems.append(f"document {d['filename']} could not be extracted: {d['status']} {d['error'] or ''}")


# -- reading the results back --------------------------------------------------------------

def _read_back(report: DemoReport) -> None:
    import json

    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.documents import incidents_for, list_documents
    from prr.db.events import events_for
    from prr.db.pages import list_changes
    from prr.db.requests import communications_for, list_requests, tracking_numbers_for

    conn = connect(get_settings().db_path)
    try:
        for req in list_requests(conn):
            item = {k: req.get(k) for k in ("id", "city_slug", "kind", "status", "channel", "recipient", "token",
                                            "subject", "message_id", "filed_at", "received_on", "due_on",
                                            "extended_due_on", "estimated_on")}
            item["tracking_numbers"] = tracking_numbers_for(conn, req["id"])
            try:
                from prr.deadlines.request_deadlines import refresh_deadlines

                d = refresh_deadlines(conn, req["id"])
                item["deadlines"] = d.to_json() if d else None
            except Exception as e:   # deadlines are another part; report, do not stop
                item["deadlines"] = None
                report.problems.append(f"deadlines for request {req['id']}: {type(e).__name__}: {e}")
            comms = []
            for c in communications_for(conn, req["id"]):
                cls = json.loads(c["classification_json"]) if c.get("classification_json") else {}
                comms.append({"direction": c["direction"], "subject": c["subject"], "sent_at": c["sent_at"],
                              "from": c["from_addr"], "to": c["to_addr"], "status": c["status"],
                              "match_reason": c["match_reason"], "match_score": c["match_score"],
                              "classified": cls.get("status"), "evidence": cls.get("evidence")})
            item["communications"] = comms
            followup_ids = {e["detail"].get("communication_id") for e in events_for(conn, req["id"])
                            if e["kind"] == "followup_sent"}
            item["followups"] = [{"to": c["to_addr"], "subject": c["subject"], "id": c["id"]}
                                 for c in communications_for(conn, req["id"]) if c["id"] in followup_ids]
            item["followup_days"] = [e["detail"].get("on") for e in events_for(conn, req["id"])
                                     if e["kind"] == "followup_sent"]
            report.requests.append(item)
        for doc in list_documents(conn):
            rows = incidents_for(conn, doc["id"])
            report.documents.append({
                "id": doc["id"], "filename": doc["filename"], "status": doc["status"], "pages": doc["page_count"],
                "request_id": doc["request_id"], "city_slug": doc["city_slug"], "error": doc["error"],
                "incidents": len(rows),
                "sample": [{"record_no": r.get("record_no"), "type": r.get("type"),
                            "at": r.get("occurred_at") or r.get("reported_at"), "case_no": r.get("case_no"),
                            "disposition": r.get("disposition"), "location": r.get("location")} for r in rows[:3]],
            })
        _check(report)
        from prr.db.replies import count_incoming_by_status

        stray = {k: n for k, n in count_incoming_by_status(conn).items() if k not in ("matched", "duplicate")}
        if stray:
            report.problems.append(f"incoming mail not tied to a request: {stray} (see prr inbox review)")
        report.changes = [{k: c.get(k) for k in ("id", "city_slug", "kind", "field", "old_value", "new_value",
                                                 "evidence", "url", "status", "confirmations")}
                          for c in list_changes(conn, status=None)]
    finally:
        conn.close()


# -- the printed report --------------------------------------------------------------------

def _short(text: str | None, n: int = 70) -> str:
    """Whitespace collapsed, cut at ``n`` characters, escaped for rich markup."""
    from rich.markup import escape

    text = " ".join((str(text) if text is not None else "").split())
    return escape(text if len(text) <= n else text[: n - 3] + "...")


def render(report: DemoReport, console) -> None:
    """Print the report with rich, one section per stage of the pipeline."""
    for section in (_render_steps, _render_requests, _render_replies, _render_deadlines, _render_documents,
                    _render_changes, _render_end):
        section(report, console)


def _render_steps(report: DemoReport, console) -> None:
    """The flow runs, each with its time and summary."""
    from rich.markup import escape as e

    console.rule("[bold]Flow runs")
    for s in report.steps:
        mark = "[green]ok[/]" if s.ok else "[red]FAILED[/]"
        console.print(f"{mark} {s.seconds:5.1f}s  {e(s.name)}"
                      + (f"  [dim](Prefect: {e(s.flow_run)})[/]" if s.flow_run else ""))
        colour = "dim" if s.ok else "red"
        console.print(f"          [{colour}]{_short(s.summary, 200)}[/]", highlight=False)


def _render_requests(report: DemoReport, console) -> None:
    """Each request: how it was filed, its token and tracking numbers."""
    from rich.markup import escape as e

    console.rule("[bold]Requests filed, and how")
    for r in report.requests:
        numbers = ", ".join(r["tracking_numbers"]) or "none yet"
        how = (f"by email to {r['recipient']}" if r["channel"] == "smtp" else
               f"through the portal {r['recipient']}" if r["channel"] == "nextrequest" else
               f"via {r['channel']} to {r['recipient']}")
        console.print(f"[bold]#{r['id']} {e(r['city_slug'])}[/] {e(r['kind'])}, filed {e(how)}", highlight=False)
        console.print(f"    token {e(r['token'] or '-')}; tracking numbers: {e(numbers)}; "
                      f"status now [bold]{e(r['status'])}[/]", highlight=False)


def _render_replies(report: DemoReport, console) -> None:
    """Each incoming reply: what it was read as, and why it was matched."""
    from rich.markup import escape as e

    console.rule("[bold]Replies matched, and why")
    for r in report.requests:
        for c in r["communications"]:
            if c["direction"] != "in":
                continue
            console.print(f"[bold]{e(r['city_slug'])}[/] {e((c['sent_at'] or '')[:10])} "
                          f"[green]{e(c['classified'] or c['status'])}[/]: {_short(c['subject'], 80)}")
            console.print(f"    matched: {_short(c['match_reason'], 160)}", highlight=False)
            if c["evidence"]:
                console.print(f"    because: \"{_short(c['evidence'], 160)}\"", highlight=False)


def _render_deadlines(report: DemoReport, console) -> None:
    """Each request's status, CPRA deadlines and follow-ups."""
    from rich.markup import escape as e

    console.rule("[bold]Status and CPRA deadlines")
    for r in report.requests:
        d = r.get("deadlines") or {}
        due = d.get("due") or "-"
        ext = f", extended to {d['extended_due']}" if d.get("extended_due") else ""
        console.print(f"[bold]#{r['id']} {e(r['city_slug'])}[/]: {e(r['status'])}; "
                      f"determination due {e(due)}{e(ext)}")
        for line in d.get("explanation", []):
            console.print(f"    {e(line)}", highlight=False)
        for c, on in zip(r.get("followups", []), r.get("followup_days", [])):
            console.print(f"    [yellow]follow-up sent on {e(str(on))}[/] to {e(c['to'] or '')}: "
                          f"{_short(c['subject'], 60)}", highlight=False)
    if report.scenario_today:
        console.print(f"[dim]Follow-up ran with the scenario date {report.scenario_today} "
                      f"(the agency dates its replies on the scenario calendar).[/]")


def _render_documents(report: DemoReport, console) -> None:
    """Stored documents with a sample of their incident rows."""
    from rich.markup import escape as e

    console.rule("[bold]Documents and incident rows")
    if not report.documents:
        console.print("[yellow]no documents stored[/]")
    for doc in report.documents:
        console.print(f"{e(doc['filename'] or '')}: {e(doc['status'])}, {doc['pages'] or 0} page(s), "
                      f"{doc['incidents']} incident row(s)" + (f" - {e(doc['error'])}" if doc["error"] else ""))
        for row in doc["sample"]:
            console.print("    " + " | ".join(e(str(row.get(k) or "-")) for k in
                                              ("record_no", "type", "at", "case_no", "disposition", "location")),
                          highlight=False)
        if doc["incidents"] > len(doc["sample"]):
            console.print(f"    ... and {doc['incidents'] - len(doc['sample'])} more", highlight=False)


def _render_changes(report: DemoReport, console) -> None:
    """Proposed changes to the city pages' contacts."""
    from rich.markup import escape as e

    console.rule("[bold]City pages: changes detected and proposed")
    shown = [c for c in report.changes if c["status"] in ("pending", "unconfirmed")]
    if not shown:
        console.print("[yellow]no change proposed[/]")
    for c in shown:
        console.print(f"#{c['id']} {e(c['city_slug'])} {e(c['kind'])} {e(c['field'] or '')}: "
                      f"{_short(c['old_value'] or '-', 60)} -> {_short(c['new_value'] or '-', 60)} "
                      f"({e(c['status'])})", highlight=False)
        console.print(f"    evidence: {_short(c['evidence'], 100)}  at {e(c['url'] or '')}", highlight=False)


def _render_end(report: DemoReport, console) -> None:
    """Problems, what to run next, where the data stays."""
    from rich.markup import escape as e

    if report.problems:
        console.rule("[bold red]Problems")
        for p in report.problems:
            console.print(f"[red]- {e(p)}[/]")
    console.rule("[bold]What to run next")
    for line in report.next_steps():
        console.print(f"  {e(line)}", highlight=False, soft_wrap=True)
    status = "[green]completed[/]" if report.ok else "[yellow]completed with problems (above)[/]"
    console.print(f"\nDemo {status} in {report.seconds:.1f} s. Its data stays in {e(str(report.home))}.")
    if report.prefect:
        console.print(f"[dim]Flows reported to {e(report.prefect)}.[/]", highlight=False)
