"""Change detection on real pages served in versions by a local server, stored in a real SQLite file."""
from __future__ import annotations

from watchpages import PRIVACY_PARAS, clerk, privacy
from watchsite import Route

from prr.db import pages as store
from prr.watch.watch import WatchOptions, analyse, check_pages


def _page(conn, site, path, body, kind="records", **route):
    url = site.page(path, body, **route)
    pid, _ = store.add_page(conn, "oxnard", url, kind)
    return pid


def _check(conn, fetcher, pid, confirm="recheck", threshold=3, reconcile=False, now=None):
    page = store.get_page(conn, pid)
    summary = check_pages(conn, [page], fetcher=fetcher,
                          options=WatchOptions(confirm=confirm, failure_threshold=threshold,
                                               reconcile_registry=reconcile, now=now))
    return summary.results[0]


DAY1, DAY1_LATER, DAY2, DAY3 = ("2026-11-20T17:00:00+00:00", "2026-11-20T21:00:00+00:00",
                                "2026-11-21T17:00:00+00:00", "2026-11-22T17:00:00+00:00")


def _pending(conn):
    return store.list_changes(conn, status="pending")


def test_first_check_is_a_baseline(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    r = _check(conn, fetcher, pid)
    assert r.outcome == "baseline" and r.changes == []
    snap = store.latest_snapshot(conn, pid)
    assert any(c["value"] == "cityclerk@oxnard.org" for c in snap["contacts"]["contacts"])
    assert "Last updated: <date> <time>" in snap["text"]


def test_changed_last_updated_date_and_volatile_tokens_are_no_change(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.page("/clerk", clerk(updated="November 20, 2026 4:05 PM", cache="2002", session="ZZ99YY88XX77", year="2027"))
    r = _check(conn, fetcher, pid)
    assert r.outcome == "unchanged" and r.changes == []
    assert _pending(conn) == []


def test_changed_email_is_exactly_one_change(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.page("/clerk", clerk(email="records@oxnard.org", updated="November 20, 2026 9:00 AM"))
    r = _check(conn, fetcher, pid)
    assert r.outcome == "changed"
    changes = _pending(conn)
    assert len(changes) == 1
    c = changes[0]
    assert (c["kind"], c["field"], c["old_value"], c["new_value"]) == \
        ("contact_added", "records_email", "cityclerk@oxnard.org", "records@oxnard.org")
    assert "records@oxnard.org" in c["evidence"] and c["url"] == site.url("/clerk")
    assert c["detected_at"] and c["confirmations"] == 2


def test_a_confirming_refetch_of_the_same_page_is_not_read_again(conn, site, fetcher, monkeypatch):
    import prr.watch.watch as watch_mod

    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    reads = []
    monkeypatch.setattr(watch_mod, "analyse", lambda *a, **k: reads.append(a) or analyse(*a, **k))
    site.page("/clerk", clerk(email="records@oxnard.org"))
    r = _check(conn, fetcher, pid)
    assert r.outcome == "changed" and reads == []          # confirmed by the same body: read once
    assert [c["new_value"] for c in _pending(conn)] == ["records@oxnard.org"]
    site.routes["/clerk"] = [Route(body=clerk(email="clerk2@oxnard.org")),
                             Route(body=clerk(email="clerk2@oxnard.org", updated="November 21, 2026 9:00 AM"))]
    r = _check(conn, fetcher, pid)
    assert r.outcome == "changed" and len(reads) == 1      # another body: read again to confirm


def test_portal_href_changed_behind_same_link_text(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.page("/clerk", clerk(portal="https://oxnard.nextrequest.com/requests/new"))
    _check(conn, fetcher, pid)
    changes = _pending(conn)
    assert [(c["field"], c["old_value"], c["new_value"]) for c in changes] == [
        ("portal_url", "https://oxnardca.mycusthelp.com/WEBAPP/_rs/supporthome.aspx",
         "https://oxnard.nextrequest.com/requests/new")]


def test_added_council_contact_is_not_a_records_change(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.page("/clerk", clerk(extra="<h2>Newsletter</h2><p>Subscribe to the newsletter: news@oxnard.org</p>"))
    _check(conn, fetcher, pid)
    changes = _pending(conn)
    assert all(c["field"] != "records_email" for c in changes)
    # The new paragraph is new text, reported once as such.
    assert [c["kind"] for c in changes] == ["policy_changed"]


def test_moved_paragraph_is_no_change_but_an_edit_is_one(conn, site, fetcher):
    pid = _page(conn, site, "/privacy", privacy(), kind="privacy")
    _check(conn, fetcher, pid)
    site.page("/privacy", privacy(list(reversed(PRIVACY_PARAS)), updated="June 1, 2026"))
    assert _check(conn, fetcher, pid).changes == []
    edited = list(PRIVACY_PARAS)
    edited[1] = "We may share personal information with service providers and partners."
    site.page("/privacy", privacy(edited))
    _check(conn, fetcher, pid)
    changes = _pending(conn)
    assert len(changes) == 1
    assert changes[0]["kind"] == "policy_changed"
    assert changes[0]["old_value"] == PRIVACY_PARAS[1] and changes[0]["new_value"] == edited[1]


def test_flapping_page_does_not_alert_with_recheck(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.routes["/clerk"] = [Route(body=clerk(email="typo@oxnard.org")), Route(body=clerk())]
    r = _check(conn, fetcher, pid)
    assert r.outcome == "unconfirmed" and _pending(conn) == []


def test_two_consecutive_checks_confirm(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid, confirm="next_check")
    site.page("/clerk", clerk(email="typo@oxnard.org"))
    assert _check(conn, fetcher, pid, confirm="next_check").outcome == "unconfirmed"
    assert _pending(conn) == []
    site.page("/clerk", clerk())                         # flapped back: forgotten
    _check(conn, fetcher, pid, confirm="next_check")
    assert store.list_changes(conn, status=None) == []
    site.page("/clerk", clerk(email="records@oxnard.org"))
    _check(conn, fetcher, pid, confirm="next_check")
    assert _pending(conn) == []
    r = _check(conn, fetcher, pid, confirm="next_check")
    assert r.outcome == "changed"
    assert [(c["new_value"], c["confirmations"]) for c in _pending(conn)] == [("records@oxnard.org", 2)]


def test_etag_304_and_same_hash_skip(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk(), etag='"v1"')
    _check(conn, fetcher, pid)
    assert store.get_page(conn, pid)["etag"] == '"v1"'
    assert _check(conn, fetcher, pid).outcome == "not_modified"
    pid2 = _page(conn, site, "/plain", clerk())
    _check(conn, fetcher, pid2)
    assert _check(conn, fetcher, pid2).outcome == "same_hash"
    assert len(store.snapshots_for(conn, pid)) == 1


def test_404_is_page_broken_on_the_second_day_and_never_a_snapshot(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid, now=DAY1)
    del site.routes["/clerk"]
    assert _check(conn, fetcher, pid, now=DAY1_LATER).outcome == "failed"     # same day: not yet
    assert _check(conn, fetcher, pid, now=DAY1_LATER).outcome == "failed"
    r = _check(conn, fetcher, pid, now=DAY2)
    assert r.outcome == "broken"
    assert len(store.snapshots_for(conn, pid)) == 1
    changes = _pending(conn)
    assert [(c["kind"], c["old_value"]) for c in changes] == [("page_broken", site.url("/clerk"))]
    assert "404" in changes[0]["evidence"]
    assert store.get_page(conn, pid)["status"] == "broken"
    _check(conn, fetcher, pid, now=DAY3)                       # still gone: no second alert
    assert len(_pending(conn)) == 1


def test_repeated_failures_become_page_broken_only_across_days(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid, now=DAY1)
    site.routes["/clerk"] = Route(status=500, body="<h1>Server Error</h1>")
    for _n in range(4):      # many failures within one day are an outage, not a broken page
        assert _check(conn, fetcher, pid, threshold=3, now=DAY1_LATER).outcome == "failed"
    assert _pending(conn) == []
    assert _check(conn, fetcher, pid, threshold=3, now=DAY2).outcome == "broken"
    assert [c["kind"] for c in _pending(conn)] == ["page_broken"]
    assert store.get_page(conn, pid)["failures"] == 5
    assert len(store.snapshots_for(conn, pid)) == 1


def test_permanent_redirect_is_page_moved(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.page("/departments/city-clerk", clerk())
    site.routes["/clerk"] = Route(status=301, headers={"Location": "/departments/city-clerk"})
    _check(conn, fetcher, pid)
    assert [(c["kind"], c["new_value"]) for c in _pending(conn)] == \
        [("page_moved", site.url("/departments/city-clerk"))]


def test_rejected_change_is_not_proposed_again(conn, site, fetcher):
    from prr.watch.proposals import reject_change

    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.page("/clerk", clerk(email="records@oxnard.org"))
    _check(conn, fetcher, pid)
    (c,) = _pending(conn)
    reject_change(conn, c["id"], "the page is wrong; the clerk confirmed by phone")
    site.page("/clerk", clerk())
    _check(conn, fetcher, pid)                         # back: records@ -> cityclerk@
    for ch in _pending(conn):
        reject_change(conn, ch["id"])
    site.page("/clerk", clerk(email="records@oxnard.org"))
    _check(conn, fetcher, pid)                         # the rejected change again
    assert _pending(conn) == []
    rejected = store.get_change(conn, c["id"])
    assert rejected["status"] == "rejected" and "confirmed by phone" in rejected["decision_note"]


def test_one_bad_page_does_not_stop_the_run(conn, site, fetcher):
    good = _page(conn, site, "/clerk", clerk())
    bad = _page(conn, site, "/huge", "", stream_bytes=8 * 1024 * 1024)
    pages = [store.get_page(conn, bad), store.get_page(conn, good)]
    summary = check_pages(conn, pages, fetcher=fetcher, options=WatchOptions(reconcile_registry=False))
    outcomes = {r.url.rsplit("/", 1)[1]: (r.outcome, r.error) for r in summary.results}
    assert outcomes["clerk"] == ("baseline", None)
    assert outcomes["huge"][0] == "failed" and outcomes["huge"][1].startswith("too_large")
    assert store.get_page(conn, bad)["last_error"].startswith("too_large")


def test_large_run_parses_in_worker_processes(conn, site, fetcher):
    from prr.watch.watch import WatchOptions, check_pages

    ids = [_page(conn, site, f"/p{i}", clerk(email=f"clerk{i}@oxnard.org")) for i in range(12)]
    gone, _ = store.add_page(conn, "oxnard", site.url("/gone"), "records")
    pages = [store.get_page(conn, i) for i in ids + [gone]]
    summary = check_pages(conn, pages, fetcher=fetcher, options=WatchOptions(parallel_from=10, reconcile_registry=False))
    assert summary.counts() == {"baseline": 12, "failed": 1}     # gone, but only seen on one day
    snap = store.latest_snapshot(conn, ids[7])
    assert "clerk7@oxnard.org" in snap["contacts"]["emails"]
    assert fetcher.requests_made >= 13           # the workers' requests are counted
    site.page("/p3", clerk(email="records@oxnard.org"))
    summary = check_pages(conn, [store.get_page(conn, i) for i in ids], fetcher=fetcher,
                          options=WatchOptions(parallel_from=10, reconcile_registry=False))
    assert summary.counts() == {"same_hash": 11, "changed": 1}
    assert [c["new_value"] for c in _pending(conn) if c["kind"] == "contact_added"] == ["records@oxnard.org"]


def test_a_pdf_where_a_page_was_is_a_failure_not_a_snapshot(conn, site, fetcher):
    pid = _page(conn, site, "/clerk", clerk())
    _check(conn, fetcher, pid)
    site.routes["/clerk"] = Route(body=b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"})
    r = _check(conn, fetcher, pid)
    assert r.outcome == "failed" and r.error.startswith("content_type")
    assert len(store.snapshots_for(conn, pid)) == 1


def test_first_check_proposes_what_the_registry_lacks(conn, site, fetcher):
    # The seed registry has Oxnard's clerk email, phone and address, and a GovQA portal
    # "to discover": the page's portal and fax are new, the rest is known.
    pid = _page(conn, site, "/clerk", clerk())
    r = _check(conn, fetcher, pid, reconcile=True)
    assert r.outcome == "baseline"
    got = sorted((c["field"], c["old_value"], c["new_value"]) for c in _pending(conn))
    assert got == [("portal_url", None, "https://oxnardca.mycusthelp.com/WEBAPP/_rs/supporthome.aspx"),
                   ("records_fax", None, "+18053857806")]


def test_first_check_replaces_a_registry_value_taken_from_the_same_page(conn, site, fetcher, prr_env):
    url = site.url("/clerk")
    conn.execute("UPDATE contacts SET source_url=? WHERE city_slug='oxnard' AND kind='records_email'", (url,))
    pid = _page(conn, site, "/clerk", clerk(email="records@oxnard.org"))
    _check(conn, fetcher, pid, reconcile=True)
    emails = [(c["old_value"], c["new_value"]) for c in _pending(conn) if c["field"] == "records_email"]
    assert emails == [("cityclerk@oxnard.org", "records@oxnard.org")]


def test_get_changes_keeps_the_order_given_and_skips_missing(conn):
    ids = [store.add_change(conn, city_slug="oxnard", kind="contact_added", field="records_email",
                            new_value=f"clerk{i}@oxnard.org") for i in range(1203)]
    wanted = list(reversed(ids[:3])) + [999_999] + ids[500:1203]
    got = store.get_changes(conn, wanted)
    assert [c["id"] for c in got] == [i for i in wanted if i != 999_999]
    assert got[0]["new_value"] == "clerk2@oxnard.org"
    assert store.get_changes(conn, []) == []


def test_site_repeated_with_keyed_snapshots_matches_the_plain_comparison(conn):
    """The watch keys each snapshot's blocks once (by the hash of its paragraphs) and a
    run's SiteContext counts them by difference; the result is what comparing all the
    city's latest snapshots afresh gives, also after pages' snapshots changed."""
    import hashlib

    from prr.scrapers.contacts import repeated_blocks
    from prr.watch.site_context import SiteContext, city_paragraphs, site_repeated

    footer = "City Hall, 300 West Third Street | Phone (805) 385-7803 | clerk@oxnard.org"
    pids = [store.add_page(conn, "oxnard", f"https://www.oxnard.org/p{i}", "records")[0] for i in range(4)]

    def snap(pid, paragraphs):
        store.add_snapshot(conn, pid, http_status=200, final_url="u", text="\n".join(paragraphs),
                           content_hash=hashlib.sha256("\n".join(paragraphs).encode()).hexdigest(),
                           paragraphs=paragraphs, contacts={})

    page = {"id": pids[0], "city_slug": "oxnard"}
    mine = ["Records page", footer, "Sidebar: pay a bill"]

    def plain():
        return repeated_blocks([mine, *city_paragraphs(conn, "oxnard", exclude_page_id=pids[0])])

    site = SiteContext(conn)
    assert site.repeated(page, mine) == set()          # nothing else has a snapshot yet
    for i, pid in enumerate(pids[1:]):
        snap(pid, [f"Page {i} news", footer, "Sidebar: pay a bill"])
    first = site_repeated(conn, page, mine)
    assert first == plain() == site.repeated(page, mine) and len(first) == 2
    snap(pids[0], mine)                                # its own snapshot is not counted as another page
    assert site.repeated(page, mine) == plain() == first
    for pid in pids[1:]:                       # the template changed on every other page
        snap(pid, [f"News for {pid}", "A new footer"])
        assert site.repeated(page, mine) == plain()
    assert site_repeated(conn, page, mine) == plain() == site.repeated(page, mine) == {"a new footer"}
    conn.execute("DELETE FROM snapshots WHERE page_id=?", (pids[1],))     # a page gone, seen by the next run
    assert SiteContext(conn).repeated(page, mine) == plain() == site_repeated(conn, page, mine)
