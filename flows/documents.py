"""Flow: extract and index documents in batches (prr.workflows.extract_documents)."""
from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from prr.flows.runtime import flow, flow_context, publish
from prr.workflows import extract_documents as workflow


@flow(name="extract-documents", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def extract_documents(document_ids: list[int] | None = None, batch_size: int = workflow.BATCH_SIZE) -> dict:
    """Extract the given documents (default: every pending or failed one) and index them."""
    with flow_context(retries=1) as ctx:
        return publish(workflow.run(ctx, document_ids, batch_size=batch_size))


if __name__ == "__main__":
    extract_documents()
