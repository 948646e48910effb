"""Normalising pages: main content, stable text, link targets kept."""
from __future__ import annotations

import pytest

from prr.scrapers.normalise import clean_url, decode_cfemail, mask_volatile, normalise

PAGE = """<html><head><title>Records</title><script>track()</script><style>p{}</style></head><body>
<div class="cookie-banner">Accept cookies</div><div role="alert">Storm warning</div>
<header><nav><a href="/a">Menu A</a></nav><p>Site header text</p></header>
<main><h1>Records</h1><p>File a request on the <a href="https://x.nextrequest.com/requests/new?utm_source=site&amp;dept=clerk">portal</a>.</p>
<p>Write to <a href="mailto:clerk@x.gov">the clerk</a>.</p>
<article><footer>Posted in Records</footer></article></main>
<footer><p>Footer phone 555-0100</p></footer></body></html>"""


def test_boilerplate_dropped_content_and_links_kept():
    p = normalise(PAGE, "https://www.x.gov/records")
    text = p.text
    for gone in ("Accept cookies", "Storm warning", "Menu A", "Site header text", "Footer phone", "track()"):
        assert gone not in text
    assert "Records" in p.paragraphs[0]
    assert "portal <https://x.nextrequest.com/requests/new?dept=clerk>" in text
    assert "the clerk <mailto:clerk@x.gov>" in text
    assert "Posted in Records" in text          # an article's own footer is content
    assert [(l.text, l.href) for l in p.links] == [
        ("portal", "https://x.nextrequest.com/requests/new?dept=clerk"), ("the clerk", "mailto:clerk@x.gov")]


@pytest.mark.parametrize("line,expected", [
    ("Last updated: March 3, 2026 10:42 AM by the City Clerk", "Last updated: <date> <time> by the City Clerk"),
    ("Page last modified 10/14/2026 at 3:12 PM - contact Jane", "Page last modified <date> at <time> - contact Jane"),
    ("Updated: Tuesday, March 3, 2026 - 10:42am", "Updated: <date> - <time>"),
    ("Last modified: 2026-10-01T08:15:00Z", "Last modified: <date>"),
    ("© 2026 City of Oxnard", "© <year> City of Oxnard"),
    ("Session ID: 8f3a9c2b77d1 (for support)", "Session ID: <session> (for support)"),
    ("Requests are answered within 10 days of March 3, 2026.", "Requests are answered within 10 days of March 3, 2026."),
])
def test_mask_volatile_keeps_the_rest_of_the_line(line, expected):
    assert mask_volatile(line) == expected


def test_clean_url_drops_session_and_cache_busting():
    assert clean_url("/doc.aspx?id=5&v=1699999&PHPSESSID=abc", "https://c.gov/x/") == "https://c.gov/doc.aspx?id=5"
    assert clean_url("https://a.mycusthelp.com/WEBAPP/_rs/(S(q1w2e3))/supporthome.aspx") == \
        "https://a.mycusthelp.com/WEBAPP/_rs/supporthome.aspx"
    assert clean_url("https://c.gov/p;jsessionid=ABC123?x=1") == "https://c.gov/p?x=1"


# An address with its own host is cleaned once per scheme of the page it is on: the answer
# must be what the uncached cleaning gives on every later page, of either scheme.
@pytest.mark.parametrize("href, first_base, then_base, expected", [
    ("https://x.nextrequest.com/requests/new?utm_source=a", "https://c.gov/a", "https://d.gov/b/c",
     "https://x.nextrequest.com/requests/new"),
    ("HTTP://X.gov/p?v=2&id=7#top", "http://c.gov/", "http://c.gov/other", "http://x.gov/p?id=7"),
    ("http://x.gov/p?id=7", "https://c.gov/", "http://c.gov/", "http://x.gov/p?id=7"),
    ("http:///relative/p", "http://c.gov/a/", "http://d.gov/z/", "http://d.gov/relative/p"),
    ("http://", "http://c.gov/a", "http://d.gov/b", "http://d.gov/b"),
    ("https://x.gov/(S(abc123))/a.aspx", "https://c.gov/", "https://e.gov/", "https://x.gov/a.aspx"),
], ids=["same-scheme", "upper-case", "scheme-changes", "no-host", "nothing-after-scheme", "asp-session"])
def test_clean_url_of_an_absolute_address_is_the_same_on_every_page(href, first_base, then_base, expected):
    clean_url(href, first_base)
    assert clean_url(href, then_base) == expected


def test_cloudflare_email_decoding():
    enc = "5a2a2f38363339283f3935283e291a39332e23353c373b2a363f7435283d"
    assert decode_cfemail(enc) == "publicrecords@cityofmaple.org"
    assert decode_cfemail("zz") is None


def test_broken_html_does_not_raise():
    assert normalise("").paragraphs == []
    assert normalise("<p>unclosed <b>bold").paragraphs == ["unclosed bold"]
    assert normalise(b"<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>").paragraphs == ["x"]


def test_the_first_title_and_the_first_base_with_an_address_are_used():
    html = ('<html><head><base target="_blank"><title>Clerk</title><base href="/records/"><base href="/other/">'
            '</head><body><p>See <a href="form.pdf">the form</a>.</p><title>Second</title></body></html>')
    page = normalise(html, "https://c.gov/a/b.html")
    assert page.title == "Clerk"
    assert page.base_url == "https://c.gov/records/"
    assert page.links[0].href == "https://c.gov/records/form.pdf"
