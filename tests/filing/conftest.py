"""Fixtures for filing tests: cities added to the test registry, SMTP settings pointing
at the real local SMTP server, a local NextRequest-like portal."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

# The helper modules beside this file, whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def add_city(registry_dir, conn):
    """add_city(slug, name, channel=..., contacts=[...]) writes a registry file and loads it."""
    from prr.registry.registry import sync_registry

    def add(slug: str, name: str, *, channel: str = "outbox", contacts: list[dict] | None = None) -> str:
        data = {"slug": slug, "name": name, "county": "Test", "channel": channel,
                "contacts": contacts if contacts is not None else
                [{"kind": "records_email", "value": f"clerk@{slug}.example.gov"}]}
        (registry_dir / "ca" / f"{slug}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
        _, errors, _ = sync_registry(conn, registry_dir)
        assert not errors, errors
        return slug

    return add


@pytest.fixture
def smtp_settings(prr_env, smtp_sink, monkeypatch):
    """Settings whose PRR_SMTP_URL is the local SMTP server."""
    from prr.core.settings import get_settings

    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    return get_settings()


@pytest.fixture
def portal():
    from filing_portal import Portal

    with Portal() as p:
        yield p


@pytest.fixture
def incident_params() -> dict:
    from filing_helpers import INCIDENT

    return dict(INCIDENT)
