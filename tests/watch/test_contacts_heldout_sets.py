"""Contacts on the second to twentieth blind sets (tests/watch/blind2 ... blind20).

All were written and labelled without reading the extractor (see each set's README).
blind2 was first run untuned (phones P 0.81, fax R 0.74, portals P 0.81, records contact
P 0.89 R 0.88: see docs/watch.md), then the rules were fixed by cause on it, so its figures
are in-sample. blind3 was the held-out test set until its held-out run (emails P 0.98,
phones P 0.87, portals R 0.90, records contact P 0.89 R 0.90); the rules were then fixed
by cause on it, so its figures are in-sample now too. blind4 was the held-out test set
until its held-out run (emails P 0.93 R 0.98, phones P 0.94 R 0.97, fax R 0.96, portals
P 0.97 R 0.93, records contact P 0.90 R 0.92); its misses were then read and fixed by cause
(after four labels were made consistent with the other sets, see its README), so blind4
is in-sample now as well. blind5 was the held-out test set until its held-out run (emails
P 0.96 R 1.00, phones P 0.88 R 0.96, fax P 0.95 R 0.95, portals P 0.96 R 0.88, records
contact P 0.86 R 0.88); its misses were then read and fixed by cause (after four labels
were made consistent with the other sets, see its README), so blind5 is in-sample now too.
blind6 was the held-out test set until its held-out run (emails P 1.00 R 1.00, phones
P 0.88 R 0.98, fax P 0.94 R 0.94, portals P 1.00 R 0.93, records contact P 0.89 R 0.92;
two addresses only in a mailto cc= were made emails before that run, as the other sets
label them); its misses were then read and fixed by cause (no label changed), so blind6 is
in-sample now too. blind7 was the held-out test set until its held-out run (emails P 0.98
R 0.98, phones P 0.92 R 0.96, fax P 0.94 R 0.89, portals P 0.91 R 0.98, records contact
P 0.89 R 0.84); its misses were then read and fixed by cause (no label changed), so blind7
is in-sample now as well. blind8 was the held-out test set until its held-out run (emails
P 0.985 R 1.00, phones P 0.886 R 0.979, fax P 1.00 R 1.00, portals P 0.982 R 0.964, records
contact P 0.971 R 0.971); its misses were then read and fixed by cause (no label changed),
so blind8 is in-sample now too. blind9 was the held-out test set until its held-out run
(emails P 1.00 R 1.00, phones P 0.906 R 0.930, fax P 1.00 R 0.826, portals P 0.961 R 0.907,
records contact P 0.836 R 0.812); its misses were then read and fixed by cause (no label
changed), so blind9 is in-sample now as well. blind10 was the held-out test set until its
held-out run (emails P 1.00 R 0.983, phones P 0.928 R 0.928, fax P 0.957 R 0.846, portals
P 1.00 R 0.893, records contact P 0.882 R 0.870); its misses were then read and fixed by
cause (no label changed), so blind10 is in-sample now too. blind11 was the held-out test set
until its held-out run (emails P 1.00 R 1.00, phones P 0.927 R 0.967, fax P 1.00 R 0.880,
portals P 0.980 R 0.943, records contact P 0.943 R 0.957); its misses were then read and
fixed by cause (no label changed), so blind11 is in-sample now as well. blind12 was the
held-out test set until its held-out run (emails P 0.906 R 1.00, phones P 0.930 R 0.939,
fax P 1.00 R 0.963, portals P 0.980 R 0.926, records contact P 0.986 R 0.986); its misses
were then read and fixed by cause (no label changed), so blind12 is in-sample now too. blind13
was the held-out test set until its held-out run (emails P 1.00 R 0.965, phones P 0.887
R 0.945, fax P 1.00 R 1.00, portals P 1.00 R 0.944, records contact P 0.985 R 0.971); its
misses were then read and fixed by cause (no label changed), so blind13 is in-sample now as
well. blind14 was the held-out test set until its held-out run (emails P 0.982 R 1.00, phones
P 0.939 R 0.963, fax P 1.00 R 0.957, portals P 0.956 R 0.878, records contact P 0.985 R 0.985);
its misses were then read and fixed by cause (no label changed), so blind14 is in-sample now
too. blind15 was the held-out test set until its held-out run (emails P 1.00 R 1.00, phones
P 1.00 R 1.00, fax P 1.00 R 1.00, portals P 1.00 R 0.922, records contact P 1.00 R 0.985); its
misses were then read and fixed by cause (no label changed), so blind15 is in-sample now as
well. blind16 was the held-out test set until its held-out run (emails P 0.973 R 1.00, phones
P 0.967 R 0.978, fax P 1.00 R 1.00, portals P 0.982 R 0.982, records contact P 0.941 R 0.955);
its misses were then read and fixed by cause (no label changed), so blind16 is in-sample now
too. blind17 was the held-out test set until its held-out run (emails P 0.984 R 0.968, phones
P 0.986 R 0.923, fax P 1.00 R 1.00, portals P 1.00 R 0.936, records contact P 0.984 R 0.923);
its misses were then read and fixed by cause (no label changed), so blind17 is in-sample now
as well. blind18 is the held-out test set: its one held-out run (emails P 1.00 R 1.00, phones
P 1.00 R 0.986, fax P 1.00 R 1.00, portals P 1.00 R 0.977, records contact P 0.985 R 0.970:
every field meets the goals) is recorded in its README; its misses have not been read. blind19
and blind20 are held-out test sets too, written at the same time (northern and southern
cities) and run once with the same extractor: blind19 emails P 1.00 R 1.00, phones P 0.987
R 0.987, fax P 1.00 R 1.00, portals P 0.975 R 0.951, records contact P 0.969 R 0.954;
blind20 emails, fax, portals and records contact P 1.00 R 1.00, phones P 0.986 R 0.972.
Their misses have not been read. Scored by
benchmarks/contacts_blind.py --set DIR (same code). Every field is held to the goals
(P >= 0.97, R >= 0.95); a field below them is xfail with its measured figure, strict: once
the field meets the goals the test fails until the mark is taken off.
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

HERE = Path(__file__).resolve().parent
SETS = ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20")
PAGES = {name: bench.labels(HERE / name) for name in SETS}
# Sets written before each one: a city may appear in one set only.
EARLIER = {"blind2": ("blind",), "blind3": ("blind", "blind2"), "blind4": ("blind", "blind2", "blind3"),
           "blind5": ("blind", "blind2", "blind3", "blind4"),
           "blind6": ("blind", "blind2", "blind3", "blind4", "blind5"),
           "blind7": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6"),
           "blind8": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"),
           "blind9": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"),
           "blind10": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9"),
           "blind11": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10"),
           "blind12": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11"),
           "blind13": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12"),
           "blind14": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12", "blind13"),
           "blind15": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12", "blind13", "blind14"),
           "blind16": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12", "blind13", "blind14", "blind15"),
           "blind17": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16"),
           "blind18": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17"),
           "blind19": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17",
                       "blind18"),
           "blind20": ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17",
                       "blind18", "blind19")}

# Measured with the current extractor, all in-sample now (their held-out figures are in
# docs/benchmark-history.md and docs/watch.md). Every field meets the goals: blind3's records contact
# (P 0.984) and blind5's (P 0.985; in both one agenda page labels no records phone where the
# first set labels the clerk's agenda-questions line as one, see docs/watch.md), blind5's
# portal URLs (R 0.957: two bare "Records" links labelled portals there, not in the first
# and fourth sets), blind6's records contact (P 0.984, the same agenda-page convention),
# blind7's portal URLs (R 0.976: a "Records Bureau" link labelled a portal there, not in the
# sixth set), blind8's portal URLs (R 0.964: two bare "Police Records" page links labelled
# portals there, not in the first and fourth sets), blind9's records contact (P 0.986 R 0.986:
# a directory's police records row), every other field 1.00 except blind9's portal URLs,
# below the goal (R 0.944: the same bare-link convention, three links); blind10's portal URLs
# (R 0.964: two such self-links) and records contact (P 0.986 R 0.986: a directory's clerk line
# given again as the records desk's); blind11's portal URLs (R 0.962: two such links); blind12's
# portal URLs, below the goal (R 0.944: three such links); blind16's portal URLs (R 0.982:
# one such link); blind17's records contact (P 1.00 R 0.985: an agenda page's accommodation line
# labelled the records phone there, not in blind3 and blind16; see docs/watch.md).
BELOW_GOAL: dict[str, dict[str, str]] = {
    "blind2": {},
    "blind3": {},
    "blind4": {},
    "blind5": {},
    "blind6": {},
    "blind7": {},
    "blind8": {},
    # In-sample after its held-out run: three bare police-records page links labelled portals
    # here (Beverly Hills twice, Delano's "Records"), not in the first and fourth sets.
    "blind9": {
        "portal_urls": "blind9 portal URLs R 0.944: bare records-page links labelled portals here, not in blind/blind4/blind6 (see docs/watch.md, which links are portals)",
    },
    # In-sample after its held-out run: every field meets the goals (portal URLs R 0.964: two bare
    # police-records self-links labelled portals here, as in blind9; records contact 0.986).
    "blind10": {},
    # In-sample after its held-out run: every field meets the goals (portal URLs R 0.962: two bare
    # records-page links labelled portals here, Oakland's police records page and Ridgecrest's
    # side-menu self-link, as in blind9 and blind10).
    "blind11": {},
    # In-sample after its held-out run: every field but one meets the goals; portal URLs R 0.944,
    # three bare police-records page links labelled portals here (Redwood City's and Simi Valley's
    # side-menu self-links, Tustin's FAQ link), not in the first and fourth sets.
    "blind12": {
        "portal_urls": "blind12 portal URLs R 0.944: bare records-page links labelled portals here, not in blind/blind4/blind6 (see docs/watch.md, which links are portals)",
    },
    # In-sample after its held-out run: every field meets the goals (all 1.00).
    "blind13": {},
    # In-sample after its held-out run: every field meets the goals (portal URLs R 0.959: two bare
    # police-records page links labelled portals here, Garden Grove's and Shafter's navigation
    # self-link, as in blind9 and blind12, not in the first and fourth sets).
    "blind14": {},
    # In-sample after its held-out run: every field meets the goals (portal URLs R 0.961: two bare
    # police-records page links labelled portals here, Westminster's and Brawley's "Police Records"
    # in a sentence, as in blind9, blind12 and blind14, not in blind, blind4 and blind6; see the
    # portal convention in docs/watch.md).
    "blind15": {},
    # In-sample after its held-out run: every field meets the goals (portal URLs R 0.982: Santa
    # Clara's bare "Police Records Unit" link in a sentence labelled a portal here, as in blind9,
    # blind12, blind14 and blind15, not in blind, blind4 and blind6; see the portal convention).
    "blind16": {},
    # In-sample after its held-out run: every field meets the goals (records contact R 0.985:
    # Lynwood's agenda-page accommodation line labelled the records phone here, not in blind3 and
    # blind16; see the agenda-page disagreement in docs/watch.md).
    "blind17": {},
    # The held-out test set: its one held-out run meets the goals on every field.
    "blind18": {},
    # Held-out test sets: figures of their one held-out run, misses not read.
    "blind19": {
        "records_contact": "blind19 records contact P 0.969 (held-out run: two wrong choices of 64)",
    },
    "blind20": {},
}


_SCORES: dict = {}


def _scores(name: str) -> dict:
    """Each set is scored once per session."""
    if name not in _SCORES:
        _SCORES[name] = bench.score(bench.items(blind=HERE / name))
    return _SCORES[name]


def _field_params():
    for name in SETS:
        for field in bench.FIELDS:
            reason = BELOW_GOAL[name].get(field)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(name, field, marks=marks, id=f"{name}-{field}")


@pytest.mark.parametrize("set_name,field", list(_field_params()))
def test_field_meets_goals(set_name, field):
    s = _scores(set_name)[field]
    assert s["precision"] >= bench.GOALS["precision"], s
    assert s["recall"] >= bench.GOALS["recall"], s


def _visible_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", raw)
    # \s also matches a no-break space: a label written "(530) 582-7710" is on a page that
    # prints "(530)&nbsp;582-7710"
    # inline tags join what they wrap as a browser shows it: "<span>256-8000</span>, ext. 8026"
    raw = re.sub(r"</?(?:span|b|i|em|strong|a)\b[^>]*>", "", raw, flags=re.I)
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
    # a phone number printed right before an address (two spans a theme sets side by side,
    # "661-854-3134" then "cityhall@...") is not part of it
    found = {re.sub(r"^\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}", "", e)
             for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)}
    for href in re.findall(r'href="mailto:([^"]*)"', raw, re.I):
        addr, _, query = unquote(html.unescape(href)).partition("?")
        found.add(addr.strip())
        found |= {v for k, v in re.findall(r"(to|cc|bcc)=([^&]+)", query, re.I)}
    found |= {_cfemail(h) for h in re.findall(r'(?:data-cfemail="|email-protection#)([0-9a-f]+)', raw)}
    return {e.lower() for e in found}


ALL_PAGES = [(name, lab) for name in SETS for lab in PAGES[name]]


@pytest.mark.parametrize("set_name,lab", ALL_PAGES, ids=[f"{n}/{lab['file']}" for n, lab in ALL_PAGES])
def test_labels_are_on_their_page(set_name, lab):
    """Every labelled number is on the page as written, every email is on it (text, mailto or
    cfemail), every portal is an href on it, no label is also a distractor, and every records
    contact is one of the page's labelled values: a label typo would otherwise count against
    the extractor."""
    raw = (HERE / set_name / lab["file"]).read_bytes().decode("utf-8", "replace")
    text = _visible_text(raw)
    for number in lab["phones"] + lab["fax"]:
        assert re.sub(r"\s+", " ", number) in text, number
        bench.phone_key(number, lab["area_codes"])       # and it reads as one number
    emails = _written_emails(raw)
    # also written across inline tags or comments ("clerk<!-- -->@<!-- -->city.org")
    joined = html.unescape(re.sub(r"<!--.*?-->|</?(?:span|b|i|em|strong)\b[^>]*>", "", raw)).lower()
    for email in lab["emails"]:
        assert email.lower() in emails or email.lower() in joined, email
    hrefs = {html.unescape(h) for h in re.findall(r'href="([^"]*)"', raw)}
    for url in lab["portal_urls"]:
        assert url in hrefs, url
    for d in lab["distractors"]:
        assert d in text or d in hrefs or d.lower() in emails or d in raw or d in html.unescape(raw), d
    labelled = set(lab["phones"] + lab["fax"] + lab["emails"] + lab["portal_urls"])
    assert not labelled & set(lab["distractors"])
    exp = bench.expected(lab)
    assert not exp["phones"] & exp["fax"], "a number labelled both phone and fax"
    for typ, options in exp["records_contact"].items():
        pool = {"email": {("email", e) for e in exp["emails"]},
                "phone": {("phone", p) for p in exp["phones"]},
                "portal": {("portal", u) for u in exp["portal_urls"]}}[typ]
        assert options <= pool, (typ, options)


@pytest.mark.parametrize("set_name", SETS)
def test_labels_list_every_written_email(set_name):
    """Completeness: an address on a page is either labelled or a labelled distractor."""
    for lab in PAGES[set_name]:
        raw = (HERE / set_name / lab["file"]).read_bytes().decode("utf-8", "replace")
        known = {e.lower() for e in lab["emails"] + lab["distractors"]}
        assert _written_emails(raw) <= known, lab["file"]


@pytest.mark.parametrize("set_name", SETS)
def test_set_is_what_its_readme_says(set_name):
    root, pages = HERE / set_name, PAGES[set_name]
    files = {p["file"] for p in pages}
    assert len(files) == len(pages) == 24
    cities = {f.split("/")[0] for f in files}
    assert len(cities) == 18
    assert {str(p.relative_to(root)) for p in root.rglob("*.html")} == files
    for earlier in EARLIER[set_name]:
        seen = {p.name for p in (HERE / earlier).iterdir() if p.is_dir()}
        assert not seen & cities, f"a city of {earlier}"
