"""The polite fetcher against a real local server."""
from __future__ import annotations

import time

import pytest
from watchsite import Route

from prr.scrapers.fetch import FetchError, PoliteFetcher, check_address

PAGE = "<html><body><main><h1>Public Records</h1><p>Email clerk@example.gov</p></main></body></html>"


def test_conditional_get_answers_304(site, fetcher):
    url = site.page("/records", PAGE, etag='"v1"')
    first = fetcher.fetch(url)
    assert first.status == 200 and first.etag == '"v1"' and "Public Records" in first.text
    second = fetcher.fetch(url, etag=first.etag)
    assert second.not_modified and second.status == 304 and second.body == b""
    assert site.hits_for("/records")[-1][1].get("If-None-Match") == '"v1"'


def test_honest_user_agent(site, fetcher, prr_env):
    fetcher.fetch(site.page("/ua", PAGE))
    ua = site.hits_for("/ua")[0][1]["User-Agent"]
    assert ua.startswith("prr/") and "dana@example.org" in ua


def test_429_with_retry_after_is_honoured(site, fetcher):
    site.routes["/busy"] = [Route(status=429, headers={"Retry-After": "1"}, body="slow down"),
                            Route(body=PAGE)]
    started = time.monotonic()
    got = fetcher.fetch(site.url("/busy"))
    hits = site.hits_for("/busy")
    assert got.status == 200 and len(hits) == 2
    assert hits[1][2] - hits[0][2] >= 0.95
    assert time.monotonic() - started >= 0.95


def test_retry_after_beyond_the_bound_fails_typed(site, fetcher):
    site.routes["/down"] = Route(status=503, headers={"Retry-After": "3600"}, body="maintenance")
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/down"))
    assert e.value.kind == "http_5xx" and e.value.retry_after == 3600
    assert len(site.hits_for("/down")) == 1      # no waiting an hour, no hammering


def test_redirect_loop(site, fetcher):
    site.routes["/a"] = Route(status=302, headers={"Location": "/b"})
    site.routes["/b"] = Route(status=301, headers={"Location": "/a"})
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/a"))
    assert e.value.kind == "redirect_loop"


def test_too_many_redirects(site, fetcher):
    for i in range(12):
        site.routes[f"/r{i}"] = Route(status=302, headers={"Location": f"/r{i + 1}"})
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/r0"))
    assert e.value.kind == "redirects"
    assert len([h for h in site.hits if h[0].startswith("/r") and h[0] != "/robots.txt"]) == 11


def test_50_mb_body_stops_at_the_cap(site, fetcher):
    site.routes["/huge"] = Route(stream_bytes=50 * 1024 * 1024)
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/huge"))
    assert e.value.kind == "too_large"
    assert fetcher.bytes_received < 6 * 1024 * 1024       # stopped reading at the 5 MB cap


def test_declared_length_over_cap_is_refused_before_reading(site, prr_env):
    site.routes["/big"] = Route(body="x" * 2048)
    f = PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], interval=0, max_bytes=1024)
    with pytest.raises(FetchError) as e:
        f.fetch(site.url("/big"))
    assert e.value.kind == "too_large" and f.bytes_received < 1024   # only robots.txt was read


def test_robots_disallow_and_crawl_delay(site, fetcher):
    site.routes["/robots.txt"] = Route(body="User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n",
                                       headers={"Content-Type": "text/plain"})
    site.page("/private/staff", PAGE)
    site.page("/public", PAGE)
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/private/staff"))
    assert e.value.kind == "robots"
    assert not site.hits_for("/private/staff")
    fetcher.fetch(site.url("/public"))
    fetcher.fetch(site.url("/public"))
    hits = site.hits_for("/public")
    assert hits[1][2] - hits[0][2] >= 0.8                # Crawl-delay: 1 (server-side timing jitter allowed)


