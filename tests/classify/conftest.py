"""Fixtures for reading replies: the case table and the corpus replies by id."""
from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="session")
def corpus_replies(corpus) -> dict[str, dict]:
    path = corpus / "replies" / "replies.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}
