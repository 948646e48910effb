"""Fixtures for reply ingestion: filed requests, a PDF builder, and a real
dovecot IMAP server on 127.0.0.1 (one per test session, a fresh mailbox user per test)."""
from __future__ import annotations

import itertools
import os
import subprocess
from email.utils import make_msgid

import pytest
from mailservers import DOVECOT, Dovecot
from simplepdf import make_pdf

USERS = 100


# --- requests ------------------------------------------------------------------------

@pytest.fixture
def file_request(conn):
    """Make a request that was sent: drafted, filed (event with received_on), with an
    outgoing letter whose Message-ID replies can point at."""
    from prr.db.events import add_event
    from prr.db.requests import add_communication, insert_request, set_status, update_request
    from prr.requests.tokens import new_token

    counter = itertools.count(1)

    def make(city: str = "oxnard", subject: str = "California Public Records Act request: incident logs",
             received_on: str = "2026-03-02", kind: str = "incident-logs") -> dict:
        n = next(counter)
        token = new_token()
        mid = make_msgid(domain="prr.example.org")
        rid = insert_request(conn, city_slug=city, kind=kind, params={"n": n}, dedupe_key=f"{city}-{kind}-{n}-{token}",
                             token=token, subject=f"{subject} [{token}]", body="Please send the records.",
                             channel="outbox", recipient=f"cityclerk@{city}.example")
        set_status(conn, rid, "filing")
        update_request(conn, rid, message_id=mid, filed_at=f"{received_on}T17:00:00+00:00", received_on=received_on)
        set_status(conn, rid, "filed")
        add_event(conn, "filed", request_id=rid, city_slug=city, channel="outbox", message_id=mid,
                  received_on=received_on, sent_at=f"{received_on}T17:00:00+00:00")
        add_communication(conn, request_id=rid, city_slug=city, direction="out", channel="outbox", message_id=mid,
                          from_addr="dana@example.org", to_addr=f"cityclerk@{city}.org",
                          subject=f"{subject} [{token}]", body="Please send the records.",
                          sent_at=f"{received_on}T17:00:00+00:00", status="recorded")
        from prr.db.requests import get_request

        return get_request(conn, rid)

    return make


@pytest.fixture
def pdf_bytes():
    return make_pdf


# --- dovecot -------------------------------------------------------------------------

def _ensure_dovecot() -> None:
    if os.path.exists(DOVECOT):
        return
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", "dovecot-imapd"], check=False,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, capture_output=True)
    if not os.path.exists(DOVECOT):
        pytest.fail("dovecot is not installed: run scripts/system-deps.sh (apt-get install -y dovecot-imapd)")


@pytest.fixture(scope="session")
def dovecot():
    """One dovecot for the session; each test takes a fresh mailbox user (``imap_user``)."""
    _ensure_dovecot()
    with Dovecot(users=USERS) as server:
        yield server


@pytest.fixture
def imap_user(dovecot):
    return dovecot.new_user()