def test_private_address_redirect_refused(site, fetcher):
    site.routes["/go"] = Route(status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/go"))
    assert e.value.kind == "blocked_address"
    site.routes["/go10"] = Route(status=302, headers={"Location": "http://10.1.2.3/admin"})
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/go10"))
    assert e.value.kind == "blocked_address"


def test_loopback_refused_by_default(site, prr_env):
    f = PoliteFetcher(prr_env, interval=0)
    with pytest.raises(FetchError) as e:
        f.fetch(site.page("/x", PAGE))
    assert e.value.kind == "blocked_address" and not site.hits


def test_address_check_uses_resolved_ip():
    with pytest.raises(FetchError) as e:
        check_address("localhost", 80, allow=False)       # a name that resolves to loopback
    assert e.value.kind == "blocked_address"
    assert check_address("localhost", 80, allow=["127.0.0.0/8", "::1/128"])


def test_only_http_and_https(fetcher):
    with pytest.raises(FetchError) as e:
        fetcher.fetch("ftp://example.org/file")
    assert e.value.kind == "scheme"


def test_http_errors_are_typed_and_never_returned(site, fetcher):
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/missing"))
    assert e.value.kind == "http_4xx" and e.value.status == 404
    site.routes["/boom"] = Route(status=500, body="<h1>Internal error</h1>")
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/boom"))
    assert e.value.kind == "http_5xx"


def test_bot_challenge(site, fetcher):
    site.routes["/cf"] = Route(status=403, headers={"cf-mitigated": "challenge"},
                               body="<html><title>Just a moment...</title></html>")
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/cf"))
    assert e.value.kind == "bot_challenge"


def test_timeout(site, prr_env):
    site.routes["/slow"] = Route(body=PAGE, delay=2)
    f = PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], interval=0, timeout=(1, 0.5))
    with pytest.raises(FetchError) as e:
        f.fetch(site.url("/slow"))
    assert e.value.kind == "timeout"


def test_dns_failure(prr_env):
    f = PoliteFetcher(prr_env, interval=0)
    with pytest.raises(FetchError) as e:
        f.fetch("http://no-such-host.invalid/")
    assert e.value.kind == "dns"


def test_charset_detection_without_declaration(site, fetcher):
    body = "<html><body><p>Oficina de la Secretaría Municipal — información pública, señor Muñoz</p></body></html>"
    site.routes["/latin1"] = Route(body=body.encode("cp1252"), headers={"Content-Type": "text/html"})
    got = fetcher.fetch(site.url("/latin1"))
    assert "Secretaría" in got.text and "Muñoz" in got.text


def test_per_host_limit_and_interval(site, prr_env):
    site.routes["/slow"] = Route(body=PAGE, delay=0.2)
    f = PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], per_host=1, interval=0, global_limit=8)
    results = list(f.fetch_many([site.url("/slow")] * 4))
    assert all(not isinstance(r, FetchError) for _, r in results)
    assert site.max_active == 1
    site.routes["/fast"] = Route(body=PAGE)
    f = PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], per_host=1, interval=0.3, global_limit=8)
    started = time.monotonic()
    list(f.fetch_many([site.url("/fast")] * 4))
    # robots.txt, then four pages: five starts at least 0.3 s apart (allowing timer jitter)
    assert time.monotonic() - started >= 4 * 0.3 - 0.05
    starts = [h[2] for h in site.hits_for("/fast")]
    assert all(b - a >= 0.2 for a, b in zip(starts, starts[1:]))


def test_per_host_limit_two_runs_two_at_once(site, prr_env):
    site.routes["/p"] = Route(body=PAGE, delay=0.3)
    f = PoliteFetcher(prr_env, allow_private=["127.0.0.0/8"], per_host=2, interval=0, global_limit=8)
    list(f.fetch_many([site.url("/p")] * 6))
    assert site.max_active == 2


def test_defaults_are_polite(prr_env):
    f = PoliteFetcher(prr_env)
    assert (f.per_host, f.interval, f.allow_private) == (1, 1.0, ())


def test_recaptcha_on_a_real_page_is_not_a_challenge(site, fetcher):
    body = PAGE.replace("</main>", '<form><div class="g-recaptcha" data-sitekey="x"></div></form></main>')
    assert "g-recaptcha" in fetcher.fetch(site.page("/form", body)).text
    site.routes["/js"] = Route(body="<html><title>Just a moment...</title><script src='/cdn-cgi/challenge-platform/x.js'></script></html>")
    with pytest.raises(FetchError) as e:
        fetcher.fetch(site.url("/js"))
    assert e.value.kind == "bot_challenge"
