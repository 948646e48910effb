"""One real Prefect run of the follow_up flow: it sends and publishes the overdue table."""
from __future__ import annotations


def test_follow_up_flow_sends_and_publishes_artifact(conn, mail_env, smtp_sink, filed, prefect_server):
    from prefect.client.orchestration import get_client

    from prr.flows.follow_up import follow_up

    filed(received_on="2026-03-02")
    filed(received_on="2026-03-03")
    result = follow_up(today="2026-03-13")
    assert len(result["overdue"]) == 1 and result["overdue"][0]["due"] == "2026-03-12"
    assert [m["outcome"] for m in result["messages"]] == ["sent"]
    assert len(smtp_sink.received) == 1
    again = follow_up(today="2026-03-13")
    assert again["messages"] == [] and "followed up 2026-03-13" in again["skipped"][0]["reason"]
    assert len(smtp_sink.received) == 1

    import asyncio

    async def latest():
        async with get_client() as client:
            from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

            arts = await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["overdue-requests"])))
            return arts

    arts = asyncio.run(latest())
    assert arts and any("2026-03-12" in str(a.data) for a in arts)
