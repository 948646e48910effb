"""Accepting and rejecting changes: registry YAML, database, open requests."""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from prr.db import pages as store
from prr.db.cities import current_contact, pages_for
from prr.watch.proposals import ChangeError, accept_change, reject_change


def _change(conn, **kw):
    pid, _ = store.add_page(conn, "oxnard", "https://www.oxnard.org/city-department/city-clerk/", "records")
    base = dict(city_slug="oxnard", page_id=pid, url="https://www.oxnard.org/city-department/city-clerk/",
                evidence="Email: records@oxnard.org")
    return store.add_change(conn, **{**base, **kw})


def _request(conn, recipient, status="filed"):
    from prr.db.requests import insert_request, set_status

    rid = insert_request(conn, city_slug="oxnard", kind="incident-logs", params={"month": "2026-09"},
                         dedupe_key=f"oxnard-{recipient}-{status}", token=f"PRR-{abs(hash(recipient + status)) % 10**8:08d}",
                         subject="Records request", body="...", channel="smtp", recipient=recipient)
    if status != "draft":
        set_status(conn, rid, status, reason="test")
    return rid


def test_accept_replaced_email_updates_yaml_db_and_open_requests(conn, prr_env):
    from prr.db.events import events_for
    from prr.db.requests import get_request

    open_req = _request(conn, "cityclerk@oxnard.org", "filed")
    closed_req = _request(conn, "cityclerk@oxnard.org", "released")
    cid = _change(conn, kind="contact_added", field="records_email",
                  old_value="cityclerk@oxnard.org", new_value="records@oxnard.org")
    out = accept_change(conn, cid, prr_env.registry_dir, today=dt.date(2026, 11, 22))
    data = yaml.safe_load((prr_env.registry_dir / "ca" / "oxnard.yaml").read_text())
    emails = [c for c in data["contacts"] if c["kind"] == "records_email"]
    assert emails == [{"kind": "records_email", "value": "records@oxnard.org",
                       "source_url": "https://www.oxnard.org/city-department/city-clerk/",
                       "verified_on": "2026-11-22"}]
    assert current_contact(conn, "oxnard", "records_email")["value"] == "records@oxnard.org"
    assert get_request(conn, open_req)["recipient"] == "records@oxnard.org"
    assert get_request(conn, closed_req)["recipient"] == "cityclerk@oxnard.org"
    assert out["rerouted_requests"] == [open_req]
    ev = [e for e in events_for(conn, open_req) if e["kind"] == "contact_rerouted"]
    assert ev and ev[0]["detail"]["new"] == "records@oxnard.org" and ev[0]["detail"]["change_id"] == cid
    assert store.get_change(conn, cid)["status"] == "accepted"
    with pytest.raises(ChangeError, match="not pending"):
        accept_change(conn, cid, prr_env.registry_dir)


def test_accept_new_phone_fills_known_gap_and_portal_vendor(conn, prr_env):
    cid = _change(conn, kind="contact_added", field="portal_url", new_value="https://oxnardca.mycusthelp.com/WEBAPP/_rs/supporthome.aspx")
    accept_change(conn, cid, prr_env.registry_dir, today=dt.date(2026, 11, 22))
    data = yaml.safe_load((prr_env.registry_dir / "ca" / "oxnard.yaml").read_text())
    portals = [c for c in data["contacts"] if c["kind"] == "portal_url"]
    assert len(portals) == 1                               # the to_discover entry was filled
    assert portals[0]["vendor"] == "govqa" and portals[0].get("status", "current") == "current"
    cid = _change(conn, kind="contact_added", field="it_phone", new_value="+18053857600 ext. 2")
    accept_change(conn, cid, prr_env.registry_dir, today=dt.date(2026, 11, 22))
    assert current_contact(conn, "oxnard", "it_phone")["label"] == "(805) 385-7600 ext. 2"


def test_accept_proposed_page_fills_the_placeholder(conn, prr_env):
    pid, _ = store.add_page(conn, "oxnard", "https://www.oxnard.org/privacy-policy/", "privacy", status="proposed")
    cid = store.add_change(conn, city_slug="oxnard", page_id=pid, kind="page_proposed", field="privacy",
                           new_value="https://www.oxnard.org/privacy-policy/", url="https://www.oxnard.org/privacy-policy/")
    accept_change(conn, cid, prr_env.registry_dir)
    data = yaml.safe_load((prr_env.registry_dir / "ca" / "oxnard.yaml").read_text())
    privacy = [p for p in data["pages"] if p["kind"] == "privacy"]
    assert privacy == [{"url": "https://www.oxnard.org/privacy-policy/", "kind": "privacy",
                        "note": "City Privacy Policy page; URL to discover."}]
    assert {p["url"]: p["status"] for p in pages_for(conn, "oxnard")}["https://www.oxnard.org/privacy-policy/"] == "active"


def test_accept_broken_page_marks_its_contacts_stale(conn, prr_env):
    cid = _change(conn, kind="page_broken", field="records", old_value="https://www.oxnard.org/city-department/city-clerk/",
                  new_value="")
    accept_change(conn, cid, prr_env.registry_dir)
    data = yaml.safe_load((prr_env.registry_dir / "ca" / "oxnard.yaml").read_text())
    stale = {c["kind"] for c in data["contacts"] if c.get("status") == "stale"}
    assert {"records_email", "records_phone", "address"} <= stale


def test_reject_records_decision(conn, prr_env):
    cid = _change(conn, kind="contact_added", field="records_email", new_value="spam@example.com")
    reject_change(conn, cid, "not a city address")
    c = store.get_change(conn, cid)
    assert c["status"] == "rejected" and c["decision_note"] == "not a city address" and c["decided_at"]
    assert store.find_change(conn, "oxnard", "contact_added", "records_email", None, "spam@example.com")
    with pytest.raises(ChangeError):
        reject_change(conn, 99999)


def test_cli_changes_list_accept_reject(conn, prr_env):
    from typer.testing import CliRunner

    from prr.cli import app

    a = _change(conn, kind="contact_added", field="records_email", old_value="cityclerk@oxnard.org",
                new_value="records@oxnard.org")
    b = _change(conn, kind="contact_added", field="it_email", new_value="it@oxnard.org")
    runner = CliRunner()
    out = runner.invoke(app, ["changes"])
    assert out.exit_code == 0 and "records@oxnard.org" in out.output and "it@oxnard.org" in out.output
    out = runner.invoke(app, ["changes", "accept", str(a)])
    assert out.exit_code == 0, out.output
    assert "Accepted" in out.output
    out = runner.invoke(app, ["changes", "reject", str(b), "--note", "personal address"])
    assert out.exit_code == 0 and "not be proposed again" in out.output
    out = runner.invoke(app, ["changes", "accept", str(b)])
    assert out.exit_code == 1 and "rejected, not pending" in out.output
    out = runner.invoke(app, ["changes"])
    assert "No pending changes" in out.output
