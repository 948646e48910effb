"""A faulty web, served for real by pytest-httpserver: outage pages with 200, an offline
machine, robots refusals, redirects into internal networks, a slow confirming re-fetch
while another command writes."""
from __future__ import annotations

import sqlite3
import threading
import time

import hostile_pages
import pytest
from werkzeug.wrappers import Response

from prr.db import pages as store

OUTAGES = hostile_pages.outage_pages()
DAY1, DAY2, DAY2_LATER, DAY3, DAY4 = ("2026-11-20T17:00:00+00:00", "2026-11-21T17:00:00+00:00",
                                      "2026-11-21T21:00:00+00:00", "2026-11-22T17:00:00+00:00",
                                      "2026-11-23T17:00:00+00:00")


class Pages:
    """Mutable routes on a pytest-httpserver: ``pages["/clerk"] = body`` (or a callable)."""

    def __init__(self, httpserver):
        self.server, self.routes, self.hits = httpserver, {}, []
        httpserver.expect_request("/robots.txt").respond_with_handler(self._robots)
        self.robots = ""

    def _robots(self, request):
        return Response(self.robots, status=200 if self.robots else 404, content_type="text/plain")

    def __setitem__(self, path, body):
        if path not in self.routes:
            self.server.expect_request(path).respond_with_handler(lambda r, p=path: self._answer(p, r))
        self.routes[path] = body

    def _answer(self, path, request):
        self.hits.append(path)
        body = self.routes[path]
        if callable(body):
            return body(request)
        return Response(body, status=200, content_type="text/html; charset=utf-8")

    def url(self, path):
        return self.server.url_for(path)


@pytest.fixture
def pages(httpserver):
    return Pages(httpserver)


@pytest.fixture
def fetcher(prr_env):
    from prr.scrapers.fetch import PoliteFetcher

    with PoliteFetcher(prr_env, allow_private="127.0.0.0/8", interval=0.0, timeout=(2.0, 5.0)) as f:
        yield f


def check(conn, fetcher, page_ids, now, **options):
    from prr.watch.watch import WatchOptions, check_pages

    return check_pages(conn, [store.get_page(conn, i) for i in page_ids], fetcher=fetcher,
                       options=WatchOptions(now=now, reconcile_registry=False, **options))


def open_changes(conn):
    return [c for c in store.list_changes(conn, status=None) if c["status"] in ("pending", "unconfirmed")]


@pytest.mark.parametrize("case_id, body", OUTAGES, ids=[f"{len(OUTAGES)}-{c[0]}" for c in OUTAGES])
def test_hostile_outage_pages(case_id, body, conn, pages, fetcher, outside_the_store):
    pages["/clerk"] = hostile_pages.healthy()
    pid, _ = store.add_page(conn, "oxnard", pages.url("/clerk"), "records")
    assert check(conn, fetcher, [pid], DAY1).results[0].outcome == "baseline"
    pages["/clerk"] = body
    for now in (DAY2, DAY2_LATER, DAY3):           # the outage lasts two days
        r = check(conn, fetcher, [pid], now).results[0]
        if case_id.startswith("shrunk") and now == DAY3:
            # The same smaller page on a second day is taken as the page; a removal it shows
            # still has to be seen on another day before it is proposed.
            assert r.outcome in ("suspect", "unconfirmed") and r.changes == []
            continue
        assert r.outcome in ("suspect", "failed"), (r.outcome, r.error)
        assert r.error and r.changes == []
    assert store.list_changes(conn, status="pending") == [], "an outage page must not become a change"
    suspects = store.page_fetches(conn, pid, outcome="suspect")
    assert all(f["reason"] for f in suspects)
    pages["/clerk"] = hostile_pages.healthy()       # recovery: nothing to add back
    r = check(conn, fetcher, [pid], DAY4).results[0]
    assert r.outcome in ("same_hash", "unchanged") and r.changes == []
    assert open_changes(conn) == [] and store.get_page(conn, pid)["status"] == "active"


