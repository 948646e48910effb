"""prr's flows store their parameters as Prefect does, without importing FastAPI for
plain JSON values; anything else still goes through Prefect's encoder."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

CASES = {
    "none": None,
    "slugs": ["oxnard", "ventura"],
    "tuple": ("a", 1, 2.5, True),
    "nested": {"incident": "incidents in January", "cities": ["a", "b"], "n": 3, "x": None},
    "date": dt.date(2026, 1, 31),
    "dates inside": {"start": dt.date(2026, 1, 1)},
}


def _flows():
    from prefect.flows import Flow as PrefectFlow

    from prr.flows.runtime import flow

    def fn(value=None):
        return value

    return flow(name="params-test")(fn), PrefectFlow(fn, name="params-test")


@pytest.mark.parametrize("value", CASES.values(), ids=CASES.keys())
def test_same_stored_parameters_as_prefect(value):
    ours, prefects = _flows()
    assert ours.serialize_parameters({"value": value}) == prefects.serialize_parameters({"value": value})


def test_plain_parameters_do_not_import_fastapi():
    code = ("import sys\nfrom prr.flows.watch_pages import watch_pages\n"
            "stored = watch_pages.serialize_parameters({'city_slugs': ['oxnard'], 'confirm': 'recheck', "
            "'batch_size': None})\n"
            "assert stored == {'city_slugs': ['oxnard'], 'confirm': 'recheck', 'batch_size': None}, stored\n"
            "print('fastapi.encoders' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
