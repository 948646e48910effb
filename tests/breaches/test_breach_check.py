"""A whole check against a local copy of the list: store, match, notice, draft; filing only on opt-in."""
from __future__ import annotations

import json

from prr.breaches.breaches import check_breach_list, read_breach_list
from prr.db.breaches import get_entry, last_checks, list_entries
from prr.db.core import rows
from prr.db.requests import get_request
from prr.workflows.plans import local_today


def _by_org(conn) -> dict:
    return {e["organization"]: e for e in list_entries(conn)}


def _filed_events(conn) -> list[dict]:
    return rows(conn, "SELECT * FROM events WHERE kind IN ('filed', 'filing_started')")


def test_check_matches_the_seed_city_and_drafts_without_filing(conn, breach_site):
    from prr.core.settings import get_settings

    settings = get_settings()
    result = check_breach_list(conn, settings=settings)

    entries = _by_org(conn)
    assert set(entries) == {"City of Oxnard", "Oxnard Union High School District",
                            "Mission Viejo Police Department", "Acme Widgets, Inc."}
    oxnard = entries["City of Oxnard"]
    assert oxnard["match_status"] == "matched" and oxnard["city_slug"] == "oxnard"
    assert oxnard["match_score"] == 1.0 and "the city itself" in oxnard["match_reason"]
    assert oxnard["first_seen_at"] and oxnard["source"] == "csv"
    assert oxnard["detail_url"] == breach_site.url("/privacy/databreach/reports/sb24-1001")
    near = entries["Oxnard Union High School District"]
    assert near["match_status"] == "unmatched" and near["match_score"] < 0.75 and near["request_id"] is None
    assert entries["Acme Widgets, Inc."]["match_status"] == "unmatched"
    mvpd = entries["Mission Viejo Police Department"]
    assert mvpd["match_status"] == "matched" and mvpd["city_slug"] == "mission-viejo"

    # The malformed row is reported (from both sources) and recorded with the check.
    assert {p["row"] for p in result.read.problems} == {5}
    check = last_checks(conn)[0]
    assert check["entries_seen"] == 4 and check["entries_new"] == 4 and check["matched_new"] == 2
    assert any("Broken Org" in p["raw"] for p in check["problems"])

    # The notice was fetched, stored as a document, read, and its facts kept.
    assert oxnard["notice_url"] == breach_site.url("/system/files/sb24-1001/oxnard-sample.pdf")
    doc = rows(conn, "SELECT * FROM documents WHERE id=?", (oxnard["notice_document_id"],))[0]
    assert doc["status"] == "ok" and doc["city_slug"] == "oxnard"
    facts = oxnard["notice_facts"]
    assert "unauthorized party" in facts["what_happened"]
    assert "Social Security number" in facts["data_types"]

    # An incident-logs draft covering the breach dates; nothing filed.
    assert oxnard["action_status"] == "drafted"
    req = get_request(conn, oxnard["request_id"])
    assert req["kind"] == "incident-logs" and req["city_slug"] == "oxnard" and req["status"] == "draft"
    # From the start of the breach to the day of the draft (the notices come after the breach).
    today = local_today().isoformat()
    assert (req["params"]["start"], req["params"]["end"]) == ("2026-06-01", today)
    assert (req["params"]["breach_start"], req["params"]["breach_end"]) == ("2026-06-01", "2026-06-15")
    assert "City of Oxnard reported to the California Attorney General" in req["params"]["incident"]
    mv_req = get_request(conn, mvpd["request_id"])
    assert (mv_req["params"]["start"], mv_req["params"]["end"]) == ("2026-04-03", today)
    assert mv_req["params"]["reported_on"] == "2026-05-01"
    assert mv_req["status"] == "draft"

    assert result.autofile is False
    assert {o.status for o in result.outcomes} == {"drafted"}
    assert _filed_events(conn) == []
    assert not settings.outbox_dir.exists() or not any(settings.outbox_dir.iterdir())
    assert rows(conn, "SELECT count(*) AS n FROM requests")[0]["n"] == 2


def test_second_check_is_idempotent(conn, breach_site):
    check_breach_list(conn)
    before = _by_org(conn)
    again = check_breach_list(conn)
    assert again.read.seen == 4 and again.read.new_ids == [] and again.read.matched_ids == []
    assert again.outcomes == []
    after = _by_org(conn)
    assert {k: v["first_seen_at"] for k, v in after.items()} == {k: v["first_seen_at"] for k, v in before.items()}
    assert rows(conn, "SELECT count(*) AS n FROM requests")[0]["n"] == 2
    assert rows(conn, "SELECT count(*) AS n FROM breach_entries")[0]["n"] == 4


def test_filing_only_with_opt_in(conn, breach_site, monkeypatch):
    from prr.core.settings import get_settings

    check_breach_list(conn, autofile=False)
    assert _filed_events(conn) == []
    monkeypatch.setenv("PRR_BREACH_AUTOFILE", "1")
    # Already drafted entries are not re-filed by a later check: opting in applies to new entries.
    breach_site.server.clear()
    _serve_new_entry(breach_site)
    settings = get_settings()
    assert settings.breach_autofile is True
    result = check_breach_list(conn, settings=settings)
    assert [o.organization for o in result.outcomes] == ["City of Oxnard Public Library"]
    # Without PRR_SMTP_URL the letter goes to the outbox: ready to send, not filed (nothing left).
    assert result.outcomes[0].status == "ready_to_send"
    req = get_request(conn, result.outcomes[0].request_id)
    assert req["status"] == "ready_to_send" and req["channel"] == "outbox" and req["due_on"] is None
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 1
    assert [e["kind"] for e in _filed_events(conn)] == ["filing_started"]
    from prr.breaches.breaches import alert_markdown

    assert f"prr request sent {req['id']}" in alert_markdown(result.outcomes[0])