def test_contact_removal_needs_a_healthy_page_on_two_days(conn, pages, fetcher):
    pages["/clerk"] = hostile_pages.healthy()
    pid, _ = store.add_page(conn, "oxnard", pages.url("/clerk"), "records")
    check(conn, fetcher, [pid], DAY1)
    pages["/clerk"] = hostile_pages.healthy(emails=("cityclerk@oxnard.org",))

    def removals(status):
        return [c for c in store.list_changes(conn, status=status) if c["kind"] == "contact_removed"]

    check(conn, fetcher, [pid], DAY2)
    check(conn, fetcher, [pid], DAY2_LATER)        # same day again: still waiting
    assert removals("pending") == [] and len(removals("unconfirmed")) == 1
    r = check(conn, fetcher, [pid], DAY3).results[0]
    assert r.outcome == "changed"
    (c,) = removals("pending")
    assert c["old_value"] == "records@oxnard.org" and c["id"] in r.changes


def test_a_removal_seen_once_is_forgotten_when_the_contact_comes_back(conn, pages, fetcher):
    pages["/clerk"] = hostile_pages.healthy()
    pid, _ = store.add_page(conn, "oxnard", pages.url("/clerk"), "records")
    check(conn, fetcher, [pid], DAY1)
    pages["/clerk"] = hostile_pages.healthy(emails=("cityclerk@oxnard.org",))
    check(conn, fetcher, [pid], DAY2)
    pages["/clerk"] = hostile_pages.healthy()
    check(conn, fetcher, [pid], DAY3)
    assert [c for c in open_changes(conn) if c["kind"] == "contact_removed"] == []


def test_a_smaller_page_served_on_two_days_is_the_page(conn, pages, fetcher):
    pages["/clerk"] = hostile_pages.healthy()
    pid, _ = store.add_page(conn, "oxnard", pages.url("/clerk"), "records")
    check(conn, fetcher, [pid], DAY1)
    pages["/clerk"] = hostile_pages.healthy(emails=(), policy=hostile_pages.POLICY[:1])
    assert check(conn, fetcher, [pid], DAY2).results[0].outcome == "suspect"
    assert check(conn, fetcher, [pid], DAY3).results[0].outcome in ("changed", "unconfirmed")


def test_offline_run_proposes_nothing_and_counts_no_failure(conn, pages, fetcher):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    ids = [store.add_page(conn, "oxnard", "http://clerk.oxnard.invalid/records", "records")[0],
           store.add_page(conn, "oxnard", f"http://127.0.0.1:{closed}/clerk", "records")[0]]
    for now in (DAY1, DAY2, DAY3, DAY4):
        summary = check(conn, fetcher, ids, now)
        assert summary.offline and summary.all_failed
        assert summary.counts() == {"offline": 2}
    assert open_changes(conn) == []
    assert [store.get_page(conn, i)["failures"] for i in ids] == [0, 0]
    assert all(store.get_page(conn, i)["status"] == "active" for i in ids)


def test_one_host_down_while_others_answer_is_a_failure_and_broken_only_across_days(conn, pages, fetcher):
    pages["/clerk"] = hostile_pages.healthy()
    ok, _ = store.add_page(conn, "oxnard", pages.url("/clerk"), "records")
    down, _ = store.add_page(conn, "mission-viejo", "http://clerk.mission-viejo.invalid/", "records")
    outcomes = [check(conn, fetcher, [ok, down], now, failure_threshold=3).results for now in (DAY1, DAY1, DAY1)]
    assert not any(r.outcome == "broken" for rs in outcomes for r in rs)
    assert store.get_page(conn, down)["failures"] == 3
    summary = check(conn, fetcher, [ok, down], DAY2, failure_threshold=3)
    assert not summary.offline
    assert {r.page_id: r.outcome for r in summary.results}[down] == "broken"


def test_robots_refusal_is_never_page_broken(conn, pages, fetcher):
    pages["/clerk"] = hostile_pages.healthy()
    pages.robots = "User-agent: *\nDisallow: /\n"
    pid, _ = store.add_page(conn, "oxnard", pages.url("/clerk"), "records")
    for now in (DAY1, DAY2, DAY3, DAY4):
        assert check(conn, fetcher, [pid], now).results[0].outcome == "robots"
    assert open_changes(conn) == [] and store.get_page(conn, pid)["failures"] == 0


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin",
                                    "http://[::ffff:169.254.169.254]/", "http://192.168.1.1/", "http://0.0.0.0/"])
