"""Contacts on the blind set (tests/watch/blind): written without reading the extractor, first
scored before any tuning, then used as a development set (the rules were fixed by cause on it).

Scored by benchmarks/contacts_blind.py (same code). Every field is held to the goals
(P >= 0.97, R >= 0.95). A field that does not reach them yet is marked xfail with its
measured figure: the threshold stays at the goal, and the xfail is strict, so once the
extractor gets there the test fails until the mark is taken off.
"""
from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "contacts_blind", Path(__file__).resolve().parents[2] / "benchmarks" / "contacts_blind.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

# First run of the extractor over the set (before any tuning on it): emails P 1.00 R 0.92,
# phones P 0.77 R 0.99, fax P 1.00 R 0.85, portals P 0.94 R 0.97, records contact P 0.84
# R 0.80. The rules were then fixed by cause on this set, so it is a development set now
# (its figures are in-sample); a field below the goals again goes here with its figure.
BELOW_GOAL: dict[str, str] = {}
PAGES = bench.labels()


@pytest.fixture(scope="module")
def blind_scores():
    return bench.score(bench.items())


def _field_param(field: str):
    marks = [pytest.mark.xfail(reason=BELOW_GOAL[field], strict=True)] if field in BELOW_GOAL else []
    return pytest.param(field, marks=marks, id=field)


@pytest.mark.parametrize("field", [_field_param(f) for f in bench.FIELDS])
def test_blind_field_meets_goals(blind_scores, field):
    s = blind_scores[field]
    assert s["precision"] >= bench.GOALS["precision"], s
    assert s["recall"] >= bench.GOALS["recall"], s


def _visible_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", raw)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))


@pytest.mark.parametrize("lab", PAGES, ids=[p["file"] for p in PAGES])
def test_blind_labels_are_on_their_page(lab):
    """Every labelled number is on the page as written, every portal is an href on it,
    every records contact is one of the page's labelled values: a label typo would
    otherwise count against the extractor."""
    raw = (bench.BLIND / lab["file"]).read_bytes().decode("utf-8", "replace")
    text = _visible_text(raw)
    for number in lab["phones"] + lab["fax"]:
        assert number in text, number
        bench.phone_key(number, lab["area_codes"])       # and it reads as one number
    hrefs = {html.unescape(h) for h in re.findall(r'href="([^"]*)"', raw)}
    for url in lab["portal_urls"]:
        assert url in hrefs, url
    exp = bench.expected(lab)
    for typ, options in exp["records_contact"].items():
        pool = {"email": {("email", e) for e in exp["emails"]},
                "phone": {("phone", p) for p in exp["phones"]},
                "portal": {("portal", u) for u in exp["portal_urls"]}}[typ]
        assert options <= pool, (typ, options)


def test_blind_set_is_what_its_readme_says():
    files = {p["file"] for p in PAGES}
    assert len(files) == len(PAGES) == 24
    assert len({f.split("/")[0] for f in files}) == 17
    assert {str(p.relative_to(bench.BLIND)) for p in bench.BLIND.rglob("*.html")} == files
    assert json.loads((bench.BLIND / "labels.json").read_text())[0]["records_contact"]
