"""One real run of the watch_pages flow (Prefect server for the session)."""
from __future__ import annotations

from watchpages import clerk

from prr.db import pages as store


def test_watch_pages_flow_records_changes_and_artifacts(conn, site, prr_env, prefect_server, monkeypatch):
    monkeypatch.setenv("PRR_ALLOW_NETWORKS", "127.0.0.0/8")
    monkeypatch.setenv("PRR_PER_HOST_INTERVAL", "0")
    from prr.flows.watch_pages import watch_pages

    conn.execute("DELETE FROM pages")      # the seed registry's real pages: no network in tests
    url = site.page("/clerk", clerk())
    pid, _ = store.add_page(conn, "oxnard", url, "records")
    store.add_page(conn, "mission-viejo", site.url("/gone"), "records")
    first = watch_pages(city_slugs=["oxnard", "mission-viejo"])
    assert first["outcomes"] == {"baseline": 1, "failed": 1}      # broken needs a second day
    site.page("/clerk", clerk(email="records@oxnard.org"))
    second = watch_pages(city_slugs=["oxnard"])
    assert second["outcomes"] == {"changed": 1}
    (cid,) = second["changes"]
    change = store.get_change(conn, cid)
    assert change["new_value"] == "records@oxnard.org"

    import asyncio

    from prefect.client.orchestration import get_client

    async def keys():
        async with get_client() as client:
            arts = await client.read_artifacts()
            return {a.key for a in arts}

    found = asyncio.run(keys())
    assert "watch-pages-summary" in found
    assert f"change-{cid}-oxnard" in found
