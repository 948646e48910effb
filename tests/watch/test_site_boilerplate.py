"""Contact blocks a city repeats on all its pages never create changes (real server, real SQLite)."""
from __future__ import annotations

from prr.db import pages as store
from prr.scrapers.contacts import extract_contacts, mark_boilerplate, repeated_blocks
from prr.watch.watch import WatchOptions, check_pages

WIDGET = ("<div class='contact-widget'><p>Questions? City Clerk's Office: {email}, (805) 385-{ext}</p></div>")


def _html(title: str, body: str, email="cityclerk@oxnard.org", ext="7803") -> str:
    return (f"<html><head><title>{title} | Oxnard</title></head><body><main><h1>{title}</h1>{body}"
            f"{WIDGET.format(email=email, ext=ext)}</main></body></html>")


PAGES = {
    "/records": ("Public Records", "<p>Submit requests to records@oxnard.org or call (805) 385-7810.</p>"),
    "/privacy": ("Privacy Policy", "<p>We do not sell personal information collected on this site.</p>"),
    "/it": ("Information Technology", "<p>Report a data breach to the IT help desk: security@oxnard.org.</p>"),
}


def _serve(site, **widget):
    return {path: site.page(path, _html(title, body, **widget)) for path, (title, body) in PAGES.items()}


def _check_all(conn, fetcher, urls, reconcile=True):
    kinds = {"/records": "records", "/privacy": "privacy", "/it": "it"}
    pages = []
    for path, url in urls.items():
        pid, _ = store.add_page(conn, "oxnard", url, kinds[path])
        pages.append(store.get_page(conn, pid))
    return check_pages(conn, pages, fetcher=fetcher, options=WatchOptions(reconcile_registry=reconcile))


def test_repeated_blocks_and_marking():
    pages = [[_html(t, b)] for t, b in PAGES.values()]
    texts = [extract_contacts(p[0]) for p in pages]
    from prr.scrapers.contacts.page import read_page
    paragraphs = [[b.text for b in read_page(p[0]).blocks] for p in pages]
    repeated = repeated_blocks(paragraphs)
    assert any("city clerk's office: <contact>" in r for r in repeated)    # compared with contacts masked
    marked = mark_boilerplate(texts[0], repeated)
    flags = {c.value: c.boilerplate for c in marked.items}
    assert flags["cityclerk@oxnard.org"] is True and flags["records@oxnard.org"] is False
    assert next(c for c in marked.items if c.value == "cityclerk@oxnard.org").registry_kind("records") is None
    assert marked.records_contact("records")["email"].value == "records@oxnard.org"
    assert repeated_blocks(paragraphs[:1]) == set()


def test_site_widget_change_creates_no_change_on_any_page(conn, site, fetcher):
    urls = _serve(site)
    _check_all(conn, fetcher, urls, reconcile=False)
    _check_all(conn, fetcher, urls, reconcile=False)      # every page now has a snapshot to compare with
    urls = _serve(site, email="clerk@oxnard.org", ext="7899")
    summary = _check_all(conn, fetcher, urls, reconcile=False)
    assert summary.change_ids == []
    assert store.list_changes(conn, status="pending") == []
    # The page's own contact still changes as one fact.
    site.page("/records", _html("Public Records", "<p>Submit requests to cpra@oxnard.org or call (805) 385-7810.</p>",
                                email="clerk@oxnard.org", ext="7899"))
    summary = _check_all(conn, fetcher, urls, reconcile=False)
    changes = store.list_changes(conn, status="pending")
    assert [(c["field"], c["old_value"], c["new_value"]) for c in changes] == \
        [("records_email", "records@oxnard.org", "cpra@oxnard.org")]


def test_widget_on_later_pages_is_not_proposed(conn, site, fetcher):
    urls = _serve(site)
    _check_all(conn, fetcher, {p: u for p, u in urls.items() if p != "/records"}, reconcile=False)
    _check_all(conn, fetcher, {"/records": urls["/records"]})
    proposed = {(c["field"], c["new_value"]) for c in store.list_changes(conn, status="pending")}
    assert ("records_email", "records@oxnard.org") in proposed
    assert not any(v == "cityclerk@oxnard.org" for _, v in proposed)


