"""Incident logs from any department: every corpus log (held to the issue's goals) and
logs made here in layouts the readers were not written from."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import log_layouts
import pytest
import yaml

from prr.scrapers.incident_log import parse_datetime, parse_log
from prr.scrapers.pdf import extract_pdf

CASES = Path(__file__).parent / "cases"
CORPUS_LOGS = yaml.safe_load((CASES / "corpus_logs.yaml").read_text())["logs"]
GENERATED = yaml.safe_load((CASES / "generated_logs.yaml").read_text())["generated"]
RECALL_GOAL, COUNT_TOLERANCE = 0.95, 0.10


def _groundtruth(corpus: Path, case: dict) -> dict:
    entries = json.loads((corpus / "pdfs" / "logs" / case["agency"] / "groundtruth.json").read_text())
    return next(e for e in entries if e["file"] == case["file"])


def _same(field: str, want, rec: dict) -> bool:
    if field in ("reported_at", "occurred_at"):
        iso = parse_datetime(str(want))
        if iso is None:                      # "Unknown", "Multiple": nothing to find
            return not rec.get(field)
        return (rec.get(field) or "").startswith(iso)
    got = " // ".join(rec["offences"]) if field == "type" and rec.get("offences") else rec.get(field)
    norm = lambda v: " ".join(str(" // ".join(v) if isinstance(v, list) else v or "").lower().split())  # noqa
    return norm(want) == norm(got)


@pytest.mark.corpus
@pytest.mark.parametrize("case", CORPUS_LOGS, ids=[c["id"] for c in CORPUS_LOGS])
def test_corpus_log(corpus, case):
    truth = _groundtruth(corpus, case)
    doc = extract_pdf(corpus / "pdfs" / "logs" / case["agency"] / case["file"])
    assert doc.status == "ok"
    assert doc.records_status == case["status"], doc.records_reason
    found, true = len(doc.records), truth["record_count"]
    assert abs(found - true) <= COUNT_TOLERANCE * true, (found, true)
    if truth["case_numbers"]:
        got = Counter(r["record_no"] or r["case_no"] for r in doc.records)
        want = Counter(truth["case_numbers"])
        recall = sum(min(n, got[c]) for c, n in want.items()) / sum(want.values())
        assert recall >= RECALL_GOAL, recall
    for sample in truth["sample_records"]:
        number = sample.get("case_number")
        same_number = [r for r in doc.records if number and number in (r["record_no"], r["case_no"])]
        when = parse_datetime(str(sample.get("reported_at") or ""))
        # two series may share a number (police and fire): the one reported at the sample's time
        timed = [r for r in (same_number or doc.records) if when and (r["reported_at"] or "").startswith(when)]
        rec = (timed or same_number or [None])[0]
        if rec is None and (number or not when):
            continue            # a record the reader missed: counted by the recall and count above
        assert rec is not None, sample
        for field in case["sample_fields"]:
            key = "occurred_from" if field == "occurred_at" and "occurred_from" in sample else field
            assert _same(field, sample[key], rec), (field, sample[key], rec.get(field))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated-logs")

    def make(case: dict) -> Path:
        return log_layouts.MAKERS[case["maker"]](folder / f"{case['id']}.pdf", case["n"])
    return make


@pytest.mark.parametrize("case", GENERATED, ids=[c["id"] for c in GENERATED])
def test_generated_log(generated, case):
    if case.get("ocr") and not shutil.which("tesseract"):
        pytest.skip("tesseract is not installed")
    doc = extract_pdf(generated(case))
    assert doc.status == "ok"
    assert doc.records_status == case["status"], doc.records_reason
    assert len(doc.records) == case["records"]
    if case.get("reason"):          # records read with something left undecided, said so
        assert case["reason"] in (doc.records_reason or ""), doc.records_reason
    if case.get("ocr"):
        assert any("read by OCR" in n for n in doc.notes), doc.notes
        assert {p.method for p in doc.pages} == {"ocr"}
    for index, values in case["expect"].items():
        rec = doc.records[int(index)]
        for key, value in values.items():
            assert rec[key] == value, (index, key)


def test_text_without_records_says_so():
    letter = ("Dear Requester:\n\nThe City received your request on 04/01/2024.\nResponsive records are "
              "attached.\nSincerely,\nCity Clerk\n")
    result = parse_log([letter])
    assert result.records == [] and result.status == "no_records_recognised"
    assert result.reason


def test_without_poppler_records_stop_with_the_package_to_install(generated, tmp_path, monkeypatch):
    """The same PDF read with and without pdftotext: the same rows, or none with a clear
    status naming the package (never different rows)."""
    pdf = generated(GENERATED[1])
    with_poppler = extract_pdf(pdf)
    assert with_poppler.records_status == "records" and len(with_poppler.records) == 60
    monkeypatch.setenv("PATH", str(tmp_path))          # no pdftotext on PATH
    without = extract_pdf(pdf)
    assert without.status == "ok" and "Burglary" in without.text      # the text is still read
    assert without.records == []
    assert without.records_status == "not_read"
    assert "poppler-utils" in without.records_reason
