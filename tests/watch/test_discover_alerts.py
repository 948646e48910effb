"""Discovery of pages on a (local) city website; alerts through apprise to a local webhook."""
from __future__ import annotations

import json

from watchpages import clerk

from prr.db import pages as store
from prr.watch.discover import discover, find_pages

HOME = """<html><head><title>City of Oxnard</title></head><body>
<nav><a href="/government">Government</a></nav>
<main><h1>Welcome to Oxnard</h1>
<ul><li><a href="/city-department/city-clerk/public-records/">Public Records Requests</a></li>
<li><a href="/news/2026/records-day">News: records day</a></li>
<li><a href="/departments/it">Information Technology</a></li></ul></main>
<footer><a href="/privacy-notice">Privacy Policy</a></footer></body></html>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/city-department/city-attorney/</loc></url>
<url><loc>{base}/about</loc></url>
<url><loc>https://elsewhere.example.com/city-attorney</loc></url>
</urlset>"""

IT = """<html><head><title>Information Technology | Oxnard</title></head><body><main><h1>Information Technology</h1>
<p>Report a security incident to the IT Help Desk: <a href="mailto:helpdesk@oxnard.org">helpdesk@oxnard.org</a>, (805) 385-7600.</p>
</main></body></html>"""

ATTORNEY = """<html><head><title>City Attorney | Oxnard</title></head><body><main><h1>City Attorney</h1>
<p>Email <a href="mailto:cityattorney@oxnard.org">cityattorney@oxnard.org</a></p></main></body></html>"""


def _site(site):
    site.page("/", HOME)
    site.page("/sitemap.xml", SITEMAP.format(base=site.base), headers={"Content-Type": "application/xml"})
    site.page("/city-department/city-clerk/public-records/", clerk(email="records@oxnard.org"))
    site.page("/departments/it", IT)
    site.page("/city-department/city-attorney/", ATTORNEY)
    # /privacy-notice is linked but missing (404): the common paths are tried instead
    site.page("/privacy-policy", "<html><body><main><h1>Privacy Policy</h1><p>We keep little.</p></main></body></html>")


def test_find_pages_from_links_sitemap_and_common_paths(site, fetcher):
    _site(site)
    found, errors = find_pages(fetcher, site.url("/"))
    assert {k: p.url for k, p in found.items()} == {
        "records": site.url("/city-department/city-clerk/public-records/"),
        "it": site.url("/departments/it"),
        "attorney": site.url("/city-department/city-attorney/"),
        "privacy": site.url("/privacy-policy"),
    }
    assert any("privacy-notice" in e and "http_4xx" in e for e in errors)
    assert not site.hits_for("/news/2026/records-day")


def test_discover_proposes_pages_and_contacts(conn, site, fetcher):
    _site(site)
    conn.execute("UPDATE cities SET website=? WHERE slug='oxnard'", (site.url("/"),))
    (result,) = discover(conn, ["oxnard"], fetcher=fetcher)
    pending = store.list_changes(conn)
    proposed = {(c["field"], c["new_value"]) for c in pending if c["kind"] == "page_proposed"}
    assert ("records", site.url("/city-department/city-clerk/public-records/")) in proposed
    assert len(proposed) == 4
    contacts = {(c["field"], c["new_value"]) for c in pending if c["kind"] == "contact_added"}
    assert ("records_email", "records@oxnard.org") in contacts
    assert ("it_email", "helpdesk@oxnard.org") in contacts
    assert ("it_phone", "+18053857600") in contacts
    assert ("attorney_email", "cityattorney@oxnard.org") in contacts
    # already in the registry: not proposed again
    assert ("records_phone", "+18053857803") not in contacts
    statuses = {p["url"]: p["status"] for p in store.list_pages(conn, ["oxnard"], statuses=("proposed",))}
    assert statuses[site.url("/departments/it")] == "proposed"
    # a second run proposes nothing new
    (again,) = discover(conn, ["oxnard"], fetcher=fetcher)
    assert again.changes == []


def test_discover_without_website_is_reported(conn, fetcher):
    conn.execute("UPDATE cities SET website=NULL WHERE slug='mission-viejo'")
    (r,) = discover(conn, ["mission-viejo"], fetcher=fetcher)
    assert r.pages == [] and "no website" in r.errors[0]


def test_one_apprise_alert_per_changed_fact(conn, prr_env, monkeypatch, httpserver):
    from prr.core.alerts import alert_changes
    from prr.core.settings import get_settings

    httpserver.expect_request("/hook", method="POST").respond_with_data("")
    monkeypatch.setenv("PRR_APPRISE_URLS", "json://" + httpserver.url_for("/hook").split("://", 1)[1])
    ids = [store.add_change(conn, city_slug="oxnard", kind="contact_added", field="records_email",
                            old_value="cityclerk@oxnard.org", new_value="records@oxnard.org",
                            url="https://www.oxnard.org/x", evidence="Email: records@oxnard.org"),
           store.add_change(conn, city_slug="oxnard", kind="contact_added", field="portal_url",
                            new_value="https://oxnard.nextrequest.com/", url="https://www.oxnard.org/x")]
    out = alert_changes([store.get_change(conn, i) for i in ids], settings=get_settings(), artifacts=False)
    received = [json.loads(req.get_data()) for req, _ in httpserver.log if req.path == "/hook"]
    assert out == {"artifacts": 0, "notified": 2, "failed": 0}
    assert len(received) == 2
    assert "records@oxnard.org" in received[0]["message"] and "oxnard" in received[0]["title"]
    assert "prr changes accept" in received[1]["message"]
