"""The reply reader on two case tables: replies written for prr (every case must pass)
and our own reading of every corpus reply (per-case safety and extraction checks, and
the agency-held-out accuracy as a whole)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from prr.replies.classify import classify_text
from prr.replies.reply_reading import decide_apply

CASES = Path(__file__).parent / "cases"
WRITTEN = yaml.safe_load((CASES / "written_replies.yaml").read_text(encoding="utf-8"))["cases"]
CORPUS = yaml.safe_load((CASES / "corpus_replies.yaml").read_text(encoding="utf-8"))["cases"]


def _key(v) -> str:
    return "".join(c for c in str(v) if c.isalnum()).upper()


def _read_case(case: dict):
    """A case-table reply read as ``prr classify`` reads it (subject, date, attachment)."""
    md = case.get("message_date")
    return classify_text(case["text"] or "", subject=case.get("subject"),
                         message_date=date.fromisoformat(str(md)) if md else None,
                         has_attachment=case.get("has_attachment", False))


@pytest.mark.parametrize("case", WRITTEN, ids=[c["id"] for c in WRITTEN])
def test_written_reply(case):
    c = _read_case(case)
    assert c.status in case["statuses"], (c.status, c.statuses, c.notes)
    if "apply" in case:
        assert c.apply is case["apply"], c.apply_reason
    for status in case.get("also", []):
        assert status in {s["status"] for s in c.statuses}, c.statuses
    if "tracking" in case:
        assert c.tracking_numbers == [str(x) for x in case["tracking"]]
    for k, v in (case.get("fee") or {}).items():
        assert c.fee.get(k) == v, c.fee
    if "dates" in case:
        assert c.dates == [{"date": str(d["date"]), "role": d["role"]} for d in case["dates"]]
    if "notes_contain" in case:
        assert any(case["notes_contain"] in n for n in c.notes), c.notes
    for s in c.statuses:
        assert s["evidence"] and 0 <= s["confidence"] <= 1
    assert (c.apply, c.apply_reason) == decide_apply(c.to_json())


def test_case_ids_are_unique():
    for table in (WRITTEN, CORPUS):
        ids = [c["id"] for c in table]
        assert len(ids) == len(set(ids))


def _read(row):
    return classify_text(row["text"], attachment_text=row.get("attachment_text") or "")


@pytest.mark.corpus
@pytest.mark.parametrize("case", CORPUS, ids=[c["id"] for c in CORPUS])
def test_corpus_reply_extraction(case, corpus_replies):
    """Tracking numbers and fees exactly as read by a person."""
    c = _read(corpus_replies[case["id"]])
    assert {_key(x) for x in c.tracking_numbers} == {_key(x) for x in case.get("tracking", [])}
    for k, v in (case.get("fee") or {}).items():
        assert c.fee.get(k) == v, c.fee


@pytest.mark.corpus
def test_corpus_status_right_overall(corpus_replies):
    # The shipped sentences are not from the corpus, so every agency is held out. The
    # floor is the goal, 0.85 (the measured figure is in docs/classify.md).
    right = sum(_read(corpus_replies[c["id"]]).status in c["statuses"] for c in CORPUS)
    assert right / len(CORPUS) >= 0.85, right


@pytest.mark.corpus
def test_corpus_applied_statuses_are_right(corpus_replies):
    # The goal: a status applied without review is right at least 95% of the time.
    read = {c["id"]: _read(corpus_replies[c["id"]]) for c in CORPUS}
    applied = [c for c in CORPUS if read[c["id"]].apply]
    wrong = [(c["id"], read[c["id"]].status) for c in applied if read[c["id"]].status not in c["statuses"]]
    assert applied and 1 - len(wrong) / len(applied) >= 0.95, wrong


def _development_sets():
    """Blind reply sets whose README says ``role: development`` (a held-out set is only
    scored by benchmarks/classify_accuracy.py, never held to a floor by a test)."""
    import re

    for path in sorted(CASES.glob("blind_replies*.yaml")):
        readme = path.with_name(path.stem + ".README.md")
        if readme.exists() and re.search(r"^role:\s*development\s*$", readme.read_text(encoding="utf-8"), re.M):
            yield path


# Sets known to fall short of a goal, and why: the test fails once they meet it (strict), so
# the mark is removed then. (The fifth set's cases carry no attachment flag, and a release
# whose records are "attached" is not applied unseen without one: 8 of its replies; it
# reaches 0.70 all the same since a closure for an unpaid invoice is applied.)
_SHORT_OF_GOAL: dict[str, str] = {}


def _development_params():
    for path in _development_sets():
        why = _SHORT_OF_GOAL.get(path.stem)
        yield pytest.param(path, id=path.stem, marks=[pytest.mark.xfail(reason=why, strict=True)] if why else [])


@pytest.mark.parametrize("path", list(_development_params()))
def test_development_blind_set_meets_the_goals(path):
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    right = applied = applied_right = 0
    for case in cases:
        c = _read_case(case)
        ok = c.status in case["statuses"]
        right += ok
        applied += c.apply
        applied_right += c.apply and ok
    assert right / len(cases) >= 0.85, right
    assert applied / len(cases) >= 0.70 and applied_right / applied >= 0.95, (applied, applied_right)
