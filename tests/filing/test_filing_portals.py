"""Portal channels: NextRequest against a local NextRequest-like portal, GovQA assisted filing."""
from __future__ import annotations

import json

import pytest

from prr.db.events import events_for
from prr.db.requests import get_request, tracking_numbers_for
from prr.requests.filing import FilingError, draft_request, file_request, mark_submitted


def _portal_city(add_city, url, vendor="nextrequest", slug="portalville"):
    return add_city(slug, "Portalville", channel=vendor,
                    contacts=[{"kind": "portal_url", "value": url, "vendor": vendor},
                              {"kind": "records_email", "value": "clerk@portalville.example.gov"}])


def test_nextrequest_files_through_the_form_and_keeps_the_number(conn, add_city, portal, incident_params, prr_env):
    slug = _portal_city(add_city, portal.url)
    rid = draft_request(conn, slug, "incident-logs", incident_params)
    receipt = file_request(conn, rid)
    assert receipt.tracking_number == "23-145"
    (sub,) = portal.state.submissions
    r = get_request(conn, rid)
    assert sub["requester[email]"] == "dana@example.org" and sub["requester[name]"] == "Dana Reporter"
    assert r["token"] in sub["request[request_text]"] and "7922.535" in sub["request[request_text]"]
    assert portal.state.rejections == []
    assert r["status"] == "filed" and r["channel"] == "nextrequest"
    assert tracking_numbers_for(conn, rid) == ["23-145"]
    src = conn.execute("SELECT source FROM tracking_numbers WHERE request_id=?", (rid,)).fetchone()[0]
    assert src == "portal"
    filed = [e for e in events_for(conn, rid) if e["kind"] == "filed"][0]["detail"]
    assert filed["channel"] == "nextrequest" and filed["received_on"] and filed["message_id"] == r["message_id"]
    assert filed["receipt"]["request_number"] == "23-145"


def test_nextrequest_client_carries_csrf_token_and_cookie(portal):
    import requests

    from prr.scrapers.portals.nextrequest import PortalError, submit_request

    conf = submit_request(portal.url + "requests/new", description="Records please", email="a@example.org")
    assert conf.number == "23-145" and conf.url.endswith("/requests/23-145")
    # Without the session cookie the portal refuses the token: the client reports it clearly.
    bare = requests.Session()
    bare.cookies.set = lambda *a, **k: None
    bare.cookies.extract_cookies = lambda *a, **k: None
    with pytest.raises(PortalError, match="HTTP 422"):
        submit_request(portal.url, description="x", email="a@example.org", session=bare)
    assert portal.state.rejections == ["csrf"]


def test_nextrequest_portal_error_fails_the_request_with_its_reason(conn, add_city, portal, incident_params):
    slug = _portal_city(add_city, portal.url)
    rid = draft_request(conn, slug, "incident-logs", incident_params)
    portal.state.fail_with = 503
    with pytest.raises(FilingError, match="HTTP 503"):
        file_request(conn, rid)
    assert get_request(conn, rid)["status"] == "failed"
    file_request(conn, rid)
    assert get_request(conn, rid)["status"] == "filed"
    assert len(portal.state.submissions) == 1


def test_portal_of_another_vendor_is_explained(conn, add_city, incident_params):
    slug = _portal_city(add_city, "https://portalville.govqa.us/WEBAPP/_rs/", vendor="govqa")
    rid = draft_request(conn, slug, "incident-logs", incident_params)
    with pytest.raises(FilingError, match="govqa portal, not nextrequest"):
        file_request(conn, rid, channel="nextrequest")


def test_govqa_is_assisted_then_recorded(conn, add_city, incident_params, prr_env):
    url = "https://portalville.govqa.us/WEBAPP/_rs/(S(x))/supporthome.aspx"
    slug = _portal_city(add_city, url, vendor="govqa")
    rid = draft_request(conn, slug, "incident-logs", incident_params)
    receipt = file_request(conn, rid)
    r = get_request(conn, rid)
    assert receipt.status == "awaiting_submission" == r["status"]
    saved = json.loads(open(receipt.path, encoding="utf-8").read())
    assert saved["portal_url"] == url
    assert saved["fields"]["Email Address"] == "dana@example.org"
    assert saved["fields"]["First Name"] == "Dana" and saved["fields"]["Last Name"] == "Reporter"
    assert "7922.570" in saved["fields"]["Describe the Record(s) Requested"]
    prepared = [e for e in events_for(conn, rid) if e["kind"] == "submission_prepared"][0]["detail"]
    assert prepared["portal_url"] == url and prepared["fields"]["Reference"] == r["token"]
    r = mark_submitted(conn, rid, tracking=["R000123-030226"])
    assert r["status"] == "filed" and r["received_on"]
    assert tracking_numbers_for(conn, rid) == ["R000123-030226"]
    filed = [e for e in events_for(conn, rid) if e["kind"] == "filed"][0]["detail"]
    assert filed["channel"] == "govqa" and filed["sent_at"] and filed["received_on"] == r["received_on"]
