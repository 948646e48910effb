"""Shared bits of the filing tests (case tables, default parameters)."""
from __future__ import annotations

from pathlib import Path

import yaml

INCIDENT = {"incident": "the ransomware attack disclosed on 2026-01-12", "start": "2026-01-01", "end": "2026-01-31"}


def load_cases(name: str) -> list:
    return yaml.safe_load((Path(__file__).parent / "cases" / name).read_text(encoding="utf-8"))
