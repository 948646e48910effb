"""The case table: each reply, read by a person, and what the classifier must say about it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from prr.replies.classify import classify_text

CASES_FILE = Path(__file__).parent / "cases" / "replies.yaml"
CASES = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def _run(case: dict, corpus_replies: dict | None):
    if "corpus_id" in case:
        row = corpus_replies[case["corpus_id"]]
        return classify_text(row["text"], attachment_text=row.get("attachment_text") or "",
                             message_date=case.get("message_date"))
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


WRITTEN = [c for c in CASES if "corpus_id" not in c]
FROM_CORPUS = [c for c in CASES if "corpus_id" in c]


@pytest.mark.parametrize("case", WRITTEN, ids=[c["id"] for c in WRITTEN])
def test_written_reply(case):
    _check(case, _run(case, None))


@pytest.mark.corpus
@pytest.mark.parametrize("case", FROM_CORPUS, ids=[c["id"] for c in FROM_CORPUS])
def test_corpus_reply(case, corpus_replies):
    _check(case, _run(case, corpus_replies))


def test_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.corpus
def test_corpus_ids_exist(corpus_replies):
    missing = [c["corpus_id"] for c in FROM_CORPUS if c["corpus_id"] not in corpus_replies]
    assert not missing
