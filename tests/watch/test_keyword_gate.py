"""The keyword gate gives exactly the regex's own matches, only sooner."""
from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest

from prr.scrapers.contacts import attribution, emails, portals, served_by
from prr.scrapers.keyword_gate import keyword_gated, literal_scan, split_alternatives

HERE = Path(__file__).resolve().parent


def _same(a, b) -> bool:
    return (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


@pytest.mark.parametrize(("pattern", "parts"), [
    (r"a|b", ["a", "b"]),
    (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
    (r"[|]x|y", ["[|]x", "y"]),
    (r"[]|]x|y", ["[]|]x", "y"]),
    (r"[^]|]x|y", ["[^]|]x", "y"]),
    (r"\|x|y", [r"\|x", "y"]),
    (r"[\]|]x|y", [r"[\]|]x", "y"]),
    (r"(?-i:The\s+(?:A|B))|c", [r"(?-i:The\s+(?:A|B))", "c"]),
])
def test_alternatives_are_split_at_the_top_level_only(pattern, parts):
    assert split_alternatives(pattern) == parts


@pytest.mark.parametrize("pattern", [
    r"(county)|district",          # a capturing group: match objects would differ
    r"\d+|county",                 # an alternative with no literal to look for
    r"x|county",                   # a one-letter literal is no gate
    r"county",                     # nothing to choose between
])
def test_the_gate_steps_aside_when_it_cannot_be_exact(pattern):
    gate = keyword_gated(re.compile(pattern, re.I))
    assert not gate.gated
    assert _same(gate.search("Yolo County 123"), re.search(pattern, "Yolo County 123", re.I))


def test_the_contact_readers_agency_test_is_gated():
    assert attribution.OTHER_AGENCY.gated


def _sentences() -> list[str]:
    pages = list(HERE.glob("blind*/*/*.html"))
    assert pages
    out = []
    for page in pages:
        text = html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(errors="replace")))
        out += [s.strip() for s in re.split(r"[.\n]", text) if len(s.strip()) > 3]
    return out


def test_same_matches_as_the_regex_on_real_sentences_and_word_salad():
    rx = attribution.OTHER_AGENCY
    sentences = _sentences()
    rng = random.Random(7)
    words = " ".join(sentences).split()
    salad = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 25))) for _ in range(4000)]
    tricky = ["THE DISTRICT office", "the district office", "Départment of Justice", "Yolo\u00a0County Clerk",
              "İstanbul County Sheriff", "Port of Oakland", "PG&E", "UC Davis", "uc davis", "Kounty"]
    checked = matched = 0
    for text in sentences + salad + tricky:
        want = rx.rx.search(text)
        assert _same(rx.search(text), want), text
        checked += 1
        matched += bool(want)
    assert matched > 100 and checked > 5000        # the check saw many of both kinds


def test_the_literal_scan_finds_the_longest_literal_at_every_position():
    literals = sorted(attribution.OTHER_AGENCY._alternatives_of, key=lambda x: (-len(x), x))
    plain = re.compile("(?=(" + "|".join(map(re.escape, literals)) + "))")     # the plain alternation, tried everywhere
    scan = literal_scan(literals)
    texts = [s.lower() for s in _sentences()] + ["department of the county district", "port", "", "xyz"]
    assert all(scan.findall(t) == plain.findall(t) for t in texts)


GATED = {"attribution.DISTRACTOR": attribution.DISTRACTOR, "attribution.EVENT": attribution.EVENT,
         "attribution.VENDOR": attribution.VENDOR, "emails.SUBSCRIBE_CUE": emails.SUBSCRIBE_CUE,
         "portals.PORTAL_TEXT": portals.PORTAL_TEXT, "portals.NOT_PORTAL_TEXT": portals.NOT_PORTAL_TEXT,
         "portals.RECORDS_PATH": portals.RECORDS_PATH, "served_by.SERVED_BY": served_by.SERVED_BY,
         "attribution.OTHER_LIST": attribution.OTHER_LIST, "attribution.CITY_PART": attribution.CITY_PART}


@pytest.mark.parametrize("name", sorted(GATED))
def test_the_readers_other_gated_patterns_match_as_their_regex(name):
    rx = GATED[name]
    assert rx.gated
    sentences = _sentences()
    rng = random.Random(11)
    words = " ".join(sentences).split()
    salad = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 25))) for _ in range(3000)]
    for text in sentences + salad:
        assert _same(rx.search(text), rx.rx.search(text)), text
