"""Flow: read new replies and apply them (prr.workflows.ingest_replies)."""
from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from prr.flows.runtime import flow, flow_context, publish
from prr.workflows import ingest_replies as workflow


@flow(name="ingest-replies", task_runner=ThreadPoolTaskRunner(max_workers=workflow.WORKERS))
def ingest_replies(paths: list[str] | None = None) -> dict:
    """Ingest replies from PATHS, or from the configured sources (Maildir PRR_HOME/inbox,
    and IMAP when PRR_IMAP_URL is set)."""
    # Retried once: a source resumes after its last committed message, so nothing doubles.
    with flow_context(retries=1) as ctx:
        return publish(workflow.run(ctx, paths))


if __name__ == "__main__":
    ingest_replies()