def test_seven_digit_number_completed_with_the_registry_area_code(conn, site, fetcher):
    # The seed registry has Oxnard's records phone in 805; the agenda writes "385-7899".
    url = site.page("/agenda", "<html><head><title>Agenda | Oxnard</title></head><body><main><h1>Agenda</h1>"
                               "<p>Public records questions: City Clerk, 385-7899.</p></main></body></html>")
    pid, _ = store.add_page(conn, "oxnard", url, "records")
    check_pages(conn, [store.get_page(conn, pid)], fetcher=fetcher, options=WatchOptions(reconcile_registry=True))
    proposed = {(c["field"], c["new_value"]) for c in store.list_changes(conn, status="pending")}
    assert ("records_phone", "+18053857899") in proposed


AGENDA = ("<html><head><title>Agenda | Oxnard</title></head><body><main><h1>Agenda</h1>"
          "<p>Public records questions: City Clerk, 385-7899.</p></main></body></html>")


def test_worker_processes_read_the_page_with_the_area_code_once(conn, site, fetcher, monkeypatch):
    # Parsed in a worker process with the city's area codes: the number is completed there
    # and the writing process does not read the page's contacts again.
    import os

    import prr.watch.compare as compare

    calls = []
    real = compare.extract_contacts
    monkeypatch.setattr(compare, "extract_contacts", lambda *a, **k: calls.append(k) or real(*a, **k))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)   # two workers anywhere
    pid, _ = store.add_page(conn, "oxnard", site.page("/agenda", AGENDA), "records")
    summary = check_pages(conn, [store.get_page(conn, pid)], fetcher=fetcher,
                          options=WatchOptions(reconcile_registry=True, parallel_from=1))
    assert summary.results[0].outcome == "baseline"
    proposed = {(c["field"], c["new_value"]) for c in store.list_changes(conn, status="pending")}
    assert ("records_phone", "+18053857899") in proposed
    assert calls == []          # the calls above happened in the worker process, not here


def test_a_page_read_with_the_area_codes_is_not_read_again():
    import prr.watch.compare as compare

    once = compare.analyse(AGENDA, base_url="http://oxnard.test/agenda", page_kind="records", area_codes=("805",))
    twice = compare.analyse(AGENDA, base_url="http://oxnard.test/agenda", page_kind="records")
    before = once.contacts
    assert once.with_area_codes(("805",), "records").contacts is before
    assert twice.with_area_codes(("805",), "records").contacts.to_json() == before.to_json()
    assert once.facts == twice.facts and "records_phone" in once.facts


def test_site_context_follows_snapshots_written_between_reads(conn):
    """The run's counts of a city's repeated blocks, read once and then only from the
    snapshots added since, give what reading every page of the city again gives, with
    other cities' snapshots written in between (real SQLite)."""
    from prr.scrapers.contacts.boilerplate import block_key
    from prr.watch.site_context import SiteContext, site_repeated

    widget, footer = "Questions? Call the City Clerk's Office.", "City Hall, 300 West Third Street"
    pages = {}
    for city in ("oxnard", "mission-viejo"):
        for n in range(4):
            pid, _ = store.add_page(conn, city, f"https://{city}.example.gov/page/{n}", "records")
            pages[(city, n)] = store.get_page(conn, pid)

    def write(city, n, version):
        paragraphs = [f"{city} page {n} version {version}", widget, footer if version % 2 else "Contact us"]
        store.add_snapshot(conn, pages[(city, n)]["id"], http_status=200, final_url=pages[(city, n)]["url"],
                           content_hash=f"{city}-{n}-{version}", text="\n".join(paragraphs),
                           paragraphs=paragraphs, contacts={})
        return paragraphs

    write("mission-viejo", 0, 0)                       # another city's snapshot before the first read
    site = SiteContext(conn)
    checked = 0
    for version in range(3):
        for n in range(4):
            for city in ("oxnard", "mission-viejo"):
                page = pages[(city, n)]
                mine = [f"{city} page {n} version {version + 1}", widget, footer]
                assert site.repeated(page, mine) == site_repeated(conn, page, mine)
                checked += 1
                write(city, n, version)
    assert checked == 24
    got = site.repeated(pages[("oxnard", 0)], [widget])
    assert block_key(widget) in got and block_key(footer) not in got     # no latest version has the footer
