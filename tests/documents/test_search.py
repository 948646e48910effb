"""Full-text search over letters, replies and document pages, kept current by triggers."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from prr.db.requests import add_communication, insert_request, update_request
from prr.documents.documents import add_document, process_document
from prr.documents.search import MARK_END, MARK_START, SearchQueryError, rebuild_index, search


@pytest.fixture
def filled(conn, made):
    ox = insert_request(conn, city_slug="oxnard", kind="incident-logs", params={}, dedupe_key="ox", token="PRR-AAAA0001",
                        subject="Ransomware incident response report", body="All records of the ransomware attack "
                        "on city servers, including the incident response report.", channel="outbox", recipient="x")
    mv = insert_request(conn, city_slug="mission-viejo", kind="vendor", params={}, dedupe_key="mv",
                        token="PRR-AAAA0002", subject="Vendor contracts", body="Contracts with the IT vendor.",
                        channel="outbox", recipient="y")
    add_communication(conn, request_id=mv, city_slug="mission-viejo", direction="in", subject="Re: Vendor contracts",
                      body="We need a 14-day extension to search for the vendor invoices.",
                      sent_at="2026-03-02T17:00:00+00:00")
    add_communication(conn, request_id=ox, city_slug="oxnard", direction="out", subject="Follow-up",
                      body="Following up about the vendor invoices.", sent_at="2026-03-03T17:00:00+00:00")
    doc = add_document(conn, made / "block_log.pdf", filename="seaside-log.pdf", request_id=ox)
    process_document(conn, doc)
    return {"ox": ox, "mv": mv, "doc": doc}


def test_letter_reply_and_document_hits(conn, filled):
    hits = search(conn, "ransomware")
    assert [h.kind for h in hits] == ["letter"]
    assert hits[0].request_id == filled["ox"] and hits[0].title == "Ransomware incident response report"
    assert f"{MARK_START}Ransomware{MARK_END}" in hits[0].snippet or f"{MARK_START}ransomware{MARK_END}" in hits[0].snippet

    replies = search(conn, "invoices", kind="reply")
    assert len(replies) == 1 and replies[0].city_slug == "mission-viejo"   # the outgoing follow-up is not a reply

    docs = search(conn, "vandalism", kind="document")
    assert docs and all(h.document_id == filled["doc"] and h.request_id == filled["ox"] for h in docs)
    assert docs[0].title == "seaside-log.pdf" and docs[0].page in (1, 2, 3, 4, 5)
    assert f"{MARK_START}Vandalism{MARK_END}" in docs[0].snippet


def test_ranking_best_first(conn, filled):
    insert_request(conn, city_slug="oxnard", kind="misc", params={}, dedupe_key="ox2", token="PRR-AAAA0003",
                   subject="Budget", body="Mentions ransomware once among many other words " * 3, channel="outbox",
                   recipient="x")
    hits = search(conn, "ransomware", kind="letter")
    assert hits[0].request_id == filled["ox"]
    assert hits[0].rank <= hits[1].rank


def test_filters_city_kind_since(conn, filled):
    assert {h.city_slug for h in search(conn, "vendor")} == {"mission-viejo"}
    assert search(conn, "vendor", city="oxnard") == []
    assert search(conn, "extension", since="2026-03-01", kind="reply")
    assert search(conn, "extension", since="2026-03-05", kind="reply") == []
    assert search(conn, "burglary", city="oxnard", kind="document")
    assert search(conn, "burglary", city="mission-viejo") == []
    assert len(search(conn, "burglary OR vandalism", kind="document", limit=2)) == 2


def test_prefix_phrase_and_porter_stemming(conn, filled):
    assert search(conn, "ransom*")
    assert search(conn, '"incident response report"')
    assert search(conn, "contract", kind="letter")          # porter: contract ~ contracts


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "NEAR(", "10-6", "foo:bar", ")"])
def test_bad_syntax_is_a_clear_error(conn, filled, query):
    with pytest.raises(SearchQueryError) as e:
        search(conn, query)
    assert "double quotes" in str(e.value)


@pytest.mark.parametrize("kwargs,words", [({"kind": "memo"}, "unknown kind"), ({"since": "last week"}, "date"),
                                          ({}, "empty")])
def test_bad_filters(conn, kwargs, words):
    with pytest.raises(SearchQueryError, match=words):
        search(conn, "" if not kwargs else "x", **kwargs)


def test_triggers_keep_index_current(conn, filled):
    update_request(conn, filled["mv"], subject="Vendor contracts and cyber insurance")
    assert [h.request_id for h in search(conn, "insurance")] == [filled["mv"]]
    update_request(conn, filled["mv"], due_on="2026-03-16")    # not an indexed column: index unchanged
    assert len(search(conn, "insurance")) == 1
    conn.execute("DELETE FROM incidents WHERE document_id=?", (filled["doc"],))
    conn.execute("DELETE FROM document_pages WHERE document_id=?", (filled["doc"],))
    assert search(conn, "vandalism") == []
    rebuild_index(conn)
    assert search(conn, "insurance") and search(conn, "vandalism") == []
    # SQLite raises "database disk image is malformed" when the index disagrees with its content.
    conn.execute("INSERT INTO document_pages_fts(document_pages_fts) VALUES('integrity-check')")


def test_cli_search_output(prr_env, conn, filled):
    out = subprocess.run([sys.executable, "-m", "prr", "search", "vandalism", "--kind", "document"],
                         capture_output=True, text=True, timeout=60, env={**__import__("os").environ, "COLUMNS": "200"})
    assert out.returncode == 0, out.stderr
    assert "seaside-log.pdf" in out.stdout and f"document {filled['doc']} page" in out.stdout
    assert f"request {filled['ox']}" in out.stdout and "Vandalism" in out.stdout
    assert " shown of " in out.stdout and " matches." in out.stdout


def test_cli_search_bad_syntax(prr_env, conn, filled):
    out = subprocess.run([sys.executable, "-m", "prr", "search", '"unbalanced'], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1
    assert "cannot search for" in out.stderr and "Traceback" not in out.stderr


def test_bulk_save_indexes_pages_and_restores_trigger(conn, made, tmp_path):
    from prr.documents.documents import process_documents

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"")
    ids = [add_document(conn, made / n, filename=n) for n in ("block_log.pdf", "caps_log.pdf")]
    ids.append(add_document(conn, bad, filename="bad.pdf"))
    results = process_documents(conn, ids)
    assert [r["status"] for r in results] == ["ok", "ok", "empty"]
    assert search(conn, "vandalism", kind="document")
    assert {h.document_id for h in search(conn, "vandalism", kind="document", limit=50)} == set(ids[:2])
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert "document_pages_ai" in triggers
    process_document(conn, add_document(conn, made / "table_log.pdf", filename="t.pdf"))   # trigger path again
    assert search(conn, '"Harbor City"', kind="document")
    conn.execute("INSERT INTO document_pages_fts(document_pages_fts) VALUES('integrity-check')")


WINDOW_CASES = yaml.safe_load((Path(__file__).parent / "cases" / "search_window.yaml").read_text())["cases"]


def _pages(conn, texts: list[str], city: str | None = None, document_id: int | None = None) -> dict[int, int]:
    """Store pages in order (page number -> rowid); one document holds them."""
    from prr.db.documents import insert_document, save_extraction

    doc = document_id or insert_document(conn, sha256=f"{len(texts):064d}", path="/x.pdf", filename="log.pdf",
                                         city_slug=city)
    save_extraction(conn, doc, status="ok", error=None, records=[],
                    pages=[{"number": n, "text": t, "method": "text"} for n, t in enumerate(texts, start=1)])
    return {r["number"]: r["id"] for r in conn.execute("SELECT id, number FROM document_pages WHERE document_id=?",
                                                       (doc,))}


@pytest.mark.parametrize("case", WINDOW_CASES, ids=[c["id"] for c in WINDOW_CASES])
def test_ranking_window(conn, monkeypatch, case):
    import prr.db.search as search_mod

    monkeypatch.setattr(search_mod, "WINDOW", case["window"])
    _pages(conn, case["pages"])
    hits = search(conn, case["query"], kind="document")
    if case.get("ordered", True):
        assert [h.page for h in hits] == case["expect"]
    else:
        assert sorted(h.page for h in hits) == sorted(case["expect"])
    assert all(a.rank <= b.rank for a, b in zip(hits, hits[1:]))


def test_window_equals_plain_bm25_when_few_match(conn):
    _pages(conn, ["traffic " * (i % 7 + 1) + "collision " * (i % 3) for i in range(40)])
    plain = [r[0] for r in conn.execute("SELECT rowid FROM document_pages_fts WHERE document_pages_fts MATCH "
                                        "'traffic' ORDER BY rank LIMIT 20")]
    assert [h.page for h in search(conn, "traffic", kind="document")] == \
        [n for rid in plain for n, r in _numbers(conn).items() if r == rid]


def _numbers(conn) -> dict[int, int]:
    return {r["number"]: r["id"] for r in conn.execute("SELECT id, number FROM document_pages")}


def test_window_applies_after_filters(conn, monkeypatch):
    import prr.db.search as search_mod

    monkeypatch.setattr(search_mod, "WINDOW", 2)
    _pages(conn, ["traffic traffic traffic", "traffic"], city="oxnard")
    _pages(conn, ["traffic", "traffic", "traffic", "traffic"], city="mission-viejo")
    hits = search(conn, "traffic", kind="document", city="oxnard")
    assert [(h.city_slug, h.page) for h in hits] == [("oxnard", 1), ("oxnard", 2)]


def test_count_matches_exact_and_capped(conn, filled):
    from prr.documents.search import count_matches

    _pages(conn, ["zebracrossing stop"] * 7 + ["parking"] * 3)
    assert str(count_matches(conn, "zebracrossing", kind="document")) == "7"
    capped = count_matches(conn, "zebracrossing", kind="document", cap=5)
    assert (capped.count, capped.more, str(capped)) == (5, True, "more than 5")
    assert count_matches(conn, "vendor").count == 2            # the letter and the reply
    assert count_matches(conn, "vendor", city="oxnard").count == 0
    assert count_matches(conn, "nothinglikethis").count == 0
    with pytest.raises(SearchQueryError):
        count_matches(conn, '"unbalanced')


def test_merge_setting_migration_upgrades_an_indexed_database(tmp_path):
    from prr.db import connect, migrate

    conn = connect(tmp_path / "old.db", migrate=False)
    migrate(conn, upto="0007")
    _pages(conn, ["traffic collision"] * 3)
    conn.commit()
    assert "0008_search_merge.sql" in migrate(conn)
    assert conn.execute("SELECT v FROM document_pages_fts_config WHERE k='automerge'").fetchone()[0] == 16
    assert [h.page for h in search(conn, "collision", kind="document")] and \
        search_count(conn, "traffic") == 3
    conn.execute("INSERT INTO document_pages_fts(document_pages_fts) VALUES('integrity-check')")


def search_count(conn, q):
    from prr.documents.search import count_matches

    return count_matches(conn, q, kind="document").count


@pytest.mark.parametrize("query", ["traffic", '"traffic stop"', "traff*", "collision"])
def test_window_rank_is_bm25_without_the_rarity_weight(conn, query):
    """For a query of one word, phrase or prefix, the window's score is FTS5's bm25 divided
    by one constant (the term's rarity weight), so the order is bm25's."""
    import random

    from prr.db.search import _matching, _rank_window

    rnd = random.Random(5)
    words = ["traffic", "stop", "collision", "parking", "report", "traffic stop", "trafficking"]
    rows = _pages(conn, [" ".join(rnd.choice(words) for _ in range(rnd.randint(3, 40)))
                               for _ in range(60)])
    assert rows
    fts = dict(conn.execute("SELECT rowid, bm25(document_pages_fts) FROM document_pages_fts "
                            "WHERE document_pages_fts MATCH ?", (query,)))
    body, _ = _matching("document_pages_fts", "", [])
    mine = {rowid: rank for rowid, rank, _ in _rank_window(conn, "document_pages_fts", body, [query], 0, 1000)}
    assert set(mine) == set(fts) and len(mine) > 5
    ratios = {round(fts[r] / mine[r], 9) for r in fts}
    assert len(ratios) == 1, ratios


def test_window_rank_weights_letter_subjects_like_bm25(conn):
    from prr.db.requests import insert_request
    from prr.db.search import _matching, _rank_window

    for i, (subject, body) in enumerate([("Traffic logs", "all traffic stop records"), ("Budget", "traffic"),
                                         ("Traffic traffic", "none"), ("Misc", "traffic traffic traffic report")]):
        insert_request(conn, city_slug="oxnard", kind="incident-logs", params={}, dedupe_key=f"k{i}",
                       token=f"PRR-WIN{i:05d}", subject=subject, body=body, channel="outbox", recipient="x")
    fts = dict(conn.execute("SELECT rowid, rank FROM requests_fts WHERE requests_fts MATCH 'traffic'"))
    body, _ = _matching("requests_fts", "", [])
    mine = {rowid: rank for rowid, rank, _ in _rank_window(conn, "requests_fts", body, ["traffic"], 0, 10)}
    assert len({round(fts[r] / mine[r], 9) for r in fts}) == 1


@pytest.mark.parametrize("window,cap", [(3, 10_000), (50, 10_000), (3, 4), (50, 4)])
def test_search_and_count_agrees_with_count_matches(conn, filled, monkeypatch, window, cap):
    import prr.db.search as search_mod
    from prr.documents.search import count_matches, search_and_count

    monkeypatch.setattr(search_mod, "WINDOW", window)
    _pages(conn, ["zebracrossing stop"] * 7 + ["parking"] * 3)
    for q in ("zebracrossing", "vendor", "parking OR zebracrossing", "nothinglikethis"):
        hits, total = search_and_count(conn, q, cap=cap)
        assert hits == search(conn, q)
        assert total == count_matches(conn, q, cap=cap), q


def test_window_snippet_is_where_hits_are_densest_and_balanced():
    from prr.db.search import _snippet

    s, e = MARK_START, MARK_END
    words = [f"w{i}" for i in range(60)]
    words[3] = f"{s}traffic{e}"
    words[40], words[42], words[44] = f"{s}traffic{e}", f"{s}traffic{e}", f"{s}traffic{e}"
    snip = _snippet((" ".join(words),))
    assert snip.count(s) == 3 and snip.startswith("… ") and snip.endswith(" …")
    # A phrase cut by the snippet's edge keeps its markers balanced.
    words = [f"w{i}" for i in range(40)]
    words[15], words[16] = f"{s}traffic", f"stop{e}"
    snip = _snippet(("", " ".join(words)))
    assert snip.count(s) == snip.count(e) == 1 and snip.index(s) < snip.index(e)
    assert _snippet(("", None)) == ""


def test_save_extraction_keeps_each_pages_part(conn):
    """A page read from a file attached to the PDF keeps the file's name; the PDF's own pages
    have none, and the attached file's text is searched like any page's."""
    from prr.db.documents import insert_document, pages_for, save_extraction

    doc = insert_document(conn, sha256="c" * 64, path="/x.pdf", filename="letter.pdf")
    save_extraction(conn, doc, status="ok", error=None, records=[], pages=[
        {"number": 1, "text": "cover letter, logs attached", "method": "text", "part": None},
        {"number": 2, "text": "26-000101 burglary Harbor Rd", "method": "text", "part": "week-1.pdf"},
        {"number": 3, "text": "no part key at all", "method": "text"}])
    assert [(p["number"], p["part"]) for p in pages_for(conn, doc)] == [(1, None), (2, "week-1.pdf"), (3, None)]
    assert [h.page for h in search(conn, "burglary", kind="document")] == [2]
