"""Workflow: read new replies from every polled source (or the paths given) and apply them.

Each source is one item of the fan-out: batch-sized, so a Prefect task is paid once per
source, not per message. An item gets the source's kind and location, never a URL with
a password: the source reads its credentials from the settings itself.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from zoneinfo import ZoneInfo

from prr.workflows.base import Context, Report

log = logging.getLogger(__name__)

NAME = "ingest-replies"
WORKERS = 2
COLUMNS = ("source", "message", "status", "request", "reason", "applied")
SOURCE_COLUMNS = ("source", "matched", "review", "error", "ignored", "duplicate", "problem")
OVERDUE_COLUMNS = ("request", "city", "status", "due", "extended due", "days late", "subject")


def planned(ctx: Context, paths: list[str] | None) -> list[tuple[str, str | None]]:
    """(kind, location) of each source to read: the paths given, else every source the
    settings turn on (location None: the source's default)."""
    from prr.replies.sources import polled_sources, source_for_path

    if paths:
        return [(source_for_path(p).kind, str(p)) for p in paths]
    return [(kind, None) for kind in polled_sources(ctx.settings)]


def _ingest(ctx: Context, progress):
    from prr.replies.ingest import IngestSummary, ingest_source
    from prr.replies.sources import Source, SourceError

    def ingest(item: tuple[str, str | None]) -> dict:
        kind, location = item
        try:
            source = Source.get(kind)(location, settings=ctx.settings)
        except SourceError as e:
            summary = IngestSummary(f"{kind}:{location or 'default'}", error=str(e))
            return summary.to_json()
        with ctx.connection() as conn:
            summary = ingest_source(conn, source, ctx.settings, progress=progress)
        log.info("%s: %s", summary.source, summary.counts or "no new messages")
        if summary.note:
            log.warning("%s: %s", summary.source, summary.note)
        if summary.error:
            log.error("%s: %s", summary.source, summary.error)
        return summary.to_json()

    return ingest


def overdue(ctx: Context) -> list[dict]:
    """Requests still overdue once the new replies are applied (a reply often ends the wait)."""
    from prr.deadlines.request_deadlines import overdue_requests

    today = dt.datetime.now(ZoneInfo(ctx.settings.timezone)).date()
    return [{"request": r["id"], "city": r["city_slug"], "status": r["status"],
             "due": d.due.isoformat() if d.due else "",
             "extended_due": d.extended_due.isoformat() if d.extended_due else "",
             "days_late": (today - d.effective_due).days, "subject": (r["subject"] or "")[:100]}
            for r, d in overdue_requests(ctx.main_connection(), today)]


def run(ctx: Context, paths: list[str] | None = None, *, progress=None) -> Report:
    """Ingest replies from ``paths``, or from the polled sources (the Maildir PRR_HOME/inbox;
    IMAP when PRR_IMAP_URL is set)."""
    summaries = ctx.fanout.map(_ingest(ctx, progress), planned(ctx, paths), name="ingest-source")
    totals: Counter = Counter()
    rows = []
    for s in summaries:
        totals.update(s["counts"])
        rows += [(s["source"], m["communication_id"], m["status"], m["request_id"], m["reason"],
                  "; ".join(m["actions"])) for m in s["messages"] if m["status"] in ("matched", "review", "error", "ignored")]
    per_source = [{"source": s["source"], **{k: s["counts"].get(k, 0) for k in SOURCE_COLUMNS[1:-1]},
                   "problem": s["error"] or s["note"] or ""} for s in summaries]
    late = overdue(ctx)
    errors = [s["error"] for s in summaries if s["error"]]
    headline = (f"{len(summaries)} source(s): "
                + (", ".join(f"{n} {k}" for k, n in sorted(totals.items())) or "no new messages")
                + f"; {len(late)} request(s) overdue.")
    log.info(headline)
    return Report(
        workflow=NAME, headline=headline, columns=COLUMNS, rows=rows, problems=errors, more="prr inbox review",
        sections=[("Sources", SOURCE_COLUMNS, [tuple(p.values()) for p in per_source]),
                  ("Overdue requests", OVERDUE_COLUMNS, [tuple(o.values()) for o in late])],
        # The committed messages are kept; a failed source fails the run so the outage shows.
        failed=bool(errors),
        data={"totals": dict(totals), "sources": per_source, "overdue": late, "summaries": summaries})
