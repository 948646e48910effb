"""Patterns of the contacts reader written for speed give exactly the matches of their plain
form (the plain form, kept here, is the specification): same spans, same text, at every
start position, on real page text, word salad and edge cases."""
from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest

from prr.scrapers.contacts import attribution, emails, layout

HERE = Path(__file__).resolve().parent

PHONE = r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}"
PLAIN = {
    "attribution.CITY_OWN": (re.compile(r"\bCity\b|\bTown\b|\b[Oo]ur\b|(?<![.@-])\bus\b|\b[Ww]e\b"),
                             attribution.CITY_OWN),
    "layout._CONTACT_TOKEN": (re.compile(r"[^\s<>()\[\]]+@[^\s<>()\[\]]+|<[^>]+>|\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b"),
                              layout._CONTACT_TOKEN),
    "layout._PHONE_LIKE": (re.compile(PHONE), layout._PHONE_LIKE),
    "attribution._NUMBER_WORDS": (re.compile(PHONE), attribution._NUMBER_WORDS),
}
EDGES = ["us", ".us", "-us", "@us", " us ", "Us", "City", "xCity", "Town's", "Our", "ours", "We", "we're", "awe",
         "Ünited us", "é we", "éus", "_us", "(805) 555-1234", "a(805) 555-1234", "x805-555-1234", "((805) 555-1234",
         "١٢٣-٤٥٦-٧٨٩٠", "(١٢٣) ٤٥٦-٧٨٩٠", "<a@b.c> 805.555.1234", "mail clerk@city.gov or 805 555 1234", ""]


def _sentences() -> list[str]:
    out = []
    for page in HERE.glob("blind*/*/*.html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(errors="replace")))
        out += [s.strip() for s in re.split(r"[.\n]", text) if len(s.strip()) > 3]
    assert out
    return out


def _texts() -> list[str]:
    sentences = _sentences()
    rng = random.Random(5)
    words = " ".join(sentences).split()
    salad = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 25))) for _ in range(3000)]
    return sentences + salad + EDGES


def _sig(m):
    return m and (m.span(), m.group())


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_pattern_matches_as_its_plain_form(name):
    plain, fast = PLAIN[name]
    matched = 0
    for text in _texts():
        assert [_sig(m) for m in fast.finditer(text)] == [_sig(m) for m in plain.finditer(text)], text
        for pos in range(0, len(text), 5):
            assert _sig(fast.search(text, pos)) == _sig(plain.search(text, pos)), (text, pos)
            assert _sig(fast.match(text, pos)) == _sig(plain.match(text, pos)), (text, pos)
        matched += bool(plain.search(text))
    assert matched > 20          # the check saw matches, not only misses


def test_masks_and_counts_are_the_plain_patterns():
    token = PLAIN["layout._CONTACT_TOKEN"][0]
    words = re.compile(r"\S+@\S+|" + PHONE)
    for text in _texts():
        assert layout.mask_contacts(text, "<c>") == token.sub("<c>", text), text
        assert layout.count_contacts(text) == text.count("@") + len(re.findall(PHONE, text)), text
        assert attribution.mask(text) == words.sub(" ", text), text


@pytest.mark.parametrize("before", ["Notices are sent from", "sent automatically by:", "You will receive updates FROM :\n",
                                    "get alerts by email from", "write to", "from the", "by", "comes from  :  ",
                                    "Questions? Email"])
def test_sender_words_are_read_as_before(before):
    for text in (before, before + " ", "x " + before):
        assert emails.is_sender(text, "") == bool(emails.SENDER_BEFORE.search(text))
