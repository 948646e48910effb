"""Flow: extract and index documents in batches (a task per batch, never per page:
each Prefect task run costs ~10 ms here)."""
from __future__ import annotations

import prr.flows.runtime  # noqa: F401  (environment defaults before prefect)

# isort: split

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

BATCH_SIZE = 10


@task(name="extract-document-batch", retries=1, retry_delay_seconds=5)
def extract_batch(document_ids: list[int], db_path: str) -> list[dict]:
    """Extract a batch on its own connection (one connection per task/thread)."""
    from prr.db import connect
    from prr.documents.documents import process_documents

    conn = connect(db_path)
    try:
        return process_documents(conn, document_ids)
    finally:
        conn.close()


@flow(name="extract-documents", task_runner=ThreadPoolTaskRunner(max_workers=2))
def extract_documents(document_ids: list[int] | None = None, batch_size: int = BATCH_SIZE) -> dict:
    """Extract the given documents (default: every pending or failed one) and index them."""
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.documents import pending_document_ids

    logger = get_run_logger()
    db_path = str(get_settings().db_path)
    if document_ids is None:
        conn = connect(db_path)
        document_ids = pending_document_ids(conn)
        conn.close()
    batches = [document_ids[i:i + batch_size] for i in range(0, len(document_ids), batch_size)]
    logger.info("extracting %d documents in %d batches", len(document_ids), len(batches))
    futures = [extract_batch.submit(b, db_path) for b in batches]
    results = [r for f in futures for r in f.result()]
    by_status: dict[str, int] = {}
    for r in results:
        by_status[r["status"]] = by_status.get(r["status"], 0) + 1
    lines = ["| document | status | pages | log records | problem |", "|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['document_id']} | {r['status']} | {r['pages']} | {r['records']} | "
                     f"{(r['error'] or '').replace('|', '/')[:200]} |")
    create_markdown_artifact(
        key="extract-documents",
        markdown=(f"# Documents extracted\n\n{len(results)} documents: "
                  + ", ".join(f"{n} {s}" for s, n in sorted(by_status.items())) + "\n\n" + "\n".join(lines)),
        description="Text, tables and incident-log rows extracted from documents")
    for r in results:
        if r["status"] != "ok":
            logger.warning("document %s: %s (%s)", r["document_id"], r["status"], r["error"])
    return {"documents": len(results), "by_status": by_status, "results": results}


if __name__ == "__main__":
    extract_documents()
