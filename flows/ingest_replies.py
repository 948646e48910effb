"""Flow: read new replies from every configured source and apply them.

One task per source (the Maildir inbox, IMAP when PRR_IMAP_URL is set, or the paths
given): batch-sized, so Prefect's per-task overhead is paid once per source, not per
message. The IMAP URL never becomes a task parameter (it holds a password): the task
reads it from the settings itself.
"""
from __future__ import annotations

import prr.flows.runtime  # noqa: F401  (Prefect defaults before prefect is imported)

# isort: split
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner


@task(name="ingest-source", retries=1, retry_delay_seconds=30)
def ingest_from(kind: str, location: str | None = None) -> dict:
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.replies.ingest import ingest_source
    from prr.replies.sources import Source

    logger = get_run_logger()
    settings = get_settings()
    conn = connect(settings.db_path)
    try:
        source = Source.get(kind)(location, settings=settings)
        summary = ingest_source(conn, source, settings)
    finally:
        conn.close()
    logger.info("%s: %s", summary.source, summary.counts or "no new messages")
    if summary.note:
        logger.warning("%s: %s", summary.source, summary.note)
    if summary.error:
        logger.error("%s: %s", summary.source, summary.error)
    return summary.to_json()


def planned_sources(paths: list[str] | None, settings) -> list[tuple[str, str | None]]:
    if paths:
        from prr.replies.sources import source_for_path

        return [(source_for_path(p).kind, str(p)) for p in paths]
    planned: list[tuple[str, str | None]] = [("maildir", None)]
    if settings.imap_url:
        planned.append(("imap", None))
    return planned


@flow(name="ingest_replies", task_runner=ThreadPoolTaskRunner(max_workers=2), log_prints=False)
def ingest_replies(paths: list[str] | None = None) -> dict:
    """Ingest replies from PATHS, or from the configured sources (Maildir PRR_HOME/inbox,
    and IMAP when PRR_IMAP_URL is set)."""
    from prr.core.settings import get_settings

    logger = get_run_logger()
    planned = planned_sources(paths, get_settings())
    futures = [ingest_from.submit(kind, location) for kind, location in planned]
    summaries = [f.result() for f in futures]
    totals: dict[str, int] = {}
    rows = []
    for s in summaries:
        for k, n in s["counts"].items():
            totals[k] = totals.get(k, 0) + n
        for m in s["messages"]:
            if m["status"] in ("matched", "review", "error", "ignored"):
                rows.append({"source": s["source"], "message": m["communication_id"], "status": m["status"],
                             "request": m["request_id"], "reason": m["reason"][:200],
                             "applied": "; ".join(m["actions"])})
    per_source = [{"source": s["source"], **{k: s["counts"].get(k, 0) for k in
                                             ("matched", "review", "error", "ignored", "duplicate")},
                   "problem": s["error"] or s["note"] or ""} for s in summaries]
    create_table_artifact(key="ingest-replies-sources", table=per_source,
                          description="Replies read per source this run")
    if rows:
        create_table_artifact(key="ingest-replies-messages", table=rows,
                              description="New replies: matched, waiting for review, or unreadable")
    overdue = overdue_table()
    if overdue:
        create_table_artifact(key="overdue-requests", table=overdue,
                              description="Requests past their CPRA determination deadline after this run")
    logger.info("ingest_replies: %s; %d request(s) overdue", totals or "no new messages", len(overdue))
    failed = [s for s in summaries if s["error"]]
    if failed:
        # The committed messages are kept; failing the run makes the outage visible.
        raise RuntimeError("; ".join(s["error"] for s in failed))
    return {"totals": totals, "sources": per_source, "overdue": overdue}


def overdue_table() -> list[dict]:
    """Requests still overdue once the new replies are applied (a reply often ends the wait)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.deadlines.request_deadlines import overdue_requests

    settings = get_settings()
    today = dt.datetime.now(ZoneInfo(settings.timezone)).date()
    conn = connect(settings.db_path)
    try:
        return [{"request": r["id"], "city": r["city_slug"], "status": r["status"],
                 "due": d.due.isoformat() if d.due else "", "extended_due": d.extended_due.isoformat() if d.extended_due else "",
                 "days_late": (today - d.effective_due).days, "subject": (r["subject"] or "")[:100]}
                for r, d in overdue_requests(conn, today)]
    finally:
        conn.close()