def _serve_new_entry(site):
    from breachsite import ROWS, list_csv

    site.server.expect_request("/robots.txt").respond_with_data("", status=404)
    new_rows = ROWS + [("City of Oxnard Public Library", "08/01/2026", "08/20/2026", "/none")]
    site.server.expect_request("/privacy/databreach/list-export").respond_with_data(list_csv(new_rows),
                                                                                   content_type="text/csv")
    site.server.expect_request("/privacy/databreach/list").respond_with_data("gone", status=404)


def test_unreachable_notice_still_drafts_and_records_why(conn, breach_site):
    # CSV only: no detail links, so no notice; the list's dates are enough for the request.
    result = check_breach_list(conn, csv_url=breach_site.csv_url)
    oxnard = _by_org(conn)["City of Oxnard"]
    assert oxnard["detail_url"] is None and oxnard["notice_document_id"] is None
    assert "no detail page" in oxnard["notice_facts"]["error"]
    assert oxnard["action_status"] == "drafted"
    assert get_request(conn, oxnard["request_id"])["params"]["breach_end"] == "2026-06-15"
    assert len(result.outcomes) == 2


def test_a_failed_draft_is_recorded_and_retried(conn, breach_site, monkeypatch):
    import prr.requests.filing

    real = prr.requests.filing.draft_request

    def broken(*a, **kw):
        raise RuntimeError("template store unavailable")

    monkeypatch.setattr(prr.requests.filing, "draft_request", broken)
    first = check_breach_list(conn)
    oxnard = _by_org(conn)["City of Oxnard"]
    assert oxnard["action_status"] == "error" and "template store unavailable" in oxnard["error"]
    assert {o.status for o in first.outcomes} == {"error"}
    monkeypatch.setattr(prr.requests.filing, "draft_request", real)
    second = check_breach_list(conn)
    assert {o.status for o in second.outcomes} == {"drafted"}
    oxnard = get_entry(conn, oxnard["id"])
    assert oxnard["action_status"] == "drafted" and oxnard["error"] is None and oxnard["attempts"] >= 2


def test_unreachable_list_is_an_error_not_a_crash(conn, breach_site):
    result = read_breach_list(conn, list_url=breach_site.url("/missing"))
    assert result.seen == 0 and result.errors and result.errors[0]["kind"] == "http_5xx"
    assert json.loads(json.dumps(result.to_json()))["errors"][0]["url"].endswith("/missing")


def test_second_entry_of_the_same_incident_links_the_first_request(conn, breach_site):
    from breachsite import ROWS, list_csv

    rows_ = ROWS + [("Oxnard Police Department", "06/10/2026", "07/05/2026", "/none")]
    data = list_csv(rows_, with_malformed=False)
    result = check_breach_list(conn, data=data, data_name="saved.csv")
    by_org = {o.organization: o for o in result.outcomes}
    first, second = by_org["City of Oxnard"], by_org["Oxnard Police Department"]
    assert first.status == "drafted" and second.status == "existing"
    assert second.request_id == first.request_id
    entry = get_entry(conn, second.entry_id)
    assert entry["action_status"] == "existing" and "covered by request" in entry["error"]
    assert entry["source"] == "file"
    assert rows(conn, "SELECT count(*) AS n FROM requests WHERE city_slug='oxnard'")[0]["n"] == 1


def test_list_pages_are_followed_through_the_pager(conn, breach_site):
    from breachsite import ROWS, list_html

    server = breach_site.server
    server.clear()
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    page1 = list_html(ROWS[:2], with_malformed=False).replace(
        "</table>", "</table><ul class='pager'><li class='pager-next'><a href='/list?page=1'>next</a></li></ul>")
    # The last page links back to the first: the loop must stop.
    page2 = list_html(ROWS[2:], with_malformed=False).replace(
        "</table>", "</table><a rel='next' href='/list'>first</a>")
    server.expect_request("/list", query_string="page=1").respond_with_data(page2, content_type="text/html")
    server.expect_request("/list", query_string="").respond_with_data(page1, content_type="text/html")
    result = read_breach_list(conn, list_url=server.url_for("/list"))
    assert result.seen == 4 and result.errors == []
    assert len([r for r, _ in server.log if r.path == "/list"]) == 2


def test_autofile_is_off_unless_the_user_opts_in(monkeypatch):
    from prr.breaches.breaches import resolve_autofile
    from prr.core.settings import get_settings

    monkeypatch.delenv("PRR_BREACH_AUTOFILE", raising=False)
    assert resolve_autofile(None, get_settings()) is False
    monkeypatch.setenv("PRR_BREACH_AUTOFILE", "1")
    assert resolve_autofile(None, get_settings()) is True
    assert resolve_autofile(False, get_settings()) is False      # an explicit flow/CLI argument wins
    monkeypatch.setenv("PRR_BREACH_AUTOFILE", "0")
    assert resolve_autofile(True, get_settings()) is True
