"""The deadline case table (cases/deadlines.yaml) against prr.deadlines.deadlines.due_dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from prr.deadlines.deadlines import due_dates

HERE = Path(__file__).parent
REPO = HERE.parent.parent
CASES = yaml.safe_load((HERE / "cases" / "deadlines.yaml").read_text())


def office_of(case: dict) -> dict | None:
    if "city" in case:
        return yaml.safe_load((REPO / "registry" / "ca" / f"{case['city']}.yaml").read_text())["office"]
    return case.get("office")


def received_of(case: dict):
    value = case["received"]
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    return str(value)


def compute(case: dict):
    ext = case.get("extension") or {}
    return due_dates(
        received_of(case), office_of(case),
        extension_notice_on=ext.get("notice_on"),
        extension_reason_text=ext.get("reason"),
        extension_days=ext.get("days", 14),
        extended_to=ext.get("extended_to"),
        more_extension_notices=tuple(case.get("more_extension_notices") or ()),
        pauses=tuple(tuple(p) for p in case.get("pauses") or ()),
        estimated_on=case.get("estimated_on"),
    )


def test_table_is_big_enough_and_ids_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) >= 30
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_deadline_case(case):
    result = compute(case)
    got = result.to_json()
    got.setdefault("extended_due", None)
    got.setdefault("estimated", None)
    got.setdefault("paused_days", 0)
    got.setdefault("paused_since", None)
    got.setdefault("extension_reason", None)
    for key, want in case["expect"].items():
        want = want.isoformat() if isinstance(want, dt.date) else want
        assert got[key] == want, f"{key}: {got[key]} != {want}\n" + "\n".join(result.explanation)
    text = "\n".join(result.explanation)
    for piece in case.get("explanation_has", ()):
        assert piece in text, f"{piece!r} not in explanation:\n{text}"
    if "explanation" in case:
        assert result.explanation == case["explanation"]


def test_every_date_in_explanation_has_its_weekday():
    """Dates are always shown as 'Fri 2026-03-27' so a reader can check them on a calendar."""
    import re

    for case in CASES:
        for line in compute(case).explanation:
            for m in re.finditer(r"(\w{3}) (\d{4}-\d{2}-\d{2})\b", line):
                day = dt.date.fromisoformat(m.group(2))
                if m.group(1) in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
                    assert day.strftime("%a") == m.group(1), line
