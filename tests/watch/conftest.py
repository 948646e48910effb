"""Fixtures for page watching: a real local web server (see watchsite.py) and a polite
fetcher that is allowed to reach loopback (and nothing else private)."""
from __future__ import annotations

import pytest
from watchsite import Route, Site  # noqa: F401


@pytest.fixture
def site():
    with Site() as s:
        yield s


@pytest.fixture
def fetcher(prr_env):
    from prr.scrapers.fetch import PoliteFetcher

    f = PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], interval=0.0, max_retry_after=3.0)
    yield f
    f.close()
