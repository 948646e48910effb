"""The case table: each reply, read by a person, and what the classifier must say about it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from prr.replies.classify import classify_text

CASES_FILE = Path(__file__).parent / "cases" / "replies.yaml"
CASES = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def _run(case: dict):
    md = case.get("message_date")
    return classify_text(case["text"], subject=case.get("subject"),
                         message_date=date.fromisoformat(str(md)) if md else None,
                         has_attachment=case.get("has_attachment", False),
                         requester_refs=tuple(case.get("requester_refs", ())))


def _check(case: dict, result) -> None:
    assert result.status == case["status"], (result.status, result.evidence, result.notes)
    if "tracking_numbers" in case:
        assert result.tracking_numbers == [str(x) for x in case["tracking_numbers"]]
    if "dates" in case:
        assert result.dates == [{"date": str(d["date"]), "role": d["role"]} for d in case["dates"]]
    if "fee_amounts" in case:
        assert [f["amount"] for f in result.fees] == case["fee_amounts"]
        assert all(f["text"] for f in result.fees)
    if "exemptions" in case:
        assert result.exemptions == case["exemptions"]
    if "evidence_contains" in case:
        assert case["evidence_contains"].lower() in result.evidence.lower()
    if "notes_contain" in case:
        assert any(case["notes_contain"] in n for n in result.notes), result.notes
    if result.status != "other" or result.rule:
        assert result.evidence, "a decided status always has its evidence"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_written_reply(case):
    _check(case, _run(case))


def test_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.corpus
def test_corpus_table_covers_every_corpus_reply(corpus_replies):
    table = yaml.safe_load((CASES_FILE.parent / "corpus_replies.yaml").read_text(encoding="utf-8"))["cases"]
    assert {c["id"] for c in table} == set(corpus_replies)