def test_redirect_into_an_internal_network_is_refused_at_that_hop(pages, fetcher, target):
    from prr.scrapers.fetch import FetchError

    pages["/go"] = lambda request: Response("", status=302, headers={"Location": target})
    with pytest.raises(FetchError) as info:
        fetcher.fetch(pages.url("/go"))
    assert info.value.kind == "blocked_address" and "PRR_ALLOW_NETWORKS" in info.value.message


def test_allow_networks_setting(monkeypatch, prr_env):
    from prr.core.settings import get_settings
    from prr.scrapers.fetch import FetchError, check_address

    monkeypatch.setenv("PRR_ALLOW_NETWORKS", "127.0.0.0/8, 10.0.0.0/8")
    allow = get_settings().allow_networks
    assert check_address("10.0.0.1", 80, allow) == ["10.0.0.1"]
    with pytest.raises(FetchError):
        check_address("169.254.169.254", 80, allow)
    monkeypatch.setenv("PRR_ALLOW_NETWORKS", "127.0.0.0/33")
    with pytest.raises(ValueError, match="PRR_ALLOW_NETWORKS"):
        get_settings()
    monkeypatch.delenv("PRR_ALLOW_NETWORKS")
    monkeypatch.setenv("PRR_ALLOW_PRIVATE_ADDRESSES", "1")          # the old switch: loopback only now
    assert get_settings().allow_networks == ("127.0.0.0/8", "::1/128")


def test_concurrent_writer_succeeds_while_watch_waits_on_a_slow_recheck(conn, pages, fetcher, prr_env):
    pages["/clerk"] = hostile_pages.healthy()
    pid, _ = store.add_page(conn, "oxnard", pages.url("/clerk"), "records")
    check(conn, fetcher, [pid], DAY1)
    waiting = threading.Event()
    served = []

    def changed(request):
        served.append(1)
        if len(served) == 2:          # the confirming re-fetch: slow
            waiting.set()
            time.sleep(3)
        return Response(hostile_pages.healthy(emails=("cityclerk@oxnard.org", "pra@oxnard.org")),
                        content_type="text/html")

    pages["/clerk"] = changed
    outcome = {}

    def other_command():
        waiting.wait(10)
        other = sqlite3.connect(prr_env.db_path, timeout=1.0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO events (kind, at, detail_json) VALUES ('request_drafted', 'now', '{}')")
            other.execute("COMMIT")
            outcome["ok"] = True
        except sqlite3.OperationalError as e:
            outcome["error"] = str(e)
        finally:
            other.close()

    t = threading.Thread(target=other_command)
    t.start()
    r = check(conn, fetcher, [pid], DAY2).results[0]
    t.join()
    assert outcome == {"ok": True}, outcome
    assert r.outcome == "changed" and len(served) == 2


def test_prr_watch_offline_and_all_failed_exit_non_zero(conn, pages, monkeypatch):
    from typer.testing import CliRunner

    from prr.cli import app

    monkeypatch.setenv("PRR_ALLOW_NETWORKS", "127.0.0.0/8")
    monkeypatch.setenv("PRR_PER_HOST_INTERVAL", "0")
    conn.execute("DELETE FROM pages")
    store.add_page(conn, "oxnard", "http://clerk.oxnard.invalid/", "records")
    out = CliRunner().invoke(app, ["watch", "oxnard"])
    assert out.exit_code == 1 and "offline" in out.output, out.output
    conn.execute("DELETE FROM pages")
    pages["/gone"] = lambda request: Response("<h1>Server Error</h1>", status=500)
    store.add_page(conn, "oxnard", pages.url("/gone"), "records")
    out = CliRunner().invoke(app, ["watch", "oxnard"])
    assert out.exit_code == 1 and "every one of the 1 page fetches failed" in out.output, out.output
