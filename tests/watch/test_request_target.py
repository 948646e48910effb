"""The event loop's requests go to the target urllib3 would send them to."""
from __future__ import annotations

import random

import pytest
from urllib3.util.url import parse_url

from prr.scrapers.fetch_loop import _PLAIN_URL, request_target


def _by_urllib3(url: str):
    p = parse_url(url)
    scheme = p.scheme or "http"
    return scheme, p.host, p.port or (443 if scheme == "https" else 80), p.request_uri


URLS = ["http://127.0.0.1:8080/page/1", "https://www.city.gov/records", "http://a.gov", "http://a.gov/",
        "http://a.gov?q=1", "http://a.gov/p?", "http://a.gov/p?a=1&b=%2f", "http://a.gov/%7euser",
        "http://a.gov/a/./b", "http://a.gov/a/../b", "http://a.gov/a/..", "http://a.gov/.well-known/x",
        "http://a.gov/a..b/c.", "http://A.gov/x", "HTTP://a.gov/x", "http://a.gov/x#frag", "http://a.gov:0/x",
        "http://a.gov:443/x", "https://a.gov:443/x", "http://a.gov:00080/x", "http://a.gov/a b", "http://a.gov/é",
        "http://[::1]:8080/x", "http://user@a.gov/x", "http://a.gov/x?q=a b", "http://a.gov//x//y",
        "http://a.gov/x?y?z", "http://a.gov/x;p=1", "http://a.gov/x'(*)!$,", "http://-a.gov/x"]


@pytest.mark.parametrize("url", URLS)
def test_same_target_as_urllib3(url):
    assert request_target(url) == _by_urllib3(url)


def test_random_urls():
    rng = random.Random(1130)
    pieces = ["a", "Z", "0", ".", "..", "/", "-", "_", "~", "%", "%2f", "?", "#", "=", "&", ":", "@", " ", "é", "+",
              "'", "!", "$", "(", ";"]
    taken = 0
    for _ in range(5000):
        path = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        host = rng.choice(["a.gov", "127.0.0.1", "x-y.example", "b.gov:8080", "c.gov:65535", "c.gov:99999"])
        url = f"{rng.choice(['http', 'https'])}://{host}/{path}"
        try:
            want = _by_urllib3(url)
        except Exception:
            assert _PLAIN_URL.fullmatch(url) is None or "99999" in url
            continue
        taken += _PLAIN_URL.fullmatch(url) is not None
        assert request_target(url) == want, url
    assert taken > 500
