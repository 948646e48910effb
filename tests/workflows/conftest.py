"""The breach-list site and the watched-pages site of their own test folders, shared here."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def _load(folder: str):
    sys.path.insert(0, str(TESTS / folder))
    spec = importlib.util.spec_from_file_location(f"_{folder}_conftest", TESTS / folder / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


breach_site = _load("breaches").breach_site
site = _load("watch").site
