"""Contacts on the third blind set (tests/watch/blind3): the final held-out TEST set.

Nobody tuning the extractor reads these pages (see tests/watch/blind3/README.md); it was
written after the first two sets and only measures. Scored by
benchmarks/contacts_blind.py --set tests/watch/blind3 (same code). Every field is held to
the goals (P >= 0.97, R >= 0.95); a field below them is xfail with its measured figure, so
the mark comes off when the extractor gets there (xfail is not strict: an XPASS shows).
"""
from __future__ import annotations

import html
import importlib.util
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

_spec = importlib.util.spec_from_file_location(
    "contacts_blind", Path(__file__).resolve().parents[2] / "benchmarks" / "contacts_blind.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

SET = Path(__file__).resolve().parent / "blind3"
PAGES = bench.labels(SET)

# Measured with the current extractor, which was never tuned on this set (its first-run figures are in
# docs/benchmarks.md).
BELOW_GOAL = {
    "phones": "blind3 set: phones P 0.87 R 1.00 (school, college, water, transit and air districts, a JPA, a "
              "hospital, an air force base and a vendor line still kept as the city's)",
    "portal_urls": "blind3 set: portals P 1.00 R 0.90 (a GovQA request link and a police FormCenter form missed)",
    "records_contact": "blind3 set: records contact P 0.89 R 0.90 (other agencies' numbers chosen as the records "
                       "phone; nothing chosen on a police records page and on directories)",
}


@pytest.fixture(scope="module")
def blind3_scores():
    return bench.score(bench.items(blind=SET))


def _field_param(field: str):
    marks = [pytest.mark.xfail(reason=BELOW_GOAL[field], strict=False)] if field in BELOW_GOAL else []
    return pytest.param(field, marks=marks, id=field)


@pytest.mark.parametrize("field", [_field_param(f) for f in bench.FIELDS])
def test_blind3_field_meets_goals(blind3_scores, field):
    s = blind3_scores[field]
    assert s["precision"] >= bench.GOALS["precision"], s
    assert s["recall"] >= bench.GOALS["recall"], s


def _visible_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", raw)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def _cfemail(hexed: str) -> str:
    key = int(hexed[:2], 16)
    return "".join(chr(int(hexed[i:i + 2], 16) ^ key) for i in range(2, len(hexed), 2))


def _written_emails(raw: str) -> set[str]:
    """Every address a reader can get from the page: visible text (also "[at]"/"(at)" forms),
    mailto hrefs (entities and %-escapes decoded, to= and cc= of the query included) and
    Cloudflare data-cfemail values."""
    text = _visible_text(raw)
    text = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", text, flags=re.I)
    text = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", text, flags=re.I)
    found = set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text))
    for href in re.findall(r'href="mailto:([^"]*)"', raw, re.I):
        addr, _, query = unquote(html.unescape(href)).partition("?")
        found.add(addr.strip())
        found |= {v for k, v in re.findall(r"(to|cc|bcc)=([^&]+)", query, re.I)}
    found |= {_cfemail(h) for h in re.findall(r'(?:data-cfemail="|email-protection#)([0-9a-f]+)', raw)}
    return {e.lower() for e in found}


@pytest.mark.parametrize("lab", PAGES, ids=[p["file"] for p in PAGES])
def test_blind3_labels_are_on_their_page(lab):
    """Every labelled number is on the page as written, every email is on it (text, mailto or
    cfemail), every portal is an href on it, no label is also a distractor, and every records
    contact is one of the page's labelled values: a label typo would otherwise count against
    the extractor."""
    raw = (SET / lab["file"]).read_bytes().decode("utf-8", "replace")
    text = _visible_text(raw)
    for number in lab["phones"] + lab["fax"]:
        assert number in text, number
        bench.phone_key(number, lab["area_codes"])       # and it reads as one number
    emails = _written_emails(raw)
    for email in lab["emails"]:
        assert email.lower() in emails, email
    hrefs = {html.unescape(h) for h in re.findall(r'href="([^"]*)"', raw)}
    for url in lab["portal_urls"]:
        assert url in hrefs, url
    for d in lab["distractors"]:
        assert d in text or d in hrefs or d.lower() in emails or d in raw, d
    labelled = set(lab["phones"] + lab["fax"] + lab["emails"] + lab["portal_urls"])
    assert not labelled & set(lab["distractors"])
    exp = bench.expected(lab)
    assert not exp["phones"] & exp["fax"], "a number labelled both phone and fax"
    for typ, options in exp["records_contact"].items():
        pool = {"email": {("email", e) for e in exp["emails"]},
                "phone": {("phone", p) for p in exp["phones"]},
                "portal": {("portal", u) for u in exp["portal_urls"]}}[typ]
        assert options <= pool, (typ, options)


def test_blind3_labels_list_every_written_email():
    """Completeness: an address on a page is either labelled or a labelled distractor."""
    for lab in PAGES:
        raw = (SET / lab["file"]).read_bytes().decode("utf-8", "replace")
        known = {e.lower() for e in lab["emails"] + lab["distractors"]}
        assert _written_emails(raw) <= known, lab["file"]


def test_blind3_set_is_what_its_readme_says():
    files = {p["file"] for p in PAGES}
    assert len(files) == len(PAGES) == 24
    assert len({f.split("/")[0] for f in files}) == 18
    assert {str(p.relative_to(SET)) for p in SET.rglob("*.html")} == files
    cities = {f.split("/")[0] for f in files}
    for earlier in (bench.BLIND, SET.parent / "blind2"):
        seen = {p.name for p in earlier.iterdir() if p.is_dir()}
        assert not seen & cities, f"a city of {earlier.name}"
