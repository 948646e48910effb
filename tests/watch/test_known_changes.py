"""A run's "already proposed or decided?" answers from memory (``known_changes``) are the
database's answers: after its own additions, another connection's commits, a deleted change
and a rolled-back write."""
from __future__ import annotations

import pytest

from prr.db import connect
from prr.db import pages as store
from prr.db.core import savepoint, write


def _city(conn) -> str:
    return conn.execute("SELECT slug FROM cities ORDER BY slug LIMIT 1").fetchone()[0]


def _from_db(conn, city: str, values: list[str]) -> set[tuple]:
    """What the changes table holds, read here (not through change_keys, which inside
    known_changes answers from what it remembers)."""
    return {tuple(r) for r in conn.execute(
        "SELECT coalesce(field, ''), coalesce(old_value, ''), coalesce(new_value, '') FROM changes"
        f" WHERE city_slug = ? AND kind = 'contact_added' AND new_value IN ({', '.join('?' * len(values))})",
        [city, *values])}


def _both(conn, city: str, values: list[str]) -> tuple[set, set]:
    with store.known_changes(conn):
        remembered = store.change_keys(conn, city, "contact_added", values)
    return remembered, _from_db(conn, city, values)


def test_known_changes_follow_the_database(conn, prr_env):
    city = _city(conn)
    values = ["a@x.gov", "b@x.gov", "c@x.gov"]
    store.add_change(conn, city_slug=city, kind="contact_added", field="records_email", new_value="a@x.gov")
    other = connect(prr_env.db_path)
    try:
        with store.known_changes(conn):
            assert store.change_keys(conn, city, "contact_added", values) == _from_db(conn, city, values)
            # added through the run's connection
            with write(conn):
                cid = store.add_change(conn, city_slug=city, kind="contact_added", field="records_email",
                                       old_value="a@x.gov", new_value="b@x.gov", status="unconfirmed")
            assert ("records_email", "a@x.gov", "b@x.gov") in store.change_keys(conn, city, "contact_added", values)
            # committed by another connection
            store.add_change(other, city_slug=city, kind="contact_added", field="records_phone", new_value="c@x.gov",
                             status="rejected")
            assert ("records_phone", "", "c@x.gov") in store.change_keys(conn, city, "contact_added", values)
            # deleted
            store.drop_change(conn, cid)
            got = store.change_keys(conn, city, "contact_added", values)
            assert ("records_email", "a@x.gov", "b@x.gov") not in got
            assert got == _from_db(conn, city, values)
            # rolled back
            with write(conn):
                with pytest.raises(RuntimeError), savepoint(conn, "page"):
                    store.add_change(conn, city_slug=city, kind="contact_added", field="it_email",
                                     new_value="a@x.gov")
                    assert ("it_email", "", "a@x.gov") in store.change_keys(conn, city, "contact_added", values)
                    raise RuntimeError("the page failed")
                assert ("it_email", "", "a@x.gov") not in store.change_keys(conn, city, "contact_added", values)
                assert store.change_keys(conn, city, "contact_added", values) == _from_db(conn, city, values)
    finally:
        other.close()
    remembered, queried = _both(conn, city, values)
    assert remembered == queried and len(queried) == 2


def test_other_statuses_and_kinds_are_asked_of_the_database(conn):
    city = _city(conn)
    store.add_change(conn, city_slug=city, kind="contact_added", field="records_email", new_value="a@x.gov",
                     status="pending")
    with store.known_changes(conn):
        assert store.change_keys(conn, city, "contact_added", ["a@x.gov"], statuses=("accepted",)) == set()
        assert store.change_keys(conn, city, "contact_removed", ["a@x.gov"]) == set()
        assert store.change_keys(conn, city, "contact_added", []) == set()


@pytest.mark.parametrize("remembered", [False, True], ids=["queried", "remembered"])
def test_a_decided_proposal_is_not_proposed_again(conn, remembered):
    from contextlib import nullcontext

    from prr.watch.compare import analyse, reconcile_with_registry

    city = _city(conn)
    html = ("<html><body><h1>Public Records Requests</h1><p>Send your public records request to"
            " records-desk@example.gov.</p></body></html>")
    pages = [{"id": None, "city_slug": city, "url": f"https://example.gov/records/{n}", "kind": "records"}
             for n in range(3)]

    def propose(page):
        analysis = analyse(html, base_url=page["url"], page_kind="records")
        return reconcile_with_registry(conn, page, analysis, url=page["url"])

    with store.known_changes(conn) if remembered else nullcontext():
        first = propose(pages[0])
        assert first, "the page's records email is not in the registry: it is proposed"
        assert propose(pages[1]) == []      # already pending
        for cid in first:
            store.decide_change(conn, cid, "rejected")
        assert propose(pages[2]) == []      # rejected: not proposed again
