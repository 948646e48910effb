"""The simulated city world on its own: pages, portal, agency replies, the released PDF."""
from __future__ import annotations

import mailbox
import re
import smtplib
import subprocess
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parsedate_to_datetime

import pytest
import requests

from prr.demo.simulator import OXNARD_NEW_RECORDS_EMAIL, CityWorld
from prr.demo.simulator.incident_pdf import incident_log_pdf, make_events
from prr.demo.simulator.portal import COOKIE


@pytest.fixture
def world(registry_dir, tmp_path):
    with CityWorld(registry_dir, tmp_path / "inbox",
                   scripts={"oxnard": ("ack", "extension", "release"), "mission-viejo": ("ack",)}) as w:
        yield w


def _file_by_email(world, token="PRR-7K3M9QXD") -> str:
    msg = EmailMessage()
    msg["From"] = "Dana Reporter <dana@example.org>"
    msg["To"] = "cityclerk@oxnard.org"
    msg["Subject"] = f"California Public Records Act request: incident logs [{token}]"
    msg["Message-ID"] = mid = make_msgid(domain="example.org")
    # A Monday, so the clerk's calendar is predictable.
    msg["Date"] = format_datetime(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    msg.set_content("Please provide the incident logs.")
    with smtplib.SMTP(world.smtp.host, world.smtp.port) as s:
        s.send_message(msg)
    return mid


def _portal_form(session, world) -> str:
    form = session.get(world.web.portal_url("mission-viejo"))
    assert form.status_code == 200 and COOKIE in session.cookies
    return re.search(r'name="authenticity_token" value="([^"]+)"', form.text).group(1)


def test_pages_change_only_where_the_scenario_says(world):
    before = requests.get(world.web.url("oxnard", "records")).text
    assert "mailto:cityclerk@oxnard.org" in before and "(805) 385-7803" in before
    assert "Last updated: February 3, 2026" in before and 'id="cookie-banner"' in before
    world.change_oxnard_records_email()
    after = requests.get(world.web.url("oxnard", "records")).text
    assert f"mailto:{OXNARD_NEW_RECORDS_EMAIL}" in after and "mailto:cityclerk@oxnard.org" not in after
    mv = requests.get(world.web.url("mission-viejo", "records")).text
    assert "cityclerk@cityofmissionviejo.org" in mv and world.web.portal_url("mission-viejo") in mv
    assert requests.get(world.web.base_url + "/oxnard/no-such-page").status_code == 404
    assert "Allow: /" in requests.get(world.web.base_url + "/robots.txt").text


def test_portal_requires_csrf_token_and_cookie(world):
    portal = world.portals["mission-viejo"]
    fields = {"request[request_text]": "Incident logs [PRR-7K3M9QXD]", "requester[email]": "dana@example.org"}
    s = requests.Session()
    token = _portal_form(s, world)
    post_url = world.web.base_url + "/nextrequest/mission-viejo/requests"
    assert requests.post(post_url, data={**fields, "authenticity_token": token}).status_code == 422   # no cookie
    assert s.post(post_url, data={**fields, "authenticity_token": "forged"}).status_code == 422
    ok = s.post(post_url, data={**fields, "authenticity_token": token})
    assert ok.status_code == 200 and re.search(r"Request \d\d-318\b", ok.text)
    assert [sub.number for sub in portal.submissions] == [f"{date.today():%y}-318"]
    assert portal.rejected == ["no session cookie", "bad CSRF token"]


def test_agency_replies_thread_and_follow_the_clerks_calendar(world, tmp_path):
    mid = _file_by_email(world)
    got = world.agency.collect()
    assert [(r.city_slug, r.via, r.token) for r in got] == [("oxnard", "email", "PRR-7K3M9QXD")]
    sent = [world.agency.answer(stage)[0] for stage in ("ack", "extension", "release")]
    box = mailbox.Maildir(str(tmp_path / "inbox"), create=False)
    msgs = [message_from_bytes(box.get_bytes(d.maildir_key), policy=policy.default) for d in sent]
    for m in msgs:
        assert m["In-Reply-To"] == mid and m["References"].startswith(mid)
        assert "[PRR-7K3M9QXD]" in m["Subject"] and m["Subject"].startswith("RE: ")
        assert m["To"].addresses[0].addr_spec == "dana@example.org"
    dates = [parsedate_to_datetime(m["Date"]).date() for m in msgs]
    # Received Mon 2026-03-02 (10 a.m. local): ack Tue, extension before day 10, release after it.
    assert dates == [date(2026, 3, 3), date(2026, 3, 10), date(2026, 3, 19)]
    assert world.agency.requests[0].tracking_number in msgs[0].get_body().get_content()
    assert "7922.535(c)" in msgs[1].get_body().get_content()
    pdfs = [p for p in msgs[2].iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1 and pdfs[0].get_content().startswith(b"%PDF")
    # A second letter on the same token is a follow-up, not a new request.
    _file_by_email(world)
    assert world.agency.collect() == [] and len(world.agency.followups) == 1


def test_scripts_decide_which_stages_a_city_sends(world):
    s = requests.Session()
    token = _portal_form(s, world)
    s.post(world.web.base_url + "/nextrequest/mission-viejo/requests",
           data={"authenticity_token": token, "request[request_text]": "Logs please",
                 "requester[email]": "dana@example.org", "requester[name]": "Dana Reporter"})
    assert [r.via for r in world.agency.collect()] == ["portal"]
    assert len(world.agency.answer("ack")) == 1
    assert world.agency.answer("extension") == [] and world.agency.answer("ack") == []
    with pytest.raises(ValueError):
        world.agency.answer("denial")


def test_registry_copy_points_cities_at_the_simulator(world, tmp_path):
    from prr.registry.registry import load_registry

    cities, errors = load_registry(world.registry_copy(tmp_path / "reg"))
    assert not errors
    by_slug = {c.slug: c for c in cities}
    assert by_slug["oxnard"].channel == "smtp" and by_slug["mission-viejo"].channel == "nextrequest"
    assert {p.kind for p in by_slug["oxnard"].pages} == {"records", "it", "privacy"}
    assert all(p.url.startswith(world.web.base_url) for c in cities for p in c.pages)
    portal = by_slug["mission-viejo"].contact("portal_url")
    assert portal.value == world.web.portal_url("mission-viejo") and portal.vendor == "nextrequest"
    assert by_slug["oxnard"].contact("records_email").value == "cityclerk@oxnard.org"


def test_incident_log_pdf_has_one_block_per_event(tmp_path):
    events = make_events(date(2026, 1, 15), date(2026, 2, 10), count=30, seed=1)
    assert len({e.event_no for e in events}) == 30
    assert all(date(2026, 1, 15) <= e.at.date() <= date(2026, 2, 10) for e in events)
    assert [e.at for e in events] == sorted(e.at for e in events)
    pdf = incident_log_pdf("Oxnard", date(2026, 1, 15), date(2026, 2, 10), events)
    assert pdf == incident_log_pdf("Oxnard", date(2026, 1, 15), date(2026, 2, 10), events)   # reproducible
    path = tmp_path / "log.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("Event #") == 30 and "Page 3 of 3" in text
    line = next(ln for ln in text.splitlines() if events[0].event_no in ln)
    assert events[0].type_text in line and f"{events[0].at:%m/%d/%Y}" in line


@pytest.mark.parametrize("slug", ["oxnard", "mission-viejo"])
@pytest.mark.parametrize("received", [date(2026, 3, 2) + timedelta(days=i) for i in range(7)],
                         ids=lambda d: f"{d:%a}")
def test_clerk_calendar_for_every_weekday_of_receipt(registry_dir, tmp_path, slug, received):
    from prr.demo.simulator.agency import PACIFIC, Agency, ReceivedRequest
    from prr.registry.registry import load_city

    agency = Agency({slug: load_city(registry_dir / "ca" / f"{slug}.yaml")}, None, {}, tmp_path)

    req = ReceivedRequest(slug, "email", datetime(received.year, received.month, received.day, 10,
                                                   tzinfo=PACIFIC).astimezone(UTC),
                          "s", "b", "dana@example.org", "Dana")
    ack, ext, rel = (agency.stage_date(req, s).date() for s in ("ack", "extension", "release"))
    open_days = {0, 1, 2, 3} if slug == "oxnard" else {0, 1, 2, 3, 4}
    assert {ack.weekday(), ext.weekday(), rel.weekday()} <= open_days
    # Acknowledged after receipt; extension noticed before day 10; release after both.
    assert received < ack < ext < received + timedelta(days=10) < rel
