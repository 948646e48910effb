"""Workflow: extract and index documents (text, tables, incident-log rows) in batches.

A batch is one item of the fan-out (a Prefect task run costs ~10 ms, so never one per
page or per document); each batch saves its documents in one transaction with one bulk
index update. A bad file is recorded with its status and reason, never raised.
"""
from __future__ import annotations

import logging
from collections import Counter

from prr.workflows.base import Context, Report, batches

log = logging.getLogger(__name__)

NAME = "extract-documents"
WORKERS = 2
BATCH_SIZE = 10
COLUMNS = ("document", "status", "pages", "log records", "problem")


def _extract(ctx: Context, ocr: bool):
    from prr.documents.documents import process_documents

    def extract(document_ids: list[int]) -> list[dict]:
        with ctx.connection() as conn:
            return process_documents(conn, document_ids, ocr=ocr)

    return extract


def run(ctx: Context, document_ids: list[int] | None = None, *, batch_size: int = BATCH_SIZE,
        ocr: bool = True) -> Report:
    """Extract the given documents (default: every pending or failed one) and index them."""
    from prr.db.documents import pending_document_ids

    if document_ids is None:
        document_ids = pending_document_ids(ctx.main_connection())
    groups = batches(document_ids, batch_size)
    log.info("extracting %d documents in %d batches", len(document_ids), len(groups))
    results = [r for group in ctx.fanout.map(_extract(ctx, ocr), groups, name="extract-document-batch")
               for r in group]
    by_status = dict(Counter(r["status"] for r in results))
    for r in results:
        if r["status"] != "ok":
            log.warning("document %s: %s (%s)", r["document_id"], r["status"], r["error"])
    headline = (f"{len(results)} documents extracted: "
                + (", ".join(f"{n} {s}" for s, n in sorted(by_status.items())) or "none pending") + ".")
    return Report(workflow=NAME, headline=headline, columns=COLUMNS,
                  rows=[(r["document_id"], r["status"], r["pages"], r["records"], r["error"]) for r in results],
                  more="prr docs search --help", data={"documents": len(results), "by_status": by_status,
                                                       "results": results})
